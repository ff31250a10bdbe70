/* ita-suggestions.h: the library of suggested measures (มาตรการ)
 *
 * Typical measures an officer writes for a weak result, kept as data
 * (docs/measures-library.md): the built-in library is
 * data/measures/ita-measures.json in the core GResource; a project keeps
 * its own edited, added or hidden entries (ita-project-plan.h). Each entry
 * says what it answers: continuity keys of items (stable across editions,
 * docs/framework-format.md), indicator numbers (1–10, stable since 2562)
 * and subjects (topic tags for browsing). Text in Thai and English.
 */
#pragma once

#include <gio/gio.h>

#include "ita-thai.h"

G_BEGIN_DECLS

#define ITA_SUGGESTIONS_ERROR (ita_suggestions_error_quark ())
GQuark ita_suggestions_error_quark (void);

typedef enum {
  ITA_SUGGESTIONS_ERROR_PARSE,    /* malformed JSON: the message has line and column */
  ITA_SUGGESTIONS_ERROR_INVALID,  /* "<origin>: <json path>: <reason>" */
  ITA_SUGGESTIONS_ERROR_NEWER,    /* "format" newer than this version reads */
} ItaSuggestionsError;

/* The text of a suggestion in one language. */
typedef struct {
  char  *title;     /* the measure's title; never empty in Thai */
  char  *issue;     /* the issue it answers (ประเด็น) */
  char  *methods;   /* วิธีการนำผลการวิเคราะห์สู่การปฏิบัติ */
  char **steps;     /* ordered, NULL-terminated, never NULL; at least one in Thai */
  char  *kpi;       /* ตัวชี้วัด */
  char  *target;    /* ค่าเป้าหมาย */
} ItaSuggestionText;

typedef enum {
  ITA_SUGGESTION_BUILT_IN,  /* from the built-in library, unchanged */
  ITA_SUGGESTION_EDITED,    /* the project's own copy of a built-in entry (same id) */
  ITA_SUGGESTION_ADDED,     /* the project's own entry (an id the built-in library lacks) */
} ItaSuggestionOrigin;

typedef struct {
  char                 *id;          /* "no-gift-policy": [a-z0-9][a-z0-9-]*, unique in a library */
  char                **continuity;  /* continuity keys answered ("oit.integrity_declaration"); never NULL */
  GArray               *indicators;  /* of int, 1–10; never NULL */
  char                **subjects;    /* topic tags ("no-gift", "procurement"); never NULL */
  ItaSuggestionText     th;
  ItaSuggestionText     en;          /* empty fields fall back to Thai */
  char                 *source;      /* where the measure comes from ("seed 001 §3, indicator 10") */
  ItaSuggestionOrigin   origin;
  gboolean              hidden;      /* the project hides it (never suggested) */
} ItaSuggestion;

#define ITA_TYPE_SUGGESTION (ita_suggestion_get_type ())
GType          ita_suggestion_get_type (void) G_GNUC_CONST;
/* Empty texts and lists, origin ADDED. */
ItaSuggestion *ita_suggestion_new      (const char *id);
ItaSuggestion *ita_suggestion_copy     (const ItaSuggestion *suggestion);
void           ita_suggestion_free     (ItaSuggestion *suggestion);

/* The text in language, each empty English field taken from the Thai
 * (INTERFACE: the interface language). Free with
 * ita_suggestion_text_free. */
ItaSuggestionText *ita_suggestion_get_text (const ItaSuggestion *suggestion,
                                            ItaLanguage          language);
void               ita_suggestion_text_free (ItaSuggestionText *text);

/* TRUE when the suggestion lists key among its continuity keys. */
gboolean       ita_suggestion_answers_key       (const ItaSuggestion *suggestion,
                                                 const char          *key);
gboolean       ita_suggestion_answers_indicator (const ItaSuggestion *suggestion,
                                                 int                  number);

/* Reads and validates a library file (docs/measures-library.md); origin
 * names it in messages ("ita-measures.json"). Returns the entries in
 * file order (of ItaSuggestion, origin ADDED), or NULL with the JSON path
 * and reason of the first problem. */
GPtrArray     *ita_suggestions_load     (GBytes      *json,
                                         const char  *origin,
                                         GError     **error);
/* The built-in library (origin BUILT_IN), copies in file order. */
GPtrArray     *ita_suggestions_builtin  (GError     **error);
/* A library file of suggestions (for sharing an edited library);
 * deterministic, loads back with ita_suggestions_load. */
GBytes        *ita_suggestions_to_json  (GPtrArray  *suggestions);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaSuggestion, ita_suggestion_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaSuggestionText, ita_suggestion_text_free)

G_END_DECLS
