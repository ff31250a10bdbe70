/* ita-period.c: the data-period rule of an OIT item, resolved against the
 * project's fiscal year (both languages: see ita-period.h) */
#include "config.h"

#include <string.h>

#include "ita-period.h"
#include "ita-thai.h"

static const char * const rule_names[] = {
  [ITA_PERIOD_NONE] = "none",
  [ITA_PERIOD_CURRENT_FY] = "current_fy",
  [ITA_PERIOD_PREVIOUS_FY] = "previous_fy",
  [ITA_PERIOD_CURRENT_FY_FIRST_HALF] = "current_fy_first_half",
  [ITA_PERIOD_CHANNEL] = "channel",
  [ITA_PERIOD_UNKNOWN] = "unknown",
};

static const char * const month_abbrev_en[12] = {
  "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

/* The placeholders of framework-format.md's descriptors. */
#define ASSESSED_YEAR "ปีที่ประเมิน"
#define PREVIOUS_YEAR "ปีที่ผ่านมา"

const char *
ita_period_rule_to_string (ItaPeriodRule rule)
{
  g_return_val_if_fail ((guint) rule < G_N_ELEMENTS (rule_names), "unknown");
  return rule_names[rule];
}

gboolean
ita_period_get_range (ItaPeriodRule  rule,
                      int            fiscal_year,
                      GDate         *first,
                      GDate         *last)
{
  g_return_val_if_fail (first != NULL && last != NULL, FALSE);

  g_date_clear (first, 1);
  g_date_clear (last, 1);
  switch (rule)
    {
    case ITA_PERIOD_CURRENT_FY:
      ita_fiscal_year_range (fiscal_year, first, last);
      return TRUE;
    case ITA_PERIOD_PREVIOUS_FY:
      ita_fiscal_year_range (fiscal_year - 1, first, last);
      return TRUE;
    case ITA_PERIOD_CURRENT_FY_FIRST_HALF:
      ita_fiscal_year_range (fiscal_year, first, last);
      /* 1 Oct – 31 Mar */
      g_date_set_dmy (last, 31, G_DATE_MARCH, g_date_get_year (first) + 1);
      return TRUE;
    case ITA_PERIOD_NONE:
    case ITA_PERIOD_CHANNEL:
    case ITA_PERIOD_UNKNOWN:
    default:
      return FALSE;
    }
}

/* "ต.ค. 2567" or "Oct 2024" */
static char *
month_year (const GDate *date,
            gboolean     thai)
{
  int month = g_date_get_month (date);
  int year = g_date_get_year (date);

  if (thai)
    return g_strdup_printf ("%s %d", ita_thai_month_abbrev (month), year + ITA_BE_OFFSET);
  return g_strdup_printf ("%s %d", month_abbrev_en[month - 1], year);
}

static char *
first_half (int      fiscal_year,
            gboolean thai)
{
  GDate first, last;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  ita_period_get_range (ITA_PERIOD_CURRENT_FY_FIRST_HALF, fiscal_year, &first, &last);
  from = month_year (&first, thai);
  to = month_year (&last, thai);
  if (thai)
    return g_strdup_printf ("6 เดือนแรก: %s – %s", from, to);
  return g_strdup_printf ("First 6 months: %s – %s", from, to);
}

static char *
digits (char     *text,
        gboolean  thai_digits)
{
  char *converted;

  if (!thai_digits)
    return text;
  converted = ita_thai_digits_from_ascii (text);
  g_free (text);
  return converted;
}

char *
ita_period_describe_rule (ItaPeriodRule rule,
                          int           fiscal_year,
                          gboolean      thai,
                          gboolean      thai_digits)
{
  char *text;

  switch (rule)
    {
    case ITA_PERIOD_NONE:
      text = g_strdup (thai ? "ข้อมูลที่เป็นปัจจุบัน (ไม่กำหนดช่วงเวลา)" : "Current information (no period)");
      break;
    case ITA_PERIOD_CURRENT_FY:
      text = thai ? g_strdup_printf ("ข้อมูลปีงบประมาณ พ.ศ. %d", fiscal_year)
                  : g_strdup_printf ("Data of fiscal year %d", fiscal_year);
      break;
    case ITA_PERIOD_PREVIOUS_FY:
      text = thai ? g_strdup_printf ("รายงานของปี พ.ศ. %d", fiscal_year - 1)
                  : g_strdup_printf ("Report of fiscal year %d", fiscal_year - 1);
      break;
    case ITA_PERIOD_CURRENT_FY_FIRST_HALF:
      text = first_half (fiscal_year, thai);
      break;
    case ITA_PERIOD_CHANNEL:
      text = g_strdup (thai ? "ช่องทางที่ใช้งานได้ (ไม่กำหนดช่วงเวลา)" : "A working channel (no period)");
      break;
    case ITA_PERIOD_UNKNOWN:
    default:
      text = g_strdup (thai ? "ยังไม่ทราบช่วงเวลาของข้อมูล" : "Data period not known");
      break;
    }
  return digits (text, thai_digits);
}

char *
ita_period_describe (const ItaItemDef *item,
                     int               fiscal_year,
                     gboolean          thai,
                     gboolean          thai_digits)
{
  g_return_val_if_fail (item != NULL, NULL);

  return ita_period_describe_rule (item->period, fiscal_year, thai, thai_digits);
}

/* Replaces every placeholder in text by "ปี พ.ศ. <year>". */
static void
fill_year (GString    *text,
           const char *placeholder,
           int         year)
{
  g_autofree char *with = g_strdup_printf ("ปี พ.ศ. %d", year);

  g_string_replace (text, placeholder, with, 0);
}

char *
ita_period_published (const ItaItemDef *item,
                      int               fiscal_year,
                      gboolean          thai_digits)
{
  GString *text;

  g_return_val_if_fail (item != NULL, NULL);

  if (item->period_text_th == NULL || *item->period_text_th == '\0')
    return NULL;
  text = g_string_new (item->period_text_th);
  fill_year (text, ASSESSED_YEAR, fiscal_year);
  fill_year (text, PREVIOUS_YEAR, fiscal_year - 1);
  return digits (g_string_free (text, FALSE), thai_digits);
}
