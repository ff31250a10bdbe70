/* ita-new-project-dialog.h: New Project — fiscal year, edition, agency
 * name and type, then where to save the file */
#pragma once

#include <gtk/gtk.h>

#include "ita-window.h"

G_BEGIN_DECLS

#define ITA_TYPE_NEW_PROJECT_DIALOG (ita_new_project_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ItaNewProjectDialog, ita_new_project_dialog, ITA, NEW_PROJECT_DIALOG, GtkWindow)

/* A dialog that shows the created project in window. */
ItaNewProjectDialog *ita_new_project_dialog_new       (ItaWindow           *window);

/* Checks the fields; each problem is shown beside its field. */
gboolean             ita_new_project_dialog_validate  (ItaNewProjectDialog *self);

/* Creates the project in file from the fields (after validate), shows it
 * in the window and closes the dialog. On failure the message is shown in
 * the dialog and FALSE returned with error set. */
gboolean             ita_new_project_dialog_create_at (ItaNewProjectDialog  *self,
                                                       GFile                *file,
                                                       GError              **error);

G_END_DECLS
