/* ita-suggestions-private.h: one suggestion as a JSON object, shared by
 * the library file (ita-suggestions.c), the project's own entries in the
 * file (ita-project-suggest.c) and the project JSON (export and import)
 */
#pragma once

#include <json-glib/json-glib.h>

#include "ita-suggestions.h"

G_BEGIN_DECLS

/* The format version of library files this build writes and reads. */
#define ITA_SUGGESTIONS_FORMAT 1
#define ITA_SUGGESTIONS_KIND   "ita-planner-measures"

/* Reads one entry of a library ("suggestions[3]" is path). With
 * allow_bare, an object with only "id" and "hidden" is accepted (a hidden
 * built-in entry in a project). Errors: "<origin>: <path>.<member>:
 * <reason>" in ITA_SUGGESTIONS_ERROR_INVALID. */
ItaSuggestion *ita_suggestion_from_json (JsonObject  *object,
                                         const char  *origin,
                                         const char  *path,
                                         gboolean     allow_bare,
                                         GError     **error);
/* Adds the entry as an object to b (members in the documented order);
 * with_hidden adds "hidden" (project entries). bare writes only "id" and
 * "hidden". */
void           ita_suggestion_build_json (const ItaSuggestion *suggestion,
                                          JsonBuilder         *b,
                                          gboolean             with_hidden,
                                          gboolean             bare);
/* The entry as JSON text (for the project's table) and back. */
char          *ita_suggestion_to_json_text   (const ItaSuggestion *suggestion);
ItaSuggestion *ita_suggestion_from_json_text (const char          *text,
                                              const char          *origin,
                                              GError             **error);
/* The checks of the file format on an entry built in code (the view's
 * editor): id, keys, indicators, subjects, Thai title and steps. */
gboolean       ita_suggestion_check          (const ItaSuggestion *suggestion,
                                              GError             **error);

G_END_DECLS
