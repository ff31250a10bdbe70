/* ita-year.h: one earlier year linked to a project — its file opened
 * read-only, its result computed with its own edition
 *
 * Made by ItaYears (ita-years.h) for each link to a file of an earlier
 * fiscal year. The file is opened once, when the year is made; the year
 * keeps it open read-only (no lock) until it is finalized. A file that
 * cannot be used gives a status and an error to show instead.
 */
#pragma once

#include "ita-project.h"

G_BEGIN_DECLS

typedef enum {
  ITA_YEAR_OK,          /* opened: the result is there */
  ITA_YEAR_MISSING,     /* the file is at neither path of the link (moved, renamed, deleted) */
  ITA_YEAR_UNREADABLE,  /* the file is there but cannot be opened (damaged, newer, no permission…) */
  ITA_YEAR_OTHER_YEAR,  /* the file there is now of another fiscal year than when it was linked */
} ItaYearStatus;

#define ITA_TYPE_YEAR_STATUS (ita_year_status_get_type ())
GType ita_year_status_get_type (void) G_GNUC_CONST;

#define ITA_TYPE_YEAR (ita_year_get_type ())
G_DECLARE_FINAL_TYPE (ItaYear, ita_year, ITA, YEAR, GObject)

/* Resolves link against project and opens the file read-only
 * (ITA_PROJECT_OPEN_COMPARISON); never fails: see the status. */
ItaYear       *ita_year_new_from_link  (ItaProject    *project,
                                        const ItaLink *link);

/* Properties (read-only) */
gint64         ita_year_get_link_id     (ItaYear *self);  /* "link-id": the link in the project */
int            ita_year_get_fiscal_year (ItaYear *self);  /* "fiscal-year": the file's, else the link's */
const char    *ita_year_get_agency      (ItaYear *self);  /* "agency": the file's, else as linked; may be "" */
GFile         *ita_year_get_file        (ItaYear *self);  /* "file": where it was found, else where it was
                                                             linked (NULL when the link has no path) */
ItaYearStatus  ita_year_get_status      (ItaYear *self);  /* "status" */
/* Why the year cannot be used, ready to show (translated); NULL when OK. */
const GError  *ita_year_get_error       (ItaYear *self);

/* NULL unless the status is OK (transfer none). */
ItaResult     *ita_year_get_result      (ItaYear *self);
ItaProject    *ita_year_get_project     (ItaYear *self);  /* read-only */

G_END_DECLS
