/* ita-chart-data-project.c: chart data from an open project */
#include "config.h"

#include "ita-chart-data-project.h"
#include "ita-thai.h"

static char *
agency_name (ItaProject *project)
{
  g_autoptr(ItaAgency) agency = ita_project_get_agency (project);

  return agency != NULL && agency->name != NULL && *agency->name != '\0' ? g_strdup (agency->name) : NULL;
}

static ItaChartOitState
state_for_status (ItaEvidenceStatus status)
{
  switch (status)
    {
    case ITA_EVIDENCE_PRESENT:    return ITA_CHART_OIT_HAVE;
    case ITA_EVIDENCE_INCOMPLETE: return ITA_CHART_OIT_INCOMPLETE;
    case ITA_EVIDENCE_MISSING:    return ITA_CHART_OIT_MISSING;
    case ITA_EVIDENCE_NOT_CHECKED:
    default:                      return ITA_CHART_OIT_UNCHECKED;
    }
}

ItaChartData *
ita_chart_data_new_oit_from_project (ItaProject *project)
{
  ItaFramework *framework;
  g_autoptr(GPtrArray) checklist = NULL;
  g_autofree char *agency = NULL;
  ItaChartData *data;

  g_return_val_if_fail (ITA_IS_PROJECT (project), NULL);

  framework = ita_project_get_edition (project);
  agency = agency_name (project);
  data = ita_chart_data_new (ITA_CHART_OIT, agency, ita_project_get_fiscal_year (project));
  ita_chart_data_set_grading (data, ita_framework_get_grading (framework));
  ita_chart_data_add_oit_categories (data, framework);

  checklist = ita_project_get_checklist (project);
  for (guint i = 0; checklist != NULL && i < checklist->len; i++)
    {
      const ItaChecklistEntry *entry = g_ptr_array_index (checklist, i);
      const ItaItemDef *item = ita_framework_lookup_item (framework, entry->item);
      int c;

      if (item == NULL || item->tool != ITA_TOOL_OIT)
        continue;
      c = ita_chart_data_oit_category_for (data, framework, item);
      if (c >= 0)
        ita_chart_data_count_oit (data, c, state_for_status (entry->status));
    }
  return data;
}

static ItaChartMeasureState
state_for_measure (ItaMeasureStatus status)
{
  switch (status)
    {
    case ITA_MEASURE_IN_PROGRESS: return ITA_CHART_MEASURE_IN_PROGRESS;
    case ITA_MEASURE_DONE:        return ITA_CHART_MEASURE_DONE;
    case ITA_MEASURE_PLANNED:
    case ITA_MEASURE_CANCELLED:
    default:                      return ITA_CHART_MEASURE_PLANNED;
    }
}

/* "กองคลัง", "กองคลัง และอีก 2 หน่วยงาน" */
static char *
units_text (ItaProject       *project,
            const ItaMeasure *measure)
{
  g_autofree char *first = NULL;
  gint64 id;

  if (measure->unit_ids == NULL || measure->unit_ids->len == 0)
    return NULL;
  id = g_array_index (measure->unit_ids, gint64, 0);
  if (id == ITA_UNIT_ALL)
    first = g_strdup ("ทุกหน่วยงาน");
  else
    {
      g_autoptr(ItaUnit) unit = ita_project_get_unit (project, id);

      if (unit == NULL)
        return NULL;
      first = g_strdup (unit->name);
    }
  if (measure->unit_ids->len == 1)
    return g_steal_pointer (&first);
  return g_strdup_printf ("%s +%u", first, measure->unit_ids->len - 1);
}

ItaChartData *
ita_chart_data_new_timeline (ItaProject *project)
{
  g_autoptr(GPtrArray) measures = NULL;
  g_autofree char *agency = NULL;
  ItaChartData *data;
  int fy = 0;
  GDate first, last;

  g_return_val_if_fail (ITA_IS_PROJECT (project), NULL);

  measures = ita_project_get_measures (project);
  for (guint i = 0; measures != NULL && i < measures->len && fy == 0; i++)
    {
      const ItaMeasure *m = g_ptr_array_index (measures, i);

      if (m->status != ITA_MEASURE_CANCELLED && g_date_valid (&m->start))
        fy = ita_fiscal_year_of_date (&m->start);
    }
  if (fy == 0)
    fy = ita_project_get_fiscal_year (project) + 1;

  agency = agency_name (project);
  data = ita_chart_data_new (ITA_CHART_TIMELINE, agency, fy);
  ita_fiscal_year_range (fy, &first, &last);
  for (guint i = 0; measures != NULL && i < measures->len; i++)
    {
      const ItaMeasure *m = g_ptr_array_index (measures, i);
      g_autofree char *units = NULL;

      if (m->status == ITA_MEASURE_CANCELLED)
        continue;
      units = units_text (project, m);
      ita_chart_data_add_measure (data, m->title, units,
                                  g_date_valid (&m->start) ? &m->start : &first,
                                  g_date_valid (&m->end) ? &m->end : &last,
                                  state_for_measure (m->status));
    }
  return data;
}

/* The results of the earlier years, then this one's. */
static GPtrArray *
results_over_years (ItaResult *current,
                    ItaYears  *years)
{
  GPtrArray *results = years != NULL
    ? ita_years_dup_results (years, 0)
    : g_ptr_array_new_with_free_func ((GDestroyNotify) ita_result_unref);

  g_ptr_array_add (results, ita_result_ref (current));
  return results;
}

ItaChartData *
ita_chart_data_new_for_project (ItaProject   *project,
                                ItaChartKind  kind,
                                ItaResult    *result_or_null,
                                ItaYears     *years)
{
  g_autoptr(ItaResult) result = NULL;
  g_autofree char *agency = NULL;
  g_autoptr(GPtrArray) results = NULL;
  ItaChartData *data = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (project), NULL);
  g_return_val_if_fail (kind < ITA_CHART_N_KINDS, NULL);

  if (kind == ITA_CHART_OIT)
    return ita_chart_data_new_oit_from_project (project);
  if (kind == ITA_CHART_TIMELINE)
    return ita_chart_data_new_timeline (project);

  agency = agency_name (project);
  result = result_or_null != NULL ? ita_result_ref (result_or_null) : ita_project_compute (project);
  switch (kind)
    {
    case ITA_CHART_INDICATORS:
      return ita_chart_data_new_indicators (result, agency);
    case ITA_CHART_TOOLS:
      return ita_chart_data_new_tools (result, agency);
    case ITA_CHART_GAUGE:
      return ita_chart_data_new_gauge (result, agency);
    case ITA_CHART_YEARS:
    case ITA_CHART_TREND:
    case ITA_CHART_RADAR:
      results = results_over_years (result, years);
      if (kind == ITA_CHART_YEARS)
        data = ita_chart_data_new_years ((ItaResult **) results->pdata, results->len, agency);
      else if (kind == ITA_CHART_TREND)
        data = ita_chart_data_new_trend ((ItaResult **) results->pdata, results->len, agency);
      else
        {
          ItaResult *last = NULL;

          /* the latest earlier year that has indicator figures */
          for (guint i = results->len - 1; i > 0 && last == NULL; i--)
            {
              ItaResult *r = g_ptr_array_index (results, i - 1);

              for (int n = 1; n <= 10 && last == NULL; n++)
                {
                  const ItaLevel *level = ita_result_get_indicator (r, n);

                  if (level != NULL && level->value != ITA_CENTI_NONE)
                    last = r;
                }
            }
          data = ita_chart_data_new_radar (g_ptr_array_index (results, results->len - 1), last, agency);
        }
      return data;
    case ITA_CHART_OIT:
    case ITA_CHART_TIMELINE:
    case ITA_CHART_N_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}
