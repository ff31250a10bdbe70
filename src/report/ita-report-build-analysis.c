/* ita-report-build-analysis.c: รายงานการวิเคราะห์ผลการประเมิน ITA — the
 * results, the comparison with earlier years, strengths and weak points,
 * and the measures that answer them (the layout of seed 001) */
#include "config.h"

#include <string.h>

#include "ita-report-build-private.h"

typedef struct {
  ItaReportBuilder *b;
  guint             section;   /* numbered headings: 1., 2., … */
} Analysis;

static ItaReportParagraph *
section (Analysis   *a,
         const char *th,
         const char *en)
{
  return ita_report_add_heading (a->b, 1, "%u. %s", ++a->section, TR (a->b, th, en));
}

static ItaReportParagraph *
subsection (Analysis   *a,
            guint       n,
            const char *th,
            const char *en)
{
  return ita_report_add_heading (a->b, 2, "%u.%u %s", a->section, n, TR (a->b, th, en));
}

static const ItaLevel *
level (ItaReportBuilder *b,
       const char       *key)
{
  return ita_result_get_level (b->result, key);
}

static ItaCenti
value_of (ItaReportBuilder *b,
          const char       *key)
{
  const ItaLevel *l = level (b, key);

  return l != NULL ? l->value : ITA_CENTI_NONE;
}

static char *
indicator_key (int number)
{
  return g_strdup_printf ("ind:%d", number);
}

/* The cover --------------------------------------------------------------- */

static void
add_cover (Analysis *a)
{
  ItaReportBuilder *b = a->b;

  ita_report_document_set_title_page (b->doc, TRUE);
  ita_report_document_add_paragraph (b->doc, ITA_REPORT_STYLE_PLAIN, "\n\n\n\n\n\n\n");
  ita_report_add_title_block (b, b->doc->title, b->fiscal_year);
  ita_report_document_add_page_break (b->doc);
}

/* The assessment in brief ---------------------------------------------------- */

static guint
count_items (ItaFramework *edition,
             ItaTool       tool)
{
  guint n = 0;

  for (guint i = 0; i < ita_framework_get_n_items (edition); i++)
    if (ita_framework_get_item (edition, i)->tool == tool)
      n++;
  return n;
}

static char *
tool_indicators (ItaReportBuilder *b,
                 ItaTool           tool)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (int n = 1; n <= 10; n++)
    {
      const ItaIndicatorDef *def = ita_framework_get_indicator (b->edition, n);

      if (def == NULL || def->tool != tool)
        continue;
      g_string_append_printf (s, "%s%d. %s", s->len > 0 ? "\n" : "", n, ita_report_indicator_name (b, def));
    }
  return ita_report_words (b, s->str);
}

static void
add_tools_table (Analysis *a)
{
  ItaReportBuilder *b = a->b;
  static const double widths[] = { 0.3, 0.12, 0.43, 0.15 };
  static const ItaReportAlign aligns[] = { ITA_REPORT_ALIGN_LEFT, ITA_REPORT_ALIGN_CENTER, ITA_REPORT_ALIGN_LEFT,
                                           ITA_REPORT_ALIGN_CENTER };
  ItaReportTable *table = ita_report_add_table (b, TR (b, "เครื่องมือการประเมินและน้ำหนัก", "The tools and their weights"),
                                                4, widths, aligns);

  table->keep_together = TRUE;

  ita_report_add_header_row (b, table, TR (b, "เครื่องมือ", "Tool"), TR (b, "น้ำหนัก (ร้อยละ)", "Weight (%)"),
                             TR (b, "ตัวชี้วัด", "Indicators"), TR (b, "จำนวนข้อ", "Items"), NULL);
  for (ItaTool t = 0; t < ITA_N_TOOLS; t++)
    {
      const ItaToolDef *tool = ita_framework_get_tool (b->edition, t);
      ItaReportRow *row = ita_report_table_add_row (table, ITA_REPORT_ROW_BODY);
      g_autofree char *name = g_strdup_printf ("%s%s\n%s", tool->code, ita_report_mark (b, tool->code),
                                               ita_report_tool_name (b, tool));
      g_autofree char *weight = ita_report_score_short (b, tool->weight);
      g_autofree char *indicators = tool_indicators (b, t);
      g_autofree char *items = ita_report_int (b, count_items (b->edition, t));

      ita_report_add_cell (b, row, 1, name);
      ita_report_add_cell (b, row, 1, weight);
      ita_report_row_add_cell (row, 1, indicators);
      ita_report_add_cell (b, row, 1, items);
    }
  ita_report_add_mark_note (b);
}

static char *
band_range (ItaReportBuilder   *b,
            const ItaGradeBand *band)
{
  g_autofree char *min = ita_report_score (b, band->min);
  g_autofree char *max = ita_report_score (b, band->max);

  return g_strdup_printf ("%s – %s", min, max);
}

static void
add_grading_table (Analysis *a)
{
  ItaReportBuilder *b = a->b;
  const ItaGrading *grading = ita_framework_get_grading (b->edition);
  static const double widths[] = { 0.3, 0.25, 0.45 };
  static const ItaReportAlign aligns[] = { ITA_REPORT_ALIGN_LEFT, ITA_REPORT_ALIGN_CENTER, ITA_REPORT_ALIGN_LEFT };
  ItaReportTable *table = ita_report_add_table (b, TR (b, "ระดับผลการประเมิน", "The grades"), 3, widths, aligns);

  table->keep_together = TRUE;

  ita_report_add_header_row (b, table, TR (b, "ระดับ", "Grade"), TR (b, "คะแนนรวม", "Total"),
                             TR (b, "เงื่อนไขเพิ่มเติม", "Also needs"), NULL);
  for (guint i = 0; i < grading->n_bands; i++)
    {
      const ItaGradeBand *band = &grading->bands[i];
      ItaReportRow *row = ita_report_table_add_row (table, ITA_REPORT_ROW_BODY);
      g_autofree char *range = band_range (b, band);
      g_autofree char *condition = NULL;

      if (band->tools_min != ITA_CENTI_NONE)
        {
          g_autofree char *min = ita_report_score_short (b, band->tools_min);

          condition = g_strdup_printf (TR (b, "IIT, EIT และ OIT ได้ %s คะแนนขึ้นไปทุกเครื่องมือ",
                                           "IIT, EIT and OIT each at least %s"), min);
        }
      ita_report_add_cell (b, row, 1, ita_report_pick (b, band->label_th, band->label_en));
      ita_report_add_cell (b, row, 1, range);
      ita_report_add_cell (b, row, 1, condition != NULL ? condition : "–");
    }
}

static void
add_in_brief (Analysis *a)
{
  ItaReportBuilder *b = a->b;
  const ItaGrading *grading = ita_framework_get_grading (b->edition);
  g_autofree char *year = ita_report_fiscal_year (b, b->fiscal_year);
  g_autofree char *next = ita_report_fiscal_year (b, b->fiscal_year + 1);
  g_autofree char *pass = ita_report_score_short (b, grading->pass_mark);
  g_autofree char *maintain = ita_report_score_short (b, b->thresholds.maintain);
  g_autofree char *raise = ita_report_score (b, b->thresholds.raise);
  g_autofree char *raise_top = ita_report_score (b, b->thresholds.maintain - 1);

  section (a, "การประเมิน ITA โดยสังเขป", "The assessment in brief");
  ita_report_add_para (b, ITA_REPORT_STYLE_BODY,
                       TR (b, "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) %s "
                              "ตามเกณฑ์ “%s” ใช้เครื่องมือ 3 แบบ คือ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) "
                              "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) "
                              "คะแนนรวมคือผลรวมของคะแนนแต่ละเครื่องมือคูณน้ำหนัก (ตารางที่ %u) คะแนนทุกระดับปัดเศษเป็นทศนิยม "
                              "2 ตำแหน่ง และระดับถัดไปคำนวณจากค่าที่ปัดเศษแล้ว",
                          "The Integrity and Transparency Assessment (ITA) of %s under the edition “%s” uses three "
                          "tools: the internal stakeholders' survey (IIT), the external stakeholders' survey (EIT) "
                          "and the open data check (OIT). The total is the sum of each tool's score times its "
                          "weight (Table %u). Every level is rounded to two decimals and the next level is "
                          "computed from the rounded values."),
                       year, ita_report_pick (b, ita_framework_get_name_th (b->edition),
                                              ita_framework_get_name_en (b->edition)),
                       b->n_tables + 1);
  add_tools_table (a);
  ita_report_add_para (b, ITA_REPORT_STYLE_BODY,
                       TR (b, "ระดับผลการประเมินของเกณฑ์นี้แสดงในตารางที่ %u เกณฑ์ผ่านคือ %s คะแนน",
                           "The grades of this edition are in Table %u; the pass mark is %s."),
                       b->n_tables + 1, pass)->keep_with_next = TRUE;
  add_grading_table (a);
  ita_report_add_para (b, ITA_REPORT_STYLE_BODY,
                       TR (b, "เพื่อกำหนดการดำเนินงานใน%s ข้อคำถามและตัวชี้วัดที่ได้ %s คะแนนขึ้นไปอยู่ในประเภท "
                              "“รักษาระดับ” ที่ได้ %s – %s คะแนนอยู่ในประเภท “ยกระดับ” และที่ได้ต่ำกว่า %s คะแนนอยู่ในประเภท "
                              "“ต้องปรับปรุง”",
                          "To plan the work of %s, items and indicators scoring %s or more are in the category "
                          "“maintain”, those scoring %s – %s “raise”, and those below %s “improve”."),
                       next, maintain, raise, raise_top, raise);
}

/* Results ----------------------------------------------------------------------- */

static void
add_overall (Analysis *a)
{
  ItaReportBuilder *b = a->b;
  const ItaLevel *total = ita_result_get_total (b->result);
  const ItaGrade *grade = ita_result_get_grade (b->result);
  g_autofree char *score = ita_report_score (b, total->value);
  g_autofree char *year = ita_report_fiscal_year (b, b->fiscal_year);
  g_autoptr(ItaChartData) gauge = ita_chart_data_new_gauge (b->result, b->agency->name);

  subsection (a, 1, "ผลการประเมินในภาพรวม", "Overall result");
  if (grade == NULL)
    {
      ita_report_add_para (b, ITA_REPORT_STYLE_BODY,
                           TR (b, "ยังไม่มีคะแนนรวม: ไฟล์นี้ยังไม่มีคะแนนรายข้อหรือคะแนนทางการของเครื่องมือ "
                                  "กรอกคะแนนในหน้าคะแนนแล้วสร้างรายงานอีกครั้ง",
                               "There is no total yet: this file has no item scores and no official tool "
                               "figures. Enter the scores in the Scores view and make the report again."));
      return;
    }
  ita_report_add_para (b, ITA_REPORT_STYLE_BODY,
                       TR (b, "จากผลคะแนน %s ได้คะแนนรวมการประเมิน ITA %s %s คะแนน ระดับผลการประเมิน “%s” (%s)",
                           "From the scores, the ITA total of %s for %s is %s: grade “%s” (%s)."),
                       ita_report_pick (b, b->agency->name, b->agency->name), year, score,
                       ita_report_pick (b, grade->label_th, grade->label_en),
                       ita_report_pick (b, grade->explanation_th, grade->explanation_en));
  ita_report_add_chart (b, ITA_CHART_GAUGE, gauge, 1.0, 0.62,
                        TR (b, "คะแนนรวมและระดับผลการประเมิน", "The total and the grade"));
}

static void
add_tool_row (ItaReportBuilder *b,
              ItaReportTable   *table,
              const char       *key,
              const char       *name,
              ItaCenti          weight,
              ItaCenti          contribution,
              gboolean          part)
{
  ItaReportRow *row = ita_report_table_add_row (table, ITA_REPORT_ROW_BODY);
  const ItaLevel *l = level (b, key);
  g_autofree char *label = g_strdup_printf ("%s%s%s", part ? "    " : "", name, ita_report_mark (b, key));
  g_autofree char *w = weight != ITA_CENTI_NONE ? ita_report_score_short (b, weight) : g_strdup ("");
  g_autofree char *v = ita_report_score (b, l != NULL ? l->value : ITA_CENTI_NONE);
  g_autofree char *c = contribution != ITA_CENTI_NONE ? ita_report_score (b, contribution) : g_strdup ("");

  ita_report_add_cell (b, row, 1, label);
  ita_report_add_cell (b, row, 1, w);
  ita_report_add_cell (b, row, 1, v);
  ita_report_add_cell (b, row, 1, c);
  ita_report_add_category_cell (b, row, ita_result_get_category (b->result, key));
}

static void
add_tools (Analysis *a)
{
  ItaReportBuilder *b = a->b;
  static const double widths[] = { 0.34, 0.14, 0.14, 0.18, 0.2 };
  static const ItaReportAlign aligns[] = { ITA_REPORT_ALIGN_LEFT, ITA_REPORT_ALIGN_CENTER, ITA_REPORT_ALIGN_CENTER,
                                           ITA_REPORT_ALIGN_CENTER, ITA_REPORT_ALIGN_CENTER };
  ItaReportTable *table;
  ItaReportRow *row;
  g_autofree char *total = ita_report_score (b, ita_result_get_total (b->result)->value);
  g_autoptr(ItaChartData) chart = ita_chart_data_new_tools (b->result, b->agency->name);

  subsection (a, 2, "ผลการประเมินรายเครื่องมือ", "Results by tool");
  ita_report_add_para (b, ITA_REPORT_STYLE_BODY,
                       TR (b, "คะแนนของแต่ละเครื่องมือและคะแนนที่เครื่องมือนั้นสร้างให้คะแนนรวม (คะแนน × น้ำหนัก) "
                              "แสดงในตารางที่ %u",
                           "Each tool's score and what it adds to the total (score × weight) are in Table %u."),
                       b->n_tables + 1)->keep_with_next = TRUE;
  table = ita_report_add_table (b, TR (b, "ผลการประเมินรายเครื่องมือ", "Results by tool"), 5, widths, aligns);
  table->keep_together = TRUE;
  ita_report_add_header_row (b, table, TR (b, "เครื่องมือ", "Tool"), TR (b, "น้ำหนัก", "Weight"),
                             TR (b, "คะแนน", "Score"), TR (b, "คะแนนถ่วงน้ำหนัก", "Weighted"),
                             TR (b, "ประเภท", "Category"), NULL);
  for (ItaTool t = 0; t < ITA_N_TOOLS; t++)
    {
      const ItaToolDef *tool = ita_framework_get_tool (b->edition, t);

      add_tool_row (b, table, tool->code, tool->code, tool->weight, ita_result_get_contribution (b->result, t),
                    FALSE);
      for (guint p = 0; p < tool->n_parts; p++)
        add_tool_row (b, table, tool->parts[p].code,
                      ita_report_pick (b, tool->parts[p].name_th, tool->parts[p].name_en),
                      ITA_CENTI_NONE, ITA_CENTI_NONE, TRUE);
    }
  row = ita_report_table_add_row (table, ITA_REPORT_ROW_TOTAL);
  ita_report_add_cell (b, row, 3, TR (b, "คะแนนรวม", "Total"));
  ita_report_add_cell (b, row, 1, total);
  ita_report_add_category_cell (b, row, ita_result_get_category (b->result, "TOTAL"));
  ita_report_add_mark_note (b);
  ita_report_add_chart (b, ITA_CHART_TOOLS, chart, 1.0, 0.5,
                        TR (b, "คะแนนที่แต่ละเครื่องมือสร้างให้คะแนนรวม", "What each tool adds to the total"));
}

/* "‡" and a note when the official figure differs from the computed one. */
static void
add_discrepancy_note (ItaReportBuilder *b)
{
  GArray *d = ita_result_get_discrepancies (b->result);
  g_autoptr(GString) s = NULL;
  g_autofree char *words = NULL;
  ItaReportParagraph *p;

  if (d == NULL || d->len == 0)
    return;
  s = g_string_new (TR (b, " ค่าทางการต่างจากค่าที่คำนวณจากคะแนนรายข้อ: ",
                        " The official figure differs from the one computed from the item scores: "));
  for (guint i = 0; i < d->len; i++)
    {
      const ItaDiscrepancy *x = &g_array_index (d, ItaDiscrepancy, i);
      g_autofree char *official = ita_report_score (b, x->official);
      g_autofree char *computed = ita_report_score (b, x->computed);
      g_autofree char *id = ita_report_words (b, x->id);
      const char *what = g_str_equal (x->level, "indicator") ? TR (b, "ตัวชี้วัดที่ ", "indicator ")
                       : g_str_equal (x->level, "subindicator") ? TR (b, "ตัวชี้วัดย่อยที่ ", "sub-indicator ")
                       : "";

      g_string_append_printf (s, TR (b, "%s%s%s ทางการ %s คำนวณได้ %s", "%s%s%s official %s, computed %s"),
                              i > 0 ? "; " : "", what, id, official, computed);
    }
  g_string_append (s, TR (b, " (เอกสารนี้ใช้ค่าทางการ)", " (this document uses the official figure)"));
  words = ita_report_words (b, s->str);
  p = ita_report_document_add_paragraph (b->doc, ITA_REPORT_STYLE_NOTE, NULL);
  ita_report_paragraph_add_tone (p, "‡", ITA_REPORT_RUN_SUPERSCRIPT, ITA_REPORT_TONE_MUTED);
  ita_report_paragraph_add_tone (p, words, ITA_REPORT_RUN_PLAIN, ITA_REPORT_TONE_MUTED);
}

static const char *
discrepancy_mark (const ItaLevel *l)
{
  return l != NULL && l->official != ITA_CENTI_NONE && l->computed != ITA_CENTI_NONE && l->official != l->computed
         ? "‡" : "";
}

static void
add_indicators (Analysis *a)
{
  ItaReportBuilder *b = a->b;
  static const double widths[] = { 0.5, 0.14, 0.16, 0.2 };
  static const ItaReportAlign aligns[] = { ITA_REPORT_ALIGN_LEFT, ITA_REPORT_ALIGN_CENTER, ITA_REPORT_ALIGN_CENTER,
                                           ITA_REPORT_ALIGN_CENTER };
  ItaReportTable *table;
  g_autoptr(ItaChartData) chart = ita_chart_data_new_indicators (b->result, b->agency->name);

  subsection (a, 3, "ผลการประเมินรายตัวชี้วัด", "Results by indicator");
  table = ita_report_add_table (b, TR (b, "ผลการประเมินรายตัวชี้วัด", "Results by indicator"), 4, widths, aligns);
  table->keep_together = TRUE;
  ita_report_add_header_row (b, table, TR (b, "ตัวชี้วัด", "Indicator"), TR (b, "เครื่องมือ", "Tool"),
                             TR (b, "คะแนน", "Score"), TR (b, "ประเภท", "Category"), NULL);
  for (int n = 1; n <= 10; n++)
    {
      const ItaIndicatorDef *def = ita_framework_get_indicator (b->edition, n);
      g_autofree char *key = indicator_key (n);
      g_autofree char *title = NULL;
      g_autofree char *label = NULL;
      g_autofree char *score = NULL;
      ItaReportRow *row;

      if (def == NULL)
        continue;
      row = ita_report_table_add_row (table, ITA_REPORT_ROW_BODY);
      title = ita_report_indicator_title (b, def);
      label = g_strdup_printf ("%s%s", title, ita_report_mark (b, key));
      {
        g_autofree char *v = ita_report_score (b, value_of (b, key));

        score = g_strdup_printf ("%s%s", v, discrepancy_mark (level (b, key)));
      }
      ita_report_row_add_cell (row, 1, label);
      ita_report_add_cell (b, row, 1, ita_tool_to_string (def->tool));
      ita_report_row_add_cell (row, 1, score);
      ita_report_add_category_cell (b, row, ita_result_get_category (b->result, key));
    }
  add_discrepancy_note (b);
  ita_report_add_mark_note (b);
  ita_report_add_chart (b, ITA_CHART_INDICATORS, chart, 1.0, 0.62,
                        TR (b, "คะแนนรายตัวชี้วัดเทียบกับเกณฑ์ผ่าน", "Indicator scores against the pass mark"));
}

static void
add_item_row (ItaReportBuilder *b,
              ItaReportTable   *table,
              const ItaItemDef *item)
{
  ItaReportRow *row = ita_report_table_add_row (table, ITA_REPORT_ROW_BODY);
  g_autofree char *code = g_strdup_printf ("%s%s", item->code, ita_report_mark (b, item->code));
  g_autofree char *score = ita_report_score_short (b, value_of (b, item->code));

  ita_report_add_cell (b, row, 1, code);
  ita_report_add_cell (b, row, 1, ita_report_item_text (b, item));
  ita_report_row_add_cell (row, 1, score);
  ita_report_add_category_cell (b, row, ita_result_get_category (b->result, item->code));
}

static void
add_items (Analysis *a)
{
  ItaReportBuilder *b = a->b;
  static const double widths[] = { 0.1, 0.56, 0.12, 0.22 };
  static const ItaReportAlign aligns[] = { ITA_REPORT_ALIGN_CENTER, ITA_REPORT_ALIGN_LEFT, ITA_REPORT_ALIGN_CENTER,
                                           ITA_REPORT_ALIGN_CENTER };
  g_autofree char *next = ita_report_printf (b, TR (b, "การดำเนินงานในปีงบประมาณ %d", "Work in FY %d"),
                                             b->fiscal_year + 1);
  ItaReportTable *table;

  subsection (a, 4, "ผลการประเมินรายข้อ", "Results by item");
  ita_report_add_para (b, ITA_REPORT_STYLE_BODY,
                       TR (b, "คะแนนของทุกข้อคำถามและประเภทการดำเนินงานในปีถัดไป จัดกลุ่มตามตัวชี้วัด (ตารางที่ %u)",
                           "Every item's score and its category for next year, by indicator (Table %u)."),
                       b->n_tables + 1)->keep_with_next = TRUE;
  table = ita_report_add_table (b, TR (b, "ผลการประเมินรายข้อ", "Results by item"), 4, widths, aligns);
  ita_report_add_header_row (b, table, TR (b, "ข้อ", "Item"), TR (b, "ข้อคำถาม", "Question"),
                             TR (b, "คะแนน", "Score"), next, NULL);
  for (int n = 1; n <= 10; n++)
    {
      const ItaIndicatorDef *def = ita_framework_get_indicator (b->edition, n);
      g_autofree char *key = indicator_key (n);
      g_autofree char *title = NULL;
      g_autofree char *score = NULL;
      g_autofree char *group = NULL;

      if (def == NULL)
        continue;
      title = ita_report_indicator_title (b, def);
      score = ita_report_score (b, value_of (b, key));
      group = g_strdup_printf (TR (b, "%s (%s) – %s", "%s (%s) – %s"), title, ita_tool_to_string (def->tool), score);
      ita_report_row_add_cell (ita_report_table_add_row (table, ITA_REPORT_ROW_GROUP), 4, group);
      for (guint s = 0; s <= def->n_subs; s++)
        {
          if (s < def->n_subs)
            {
              g_autofree char *sub_key = g_strdup_printf ("sub:%s", def->subs[s].code);
              g_autofree char *sub_score = ita_report_score (b, value_of (b, sub_key));
              g_autofree char *sub_title = ita_report_printf (b, "%s %s – %s", def->subs[s].code,
                                                              ita_report_pick (b, def->subs[s].name_th,
                                                                               def->subs[s].name_en),
                                                              sub_score);

              ita_report_row_add_cell (ita_report_table_add_row (table, ITA_REPORT_ROW_GROUP), 4, sub_title);
            }
          for (guint i = 0; i < ita_framework_get_n_items (b->edition); i++)
            {
              const ItaItemDef *item = ita_framework_get_item (b->edition, i);

              if (item->indicator == n &&
                  ((def->n_subs == 0 && s == 0) || (s < def->n_subs && item->sub_index == (int) s)))
                add_item_row (b, table, item);
            }
          if (def->n_subs == 0)
            break;
        }
    }
  ita_report_add_mark_note (b);
}

static void
add_results (Analysis *a)
{
  section (a, "ผลการประเมิน", "Results");
  add_overall (a);
  add_tools (a);
  add_indicators (a);
  add_items (a);
}

/* Earlier years ----------------------------------------------------------------- */

static char *
change_text (ItaReportBuilder *b,
             ItaCenti          now,
             ItaCenti          before)
{
  g_autofree char *d = NULL;

  if (now == ITA_CENTI_NONE || before == ITA_CENTI_NONE)
    return g_strdup ("–");
  d = ita_report_score (b, ABS (now - before));
  if (now > before)
    return g_strdup_printf ("+%s", d);
  if (now < before)
    return g_strdup_printf ("−%s", d);
  return g_strdup (TR (b, "เท่าเดิม", "same"));
}

static void
add_years_row (ItaReportBuilder *b,
               ItaReportTable   *table,
               const char       *label,
               const char       *key,
               ItaReportRowKind  kind)
{
  ItaReportRow *row = ita_report_table_add_row (table, kind);
  ItaReportYear *last = g_ptr_array_index (b->earlier, b->earlier->len - 1);
  const ItaLevel *before = ita_result_get_level (last->result, key);
  g_autofree char *change = change_text (b, value_of (b, key), before != NULL ? before->value : ITA_CENTI_NONE);

  ita_report_add_cell (b, row, 1, label);
  for (guint i = 0; i < b->earlier->len; i++)
    {
      ItaReportYear *y = g_ptr_array_index (b->earlier, i);
      const ItaLevel *l = ita_result_get_level (y->result, key);
      g_autofree char *v = ita_report_score (b, l != NULL ? l->value : ITA_CENTI_NONE);

      ita_report_row_add_cell (row, 1, v);
    }
  {
    g_autofree char *v = ita_report_score (b, value_of (b, key));

    ita_report_row_add_cell (row, 1, v);
  }
  ita_report_row_add_cell (row, 1, change);
}

static void
add_years_table (ItaReportBuilder *b)
{
  guint n_years = b->earlier->len + 1, n_columns = n_years + 2;
  g_autofree double *widths = g_new (double, n_columns);
  g_autofree ItaReportAlign *aligns = g_new (ItaReportAlign, n_columns);
  ItaReportTable *table;
  ItaReportRow *header, *grades;

  widths[0] = 0.42;
  aligns[0] = ITA_REPORT_ALIGN_LEFT;
  for (guint i = 1; i < n_columns; i++)
    {
      widths[i] = 0.58 / (n_columns - 1);
      aligns[i] = ITA_REPORT_ALIGN_CENTER;
    }
  table = ita_report_add_table (b, TR (b, "ผลการประเมินเทียบกับปีที่ผ่านมา", "Results against earlier years"),
                                n_columns, widths, aligns);
  table->keep_together = TRUE;
  header = ita_report_table_add_row (table, ITA_REPORT_ROW_HEADER);
  ita_report_add_cell (b, header, 1, TR (b, "ระดับ", "Level"));
  for (guint i = 0; i <= b->earlier->len; i++)
    {
      int year = i < b->earlier->len ? ((ItaReportYear *) g_ptr_array_index (b->earlier, i))->fiscal_year
                                     : b->fiscal_year;
      g_autofree char *text = ita_report_printf (b, "%d", year);

      ita_report_row_add_cell (header, 1, text);
    }
  ita_report_add_cell (b, header, 1, TR (b, "เปลี่ยนแปลงจากปีก่อน", "Change from last year"));

  add_years_row (b, table, TR (b, "คะแนนรวม", "Total"), "TOTAL", ITA_REPORT_ROW_BODY);
  grades = ita_report_table_add_row (table, ITA_REPORT_ROW_BODY);
  ita_report_add_cell (b, grades, 1, TR (b, "ระดับผลการประเมิน", "Grade"));
  for (guint i = 0; i <= b->earlier->len; i++)
    {
      ItaResult *r = i < b->earlier->len ? ((ItaReportYear *) g_ptr_array_index (b->earlier, i))->result : b->result;
      const ItaGrade *g = ita_result_get_grade (r);

      ita_report_add_cell (b, grades, 1, g != NULL ? ita_report_pick (b, g->label_th, g->label_en) : "–");
    }
  ita_report_add_cell (b, grades, 1, "");
  for (ItaTool t = 0; t < ITA_N_TOOLS; t++)
    add_years_row (b, table, ita_tool_to_string (t), ita_tool_to_string (t), ITA_REPORT_ROW_BODY);
  for (int n = 1; n <= 10; n++)
    {
      const ItaIndicatorDef *def = ita_framework_get_indicator (b->edition, n);
      g_autofree char *key = indicator_key (n);
      g_autofree char *title = NULL;

      if (def == NULL)
        continue;
      title = ita_report_indicator_title (b, def);
      add_years_row (b, table, title, key, ITA_REPORT_ROW_BODY);
    }
}

/* "ตัวชี้วัดที่ 1 (+0.50), ตัวชี้วัดที่ 9 (+5.00)" for the indicators that went up (sign 1) or down (-1). */
static char *
moved_indicators (ItaReportBuilder *b,
                  ItaResult        *before,
                  int               sign)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (int n = 1; n <= 10; n++)
    {
      g_autofree char *key = indicator_key (n);
      const ItaLevel *l = ita_result_get_level (before, key);
      ItaCenti now = value_of (b, key), was = l != NULL ? l->value : ITA_CENTI_NONE;
      g_autofree char *change = NULL;

      if (now == ITA_CENTI_NONE || was == ITA_CENTI_NONE || (now - was) * sign <= 0)
        continue;
      change = change_text (b, now, was);
      g_string_append_printf (s, "%s%s\u00A0%d\u00A0(%s)", s->len > 0 ? ", " : "",
                              TR (b, "ตัวชี้วัดที่", "indicator"), n, change);
    }
  return s->len > 0 ? ita_report_words (b, s->str) : NULL;
}

static void
add_years_summary (ItaReportBuilder *b)
{
  ItaReportYear *last = g_ptr_array_index (b->earlier, b->earlier->len - 1);
  ItaCenti now = ita_result_get_total (b->result)->value;
  ItaCenti was = ita_result_get_total (last->result)->value;
  g_autofree char *last_year = ita_report_fiscal_year (b, last->fiscal_year);
  g_autofree char *now_s = ita_report_score (b, now);
  g_autofree char *was_s = ita_report_score (b, was);
  g_autofree char *change = change_text (b, now, was);
  g_autofree char *up = moved_indicators (b, last->result, 1);
  g_autofree char *down = moved_indicators (b, last->result, -1);

  if (now == ITA_CENTI_NONE || was == ITA_CENTI_NONE)
    ita_report_add_para (b, ITA_REPORT_STYLE_BODY,
                         TR (b, "ยังเปรียบเทียบคะแนนรวมกับ%sไม่ได้ เพราะปีใดปีหนึ่งยังไม่มีคะแนนรวม",
                             "The totals cannot be compared with %s yet: one of the years has no total."),
                         last_year);
  else
    ita_report_add_para (b, ITA_REPORT_STYLE_BODY,
                         TR (b, "จากผลคะแนน เมื่อเทียบกับ%s คะแนนรวมเปลี่ยนจาก %s เป็น %s (%s คะแนน) "
                                "ตัวชี้วัดที่คะแนนเพิ่มขึ้น: %s ตัวชี้วัดที่คะแนนลดลง: %s",
                             "From the scores, against %s the total went from %s to %s (%s). Indicators that "
                             "went up: %s. Indicators that went down: %s."),
                         last_year, was_s, now_s, change, up != NULL ? up : TR (b, "ไม่มี", "none"),
                         down != NULL ? down : TR (b, "ไม่มี", "none"));
}

static void
add_comparison (Analysis *a)
{
  ItaReportBuilder *b = a->b;
  g_autoptr(GPtrArray) results = g_ptr_array_new ();
  ItaReportYear *last;

  section (a, "การเปรียบเทียบกับปีที่ผ่านมา", "Comparison with earlier years");
  if (b->earlier->len == 0)
    {
      ita_report_add_para (b, ITA_REPORT_STYLE_BODY,
                           TR (b, "ยังไม่มีผลของปีก่อนให้เปรียบเทียบ: ไฟล์นี้ยังไม่ได้เชื่อมโยงไฟล์ของปีที่ผ่านมา "
                                  "หรือเปิดไฟล์นั้นไม่ได้ เชื่อมโยงไฟล์ของปีก่อนในหน้าเปรียบเทียบ แล้วสร้างรายงานอีกครั้ง",
                               "There is no earlier year to compare with: no file of an earlier year is linked to "
                               "this one, or it could not be opened. Link last year's file in the Compare view and "
                               "make the report again."));
      return;
    }
  add_years_summary (b);
  add_years_table (b);
  for (guint i = 0; i < b->earlier->len; i++)
    g_ptr_array_add (results, ((ItaReportYear *) g_ptr_array_index (b->earlier, i))->result);
  g_ptr_array_add (results, b->result);
  {
    guint first = results->len > ITA_CHART_MAX_YEARS ? results->len - ITA_CHART_MAX_YEARS : 0;
    g_autoptr(ItaChartData) years = ita_chart_data_new_years ((ItaResult **) results->pdata + first,
                                                              results->len - first, b->agency->name);
    g_autoptr(ItaChartData) trend = ita_chart_data_new_trend ((ItaResult **) results->pdata, results->len,
                                                              b->agency->name);

    ita_report_add_chart (b, ITA_CHART_YEARS, years, 1.0, 0.62,
                          TR (b, "คะแนนรายตัวชี้วัดแต่ละปี", "Indicator scores year by year"));
    ita_report_add_chart (b, ITA_CHART_TREND, trend, 1.0, 0.5, TR (b, "แนวโน้มคะแนนรวม", "The total over the years"));
  }
  last = g_ptr_array_index (b->earlier, b->earlier->len - 1);
  {
    g_autoptr(ItaChartData) radar = ita_chart_data_new_radar (b->result, last->result, b->agency->name);

    ita_report_add_chart (b, ITA_CHART_RADAR, radar, 1.0, 0.7,
                          TR (b, "ตัวชี้วัดทั้ง 10 ตัว ปีนี้เทียบกับปีก่อน", "The ten indicators, this year against last"));
  }
}

/* Strengths and weak points ------------------------------------------------------- */

static void
add_category_list (ItaReportBuilder *b,
                   ItaCategory       category,
                   const char       *none)
{
  ItaReportList *list = NULL;

  for (int n = 1; n <= 10; n++)
    {
      const ItaIndicatorDef *def = ita_framework_get_indicator (b->edition, n);
      g_autofree char *key = indicator_key (n);
      g_autofree char *title = NULL;
      g_autofree char *score = NULL;
      g_autofree char *text = NULL;

      if (def == NULL || ita_result_get_category (b->result, key) != category)
        continue;
      if (list == NULL)
        list = ita_report_document_add_list (b->doc, FALSE);
      title = ita_report_indicator_title (b, def);
      score = ita_report_score (b, value_of (b, key));
      text = g_strdup_printf (TR (b, "%s %s คะแนน", "%s: %s"), title, score);
      ita_report_list_add_item (list, text);
    }
  if (list == NULL)
    ita_report_add_para (b, ITA_REPORT_STYLE_PLAIN, "%s", none);
}

/* The items below the raise threshold, lowest first. */
static GPtrArray *
weak_items (ItaReportBuilder *b)
{
  GPtrArray *items = g_ptr_array_new ();

  for (guint i = 0; i < ita_framework_get_n_items (b->edition); i++)
    {
      const ItaItemDef *item = ita_framework_get_item (b->edition, i);

      if (ita_result_get_category (b->result, item->code) == ITA_CATEGORY_IMPROVE)
        g_ptr_array_add (items, (gpointer) item);
    }
  return items;
}

static void
add_gains (ItaReportBuilder *b)
{
  GArray *gains = ita_result_get_gains (b->result);
  ItaReportList *list;

  if (gains == NULL || gains->len == 0)
    return;
  ita_report_add_heading (b, 3, "%s", TR (b, "ข้อที่เพิ่มคะแนนรวมได้มากที่สุด", "The items that would add most to the total"));
  ita_report_add_para (b, ITA_REPORT_STYLE_PLAIN, "%s",
                       TR (b, "จากการคำนวณ หากข้อต่อไปนี้ได้คะแนนเต็ม 100 คะแนนรวมจะเพิ่มขึ้นตามที่ระบุ",
                           "Computed: if these items scored 100, the total would rise by the points shown."))
    ->keep_with_next = TRUE;
  list = ita_report_document_add_list (b->doc, TRUE);
  for (guint i = 0; i < MIN (gains->len, 5); i++)
    {
      const ItaGain *g = &g_array_index (gains, ItaGain, i);
      const ItaItemDef *item = ita_framework_lookup_item (b->edition, g->item);
      g_autofree char *points = ita_report_score (b, g->points);
      g_autofree char *text = NULL;

      if (item == NULL)
        continue;
      text = ita_report_printf (b, TR (b, "%s %s: +%s คะแนน", "%s %s: +%s"), item->code,
                                ita_report_item_text (b, item), points);
      ita_report_list_add_item (list, text);
    }
}

static void
add_strengths (Analysis *a)
{
  ItaReportBuilder *b = a->b;
  g_autoptr(GPtrArray) weak = weak_items (b);
  g_autofree char *maintain = ita_report_score_short (b, b->thresholds.maintain);
  g_autofree char *raise = ita_report_score_short (b, b->thresholds.raise);

  section (a, "จุดแข็งและจุดที่ต้องพัฒนา", "Strengths and weak points");
  if (ita_result_get_grade (b->result) == NULL)
    {
      ita_report_add_para (b, ITA_REPORT_STYLE_BODY, "%s",
                           TR (b, "ยังระบุจุดแข็งและจุดที่ต้องพัฒนาไม่ได้ เพราะยังไม่มีคะแนน",
                               "Strengths and weak points cannot be named yet: there are no scores."));
      return;
    }
  ita_report_add_para (b, ITA_REPORT_STYLE_BODY, "%s",
                       TR (b, "จากผลคะแนน จัดตัวชี้วัดตามประเภทการดำเนินงานได้ดังนี้",
                           "From the scores, the indicators fall into these categories."));
  ita_report_add_heading (b, 3, TR (b, "จุดแข็ง: ประเภทรักษาระดับ (%s คะแนนขึ้นไป)", "Strengths: maintain (%s or more)"),
                          maintain);
  add_category_list (b, ITA_CATEGORY_MAINTAIN, TR (b, "ไม่มีตัวชี้วัดในประเภทนี้", "No indicator is in this category."));
  ita_report_add_heading (b, 3, TR (b, "ประเภทยกระดับ (%s – ต่ำกว่า %s คะแนน)", "Raise (%s to below %s)"), raise,
                          maintain);
  add_category_list (b, ITA_CATEGORY_RAISE, TR (b, "ไม่มีตัวชี้วัดในประเภทนี้", "No indicator is in this category."));
  ita_report_add_heading (b, 3, TR (b, "จุดที่ต้องพัฒนา: ประเภทต้องปรับปรุง (ต่ำกว่า %s คะแนน)",
                                    "Weak points: improve (below %s)"),
                          raise);
  add_category_list (b, ITA_CATEGORY_IMPROVE, TR (b, "ไม่มีตัวชี้วัดในประเภทนี้", "No indicator is in this category."));
  if (weak->len > 0)
    {
      ItaReportList *list;

      ita_report_add_para (b, ITA_REPORT_STYLE_PLAIN,
                           TR (b, "ข้อคำถามที่ได้ต่ำกว่า %s คะแนน (%u ข้อ):", "Items below %s (%u):"), raise,
                           weak->len)->keep_with_next = TRUE;
      list = ita_report_document_add_list (b->doc, FALSE);
      for (guint i = 0; i < weak->len; i++)
        {
          const ItaItemDef *item = g_ptr_array_index (weak, i);
          g_autofree char *score = ita_report_score_short (b, value_of (b, item->code));
          g_autofree char *text = ita_report_printf (b, TR (b, "%s %s (%s คะแนน)", "%s %s (%s)"), item->code,
                                                     ita_report_item_text (b, item), score);

          ita_report_list_add_item (list, text);
        }
    }
  add_gains (b);
}

/* Per indicator: the figures, then the officer's analysis. */
static char *
items_below (ItaReportBuilder *b,
             int               indicator)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < ita_framework_get_n_items (b->edition); i++)
    {
      const ItaItemDef *item = ita_framework_get_item (b->edition, i);
      ItaCategory c = ita_result_get_category (b->result, item->code);
      g_autofree char *score = NULL;

      if (item->indicator != indicator || (c != ITA_CATEGORY_IMPROVE && c != ITA_CATEGORY_RAISE))
        continue;
      score = ita_decimal_format_short (value_of (b, item->code), FALSE);
      g_string_append_printf (s, "%s%s (%s)", s->len > 0 ? ", " : "", item->code, score);
    }
  return s->len > 0 ? ita_report_words (b, s->str) : NULL;
}

static void
add_indicator_analysis (ItaReportBuilder      *b,
                        const ItaIndicatorDef *def)
{
  g_autofree char *key = indicator_key (def->number);
  g_autofree char *text_key = ita_text_key_for_indicator (def->number);
  g_autofree char *title = ita_report_indicator_title (b, def);
  g_autofree char *score = ita_report_score (b, value_of (b, key));
  g_autofree char *below = items_below (b, def->number);
  g_autofree char *raise = ita_report_score_short (b, b->thresholds.maintain);
  g_autoptr(GString) s = g_string_new (NULL);
  ItaReportParagraph *p;

  g_string_append_printf (s, TR (b, " ได้ %s คะแนน อยู่ในประเภท “%s”", ": %s, in the category “%s”"), score,
                          ita_report_category_label (b, ita_result_get_category (b->result, key)));
  if (b->earlier->len > 0)
    {
      ItaReportYear *last = g_ptr_array_index (b->earlier, b->earlier->len - 1);
      const ItaLevel *l = ita_result_get_level (last->result, key);
      ItaCenti now = value_of (b, key), was = l != NULL ? l->value : ITA_CENTI_NONE;
      g_autofree char *delta = ita_report_score (b, ABS (now - was));
      g_autofree char *year = ita_report_printf (b, "%d", last->fiscal_year);

      if (now != ITA_CENTI_NONE && was != ITA_CENTI_NONE && now > was)
        g_string_append_printf (s, TR (b, " เพิ่มขึ้น %s คะแนนจากปี %s", ", up %s from %s"), delta, year);
      else if (now != ITA_CENTI_NONE && was != ITA_CENTI_NONE && now < was)
        g_string_append_printf (s, TR (b, " ลดลง %s คะแนนจากปี %s", ", down %s from %s"), delta, year);
      else if (now != ITA_CENTI_NONE && was != ITA_CENTI_NONE)
        g_string_append_printf (s, TR (b, " เท่ากับปี %s", ", the same as in %s"), year);
    }
  if (value_of (b, key) != ITA_CENTI_NONE)
    {
      if (below != NULL)
        g_string_append_printf (s, TR (b, " ข้อที่ได้ต่ำกว่า %s คะแนน ได้แก่ %s", "; items below %s: %s"), raise, below);
      else
        g_string_append_printf (s, TR (b, " และทุกข้อได้ %s คะแนนขึ้นไป", "; every item scored %s or more"), raise);
    }
  g_string_append (s, TR (b, "", "."));
  p = ita_report_document_add_paragraph (b->doc, ITA_REPORT_STYLE_PLAIN, NULL);
  ita_report_paragraph_add_text (p, title, ITA_REPORT_RUN_BOLD);
  ita_report_paragraph_add_text (p, s->str, ITA_REPORT_RUN_PLAIN);
  ita_report_add_officer_text (b, text_key, ITA_REPORT_STYLE_BODY);
}

static void
add_analysis_by_indicator (Analysis *a)
{
  ItaReportBuilder *b = a->b;

  section (a, "ผลการวิเคราะห์รายตัวชี้วัด", "Analysis by indicator");
  ita_report_add_para (b, ITA_REPORT_STYLE_BODY, "%s",
                       TR (b, "ตัวเลขของแต่ละตัวชี้วัดมาจากผลคะแนน ข้อความที่ตามมา (ถ้ามี) เป็นข้อวิเคราะห์ของหน่วยงาน",
                           "The figures of each indicator come from the scores; the text after them, when there "
                           "is one, is the agency's analysis."));
  for (int n = 1; n <= 10; n++)
    {
      const ItaIndicatorDef *def = ita_framework_get_indicator (b->edition, n);

      if (def != NULL)
        add_indicator_analysis (b, def);
    }
}

/* Measures and limitations ---------------------------------------------------------- */

static gboolean
is_targeted (GPtrArray        *measures,
             const ItaItemDef *item)
{
  g_autofree char *ind = indicator_key (item->indicator);

  for (guint i = 0; i < measures->len; i++)
    {
      ItaMeasure *m = g_ptr_array_index (measures, i);

      for (guint k = 0; m->targets[k] != NULL; k++)
        if (g_str_equal (m->targets[k], item->code) || g_str_equal (m->targets[k], ind))
          return TRUE;
    }
  return FALSE;
}

static void
add_measures (Analysis *a)
{
  ItaReportBuilder *b = a->b;
  g_autoptr(GPtrArray) all = ita_project_get_measures (b->project);
  g_autoptr(GPtrArray) measures = g_ptr_array_new ();
  g_autoptr(GPtrArray) weak = weak_items (b);
  g_autoptr(GString) open = g_string_new (NULL);
  g_autofree char *year = NULL;

  for (guint i = 0; i < all->len; i++)
    if (((ItaMeasure *) g_ptr_array_index (all, i))->status != ITA_MEASURE_CANCELLED)
      g_ptr_array_add (measures, g_ptr_array_index (all, i));
  year = ita_report_fiscal_year (b, ita_report_measures_year (b, measures));
  ita_report_add_heading (b, 1, TR (b, "%u. การนำผลการวิเคราะห์สู่การปฏิบัติใน%s", "%u. Putting the analysis to work in %s"),
                          ++a->section, year);
  if (measures->len == 0)
    ita_report_add_para (b, ITA_REPORT_STYLE_BODY, "%s",
                         TR (b, "ยังไม่มีมาตรการในไฟล์นี้: เพิ่มมาตรการในหน้าแผนปฏิบัติการ แล้วสร้างรายงานอีกครั้ง",
                             "There are no measures in this file yet: add them in the Action plan view and make "
                             "the report again."));
  else
    {
      ita_report_add_para (b, ITA_REPORT_STYLE_BODY,
                           TR (b, "หน่วยงานกำหนดมาตรการ %u มาตรการเพื่อตอบผลการวิเคราะห์ จัดตามตัวชี้วัดที่มุ่งยกระดับ (ตารางที่ %u)",
                               "The agency set %u measures to answer the analysis, by the indicator they aim at "
                               "(Table %u)."),
                           measures->len, b->n_tables + 1);
      ita_report_add_measures_table (b, measures);
    }
  for (guint i = 0; i < weak->len; i++)
    {
      const ItaItemDef *item = g_ptr_array_index (weak, i);

      if (!is_targeted (measures, item))
        g_string_append_printf (open, "%s%s", open->len > 0 ? ", " : "", item->code);
    }
  if (open->len > 0)
    {
      g_autofree char *codes = ita_report_words (b, open->str);

      ita_report_add_para (b, ITA_REPORT_STYLE_BODY,
                           TR (b, "ข้อที่อยู่ในประเภทต้องปรับปรุงแต่ยังไม่มีมาตรการใดมุ่งที่ข้อนั้นหรือตัวชี้วัดของข้อนั้น: %s",
                               "Items in the category “improve” that no measure aims at (nor at their indicator): %s."),
                           codes);
    }
}

static void
add_limitations (Analysis *a)
{
  ItaReportBuilder *b = a->b;
  g_autoptr(GPtrArray) limitations = ita_project_get_limitations (b->project);
  ItaReportList *list;

  section (a, "ข้อจำกัด", "Limitations");
  if (limitations->len == 0)
    {
      ita_report_add_para (b, ITA_REPORT_STYLE_BODY, "%s",
                           TR (b, "ยังไม่ได้บันทึกข้อจำกัด: บันทึกข้อจำกัดด้านบุคลากร งบประมาณ เทคโนโลยี หรือระบุว่าไม่มีข้อจำกัด "
                                  "ในหน้าแผนปฏิบัติการ",
                               "No limitations are recorded yet: record those of staff, budget or technology, or "
                               "say there are none, in the Action plan view."));
      return;
    }
  list = ita_report_document_add_list (b->doc, TRUE);
  for (guint i = 0; i < limitations->len; i++)
    {
      ItaLimitation *l = g_ptr_array_index (limitations, i);
      static const char * const kinds_th[] = { "ไม่มีข้อจำกัด", "ด้านบุคลากร", "ด้านงบประมาณ", "ด้านเทคโนโลยี",
                                               "ด้านระยะเวลา", "ด้านอื่น ๆ" };
      static const char * const kinds_en[] = { "No limitations", "Staff", "Budget", "Technology", "Time", "Other" };
      const char *kind = TR (b, kinds_th[MIN (l->kind, 5)], kinds_en[MIN (l->kind, 5)]);
      g_autofree char *text = *l->text != '\0' ? g_strdup_printf ("%s: %s", kind, l->text) : g_strdup (kind);
      g_autofree char *words = ita_report_words (b, text);

      ita_report_list_add_item (list, words);
    }
}

void
ita_report_build_analysis (ItaReportBuilder *b)
{
  Analysis a = { b, 0 };

  g_autofree char *intro = ita_project_get_text (b->project, ITA_TEXT_INTRODUCTION);

  add_cover (&a);
  if (intro != NULL && *g_strstrip (intro) != '\0')
    {
      section (&a, "บทนำ", "Introduction");
      ita_report_add_officer_text (b, ITA_TEXT_INTRODUCTION, ITA_REPORT_STYLE_BODY);
    }
  add_in_brief (&a);
  add_results (&a);
  add_comparison (&a);
  add_strengths (&a);
  add_analysis_by_indicator (&a);
  add_measures (&a);
  add_limitations (&a);
  ita_report_add_source_note (b);
  ita_report_add_signature (b, TR (b, "ผู้จัดทำรายงาน", "Prepared by"));
}
