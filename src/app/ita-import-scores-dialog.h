/* ita-import-scores-dialog.h: import a scores CSV with a preview of what
 * will change */
#pragma once

#include <gtk/gtk.h>

#include "ita-window.h"

G_BEGIN_DECLS

#define ITA_TYPE_IMPORT_SCORES_DIALOG (ita_import_scores_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ItaImportScoresDialog, ita_import_scores_dialog, ITA, IMPORT_SCORES_DIALOG, GtkWindow)

/* Asks for a CSV file, parses it and shows the preview; a file with bad
 * rows is refused with every bad row and its line number, shown in the
 * window. */
void                   ita_import_scores_choose          (ItaWindow   *window);

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
