/* ita-import-scores-dialog.h: import a scores CSV with a preview of what
 * will change */
#pragma once

#include <gtk/gtk.h>

#include "ita-project.h"

G_BEGIN_DECLS

#define ITA_TYPE_IMPORT_SCORES_DIALOG (ita_import_scores_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ItaImportScoresDialog, ita_import_scores_dialog, ITA, IMPORT_SCORES_DIALOG, GtkWindow)

/* Asks for a CSV file (the file dialog opens in folder), parses it and
 * shows the preview. Answers TRUE when the import was applied; FALSE with
 * G_IO_ERROR_CANCELLED when the officer stopped, or with the message to
 * show: a file that cannot be read, or every bad row with its line. */
void                   ita_import_scores_run             (GtkWindow           *parent,
                                                          ItaProject          *project,
                                                          GFile               *folder,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
gboolean               ita_import_scores_run_finish      (GAsyncResult        *result,
                                                          GError             **error);

/* Parses data against the project's edition: the preview dialog, or NULL
 * with the bad rows in error. */
ItaImportScoresDialog *ita_import_scores_dialog_new      (GtkWindow   *parent,
                                                          ItaProject  *project,
                                                          const char  *data,
                                                          gsize        length,
                                                          GError     **error);
/* Rows of the preview: keys that change. */
guint                  ita_import_scores_dialog_get_n_changes (ItaImportScoresDialog *self);
/* Applies the import in one undo step and closes the dialog. */
gboolean               ita_import_scores_dialog_apply    (ItaImportScoresDialog  *self,
                                                          GError                **error);

G_END_DECLS
