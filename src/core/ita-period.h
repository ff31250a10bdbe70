/* ita-period.h: the data-period rule of an OIT item, resolved against the
 * project's fiscal year
 *
 * A framework item says which data the consultants expect ("data of the
 * assessed year", "report of the previous year", "first six months"); the
 * officer needs it with the years filled in: "ข้อมูลปีงบประมาณ พ.ศ. 2568",
 * "รายงานของปี พ.ศ. 2567", "6 เดือนแรก: ต.ค. 2567 – มี.ค. 2568". Both
 * languages are available whatever the interface language is, like the
 * chart texts, because a Thai handout may be printed from an English
 * session.
 */
#pragma once

#include "ita-framework.h"

G_BEGIN_DECLS

/* The rule as in the framework files: "none", "current_fy", "previous_fy",
 * "current_fy_first_half", "channel", "unknown". */
const char *ita_period_rule_to_string (ItaPeriodRule rule);

/* The rule resolved against fiscal_year (BE), in Thai or English:
 *   none                   "ข้อมูลที่เป็นปัจจุบัน (ไม่กำหนดช่วงเวลา)"
 *   current_fy             "ข้อมูลปีงบประมาณ พ.ศ. 2568"
 *   previous_fy            "รายงานของปี พ.ศ. 2567"
 *   current_fy_first_half  "6 เดือนแรก: ต.ค. 2567 – มี.ค. 2568"
 *   channel                "ช่องทางที่ใช้งานได้ (ไม่กำหนดช่วงเวลา)"
 *   unknown                "ยังไม่ทราบช่วงเวลาของข้อมูล"
 * thai_digits writes the numbers in Thai digits. Never NULL. */
char       *ita_period_describe_rule  (ItaPeriodRule rule,
                                       int           fiscal_year,
                                       gboolean      thai,
                                       gboolean      thai_digits);

/* ita_period_describe_rule() of the item's rule. */
char       *ita_period_describe       (const ItaItemDef *item,
                                       int               fiscal_year,
                                       gboolean          thai,
                                       gboolean          thai_digits);

/* The descriptor as the edition publishes it, with its years filled in
 * ("ทั้งนี้ จะต้องเป็นข้อมูลของปี พ.ศ. 2568" for "… ของปีที่ประเมิน"): it is
 * Thai in both languages, being NACC's own words. NULL when the edition
 * has no descriptor for the item. */
char       *ita_period_published      (const ItaItemDef *item,
                                       int               fiscal_year,
                                       gboolean          thai_digits);

/* The days a rule covers for fiscal_year: the whole year (current_fy),
 * the previous year (previous_fy), 1 Oct – 31 Mar (first half). FALSE,
 * with both dates cleared, for none, channel and unknown. */
gboolean    ita_period_get_range      (ItaPeriodRule  rule,
                                       int            fiscal_year,
                                       GDate         *first,
                                       GDate         *last);

G_END_DECLS
