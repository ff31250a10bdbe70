/* floor-window.c: the floor for bench-startup — a minimal GTK 4 program
 * that opens an empty window, draws it once and exits, printing the
 * monotonic time of that first frame like ita-planner does with
 * ITA_BENCH_FIRST_FRAME=1. */
#include "ita-first-frame.h"

static void
on_activate (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  /* ITA_BENCH_SCREENSHOT=FILE.png: draw into it and quit, as
   * ita-planner --screenshot does */
  if (g_getenv ("ITA_BENCH_SCREENSHOT") != NULL)
    ita_first_frame_screenshot (window, g_getenv ("ITA_BENCH_SCREENSHOT"));
  ita_first_frame_report (window, g_getenv ("ITA_BENCH_SCREENSHOT") == NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  g_autoptr(GtkApplication) app = gtk_application_new ("io.github.itaplanner.BenchFloor",
                                                       G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
