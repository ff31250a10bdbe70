/* test-ui-window.c: the window under Xvfb — a corrupt file's error shown
 * in the window, a new project from the dialog, the agency view */
#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <locale.h>
#include <string.h>

#include "ita-agency-view.h"
#include "ita-application.h"
#include "ita-new-project-dialog.h"
#include "ita-overview-view.h"
#include "ita-welcome-page.h"
#include "ui-test-util.h"

static void
test_corrupt_file (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) good = ui_test_make_project (&dir);
  g_autofree char *bad_path = g_build_filename (dir, "damaged.ita", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GError) error = NULL;
  ItaWindow *window;

  g_assert_true (g_file_set_contents (bad_path, "this is not a database, just text", -1, &error));
  window = ui_test_open_window (bad);

  /* The error is on the welcome page, naming the file. */
  g_assert_false (ita_window_has_project (window));
  g_assert_true (ui_test_has_label_text (GTK_WIDGET (window), "damaged.ita"));

  /* The application is still usable: a good file opens. */
  ita_window_open_file (window, good);
  ui_test_settle ();
  g_assert_true (ita_window_has_project (window));
  g_assert_true (ita_window_show_view (window, "overview"));
  ui_test_settle ();
  g_assert_nonnull (ui_test_find (GTK_WIDGET (window), ITA_TYPE_OVERVIEW_VIEW, NULL));

  ui_test_close_window (window);
  ui_test_remove_dir (dir);
}

/* The New Project dialog the window opened (win.new). */
static ItaNewProjectDialog *
find_new_project_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ITA_IS_NEW_PROJECT_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ITA_NEW_PROJECT_DIALOG (window);
    }
  return NULL;
}

static void
test_new_project (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ita-ui-new-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "new.ita", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ItaWindow *window = ui_test_open_window (NULL);
  ItaNewProjectDialog *dialog;
  GtkWidget *year, *name;
  g_autoptr(ItaAgency) agency = NULL;

  /* the window asks the dialog and shows the project it answers with */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  ui_test_settle ();
  dialog = find_new_project_dialog ();
  g_assert_nonnull (dialog);
  year = ui_test_find (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, "new-year");
  name = ui_test_find (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, "new-name");
  g_assert_nonnull (year);
  g_assert_nonnull (name);

  /* Bad year and no name: refused with the reasons beside the fields. */
  gtk_editable_set_text (GTK_EDITABLE (year), "68");
  gtk_editable_set_text (GTK_EDITABLE (name), "  ");
  g_assert_false (ita_new_project_dialog_validate (dialog));
  g_assert_true (gtk_widget_get_visible (ui_test_find (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "new-year-error")));
  g_assert_true (gtk_widget_get_visible (ui_test_find (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "new-name-error")));
  g_assert_false (ita_new_project_dialog_create_at (dialog, file, &error));
  g_clear_error (&error);
  g_assert_false (g_file_query_exists (file, NULL));

  /* Thai digits in the year. */
  gtk_editable_set_text (GTK_EDITABLE (year), "๒๕๖๘");
  gtk_editable_set_text (GTK_EDITABLE (name), "เทศบาลตำบลใหม่");
  g_assert_true (ita_new_project_dialog_create_at (dialog, file, &error));
  g_assert_no_error (error);
  ui_test_settle ();

  g_assert_true (ita_window_has_project (window));
  g_assert_cmpint (ita_project_get_fiscal_year (ita_window_get_project (window)), ==, 2568);
  g_assert_cmpstr (ita_framework_get_id (ita_project_get_edition (ita_window_get_project (window))), ==, "ita-2568");
  agency = ita_project_get_agency (ita_window_get_project (window));
  g_assert_cmpstr (agency->name, ==, "เทศบาลตำบลใหม่");
  g_assert_cmpstr (agency->kind, ==, "เทศบาลตำบล");
  g_assert_null (find_new_project_dialog ());

  ui_test_close_window (window);
  ui_test_remove_dir (dir);
}

/* The edition follows the fiscal year: the latest edition not after it,
 * also for a year NACC has not published an edition for yet. */
static void
test_new_project_edition (void)
{
  const struct { const char *year; const char *edition; } cases[] = {
    { "2568", "ita-2568" },
    { "2565", "ita-2565" },
    { "2569", "ita-2569" },
    { "2570", "ita-2569" },   /* no edition yet: the latest, said so */
    { "2575", "ita-2569" },
    { "2566", "ita-2566" },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ita-ui-new-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "next.ita", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ItaWindow *window = ui_test_open_window (NULL);
  ItaNewProjectDialog *dialog;
  GtkWidget *year, *note;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int today_fy;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  ui_test_settle ();
  dialog = find_new_project_dialog ();
  year = ui_test_find (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, "new-year");
  note = ui_test_find (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "new-edition-note");
  g_assert_nonnull (note);

  /* it opens on this fiscal year and the edition that applies to it,
   * never on the first edition of the list */
  today_fy = g_date_time_get_year (now) + 543 + (g_date_time_get_month (now) >= 10 ? 1 : 0);
  g_assert_cmpint (ita_framework_get_fiscal_year (ita_new_project_dialog_get_edition (dialog)), ==,
                   MIN (today_fy, 2569));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gtk_editable_set_text (GTK_EDITABLE (year), cases[i].year);
      g_assert_cmpstr (ita_framework_get_id (ita_new_project_dialog_get_edition (dialog)), ==, cases[i].edition);
    }

  /* a year with no edition: the dialog says which edition it uses, and
   * making the project does not fail */
  gtk_editable_set_text (GTK_EDITABLE (year), "2570");
  g_assert_true (gtk_widget_get_visible (note));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (note)), "2570"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (note)), "2569"));
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, "new-name")), "อบต.ทดสอบ");
  g_assert_true (ita_new_project_dialog_create_at (dialog, file, &error));
  g_assert_no_error (error);
  ui_test_settle ();
  g_assert_cmpint (ita_project_get_fiscal_year (ita_window_get_project (window)), ==, 2570);
  g_assert_cmpstr (ita_framework_get_id (ita_project_get_edition (ita_window_get_project (window))), ==, "ita-2569");

  ui_test_close_window (window);
  ui_test_remove_dir (dir);
}

/* Next fiscal year without an edition for it: said before a file name
 * is asked for, not after. */
static void
test_next_year_without_edition (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ita-ui-next-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "fy2569.ita", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ItaFramework) e2569 = ita_catalogue_lookup ("ita-2569", &error);
  ItaWindow *window;
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */
  guint before;
  GtkWidget *banner;

  g_assert_no_error (error);
  {
    g_autoptr(ItaProject) made = ita_project_create (file, e2569, 2569, &error);

    g_assert_no_error (error);
  }
  window = ui_test_open_window (file);
  before = g_list_model_get_n_items (toplevels);
  g_assert_cmpint (ita_project_get_fiscal_year (ita_window_get_project (window)), ==, 2569);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-next-year", NULL));
  ui_test_settle ();
  /* no file dialog opened */
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before);
  banner = ui_test_find (GTK_WIDGET (window), GTK_TYPE_REVEALER, "project-error");
  g_assert_nonnull (banner);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));
  g_assert_true (ui_test_has_label_text (banner, "2570"));
  g_assert_true (ui_test_has_label_text (banner, "ita-cli framework add"));

  ui_test_close_window (window);
  ui_test_remove_dir (dir);
}

static void
test_agency_units (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = ui_test_make_project (&dir);
  ItaWindow *window = ui_test_open_window (file);
  ItaProject *project = ita_window_get_project (window);
  GtkWidget *view, *name_entry, *list;
  g_autoptr(ItaAgency) agency = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaChecklistEntry) entry = NULL;
  g_autoptr(GPtrArray) units = NULL;
  gint64 unit_id = 0;

  g_assert_true (ita_window_show_view (window, "agency"));
  ui_test_settle ();
  view = ui_test_find (GTK_WIDGET (window), ITA_TYPE_AGENCY_VIEW, NULL);
  g_assert_nonnull (view);

  /* The profile is saved on Enter. */
  name_entry = ui_test_find (view, GTK_TYPE_ENTRY, "agency-name");
  gtk_editable_set_text (GTK_EDITABLE (name_entry), "เทศบาลตำบลเปลี่ยนชื่อ");
  g_signal_emit_by_name (name_entry, "activate");
  ui_test_settle ();
  agency = ita_project_get_agency (project);
  g_assert_cmpstr (agency->name, ==, "เทศบาลตำบลเปลี่ยนชื่อ");
  g_assert_true (ui_test_has_label_text (gtk_widget_get_ancestor (view, GTK_TYPE_WINDOW), "เทศบาลตำบลเปลี่ยนชื่อ"));

  /* Add a unit, name it. */
  g_assert_true (gtk_widget_activate_action (view, "agency.add-unit", NULL));
  ui_test_settle ();
  {
    GtkWidget *unit_name = ui_test_find (view, GTK_TYPE_ENTRY, "unit-name");
    gtk_editable_set_text (GTK_EDITABLE (unit_name), "กองช่างทดสอบ");
    g_signal_emit_by_name (unit_name, "activate");
    ui_test_settle ();
  }
  units = ita_project_get_units (project);
  for (guint i = 0; i < units->len; i++)
    if (g_str_equal (((ItaUnit *) g_ptr_array_index (units, i))->name, "กองช่างทดสอบ"))
      unit_id = ((ItaUnit *) g_ptr_array_index (units, i))->id;
  g_assert_cmpint (unit_id, >, 0);

  /* A unit named in the OIT checklist is not removed; the view says why. */
  entry = ita_project_get_checklist_entry (project, "o1");
  ita_checklist_entry_add_unit (entry, unit_id);
  g_assert_true (ita_project_set_checklist_entry (project, entry, &error));
  g_assert_no_error (error);
  ui_test_settle ();
  g_assert_true (gtk_widget_activate_action (view, "agency.remove-unit", NULL));
  ui_test_settle ();
  g_assert_nonnull (ita_project_get_unit (project, unit_id));
  list = ui_test_find (view, GTK_TYPE_LABEL, "units-message");
  g_assert_true (gtk_widget_get_visible (list));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (list)), "o1"));

  ui_test_close_window (window);
  ui_test_remove_dir (dir);
}

/* The welcome page is made when first shown: not for a window opened on
 * a file, but as soon as the window shows no project. */
static void
test_welcome_page_when_shown (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = ui_test_make_project (&dir);
  ItaWindow *window = ita_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  ita_window_open_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_settle ();
  g_assert_true (ita_window_has_project (window));
  g_assert_null (ui_test_find (GTK_WIDGET (window), ITA_TYPE_WELCOME_PAGE, NULL));

  ita_window_set_project (window, NULL);
  ui_test_settle ();
  g_assert_nonnull (ui_test_find (GTK_WIDGET (window), ITA_TYPE_WELCOME_PAGE, NULL));

  ui_test_close_window (window);
  ui_test_remove_dir (dir);
}

/* The keyboard shortcuts window is built when first asked for. */
static void
test_help_overlay (void)
{
  ItaWindow *window = ui_test_open_window (NULL);
  GtkApplicationWindow *app_window = GTK_APPLICATION_WINDOW (window);
  GtkShortcutsWindow *overlay;

  /* GTK 4.8's GtkShortcutsWindow warns about its own labels when shown
   * (as it did when GtkApplication built it from gtk/help-overlay.ui) */
  ui_test_ignore_message ("reported min width -");
  g_assert_null (gtk_application_window_get_help_overlay (app_window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  ui_test_settle ();
  overlay = gtk_application_window_get_help_overlay (app_window);
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == GTK_WINDOW (window));

  /* closing hides it; asking again shows the same window */
  gtk_window_close (GTK_WINDOW (overlay));
  ui_test_settle ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  ui_test_settle ();
  g_assert_true (gtk_application_window_get_help_overlay (app_window) == overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));

  gtk_window_close (GTK_WINDOW (overlay));
  ui_test_settle ();
  ui_test_ignore_message (NULL);
  ui_test_close_window (window);
}

/* No session bus: the preferences go to a key file on disk, so a later
 * run finds them (dconf without a bus would drop them). */
static void
test_preferences_without_bus (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GDBusConnection) bus = NULL;
      g_autoptr(GSettings) settings = NULL;
      g_autoptr(GSettingsBackend) file_backend = NULL;
      g_autoptr(GSettings) reread = NULL;
      g_autofree char *path = NULL;

      g_unsetenv ("GSETTINGS_BACKEND");
      g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus", TRUE);
      bus = ita_application_check_session_bus ();
      g_assert_null (bus);
      g_assert_cmpstr (g_getenv ("GSETTINGS_BACKEND"), ==, "keyfile");

      settings = g_settings_new (APPLICATION_ID);
      g_settings_set_boolean (settings, "thai-digits", TRUE);
      g_settings_set_string (settings, "language", "en");
      g_settings_sync ();

      /* read back from the file itself, as the next run would */
      path = g_build_filename (g_get_user_config_dir (), "glib-2.0", "settings", "keyfile", NULL);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
      file_backend = g_keyfile_settings_backend_new (path, "/", NULL);
      reread = g_settings_new_with_backend (APPLICATION_ID, file_backend);
      g_assert_true (g_settings_get_boolean (reread, "thai-digits"));
      {
        g_autofree char *lang = g_settings_get_string (reread, "language");
        g_assert_cmpstr (lang, ==, "en");
      }
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  ui_test_init ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/ui/window/corrupt-file", test_corrupt_file);
  g_test_add_func ("/ui/window/new-project", test_new_project);
  g_test_add_func ("/ui/window/new-project-edition", test_new_project_edition);
  g_test_add_func ("/ui/window/next-year-without-edition", test_next_year_without_edition);
  g_test_add_func ("/ui/window/welcome-page-when-shown", test_welcome_page_when_shown);
  g_test_add_func ("/ui/window/help-overlay", test_help_overlay);
  g_test_add_func ("/ui/window/preferences-without-bus", test_preferences_without_bus);
  g_test_add_func ("/ui/agency/units", test_agency_units);
  return g_test_run ();
}
