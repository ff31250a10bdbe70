/* bench-report.c: the analysis report of the sample project (with its
 * charts) to PDF, and LibreOffice converting a document of the same
 * pages.
 *
 *   bench-report [--outdir DIR]
 *
 * The sample is data/sample as the build made it (ITA_SAMPLE_DIR, else
 * the build folder). For the comparison the same document is written as
 * a flat OpenDocument text (.fodt: the same headings, paragraphs, tables
 * with header rows and the charts as PNG pictures, A4 with the same
 * margins and fonts) and converted with `soffice --headless --convert-to
 * pdf`; without soffice on PATH that part is skipped. */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "ita-report.h"

#define ROUNDS 10

static char *outdir;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static GPtrArray *
earlier_years (ItaProject *project)
{
  g_autoptr(GPtrArray) links = ita_project_get_links (project);
  GPtrArray *years = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_report_year_free);

  for (guint i = 0; i < links->len; i++)
    {
      g_autoptr(ItaProject) other = ita_project_open_link (project, g_ptr_array_index (links, i), NULL);

      if (other != NULL)
        g_ptr_array_add (years, ita_report_year_new (ita_project_get_fiscal_year (other),
                                                     ita_project_compute (other), ita_project_get_edition (other)));
    }
  return years;
}

/* The flat ODT ------------------------------------------------------------------ */

static void
xml_text (GString    *s,
          const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (s, escaped);
}

static void
odt_paragraph (GString                  *s,
               const ItaReportParagraph *p,
               const char               *tag,
               const char               *style,
               const char               *extra)
{
  g_string_append_printf (s, "<%s text:style-name=\"%s\"%s>", tag, style, extra != NULL ? extra : "");
  for (guint i = 0; i < p->runs->len; i++)
    {
      const ItaReportRun *run = g_ptr_array_index (p->runs, i);

      if (run->flags & ITA_REPORT_RUN_BOLD)
        g_string_append (s, "<text:span text:style-name=\"B\">");
      xml_text (s, run->text);
      if (run->flags & ITA_REPORT_RUN_BOLD)
        g_string_append (s, "</text:span>");
    }
  g_string_append_printf (s, "</%s>\n", tag);
}

static const char *
odt_style (ItaReportStyle style)
{
  switch (style)
    {
    case ITA_REPORT_STYLE_TITLE: return "Title";
    case ITA_REPORT_STYLE_SUBTITLE: return "Subtitle";
    case ITA_REPORT_STYLE_CAPTION: return "Caption";
    case ITA_REPORT_STYLE_NOTE: return "Note";
    case ITA_REPORT_STYLE_CELL: return "Cell";
    case ITA_REPORT_STYLE_SIGNATURE: return "Signature";
    case ITA_REPORT_STYLE_BODY: return "Body";
    default: return "Plain";
    }
}

static void
odt_table (GString              *s,
           const ItaReportTable *t,
           guint                 index)
{
  guint n_headers = ita_report_table_get_n_header_rows (t);

  if (t->caption != NULL)
    odt_paragraph (s, t->caption, "text:p", "Caption", NULL);
  g_string_append_printf (s, "<table:table table:name=\"T%u\" table:style-name=\"Tbl\">\n", index);
  for (guint c = 0; c < t->columns->len; c++)
    g_string_append_printf (s, "<table:table-column table:style-name=\"T%uC%u\"/>\n", index, c);
  for (guint r = 0; r < t->rows->len; r++)
    {
      const ItaReportRow *row = g_ptr_array_index (t->rows, r);

      if (r == 0 && n_headers > 0)
        g_string_append (s, "<table:table-header-rows>\n");
      g_string_append (s, "<table:table-row>");
      for (guint c = 0; c < row->cells->len; c++)
        {
          const ItaReportCell *cell = g_ptr_array_index (row->cells, c);

          g_string_append_printf (s, "<table:table-cell table:style-name=\"Cl\" table:number-columns-spanned=\"%u\" "
                                     "office:value-type=\"string\">", cell->span);
          for (guint k = 0; k < cell->paragraphs->len; k++)
            odt_paragraph (s, g_ptr_array_index (cell->paragraphs, k), "text:p",
                           row->kind == ITA_REPORT_ROW_BODY ? "Cell" : "CellBold", NULL);
          g_string_append (s, "</table:table-cell>");
          for (guint k = 1; k < cell->span; k++)
            g_string_append (s, "<table:covered-table-cell/>");
        }
      g_string_append (s, "</table:table-row>\n");
      if (r + 1 == n_headers)
        g_string_append (s, "</table:table-header-rows>\n");
    }
  g_string_append (s, "</table:table>\n");
}

static void
odt_chart (GString              *s,
           const ItaReportChart *chart,
           guint                 index,
           double                text_width_cm)
{
  double w = text_width_cm * chart->width, h = w * chart->aspect;
  g_autoptr(GBytes) png = ita_chart_export_png_bytes (chart->kind, chart->data, chart->style,
                                                      (int) (w / 2.54 * 150), (int) (h / 2.54 * 150), NULL);
  g_autofree char *base64 = NULL;

  g_assert (png != NULL);
  base64 = g_base64_encode (g_bytes_get_data (png, NULL), g_bytes_get_size (png));
  g_string_append_printf (s, "<text:p text:style-name=\"Caption\"><draw:frame draw:name=\"C%u\" "
                             "text:anchor-type=\"as-char\" svg:width=\"%.2fcm\" svg:height=\"%.2fcm\">"
                             "<draw:image><office:binary-data>%s</office:binary-data></draw:image></draw:frame>"
                             "</text:p>\n",
                          index, w, h, base64);
  if (chart->caption != NULL)
    odt_paragraph (s, chart->caption, "text:p", "Caption", NULL);
}

/* The sizes of the styles, in the font LibreOffice will find: fontconfig
 * stands Laksaman in for TH Sarabun New at 0.66 of its size (a matrix
 * LibreOffice does not apply), so the document is given Laksaman at that
 * size to come out as long as ours. */
static double font_scale = 1.0;
static const char *font_name = NULL;

static char *
pt (double size)
{
  return g_strdup_printf ("%.1fpt", size * font_scale);
}

static GString *
odt_styles (const ItaReportDocument *doc)
{
  GString *s = g_string_new (NULL);
  g_autofree char *family = g_strdup (font_name != NULL ? font_name : doc->font_family);
  g_autofree char *s16 = pt (16), *s20 = pt (20), *s18 = pt (18), *s14 = pt (14);
  char *comma = strchr (family, ',');

  if (comma != NULL)
    *comma = '\0';
  g_string_append_printf (s,
    "<office:font-face-decls><style:font-face style:name=\"F\" svg:font-family=\"'%1$s'\"/></office:font-face-decls>\n"
    "<office:styles>\n"
    "<style:default-style style:family=\"paragraph\"><style:text-properties style:font-name=\"F\" "
    "style:font-name-complex=\"F\" fo:font-size=\"%2$s\" style:font-size-complex=\"%2$s\" fo:language=\"th\" "
    "style:language-complex=\"th\" style:country-complex=\"TH\"/></style:default-style>\n"
    "<style:style style:name=\"Body\" style:family=\"paragraph\"><style:paragraph-properties fo:text-indent=\"2.5cm\" "
    "fo:margin-bottom=\"0.2cm\"/></style:style>\n"
    "<style:style style:name=\"Plain\" style:family=\"paragraph\"><style:paragraph-properties fo:margin-bottom=\"0.2cm\"/></style:style>\n"
    "<style:style style:name=\"Title\" style:family=\"paragraph\"><style:paragraph-properties fo:text-align=\"center\"/>"
    "<style:text-properties fo:font-size=\"%3$s\" style:font-size-complex=\"%3$s\" fo:font-weight=\"bold\" "
    "style:font-weight-complex=\"bold\"/></style:style>\n"
    "<style:style style:name=\"Subtitle\" style:family=\"paragraph\"><style:paragraph-properties fo:text-align=\"center\"/>"
    "<style:text-properties fo:font-weight=\"bold\" style:font-weight-complex=\"bold\"/></style:style>\n"
    "<style:style style:name=\"Caption\" style:family=\"paragraph\"><style:paragraph-properties fo:text-align=\"center\" "
    "fo:keep-with-next=\"always\"/><style:text-properties fo:font-weight=\"bold\" style:font-weight-complex=\"bold\"/></style:style>\n"
    "<style:style style:name=\"Note\" style:family=\"paragraph\"><style:text-properties fo:font-size=\"%5$s\" "
    "style:font-size-complex=\"%5$s\" fo:color=\"#595959\"/></style:style>\n"
    "<style:style style:name=\"Cell\" style:family=\"paragraph\"><style:text-properties fo:font-size=\"%5$s\" "
    "style:font-size-complex=\"%5$s\"/></style:style>\n"
    "<style:style style:name=\"CellBold\" style:family=\"paragraph\" style:parent-style-name=\"Cell\"><style:text-properties "
    "fo:font-weight=\"bold\" style:font-weight-complex=\"bold\"/></style:style>\n"
    "<style:style style:name=\"Signature\" style:family=\"paragraph\"><style:paragraph-properties fo:text-align=\"center\" "
    "fo:margin-left=\"7cm\"/></style:style>\n"
    "<style:style style:name=\"H1\" style:family=\"paragraph\" style:default-outline-level=\"1\"><style:paragraph-properties "
    "fo:margin-top=\"0.5cm\" fo:keep-with-next=\"always\"/><style:text-properties fo:font-size=\"20pt\" "
    "style:font-size-complex=\"20pt\" fo:font-weight=\"bold\" style:font-weight-complex=\"bold\"/></style:style>\n"
    "<style:style style:name=\"H2\" style:family=\"paragraph\" style:default-outline-level=\"2\"><style:paragraph-properties "
    "fo:margin-top=\"0.4cm\" fo:keep-with-next=\"always\"/><style:text-properties fo:font-size=\"%4$s\" "
    "style:font-size-complex=\"%4$s\" fo:font-weight=\"bold\" style:font-weight-complex=\"bold\"/></style:style>\n"
    "<style:style style:name=\"H3\" style:family=\"paragraph\" style:default-outline-level=\"3\"><style:paragraph-properties "
    "fo:keep-with-next=\"always\"/><style:text-properties fo:font-weight=\"bold\" style:font-weight-complex=\"bold\"/></style:style>\n"
    "</office:styles>\n",
    family, s16, s20, s18, s14);
  return s;
}

static GString *
odt_document (const ItaReportDocument *doc)
{
  GString *s = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
    "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
    "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
    "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
    "office:version=\"1.3\" office:mimetype=\"application/vnd.oasis.opendocument.text\">\n");
  g_autoptr(GString) styles = odt_styles (doc);
  double text_width = (doc->page.width - doc->page.left - doc->page.right) / ITA_REPORT_CM;
  guint n_tables = 0, n_charts = 0;

  g_string_append (s, styles->str);
  g_string_append (s, "<office:automatic-styles>\n");
  g_string_append_printf (s, "<style:page-layout style:name=\"PL\"><style:page-layout-properties fo:page-width=\"21cm\" "
                             "fo:page-height=\"29.7cm\" fo:margin-left=\"3cm\" fo:margin-right=\"2cm\" "
                             "fo:margin-top=\"1.5cm\" fo:margin-bottom=\"2cm\"/><style:header-style>"
                             "<style:header-footer-properties fo:min-height=\"0.5cm\" fo:margin-bottom=\"0.5cm\"/>"
                             "</style:header-style></style:page-layout>\n");
  g_string_append (s, "<style:style style:name=\"Brk\" style:family=\"paragraph\"><style:paragraph-properties "
                      "fo:break-before=\"page\"/></style:style>\n"
                      "<style:style style:name=\"B\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\" "
                      "style:font-weight-complex=\"bold\"/></style:style>\n"
                      "<style:style style:name=\"Tbl\" style:family=\"table\"><style:table-properties "
                      "style:width=\"16cm\" table:align=\"left\"/></style:style>\n"
                      "<style:style style:name=\"Cl\" style:family=\"table-cell\"><style:table-cell-properties "
                      "fo:border=\"0.5pt solid #404040\" fo:padding=\"0.1cm\"/></style:style>\n");
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const ItaReportBlock *b = g_ptr_array_index (doc->blocks, i);

      if (b->type != ITA_REPORT_BLOCK_TABLE)
        continue;
      for (guint c = 0; c < b->table->columns->len; c++)
        g_string_append_printf (s, "<style:style style:name=\"T%uC%u\" style:family=\"table-column\">"
                                   "<style:table-column-properties style:column-width=\"%.2fcm\"/></style:style>\n",
                                n_tables, c, g_array_index (b->table->columns, ItaReportColumn, c).width * 16.0);
      n_tables++;
    }
  g_string_append (s, "</office:automatic-styles>\n<office:master-styles><style:master-page style:name=\"Standard\" "
                      "style:page-layout-name=\"PL\"><style:header><text:p text:style-name=\"Note\">");
  xml_text (s, doc->header.left != NULL ? doc->header.left : "");
  g_string_append (s, " <text:page-number/></text:p></style:header></style:master-page></office:master-styles>\n"
                      "<office:body><office:text>\n");
  n_tables = 0;
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const ItaReportBlock *b = g_ptr_array_index (doc->blocks, i);
      g_autofree char *heading = NULL;

      switch (b->type)
        {
        case ITA_REPORT_BLOCK_HEADING:
          heading = g_strdup_printf (" text:outline-level=\"%u\"", b->level);
          odt_paragraph (s, b->paragraph, "text:h", b->level == 1 ? "H1" : b->level == 2 ? "H2" : "H3", heading);
          break;
        case ITA_REPORT_BLOCK_PARAGRAPH:
          odt_paragraph (s, b->paragraph, "text:p", odt_style (b->paragraph->style), NULL);
          break;
        case ITA_REPORT_BLOCK_LIST:
          g_string_append (s, "<text:list>");
          for (guint k = 0; k < b->list->items->len; k++)
            {
              g_string_append (s, "<text:list-item>");
              odt_paragraph (s, g_ptr_array_index (b->list->items, k), "text:p", "Plain", NULL);
              g_string_append (s, "</text:list-item>");
            }
          g_string_append (s, "</text:list>\n");
          break;
        case ITA_REPORT_BLOCK_TABLE:
          odt_table (s, b->table, n_tables++);
          break;
        case ITA_REPORT_BLOCK_CHART:
          odt_chart (s, b->chart, n_charts++, text_width);
          break;
        case ITA_REPORT_BLOCK_PAGE_BREAK:
          g_string_append (s, "<text:p text:style-name=\"Brk\"/>\n");
          break;
        default:
          break;
        }
    }
  g_string_append (s, "</office:text></office:body></office:document>\n");
  return s;
}

/* LibreOffice ---------------------------------------------------------------------- */

static double
run_soffice (const char *soffice,
             const char *profile,
             const char *input,
             const char *dir)
{
  g_autofree char *env = g_strdup_printf ("-env:UserInstallation=file://%s", profile);
  const char *argv[] = { soffice, env, "--headless", "--convert-to", "pdf", "--outdir", dir, input, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;
  gint64 t0 = g_get_monotonic_time ();

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, NULL))
    {
      printf ("  soffice failed: %s\n", error != NULL ? error->message : "exit status");
      return -1;
    }
  return (g_get_monotonic_time () - t0) / 1000.0;
}

static int
pdf_pages (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *out = NULL;
  const char *p;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                     NULL, NULL, NULL) ||
      (p = strstr (out, "Pages:")) == NULL)
    return -1;
  return atoi (p + strlen ("Pages:"));
}

static void
bench_libreoffice (const ItaReportDocument *doc,
                   double                   ours_ms,
                   guint                    our_pages)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *dir = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *input = NULL;
  g_autofree char *output = NULL;
  g_autoptr(GString) odt = NULL;
  double cold, warm[3];

  if (soffice == NULL)
    {
      printf ("LibreOffice: soffice is not installed, comparison skipped\n");
      return;
    }
  dir = outdir != NULL ? g_strdup (outdir) : g_dir_make_tmp ("bench-report-XXXXXX", NULL);
  profile = g_build_filename (dir, "lo-profile", NULL);
  input = g_build_filename (dir, "analysis.fodt", NULL);
  output = g_build_filename (dir, "analysis.pdf", NULL);
  odt = odt_document (doc);
  g_file_set_contents (input, odt->str, (gssize) odt->len, NULL);
  cold = run_soffice (soffice, profile, input, dir);   /* makes its profile */
  for (guint i = 0; i < G_N_ELEMENTS (warm); i++)
    warm[i] = run_soffice (soffice, profile, input, dir);
  if (cold < 0 || warm[0] < 0)
    return;
  printf ("LibreOffice (soffice --headless --convert-to pdf, same content as .fodt, %d pages):\n", pdf_pages (output));
  printf ("  first run (new profile): %8.1f ms\n", cold);
  printf ("  later runs (median of %u): %6.1f ms\n", (guint) G_N_ELEMENTS (warm), median (warm, G_N_ELEMENTS (warm)));
  printf ("  ITA Planner is %.0f× faster (%u pages)\n", median (warm, G_N_ELEMENTS (warm)) / ours_ms, our_pages);
}

int
main (int   argc,
      char *argv[])
{
  const GOptionEntry entries[] = {
    { "outdir", 0, 0, G_OPTION_ARG_FILENAME, &outdir, "Write the PDFs and the .fodt there", "DIR" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autofree char *sample_dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(ItaProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) years = NULL;
  g_autoptr(ItaReportDocument) doc = NULL;
  ItaReportOptions options;
  double build_ms[ROUNDS], layout_ms[ROUNDS], pdf_ms[ROUNDS], total_ms[ROUNDS];
  guint n_pages = 0;
  gsize size = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  sample_dir = g_strdup (g_getenv ("ITA_SAMPLE_DIR") != NULL ? g_getenv ("ITA_SAMPLE_DIR") : SAMPLE_DIR);
  path = g_build_filename (sample_dir, "sample-2568.ita", NULL);
  file = g_file_new_for_path (path);
  project = ita_project_open (file, ITA_PROJECT_OPEN_READ_ONLY, &error);
  if (project == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  years = earlier_years (project);
  ita_report_options_init (&options, ITA_REPORT_ANALYSIS);

  for (guint r = 0; r < ROUNDS; r++)
    {
      gint64 t0 = g_get_monotonic_time (), t1, t2, t3;
      g_autoptr(ItaReportPages) pages = NULL;
      g_autoptr(GBytes) pdf = NULL;

      g_clear_pointer (&doc, ita_report_document_unref);
      doc = ita_report_build (project, &options, years, &error);
      t1 = g_get_monotonic_time ();
      pages = ita_report_pages_new (doc, NULL, &error);
      t2 = g_get_monotonic_time ();
      /* the whole PDF (lays out again, then draws and writes) */
      pdf = ita_report_render_pdf_bytes (doc, NULL, NULL, &error);
      t3 = g_get_monotonic_time ();
      g_assert (pdf != NULL);
      n_pages = ita_report_pages_get_n_pages (pages);
      if (r == 0 && g_str_equal (ita_report_pages_get_font_name (pages), "Laksaman") &&
          g_str_has_prefix (doc->font_family, "TH Sarabun"))
        {
          font_name = "Laksaman";
          font_scale = 0.66;
        }
      size = g_bytes_get_size (pdf);
      build_ms[r] = (t1 - t0) / 1000.0;
      layout_ms[r] = (t2 - t1) / 1000.0;
      pdf_ms[r] = (t3 - t2) / 1000.0;
      total_ms[r] = build_ms[r] + pdf_ms[r];
      if (outdir != NULL && r == 0)
        {
          g_autofree char *out = g_build_filename (outdir, "ita-planner-analysis.pdf", NULL);

          g_mkdir_with_parents (outdir, 0755);
          g_file_set_contents (out, g_bytes_get_data (pdf, NULL), (gssize) size, NULL);
        }
    }
  printf ("Analysis report of the sample (FY 2568 with 2567): %u pages, 6 charts, %zu KB of PDF\n", n_pages,
          size / 1024);
  printf ("  build the document from the project: %7.1f ms (median of %d)\n", median (build_ms, ROUNDS), ROUNDS);
  printf ("  lay out the pages (the preview):     %7.1f ms\n", median (layout_ms, ROUNDS));
  printf ("  lay out, draw and write the PDF:     %7.1f ms\n", median (pdf_ms, ROUNDS));
  printf ("  project to PDF:                      %7.1f ms\n", median (total_ms, ROUNDS));
  bench_libreoffice (doc, median (total_ms, ROUNDS), n_pages);
  return 0;
}
