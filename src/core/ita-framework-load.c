/* ita-framework-load.c: reads and validates an edition file
 *
 * The format is docs/framework-format.md. Every refusal names the JSON path
 * and the reason: "<origin>: <path>: <reason>"; malformed JSON is reported
 * with its line and column.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ita-framework-private.h"
#include "ita-framework-load-private.h"
#include "ita-limits.h"

#define FORMAT_VERSION 1

gboolean
ita_load_fail (ItaLoader  *l,
               const char *path,
               const char *format,
               ...)
{
  va_list args;
  g_autofree char *reason = NULL;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (l->error, ITA_FRAMEWORK_ERROR, ITA_FRAMEWORK_ERROR_INVALID,
               "%s: %s: %s", l->origin, path, reason);
  return FALSE;
}

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

static gboolean
fail_missing (ItaLoader  *l,
              const char *parent,
              const char *name)
{
  g_autofree char *path = ita_json_path (parent, name);
  return ita_load_fail (l, path, _("this member is missing"));
}

gboolean
ita_load_string (ItaLoader   *l,
                 JsonObject  *obj,
                 const char  *parent,
                 const char  *name,
                 guint        flags,
                 char       **out)
{
  JsonNode *node = ita_json_member (obj, name);
  const char *s;

  *out = NULL;
  if (node == NULL)
    {
      if (flags & ITA_LOAD_REQUIRED)
        return fail_missing (l, parent, name);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_autofree char *path = ita_json_path (parent, name);
      return ita_load_fail (l, path, _("must be a string"));
    }
  s = json_node_get_string (node);
  if ((flags & ITA_LOAD_NONEMPTY) && is_blank (s))
    {
      g_autofree char *path = ita_json_path (parent, name);
      return ita_load_fail (l, path, _("must not be empty"));
    }
  *out = g_strdup (s);
  return TRUE;
}

gboolean
ita_load_int (ItaLoader  *l,
              JsonObject *obj,
              const char *parent,
              const char *name,
              gint64      min,
              gint64      max,
              gint64     *out)
{
  JsonNode *node = ita_json_member (obj, name);
  g_autofree char *path = NULL;

  if (node == NULL)
    return fail_missing (l, parent, name);
  path = ita_json_path (parent, name);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return ita_load_fail (l, path, _("must be a whole number"));
  *out = json_node_get_int (node);
  if (*out < min || *out > max)
    {
      g_autofree char *v = g_strdup_printf ("%" G_GINT64_FORMAT, *out);
      g_autofree char *a = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *b = g_strdup_printf ("%" G_GINT64_FORMAT, max);

      return ita_load_fail (l, path, _("%s is out of range %s–%s"), v, a, b);
    }
  return TRUE;
}

gboolean
ita_load_centi (ItaLoader  *l,
                JsonObject *obj,
                const char *parent,
                const char *name,
                gboolean    required,
                ItaCenti   *out)
{
  JsonNode *node = ita_json_member (obj, name);
  g_autofree char *path = NULL;
  GType type;
  double v, r;

  *out = ITA_CENTI_NONE;
  if (node == NULL)
    return required ? fail_missing (l, parent, name) : TRUE;

  path = ita_json_path (parent, name);
  type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  if (type == G_TYPE_INT64)
    {
      gint64 i = json_node_get_int (node);
      if (i < 0 || i > 100)
        {
          g_autofree char *v = g_strdup_printf ("%" G_GINT64_FORMAT, i);
          return ita_load_fail (l, path, _("%s is out of range 0–100"), v);
        }
      *out = (ItaCenti) (i * 100);
      return TRUE;
    }
  if (type != G_TYPE_DOUBLE)
    return ita_load_fail (l, path, _("must be a number"));

  v = json_node_get_double (node) * 100.0;
  r = floor (v + 0.5);
  if (fabs (v - r) > 1e-6)
    return ita_load_fail (l, path, _("must have at most two decimals"));
  if (r < 0 || r > ITA_CENTI_MAX)
    {
      g_autofree char *s = g_strdup_printf ("%.2f", json_node_get_double (node));
      return ita_load_fail (l, path, _("%s is out of range 0–100"), s);
    }
  *out = (ItaCenti) r;
  return TRUE;
}

gboolean
ita_load_enum (ItaLoader          *l,
               JsonObject         *obj,
               const char         *parent,
               const char         *name,
               const char * const *values,
               int                 fallback,
               int                *out)
{
  g_autofree char *s = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *path = NULL;

  if (!ita_load_string (l, obj, parent, name, fallback < 0 ? ITA_LOAD_REQUIRED : 0, &s))
    return FALSE;
  if (s == NULL)
    {
      *out = fallback;
      return TRUE;
    }
  for (int i = 0; values[i] != NULL; i++)
    {
      if (g_str_equal (s, values[i]))
        {
          *out = i;
          return TRUE;
        }
    }
  path = ita_json_path (parent, name);
  expected = g_strjoinv (", ", (char **) values);
  return ita_load_fail (l, path, _("unknown value “%s”; expected one of: %s"), s, expected);
}

JsonArray *
ita_load_array (ItaLoader  *l,
                JsonObject *obj,
                const char *parent,
                const char *name,
                gboolean    required,
                gboolean   *ok)
{
  JsonNode *node = ita_json_member (obj, name);

  *ok = TRUE;
  if (node == NULL)
    {
      if (required)
        *ok = fail_missing (l, parent, name);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_autofree char *path = ita_json_path (parent, name);
      *ok = ita_load_fail (l, path, _("must be an array"));
      return NULL;
    }
  return json_node_get_array (node);
}

JsonObject *
ita_load_element_object (ItaLoader  *l,
                         JsonArray  *array,
                         guint       index,
                         const char *path)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      ita_load_fail (l, path, _("must be an object"));
      return NULL;
    }
  return json_node_get_object (node);
}

gboolean
ita_load_confidence (ItaLoader     *l,
                     JsonObject    *obj,
                     const char    *parent,
                     ItaConfidence  inherited,
                     ItaConfidence *out,
                     char         **note)
{
  int c;

  if (!ita_load_enum (l, obj, parent, "confidence", ita_confidence_names, (int) inherited, &c))
    return FALSE;
  *out = (ItaConfidence) c;
  return ita_load_string (l, obj, parent, "note", 0, note);
}

static gboolean
load_strings (ItaLoader   *l,
              JsonObject  *obj,
              const char  *parent,
              const char  *name,
              char      ***out)
{
  gboolean ok;
  JsonArray *array = ita_load_array (l, obj, parent, name, FALSE, &ok);
  g_autoptr(GPtrArray) strings = NULL;
  g_autofree char *path = NULL;

  *out = NULL;
  if (array == NULL)
    return ok;

  path = ita_json_path (parent, name);
  strings = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_autofree char *epath = ita_json_path_index (path, i);
          return ita_load_fail (l, epath, _("must be a string"));
        }
      g_ptr_array_add (strings, g_strdup (json_node_get_string (node)));
    }
  g_ptr_array_add (strings, NULL);
  *out = (char **) g_ptr_array_free (g_steal_pointer (&strings), FALSE);
  return TRUE;
}

/* ---- rules ------------------------------------------------------------ */

gboolean
ita_load_rule (ItaLoader   *l,
               JsonObject  *obj,
               const char  *parent,
               const char  *name,
               ItaRuleDef  *rule)
{
  JsonNode *node = ita_json_member (obj, name);
  g_autofree char *path = ita_json_path (parent, name);
  JsonObject *robj;
  int confidence;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return ita_load_fail (l, path, _("must be an object"));
  robj = json_node_get_object (node);
  rule->present = TRUE;

  if (!ita_load_enum (l, robj, path, "confidence", ita_confidence_names, -1, &confidence) ||
      !load_strings (l, robj, path, "reproduces", &rule->reproduces) ||
      !ita_load_string (l, robj, path, "reason_th", 0, &rule->reason_th) ||
      !ita_load_string (l, robj, path, "reason_en", 0, &rule->reason_en) ||
      !ita_load_string (l, robj, path, "note", 0, &rule->note))
    return FALSE;
  rule->confidence = (ItaConfidence) confidence;

  for (guint i = 0; rule->reproduces != NULL && rule->reproduces[i] != NULL; i++)
    {
      gboolean known = FALSE;

      for (guint j = 0; l->source_ids != NULL && j < l->source_ids->len; j++)
        known |= g_str_equal (g_ptr_array_index (l->source_ids, j), rule->reproduces[i]);
      if (!known)
        {
          g_autofree char *rpath = ita_json_path (path, "reproduces");
          g_autofree char *epath = ita_json_path_index (rpath, i);
          return ita_load_fail (l, epath, _("“%s” is not the id of one of the edition’s sources"),
                                rule->reproduces[i]);
        }
    }

  if (ita_rule_is_provisional (rule))
    {
      if (rule->reason_th == NULL || is_blank (rule->reason_th))
        {
          g_autofree char *rpath = ita_json_path (path, "reason_th");
          return ita_load_fail (l, rpath, _("a provisional rule (GAP, UNV, or INF that reproduces no source) needs the reason shown beside its figures"));
        }
      if (rule->reason_en == NULL || is_blank (rule->reason_en))
        {
          g_autofree char *rpath = ita_json_path (path, "reason_en");
          return ita_load_fail (l, rpath, _("a provisional rule (GAP, UNV, or INF that reproduces no source) needs the reason shown beside its figures"));
        }
    }
  return TRUE;
}

/* ---- tools ------------------------------------------------------------ */

static const char * const part_from_names[] = { "entered", "items", NULL };

static gboolean
load_parts (ItaLoader   *l,
            JsonObject  *obj,
            const char  *path,
            ItaToolDef  *tool)
{
  gboolean ok;
  JsonArray *array = ita_load_array (l, obj, path, "parts", FALSE, &ok);
  g_autofree char *ppath = ita_json_path (path, "parts");

  if (array == NULL)
    return ok;

  tool->n_parts = json_array_get_length (array);
  tool->parts = g_new0 (ItaToolPart, tool->n_parts);
  for (guint i = 0; i < tool->n_parts; i++)
    {
      g_autofree char *epath = ita_json_path_index (ppath, i);
      JsonObject *pobj = ita_load_element_object (l, array, i, epath);
      ItaToolPart *part = &tool->parts[i];

      int from;

      if (pobj == NULL ||
          !ita_load_string (l, pobj, epath, "code", ITA_LOAD_REQUIRED | ITA_LOAD_NONEMPTY, &part->code) ||
          !ita_load_string (l, pobj, epath, "name_th", ITA_LOAD_REQUIRED | ITA_LOAD_NONEMPTY, &part->name_th) ||
          !ita_load_string (l, pobj, epath, "name_en", ITA_LOAD_REQUIRED, &part->name_en) ||
          !ita_load_enum (l, pobj, epath, "from", part_from_names, ITA_PART_FROM_ENTERED, &from))
        return FALSE;
      part->from = (ItaPartFrom) from;
      for (guint j = 0; j < i && part->from == ITA_PART_FROM_ITEMS; j++)
        {
          if (tool->parts[j].from == ITA_PART_FROM_ITEMS)
            {
              g_autofree char *fpath = ita_json_path (epath, "from");
              return ita_load_fail (l, fpath, _("only one part of a tool is measured by its items (parts[%u] already is)"), j);
            }
        }

      for (const char *p = part->code; *p; p++)
        {
          if (!g_ascii_isupper (*p) && !g_ascii_isdigit (*p))
            {
              g_autofree char *cpath = ita_json_path (epath, "code");
              return ita_load_fail (l, cpath, _("“%s” must be upper-case letters and digits, like EIT1"), part->code);
            }
        }
      if (g_str_equal (part->code, "TOTAL") || g_strv_contains (ita_tool_names, part->code))
        {
          g_autofree char *cpath = ita_json_path (epath, "code");
          return ita_load_fail (l, cpath, _("“%s” is reserved for a tool or the total"), part->code);
        }
      for (guint j = 0; j < i; j++)
        {
          if (g_str_equal (tool->parts[j].code, part->code))
            {
              g_autofree char *cpath = ita_json_path (epath, "code");
              return ita_load_fail (l, cpath, _("duplicate part code “%s”"), part->code);
            }
        }
    }
  return TRUE;
}

static gboolean
load_tools (ItaLoader    *l,
            JsonObject   *root,
            ItaFramework *self)
{
  gboolean ok;
  JsonArray *array = ita_load_array (l, root, "", "tools", TRUE, &ok);
  ItaCenti sum = 0;

  if (array == NULL)
    return FALSE;
  if (json_array_get_length (array) != ITA_N_TOOLS)
    return ita_load_fail (l, "tools", _("must list exactly the three tools IIT, EIT and OIT (it lists %u)"),
                          json_array_get_length (array));

  for (guint i = 0; i < ITA_N_TOOLS; i++)
    {
      g_autofree char *path = ita_json_path_index ("tools", i);
      JsonObject *obj = ita_load_element_object (l, array, i, path);
      ItaToolDef *tool = &self->tools[i];
      int code, item_list;

      if (obj == NULL ||
          !ita_load_enum (l, obj, path, "code", ita_tool_names, -1, &code))
        return FALSE;
      if (code != (int) i)
        {
          g_autofree char *cpath = ita_json_path (path, "code");
          return ita_load_fail (l, cpath, _("expected %s here: the tools are IIT, EIT and OIT in that order"),
                                ita_tool_names[i]);
        }
      if (!ita_load_string (l, obj, path, "name_th", ITA_LOAD_REQUIRED | ITA_LOAD_NONEMPTY, &tool->name_th) ||
          !ita_load_string (l, obj, path, "name_en", ITA_LOAD_REQUIRED, &tool->name_en) ||
          !ita_load_centi (l, obj, path, "weight", TRUE, &tool->weight) ||
          !ita_load_enum (l, obj, path, "item_list", ita_item_list_names, -1, &item_list) ||
          !load_parts (l, obj, path, tool) ||
          !ita_load_confidence (l, obj, path, self->confidence, &tool->confidence, &tool->note) ||
          !ita_load_rule (l, obj, path, "rule", &tool->rule))
        return FALSE;
      tool->item_list = (ItaItemList) item_list;
      sum += tool->weight;
    }

  if (sum != ITA_CENTI_MAX)
    {
      g_autofree char *s = ita_decimal_format (sum, FALSE);
      return ita_load_fail (l, "tools", _("the weights sum to %s, not 100"), s);
    }

  /* part codes are keys of the scores: unique across tools */
  for (guint a = 0; a < ITA_N_TOOLS; a++)
    for (guint i = 0; i < self->tools[a].n_parts; i++)
      for (guint b = 0; b < a; b++)
        for (guint j = 0; j < self->tools[b].n_parts; j++)
          if (g_str_equal (self->tools[a].parts[i].code, self->tools[b].parts[j].code))
            {
              g_autofree char *path = g_strdup_printf ("tools[%u].parts[%u].code", a, i);
              return ita_load_fail (l, path, _("duplicate part code “%s”"), self->tools[a].parts[i].code);
            }
  return TRUE;
}

/* ---- top level -------------------------------------------------------- */

static gboolean
load_header (ItaLoader    *l,
             JsonObject   *root,
             ItaFramework *self)
{
  gint64 format, year;
  int confidence;
  gboolean ok;
  JsonArray *sources;

  if (!ita_load_int (l, root, "", "format", 0, G_MAXINT, &format))
    return FALSE;
  if (format > FORMAT_VERSION)
    {
      g_set_error (l->error, ITA_FRAMEWORK_ERROR, ITA_FRAMEWORK_ERROR_NEWER,
                   _("%s: this edition file was made for a newer ITA Planner (format %d; this version reads format %d). Update ITA Planner to use it."),
                   l->origin, (int) format, FORMAT_VERSION);
      return FALSE;
    }
  if (format < FORMAT_VERSION)
    return ita_load_fail (l, "format", _("unknown format %d; expected %d"), (int) format, FORMAT_VERSION);

  if (!ita_load_string (l, root, "", "id", ITA_LOAD_REQUIRED | ITA_LOAD_NONEMPTY, &self->id))
    return FALSE;
  for (const char *p = self->id; *p; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-' && *p != '_')
        return ita_load_fail (l, "id", _("“%s” may only have lower-case letters, digits, “-” and “_” (like ita-2569)"),
                              self->id);
    }

  if (!ita_load_int (l, root, "", "fiscal_year", 2562, 2600, &year) ||
      !ita_load_string (l, root, "", "name_th", ITA_LOAD_REQUIRED | ITA_LOAD_NONEMPTY, &self->name_th) ||
      !ita_load_string (l, root, "", "name_en", ITA_LOAD_REQUIRED, &self->name_en) ||
      !ita_load_enum (l, root, "", "confidence", ita_confidence_names, ITA_CONFIDENCE_C1, &confidence) ||
      !load_strings (l, root, "", "notes", &self->notes))
    return FALSE;
  self->fiscal_year = (int) year;
  self->confidence = (ItaConfidence) confidence;

  sources = ita_load_array (l, root, "", "sources", FALSE, &ok);
  if (!ok)
    return FALSE;
  for (guint i = 0; sources != NULL && i < json_array_get_length (sources); i++)
    {
      g_autofree char *path = ita_json_path_index ("sources", i);
      g_autofree char *id = NULL;
      g_autofree char *description = NULL;
      JsonObject *obj = ita_load_element_object (l, sources, i, path);

      if (obj == NULL ||
          !ita_load_string (l, obj, path, "id", ITA_LOAD_REQUIRED | ITA_LOAD_NONEMPTY, &id) ||
          !ita_load_string (l, obj, path, "description", 0, &description))
        return FALSE;
      g_ptr_array_add (l->source_ids, g_steal_pointer (&id));
    }
  return ita_load_rule (l, root, "", "total_rule", &self->total_rule);
}

static char *
format_parse_error (const char   *origin,
                    const GError *error)
{
  guint line, column;
  const char *reason;

  if (ita_json_error_position (error, &line, &column, &reason))
    return g_strdup_printf (_("%s: line %u, column %u: the file is not valid JSON: %s"),
                            origin, line, column, reason);
  return g_strdup_printf (_("%s: the file is not valid JSON: %s"), origin, error->message);
}

/* What json-glib cannot take or would change (see ita_json_prescan). */
static gboolean
prescan (ItaLoader  *l,
         const char *data,
         gsize       size)
{
  g_autofree char *path = NULL;
  guint line = 0, column = 0;

  switch (ita_json_prescan (data, size, ITA_LIMIT_JSON_DEPTH, &path, &line, &column))
    {
    case ITA_JSON_OK:
      return TRUE;
    case ITA_JSON_TOO_DEEP:
      g_set_error (l->error, ITA_FRAMEWORK_ERROR, ITA_FRAMEWORK_ERROR_PARSE,
                   _("%s: line %u, column %u: lists and objects nest more than %d levels deep; "
                     "an edition file has at most %d"),
                   l->origin, line, column, ITA_LIMIT_JSON_DEPTH, ITA_LIMIT_JSON_DEPTH);
      return FALSE;
    case ITA_JSON_NUL:
      return ita_load_fail (l, *path ? path : "$",
                            _("the text holds a \\u0000 (NUL) character, which cannot be kept in text"));
    case ITA_JSON_LONE_SURROGATE:
    default:
      return ita_load_fail (l, *path ? path : "$",
                            _("the text holds half of a \\uD800–\\uDFFF pair, a broken character"));
    }
}

gboolean
ita_framework_load (ItaFramework  *self,
                    GBytes        *json,
                    const char    *origin,
                    GError       **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GPtrArray) source_ids = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *megabytes = NULL;
  ItaLoader loader = { origin, error, source_ids };
  JsonNode *root;
  JsonObject *obj;
  gsize size;
  const char *data = g_bytes_get_data (json, &size);

  self->json = g_bytes_ref (json);
  self->origin = g_strdup (origin);

  if (size == 0 || data == NULL)
    {
      g_set_error (error, ITA_FRAMEWORK_ERROR, ITA_FRAMEWORK_ERROR_PARSE,
                   _("%s: the file is empty"), origin);
      return FALSE;
    }
  if (size > ITA_LIMIT_EDITION_BYTES)
    {
      g_set_error (error, ITA_FRAMEWORK_ERROR, ITA_FRAMEWORK_ERROR_PARSE,
                   _("%s: the file is %s MB; an edition file is at most %d MB"), origin,
                   megabytes = g_strdup_printf ("%.1f", size / (1024.0 * 1024.0)),
                   ITA_LIMIT_EDITION_BYTES / (1024 * 1024));
      return FALSE;
    }
  if (!g_utf8_validate (data, (gssize) size, NULL))
    {
      g_set_error (error, ITA_FRAMEWORK_ERROR, ITA_FRAMEWORK_ERROR_PARSE,
                   _("%s: the file is not UTF-8 text; save it as UTF-8"), origin);
      return FALSE;
    }
  if (!prescan (&loader, data, size))
    return FALSE;
  if (!json_parser_load_from_data (parser, data, (gssize) size, &parse_error))
    {
      g_autofree char *msg = format_parse_error (origin, parse_error);
      g_set_error_literal (error, ITA_FRAMEWORK_ERROR, ITA_FRAMEWORK_ERROR_PARSE, msg);
      return FALSE;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return ita_load_fail (&loader, "$", _("the file must hold one JSON object"));
  obj = json_node_get_object (root);

  return load_header (&loader, obj, self) &&
         load_tools (&loader, obj, self) &&
         ita_load_grading (&loader, obj, self) &&
         ita_load_indicators (&loader, obj, self) &&
         ita_load_items (&loader, obj, self);
}
