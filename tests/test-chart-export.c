/* test-chart-export.c: exported charts are valid files — PNG of the
 * asked size, SVG that parses and carries the Thai text, PDF with its
 * fonts embedded — written atomically, with clear errors */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "chart-fixtures.h"

static ChartFixtures *the_fixtures;

/* Built inside the first test: the isolated XDG folders exist only there. */
static ChartFixtures *
get_fixtures (void)
{
  if (the_fixtures == NULL)
    {
      g_autofree char *data_dir = g_test_build_filename (G_TEST_DIST, "data", NULL);

      the_fixtures = chart_fixtures_new (data_dir);
    }
  return the_fixtures;
}

#define fixtures (get_fixtures ())

/* memmem is not portable */
static const guint8 *
find_bytes (const void *haystack,
            gsize       len,
            const char *needle)
{
  gsize n = strlen (needle);
  const guint8 *h = haystack;

  for (gsize i = 0; i + n <= len; i++)
    if (memcmp (h + i, needle, n) == 0)
      return h + i;
  return NULL;
}

typedef struct {
  const guint8 *data;
  gsize         len;
  gsize         pos;
} Reader;

static cairo_status_t
read_bytes (void          *closure,
            unsigned char *out,
            unsigned int   length)
{
  Reader *r = closure;

  if (r->pos + length > r->len)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (out, r->data + r->pos, length);
  r->pos += length;
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
export (ItaChartKind    kind,
        ItaChartFormat  format,
        int             w,
        int             h,
        double          dpi,
        ItaChartLanguage lang)
{
  g_autoptr(ItaChartStyle) style = ita_chart_style_new ();
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  style->language = lang;
  bytes = ita_chart_export_bytes (kind, fixtures->data[kind], style, w, h, dpi, format, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static void
test_png (void)
{
  static const int sizes[][2] = { { 1920, 1080 }, { 1024, 768 }, { 640, 360 } };

  for (guint k = 0; k < ITA_CHART_N_KINDS; k++)
    for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
      {
        g_autoptr(GBytes) png = export (k, ITA_CHART_FORMAT_PNG, sizes[z][0], sizes[z][1], 144, ITA_CHART_LANG_TH);
        Reader r = { g_bytes_get_data (png, &r.len), 0, 0 };
        cairo_surface_t *image;
        const guint8 *phys;

        r.data = g_bytes_get_data (png, &r.len);
        image = cairo_image_surface_create_from_png_stream (read_bytes, &r);
        g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
        g_assert_cmpint (cairo_image_surface_get_width (image), ==, sizes[z][0]);
        g_assert_cmpint (cairo_image_surface_get_height (image), ==, sizes[z][1]);
        cairo_surface_destroy (image);

        /* the resolution travels in a pHYs chunk: 144 dpi = 5669 px/m */
        phys = find_bytes (r.data, r.len, "pHYs");
        g_assert_nonnull (phys);
        g_assert_cmpuint (((guint32) phys[4] << 24 | phys[5] << 16 | phys[6] << 8 | phys[7]), ==, 5669);
        g_assert_cmpuint (phys[12], ==, 1);
      }
}

typedef struct {
  GString  *title;
  GString  *desc;
  gboolean  in_title;
  gboolean  in_desc;
  guint     elements;
} SvgScan;

static void
svg_start (GMarkupParseContext  *context,
           const char           *element,
           const char          **names,
           const char          **values,
           gpointer              user_data,
           GError              **error)
{
  SvgScan *scan = user_data;

  scan->elements++;
  scan->in_title = g_str_equal (element, "title");
  scan->in_desc = g_str_equal (element, "desc");
}

static void
svg_end (GMarkupParseContext  *context,
         const char           *element,
         gpointer              user_data,
         GError              **error)
{
  SvgScan *scan = user_data;

  scan->in_title = scan->in_desc = FALSE;
}

static void
svg_text (GMarkupParseContext  *context,
          const char           *text,
          gsize                 len,
          gpointer              user_data,
          GError              **error)
{
  SvgScan *scan = user_data;

  if (scan->in_title)
    g_string_append_len (scan->title, text, len);
  if (scan->in_desc)
    g_string_append_len (scan->desc, text, len);
}

static void
test_svg (void)
{
  static const GMarkupParser parser = { svg_start, svg_end, svg_text, NULL, NULL };

  for (guint k = 0; k < ITA_CHART_N_KINDS; k++)
    {
      g_autoptr(GBytes) svg = export (k, ITA_CHART_FORMAT_SVG, 1920, 1080, 96, ITA_CHART_LANG_TH);
      SvgScan scan = { g_string_new (NULL), g_string_new (NULL), FALSE, FALSE, 0 };
      GMarkupParseContext *context = g_markup_parse_context_new (&parser, 0, &scan, NULL);
      g_autoptr(GError) error = NULL;
      gsize len;
      const char *data = g_bytes_get_data (svg, &len);

      g_assert_true (g_utf8_validate (data, len, NULL));
      g_markup_parse_context_parse (context, data, len, &error);
      g_assert_no_error (error);
      g_markup_parse_context_end_parse (context, &error);
      g_assert_no_error (error);
      g_markup_parse_context_free (context);

      g_assert_cmpuint (scan.elements, >, 20);
      /* the Thai title and the agency, readable as text */
      g_assert_nonnull (strstr (scan.title->str, "เทศบาลตำบลนาคำ"));
      g_assert_nonnull (strstr (scan.title->str, "ปีงบประมาณ พ.ศ."));
      if (k == ITA_CHART_INDICATORS)
        {
          g_assert_nonnull (strstr (scan.title->str, "ผลคะแนน ITA รายตัวชี้วัด"));
          g_assert_nonnull (strstr (scan.desc->str, "การเปิดเผยข้อมูล"));
          g_assert_nonnull (strstr (scan.desc->str, "38.00"));
        }
      /* 1920 px at 96 dpi is 1440 pt */
      g_assert_nonnull (strstr (data, "width=\"1440"));
      g_string_free (scan.title, TRUE);
      g_string_free (scan.desc, TRUE);
    }
}

static void
test_pdf (void)
{
  g_autofree char *pdffonts = g_find_program_in_path ("pdffonts");

  for (guint k = 0; k < ITA_CHART_N_KINDS; k++)
    {
      g_autoptr(GBytes) pdf = export (k, ITA_CHART_FORMAT_PDF, 1920, 1080, 96, k % 2 ? ITA_CHART_LANG_EN
                                                                                   : ITA_CHART_LANG_TH);
      gsize len;
      const char *data = g_bytes_get_data (pdf, &len);

      g_assert_cmpmem (data, 5, "%PDF-", 5);
      /* fonts are embedded as font files, not referenced by name */
      g_assert_true (find_bytes (data, len, "/FontFile2") != NULL || find_bytes (data, len, "/FontFile3") != NULL);

      if (pdffonts != NULL)
        {
          g_autofree char *dir = g_dir_make_tmp ("chart-pdf-XXXXXX", NULL);
          g_autofree char *path = g_build_filename (dir, "chart.pdf", NULL);
          g_autofree char *out = NULL;
          g_autoptr(GError) error = NULL;
          g_auto(GStrv) lines = NULL;
          const char *argv[] = { pdffonts, path, NULL };
          int wait_status;
          guint fonts = 0;

          g_assert_true (g_file_set_contents (path, data, len, &error));
          g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                                       &wait_status, &error));
          g_assert_no_error (error);
          lines = g_strsplit (out, "\n", -1);
          /* name type encoding emb sub uni: every font says "yes" for emb */
          for (guint i = 2; lines[i] != NULL; i++)
            {
              if (*lines[i] == '\0')
                continue;
              g_assert_nonnull (strstr (lines[i], " yes "));
              fonts++;
            }
          g_assert_cmpuint (fonts, >, 0);
          g_remove (path);
          g_rmdir (dir);
        }
    }
}

static void
test_export_file (void)
{
  g_autoptr(ItaChartStyle) style = ita_chart_style_new ();
  g_autofree char *dir = g_dir_make_tmp ("chart-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "indicators.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  /* an existing file is replaced */
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (ita_chart_export (ITA_CHART_INDICATORS, fixtures->data[ITA_CHART_INDICATORS], style, 1024, 768,
                                   96, ITA_CHART_FORMAT_PNG, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpmem (contents, 4, "\211PNG", 4);

  /* a folder that does not exist: an error, nothing written */
  {
    g_autofree char *bad = g_build_filename (dir, "no-such-folder", "x.pdf", NULL);
    g_autoptr(GFile) bad_file = g_file_new_for_path (bad);

    g_assert_false (ita_chart_export (ITA_CHART_GAUGE, fixtures->data[ITA_CHART_GAUGE], style, 1024, 768, 96,
                                      ITA_CHART_FORMAT_PDF, bad_file, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  g_remove (path);
  g_rmdir (dir);
}

static void
test_bad_input (void)
{
  g_autoptr(ItaChartStyle) style = ita_chart_style_new ();
  g_autoptr(GError) error = NULL;
  ItaChartFormat format;
  int w, h;

  g_assert_null (ita_chart_export_bytes (ITA_CHART_GAUGE, fixtures->data[ITA_CHART_GAUGE], style, 100, 100, 96,
                                         ITA_CHART_FORMAT_PNG, &error));
  g_assert_error (error, ITA_CHART_ERROR, ITA_CHART_ERROR_BAD_SIZE);
  g_clear_error (&error);
  g_assert_null (ita_chart_export_bytes (ITA_CHART_GAUGE, fixtures->data[ITA_CHART_GAUGE], style, 1920, 1080, 5,
                                         ITA_CHART_FORMAT_PNG, &error));
  g_assert_error (error, ITA_CHART_ERROR, ITA_CHART_ERROR_BAD_SIZE);
  g_clear_error (&error);

  g_assert_true (ita_chart_format_from_filename ("slides/Chart.PDF", &format, NULL));
  g_assert_cmpint (format, ==, ITA_CHART_FORMAT_PDF);
  g_assert_true (ita_chart_format_from_filename ("a.svg", &format, NULL));
  g_assert_cmpint (format, ==, ITA_CHART_FORMAT_SVG);
  g_assert_false (ita_chart_format_from_filename ("chart.jpg", &format, &error));
  g_assert_error (error, ITA_CHART_ERROR, ITA_CHART_ERROR_BAD_FORMAT);
  g_clear_error (&error);

  g_assert_true (ita_chart_parse_size ("1920x1080", &w, &h, NULL));
  g_assert_cmpint (w, ==, 1920);
  g_assert_cmpint (h, ==, 1080);
  g_assert_true (ita_chart_parse_size (" 1024×768 ", &w, &h, NULL));
  g_assert_cmpint (h, ==, 768);
  g_assert_false (ita_chart_parse_size ("big", &w, &h, &error));
  g_assert_error (error, ITA_CHART_ERROR, ITA_CHART_ERROR_BAD_SIZE);
  g_clear_error (&error);
  g_assert_false (ita_chart_parse_size ("99999x10", &w, &h, &error));
  g_assert_error (error, ITA_CHART_ERROR, ITA_CHART_ERROR_BAD_SIZE);
}

/* The clipboard gets the same drawing as a PNG. */
static void
test_png_bytes (void)
{
  g_autoptr(ItaChartStyle) style = ita_chart_style_new ();
  g_autoptr(GBytes) png = ita_chart_export_png_bytes (ITA_CHART_RADAR, fixtures->data[ITA_CHART_RADAR], style,
                                                      1024, 768, NULL);
  gsize len;
  const guint8 *data = g_bytes_get_data (png, &len);

  g_assert_cmpmem (data, 8, "\211PNG\r\n\032\n", 8);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/charts/export/png", test_png);
  g_test_add_func ("/charts/export/svg", test_svg);
  g_test_add_func ("/charts/export/pdf-fonts-embedded", test_pdf);
  g_test_add_func ("/charts/export/file", test_export_file);
  g_test_add_func ("/charts/export/bad-input", test_bad_input);
  g_test_add_func ("/charts/export/png-bytes", test_png_bytes);

  status = g_test_run ();
  chart_fixtures_free (the_fixtures);
  return status;
}
