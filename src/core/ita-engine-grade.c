/* ita-engine-grade.c: the grade of a total and the condition that decided it
 *
 * Bands are tried in the edition's order; the first whose total range
 * holds the total and whose tool condition (if any) holds decides. The
 * explanation names the reason the grade is not the better band:
 *   "Pass, not Good: EIT 84.20 is below 85"
 *   "Needs improvement: total 83.03 is below the pass mark 85"
 *   "B: total 79.39 is in 75.00–84.99"
 * The Thai and English explanations are two fixed languages of the
 * result (docs/score-json.md), so they are not run through gettext.
 */
#include "config.h"

#include "ita-engine-private.h"

static const char * const tool_codes[ITA_N_TOOLS] = { "IIT", "EIT", "OIT" };

static gboolean
band_holds_total (const ItaGradeBand *band,
                  ItaCenti            total)
{
  return total >= band->min && total <= band->max;
}

static gboolean
band_holds_tools (const ItaGradeBand *band,
                  const ItaCenti      tools[ITA_N_TOOLS])
{
  if (band->tools_min == ITA_CENTI_NONE)
    return TRUE;
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    if (tools[t] == ITA_CENTI_NONE || tools[t] < band->tools_min)
      return FALSE;
  return TRUE;
}

/* "EIT 84.20" / "EIT 84.20 and OIT 80.00" (th: "EIT 84.20 และ OIT 80.00");
 * a tool without a value reads "OIT –". Returns the number of tools. */
static guint
list_low_tools (const ItaGradeBand *band,
                const ItaCenti      tools[ITA_N_TOOLS],
                GString            *en,
                GString            *th)
{
  guint n = 0;

  for (guint t = 0; t < ITA_N_TOOLS; t++)
    {
      g_autofree char *v = NULL;

      if (tools[t] != ITA_CENTI_NONE && tools[t] >= band->tools_min)
        continue;
      v = ita_decimal_format (tools[t], FALSE);
      if (n > 0)
        {
          g_string_append (en, " and ");
          g_string_append (th, " และ ");
        }
      g_string_append_printf (en, "%s %s", tool_codes[t], v);
      g_string_append_printf (th, "%s %s", tool_codes[t], v);
      n++;
    }
  return n;
}

static void
explain_best (const ItaGrading   *grading,
              const ItaGradeBand *band,
              const char         *total,
              GString            *en,
              GString            *th)
{
  g_autofree char *min = ita_decimal_format (band->min, FALSE);
  g_autofree char *max = ita_decimal_format (band->max, FALSE);
  g_autofree char *mark = ita_decimal_format_short (grading->pass_mark, FALSE);

  if (grading->scheme != ITA_GRADING_LETTER && band->tools_min != ITA_CENTI_NONE)
    {
      g_autofree char *tmin = ita_decimal_format_short (band->tools_min, FALSE);

      g_string_append_printf (en, "%s: total %s and every tool (IIT, EIT, OIT) are at least %s",
                              band->label_en, total, tmin);
      g_string_append_printf (th, "%s: คะแนนรวม %s และทุกเครื่องมือ (IIT EIT OIT) ได้ %s คะแนนขึ้นไป",
                              band->label_th, total, tmin);
    }
  else if (grading->scheme != ITA_GRADING_LETTER && band->min == grading->pass_mark)
    {
      g_string_append_printf (en, "%s: total %s reaches the pass mark %s", band->label_en, total, mark);
      g_string_append_printf (th, "%s: คะแนนรวม %s ถึงเกณฑ์ผ่าน %s คะแนน", band->label_th, total, mark);
    }
  else
    {
      g_string_append_printf (en, "%s: total %s is in %s–%s", band->label_en, total, min, max);
      g_string_append_printf (th, "%s: คะแนนรวม %s อยู่ในช่วง %s–%s", band->label_th, total, min, max);
    }
}

/* The grade is bands[k], k > 0: say why it is not a better band. */
static void
explain_below (const ItaGrading *grading,
               guint             k,
               ItaCenti          total_value,
               const ItaCenti    tools[ITA_N_TOOLS],
               const char       *total,
               GString          *en,
               GString          *th)
{
  const ItaGradeBand *band = &grading->bands[k];
  const ItaGradeBand *above = &grading->bands[k - 1];
  g_autoptr(GString) low_en = g_string_new (NULL);
  g_autoptr(GString) low_th = g_string_new (NULL);
  g_autofree char *limit = NULL;

  /* the nearest better band that the total reaches failed on its tools */
  for (guint j = k; j-- > 0;)
    {
      const ItaGradeBand *b = &grading->bands[j];

      if (b->tools_min == ITA_CENTI_NONE || !band_holds_total (b, total_value))
        continue;
      limit = ita_decimal_format_short (b->tools_min, FALSE);
      if (list_low_tools (b, tools, low_en, low_th) > 1)
        g_string_append_printf (en, "%s, not %s: %s are below %s", band->label_en, b->label_en, low_en->str, limit);
      else
        g_string_append_printf (en, "%s, not %s: %s is below %s", band->label_en, b->label_en, low_en->str, limit);
      g_string_append_printf (th, "%s ไม่ถึงระดับ%s เพราะ %s ต่ำกว่า %s", band->label_th, b->label_th, low_th->str, limit);
      return;
    }

  /* else the total is below the band just above */
  if (grading->scheme == ITA_GRADING_LETTER)
    {
      explain_best (grading, band, total, en, th);
      return;
    }
  limit = ita_decimal_format_short (above->min, FALSE);
  if (above->tools_min != ITA_CENTI_NONE)
    {
      g_string_append_printf (en, "%s, not %s: total %s is below %s", band->label_en, above->label_en, total, limit);
      g_string_append_printf (th, "%s ไม่ถึงระดับ%s เพราะคะแนนรวม %s ต่ำกว่า %s", band->label_th, above->label_th, total, limit);
    }
  else if (above->min == grading->pass_mark)
    {
      g_string_append_printf (en, "%s: total %s is below the pass mark %s", band->label_en, total, limit);
      g_string_append_printf (th, "%s: คะแนนรวม %s ต่ำกว่าเกณฑ์ผ่าน %s คะแนน", band->label_th, total, limit);
    }
  else
    {
      g_string_append_printf (en, "%s: total %s is below %s", band->label_en, total, limit);
      g_string_append_printf (th, "%s: คะแนนรวม %s ต่ำกว่า %s คะแนน", band->label_th, total, limit);
    }
}

gboolean
ita_grade_decide (const ItaGrading *grading,
                  ItaCenti          total,
                  const ItaCenti    tools[ITA_N_TOOLS],
                  ItaGrade         *out)
{
  g_autoptr(GString) en = NULL;
  g_autoptr(GString) th = NULL;
  g_autofree char *total_s = NULL;
  guint k;

  if (total == ITA_CENTI_NONE)
    return FALSE;

  for (k = 0; k < grading->n_bands; k++)
    if (band_holds_total (&grading->bands[k], total) && band_holds_tools (&grading->bands[k], tools))
      break;
  g_return_val_if_fail (k < grading->n_bands, FALSE);   /* the validator guarantees coverage */

  en = g_string_new (NULL);
  th = g_string_new (NULL);
  total_s = ita_decimal_format (total, FALSE);
  if (k == 0)
    explain_best (grading, &grading->bands[0], total_s, en, th);
  else
    explain_below (grading, k, total, tools, total_s, en, th);

  out->code = grading->bands[k].code;
  out->label_th = grading->bands[k].label_th;
  out->label_en = grading->bands[k].label_en;
  out->explanation_th = g_string_free (g_steal_pointer (&th), FALSE);
  out->explanation_en = g_string_free (g_steal_pointer (&en), FALSE);
  out->flags = 0;
  return TRUE;
}

gboolean
ita_grade_tools_matter (const ItaGrading *grading,
                        ItaCenti          total)
{
  if (total == ITA_CENTI_NONE)
    return FALSE;
  for (guint k = 0; k < grading->n_bands; k++)
    if (grading->bands[k].tools_min != ITA_CENTI_NONE && band_holds_total (&grading->bands[k], total))
      return TRUE;
  return FALSE;
}

int
ita_grade_band_index (const ItaGrading *grading,
                      const char       *code)
{
  for (guint k = 0; code != NULL && k < grading->n_bands; k++)
    if (g_str_equal (grading->bands[k].code, code))
      return (int) k;
  return -1;
}
