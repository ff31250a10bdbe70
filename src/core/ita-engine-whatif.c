/* ita-engine-whatif.c: what-if on top of the reported figures, the gains
 * of single items, and the way to the next grade
 *
 * Fixing items (scoring them 100) is modelled along their paths: the
 * official figures on an item's path (its sub-indicator, indicator, the
 * part its tool's items measure, the tool and the total) are set aside so
 * that the items reach the total, and the change of that model — with the
 * items fixed minus as they are — is added to the reported figures. Every
 * other level keeps its value. So a gain is exactly what `--fix` adds to
 * the reported total (docs/score-json.md, "Gains and what-if").
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ita-engine-private.h"

/* ---- what-if ---------------------------------------------------------- */

static void
clear_path (ItaResult *r,
            ItaSheet  *s,
            guint      i)
{
  ItaFramework *fw = r->framework;
  const ItaItemDef *item = &fw->items[i];
  const ItaToolPart *items_part = ita_framework_get_items_part (fw, item->tool);
  const ItaToolDef *tool = &fw->tools[item->tool];

  if (!ita_tool_is_complete (fw, item->tool))
    return;
  if (fw->plan.item_sub[i] != ITA_NO_INDEX)
    s->subs[fw->plan.item_sub[i]].official = ITA_CENTI_NONE;
  s->indicators[item->indicator - 1].official = ITA_CENTI_NONE;
  /* the part the items measure; without one (an edition file that does
   * not say), every part as before */
  for (guint p = 0; p < tool->n_parts; p++)
    if (items_part == NULL || &tool->parts[p] == items_part)
      s->parts[item->tool][p].official = ITA_CENTI_NONE;
  s->tools[item->tool].official = ITA_CENTI_NONE;
  s->total->official = ITA_CENTI_NONE;
}

static ItaCenti
on_top (ItaCenti base,
        ItaCenti before,
        ItaCenti after)
{
  gint64 v;

  if (base == ITA_CENTI_NONE || before == ITA_CENTI_NONE || after == ITA_CENTI_NONE)
    return after;
  v = (gint64) base + after - before;
  return (ItaCenti) CLAMP (v, 0, ITA_CENTI_MAX);
}

/* fixed: n item indices */
static ItaWhatIf
what_if_indices (ItaResult   *r,
                 const guint *fixed,
                 guint        n)
{
  ItaFramework *fw = r->framework;
  ItaSheet a, b;
  ItaWhatIf out;

  ita_sheet_init (&a, fw);
  ita_sheet_init (&b, fw);
  ita_sheet_copy_inputs (&a, &r->sheet);
  for (guint j = 0; j < n; j++)
    clear_path (r, &a, fixed[j]);
  ita_sheet_copy_inputs (&b, &a);
  for (guint j = 0; j < n; j++)
    b.items[fixed[j]].value = ITA_CENTI_MAX;
  ita_sheet_rollup (&a, fw);
  ita_sheet_rollup (&b, fw);

  out.total = on_top (r->total->value, a.total->value, b.total->value);
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    out.tools[t] = on_top (r->tools[t].value, a.tools[t].value, b.tools[t].value);
  out.points = out.total != ITA_CENTI_NONE && r->total->value != ITA_CENTI_NONE
               ? out.total - r->total->value : 0;

  ita_sheet_clear (&a);
  ita_sheet_clear (&b);
  return out;
}

ItaWhatIf
ita_result_what_if (ItaResult          *result,
                    const char * const *codes)
{
  g_autoptr(GArray) fixed = g_array_new (FALSE, FALSE, sizeof (guint));
  ItaFramework *fw;

  g_return_val_if_fail (result != NULL, ((ItaWhatIf) { ITA_CENTI_NONE, { ITA_CENTI_NONE, ITA_CENTI_NONE, ITA_CENTI_NONE }, 0 }));

  fw = result->framework;
  for (guint c = 0; codes != NULL && codes[c] != NULL; c++)
    {
      const ItaItemDef *item = ita_framework_lookup_item (fw, codes[c]);
      guint i;

      if (item == NULL)
        {
          g_critical ("ita_result_what_if: %s has no item “%s”", fw->id, codes[c]);
          continue;
        }
      i = (guint) (item - fw->items);
      g_array_append_val (fixed, i);
    }
  return what_if_indices (result, (const guint *) fixed->data, fixed->len);
}

/* ---- gains ------------------------------------------------------------ */

typedef struct {
  guint    index;
  ItaCenti points;
  ItaCenti score;
} Candidate;

/* Largest gain first; equal gains: the item closer to done (a 50 before a
 * 0), then edition order. */
static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a, *cb = b;

  if (ca->points != cb->points)
    return ca->points > cb->points ? -1 : 1;
  if (ca->score != cb->score)
    return ca->score > cb->score ? -1 : 1;
  return ca->index < cb->index ? -1 : ca->index > cb->index;
}

/* An item can gain when its tool is computed from items and it is scored
 * below 100; an item of such a tool without a score is listed as
 * unscored instead (its gain depends on a score nobody has entered). */
void
ita_result_find_gains (ItaResult *r)
{
  ItaFramework *fw = r->framework;
  g_autofree Candidate *candidates = g_new (Candidate, fw->n_items + 1);
  g_autoptr(GPtrArray) unscored = g_ptr_array_new ();
  guint n = 0;

  ita_engine_init_gains (&r->gains);
  for (guint i = 0; i < fw->n_items; i++)
    {
      ItaCenti score = r->items[i].value;
      ItaWhatIf w;

      if (!ita_tool_is_complete (fw, fw->items[i].tool) || score == ITA_CENTI_MAX)
        continue;
      if (score == ITA_CENTI_NONE)
        {
          g_ptr_array_add (unscored, g_strdup (fw->items[i].code));
          continue;
        }
      w = what_if_indices (r, &i, 1);
      if (w.points > 0)
        candidates[n++] = (Candidate) { i, w.points, score };
    }

  qsort (candidates, n, sizeof (Candidate), compare_candidates);
  for (guint c = 0; c < n; c++)
    {
      ItaGain gain = { g_strdup (fw->items[candidates[c].index].code), candidates[c].points };
      g_array_append_val (r->gains, gain);
    }
  g_ptr_array_add (unscored, NULL);
  r->unscored = (char **) g_ptr_array_free (g_steal_pointer (&unscored), FALSE);
}

/* ---- the next grade --------------------------------------------------- */

void
ita_next_grade_free (ItaNextGrade *next)
{
  if (next == NULL)
    return;
  g_strfreev (next->items);
  g_free (next->condition_th);
  g_free (next->condition_en);
  g_free (next->blocker_th);
  g_free (next->blocker_en);
  g_free (next);
}

typedef struct {
  ItaResult          *r;
  const ItaGradeBand *target;
  GArray             *chosen;     /* of guint item index */
  gboolean           *in_set;     /* per item */
  ItaWhatIf           w;          /* the figures with chosen fixed */
} Search;

static gboolean
fixable (ItaResult *r,
         guint      i)
{
  ItaCenti v = r->items[i].value;

  return ita_tool_is_complete (r->framework, r->framework->items[i].tool) &&
         v != ITA_CENTI_NONE && v < ITA_CENTI_MAX;
}

static gboolean
tool_meets (const Search *s,
            const ItaWhatIf *w,
            guint         t)
{
  return s->target->tools_min == ITA_CENTI_NONE ||
         (w->tools[t] != ITA_CENTI_NONE && w->tools[t] >= s->target->tools_min);
}

static gboolean
reaches (const Search    *s,
         const ItaWhatIf *w)
{
  if (w->total == ITA_CENTI_NONE || w->total < s->target->min)
    return FALSE;
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    if (!tool_meets (s, w, t))
      return FALSE;
  return TRUE;
}

static ItaWhatIf
with_item (Search *s,
           guint   i)
{
  ItaWhatIf w;

  g_array_append_val (s->chosen, i);
  w = what_if_indices (s->r, (const guint *) s->chosen->data, s->chosen->len);
  g_array_set_size (s->chosen, s->chosen->len - 1);
  return w;
}

/* Adds the item that raises tool t (or, t < 0, the total) most; FALSE when
 * no item raises it. */
static gboolean
add_best (Search *s,
          int     t)
{
  ItaFramework *fw = s->r->framework;
  ItaCenti now = t < 0 ? s->w.total : s->w.tools[t];
  ItaCenti best_gain = 0, best_score = 0;
  guint best = G_MAXUINT;
  ItaWhatIf best_w = s->w;

  for (guint i = 0; i < fw->n_items; i++)
    {
      ItaWhatIf w;
      ItaCenti v, gain;

      if (s->in_set[i] || !fixable (s->r, i) || (t >= 0 && fw->items[i].tool != (ItaTool) t))
        continue;
      w = with_item (s, i);
      v = t < 0 ? w.total : w.tools[t];
      if (v == ITA_CENTI_NONE)
        continue;
      gain = now == ITA_CENTI_NONE ? v : v - now;
      /* ties: the item closer to done, then edition order */
      if (gain > best_gain || (gain == best_gain && gain > 0 && s->r->items[i].value > best_score))
        {
          best = i;
          best_gain = gain;
          best_score = s->r->items[i].value;
          best_w = w;
        }
    }
  if (best == G_MAXUINT)
    return FALSE;
  g_array_append_val (s->chosen, best);
  s->in_set[best] = TRUE;
  s->w = best_w;
  return TRUE;
}

static void
set_blocker (ItaNextGrade *next,
             const char   *what_th,
             const char   *what_en,
             ItaCenti      value,
             ItaCenti      limit)
{
  g_autofree char *v = ita_decimal_format (value, FALSE);
  g_autofree char *l = ita_decimal_format_short (limit, FALSE);

  if (next->blocker_en != NULL)
    return;
  if (value == ITA_CENTI_NONE)
    {
      next->blocker_th = g_strdup_printf ("%s ยังไม่มีคะแนน", what_th);
      next->blocker_en = g_strdup_printf ("%s has no figure yet", what_en);
      return;
    }
  next->blocker_th = g_strdup_printf ("%s จะได้ %s แม้แก้ไขทุกข้อแล้ว ยังต่ำกว่า %s", what_th, v, l);
  next->blocker_en = g_strdup_printf ("%s would be %s with every item fixed, below %s", what_en, v, l);
}

/* Drops chosen items, last first, that the band does not need. */
static void
prune (Search *s)
{
  for (guint j = s->chosen->len; j-- > 0;)
    {
      guint i = g_array_index (s->chosen, guint, j);
      ItaWhatIf w;

      g_array_remove_index (s->chosen, j);
      w = what_if_indices (s->r, (const guint *) s->chosen->data, s->chosen->len);
      if (reaches (s, &w))
        {
          s->in_set[i] = FALSE;
          s->w = w;
        }
      else
        g_array_insert_val (s->chosen, j, i);
    }
}

static void
describe_condition (ItaNextGrade       *next,
                    const ItaGradeBand *band)
{
  g_autofree char *min = ita_decimal_format_short (band->min, FALSE);

  if (band->tools_min == ITA_CENTI_NONE)
    {
      next->condition_th = g_strdup_printf ("คะแนนรวม %s คะแนนขึ้นไป", min);
      next->condition_en = g_strdup_printf ("total at least %s", min);
    }
  else
    {
      g_autofree char *tmin = ita_decimal_format_short (band->tools_min, FALSE);

      next->condition_th = g_strdup_printf ("คะแนนรวม %s คะแนนขึ้นไป และทุกเครื่องมือ (IIT EIT OIT) %s คะแนนขึ้นไป",
                                            min, tmin);
      next->condition_en = g_strdup_printf ("total at least %s and every tool (IIT, EIT, OIT) at least %s",
                                            min, tmin);
    }
}

/* Phase 1: each tool below the band's tool condition gets its own items,
 * best first, until it meets it; phase 2: the items that raise the total
 * most until it reaches the band; then what is not needed is dropped.
 * With gains that add up (the means are linear), this is the smallest
 * set. */
static ItaNextGrade *
find_next_grade (ItaResult          *r,
                 const ItaGradeBand *target)
{
  ItaFramework *fw = r->framework;
  ItaNextGrade *next = g_new0 (ItaNextGrade, 1);
  g_autofree gboolean *in_set = g_new0 (gboolean, fw->n_items + 1);
  g_autoptr(GArray) chosen = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  Search s = { r, target, chosen, in_set, what_if_indices (r, NULL, 0) };

  next->band = target;
  describe_condition (next, target);

  for (guint t = 0; t < ITA_N_TOOLS && target->tools_min != ITA_CENTI_NONE; t++)
    {
      while (!tool_meets (&s, &s.w, t))
        if (!add_best (&s, (int) t))
          break;
      if (!tool_meets (&s, &s.w, t))
        set_blocker (next, fw->tools[t].code, fw->tools[t].code, s.w.tools[t], target->tools_min);
    }
  while (s.w.total == ITA_CENTI_NONE || s.w.total < target->min)
    if (!add_best (&s, -1))
      break;
  if (s.w.total == ITA_CENTI_NONE || s.w.total < target->min)
    set_blocker (next, "คะแนนรวม", "The total", s.w.total, target->min);

  next->reachable = reaches (&s, &s.w);
  if (next->reachable)
    prune (&s);
  next->what_if = s.w;
  for (guint j = 0; j < chosen->len; j++)
    g_ptr_array_add (codes, g_strdup (fw->items[g_array_index (chosen, guint, j)].code));
  g_ptr_array_add (codes, NULL);
  next->items = (char **) g_ptr_array_free (g_steal_pointer (&codes), FALSE);
  return next;
}

const ItaNextGrade *
ita_result_get_next_grade (ItaResult *result)
{
  int k;

  g_return_val_if_fail (result != NULL, NULL);

  if (result->next_grade_done)
    return result->next_grade;
  result->next_grade_done = TRUE;
  if (!result->has_grade || (result->grade.flags & ITA_LEVEL_INCOMPLETE))
    return NULL;
  k = ita_grade_band_index (&result->framework->grading, result->grade.code);
  if (k <= 0)
    return NULL;
  result->next_grade = find_next_grade (result, &result->framework->grading.bands[k - 1]);
  return result->next_grade;
}
