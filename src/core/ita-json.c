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
