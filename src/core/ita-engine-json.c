/* ita-engine-json.c: the result as the JSON of docs/score-json.md
 *
 * Written by hand rather than with JsonGenerator so that every score is a
 * number with exactly two decimals (99.67, 100.00), never a binary-float
 * expansion.
 */
#include "config.h"

#include "ita-engine-private.h"

static void
append_string (GString    *out,
               const char *s)
{
  g_string_append_c (out, '"');
  for (const char *p = s; *p; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if ((guchar) *p < 0x20)
            g_string_append_printf (out, "\\u%04x", (guint) (guchar) *p);
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

static void
append_centi (GString  *out,
              ItaCenti  value)
{
  if (value == ITA_CENTI_NONE)
    {
      g_string_append (out, "null");
      return;
    }
  g_string_append_printf (out, "%s%d.%02d", value < 0 ? "-" : "",
                          ABS (value) / 100, ABS (value) % 100);
}

static void
append_category (GString     *out,
                 ItaCategory  category)
{
  const char *s = ita_category_to_string (category);

  if (s == NULL)
    g_string_append (out, "null");
  else
    append_string (out, s);
}

static void
append_level (GString        *out,
              const ItaLevel *level)
{
  g_string_append (out, "{\"value\": ");
  append_centi (out, level->value);
  g_string_append (out, ", \"computed\": ");
  append_centi (out, level->computed);
  g_string_append (out, ", \"official\": ");
  append_centi (out, level->official);
  g_string_append_printf (out, ", \"n_scored\": %u, \"n_inputs\": %u", level->n_scored, level->n_inputs);
}

static void
append_bool (GString  *out,
             gboolean  value)
{
  g_string_append (out, value ? "true" : "false");
}

/* ", \"incomplete\": false, \"provisional\": true, \"reasons\": [\"rule:ind:9\"]" */
static void
append_flags (GString    *out,
              ItaResult  *r,
              const char *key,
              guint       flags)
{
  g_autoptr(GPtrArray) reasons = ita_result_get_reasons (r, key);

  g_string_append (out, ", \"incomplete\": ");
  append_bool (out, (flags & ITA_LEVEL_INCOMPLETE) != 0);
  g_string_append (out, ", \"provisional\": ");
  append_bool (out, (flags & ITA_LEVEL_PROVISIONAL) != 0);
  g_string_append (out, ", \"reasons\": [");
  for (guint i = 0; i < reasons->len; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      append_string (out, ((const ItaReason *) g_ptr_array_index (reasons, i))->id);
    }
  g_string_append (out, "]");
}

static void
append_level_flags (GString        *out,
                    ItaResult      *r,
                    const ItaLevel *level)
{
  g_autofree char *key = ita_sheet_level_key (&r->sheet, r->framework, level);

  append_flags (out, r, key, level->flags);
}

static void
append_key (GString    *out,
            const char *indent,
            const char *key,
            gboolean    first)
{
  g_string_append (out, first ? "\n" : ",\n");
  g_string_append (out, indent);
  append_string (out, key);
  g_string_append (out, ": ");
}

static void
append_grade (GString   *out,
              ItaResult *r)
{
  const ItaGrade *g = ita_result_get_grade (r);

  if (g == NULL)
    {
      g_string_append (out, "null");
      return;
    }
  g_string_append (out, "{\"code\": ");
  append_string (out, g->code);
  g_string_append (out, ", \"label_th\": ");
  append_string (out, g->label_th);
  g_string_append (out, ", \"label_en\": ");
  append_string (out, g->label_en);
  g_string_append (out, ", \"explanation_th\": ");
  append_string (out, g->explanation_th);
  g_string_append (out, ", \"explanation_en\": ");
  append_string (out, g->explanation_en);
  append_flags (out, r, "GRADE", g->flags);
  g_string_append (out, "}");
}

static void
append_official_grade (GString   *out,
                       ItaResult *r)
{
  const ItaGradeBand *band = ita_result_get_official_grade (r);

  if (band == NULL)
    {
      g_string_append (out, "null");
      return;
    }
  g_string_append (out, "{\"code\": ");
  append_string (out, band->code);
  g_string_append (out, ", \"label_th\": ");
  append_string (out, band->label_th);
  g_string_append (out, ", \"label_en\": ");
  append_string (out, band->label_en);
  g_string_append (out, ", \"differs\": ");
  append_bool (out, ita_result_grade_differs (r));
  g_string_append (out, "}");
}

static void
append_tools (GString   *out,
              ItaResult *r)
{
  ItaFramework *fw = r->framework;
  gboolean first = TRUE;

  g_string_append (out, "{");
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    {
      append_key (out, "    ", fw->tools[t].code, first);
      first = FALSE;
      append_level (out, &r->tools[t]);
      g_string_append (out, ", \"weight\": ");
      append_centi (out, fw->tools[t].weight);
      g_string_append (out, ", \"contribution\": ");
      append_centi (out, ita_result_get_contribution (r, (ItaTool) t));
      append_level_flags (out, r, &r->tools[t]);
      g_string_append (out, "}");
      for (guint p = 0; p < fw->tools[t].n_parts; p++)
        {
          append_key (out, "    ", fw->tools[t].parts[p].code, FALSE);
          append_level (out, &r->parts[t][p]);
          g_string_append (out, ", \"from\": ");
          append_string (out, fw->tools[t].parts[p].from == ITA_PART_FROM_ITEMS ? "items" : "entered");
          append_level_flags (out, r, &r->parts[t][p]);
          g_string_append (out, "}");
        }
    }
  g_string_append (out, "\n  }");
}

static void
append_indicators (GString   *out,
                   ItaResult *r)
{
  char key[16];

  g_string_append (out, "{");
  for (guint k = 0; k < ITA_N_INDICATORS; k++)
    {
      g_snprintf (key, sizeof key, "%u", k + 1);
      append_key (out, "    ", key, k == 0);
      append_level (out, &r->indicators[k]);
      g_string_append (out, ", \"category\": ");
      append_category (out, ita_category_for (&r->thresholds, r->indicators[k].value));
      append_level_flags (out, r, &r->indicators[k]);
      g_string_append (out, "}");
    }
  g_string_append (out, "\n  }");
}

static void
append_subs (GString   *out,
             ItaResult *r)
{
  const ItaFrameworkPlan *plan = &r->framework->plan;

  g_string_append (out, "{");
  for (guint s = 0; s < plan->n_subs; s++)
    {
      append_key (out, "    ", plan->subs[s]->code, s == 0);
      append_level (out, &r->subs[s]);
      g_string_append (out, ", \"category\": ");
      append_category (out, ita_category_for (&r->thresholds, r->subs[s].value));
      append_level_flags (out, r, &r->subs[s]);
      g_string_append (out, "}");
    }
  g_string_append (out, plan->n_subs > 0 ? "\n  }" : "}");
}

static void
append_items (GString   *out,
              ItaResult *r)
{
  ItaFramework *fw = r->framework;

  g_string_append (out, "{");
  for (guint i = 0; i < fw->n_items; i++)
    {
      append_key (out, "    ", fw->items[i].code, i == 0);
      g_string_append (out, "{\"score\": ");
      append_centi (out, r->items[i].value);
      g_string_append (out, ", \"category\": ");
      append_category (out, ita_category_for (&r->thresholds, r->items[i].value));
      g_string_append (out, "}");
    }
  g_string_append (out, fw->n_items > 0 ? "\n  }" : "}");
}

static void
append_discrepancies (GString   *out,
                      ItaResult *r)
{
  g_string_append (out, "[");
  for (guint i = 0; i < r->discrepancies->len; i++)
    {
      const ItaDiscrepancy *d = &g_array_index (r->discrepancies, ItaDiscrepancy, i);

      g_string_append (out, i == 0 ? "\n    {\"level\": " : ",\n    {\"level\": ");
      append_string (out, d->level);
      g_string_append (out, ", \"id\": ");
      append_string (out, d->id);
      g_string_append (out, ", \"computed\": ");
      append_centi (out, d->computed);
      g_string_append (out, ", \"official\": ");
      append_centi (out, d->official);
      g_string_append (out, "}");
    }
  g_string_append (out, r->discrepancies->len > 0 ? "\n  ]" : "]");
}

static void
append_gains (GString   *out,
              ItaResult *r)
{
  g_string_append (out, "[");
  for (guint i = 0; i < r->gains->len; i++)
    {
      const ItaGain *g = &g_array_index (r->gains, ItaGain, i);

      g_string_append (out, i == 0 ? "\n    {\"item\": " : ",\n    {\"item\": ");
      append_string (out, g->item);
      g_string_append (out, ", \"points\": ");
      append_centi (out, g->points);
      g_string_append (out, "}");
    }
  g_string_append (out, r->gains->len > 0 ? "\n  ]" : "]");
}

static void
append_code_list (GString            *out,
                  const char * const *codes)
{
  g_string_append (out, "[");
  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      append_string (out, codes[i]);
    }
  g_string_append (out, "]");
}

/* {"IIT": 99.87, "EIT": 98.22, "OIT": 65.88} */
static void
append_tool_values (GString         *out,
                    ItaResult       *r,
                    const ItaWhatIf *w)
{
  g_string_append (out, "{");
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    {
      if (t > 0)
        g_string_append (out, ", ");
      append_string (out, r->framework->tools[t].code);
      g_string_append (out, ": ");
      append_centi (out, w->tools[t]);
    }
  g_string_append (out, "}");
}

static void
append_optional_string (GString    *out,
                        const char *s)
{
  if (s == NULL)
    g_string_append (out, "null");
  else
    append_string (out, s);
}

static void
append_next_grade (GString   *out,
                   ItaResult *r)
{
  const ItaNextGrade *next = ita_result_get_next_grade (r);

  if (next == NULL)
    {
      g_string_append (out, "null");
      return;
    }
  g_string_append (out, "{\"code\": ");
  append_string (out, next->band->code);
  g_string_append (out, ", \"label_th\": ");
  append_string (out, next->band->label_th);
  g_string_append (out, ", \"label_en\": ");
  append_string (out, next->band->label_en);
  g_string_append (out, ",\n    \"condition_th\": ");
  append_string (out, next->condition_th);
  g_string_append (out, ", \"condition_en\": ");
  append_string (out, next->condition_en);
  g_string_append (out, ",\n    \"reachable\": ");
  append_bool (out, next->reachable);
  g_string_append (out, ", \"items\": ");
  append_code_list (out, (const char * const *) next->items);
  g_string_append (out, ",\n    \"total\": ");
  append_centi (out, next->what_if.total);
  g_string_append (out, ", \"points\": ");
  append_centi (out, next->what_if.points);
  g_string_append (out, ", \"tools\": ");
  append_tool_values (out, r, &next->what_if);
  g_string_append (out, ",\n    \"blocker_th\": ");
  append_optional_string (out, next->blocker_th);
  g_string_append (out, ", \"blocker_en\": ");
  append_optional_string (out, next->blocker_en);
  g_string_append (out, "}");
}

static void
append_reasons (GString   *out,
                ItaResult *r)
{
  GPtrArray *reasons = ita_result_get_all_reasons (r);

  g_string_append (out, "{");
  for (guint i = 0; i < reasons->len; i++)
    {
      const ItaReason *x = g_ptr_array_index (reasons, i);

      append_key (out, "    ", x->id, i == 0);
      g_string_append (out, "{\"kind\": ");
      append_string (out, x->kind == ITA_LEVEL_PROVISIONAL ? "provisional" : "incomplete");
      g_string_append (out, ", \"level\": ");
      append_string (out, x->key);
      g_string_append (out, ",\n      \"text_th\": ");
      append_string (out, x->text_th);
      g_string_append (out, ",\n      \"text_en\": ");
      append_string (out, x->text_en);
      g_string_append (out, "}");
    }
  g_string_append (out, reasons->len > 0 ? "\n  }" : "}");
}

static void
append_what_if (GString            *out,
                ItaResult          *r,
                const char * const *codes)
{
  ItaWhatIf w = ita_result_what_if (r, codes);

  g_string_append (out, "{\"items\": ");
  append_code_list (out, codes);
  g_string_append (out, ", \"total\": ");
  append_centi (out, w.total);
  g_string_append (out, ", \"points\": ");
  append_centi (out, w.points);
  g_string_append (out, ", \"tools\": ");
  append_tool_values (out, r, &w);
  g_string_append (out, "}");
}

char *
ita_result_to_json (ItaResult *result)
{
  return ita_result_to_json_what_if (result, NULL);
}

char *
ita_result_to_json_what_if (ItaResult          *result,
                            const char * const *codes)
{
  GString *out;

  g_return_val_if_fail (result != NULL, NULL);

  out = g_string_sized_new (8192);
  g_string_append (out, "{\n  \"edition\": ");
  append_string (out, result->framework->id);
  g_string_append_printf (out, ",\n  \"fiscal_year\": %d", result->framework->fiscal_year);
  g_string_append (out, ",\n  \"total\": ");
  append_level (out, result->total);
  append_level_flags (out, result, result->total);
  g_string_append (out, "}");
  g_string_append (out, ",\n  \"grade\": ");
  append_grade (out, result);
  g_string_append (out, ",\n  \"official_grade\": ");
  append_official_grade (out, result);
  g_string_append (out, ",\n  \"tools\": ");
  append_tools (out, result);
  g_string_append (out, ",\n  \"indicators\": ");
  append_indicators (out, result);
  g_string_append (out, ",\n  \"subindicators\": ");
  append_subs (out, result);
  g_string_append (out, ",\n  \"items\": ");
  append_items (out, result);
  g_string_append (out, ",\n  \"discrepancies\": ");
  append_discrepancies (out, result);
  g_string_append (out, ",\n  \"gains\": ");
  append_gains (out, result);
  g_string_append (out, ",\n  \"unscored\": ");
  append_code_list (out, ita_result_get_unscored (result));
  g_string_append (out, ",\n  \"next_grade\": ");
  append_next_grade (out, result);
  g_string_append (out, ",\n  \"reasons\": ");
  append_reasons (out, result);
  if (codes != NULL)
    {
      g_string_append (out, ",\n  \"what_if\": ");
      append_what_if (out, result, codes);
    }
  g_string_append (out, "\n}\n");
  return g_string_free (out, FALSE);
}
