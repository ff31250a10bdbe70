/* ita-preferences-window.h: language and digits */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ITA_TYPE_PREFERENCES_WINDOW (ita_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (ItaPreferencesWindow, ita_preferences_window, ITA, PREFERENCES_WINDOW, GtkWindow)

GtkWindow *ita_preferences_window_new (GSettings *settings);

G_END_DECLS
