/* ita-import-scores-dialog.c: import a scores CSV with a preview of what
 * will change (code, old → new), applied in one undo step */
#include "config.h"

#include <glib/gi18n-lib.h>

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
};

G_DEFINE_FINAL_TYPE (ItaImportScoresDialog, ita_import_scores_dialog, GTK_TYPE_WINDOW)

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
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_apply_clicked (ItaImportScoresDialog *self)
{
  g_autoptr(GError) error = NULL;

  ita_import_scores_dialog_apply (self, &error);
}

/* --- choosing the file ---------------------------------------------- */

G_GNUC_BEGIN_IGNORE_DEPRECATIONS  /* GtkFileChooserNative: the dialog of GTK 4.8 */

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     ItaWindow       *window)
{
  ItaProject *project = ita_window_get_project (window);

  if (response == GTK_RESPONSE_ACCEPT && project != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *data = NULL;
      gsize length = 0;
      g_autoptr(GError) error = NULL;
      ItaImportScoresDialog *dialog;

      if (!g_file_load_contents (file, NULL, &data, &length, NULL, &error))
        {
          g_autofree char *message = g_strdup_printf (_("The file could not be read: %s"), error->message);
          ita_window_show_error (window, message);
        }
      else if ((dialog = ita_import_scores_dialog_new (GTK_WINDOW (window), project, data, length, &error)) == NULL)
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *message = g_strdup_printf (_("Nothing was imported from “%s”:\n%s"), name, error->message);
          ita_window_show_error (window, message);
        }
      else
        gtk_window_present (GTK_WINDOW (dialog));
    }
  g_object_unref (chooser);
  g_object_unref (window);
}

void
ita_import_scores_choose (ItaWindow *window)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  g_return_if_fail (ITA_IS_WINDOW (window));

  chooser = gtk_file_chooser_native_new (_("Import Scores"), GTK_WINDOW (window),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Scores (*.csv, *.txt)"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_filter_add_pattern (filter, "*.txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), g_object_ref (window));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

G_GNUC_END_IGNORE_DEPRECATIONS

/* --- GObject -------------------------------------------------------- */

static void
ita_import_scores_dialog_dispose (GObject *object)
{
  ItaImportScoresDialog *self = ITA_IMPORT_SCORES_DIALOG (object);

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
