/* ita-project-plan.h: the action plan of a project beyond plain storage
 *
 * What the plan view and the progress report need on top of the measures
 * and limitations of ita-project.h: the fiscal year the plan runs in,
 * operations on measures and progress entries (each one undoable step),
 * the library of suggested measures and the weak results without a
 * measure, the checks of the plan, and the state of every measure at a
 * chosen date. Conventions as in ita-project.h.
 *
 * The plan year. A project holds the results of fiscal year N (its
 * "fiscal-year"); an assessment of year N produces the measures for year
 * N+1, so the measures of a FY 2568 project run 1 ต.ค. 2568 – 30 ก.ย. 2569
 * (1 Oct 2025 – 30 Sep 2026). The default period and the "outside the
 * fiscal year" check use that year.
 */
#pragma once

#include "ita-project.h"
#include "ita-suggestions.h"
#include "ita-thai.h"

G_BEGIN_DECLS

/* ------------------------------------------------------------------ */
/* The plan year (ita-project-plan.c)                                  */

/* The fiscal year (BE) the measures run in: the project's year + 1. */
int           ita_project_get_plan_year    (ItaProject *self);
/* Its first and last day (1 Oct – 30 Sep); either may be NULL. */
void          ita_project_get_plan_period  (ItaProject *self,
                                            GDate      *start,
                                            GDate      *end);
/* A new, empty measure (not added) whose period is the whole plan year:
 * what the view's "Add" starts from. */
ItaMeasure   *ita_project_new_measure      (ItaProject *self);

/* ------------------------------------------------------------------ */
/* Measures and progress entries (ita-project-plan.c)                  */

/* Adds a copy of measure id right after it, in one step: the same text,
 * targets, steps, units, period, budget, KPI and target; the title gets
 * " (copy)" (translated); the status is "planned" and the copy has no
 * progress entries (they are the original's history). The new id is
 * returned in out_id. The checks report the copied text until it is
 * edited. */
gboolean      ita_project_duplicate_measure (ItaProject  *self,
                                             gint64       id,
                                             gint64      *out_id,
                                             GError     **error);
/* Progress entries of a measure are kept by date (entries without a date
 * last); ita_project_add_progress inserts at the date's place. index is
 * the entry's index in measure->progress. Replacing moves the entry to
 * its new date's place. NOT_FOUND for an unknown measure or index. */
gboolean      ita_project_update_progress   (ItaProject         *self,
                                             gint64              measure_id,
                                             guint               index,
                                             const ItaProgress  *progress,
                                             GError            **error);
gboolean      ita_project_remove_progress   (ItaProject  *self,
                                             gint64       measure_id,
                                             guint        index,
                                             GError     **error);

/* ------------------------------------------------------------------ */
/* The project's library of suggested measures (ita-project-suggest.c) */

/* The built-in library overlaid with the project's own entries, which
 * travel with the file (and its JSON export): an entry with a built-in id
 * replaces it (origin EDITED), a new id adds one (ADDED), and hidden
 * entries are left out unless include_hidden. Built-in order first, then
 * the added entries in the order they were added. Changes are announced
 * as ITA_PROJECT_CHANGE_SETTINGS with key "suggestions". */
GPtrArray    *ita_project_get_suggestions   (ItaProject  *self,
                                             gboolean     include_hidden);  /* of ItaSuggestion */
ItaSuggestion *ita_project_get_suggestion   (ItaProject  *self,
                                             const char  *id);   /* NULL when unknown */
/* Stores the project's own copy of suggestion (checked as the library
 * file is: INVALID with the reason), replacing any earlier copy; one
 * step. Its hidden flag is kept. */
gboolean      ita_project_set_suggestion    (ItaProject           *self,
                                             const ItaSuggestion  *suggestion,
                                             GError              **error);
/* Hides (never suggested) or shows an entry of the library; one step. */
gboolean      ita_project_set_suggestion_hidden (ItaProject  *self,
                                                 const char  *id,
                                                 gboolean     hidden,
                                                 GError     **error);
/* Drops the project's own copy: a built-in entry is the built-in one
 * again (and shown), an added one is removed. NOT_FOUND when the project
 * has no copy of id. */
gboolean      ita_project_reset_suggestion  (ItaProject  *self,
                                             const char  *id,
                                             GError     **error);
/* Adds every entry of a library file (docs/measures-library.md) as the
 * project's own, replacing copies with the same ids; all or nothing, one
 * step. A bad file is refused with INVALID naming origin, the JSON path
 * and the reason. The number of entries is returned in n_imported. */
gboolean      ita_project_import_suggestions (ItaProject  *self,
                                              GBytes      *json,
                                              const char  *origin,
                                              guint       *n_imported,
                                              GError     **error);

/* ------------------------------------------------------------------ */
/* Weak results without a measure (ita-project-suggest.c)              */

typedef enum {
  ITA_SUGGESTION_MATCH_CONTINUITY,  /* the item's own continuity key */
  ITA_SUGGESTION_MATCH_COVERS,      /* a key the item covers (absorbed in a merge) */
  ITA_SUGGESTION_MATCH_INDICATOR,   /* the indicator (of the target, or of the item) */
} ItaSuggestionMatch;

const char   *ita_suggestion_match_to_string (ItaSuggestionMatch match); /* "continuity", "covers", "indicator" */

typedef struct {
  ItaSuggestionMatch  match;
  ItaSuggestion      *suggestion;   /* owned */
} ItaSuggested;

/* An indicator or item in the raise or improve category
 * (ita_result_get_category) that no measure answers. */
typedef struct {
  char        *target;       /* score key: "ind:10", "o21", "i13" */
  ItaCategory  category;     /* ITA_CATEGORY_RAISE or ITA_CATEGORY_IMPROVE */
  ItaCenti     value;        /* the value that counts (official if given) */
  char        *name_th;      /* indicator name or item text of the edition */
  char        *name_en;
  GPtrArray   *suggestions;  /* of ItaSuggested, best first; may be empty */
} ItaUnanswered;

void          ita_unanswered_free           (ItaUnanswered *unanswered);

/* Every weak indicator (ind:1 … ind:10) then every weak item, in
 * framework order, that no measure answers. A measure that is not
 * cancelled answers its targets; an indicator is also answered by a
 * measure that targets one of its sub-indicators or items. An item's
 * suggestions are those listing its continuity key, then a key it
 * covers, and only when there are none, those of its indicator; an
 * indicator's are those listing its number. Hidden entries are never
 * suggested. */
GPtrArray    *ita_project_get_unanswered    (ItaProject  *self);   /* of ItaUnanswered */

/* The measure accepting suggestion for target makes (not added): the
 * suggestion's text in language, the whole plan year as its period,
 * status planned, no unit and no budget; its targets are target and every
 * other unanswered item the suggestion answers by continuity key (so one
 * measure answers them all). */
ItaMeasure   *ita_project_measure_from_suggestion (ItaProject           *self,
                                                   const ItaSuggestion  *suggestion,
                                                   const char           *target,
                                                   ItaLanguage           language);
/* Adds that measure in one step. target must be unanswered (INVALID
 * otherwise, with the reason); suggestion_id NULL takes its first
 * suggestion (INVALID when it has none). */
gboolean      ita_project_accept_suggestion (ItaProject   *self,
                                             const char   *target,
                                             const char   *suggestion_id,
                                             ItaLanguage   language,
                                             gint64       *out_id,
                                             GError      **error);

/* ------------------------------------------------------------------ */
/* Checks of the plan (ita-project-checks.c)                           */

typedef enum {
  ITA_PLAN_CHECK_UNANSWERED,            /* "unanswered": a weak indicator or item without a measure (target) */
  ITA_PLAN_CHECK_NO_UNIT,               /* "no-unit": a measure without a responsible unit */
  ITA_PLAN_CHECK_NO_STEPS,              /* "no-steps": a measure without steps */
  ITA_PLAN_CHECK_NO_PERIOD,             /* "no-period": no start or no end date */
  ITA_PLAN_CHECK_OUTSIDE_YEAR,          /* "outside-year": the period leaves the plan year */
  ITA_PLAN_CHECK_DONE_WITHOUT_PROGRESS, /* "done-without-progress": status done, no progress entry */
  ITA_PLAN_CHECK_UNDATED_PROGRESS,      /* "undated-progress": a progress entry without a date */
  ITA_PLAN_CHECK_DUPLICATE_TEXT,        /* "duplicate-text": the same title, methods or steps as another
                                           measure (other_id, field "title"/"methods"/"steps") */
  ITA_PLAN_CHECK_NO_LIMITATIONS,        /* "no-limitations": the limitations section is empty */
  ITA_PLAN_CHECK_EMPTY_LIMITATION,      /* "empty-limitation": a limitation without text (limitation_id) */
  ITA_PLAN_CHECK_CONTRADICTORY_LIMITATIONS, /* "contradictory-limitations": "no limitations" beside others */
} ItaPlanCheck;

const char   *ita_plan_check_to_string      (ItaPlanCheck check);

typedef struct {
  ItaPlanCheck  check;
  gint64        measure_id;     /* the measure concerned, ITA_ID_NONE for others */
  gint64        other_id;       /* duplicate-text: the earlier measure with the same text */
  gint64        limitation_id;  /* empty-limitation, contradictory-limitations ("none" entry) */
  char         *target;         /* unanswered: the score key; NULL otherwise */
  char         *field;          /* duplicate-text: "title", "methods" or "steps"; NULL otherwise */
  char         *message;        /* translated, ready to show */
} ItaPlanIssue;

void          ita_plan_issue_free           (ItaPlanIssue *issue);

/* Everything the officer should look at, for the view to show and
 * reveal: unanswered targets (as ita_project_get_unanswered), then per
 * measure in plan order (cancelled measures only for duplicate text),
 * then the limitations. Text is compared with white space collapsed; a
 * duplicate is reported on the later measure. The limitations section is
 * never left empty: it needs an entry, or the explicit "no limitations". */
GPtrArray    *ita_project_check_plan        (ItaProject  *self);   /* of ItaPlanIssue */

/* ------------------------------------------------------------------ */
/* The plan at a date (ita-project-checks.c)                           */

typedef enum {
  ITA_MEASURE_STATE_CURRENT,   /* nothing was reported after the date: the status as recorded now */
  ITA_MEASURE_STATE_REPORTED,  /* entries up to the date and after it: "in progress" at the date */
  ITA_MEASURE_STATE_NOT_YET,   /* no entry up to the date, entries after it: "planned" at the date */
} ItaMeasureStateBasis;

const char   *ita_measure_state_basis_to_string (ItaMeasureStateBasis basis); /* "current", "reported", "not-yet" */

typedef struct {
  ItaMeasure           *measure;   /* the whole measure as it is now (owned) */
  GDate                 date;
  ItaMeasureStatus      status;    /* the status at date */
  ItaMeasureStateBasis  basis;     /* how status was found */
  GPtrArray            *progress;  /* of ItaProgress: the entries dated on or before date, by date */
  gboolean              overdue;   /* it ends before date and is planned or in progress at date */
} ItaMeasureState;

void          ita_measure_state_free        (ItaMeasureState *state);

/* The state of one measure at date. Entries without a date are not
 * placed in time: they are left out of progress and of the basis (the
 * checks report them). The status history is not stored; it is read from
 * the dated entries: with no entry after date, the status is the one
 * recorded now; otherwise "in progress" when something was reported up
 * to date, "planned" when nothing was. */
ItaMeasureState *ita_measure_state_at       (const ItaMeasure *measure,
                                             const GDate      *date);
/* Every measure in plan order at date (the six-month report: 31 มี.ค.,
 * the year-end report: 30 ก.ย. of the plan year). */
GPtrArray    *ita_project_get_plan_at       (ItaProject  *self,
                                             const GDate *date);   /* of ItaMeasureState */

/* ------------------------------------------------------------------ */
/* JSON for ita-cli (docs/measures-json.md)                            */

/* `ita-cli measures --json`: the plan year, the measures (as in the
 * project JSON, with their unit names), the limitations, the checks and,
 * when at is a valid date, each measure's state at it. */
GBytes       *ita_project_plan_to_json      (ItaProject   *self,
                                             const GDate  *at,
                                             GError      **error);
/* `ita-cli suggest --json`: the unanswered targets with their
 * suggestions (both languages). */
GBytes       *ita_project_unanswered_to_json (ItaProject  *self,
                                              GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaUnanswered, ita_unanswered_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaPlanIssue, ita_plan_issue_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaMeasureState, ita_measure_state_free)

G_END_DECLS
