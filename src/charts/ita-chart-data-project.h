/* ita-chart-data-project.h: chart data from an open project
 *
 * Builders that read a project (its scores, checklist, measures and the
 * files of other years linked to it). They only read; other years are
 * opened read-only.
 */
#pragma once

#include "ita-chart-data.h"
#include "ita-project.h"

G_BEGIN_DECLS

/* OIT progress from the checklist, per sub-indicator (or indicator). */
ItaChartData *ita_chart_data_new_oit_from_project (ItaProject *project);

/* The measures over the months of their fiscal year (the year of the
 * first dated measure, else the project's year + 1). A measure without
 * dates spans the whole year; cancelled measures are left out. */
ItaChartData *ita_chart_data_new_timeline         (ItaProject *project);

/* Opens the files linked to project for comparison (read-only), sorted
 * by fiscal year, leaving out links whose file is missing or unreadable;
 * when problems is not NULL, a message for each is appended to it
 * (strings, translated). */
GPtrArray    *ita_chart_open_linked_projects      (ItaProject *project,
                                                   GPtrArray  *problems);

/* The data for any kind: this project's result and, for `years`, `trend`
 * and `radar`, those of the linked projects of earlier years (a
 * GPtrArray of ItaProject as returned above; may be NULL). */
ItaChartData *ita_chart_data_new_for_project      (ItaProject   *project,
                                                   ItaChartKind  kind,
                                                   GPtrArray    *linked);

G_END_DECLS
