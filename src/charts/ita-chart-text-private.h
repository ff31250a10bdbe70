/* ita-chart-text-private.h: the words written on charts, in both languages
 *
 * A chart's language is a chart option, not the interface's locale (the
 * officer may run the program in English and still present in Thai), so
 * the chart texts carry both languages here, the way the framework files
 * carry name_th and name_en, instead of going through gettext.
 */
#pragma once

#include "ita-chart-data.h"
#include "ita-chart-style.h"

G_BEGIN_DECLS

typedef enum {
  ITA_CHART_TEXT_TITLE_INDICATORS,
  ITA_CHART_TEXT_TITLE_TOOLS,
  ITA_CHART_TEXT_TITLE_GAUGE,
  ITA_CHART_TEXT_TITLE_YEARS,
  ITA_CHART_TEXT_TITLE_TREND,
  ITA_CHART_TEXT_TITLE_RADAR,
  ITA_CHART_TEXT_TITLE_OIT,
  ITA_CHART_TEXT_TITLE_TIMELINE,
  ITA_CHART_TEXT_NO_DATA,
  ITA_CHART_TEXT_HINT_SCORES,
  ITA_CHART_TEXT_HINT_YEARS,
  ITA_CHART_TEXT_HINT_OIT,
  ITA_CHART_TEXT_HINT_MEASURES,
  ITA_CHART_TEXT_SCORE_AXIS,        /* "คะแนน" */
  ITA_CHART_TEXT_POINTS_AXIS,       /* "คะแนนที่ได้ต่อคะแนนรวม" */
  ITA_CHART_TEXT_ITEMS_AXIS,        /* "จำนวนข้อ" */
  ITA_CHART_TEXT_FISCAL_YEAR_AXIS,  /* "ปีงบประมาณ" */
  ITA_CHART_TEXT_PASS_MARK,         /* "เกณฑ์ผ่าน %s" */
  ITA_CHART_TEXT_AT_OR_ABOVE_PASS,  /* "ผ่านเกณฑ์ (%s ขึ้นไป)" */
  ITA_CHART_TEXT_BELOW_PASS,        /* "ต่ำกว่าเกณฑ์ %s" */
  ITA_CHART_TEXT_BELOW_RAISE,       /* "ต่ำกว่า %s: ต้องปรับปรุงในปีถัดไป" */
  ITA_CHART_TEXT_PASS_MARK_GRADE,   /* "เกณฑ์ผ่าน %s (ระดับผลการประเมิน)" */
  ITA_CHART_TEXT_NO_SCORE,          /* "ไม่มีคะแนน" */
  ITA_CHART_TEXT_TOTAL,             /* "คะแนนรวม" */
  ITA_CHART_TEXT_OF_WEIGHT,         /* "%s จาก %s" */
  ITA_CHART_TEXT_TOOL_SCORE,        /* "คะแนน %s × น้ำหนัก %s%%" */
  ITA_CHART_TEXT_THIS_YEAR,         /* "%s (ปีนี้)" */
  ITA_CHART_TEXT_LAST_YEAR,         /* "%s (ปีก่อน ค่าในวงเล็บ)" */
  ITA_CHART_TEXT_OIT_HAVE,
  ITA_CHART_TEXT_OIT_INCOMPLETE,
  ITA_CHART_TEXT_OIT_MISSING,
  ITA_CHART_TEXT_OIT_UNCHECKED,
  ITA_CHART_TEXT_HAVE_OF,           /* "มี %s จาก %s ข้อ" */
  ITA_CHART_TEXT_MEASURE_PLANNED,
  ITA_CHART_TEXT_MEASURE_IN_PROGRESS,
  ITA_CHART_TEXT_MEASURE_DONE,
  ITA_CHART_TEXT_MORE_MEASURES,     /* "และอีก %s มาตรการ" */
  ITA_CHART_TEXT_GRADE,             /* "ระดับ %s" */
  ITA_CHART_TEXT_BAND_NEEDS_TOOLS,  /* "%s: %s ขึ้นไป และทุกเครื่องมือ %s ขึ้นไป" */
  ITA_CHART_TEXT_OIT_PART,          /* "ตัวชี้วัดที่ %s" (OIT category without a name) */
  ITA_CHART_N_TEXTS
} ItaChartTextId;

const char *ita_chart_text            (const ItaChartStyle *style,
                                       ItaChartTextId       id);
/* The language's member of a pair; falls back to the other when NULL/"". */
const char *ita_chart_pick            (const ItaChartStyle *style,
                                       const char          *th,
                                       const char          *en);
/* "99.78" or "๙๙.๗๘" */
char       *ita_chart_format_value    (const ItaChartStyle *style,
                                       ItaCenti             value);
/* "100", "85.50" */
char       *ita_chart_format_short    (const ItaChartStyle *style,
                                       ItaCenti             value);
char       *ita_chart_format_int      (const ItaChartStyle *style,
                                       gint64               value);
/* Applies the style's digits to any text (years, codes). */
char       *ita_chart_digits          (const ItaChartStyle *style,
                                       const char          *text);
/* "ปีงบประมาณ พ.ศ. 2568" / "FY 2568" */
char       *ita_chart_format_fiscal_year (const ItaChartStyle *style,
                                          int                  year_be);
/* Month m (1…12) abbreviated: "ต.ค." / "Oct" */
const char *ita_chart_month_abbrev    (const ItaChartStyle *style,
                                       int                  month);
/* The chart's title and its subtitle (agency · fiscal year). */
const char *ita_chart_title           (const ItaChartStyle *style,
                                       ItaChartKind         kind);
char       *ita_chart_subtitle        (const ItaChartStyle *style,
                                       const ItaChartData  *data);

G_END_DECLS
