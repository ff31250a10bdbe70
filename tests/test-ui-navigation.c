/* test-ui-navigation.c: win.reveal and the views — every Overview
 * warning leads to its place; one table of views gives the sidebar, the
 * Alt+number shortcuts and the shortcuts window; the window keeps its
 * size, opens its file dialogs in the project's folder, lists recent
 * projects by agency and year, and shows numbers in Thai digits */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "ita-charts-view.h"
#include "ita-overview-view.h"
#include "ita-scores-view.h"
#include "ita-view.h"
#include "ita-views.h"
#include "ita-welcome-page.h"
#include "ita-window-private.h"
#include "ui-test-util.h"

typedef struct {
  char      *dir;
  GFile     *file;
  ItaWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->file = ui_test_make_project (&f->dir);
  f->window = ui_test_open_window (f->file);
  g_assert_true (ita_window_has_project (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ui_test_close_window (f->window);
  g_clear_object (&f->file);
  ui_test_remove_dir (f->dir);
  g_free (f->dir);
}

static const char *
focus_name (ItaWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  /* the entry, or the text inside it */
  while (focus != NULL && !GTK_IS_ENTRY (focus) && !GTK_IS_LIST_BOX_ROW (focus))
    focus = gtk_widget_get_parent (focus);
  return focus ? gtk_widget_get_name (focus) : NULL;
}

static gboolean
reveal (ItaWindow  *window,
        const char *view,
        const char *key)
{
  gboolean shown;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reveal", "(ss)", view, key));
  ui_test_settle ();
  shown = ita_window_reveal (window, view, key);
  ui_test_settle ();
  return shown;
}

/* win.reveal goes to the view and the thing; a view not in this version
 * gives way to the Scores view for a score. */
static void
test_reveal (Fixture       *f,
             gconstpointer  data)
{
  g_assert_true (reveal (f->window, "scores", "ind:9"));
  g_assert_cmpstr (ita_window_get_visible_view (f->window), ==, "scores");
  g_assert_cmpstr (focus_name (f->window), ==, "official:ind:9");

  g_assert_true (reveal (f->window, "scores", "O12"));
  g_assert_cmpstr (focus_name (f->window), ==, "score:o12");

  /* the OIT checklist is not in this version: its item in Scores */
  g_assert_false (ita_views_is_available ("oit"));
  g_assert_true (reveal (f->window, "oit", "o3"));
  g_assert_cmpstr (ita_window_get_visible_view (f->window), ==, "scores");
  g_assert_cmpstr (focus_name (f->window), ==, "score:o3");

  g_assert_true (reveal (f->window, "charts", "radar"));
  g_assert_cmpstr (ita_window_get_visible_view (f->window), ==, "charts");
  g_assert_cmpint (ita_charts_view_get_kind (ITA_CHARTS_VIEW (ita_window_get_view (f->window, "charts"))),
                   ==, ITA_CHART_RADAR);

  /* nowhere to show a measure yet: the window stays where it is */
  g_assert_false (reveal (f->window, "plan", "measure:1"));
  g_assert_cmpstr (ita_window_get_visible_view (f->window), ==, "charts");
  /* a key a view does not know */
  g_assert_false (reveal (f->window, "scores", "x99"));
}

/* Each warning of the Overview with a Show button leads to the place it
 * is about: the view, and the cell of the item or the level. */
static void
test_warnings_lead_there (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *overview;
  GtkWidget *list;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  ItaFramework *edition = ita_project_get_edition (ita_window_get_project (f->window));
  gboolean saw_discrepancy = FALSE, saw_checklist = FALSE, saw_summary = FALSE, saw_unscored = FALSE;
  g_autoptr(GError) error = NULL;

  /* an official figure that differs from the computed one, an item
   * without a score */
  g_assert_true (ita_project_set_score (ita_window_get_project (f->window), "ind:1", 5000, &error));
  g_assert_true (ita_project_set_score (ita_window_get_project (f->window), "i2", ITA_CENTI_NONE, &error));
  g_assert_no_error (error);
  g_assert_true (ita_window_show_view (f->window, "overview"));
  ui_test_settle ();
  overview = ita_window_get_view (f->window, "overview");
  list = ui_test_find (overview, GTK_TYPE_LIST_BOX, "overview-warnings");
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *button = ui_test_find (row, GTK_TYPE_BUTTON, NULL);

      if (button != NULL)
        g_ptr_array_add (buttons, button);
      if (ui_test_has_label_text (row, "copy them from the ITAS results"))
        saw_summary = TRUE;
    }
  g_assert_true (saw_summary);
  g_assert_cmpuint (buttons->len, >=, 3);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      const char *view = g_object_get_data (G_OBJECT (button), "ita-view");
      const char *key = g_object_get_data (G_OBJECT (button), "ita-key");
      const char *target = ita_views_resolve (view, key, edition);
      g_autofree char *normal = key ? ita_scores_normalize_key (edition, key, NULL) : NULL;

      g_assert_true (ita_window_show_view (f->window, "overview"));
      ui_test_settle ();
      g_test_message ("warning %u: %s %s", i, view, key);
      g_assert_nonnull (target);
      g_signal_emit_by_name (button, "clicked");
      ui_test_settle ();
      g_assert_cmpstr (ita_window_get_visible_view (f->window), ==, target);
      if (g_str_equal (target, "scores") && normal != NULL)
        {
          g_autofree char *score = g_strdup_printf ("score:%s", normal);
          g_autofree char *official = g_strdup_printf ("official:%s", normal);
          const char *focus = focus_name (f->window);

          g_assert_true (g_strcmp0 (focus, score) == 0 || g_strcmp0 (focus, official) == 0);
          if (g_str_has_prefix (normal, "ind:"))
            saw_discrepancy = TRUE;
          if (g_str_equal (view, "oit"))
            saw_checklist = TRUE;
          if (g_str_equal (normal, "i2"))
            saw_unscored = TRUE;
        }
    }
  g_assert_true (saw_discrepancy);
  g_assert_true (saw_checklist);
  g_assert_true (saw_unscored);
}

static GtkWidget *
find_group (GtkWidget  *root,
            const char *title)
{
  g_autofree char *t = NULL;

  if (GTK_IS_SHORTCUTS_GROUP (root))
    {
      g_object_get (root, "title", &t, NULL);
      if (g_strcmp0 (t, title) == 0)
        return root;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_group (child, title);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The sidebar, the Alt+number shortcuts and the shortcuts window: the
 * views of the table that this version has, in its order. */
static void
test_views_table (Fixture       *f,
                  gconstpointer  data)
{
  guint n;
  const ItaViewInfo *views = ita_views_get_table (&n);
  g_autoptr(GPtrArray) available = g_ptr_array_new ();
  GtkStackSidebar *sidebar = GTK_STACK_SIDEBAR (ui_test_find (GTK_WIDGET (f->window), GTK_TYPE_STACK_SIDEBAR, NULL));
  GtkStack *stack = gtk_stack_sidebar_get_stack (sidebar);
  g_autoptr(GtkSelectionModel) pages = gtk_stack_get_pages (stack);
  GtkShortcutsWindow *overlay;
  GtkWidget *group;
  guint found = 0;

  for (guint i = 0; i < n; i++)
    if (views[i].get_type != NULL)
      g_ptr_array_add (available, (gpointer) views[i].name);
  g_assert_cmpuint (available->len, ==, 4);

  /* the sidebar, in the table's order */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, available->len);
  for (guint i = 0; i < available->len; i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      g_assert_cmpstr (gtk_stack_page_get_name (GTK_STACK_PAGE (page)), ==, g_ptr_array_index (available, i));
      g_assert_cmpuint (ita_views_get_number (g_ptr_array_index (available, i)), ==, i + 1);
    }

  /* Alt+number: win.show-view with that view, numbered as shown */
  for (guint i = 0; i < available->len; i++)
    {
      g_autofree char *accel = g_strdup_printf ("<Alt>%u", i + 1);
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->window));
      gboolean bound = FALSE;

      for (guint c = 0; c < g_list_model_get_n_items (controllers) && !bound; c++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, c);

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;
          for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);
              g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
              GVariant *args = gtk_shortcut_get_arguments (shortcut);

              if (g_str_equal (trigger, accel) && args != NULL &&
                  g_str_equal (g_variant_get_string (args, NULL), g_ptr_array_index (available, i)))
                bound = TRUE;
            }
        }
      g_assert_true (bound);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "charts"));
  ui_test_settle ();
  g_assert_cmpstr (ita_window_get_visible_view (f->window), ==, "charts");

  /* the shortcuts window lists the same */
  ui_test_ignore_message ("reported min width -");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-help-overlay", NULL));
  ui_test_settle ();
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (f->window));
  group = find_group (GTK_WIDGET (overlay), "Views");
  g_assert_nonnull (group);
  {
      for (GtkWidget *s = gtk_widget_get_first_child (group); s != NULL; s = gtk_widget_get_next_sibling (s))
        {
          g_autofree char *accel = NULL;
          g_autofree char *name = NULL;
          g_autofree char *expected = NULL;

          if (!GTK_IS_SHORTCUTS_SHORTCUT (s))
            continue;
          g_object_get (s, "accelerator", &accel, "title", &name, NULL);
          g_assert_cmpuint (found, <, available->len);
          expected = g_strdup_printf ("<Alt>%u", found + 1);
          g_assert_cmpstr (accel, ==, expected);
          g_assert_cmpstr (name, ==, ita_views_lookup (g_ptr_array_index (available, found))->title);
          found++;
        }
    }
  g_assert_cmpuint (found, ==, available->len);
  gtk_window_close (GTK_WINDOW (overlay));
  ui_test_settle ();
  ui_test_ignore_message (NULL);
}

/* The window's size is kept however the window goes: closed, or
 * destroyed when the application quits (Ctrl+Q). A --screenshot window
 * keeps nothing. */
static void
test_size_kept (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  ItaWindow *window;

  window = ita_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 1111, 700);
  ui_test_settle ();
  gtk_window_close (GTK_WINDOW (window));
  ui_test_settle ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1111);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);

  /* quitting destroys the windows without closing them */
  window = ita_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  ui_test_settle ();
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1024);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 768);

  window = ita_window_new (NULL);
  ita_window_set_keep_size (window, FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 480);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_settle ();
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1024);
}

/* File dialogs open in the project's folder, whatever folder was used
 * last; without a project, in the last one. */
static void
test_dialog_folder (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GFile) folder = ita_window_dup_dialog_folder (f->window);
  g_autoptr(GFile) expected = g_file_get_parent (f->file);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GFile) elsewhere = NULL;

  g_settings_set_string (settings, "last-folder", g_get_tmp_dir ());
  g_clear_object (&folder);
  folder = ita_window_dup_dialog_folder (f->window);
  g_assert_true (g_file_equal (folder, expected));

  ita_window_set_project (f->window, NULL);
  elsewhere = ita_window_dup_dialog_folder (f->window);
  g_assert_nonnull (elsewhere);
  g_assert_cmpstr (g_file_peek_path (elsewhere), ==, g_get_tmp_dir ());
}

/* The recent list names each project by its agency and fiscal year. */
static void
test_recent_names_agency (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(ItaAgency) agency = ita_project_get_agency (ita_window_get_project (f->window));
  g_autofree char *expected = g_strdup_printf ("%s — FY\u00a02568", agency->name);
  ItaWelcomePage *page;
  gboolean found = FALSE;

  ita_window_set_project (f->window, NULL);
  ui_test_settle ();
  page = ITA_WELCOME_PAGE (ui_test_find (GTK_WIDGET (f->window), ITA_TYPE_WELCOME_PAGE, NULL));
  g_assert_nonnull (page);
  for (GtkWidget *w = ui_test_find (GTK_WIDGET (page), GTK_TYPE_LABEL, "recent-title"); w != NULL;
       w = NULL)
    found = g_str_equal (gtk_label_get_text (GTK_LABEL (w)), expected);
  g_assert_true (found);
}

static gboolean
has_ascii_digit (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      return TRUE;
  return FALSE;
}

/* An item code ("o12", "EIT1") keeps its digits: it is a name. */
static gboolean
is_code (const char *text)
{
  return g_regex_match_simple ("^[A-Za-z]+[0-9]+$", text, 0, 0);
}

static void
check_labels_thai (GtkWidget *root)
{
  if (GTK_IS_LABEL (root) && gtk_widget_is_visible (root))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (root));

      if (has_ascii_digit (text) && !is_code (text))
        g_error ("“%s” (%s) is not in Thai digits", text, gtk_widget_get_name (root));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_labels_thai (child);
}

/* The years always stay with their "FY"/"พ.ศ.": no plain space there. */
static void
check_years_bound (GtkWidget *root)
{
  if (GTK_IS_LABEL (root))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (root));

      if (g_regex_match_simple ("(FY|พ\\.ศ\\.) [0-9๐-๙]", text, 0, 0))
        g_error ("“%s” may break before its year", text);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_years_bound (child);
}

/* Thai digits, when chosen, wherever a number is shown: the window's
 * title, the total, the grade's explanation, the tools, the warnings. */
static void
test_thai_digits (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *overview;

  g_assert_true (ita_window_show_view (f->window, "overview"));
  ui_test_settle ();
  overview = ita_window_get_view (f->window, "overview");
  check_years_bound (GTK_WIDGET (f->window));
  g_assert_true (has_ascii_digit (gtk_window_get_title (GTK_WINDOW (f->window))));

  g_assert_true (ita_project_set_thai_digits (ita_window_get_project (f->window), TRUE, &error));
  g_assert_no_error (error);
  ui_test_settle ();
  g_assert_true (ita_session_get_thai_digits (ita_window_get_session (f->window)));
  g_assert_false (has_ascii_digit (gtk_window_get_title (GTK_WINDOW (f->window))));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (f->window)), "๒๕๖๘"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (ui_test_find (overview, GTK_TYPE_LABEL, "overview-explanation"))),
                            "๘๕"));
  check_labels_thai (overview);
  check_years_bound (GTK_WIDGET (f->window));

  /* the Scores view's header too */
  g_assert_true (ita_window_show_view (f->window, "scores"));
  ui_test_settle ();
  check_labels_thai (ui_test_find (ita_window_get_view (f->window, "scores"), GTK_TYPE_LABEL, "scores-total"));
}

/* A meeting-room projector: every view fits 1024 × 768 (the window does
 * not have to grow past it). */
static void
test_fits_1024 (Fixture       *f,
                gconstpointer  data)
{
  static const char * const views[] = { "overview", "scores", "charts", "agency", "welcome" };

  gtk_window_set_default_size (GTK_WINDOW (f->window), 1024, 768);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      int min = 0;

      g_assert_true (ita_window_show_view (f->window, views[i]));
      ui_test_settle ();
      gtk_widget_measure (GTK_WIDGET (f->window), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      g_test_message ("%s: at least %d px wide", views[i], min);
      g_assert_cmpint (min, <=, 1024);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, 1024);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  ui_test_init ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/ui/navigation/reveal", Fixture, NULL, fixture_set_up, test_reveal, fixture_tear_down);
  g_test_add ("/ui/navigation/warnings-lead-there", Fixture, NULL, fixture_set_up, test_warnings_lead_there, fixture_tear_down);
  g_test_add ("/ui/navigation/views-table", Fixture, NULL, fixture_set_up, test_views_table, fixture_tear_down);
  g_test_add_func ("/ui/navigation/size-kept", test_size_kept);
  g_test_add ("/ui/navigation/dialog-folder", Fixture, NULL, fixture_set_up, test_dialog_folder, fixture_tear_down);
  g_test_add ("/ui/navigation/recent-names-agency", Fixture, NULL, fixture_set_up, test_recent_names_agency, fixture_tear_down);
  g_test_add ("/ui/navigation/thai-digits", Fixture, NULL, fixture_set_up, test_thai_digits, fixture_tear_down);
  g_test_add ("/ui/navigation/fits-1024", Fixture, NULL, fixture_set_up, test_fits_1024, fixture_tear_down);
  return g_test_run ();
}
