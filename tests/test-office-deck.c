/* test-office-deck.c: the charts as a slide deck, PPTX and PDF */
#include <glib/gstdio.h>
#include <string.h>

#include "ita-chart-data-project.h"
#include "ita-office.h"
#include "office-test-util.h"

#define EMU_PER_INCH 914400

static const char *
test_dir (void)
{
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  return g_get_user_cache_dir ();
}

/* memmem: a PDF holds NUL bytes, so no str* function finds past them. */
static gboolean
has_bytes (const char *data,
           gsize       len,
           const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= len; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static char *
write_deck (ItaProject                 *project,
            const ItaOfficeDeckOptions *options,
            const char                 *name)
{
  g_autofree char *path = g_build_filename (test_dir (), name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (ita_office_write_deck (project, options, file, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static JsonArray *
slides_of (JsonObject *check)
{
  g_assert_true (json_object_has_member (check, "pptx"));
  return json_object_get_array_member (json_object_get_object_member (check, "pptx"), "slides");
}

static const char *
text_at (JsonObject *slide,
         guint       i)
{
  JsonArray *texts = json_object_get_array_member (slide, "texts");

  g_assert_cmpuint (i, <, json_array_get_length (texts));
  return json_array_get_string_element (texts, i);
}

/* The whole deck of the sample: a title slide, then a slide per chart
 * with its Thai title in the title placeholder and the chart as a PNG of
 * exactly the picture's size at 144 dpi, inside the slide under the
 * title. */
static void
check_deck (ItaOfficeAspect  aspect,
            ItaChartLanguage language)
{
  g_autoptr(ItaYears) years = NULL;
  g_autoptr(ItaProject) project = office_sample_project (test_dir (), &years);
  g_autoptr(ItaChartStyle) style = ita_chart_style_new ();
  g_autoptr(ItaAgency) agency = ita_project_get_agency (project);
  g_autoptr(JsonObject) check = NULL;
  g_autofree char *path = NULL;
  ItaOfficeDeckOptions options;
  JsonObject *pptx, *cover;
  JsonArray *slides;
  gint64 width, height;

  style->language = language;
  ita_office_deck_options_init (&options);
  options.aspect = aspect;
  options.style = style;
  options.years = years;
  g_date_set_dmy (&options.date, 12, G_DATE_MARCH, 2025);
  path = write_deck (project, &options, "deck.pptx");

  check = office_check (path, FALSE);
  office_assert_sound (check);
  pptx = json_object_get_object_member (check, "pptx");
  width = json_object_get_int_member (pptx, "width");
  height = json_object_get_int_member (pptx, "height");
  g_assert_cmpint (height, ==, 7.5 * EMU_PER_INCH);
  g_assert_cmpint (width, ==, aspect == ITA_OFFICE_ASPECT_4_3 ? 10 * EMU_PER_INCH : 12192000);

  slides = slides_of (check);
  /* the sample has data for every chart (2567 linked for years, trend, radar) */
  g_assert_cmpuint (json_array_get_length (slides), ==, 1 + ITA_CHART_N_KINDS);

  cover = json_array_get_object_element (slides, 0);
  g_assert_cmpstr (json_object_get_string_member (cover, "layout"), ==, "title");
  g_assert_cmpstr (text_at (cover, 1), ==, agency->name);
  if (language == ITA_CHART_LANG_TH)
    {
      g_assert_nonnull (strstr (json_object_get_string_member (cover, "title"), "คุณธรรมและความโปร่งใส"));
      g_assert_cmpstr (text_at (cover, 2), ==, "ปีงบประมาณ พ.ศ. 2568");
      g_assert_cmpstr (text_at (cover, 3), ==, "12 มีนาคม 2568");
    }
  else
    {
      g_assert_cmpstr (text_at (cover, 2), ==, "Fiscal year 2568");
      g_assert_cmpstr (text_at (cover, 3), ==, "12 March 2025");
    }

  for (ItaChartKind kind = 0; kind < ITA_CHART_N_KINDS; kind++)
    {
      JsonObject *slide = json_array_get_object_element (slides, kind + 1);
      JsonArray *pictures = json_object_get_array_member (slide, "pictures");
      JsonObject *picture;
      gint64 x, y, cx, cy;

      g_assert_cmpstr (json_object_get_string_member (slide, "layout"), ==, "titleOnly");
      /* a real title, in the deck's language */
      g_assert_cmpstr (json_object_get_string_member (slide, "title"), ==, ita_chart_get_title (style, kind));
      g_assert_cmpuint (json_array_get_length (pictures), ==, 1);
      picture = json_array_get_object_element (pictures, 0);
      x = json_object_get_int_member (picture, "x");
      y = json_object_get_int_member (picture, "y");
      cx = json_object_get_int_member (picture, "cx");
      cy = json_object_get_int_member (picture, "cy");
      /* 144 dpi in the PNG, and the picture is the PNG's size at 144 dpi */
      g_assert_cmpfloat_with_epsilon (json_object_get_double_member (picture, "dpi_x"), 144, 0.05);
      g_assert_cmpint (cx, ==, json_object_get_int_member (picture, "width") * (EMU_PER_INCH / 144));
      g_assert_cmpint (cy, ==, json_object_get_int_member (picture, "height") * (EMU_PER_INCH / 144));
      /* the content area: below the title, within the slide, most of it */
      g_assert_cmpint (x, >=, 0);
      g_assert_cmpint (y, >=, EMU_PER_INCH);
      g_assert_cmpint (x + cx, <=, width);
      g_assert_cmpint (y + cy, <=, height);
      g_assert_cmpint (cx, >=, width * 9 / 10);
      g_assert_cmpint (cy, >=, height * 7 / 10);
      /* alternative text for screen readers */
      g_assert_true (g_str_has_prefix (json_object_get_string_member (picture, "descr"),
                                       ita_chart_get_title (style, kind)));
    }
}

static void
test_pptx_16_9_thai (void)
{
  check_deck (ITA_OFFICE_ASPECT_16_9, ITA_CHART_LANG_TH);
}

static void
test_pptx_4_3_english (void)
{
  check_deck (ITA_OFFICE_ASPECT_4_3, ITA_CHART_LANG_EN);
}

/* A chosen set, in the chosen order; Thai digits on the title slide. */
static void
test_chosen_charts (void)
{
  g_autoptr(ItaProject) project = office_sample_project (test_dir (), NULL);
  g_autoptr(ItaChartStyle) style = ita_chart_style_new ();
  static const ItaChartKind kinds[] = { ITA_CHART_GAUGE, ITA_CHART_INDICATORS };
  g_autoptr(JsonObject) check = NULL;
  g_autofree char *path = NULL;
  ItaOfficeDeckOptions options;
  JsonArray *slides;

  style->thai_digits = TRUE;
  ita_office_deck_options_init (&options);
  options.style = style;
  options.kinds = kinds;
  options.n_kinds = G_N_ELEMENTS (kinds);
  path = write_deck (project, &options, "two.pptx");
  check = office_check (path, FALSE);
  office_assert_sound (check);
  slides = slides_of (check);
  g_assert_cmpuint (json_array_get_length (slides), ==, 3);
  g_assert_cmpstr (text_at (json_array_get_object_element (slides, 0), 2), ==, "ปีงบประมาณ พ.ศ. ๒๕๖๘");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (slides, 1), "title"), ==,
                   ita_chart_get_title (style, ITA_CHART_GAUGE));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (slides, 2), "title"), ==,
                   ita_chart_get_title (style, ITA_CHART_INDICATORS));
}

/* A new project: the full deck has nothing to show and says so; a
 * chosen chart is still drawn (saying "no data yet"). */
static void
test_empty_project (void)
{
  g_autofree char *ita = g_build_filename (test_dir (), "new.ita", NULL);
  g_autofree char *out = g_build_filename (test_dir (), "new.pptx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (ita);
  g_autoptr(GFile) out_file = g_file_new_for_path (out);
  g_autoptr(ItaFramework) edition = ita_catalogue_for_year (2568);
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaProject) project = ita_project_create (file, edition, 0, &error);
  static const ItaChartKind kinds[] = { ITA_CHART_INDICATORS };
  ItaOfficeDeckOptions options;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (out, "old", -1, NULL));
  ita_office_deck_options_init (&options);
  g_assert_false (ita_office_write_deck (project, &options, out_file, &error));
  g_assert_error (error, ITA_OFFICE_ERROR, ITA_OFFICE_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "old");
  }

  options.kinds = kinds;
  options.n_kinds = 1;
  g_assert_true (ita_office_write_deck (project, &options, out_file, &error));
  g_assert_no_error (error);
  {
    g_autoptr(JsonObject) check = office_check (out, FALSE);

    office_assert_sound (check);
    g_assert_cmpuint (json_array_get_length (slides_of (check)), ==, 2);
  }
}

/* An agency name with markup and control characters: the package stays
 * sound and the name is shown as written (without what XML cannot hold). */
static void
test_hostile_agency (void)
{
  g_autofree char *ita = g_build_filename (test_dir (), "hostile.ita", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (ita);
  g_autoptr(ItaFramework) edition = ita_catalogue_for_year (2568);
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaProject) project = ita_project_create (file, edition, 0, &error);
  g_autoptr(ItaAgency) agency = ita_agency_new ();
  g_autoptr(JsonObject) check = NULL;
  g_autofree char *path = NULL;
  ItaOfficeDeckOptions options;
  JsonObject *cover;

  g_assert_no_error (error);
  g_free (agency->name);
  agency->name = g_strdup ("เทศบาล \"A & B\" <ทดสอบ>\x02");
  g_assert_true (ita_project_set_agency (project, agency, &error));
  g_assert_true (ita_project_set_score (project, "o1", 10000, &error));
  g_assert_no_error (error);

  ita_office_deck_options_init (&options);
  path = write_deck (project, &options, "hostile.pptx");
  check = office_check (path, FALSE);
  office_assert_sound (check);
  cover = json_array_get_object_element (slides_of (check), 0);
  g_assert_cmpstr (text_at (cover, 1), ==, "เทศบาล \"A & B\" <ทดสอบ>");
  g_assert_cmpuint (json_array_get_length (slides_of (check)), >=, 2);
}

/* The PDF: one page per slide at the slide's size, fonts embedded, the
 * titles as text. */
static void
test_pdf (void)
{
  g_autoptr(ItaYears) years = NULL;
  g_autoptr(ItaProject) project = office_sample_project (test_dir (), &years);
  g_autoptr(ItaChartStyle) style = ita_chart_style_new ();
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  g_autofree char *text = NULL;
  ItaOfficeDeckOptions options;
  gsize len = 0;

  for (int aspect = ITA_OFFICE_ASPECT_16_9; aspect <= ITA_OFFICE_ASPECT_4_3; aspect++)
    {
      ita_office_deck_options_init (&options);
      options.format = ITA_OFFICE_DECK_PDF;
      options.aspect = aspect;
      options.years = years;
      g_clear_pointer (&path, g_free);
      g_clear_pointer (&data, g_free);
      path = write_deck (project, &options, aspect == ITA_OFFICE_ASPECT_4_3 ? "deck43.pdf" : "deck.pdf");
      g_assert_true (g_file_get_contents (path, &data, &len, NULL));
      g_assert_true (g_str_has_prefix (data, "%PDF-"));
      /* fonts embedded as font files, not referenced by name */
      g_assert_true (has_bytes (data, len, "/FontFile2") || has_bytes (data, len, "/FontFile3"));
      g_assert_true (has_bytes (data, len, aspect == ITA_OFFICE_ASPECT_4_3 ? "/MediaBox [ 0 0 720 540 ]"
                                                                           : "/MediaBox [ 0 0 960 540 ]"));
      g_assert_cmpuint (office_pdf_pages (path), ==, 1 + ITA_CHART_N_KINDS);
    }

  text = office_pdf_text (path);
  if (text == NULL)
    {
      g_test_message ("pdftotext is not installed: the text of the PDF is not checked");
      return;
    }
  {
    g_autofree char *all = office_text_skeleton (text);

    for (ItaChartKind kind = 0; kind < ITA_CHART_N_KINDS; kind++)
      {
        g_autofree char *title = office_text_skeleton (ita_chart_get_title (style, kind));

        g_assert_nonnull (strstr (all, title));
      }
  }
}

/* LibreOffice Impress opens the PPTX: as many pages as slides, the slide
 * titles in its text. */
static void
test_libreoffice (void)
{
  g_autofree char *soffice = office_find_soffice ();
  g_autoptr(ItaYears) years = NULL;
  g_autoptr(ItaProject) project = NULL;
  g_autoptr(ItaChartStyle) style = ita_chart_style_new ();
  g_autofree char *path = NULL;
  g_autofree char *outdir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  ItaOfficeDeckOptions options;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }
  project = office_sample_project (test_dir (), &years);
  ita_office_deck_options_init (&options);
  options.years = years;
  path = write_deck (project, &options, "impress.pptx");
  outdir = g_build_filename (test_dir (), "lo", NULL);
  g_assert_true (office_soffice_convert (soffice, path, "pdf", outdir));
  pdf = g_build_filename (outdir, "impress.pdf", NULL);
  g_assert_cmpuint (office_pdf_pages (pdf), ==, 1 + ITA_CHART_N_KINDS);
  text = office_pdf_text (pdf);
  if (text == NULL)
    return;
  {
    g_autofree char *all = office_text_skeleton (text);

    for (ItaChartKind kind = 0; kind < ITA_CHART_N_KINDS; kind++)
      {
        g_autofree char *title = office_text_skeleton (ita_chart_get_title (style, kind));

        g_assert_nonnull (strstr (all, title));
      }
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/office/deck/pptx-16-9-thai", test_pptx_16_9_thai);
  g_test_add_func ("/office/deck/pptx-4-3-english", test_pptx_4_3_english);
  g_test_add_func ("/office/deck/chosen-charts", test_chosen_charts);
  g_test_add_func ("/office/deck/empty-project", test_empty_project);
  g_test_add_func ("/office/deck/hostile-agency", test_hostile_agency);
  g_test_add_func ("/office/deck/pdf", test_pdf);
  g_test_add_func ("/office/deck/libreoffice", test_libreoffice);

  return g_test_run ();
}
