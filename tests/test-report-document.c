/* test-report-document.c: the document model — what a backend (the PDF
 * renderer, a DOCX writer) reads: blocks in order, runs, tables with
 * header rows and spans, charts, the page setup and the type sizes */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "ita-report.h"

static void
test_defaults (void)
{
  g_autoptr(ItaReportDocument) th = ita_report_document_new ("รายงาน", ITA_REPORT_LANG_TH);
  g_autoptr(ItaReportDocument) en = ita_report_document_new ("Report", ITA_REPORT_LANG_EN);

  /* A4, left 3 cm, right 2 cm, top 2.5 cm */
  g_assert_cmpfloat_with_epsilon (th->page.width, 595.276, 0.01);
  g_assert_cmpfloat_with_epsilon (th->page.height, 841.89, 0.01);
  g_assert_cmpfloat_with_epsilon (th->page.left, 85.039, 0.01);
  g_assert_cmpfloat_with_epsilon (th->page.right, 56.693, 0.01);
  g_assert_cmpfloat_with_epsilon (th->page.top, 70.866, 0.01);
  /* TH Sarabun New first, with the charts' fallbacks, 16 pt */
  g_assert_cmpstr (th->font_family, ==, ITA_CHART_DEFAULT_FONTS);
  g_assert_true (g_str_has_prefix (th->font_family, "TH Sarabun New"));
  g_assert_cmpfloat (th->font_size, ==, 16.0);
  /* page numbers in Thai digits for a Thai document */
  g_assert_true (th->page_numbers);
  g_assert_true (th->page_number_thai_digits);
  g_assert_false (en->page_number_thai_digits);
  ita_report_document_set_thai_digits (en, TRUE);
  g_assert_true (en->page_number_thai_digits);
  ita_report_document_set_font_family (th, NULL);
  g_assert_cmpstr (th->font_family, ==, ITA_CHART_DEFAULT_FONTS);
}

static void
test_sizes (void)
{
  /* headings 18–20 pt bold, body 16 */
  g_assert_cmpfloat (ita_report_style_size (ITA_REPORT_STYLE_HEADING1, 16), ==, 20);
  g_assert_cmpfloat (ita_report_style_size (ITA_REPORT_STYLE_HEADING2, 16), ==, 18);
  g_assert_cmpfloat (ita_report_style_size (ITA_REPORT_STYLE_TITLE, 16), ==, 20);
  g_assert_cmpfloat (ita_report_style_size (ITA_REPORT_STYLE_BODY, 16), ==, 16);
  g_assert_true (ita_report_style_is_bold (ITA_REPORT_STYLE_HEADING1));
  g_assert_true (ita_report_style_is_bold (ITA_REPORT_STYLE_HEADING2));
  g_assert_false (ita_report_style_is_bold (ITA_REPORT_STYLE_BODY));
}

static void
test_blocks (void)
{
  g_autoptr(ItaReportDocument) doc = ita_report_document_new ("รายงาน", ITA_REPORT_LANG_TH);
  static const double widths[] = { 2, 1, 1 };
  ItaReportParagraph *p;
  ItaReportTable *table;
  ItaReportRow *row;
  ItaReportList *list;
  g_autofree char *text = NULL;
  g_autoptr(ItaChartData) data = ita_chart_data_new (ITA_CHART_GAUGE, NULL, 2568);
  g_autoptr(ItaChartStyle) style = ita_chart_style_new ();
  ItaReportBlock *block;

  ita_report_document_add_heading (doc, 1, "1. ผลการประเมิน");
  p = ita_report_document_add_paragraph (doc, ITA_REPORT_STYLE_BODY, "คะแนนรวม ");
  ita_report_paragraph_add_text (p, "88.98", ITA_REPORT_RUN_BOLD);
  ita_report_paragraph_add_link (p, " เว็บไซต์", "https://example.go.th");
  list = ita_report_document_add_list (doc, TRUE);
  ita_report_list_add_item (list, "ข้อแรก");
  ita_report_list_add_item (list, "ข้อสอง");
  table = ita_report_document_add_table (doc, 3, widths, NULL);
  ita_report_table_set_caption (table, "ตารางที่ 1");
  row = ita_report_table_add_row (table, ITA_REPORT_ROW_HEADER);
  ita_report_row_add_cell (row, 1, "ก");
  ita_report_row_add_cell (row, 2, "ข");
  row = ita_report_table_add_row (table, ITA_REPORT_ROW_BODY);
  ita_report_row_add_cell (row, 3, "ค");
  ita_report_document_add_chart (doc, ITA_CHART_GAUGE, data, style, 2.0, 0.6, "แผนภูมิ");
  ita_report_document_add_page_break (doc);

  g_assert_cmpuint (doc->blocks->len, ==, 6);
  block = g_ptr_array_index (doc->blocks, 0);
  g_assert_cmpint (block->type, ==, ITA_REPORT_BLOCK_HEADING);
  g_assert_cmpuint (block->level, ==, 1);
  g_assert_cmpint (block->paragraph->style, ==, ITA_REPORT_STYLE_HEADING1);
  block = g_ptr_array_index (doc->blocks, 1);
  g_assert_cmpuint (block->paragraph->runs->len, ==, 3);
  g_assert_cmpint (((ItaReportRun *) g_ptr_array_index (block->paragraph->runs, 1))->flags, ==, ITA_REPORT_RUN_BOLD);
  g_assert_cmpstr (((ItaReportRun *) g_ptr_array_index (block->paragraph->runs, 2))->link, ==, "https://example.go.th");
  text = ita_report_paragraph_get_text (block->paragraph);
  g_assert_cmpstr (text, ==, "คะแนนรวม 88.98 เว็บไซต์");

  block = g_ptr_array_index (doc->blocks, 3);
  g_assert_cmpint (block->type, ==, ITA_REPORT_BLOCK_TABLE);
  g_assert_cmpuint (ita_report_table_get_n_columns (block->table), ==, 3);
  g_assert_cmpuint (ita_report_table_get_n_header_rows (block->table), ==, 1);
  /* widths are shares of the table */
  g_assert_cmpfloat_with_epsilon (g_array_index (block->table->columns, ItaReportColumn, 0).width, 0.5, 1e-9);
  g_assert_cmpuint (((ItaReportCell *) g_ptr_array_index (((ItaReportRow *) g_ptr_array_index (block->table->rows, 0))->cells, 1))->span,
                    ==, 2);
  /* header cells are shaded as headers */
  g_assert_cmpint (((ItaReportCell *) g_ptr_array_index (((ItaReportRow *) g_ptr_array_index (block->table->rows, 0))->cells, 0))->shade,
                   ==, ITA_REPORT_TONE_HEADER);

  block = g_ptr_array_index (doc->blocks, 4);
  g_assert_cmpint (block->type, ==, ITA_REPORT_BLOCK_CHART);
  g_assert_cmpfloat (block->chart->width, ==, 1.0);   /* clamped to the text width */
  g_assert_true (block->chart->data == data);
  g_assert_cmpint (((ItaReportBlock *) g_ptr_array_index (doc->blocks, 5))->type, ==, ITA_REPORT_BLOCK_PAGE_BREAK);

  g_clear_pointer (&text, g_free);
  text = ita_report_document_get_text (doc);
  g_assert_cmpstr (text, ==, "1. ผลการประเมิน\nคะแนนรวม 88.98 เว็บไซต์\nข้อแรก\nข้อสอง\nตารางที่ 1\nก\nข\nค\nแผนภูมิ\n");
}

static void
test_header_rows_first (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(ItaReportDocument) doc = ita_report_document_new ("", ITA_REPORT_LANG_TH);
      ItaReportTable *table = ita_report_document_add_table (doc, 1, NULL, NULL);

      ita_report_table_add_row (table, ITA_REPORT_ROW_BODY);
      /* a header row after a body row is a programming error */
      g_assert_null (ita_report_table_add_row (table, ITA_REPORT_ROW_HEADER));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_stderr ("*CRITICAL*");
}

static void
test_names (void)
{
  static const char * const kinds[] = { "analysis", "measures", "progress", "oit" };
  ItaReportLanguage lang;
  ItaReportKind kind;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_assert_true (ita_report_kind_from_string (kinds[i], &kind));
      g_assert_cmpuint (kind, ==, i);
      g_assert_cmpstr (ita_report_kind_to_string (kind), ==, kinds[i]);
    }
  g_assert_false (ita_report_kind_from_string ("summary", &kind));
  g_assert_true (ita_report_language_from_string ("EN", &lang));
  g_assert_cmpint (lang, ==, ITA_REPORT_LANG_EN);
  g_assert_false (ita_report_language_from_string ("lo", &lang));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/report/document/defaults", test_defaults);
  g_test_add_func ("/report/document/sizes", test_sizes);
  g_test_add_func ("/report/document/blocks", test_blocks);
  g_test_add_func ("/report/document/header-rows-first", test_header_rows_first);
  g_test_add_func ("/report/document/names", test_names);
  return g_test_run ();
}
