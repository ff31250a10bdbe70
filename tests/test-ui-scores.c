/* test-ui-scores.c: the Scores view driven through its real widgets under
 * Xvfb — typing a score, refusing invalid values, undo/redo, pasting a
 * column */
#include "config.h"

#include <locale.h>

#include "ita-scores-view.h"
#include "ui-test-util.h"

typedef struct {
  char          *dir;
  GFile         *file;
  ItaWindow     *window;
  ItaScoresView *view;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->file = ui_test_make_project (&f->dir);
  f->window = ui_test_open_window (f->file);
  g_assert_true (ita_window_has_project (f->window));
  g_assert_true (ita_window_show_view (f->window, "scores"));
  ui_test_settle ();
  f->view = ITA_SCORES_VIEW (ui_test_find (GTK_WIDGET (f->window), ITA_TYPE_SCORES_VIEW, NULL));
  g_assert_nonnull (f->view);
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

static ItaProject *
project (Fixture *f)
{
  return ita_window_get_project (f->window);
}

static const char *
total_text (Fixture *f)
{
  GtkWidget *label = ui_test_find (GTK_WIDGET (f->view), GTK_TYPE_LABEL, "scores-total");

  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

/* Types text into key's cell and presses Enter, as the officer would. */
static GtkEntry *
type_into (Fixture    *f,
           const char *key,
           const char *text)
{
  GtkEntry *entry;

  ita_scores_view_reveal_key (f->view, key);
  ui_test_settle ();
  entry = ita_scores_view_get_entry (f->view, key);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
  ui_test_settle ();
  return entry;
}

static void
test_type_score (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autoptr(ItaProject) reopened = NULL;
  g_autoptr(GError) error = NULL;
  GtkEntry *next;

  /* Official figures flow upward: clear those above i1 (an empty cell
   * removes the value) so that the total follows the item scores. */
  type_into (f, "ind:1", "");
  type_into (f, "IIT", "");
  type_into (f, "TOTAL", "");
  g_assert_cmpint (ita_project_get_score (project (f), "TOTAL"), ==, ITA_CENTI_NONE);
  before = g_strdup (total_text (f));

  /* Thai digits are accepted. */
  type_into (f, "i1", "๕๐");
  g_assert_null (ita_scores_view_get_error (f->view, "i1"));
  g_assert_cmpint (ita_project_get_score (project (f), "i1"), ==, 5000);
  g_assert_cmpstr (total_text (f), !=, before);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ita_scores_view_get_entry (f->view, "i1"))), ==, "50.00");
  /* Enter moved to the next item. */
  next = ita_scores_view_get_entry (f->view, "i2");
  g_assert_nonnull (next);
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (next)) ||
                 gtk_widget_has_focus (GTK_WIDGET (next)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), GTK_WIDGET (next)));

  /* The value is in the file. */
  ita_window_set_project (f->window, NULL);
  reopened = ita_project_open (f->file, ITA_PROJECT_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ita_project_get_score (reopened, "i1"), ==, 5000);
}

static void
test_refuse_invalid (Fixture       *f,
                     gconstpointer  data)
{
  const struct { const char *key; const char *text; } cases[] = {
    { "i1", "abc" },
    { "i1", "-1" },
    { "i1", "100.5" },
    { "i1", "101" },
    { "i1", "99.999" },
    { "o1", "70" },        /* an OIT item takes 0, 50 or 100 only */
    { "ind:1", "ร้อย" },   /* official values are checked too */
  };
  gboolean could_undo = ita_project_get_can_undo (project (f));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ItaCenti stored = ita_project_get_score (project (f), cases[i].key);
      GtkEntry *entry = type_into (f, cases[i].key, cases[i].text);
      const char *reason = ita_scores_view_get_error (f->view, cases[i].key);

      g_test_message ("%s ← “%s”: %s", cases[i].key, cases[i].text, reason);
      g_assert_nonnull (reason);
      g_assert_cmpstr (reason, !=, "");
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
      /* nothing stored, the typed text stays to be fixed */
      g_assert_cmpint (ita_project_get_score (project (f), cases[i].key), ==, stored);
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, cases[i].text);
      g_assert_true (ita_project_get_can_undo (project (f)) == could_undo);
    }

  /* Fixing the value clears the reason. */
  type_into (f, "o1", "50");
  g_assert_null (ita_scores_view_get_error (f->view, "o1"));
  g_assert_cmpint (ita_project_get_score (project (f), "o1"), ==, 5000);
}

static void
test_undo_redo (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *before = g_strdup (total_text (f));
  g_autofree char *after = NULL;
  ItaCenti old = ita_project_get_score (project (f), "i3");

  type_into (f, "i3", "10");
  g_assert_cmpint (ita_project_get_score (project (f), "i3"), ==, 1000);
  after = g_strdup (total_text (f));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  ui_test_settle ();
  g_assert_cmpint (ita_project_get_score (project (f), "i3"), ==, old);
  g_assert_cmpstr (total_text (f), ==, before);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  ui_test_settle ();
  g_assert_cmpint (ita_project_get_score (project (f), "i3"), ==, 1000);
  g_assert_cmpstr (total_text (f), ==, after);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ita_scores_view_get_entry (f->view, "i3"))), ==, "10.00");

  /* An official value is an edit like any other. */
  type_into (f, "ind:1", "77.5");
  g_assert_cmpint (ita_project_get_score (project (f), "ind:1"), ==, 7750);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  ui_test_settle ();
  g_assert_cmpint (ita_project_get_score (project (f), "ind:1"), !=, 7750);
}

static void
test_paste_column (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ItaCenti i3 = ita_project_get_score (project (f), "i3");
  ItaCenti i1 = ita_project_get_score (project (f), "i1");

  ita_scores_view_reveal_key (f->view, "i1");
  ui_test_settle ();

  /* One bad line: nothing is pasted. */
  g_assert_false (ita_scores_view_paste_text (f->view, "90\nabc\n", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (ita_project_get_score (project (f), "i1"), ==, i1);

  /* Spreadsheet text: Thai digits, CRLF, an empty line keeps an item, a
   * second column is ignored. */
  g_assert_true (ita_scores_view_paste_text (f->view, "๙๐\r\n80.5\t(note)\r\n\r\n70\r\n", &error));
  g_assert_no_error (error);
  ui_test_settle ();
  g_assert_cmpint (ita_project_get_score (project (f), "i1"), ==, 9000);
  g_assert_cmpint (ita_project_get_score (project (f), "i2"), ==, 8050);
  g_assert_cmpint (ita_project_get_score (project (f), "i3"), ==, i3);
  g_assert_cmpint (ita_project_get_score (project (f), "i4"), ==, 7000);

  /* One undo step takes the whole paste back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  ui_test_settle ();
  g_assert_cmpint (ita_project_get_score (project (f), "i1"), ==, i1);
  g_assert_cmpint (ita_project_get_score (project (f), "i4"), !=, 7000);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  ui_test_init ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/ui/scores/type-score", Fixture, NULL, fixture_set_up, test_type_score, fixture_tear_down);
  g_test_add ("/ui/scores/refuse-invalid", Fixture, NULL, fixture_set_up, test_refuse_invalid, fixture_tear_down);
  g_test_add ("/ui/scores/undo-redo", Fixture, NULL, fixture_set_up, test_undo_redo, fixture_tear_down);
  g_test_add ("/ui/scores/paste-column", Fixture, NULL, fixture_set_up, test_paste_column, fixture_tear_down);
  return g_test_run ();
}
