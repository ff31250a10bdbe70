/* ita-report-build.h: the documents the agency publishes, written from a
 * project
 *
 * Four documents (the names are the contract of `ita-cli report
 * --document`):
 *   analysis  รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส: cover, the
 *             assessment in brief, the results with the next-year category
 *             of every level, the comparison with earlier years, strengths
 *             and weak points, the measures that answer them, limitations,
 *             charts
 *   measures  มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
 *   progress  รายงานผลการดำเนินการตามมาตรการ, up to a date
 *   oit       the OIT handout of a unit: its items, what to publish, the data
 *             period, due dates, URLs
 *
 * Every sentence the application writes is made from the figures and says
 * which; the officer's own words come from the project's texts
 * (ita_project_get_text) and are printed as typed. A project with nothing
 * in it still gives a valid document that says what is missing.
 *
 * The words are in the document's language (an option, independent of
 * the interface's locale, as for the charts), so they are carried in both
 * languages in the builders instead of going through gettext; errors are
 * translated.
 */
#pragma once

#include "ita-project.h"
#include "ita-years.h"
#include "ita-report-document.h"

G_BEGIN_DECLS

typedef enum {
  ITA_REPORT_ANALYSIS,
  ITA_REPORT_MEASURES,
  ITA_REPORT_PROGRESS,
  ITA_REPORT_OIT,
  ITA_REPORT_N_KINDS
} ItaReportKind;

/* "analysis", "measures", "progress", "oit" */
const char *ita_report_kind_to_string   (ItaReportKind  kind);
gboolean    ita_report_kind_from_string (const char    *name,
                                         ItaReportKind *out);

/* One earlier year to compare with: plain data the caller gathers
 * (ita_report_years_from() makes them from the linked years). */
typedef struct {
  int           fiscal_year;   /* BE */
  ItaResult    *result;        /* owned */
  ItaFramework *edition;       /* owned reference */
} ItaReportYear;

/* Takes result; refs edition. */
ItaReportYear *ita_report_year_new  (int           fiscal_year,
                                     ItaResult    *result,
                                     ItaFramework *edition);
void           ita_report_year_free (ItaReportYear *year);
/* The earlier years of years that have a result, oldest first (of
 * ItaReportYear, transfer full); years NULL gives an empty array. */
GPtrArray     *ita_report_years_from (ItaYears *years);

typedef struct {
  ItaReportKind      kind;
  ItaReportLanguage  language;
  gboolean           thai_digits;  /* every number in ๐–๙ (URLs excepted) */
  GDate              date;         /* the document's date; progress: entries up to it.
                                      Invalid (cleared): today */
  gint64             unit_id;      /* oit: that unit with its sub-units; ITA_ID_NONE: every unit */
  const char        *font_family;  /* NULL: ITA_CHART_DEFAULT_FONTS */
} ItaReportOptions;

/* Thai, ASCII digits, today, every unit. */
void               ita_report_options_init (ItaReportOptions *options,
                                            ItaReportKind     kind);

/* Writes the document. earlier: of ItaReportYear, any order, may be NULL
 * or empty (the comparison then says no earlier year is linked). Fails
 * with ITA_REPORT_ERROR_NOT_FOUND for an unknown unit, with the project's
 * error when it is closed. */
ItaReportDocument *ita_report_build        (ItaProject             *project,
                                            const ItaReportOptions *options,
                                            GPtrArray              *earlier,
                                            GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaReportYear, ita_report_year_free)

G_END_DECLS
