/* ita-json-private.h: what every defensive JSON reader in core shares —
 * the JSON path of a member for messages, member lookup, and the line and
 * column of a json-glib parse error, and the deterministic writer. Used by
 * the framework loader, the project JSON and the library of measures. */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* "tools[2].weight": parent "" or NULL gives the name alone. */
char     *ita_json_path           (const char *parent,
                                   const char *name);
char     *ita_json_path_index     (const char *parent,
                                   guint       index);

/* The member's node, or NULL when it is absent or null. */
JsonNode *ita_json_member         (JsonObject *object,
                                   const char *name);

/* json-glib reports "<data>:LINE:COLUMN: Parse error: REASON"; on TRUE,
 * line, column and the bare reason (pointing into error's message). */
gboolean  ita_json_error_position (const GError  *error,
                                   guint         *line,
                                   guint         *column,
                                   const char   **reason);

/* Writes node as JSON text in member order (json-glib's generator may
 * reorder object members, and exports must be byte-stable): two-space
 * indentation from depth, strings escaped, no final newline. */
void      ita_json_write          (GString   *out,
                                   JsonNode  *node,
                                   guint      depth);

G_END_DECLS
