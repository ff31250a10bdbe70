/* ita-screenshot.h: draw a window into a PNG once it is loaded (--screenshot) */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* When the window has drawn its first frames, switches to view (if not
 * NULL), waits for it to draw, saves the window as PNG to path, and quits
 * the application. Failures are printed and make the exit status
 * non-zero (see ita_screenshot_get_exit_status). */
void ita_screenshot_take_when_ready (GtkWidget  *window,
                                     const char *path,
                                     const char *view);

int  ita_screenshot_get_exit_status (void);

G_END_DECLS
