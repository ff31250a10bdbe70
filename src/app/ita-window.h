/* ita-window.h: the main window — welcome page or the views of one project */
#pragma once

#include <gtk/gtk.h>

#include "ita-application.h"
#include "ita-project.h"
#include "ita-session.h"

G_BEGIN_DECLS

#define ITA_TYPE_WINDOW (ita_window_get_type ())
G_DECLARE_FINAL_TYPE (ItaWindow, ita_window, ITA, WINDOW, GtkApplicationWindow)

ItaWindow  *ita_window_new             (ItaApplication *application);

/* Shows the welcome page. */
void        ita_window_open_default    (ItaWindow  *self);
/* Opens a project file; errors are shown in the window. */
void        ita_window_open_file       (ItaWindow  *self,
                                        GFile      *file);
/* Shows project in the window (takes a reference). */
void        ita_window_set_project     (ItaWindow  *self,
                                        ItaProject *project);
ItaProject *ita_window_get_project     (ItaWindow  *self);
gboolean    ita_window_has_project     (ItaWindow  *self);
/* The session of the open project (what its views show), or NULL. */
ItaSession *ita_window_get_session     (ItaWindow  *self);

/* FALSE: the window does not remember its size (a --screenshot window). */
void        ita_window_set_keep_size   (ItaWindow  *self,
                                        gboolean    keep_size);

/* Shows an error in the window (not on the terminal). */
void        ita_window_show_error      (ItaWindow  *self,
                                        const char *message);

/* View names (ita-views.h): welcome, overview, scores, oit, plan,
 * charts, compare, agency. is_view_name says whether the name is one of
 * them; show_view returns FALSE when the view cannot be shown (no project
 * open, or not available in this version). */
gboolean    ita_window_is_view_name    (const char *name);
gboolean    ita_window_show_view       (ItaWindow  *self,
                                        const char *name);
/* The name of the view on screen ("welcome" without a project). */
const char *ita_window_get_visible_view (ItaWindow *self);
/* The view widget of that name, made now if it was not yet shown;
 * NULL when the view is not in this version. */
GtkWidget  *ita_window_get_view        (ItaWindow  *self,
                                        const char *name);
/* win.reveal: shows view and in it what key names (ita_view_reveal). A
 * view not in this version gives way to the Scores view when key names
 * a score (ita_views_resolve). FALSE when there is nowhere to show it. */
gboolean    ita_window_reveal          (ItaWindow  *self,
                                        const char *view,
                                        const char *key);

G_END_DECLS
