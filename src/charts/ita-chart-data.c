/* ita-chart-data.c: the plain figures a chart draws, and their builders
 * from the scoring engine's results */
#include "config.h"

#include "ita-chart-data.h"
#include "ita-chart-status-private.h"

G_DEFINE_BOXED_TYPE (ItaChartData, ita_chart_data, ita_chart_data_ref, ita_chart_data_unref)

static void
set_str (char       **field,
         const char  *value)
{
  char *copy = g_strdup (value);

  g_free (*field);
  *field = copy;
}

static void
category_free (gpointer p)
{
  ItaChartCategory *c = p;

  g_free (c->key);
  g_free (c->name_th);
  g_free (c->name_en);
  g_free (c->note_th);
  g_free (c->note_en);
  g_free (c);
}

static void
series_free (gpointer p)
{
  ItaChartSeries *s = p;

  g_free (s->name_th);
  g_free (s->name_en);
  g_free (s->values);
  g_free (s);
}

static void
band_free (gpointer p)
{
  ItaChartBand *b = p;

  g_free (b->code);
  g_free (b->label_th);
  g_free (b->label_en);
  g_free (b);
}

static void
measure_free (gpointer p)
{
  ItaChartMeasure *m = p;

  g_free (m->title);
  g_free (m->unit);
  g_free (m);
}

ItaChartData *
ita_chart_data_new (ItaChartKind  kind,
                    const char   *agency,
                    int           fiscal_year)
{
  ItaChartData *self;

  g_return_val_if_fail (kind < ITA_CHART_N_KINDS, NULL);

  self = g_new0 (ItaChartData, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->agency = g_strdup (agency);
  self->fiscal_year = fiscal_year;
  self->pass_mark = 8500;
  self->raise_mark = ITA_CENTI_NONE;
  self->total = ITA_CENTI_NONE;
  self->categories = g_ptr_array_new_with_free_func (category_free);
  self->series = g_ptr_array_new_with_free_func (series_free);
  self->bands = g_ptr_array_new_with_free_func (band_free);
  self->measures = g_ptr_array_new_with_free_func (measure_free);
  return self;
}

ItaChartData *
ita_chart_data_ref (ItaChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ita_chart_data_unref (ItaChartData *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->agency);
  g_free (self->grade_th);
  g_free (self->grade_en);
  g_free (self->note_th);
  g_free (self->note_en);
  g_free (self->status_th);
  g_free (self->status_en);
  g_ptr_array_unref (self->categories);
  g_ptr_array_unref (self->series);
  g_ptr_array_unref (self->bands);
  g_ptr_array_unref (self->measures);
  g_free (self);
}

void
ita_chart_data_set_raise_mark (ItaChartData *self,
                               ItaCenti      raise_mark)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (raise_mark == ITA_CENTI_NONE || (raise_mark >= 0 && raise_mark <= ITA_CENTI_MAX));

  self->raise_mark = raise_mark;
}

void
ita_chart_data_set_pass_mark (ItaChartData *self,
                              ItaCenti      pass_mark)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (pass_mark >= 0 && pass_mark <= ITA_CENTI_MAX);

  self->pass_mark = pass_mark;
}

void
ita_chart_data_set_total (ItaChartData *self,
                          ItaCenti      total)
{
  g_return_if_fail (self != NULL);

  self->total = total;
}

void
ita_chart_data_set_grade (ItaChartData *self,
                          const char   *grade_th,
                          const char   *grade_en,
                          const char   *note_th,
                          const char   *note_en)
{
  g_return_if_fail (self != NULL);

  set_str (&self->grade_th, grade_th);
  set_str (&self->grade_en, grade_en);
  set_str (&self->note_th, note_th);
  set_str (&self->note_en, note_en);
}

void
ita_chart_data_set_status (ItaChartData *self,
                           const char   *status_th,
                           const char   *status_en)
{
  g_return_if_fail (self != NULL);

  set_str (&self->status_th, status_th);
  set_str (&self->status_en, status_en);
}

guint
ita_chart_data_add_category (ItaChartData *self,
                             const char   *key,
                             const char   *name_th,
                             const char   *name_en)
{
  ItaChartCategory *c;
  guint n;

  g_return_val_if_fail (self != NULL, 0);

  c = g_new0 (ItaChartCategory, 1);
  c->key = g_strdup (key != NULL ? key : "");
  c->name_th = g_strdup (name_th);
  c->name_en = g_strdup (name_en);
  c->weight = ITA_CENTI_NONE;
  g_ptr_array_add (self->categories, c);

  n = self->categories->len;
  for (guint i = 0; i < self->series->len; i++)
    {
      ItaChartSeries *s = g_ptr_array_index (self->series, i);

      s->values = g_renew (ItaCenti, s->values, n);
      s->values[n - 1] = ITA_CENTI_NONE;
    }
  return n - 1;
}

static ItaChartCategory *
get_category (ItaChartData *self,
              guint         category)
{
  g_return_val_if_fail (category < self->categories->len, NULL);

  return g_ptr_array_index (self->categories, category);
}

void
ita_chart_data_set_weight (ItaChartData *self,
                           guint         category,
                           ItaCenti      weight)
{
  ItaChartCategory *c;

  g_return_if_fail (self != NULL);

  if ((c = get_category (self, category)) != NULL)
    c->weight = weight;
}

void
ita_chart_data_set_note (ItaChartData *self,
                         guint         category,
                         const char   *note_th,
                         const char   *note_en)
{
  ItaChartCategory *c;

  g_return_if_fail (self != NULL);

  if ((c = get_category (self, category)) == NULL)
    return;
  set_str (&c->note_th, note_th);
  set_str (&c->note_en, note_en);
}

void
ita_chart_data_set_marked (ItaChartData *self,
                           guint         category,
                           gboolean      marked)
{
  ItaChartCategory *c;

  g_return_if_fail (self != NULL);

  if ((c = get_category (self, category)) != NULL)
    c->marked = marked;
}

void
ita_chart_data_set_counts (ItaChartData *self,
                           guint         category,
                           const guint   counts[ITA_CHART_OIT_N_STATES])
{
  ItaChartCategory *c;

  g_return_if_fail (self != NULL);
  g_return_if_fail (counts != NULL);

  if ((c = get_category (self, category)) == NULL)
    return;
  for (guint i = 0; i < ITA_CHART_OIT_N_STATES; i++)
    c->counts[i] = counts[i];
}

guint
ita_chart_data_add_series (ItaChartData *self,
                           const char   *name_th,
                           const char   *name_en,
                           int           year)
{
  ItaChartSeries *s;
  guint n;

  g_return_val_if_fail (self != NULL, 0);

  n = self->categories->len;
  s = g_new0 (ItaChartSeries, 1);
  s->name_th = g_strdup (name_th);
  s->name_en = g_strdup (name_en);
  s->year = year;
  s->values = g_new (ItaCenti, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    s->values[i] = ITA_CENTI_NONE;
  g_ptr_array_add (self->series, s);
  return self->series->len - 1;
}

void
ita_chart_data_set_value (ItaChartData *self,
                          guint         series,
                          guint         category,
                          ItaCenti      value)
{
  ItaChartSeries *s;

  g_return_if_fail (self != NULL);
  g_return_if_fail (series < self->series->len);
  g_return_if_fail (category < self->categories->len);
  g_return_if_fail (value == ITA_CENTI_NONE || (value >= 0 && value <= ITA_CENTI_MAX));

  s = g_ptr_array_index (self->series, series);
  s->values[category] = value;
}

void
ita_chart_data_add_band (ItaChartData *self,
                         const char   *code,
                         const char   *label_th,
                         const char   *label_en,
                         ItaCenti      min,
                         ItaCenti      max,
                         ItaCenti      tools_min)
{
  ItaChartBand *b;

  g_return_if_fail (self != NULL);
  g_return_if_fail (min >= 0 && max <= ITA_CENTI_MAX && min <= max);

  b = g_new0 (ItaChartBand, 1);
  b->code = g_strdup (code);
  b->label_th = g_strdup (label_th);
  b->label_en = g_strdup (label_en);
  b->min = min;
  b->max = max;
  b->tools_min = tools_min;
  g_ptr_array_add (self->bands, b);
}

void
ita_chart_data_set_grading (ItaChartData     *self,
                            const ItaGrading *grading)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (grading != NULL);

  g_ptr_array_set_size (self->bands, 0);
  for (guint i = 0; i < grading->n_bands; i++)
    {
      const ItaGradeBand *b = &grading->bands[i];

      ita_chart_data_add_band (self, b->code, b->label_th, b->label_en,
                               b->min, b->max, b->tools_min);
    }
  self->pass_mark = grading->pass_mark;
}

void
ita_chart_data_add_measure (ItaChartData         *self,
                            const char           *title,
                            const char           *unit,
                            const GDate          *start,
                            const GDate          *end,
                            ItaChartMeasureState  state)
{
  ItaChartMeasure *m;

  g_return_if_fail (self != NULL);
  g_return_if_fail (start != NULL && g_date_valid (start));
  g_return_if_fail (end != NULL && g_date_valid (end));

  m = g_new0 (ItaChartMeasure, 1);
  m->title = g_strdup (title != NULL ? title : "");
  m->unit = g_strdup (unit);
  m->start = *start;
  m->end = *end;
  if (g_date_compare (&m->end, &m->start) < 0)
    m->end = m->start;
  m->state = state;
  g_ptr_array_add (self->measures, m);
}

static gboolean
has_any_value (const ItaChartData *self,
               guint               series)
{
  const ItaChartSeries *s;

  if (series >= self->series->len)
    return FALSE;
  s = g_ptr_array_index (self->series, series);
  for (guint i = 0; i < self->categories->len; i++)
    {
      if (s->values[i] != ITA_CENTI_NONE)
        return TRUE;
    }
  return FALSE;
}

gboolean
ita_chart_data_is_empty (const ItaChartData *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  switch (self->kind)
    {
    case ITA_CHART_GAUGE:
      return self->total == ITA_CENTI_NONE;
    case ITA_CHART_TOOLS:
      return self->total == ITA_CENTI_NONE && !has_any_value (self, 1);
    case ITA_CHART_INDICATORS:
    case ITA_CHART_RADAR:
      return !has_any_value (self, 0);
    case ITA_CHART_YEARS:
    case ITA_CHART_TREND:
      for (guint i = 0; i < self->series->len; i++)
        {
          if (has_any_value (self, i))
            return FALSE;
        }
      return TRUE;
    case ITA_CHART_OIT:
      /* nothing checked yet is "no data", not a bar of unchecked items */
      for (guint i = 0; i < self->categories->len; i++)
        {
          const ItaChartCategory *c = g_ptr_array_index (self->categories, i);

          for (guint k = 0; k < ITA_CHART_OIT_N_STATES; k++)
            if (k != ITA_CHART_OIT_UNCHECKED && c->counts[k] > 0)
              return FALSE;
        }
      return TRUE;
    case ITA_CHART_TIMELINE:
      return self->measures->len == 0;
    case ITA_CHART_N_KINDS:
    default:
      break;
    }
  g_return_val_if_reached (TRUE);
}

void
ita_chart_data_add_oit_categories (ItaChartData *self,
                                   ItaFramework *framework)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (ITA_IS_FRAMEWORK (framework));

  for (int n = 1; n <= 10; n++)
    {
      const ItaIndicatorDef *def = ita_framework_get_indicator (framework, n);
      g_autofree char *key = NULL;

      if (def == NULL || def->tool != ITA_TOOL_OIT)
        continue;
      for (guint k = 0; k < def->n_subs; k++)
        ita_chart_data_add_category (self, def->subs[k].code,
                                     def->subs[k].name_th, def->subs[k].name_en);
      if (def->n_subs > 0)
        continue;
      key = g_strdup_printf ("%d", n);
      ita_chart_data_add_category (self, key, def->name_th, def->name_en);
    }
}

int
ita_chart_data_oit_category_for (ItaChartData     *self,
                                 ItaFramework     *framework,
                                 const ItaItemDef *item)
{
  const ItaIndicatorDef *def;
  g_autofree char *indicator_key = NULL;
  const char *key;

  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (item != NULL, -1);

  def = ita_framework_get_indicator (framework, item->indicator);
  if (def == NULL)
    return -1;
  if (item->sub_index >= 0 && (guint) item->sub_index < def->n_subs)
    key = def->subs[item->sub_index].code;
  else
    key = indicator_key = g_strdup_printf ("%d", item->indicator);

  for (guint i = 0; i < self->categories->len; i++)
    {
      const ItaChartCategory *c = g_ptr_array_index (self->categories, i);

      if (g_str_equal (c->key, key))
        return (int) i;
    }
  return -1;
}

void
ita_chart_data_count_oit (ItaChartData     *self,
                          guint             category,
                          ItaChartOitState  state)
{
  ItaChartCategory *c;

  g_return_if_fail (self != NULL);
  g_return_if_fail (state < ITA_CHART_OIT_N_STATES);

  if ((c = get_category (self, category)) != NULL)
    c->counts[state]++;
}

/* Builders ---------------------------------------------------------------- */

static void
add_indicator_categories (ItaChartData *data,
                          ItaFramework *framework)
{
  for (int n = 1; n <= 10; n++)
    {
      const ItaIndicatorDef *def = ita_framework_get_indicator (framework, n);
      g_autofree char *key = g_strdup_printf ("%d", n);

      ita_chart_data_add_category (data, key,
                                   def != NULL ? def->name_th : NULL,
                                   def != NULL ? def->name_en : NULL);
    }
}

static ItaChartData *
new_for_result (ItaChartKind  kind,
                ItaResult    *result,
                const char   *agency)
{
  ItaFramework *framework = ita_result_get_framework (result);
  ItaChartData *data;

  data = ita_chart_data_new (kind, agency, ita_result_get_fiscal_year (result));
  ita_chart_data_set_grading (data, ita_framework_get_grading (framework));
  return data;
}

static void
fill_indicator_series (ItaChartData *data,
                       guint         series,
                       ItaResult    *result)
{
  for (int n = 1; n <= 10; n++)
    {
      const ItaLevel *level = ita_result_get_indicator (result, n);

      if (level != NULL)
        ita_chart_data_set_value (data, series, n - 1, level->value);
    }
}

static const char * const indicator_keys[] = {
  "ind:1", "ind:2", "ind:3", "ind:4", "ind:5", "ind:6", "ind:7", "ind:8", "ind:9", "ind:10", NULL
};

/* What the grade reads on a chart: the official one when it is entered;
 * no band from incomplete figures (they are no result); a provisional
 * band says so. Returns FALSE when there is nothing to show. */
static gboolean
grade_label (ItaResult  *result,
             char      **th,
             char      **en,
             char      **note_th,
             char      **note_en)
{
  const ItaGradeBand *official = ita_result_get_official_grade (result);
  const ItaGrade *grade = ita_result_get_grade (result);

  *note_th = *note_en = NULL;
  if (official != NULL)
    {
      *th = g_strdup (official->label_th);
      *en = g_strdup (official->label_en);
      if (ita_result_grade_differs (result))
        {
          *note_th = g_strdup_printf ("ระดับที่ ป.ป.ช. ประกาศ ไม่ตรงกับระดับที่ได้จากคะแนน (%s)", grade->label_th);
          *note_en = g_strdup_printf ("the grade NACC published; the figures give %s", grade->label_en);
        }
      else
        {
          *note_th = g_strdup ("ระดับที่สำนักงาน ป.ป.ช. ประกาศ");
          *note_en = g_strdup ("the grade NACC published");
        }
      return TRUE;
    }
  if (grade == NULL)
    return FALSE;
  if (grade->flags & ITA_LEVEL_INCOMPLETE)
    {
      *th = g_strdup ("ยังสรุปไม่ได้ *");
      *en = g_strdup ("not decided *");
      return TRUE;
    }
  if (grade->flags & ITA_LEVEL_PROVISIONAL)
    {
      *th = g_strdup_printf ("%s (เบื้องต้น) *", grade->label_th);
      *en = g_strdup_printf ("%s (provisional) *", grade->label_en);
    }
  else
    {
      *th = g_strdup (grade->label_th);
      *en = g_strdup (grade->label_en);
    }
  *note_th = g_strdup (grade->explanation_th);
  *note_en = g_strdup (grade->explanation_en);
  return TRUE;
}

static char *
year_name (int year, gboolean thai)
{
  return thai ? g_strdup_printf ("พ.ศ. %d", year) : g_strdup_printf ("FY %d", year);
}

ItaChartData *
ita_chart_data_new_indicators (ItaResult  *result,
                               const char *agency)
{
  ItaChartData *data;

  g_return_val_if_fail (result != NULL, NULL);

  data = new_for_result (ITA_CHART_INDICATORS, result, agency);
  /* what the categories of the Scores view call "improve" starts below it */
  ita_chart_data_set_raise_mark (data, ita_result_get_thresholds (result)->raise);
  add_indicator_categories (data, ita_result_get_framework (result));
  ita_chart_data_add_series (data, "คะแนน", "Score", data->fiscal_year);
  fill_indicator_series (data, 0, result);
  ita_chart_status_from_result (data, result, indicator_keys, 10, NULL);
  return data;
}

ItaChartData *
ita_chart_data_new_tools (ItaResult  *result,
                          const char *agency)
{
  ItaFramework *framework;
  ItaChartData *data;

  g_return_val_if_fail (result != NULL, NULL);

  framework = ita_result_get_framework (result);
  data = new_for_result (ITA_CHART_TOOLS, result, agency);
  ita_chart_data_add_series (data, "คะแนนเครื่องมือ", "Tool score", data->fiscal_year);
  ita_chart_data_add_series (data, "คะแนนที่ได้ในคะแนนรวม", "Points of the total", data->fiscal_year);
  for (ItaTool t = 0; t < ITA_N_TOOLS; t++)
    {
      const ItaToolDef *def = ita_framework_get_tool (framework, t);
      const ItaLevel *level = ita_result_get_tool (result, t);
      guint i;

      i = ita_chart_data_add_category (data, ita_tool_to_string (t),
                                       def != NULL ? def->name_th : NULL,
                                       def != NULL ? def->name_en : NULL);
      if (def != NULL)
        ita_chart_data_set_weight (data, i, def->weight);
      if (level != NULL && level->value != ITA_CENTI_NONE)
        {
          ita_chart_data_set_value (data, 0, i, level->value);
          ita_chart_data_set_value (data, 1, i, ita_result_get_contribution (result, t));
        }
    }
  if (ita_result_get_total (result) != NULL)
    ita_chart_data_set_total (data, ita_result_get_total (result)->value);
  {
    const char *keys[] = { "IIT", "EIT", "OIT" };
    const char *extra[] = { "TOTAL", NULL };

    ita_chart_status_from_result (data, result, keys, G_N_ELEMENTS (keys), extra);
  }
  return data;
}

ItaChartData *
ita_chart_data_new_gauge (ItaResult  *result,
                          const char *agency)
{
  g_autofree char *th = NULL;
  g_autofree char *en = NULL;
  g_autofree char *note_th = NULL;
  g_autofree char *note_en = NULL;
  const char *extra[] = { "TOTAL", "GRADE", NULL };
  ItaChartData *data;

  g_return_val_if_fail (result != NULL, NULL);

  data = new_for_result (ITA_CHART_GAUGE, result, agency);
  if (ita_result_get_total (result) != NULL)
    ita_chart_data_set_total (data, ita_result_get_total (result)->value);
  if (grade_label (result, &th, &en, &note_th, &note_en))
    ita_chart_data_set_grade (data, th, en, note_th, note_en);
  /* an official grade is final: only the total's reasons remain */
  if (ita_result_get_official_grade (result) != NULL)
    extra[1] = NULL;
  ita_chart_status_from_result (data, result, NULL, 0, extra);
  return data;
}

/* The results to show, oldest first, at most max of the latest. */
static GPtrArray *
pick_results (ItaResult **results,
              guint       n_results,
              guint       max)
{
  GPtrArray *picked = g_ptr_array_new ();

  for (guint i = 0; i < n_results; i++)
    {
      if (results[i] != NULL)
        g_ptr_array_add (picked, results[i]);
    }
  if (picked->len > max)
    g_ptr_array_remove_range (picked, 0, picked->len - max);
  return picked;
}

ItaChartData *
ita_chart_data_new_years (ItaResult  **results,
                          guint        n_results,
                          const char  *agency)
{
  g_autoptr(GPtrArray) picked = NULL;
  ItaChartData *data;
  ItaResult *latest;

  g_return_val_if_fail (results != NULL || n_results == 0, NULL);

  picked = pick_results (results, n_results, ITA_CHART_MAX_YEARS);
  if (picked->len == 0)
    return ita_chart_data_new (ITA_CHART_YEARS, agency, 0);

  latest = g_ptr_array_index (picked, picked->len - 1);
  data = new_for_result (ITA_CHART_YEARS, latest, agency);
  add_indicator_categories (data, ita_result_get_framework (latest));
  for (guint i = 0; i < picked->len; i++)
    {
      ItaResult *r = g_ptr_array_index (picked, i);
      int year = ita_result_get_fiscal_year (r);
      g_autofree char *th = year_name (year, TRUE);
      g_autofree char *en = year_name (year, FALSE);
      guint s = ita_chart_data_add_series (data, th, en, year);

      fill_indicator_series (data, s, r);
    }
  ita_chart_status_from_years (data, picked, indicator_keys, FALSE);
  return data;
}

ItaChartData *
ita_chart_data_new_trend (ItaResult  **results,
                          guint        n_results,
                          const char  *agency)
{
  g_autoptr(GPtrArray) picked = NULL;
  ItaChartData *data;
  ItaResult *latest;

  g_return_val_if_fail (results != NULL || n_results == 0, NULL);

  picked = pick_results (results, n_results, G_MAXUINT);
  if (picked->len == 0)
    return ita_chart_data_new (ITA_CHART_TREND, agency, 0);

  latest = g_ptr_array_index (picked, picked->len - 1);
  data = new_for_result (ITA_CHART_TREND, latest, agency);
  ita_chart_data_add_series (data, "คะแนนรวม", "Total", 0);
  for (guint i = 0; i < picked->len; i++)
    {
      ItaResult *r = g_ptr_array_index (picked, i);
      int year = ita_result_get_fiscal_year (r);
      g_autofree char *key = g_strdup_printf ("%d", year);
      guint c = ita_chart_data_add_category (data, key, key, key);
      g_autofree char *th = NULL;
      g_autofree char *en = NULL;
      g_autofree char *note_th = NULL;
      g_autofree char *note_en = NULL;

      if (ita_result_get_total (r) != NULL)
        ita_chart_data_set_value (data, 0, c, ita_result_get_total (r)->value);
      if (grade_label (r, &th, &en, &note_th, &note_en))
        ita_chart_data_set_note (data, c, th, en);
    }
  {
    const char *keys[] = { "TOTAL", "GRADE", NULL };

    ita_chart_status_from_years (data, picked, keys, TRUE);
  }
  return data;
}

ItaChartData *
ita_chart_data_new_radar (ItaResult  *result,
                          ItaResult  *last_year,
                          const char *agency)
{
  ItaChartData *data;
  int year;

  g_return_val_if_fail (result != NULL, NULL);

  data = new_for_result (ITA_CHART_RADAR, result, agency);
  add_indicator_categories (data, ita_result_get_framework (result));
  year = data->fiscal_year;
  {
    g_autofree char *th = year_name (year, TRUE);
    g_autofree char *en = year_name (year, FALSE);

    ita_chart_data_add_series (data, th, en, year);
    fill_indicator_series (data, 0, result);
    ita_chart_status_from_result (data, result, indicator_keys, 10, NULL);
  }
  /* a year without indicator figures adds nothing to compare */
  if (last_year != NULL)
    {
      gboolean any = FALSE;

      for (int n = 1; n <= 10 && !any; n++)
        {
          const ItaLevel *level = ita_result_get_indicator (last_year, n);

          any = level != NULL && level->value != ITA_CENTI_NONE;
        }
      if (!any)
        last_year = NULL;
    }
  if (last_year != NULL)
    {
      int last = ita_result_get_fiscal_year (last_year);
      g_autofree char *th = year_name (last, TRUE);
      g_autofree char *en = year_name (last, FALSE);

      ita_chart_data_add_series (data, th, en, last);
      fill_indicator_series (data, 1, last_year);
    }
  return data;
}

static ItaChartOitState
state_for_score (ItaCenti value)
{
  if (value == ITA_CENTI_NONE)
    return ITA_CHART_OIT_UNCHECKED;
  if (value >= ITA_CENTI_MAX)
    return ITA_CHART_OIT_HAVE;
  if (value > 0)
    return ITA_CHART_OIT_INCOMPLETE;
  return ITA_CHART_OIT_MISSING;
}

ItaChartData *
ita_chart_data_new_oit (ItaResult  *result,
                        const char *agency)
{
  ItaFramework *framework;
  ItaChartData *data;

  g_return_val_if_fail (result != NULL, NULL);

  framework = ita_result_get_framework (result);
  data = new_for_result (ITA_CHART_OIT, result, agency);
  ita_chart_data_add_oit_categories (data, framework);
  for (guint i = 0; i < ita_framework_get_n_items (framework); i++)
    {
      const ItaItemDef *item = ita_framework_get_item (framework, i);
      const ItaLevel *level;
      int c;

      if (item->tool != ITA_TOOL_OIT)
        continue;
      c = ita_chart_data_oit_category_for (data, framework, item);
      if (c < 0)
        continue;
      level = ita_result_get_level (result, item->code);
      ita_chart_data_count_oit (data, c, state_for_score (level != NULL ? level->value : ITA_CENTI_NONE));
    }
  return data;
}
