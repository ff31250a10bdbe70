/* ita-json.c: pieces shared by the defensive JSON readers in core */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ita-json-private.h"

/* A member name as a path shows it: at most 64 characters (a name from a
 * hostile file may be megabytes long), valid UTF-8. */
static char *
shown_name (const char *name)
{
  g_autofree char *valid = g_utf8_make_valid (name, -1);

  g_autofree char *start = NULL;

  if (g_utf8_strlen (valid, -1) <= 64)
    return g_steal_pointer (&valid);
  start = g_utf8_substring (valid, 0, 63);
  return g_strconcat (start, "…", NULL);
}

char *
ita_json_path (const char *parent,
               const char *name)
{
  g_autofree char *shown = NULL;

  if (strlen (name) > 64 || !g_utf8_validate (name, -1, NULL))
    name = shown = shown_name (name);
  if (parent == NULL || *parent == '\0')
    return g_strdup (name);
  return g_strdup_printf ("%s.%s", parent, name);
}

char *
ita_json_path_index (const char *parent,
                     guint       index)
{
  return g_strdup_printf ("%s[%u]", parent, index);
}

JsonNode *
ita_json_member (JsonObject *object,
                 const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  return node;
}

gboolean
ita_json_error_position (const GError  *error,
                         guint         *line,
                         guint         *column,
                         const char   **reason)
{
  int consumed = 0;

  if (sscanf (error->message, "<data>:%u:%u: %n", line, column, &consumed) != 2 || consumed == 0)
    return FALSE;
  *reason = error->message + consumed;
  if (g_str_has_prefix (*reason, "Parse error: "))
    *reason += strlen ("Parse error: ");
  return TRUE;
}

/* JSON text in member order (json-glib's generator may reorder object
 * members, and the export must be byte-stable). */

static void
write_string (GString    *out,
              const char *s)
{
  g_string_append_c (out, '"');
  for (; *s != '\0'; s++)
    {
      guchar c = (guchar) *s;

      switch (c)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

static void
indent (GString *out,
        guint    depth)
{
  g_string_append_c (out, '\n');
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

static void
write_object (GString    *out,
              JsonObject *object,
              guint       depth)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  gboolean first = TRUE;

  g_string_append_c (out, '{');
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      if (!first)
        g_string_append_c (out, ',');
      first = FALSE;
      indent (out, depth + 1);
      write_string (out, name);
      g_string_append (out, ": ");
      ita_json_write (out, node, depth + 1);
    }
  if (!first)
    indent (out, depth);
  g_string_append_c (out, '}');
}

static void
write_array (GString   *out,
             JsonArray *array,
             guint      depth)
{
  guint n = json_array_get_length (array);

  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      indent (out, depth + 1);
      ita_json_write (out, json_array_get_element (array, i), depth + 1);
    }
  if (n > 0)
    indent (out, depth);
  g_string_append_c (out, ']');
}

void
ita_json_write (GString  *out,
                JsonNode *node,
                guint     depth)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      write_object (out, json_node_get_object (node), depth);
      break;
    case JSON_NODE_ARRAY:
      write_array (out, json_node_get_array (node), depth);
      break;
    case JSON_NODE_NULL:
      g_string_append (out, "null");
      break;
    case JSON_NODE_VALUE:
    default:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        write_string (out, json_node_get_string (node));
      else if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
        g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
      else
        g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
      break;
    }
}

/* The pre-scan --------------------------------------------------------- */

typedef struct {
  gboolean  object;
  gboolean  expect_key;   /* in an object: the next string is a member name */
  guint     index;        /* in a list: the element's index */
  char     *key;          /* in an object: the current member's name (raw) */
} Frame;

static char *
frames_path (GArray *frames,
             guint   depth)
{
  GString *path = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    {
      Frame *f = &g_array_index (frames, Frame, i);

      if (f->object && f->key != NULL)
        {
          g_autofree char *key = shown_name (f->key);

          if (path->len > 0)
            g_string_append_c (path, '.');
          g_string_append (path, key);
        }
      else if (!f->object)
        g_string_append_printf (path, "[%u]", f->index);
    }
  return g_string_free (path, FALSE);
}

static int
hex4 (const char *p,
      const char *end)
{
  int v = 0;

  if (end - p < 4)
    return -1;
  for (int i = 0; i < 4; i++)
    {
      int d = g_ascii_xdigit_value (p[i]);

      if (d < 0)
        return -1;
      v = v * 16 + d;
    }
  return v;
}

/* Scans the string starting after its opening quote; returns the position
 * of the closing quote (or end when there is none: p can then be end), and
 * a problem found in it. */
static const char *
scan_string (const char      *p,
             const char      *end,
             ItaJsonProblem  *problem,
             const char     **where)
{
  while (p < end && *p != '"')
    {
      if (*p == '\\' && p + 1 < end)
        {
          if (p[1] == 'u')
            {
              int v = hex4 (p + 2, end);

              if (*problem == ITA_JSON_OK && v == 0)
                {
                  *problem = ITA_JSON_NUL;
                  *where = p;
                }
              else if (*problem == ITA_JSON_OK && v >= 0xD800 && v <= 0xDBFF)
                {
                  int low = (end - p >= 12 && p[6] == '\\' && p[7] == 'u') ? hex4 (p + 8, end) : -1;

                  if (low < 0xDC00 || low > 0xDFFF)
                    {
                      *problem = ITA_JSON_LONE_SURROGATE;
                      *where = p;
                    }
                  else
                    p += 6;   /* the pair's second half */
                }
              else if (*problem == ITA_JSON_OK && v >= 0xDC00 && v <= 0xDFFF)
                {
                  *problem = ITA_JSON_LONE_SURROGATE;
                  *where = p;
                }
              p += 6;
              continue;
            }
          p += 2;
          continue;
        }
      p++;
    }
  return p < end ? p : end;
}

static void
position_of (const char *data,
             const char *at,
             guint      *line,
             guint      *column)
{
  *line = 1;
  *column = 1;
  for (const char *p = data; p < at; p++)
    {
      if (*p == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) *p & 0xc0) != 0x80)
        (*column)++;
    }
}

ItaJsonProblem
ita_json_prescan (const char  *data,
                  gsize        size,
                  guint        max_depth,
                  char       **out_path,
                  guint       *out_line,
                  guint       *out_column)
{
  g_autoptr(GArray) frames = g_array_sized_new (FALSE, TRUE, sizeof (Frame), max_depth + 1);
  const char *p = data, *end = data + size;
  ItaJsonProblem problem = ITA_JSON_OK;
  const char *where = NULL;
  guint depth = 0;

  g_array_set_size (frames, max_depth + 1);
  while (p < end && problem == ITA_JSON_OK)
    {
      Frame *top = depth > 0 ? &g_array_index (frames, Frame, depth - 1) : NULL;

      switch (*p)
        {
        case '{':
        case '[':
          if (depth == max_depth)
            {
              problem = ITA_JSON_TOO_DEEP;
              where = p;
              break;
            }
          top = &g_array_index (frames, Frame, depth++);
          g_clear_pointer (&top->key, g_free);
          top->object = *p == '{';
          top->expect_key = top->object;
          top->index = 0;
          p++;
          break;
        case '}':
        case ']':
          if (depth > 0)
            depth--;
          p++;
          break;
        case ',':
          if (top != NULL && top->object)
            top->expect_key = TRUE;
          else if (top != NULL)
            top->index++;
          p++;
          break;
        case '"':
          {
            const char *start = p + 1;
            const char *close = scan_string (start, end, &problem, &where);

            if (top != NULL && top->object && top->expect_key)
              {
                g_free (top->key);
                top->key = g_strndup (start, (gsize) (close - start));
                top->expect_key = FALSE;
              }
            p = close < end ? close + 1 : end;
          }
          break;
        default:
          p++;
          break;
        }
    }
  if (problem != ITA_JSON_OK)
    {
      *out_path = frames_path (frames, depth);
      position_of (data, where, out_line, out_column);
    }
  for (guint i = 0; i < frames->len; i++)
    g_free (g_array_index (frames, Frame, i).key);
  return problem;
}
