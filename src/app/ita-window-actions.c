/* ita-window-actions.c: the window's actions — open, save a copy, undo … */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <time.h>

#include "ita-import-scores-dialog.h"
#include "ita-new-project-dialog.h"
#include "ita-window-private.h"

/* GtkFileChooserNative and GtkMessageDialog are the dialogs of GTK 4.8
 * (Debian 12); newer GTK deprecates them but keeps them working. */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS

typedef void (*FileChosenFunc) (ItaWindow *self,
                                GFile     *file);

typedef struct {
  ItaWindow      *window;
  FileChosenFunc  func;
} ChooserData;

static void
remember_folder (ItaWindow *self,
                 GFile     *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *path = parent ? g_file_get_path (parent) : NULL;

  if (path != NULL)
    g_settings_set_string (self->settings, "last-folder", path);
}

static void
on_chooser_response (GtkNativeDialog *dialog,
                     int              response,
                     gpointer         user_data)
{
  ChooserData *data = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        {
          remember_folder (data->window, file);
          data->func (data->window, file);
        }
    }
  g_object_unref (data->window);
  g_free (data);
  g_object_unref (dialog);
}

static void
choose_file (ItaWindow            *self,
             GtkFileChooserAction  action,
             const char           *title,
             const char           *accept,
             const char           *suggested_name,
             FileChosenFunc        func)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *last = g_settings_get_string (self->settings, "last-folder");
  ChooserData *data;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (filter, _("ITA Planner projects (*.ita)"));
  gtk_file_filter_add_pattern (filter, "*." ITA_PROJECT_EXTENSION);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  if (last != NULL && *last != '\0' && g_file_test (last, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (last);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);

  data = g_new0 (ChooserData, 1);
  data->window = g_object_ref (self);
  data->func = func;
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Adds the .ita extension when the user typed a name without it. */
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

/* Copies of the sample project live here (see copy_sample). */
static char *
sample_copies_dir (void)
{
  return g_build_filename (g_get_user_cache_dir (), "ita-planner", "sample", NULL);
}

static void
add_to_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *samples = sample_copies_dir ();
  g_autoptr(GFile) samples_dir = g_file_new_for_path (samples);
  GtkRecentData data = {
    .display_name = NULL,
    .description = NULL,
    .mime_type = (char *) "application/x-ita-project",
    .app_name = (char *) "ita-planner",
    .app_exec = (char *) "ita-planner %f",
  };

  /* a throw-away copy of the sample is not a project of the user's */
  if (g_file_has_prefix (file, samples_dir))
    return;
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

/* --- opening -------------------------------------------------------- */

typedef struct {
  ItaWindow *window;
  GFile     *file;
} LockedData;

static void open_with_flags (ItaWindow *self, GFile *file, ItaProjectOpenFlags flags);

static void
on_locked_response (GtkDialog *dialog,
                    int        response,
                    gpointer   user_data)
{
  LockedData *data = user_data;

  if (response == 1)
    open_with_flags (data->window, data->file, ITA_PROJECT_OPEN_READ_ONLY);
  else if (response == 2)
    open_with_flags (data->window, data->file, ITA_PROJECT_OPEN_IGNORE_LOCK);

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (data->window);
  g_object_unref (data->file);
  g_free (data);
}

static void
offer_read_only (ItaWindow    *self,
                 GFile        *file,
                 const GError *error)
{
  GtkWidget *dialog;
  LockedData *data;
  gboolean locked = g_error_matches (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_LOCKED);

  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   "%s", locked ? _("This project is open elsewhere")
                                                : _("This project cannot be changed"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  if (locked)
    gtk_dialog_add_button (GTK_DIALOG (dialog), _("Open _Anyway"), 2);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("Open _Read-Only"), 1);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), 1);

  data = g_new0 (LockedData, 1);
  data->window = g_object_ref (self);
  data->file = g_object_ref (file);
  g_signal_connect (dialog, "response", G_CALLBACK (on_locked_response), data);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_with_flags (ItaWindow           *self,
                 GFile               *file,
                 ItaProjectOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaProject) project = ita_project_open (file, flags, &error);

  if (project == NULL)
    {
      if (g_error_matches (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_LOCKED) ||
          g_error_matches (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_READ_ONLY))
        offer_read_only (self, file, error);
      else
        {
          g_autofree char *name = g_file_get_parse_name (file);
          g_autofree char *message = g_strdup_printf (_("Could not open “%s”: %s"), name, error->message);
          ita_window_show_error (self, message);
        }
      return;
    }

  add_to_recent (file);
  ita_window_set_project (self, project);
}

void
ita_window_open_file (ItaWindow *self,
                      GFile     *file)
{
  g_return_if_fail (ITA_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  open_with_flags (self, file, ITA_PROJECT_OPEN_DEFAULT);
}

static void
open_chosen (ItaWindow *self,
             GFile     *file)
{
  if (self->project != NULL)
    {
      /* A project is open here: open the other one in a window of its own. */
      ItaWindow *window = ita_window_new (ITA_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
      ita_window_open_file (window, file);
      gtk_window_present (GTK_WINDOW (window));
      return;
    }
  ita_window_open_file (self, file);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  choose_file (ITA_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN,
               _("Open Project"), _("_Open"), NULL, open_chosen);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  open_chosen (ITA_WINDOW (widget), file);
}

/* Copies of the sample older than the newest few are removed, unless one
 * is open (its lock file is there). Folder names start with the time they
 * were made, so they sort by age. */
#define SAMPLE_COPIES_KEPT 4

static void
remove_folder (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  /* an open copy has a lock file; one a day old was left by a crash */
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".lock"))
      {
        g_autofree char *lock = g_build_filename (path, name, NULL);
        GStatBuf st;

        if (g_stat (lock, &st) == 0 && time (NULL) - st.st_mtime < 24 * 60 * 60)
          return;
      }
  g_dir_rewind (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_remove (child);
    }
  g_rmdir (path);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  /* g_ptr_array_sort passes pointers to the elements */
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static void
prune_sample_copies (const char *parent)
{
  g_autoptr(GDir) dir = g_dir_open (parent, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i + SAMPLE_COPIES_KEPT < names->len; i++)
    {
      g_autofree char *path = g_build_filename (parent, g_ptr_array_index (names, i), NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_folder (path);
    }
}

/* The sample project is installed read-only; the user works on a copy so
 * the original never changes. Both years are copied side by side so the
 * 2568 file's link to 2567 still resolves. */
static GFile *
copy_sample (GError **error)
{
  const char *dir = g_getenv ("ITA_SAMPLE_DIR");
  g_autofree char *src_dir = g_strdup (dir ? dir : PKGDATADIR "/sample");
  g_autofree char *dest_dir = NULL;
  g_autofree char *parent_dir = NULL;
  g_autofree char *template = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  const char *names[] = { "sample-2567.ita", "sample-2568.ita" };

  parent_dir = sample_copies_dir ();
  prune_sample_copies (parent_dir);
  template = g_strdup_printf ("%s" G_DIR_SEPARATOR_S "%s-XXXXXX", parent_dir, stamp);
  /* a folder of its own for each copy, even two in the same second */
  dest_dir = g_strdup (template);
  if (g_mkdir_with_parents (parent_dir, 0700) != 0 || g_mkdtemp_full (dest_dir, 0700) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not create the folder “%s” for the sample project."), parent_dir);
      return NULL;
    }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *src_path = g_build_filename (src_dir, names[i], NULL);
      g_autofree char *dest_path = g_build_filename (dest_dir, names[i], NULL);
      g_autoptr(GFile) src = g_file_new_for_path (src_path);
      g_autoptr(GFile) dest = g_file_new_for_path (dest_path);
      g_autoptr(GError) local = NULL;

      if (!g_file_copy (src, dest, G_FILE_COPY_NONE, NULL, NULL, NULL, &local))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("The sample project could not be copied (%s). Reinstall ITA Planner."),
                       local->message);
          return NULL;
        }
    }

  {
    g_autofree char *path = g_build_filename (dest_dir, names[1], NULL);
    return g_file_new_for_path (path);
  }
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  ItaWindow *self = ITA_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) copy = copy_sample (&error);

  if (copy == NULL)
    {
      ita_window_show_error (self, error->message);
      return;
    }
  open_chosen (self, copy);
}

/* --- project actions ------------------------------------------------ */

static void
save_copy_chosen (ItaWindow *self,
                  GFile     *chosen)
{
  g_autoptr(GFile) file = with_extension (chosen);
  g_autoptr(GError) error = NULL;

  if (self->project == NULL)
    return;
  if (!ita_project_save_copy (self->project, file, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The copy was not saved: %s"), error->message);
      ita_window_show_error (self, message);
      return;
    }
  add_to_recent (file);
}

static char *
suggested_name (ItaWindow *self,
                int        fiscal_year,
                const char *suffix)
{
  g_autoptr(ItaAgency) agency = ita_project_get_agency (self->project);
  const char *name = (agency->name && *agency->name) ? agency->name : "ita";

  return g_strdup_printf ("%s-%d%s.%s", name, fiscal_year, suffix ? suffix : "", ITA_PROJECT_EXTENSION);
}

static void
save_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  ItaWindow *self = ITA_WINDOW (widget);
  g_autofree char *name = NULL;

  if (self->project == NULL)
    return;
  /* TRANSLATORS: added to the file name of a copy, keep it short, no spaces */
  name = suggested_name (self, ita_project_get_fiscal_year (self->project), _("-copy"));
  choose_file (self, GTK_FILE_CHOOSER_ACTION_SAVE, _("Save a Copy"), _("_Save"), name, save_copy_chosen);
}

static void
next_year_chosen (ItaWindow *self,
                  GFile     *chosen)
{
  g_autoptr(GFile) file = with_extension (chosen);
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaProject) next = NULL;

  if (self->project == NULL)
    return;
  next = ita_project_create_next_year (self->project, file, &error);
  if (next == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The project for the next fiscal year was not created: %s"),
                                                  error->message);
      ita_window_show_error (self, message);
      return;
    }
  add_to_recent (file);
  ita_window_set_project (self, next);
}

static void
new_next_year_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  ItaWindow *self = ITA_WINDOW (widget);
  g_autofree char *name = NULL;

  if (self->project == NULL)
    return;
  name = suggested_name (self, ita_project_get_fiscal_year (self->project) + 1, NULL);
  choose_file (self, GTK_FILE_CHOOSER_ACTION_SAVE, _("New Project for the Next Fiscal Year"),
               _("_Create"), name, next_year_chosen);
}

static void
link_chosen (ItaWindow *self,
             GFile     *file)
{
  g_autoptr(GError) error = NULL;

  if (self->project == NULL)
    return;
  if (!ita_project_add_link (self->project, file, NULL, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The file was not linked: %s"), error->message);
      ita_window_show_error (self, message);
    }
}

static void
link_year_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  choose_file (ITA_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN,
               _("Link Last Year’s Project"), _("_Link"), NULL, link_chosen);
}

static void
close_project_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  ita_window_set_project (ITA_WINDOW (widget), NULL);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  ItaWindow *self = ITA_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->project != NULL && !ita_project_undo (self->project, &error))
    ita_window_show_error (self, error->message);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  ItaWindow *self = ITA_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->project != NULL && !ita_project_redo (self->project, &error))
    ita_window_show_error (self, error->message);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  gtk_window_present (GTK_WINDOW (ita_new_project_dialog_new (ITA_WINDOW (widget))));
}

static void
import_scores_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  ita_import_scores_choose (ITA_WINDOW (widget));
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  ita_window_show_view (ITA_WINDOW (widget), g_variant_get_string (param, NULL));
}

/* The keyboard shortcuts window is built when first asked for: from
 * gtk/help-overlay.ui GtkApplication would build it with every window. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

void
ita_window_actions_update (ItaWindow *self)
{
  gboolean has = self->project != NULL;
  gboolean writable = has && !ita_project_get_read_only (self->project);
  const char *undo_label = has ? ita_project_get_undo_label (self->project) : NULL;
  const char *redo_label = has ? ita_project_get_redo_label (self->project) : NULL;
  g_autofree char *undo_tip = NULL;
  g_autofree char *redo_tip = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-copy", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-next-year", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.link-year", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close-project", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", writable && ita_project_get_can_undo (self->project));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", writable && ita_project_get_can_redo (self->project));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-view", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-scores", writable);

  gtk_widget_set_visible (self->undo_button, has);
  gtk_widget_set_visible (self->redo_button, has);
  /* TRANSLATORS: %s describes the edit, e.g. "Set score o12" */
  undo_tip = undo_label ? g_strdup_printf (_("Undo: %s (Ctrl+Z)"), undo_label) : g_strdup (_("Undo (Ctrl+Z)"));
  redo_tip = redo_label ? g_strdup_printf (_("Redo: %s (Ctrl+Shift+Z)"), redo_label) : g_strdup (_("Redo (Ctrl+Shift+Z)"));
  gtk_widget_set_tooltip_text (self->undo_button, undo_tip);
  gtk_widget_set_tooltip_text (self->redo_button, redo_tip);
}

void
ita_window_actions_init (ItaWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char *view_keys[] = { "overview", "scores", "oit", "plan", "charts", "compare", "agency" };

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, save_copy_action);
  gtk_widget_class_install_action (widget_class, "win.new-next-year", NULL, new_next_year_action);
  gtk_widget_class_install_action (widget_class, "win.link-year", NULL, link_year_action);
  gtk_widget_class_install_action (widget_class, "win.close-project", NULL, close_project_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.import-scores", NULL, import_scores_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import-scores", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "win.close-project", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (view_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-view", "s", view_keys[i]);
}

G_GNUC_END_IGNORE_DEPRECATIONS
