/* header-window.c: the second reference of bench-startup — the least a
 * document window of any GTK 4 application shows: a header bar with a
 * title and a menu button, and one line of text, drawn once with GTK's own
 * theme. Between the floor (an empty window) and ita-planner, it tells
 * what a header bar alone costs on this machine. */
#include "ita-first-frame.h"

static void
on_activate (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *menu = gtk_menu_button_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "open-menu-symbolic");
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), menu);
  gtk_window_set_titlebar (GTK_WINDOW (window), header);
  gtk_window_set_title (GTK_WINDOW (window), "Agency — FY 2568");
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Total score 88.98"));
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
  g_autoptr(GtkApplication) app = gtk_application_new ("io.github.itaplanner.BenchHeader",
                                                       G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
