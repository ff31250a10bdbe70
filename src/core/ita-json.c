/* ita-json.c: pieces shared by the defensive JSON readers in core */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ita-json-private.h"

char *
ita_json_path (const char *parent,
               const char *name)
{
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
