/* ita-framework.c: one ITA edition — the object and its accessors
 *
 * Loading and validation live in ita-framework-load.c, the catalogue in
 * ita-catalogue.c.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-framework-private.h"

G_DEFINE_QUARK (ita-framework-error-quark, ita_framework_error)

G_DEFINE_FINAL_TYPE (ItaFramework, ita_framework, G_TYPE_OBJECT)

static const char * const tool_codes[ITA_N_TOOLS] = { "IIT", "EIT", "OIT" };

static const char * const confidence_codes[] = { "C2", "C1", "INF", "UNV", "GAP" };

static void
clear_rule (ItaRuleDef *rule)
{
  g_strfreev (rule->reproduces);
  g_free (rule->reason_th);
  g_free (rule->reason_en);
  g_free (rule->note);
}

static void
clear_item (ItaItemDef *item)
{
  g_free (item->code);
  g_free (item->text_th);
  g_free (item->text_en);
  g_free (item->period_text_th);
  g_free (item->continuity);
  g_strfreev (item->covers);
  g_free (item->note);
}

static void
clear_indicator (ItaIndicatorDef *ind)
{
  for (guint i = 0; i < ind->n_subs; i++)
    {
      g_free (ind->subs[i].code);
      g_free (ind->subs[i].name_th);
      g_free (ind->subs[i].name_en);
      g_free (ind->subs[i].note);
    }
  g_free (ind->subs);
  g_free (ind->name_th);
  g_free (ind->name_en);
  g_free (ind->note);
  clear_rule (&ind->rule);
}

static void
clear_tool (ItaToolDef *tool)
{
  for (guint i = 0; i < tool->n_parts; i++)
    {
      g_free (tool->parts[i].code);
      g_free (tool->parts[i].name_th);
      g_free (tool->parts[i].name_en);
    }
  g_free (tool->parts);
  g_free (tool->name_th);
  g_free (tool->name_en);
  g_free (tool->note);
  clear_rule (&tool->rule);
}

static void
clear_grading (ItaGrading *grading)
{
  for (guint i = 0; i < grading->n_bands; i++)
    {
      g_free (grading->bands[i].code);
      g_free (grading->bands[i].label_th);
      g_free (grading->bands[i].label_en);
    }
  g_free (grading->bands);
  g_free (grading->note);
  clear_rule (&grading->rule);
}

static void
clear_plan (ItaFrameworkPlan *plan)
{
  g_free (plan->subs);
  g_free (plan->sub_item_start);
  g_free (plan->sub_items);
  g_free (plan->ind_items);
  g_free (plan->item_sub);
}

static void
ita_framework_finalize (GObject *object)
{
  ItaFramework *self = ITA_FRAMEWORK (object);

  for (guint i = 0; i < self->n_items; i++)
    clear_item (&self->items[i]);
  g_free (self->items);
  for (guint i = 0; i < ITA_N_INDICATORS; i++)
    clear_indicator (&self->indicators[i]);
  for (guint i = 0; i < ITA_N_TOOLS; i++)
    clear_tool (&self->tools[i]);
  clear_grading (&self->grading);
  clear_rule (&self->total_rule);
  clear_plan (&self->plan);

  g_clear_pointer (&self->item_index, g_hash_table_unref);
  g_clear_pointer (&self->continuity_index, g_hash_table_unref);
  g_clear_pointer (&self->sub_index, g_hash_table_unref);
  g_clear_pointer (&self->json, g_bytes_unref);
  g_free (self->origin);
  g_free (self->id);
  g_free (self->name_th);
  g_free (self->name_en);
  g_strfreev (self->notes);

  G_OBJECT_CLASS (ita_framework_parent_class)->finalize (object);
}

static void
ita_framework_class_init (ItaFrameworkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ita_framework_finalize;
}

static void
ita_framework_init (ItaFramework *self)
{
  for (guint i = 0; i < ITA_N_TOOLS; i++)
    {
      self->tools[i].tool = (ItaTool) i;
      self->tools[i].code = tool_codes[i];
    }
}

ItaFramework *
ita_framework_new_from_bytes (GBytes      *json,
                              const char  *origin,
                              GError     **error)
{
  g_autoptr(ItaFramework) self = NULL;

  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (origin != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (ITA_TYPE_FRAMEWORK, NULL);
  if (!ita_framework_load (self, json, origin, error))
    return NULL;
  ita_framework_build_plan (self);
  return g_steal_pointer (&self);
}

ItaFramework *
ita_framework_new_from_file (GFile   *file,
                             GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *origin = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  origin = g_file_get_basename (file);
  bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, ITA_FRAMEWORK_ERROR, ITA_FRAMEWORK_ERROR_NOT_FOUND,
                   _("Cannot read the edition file “%s”: %s"), name, local_error->message);
      return NULL;
    }
  return ita_framework_new_from_bytes (bytes, origin, error);
}

GBytes *
ita_framework_get_json (ItaFramework *self)
{
  g_return_val_if_fail (ITA_IS_FRAMEWORK (self), NULL);
  return self->json;
}

const char *
ita_framework_get_origin (ItaFramework *self)
{
  g_return_val_if_fail (ITA_IS_FRAMEWORK (self), NULL);
  return self->origin;
}

const char *
ita_framework_get_id (ItaFramework *self)
{
  g_return_val_if_fail (ITA_IS_FRAMEWORK (self), NULL);
  return self->id;
}

int
ita_framework_get_fiscal_year (ItaFramework *self)
{
  g_return_val_if_fail (ITA_IS_FRAMEWORK (self), 0);
  return self->fiscal_year;
}

const char *
ita_framework_get_name_th (ItaFramework *self)
{
  g_return_val_if_fail (ITA_IS_FRAMEWORK (self), NULL);
  return self->name_th;
}

const char *
ita_framework_get_name_en (ItaFramework *self)
{
  g_return_val_if_fail (ITA_IS_FRAMEWORK (self), NULL);
  return self->name_en;
}

ItaConfidence
ita_framework_get_confidence (ItaFramework *self)
{
  g_return_val_if_fail (ITA_IS_FRAMEWORK (self), ITA_CONFIDENCE_GAP);
  return self->confidence;
}

const char * const *
ita_framework_get_notes (ItaFramework *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (ITA_IS_FRAMEWORK (self), NULL);
  return self->notes != NULL ? (const char * const *) self->notes : none;
}

const ItaToolDef *
ita_framework_get_tool (ItaFramework *self,
                        ItaTool       tool)
{
  g_return_val_if_fail (ITA_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (tool < ITA_N_TOOLS, NULL);
  return &self->tools[tool];
}

const ItaGrading *
ita_framework_get_grading (ItaFramework *self)
{
  g_return_val_if_fail (ITA_IS_FRAMEWORK (self), NULL);
  return &self->grading;
}

const ItaRuleDef *
ita_framework_get_total_rule (ItaFramework *self)
{
  g_return_val_if_fail (ITA_IS_FRAMEWORK (self), NULL);
  return &self->total_rule;
}

const ItaToolPart *
ita_framework_get_items_part (ItaFramework *self,
                              ItaTool       tool)
{
  g_return_val_if_fail (ITA_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (tool < ITA_N_TOOLS, NULL);

  for (guint p = 0; p < self->tools[tool].n_parts; p++)
    if (self->tools[tool].parts[p].from == ITA_PART_FROM_ITEMS)
      return &self->tools[tool].parts[p];
  return NULL;
}

/* lower-cased, white space runs collapsed to one space, trimmed */
static char *
fold_label (const char *text)
{
  g_autofree char *down = g_utf8_strdown (text, -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = down; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

const ItaGradeBand *
ita_framework_lookup_band (ItaFramework *self,
                           const char   *text)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (ITA_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    return NULL;
  folded = fold_label (text);
  for (guint i = 0; i < self->grading.n_bands; i++)
    {
      const ItaGradeBand *band = &self->grading.bands[i];
      g_autofree char *code = fold_label (band->code);
      g_autofree char *th = fold_label (band->label_th);
      g_autofree char *en = fold_label (band->label_en);

      if (g_str_equal (folded, code) || g_str_equal (folded, th) || g_str_equal (folded, en))
        return band;
    }
  return NULL;
}

const ItaIndicatorDef *
ita_framework_get_indicator (ItaFramework *self,
                             int           number)
{
  g_return_val_if_fail (ITA_IS_FRAMEWORK (self), NULL);

  if (number < 1 || number > ITA_N_INDICATORS)
    return NULL;
  return &self->indicators[number - 1];
}

guint
ita_framework_get_n_items (ItaFramework *self)
{
  g_return_val_if_fail (ITA_IS_FRAMEWORK (self), 0);
  return self->n_items;
}

const ItaItemDef *
ita_framework_get_item (ItaFramework *self,
                        guint         index)
{
  g_return_val_if_fail (ITA_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (index < self->n_items, NULL);
  return &self->items[index];
}

const ItaItemDef *
ita_framework_lookup_item (ItaFramework *self,
                           const char   *code)
{
  char buf[32];
  gpointer idx;
  gsize len;

  g_return_val_if_fail (ITA_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  len = strlen (code);
  if (len == 0 || len >= sizeof buf)
    return NULL;
  for (gsize i = 0; i <= len; i++)
    buf[i] = g_ascii_tolower (code[i]);

  idx = g_hash_table_lookup (self->item_index, buf);
  return idx != NULL ? &self->items[GPOINTER_TO_UINT (idx) - 1] : NULL;
}

const ItaItemDef *
ita_framework_lookup_continuity (ItaFramework *self,
                                 const char   *key)
{
  gpointer idx;

  g_return_val_if_fail (ITA_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  idx = g_hash_table_lookup (self->continuity_index, key);
  return idx != NULL ? &self->items[GPOINTER_TO_UINT (idx) - 1] : NULL;
}

guint
ita_framework_sub_index (ItaFramework *self,
                         const char   *code)
{
  gpointer idx = g_hash_table_lookup (self->sub_index, code);

  return idx != NULL ? GPOINTER_TO_UINT (idx) - 1 : ITA_NO_INDEX;
}

const ItaSubindicatorDef *
ita_framework_lookup_subindicator (ItaFramework *self,
                                   const char   *code)
{
  guint idx;

  g_return_val_if_fail (ITA_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  idx = ita_framework_sub_index (self, code);
  return idx != ITA_NO_INDEX ? self->plan.subs[idx] : NULL;
}

void
ita_framework_build_plan (ItaFramework *self)
{
  ItaFrameworkPlan *plan = &self->plan;
  guint *fill;
  guint s = 0;

  self->item_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->continuity_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->sub_index = g_hash_table_new (g_str_hash, g_str_equal);

  plan->n_subs = 0;
  for (guint k = 0; k < ITA_N_INDICATORS; k++)
    plan->n_subs += self->indicators[k].n_subs;
  plan->subs = g_new0 (const ItaSubindicatorDef *, plan->n_subs + 1);
  for (guint k = 0; k < ITA_N_INDICATORS; k++)
    {
      plan->ind_sub_start[k] = s;
      for (guint j = 0; j < self->indicators[k].n_subs; j++, s++)
        {
          plan->subs[s] = &self->indicators[k].subs[j];
          g_hash_table_insert (self->sub_index, self->indicators[k].subs[j].code,
                               GUINT_TO_POINTER (s + 1));
        }
    }
  plan->ind_sub_start[ITA_N_INDICATORS] = s;

  plan->item_sub = g_new (guint, self->n_items + 1);
  plan->sub_item_start = g_new0 (guint, plan->n_subs + 1);
  plan->sub_items = g_new (guint, self->n_items + 1);
  plan->ind_items = g_new (guint, self->n_items + 1);
  memset (plan->ind_item_start, 0, sizeof plan->ind_item_start);

  /* count, then prefix sums, then fill (counting sort keeps file order) */
  for (guint i = 0; i < self->n_items; i++)
    {
      const ItaItemDef *item = &self->items[i];

      g_hash_table_insert (self->item_index, item->code, GUINT_TO_POINTER (i + 1));
      g_hash_table_insert (self->continuity_index, item->continuity, GUINT_TO_POINTER (i + 1));
      for (guint c = 0; item->covers != NULL && item->covers[c] != NULL; c++)
        g_hash_table_insert (self->continuity_index, item->covers[c], GUINT_TO_POINTER (i + 1));

      plan->item_sub[i] = item->sub_index >= 0
        ? plan->ind_sub_start[item->indicator - 1] + (guint) item->sub_index
        : ITA_NO_INDEX;
      if (plan->item_sub[i] != ITA_NO_INDEX)
        plan->sub_item_start[plan->item_sub[i]]++;
      plan->ind_item_start[item->indicator - 1]++;
    }

  for (guint a = 0, sum = 0; a <= plan->n_subs; a++)
    {
      guint n = a < plan->n_subs ? plan->sub_item_start[a] : 0;
      plan->sub_item_start[a] = sum;
      sum += n;
    }
  for (guint a = 0, sum = 0; a <= ITA_N_INDICATORS; a++)
    {
      guint n = a < ITA_N_INDICATORS ? plan->ind_item_start[a] : 0;
      plan->ind_item_start[a] = sum;
      sum += n;
    }

  fill = g_new0 (guint, plan->n_subs + ITA_N_INDICATORS);
  for (guint i = 0; i < self->n_items; i++)
    {
      guint k = (guint) self->items[i].indicator - 1;

      if (plan->item_sub[i] != ITA_NO_INDEX)
        {
          guint sub = plan->item_sub[i];
          plan->sub_items[plan->sub_item_start[sub] + fill[sub]++] = i;
        }
      plan->ind_items[plan->ind_item_start[k] + fill[plan->n_subs + k]++] = i;
    }
  g_free (fill);
}

gboolean
ita_rule_is_provisional (const ItaRuleDef *rule)
{
  g_return_val_if_fail (rule != NULL, FALSE);

  if (!rule->present)
    return FALSE;
  switch (rule->confidence)
    {
    case ITA_CONFIDENCE_GAP:
    case ITA_CONFIDENCE_UNV:
      return TRUE;
    case ITA_CONFIDENCE_INF:
      return rule->reproduces == NULL || rule->reproduces[0] == NULL;
    case ITA_CONFIDENCE_C1:
    case ITA_CONFIDENCE_C2:
    default:
      return FALSE;
    }
}

gboolean
ita_confidence_is_unverified (ItaConfidence c)
{
  return c == ITA_CONFIDENCE_INF || c == ITA_CONFIDENCE_UNV || c == ITA_CONFIDENCE_GAP;
}

const char *
ita_confidence_to_string (ItaConfidence c)
{
  g_return_val_if_fail ((guint) c < G_N_ELEMENTS (confidence_codes), NULL);
  return confidence_codes[c];
}

const char *
ita_tool_to_string (ItaTool tool)
{
  g_return_val_if_fail (tool < ITA_N_TOOLS, NULL);
  return tool_codes[tool];
}

gboolean
ita_tool_from_string (const char *s,
                      ItaTool    *out)
{
  g_return_val_if_fail (s != NULL, FALSE);

  for (guint i = 0; i < ITA_N_TOOLS; i++)
    {
      if (g_ascii_strcasecmp (s, tool_codes[i]) == 0)
        {
          if (out != NULL)
            *out = (ItaTool) i;
          return TRUE;
        }
    }
  return FALSE;
}
