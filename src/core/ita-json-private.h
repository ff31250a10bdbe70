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

/* What ita_json_prescan found. */
typedef enum {
  ITA_JSON_OK,
  ITA_JSON_TOO_DEEP,          /* objects and lists nested deeper than max_depth */
  ITA_JSON_NUL,               /* a string holds \u0000 (json-glib would cut it there) */
  ITA_JSON_LONE_SURROGATE,    /* a string holds half a surrogate pair (json-glib would empty it) */
} ItaJsonProblem;

/* Looks at raw JSON before json-glib parses it, in one linear pass, for
 * what json-glib cannot take (its parser recurses: ~75,000 levels crash
 * it) or would change. On a problem, out_path is the JSON path of the
 * value ("measures[2].title", "" at the top) and the line and column where
 * it is. Malformed JSON is left to json-glib to report. */
ItaJsonProblem ita_json_prescan   (const char  *data,
                                   gsize        size,
                                   guint        max_depth,
                                   char       **out_path,
                                   guint       *out_line,
                                   guint       *out_column);

G_END_DECLS
