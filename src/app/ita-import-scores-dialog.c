/* ita-import-scores-dialog.c: import a scores CSV with a preview of what
 * will change (code, old → new), applied in one undo step */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ita-dialogs.h"
#include "ita-display.h"
#include "ita-import-scores-dialog.h"

struct _ItaImportScoresDialog
{
  GtkWindow   parent_instance;

  /* template widgets */
  GtkLabel   *summary_label;
  GtkGrid    *changes_grid;
  GtkLabel   *error_label;
  GtkWidget  *apply_button;

  /* owned */
  ItaProject *project;
  ItaScores  *scores;     /* only the keys that change */
  GTask      *task;       /* ita_import_scores_run's, answered on apply or close */
};

G_DEFINE_FINAL_TYPE (ItaImportScoresDialog, ita_import_scores_dialog, GTK_TYPE_WINDOW)

static void finish_task (ItaImportScoresDialog *self,
                         gboolean               applied);

static GtkWidget *
cell (GtkGrid    *grid,
      const char *text,
      int         column,
      int         row,
      float       xalign,
      const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_grid_attach (grid, label, column, row, 1, 1);
  return label;
}

static void
fill_preview (ItaImportScoresDialog *self,
              ItaScores             *parsed)
{
  g_autoptr(ItaScores) current = ita_project_get_scores (self->project);
  g_auto(GStrv) keys = ita_scores_get_keys (parsed);
  gboolean digits = ita_display_thai_digits (NULL, self->project);
  guint unchanged = 0;
  int row = 1;

  cell (self->changes_grid, _("Code"), 0, 0, 0, "heading");
  cell (self->changes_grid, _("Now"), 1, 0, 1, "heading");
  cell (self->changes_grid, "", 2, 0, 0.5, NULL);
  cell (self->changes_grid, _("After import"), 3, 0, 1, "heading");

  for (guint i = 0; keys[i] != NULL; i++)
    {
      ItaCenti before = ita_scores_get (current, keys[i]);
      ItaCenti after = ita_scores_get (parsed, keys[i]);
      g_autofree char *before_text = NULL;
      g_autofree char *after_text = NULL;

      if (before == after)
        {
          unchanged++;
          continue;
        }
      ita_scores_set (self->scores, keys[i], after);
      before_text = ita_display_score (before, digits);
      after_text = ita_display_score (after, digits);
      cell (self->changes_grid, keys[i], 0, row, 0, NULL);
      cell (self->changes_grid, before_text, 1, row, 1, "numeric");
      cell (self->changes_grid, "→", 2, row, 0.5, NULL);
      cell (self->changes_grid, after_text, 3, row, 1, "numeric");
      row++;
    }

  {
    guint changes = ita_scores_size (self->scores);
    g_autofree char *summary = NULL;

    if (changes == 0)
      summary = g_strdup (_("The file holds the same values as the project: nothing would change."));
    else
      summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u value will change (%u already the same). Apply puts them in as one step that Undo takes back.",
                                              "%u values will change (%u already the same). Apply puts them in as one step that Undo takes back.",
                                              changes),
                                 changes, unchanged);
    gtk_label_set_text (self->summary_label, summary);
    gtk_widget_set_sensitive (self->apply_button, changes > 0);
  }
}

ItaImportScoresDialog *
ita_import_scores_dialog_new (GtkWindow   *parent,
                              ItaProject  *project,
                              const char  *data,
                              gsize        length,
                              GError     **error)
{
  g_autoptr(ItaScores) parsed = NULL;
  ItaImportScoresDialog *self;

  g_return_val_if_fail (ITA_IS_PROJECT (project), NULL);
  g_return_val_if_fail (data != NULL, NULL);

  parsed = ita_scores_parse_csv (ita_project_get_edition (project), data, length, error);
  if (parsed == NULL)
    return NULL;

  self = g_object_new (ITA_TYPE_IMPORT_SCORES_DIALOG, "transient-for", parent, NULL);
  self->project = g_object_ref (project);
  fill_preview (self, parsed);
  return self;
}

guint
ita_import_scores_dialog_get_n_changes (ItaImportScoresDialog *self)
{
  g_return_val_if_fail (ITA_IS_IMPORT_SCORES_DIALOG (self), 0);
  return ita_scores_size (self->scores);
}

gboolean
ita_import_scores_dialog_apply (ItaImportScoresDialog  *self,
                                GError                **error)
{
  g_return_val_if_fail (ITA_IS_IMPORT_SCORES_DIALOG (self), FALSE);

  if (!ita_project_set_scores (self->project, self->scores, FALSE, error))
    {
      gtk_label_set_text (self->error_label, (*error)->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return FALSE;
    }
  finish_task (self, TRUE);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_apply_clicked (ItaImportScoresDialog *self)
{
  g_autoptr(GError) error = NULL;

  ita_import_scores_dialog_apply (self, &error);
}

/* --- choosing the file, the answer ---------------------------------- */

typedef struct {
  GtkWindow  *parent;
  ItaProject *project;
} RunData;

static void
run_data_free (RunData *data)
{
  g_clear_object (&data->parent);
  g_clear_object (&data->project);
  g_free (data);
}

static void
finish_task (ItaImportScoresDialog *self,
             gboolean               applied)
{
  GTask *task = g_steal_pointer (&self->task);

  if (task == NULL)
    return;
  if (applied)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("Nothing was imported."));
  g_object_unref (task);
}

static void
on_file_chosen (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RunData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = ita_dialogs_choose_file_finish (result, &error);
  g_autofree char *contents = NULL;
  gsize length = 0;
  ItaImportScoresDialog *dialog;

  if (file == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &error))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED,
                               _("The file could not be read: %s"), error->message);
      return;
    }
  dialog = ita_import_scores_dialog_new (data->parent, data->project, contents, length, &error);
  if (dialog == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);

      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               _("Nothing was imported from “%s”:\n%s"), name, error->message);
      return;
    }
  dialog->task = g_steal_pointer (&task);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
ita_import_scores_run (GtkWindow           *parent,
                       ItaProject          *project,
                       GFile               *folder,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  RunData *data;
  GTask *task;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (ITA_IS_PROJECT (project));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ita_import_scores_run);
  data = g_new0 (RunData, 1);
  data->parent = parent ? g_object_ref (parent) : NULL;
  data->project = g_object_ref (project);
  g_task_set_task_data (task, data, (GDestroyNotify) run_data_free);

  gtk_file_filter_set_name (filter, _("Scores (*.csv, *.txt)"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_filter_add_pattern (filter, "*.txt");
  ita_dialogs_choose_file (parent, GTK_FILE_CHOOSER_ACTION_OPEN, _("Import Scores"), _("_Import"),
                           folder, NULL, filter, cancellable, on_file_chosen, task);
}

gboolean
ita_import_scores_run_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ita_import_scores_run, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* --- GObject -------------------------------------------------------- */

static void
ita_import_scores_dialog_dispose (GObject *object)
{
  ItaImportScoresDialog *self = ITA_IMPORT_SCORES_DIALOG (object);

  finish_task (self, FALSE);
  g_clear_object (&self->project);
  g_clear_pointer (&self->scores, ita_scores_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), ITA_TYPE_IMPORT_SCORES_DIALOG);

  G_OBJECT_CLASS (ita_import_scores_dialog_parent_class)->dispose (object);
}

static void
ita_import_scores_dialog_class_init (ItaImportScoresDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ita_import_scores_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ita-import-scores-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ItaImportScoresDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ItaImportScoresDialog, changes_grid);
  gtk_widget_class_bind_template_child (widget_class, ItaImportScoresDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ItaImportScoresDialog, apply_button);
  gtk_widget_class_bind_template_callback (widget_class, on_apply_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ita_import_scores_dialog_init (ItaImportScoresDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->scores = ita_scores_new ();
}
