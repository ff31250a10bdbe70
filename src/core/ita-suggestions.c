/* ita-suggestions.c: the library of suggested measures — its entries,
 * the library file format (docs/measures-library.md) and the built-in
 * library in the core GResource
 *
 * A library file arrives from anywhere (an officer shares an edited
 * library): every node's type is checked before it is read and every
 * refusal names the file, the JSON path and the reason.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-framework-private.h"
#include "ita-json-private.h"
#include "ita-suggestions-private.h"

#define BUILTIN_PATH RESOURCE_PREFIX "/measures/ita-measures.json"
#define BUILTIN_NAME "ita-measures.json"
#define MAX_ID_LENGTH 64

G_DEFINE_QUARK (ita-suggestions-error-quark, ita_suggestions_error)

/* Plain data ---------------------------------------------------------- */

G_DEFINE_BOXED_TYPE (ItaSuggestion, ita_suggestion, ita_suggestion_copy, ita_suggestion_free)

static void
text_init (ItaSuggestionText *t)
{
  t->title = g_strdup ("");
  t->issue = g_strdup ("");
  t->methods = g_strdup ("");
  t->steps = g_new0 (char *, 1);
  t->kpi = g_strdup ("");
  t->target = g_strdup ("");
}

static void
text_clear (ItaSuggestionText *t)
{
  g_clear_pointer (&t->title, g_free);
  g_clear_pointer (&t->issue, g_free);
  g_clear_pointer (&t->methods, g_free);
  g_clear_pointer (&t->steps, g_strfreev);
  g_clear_pointer (&t->kpi, g_free);
  g_clear_pointer (&t->target, g_free);
}

static char *
dup_or_empty (const char *s)
{
  return g_strdup (s ? s : "");
}

static char **
strv_dup_or_empty (char * const *strv)
{
  return strv ? g_strdupv ((char **) strv) : g_new0 (char *, 1);
}

static void
text_copy (ItaSuggestionText       *to,
           const ItaSuggestionText *from)
{
  to->title = dup_or_empty (from->title);
  to->issue = dup_or_empty (from->issue);
  to->methods = dup_or_empty (from->methods);
  to->steps = strv_dup_or_empty (from->steps);
  to->kpi = dup_or_empty (from->kpi);
  to->target = dup_or_empty (from->target);
}

ItaSuggestion *
ita_suggestion_new (const char *id)
{
  ItaSuggestion *s = g_new0 (ItaSuggestion, 1);

  s->id = dup_or_empty (id);
  s->continuity = g_new0 (char *, 1);
  s->indicators = g_array_new (FALSE, FALSE, sizeof (int));
  s->subjects = g_new0 (char *, 1);
  text_init (&s->th);
  text_init (&s->en);
  s->source = g_strdup ("");
  s->origin = ITA_SUGGESTION_ADDED;
  return s;
}

ItaSuggestion *
ita_suggestion_copy (const ItaSuggestion *suggestion)
{
  ItaSuggestion *s;

  g_return_val_if_fail (suggestion != NULL, NULL);

  s = g_new0 (ItaSuggestion, 1);
  s->id = dup_or_empty (suggestion->id);
  s->continuity = strv_dup_or_empty (suggestion->continuity);
  s->indicators = g_array_new (FALSE, FALSE, sizeof (int));
  if (suggestion->indicators != NULL)
    g_array_append_vals (s->indicators, suggestion->indicators->data, suggestion->indicators->len);
  s->subjects = strv_dup_or_empty (suggestion->subjects);
  text_copy (&s->th, &suggestion->th);
  text_copy (&s->en, &suggestion->en);
  s->source = dup_or_empty (suggestion->source);
  s->origin = suggestion->origin;
  s->hidden = suggestion->hidden;
  return s;
}

void
ita_suggestion_free (ItaSuggestion *suggestion)
{
  if (suggestion == NULL)
    return;
  g_free (suggestion->id);
  g_strfreev (suggestion->continuity);
  g_clear_pointer (&suggestion->indicators, g_array_unref);
  g_strfreev (suggestion->subjects);
  text_clear (&suggestion->th);
  text_clear (&suggestion->en);
  g_free (suggestion->source);
  g_free (suggestion);
}

static gboolean
is_blank (const char *s)
{
  for (; s != NULL && *s != '\0'; s = g_utf8_next_char (s))
    {
      if (!g_unichar_isspace (g_utf8_get_char (s)))
        return FALSE;
    }
  return TRUE;
}

static gboolean
strv_is_blank (char * const *strv)
{
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    {
      if (!is_blank (strv[i]))
        return FALSE;
    }
  return TRUE;
}

static const char *
pick (const char *en,
      const char *th,
      gboolean    thai)
{
  return thai || is_blank (en) ? (th ? th : "") : en;
}

ItaSuggestionText *
ita_suggestion_get_text (const ItaSuggestion *suggestion,
                         ItaLanguage          language)
{
  ItaSuggestionText *t;
  gboolean thai;

  g_return_val_if_fail (suggestion != NULL, NULL);

  thai = ita_language_is_thai (language);
  t = g_new0 (ItaSuggestionText, 1);
  t->title = g_strdup (pick (suggestion->en.title, suggestion->th.title, thai));
  t->issue = g_strdup (pick (suggestion->en.issue, suggestion->th.issue, thai));
  t->methods = g_strdup (pick (suggestion->en.methods, suggestion->th.methods, thai));
  t->steps = strv_dup_or_empty (thai || strv_is_blank (suggestion->en.steps)
                                  ? suggestion->th.steps : suggestion->en.steps);
  t->kpi = g_strdup (pick (suggestion->en.kpi, suggestion->th.kpi, thai));
  t->target = g_strdup (pick (suggestion->en.target, suggestion->th.target, thai));
  return t;
}

void
ita_suggestion_text_free (ItaSuggestionText *text)
{
  if (text == NULL)
    return;
  text_clear (text);
  g_free (text);
}

gboolean
ita_suggestion_answers_key (const ItaSuggestion *suggestion,
                            const char          *key)
{
  g_return_val_if_fail (suggestion != NULL, FALSE);

  return key != NULL && suggestion->continuity != NULL &&
         g_strv_contains ((const char * const *) suggestion->continuity, key);
}

gboolean
ita_suggestion_answers_indicator (const ItaSuggestion *suggestion,
                                  int                  number)
{
  g_return_val_if_fail (suggestion != NULL, FALSE);

  for (guint i = 0; suggestion->indicators != NULL && i < suggestion->indicators->len; i++)
    {
      if (g_array_index (suggestion->indicators, int, i) == number)
        return TRUE;
    }
  return FALSE;
}

/* Checks -------------------------------------------------------------- */

static gboolean
fail (GError     **error,
      const char  *origin,
      const char  *path,
      const char  *reason)
{
  if (origin != NULL)
    g_set_error (error, ITA_SUGGESTIONS_ERROR, ITA_SUGGESTIONS_ERROR_INVALID,
                 "%s: %s: %s", origin, path, reason);
  else
    g_set_error (error, ITA_SUGGESTIONS_ERROR, ITA_SUGGESTIONS_ERROR_INVALID,
                 "%s: %s", path, reason);
  return FALSE;
}

static gboolean
valid_id (const char *id)
{
  gsize n = id ? strlen (id) : 0;

  if (n == 0 || n > MAX_ID_LENGTH || !(g_ascii_islower (id[0]) || g_ascii_isdigit (id[0])))
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      if (!g_ascii_islower (id[i]) && !g_ascii_isdigit (id[i]) && id[i] != '-')
        return FALSE;
    }
  return TRUE;
}

/* "oit.integrity_declaration": a tool prefix, a dot, [a-z0-9_]+ */
static gboolean
valid_key (const char *key)
{
  const char *rest;

  if (key == NULL)
    return FALSE;
  if (g_str_has_prefix (key, "iit.") || g_str_has_prefix (key, "eit.") ||
      g_str_has_prefix (key, "oit."))
    rest = key + 4;
  else
    return FALSE;
  if (*rest == '\0')
    return FALSE;
  for (; *rest != '\0'; rest++)
    {
      if (!g_ascii_islower (*rest) && !g_ascii_isdigit (*rest) && *rest != '_')
        return FALSE;
    }
  return TRUE;
}

static gboolean
valid_subject (const char *s)
{
  if (s == NULL || !g_ascii_islower (s[0]))
    return FALSE;
  for (; *s != '\0'; s++)
    {
      if (!g_ascii_islower (*s) && !g_ascii_isdigit (*s) && *s != '-')
        return FALSE;
    }
  return TRUE;
}

static gboolean
text_valid_utf8 (const ItaSuggestionText *t)
{
  const char *fields[] = { t->title, t->issue, t->methods, t->kpi, t->target };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (fields[i] != NULL && !g_utf8_validate (fields[i], -1, NULL))
        return FALSE;
    }
  for (guint i = 0; t->steps != NULL && t->steps[i] != NULL; i++)
    {
      if (!g_utf8_validate (t->steps[i], -1, NULL))
        return FALSE;
    }
  return TRUE;
}

/* The rules of the file format on an entry; path names it in messages. */
static gboolean
check_entry (const ItaSuggestion  *s,
             const char           *origin,
             const char           *path,
             gboolean              bare,
             GError              **error)
{
  g_autofree char *where = NULL;

  if (!valid_id (s->id))
    {
      where = ita_json_path (path, "id");
      return fail (error, origin, where,
                   _("an id is 1–64 lower-case letters, digits and hyphens, such as "
                     "\"no-gift-policy\""));
    }
  if (bare)
    return TRUE;
  for (guint i = 0; s->continuity[i] != NULL; i++)
    {
      g_autofree char *base = ita_json_path (path, "continuity");

      where = ita_json_path_index (base, i);
      if (!valid_key (s->continuity[i]))
        return fail (error, origin, where,
                     _("a continuity key is the tool, a dot and lower-case letters, digits or "
                       "underscores, such as \"oit.integrity_declaration\""));
      for (guint k = 0; k < i; k++)
        {
          if (g_str_equal (s->continuity[k], s->continuity[i]))
            return fail (error, origin, where, _("this key is listed twice"));
        }
      g_clear_pointer (&where, g_free);
    }
  for (guint i = 0; i < s->indicators->len; i++)
    {
      int n = g_array_index (s->indicators, int, i);
      g_autofree char *base = ita_json_path (path, "indicators");

      where = ita_json_path_index (base, i);
      if (n < 1 || n > 10)
        return fail (error, origin, where, _("an indicator is a number from 1 to 10"));
      for (guint k = 0; k < i; k++)
        {
          if (g_array_index (s->indicators, int, k) == n)
            return fail (error, origin, where, _("this indicator is listed twice"));
        }
      g_clear_pointer (&where, g_free);
    }
  if (s->continuity[0] == NULL && s->indicators->len == 0)
    return fail (error, origin, path,
                 _("a suggestion must answer something: give \"continuity\" keys or "
                   "\"indicators\""));
  for (guint i = 0; s->subjects[i] != NULL; i++)
    {
      g_autofree char *base = ita_json_path (path, "subjects");

      where = ita_json_path_index (base, i);
      if (!valid_subject (s->subjects[i]))
        return fail (error, origin, where,
                     _("a subject is lower-case letters, digits and hyphens, such as "
                       "\"procurement\""));
      g_clear_pointer (&where, g_free);
    }
  if (!text_valid_utf8 (&s->th) || !text_valid_utf8 (&s->en) ||
      (s->source != NULL && !g_utf8_validate (s->source, -1, NULL)))
    return fail (error, origin, path, _("the text is not valid UTF-8"));
  if (is_blank (s->th.title))
    {
      where = ita_json_path (path, "th.title");
      return fail (error, origin, where, _("a suggestion needs a Thai title"));
    }
  if (strv_is_blank (s->th.steps))
    {
      where = ita_json_path (path, "th.steps");
      return fail (error, origin, where, _("a suggestion needs at least one step in Thai"));
    }
  for (guint i = 0; s->th.steps[i] != NULL; i++)
    {
      if (is_blank (s->th.steps[i]))
        {
          g_autofree char *base = ita_json_path (path, "th.steps");

          where = ita_json_path_index (base, i);
          return fail (error, origin, where, _("a step must not be empty"));
        }
    }
  return TRUE;
}

gboolean
ita_suggestion_check (const ItaSuggestion  *suggestion,
                      GError              **error)
{
  g_return_val_if_fail (suggestion != NULL, FALSE);

  return check_entry (suggestion, NULL,
                      valid_id (suggestion->id) ? suggestion->id : _("Suggestion"),
                      FALSE, error);
}

/* Reading ------------------------------------------------------------- */

static gboolean
read_string (JsonObject  *o,
             const char  *origin,
             const char  *path,
             const char  *name,
             char       **out,
             GError     **error)
{
  JsonNode *node = ita_json_member (o, name);

  if (node == NULL)
    return TRUE;  /* keeps the default */
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_autofree char *where = ita_json_path (path, name);

      return fail (error, origin, where, _("must be a string"));
    }
  g_free (*out);
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

static gboolean
read_strv (JsonObject   *o,
           const char   *origin,
           const char   *path,
           const char   *name,
           char       ***out,
           GError      **error)
{
  JsonNode *node = ita_json_member (o, name);
  g_autofree char *where = ita_json_path (path, name);
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, origin, where, _("must be a list of strings"));
  array = json_node_get_array (node);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *e = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (e) || json_node_get_value_type (e) != G_TYPE_STRING)
        {
          g_autofree char *at = ita_json_path_index (where, i);

          return fail (error, origin, at, _("must be a string"));
        }
      g_strv_builder_add (builder, json_node_get_string (e));
    }
  g_strfreev (*out);
  *out = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
read_indicators (JsonObject  *o,
                 const char  *origin,
                 const char  *path,
                 GArray      *out,
                 GError     **error)
{
  JsonNode *node = ita_json_member (o, "indicators");
  g_autofree char *where = ita_json_path (path, "indicators");
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, origin, where, _("must be a list of indicator numbers"));
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *e = json_array_get_element (array, i);
      int n;

      if (!JSON_NODE_HOLDS_VALUE (e) || json_node_get_value_type (e) != G_TYPE_INT64 ||
          json_node_get_int (e) < 1 || json_node_get_int (e) > 10)
        {
          g_autofree char *at = ita_json_path_index (where, i);

          return fail (error, origin, at, _("an indicator is a number from 1 to 10"));
        }
      n = (int) json_node_get_int (e);
      g_array_append_val (out, n);
    }
  return TRUE;
}

static gboolean
read_text (JsonObject         *o,
           const char         *origin,
           const char         *path,
           const char         *lang,
           gboolean            required,
           ItaSuggestionText  *t,
           GError            **error)
{
  JsonNode *node = ita_json_member (o, lang);
  g_autofree char *where = ita_json_path (path, lang);
  JsonObject *to;

  if (node == NULL)
    {
      if (required)
        return fail (error, origin, where, _("this member is missing"));
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, origin, where, _("must be an object ({…}) of title, issue, methods, "
                                         "steps, kpi and target"));
  to = json_node_get_object (node);
  return read_string (to, origin, where, "title", &t->title, error) &&
         read_string (to, origin, where, "issue", &t->issue, error) &&
         read_string (to, origin, where, "methods", &t->methods, error) &&
         read_strv (to, origin, where, "steps", &t->steps, error) &&
         read_string (to, origin, where, "kpi", &t->kpi, error) &&
         read_string (to, origin, where, "target", &t->target, error);
}

ItaSuggestion *
ita_suggestion_from_json (JsonObject  *object,
                          const char  *origin,
                          const char  *path,
                          gboolean     allow_bare,
                          GError     **error)
{
  g_autoptr(ItaSuggestion) s = ita_suggestion_new (NULL);
  JsonNode *hidden = ita_json_member (object, "hidden");
  gboolean bare;

  g_free (s->id);
  s->id = NULL;
  if (!read_string (object, origin, path, "id", &s->id, error))
    return NULL;
  if (s->id == NULL)
    {
      g_autofree char *where = ita_json_path (path, "id");

      fail (error, origin, where, _("this member is missing"));
      return NULL;
    }
  if (hidden != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (hidden) || json_node_get_value_type (hidden) != G_TYPE_BOOLEAN)
        {
          g_autofree char *where = ita_json_path (path, "hidden");

          fail (error, origin, where, _("must be true or false"));
          return NULL;
        }
      s->hidden = json_node_get_boolean (hidden);
    }
  bare = allow_bare && ita_json_member (object, "th") == NULL;
  if (!bare &&
      (!read_strv (object, origin, path, "continuity", &s->continuity, error) ||
       !read_indicators (object, origin, path, s->indicators, error) ||
       !read_strv (object, origin, path, "subjects", &s->subjects, error) ||
       !read_text (object, origin, path, "th", TRUE, &s->th, error) ||
       !read_text (object, origin, path, "en", FALSE, &s->en, error) ||
       !read_string (object, origin, path, "source", &s->source, error)))
    return NULL;
  if (!check_entry (s, origin, path, bare, error))
    return NULL;
  return g_steal_pointer (&s);
}

static JsonNode *
parse (GBytes      *json,
       const char  *origin,
       GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  gsize size = 0;
  const char *data = json ? g_bytes_get_data (json, &size) : NULL;

  if (data == NULL || size == 0)
    {
      g_set_error (error, ITA_SUGGESTIONS_ERROR, ITA_SUGGESTIONS_ERROR_PARSE,
                   _("%s: the file is empty."), origin);
      return NULL;
    }
  if (!g_utf8_validate (data, (gssize) size, NULL))
    {
      g_set_error (error, ITA_SUGGESTIONS_ERROR, ITA_SUGGESTIONS_ERROR_PARSE,
                   _("%s: the file is not UTF-8 text. Save it as UTF-8 and try again."), origin);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, (gssize) size, &local_error))
    {
      guint line, column;
      const char *reason;

      if (ita_json_error_position (local_error, &line, &column, &reason))
        g_set_error (error, ITA_SUGGESTIONS_ERROR, ITA_SUGGESTIONS_ERROR_PARSE,
                     _("%s: malformed JSON at line %u, column %u: %s"), origin, line, column, reason);
      else
        g_set_error (error, ITA_SUGGESTIONS_ERROR, ITA_SUGGESTIONS_ERROR_PARSE,
                     _("%s: malformed JSON: %s"), origin, local_error->message);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, ITA_SUGGESTIONS_ERROR, ITA_SUGGESTIONS_ERROR_INVALID,
                   _("%s: a library of measures is one JSON object ({…})."), origin);
      return NULL;
    }
  return json_node_ref (json_parser_get_root (parser));
}

static gboolean
check_header (JsonObject  *root,
              const char  *origin,
              GError     **error)
{
  JsonNode *format = ita_json_member (root, "format");
  JsonNode *kind = ita_json_member (root, "kind");

  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      json_node_get_value_type (format) != G_TYPE_INT64 || json_node_get_int (format) < 1)
    return fail (error, origin, "format", _("must be the whole number 1"));
  if (json_node_get_int (format) > ITA_SUGGESTIONS_FORMAT)
    {
      g_set_error (error, ITA_SUGGESTIONS_ERROR, ITA_SUGGESTIONS_ERROR_NEWER,
                   _("%s was made for a newer version of ITA Planner (format %d; this version "
                     "reads up to %d). Update ITA Planner to use it."),
                   origin, (int) json_node_get_int (format), ITA_SUGGESTIONS_FORMAT);
      return FALSE;
    }
  if (kind == NULL || !JSON_NODE_HOLDS_VALUE (kind) ||
      json_node_get_value_type (kind) != G_TYPE_STRING ||
      !g_str_equal (json_node_get_string (kind), ITA_SUGGESTIONS_KIND))
    return fail (error, origin, "kind",
                 _("this is not a library of measures (\"kind\" must be \"ita-planner-measures\")"));
  return TRUE;
}

GPtrArray *
ita_suggestions_load (GBytes      *json,
                      const char  *origin,
                      GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GHashTable) ids = NULL;
  JsonObject *o;
  JsonNode *node;
  JsonArray *array;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (origin == NULL)
    origin = "measures";
  root = parse (json, origin, error);
  if (root == NULL)
    return NULL;
  o = json_node_get_object (root);
  if (!check_header (o, origin, error))
    return NULL;
  node = ita_json_member (o, "suggestions");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      fail (error, origin, "suggestions", _("must be a list ([…]) of suggestions"));
      return NULL;
    }
  array = json_node_get_array (node);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_suggestion_free);
  ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = ita_json_path_index ("suggestions", i);
      JsonNode *e = json_array_get_element (array, i);
      ItaSuggestion *s;

      if (!JSON_NODE_HOLDS_OBJECT (e))
        {
          fail (error, origin, path, _("must be an object ({…})"));
          return NULL;
        }
      s = ita_suggestion_from_json (json_node_get_object (e), origin, path, FALSE, error);
      if (s == NULL)
        return NULL;
      g_ptr_array_add (list, s);
      if (!g_hash_table_add (ids, s->id))
        {
          g_autofree char *where = ita_json_path (path, "id");

          fail (error, origin, where, _("this id is used twice"));
          return NULL;
        }
    }
  return g_steal_pointer (&list);
}

/* The built-in library, parsed once. */
G_LOCK_DEFINE_STATIC (builtin);
static GPtrArray *builtin;

GPtrArray *
ita_suggestions_builtin (GError **error)
{
  GPtrArray *copy;

  G_LOCK (builtin);
  if (builtin == NULL)
    {
      g_autoptr(GBytes) bytes = g_resource_lookup_data (ita_core_resource (), BUILTIN_PATH,
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, error);

      builtin = bytes ? ita_suggestions_load (bytes, BUILTIN_NAME, error) : NULL;
      for (guint i = 0; builtin != NULL && i < builtin->len; i++)
        ((ItaSuggestion *) g_ptr_array_index (builtin, i))->origin = ITA_SUGGESTION_BUILT_IN;
    }
  if (builtin == NULL)
    {
      G_UNLOCK (builtin);
      return NULL;
    }
  copy = g_ptr_array_new_full (builtin->len, (GDestroyNotify) ita_suggestion_free);
  for (guint i = 0; i < builtin->len; i++)
    g_ptr_array_add (copy, ita_suggestion_copy (g_ptr_array_index (builtin, i)));
  G_UNLOCK (builtin);
  return copy;
}

/* Writing ------------------------------------------------------------- */

static void
add_string (JsonBuilder *b,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_string_value (b, value ? value : "");
}

static void
add_strv (JsonBuilder  *b,
          const char   *name,
          char * const *strv)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_builder_add_string_value (b, strv[i]);
  json_builder_end_array (b);
}

static void
add_text (JsonBuilder             *b,
          const char              *lang,
          const ItaSuggestionText *t)
{
  json_builder_set_member_name (b, lang);
  json_builder_begin_object (b);
  add_string (b, "title", t->title);
  add_string (b, "issue", t->issue);
  add_string (b, "methods", t->methods);
  add_strv (b, "steps", t->steps);
  add_string (b, "kpi", t->kpi);
  add_string (b, "target", t->target);
  json_builder_end_object (b);
}

void
ita_suggestion_build_json (const ItaSuggestion *s,
                           JsonBuilder         *b,
                           gboolean             with_hidden,
                           gboolean             bare)
{
  json_builder_begin_object (b);
  add_string (b, "id", s->id);
  if (with_hidden)
    {
      json_builder_set_member_name (b, "hidden");
      json_builder_add_boolean_value (b, s->hidden);
    }
  if (!bare)
    {
      add_strv (b, "continuity", s->continuity);
      json_builder_set_member_name (b, "indicators");
      json_builder_begin_array (b);
      for (guint i = 0; i < s->indicators->len; i++)
        json_builder_add_int_value (b, g_array_index (s->indicators, int, i));
      json_builder_end_array (b);
      add_strv (b, "subjects", s->subjects);
      add_text (b, "th", &s->th);
      add_text (b, "en", &s->en);
      add_string (b, "source", s->source);
    }
  json_builder_end_object (b);
}

static char *
node_to_text (JsonNode *node)
{
  GString *out = g_string_new (NULL);

  ita_json_write (out, node, 0);
  return g_string_free (out, FALSE);
}

char *
ita_suggestion_to_json_text (const ItaSuggestion *suggestion)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  ita_suggestion_build_json (suggestion, b, FALSE, FALSE);
  root = json_builder_get_root (b);
  return node_to_text (root);
}

ItaSuggestion *
ita_suggestion_from_json_text (const char  *text,
                               const char  *origin,
                               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;

  if (text == NULL || !json_parser_load_from_data (parser, text, -1, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, ITA_SUGGESTIONS_ERROR, ITA_SUGGESTIONS_ERROR_PARSE,
                   _("%s: a stored suggestion is not readable JSON."), origin);
      return NULL;
    }
  return ita_suggestion_from_json (json_node_get_object (root), origin, "suggestion", FALSE, error);
}

GBytes *
ita_suggestions_to_json (GPtrArray *suggestions)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  GString *out;

  g_return_val_if_fail (suggestions != NULL, NULL);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "format");
  json_builder_add_int_value (b, ITA_SUGGESTIONS_FORMAT);
  add_string (b, "kind", ITA_SUGGESTIONS_KIND);
  json_builder_set_member_name (b, "suggestions");
  json_builder_begin_array (b);
  for (guint i = 0; i < suggestions->len; i++)
    ita_suggestion_build_json (g_ptr_array_index (suggestions, i), b, FALSE, FALSE);
  json_builder_end_array (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  out = g_string_new (NULL);
  ita_json_write (out, root, 0);
  g_string_append_c (out, '\n');
  return g_string_free_to_bytes (out);
}
