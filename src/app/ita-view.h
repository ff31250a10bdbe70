/* ita-view.h: the base of the window's views — a widget showing one
 * project, kept in step with it */
#pragma once

#include <gtk/gtk.h>

#include "ita-project.h"

G_BEGIN_DECLS

#define ITA_TYPE_VIEW (ita_view_get_type ())
G_DECLARE_DERIVABLE_TYPE (ItaView, ita_view, ITA, VIEW, GtkWidget)

struct _ItaViewClass
{
  GtkWidgetClass parent_class;

  /* After the view's project was replaced (project may be NULL): load
   * everything from it. */
  void (*project_set)     (ItaView          *self,
                           ItaProject       *project);
  /* ItaProject::changed of the view's project. */
  void (*project_changed) (ItaView          *self,
                           ItaProjectChange  kind,
                           const char       *key);
};

ItaProject *ita_view_get_project (ItaView    *self);
void        ita_view_set_project (ItaView    *self,
                                  ItaProject *project);

G_END_DECLS
