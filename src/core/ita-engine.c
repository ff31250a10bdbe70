/* ita-engine.c: item → sub-indicator → indicator → tool → weighted total
 *
 * Every level is a mean of the values of the level below, rounded half-up
 * to hundredths on integers (ita-decimal.h); the value that flows upward is
 * the official figure when one is given, else the computed one. A level
 * with only some inputs scored is computed from those and says so in
 * n_scored / n_inputs (and is flagged incomplete, ita-engine-flags.c). A
 * tool with parts is the mean of its parts when each has a value: the part
 * the tool's items measure is computed from the items' indicators, the
 * others are entered. The rules are in docs/score-json.md.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ita-counters.h"
#include "ita-engine-private.h"

/* Computations so far (ita-counters.h: tests count them). */
static guint compute_count;

G_DEFINE_BOXED_TYPE (ItaResult, ita_result, ita_result_ref, ita_result_unref)

guint
ita_engine_get_compute_count (void)
{
  return (guint) g_atomic_int_get (&compute_count);
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

static void
free_reason (gpointer data)
{
  ItaReason *reason = data;

  g_free (reason->id);
  g_free (reason->key);
  g_free (reason->text_th);
  g_free (reason->text_en);
  g_free (reason);
}

/* ---- the sheet -------------------------------------------------------- */

void
ita_sheet_init (ItaSheet     *sheet,
                ItaFramework *framework)
{
  guint n_parts = 0;
  ItaLevel *p;

  for (guint t = 0; t < ITA_N_TOOLS; t++)
    n_parts += framework->tools[t].n_parts;
  sheet->n_levels = framework->n_items + framework->plan.n_subs + n_parts + ITA_N_INDICATORS + ITA_N_TOOLS + 1;
  sheet->block = g_new0 (ItaLevel, sheet->n_levels);
  for (guint i = 0; i < sheet->n_levels; i++)
    {
      sheet->block[i].value = ITA_CENTI_NONE;
      sheet->block[i].computed = ITA_CENTI_NONE;
      sheet->block[i].official = ITA_CENTI_NONE;
    }
  sheet->items = sheet->block;
  sheet->subs = sheet->items + framework->n_items;
  p = sheet->subs + framework->plan.n_subs;
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    {
      sheet->parts[t] = p;
      p += framework->tools[t].n_parts;
    }
  sheet->indicators = p;
  sheet->tools = sheet->indicators + ITA_N_INDICATORS;
  sheet->total = sheet->tools + ITA_N_TOOLS;
}

void
ita_sheet_clear (ItaSheet *sheet)
{
  g_clear_pointer (&sheet->block, g_free);
}

void
ita_sheet_copy_inputs (ItaSheet       *dst,
                       const ItaSheet *src)
{
  g_return_if_fail (dst->n_levels == src->n_levels);

  for (guint i = 0; i < src->n_levels; i++)
    {
      dst->block[i].official = src->block[i].official;
      dst->block[i].value = src->block[i].value;
    }
}

char *
ita_sheet_level_key (const ItaSheet *sheet,
                     ItaFramework   *fw,
                     const ItaLevel *level)
{
  if (level >= sheet->items && level < sheet->subs)
    return g_strdup (fw->items[level - sheet->items].code);
  if (level >= sheet->subs && level < sheet->subs + fw->plan.n_subs)
    return g_strconcat ("sub:", fw->plan.subs[level - sheet->subs]->code, NULL);
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    if (level >= sheet->parts[t] && level < sheet->parts[t] + fw->tools[t].n_parts)
      return g_strdup (fw->tools[t].parts[level - sheet->parts[t]].code);
  if (level >= sheet->indicators && level < sheet->indicators + ITA_N_INDICATORS)
    return g_strdup_printf ("ind:%d", (int) (level - sheet->indicators) + 1);
  if (level >= sheet->tools && level < sheet->tools + ITA_N_TOOLS)
    return g_strdup (fw->tools[level - sheet->tools].code);
  return g_strdup ("TOTAL");
}

static void
read_inputs (ItaSheet     *s,
             ItaFramework *fw,
             ItaScores    *scores)
{
  char key[64];

  for (guint i = 0; i < fw->n_items; i++)
    s->items[i].value = ita_scores_get (scores, fw->items[i].code);
  for (guint k = 0; k < fw->plan.n_subs; k++)
    {
      g_snprintf (key, sizeof key, "sub:%s", fw->plan.subs[k]->code);
      s->subs[k].official = ita_scores_get (scores, key);
    }
  for (guint k = 0; k < ITA_N_INDICATORS; k++)
    {
      g_snprintf (key, sizeof key, "ind:%u", k + 1);
      s->indicators[k].official = ita_scores_get (scores, key);
    }
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    {
      s->tools[t].official = ita_scores_get (scores, fw->tools[t].code);
      for (guint p = 0; p < fw->tools[t].n_parts; p++)
        s->parts[t][p].official = ita_scores_get (scores, fw->tools[t].parts[p].code);
    }
  s->total->official = ita_scores_get (scores, "TOTAL");
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

gboolean
ita_tool_is_complete (ItaFramework *fw,
                      ItaTool       tool)
{
  return fw->tools[tool].item_list == ITA_ITEM_LIST_COMPLETE;
}

/* Σ weight × tool over the tools that have a value, divided by the sum of
 * their weights: the published formula when all three are there. */
static ItaCenti
weighted_total (ItaFramework   *fw,
                const ItaLevel *tools,
                guint          *n_scored)
{
  gint64 sum = 0, weights = 0;
  guint n = 0;

  for (guint t = 0; t < ITA_N_TOOLS; t++)
    {
      if (tools[t].value == ITA_CENTI_NONE)
        continue;
      sum += (gint64) fw->tools[t].weight * tools[t].value;
      weights += fw->tools[t].weight;
      n++;
    }
  *n_scored = n;
  if (weights == 0)
    return ITA_CENTI_NONE;
  return (ItaCenti) ita_decimal_div_round (sum, weights);
}

static void
rollup_items_and_subs (ItaSheet     *s,
                       ItaFramework *fw)
{
  const ItaFrameworkPlan *plan = &fw->plan;

  for (guint i = 0; i < fw->n_items; i++)
    {
      ItaLevel *l = &s->items[i];

      l->computed = ITA_CENTI_NONE;
      l->official = ITA_CENTI_NONE;
      l->n_scored = l->value != ITA_CENTI_NONE;
      l->n_inputs = 1;
    }

  for (guint k = 0; k < plan->n_subs; k++)
    {
      Acc acc = { 0 };

      if (ita_tool_is_complete (fw, fw->indicators[plan->subs[k]->indicator - 1].tool))
        for (guint j = plan->sub_item_start[k]; j < plan->sub_item_start[k + 1]; j++)
          acc_add (&acc, s->items[plan->sub_items[j]].value);
      settle (&s->subs[k], &acc);
    }
}

static void
rollup_indicators (ItaSheet     *s,
                   ItaFramework *fw)
{
  const ItaFrameworkPlan *plan = &fw->plan;

  for (guint k = 0; k < ITA_N_INDICATORS; k++)
    {
      Acc acc = { 0 };

      if (fw->indicators[k].n_subs > 0)
        for (guint j = plan->ind_sub_start[k]; j < plan->ind_sub_start[k + 1]; j++)
          acc_add (&acc, s->subs[j].value);
      else if (ita_tool_is_complete (fw, fw->indicators[k].tool))
        for (guint j = plan->ind_item_start[k]; j < plan->ind_item_start[k + 1]; j++)
          acc_add (&acc, s->items[plan->ind_items[j]].value);
      settle (&s->indicators[k], &acc);
    }
}

/* A part its items measure is the mean of the tool's indicators as
 * computed from the items (not of their official values, which include
 * the other parts); any other part is only entered. */
static void
rollup_parts (ItaSheet     *s,
              ItaFramework *fw,
              ItaTool       t,
              Acc          *parts)
{
  const ItaToolDef *def = &fw->tools[t];

  for (guint p = 0; p < def->n_parts; p++)
    {
      ItaLevel *part = &s->parts[t][p];

      if (def->parts[p].from == ITA_PART_FROM_ITEMS)
        {
          Acc acc = { 0 };

          for (guint k = 0; k < ITA_N_INDICATORS; k++)
            if (fw->indicators[k].tool == t)
              acc_add (&acc, s->indicators[k].computed);
          settle (part, &acc);
        }
      else
        {
          part->computed = ITA_CENTI_NONE;
          part->value = part->official;
          part->n_scored = part->official != ITA_CENTI_NONE;
          part->n_inputs = 1;
        }
      acc_add (parts, part->value);
    }
}

static void
rollup_tools_and_total (ItaSheet     *s,
                        ItaFramework *fw)
{
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    {
      const ItaToolDef *def = &fw->tools[t];
      Acc parts = { 0 }, inds = { 0 };

      rollup_parts (s, fw, (ItaTool) t, &parts);
      for (guint k = 0; k < ITA_N_INDICATORS; k++)
        if (fw->indicators[k].tool == (ItaTool) t)
          acc_add (&inds, s->indicators[k].value);
      settle (&s->tools[t], def->n_parts > 0 && parts.n_scored == def->n_parts ? &parts : &inds);
    }

  s->total->computed = weighted_total (fw, s->tools, &s->total->n_scored);
  s->total->n_inputs = ITA_N_TOOLS;
  s->total->value = s->total->official != ITA_CENTI_NONE ? s->total->official : s->total->computed;
}

void
ita_sheet_rollup (ItaSheet     *sheet,
                  ItaFramework *framework)
{
  rollup_items_and_subs (sheet, framework);
  rollup_indicators (sheet, framework);
  rollup_tools_and_total (sheet, framework);
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

/* Bottom-up per tool: its sub-indicators and indicators, its parts, then
 * the tool; the total last. An indicator computed from the items of one
 * part only (EIT ส่วนที่ 1) is not compared with the official figure,
 * which includes the other parts. */
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
          for (guint j = plan->ind_sub_start[k]; j < plan->ind_sub_start[k + 1]; j++)
            check_level (r->discrepancies, &r->subs[j], "subindicator", plan->subs[j]->code);
          if (ita_result_has_reason_kind (r, (guint) (&r->indicators[k] - r->sheet.block), "parts:"))
            continue;
          g_snprintf (id, sizeof id, "%u", k + 1);
          check_level (r->discrepancies, &r->indicators[k], "indicator", id);
        }
      for (guint p = 0; p < fw->tools[t].n_parts; p++)
        check_level (r->discrepancies, &r->parts[t][p], "part", fw->tools[t].parts[p].code);
      check_level (r->discrepancies, &r->tools[t], "tool", fw->tools[t].code);
    }
  check_level (r->discrepancies, r->total, "total", "TOTAL");
}

/* ---- public API ------------------------------------------------------- */

static ItaResult *
result_new (ItaFramework        *framework,
            const ItaThresholds *thresholds)
{
  ItaResult *r = g_new0 (ItaResult, 1);

  g_atomic_ref_count_init (&r->ref_count);
  r->framework = g_object_ref (framework);
  r->thresholds = thresholds != NULL ? *thresholds : ITA_THRESHOLDS_DEFAULT;
  ita_sheet_init (&r->sheet, framework);
  r->items = r->sheet.items;
  r->subs = r->sheet.subs;
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    r->parts[t] = r->sheet.parts[t];
  r->indicators = r->sheet.indicators;
  r->tools = r->sheet.tools;
  r->total = r->sheet.total;
  r->reasons = g_ptr_array_new_with_free_func (free_reason);
  r->reason_index = g_hash_table_new (g_str_hash, g_str_equal);
  r->level_reasons = g_new0 (GArray *, r->sheet.n_levels + 1);
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

  for (guint i = 0; i <= result->sheet.n_levels; i++)
    g_clear_pointer (&result->level_reasons[i], g_array_unref);
  g_free (result->level_reasons);
  g_clear_pointer (&result->reason_index, g_hash_table_unref);
  g_clear_pointer (&result->used_reasons, g_ptr_array_unref);
  g_clear_pointer (&result->reasons, g_ptr_array_unref);
  ita_sheet_clear (&result->sheet);
  g_clear_pointer (&result->discrepancies, g_array_unref);
  g_clear_pointer (&result->gains, g_array_unref);
  g_strfreev (result->unscored);
  g_clear_pointer (&result->next_grade, ita_next_grade_free);
  g_free (result->grade.explanation_th);
  g_free (result->grade.explanation_en);
  g_clear_object (&result->framework);
  g_free (result);
}

ItaResult *
ita_engine_compute (ItaFramework        *framework,
                    ItaScores           *scores,
                    const ItaThresholds *thresholds)
{
  ItaResult *r;
  ItaCenti tools[ITA_N_TOOLS];
  const char *official_grade;

  g_return_val_if_fail (ITA_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (scores != NULL, NULL);

  g_atomic_int_inc (&compute_count);
  r = result_new (framework, thresholds);
  read_inputs (&r->sheet, framework, scores);
  ita_sheet_rollup (&r->sheet, framework);

  for (guint t = 0; t < ITA_N_TOOLS; t++)
    tools[t] = r->tools[t].value;
  r->has_grade = ita_grade_decide (&framework->grading, r->total->value, tools, &r->grade);
  official_grade = ita_scores_get_grade (scores);
  if (official_grade != NULL)
    r->official_grade = ita_framework_lookup_band (framework, official_grade);

  ita_result_mark_flags (r);
  find_discrepancies (r);
  ita_result_find_gains (r);
  return r;
}

ItaCenti
ita_engine_total_if_fixed (ItaFramework       *framework,
                           ItaScores          *scores,
                           const char * const *codes)
{
  g_autoptr(ItaResult) r = NULL;

  g_return_val_if_fail (ITA_IS_FRAMEWORK (framework), ITA_CENTI_NONE);
  g_return_val_if_fail (scores != NULL, ITA_CENTI_NONE);

  r = ita_engine_compute (framework, scores, NULL);
  return ita_result_what_if (r, codes).total;
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
    return result->total;
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
  return result->total;
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

const ItaGradeBand *
ita_result_get_official_grade (ItaResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);
  return result->official_grade;
}

gboolean
ita_result_grade_differs (ItaResult *result)
{
  g_return_val_if_fail (result != NULL, FALSE);

  if (result->official_grade == NULL || !result->has_grade)
    return FALSE;
  return !g_str_equal (result->official_grade->code, result->grade.code);
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

int
ita_result_get_fiscal_year (ItaResult *result)
{
  g_return_val_if_fail (result != NULL, 0);
  return result->fiscal_year > 0 ? result->fiscal_year : ita_framework_get_fiscal_year (result->framework);
}

void
ita_result_set_fiscal_year (ItaResult *result,
                            int        fiscal_year)
{
  g_return_if_fail (result != NULL);
  result->fiscal_year = fiscal_year;
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

const char * const *
ita_result_get_unscored (ItaResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);
  return (const char * const *) result->unscored;
}

void
ita_engine_init_gains (GArray **gains)
{
  *gains = g_array_new (FALSE, FALSE, sizeof (ItaGain));
  g_array_set_clear_func (*gains, clear_gain);
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
