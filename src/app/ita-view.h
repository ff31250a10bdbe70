/* ita-view.h: the base of the window's views — a widget showing one
 * session (ita-session.h), kept in step with it, doing no work while it
 * is not on screen
 *
 * A view subclasses ItaView and implements three hooks:
 *
 *  - session_set: load everything from the session (NULL: drop it all).
 *  - changed:     ItaSession::changed — update what kind and key say.
 *  - reveal:      show the thing key names and move the focus to it.
 *
 * The base class calls them only while the view is mapped. A session set
 * while the view is hidden is loaded when it is next shown; changes made
 * while it is hidden are merged (one change, or ITA_PROJECT_CHANGE_ALL
 * when they differ) and given to changed when it is shown. Dropping a
 * session (NULL) is done at once. ita_view_get_session returns the
 * session the view has loaded, so a hidden view that has not loaded the
 * window's new session yet sees none.
 */
#pragma once

#include <gtk/gtk.h>

#include "ita-session.h"

G_BEGIN_DECLS

#define ITA_TYPE_VIEW (ita_view_get_type ())
G_DECLARE_DERIVABLE_TYPE (ItaView, ita_view, ITA, VIEW, GtkWidget)

struct _ItaViewClass
{
  GtkWidgetClass parent_class;

  /* The view's session was replaced (NULL: none): load everything. */
  void     (*session_set) (ItaView          *self,
                           ItaSession       *session);
  /* ItaSession::changed, after the session refreshed its result. */
  void     (*changed)     (ItaView          *self,
                           ItaProjectChange  kind,
                           const char       *key);
  /* Shows what key names (the keys are the view's own: a score key in
   * Scores, a chart kind in Charts, "unit:<id>" in Agency …) and moves
   * the focus to it. FALSE when the view has no such thing. */
  gboolean (*reveal)      (ItaView          *self,
                           const char       *key);
};

/* "session": the window gives it; the view loads it when shown. */
void        ita_view_set_session (ItaView    *self,
                                  ItaSession *session);
/* The session the view has loaded (NULL while it has not). */
ItaSession *ita_view_get_session (ItaView    *self);
/* Its project, or NULL. */
ItaProject *ita_view_get_project (ItaView    *self);

/* Brings the view up to date (even while hidden) and reveals key in it
 * (NULL: only brings it up to date). */
gboolean    ita_view_reveal      (ItaView    *self,
                                  const char *key);
/* TRUE while the view has a session or changes it has not shown yet. */
gboolean    ita_view_is_stale    (ItaView    *self);

G_END_DECLS
