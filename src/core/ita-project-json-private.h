/* ita-project-json-private.h: constants of the project JSON format
 * (docs/project-json.md), shared by its writer and its reader */
#pragma once

#include <json-glib/json-glib.h>

#include "ita-project.h"

G_BEGIN_DECLS

/* The format version this build writes and reads up to. */
#define ITA_PROJECT_JSON_FORMAT 1
#define ITA_PROJECT_JSON_KIND   "ita-planner-project"

/* Budgets: satang ↔ "150000.00" (baht with two decimals). */
char     *ita_project_format_budget (gint64       satang);

/* The project's own entries of the library of measures, as the
 * "suggestions" member (ita-project-suggest.c). */
void      ita_project_json_build_suggestions (ItaProject  *self,
                                              JsonBuilder *b);
gboolean  ita_project_json_read_suggestions  (ItaProject  *self,
                                              JsonArray   *array,
                                              GError     **error);

/* The members of a measure as in "measures[]", inside an object the
 * caller begins and ends; a list of progress entries as member name
 * (ita-project-json.c). */
void      ita_project_json_build_measure_members (JsonBuilder      *b,
                                                  const ItaMeasure *measure);
void      ita_project_json_build_progress    (JsonBuilder *b,
                                              const char  *name,
                                              GPtrArray   *progress);

/* node as JSON text with a final newline (ita_json_write). */
GBytes   *ita_project_json_bytes             (JsonNode *node);

G_END_DECLS
