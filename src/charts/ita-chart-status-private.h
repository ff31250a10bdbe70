/* ita-chart-status-private.h: the status note of charts whose figures are
 * not final (ita-chart-status.c), for the builders of ita-chart-data.c
 */
#pragma once

#include "ita-chart-data.h"

G_BEGIN_DECLS

/* Marks category i when the level category_keys[i] is not final (NULL
 * entries are skipped) and sets the chart's status note from the reasons
 * of those levels and of extra_keys (level keys or "GRADE"; may be NULL). */
void ita_chart_status_from_result (ItaChartData       *data,
                                   ItaResult          *result,
                                   const char * const *category_keys,
                                   guint               n_categories,
                                   const char * const *extra_keys);

/* Years side by side (years, trend): the note names each year whose
 * levels keys are not final; with mark_years, category i (that year) is
 * marked. */
void ita_chart_status_from_years  (ItaChartData       *data,
                                   GPtrArray          *results,
                                   const char * const *keys,
                                   gboolean            mark_years);

G_END_DECLS
