/* ita-years.h: the earlier years linked to a project, opened once
 *
 * An ItaYears opens the files of every earlier fiscal year linked to a
 * project (read-only), computes each with its own edition and keeps the
 * results; it is a GListModel of ItaYear, oldest first. It never opens a
 * file again: make a new one when the links change (ItaProject::changed
 * with ITA_PROJECT_CHANGE_LINKS or _ALL). Links to this year or later
 * years are left out.
 *
 * Compare this year with one of them with ita_comparison_new()
 * (ita-comparison.h): the changes per level and per item, matched by
 * continuity key.
 */
#pragma once

#include "ita-comparison.h"
#include "ita-year.h"

G_BEGIN_DECLS

#define ITA_TYPE_YEARS (ita_years_get_type ())
G_DECLARE_FINAL_TYPE (ItaYears, ita_years, ITA, YEARS, GObject)

/* Opens the linked files of project's earlier years (now, once). */
ItaYears   *ita_years_new              (ItaProject *project);

/* The fiscal year of the project the years are earlier than. */
int         ita_years_get_fiscal_year  (ItaYears   *self);
guint       ita_years_get_n_years      (ItaYears   *self);
ItaYear    *ita_years_get_year         (ItaYears   *self,
                                        guint       index);   /* transfer none */
/* The latest earlier year with a result (status OK), or NULL. */
ItaYear    *ita_years_get_previous     (ItaYears   *self);    /* transfer none */
/* The year of fiscal_year with a result, else the first of that year
 * whatever its status, else NULL. */
ItaYear    *ita_years_lookup           (ItaYears   *self,
                                        int         fiscal_year);  /* transfer none */
/* The results of the earlier years that have one, oldest first, one per
 * fiscal year (the first linked), at most max of the latest (0: all). */
GPtrArray  *ita_years_dup_results      (ItaYears   *self,
                                        guint       max);  /* of ItaResult, transfer full */
/* The years whose status is not OK (ItaYear, transfer container). */
GPtrArray  *ita_years_dup_problems     (ItaYears   *self);

G_END_DECLS
