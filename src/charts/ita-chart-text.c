/* ita-chart-text.c: the words written on charts, in both languages */
#include "config.h"

#include <string.h>

#include "ita-chart-layout.h"
#include "ita-chart-text-private.h"
#include "ita-thai.h"

typedef struct {
  const char *en;
  const char *th;
} TextPair;

static const TextPair texts[ITA_CHART_N_TEXTS] = {
  [ITA_CHART_TEXT_TITLE_INDICATORS] = { "ITA scores by indicator", "ผลคะแนน ITA รายตัวชี้วัด" },
  [ITA_CHART_TEXT_TITLE_TOOLS] = { "What each tool adds to the total", "คะแนนที่แต่ละเครื่องมือสร้างให้คะแนนรวม" },
  [ITA_CHART_TEXT_TITLE_GAUGE] = { "ITA total score and grade", "คะแนนรวม ITA และระดับผลการประเมิน" },
  [ITA_CHART_TEXT_TITLE_YEARS] = { "Indicator scores year by year", "เปรียบเทียบคะแนนรายตัวชี้วัดแต่ละปี" },
  [ITA_CHART_TEXT_TITLE_TREND] = { "ITA total over the years", "แนวโน้มคะแนนรวม ITA" },
  [ITA_CHART_TEXT_TITLE_RADAR] = { "The ten indicators, this year against last", "ตัวชี้วัดทั้ง 10 ตัว ปีนี้เทียบกับปีก่อน" },
  [ITA_CHART_TEXT_TITLE_OIT] = { "OIT evidence on the website", "ความคืบหน้าการเผยแพร่ข้อมูล OIT" },
  [ITA_CHART_TEXT_TITLE_TIMELINE] = { "Action plan timeline", "ปฏิทินการดำเนินงานตามมาตรการ" },
  [ITA_CHART_TEXT_NO_DATA] = { "No data yet", "ยังไม่มีข้อมูล" },
  [ITA_CHART_TEXT_HINT_SCORES] = { "Enter the scores in the Scores view and this chart will show them.",
                                   "กรอกคะแนนในหน้าคะแนน แล้วแผนภูมินี้จะแสดงผล" },
  [ITA_CHART_TEXT_HINT_YEARS] = { "Link the files of earlier years in the Compare view to compare them.",
                                  "เชื่อมโยงไฟล์ของปีก่อน ๆ ในหน้าเปรียบเทียบ เพื่อแสดงผลหลายปี" },
  [ITA_CHART_TEXT_HINT_OIT] = { "Check the OIT items in the OIT checklist view.",
                                "ตรวจสอบรายการข้อมูล OIT ในหน้ารายการตรวจสอบ OIT" },
  [ITA_CHART_TEXT_HINT_MEASURES] = { "Add measures in the Action plan view.",
                                     "เพิ่มมาตรการในหน้าแผนปฏิบัติการ" },
  [ITA_CHART_TEXT_SCORE_AXIS] = { "Score", "คะแนน" },
  [ITA_CHART_TEXT_POINTS_AXIS] = { "Points of the total (out of 100)", "คะแนนที่ได้ในคะแนนรวม (เต็ม 100)" },
  [ITA_CHART_TEXT_ITEMS_AXIS] = { "Number of items", "จำนวนข้อ" },
  [ITA_CHART_TEXT_FISCAL_YEAR_AXIS] = { "Fiscal year", "ปีงบประมาณ" },
  [ITA_CHART_TEXT_PASS_MARK] = { "Pass mark %s", "เกณฑ์ผ่าน %s" },
  [ITA_CHART_TEXT_AT_OR_ABOVE_PASS] = { "Passes (%s or more)", "ผ่านเกณฑ์ (%s ขึ้นไป)" },
  [ITA_CHART_TEXT_BELOW_PASS] = { "Below %s", "ต่ำกว่าเกณฑ์ %s" },
  [ITA_CHART_TEXT_BELOW_RAISE] = { "Below %s: improve next year", "ต่ำกว่า %s: ต้องปรับปรุงในปีถัดไป" },
  [ITA_CHART_TEXT_PASS_MARK_GRADE] = { "Pass mark %s (the grade)", "เกณฑ์ผ่าน %s (ระดับผลการประเมิน)" },
  [ITA_CHART_TEXT_NO_SCORE] = { "no score", "ไม่มีคะแนน" },
  [ITA_CHART_TEXT_TOTAL] = { "Total", "คะแนนรวม" },
  [ITA_CHART_TEXT_OF_WEIGHT] = { "%s of %s", "%s จาก %s" },
  [ITA_CHART_TEXT_TOOL_SCORE] = { "score %s × weight %s%%", "คะแนน %s × น้ำหนัก %s%%" },
  [ITA_CHART_TEXT_THIS_YEAR] = { "%s (this year)", "%s (ปีนี้)" },
  [ITA_CHART_TEXT_LAST_YEAR] = { "%s (last year, in brackets)", "%s (ปีก่อน ค่าในวงเล็บ)" },
  [ITA_CHART_TEXT_OIT_HAVE] = { "Published", "มี" },
  [ITA_CHART_TEXT_OIT_INCOMPLETE] = { "Incomplete", "ไม่สมบูรณ์" },
  [ITA_CHART_TEXT_OIT_MISSING] = { "Missing", "ไม่มี" },
  [ITA_CHART_TEXT_OIT_UNCHECKED] = { "Not checked", "ยังไม่ตรวจ" },
  [ITA_CHART_TEXT_HAVE_OF] = { "%s of %s published", "มี %s จาก %s ข้อ" },
  [ITA_CHART_TEXT_MEASURE_PLANNED] = { "Planned", "ยังไม่เริ่ม" },
  [ITA_CHART_TEXT_MEASURE_IN_PROGRESS] = { "In progress", "กำลังดำเนินการ" },
  [ITA_CHART_TEXT_MEASURE_DONE] = { "Done", "ดำเนินการแล้ว" },
  [ITA_CHART_TEXT_MORE_MEASURES] = { "and %s more measures", "และอีก %s มาตรการ" },
  [ITA_CHART_TEXT_GRADE] = { "Grade: %s", "ระดับ %s" },
  [ITA_CHART_TEXT_BAND_NEEDS_TOOLS] = { "%s: %s or more and every tool %s or more",
                                        "%s: %s ขึ้นไป และทุกเครื่องมือ %s ขึ้นไป" },
  [ITA_CHART_TEXT_OIT_PART] = { "Indicator %s", "ตัวชี้วัดที่ %s" },
};

static const char *month_abbrev_en[12] = {
  "Jan", "Feb", "Mar", "Apr", "May", "Jun",
  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

const char *
ita_chart_text (const ItaChartStyle *style,
                ItaChartTextId       id)
{
  g_return_val_if_fail (style != NULL, "");
  g_return_val_if_fail (id < ITA_CHART_N_TEXTS, "");

  return style->language == ITA_CHART_LANG_TH ? texts[id].th : texts[id].en;
}

const char *
ita_chart_pick (const ItaChartStyle *style,
                const char          *th,
                const char          *en)
{
  gboolean want_th = style->language == ITA_CHART_LANG_TH;
  const char *first = want_th ? th : en;
  const char *second = want_th ? en : th;

  if (first != NULL && *first != '\0')
    return first;
  return second != NULL ? second : "";
}

char *
ita_chart_digits (const ItaChartStyle *style,
                  const char          *text)
{
  if (text == NULL)
    return g_strdup ("");
  if (!style->thai_digits)
    return g_strdup (text);
  return ita_thai_digits_from_ascii (text);
}

char *
ita_chart_format_value (const ItaChartStyle *style,
                        ItaCenti             value)
{
  return ita_decimal_format (value, style->thai_digits);
}

char *
ita_chart_format_short (const ItaChartStyle *style,
                        ItaCenti             value)
{
  return ita_decimal_format_short (value, style->thai_digits);
}

char *
ita_chart_format_int (const ItaChartStyle *style,
                      gint64               value)
{
  g_autofree char *ascii = g_strdup_printf ("%" G_GINT64_FORMAT, value);

  return ita_chart_digits (style, ascii);
}

char *
ita_chart_format_fiscal_year (const ItaChartStyle *style,
                              int                  year_be)
{
  g_autofree char *year = ita_chart_format_int (style, year_be);

  if (style->language == ITA_CHART_LANG_TH)
    return g_strdup_printf ("ปีงบประมาณ พ.ศ.\u00a0%s", year);
  return g_strdup_printf ("FY %s", year);
}

const char *
ita_chart_month_abbrev (const ItaChartStyle *style,
                        int                  month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, "");

  if (style->language == ITA_CHART_LANG_TH)
    return ita_thai_month_abbrev (month);
  return month_abbrev_en[month - 1];
}

const char *
ita_chart_title (const ItaChartStyle *style,
                 ItaChartKind         kind)
{
  g_return_val_if_fail (kind < ITA_CHART_N_KINDS, "");

  return ita_chart_text (style, ITA_CHART_TEXT_TITLE_INDICATORS + kind);
}

char *
ita_chart_subtitle (const ItaChartStyle *style,
                    const ItaChartData  *data)
{
  g_autofree char *year = NULL;

  if (data->fiscal_year > 0)
    year = ita_chart_format_fiscal_year (style, data->fiscal_year);

  if (data->agency != NULL && *data->agency != '\0' && year != NULL)
    return g_strdup_printf ("%s · %s", data->agency, year);
  if (year != NULL)
    return g_steal_pointer (&year);
  return g_strdup (data->agency != NULL ? data->agency : "");
}

const char *
ita_chart_get_title (const ItaChartStyle *style,
                     ItaChartKind         kind)
{
  g_return_val_if_fail (style != NULL, "");

  return ita_chart_title (style, kind);
}

char *
ita_chart_get_subtitle (const ItaChartStyle *style,
                        const ItaChartData  *data)
{
  g_return_val_if_fail (style != NULL, NULL);
  g_return_val_if_fail (data != NULL, NULL);

  return ita_chart_subtitle (style, data);
}
