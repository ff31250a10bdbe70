/* ita-window-actions.c: the window's actions — open, save a copy, undo … */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <time.h>

#include "ita-dialogs.h"
#include "ita-display.h"
#include "ita-import-scores-dialog.h"
#include "ita-new-project-dialog.h"
#include "ita-views.h"
#include "ita-window-private.h"

typedef void (*FileChosenFunc) (ItaWindow *self,
                                GFile     *file);

static void
remember_folder (ItaWindow *self,
                 GFile     *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *path = parent ? g_file_get_path (parent) : NULL;

  if (path != NULL)
    g_settings_set_string (self->settings, "last-folder", path);
}

GFile *
ita_window_dup_dialog_folder (ItaWindow *self)
{
  g_autofree char *last = NULL;

  g_return_val_if_fail (ITA_IS_WINDOW (self), NULL);

  if (self->session != NULL)
    {
      GFile *folder = ita_session_dup_folder (self->session);

      if (folder != NULL)
        return folder;
    }
  last = g_settings_get_string (self->settings, "last-folder");
  if (last != NULL && *last != '\0' && g_file_test (last, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (last);
  return NULL;
}

typedef struct {
  ItaWindow      *window;
  FileChosenFunc  func;
} ChooserData;

static void
on_file_chosen (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ChooserData *data = user_data;
  g_autoptr(GFile) file = ita_dialogs_choose_file_finish (result, NULL);

  if (file != NULL)
    {
      remember_folder (data->window, file);
      data->func (data->window, file);
    }
  g_object_unref (data->window);
  g_free (data);
}

static void
choose_file (ItaWindow            *self,
             GtkFileChooserAction  action,
             const char           *title,
             const char           *accept,
             const char           *suggested_name,
             FileChosenFunc        func)
{
  g_autoptr(GtkFileFilter) filter = ita_dialogs_project_filter ();
  g_autoptr(GFile) folder = ita_window_dup_dialog_folder (self);
  ChooserData *data = g_new0 (ChooserData, 1);

  data->window = g_object_ref (self);
  data->func = func;
  ita_dialogs_choose_file (GTK_WINDOW (self), action, title, accept, folder, suggested_name,
                           filter, NULL, on_file_chosen, data);
}

/* Copies of the sample project live here (see copy_sample). */
static char *
sample_copies_dir (void)
{
  return g_build_filename (g_get_user_cache_dir (), "ita-planner", "sample", NULL);
}

/* The recent list keeps the agency as the display name and the fiscal
 * year as the description (ita-welcome-page.c shows them). */
static void
add_to_recent (GFile      *file,
               ItaProject *project)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *samples = sample_copies_dir ();
  g_autoptr(GFile) samples_dir = g_file_new_for_path (samples);
  g_autoptr(ItaAgency) agency = project ? ita_project_get_agency (project) : NULL;
  g_autofree char *year = project ? g_strdup_printf ("%d", ita_project_get_fiscal_year (project)) : NULL;
  GtkRecentData data = {
    .display_name = agency && agency->name && *agency->name ? agency->name : NULL,
    .description = year,
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

enum {
  ANSWER_READ_ONLY = 1,
  ANSWER_ANYWAY = 2,
};

static void
on_locked_answer (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  LockedData *data = user_data;
  int answer = ita_dialogs_ask_finish (result, NULL);

  if (answer == ANSWER_READ_ONLY)
    open_with_flags (data->window, data->file, ITA_PROJECT_OPEN_READ_ONLY);
  else if (answer == ANSWER_ANYWAY)
    open_with_flags (data->window, data->file, ITA_PROJECT_OPEN_IGNORE_LOCK);
  g_object_unref (data->window);
  g_object_unref (data->file);
  g_free (data);
}

static void
offer_read_only (ItaWindow    *self,
                 GFile        *file,
                 const GError *error)
{
  LockedData *data = g_new0 (LockedData, 1);

  data->window = g_object_ref (self);
  data->file = g_object_ref (file);
  if (g_error_matches (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_LOCKED))
    ita_dialogs_ask (GTK_WINDOW (self), _("This project is open elsewhere"), error->message,
                     NULL, on_locked_answer, data,
                     _("Open _Read-Only"), ANSWER_READ_ONLY,
                     _("Open _Anyway"), ANSWER_ANYWAY,
                     _("_Cancel"), GTK_RESPONSE_CANCEL,
                     NULL);
  else
    ita_dialogs_ask (GTK_WINDOW (self), _("This project cannot be changed"), error->message,
                     NULL, on_locked_answer, data,
                     _("Open _Read-Only"), ANSWER_READ_ONLY,
                     _("_Cancel"), GTK_RESPONSE_CANCEL,
                     NULL);
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

  add_to_recent (file, project);
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
  g_autoptr(GFile) file = ita_dialogs_with_extension (chosen);
  g_autoptr(GError) error = NULL;

  if (self->project == NULL)
    return;
  if (!ita_project_save_copy (self->project, file, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The copy was not saved: %s"), error->message);
      ita_window_show_error (self, message);
      return;
    }
  add_to_recent (file, self->project);
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
  g_autoptr(GFile) file = ita_dialogs_with_extension (chosen);
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
  add_to_recent (file, next);
  ita_window_set_project (self, next);
}

static void
new_next_year_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  ItaWindow *self = ITA_WINDOW (widget);
  g_autofree char *name = NULL;
  g_autoptr(ItaFramework) edition = NULL;
  int next;

  if (self->project == NULL)
    return;
  next = ita_project_get_fiscal_year (self->project) + 1;
  /* Say it before the file is chosen, not after. */
  edition = ita_catalogue_for_year (next);
  if (edition == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("There is no ITA edition for FY %d yet: NACC has not published it, or it has not been added. "
                                                 "Add the edition file when it is published (ita-cli framework add), "
                                                 "or make a new project for FY %d with the latest edition (New Project)."),
                                               next, next);
      g_autofree char *message = ita_display_bind_years (text);

      ita_window_show_error (self, message);
      return;
    }
  name = suggested_name (self, next, NULL);
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
on_new_project (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ItaWindow) self = user_data;
  g_autoptr(ItaProject) project = NULL;

  project = ita_new_project_dialog_run_finish (ITA_NEW_PROJECT_DIALOG (source), result, NULL);
  if (project == NULL)
    return;
  add_to_recent (ita_project_get_file (project), project);
  remember_folder (self, ita_project_get_file (project));
  if (self->project != NULL)
    {
      /* A project is open here: show the new one in a window of its own. */
      ItaWindow *window = ita_window_new (ITA_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));

      ita_window_set_project (window, project);
      gtk_window_present (GTK_WINDOW (window));
      return;
    }
  ita_window_set_project (self, project);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  ItaWindow *self = ITA_WINDOW (widget);
  ItaNewProjectDialog *dialog = ita_new_project_dialog_new (GTK_WINDOW (self));
  g_autoptr(GFile) folder = ita_window_dup_dialog_folder (self);

  ita_new_project_dialog_set_folder (dialog, folder);
  ita_new_project_dialog_run (dialog, NULL, on_new_project, g_object_ref (self));
}

static void
on_scores_imported (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(ItaWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ita_import_scores_run_finish (result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    ita_window_show_error (self, error->message);
}

static void
import_scores_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  ItaWindow *self = ITA_WINDOW (widget);
  g_autoptr(GFile) folder = ita_window_dup_dialog_folder (self);

  if (self->project == NULL)
    return;
  ita_import_scores_run (GTK_WINDOW (self), self->project, folder, NULL,
                         on_scores_imported, g_object_ref (self));
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  ita_window_show_view (ITA_WINDOW (widget), g_variant_get_string (param, NULL));
}

/* win.reveal ("scores", "ind:9"): the view, and in it the thing. */
static void
reveal_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  const char *view, *key;

  g_variant_get (param, "(&s&s)", &view, &key);
  ita_window_reveal (ITA_WINDOW (widget), view, key);
}

/* The Views group of the shortcuts window, from the table of views: the
 * same names and numbers as the sidebar. (GTK 4.8 has no call to add a
 * shortcut to a group but the one GtkBuilder uses.) */
static void
add_view_shortcuts (GtkBuilder   *builder,
                    GtkBuildable *group)
{
  guint n;
  const ItaViewInfo *views = ita_views_get_table (&n);

  for (guint i = 0; i < n; i++)
    {
      guint number = ita_views_get_number (views[i].name);
      g_autofree char *accel = NULL;
      GtkWidget *shortcut;

      if (number == 0)
        continue;
      accel = g_strdup_printf ("<Alt>%u", number);
      shortcut = g_object_new (GTK_TYPE_SHORTCUTS_SHORTCUT,
                               "title", _(views[i].title),
                               "accelerator", accel,
                               NULL);
      GTK_BUILDABLE_GET_IFACE (group)->add_child (group, builder, G_OBJECT (shortcut), NULL);
    }
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
      add_view_shortcuts (builder, GTK_BUILDABLE (gtk_builder_get_object (builder, "views_group")));
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
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reveal", has);
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
  guint n_views;
  const ItaViewInfo *views = ita_views_get_table (&n_views);

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
  gtk_widget_class_install_action (widget_class, "win.reveal", "(ss)", reveal_action);
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
  /* Alt+1 … as the sidebar numbers the views of this version */
  for (guint i = 0; i < n_views; i++)
    {
      guint number = ita_views_get_number (views[i].name);

      if (number > 0)
        gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + number, GDK_ALT_MASK,
                                             "win.show-view", "s", views[i].name);
    }
}
