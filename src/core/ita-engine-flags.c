/* ita-engine-flags.c: how final each figure is, and why
 *
 * After the roll-up, every computed level gets the reasons that make it
 * not final: inputs without a value ("incomplete": items not scored, EIT
 * ส่วนที่ 2 not entered, the EIT indicators computed from ส่วนที่ 1 alone)
 * and rules the edition marks as a gap or an inference ("provisional").
 * A level inherits the reasons of the values it is computed from; an
 * official value is final and stops them. The texts are in the two fixed
 * languages of the result (docs/score-json.md), so they are not run
 * through gettext.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ita-engine-private.h"

#define MAX_LISTED 5

/* ---- reasons ---------------------------------------------------------- */

static guint
add_reason (ItaResult     *r,
            const char    *id,
            ItaLevelFlags  kind,
            const char    *key,
            char          *text_th,
            char          *text_en)
{
  gpointer found = g_hash_table_lookup (r->reason_index, id);
  ItaReason *reason;

  if (found != NULL)
    {
      g_free (text_th);
      g_free (text_en);
      return GPOINTER_TO_UINT (found) - 1;
    }
  reason = g_new0 (ItaReason, 1);
  reason->id = g_strdup (id);
  reason->kind = kind;
  reason->key = g_strdup (key);
  reason->text_th = text_th;
  reason->text_en = text_en;
  g_ptr_array_add (r->reasons, reason);
  g_hash_table_insert (r->reason_index, reason->id, GUINT_TO_POINTER (r->reasons->len));
  return r->reasons->len - 1;
}

static void
attach (ItaResult *r,
        guint      level,
        guint      reason)
{
  GArray *list = r->level_reasons[level];

  if (list == NULL)
    list = r->level_reasons[level] = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < list->len; i++)
    if (g_array_index (list, guint, i) == reason)
      return;
  g_array_append_val (list, reason);
}

GArray *
ita_result_value_reasons (ItaResult *r,
                          guint      index)
{
  if (index < r->sheet.n_levels && r->sheet.block[index].official != ITA_CENTI_NONE)
    return NULL;
  return r->level_reasons[index];
}

static gboolean
reason_has_prefix (ItaResult  *r,
                   guint       reason,
                   const char *prefix)
{
  const ItaReason *x = g_ptr_array_index (r->reasons, reason);

  return prefix != NULL && g_str_has_prefix (x->id, prefix);
}

gboolean
ita_result_has_reason_kind (ItaResult  *r,
                            guint       index,
                            const char *id_prefix)
{
  GArray *list = r->level_reasons[index];

  for (guint i = 0; list != NULL && i < list->len; i++)
    if (reason_has_prefix (r, g_array_index (list, guint, i), id_prefix))
      return TRUE;
  return FALSE;
}

/* The reasons of src's value become reasons of dst's computed value,
 * except those whose id starts with skip. */
static void
inherit (ItaResult  *r,
         guint       dst,
         guint       src,
         const char *skip)
{
  GArray *list = ita_result_value_reasons (r, src);

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      guint reason = g_array_index (list, guint, i);

      if (!reason_has_prefix (r, reason, skip))
        attach (r, dst, reason);
    }
}

static guint
index_of (ItaResult      *r,
          const ItaLevel *level)
{
  return (guint) (level - r->sheet.block);
}

/* ---- names and texts -------------------------------------------------- */

typedef struct {
  char *th;
  char *en;
} Names;

static void
names_clear (Names *n)
{
  g_free (n->th);
  g_free (n->en);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Names, names_clear)

static Names
names_of (ItaResult      *r,
          const ItaLevel *level)
{
  ItaFramework *fw = r->framework;
  ItaSheet *s = &r->sheet;
  Names n;

  if (level >= s->subs && level < s->subs + fw->plan.n_subs)
    {
      const char *code = fw->plan.subs[level - s->subs]->code;

      n.th = g_strdup_printf ("ตัวชี้วัดย่อยที่ %s", code);
      n.en = g_strdup_printf ("Sub-indicator %s", code);
      return n;
    }
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    if (level >= s->parts[t] && level < s->parts[t] + fw->tools[t].n_parts)
      {
        const ItaToolPart *part = &fw->tools[t].parts[level - s->parts[t]];

        n.th = g_strdup (part->name_th);
        n.en = g_strdup (*part->name_en != '\0' ? part->name_en : part->code);
        return n;
      }
  if (level >= s->indicators && level < s->indicators + ITA_N_INDICATORS)
    {
      int k = (int) (level - s->indicators) + 1;

      n.th = g_strdup_printf ("ตัวชี้วัดที่ %d", k);
      n.en = g_strdup_printf ("Indicator %d", k);
      return n;
    }
  if (level >= s->tools && level < s->tools + ITA_N_TOOLS)
    {
      n.th = g_strdup (fw->tools[level - s->tools].code);
      n.en = g_strdup (fw->tools[level - s->tools].code);
      return n;
    }
  n.th = g_strdup ("คะแนนรวม");
  n.en = g_strdup ("The total");
  return n;
}

/* "o5, o7" / "o1, o2, o4, o6, o7 and 3 more" (th "… และอีก 3 ข้อ") */
static void
list_codes (GPtrArray *codes,
            GString   *th,
            GString   *en)
{
  for (guint i = 0; i < codes->len && i < MAX_LISTED; i++)
    {
      if (i > 0)
        {
          g_string_append (th, ", ");
          g_string_append (en, ", ");
        }
      g_string_append (th, g_ptr_array_index (codes, i));
      g_string_append (en, g_ptr_array_index (codes, i));
    }
  if (codes->len > MAX_LISTED)
    {
      g_string_append_printf (th, " และอีก %u ข้อ", codes->len - MAX_LISTED);
      g_string_append_printf (en, " and %u more", codes->len - MAX_LISTED);
    }
}

/* A sub-indicator's or an indicator's items without a score. */
static void
mark_unscored (ItaResult      *r,
               const ItaLevel *level,
               const guint    *items,
               guint           n_items)
{
  ItaFramework *fw = r->framework;
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  g_autoptr(GString) th = g_string_new (NULL);
  g_autoptr(GString) en = g_string_new (NULL);
  g_auto(Names) names = names_of (r, level);
  g_autofree char *key = ita_sheet_level_key (&r->sheet, fw, level);
  g_autofree char *id = g_strconcat ("unscored:", key, NULL);

  for (guint j = 0; j < n_items; j++)
    if (r->items[items[j]].value == ITA_CENTI_NONE)
      g_ptr_array_add (codes, fw->items[items[j]].code);
  if (codes->len == 0)
    return;

  g_string_append_printf (th, "%s: ยังไม่มีคะแนน %u จาก %u ข้อ (", names.th, codes->len, n_items);
  if (codes->len == 1)
    g_string_append_printf (en, "%s: 1 of %u items has no score (", names.en, n_items);
  else
    g_string_append_printf (en, "%s: %u of %u items have no score (", names.en, codes->len, n_items);
  list_codes (codes, th, en);
  g_string_append_c (th, ')');
  g_string_append_c (en, ')');
  attach (r, index_of (r, level),
          add_reason (r, id, ITA_LEVEL_INCOMPLETE, key,
                      g_string_free (g_steal_pointer (&th), FALSE),
                      g_string_free (g_steal_pointer (&en), FALSE)));
}

/* A level without a value: its reasons are replaced by "missing". */
static void
mark_missing (ItaResult      *r,
              const ItaLevel *level,
              gboolean        items_known)
{
  ItaFramework *fw = r->framework;
  ItaSheet *s = &r->sheet;
  g_auto(Names) names = names_of (r, level);
  g_autofree char *key = ita_sheet_level_key (s, fw, level);
  g_autofree char *id = g_strconcat ("missing:", key, NULL);
  guint index = index_of (r, level);
  char *th, *en;
  gboolean is_part = FALSE, entered_part = FALSE;

  for (guint t = 0; t < ITA_N_TOOLS; t++)
    if (level >= s->parts[t] && level < s->parts[t] + fw->tools[t].n_parts)
      {
        is_part = TRUE;
        entered_part = fw->tools[t].parts[level - s->parts[t]].from == ITA_PART_FROM_ENTERED;
      }

  if (entered_part)
    {
      th = g_strdup_printf ("ยังไม่ได้กรอก %s: กรอกคะแนนตามที่สำนักงาน ป.ป.ช. แจ้ง", names.th);
      en = g_strdup_printf ("%s has not been entered: enter the figure NACC reports", names.en);
    }
  else if (is_part)
    {
      th = g_strdup_printf ("%s ยังไม่มีคะแนน: กรอกคะแนนรายข้อหรือคะแนนตามที่สำนักงาน ป.ป.ช. แจ้ง", names.th);
      en = g_strdup_printf ("%s has no figure yet: enter its items or the figure NACC reports", names.en);
    }
  else if (level == s->total)
    {
      th = g_strdup ("ยังไม่มีคะแนนรวม");
      en = g_strdup ("There is no total yet");
    }
  else if (level >= s->tools && level < s->tools + ITA_N_TOOLS)
    {
      th = g_strdup_printf ("%s ยังไม่มีคะแนน", names.th);
      en = g_strdup_printf ("%s has no figure yet", names.en);
    }
  else if (items_known)
    {
      th = g_strdup_printf ("%s ยังไม่มีคะแนน: กรอกคะแนนรายข้อหรือคะแนนทางการ", names.th);
      en = g_strdup_printf ("%s has no figure yet: enter its items or the official figure", names.en);
    }
  else
    {
      th = g_strdup_printf ("%s ยังไม่มีคะแนน: กรอกคะแนนทางการ", names.th);
      en = g_strdup_printf ("%s has no figure yet: enter the official figure", names.en);
    }

  if (r->level_reasons[index] != NULL)
    g_array_set_size (r->level_reasons[index], 0);
  attach (r, index, add_reason (r, id, ITA_LEVEL_INCOMPLETE, key, th, en));
}

static void
mark_rule (ItaResult        *r,
           guint             index,
           const ItaRuleDef *rule,
           const char       *key)
{
  g_autofree char *id = NULL;

  if (!ita_rule_is_provisional (rule))
    return;
  id = g_strconcat ("rule:", g_str_equal (key, "GRADE") ? "grading" : key, NULL);
  attach (r, index, add_reason (r, id, ITA_LEVEL_PROVISIONAL, key,
                                g_strdup (rule->reason_th), g_strdup (rule->reason_en)));
}

/* "EIT ส่วนที่ 2" / "EIT part 2 and EIT part 3": the parts only entered */
static Names
entered_parts (const ItaToolDef *tool)
{
  g_autoptr(GString) th = g_string_new (NULL);
  g_autoptr(GString) en = g_string_new (NULL);
  Names n;

  for (guint p = 0; p < tool->n_parts; p++)
    {
      if (tool->parts[p].from != ITA_PART_FROM_ENTERED)
        continue;
      if (th->len > 0)
        {
          g_string_append (th, " และ ");
          g_string_append (en, " and ");
        }
      g_string_append (th, tool->parts[p].name_th);
      g_string_append (en, *tool->parts[p].name_en != '\0' ? tool->parts[p].name_en : tool->parts[p].code);
    }
  n.th = g_string_free (g_steal_pointer (&th), FALSE);
  n.en = g_string_free (g_steal_pointer (&en), FALSE);
  return n;
}

/* The indicators of a tool whose items measure one part, while others are
 * entered: computed from the items they are that part only. */
static void
mark_part_only (ItaResult *r,
                guint      index,
                ItaTool    tool)
{
  ItaFramework *fw = r->framework;
  const ItaToolDef *def = &fw->tools[tool];
  const ItaToolPart *items_part = ita_framework_get_items_part (fw, tool);
  g_auto(Names) others = { NULL, NULL };
  g_autofree char *id = NULL;
  char *th, *en;

  if (items_part == NULL)
    return;
  others = entered_parts (def);
  if (*others.th == '\0')
    return;

  id = g_strconcat ("parts:", def->code, NULL);
  th = g_strdup_printf ("คะแนนตัวชี้วัดของ %s ที่คำนวณจากรายข้อเป็นคะแนนของ %s เท่านั้น "
                        "คะแนนตัวชี้วัดของสำนักงาน ป.ป.ช. รวม %s ด้วย: กรอกเป็นคะแนนทางการ",
                        def->code, items_part->name_th, others.th);
  en = g_strdup_printf ("The %s indicators computed from the items cover %s only; NACC’s indicator "
                        "figures also include %s: enter them as official figures",
                        def->code, *items_part->name_en != '\0' ? items_part->name_en : items_part->code,
                        others.en);
  attach (r, index, add_reason (r, id, ITA_LEVEL_INCOMPLETE, def->code, th, en));
}

/* ---- the levels, bottom-up -------------------------------------------- */

static void
mark_subs (ItaResult *r)
{
  ItaFramework *fw = r->framework;
  const ItaFrameworkPlan *plan = &fw->plan;

  for (guint k = 0; k < plan->n_subs; k++)
    {
      const ItaLevel *level = &r->subs[k];
      gboolean known = ita_tool_is_complete (fw, fw->indicators[plan->subs[k]->indicator - 1].tool);

      if (known)
        mark_unscored (r, level, plan->sub_items + plan->sub_item_start[k],
                       plan->sub_item_start[k + 1] - plan->sub_item_start[k]);
      if (level->computed == ITA_CENTI_NONE)
        mark_missing (r, level, known);
    }
}

static void
mark_indicators (ItaResult *r)
{
  ItaFramework *fw = r->framework;
  const ItaFrameworkPlan *plan = &fw->plan;

  for (guint k = 0; k < ITA_N_INDICATORS; k++)
    {
      const ItaIndicatorDef *def = &fw->indicators[k];
      const ItaLevel *level = &r->indicators[k];
      guint index = index_of (r, level);
      gboolean known = ita_tool_is_complete (fw, def->tool);
      g_autofree char *key = g_strdup_printf ("ind:%u", k + 1);

      if (def->n_subs > 0)
        for (guint j = plan->ind_sub_start[k]; j < plan->ind_sub_start[k + 1]; j++)
          inherit (r, index, index_of (r, &r->subs[j]), NULL);
      else if (known)
        mark_unscored (r, level, plan->ind_items + plan->ind_item_start[k],
                       plan->ind_item_start[k + 1] - plan->ind_item_start[k]);

      if (level->computed == ITA_CENTI_NONE)
        {
          mark_missing (r, level, known || def->n_subs > 0);
          continue;
        }
      if (def->n_subs == 0 && known)
        mark_part_only (r, index, def->tool);
      mark_rule (r, index, &def->rule, key);
    }
}

static void
mark_parts (ItaResult *r,
            ItaTool    t)
{
  ItaFramework *fw = r->framework;
  const ItaToolDef *def = &fw->tools[t];

  for (guint p = 0; p < def->n_parts; p++)
    {
      const ItaLevel *part = &r->parts[t][p];
      guint index = index_of (r, part);

      /* the items part is the mean of the indicators as computed, so it
       * has the reasons of those computations */
      if (def->parts[p].from == ITA_PART_FROM_ITEMS)
        for (guint k = 0; k < ITA_N_INDICATORS; k++)
          if (fw->indicators[k].tool == t && r->level_reasons[index_of (r, &r->indicators[k])] != NULL)
            {
              GArray *list = r->level_reasons[index_of (r, &r->indicators[k])];

              for (guint i = 0; i < list->len; i++)
                if (!reason_has_prefix (r, g_array_index (list, guint, i), "parts:"))
                  attach (r, index, g_array_index (list, guint, i));
            }
      if (part->computed == ITA_CENTI_NONE)
        mark_missing (r, part, def->parts[p].from == ITA_PART_FROM_ITEMS);
    }
}

static void
mark_tools (ItaResult *r)
{
  ItaFramework *fw = r->framework;

  for (guint t = 0; t < ITA_N_TOOLS; t++)
    {
      const ItaToolDef *def = &fw->tools[t];
      const ItaLevel *tool = &r->tools[t];
      guint index = index_of (r, tool);
      guint n_valued = 0;
      gboolean part_only = FALSE;

      mark_parts (r, (ItaTool) t);
      for (guint p = 0; p < def->n_parts; p++)
        n_valued += r->parts[t][p].value != ITA_CENTI_NONE;

      if (def->n_parts > 0 && n_valued == def->n_parts)
        {
          for (guint p = 0; p < def->n_parts; p++)
            inherit (r, index, index_of (r, &r->parts[t][p]), NULL);
        }
      else
        {
          for (guint k = 0; k < ITA_N_INDICATORS; k++)
            {
              guint ind = index_of (r, &r->indicators[k]);
              GArray *list;

              if (fw->indicators[k].tool != (ItaTool) t)
                continue;
              inherit (r, index, ind, "parts:");
              list = ita_result_value_reasons (r, ind);
              for (guint i = 0; list != NULL && i < list->len; i++)
                part_only |= reason_has_prefix (r, g_array_index (list, guint, i), "parts:");
            }
          /* indicators of one part stand for the tool: the parts that
           * are missing are what it lacks */
          for (guint p = 0; part_only && p < def->n_parts; p++)
            if (r->parts[t][p].value == ITA_CENTI_NONE)
              inherit (r, index, index_of (r, &r->parts[t][p]), NULL);
        }

      if (tool->computed == ITA_CENTI_NONE)
        mark_missing (r, tool, TRUE);
      else
        mark_rule (r, index, &def->rule, def->code);
    }
}

static void
mark_total_and_grade (ItaResult *r)
{
  ItaFramework *fw = r->framework;
  guint index = index_of (r, r->total);
  guint grade = r->sheet.n_levels;

  for (guint t = 0; t < ITA_N_TOOLS; t++)
    inherit (r, index, index_of (r, &r->tools[t]), NULL);
  if (r->total->computed == ITA_CENTI_NONE)
    mark_missing (r, r->total, TRUE);
  else
    mark_rule (r, index, &fw->total_rule, "TOTAL");

  if (!r->has_grade)
    return;
  inherit (r, grade, index, NULL);
  if (ita_grade_tools_matter (&fw->grading, r->total->value))
    for (guint t = 0; t < ITA_N_TOOLS; t++)
      inherit (r, grade, index_of (r, &r->tools[t]), NULL);
  mark_rule (r, grade, &fw->grading.rule, "GRADE");
}

static guint
flags_of (ItaResult *r,
          guint      index)
{
  GArray *list = ita_result_value_reasons (r, index);
  guint flags = 0;

  for (guint i = 0; list != NULL && i < list->len; i++)
    flags |= ((const ItaReason *) g_ptr_array_index (r->reasons, g_array_index (list, guint, i)))->kind;
  return flags;
}

/* the reasons that mark some value (a computed value under an official
 * one marks nothing), in the order they arose */
static void
collect_used (ItaResult *r)
{
  g_autofree gboolean *used = g_new0 (gboolean, r->reasons->len + 1);

  for (guint i = 0; i <= r->sheet.n_levels; i++)
    {
      GArray *list = ita_result_value_reasons (r, i);

      if (i == r->sheet.n_levels && !r->has_grade)
        continue;
      for (guint j = 0; list != NULL && j < list->len; j++)
        used[g_array_index (list, guint, j)] = TRUE;
    }
  r->used_reasons = g_ptr_array_new ();
  for (guint kind = ITA_LEVEL_INCOMPLETE; kind <= ITA_LEVEL_PROVISIONAL; kind <<= 1)
    for (guint i = 0; i < r->reasons->len; i++)
      if (used[i] && ((const ItaReason *) g_ptr_array_index (r->reasons, i))->kind == kind)
        g_ptr_array_add (r->used_reasons, g_ptr_array_index (r->reasons, i));
}

void
ita_result_mark_flags (ItaResult *r)
{
  mark_subs (r);
  mark_indicators (r);
  mark_tools (r);
  mark_total_and_grade (r);

  for (guint i = r->framework->n_items; i < r->sheet.n_levels; i++)
    r->sheet.block[i].flags = flags_of (r, i);
  if (r->has_grade)
    r->grade.flags = flags_of (r, r->sheet.n_levels);
  collect_used (r);
}

/* ---- public API ------------------------------------------------------- */

static gboolean
index_for_key (ItaResult  *r,
               const char *key,
               guint      *out)
{
  const ItaLevel *level;

  if (g_str_equal (key, "GRADE"))
    {
      *out = r->sheet.n_levels;
      return TRUE;
    }
  level = ita_result_get_level (r, key);
  if (level == NULL)
    return FALSE;
  *out = index_of (r, level);
  return TRUE;
}

guint
ita_result_get_flags (ItaResult  *result,
                      const char *key)
{
  guint index;

  g_return_val_if_fail (result != NULL, 0);
  g_return_val_if_fail (key != NULL, 0);

  if (!index_for_key (result, key, &index))
    return 0;
  if (index == result->sheet.n_levels)
    return result->has_grade ? result->grade.flags : 0;
  return result->sheet.block[index].flags;
}

/* incomplete before provisional (a missing figure matters first), then
 * in the order they arose */
static int
compare_reasons (const void *a,
                 const void *b,
                 void       *data)
{
  ItaResult *r = data;
  guint x = *(const guint *) a, y = *(const guint *) b;
  const ItaReason *rx = g_ptr_array_index (r->reasons, x);
  const ItaReason *ry = g_ptr_array_index (r->reasons, y);

  if (rx->kind != ry->kind)
    return rx->kind == ITA_LEVEL_INCOMPLETE ? -1 : 1;
  return (x > y) - (x < y);
}

GPtrArray *
ita_result_get_reasons (ItaResult  *result,
                        const char *key)
{
  g_autofree guint *sorted = NULL;
  GPtrArray *out;
  GArray *list = NULL;
  guint index;

  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  out = g_ptr_array_new ();
  if (index_for_key (result, key, &index) && (index != result->sheet.n_levels || result->has_grade))
    list = ita_result_value_reasons (result, index);
  if (list == NULL)
    return out;
  /* incomplete first, then bottom-up as they arose */
  sorted = g_memdup2 (list->data, list->len * sizeof (guint));
  g_qsort_with_data (sorted, (gint) list->len, sizeof (guint), compare_reasons, result);
  for (guint i = 0; i < list->len; i++)
    g_ptr_array_add (out, g_ptr_array_index (result->reasons, sorted[i]));
  return out;
}

GPtrArray *
ita_result_get_all_reasons (ItaResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);
  return result->used_reasons;
}
