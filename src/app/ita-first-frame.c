/* ita-first-frame.c: the reports of bench/bench-startup. ita-planner
 * makes them with ITA_BENCH_FIRST_FRAME=1; the reference programs of
 * bench/bench-startup are built with this same file, so that every
 * program is measured alike:
 *   FIRST_FRAME <monotonic µs> <resident KiB>   the first frame drawn
 *   SHOT_WRITTEN <monotonic µs> <resident KiB>  the screenshot written */
#include "ita-first-frame.h"

#include <stdlib.h>
#include <string.h>

void
ita_first_frame_print (const char *tag)
{
  g_autofree char *status = NULL;
  const char *rss = NULL;

  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    rss = strstr (status, "VmRSS:");
  g_print ("%s %" G_GINT64_FORMAT " %ld\n", tag, g_get_monotonic_time (),
           rss ? strtol (rss + strlen ("VmRSS:"), NULL, 10) : -1L);
}

static void
on_after_paint (GdkFrameClock *clock,
                GtkWidget     *window)
{
  gboolean quit = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (window), "ita-first-frame-quit"));

  g_signal_handlers_disconnect_by_func (clock, on_after_paint, window);
  ita_first_frame_print ("FIRST_FRAME");
  if (quit)
    g_application_quit (g_application_get_default ());
}

static void
on_map (GtkWidget *window)
{
  g_signal_handlers_disconnect_by_func (window, on_map, NULL);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint), window);
}

void
ita_first_frame_report (GtkWidget *window,
                        gboolean   quit)
{
  g_return_if_fail (GTK_IS_WIDGET (window));

  g_object_set_data (G_OBJECT (window), "ita-first-frame-quit", GINT_TO_POINTER (quit));
  g_signal_connect (window, "map", G_CALLBACK (on_map), NULL);
}

static void
on_shot_after_paint (GdkFrameClock *clock,
                     GtkWidget     *window)
{
  const char *path = g_object_get_data (G_OBJECT (window), "ita-first-frame-path");
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (window), height = gtk_widget_get_height (window);

  g_signal_handlers_disconnect_by_func (clock, on_shot_after_paint, window);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    g_printerr ("could not write %s\n", path);
  ita_first_frame_print ("SHOT_WRITTEN");
  g_application_quit (g_application_get_default ());
}

static void
on_shot_map (GtkWidget *window)
{
  g_signal_handlers_disconnect_by_func (window, on_shot_map, NULL);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_shot_after_paint), window);
}

void
ita_first_frame_screenshot (GtkWidget  *window,
                            const char *path)
{
  g_return_if_fail (GTK_IS_WIDGET (window));
  g_return_if_fail (path != NULL);

  g_object_set_data_full (G_OBJECT (window), "ita-first-frame-path", g_strdup (path), g_free);
  g_signal_connect (window, "map", G_CALLBACK (on_shot_map), NULL);
}
