/* test-ui-session.c: the views share one session — one score edit
 * computes the result once and reads the scores once, whatever views have
 * been built; a hidden view does no work until it is shown; and the walk
 * of an edit: typed in Scores, seen in the Overview, found in the file */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "ita-counters.h"
#include "ita-overview-view.h"
#include "ita-scores-view.h"
#include "ita-view.h"
#include "ui-test-util.h"

static const char * const every_view[] = { "overview", "scores", "charts", "agency" };

static GtkWidget *
show (ItaWindow  *window,
      const char *name)
{
  g_assert_true (ita_window_show_view (window, name));
  ui_test_settle ();
  return ita_window_get_view (window, name);
}

/* Types text into key's cell of the Scores view and presses Enter. */
static void
type_score (ItaScoresView *view,
            const char    *key,
            const char    *text)
{
  GtkEntry *entry;

  ita_scores_view_reveal_key (view, key);
  ui_test_settle ();
  entry = ita_scores_view_get_entry (view, key);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
  ui_test_settle ();
}

static const char *
label_text (GtkWidget  *root,
            const char *name)
{
  GtkWidget *label = ui_test_find (root, GTK_TYPE_LABEL, name);

  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

static void
test_one_computation (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = ui_test_make_project (&dir);
  ItaWindow *window = ui_test_open_window (file);
  ItaScoresView *scores;
  GtkWidget *overview;
  guint computed, read;

  /* every view built and shown once, then the Scores view on screen */
  for (guint i = 0; i < G_N_ELEMENTS (every_view); i++)
    g_assert_nonnull (show (window, every_view[i]));
  scores = ITA_SCORES_VIEW (show (window, "scores"));
  overview = ita_window_get_view (window, "overview");

  computed = ita_engine_get_compute_count ();
  read = ita_project_get_scores_read_count ();
  type_score (scores, "i2", "75");
  g_assert_cmpint (ita_project_get_score (ita_window_get_project (window), "i2"), ==, 7500);
  g_assert_cmpuint (ita_engine_get_compute_count () - computed, ==, 1);
  g_assert_cmpuint (ita_project_get_scores_read_count () - read, ==, 1);

  /* the hidden views did nothing yet: they are behind */
  g_assert_true (ita_view_is_stale (ITA_VIEW (overview)));
  g_assert_true (ita_view_is_stale (ITA_VIEW (ita_window_get_view (window, "charts"))));
  g_assert_false (ita_view_is_stale (ITA_VIEW (scores)));

  /* shown, the Overview takes the result already there */
  show (window, "overview");
  g_assert_false (ita_view_is_stale (ITA_VIEW (overview)));
  g_assert_cmpuint (ita_engine_get_compute_count () - computed, ==, 1);
  g_assert_cmpuint (ita_project_get_scores_read_count () - read, ==, 1);
  g_assert_cmpstr (label_text (overview, "overview-total"), ==,
                   label_text (GTK_WIDGET (scores), "scores-total") + strlen ("Total "));

  /* a change no view on screen needs a result for computes nothing */
  show (window, "agency");
  computed = ita_engine_get_compute_count ();
  {
    g_autoptr(GError) error = NULL;
    g_assert_true (ita_project_set_score (ita_window_get_project (window), "i3", 5000, &error));
    g_assert_no_error (error);
  }
  ui_test_settle ();
  g_assert_cmpuint (ita_engine_get_compute_count () - computed, ==, 0);

  ui_test_close_window (window);
  ui_test_remove_dir (dir);
}

/* Changes made while a view is hidden reach it, merged, when it is
 * shown; a project opened while a view is hidden is loaded when shown. */
static void
test_hidden_view_catches_up (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = ui_test_make_project (&dir);
  ItaWindow *window = ui_test_open_window (file);
  GtkWidget *overview = show (window, "overview");
  ItaProject *project = ita_window_get_project (window);
  g_autoptr(ItaAgency) agency = ita_project_get_agency (project);
  g_autoptr(GError) error = NULL;
  g_autofree char *total = NULL;

  show (window, "agency");
  g_assert_true (ita_project_set_score (project, "TOTAL", 7000, &error));
  g_free (agency->name);
  agency->name = g_strdup ("เทศบาลตำบลซ่อนอยู่");
  g_assert_true (ita_project_set_agency (project, agency, &error));
  g_assert_no_error (error);
  ui_test_settle ();
  g_assert_true (ita_view_is_stale (ITA_VIEW (overview)));

  show (window, "overview");
  total = g_strdup (label_text (overview, "overview-total"));
  g_assert_cmpstr (total, ==, "70.00");

  /* another project, opened while the Overview is hidden */
  show (window, "scores");
  ita_window_set_project (window, NULL);
  ita_window_open_file (window, file);
  ui_test_settle ();
  g_assert_null (ita_view_get_session (ITA_VIEW (overview)));
  g_assert_true (ita_view_is_stale (ITA_VIEW (overview)));
  show (window, "overview");
  g_assert_true (ita_view_get_session (ITA_VIEW (overview)) == ita_window_get_session (window));

  ui_test_close_window (window);
  ui_test_remove_dir (dir);
}

/* The whole walk: a score typed in Scores, the Overview's total changes,
 * the file reopened holds the value and shows it again. */
static void
test_walk_of_an_edit (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = ui_test_make_project (&dir);
  ItaWindow *window = ui_test_open_window (file);
  GtkWidget *overview = show (window, "overview");
  ItaScoresView *scores;
  g_autofree char *before = g_strdup (label_text (overview, "overview-total"));
  g_autofree char *after = NULL;

  /* i1 has no official figure above it: the total follows it */
  scores = ITA_SCORES_VIEW (show (window, "scores"));
  type_score (scores, "i1", "10");
  show (window, "overview");
  after = g_strdup (label_text (overview, "overview-total"));
  g_assert_cmpstr (after, !=, before);

  /* closed, opened again: the value is in the file and on screen */
  ita_window_set_project (window, NULL);
  ui_test_settle ();
  ita_window_open_file (window, file);
  ui_test_settle ();
  g_assert_true (ita_window_has_project (window));
  g_assert_cmpint (ita_project_get_score (ita_window_get_project (window), "i1"), ==, 1000);
  show (window, "overview");
  g_assert_cmpstr (label_text (overview, "overview-total"), ==, after);
  scores = ITA_SCORES_VIEW (show (window, "scores"));
  ita_scores_view_reveal_key (scores, "i1");
  ui_test_settle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ita_scores_view_get_entry (scores, "i1"))), ==, "10.00");

  ui_test_close_window (window);
  ui_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  ui_test_init ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/ui/session/one-computation", test_one_computation);
  g_test_add_func ("/ui/session/hidden-view-catches-up", test_hidden_view_catches_up);
  g_test_add_func ("/ui/session/walk-of-an-edit", test_walk_of_an_edit);
  return g_test_run ();
}
