/* ita-report-build-measures.c: มาตรการส่งเสริมคุณธรรมและความโปร่งใส (the
 * measures, O42) and รายงานผลการดำเนินการตามมาตรการ (their progress up to a
 * date, O43), and the measures table the analysis report shares */
#include "config.h"

#include <string.h>
#include <time.h>

#include "ita-report-build-private.h"
#include "ita-chart-data-project.h"
#include "ita-thai.h"

int
ita_report_measures_year (ItaReportBuilder *b,
                          GPtrArray        *measures)
{
  for (guint i = 0; i < measures->len; i++)
    {
      ItaMeasure *m = g_ptr_array_index (measures, i);

      if (g_date_valid (&m->start))
        return ita_fiscal_year_of_date (&m->start);
      if (g_date_valid (&m->end))
        return ita_fiscal_year_of_date (&m->end);
    }
  return b->fiscal_year + 1;
}

static int
measure_indicator (ItaReportBuilder *b,
                   ItaMeasure       *m)
{
  for (guint k = 0; m->targets[k] != NULL; k++)
    {
      int n = ita_report_target_indicator (b, m->targets[k]);

      if (n > 0)
        return n;
    }
  return 0;
}

/* Steps as numbered lines in one cell. */
static void
add_steps (ItaReportBuilder *b,
           ItaReportCell    *cell,
           char            **steps)
{
  gboolean first = TRUE;

  for (guint k = 0; steps[k] != NULL; k++)
    {
      g_autofree char *line = ita_report_printf (b, "%u. %s", k + 1, steps[k]);

      if (first)
        ita_report_paragraph_add_text (ita_report_cell_get_paragraph (cell), line, ITA_REPORT_RUN_PLAIN);
      else
        ita_report_cell_add_paragraph (cell, line);
      first = FALSE;
    }
  if (first)
    ita_report_paragraph_add_text (ita_report_cell_get_paragraph (cell), "–", ITA_REPORT_RUN_PLAIN);
}

static char *
measure_period (ItaReportBuilder *b,
                ItaMeasure       *m)
{
  GDate first, last;

  if (!g_date_valid (&m->start) && !g_date_valid (&m->end))
    return g_strdup (TR (b, "ไม่ได้กำหนด", "not set"));
  if (g_date_valid (&m->start) && g_date_valid (&m->end))
    {
      int fy = ita_fiscal_year_of_date (&m->start);

      ita_fiscal_year_range (fy, &first, &last);
      if (g_date_compare (&m->start, &first) == 0 && g_date_compare (&m->end, &last) == 0)
        {
          g_autofree char *year = ita_report_fiscal_year (b, fy);
          g_autofree char *range = ita_report_period (b, &m->start, &m->end);

          return g_strdup_printf (TR (b, "ตลอด%s (%s)", "all of %s (%s)"), year, range);
        }
    }
  return ita_report_period (b, &m->start, &m->end);
}

static void
add_measure_row (ItaReportBuilder *b,
                 ItaReportTable   *table,
                 ItaMeasure       *m)
{
  ItaReportRow *row = ita_report_table_add_row (table, ITA_REPORT_ROW_BODY);
  ItaReportCell *title = ita_report_add_cell (b, row, 1, NULL);
  g_autofree char *title_words = ita_report_words (b, m->title);
  g_autofree char *period = measure_period (b, m);
  g_autofree char *units = ita_report_unit_list (b, m->unit_ids);

  ita_report_paragraph_add_text (ita_report_cell_get_paragraph (title), title_words, ITA_REPORT_RUN_BOLD);
  if (*m->issue != '\0')
    {
      g_autofree char *issue = ita_report_words (b, m->issue);

      ita_report_cell_add_paragraph (title, issue);
    }
  ita_report_add_cell (b, row, 1, *m->methods != '\0' ? m->methods : "–");
  add_steps (b, ita_report_add_cell (b, row, 1, NULL), m->steps);
  ita_report_row_add_cell (row, 1, period);
  ita_report_row_add_cell (row, 1, units);
}

void
ita_report_add_measures_table (ItaReportBuilder *b,
                               GPtrArray        *measures)
{
  static const double widths[] = { 0.22, 0.24, 0.28, 0.13, 0.13 };
  ItaReportTable *table = ita_report_add_table (b, TR (b, "มาตรการที่ตอบผลการวิเคราะห์", "The measures that answer the analysis"),
                                                5, widths, NULL);

  ita_report_add_header_row (b, table, TR (b, "ประเด็น/มาตรการ", "Issue and measure"),
                             TR (b, "วิธีการนำผลการวิเคราะห์สู่การปฏิบัติ", "How the analysis is put to work"),
                             TR (b, "ขั้นตอนวิธีการปฏิบัติ", "Steps"), TR (b, "ระยะเวลา", "Period"),
                             TR (b, "ผู้รับผิดชอบ", "Responsible"), NULL);
  /* grouped by indicator, in indicator order; measures aiming at no
   * indicator last */
  for (int n = 1; n <= 11; n++)
    {
      gboolean group_added = FALSE;

      for (guint i = 0; i < measures->len; i++)
        {
          ItaMeasure *m = g_ptr_array_index (measures, i);
          int indicator = measure_indicator (b, m);

          if ((n <= 10 && indicator != n) || (n == 11 && indicator != 0))
            continue;
          if (!group_added)
            {
              g_autofree char *key = g_strdup_printf ("ind:%d", n);
              g_autofree char *label = n <= 10 ? ita_report_target_label (b, key) : NULL;

              ita_report_add_cell (b, ita_report_table_add_row (table, ITA_REPORT_ROW_GROUP), 5,
                                   label != NULL ? label : TR (b, "มาตรการที่ไม่ได้ระบุตัวชี้วัด", "Measures aiming at no indicator"));
              group_added = TRUE;
            }
          add_measure_row (b, table, m);
        }
    }
}

/* The measures document ----------------------------------------------------------- */

static GPtrArray *
active_measures (ItaReportBuilder *b,
                 GPtrArray        *all)
{
  GPtrArray *measures = g_ptr_array_new ();

  for (guint i = 0; i < all->len; i++)
    if (((ItaMeasure *) g_ptr_array_index (all, i))->status != ITA_MEASURE_CANCELLED)
      g_ptr_array_add (measures, g_ptr_array_index (all, i));
  return measures;
}

/* "ตัวชี้วัดที่ 8, 9, 10" — the indicators in the category "improve". */
static char *
improve_indicators (ItaReportBuilder *b)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (int n = 1; n <= 10; n++)
    {
      g_autofree char *key = g_strdup_printf ("ind:%d", n);

      if (ita_result_get_category (b->result, key) == ITA_CATEGORY_IMPROVE)
        g_string_append_printf (s, "%s%d", s->len > 0 ? ", " : "", n);
    }
  return s->len > 0 ? ita_report_words (b, s->str) : NULL;
}

static void
add_measures_intro (ItaReportBuilder *b,
                    guint             n_measures,
                    int               year)
{
  const ItaGrade *grade = ita_result_get_grade (b->result);
  g_autofree char *assessed = ita_report_fiscal_year (b, b->fiscal_year);
  g_autofree char *plan_year = ita_report_fiscal_year (b, year);
  g_autofree char *total = ita_report_score (b, ita_result_get_total (b->result)->value);
  g_autofree char *improve = improve_indicators (b);

  if (grade != NULL)
    ita_report_add_para (b, ITA_REPORT_STYLE_BODY,
                         TR (b, "จากผลการประเมิน ITA %s %s ได้คะแนนรวม %s คะแนน ระดับ “%s”%s%s",
                             "In the ITA of %s, %s scored %s in total, grade “%s”%s%s."),
                         assessed, b->agency->name, total, ita_report_pick (b, grade->label_th, grade->label_en),
                         improve != NULL ? TR (b, " ตัวชี้วัดที่อยู่ในประเภทต้องปรับปรุง ได้แก่ ตัวชี้วัดที่ ",
                                               "; the indicators to improve are ")
                                         : "",
                         improve != NULL ? improve : "");
  else
    ita_report_add_para (b, ITA_REPORT_STYLE_BODY,
                         TR (b, "ไฟล์นี้ยังไม่มีคะแนนของการประเมิน ITA %s มาตรการนี้จึงยังอ้างอิงผลคะแนนไม่ได้",
                             "This file has no scores of the ITA of %s yet, so the measures cannot refer to them."),
                         assessed);
  if (n_measures > 0)
    ita_report_add_para (b, ITA_REPORT_STYLE_BODY,
                         TR (b, "หน่วยงานจึงกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน %u มาตรการ สำหรับ%s ดังนี้",
                             "The agency therefore sets %u measures to promote integrity and transparency for %s:"),
                         n_measures, plan_year);
}

static void
add_summary_table (ItaReportBuilder *b,
                   GPtrArray        *measures)
{
  static const double widths[] = { 0.06, 0.38, 0.21, 0.17, 0.18 };
  static const ItaReportAlign aligns[] = { ITA_REPORT_ALIGN_CENTER, ITA_REPORT_ALIGN_LEFT, ITA_REPORT_ALIGN_LEFT,
                                           ITA_REPORT_ALIGN_LEFT, ITA_REPORT_ALIGN_RIGHT };
  ItaReportTable *table = ita_report_add_table (b, TR (b, "สรุปมาตรการ", "The measures in short"), 5, widths, aligns);
  gint64 total = 0;
  gboolean any_budget = FALSE;
  ItaReportRow *row;
  g_autofree char *sum = NULL;

  table->keep_together = TRUE;
  ita_report_add_header_row (b, table, TR (b, "ที่", "No."), TR (b, "มาตรการ", "Measure"),
                             TR (b, "ผู้รับผิดชอบ", "Responsible"), TR (b, "ระยะเวลา", "Period"),
                             TR (b, "งบประมาณ", "Budget"), NULL);
  for (guint i = 0; i < measures->len; i++)
    {
      ItaMeasure *m = g_ptr_array_index (measures, i);
      g_autofree char *number = ita_report_int (b, i + 1);
      g_autofree char *units = ita_report_unit_list (b, m->unit_ids);
      g_autofree char *period = ita_report_period (b, &m->start, &m->end);
      g_autofree char *budget = m->budget != ITA_BUDGET_NONE ? ita_report_baht (b, m->budget) : g_strdup ("–");

      row = ita_report_table_add_row (table, ITA_REPORT_ROW_BODY);
      ita_report_row_add_cell (row, 1, number);
      ita_report_add_cell (b, row, 1, m->title);
      ita_report_row_add_cell (row, 1, units);
      ita_report_row_add_cell (row, 1, period);
      ita_report_row_add_cell (row, 1, budget);
      if (m->budget != ITA_BUDGET_NONE)
        {
          total += m->budget;
          any_budget = TRUE;
        }
    }
  row = ita_report_table_add_row (table, ITA_REPORT_ROW_TOTAL);
  ita_report_add_cell (b, row, 4, TR (b, "งบประมาณรวม", "Total budget"));
  sum = any_budget ? ita_report_baht (b, total) : g_strdup (TR (b, "ไม่ใช้งบประมาณ", "no budget"));
  ita_report_row_add_cell (row, 1, sum);
}

static void
add_field (ItaReportBuilder *b,
           ItaReportTable   *table,
           const char       *label,
           const char       *value)
{
  ItaReportRow *row = ita_report_table_add_row (table, ITA_REPORT_ROW_BODY);
  ItaReportCell *cell = ita_report_row_add_cell (row, 1, NULL);

  ita_report_paragraph_add_text (ita_report_cell_get_paragraph (cell), label, ITA_REPORT_RUN_BOLD);
  ita_report_add_cell (b, row, 1, value != NULL && *value != '\0' ? value : "–");
}

static char *
target_list (ItaReportBuilder *b,
             ItaMeasure       *m)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint k = 0; m->targets[k] != NULL; k++)
    {
      g_autofree char *label = ita_report_target_label (b, m->targets[k]);

      if (label != NULL)
        g_string_append_printf (s, "%s%s", s->len > 0 ? "\n" : "", label);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
add_measure_detail (ItaReportBuilder *b,
                    guint             index,
                    ItaMeasure       *m)
{
  static const double widths[] = { 0.27, 0.73 };
  ItaReportTable *table;
  ItaReportRow *row;
  ItaReportCell *steps;
  g_autofree char *targets = target_list (b, m);
  g_autofree char *units = ita_report_unit_list (b, m->unit_ids);
  g_autofree char *period = measure_period (b, m);
  g_autofree char *budget = ita_report_baht (b, m->budget);
  g_autofree char *remark_key = ita_text_key_for_measure (m->id);
  g_autofree char *remark = ita_project_get_text (b->project, remark_key);

  ita_report_add_heading (b, 2, TR (b, "มาตรการที่ %u %s", "Measure %u: %s"), index + 1, m->title);
  table = ita_report_add_table (b, NULL, 2, widths, NULL);
  table->keep_together = TRUE;
  add_field (b, table, TR (b, "ประเด็น", "Issue"), m->issue);
  add_field (b, table, TR (b, "ตัวชี้วัด/ข้อที่มุ่งยกระดับ", "Aims at"), targets);
  add_field (b, table, TR (b, "วิธีการนำผลการวิเคราะห์สู่การปฏิบัติ", "How"), m->methods);
  row = ita_report_table_add_row (table, ITA_REPORT_ROW_BODY);
  ita_report_paragraph_add_text (ita_report_cell_get_paragraph (ita_report_row_add_cell (row, 1, NULL)),
                                 TR (b, "ขั้นตอนการดำเนินงาน", "Steps"), ITA_REPORT_RUN_BOLD);
  steps = ita_report_row_add_cell (row, 1, NULL);
  add_steps (b, steps, m->steps);
  add_field (b, table, TR (b, "ผู้รับผิดชอบ", "Responsible"), units);
  add_field (b, table, TR (b, "ระยะเวลาดำเนินการ", "Period"), period);
  add_field (b, table, TR (b, "ตัวชี้วัดความสำเร็จ", "Indicator of success"), m->kpi);
  add_field (b, table, TR (b, "ค่าเป้าหมาย", "Target"), m->target);
  add_field (b, table, TR (b, "งบประมาณ", "Budget"), budget);
  if (remark != NULL && *g_strstrip (remark) != '\0')
    add_field (b, table, TR (b, "หมายเหตุ", "Remark"), remark);
}

static void
add_timeline (ItaReportBuilder *b)
{
  g_autoptr(ItaChartData) timeline = ita_chart_data_new_timeline (b->project);

  if (!ita_chart_data_is_empty (timeline))
    ita_report_add_chart (b, ITA_CHART_TIMELINE, timeline, 1.0, 0.62,
                          TR (b, "ปฏิทินการดำเนินงานตามมาตรการ", "The measures over the year"));
}

void
ita_report_build_measures (ItaReportBuilder *b)
{
  g_autoptr(GPtrArray) all = ita_project_get_measures (b->project);
  g_autoptr(GPtrArray) measures = active_measures (b, all);
  int year = ita_report_measures_year (b, measures);
  g_autofree char *date = ita_report_date (b, &b->date);

  g_autofree char *header_year = ita_report_fiscal_year_title (b, year);

  ita_report_document_set_header (b->doc, b->agency->name, header_year);
  ita_report_add_title_block (b, b->doc->title, year);
  ita_report_add_heading (b, 1, "%s", TR (b, "1. ที่มา", "1. Background"));
  add_measures_intro (b, measures->len, year);
  if (measures->len == 0)
    {
      ita_report_add_para (b, ITA_REPORT_STYLE_BODY, "%s",
                           TR (b, "ยังไม่มีมาตรการในไฟล์นี้: เพิ่มมาตรการในหน้าแผนปฏิบัติการ แล้วสร้างเอกสารนี้อีกครั้ง",
                               "There are no measures in this file yet: add them in the Action plan view and make "
                               "this document again."));
    }
  else
    {
      ita_report_add_heading (b, 1, "%s", TR (b, "2. สรุปมาตรการ", "2. The measures in short"));
      add_summary_table (b, measures);
      ita_report_add_heading (b, 1, "%s", TR (b, "3. รายละเอียดมาตรการ", "3. The measures in detail"));
      for (guint i = 0; i < measures->len; i++)
        add_measure_detail (b, i, g_ptr_array_index (measures, i));
      add_timeline (b);
    }
  ita_report_add_source_note (b);
  ita_report_add_para (b, ITA_REPORT_STYLE_SIGNATURE, TR (b, "ประกาศ ณ วันที่ %s", "Given on %s"), date);
  ita_report_add_signature (b, "");
}

/* The progress report --------------------------------------------------------------- */

static const char *
status_label (ItaReportBuilder *b,
              ItaMeasureStatus  status)
{
  switch (status)
    {
    case ITA_MEASURE_IN_PROGRESS:
      return TR (b, "กำลังดำเนินการ", "in progress");
    case ITA_MEASURE_DONE:
      return TR (b, "ดำเนินการแล้ว", "done");
    case ITA_MEASURE_CANCELLED:
      return TR (b, "ยกเลิก", "cancelled");
    case ITA_MEASURE_PLANNED:
    default:
      return TR (b, "ยังไม่ดำเนินการ", "not started");
    }
}

static ItaReportTone
status_tone (ItaMeasureStatus status)
{
  switch (status)
    {
    case ITA_MEASURE_DONE:
      return ITA_REPORT_TONE_MAINTAIN;
    case ITA_MEASURE_IN_PROGRESS:
      return ITA_REPORT_TONE_RAISE;
    case ITA_MEASURE_CANCELLED:
      return ITA_REPORT_TONE_MUTED;
    case ITA_MEASURE_PLANNED:
    default:
      return ITA_REPORT_TONE_IMPROVE;
    }
}

/* An entry counts when it is dated up to the report's date, or undated. */
static gboolean
entry_counts (ItaReportBuilder  *b,
              const ItaProgress *p)
{
  return !g_date_valid (&p->date) || g_date_compare (&p->date, &b->date) <= 0;
}

/* "รอบ 6 เดือน (1 ตุลาคม 2568 – 31 มีนาคม 2569)" and the like. */
static char *
round_label (ItaReportBuilder *b,
             int               year)
{
  GDate first, last, half;
  g_autofree char *from = NULL;
  g_autofree char *to = ita_report_date (b, &b->date);

  ita_fiscal_year_range (year, &first, &last);
  g_date_set_dmy (&half, 31, G_DATE_MARCH, g_date_get_year (&last));
  from = ita_report_date (b, &first);
  if (g_date_compare (&b->date, &half) == 0)
    return g_strdup_printf (TR (b, "รอบ 6 เดือน (%s – %s)", "Six-month report (%s – %s)"), from, to);
  if (g_date_compare (&b->date, &last) >= 0)
    {
      g_autofree char *end = ita_report_date (b, &last);

      return g_strdup_printf (TR (b, "รอบ 12 เดือน (%s – %s)", "Year-end report (%s – %s)"), from, end);
    }
  return g_strdup_printf (TR (b, "ข้อมูลตั้งแต่ %s ถึง %s", "From %s to %s"), from, to);
}

static void
add_progress_summary (ItaReportBuilder *b,
                      GPtrArray        *measures,
                      guint             n_entries,
                      guint             n_later)
{
  guint counts[ITA_MEASURE_CANCELLED + 1] = { 0 };
  g_autofree char *date = ita_report_date (b, &b->date);
  GDate today;

  for (guint i = 0; i < measures->len; i++)
    counts[((ItaMeasure *) g_ptr_array_index (measures, i))->status]++;
  ita_report_add_para (b, ITA_REPORT_STYLE_BODY,
                       TR (b, "ณ วันที่ %s มีมาตรการทั้งหมด %u มาตรการ ดำเนินการแล้ว %u มาตรการ กำลังดำเนินการ %u "
                              "มาตรการ ยังไม่ดำเนินการ %u มาตรการ และยกเลิก %u มาตรการ มีรายงานผลการดำเนินการ %u รายการ",
                           "As of %s there are %u measures: %u done, %u in progress, %u not started and %u "
                           "cancelled, with %u progress entries."),
                       date, measures->len, counts[ITA_MEASURE_DONE], counts[ITA_MEASURE_IN_PROGRESS],
                       counts[ITA_MEASURE_PLANNED], counts[ITA_MEASURE_CANCELLED], n_entries);
  g_date_set_time_t (&today, time (NULL));
  if (g_date_compare (&b->date, &today) < 0)
    ita_report_add_para (b, ITA_REPORT_STYLE_NOTE, "%s",
                         TR (b, "สถานะของมาตรการเป็นสถานะล่าสุดที่บันทึกในไฟล์ ส่วนผลการดำเนินการนับเฉพาะรายการที่ลงวันที่ไม่เกินวันที่ของรายงาน",
                             "The status of each measure is the one last recorded in the file; the progress "
                             "entries are those dated up to the report's date."));
  if (n_later > 0)
    ita_report_add_para (b, ITA_REPORT_STYLE_NOTE,
                         TR (b, "ไม่รวมผลการดำเนินการที่ลงวันที่หลังวันที่ %s (%u รายการ)",
                             "Entries dated after %s are left out (%u)."),
                         date, n_later);
}

static void
add_progress_cell (ItaReportBuilder *b,
                   ItaReportRow     *row,
                   ItaMeasure       *m)
{
  ItaReportCell *cell = ita_report_row_add_cell (row, 1, NULL);
  gboolean first = TRUE;

  for (guint k = 0; k < m->progress->len; k++)
    {
      ItaProgress *p = g_ptr_array_index (m->progress, k);
      g_autofree char *date = g_date_valid (&p->date) ? ita_report_date_short (b, &p->date)
                                                      : g_strdup (TR (b, "ไม่ระบุวันที่", "undated"));
      g_autoptr(GString) s = NULL;
      ItaReportParagraph *para;
      g_autofree char *words = NULL;

      if (!entry_counts (b, p))
        continue;
      s = g_string_new (NULL);
      g_string_append (s, p->done);
      if (*p->outcome != '\0')
        g_string_append_printf (s, TR (b, " ผลลัพธ์: %s", " Outcome: %s"), p->outcome);
      words = ita_report_words (b, s->str);
      para = first ? ita_report_cell_get_paragraph (cell) : ita_report_cell_add_paragraph (cell, NULL);
      ita_report_paragraph_add_text (para, date, ITA_REPORT_RUN_BOLD);
      ita_report_paragraph_add_text (para, " ", ITA_REPORT_RUN_PLAIN);
      ita_report_paragraph_add_text (para, words, ITA_REPORT_RUN_PLAIN);
      first = FALSE;
    }
  if (first)
    ita_report_paragraph_add_tone (ita_report_cell_get_paragraph (cell),
                                   TR (b, "ยังไม่มีรายงานผล", "no progress reported"), ITA_REPORT_RUN_PLAIN,
                                   ITA_REPORT_TONE_MUTED);
}

static void
add_remarks_cell (ItaReportBuilder *b,
                  ItaReportRow     *row,
                  ItaMeasure       *m)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autofree char *key = ita_text_key_for_measure (m->id);
  g_autofree char *remark = ita_project_get_text (b->project, key);

  for (guint k = 0; k < m->progress->len; k++)
    {
      ItaProgress *p = g_ptr_array_index (m->progress, k);

      if (entry_counts (b, p) && *p->remarks != '\0')
        g_string_append_printf (s, "%s%s", s->len > 0 ? "\n" : "", p->remarks);
    }
  if (remark != NULL && *g_strstrip (remark) != '\0')
    g_string_append_printf (s, "%s%s", s->len > 0 ? "\n" : "", remark);
  ita_report_add_cell (b, row, 1, s->len > 0 ? s->str : "–");
}

static void
add_progress_table (ItaReportBuilder *b,
                    GPtrArray        *measures)
{
  static const double widths[] = { 0.06, 0.26, 0.17, 0.31, 0.20 };
  static const ItaReportAlign aligns[] = { ITA_REPORT_ALIGN_CENTER, ITA_REPORT_ALIGN_LEFT, ITA_REPORT_ALIGN_CENTER,
                                           ITA_REPORT_ALIGN_LEFT, ITA_REPORT_ALIGN_LEFT };
  ItaReportTable *table = ita_report_add_table (b, TR (b, "ผลการดำเนินการรายมาตรการ", "Progress of each measure"), 5,
                                                widths, aligns);

  ita_report_add_header_row (b, table, TR (b, "ที่", "No."), TR (b, "มาตรการ/ผู้รับผิดชอบ", "Measure and responsible"),
                             TR (b, "สถานะ", "Status"), TR (b, "ผลการดำเนินการ", "What was done"),
                             TR (b, "ปัญหาอุปสรรค/หมายเหตุ", "Problems and remarks"), NULL);
  for (guint i = 0; i < measures->len; i++)
    {
      ItaMeasure *m = g_ptr_array_index (measures, i);
      ItaReportRow *row = ita_report_table_add_row (table, ITA_REPORT_ROW_BODY);
      g_autofree char *number = ita_report_int (b, i + 1);
      g_autofree char *title = ita_report_words (b, m->title);
      g_autofree char *units = ita_report_unit_list (b, m->unit_ids);
      ItaReportCell *cell;

      ita_report_row_add_cell (row, 1, number);
      cell = ita_report_row_add_cell (row, 1, NULL);
      ita_report_paragraph_add_text (ita_report_cell_get_paragraph (cell), title, ITA_REPORT_RUN_BOLD);
      ita_report_cell_add_paragraph (cell, units);
      cell = ita_report_row_add_cell (row, 1, NULL);
      ita_report_paragraph_add_tone (ita_report_cell_get_paragraph (cell), status_label (b, m->status),
                                     ITA_REPORT_RUN_PLAIN, status_tone (m->status));
      add_progress_cell (b, row, m);
      add_remarks_cell (b, row, m);
    }
}

void
ita_report_build_progress (ItaReportBuilder *b)
{
  g_autoptr(GPtrArray) measures = ita_project_get_measures (b->project);
  int year = ita_report_measures_year (b, measures);
  g_autofree char *round = round_label (b, year);
  guint n_entries = 0, n_later = 0;

  for (guint i = 0; i < measures->len; i++)
    {
      ItaMeasure *m = g_ptr_array_index (measures, i);

      for (guint k = 0; k < m->progress->len; k++)
        {
          if (entry_counts (b, g_ptr_array_index (m->progress, k)))
            n_entries++;
          else
            n_later++;
        }
    }
  g_autofree char *header_year = ita_report_fiscal_year_title (b, year);

  ita_report_document_set_header (b->doc, b->agency->name, header_year);
  ita_report_add_title_block (b, b->doc->title, year);
  ita_report_add_para (b, ITA_REPORT_STYLE_PLAIN, "%s", round)->align = ITA_REPORT_ALIGN_CENTER;
  ita_report_add_heading (b, 1, "%s", TR (b, "1. สรุปผลการดำเนินการ", "1. Summary"));
  if (measures->len == 0)
    ita_report_add_para (b, ITA_REPORT_STYLE_BODY, "%s",
                         TR (b, "ยังไม่มีมาตรการในไฟล์นี้ จึงยังไม่มีผลการดำเนินการให้รายงาน: เพิ่มมาตรการและบันทึกผลการดำเนินการ "
                                "ในหน้าแผนปฏิบัติการ",
                             "There are no measures in this file, so there is no progress to report yet: add the "
                             "measures and their progress in the Action plan view."));
  else
    {
      add_progress_summary (b, measures, n_entries, n_later);
      ita_report_add_heading (b, 1, "%s", TR (b, "2. ผลการดำเนินการรายมาตรการ", "2. Progress of each measure"));
      add_progress_table (b, measures);
      add_timeline (b);
    }
  ita_report_add_source_note (b);
  ita_report_add_signature (b, TR (b, "ผู้รายงาน", "Reported by"));
}
