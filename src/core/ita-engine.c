/* ita-engine.c: item → sub-indicator → indicator → tool → weighted total
 *
 * Every level is a mean of the values of the level below, rounded half-up
 * to hundredths on integers (ita-decimal.h); the value that flows upward is
 * the official figure when one is given, else the computed one. A level
 * with only some inputs scored is computed from those and says so in
 * n_scored / n_inputs. The rules are in docs/score-json.md.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ita-counters.h"
#include "ita-engine-private.h"

/* ita_engine_compute() calls since the process started (ita-counters.h) */
static guint compute_count;

G_DEFINE_BOXED_TYPE (ItaResult, ita_result, ita_result_ref, ita_result_unref)

guint
ita_engine_get_compute_count (void)
{
  return g_atomic_int_get (&compute_count);
}

static void
clear_discrepancy (gpointer data)
{
  ItaDiscrepancy *d = data;

  g_free (d->level);
  g_free (d->id);
}

static void
clear_gain (gpointer data)
{
  g_free (((ItaGain *) data)->item);
}

static ItaResult *
result_new (ItaFramework        *framework,
            const ItaThresholds *thresholds)
{
  ItaResult *r = g_new0 (ItaResult, 1);
  guint n_parts = 0;
  ItaLevel *p;

  g_atomic_ref_count_init (&r->ref_count);
  r->framework = g_object_ref (framework);
  r->thresholds = thresholds != NULL ? *thresholds : ITA_THRESHOLDS_DEFAULT;
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    n_parts += framework->tools[t].n_parts;

  r->levels = g_new0 (ItaLevel, framework->n_items + framework->plan.n_subs + n_parts + 1);
  r->items = r->levels;
  r->subs = r->items + framework->n_items;
  p = r->subs + framework->plan.n_subs;
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    {
      r->parts[t] = p;
      p += framework->tools[t].n_parts;
    }
  return r;
}

ItaResult *
ita_result_ref (ItaResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);

  g_atomic_ref_count_inc (&result->ref_count);
  return result;
}

void
ita_result_free (ItaResult *result)
{
  ita_result_unref (result);
}

void
ita_result_unref (ItaResult *result)
{
  if (result == NULL || !g_atomic_ref_count_dec (&result->ref_count))
    return;

  g_clear_object (&result->framework);
  g_free (result->levels);
  g_clear_pointer (&result->discrepancies, g_array_unref);
  g_clear_pointer (&result->gains, g_array_unref);
  g_free (result->grade.explanation_th);
  g_free (result->grade.explanation_en);
  g_free (result);
}

/* ---- inputs ----------------------------------------------------------- */

static void
read_inputs (ItaResult *r,
             ItaScores *scores)
{
  ItaFramework *fw = r->framework;
  char key[64];

  for (guint i = 0; i < fw->n_items; i++)
    r->items[i].value = ita_scores_get (scores, fw->items[i].code);
  for (guint s = 0; s < fw->plan.n_subs; s++)
    {
      g_snprintf (key, sizeof key, "sub:%s", fw->plan.subs[s]->code);
      r->subs[s].official = ita_scores_get (scores, key);
    }
  for (guint k = 0; k < ITA_N_INDICATORS; k++)
    {
      g_snprintf (key, sizeof key, "ind:%u", k + 1);
      r->indicators[k].official = ita_scores_get (scores, key);
    }
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    {
      r->tools[t].official = ita_scores_get (scores, fw->tools[t].code);
      for (guint p = 0; p < fw->tools[t].n_parts; p++)
        r->parts[t][p].official = ita_scores_get (scores, fw->tools[t].parts[p].code);
    }
  r->total.official = ita_scores_get (scores, "TOTAL");
}

/* ---- the roll-up ------------------------------------------------------ */

typedef struct {
  gint64 sum;
  guint  n_scored;
  guint  n_inputs;
} Acc;

static inline void
acc_add (Acc      *acc,
         ItaCenti  v)
{
  acc->n_inputs++;
  if (v != ITA_CENTI_NONE)
    {
      acc->sum += v;
      acc->n_scored++;
    }
}

static inline ItaCenti
acc_mean (const Acc *acc)
{
  return acc->n_scored > 0 ? (ItaCenti) ita_decimal_div_round (acc->sum, acc->n_scored) : ITA_CENTI_NONE;
}

static void
settle (ItaLevel  *level,
        const Acc *acc)
{
  level->computed = acc_mean (acc);
  level->n_scored = acc->n_scored;
  level->n_inputs = acc->n_inputs;
  level->value = level->official != ITA_CENTI_NONE ? level->official : level->computed;
}

static gboolean
tool_complete (ItaFramework *fw,
               ItaTool       tool)
{
  return fw->tools[tool].item_list == ITA_ITEM_LIST_COMPLETE;
}

/* Σ weight × tool over the tools that have a value, divided by the sum of
 * their weights: the published formula when all three are there. */
static ItaCenti
weighted_total (ItaFramework   *fw,
                const ItaCenti  tools[ITA_N_TOOLS],
                guint          *n_scored)
{
  gint64 sum = 0, weights = 0;
  guint n = 0;

  for (guint t = 0; t < ITA_N_TOOLS; t++)
    {
      if (tools[t] == ITA_CENTI_NONE)
        continue;
      sum += (gint64) fw->tools[t].weight * tools[t];
      weights += fw->tools[t].weight;
      n++;
    }
  if (n_scored != NULL)
    *n_scored = n;
  if (weights == 0)
    return ITA_CENTI_NONE;
  return (ItaCenti) ita_decimal_div_round (sum, weights);
}

static void
compute_items_and_subs (ItaResult *r)
{
  ItaFramework *fw = r->framework;
  const ItaFrameworkPlan *plan = &fw->plan;

  for (guint i = 0; i < fw->n_items; i++)
    {
      ItaLevel *l = &r->items[i];

      l->computed = ITA_CENTI_NONE;
      l->official = ITA_CENTI_NONE;
      l->n_scored = l->value != ITA_CENTI_NONE;
      l->n_inputs = 1;
    }

  for (guint s = 0; s < plan->n_subs; s++)
    {
      Acc acc = { 0 };

      if (tool_complete (fw, fw->indicators[plan->subs[s]->indicator - 1].tool))
        for (guint j = plan->sub_item_start[s]; j < plan->sub_item_start[s + 1]; j++)
          acc_add (&acc, r->items[plan->sub_items[j]].value);
      settle (&r->subs[s], &acc);
    }
}

static void
compute_indicators (ItaResult *r)
{
  ItaFramework *fw = r->framework;
  const ItaFrameworkPlan *plan = &fw->plan;

  for (guint k = 0; k < ITA_N_INDICATORS; k++)
    {
      Acc acc = { 0 };

      if (fw->indicators[k].n_subs > 0)
        for (guint s = plan->ind_sub_start[k]; s < plan->ind_sub_start[k + 1]; s++)
          acc_add (&acc, r->subs[s].value);
      else if (tool_complete (fw, fw->indicators[k].tool))
        for (guint j = plan->ind_item_start[k]; j < plan->ind_item_start[k + 1]; j++)
          acc_add (&acc, r->items[plan->ind_items[j]].value);
      settle (&r->indicators[k], &acc);
    }
}

static void
compute_tools_and_total (ItaResult *r)
{
  ItaFramework *fw = r->framework;
  ItaCenti values[ITA_N_TOOLS];

  for (guint t = 0; t < ITA_N_TOOLS; t++)
    {
      const ItaToolDef *def = &fw->tools[t];
      Acc parts = { 0 }, inds = { 0 };

      for (guint p = 0; p < def->n_parts; p++)
        {
          ItaLevel *part = &r->parts[t][p];

          part->computed = ITA_CENTI_NONE;
          part->value = part->official;
          part->n_scored = part->official != ITA_CENTI_NONE;
          part->n_inputs = 1;
          acc_add (&parts, part->official);
        }
      for (guint k = 0; k < ITA_N_INDICATORS; k++)
        if (fw->indicators[k].tool == (ItaTool) t)
          acc_add (&inds, r->indicators[k].value);

      settle (&r->tools[t], def->n_parts > 0 && parts.n_scored == def->n_parts ? &parts : &inds);
      values[t] = r->tools[t].value;
    }

  r->total.computed = weighted_total (fw, values, &r->total.n_scored);
  r->total.n_inputs = ITA_N_TOOLS;
  r->total.value = r->total.official != ITA_CENTI_NONE ? r->total.official : r->total.computed;
}

static void
compute_levels (ItaResult *r)
{
  compute_items_and_subs (r);
  compute_indicators (r);
  compute_tools_and_total (r);
}

/* ---- discrepancies ---------------------------------------------------- */

static void
check_level (GArray         *out,
             const ItaLevel *level,
             const char     *kind,
             const char     *id)
{
  ItaDiscrepancy d;

  if (level->computed == ITA_CENTI_NONE || level->official == ITA_CENTI_NONE ||
      level->computed == level->official)
    return;
  d.level = g_strdup (kind);
  d.id = g_strdup (id);
  d.computed = level->computed;
  d.official = level->official;
  g_array_append_val (out, d);
}

/* Bottom-up per tool: its sub-indicators and indicators, then the tool;
 * the total last. */
static void
find_discrepancies (ItaResult *r)
{
  ItaFramework *fw = r->framework;
  const ItaFrameworkPlan *plan = &fw->plan;
  char id[16];

  r->discrepancies = g_array_new (FALSE, FALSE, sizeof (ItaDiscrepancy));
  g_array_set_clear_func (r->discrepancies, clear_discrepancy);

  for (guint t = 0; t < ITA_N_TOOLS; t++)
    {
      for (guint k = 0; k < ITA_N_INDICATORS; k++)
        {
          if (fw->indicators[k].tool != (ItaTool) t)
            continue;
          for (guint s = plan->ind_sub_start[k]; s < plan->ind_sub_start[k + 1]; s++)
            check_level (r->discrepancies, &r->subs[s], "subindicator", plan->subs[s]->code);
          g_snprintf (id, sizeof id, "%u", k + 1);
          check_level (r->discrepancies, &r->indicators[k], "indicator", id);
        }
      check_level (r->discrepancies, &r->tools[t], "tool", fw->tools[t].code);
    }
  check_level (r->discrepancies, &r->total, "total", "TOTAL");
}

/* ---- what-if ---------------------------------------------------------- */

/* The total when item i has the given score and the official figures on
 * its path (its sub-indicator, indicator, tool and the tool's parts, the
 * total) are set aside, so that the item's effect reaches the total. The
 * other levels keep the values of r. */
static ItaCenti
path_total (ItaResult *r,
            guint      i,
            ItaCenti   score)
{
  ItaFramework *fw = r->framework;
  const ItaFrameworkPlan *plan = &fw->plan;
  const ItaItemDef *item = &fw->items[i];
  guint k = (guint) item->indicator - 1;
  guint sub = plan->item_sub[i];
  ItaCenti sub_value = ITA_CENTI_NONE, ind_value, tools[ITA_N_TOOLS];
  Acc acc = { 0 };

  if (sub != ITA_NO_INDEX)
    {
      for (guint j = plan->sub_item_start[sub]; j < plan->sub_item_start[sub + 1]; j++)
        acc_add (&acc, plan->sub_items[j] == i ? score : r->items[plan->sub_items[j]].value);
      sub_value = acc_mean (&acc);

      memset (&acc, 0, sizeof acc);
      for (guint s = plan->ind_sub_start[k]; s < plan->ind_sub_start[k + 1]; s++)
        acc_add (&acc, s == sub ? sub_value : r->subs[s].value);
    }
  else
    {
      for (guint j = plan->ind_item_start[k]; j < plan->ind_item_start[k + 1]; j++)
        acc_add (&acc, plan->ind_items[j] == i ? score : r->items[plan->ind_items[j]].value);
    }
  ind_value = acc_mean (&acc);

  memset (&acc, 0, sizeof acc);
  for (guint kk = 0; kk < ITA_N_INDICATORS; kk++)
    if (fw->indicators[kk].tool == item->tool)
      acc_add (&acc, kk == k ? ind_value : r->indicators[kk].value);

  for (guint t = 0; t < ITA_N_TOOLS; t++)
    tools[t] = r->tools[t].value;
  tools[item->tool] = acc_mean (&acc);
  return weighted_total (fw, tools, NULL);
}

typedef struct {
  guint    index;
  ItaCenti points;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a, *cb = b;

  if (ca->points != cb->points)
    return ca->points > cb->points ? -1 : 1;
  return ca->index < cb->index ? -1 : ca->index > cb->index;
}

/* An item can gain when its tool is computed from items, it is below 100
 * or unscored, and its indicator has at least one scored item (else the
 * officer has not entered the items of that indicator at all). */
static void
find_gains (ItaResult *r)
{
  ItaFramework *fw = r->framework;
  const ItaFrameworkPlan *plan = &fw->plan;
  g_autofree Candidate *candidates = g_new (Candidate, fw->n_items + 1);
  guint ind_scored[ITA_N_INDICATORS] = { 0 };
  guint n = 0;

  r->gains = g_array_new (FALSE, FALSE, sizeof (ItaGain));
  g_array_set_clear_func (r->gains, clear_gain);

  for (guint k = 0; k < ITA_N_INDICATORS; k++)
    for (guint j = plan->ind_item_start[k]; j < plan->ind_item_start[k + 1]; j++)
      ind_scored[k] += r->items[plan->ind_items[j]].value != ITA_CENTI_NONE;

  for (guint i = 0; i < fw->n_items; i++)
    {
      const ItaItemDef *item = &fw->items[i];
      ItaCenti score = r->items[i].value, before, after;

      if (!tool_complete (fw, item->tool) || ind_scored[item->indicator - 1] == 0 ||
          score == ITA_CENTI_MAX)
        continue;
      before = path_total (r, i, score);
      after = path_total (r, i, ITA_CENTI_MAX);
      if (before != ITA_CENTI_NONE && after != ITA_CENTI_NONE && after > before)
        {
          candidates[n].index = i;
          candidates[n].points = after - before;
          n++;
        }
    }

  qsort (candidates, n, sizeof (Candidate), compare_candidates);
  for (guint c = 0; c < n; c++)
    {
      ItaGain gain = { g_strdup (fw->items[candidates[c].index].code), candidates[c].points };
      g_array_append_val (r->gains, gain);
    }
}

/* ---- public API ------------------------------------------------------- */

ItaResult *
ita_engine_compute (ItaFramework        *framework,
                    ItaScores           *scores,
                    const ItaThresholds *thresholds)
{
  ItaResult *r;
  ItaCenti tools[ITA_N_TOOLS];

  g_return_val_if_fail (ITA_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (scores != NULL, NULL);

  g_atomic_int_inc (&compute_count);
  r = result_new (framework, thresholds);
  read_inputs (r, scores);
  compute_levels (r);
  find_discrepancies (r);
  find_gains (r);

  for (guint t = 0; t < ITA_N_TOOLS; t++)
    tools[t] = r->tools[t].value;
  r->has_grade = ita_grade_decide (&framework->grading, r->total.value, tools, &r->grade);
  return r;
}

ItaCenti
ita_engine_total_if_fixed (ItaFramework       *framework,
                           ItaScores          *scores,
                           const char * const *codes)
{
  g_autoptr(ItaResult) r = NULL;
  const ItaFrameworkPlan *plan;

  g_return_val_if_fail (ITA_IS_FRAMEWORK (framework), ITA_CENTI_NONE);
  g_return_val_if_fail (scores != NULL, ITA_CENTI_NONE);

  plan = &framework->plan;
  r = result_new (framework, NULL);
  read_inputs (r, scores);

  for (guint c = 0; codes != NULL && codes[c] != NULL; c++)
    {
      const ItaItemDef *item = ita_framework_lookup_item (framework, codes[c]);
      guint i;

      if (item == NULL)
        {
          g_critical ("ita_engine_total_if_fixed: %s has no item “%s”", framework->id, codes[c]);
          continue;
        }
      i = (guint) (item - framework->items);
      r->items[i].value = ITA_CENTI_MAX;
      if (!tool_complete (framework, item->tool))
        continue;
      /* the fix supersedes the official figures on the item's path */
      if (plan->item_sub[i] != ITA_NO_INDEX)
        r->subs[plan->item_sub[i]].official = ITA_CENTI_NONE;
      r->indicators[item->indicator - 1].official = ITA_CENTI_NONE;
      r->tools[item->tool].official = ITA_CENTI_NONE;
      for (guint p = 0; p < framework->tools[item->tool].n_parts; p++)
        r->parts[item->tool][p].official = ITA_CENTI_NONE;
      r->total.official = ITA_CENTI_NONE;
    }

  compute_levels (r);
  return r->total.value;
}

ItaFramework *
ita_result_get_framework (ItaResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);
  return result->framework;
}

const ItaLevel *
ita_result_get_level (ItaResult  *result,
                      const char *key)
{
  ItaFramework *fw;
  const ItaItemDef *item;

  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  fw = result->framework;
  if (g_str_equal (key, "TOTAL"))
    return &result->total;
  if (g_str_has_prefix (key, "ind:"))
    {
      gint64 k = g_ascii_strtoll (key + 4, NULL, 10);
      return k >= 1 && k <= ITA_N_INDICATORS ? &result->indicators[k - 1] : NULL;
    }
  if (g_str_has_prefix (key, "sub:"))
    {
      guint s = ita_framework_sub_index (fw, key + 4);
      return s != ITA_NO_INDEX ? &result->subs[s] : NULL;
    }
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    {
      if (g_str_equal (key, fw->tools[t].code))
        return &result->tools[t];
      for (guint p = 0; p < fw->tools[t].n_parts; p++)
        if (g_str_equal (key, fw->tools[t].parts[p].code))
          return &result->parts[t][p];
    }
  item = ita_framework_lookup_item (fw, key);
  return item != NULL ? &result->items[item - fw->items] : NULL;
}

const ItaLevel *
ita_result_get_total (ItaResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);
  return &result->total;
}

const ItaLevel *
ita_result_get_tool (ItaResult *result,
                     ItaTool    tool)
{
  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (tool < ITA_N_TOOLS, NULL);
  return &result->tools[tool];
}

const ItaLevel *
ita_result_get_indicator (ItaResult *result,
                          int        number)
{
  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (number >= 1 && number <= ITA_N_INDICATORS, NULL);
  return &result->indicators[number - 1];
}

const ItaGrade *
ita_result_get_grade (ItaResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);
  return result->has_grade ? &result->grade : NULL;
}

ItaCenti
ita_result_get_contribution (ItaResult *result,
                             ItaTool    tool)
{
  ItaCenti value;

  g_return_val_if_fail (result != NULL, ITA_CENTI_NONE);
  g_return_val_if_fail (tool < ITA_N_TOOLS, ITA_CENTI_NONE);

  value = result->tools[tool].value;
  if (value == ITA_CENTI_NONE)
    return ITA_CENTI_NONE;
  return (ItaCenti) ita_decimal_div_round ((gint64) result->framework->tools[tool].weight * value,
                                           ITA_CENTI_MAX);
}

ItaCategory
ita_result_get_category (ItaResult  *result,
                         const char *key)
{
  const ItaLevel *level;

  g_return_val_if_fail (result != NULL, ITA_CATEGORY_NONE);

  level = ita_result_get_level (result, key);
  if (level == NULL)
    return ITA_CATEGORY_NONE;
  return ita_category_for (&result->thresholds, level->value);
}

const ItaThresholds *
ita_result_get_thresholds (ItaResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);
  return &result->thresholds;
}

GArray *
ita_result_get_discrepancies (ItaResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);
  return result->discrepancies;
}

GArray *
ita_result_get_gains (ItaResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);
  return result->gains;
}

ItaCategory
ita_category_for (const ItaThresholds *thresholds,
                  ItaCenti             value)
{
  ItaThresholds t = thresholds != NULL ? *thresholds : ITA_THRESHOLDS_DEFAULT;

  if (value == ITA_CENTI_NONE)
    return ITA_CATEGORY_NONE;
  if (value >= t.maintain)
    return ITA_CATEGORY_MAINTAIN;
  if (value >= t.raise)
    return ITA_CATEGORY_RAISE;
  return ITA_CATEGORY_IMPROVE;
}

const char *
ita_category_to_string (ItaCategory category)
{
  switch (category)
    {
    case ITA_CATEGORY_MAINTAIN:
      return "maintain";
    case ITA_CATEGORY_RAISE:
      return "raise";
    case ITA_CATEGORY_IMPROVE:
      return "improve";
    case ITA_CATEGORY_NONE:
    default:
      return NULL;
    }
}
