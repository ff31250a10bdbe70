/* ita-first-frame.h: the reports of bench/bench-startup (ITA_BENCH_FIRST_FRAME=1) */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* When window has drawn its first frame: prints
 * "FIRST_FRAME <monotonic µs> <resident KiB>", and quits the application
 * unless the run is a screenshot (the screenshot reports on its own). */
void ita_first_frame_report     (GtkWidget  *window,
                                 gboolean    quit);
/* Prints "<tag> <monotonic µs> <resident KiB>". */
void ita_first_frame_print      (const char *tag);
/* The reference programs' --screenshot: after window's first frame, writes
 * it as PNG to path, prints SHOT_WRITTEN and quits. */
void ita_first_frame_screenshot (GtkWidget  *window,
                                 const char *path);

G_END_DECLS
