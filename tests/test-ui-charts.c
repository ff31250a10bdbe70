/* test-ui-charts.c: the Charts view under Xvfb — the gallery holds every
 * kind, export through the view writes PNG/SVG/PDF at the chosen size,
 * Copy puts a picture on the clipboard */
#include "config.h"

#include <locale.h>

#include "ita-charts-view.h"
#include "ui-test-util.h"

typedef struct {
  char          *dir;
  ItaWindow     *window;
  ItaChartsView *view;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GFile) file = ui_test_make_project (&fixture->dir);

  fixture->window = ui_test_open_window (file);
  g_assert_true (ita_window_has_project (fixture->window));
  g_assert_true (ita_window_show_view (fixture->window, "charts"));
  ui_test_settle ();
  fixture->view = ITA_CHARTS_VIEW (ui_test_find (GTK_WIDGET (fixture->window), ITA_TYPE_CHARTS_VIEW, NULL));
  g_assert_nonnull (fixture->view);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->view)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  ui_test_close_window (fixture->window);
  ui_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  return ui_test_find (root, GTK_TYPE_WIDGET, name);
}

static void
test_gallery (Fixture       *fixture,
              gconstpointer  user_data)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);
  GtkListBox *gallery = GTK_LIST_BOX (find_named (view, "charts-gallery"));

  g_assert_nonnull (gallery);
  for (ItaChartKind kind = 0; kind < ITA_CHART_N_KINDS; kind++)
    {
      g_autofree char *name = g_strdup_printf ("charts-%s", ita_chart_kind_to_string (kind));
      GtkWidget *row = find_named (view, name);

      g_assert_nonnull (row);
      g_assert_true (GTK_IS_LIST_BOX_ROW (row));
      g_assert_true (gtk_widget_get_visible (row));
    }
  g_assert_null (gtk_list_box_get_row_at_index (gallery, ITA_CHART_N_KINDS));

  /* selecting a row shows that chart */
  gtk_list_box_select_row (gallery, gtk_list_box_get_row_at_index (gallery, ITA_CHART_GAUGE));
  ui_test_settle ();
  g_assert_cmpint (ita_charts_view_get_kind (fixture->view), ==, ITA_CHART_GAUGE);
  ita_charts_view_set_kind (fixture->view, ITA_CHART_RADAR);
  ui_test_settle ();
  g_assert_true (gtk_list_box_get_selected_row (gallery) ==
                 gtk_list_box_get_row_at_index (gallery, ITA_CHART_RADAR));
}

static void
assert_png_size (const char *path,
                 int         width,
                 int         height)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_file (file, &error);

  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, width);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, height);
}

static void
assert_starts_with (const char *path,
                    const char *prefix)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, strlen (prefix));
  g_assert_true (strstr (contents, prefix) != NULL);
}

static void
export_one (Fixture    *fixture,
            guint       format_index,
            const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GtkDropDown *format = GTK_DROP_DOWN (find_named (GTK_WIDGET (fixture->view), "charts-format"));

  gtk_drop_down_set_selected (format, format_index);
  g_assert_true (ita_charts_view_export_to (fixture->view, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_export (Fixture       *fixture,
             gconstpointer  user_data)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);
  GtkDropDown *size = GTK_DROP_DOWN (find_named (view, "charts-size"));
  g_autofree char *png = g_build_filename (fixture->dir, "indicators.png", NULL);
  g_autofree char *png43 = g_build_filename (fixture->dir, "gauge-4x3.png", NULL);
  g_autofree char *svg = g_build_filename (fixture->dir, "indicators.svg", NULL);
  g_autofree char *pdf = g_build_filename (fixture->dir, "indicators.pdf", NULL);

  ita_charts_view_set_kind (fixture->view, ITA_CHART_INDICATORS);
  ui_test_settle ();

  /* 16:9 is the default */
  export_one (fixture, 0, "indicators.png");
  assert_png_size (png, 1920, 1080);
  export_one (fixture, 1, "indicators.svg");
  assert_starts_with (svg, "<svg");
  export_one (fixture, 2, "indicators.pdf");
  assert_starts_with (pdf, "%PDF");

  ita_charts_view_set_kind (fixture->view, ITA_CHART_GAUGE);
  gtk_drop_down_set_selected (size, 1);
  ui_test_settle ();
  export_one (fixture, 0, "gauge-4x3.png");
  assert_png_size (png43, 1024, 768);
}

static void
test_custom_size (Fixture       *fixture,
                  gconstpointer  user_data)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);
  GtkDropDown *size = GTK_DROP_DOWN (find_named (view, "charts-size"));
  GtkEditable *width = GTK_EDITABLE (find_named (view, "charts-width"));
  GtkEditable *height = GTK_EDITABLE (find_named (view, "charts-height"));
  GtkWidget *size_error = find_named (view, "charts-size-error");
  g_autofree char *path = g_build_filename (fixture->dir, "custom.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  gtk_drop_down_set_selected (size, 2);
  ui_test_settle ();
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (width))));

  /* too small: refused, with the reason shown and no file written */
  gtk_editable_set_text (width, "100");
  gtk_editable_set_text (height, "800");
  g_assert_true (gtk_widget_get_visible (size_error));
  g_assert_false (ita_charts_view_export_to (fixture->view, file, &error));
  g_assert_error (error, ITA_CHART_ERROR, ITA_CHART_ERROR_BAD_SIZE);
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* the buttons that would use the size are off until it is valid */
  g_assert_false (gtk_widget_get_sensitive (find_named (view, "charts-export")));
  g_assert_false (gtk_widget_get_sensitive (find_named (view, "charts-copy")));

  /* Thai digits accepted */
  gtk_editable_set_text (width, "๘๐๐");
  gtk_editable_set_text (height, "๖๐๐");
  g_assert_false (gtk_widget_get_visible (size_error));
  g_assert_true (gtk_widget_get_sensitive (find_named (view, "charts-export")));
  g_assert_true (ita_charts_view_export_to (fixture->view, file, &error));
  g_assert_no_error (error);
  assert_png_size (path, 800, 600);
}

static void
test_export_all (Fixture       *fixture,
                 gconstpointer  user_data)
{
  GtkDropDown *format = GTK_DROP_DOWN (find_named (GTK_WIDGET (fixture->view), "charts-format"));
  g_autofree char *out = g_build_filename (fixture->dir, "slides", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (out);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_make_directory (folder, NULL, &error));
  gtk_drop_down_set_selected (format, 1);
  g_assert_true (ita_charts_view_export_all_to (fixture->view, folder, &error));
  g_assert_no_error (error);
  for (ItaChartKind kind = 0; kind < ITA_CHART_N_KINDS; kind++)
    {
      g_autofree char *name = g_strdup_printf ("%s.svg", ita_chart_kind_to_string (kind));
      g_autofree char *path = g_build_filename (out, name, NULL);

      assert_starts_with (path, "<svg");
    }
  ui_test_remove_dir (out);
}

static void
test_copy (Fixture       *fixture,
           gconstpointer  user_data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (fixture->view));
  g_autoptr(GError) error = NULL;
  GdkContentProvider *content;
  GValue value = G_VALUE_INIT;
  GdkTexture *texture;

  ita_charts_view_set_kind (fixture->view, ITA_CHART_OIT);
  g_assert_true (ita_charts_view_copy (fixture->view, &error));
  g_assert_no_error (error);
  ui_test_settle ();

  g_assert_true (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard), GDK_TYPE_TEXTURE));
  content = gdk_clipboard_get_content (clipboard);
  g_assert_nonnull (content);
  g_value_init (&value, GDK_TYPE_TEXTURE);
  g_assert_true (gdk_content_provider_get_value (content, &value, &error));
  g_assert_no_error (error);
  texture = g_value_get_object (&value);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 1920);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 1080);
  g_value_unset (&value);

  /* the Copy button's action says so in the view */
  gdk_clipboard_set_text (clipboard, "something else");
  g_assert_false (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard), GDK_TYPE_TEXTURE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "charts.copy", NULL));
  ui_test_settle ();
  g_assert_true (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard), GDK_TYPE_TEXTURE));
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (fixture->view), "charts-banner")));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_ancestor (find_named (GTK_WIDGET (fixture->view), "charts-banner"), GTK_TYPE_REVEALER))));
}

/* A new project without figures: every chart still exports (it says
 * that there is no data yet). */
static void
test_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ita-ui-charts-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "empty.ita", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ItaFramework) edition = ita_catalogue_for_year (2568);
  g_autoptr(ItaProject) project = NULL;
  ItaWindow *window;
  ItaChartsView *view;

  g_assert_no_error (error);
  project = ita_project_create (file, edition, 2568, &error);
  g_assert_no_error (error);
  ita_project_close (project);

  window = ui_test_open_window (file);
  g_assert_true (ita_window_show_view (window, "charts"));
  ui_test_settle ();
  view = ITA_CHARTS_VIEW (ui_test_find (GTK_WIDGET (window), ITA_TYPE_CHARTS_VIEW, NULL));
  for (ItaChartKind kind = 0; kind < ITA_CHART_N_KINDS; kind++)
    {
      g_autofree char *name = g_strdup_printf ("%s.png", ita_chart_kind_to_string (kind));
      g_autofree char *out = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) out_file = g_file_new_for_path (out);

      ita_charts_view_set_kind (view, kind);
      ui_test_settle ();
      g_assert_true (ita_charts_view_export_to (view, out_file, &error));
      g_assert_no_error (error);
      assert_png_size (out, 1920, 1080);
    }

  ui_test_close_window (window);
  ui_test_remove_dir (dir);
}

static void
test_refresh (Fixture       *fixture,
              gconstpointer  user_data)
{
  ItaProject *project = ita_window_get_project (fixture->window);
  GtkWidget *preview = find_named (GTK_WIDGET (fixture->view), "charts-preview");
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaAgency) agency = ita_project_get_agency (project);
  g_autofree char *path = g_build_filename (fixture->dir, "after.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_nonnull (preview);
  /* a change to the project shows in the next export (and the preview) */
  g_free (agency->name);
  agency->name = g_strdup ("เทศบาลตำบลเปลี่ยนชื่อ");
  g_assert_true (ita_project_set_agency (project, agency, &error));
  g_assert_no_error (error);
  ui_test_settle ();
  g_assert_true (ita_charts_view_export_to (fixture->view, file, &error));
  g_assert_no_error (error);
  assert_starts_with (path, "เทศบาลตำบลเปลี่ยนชื่อ");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  ui_test_init ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/ui/charts/gallery", Fixture, NULL, fixture_set_up, test_gallery, fixture_tear_down);
  g_test_add ("/ui/charts/export", Fixture, NULL, fixture_set_up, test_export, fixture_tear_down);
  g_test_add ("/ui/charts/custom-size", Fixture, NULL, fixture_set_up, test_custom_size, fixture_tear_down);
  g_test_add ("/ui/charts/export-all", Fixture, NULL, fixture_set_up, test_export_all, fixture_tear_down);
  g_test_add ("/ui/charts/copy", Fixture, NULL, fixture_set_up, test_copy, fixture_tear_down);
  g_test_add_func ("/ui/charts/empty", test_empty);
  g_test_add ("/ui/charts/refresh", Fixture, NULL, fixture_set_up, test_refresh, fixture_tear_down);

  return g_test_run ();
}
