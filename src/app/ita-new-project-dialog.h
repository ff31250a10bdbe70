/* ita-new-project-dialog.h: New Project — fiscal year, edition, agency
 * name and type, then where to save the file */
#pragma once

#include <gtk/gtk.h>

#include "ita-project.h"

G_BEGIN_DECLS

#define ITA_TYPE_NEW_PROJECT_DIALOG (ita_new_project_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ItaNewProjectDialog, ita_new_project_dialog, ITA, NEW_PROJECT_DIALOG, GtkWindow)

ItaNewProjectDialog *ita_new_project_dialog_new       (GtkWindow           *parent);
/* Where the file dialog opens (the open project's folder). */
void                 ita_new_project_dialog_set_folder (ItaNewProjectDialog *self,
                                                        GFile               *folder);

/* Presents the dialog; answers with the project made (open for
 * writing), or G_IO_ERROR_CANCELLED when it is closed without one. */
void                 ita_new_project_dialog_run       (ItaNewProjectDialog *self,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
ItaProject          *ita_new_project_dialog_run_finish (ItaNewProjectDialog  *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);

/* The edition selected (by default the one that applies to the fiscal
 * year typed: the latest not after it). */
ItaFramework        *ita_new_project_dialog_get_edition (ItaNewProjectDialog *self);

/* Checks the fields; each problem is shown beside its field. */
gboolean             ita_new_project_dialog_validate  (ItaNewProjectDialog *self);

/* Creates the project in file from the fields (after validate), answers
 * run with it and closes the dialog. On failure the message is shown in
 * the dialog and FALSE returned with error set. */
gboolean             ita_new_project_dialog_create_at (ItaNewProjectDialog  *self,
                                                       GFile                *file,
                                                       GError              **error);

G_END_DECLS
