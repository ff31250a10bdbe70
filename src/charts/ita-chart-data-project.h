/* ita-chart-data-project.h: chart data from an open project
 *
 * Builders that read a project (its agency, checklist and measures) and
 * take its result and the earlier years as they are given: nothing here
 * opens a file or computes a result another caller already has.
 */
#pragma once

#include "ita-chart-data.h"
#include "ita-project.h"
#include "ita-years.h"

G_BEGIN_DECLS

/* OIT progress from the checklist, per sub-indicator (or indicator). */
ItaChartData *ita_chart_data_new_oit_from_project (ItaProject *project);

/* The measures over the months of their fiscal year (the year of the
 * first dated measure, else the project's year + 1). A measure without
 * dates spans the whole year; cancelled measures are left out. */
ItaChartData *ita_chart_data_new_timeline         (ItaProject *project);

/* The data for any kind: project's result (NULL: computed here) and,
 * for `years`, `trend` and `radar`, the results of the earlier years in
 * years (ita_years_dup_results; NULL: this year only). */
ItaChartData *ita_chart_data_new_for_project      (ItaProject   *project,
                                                   ItaChartKind  kind,
                                                   ItaResult    *result,
                                                   ItaYears     *years);

G_END_DECLS
