/* chart-fixtures.h: chart data from the seed documents, for the chart
 * tests and the chart benchmark */
#pragma once

#include "ita-chart.h"

G_BEGIN_DECLS

typedef struct {
  ItaChartData *data[ITA_CHART_N_KINDS];   /* seed 001 (FY 2568) with seeds 000 and 002 as earlier years */
  ItaChartData *empty[ITA_CHART_N_KINDS];  /* a new project: nothing entered */
  ItaChartData *not_final[ITA_CHART_N_KINDS]; /* seed 001's items alone: incomplete and provisional
                                               * figures (NULL for the timeline) */
  ItaChartData *six_years;                 /* `years` with the most series */
  ItaChartData *letter_gauge;              /* seed 000 (FY 2562): 79.39, grade B */
  ItaChartData *oit_subindicators;         /* seed 000: OIT per sub-indicator */
} ChartFixtures;

/* data_dir holds seed-000-2562.csv, seed-001-2568.csv, seed-001-2568-items.csv,
 * seed-002-2563.csv.
 * Aborts when a fixture cannot be built. */
ChartFixtures *chart_fixtures_new  (const char    *data_dir);
void           chart_fixtures_free (ChartFixtures *fixtures);

G_END_DECLS
