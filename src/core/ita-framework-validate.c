/* ita-framework-validate.c: the grading, indicators and items of an
 * edition file, and the checks across them (docs/framework-format.md,
 * "What the validator refuses")
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-framework-load-private.h"

static const char * const scale_names[] = { "four_level", "yes_no", "oit_0_100", "oit_0_50_100", "unknown", NULL };
static const char * const period_names[] = { "none", "current_fy", "previous_fy", "current_fy_first_half", "channel", "unknown", NULL };
static const char * const scheme_names[] = { "letter", "pass_fail", "rating", NULL };
static const char * const letter_codes[] = { "AA", "A", "B", "C", "D", "E", "F", NULL };
static const char * const pass_fail_codes[] = { "pass", "fail", NULL };
static const char * const rating_codes[] = { "excellent", "good", "pass", "improve", "urgent", NULL };
static const char item_prefixes[ITA_N_TOOLS] = { 'i', 'e', 'o' };
static const char * const continuity_prefixes[ITA_N_TOOLS] = { "iit.", "eit.", "oit." };

/* ---- grading ---------------------------------------------------------- */

static gboolean
load_band (ItaLoader          *l,
           JsonArray          *array,
           guint               i,
           const char * const *codes,
           ItaGrading         *grading)
{
  g_autofree char *path = ita_json_path_index ("grading.bands", i);
  JsonObject *obj = ita_load_element_object (l, array, i, path);
  ItaGradeBand *band = &grading->bands[i];

  if (obj == NULL ||
      !ita_load_string (l, obj, path, "code", ITA_LOAD_REQUIRED | ITA_LOAD_NONEMPTY, &band->code))
    return FALSE;
  if (!g_strv_contains (codes, band->code))
    {
      g_autofree char *cpath = ita_json_path (path, "code");
      g_autofree char *expected = g_strjoinv (", ", (char **) codes);
      return ita_load_fail (l, cpath, _("“%s” is not a band of the %s scheme; expected one of: %s"),
                            band->code, scheme_names[grading->scheme], expected);
    }
  for (guint j = 0; j < i; j++)
    {
      if (g_str_equal (grading->bands[j].code, band->code))
        {
          g_autofree char *cpath = ita_json_path (path, "code");
          return ita_load_fail (l, cpath, _("duplicate band code “%s”"), band->code);
        }
    }
  if (!ita_load_string (l, obj, path, "label_th", ITA_LOAD_REQUIRED | ITA_LOAD_NONEMPTY, &band->label_th) ||
      !ita_load_string (l, obj, path, "label_en", ITA_LOAD_REQUIRED, &band->label_en) ||
      !ita_load_centi (l, obj, path, "min", TRUE, &band->min) ||
      !ita_load_centi (l, obj, path, "max", TRUE, &band->max) ||
      !ita_load_centi (l, obj, path, "tools_min", FALSE, &band->tools_min))
    return FALSE;
  if (band->min > band->max)
    {
      g_autofree char *min = ita_decimal_format (band->min, FALSE);
      g_autofree char *max = ita_decimal_format (band->max, FALSE);
      return ita_load_fail (l, path, _("min %s is above max %s"), min, max);
    }
  return TRUE;
}

static int
compare_band_min (gconstpointer a,
                  gconstpointer b,
                  gpointer      data)
{
  const ItaGradeBand *bands = data;
  guint i = *(const guint *) a, j = *(const guint *) b;

  return (bands[i].min > bands[j].min) - (bands[i].min < bands[j].min);
}

static gboolean
fail_gap (ItaLoader *l,
          ItaCenti   from,
          ItaCenti   to)
{
  g_autofree char *a = ita_decimal_format (from, FALSE);
  g_autofree char *b = ita_decimal_format (to, FALSE);

  return ita_load_fail (l, "grading.bands", _("no band covers the totals %s–%s"), a, b);
}

static gboolean
check_band_coverage (ItaLoader  *l,
                     ItaGrading *grading)
{
  g_autofree guint *order = g_new (guint, grading->n_bands);
  guint n = 0;
  ItaCenti next = 0;

  for (guint i = 0; i < grading->n_bands; i++)
    if (grading->bands[i].tools_min == ITA_CENTI_NONE)
      order[n++] = i;
  g_qsort_with_data (order, (gint) n, sizeof (guint), compare_band_min, grading->bands);

  for (guint k = 0; k < n; k++)
    {
      const ItaGradeBand *band = &grading->bands[order[k]];

      if (band->min > next)
        return fail_gap (l, next, band->min - 1);
      if (band->min < next)
        {
          const ItaGradeBand *prev = &grading->bands[order[k - 1]];
          g_autofree char *path = ita_json_path_index ("grading.bands", order[k]);
          g_autofree char *a = ita_decimal_format (band->min, FALSE);
          g_autofree char *b = ita_decimal_format (band->max, FALSE);
          g_autofree char *c = ita_decimal_format (prev->min, FALSE);
          g_autofree char *d = ita_decimal_format (prev->max, FALSE);

          return ita_load_fail (l, path, _("%s–%s overlaps bands[%u] (%s–%s)"),
                                a, b, order[k - 1], c, d);
        }
      next = band->max + 1;
    }
  if (next <= ITA_CENTI_MAX)
    return fail_gap (l, next, ITA_CENTI_MAX);

  /* a conditional band must be tried before the plain band it refines */
  for (guint i = 0; i < grading->n_bands; i++)
    {
      const ItaGradeBand *band = &grading->bands[i];

      if (band->tools_min == ITA_CENTI_NONE)
        continue;
      for (guint j = 0; j < i; j++)
        {
          const ItaGradeBand *other = &grading->bands[j];

          if (other->tools_min == ITA_CENTI_NONE && other->min <= band->max && band->min <= other->max)
            {
              g_autofree char *path = ita_json_path_index ("grading.bands", i);
              return ita_load_fail (l, path, _("never applies: bands[%u] (“%s”) covers the same totals and is tried first; list the bands best first"),
                                    j, other->code);
            }
        }
    }
  return TRUE;
}

gboolean
ita_load_grading (ItaLoader    *l,
                  JsonObject   *root,
                  ItaFramework *self)
{
  ItaGrading *grading = &self->grading;
  JsonNode *node = json_object_get_member (root, "grading");
  const char * const *codes;
  JsonObject *obj;
  JsonArray *bands;
  gboolean ok;
  int scheme;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return ita_load_fail (l, "grading", _("this member is missing"));
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return ita_load_fail (l, "grading", _("must be an object"));
  obj = json_node_get_object (node);

  if (!ita_load_enum (l, obj, "grading", "scheme", scheme_names, -1, &scheme) ||
      !ita_load_centi (l, obj, "grading", "pass_mark", TRUE, &grading->pass_mark) ||
      !ita_load_confidence (l, obj, "grading", self->confidence, &grading->confidence, &grading->note) ||
      !ita_load_rule (l, obj, "grading", "rule", &grading->rule))
    return FALSE;
  grading->scheme = (ItaGradingScheme) scheme;
  codes = scheme == ITA_GRADING_LETTER ? letter_codes
        : scheme == ITA_GRADING_PASS_FAIL ? pass_fail_codes : rating_codes;

  bands = ita_load_array (l, obj, "grading", "bands", TRUE, &ok);
  if (bands == NULL)
    return FALSE;
  if (json_array_get_length (bands) == 0)
    return ita_load_fail (l, "grading.bands", _("lists no band"));

  grading->n_bands = json_array_get_length (bands);
  grading->bands = g_new0 (ItaGradeBand, grading->n_bands);
  for (guint i = 0; i < grading->n_bands; i++)
    {
      if (!load_band (l, bands, i, codes, grading))
        return FALSE;
    }
  return check_band_coverage (l, grading);
}

/* ---- indicators ------------------------------------------------------- */

static ItaTool
expected_tool (int number)
{
  return number <= 5 ? ITA_TOOL_IIT : number <= 8 ? ITA_TOOL_EIT : ITA_TOOL_OIT;
}

/* "9.1" for indicator 9: the number, a dot, a positive number. */
static gboolean
valid_sub_code (const char *code,
                int         number)
{
  g_autofree char *prefix = g_strdup_printf ("%d.", number);
  const char *p;

  if (!g_str_has_prefix (code, prefix))
    return FALSE;
  p = code + strlen (prefix);
  if (*p < '1' || *p > '9')
    return FALSE;
  for (; *p; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

static gboolean
load_subs (ItaLoader       *l,
           JsonObject      *obj,
           const char      *path,
           ItaIndicatorDef *ind,
           GHashTable      *seen)
{
  gboolean ok;
  JsonArray *array = ita_load_array (l, obj, path, "subindicators", FALSE, &ok);
  g_autofree char *spath = ita_json_path (path, "subindicators");

  if (array == NULL || json_array_get_length (array) == 0)
    return ok;
  if (ind->tool != ITA_TOOL_OIT)
    return ita_load_fail (l, spath, _("only OIT indicators have sub-indicators"));

  ind->n_subs = json_array_get_length (array);
  ind->subs = g_new0 (ItaSubindicatorDef, ind->n_subs);
  for (guint i = 0; i < ind->n_subs; i++)
    {
      g_autofree char *epath = ita_json_path_index (spath, i);
      JsonObject *sobj = ita_load_element_object (l, array, i, epath);
      ItaSubindicatorDef *sub = &ind->subs[i];

      sub->indicator = ind->number;
      if (sobj == NULL ||
          !ita_load_string (l, sobj, epath, "code", ITA_LOAD_REQUIRED | ITA_LOAD_NONEMPTY, &sub->code))
        return FALSE;
      if (!valid_sub_code (sub->code, ind->number))
        {
          g_autofree char *cpath = ita_json_path (epath, "code");
          return ita_load_fail (l, cpath, _("“%s” is not a sub-indicator code of indicator %d (like %d.1)"),
                                sub->code, ind->number, ind->number);
        }
      if (!g_hash_table_add (seen, sub->code))
        {
          g_autofree char *cpath = ita_json_path (epath, "code");
          return ita_load_fail (l, cpath, _("duplicate sub-indicator code “%s”"), sub->code);
        }
      if (!ita_load_string (l, sobj, epath, "name_th", ITA_LOAD_REQUIRED | ITA_LOAD_NONEMPTY, &sub->name_th) ||
          !ita_load_string (l, sobj, epath, "name_en", ITA_LOAD_REQUIRED, &sub->name_en) ||
          !ita_load_confidence (l, sobj, epath, ind->confidence, &sub->confidence, &sub->note))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_indicator (ItaLoader    *l,
                JsonArray    *array,
                guint         i,
                ItaFramework *self,
                GHashTable   *subs_seen)
{
  g_autofree char *path = ita_json_path_index ("indicators", i);
  JsonObject *obj = ita_load_element_object (l, array, i, path);
  ItaIndicatorDef *ind;
  gint64 number;
  int tool;

  if (obj == NULL || !ita_load_int (l, obj, path, "number", G_MININT, G_MAXINT, &number))
    return FALSE;
  if (number < 1 || number > ITA_N_INDICATORS)
    {
      g_autofree char *npath = ita_json_path (path, "number");
      return ita_load_fail (l, npath, _("indicators are numbered 1–10, not %d"), (int) number);
    }
  ind = &self->indicators[number - 1];
  if (ind->number != 0)
    {
      g_autofree char *npath = ita_json_path (path, "number");
      return ita_load_fail (l, npath, _("indicator %d is listed twice"), (int) number);
    }
  ind->number = (int) number;

  if (!ita_load_enum (l, obj, path, "tool", ita_tool_names, -1, &tool))
    return FALSE;
  if ((ItaTool) tool != expected_tool (ind->number))
    {
      g_autofree char *tpath = ita_json_path (path, "tool");
      return ita_load_fail (l, tpath, _("indicator %d belongs to %s, not %s"), ind->number,
                            ita_tool_names[expected_tool (ind->number)], ita_tool_names[tool]);
    }
  ind->tool = (ItaTool) tool;

  return ita_load_string (l, obj, path, "name_th", ITA_LOAD_REQUIRED | ITA_LOAD_NONEMPTY, &ind->name_th) &&
         ita_load_string (l, obj, path, "name_en", ITA_LOAD_REQUIRED, &ind->name_en) &&
         ita_load_confidence (l, obj, path, self->confidence, &ind->confidence, &ind->note) &&
         ita_load_rule (l, obj, path, "rule", &ind->rule) &&
         load_subs (l, obj, path, ind, subs_seen);
}

gboolean
ita_load_indicators (ItaLoader    *l,
                     JsonObject   *root,
                     ItaFramework *self)
{
  g_autoptr(GHashTable) subs_seen = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean ok;
  JsonArray *array = ita_load_array (l, root, "", "indicators", TRUE, &ok);

  if (array == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      if (!load_indicator (l, array, i, self, subs_seen))
        return FALSE;
    }
  for (int k = 0; k < ITA_N_INDICATORS; k++)
    {
      if (self->indicators[k].number == 0)
        return ita_load_fail (l, "indicators", _("indicator %d is missing"), k + 1);
    }
  return TRUE;
}

/* ---- items ------------------------------------------------------------ */

static gboolean
is_blank (const char *s)
{
  for (; *s; s++)
    {
      if (!g_ascii_isspace (*s))
        return FALSE;
    }
  return TRUE;
}

/* "o12": i, e or o, then a number without leading zeros */
static gboolean
valid_item_code (const char *code)
{
  if (strchr ("ieo", code[0]) == NULL || code[0] == '\0')
    return FALSE;
  if (code[1] < '1' || code[1] > '9')
    return FALSE;
  for (const char *p = code + 2; *p; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return strlen (code) < 8;
}

static gboolean
check_continuity_key (ItaLoader  *l,
                      const char *path,
                      const char *key,
                      ItaTool     tool,
                      GHashTable *seen)
{
  if (!g_str_has_prefix (key, continuity_prefixes[tool]) || key[strlen (continuity_prefixes[tool])] == '\0')
    return ita_load_fail (l, path, _("“%s” must start with “%s” like the other keys of %s items"),
                          key, continuity_prefixes[tool], ita_tool_names[tool]);
  for (const char *p = key; *p; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '.' && *p != '_')
        return ita_load_fail (l, path, _("“%s” may only have lower-case ASCII letters, digits, “.” and “_”"), key);
    }
  if (!g_hash_table_add (seen, (gpointer) key))
    return ita_load_fail (l, path, _("duplicate continuity key “%s”"), key);
  return TRUE;
}

static gboolean
load_item_subindicator (ItaLoader    *l,
                        JsonObject   *obj,
                        const char   *path,
                        ItaFramework *self,
                        ItaItemDef   *item)
{
  const ItaIndicatorDef *ind = &self->indicators[item->indicator - 1];
  g_autofree char *code = NULL;
  g_autofree char *spath = ita_json_path (path, "subindicator");

  item->sub_index = -1;
  if (!ita_load_string (l, obj, path, "subindicator", 0, &code))
    return FALSE;
  if (code == NULL)
    {
      if (ind->n_subs > 0)
        return ita_load_fail (l, spath, _("indicator %d has sub-indicators: name the one this item belongs to"),
                              ind->number);
      return TRUE;
    }
  if (ind->n_subs == 0)
    return ita_load_fail (l, spath, _("indicator %d has no sub-indicators, so it has no sub-indicator “%s”"),
                          ind->number, code);
  for (guint s = 0; s < ind->n_subs; s++)
    {
      if (g_str_equal (ind->subs[s].code, code))
        {
          item->sub_index = (int) s;
          return TRUE;
        }
    }
  return ita_load_fail (l, spath, _("sub-indicator “%s” does not exist in indicator %d"), code, ind->number);
}

static gboolean
load_item_period (ItaLoader  *l,
                  JsonObject *obj,
                  const char *path,
                  ItaItemDef *item)
{
  JsonNode *node = json_object_get_member (obj, "period");
  g_autofree char *ppath = ita_json_path (path, "period");
  JsonObject *pobj;
  int rule;

  item->period = ITA_PERIOD_NONE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return ita_load_fail (l, ppath, _("must be an object"));
  pobj = json_node_get_object (node);
  if (!ita_load_enum (l, pobj, ppath, "rule", period_names, -1, &rule))
    return FALSE;
  item->period = (ItaPeriodRule) rule;
  return ita_load_string (l, pobj, ppath, "text_th", 0, &item->period_text_th);
}

static gboolean
load_item_keys (ItaLoader  *l,
                JsonObject *obj,
                const char *path,
                ItaItemDef *item,
                GHashTable *seen)
{
  g_autofree char *kpath = ita_json_path (path, "continuity");
  g_autofree char *cpath = ita_json_path (path, "covers");
  gboolean ok;
  JsonArray *covers;
  guint n;

  if (!ita_load_string (l, obj, path, "continuity", ITA_LOAD_REQUIRED | ITA_LOAD_NONEMPTY, &item->continuity) ||
      !check_continuity_key (l, kpath, item->continuity, item->tool, seen))
    return FALSE;

  covers = ita_load_array (l, obj, path, "covers", FALSE, &ok);
  if (covers == NULL)
    return ok;
  n = json_array_get_length (covers);
  item->covers = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (covers, i);
      g_autofree char *epath = ita_json_path_index (cpath, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return ita_load_fail (l, epath, _("must be a string"));
      item->covers[i] = g_strdup (json_node_get_string (node));
      if (!check_continuity_key (l, epath, item->covers[i], item->tool, seen))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_item_identity (ItaLoader    *l,
                    JsonObject   *obj,
                    const char   *path,
                    ItaFramework *self,
                    ItaItemDef   *item,
                    guint         index)
{
  g_autofree char *cpath = ita_json_path (path, "code");
  g_autofree char *ipath = ita_json_path (path, "indicator");
  const ItaToolDef *tool;
  gint64 indicator;

  if (!ita_load_string (l, obj, path, "code", ITA_LOAD_REQUIRED | ITA_LOAD_NONEMPTY, &item->code))
    return FALSE;
  if (!valid_item_code (item->code))
    return ita_load_fail (l, cpath, _("“%s” is not an item code: write i, e or o and a number, like o12"),
                          item->code);
  for (guint j = 0; j < index; j++)
    {
      if (g_str_equal (self->items[j].code, item->code))
        return ita_load_fail (l, cpath, _("duplicate item code “%s” (also items[%u])"), item->code, j);
    }

  if (!ita_load_int (l, obj, path, "indicator", G_MININT, G_MAXINT, &indicator))
    return FALSE;
  if (indicator < 1 || indicator > ITA_N_INDICATORS)
    return ita_load_fail (l, ipath, _("indicator %d does not exist"), (int) indicator);
  item->indicator = (int) indicator;
  item->tool = self->indicators[indicator - 1].tool;
  tool = &self->tools[item->tool];

  if (item->code[0] != item_prefixes[item->tool])
    return ita_load_fail (l, cpath, _("%s does not match indicator %d: items of %s are coded %c1, %c2, …"),
                          item->code, item->indicator, tool->code,
                          item_prefixes[item->tool], item_prefixes[item->tool]);
  if (tool->item_list == ITA_ITEM_LIST_UNKNOWN)
    return ita_load_fail (l, path, _("the item list of %s is “unknown”, so the file lists no %s items"),
                          tool->code, tool->code);
  return load_item_subindicator (l, obj, path, self, item);
}

static gboolean
load_item (ItaLoader    *l,
           JsonArray    *array,
           guint         i,
           ItaFramework *self,
           GHashTable   *keys_seen)
{
  g_autofree char *path = ita_json_path_index ("items", i);
  JsonObject *obj = ita_load_element_object (l, array, i, path);
  ItaItemDef *item = &self->items[i];
  int scale;

  if (obj == NULL ||
      !load_item_identity (l, obj, path, self, item, i) ||
      !ita_load_confidence (l, obj, path, self->confidence, &item->confidence, &item->note) ||
      !ita_load_string (l, obj, path, "text_th", ITA_LOAD_REQUIRED, &item->text_th) ||
      !ita_load_string (l, obj, path, "text_en", 0, &item->text_en) ||
      !ita_load_enum (l, obj, path, "scale", scale_names, -1, &scale) ||
      !load_item_period (l, obj, path, item) ||
      !load_item_keys (l, obj, path, item, keys_seen))
    return FALSE;
  item->scale = (ItaScale) scale;
  if (item->text_en == NULL)
    item->text_en = g_strdup ("");

  if (is_blank (item->text_th) && item->confidence != ITA_CONFIDENCE_GAP)
    {
      g_autofree char *tpath = ita_json_path (path, "text_th");
      return ita_load_fail (l, tpath, _("the Thai text is empty; an item without its text must have confidence GAP"));
    }
  return TRUE;
}

/* Every indicator and sub-indicator of a tool with a complete item list
 * must have items, or it could never be computed. */
static gboolean
check_complete_tools (ItaLoader    *l,
                      ItaFramework *self)
{
  g_autofree guint *ind_count = g_new0 (guint, ITA_N_INDICATORS);
  g_autoptr(GHashTable) sub_used = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < self->n_items; i++)
    {
      const ItaItemDef *item = &self->items[i];

      ind_count[item->indicator - 1]++;
      if (item->sub_index >= 0)
        g_hash_table_add (sub_used, self->indicators[item->indicator - 1].subs[item->sub_index].code);
    }

  for (guint k = 0; k < ITA_N_INDICATORS; k++)
    {
      const ItaIndicatorDef *ind = &self->indicators[k];
      const ItaToolDef *tool = &self->tools[ind->tool];

      if (tool->item_list != ITA_ITEM_LIST_COMPLETE)
        continue;
      if (ind_count[k] == 0)
        return ita_load_fail (l, "items", _("indicator %d has no items, but the item list of %s is “complete”"),
                              ind->number, tool->code);
      for (guint s = 0; s < ind->n_subs; s++)
        {
          if (!g_hash_table_contains (sub_used, ind->subs[s].code))
            return ita_load_fail (l, "items", _("sub-indicator %s has no items, but the item list of %s is “complete”"),
                                  ind->subs[s].code, tool->code);
        }
    }
  return TRUE;
}

gboolean
ita_load_items (ItaLoader    *l,
                JsonObject   *root,
                ItaFramework *self)
{
  g_autoptr(GHashTable) keys_seen = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean ok;
  JsonArray *array = ita_load_array (l, root, "", "items", TRUE, &ok);

  if (array == NULL)
    return FALSE;

  self->n_items = json_array_get_length (array);
  self->items = g_new0 (ItaItemDef, self->n_items + 1);
  for (guint i = 0; i < self->n_items; i++)
    {
      if (!load_item (l, array, i, self, keys_seen))
        return FALSE;
    }
  return check_complete_tools (l, self);
}
