/* test-ui-scores.c: the Scores view driven through its real widgets under
 * Xvfb — typing a score, refusing invalid values, undo/redo, pasting a
 * column */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

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

/* Presses a key in a score cell, as the key controller of the cell sees
 * it (GTK 4.8 cannot make key events): TRUE when it was handled. */
static gboolean
press_key (GtkEntry        *entry,
           guint            keyval,
           GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (entry));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c))
        {
          /* before the text sees the key */
          g_assert_cmpint (gtk_event_controller_get_propagation_phase (c), ==, GTK_PHASE_CAPTURE);
          g_signal_emit_by_name (c, "key-pressed", keyval, 0, state, &handled);
          return handled;
        }
    }
  g_assert_not_reached ();
}

static GtkText *
entry_text (GtkEntry *entry)
{
  return GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (entry)));
}

/* Ctrl+Z in a cell undoes the project's last edit, not the cell's typing;
 * after Enter, it no longer blanks the next row's cell, and a second
 * Enter deletes nothing. Ctrl+Shift+Z redoes. */
static void
test_undo_in_cell (Fixture       *f,
                   gconstpointer  data)
{
  ItaCenti i1 = ita_project_get_score (project (f), "i1");
  ItaCenti i2 = ita_project_get_score (project (f), "i2");
  g_autofree char *i2_text = NULL;
  GtkEntry *next;

  type_into (f, "i1", "50");
  g_assert_cmpint (ita_project_get_score (project (f), "i1"), ==, 5000);
  /* Enter moved to i2, whose cell shows its stored value */
  next = ita_scores_view_get_entry (f->view, "i2");
  i2_text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (next)));
  g_assert_cmpstr (i2_text, !=, "");

  /* the cell keeps no history of its own */
  g_assert_false (gtk_editable_get_enable_undo (GTK_EDITABLE (next)));
  gtk_widget_activate_action (GTK_WIDGET (entry_text (next)), "text.undo", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (next)), ==, i2_text);

  /* Ctrl+Z: i1 back as it was, i2's cell and score untouched */
  g_assert_true (press_key (next, GDK_KEY_z, GDK_CONTROL_MASK));
  ui_test_settle ();
  g_assert_cmpint (ita_project_get_score (project (f), "i1"), ==, i1);
  next = ita_scores_view_get_entry (f->view, "i2");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (next)), ==, i2_text);
  g_signal_emit_by_name (next, "activate");
  ui_test_settle ();
  g_assert_cmpint (ita_project_get_score (project (f), "i2"), ==, i2);

  /* Ctrl+Shift+Z: the edit again; what was typed and not kept is dropped */
  next = ita_scores_view_get_entry (f->view, "i2");
  gtk_editable_set_text (GTK_EDITABLE (next), "1");
  g_assert_true (press_key (next, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  ui_test_settle ();
  g_assert_cmpint (ita_project_get_score (project (f), "i1"), ==, 5000);
  g_assert_cmpint (ita_project_get_score (project (f), "i2"), ==, i2);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ita_scores_view_get_entry (f->view, "i2"))), ==, i2_text);

  /* other keys are the cell's */
  g_assert_false (press_key (ita_scores_view_get_entry (f->view, "i2"), GDK_KEY_a, 0));
}

/* The relative luminance of WCAG 2 for an sRGB colour (bytes). */
static double
luminance (const guchar *p)
{
  double c[3];

  for (int i = 0; i < 3; i++)
    {
      double v = p[i] / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : pow ((v + 0.055) / 1.055, 2.4);
    }
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

/* The contrast between the commonest colour of a widget as the window
 * draws it (its background, over whatever is behind it) and the colour
 * furthest from it (its text). */
static double
drawn_contrast (GtkWidget *widget)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (widget));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int ww = gtk_widget_get_width (window), wh = gtk_widget_get_height (window);
  g_autofree guchar *pixels = NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  graphene_rect_t bounds;
  guint32 background = 0;
  guint best = 0;
  double lb, best_ratio = 1;
  int x0, y0, x1, y1;

  g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), ww, wh);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, ww, wh));
  pixels = g_malloc ((gsize) ww * wh * 4);
  gdk_texture_download (texture, pixels, (gsize) ww * 4);
  if (g_getenv ("ITA_TEST_SAVE_PNG"))
    gdk_texture_save_to_png (texture, g_getenv ("ITA_TEST_SAVE_PNG"));
  x0 = (int) ceil (bounds.origin.x) + 1;
  y0 = (int) ceil (bounds.origin.y) + 1;
  x1 = MIN (ww, (int) floor (bounds.origin.x + bounds.size.width) - 1);
  y1 = MIN (wh, (int) floor (bounds.origin.y + bounds.size.height) - 1);
  g_assert_cmpint (x1, >, x0);
  g_assert_cmpint (y1, >, y0);

  /* gdk_texture_download gives B, G, R, A in memory */
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        guchar *p = pixels + ((gsize) y * ww + x) * 4;
        guint32 key = (p[2] << 16) | (p[1] << 8) | p[0];
        guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (key))) + 1;

        g_hash_table_insert (counts, GUINT_TO_POINTER (key), GUINT_TO_POINTER (n));
        if (n > best)
          {
            best = n;
            background = key;
          }
      }
  lb = luminance ((guchar[]) { (background >> 16) & 0xff, (background >> 8) & 0xff, background & 0xff });
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        guchar *p = pixels + ((gsize) y * ww + x) * 4;
        double l = luminance ((guchar[]) { p[2], p[1], p[0] });

        best_ratio = MAX (best_ratio, (MAX (l, lb) + 0.05) / (MIN (l, lb) + 0.05));
      }
  return best_ratio;
}

/* A refused value's reason, in its selected row: readable (contrast of
 * at least 4.5 : 1, WCAG AA) and announced (an alert, the entry invalid
 * and described by it). */
static void
test_error_readable (Fixture       *f,
                     gconstpointer  data)
{
  GtkEntry *entry = type_into (f, "i4", "abc");
  GtkWidget *label = ui_test_find (GTK_WIDGET (f->view), GTK_TYPE_LABEL, "error:i4");
  GtkWidget *row;
  double contrast;

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_visible (label));
  /* the row is selected (the cell has the focus) */
  row = gtk_widget_get_ancestor (label, g_type_from_name ("GtkColumnViewRowWidget") ?
                                        g_type_from_name ("GtkColumnViewRowWidget") : g_type_from_name ("GtkListItemWidget"));
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_state_flags (row) & GTK_STATE_FLAG_SELECTED);
  contrast = drawn_contrast (label);
  g_test_message ("contrast of the message in a selected row: %.1f : 1", contrast);
  g_assert_cmpfloat (contrast, >=, 4.5);

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_ROLE_ALERT);
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_TRUE);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       gtk_label_get_text (GTK_LABEL (label)));

  /* fixed: no longer invalid */
  type_into (f, "i4", "90");
  g_assert_false (gtk_widget_get_visible (label));
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_FALSE);
}

/* The next-year categories are of items and indicators; the total and
 * the tools have a grade, never a category word. The official column
 * says what it is for. */
static void
test_grade_and_categories (Fixture       *f,
                           gconstpointer  data)
{
  GtkEntry *official;

  g_assert_cmpint (ita_scores_view_get_category (f->view, "TOTAL"), ==, ITA_CATEGORY_NONE);
  g_assert_cmpint (ita_scores_view_get_category (f->view, "IIT"), ==, ITA_CATEGORY_NONE);
  g_assert_cmpint (ita_scores_view_get_category (f->view, "OIT"), ==, ITA_CATEGORY_NONE);
  /* the sample's indicator 8 is 89.44: improve next year, though it passes */
  g_assert_cmpint (ita_scores_view_get_category (f->view, "ind:8"), ==, ITA_CATEGORY_IMPROVE);
  g_assert_cmpint (ita_scores_view_get_category (f->view, "i2"), ==, ITA_CATEGORY_MAINTAIN);
  g_assert_true (ui_test_has_label_text (GTK_WIDGET (f->view), "is not the grade"));

  ita_scores_view_reveal_key (f->view, "ind:1");
  ui_test_settle ();
  official = ita_scores_view_get_entry (f->view, "ind:1");
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (official)), ==, "official:ind:1");
  g_assert_cmpstr (gtk_entry_get_placeholder_text (official), ==, "from ITAS");
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (GTK_WIDGET (official)), "ITAS"));
}

/* At 1024 × 768 (a meeting-room projector) every column is on screen:
 * nothing to scroll sideways to. */
static void
test_fits_1024 (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *scroller;
  GtkAdjustment *h;

  gtk_window_set_default_size (GTK_WINDOW (f->window), 1024, 768);
  ui_test_settle ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, 1024);
  scroller = gtk_widget_get_ancestor (GTK_WIDGET (ui_test_find (GTK_WIDGET (f->view), GTK_TYPE_COLUMN_VIEW, NULL)),
                                      GTK_TYPE_SCROLLED_WINDOW);
  h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));
  g_test_message ("columns %.0f px in %.0f px", gtk_adjustment_get_upper (h), gtk_adjustment_get_page_size (h));
  g_assert_cmpfloat (gtk_adjustment_get_upper (h), <=, gtk_adjustment_get_page_size (h) + 0.5);
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
  g_test_add ("/ui/scores/undo-in-cell", Fixture, NULL, fixture_set_up, test_undo_in_cell, fixture_tear_down);
  g_test_add ("/ui/scores/error-readable", Fixture, NULL, fixture_set_up, test_error_readable, fixture_tear_down);
  g_test_add ("/ui/scores/grade-and-categories", Fixture, NULL, fixture_set_up, test_grade_and_categories, fixture_tear_down);
  g_test_add ("/ui/scores/fits-1024", Fixture, NULL, fixture_set_up, test_fits_1024, fixture_tear_down);
  return g_test_run ();
}
