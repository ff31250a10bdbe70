/* ita-dialogs.c: the file chooser and the question dialog as async/finish
 * pairs */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ita-dialogs.h"
#include "ita-project.h"

G_GNUC_BEGIN_IGNORE_DEPRECATIONS

GtkFileFilter *
ita_dialogs_project_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("ITA Planner projects (*.ita)"));
  gtk_file_filter_add_pattern (filter, "*." ITA_PROJECT_EXTENSION);
  return filter;
}

GFile *
ita_dialogs_with_extension (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFile) parent = NULL;
  g_autofree char *fixed = NULL;

  if (name == NULL || g_str_has_suffix (name, "." ITA_PROJECT_EXTENSION))
    return g_object_ref (file);
  parent = g_file_get_parent (file);
  fixed = g_strconcat (name, "." ITA_PROJECT_EXTENSION, NULL);
  return g_file_get_child (parent, fixed);
}

/* --- file chooser --------------------------------------------------- */

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     GTask           *task)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_signal_handlers_disconnect_by_func (chooser, on_chooser_response, task);
  if (file != NULL)
    g_task_return_pointer (task, g_steal_pointer (&file), g_object_unref);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("No file was chosen."));
  g_object_unref (task);
}

void
ita_dialogs_choose_file (GtkWindow            *parent,
                         GtkFileChooserAction  action,
                         const char           *title,
                         const char           *accept,
                         GFile                *folder,
                         const char           *name,
                         GtkFileFilter        *filter,
                         GCancellable         *cancellable,
                         GAsyncReadyCallback   callback,
                         gpointer              user_data)
{
  GtkFileChooserNative *chooser;
  GTask *task;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (title != NULL && accept != NULL);

  chooser = gtk_file_chooser_native_new (title, parent, action, accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (filter != NULL)
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  if (name != NULL && action == GTK_FILE_CHOOSER_ACTION_SAVE)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ita_dialogs_choose_file);
  /* the task keeps the chooser until it has answered */
  g_task_set_task_data (task, chooser, g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

GFile *
ita_dialogs_choose_file_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ita_dialogs_choose_file, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* --- question ------------------------------------------------------- */

static void
on_ask_response (GtkDialog *dialog,
                 int        response,
                 GTask     *task)
{
  g_signal_handlers_disconnect_by_func (dialog, on_ask_response, task);
  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response > 0)
    g_task_return_int (task, response);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("The question was not answered."));
  g_object_unref (task);
}

void
ita_dialogs_ask (GtkWindow           *parent,
                 const char          *title,
                 const char          *detail,
                 GCancellable        *cancellable,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data,
                 const char          *first_label,
                 ...)
{
  GtkWidget *dialog;
  GTask *task;
  va_list args;
  gboolean first = TRUE;

  g_return_if_fail (title != NULL);

  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s", title);
  if (detail != NULL)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", detail);

  va_start (args, first_label);
  for (const char *label = first_label; label != NULL; label = va_arg (args, const char *))
    {
      int response = va_arg (args, int);

      gtk_dialog_add_button (GTK_DIALOG (dialog), label, response);
      if (first && response != GTK_RESPONSE_CANCEL)
        {
          gtk_dialog_set_default_response (GTK_DIALOG (dialog), response);
          first = FALSE;
        }
    }
  va_end (args);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ita_dialogs_ask);
  g_signal_connect (dialog, "response", G_CALLBACK (on_ask_response), task);
  gtk_window_present (GTK_WINDOW (dialog));
}

int
ita_dialogs_ask_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), 0);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ita_dialogs_ask, 0);

  return (int) g_task_propagate_int (G_TASK (result), error);
}

G_GNUC_END_IGNORE_DEPRECATIONS
