/* ita-window-private.h: the window's struct, shared by ita-window.c and
 * ita-window-actions.c */
#pragma once

#include "ita-session.h"
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
  ItaSession           *session;   /* of project; NULL without one */
  GSettings            *settings;

  /* plain data */
  gboolean              keep_size; /* remember the window's size (not for --screenshot) */
};

void ita_window_actions_init        (ItaWindowClass *klass);
void ita_window_actions_update      (ItaWindow      *self);
/* The folder a file dialog opens in: the project's, else the last one
 * used (transfer full, NULL: the dialog's own choice). */
GFile *ita_window_dup_dialog_folder (ItaWindow      *self);

G_END_DECLS
