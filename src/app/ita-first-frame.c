/* ita-first-frame.c: when @window has drawn its first frame, print
 * "FIRST_FRAME <monotonic µs> <resident KiB>" and quit the application.
 * ita-planner does it with ITA_BENCH_FIRST_FRAME=1; the reference programs
 * of bench/bench-startup are built with this same file, so that every
 * program is measured alike. */
#include "ita-first-frame.h"

#include <stdlib.h>
#include <string.h>

static void
on_after_paint (GdkFrameClock *clock,
                GtkWidget     *window)
{
  g_autofree char *status = NULL;
  const char *rss = NULL;

  g_signal_handlers_disconnect_by_func (clock, on_after_paint, window);
  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    rss = strstr (status, "VmRSS:");
  g_print ("FIRST_FRAME %" G_GINT64_FORMAT " %ld\n", g_get_monotonic_time (),
           rss ? strtol (rss + strlen ("VmRSS:"), NULL, 10) : -1L);
  g_application_quit (g_application_get_default ());
}

static void
on_map (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint), window);
}

void
ita_first_frame_report (GtkWidget *window)
{
  g_return_if_fail (GTK_IS_WIDGET (window));

  g_signal_connect (window, "map", G_CALLBACK (on_map), NULL);
}
