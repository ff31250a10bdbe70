/* ita-chart-status.c: a chart says when the figures it draws are not final
 *
 * A figure that is incomplete (an input missing) or provisional (computed
 * under a rule the edition marks as unknown or inferred) marks its
 * category with " *", and a note under the title says why, short enough
 * for a slide:
 *   "* ยังไม่ใช่ผลสุดท้าย — ยังไม่ครบ: ยังไม่ได้กรอก EIT ส่วนที่ 2; มีข้อที่ยังไม่มีคะแนน
 *    — เบื้องต้น (หลักเกณฑ์ยังไม่ยืนยัน): ตัวชี้วัดที่ 9, ตัวชี้วัดที่ 10"
 * Charts carry both languages; the style picks one.
 */
#include "config.h"

#include "ita-chart-status-private.h"

typedef struct {
  GString *th;
  GString *en;
} Phrase;

static void
phrase_init (Phrase *p)
{
  p->th = g_string_new (NULL);
  p->en = g_string_new (NULL);
}

static void
phrase_clear (Phrase *p)
{
  g_string_free (p->th, TRUE);
  g_string_free (p->en, TRUE);
}

static void
phrase_add (Phrase     *p,
            const char *sep_th,
            const char *sep_en,
            const char *th,
            const char *en)
{
  if (p->th->len > 0)
    {
      g_string_append (p->th, sep_th);
      g_string_append (p->en, sep_en);
    }
  g_string_append (p->th, th);
  g_string_append (p->en, en);
}

/* "ตัวชี้วัดที่ 9" / "indicator 9", "EIT ส่วนที่ 2" / "EIT part 2", "IIT", "คะแนนรวม" */
static void
level_name (ItaFramework *fw,
            const char   *key,
            char        **th,
            char        **en)
{
  if (g_str_has_prefix (key, "ind:"))
    {
      *th = g_strdup_printf ("ตัวชี้วัดที่ %s", key + 4);
      *en = g_strdup_printf ("indicator %s", key + 4);
      return;
    }
  if (g_str_has_prefix (key, "sub:"))
    {
      *th = g_strdup_printf ("ตัวชี้วัดย่อยที่ %s", key + 4);
      *en = g_strdup_printf ("sub-indicator %s", key + 4);
      return;
    }
  if (g_str_equal (key, "TOTAL"))
    {
      *th = g_strdup ("คะแนนรวม");
      *en = g_strdup ("the total");
      return;
    }
  if (g_str_equal (key, "GRADE"))
    {
      *th = g_strdup ("ระดับผลการประเมิน");
      *en = g_strdup ("the grade");
      return;
    }
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    {
      const ItaToolDef *tool = ita_framework_get_tool (fw, (ItaTool) t);

      for (guint p = 0; p < tool->n_parts; p++)
        if (g_str_equal (tool->parts[p].code, key))
          {
            *th = g_strdup (tool->parts[p].name_th);
            *en = g_strdup (*tool->parts[p].name_en != '\0' ? tool->parts[p].name_en : key);
            return;
          }
    }
  *th = g_strdup (key);
  *en = g_strdup (key);
}

static gboolean
is_entered_part (ItaFramework *fw,
                 const char   *key)
{
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    {
      const ItaToolDef *tool = ita_framework_get_tool (fw, (ItaTool) t);

      for (guint p = 0; p < tool->n_parts; p++)
        if (g_str_equal (tool->parts[p].code, key))
          return tool->parts[p].from == ITA_PART_FROM_ENTERED;
    }
  return FALSE;
}

/* One short phrase per reason, grouped: what is missing, then what is
 * provisional. */
static void
describe (ItaFramework *fw,
          GPtrArray    *reasons,
          Phrase       *incomplete,
          Phrase       *provisional)
{
  gboolean unscored = FALSE;
  Phrase no_figure;

  phrase_init (&no_figure);
  for (guint i = 0; i < reasons->len; i++)
    {
      const ItaReason *x = g_ptr_array_index (reasons, i);
      g_autofree char *th = NULL;
      g_autofree char *en = NULL;

      level_name (fw, x->key, &th, &en);
      if (g_str_has_prefix (x->id, "rule:"))
        phrase_add (provisional, ", ", ", ", th, en);
      else if (g_str_has_prefix (x->id, "unscored:"))
        unscored = TRUE;
      else if (g_str_has_prefix (x->id, "parts:"))
        {
          const ItaTool tools[] = { ITA_TOOL_IIT, ITA_TOOL_EIT, ITA_TOOL_OIT };
          ItaTool tool = ITA_TOOL_EIT;
          const ItaToolPart *part;

          for (guint t = 0; t < G_N_ELEMENTS (tools); t++)
            if (g_str_equal (ita_tool_to_string (tools[t]), x->key))
              tool = tools[t];
          part = ita_framework_get_items_part (fw, tool);
          if (part != NULL)
            {
              g_autofree char *pth = g_strdup_printf ("ตัวชี้วัดของ %s คิดจาก %s เท่านั้น", x->key, part->name_th);
              g_autofree char *pen = g_strdup_printf ("%s indicators from %s only", x->key,
                                                      *part->name_en != '\0' ? part->name_en : part->code);
              phrase_add (incomplete, "; ", "; ", pth, pen);
            }
        }
      else if (is_entered_part (fw, x->key))
        {
          g_autofree char *pth = g_strdup_printf ("ยังไม่ได้กรอก %s", th);
          g_autofree char *pen = g_strdup_printf ("%s not entered", en);

          phrase_add (incomplete, "; ", "; ", pth, pen);
        }
      else
        phrase_add (&no_figure, ", ", ", ", th, en);
    }
  if (unscored)
    phrase_add (incomplete, "; ", "; ", "มีข้อที่ยังไม่มีคะแนน", "items without a score");
  if (no_figure.th->len > 0)
    {
      g_autofree char *th = g_strdup_printf ("ยังไม่มีคะแนน %s", no_figure.th->str);
      g_autofree char *en = g_strdup_printf ("no figure yet for %s", no_figure.en->str);

      phrase_add (incomplete, "; ", "; ", th, en);
    }
  phrase_clear (&no_figure);
}

static void
add_reasons (GPtrArray  *all,
             GHashTable *seen,
             ItaResult  *result,
             const char *key)
{
  g_autoptr(GPtrArray) reasons = ita_result_get_reasons (result, key);

  for (guint i = 0; i < reasons->len; i++)
    if (g_hash_table_add (seen, ((const ItaReason *) g_ptr_array_index (reasons, i))->id))
      g_ptr_array_add (all, g_ptr_array_index (reasons, i));
}

static void
set_note (ItaChartData *data,
          Phrase       *incomplete,
          Phrase       *provisional)
{
  g_autoptr(GString) th = g_string_new ("* ยังไม่ใช่ผลสุดท้าย");
  g_autoptr(GString) en = g_string_new ("* Not final");

  if (incomplete->th->len == 0 && provisional->th->len == 0)
    {
      ita_chart_data_set_status (data, NULL, NULL);
      return;
    }
  if (incomplete->th->len > 0)
    {
      g_string_append_printf (th, " — ยังไม่ครบ: %s", incomplete->th->str);
      g_string_append_printf (en, " — incomplete: %s", incomplete->en->str);
    }
  if (provisional->th->len > 0)
    {
      g_string_append_printf (th, " — เบื้องต้น (หลักเกณฑ์ยังไม่ยืนยัน): %s", provisional->th->str);
      g_string_append_printf (en, " — provisional (rule not confirmed): %s", provisional->en->str);
    }
  ita_chart_data_set_status (data, th->str, en->str);
}

void
ita_chart_status_from_result (ItaChartData       *data,
                              ItaResult          *result,
                              const char * const *category_keys,
                              guint               n_categories,
                              const char * const *extra_keys)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  Phrase incomplete, provisional;

  for (guint i = 0; category_keys != NULL && i < n_categories; i++)
    {
      if (category_keys[i] == NULL)
        continue;
      if (ita_result_get_flags (result, category_keys[i]) != 0)
        ita_chart_data_set_marked (data, i, TRUE);
      add_reasons (all, seen, result, category_keys[i]);
    }
  for (guint i = 0; extra_keys != NULL && extra_keys[i] != NULL; i++)
    add_reasons (all, seen, result, extra_keys[i]);

  phrase_init (&incomplete);
  phrase_init (&provisional);
  describe (ita_result_get_framework (result), all, &incomplete, &provisional);
  set_note (data, &incomplete, &provisional);
  phrase_clear (&incomplete);
  phrase_clear (&provisional);
}

void
ita_chart_status_from_years (ItaChartData       *data,
                             GPtrArray          *results,
                             const char * const *keys,
                             gboolean            mark_years)
{
  Phrase years;
  g_autoptr(GString) th = NULL;
  g_autoptr(GString) en = NULL;

  phrase_init (&years);
  for (guint i = 0; i < results->len; i++)
    {
      ItaResult *r = g_ptr_array_index (results, i);
      int year = ita_result_get_fiscal_year (r);
      guint flags = 0;
      g_autofree char *yth = NULL;
      g_autofree char *yen = NULL;

      for (guint k = 0; keys[k] != NULL; k++)
        if (!g_str_equal (keys[k], "GRADE") || ita_result_get_official_grade (r) == NULL)
          flags |= ita_result_get_flags (r, keys[k]);
      if (flags == 0)
        continue;
      if (mark_years)
        ita_chart_data_set_marked (data, i, TRUE);
      yth = g_strdup_printf ("พ.ศ. %d (%s%s%s)", year,
                             flags & ITA_LEVEL_INCOMPLETE ? "ยังไม่ครบ" : "",
                             flags == (ITA_LEVEL_INCOMPLETE | ITA_LEVEL_PROVISIONAL) ? ", " : "",
                             flags & ITA_LEVEL_PROVISIONAL ? "เบื้องต้น" : "");
      yen = g_strdup_printf ("FY %d (%s%s%s)", year,
                             flags & ITA_LEVEL_INCOMPLETE ? "incomplete" : "",
                             flags == (ITA_LEVEL_INCOMPLETE | ITA_LEVEL_PROVISIONAL) ? ", " : "",
                             flags & ITA_LEVEL_PROVISIONAL ? "provisional" : "");
      phrase_add (&years, ", ", ", ", yth, yen);
    }
  if (years.th->len > 0)
    {
      th = g_string_new (NULL);
      en = g_string_new (NULL);
      g_string_printf (th, "* ยังไม่ใช่ผลสุดท้าย: %s", years.th->str);
      g_string_printf (en, "* Not final: %s", years.en->str);
      ita_chart_data_set_status (data, th->str, en->str);
    }
  phrase_clear (&years);
}
