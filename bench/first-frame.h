/* first-frame.h: what the reference programs of bench-startup share — on
 * the first frame drawn, print its monotonic time and the resident memory
 * ("FIRST_FRAME <µs> <KiB>", as ita-planner does with
 * ITA_BENCH_FIRST_FRAME=1), then quit. */
#pragma once

#include <gtk/gtk.h>
#include <stdlib.h>
#include <string.h>

static void
first_frame_after_paint (GdkFrameClock *clock,
                         GtkWidget     *window)
{
  g_autofree char *status = NULL;
  const char *rss = NULL;

  g_signal_handlers_disconnect_by_func (clock, first_frame_after_paint, window);
  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    rss = strstr (status, "VmRSS:");
  g_print ("FIRST_FRAME %" G_GINT64_FORMAT " %ld\n", g_get_monotonic_time (),
           rss ? strtol (rss + strlen ("VmRSS:"), NULL, 10) : -1L);
  g_application_quit (g_application_get_default ());
}

static void
first_frame_on_map (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (first_frame_after_paint), window);
}

/* Reports the first frame @window draws once it is shown. */
static inline void
first_frame_report (GtkWidget *window)
{
  g_signal_connect (window, "map", G_CALLBACK (first_frame_on_map), NULL);
}
