/* ita-thai.h: Thai digits, Buddhist-era fiscal years and Thai dates */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Returns a copy of text with Thai digits ๐–๙ replaced by 0–9. */
char     *ita_thai_digits_to_ascii   (const char *text);

/* Returns a copy of text with ASCII digits 0–9 replaced by ๐–๙. */
char     *ita_thai_digits_from_ascii (const char *text);

/* Fiscal year FY (BE) runs 1 Oct (FY-1) – 30 Sep FY, in BE. CE = BE − 543. */
#define ITA_BE_OFFSET 543

/* The first and last day of fiscal year fy_be as GDate (CE inside). */
void      ita_fiscal_year_range      (int    fy_be,
                                      GDate *first,
                                      GDate *last);

/* The BE fiscal year a date falls in. */
int       ita_fiscal_year_of_date    (const GDate *date);

/* Thai month names, month 1…12: full ("ตุลาคม") and abbreviated ("ต.ค."). */
const char *ita_thai_month_name      (int month);
const char *ita_thai_month_abbrev    (int month);

/* "1 ตุลาคม 2567" (full) or "1 ต.ค. 67" (abbreviated) with optional Thai
 * digits; in English "1 Oct 2024". */
char     *ita_thai_format_date       (const GDate *date,
                                      gboolean     abbreviated,
                                      gboolean     thai_digits);

/* English form for an English UI: "1 October 2024" or, abbreviated,
 * "1 Oct 2024" (CE year). */
char     *ita_format_date_en         (const GDate *date,
                                      gboolean     abbreviated);

/* Parses "2567-10-01" (ISO, CE or BE year: a year above 2400 is taken as
 * BE), "1/10/2567" (d/m/BE) or "1 ต.ค. 2567"/"1 ตุลาคม 2567", Thai digits
 * allowed. Returns FALSE with a user-actionable G_IO_ERROR_INVALID_DATA. */
gboolean  ita_thai_parse_date        (const char  *text,
                                      GDate       *out,
                                      GError     **error);

/* A language for text core writes itself (CSV dates, accepted suggested
 * measures). INTERFACE is the language of the translation in use: Thai
 * when the Thai catalogue is active, English otherwise. */
typedef enum {
  ITA_LANGUAGE_INTERFACE,
  ITA_LANGUAGE_THAI,
  ITA_LANGUAGE_ENGLISH,
} ItaLanguage;

/* TRUE for THAI, FALSE for ENGLISH; INTERFACE resolved as above. */
gboolean  ita_language_is_thai       (ItaLanguage  language);
/* "th", "en" (also "interface"); FALSE for anything else. */
gboolean  ita_language_from_string   (const char  *name,
                                      ItaLanguage *out);

/* Amounts of money are gint64 satang (hundredths of a baht), never
 * double. "1,250,000.00" (thousands separators, two decimals), with
 * thai_digits "๑,๒๕๐,๐๐๐.๐๐". satang ≥ 0. */
char     *ita_format_amount          (gint64       satang,
                                      gboolean     thai_digits);
/* The amount with its unit: "1,250,000.00 บาท" (Thai) or
 * "1,250,000.00 baht" (English). */
char     *ita_format_baht            (gint64       satang,
                                      ItaLanguage  language,
                                      gboolean     thai_digits);
/* Parses an amount as typed: ASCII or Thai digits, optional thousands
 * separators (in groups of three), at most two decimals, an optional
 * unit "บาท" or "baht" after it, surrounding spaces. 0 … 10^12 baht.
 * Returns FALSE with a user-actionable G_IO_ERROR_INVALID_DATA. */
gboolean  ita_parse_baht             (const char  *text,
                                      gint64      *satang,
                                      GError     **error);
/* text with a no-break space (U+00A0) for the space between "พ.ศ.",
 * "ค.ศ.", "ปี" or "FY" and the year after it (ASCII or Thai digits), so that a
 * line never breaks between them ("พ.ศ. 2567" stays whole). */
char     *ita_thai_bind_years        (const char  *text);

G_END_DECLS
