/* test-report-render.c: the PDF renderer on documents made by hand — A4
 * and the Thai margins, fonts embedded, text copied out as correct Thai,
 * tables across pages (header repeated, no row cut), long Thai text,
 * "พ.ศ. 2568" never split, charts as vectors, links and outline, atomic
 * writing and cancellation */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ita-report.h"
#include "ita-report-pages-private.h"
#include "report-test-util.h"

#define A4_W 595.276
#define A4_H 841.89
#define LEFT (3.0 * ITA_REPORT_CM)
#define RIGHT (2.0 * ITA_REPORT_CM)
#define TOP (2.5 * ITA_REPORT_CM)
#define BOTTOM (2.0 * ITA_REPORT_CM)

static const char *sentence =
  "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐเป็นเครื่องมือที่ช่วยให้หน่วยงานรู้จุดแข็ง"
  "และจุดที่ต้องปรับปรุง ทั้งนี้ น้ำหนักของแต่ละเครื่องมือกำหนดไว้ในคู่มือ ผู้ใหญ่และเจ้าหน้าที่ทุกคนมีส่วนร่วม";

typedef struct {
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("report-render-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  report_test_remove_dir (f->dir);
  g_free (f->dir);
}

static GDateTime *
fixed_date (void)
{
  return g_date_time_new_utc (2025, 10, 1, 9, 0, 0);
}

/* Writes doc to dir/name and returns the path. */
static char *
write_pdf (Fixture           *f,
           ItaReportDocument *doc,
           const char        *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = fixed_date ();
  ItaReportPdfOptions options = { date };

  g_assert_true (ita_report_write_pdf (doc, file, &options, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static ItaReportDocument *
text_document (guint n_paragraphs)
{
  ItaReportDocument *doc = ita_report_document_new ("ทดสอบ", ITA_REPORT_LANG_TH);

  ita_report_document_set_header (doc, "เทศบาลตำบลทดสอบ", "ปีงบประมาณ พ.ศ.\u00A02568");
  ita_report_document_set_footer (doc, "ท้ายกระดาษ");
  ita_report_document_add_heading (doc, 1, "1. หัวข้อทดสอบ");
  for (guint i = 0; i < n_paragraphs; i++)
    ita_report_document_add_paragraph (doc, ITA_REPORT_STYLE_BODY, sentence);
  return doc;
}

/* Page size and margins -------------------------------------------------------- */

typedef struct {
  double x0, y0, x1, y1;
} Box;

/* The words' boxes on a page (pdftotext -bbox). */
static GArray *
word_boxes (const char *pdf)
{
  g_autofree char *html = report_test_run ("pdftotext", "-bbox", pdf, "-", NULL);
  g_autoptr(GRegex) re = g_regex_new ("xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\"",
                                      0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GArray *boxes = g_array_new (FALSE, FALSE, sizeof (Box));

  g_regex_match (re, html, 0, &match);
  while (g_match_info_matches (match))
    {
      Box box;
      g_autofree char *a = g_match_info_fetch (match, 1);
      g_autofree char *b = g_match_info_fetch (match, 2);
      g_autofree char *c = g_match_info_fetch (match, 3);
      g_autofree char *d = g_match_info_fetch (match, 4);

      box.x0 = g_ascii_strtod (a, NULL);
      box.y0 = g_ascii_strtod (b, NULL);
      box.x1 = g_ascii_strtod (c, NULL);
      box.y1 = g_ascii_strtod (d, NULL);
      g_array_append_val (boxes, box);
      g_match_info_next (match, NULL);
    }
  return boxes;
}

static void
test_page_and_margins (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(ItaReportDocument) doc = text_document (40);
  g_autofree char *pdf = write_pdf (f, doc, "margins.pdf");
  g_autofree char *info = NULL;
  g_autoptr(GArray) boxes = NULL;
  double min_x = A4_W, max_x = 0;
  guint body = 0;

  if (!report_test_have ("pdfinfo"))
    return;
  info = report_test_run ("pdfinfo", pdf, NULL);
  g_assert_nonnull (strstr (info, "595.276 x 841.89 pts (A4)"));
  g_assert_cmpuint (report_test_pdf_n_pages (pdf), >=, 3);
  report_test_save_pngs (pdf, "report-margins");

  boxes = word_boxes (pdf);
  g_assert_cmpuint (boxes->len, >, 100);
  for (guint i = 0; i < boxes->len; i++)
    {
      Box *b = &g_array_index (boxes, Box, i);

      /* nothing in the side margins, header and footer included */
      g_assert_cmpfloat (b->x0, >=, LEFT - 1.0);
      g_assert_cmpfloat (b->x1, <=, A4_W - RIGHT + 1.0);
      /* the body between the top and bottom margins; the running header
       * above the top margin, the footer below the bottom one */
      if (b->y0 >= TOP - 1.0 && b->y1 <= A4_H - BOTTOM + 1.0)
        {
          body++;
          min_x = MIN (min_x, b->x0);
          max_x = MAX (max_x, b->x1);
        }
      else
        g_assert_true (b->y1 <= TOP + 1.0 || b->y0 >= A4_H - BOTTOM - 1.0);
    }
  g_assert_cmpuint (body, >, 100);
  /* the text starts at the 3 cm margin and runs to near the 2 cm one */
  g_assert_cmpfloat (min_x, <, LEFT + 2.0);
  g_assert_cmpfloat (max_x, >, A4_W - RIGHT - 30.0);
}

/* Fonts and text ------------------------------------------------------------------ */

static void
test_fonts_embedded (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(ItaReportDocument) doc = text_document (3);
  g_autofree char *pdf = NULL;
  g_autofree char *fonts = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  ita_report_paragraph_add_text (ita_report_document_add_paragraph (doc, ITA_REPORT_STYLE_PLAIN, "Latin text, "),
                                 "bold", ITA_REPORT_RUN_BOLD);
  pdf = write_pdf (f, doc, "fonts.pdf");
  if (!report_test_have ("pdffonts"))
    return;
  fonts = report_test_run ("pdffonts", pdf, NULL);
  lines = g_strsplit (fonts, "\n", -1);
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cols = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      g_autoptr(GPtrArray) words = g_ptr_array_new ();

      if (*lines[i] == '\0')
        continue;
      for (guint k = 0; cols[k] != NULL; k++)
        if (*cols[k] != '\0')
          g_ptr_array_add (words, cols[k]);
      g_assert_cmpuint (words->len, >=, 6);
      /* name type… encoding emb sub uni object generation */
      g_assert_cmpstr (g_ptr_array_index (words, words->len - 5), ==, "yes");   /* embedded */
      g_assert_cmpstr (g_ptr_array_index (words, words->len - 3), ==, "yes");   /* ToUnicode */
      n++;
    }
  g_assert_cmpuint (n, >=, 1);
}

static char *
without_spaces (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x00A0 && c != '\f')
        g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

static void
test_copyable_thai (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(ItaReportDocument) doc = text_document (1);
  g_autofree char *pdf = write_pdf (f, doc, "copy.pdf");
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *expected = without_spaces (sentence);

  if (!report_test_have ("pdftotext"))
    return;
  /* in content order: the characters as typed, tone marks and vowels in
   * place ("ทั้งนี้", "น้ำหนัก", "ผู้ใหญ่") */
  text = report_test_pdf_text (pdf, 1, TRUE);
  flat = without_spaces (text);
  g_assert_nonnull (strstr (flat, expected));
  g_assert_nonnull (strstr (text, "เทศบาลตำบลทดสอบ"));
}

static void
test_long_thai_text (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(ItaReportDocument) doc = ita_report_document_new ("ยาว", ITA_REPORT_LANG_TH);
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(ItaReportPages) pages = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *expected = NULL;

  /* one paragraph of some 9,000 characters without a single newline */
  for (guint i = 0; i < 40; i++)
    g_string_append_printf (all, "ประโยคที่%u %s ", i + 1, sentence);
  ita_report_document_set_page_numbers (doc, FALSE, FALSE);
  ita_report_document_add_paragraph (doc, ITA_REPORT_STYLE_BODY, all->str);
  pages = ita_report_pages_new (doc, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ita_report_pages_get_n_pages (pages), >=, 3);

  /* lines break between words: no line starts with a character that
   * cannot begin a Thai syllable (a vowel above or below, a tone mark) */
  for (guint i = 0; i < pages->texts->len; i++)
    {
      ItaReportText *t = g_ptr_array_index (pages->texts, i);
      const char *s = pango_layout_get_text (t->layout);

      for (guint l = 1; l < t->lines->len; l++)
        {
          PangoLayoutLine *line = pango_layout_get_line_readonly (t->layout, (int) l);
          gunichar c = g_utf8_get_char (s + line->start_index);

          g_assert_false (g_unichar_ismark (c));
          g_assert_false (c == 0x0E30 || c == 0x0E32 || c == 0x0E33 || c == 0x0E45);   /* ะ า ำ ๅ */
        }
    }

  pdf = write_pdf (f, doc, "long.pdf");
  if (!report_test_have ("pdftotext"))
    return;
  report_test_save_pngs (pdf, "report-long-thai");
  text = report_test_pdf_text (pdf, 0, TRUE);
  flat = without_spaces (text);
  expected = without_spaces (all->str);
  g_assert_cmpstr (flat, ==, expected);   /* nothing lost, nothing doubled, in order */
}

/* "พ.ศ.\u00A02568" never splits, at any width */
static void
test_era_never_split (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(ItaReportDocument) doc = ita_report_document_new ("พ.ศ.", ITA_REPORT_LANG_TH);
  g_autoptr(ItaReportPages) pages = NULL;
  g_autoptr(GError) error = NULL;
  const char *words = "มาตรการประจำปีงบประมาณ พ.ศ.\u00A02568 และรายงานของปีงบประมาณพ.ศ.\u00A02567 "
                      "ตั้งแต่วันที่ 1\u00A0ตุลาคม\u00A02567 ";
  guint checked = 0;

  /* the same words in tables of many column widths, so that lines end
   * at every position */
  for (guint n = 2; n <= 9; n++)
    {
      g_autofree double *widths = g_new (double, n);
      ItaReportTable *table;
      ItaReportRow *row;

      for (guint c = 0; c < n; c++)
        widths[c] = 1.0 + c * 0.37;
      table = ita_report_document_add_table (doc, n, widths, NULL);
      row = ita_report_table_add_row (table, ITA_REPORT_ROW_BODY);
      for (guint c = 0; c < n; c++)
        ita_report_row_add_cell (row, 1, words);
    }
  pages = ita_report_pages_new (doc, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < pages->texts->len; i++)
    {
      ItaReportText *t = g_ptr_array_index (pages->texts, i);
      const char *s = pango_layout_get_text (t->layout);

      for (guint l = 0; l + 1 < t->lines->len; l++)
        {
          PangoLayoutLine *line = pango_layout_get_line_readonly (t->layout, (int) l);
          g_autofree char *text = g_strndup (s + line->start_index, line->length);
          g_autofree char *end = g_strdup (g_strchomp (text));

          g_assert_false (g_str_has_suffix (end, "พ.ศ."));
          g_assert_false (g_str_has_suffix (end, "พ."));
          g_assert_false (g_str_has_suffix (end, "ตุลาคม"));
          g_assert_false (g_str_has_suffix (end, " 1"));
          checked++;
        }
    }
  g_assert_cmpuint (checked, >, 40);
}

/* Tables across pages ------------------------------------------------------------------- */

static ItaReportDocument *
long_table_document (guint n_rows)
{
  ItaReportDocument *doc = ita_report_document_new ("ตาราง", ITA_REPORT_LANG_TH);
  static const double widths[] = { 0.15, 0.55, 0.3 };
  ItaReportTable *table;
  ItaReportRow *row;

  ita_report_document_add_paragraph (doc, ITA_REPORT_STYLE_BODY, sentence);
  table = ita_report_document_add_table (doc, 3, widths, NULL);
  ita_report_table_set_caption (table, "ตารางที่ 1 ทดสอบ");
  row = ita_report_table_add_row (table, ITA_REPORT_ROW_HEADER);
  ita_report_row_add_cell (row, 1, "HEADA");
  ita_report_row_add_cell (row, 1, "HEADB หัวตาราง");
  ita_report_row_add_cell (row, 1, "HEADC");
  for (guint r = 0; r < n_rows; r++)
    {
      g_autofree char *group = g_strdup_printf ("GROUP%02u กลุ่ม", r);
      g_autofree char *code = g_strdup_printf ("CODE%02u", r);
      /* two to four lines: its first and last words must stay on one page */
      g_autofree char *cell = g_strdup_printf ("START%02u %.*s END%02u", r,
                                               (int) (r % 3 == 0 ? strlen (sentence) : strlen (sentence) / 2),
                                               sentence, r);

      if (r % 10 == 0)
        ita_report_row_add_cell (ita_report_table_add_row (table, ITA_REPORT_ROW_GROUP),
                                 3, group);
      row = ita_report_table_add_row (table, ITA_REPORT_ROW_BODY);
      ita_report_row_add_cell (row, 1, code);
      ita_report_row_add_cell (row, 1, cell);
      ita_report_row_add_cell (row, 1, "ข้อมูล");
    }
  row = ita_report_table_add_row (table, ITA_REPORT_ROW_TOTAL);
  ita_report_row_add_cell (row, 2, "TOTALROW รวม");
  ita_report_row_add_cell (row, 1, "100");
  return doc;
}

static int
page_of (const char * const *pages,
         guint               n_pages,
         const char         *word)
{
  int found = -1;

  for (guint p = 0; p < n_pages; p++)
    {
      if (strstr (pages[p], word) != NULL)
        {
          g_assert_cmpint (found, ==, -1);   /* on one page only */
          found = (int) p;
        }
    }
  return found;
}

static void
test_table_across_pages (Fixture       *f,
                         gconstpointer  data)
{
  const guint n_rows = 70;
  g_autoptr(ItaReportDocument) doc = long_table_document (n_rows);
  g_autofree char *pdf = write_pdf (f, doc, "table.pdf");
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (g_free);
  guint n_pages;

  if (!report_test_have ("pdftotext"))
    return;
  report_test_save_pngs (pdf, "report-table");
  n_pages = report_test_pdf_n_pages (pdf);
  g_assert_cmpuint (n_pages, >=, 3);
  for (guint p = 1; p <= n_pages; p++)
    g_ptr_array_add (pages, report_test_pdf_text (pdf, p, TRUE));

  for (guint r = 0; r < n_rows; r++)
    {
      g_autofree char *start = g_strdup_printf ("START%02u", r);
      g_autofree char *end = g_strdup_printf ("END%02u", r);
      g_autofree char *code = g_strdup_printf ("CODE%02u", r);
      int page = page_of ((const char * const *) pages->pdata, n_pages, start);

      /* no row is cut: its cells' first and last words on the same page */
      g_assert_cmpint (page, >=, 0);
      g_assert_cmpint (page_of ((const char * const *) pages->pdata, n_pages, end), ==, page);
      g_assert_cmpint (page_of ((const char * const *) pages->pdata, n_pages, code), ==, page);
      /* a group row stays with the row after it */
      if (r % 10 == 0)
        {
          g_autofree char *group = g_strdup_printf ("GROUP%02u", r);

          g_assert_cmpint (page_of ((const char * const *) pages->pdata, n_pages, group), ==, page);
        }
      /* and every page with rows repeats the header row */
      g_assert_nonnull (strstr (g_ptr_array_index (pages, page), "HEADA"));
      g_assert_nonnull (strstr (g_ptr_array_index (pages, page), "HEADC"));
    }
  /* the total row stays with the last row */
  {
    g_autofree char *last = g_strdup_printf ("END%02u", n_rows - 1);

    g_assert_cmpint (page_of ((const char * const *) pages->pdata, n_pages, "TOTALROW"), ==,
                     page_of ((const char * const *) pages->pdata, n_pages, last));
  }
  /* the caption only once, on the first page of the table */
  g_assert_cmpint (page_of ((const char * const *) pages->pdata, n_pages, "ตารางที่"), ==, 0);
}

/* A row taller than a page continues on the next, under the header. */
static void
test_row_taller_than_page (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(ItaReportDocument) doc = ita_report_document_new ("ยาว", ITA_REPORT_LANG_TH);
  ItaReportTable *table = ita_report_document_add_table (doc, 2, NULL, NULL);
  ItaReportRow *row = ita_report_table_add_row (table, ITA_REPORT_ROW_HEADER);
  ItaReportCell *cell;
  g_autofree char *pdf = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  ita_report_row_add_cell (row, 1, "HEADA");
  ita_report_row_add_cell (row, 1, "HEADB");
  row = ita_report_table_add_row (table, ITA_REPORT_ROW_BODY);
  ita_report_row_add_cell (row, 1, "FIRSTCELL");
  cell = ita_report_row_add_cell (row, 1, "TALLSTART");
  for (guint i = 0; i < 60; i++)
    ita_report_cell_add_paragraph (cell, sentence);
  ita_report_cell_add_paragraph (cell, "TALLEND");
  pdf = write_pdf (f, doc, "tall.pdf");
  if (!report_test_have ("pdftotext"))
    return;
  g_assert_cmpuint (report_test_pdf_n_pages (pdf), >=, 2);
  first = report_test_pdf_text (pdf, 1, TRUE);
  second = report_test_pdf_text (pdf, report_test_pdf_n_pages (pdf), TRUE);
  g_assert_nonnull (strstr (first, "TALLSTART"));
  g_assert_nonnull (strstr (second, "TALLEND"));
  g_assert_nonnull (strstr (second, "HEADA"));
}

/* Headings stay with what follows */
static void
test_heading_kept_with_next (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(ItaReportDocument) doc = ita_report_document_new ("หัวข้อ", ITA_REPORT_LANG_TH);
  g_autoptr(ItaReportPages) pages = NULL;
  g_autoptr(GError) error = NULL;

  /* many headings each followed by a paragraph: no page ends with a
   * heading */
  for (guint i = 0; i < 60; i++)
    {
      ita_report_document_add_heading (doc, 2, "หัวข้อย่อย");
      ita_report_document_add_paragraph (doc, ITA_REPORT_STYLE_BODY, sentence);
    }
  pages = ita_report_pages_new (doc, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ita_report_pages_get_n_pages (pages), >=, 3);
  for (guint p = 0; p < pages->pages->len; p++)
    {
      ItaReportPage *page = g_ptr_array_index (pages->pages, p);
      const ItaReportItem *last = NULL;

      for (guint k = 0; k < page->items->len; k++)
        {
          const ItaReportItem *item = &g_array_index (page->items, ItaReportItem, k);

          if (item->type == ITA_REPORT_ITEM_TEXT && item->y > TOP - 1 && item->y < A4_H - BOTTOM)
            last = item;
        }
      g_assert_nonnull (last);
      g_assert_cmpstr (pango_layout_get_text (last->text->layout), !=, "หัวข้อย่อย");
    }
  /* and the outline has them all */
  g_assert_cmpuint (pages->outline->len, ==, 60);
}

/* Charts, links, outline, metadata -------------------------------------------------------- */

/* PDF files hold binary streams: search the whole length. */
static gboolean
bytes_contain (const char *data,
               gsize       length,
               const char *words)
{
  gsize n = strlen (words);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, words, n) == 0)
      return TRUE;
  return FALSE;
}

static void
test_chart_vectors_links (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(ItaReportDocument) doc = text_document (1);
  g_autoptr(ItaChartData) chart = ita_chart_data_new (ITA_CHART_INDICATORS, "เทศบาลตำบลทดสอบ", 2568);
  g_autoptr(ItaChartStyle) style = ita_chart_style_new ();
  ItaReportParagraph *p;
  g_autofree char *pdf = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  for (int n = 1; n <= 10; n++)
    {
      g_autofree char *key = g_strdup_printf ("%d", n);
      guint c = ita_chart_data_add_category (chart, key, "ตัวชี้วัด", "Indicator");

      if (n == 1)
        ita_chart_data_add_series (chart, "พ.ศ. 2568", "FY 2568", 2568);
      ita_chart_data_set_value (chart, 0, c, 9000 + n * 50);
    }
  ita_report_chart_set_caption (ita_report_document_add_chart (doc, ITA_CHART_INDICATORS, chart, style, 1.0, 0.6,
                                                               "ตัวชี้วัด"),
                                "แผนภูมิที่ 1");
  p = ita_report_document_add_paragraph (doc, ITA_REPORT_STYLE_PLAIN, "เว็บไซต์: ");
  ita_report_paragraph_add_link (p, "https://www.example.go.th/ita?a=1&b='2'", "https://www.example.go.th/ita?a=1&b='2'");
  pdf = write_pdf (f, doc, "chart.pdf");
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  /* the chart is drawn, not pasted as a picture */
  g_assert_false (bytes_contain (contents, length, "/Subtype /Image"));
  g_assert_true (bytes_contain (contents, length, "/URI"));
  g_assert_true (bytes_contain (contents, length, "/Outlines"));
  report_test_save_pngs (pdf, "report-chart");
  if (!report_test_have ("pdfinfo"))
    return;
  {
    g_autofree char *info = report_test_run ("pdfinfo", pdf, NULL);

    g_assert_nonnull (strstr (info, "ทดสอบ"));             /* title */
    g_assert_nonnull (strstr (info, "ITA Planner"));       /* creator */
  }
  {
    g_autofree char *text = report_test_pdf_text (pdf, 0, TRUE);

    g_assert_nonnull (strstr (text, "แผนภูมิที่ 1"));
    g_assert_nonnull (strstr (text, "https://www.example.go.th"));
  }
}

/* The preview draws the same pages on any surface */
static void
test_preview_pages (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(ItaReportDocument) doc = text_document (30);
  g_autoptr(ItaReportPages) pages = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double w, h;
  guint dark = 0;
  unsigned char *data_;
  int stride;

  pages = ita_report_pages_new (doc, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ita_report_pages_get_n_pages (pages), >=, 2);
  ita_report_pages_get_page_size (pages, &w, &h);
  g_assert_cmpfloat_with_epsilon (w, A4_W, 0.01);
  g_assert_cmpfloat_with_epsilon (h, A4_H, 0.01);
  g_assert_nonnull (ita_report_pages_get_font_name (pages));
  g_assert_cmpfloat (ita_report_pages_get_font_factor (pages), >, 0.5);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 298, 421);
  cr = cairo_create (surface);
  cairo_scale (cr, 298 / w, 298 / w);
  ita_report_pages_draw_page (pages, 1, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data_ = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < 421; y++)
    for (int x = 0; x < 298; x++)
      if (data_[y * stride + x * 4 + 1] < 128)
        dark++;
  /* ink on a white page, inside the margins only */
  g_assert_cmpuint (dark, >, 200);
  for (int y = 0; y < 421; y++)
    for (int x = 0; x < (int) (298 * (LEFT - 2) / A4_W); x++)
      g_assert_cmpuint (data_[y * stride + x * 4 + 1], >, 200);
  {
    g_autofree char *png = g_test_build_filename (G_TEST_BUILT, "report-preview-page2.png", NULL);

    cairo_surface_write_to_png (surface, png);
  }
  cairo_surface_destroy (surface);
}

/* Writing ------------------------------------------------------------------------------------ */

static void
test_atomic_and_cancel (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(ItaReportDocument) doc = text_document (5);
  g_autofree char *path = g_build_filename (f->dir, "keep.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n_files = 0;

  g_assert_true (g_file_set_contents (path, "the old file", -1, NULL));
  g_cancellable_cancel (cancellable);
  g_assert_false (ita_report_write_pdf (doc, file, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "the old file");
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);   /* no temporary file left */

  /* a folder that does not exist: an error that says where */
  g_clear_error (&error);
  {
    g_autofree char *bad = g_build_filename (f->dir, "missing", "out.pdf", NULL);
    g_autoptr(GFile) bad_file = g_file_new_for_path (bad);

    g_assert_false (ita_report_write_pdf (doc, bad_file, NULL, NULL, &error));
    g_assert_nonnull (error);
  }
  /* and the bytes of a complete PDF otherwise */
  {
    g_autoptr(GBytes) bytes = ita_report_render_pdf_bytes (doc, NULL, NULL, NULL);
    gsize size;
    const char *pdf = g_bytes_get_data (bytes, &size);

    g_assert_cmpuint (size, >, 1000);
    g_assert_cmpmem (pdf, 5, "%PDF-", 5);
    g_assert_nonnull (g_strstr_len (pdf + size - 32, 32, "%%EOF"));
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/report/render/page-and-margins", test_page_and_margins);
  ADD ("/report/render/fonts-embedded", test_fonts_embedded);
  ADD ("/report/render/copyable-thai", test_copyable_thai);
  ADD ("/report/render/long-thai-text", test_long_thai_text);
  ADD ("/report/render/era-never-split", test_era_never_split);
  ADD ("/report/render/table-across-pages", test_table_across_pages);
  ADD ("/report/render/row-taller-than-page", test_row_taller_than_page);
  ADD ("/report/render/heading-kept-with-next", test_heading_kept_with_next);
  ADD ("/report/render/chart-vectors-links", test_chart_vectors_links);
  ADD ("/report/render/preview-pages", test_preview_pages);
  ADD ("/report/render/atomic-and-cancel", test_atomic_and_cancel);
#undef ADD
  return g_test_run ();
}
