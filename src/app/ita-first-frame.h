/* ita-first-frame.h: the first-frame report of bench/bench-startup */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ita_first_frame_report (GtkWidget *window);

G_END_DECLS
