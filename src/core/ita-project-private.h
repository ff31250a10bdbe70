/* ita-project-private.h: the ItaProject struct and the one edit path,
 * shared by the files that implement the project's operations
 * (ita-project*.c). Nothing else includes it.
 */
#pragma once

#include "ita-db-private.h"
#include "ita-project.h"
#include "ita-project-lock-private.h"

/* The setting that holds the grade NACC published (a band code); it
 * belongs to one year and is not carried to the next. */
#define ITA_SETTING_OFFICIAL_GRADE "official-grade"

G_BEGIN_DECLS

typedef struct _ItaUndo ItaUndo;

struct _ItaProject
{
  GObject parent_instance;

  /* owned */
  ItaDb        *db;
  GFile        *file;
  char         *path;
  ItaFramework *edition;
  ItaLock      *lock;
  ItaUndo      *undo;

  /* changes from outside (ita-project-external.c) */
  char         *identity;      /* the file's id (device and inode) when opened; NULL if unknown */
  gint64        data_version;  /* PRAGMA data_version as last seen */
  GFileMonitor *monitor;
  GSource      *check_source;  /* a check_external pending at idle */

  int           fiscal_year;
  guint         replaced : 1;
  guint         read_only : 1;
  guint         in_edit : 1;
  guint         recording : 1;   /* edits go on the undo stack */
};

/* The edit path. Every write is:
 *
 *   if (!ita_project_begin_edit (self, error))
 *     return FALSE;
 *   if (!…writes…)
 *     return ita_project_abort_edit (self);
 *   return ita_project_end_edit (self, kind, key, label, error);
 *
 * begin: refuses a closed or read-only project, BEGIN IMMEDIATE.
 * end: takes the inverse statements the undo triggers logged, COMMIT,
 * pushes one undo step, emits ::changed. Nothing is kept when COMMIT
 * fails (the file is as it was). */
gboolean  ita_project_begin_edit   (ItaProject        *self,
                                    GError           **error);
gboolean  ita_project_end_edit     (ItaProject        *self,
                                    ItaProjectChange   kind,
                                    const char        *key,
                                    const char        *label,
                                    GError           **error);
/* Rolls back; always returns FALSE (the caller's error is already set). */
gboolean  ita_project_abort_edit   (ItaProject        *self);

/* Fills a project just created, in one transaction that leaves no undo
 * step (import, next fiscal year): fill writes through the edit helpers. */
typedef gboolean (*ItaProjectFillFunc) (ItaProject  *self,
                                        gpointer     data,
                                        GError     **error);
gboolean  ita_project_fill_new     (ItaProject         *self,
                                    ItaProjectFillFunc  fill,
                                    gpointer            data,
                                    GError            **error);
/* Builds a new project file for dest: creates it as a temporary file in
 * dest's folder, lets fill (may be NULL) write its contents through
 * ita_project_fill_new, closes it, moves it to dest (replacing an existing
 * dest only with replace: ita_project_move_into_place) and opens dest for
 * writing. Whatever fails or is cut short leaves dest as it was (a crash
 * leaves at most a hidden ".<name>.<random>.tmp"). */
ItaProject *ita_project_build      (GFile              *dest,
                                    ItaFramework       *edition,
                                    int                 fiscal_year,
                                    gboolean            replace,
                                    ItaProjectFillFunc  fill,
                                    gpointer            data,
                                    GError            **error);

/* The key ::changed gives for a row id ("42"). */
char     *ita_project_id_key       (gint64             id);

/* Deletes the row id with delete_sql ("DELETE FROM link WHERE id = ?1")
 * in one edit; NOT_FOUND with the message not_found when there is no such
 * row. */
gboolean  ita_project_delete_row   (ItaProject        *self,
                                    const char        *delete_sql,
                                    gint64             id,
                                    ItaProjectChange   kind,
                                    const char        *label,
                                    const char        *not_found,
                                    GError           **error);

/* Changes from outside (ita-project-external.c). */
/* Records the file's identity and data_version (at open). */
void      ita_project_external_init  (ItaProject  *self);
/* For begin_edit: FALSE with REPLACED or CHANGED_OUTSIDE (and a check
 * scheduled at idle) when the file changed from outside. */
gboolean  ita_project_external_ok    (ItaProject  *self,
                                      GError     **error);
/* Stops the monitor and any pending check (close). */
void      ita_project_external_stop  (ItaProject  *self);
void      ita_project_notify_read_only (ItaProject *self);

/* Fails with CLOSED when the project was closed. */
gboolean  ita_project_check_open   (ItaProject  *self,
                                    GError     **error);

void      ita_project_emit_changed (ItaProject        *self,
                                    ItaProjectChange   kind,
                                    const char        *key);

/* Statement helpers (the statement comes from ita_db_prepare). */
sqlite3_stmt *ita_project_prepare  (ItaProject  *self,
                                    const char  *sql,
                                    GError     **error);
void      ita_project_bind_text    (sqlite3_stmt *stmt,
                                    int           index,
                                    const char   *text);   /* NULL binds NULL */
void      ita_project_bind_date    (sqlite3_stmt *stmt,
                                    int           index,
                                    const GDate  *date);   /* invalid binds NULL */
/* Never NULL; bytes that are not UTF-8 become U+FFFD (the rest is kept). */
char     *ita_project_column_text  (sqlite3_stmt *stmt,
                                    int           index);
void      ita_project_column_date  (sqlite3_stmt *stmt,
                                    int           index,
                                    GDate        *out);    /* cleared when NULL/bad */
/* Runs a prepared statement to its end (INSERT/UPDATE/DELETE). */
gboolean  ita_project_step         (ItaProject    *self,
                                    sqlite3_stmt  *stmt,
                                    GError       **error);
/* The rowid of the last INSERT. */
gint64    ita_project_last_insert_id (ItaProject *self);

/* ISO "YYYY-MM-DD" (CE) ↔ GDate; parse returns FALSE for anything else. */
char     *ita_date_to_iso          (const GDate *date);   /* NULL for an invalid date */
gboolean  ita_date_from_iso        (const char  *text,
                                    GDate       *out);

/* Loads/creates: the edition stored in the file (used by open). */
ItaFramework *ita_project_load_edition (ItaDb   *db,
                                        GError **error);

/* Row writers used inside an edit by the operations, the JSON import and
 * next-year creation. An id > 0 is kept; 0 lets SQLite choose (read it
 * with ita_project_last_insert_id). Values are not checked here. */
/* The agency row, checked (valid UTF-8) and stripped as set_agency does. */
gboolean  ita_project_write_agency (ItaProject       *self,
                                    const ItaAgency  *agency,
                                    GError          **error);
/* Every key of scores, checked and normalised as set_scores does. */
gboolean  ita_project_write_scores (ItaProject  *self,
                                    ItaScores   *scores,
                                    GError     **error);
gboolean  ita_project_write_link   (ItaProject     *self,
                                    const ItaLink  *link,
                                    GError        **error);
gboolean  ita_project_write_unit   (ItaProject     *self,
                                    const ItaUnit  *unit,
                                    gint64          position,
                                    GError        **error);
gboolean  ita_project_write_checklist_entry (ItaProject              *self,
                                             const ItaChecklistEntry *entry,
                                             GError                 **error);
gboolean  ita_project_write_measure (ItaProject        *self,
                                     const ItaMeasure  *measure,
                                     gint64             position,
                                     gint64            *out_id,
                                     GError           **error);
gboolean  ita_project_write_limitation (ItaProject           *self,
                                        const ItaLimitation  *limitation,
                                        gint64                position,
                                        GError              **error);
/* Checks an entry / a measure against the edition and the units (the
 * checks of the public setters); fills canonical codes in place. */
gboolean  ita_project_check_checklist_entry (ItaProject         *self,
                                             ItaChecklistEntry  *entry,
                                             GError            **error);
gboolean  ita_project_check_measure (ItaProject  *self,
                                     ItaMeasure  *measure,
                                     GError     **error);

/* The officer's words (ita-project-texts.c), inside an edit: check as
 * ita_project_set_text does; write (value NULL or "" deletes); delete the
 * remark of a measure being removed. */
gboolean  ita_project_check_text   (ItaProject  *self,
                                    const char  *key,
                                    const char  *value,
                                    GError     **error);
gboolean  ita_project_write_text   (ItaProject  *self,
                                    const char  *key,
                                    const char  *value,
                                    GError     **error);
gboolean  ita_project_delete_measure_text (ItaProject  *self,
                                           gint64       measure_id,
                                           GError     **error);

/* The files beside a project (ita-project-file.c). */
/* path with symbolic links resolved (SQLite names the journal after it);
 * for a file that does not exist, its folder's. */
char     *ita_project_real_path    (const char *path);
/* real_path + suffix ("-journal", "-wal", ".lock", …) */
char     *ita_project_beside_path  (const char *real_path,
                                    const char *suffix);
/* The id of the file at path (device and inode, or the Windows file
 * id), following links; NULL when there is none. */
char     *ita_project_identity_of  (const char *path);
/* The path comes through the Flatpak document portal (/run/user/UID/doc/),
 * where files beside a project do not last (ita-project-file.c). */
gboolean  ita_project_path_is_portal (const char *path);
/* UNSAFE_LOCATION for a portal path: a project is not written there. */
gboolean  ita_project_check_location (const char  *path,
                                      GError     **error);
/* Test hook: paths under prefix count as portal paths (NULL: the real rule). */
void      ita_project_set_portal_prefix_for_testing (const char *prefix);
/* A "-journal" or "-wal" lies beside the file. */
gboolean  ita_project_has_journal  (const char *real_path);
/* ".<name>.<random><suffix>" in path's folder (hidden, same file system). */
char     *ita_project_temp_path_beside (const char *path,
                                        const char *suffix);
/* Moves the finished, closed file tmp_path to dest_path (renamed, so at
 * once). An existing dest is replaced only with replace (else EXISTS),
 * never while an ITA Planner has it open (LOCKED), and never while a
 * journal of it lies beside it that cannot be rolled back onto it (BUSY);
 * an orphan journal beside a missing dest is removed first. tmp_path is
 * left for the caller to remove on failure. */
gboolean  ita_project_move_into_place (const char  *tmp_path,
                                       const char  *dest_path,
                                       gboolean     replace,
                                       GError     **error);

/* Limits (ita-limits.h, ita-project-limits.c). */
/* The length in characters of text when it passes max_chars, else 0. */
glong     ita_limit_text_over      (const char  *text,
                                    glong        max_chars);
/* TOO_LARGE "<what> is N characters long; … at most max" when over. */
gboolean  ita_limit_check_text     (const char  *text,
                                    glong        max_chars,
                                    const char  *what,
                                    GError     **error);
/* TOO_LARGE "<what>: N; … at most max" when count > max. */
gboolean  ita_limit_check_count    (gint64       count,
                                    gint64       max,
                                    const char  *what,
                                    GError     **error);
/* Before adding a row: count_sql ("SELECT count(*) FROM unit") + 1 ≤ max. */
gboolean  ita_project_check_row_count (ItaProject  *self,
                                       const char  *count_sql,
                                       gint64       max,
                                       const char  *what,
                                       GError     **error);
/* What an opened file holds, against the limits (TOO_LARGE names it). */
gboolean  ita_project_check_stored_limits (ItaDb   *db,
                                           GError **error);

/* A linked file's path that stays within the folders a project links to:
 * relative ('/' separated, at most ITA_LIMIT_LINK_UP_LEVELS leading "..",
 * no "." or "..") or local absolute (not \\server), to a .ita file.
 * INVALID (message without a capital: it follows a JSON path) otherwise. */
gboolean  ita_project_check_link_path (const char  *path,
                                       gboolean     relative,
                                       GError     **error);
/* ita_project_relative_path, NULL when it does not pass the check. */
char     *ita_project_link_relative_path (const char *dir,
                                          const char *target);

/* Checklist helpers (ita-project-checklist.c). */

/* The setting that keeps the report of ita_project_create_next_year
 * (JSON, docs/project-json.md); it is not carried to the year after. */
#define ITA_PROJECT_CARRY_SETTING "oit.carried-forward"

/* A unit as the checklist CSV names it: its name, "Parent / Name" when
 * another unit has the same name, "All units" (translated) for
 * ITA_UNIT_ALL, "" when unknown. units: from ita_project_get_units. */
char     *ita_project_unit_label    (GPtrArray  *units,
                                     gint64      id);
/* ita_project_find_unit on a list of units; FALSE with *why (translated). */
gboolean  ita_project_unit_by_label (GPtrArray   *units,
                                     const char  *name,
                                     gint64      *out_id,
                                     char       **why);
/* TRUE when unit id is ancestor or one of its sub-units. */
gboolean  ita_project_unit_is_within (GPtrArray *units,
                                      gint64     id,
                                      gint64     ancestor);
/* TRUE when entry belongs to unit_id's part (see
 * ita_project_get_checklist_for_unit). */
gboolean  ita_project_entry_is_for_unit (GPtrArray               *units,
                                         const ItaChecklistEntry *entry,
                                         gint64                   unit_id);
/* The report of what next took from last's checklist, as the value of
 * ITA_PROJECT_CARRY_SETTING; carried holds next's codes that received
 * something. */
char     *ita_project_carry_report_json (ItaFramework *last_edition,
                                         int           last_fiscal_year,
                                         GPtrArray    *last_entries,
                                         ItaFramework *next_edition,
                                         GHashTable   *carried);

/* The path of target relative to the folder dir, '/' separated; NULL
 * when they share no root (another drive). */
char     *ita_project_relative_path (const char *dir,
                                     const char *target);

/* Test hook: see ita_db_limit_pages_for_testing(). */
int       ita_project_limit_pages_for_testing (ItaProject *self,
                                               int         extra_pages);

/* Copies the project's own entries of the library of measures into next
 * (inside next's edit; ita-project-suggest.c). */
gboolean  ita_project_copy_suggestions (ItaProject  *self,
                                        ItaProject  *next,
                                        GError     **error);

/* The labels of the enums untranslated (English), for exports written in
 * English whatever the interface language (ita-project-types.c). */
const char *ita_unit_kind_label_en       (ItaUnitKind        kind);
const char *ita_evidence_status_label_en (ItaEvidenceStatus  status);
const char *ita_measure_status_label_en  (ItaMeasureStatus   status);
const char *ita_limitation_kind_label_en (ItaLimitationKind  kind);

/* Undo stacks (ita-project-undo.c). */
ItaUndo  *ita_undo_new             (void);
void      ita_undo_free            (ItaUndo *undo);
/* Creates the temporary log table and the triggers that record the
 * inverse of every row change of the project tables. */
gboolean  ita_undo_install         (ItaDb   *db,
                                    GError **error);
/* Reads and empties the log (inside the edit transaction). */
GPtrArray *ita_undo_take_log       (ItaDb   *db,
                                    GError **error);
void      ita_undo_clear_log       (ItaDb   *db);
/* Pushes a new step (clears the redo stack). Takes sql. */
void      ita_undo_record          (ItaUndo          *undo,
                                    ItaProjectChange  kind,
                                    const char       *key,
                                    const char       *label,
                                    GPtrArray        *sql);
gboolean  ita_undo_can_undo        (ItaUndo *undo);
gboolean  ita_undo_can_redo        (ItaUndo *undo);
const char *ita_undo_peek_label    (ItaUndo  *undo,
                                    gboolean  redo);
/* Replays the top undo step (redo FALSE) or redo step inside the
 * caller's transaction and returns the inverse it logged, with the step's
 * kind and key (borrowed until the stacks change). The stacks are not
 * changed: call ita_undo_finish_replay after COMMIT succeeded. */
GPtrArray *ita_undo_replay         (ItaUndo           *undo,
                                    ItaDb             *db,
                                    gboolean           redo,
                                    ItaProjectChange  *out_kind,
                                    const char       **out_key,
                                    GError           **error);
/* Moves the replayed step to the other stack with its new inverse
 * (takes inverse). */
void      ita_undo_finish_replay   (ItaUndo   *undo,
                                    gboolean   redo,
                                    GPtrArray *inverse);
void      ita_undo_reset           (ItaUndo *undo);

G_END_DECLS
