/* ita-new-project-dialog.c: New Project — fiscal year, edition, agency
 * name and type, then where to save the file */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ita-agency-view.h"
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

  /* borrowed */
  ItaWindow   *window;

  /* owned */
  GPtrArray   *editions;   /* of ItaFramework (the catalogue's) */
};

G_DEFINE_FINAL_TYPE (ItaNewProjectDialog, ita_new_project_dialog, GTK_TYPE_WINDOW)

G_GNUC_BEGIN_IGNORE_DEPRECATIONS  /* GtkFileChooserNative: the dialog of GTK 4.8 */

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
      if (note->len > 0)
        g_string_append_c (note, ' ');
      g_string_append_printf (note, _("This edition is for FY %d, not for FY %d."),
                              ita_framework_get_fiscal_year (edition), year);
    }
  gtk_label_set_text (self->edition_note, note->str);
  gtk_widget_set_visible (GTK_WIDGET (self->edition_note), note->len > 0);
}

static void
on_year_changed (GtkEditable         *editable,
                 ItaNewProjectDialog *self)
{
  int year = typed_year (self);
  g_autoptr(ItaFramework) edition = year ? ita_catalogue_for_year (year) : NULL;

  show_field_error (self->year_error, NULL);
  for (guint i = 0; edition != NULL && self->editions != NULL && i < self->editions->len; i++)
    if (g_str_equal (ita_framework_get_id (g_ptr_array_index (self->editions, i)),
                     ita_framework_get_id (edition)))
      gtk_drop_down_set_selected (self->edition_dropdown, i);
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
  g_autofree char *uri = NULL;

  g_return_val_if_fail (ITA_IS_NEW_PROJECT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!ita_new_project_dialog_validate (self))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Some fields need to be corrected first."));
      return FALSE;
    }
  project = ita_project_create (file, selected_edition (self), typed_year (self), error);
  if (project == NULL)
    {
      show_field_error (self->create_error, (*error)->message);
      return FALSE;
    }
  agency = agency_from_fields (self);
  if (!ita_project_set_agency (project, agency, error))
    {
      show_field_error (self->create_error, (*error)->message);
      return FALSE;
    }
  uri = g_file_get_uri (file);
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  if (self->window != NULL)
    ita_window_set_project (self->window, project);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static GFile *
with_extension (GFile *file)
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

static void
on_chooser_response (GtkNativeDialog     *chooser,
                     int                  response,
                     ItaNewProjectDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GFile) file = chosen ? with_extension (chosen) : NULL;
      g_autoptr(GError) error = NULL;

      if (file != NULL)
        ita_new_project_dialog_create_at (self, file, &error);
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
on_create_clicked (ItaNewProjectDialog *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(ItaAgency) agency = NULL;
  g_autofree char *name = NULL;

  show_field_error (self->create_error, NULL);
  if (!ita_new_project_dialog_validate (self))
    return;

  agency = agency_from_fields (self);
  name = g_strdup_printf ("%s-%d.%s", agency->name, typed_year (self), ITA_PROJECT_EXTENSION);
  chooser = gtk_file_chooser_native_new (_("Save the New Project"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("C_reate"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("ITA Planner projects (*.ita)"));
  gtk_file_filter_add_pattern (filter, "*." ITA_PROJECT_EXTENSION);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

G_GNUC_END_IGNORE_DEPRECATIONS

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

  g_clear_weak_pointer (&self->window);
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
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  year = g_strdup_printf ("%d", ita_fiscal_year_of_date (&today));
  gtk_editable_set_text (GTK_EDITABLE (self->year_entry), year);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->create_button);
}

ItaNewProjectDialog *
ita_new_project_dialog_new (ItaWindow *window)
{
  ItaNewProjectDialog *self = g_object_new (ITA_TYPE_NEW_PROJECT_DIALOG,
                                            "transient-for", window, NULL);

  g_set_weak_pointer (&self->window, window);
  return self;
}
