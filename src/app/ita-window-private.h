/* ita-window-private.h: the window's struct, shared by ita-window.c and
 * ita-window-actions.c */
#pragma once

#include "ita-window.h"
#include "ita-welcome-page.h"

G_BEGIN_DECLS

struct _ItaWindow
{
  GtkApplicationWindow  parent_instance;

  /* template widgets */
  GtkStack             *main_stack;
  GtkWidget            *welcome_slot;
  GtkStack             *view_stack;
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;
  GtkWidget            *project_error_revealer;
  GtkLabel             *project_error_label;

  /* borrowed: in welcome_slot once made, else NULL */
  ItaWelcomePage       *welcome_page;

  /* owned */
  ItaProject           *project;
  GSettings            *settings;
};

void ita_window_actions_init        (ItaWindowClass *klass);
void ita_window_actions_update      (ItaWindow      *self);

G_END_DECLS
