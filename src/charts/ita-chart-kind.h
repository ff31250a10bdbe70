/* ita-chart-kind.h: the kinds of chart ITA Planner draws
 *
 * The names ("indicators", "tools", …) are a contract: ita-cli takes them
 * on the command line and `ita-cli charts` names its files after them.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  ITA_CHART_INDICATORS,   /* indicator bars 1–10 with the pass line */
  ITA_CHART_TOOLS,        /* weighted contribution of each tool to the total */
  ITA_CHART_GAUGE,        /* the total on a gauge with the edition's grade bands */
  ITA_CHART_YEARS,        /* grouped bars per indicator, one series per year (≤ 6) */
  ITA_CHART_TREND,        /* the total over the years over grade bands */
  ITA_CHART_RADAR,        /* the ten indicators, this year against last */
  ITA_CHART_OIT,          /* OIT checklist progress per sub-indicator */
  ITA_CHART_TIMELINE,     /* the action plan over the months of the fiscal year */
  ITA_CHART_N_KINDS
} ItaChartKind;

/* "indicators", "tools", "gauge", "years", "trend", "radar", "oit", "timeline" */
const char *ita_chart_kind_to_string   (ItaChartKind  kind);
gboolean    ita_chart_kind_from_string (const char   *name,
                                        ItaChartKind *out);

G_END_DECLS
