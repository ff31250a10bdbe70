/* ita-chart-kind.c: the names of the chart kinds */
#include "config.h"

#include "ita-chart-kind.h"

static const char *kind_names[ITA_CHART_N_KINDS] = {
  [ITA_CHART_INDICATORS] = "indicators",
  [ITA_CHART_TOOLS] = "tools",
  [ITA_CHART_GAUGE] = "gauge",
  [ITA_CHART_YEARS] = "years",
  [ITA_CHART_TREND] = "trend",
  [ITA_CHART_RADAR] = "radar",
  [ITA_CHART_OIT] = "oit",
  [ITA_CHART_TIMELINE] = "timeline",
};

const char *
ita_chart_kind_to_string (ItaChartKind kind)
{
  g_return_val_if_fail (kind < ITA_CHART_N_KINDS, NULL);

  return kind_names[kind];
}

gboolean
ita_chart_kind_from_string (const char   *name,
                            ItaChartKind *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  if (name == NULL)
    return FALSE;
  for (guint i = 0; i < ITA_CHART_N_KINDS; i++)
    {
      if (g_ascii_strcasecmp (name, kind_names[i]) == 0)
        {
          *out = i;
          return TRUE;
        }
    }
  return FALSE;
}
