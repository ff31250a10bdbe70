/* ita-new-project-dialog.c: New Project — fiscal year, edition, agency
 * name and type, then where to save the file
 *
 * The edition follows the fiscal year typed: the latest edition not after
 * it (a year NACC has not published an edition for yet gets the latest
 * one). The dialog answers with the project it made (run/run_finish);
 * what to do with it is the caller's.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ita-agency-view.h"
#include "ita-dialogs.h"
#include "ita-display.h"
#include "ita-new-project-dialog.h"
#include "ita-thai.h"

#define MIN_YEAR 2500
#define MAX_YEAR 2700

struct _ItaNewProjectDialog
{
  GtkWindow    parent_instance;

  /* template widgets */
  GtkEntry    *year_entry;
  GtkLabel    *year_error;
  GtkDropDown *edition_dropdown;
  GtkLabel    *edition_note;
  GtkEntry    *name_entry;
  GtkLabel    *name_error;
  GtkDropDown *kind_dropdown;
  GtkEntry    *kind_entry;
  GtkLabel    *create_error;
  GtkWidget   *create_button;

  /* owned */
  GPtrArray   *editions;   /* of ItaFramework (the catalogue's), by fiscal year */
  GTask       *task;       /* run: answered with the project, or cancelled */
  GFile       *folder;     /* where the file dialog opens */
};

G_DEFINE_FINAL_TYPE (ItaNewProjectDialog, ita_new_project_dialog, GTK_TYPE_WINDOW)

static void
show_field_error (GtkLabel   *label,
                  const char *message)
{
  gtk_label_set_text (label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

/* The typed year, or 0 when it is not a fiscal year. */
static int
typed_year (ItaNewProjectDialog *self)
{
  g_autofree char *ascii = ita_thai_digits_to_ascii (gtk_editable_get_text (GTK_EDITABLE (self->year_entry)));
  gint64 year;

  g_strstrip (ascii);
  if (!g_ascii_string_to_signed (ascii, 10, MIN_YEAR, MAX_YEAR, &year, NULL))
    return 0;
  return (int) year;
}

static ItaFramework *
selected_edition (ItaNewProjectDialog *self)
{
  guint i = gtk_drop_down_get_selected (self->edition_dropdown);

  return (self->editions != NULL && i < self->editions->len) ? g_ptr_array_index (self->editions, i) : NULL;
}

/* The index of the edition that applies to year: the latest edition
 * not after it; the earliest for a year before every edition. */
static guint
edition_for_year (ItaNewProjectDialog *self,
                  int                  year)
{
  guint best = 0;

  for (guint i = 0; self->editions != NULL && i < self->editions->len; i++)
    {
      ItaFramework *edition = g_ptr_array_index (self->editions, i);
      int fy = ita_framework_get_fiscal_year (edition);

      if (fy <= year &&
          fy >= ita_framework_get_fiscal_year (g_ptr_array_index (self->editions, best)))
        best = i;
    }
  return best;
}

static gboolean
has_edition_for (ItaNewProjectDialog *self,
                 int                  year)
{
  for (guint i = 0; self->editions != NULL && i < self->editions->len; i++)
    if (ita_framework_get_fiscal_year (g_ptr_array_index (self->editions, i)) == year)
      return TRUE;
  return FALSE;
}

static void
update_edition_note (ItaNewProjectDialog *self)
{
  ItaFramework *edition = selected_edition (self);
  int year = typed_year (self);
  g_autoptr(GString) note = g_string_new (NULL);

  if (edition != NULL && ita_confidence_is_unverified (ita_framework_get_confidence (edition)))
    g_string_append (note, _("Parts of this edition are not verified from two sources; check its figures against ITAS."));
  if (edition != NULL && year != 0 && ita_framework_get_fiscal_year (edition) != year)
    {
      int fy = ita_framework_get_fiscal_year (edition);

      if (note->len > 0)
        g_string_append_c (note, ' ');
      if (!has_edition_for (self, year) && fy < year &&
          edition_for_year (self, year) == gtk_drop_down_get_selected (self->edition_dropdown))
        g_string_append_printf (note, _("NACC has not published an edition for FY %d yet: the project uses the latest one, the FY %d edition."),
                                year, fy);
      else
        g_string_append_printf (note, _("This edition is for FY %d, not for FY %d."), fy, year);
    }
  {
    g_autofree char *bound = ita_display_bind_years (note->str);
    gtk_label_set_text (self->edition_note, bound);
  }
  gtk_widget_set_visible (GTK_WIDGET (self->edition_note), note->len > 0);
}

static void
on_year_changed (GtkEditable         *editable,
                 ItaNewProjectDialog *self)
{
  int year = typed_year (self);

  show_field_error (self->year_error, NULL);
  if (year != 0 && self->editions != NULL && self->editions->len > 0)
    gtk_drop_down_set_selected (self->edition_dropdown, edition_for_year (self, year));
  update_edition_note (self);
}

static void
on_edition_selected (GtkDropDown         *dropdown,
                     GParamSpec          *pspec,
                     ItaNewProjectDialog *self)
{
  update_edition_note (self);
}

static void
on_kind_selected (GtkDropDown         *dropdown,
                  GParamSpec          *pspec,
                  ItaNewProjectDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->kind_entry),
                          gtk_drop_down_get_selected (dropdown) ==
                          g_strv_length ((char **) ita_agency_kinds ()));
}

gboolean
ita_new_project_dialog_validate (ItaNewProjectDialog *self)
{
  g_autofree char *name = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (ITA_IS_NEW_PROJECT_DIALOG (self), FALSE);

  if (typed_year (self) == 0)
    {
      g_autofree char *message = g_strdup_printf (_("Type the fiscal year in the Buddhist era, from %d to %d, for example 2568."),
                                                  MIN_YEAR, MAX_YEAR);
      show_field_error (self->year_error, message);
      ok = FALSE;
    }
  else
    show_field_error (self->year_error, NULL);

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));
  if (*name == '\0')
    {
      show_field_error (self->name_error, _("Type the agency’s name as it appears in ITAS."));
      ok = FALSE;
    }
  else
    show_field_error (self->name_error, NULL);

  if (selected_edition (self) == NULL)
    {
      show_field_error (self->create_error, _("No ITA edition is available. Add an edition file with ita-cli framework add."));
      ok = FALSE;
    }
  return ok;
}

static ItaAgency *
agency_from_fields (ItaNewProjectDialog *self)
{
  ItaAgency *agency = ita_agency_new ();
  const char * const *kinds = ita_agency_kinds ();
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);

  g_free (agency->name);
  agency->name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));
  g_free (agency->kind);
  agency->kind = kind < g_strv_length ((char **) kinds)
                   ? g_strdup (kinds[kind])
                   : g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->kind_entry))));
  return agency;
}

gboolean
ita_new_project_dialog_create_at (ItaNewProjectDialog  *self,
                                  GFile                *file,
                                  GError              **error)
{
  g_autoptr(ItaProject) project = NULL;
  g_autoptr(ItaAgency) agency = NULL;
  GError *local = NULL;

  g_return_val_if_fail (ITA_IS_NEW_PROJECT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!ita_new_project_dialog_validate (self))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Some fields need to be corrected first."));
      return FALSE;
    }
  project = ita_project_create (file, selected_edition (self), typed_year (self), &local);
  agency = agency_from_fields (self);
  if (project == NULL || !ita_project_set_agency (project, agency, &local))
    {
      show_field_error (self->create_error, local->message);
      g_propagate_error (error, local);
      return FALSE;
    }
  if (self->task != NULL)
    {
      GTask *task = g_steal_pointer (&self->task);

      g_task_return_pointer (task, g_steal_pointer (&project), g_object_unref);
      g_object_unref (task);
    }
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_file_chosen (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ItaNewProjectDialog) self = user_data;
  g_autoptr(GFile) chosen = ita_dialogs_choose_file_finish (result, NULL);
  g_autoptr(GFile) file = chosen ? ita_dialogs_with_extension (chosen) : NULL;
  g_autoptr(GError) error = NULL;

  /* the dialog may have been closed meanwhile */
  if (file != NULL && gtk_widget_get_realized (GTK_WIDGET (self)))
    ita_new_project_dialog_create_at (self, file, &error);
}

static void
on_create_clicked (ItaNewProjectDialog *self)
{
  g_autoptr(GtkFileFilter) filter = ita_dialogs_project_filter ();
  g_autoptr(ItaAgency) agency = NULL;
  g_autofree char *name = NULL;

  show_field_error (self->create_error, NULL);
  if (!ita_new_project_dialog_validate (self))
    return;

  agency = agency_from_fields (self);
  name = g_strdup_printf ("%s-%d.%s", agency->name, typed_year (self), ITA_PROJECT_EXTENSION);
  ita_dialogs_choose_file (GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE, _("Save the New Project"),
                           _("C_reate"), self->folder, name, filter, NULL,
                           on_file_chosen, g_object_ref (self));
}

static void
fill_editions (ItaNewProjectDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;

  self->editions = ita_catalogue_list (&error);
  if (self->editions == NULL)
    {
      show_field_error (self->create_error, error->message);
      return;
    }
  for (guint i = 0; i < self->editions->len; i++)
    {
      ItaFramework *edition = g_ptr_array_index (self->editions, i);
      const char *name = ita_display_pick (ita_framework_get_name_th (edition), ita_framework_get_name_en (edition));
      g_autofree char *label = ita_confidence_is_unverified (ita_framework_get_confidence (edition))
        /* TRANSLATORS: an edition whose data is not verified from two sources */
        ? g_strdup_printf (_("%s (unverified)"), name)
        : g_strdup (name);

      gtk_string_list_append (labels, label);
    }
  gtk_drop_down_set_model (self->edition_dropdown, G_LIST_MODEL (labels));
}

static void
ita_new_project_dialog_dispose (GObject *object)
{
  ItaNewProjectDialog *self = ITA_NEW_PROJECT_DIALOG (object);

  if (self->task != NULL)
    {
      GTask *task = g_steal_pointer (&self->task);

      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s",
                               _("No project was made."));
      g_object_unref (task);
    }
  g_clear_object (&self->folder);
  gtk_widget_dispose_template (GTK_WIDGET (self), ITA_TYPE_NEW_PROJECT_DIALOG);

  G_OBJECT_CLASS (ita_new_project_dialog_parent_class)->dispose (object);
}

static void
ita_new_project_dialog_finalize (GObject *object)
{
  ItaNewProjectDialog *self = ITA_NEW_PROJECT_DIALOG (object);

  g_clear_pointer (&self->editions, g_ptr_array_unref);

  G_OBJECT_CLASS (ita_new_project_dialog_parent_class)->finalize (object);
}

static void
ita_new_project_dialog_class_init (ItaNewProjectDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ita_new_project_dialog_dispose;
  object_class->finalize = ita_new_project_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ita-new-project-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ItaNewProjectDialog, year_entry);
  gtk_widget_class_bind_template_child (widget_class, ItaNewProjectDialog, year_error);
  gtk_widget_class_bind_template_child (widget_class, ItaNewProjectDialog, edition_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ItaNewProjectDialog, edition_note);
  gtk_widget_class_bind_template_child (widget_class, ItaNewProjectDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, ItaNewProjectDialog, name_error);
  gtk_widget_class_bind_template_child (widget_class, ItaNewProjectDialog, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ItaNewProjectDialog, kind_entry);
  gtk_widget_class_bind_template_child (widget_class, ItaNewProjectDialog, create_error);
  gtk_widget_class_bind_template_child (widget_class, ItaNewProjectDialog, create_button);
  gtk_widget_class_bind_template_callback (widget_class, on_create_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ita_new_project_dialog_init (ItaNewProjectDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new ((const char * const *) ita_agency_kinds ());
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;
  g_autofree char *year = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (kinds, _("Other…"));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  g_signal_connect (self->kind_dropdown, "notify::selected", G_CALLBACK (on_kind_selected), self);
  fill_editions (self);

  g_signal_connect (self->year_entry, "changed", G_CALLBACK (on_year_changed), self);
  g_signal_connect (self->edition_dropdown, "notify::selected", G_CALLBACK (on_edition_selected), self);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  year = g_strdup_printf ("%d", ita_fiscal_year_of_date (&today));
  gtk_editable_set_text (GTK_EDITABLE (self->year_entry), year);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->create_button);
}

ItaNewProjectDialog *
ita_new_project_dialog_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (ITA_TYPE_NEW_PROJECT_DIALOG, "transient-for", parent, NULL);
}

void
ita_new_project_dialog_set_folder (ItaNewProjectDialog *self,
                                   GFile               *folder)
{
  g_return_if_fail (ITA_IS_NEW_PROJECT_DIALOG (self));
  g_return_if_fail (folder == NULL || G_IS_FILE (folder));

  g_set_object (&self->folder, folder);
}

ItaFramework *
ita_new_project_dialog_get_edition (ItaNewProjectDialog *self)
{
  g_return_val_if_fail (ITA_IS_NEW_PROJECT_DIALOG (self), NULL);
  return selected_edition (self);
}

void
ita_new_project_dialog_run (ItaNewProjectDialog *self,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (ITA_IS_NEW_PROJECT_DIALOG (self));
  g_return_if_fail (self->task == NULL);

  self->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (self->task, ita_new_project_dialog_run);
  gtk_window_present (GTK_WINDOW (self));
}

ItaProject *
ita_new_project_dialog_run_finish (ItaNewProjectDialog  *self,
                                   GAsyncResult         *result,
                                   GError              **error)
{
  g_return_val_if_fail (ITA_IS_NEW_PROJECT_DIALOG (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
