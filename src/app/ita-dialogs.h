/* ita-dialogs.h: the file chooser and the question dialog as
 * async/finish pairs (GTask), so that whoever asks gets the answer back
 * and acts on it itself
 *
 * GTK 4.8 (Debian 12) has GtkFileChooserNative and GtkMessageDialog;
 * newer GTK deprecates them but keeps them working.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The ITA Planner project filter (*.ita), new reference. */
GtkFileFilter *ita_dialogs_project_filter  (void);

/* Asks for a file (OPEN, SAVE) or a folder (SELECT_FOLDER). folder: where
 * the dialog opens (NULL: its own choice); name: suggested for SAVE;
 * filter: nullable. The dialog is modal to parent. */
void           ita_dialogs_choose_file     (GtkWindow             *parent,
                                            GtkFileChooserAction   action,
                                            const char            *title,
                                            const char            *accept,
                                            GFile                 *folder,
                                            const char            *name,
                                            GtkFileFilter         *filter,
                                            GCancellable          *cancellable,
                                            GAsyncReadyCallback    callback,
                                            gpointer               user_data);
/* The file chosen, or NULL with G_IO_ERROR_CANCELLED (also when
 * cancellable was cancelled meanwhile). */
GFile         *ita_dialogs_choose_file_finish (GAsyncResult  *result,
                                               GError       **error);

/* Asks a question: title, detail, then the buttons as label/response
 * pairs ending with NULL: a response > 0 is an answer, GTK_RESPONSE_CANCEL
 * is Cancel; the first answer given is the default. */
void           ita_dialogs_ask             (GtkWindow             *parent,
                                            const char            *title,
                                            const char            *detail,
                                            GCancellable          *cancellable,
                                            GAsyncReadyCallback    callback,
                                            gpointer               user_data,
                                            const char            *first_label,
                                            ...) G_GNUC_NULL_TERMINATED;
/* The response of the button pressed; 0 with G_IO_ERROR_CANCELLED when
 * the dialog was closed without one. */
int            ita_dialogs_ask_finish      (GAsyncResult  *result,
                                            GError       **error);

/* The file with the .ita extension added when the name has none. */
GFile         *ita_dialogs_with_extension  (GFile         *file);

G_END_DECLS
