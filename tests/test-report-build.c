/* test-report-build.c: the four documents written from projects — the
 * figures are there (in the model and in the PDF's text), the categories
 * follow the thresholds, the officer's words are printed, an empty
 * project gives valid documents that say what is missing, Thai digits
 * and English, the progress report's date, the OIT handout per unit, the
 * unverified and official-figure marks */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "ita-report.h"
#include "report-test-util.h"

typedef struct {
  char       *dir;
  ItaProject *project;
  GPtrArray  *earlier;   /* of ItaReportYear */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) links = NULL;

  f->dir = g_dir_make_tmp ("report-build-XXXXXX", NULL);
  f->project = report_test_open_sample (f->dir);
  f->earlier = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_report_year_free);
  links = ita_project_get_links (f->project);
  for (guint i = 0; i < links->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ItaProject) other = ita_project_open_link (f->project, g_ptr_array_index (links, i), &error);

      g_assert_no_error (error);
      g_ptr_array_add (f->earlier, ita_report_year_new (ita_project_get_fiscal_year (other),
                                                        ita_project_compute (other),
                                                        ita_project_get_edition (other)));
    }
  g_assert_cmpuint (f->earlier->len, ==, 1);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->project);
  g_ptr_array_unref (f->earlier);
  report_test_remove_dir (f->dir);
  g_free (f->dir);
}

static ItaReportDocument *
build (ItaProject       *project,
       ItaReportKind     kind,
       gboolean          thai_digits,
       ItaReportLanguage lang,
       GPtrArray        *earlier)
{
  g_autoptr(GError) error = NULL;
  ItaReportOptions options;
  ItaReportDocument *doc;

  ita_report_options_init (&options, kind);
  options.thai_digits = thai_digits;
  options.language = lang;
  g_date_set_dmy (&options.date, 30, G_DATE_SEPTEMBER, 2025);
  doc = ita_report_build (project, &options, earlier, &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

/* Renders doc to dir/name.pdf (and PNG pages named prefix) and returns
 * the PDF's text in content order, or NULL without poppler-utils. */
static char *
render (Fixture           *f,
        ItaReportDocument *doc,
        const char        *name)
{
  g_autofree char *file = g_strdup_printf ("%s.pdf", name);
  g_autofree char *path = g_build_filename (f->dir, file, NULL);
  g_autoptr(GFile) out = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  g_assert_true (ita_report_write_pdf (doc, out, NULL, NULL, &error));
  g_assert_no_error (error);
  if (pdftotext == NULL)
    return NULL;
  report_test_save_pngs (path, name);
  return report_test_pdf_text (path, 0, TRUE);
}

static void
assert_contains (const char *text,
                 const char *words)
{
  if (strstr (text, words) == NULL)
    g_error ("“%s” is not in the document", words);
}

static void
assert_lacks (const char *text,
              const char *words)
{
  if (strstr (text, words) != NULL)
    g_error ("“%s” should not be in the document", words);
}

/* The analysis ---------------------------------------------------------------- */

static void
test_analysis_figures (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(ItaReportDocument) doc = build (f->project, ITA_REPORT_ANALYSIS, FALSE, ITA_REPORT_LANG_TH, f->earlier);
  g_autofree char *text = ita_report_document_get_text (doc);
  g_autofree char *pdf_text = NULL;
  static const char * const indicators[] = { "99.78", "98.44", "99.33", "98.67", "98.61", "92.22", "89.44",
                                             "80.00", "75.00" };

  /* the total, its grade and why, from the engine */
  assert_contains (text, "88.98");
  assert_contains (text, "“ผ่าน”");
  assert_contains (text, "ผ่าน ไม่ถึงระดับผ่านดี เพราะ OIT 77.50 ต่ำกว่า 85");
  /* tools with the EIT parts, the weighted contributions */
  assert_contains (text, "98.98");
  assert_contains (text, "EIT ส่วนที่ 1");
  assert_contains (text, "97.08");
  assert_contains (text, "91.46");
  assert_contains (text, "29.69");
  for (guint i = 0; i < G_N_ELEMENTS (indicators); i++)
    assert_contains (text, indicators[i]);
  /* the categories of next year: 92.22 is "raise", 89.44 "improve" */
  assert_contains (text, "ตัวชี้วัดที่\u00A07 ประสิทธิภาพการสื่อสาร 92.22 คะแนน");
  assert_contains (text, "ประเภทยกระดับ");
  assert_contains (text, "ตัวชี้วัดที่\u00A08 การปรับปรุงระบบการทำงาน ได้ 89.44 คะแนน อยู่ในประเภท “ต้องปรับปรุง”");
  /* the items, e.g. o24 scored 0, and the largest gain on the total */
  assert_contains (text, "o24");
  assert_contains (text, "+2.50");
  /* the comparison with 2567 */
  assert_contains (text, "84.89");
  assert_contains (text, "+4.09");
  assert_contains (text, "เพิ่มขึ้น 9.37 คะแนนจากปี 2567");
  /* the measures table, grouped by indicator, and the limitations */
  assert_contains (text, "มาตรการเผยแพร่แผนและรายงานผลการดำเนินงานประจำปี");
  assert_contains (text, "ตัวชี้วัดที่\u00A09 การเปิดเผยข้อมูล (80.00)");
  assert_contains (text, "ด้านบุคลากร");
  /* the officer's words, as typed */
  assert_contains (text, "เทศบาลตำบลบ้านสวนดอกไม้นำผลการประเมินคุณธรรม");
  assert_contains (text, "ผู้รับผิดชอบการเผยแพร่มีเพียงคนเดียว");
  assert_contains (text, "(นายวิชัย รักษ์ถิ่น)");
  /* where the sentences come from */
  assert_contains (text, "ที่มาของข้อมูล");
  /* the edition's unverified parts are marked and explained */
  assert_contains (text, "IIT†");
  assert_contains (text, "ยังไม่ได้ยืนยันกับเอกสารทางการ");
  /* "พ.ศ. 2568" is one unbreakable unit */
  assert_contains (text, "พ.ศ.\u00A02568");
  assert_lacks (text, "พ.ศ. 2568");
  /* six charts: gauge, tools, indicators, years, trend, radar */
  {
    guint charts = 0;

    for (guint i = 0; i < doc->blocks->len; i++)
      charts += ((ItaReportBlock *) g_ptr_array_index (doc->blocks, i))->type == ITA_REPORT_BLOCK_CHART;
    g_assert_cmpuint (charts, ==, 6);
  }
  g_assert_true (doc->title_page);

  pdf_text = render (f, doc, "report-analysis-th");
  if (pdf_text == NULL)
    return;
  assert_contains (pdf_text, "88.98");
  assert_contains (pdf_text, "ผลการประเมินรายข้อ");
  assert_contains (pdf_text, "เทศบาลตำบลบ้านสวนดอกไม้");
  assert_contains (pdf_text, "รักษาระดับ");
}

static gboolean
has_ascii_digit (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      return TRUE;
  return FALSE;
}

static void
test_thai_digits (Fixture       *f,
                  gconstpointer  data)
{
  for (ItaReportKind kind = 0; kind < ITA_REPORT_N_KINDS; kind++)
    {
      g_autoptr(ItaReportDocument) doc = build (f->project, kind, TRUE, ITA_REPORT_LANG_TH, f->earlier);
      g_autofree char *text = ita_report_document_get_text (doc);
      g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

      g_assert_true (doc->thai_digits);
      /* every number in Thai digits, but URLs and the names of files
       * and editions */
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_autoptr(GRegex) names = g_regex_new ("https?://\\S+|sample-2568\\.ita|ita-2568", 0, 0, NULL);
          g_autofree char *rest = g_regex_replace_literal (names, lines[i], -1, 0, "", 0, NULL);

          if (has_ascii_digit (rest))
            g_error ("%s: ASCII digits in “%s”", ita_report_kind_to_string (kind), lines[i]);
        }
      if (kind == ITA_REPORT_ANALYSIS)
        {
          assert_contains (text, "๘๘.๙๘");
          assert_contains (text, "พ.ศ.\u00A0๒๕๖๘");
          g_free (render (f, doc, "report-analysis-thai-digits"));
        }
      if (kind == ITA_REPORT_OIT)
        assert_contains (text, "https://www.bansuandokmai.go.th");
    }
}

static void
test_english (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(ItaReportDocument) doc = build (f->project, ITA_REPORT_ANALYSIS, FALSE, ITA_REPORT_LANG_EN, f->earlier);
  g_autofree char *text = ita_report_document_get_text (doc);

  g_assert_cmpint (doc->language, ==, ITA_REPORT_LANG_EN);
  g_assert_false (doc->page_number_thai_digits);
  assert_contains (doc->title, "Analysis of the Integrity and Transparency Assessment");
  assert_contains (text, "Indicator\u00A09: Disclosure of information");
  assert_contains (text, "grade “Pass” (Pass, not Good pass: OIT 77.50 is below 85)");
  assert_contains (text, "Results by item");
  assert_contains (text, "Comparison with earlier years");
  assert_contains (text, "maintain");
  /* no Thai words of the application (the officer's texts are Thai) */
  assert_lacks (text, "ตัวชี้วัดที่\u00A09");
  assert_lacks (text, "ผลการประเมินรายข้อ");
  assert_lacks (text, "ผลการประเมินในภาพรวม");
  assert_lacks (text, "คะแนนรวม");
  g_free (render (f, doc, "report-analysis-en"));
}

/* The measures and the progress report ------------------------------------------ */

static void
test_measures (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(ItaReportDocument) doc = build (f->project, ITA_REPORT_MEASURES, FALSE, ITA_REPORT_LANG_TH, NULL);
  g_autofree char *text = ita_report_document_get_text (doc);
  g_autoptr(GPtrArray) measures = ita_project_get_measures (f->project);

  /* the measures run in FY 2569, answering the assessment of 2568 */
  assert_contains (doc->title, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");
  assert_contains (text, "ปีงบประมาณ พ.ศ.\u00A02569");
  assert_contains (text, "จากผลการประเมิน ITA ปีงบประมาณ พ.ศ.\u00A02568");
  assert_contains (text, "ได้แก่ ตัวชี้วัดที่\u00A08, 9, 10");
  for (guint i = 0; i < measures->len; i++)
    {
      ItaMeasure *m = g_ptr_array_index (measures, i);

      assert_contains (text, m->title);
      assert_contains (text, m->kpi);
      for (guint k = 0; m->steps[k] != NULL; k++)
        assert_contains (text, m->steps[k]);
    }
  /* methods, units, period, budget, the remark typed for measure 1 */
  assert_contains (text, "งานวิเคราะห์นโยบายและแผน");
  assert_contains (text, "ตลอดปีงบประมาณ พ.ศ.\u00A02569 (1\u00A0ต.ค.\u00A068 – 30\u00A0ก.ย.\u00A069)");
  assert_contains (text, "25,000.00 บาท");
  assert_contains (text, "45,000.00 บาท");
  assert_contains (text, "ประสานกองคลังเพื่อรวบรวมข้อมูล");
  assert_contains (text, "นายกเทศมนตรีตำบลบ้านสวนดอกไม้");
  g_free (render (f, doc, "report-measures-th"));
}

static void
test_progress_date (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaReportDocument) doc = NULL;
  g_autofree char *text = NULL;
  ItaReportOptions options;

  /* the six-month report: entries up to 31 March 2569 */
  ita_report_options_init (&options, ITA_REPORT_PROGRESS);
  g_date_set_dmy (&options.date, 31, G_DATE_MARCH, 2026);
  doc = ita_report_build (f->project, &options, NULL, &error);
  g_assert_no_error (error);
  text = ita_report_document_get_text (doc);
  assert_contains (text, "รอบ 6 เดือน (1\u00A0ตุลาคม\u00A02568 – 31\u00A0มีนาคม\u00A02569)");
  assert_contains (text, "เผยแพร่สถิติไตรมาสที่ 1");                  /* 15 ม.ค. 69 */
  assert_contains (text, "นายกเทศมนตรีประกาศเจตนารมณ์");               /* 10 ธ.ค. 68 */
  assert_lacks (text, "เผยแพร่รายงานความก้าวหน้ารอบ 6 เดือนบนเว็บไซต์แล้ว");  /* 20 เม.ย. 69 */
  assert_contains (text, "ไม่รวมผลการดำเนินการที่ลงวันที่หลังวันที่ 31\u00A0มีนาคม\u00A02569 (1 รายการ)");
  assert_contains (text, "มีมาตรการทั้งหมด 9 มาตรการ ดำเนินการแล้ว 0 มาตรการ กำลังดำเนินการ 3");
  assert_contains (text, "มีรายงานผลการดำเนินการ 2 รายการ");
  assert_contains (text, "ผู้รายงาน");
  g_free (render (f, doc, "report-progress-6-months"));

  /* the year-end report has all three */
  g_clear_pointer (&doc, ita_report_document_unref);
  g_clear_pointer (&text, g_free);
  g_date_set_dmy (&options.date, 30, G_DATE_SEPTEMBER, 2026);
  doc = ita_report_build (f->project, &options, NULL, &error);
  text = ita_report_document_get_text (doc);
  assert_contains (text, "รอบ 12 เดือน");
  assert_contains (text, "เผยแพร่รายงานความก้าวหน้ารอบ 6 เดือนบนเว็บไซต์แล้ว");
  assert_contains (text, "มีรายงานผลการดำเนินการ 3 รายการ");
}

/* The OIT handout ------------------------------------------------------------------- */

static void
test_oit_unit (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaReportDocument) doc = NULL;
  g_autoptr(ItaReportDocument) all = NULL;
  g_autofree char *text = NULL;
  g_autofree char *all_text = NULL;
  ItaReportOptions options;

  /* กองคลัง (6): o12 and o13 belong to its งานพัสดุและทรัพย์สิน (7) */
  ita_report_options_init (&options, ITA_REPORT_OIT);
  options.unit_id = 6;
  doc = ita_report_build (f->project, &options, NULL, &error);
  g_assert_no_error (error);
  text = ita_report_document_get_text (doc);
  assert_contains (text, "กองคลัง รับผิดชอบข้อมูล OIT 2 ข้อ");
  assert_contains (text, "o12\n");
  assert_contains (text, "o13\n");
  assert_contains (text, "ผู้รับผิดชอบ: งานพัสดุและทรัพย์สิน");
  assert_lacks (text, "o1\n");
  assert_lacks (text, "o24\n");
  assert_contains (text, "ช่วงเวลาของข้อมูล");
  g_free (render (f, doc, "report-oit-finance"));

  /* every unit: one handout per top unit with items */
  ita_report_options_init (&options, ITA_REPORT_OIT);
  all = ita_report_build (f->project, &options, NULL, &error);
  g_assert_no_error (error);
  all_text = ita_report_document_get_text (all);
  assert_contains (all_text, "สำนักปลัดเทศบาล รับผิดชอบข้อมูล OIT 26 ข้อ");
  assert_contains (all_text, "กองคลัง รับผิดชอบข้อมูล OIT 2 ข้อ");
  assert_contains (all_text, "https://www.bansuandokmai.go.th/about/structure");

  /* a unit that is not there */
  ita_report_options_init (&options, ITA_REPORT_OIT);
  options.unit_id = 999;
  g_assert_null (ita_report_build (f->project, &options, NULL, &error));
  g_assert_error (error, ITA_REPORT_ERROR, ITA_REPORT_ERROR_NOT_FOUND);
}

/* An empty project --------------------------------------------------------------------- */

static void
test_empty_project (Fixture       *f,
                    gconstpointer  data)
{
  static const char * const missing[ITA_REPORT_N_KINDS][4] = {
    [ITA_REPORT_ANALYSIS] = { "ยังไม่มีคะแนนรวม", "ยังไม่มีผลของปีก่อนให้เปรียบเทียบ", "ยังไม่มีมาตรการในไฟล์นี้",
                              "ยังไม่ได้บันทึกข้อจำกัด" },
    [ITA_REPORT_MEASURES] = { "ยังไม่มีมาตรการในไฟล์นี้", "ไฟล์นี้ยังไม่มีคะแนน", "(ยังไม่ได้ระบุชื่อหน่วยงาน)", NULL },
    [ITA_REPORT_PROGRESS] = { "ยังไม่มีมาตรการในไฟล์นี้", NULL },
    [ITA_REPORT_OIT] = { "ยังไม่มีหน่วยงานในไฟล์นี้", "ยังไม่ได้ระบุเว็บไซต์หลักของหน่วยงาน", NULL },
  };
  g_autoptr(ItaProject) empty = report_test_new_empty (f->dir);

  for (ItaReportKind kind = 0; kind < ITA_REPORT_N_KINDS; kind++)
    {
      g_autoptr(ItaReportDocument) doc = build (empty, kind, FALSE, ITA_REPORT_LANG_TH, NULL);
      g_autofree char *text = ita_report_document_get_text (doc);
      g_autofree char *name = g_strdup_printf ("report-empty-%s", ita_report_kind_to_string (kind));
      g_autofree char *pdf_text = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (missing[kind]) && missing[kind][i] != NULL; i++)
        assert_contains (text, missing[kind][i]);
      /* no figure is made up */
      assert_lacks (text, "88.98");
      assert_lacks (text, "ได้คะแนนรวม");
      /* a signature to fill in by hand */
      if (kind != ITA_REPORT_OIT)
        assert_contains (text, "(..........................................)");
      pdf_text = render (f, doc, name);
      if (pdf_text != NULL)
        assert_contains (pdf_text, "ที่มาของข้อมูล");
    }
}

/* Marks for official figures that differ from the computed ones. */
static void
test_official_differs (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(ItaProject) p = report_test_new_empty (f->dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaReportDocument) doc = NULL;
  g_autofree char *text = NULL;

  /* seed 001: the OIT items do not give the official 38.00 of indicator 9 */
  for (int i = 1; i <= 20; i++)
    {
      g_autofree char *code = g_strdup_printf ("o%d", i);

      g_assert_true (ita_project_set_score (p, code, i % 2 ? 10000 : 0, &error));
    }
  g_assert_true (ita_project_set_score (p, "ind:9", 3800, &error));
  g_assert_no_error (error);
  doc = build (p, ITA_REPORT_ANALYSIS, FALSE, ITA_REPORT_LANG_TH, NULL);
  text = ita_report_document_get_text (doc);
  assert_contains (text, "38.00‡");
  assert_contains (text, "ตัวชี้วัดที่\u00A09 ทางการ 38.00 คำนวณได้ 50.00");
}

/* Closed projects and bad options are refused with a message. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ItaReportOptions options;

  ita_report_options_init (&options, ITA_REPORT_ANALYSIS);
  ita_project_close (f->project);
  g_assert_null (ita_report_build (f->project, &options, NULL, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CLOSED);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/report/build/analysis-figures", test_analysis_figures);
  ADD ("/report/build/thai-digits", test_thai_digits);
  ADD ("/report/build/english", test_english);
  ADD ("/report/build/measures", test_measures);
  ADD ("/report/build/progress-date", test_progress_date);
  ADD ("/report/build/oit-unit", test_oit_unit);
  ADD ("/report/build/empty-project", test_empty_project);
  ADD ("/report/build/official-differs", test_official_differs);
  ADD ("/report/build/refused", test_refused);
#undef ADD
  return g_test_run ();
}
