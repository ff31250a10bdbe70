/* ita-project.h: one agency's fiscal year — the .ita project file
 *
 * An ItaProject owns the SQLite connection of one .ita file. Every edit is
 * one transaction, recorded for undo/redo, and announced with ::changed.
 * There is no "unsaved" state: the file is the document. Nothing outside
 * the project's own files speaks SQL.
 *
 * Conventions of this header:
 *  - ids (units, measures, limitations, links) are gint64 > 0, stable for
 *    the life of the file; 0 (ITA_ID_NONE) means "none".
 *  - score keys are those of ita-scores.h ("o12", "ind:9", "sub:9.1",
 *    "IIT", "EIT1", "TOTAL"); values in hundredths (ita-decimal.h),
 *    ITA_CENTI_NONE for "no value".
 *  - dates are GDate values; an invalid (cleared) GDate means "no date".
 *  - getters return newly allocated copies (free them); the project keeps
 *    no pointer to what a caller passes in.
 *  - every function that writes returns FALSE with an ITA_PROJECT_ERROR
 *    when the project is read-only, closed, or the write failed; the file is
 *    then exactly as it was.
 */
#pragma once

#include <gio/gio.h>

#include "ita-engine.h"
#include "ita-framework.h"
#include "ita-scores.h"
#include "ita-thai.h"
#include "ita-url-check.h"

G_BEGIN_DECLS

#define ITA_ID_NONE ((gint64) 0)

/* The file extension, without the dot. */
#define ITA_PROJECT_EXTENSION "ita"

/* ------------------------------------------------------------------ */
/* Errors                                                              */

#define ITA_PROJECT_ERROR (ita_project_error_quark ())
GQuark ita_project_error_quark (void);

typedef enum {
  ITA_PROJECT_ERROR_FAILED,            /* anything else (message says what) */
  ITA_PROJECT_ERROR_NOT_FOUND,         /* the file, or a unit/measure/link id, does not exist */
  ITA_PROJECT_ERROR_EXISTS,            /* create: the file already exists */
  ITA_PROJECT_ERROR_NOT_A_PROJECT,     /* not a database at all (a text file renamed .ita, empty) */
  ITA_PROJECT_ERROR_OTHER_APPLICATION, /* an SQLite database of another application */
  ITA_PROJECT_ERROR_NEWER,             /* made by a newer ITA Planner (schema too new) */
  ITA_PROJECT_ERROR_CORRUPT,           /* damaged or truncated */
  ITA_PROJECT_ERROR_LOCKED,            /* open in another ITA Planner: offer read-only */
  ITA_PROJECT_ERROR_BUSY,              /* another program holds the database lock */
  ITA_PROJECT_ERROR_READ_ONLY,         /* the file or its folder cannot be written: offer read-only;
                                          also any write to a project opened read-only */
  ITA_PROJECT_ERROR_DISK_FULL,         /* the disk (or quota) is full: nothing was written */
  ITA_PROJECT_ERROR_CANT_OPEN,         /* permission denied, path is a folder, … */
  ITA_PROJECT_ERROR_NO_EDITION,        /* the edition is unknown (e.g. no edition for FY+1) */
  ITA_PROJECT_ERROR_INVALID,           /* a value refused: unknown item code, out of range, bad date … */
  ITA_PROJECT_ERROR_IN_USE,            /* a unit still referred to; message lists what refers to it */
  ITA_PROJECT_ERROR_CLOSED,            /* the project was closed */
  ITA_PROJECT_ERROR_PARSE,             /* JSON import: malformed (message has line and column) */
  ITA_PROJECT_ERROR_NEWER_FORMAT,      /* JSON import: "format" newer than this version reads */
  ITA_PROJECT_ERROR_CHANGED_OUTSIDE,   /* another program wrote into the open file (check_external) */
  ITA_PROJECT_ERROR_REPLACED,          /* the open file was moved, deleted or replaced from outside */
  ITA_PROJECT_ERROR_NEEDS_RECOVERY,    /* read-only open of a file with an unfinished change
                                          (a journal) that must be undone first */
  ITA_PROJECT_ERROR_UNSAFE_LOCATION,   /* the file was handed over through the document portal
                                          (Flatpak), where it cannot be saved safely: offer
                                          read-only, or Save a copy */
  ITA_PROJECT_ERROR_TOO_LARGE,         /* a file, text or list passes a limit of docs/limits.md
                                          (the message names it) */
} ItaProjectError;

/* ------------------------------------------------------------------ */
/* Opening                                                             */

typedef enum {
  ITA_PROJECT_OPEN_DEFAULT     = 0,
  /* No writes at all; no lock file is taken. */
  ITA_PROJECT_OPEN_READ_ONLY   = 1 << 0,
  /* Another year's file opened for comparison: implies READ_ONLY. */
  ITA_PROJECT_OPEN_COMPARISON  = 1 << 1,
  /* Open for writing even though a lock file names another instance
   * ("Open anyway" after ITA_PROJECT_ERROR_LOCKED); replaces the lock. */
  ITA_PROJECT_OPEN_IGNORE_LOCK = 1 << 2,
} ItaProjectOpenFlags;

/* ------------------------------------------------------------------ */
/* Change notification                                                 */

/* ::changed (ItaProjectChange kind, const char *key)
 * key: the score key, unit id, OIT item code, measure id, limitation id or
 * link id (ids printed in decimal) that changed, or NULL when several did.
 * Undo and redo emit the same kind and key as the edit they revert. */
typedef enum {
  ITA_PROJECT_CHANGE_SCORES,        /* key: score key, "grade" (the official grade) or NULL */
  ITA_PROJECT_CHANGE_DISTRIBUTIONS, /* key: item code */
  ITA_PROJECT_CHANGE_AGENCY,        /* key: NULL */
  ITA_PROJECT_CHANGE_UNITS,         /* key: unit id or NULL */
  ITA_PROJECT_CHANGE_CHECKLIST,     /* key: OIT item code or NULL */
  ITA_PROJECT_CHANGE_MEASURES,      /* key: measure id or NULL */
  ITA_PROJECT_CHANGE_LIMITATIONS,   /* key: limitation id or NULL */
  ITA_PROJECT_CHANGE_LINKS,         /* key: link id or NULL */
  ITA_PROJECT_CHANGE_SETTINGS,      /* key: setting name ("thresholds", "thai-digits", …) */
  ITA_PROJECT_CHANGE_TEXTS,         /* key: text key ("introduction", "measure.3", …) */
  ITA_PROJECT_CHANGE_ALL,           /* anything may have changed: reload everything */
  ITA_PROJECT_CHANGE_URL_CHECKS,    /* link check results stored; key: OIT item code or NULL
                                       (not an undo step: see ita_project_store_url_checks) */
} ItaProjectChange;

#define ITA_TYPE_PROJECT_CHANGE (ita_project_change_get_type ())
GType ita_project_change_get_type (void) G_GNUC_CONST;

/* ::external-change (ItaProjectExternal kind): what
 * ita_project_check_external found, emitted once each time it finds
 * something (also from ita_project_watch_external's file monitor). */
typedef enum {
  ITA_PROJECT_EXTERNAL_NONE,      /* the file is as this project left it */
  ITA_PROJECT_EXTERNAL_CHANGED,   /* another program wrote into it: reloaded (::changed ALL),
                                     undo history cleared */
  ITA_PROJECT_EXTERNAL_REPLACED,  /* its name now names another file or none: the project is
                                     read-only from now on (Save a copy still works) */
} ItaProjectExternal;

#define ITA_TYPE_PROJECT_EXTERNAL (ita_project_external_get_type ())
GType ita_project_external_get_type (void) G_GNUC_CONST;

/* ------------------------------------------------------------------ */
/* Plain data                                                          */

/* The agency profile. */
typedef struct {
  char *name;       /* "เทศบาลตำบลบ้านสวนดอกไม้" */
  char *kind;       /* "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร", "องค์การบริหารส่วนตำบล", … (free text) */
  char *district;   /* อำเภอ */
  char *province;   /* จังหวัด */
  char *website;    /* "https://www.example.go.th" */
} ItaAgency;

#define ITA_TYPE_AGENCY (ita_agency_get_type ())
GType      ita_agency_get_type (void) G_GNUC_CONST;
ItaAgency *ita_agency_new      (void);   /* all fields "" */
ItaAgency *ita_agency_copy     (const ItaAgency *agency);
void       ita_agency_free     (ItaAgency *agency);

typedef enum {
  ITA_UNIT_KIND_OFFICE,    /* สำนัก (สำนักปลัด) */
  ITA_UNIT_KIND_DIVISION,  /* กอง */
  ITA_UNIT_KIND_SECTION,   /* ฝ่าย */
  ITA_UNIT_KIND_WORK,      /* งาน */
  ITA_UNIT_KIND_OTHER,
} ItaUnitKind;

/* Unit "all units" (ทุกหน่วยงาน) where a unit id is expected in the
 * checklist and in measures. */
#define ITA_UNIT_ALL ((gint64) -1)

typedef struct {
  gint64       id;
  gint64       parent_id;  /* ITA_ID_NONE for a top-level unit */
  char        *name;
  ItaUnitKind  kind;
  guint        depth;      /* 0 for top level (filled by the getters) */
} ItaUnit;

#define ITA_TYPE_UNIT (ita_unit_get_type ())
GType    ita_unit_get_type (void) G_GNUC_CONST;
ItaUnit *ita_unit_copy     (const ItaUnit *unit);
void     ita_unit_free     (ItaUnit *unit);
const char *ita_unit_kind_to_string   (ItaUnitKind kind);   /* "office" … (for files) */
gboolean    ita_unit_kind_from_string (const char  *s,
                                       ItaUnitKind *out);
const char *ita_unit_kind_label       (ItaUnitKind kind);   /* translated: "Office (สำนัก)" */

typedef enum {
  ITA_EVIDENCE_NOT_CHECKED,  /* ยังไม่ได้ตรวจ */
  ITA_EVIDENCE_PRESENT,      /* มี */
  ITA_EVIDENCE_INCOMPLETE,   /* ไม่สมบูรณ์ */
  ITA_EVIDENCE_MISSING,      /* ไม่มี */
} ItaEvidenceStatus;

const char *ita_evidence_status_to_string   (ItaEvidenceStatus status); /* "not-checked", "present", "incomplete", "missing" */
gboolean    ita_evidence_status_from_string (const char        *s,
                                             ItaEvidenceStatus *out);
const char *ita_evidence_status_label       (ItaEvidenceStatus status); /* translated */
/* A status as typed: the code ("present"), its English or Thai label ("Present", "มี",
 * "ยังไม่ได้ตรวจ"), any case; "" is not-checked. */
gboolean    ita_evidence_status_from_text   (const char        *text,
                                             ItaEvidenceStatus *out);
/* Bit of a status in a status mask (0: every status). */
#define ITA_EVIDENCE_MASK(status) (1u << (status))
#define ITA_EVIDENCE_MASK_OPEN (ITA_EVIDENCE_MASK (ITA_EVIDENCE_NOT_CHECKED) | \
                                ITA_EVIDENCE_MASK (ITA_EVIDENCE_INCOMPLETE) | \
                                ITA_EVIDENCE_MASK (ITA_EVIDENCE_MISSING))

/* One OIT item of the checklist. */
typedef struct {
  char              *item;          /* "o12" */
  ItaEvidenceStatus  status;
  char             **urls;          /* ordered, NULL-terminated, never NULL (may be empty) */
  char              *explanation;   /* where the evidence is (ITAS asks for it) */
  GArray            *unit_ids;      /* of gint64: the responsible units in order (a unit id or
                                       ITA_UNIT_ALL); never NULL, may be empty */
  GDate              due_date;
  char              *note;
  GDate              last_checked;
} ItaChecklistEntry;

#define ITA_TYPE_CHECKLIST_ENTRY (ita_checklist_entry_get_type ())
GType              ita_checklist_entry_get_type (void) G_GNUC_CONST;
ItaChecklistEntry *ita_checklist_entry_new      (const char *item);  /* not checked, no URLs, no unit */
ItaChecklistEntry *ita_checklist_entry_copy     (const ItaChecklistEntry *entry);
void               ita_checklist_entry_free     (ItaChecklistEntry *entry);
/* TRUE when unit_id (a unit id or ITA_UNIT_ALL) is one of its units. */
gboolean           ita_checklist_entry_has_unit (const ItaChecklistEntry *entry,
                                                 gint64                   unit_id);
/* Appends unit_id unless it is there already (ITA_ID_NONE is ignored). */
void               ita_checklist_entry_add_unit (ItaChecklistEntry *entry,
                                                 gint64             unit_id);
/* TRUE when both hold the same values (item, status, URLs in order, text,
 * units in order, dates). */
gboolean           ita_checklist_entry_equal    (const ItaChecklistEntry *a,
                                                 const ItaChecklistEntry *b);

typedef enum {
  ITA_MEASURE_PLANNED,       /* ยังไม่ดำเนินการ */
  ITA_MEASURE_IN_PROGRESS,   /* อยู่ระหว่างดำเนินการ */
  ITA_MEASURE_DONE,          /* ดำเนินการแล้ว */
  ITA_MEASURE_CANCELLED,     /* ยกเลิก */
} ItaMeasureStatus;

const char *ita_measure_status_to_string   (ItaMeasureStatus status); /* "planned" … */
gboolean    ita_measure_status_from_string (const char       *s,
                                            ItaMeasureStatus *out);
const char *ita_measure_status_label       (ItaMeasureStatus status); /* translated */

/* One dated progress entry of a measure (the progress report). */
typedef struct {
  GDate  date;
  char  *done;      /* what was done (ผลการดำเนินการ) */
  char  *outcome;   /* outcome (ผลลัพธ์) */
  char  *remarks;   /* remarks, problems (หมายเหตุ/ปัญหาอุปสรรค) */
} ItaProgress;

#define ITA_TYPE_PROGRESS (ita_progress_get_type ())
GType        ita_progress_get_type (void) G_GNUC_CONST;
ItaProgress *ita_progress_new      (void);
ItaProgress *ita_progress_copy     (const ItaProgress *progress);
void         ita_progress_free     (ItaProgress *progress);

/* No budget given. Budgets are in satang (hundredths of a baht). */
#define ITA_BUDGET_NONE ((gint64) -1)

/* A measure (มาตรการ) of the action plan. */
typedef struct {
  gint64            id;        /* ITA_ID_NONE for a measure not yet added */
  char             *title;
  char             *issue;     /* the issue/topic it answers (ประเด็น) */
  char            **targets;   /* score keys it targets: "ind:9", "sub:9.1", "o12", "e3";
                                  NULL-terminated, never NULL */
  char             *methods;   /* วิธีการนำผลการวิเคราะห์สู่การปฏิบัติ */
  char            **steps;     /* ordered steps (ขั้นตอน/วิธีปฏิบัติ), NULL-terminated, never NULL */
  GArray           *unit_ids;  /* of gint64: responsible units (ITA_UNIT_ALL allowed), never NULL */
  GDate             start;
  GDate             end;
  gint64            budget;    /* satang, or ITA_BUDGET_NONE */
  char             *kpi;       /* indicator of success (ตัวชี้วัด) */
  char             *target;    /* target value (ค่าเป้าหมาย) */
  ItaMeasureStatus  status;
  GPtrArray        *progress;  /* of ItaProgress, by date; never NULL */
} ItaMeasure;

#define ITA_TYPE_MEASURE (ita_measure_get_type ())
GType       ita_measure_get_type (void) G_GNUC_CONST;
ItaMeasure *ita_measure_new      (void);   /* empty strings, no dates, planned */
ItaMeasure *ita_measure_copy     (const ItaMeasure *measure);
void        ita_measure_free     (ItaMeasure *measure);
/* TRUE unless done or cancelled (carried to the next fiscal year) */
gboolean    ita_measure_is_unfinished (const ItaMeasure *measure);

/* In display order; OTHER stays last. The strings are stored (files,
 * JSON), never the numbers. */
typedef enum {
  ITA_LIMITATION_NONE,             /* ไม่มีข้อจำกัด (explicit) */
  ITA_LIMITATION_PERSONNEL,        /* บุคลากร */
  ITA_LIMITATION_BUDGET,           /* งบประมาณ */
  ITA_LIMITATION_TECHNOLOGY,       /* เทคโนโลยี */
  ITA_LIMITATION_AREA,             /* สภาพพื้นที่ (schema 3) */
  ITA_LIMITATION_ECONOMY_CULTURE,  /* เศรษฐกิจ/วัฒนธรรม (schema 3) */
  ITA_LIMITATION_TIME,             /* ระยะเวลา */
  ITA_LIMITATION_OTHER,            /* อื่น ๆ */
} ItaLimitationKind;

#define ITA_N_LIMITATION_KINDS (ITA_LIMITATION_OTHER + 1)

/* "none", "personnel", "budget", "technology", "area", "economy-culture",
 * "time", "other" */
const char *ita_limitation_kind_to_string   (ItaLimitationKind kind);
gboolean    ita_limitation_kind_from_string (const char        *s,
                                             ItaLimitationKind *out);
const char *ita_limitation_kind_label       (ItaLimitationKind kind); /* translated */

/* One entry of the limitations section (ข้อจำกัด). */
typedef struct {
  gint64             id;
  ItaLimitationKind  kind;
  char              *text;
} ItaLimitation;

#define ITA_TYPE_LIMITATION (ita_limitation_get_type ())
GType          ita_limitation_get_type (void) G_GNUC_CONST;
ItaLimitation *ita_limitation_copy     (const ItaLimitation *limitation);
void           ita_limitation_free     (ItaLimitation *limitation);

/* A link to another year's file (for comparison). */
typedef struct {
  gint64  id;
  int     fiscal_year;     /* of the linked file, BE */
  char   *relative_path;   /* relative to this file's folder, '/' separated; NULL if none
                              (e.g. another drive on Windows) */
  char   *absolute_path;   /* as it was when linked; NULL if unknown */
  char   *agency_name;     /* as it was when linked (for display when the file is missing) */
} ItaLink;

#define ITA_TYPE_LINK (ita_link_get_type ())
GType    ita_link_get_type (void) G_GNUC_CONST;
ItaLink *ita_link_copy     (const ItaLink *link);
void     ita_link_free     (ItaLink *link);

/* ------------------------------------------------------------------ */
/* The project                                                         */

#define ITA_TYPE_PROJECT (ita_project_get_type ())
G_DECLARE_FINAL_TYPE (ItaProject, ita_project, ITA, PROJECT, GObject)

/* Creates a new file for fiscal_year (BE; 0 = the edition's year) with
 * the edition copied into it. Refuses an existing file (EXISTS). The file
 * is built beside its name and moved there when complete, so a crash
 * never leaves a half-made project. The new project is open for
 * writing. */
ItaProject   *ita_project_create          (GFile               *file,
                                           ItaFramework        *edition,
                                           int                  fiscal_year,
                                           GError             **error);
/* Like create, and the project starts with agency and scores (either may
 * be NULL; scores are checked as set_scores checks them): all in the new
 * file, or no file at all. */
ItaProject   *ita_project_create_with     (GFile               *file,
                                           ItaFramework        *edition,
                                           int                  fiscal_year,
                                           const ItaAgency     *agency,
                                           ItaScores           *scores,
                                           GError             **error);
/* Opens a file: checks it is an ITA Planner project, not newer than this
 * version, and passes a quick check; migrates an older schema (after a
 * backup copy "<file>.bak-v<N>"); takes the lock file unless read-only.
 * The edition is read from the file. */
ItaProject   *ita_project_open            (GFile               *file,
                                           ItaProjectOpenFlags  flags,
                                           GError             **error);
/* Closes the connection and removes the lock file. Idempotent; also done
 * when the last reference goes. Afterwards every call fails with CLOSED. */
void          ita_project_close           (ItaProject          *self);
gboolean      ita_project_is_closed       (ItaProject          *self);

/* "Save a copy": writes a consistent copy through SQLite's backup API
 * (replacing dest atomically). The project stays on its own file. */
gboolean      ita_project_save_copy       (ItaProject          *self,
                                           GFile               *dest,
                                           GError             **error);

/* Changes from outside. A project notices by itself, at its next edit,
 * that its file was replaced (the edit fails with REPLACED) or written by
 * another program since it last looked (the edit fails with
 * CHANGED_OUTSIDE and is not applied, so nothing is written over changes
 * the user has not seen). check_external looks now, without editing: the
 * window calls it when it gets the focus or on idle. It returns TRUE when
 * the file is as this project left it; otherwise FALSE with:
 *  - CHANGED_OUTSIDE: another program wrote into the file. The project
 *    has reloaded what it keeps (edition, fiscal year), cleared the undo
 *    history, emitted ::changed (ALL, NULL) and ::external-change
 *    (CHANGED); it stays writable. If the change put SQL into the file
 *    (its schema is no longer ours) the error is CORRUPT instead and the
 *    project becomes read-only.
 *  - REPLACED: the file was moved away, deleted, or another file now has
 *    its name. The project became read-only ("read-only" notified),
 *    ::external-change (REPLACED) was emitted once; save_copy still
 *    writes what it holds.
 * Any edit that finds either also schedules a check at idle in the
 * thread-default main context, so that the signals follow. */
gboolean      ita_project_check_external  (ItaProject  *self,
                                           GError     **error);
/* Watches the file (GFileMonitor, in the thread-default main context)
 * and runs check_external at idle after each event; stopped by close. */
void          ita_project_watch_external  (ItaProject  *self);

/* Properties */
GFile        *ita_project_get_file        (ItaProject *self);  /* "file" (transfer none) */
const char   *ita_project_get_path        (ItaProject *self);  /* "path" */
int           ita_project_get_fiscal_year (ItaProject *self);  /* "fiscal-year" */
ItaFramework *ita_project_get_edition     (ItaProject *self);  /* "edition" (transfer none) */
gboolean      ita_project_get_read_only   (ItaProject *self);  /* "read-only" */
gboolean      ita_project_get_can_undo    (ItaProject *self);  /* "can-undo" */
gboolean      ita_project_get_can_redo    (ItaProject *self);  /* "can-redo" */

/* The edition a project stands on (ita-project-edition.c). */

/* TRUE when the edition is of another fiscal year than the project: a
 * FY 2570 file on ita-2569 while no 2570 edition is installed. Its
 * figures, items and rating rule are those of the other year, so every
 * view shows it as provisional. */
gboolean      ita_project_is_provisional  (ItaProject *self);
/* Moves the project to edition in one undoable edit (change kind ALL, and
 * notify::edition): item scores, answer counts, OIT checklist entries and
 * measure targets go to the item with the same continuity key (or one the
 * item covers); items merged into one keep all their evidence URLs,
 * explanations and notes, the first item's score, and their status when
 * they agree. Official values (indicators, tools, total) stay when the
 * edition has them. What has no place in edition is left out and listed
 * in not_carried (translated, ready to show; empty when everything was
 * carried; free with g_strfreev). Switching to the same edition changes
 * nothing. */
gboolean      ita_project_switch_edition  (ItaProject     *self,
                                           ItaFramework   *edition,
                                           char         ***not_carried,
                                           GError        **error);
/* What ita_project_switch_edition would leave out, without changing
 * anything (for the dialog that asks first). NULL-terminated. */
char        **ita_project_preview_switch_edition (ItaProject    *self,
                                                  ItaFramework  *edition,
                                                  GError       **error);

/* Undo / redo: one step per edit (a whole CSV import or paste is one
 * step). The history lives for the session. */
gboolean      ita_project_undo            (ItaProject  *self,
                                           GError     **error);
gboolean      ita_project_redo            (ItaProject  *self,
                                           GError     **error);
/* Translated description of the step ("Set score o12"), NULL if none. */
const char   *ita_project_get_undo_label  (ItaProject *self);
const char   *ita_project_get_redo_label  (ItaProject *self);

/* Agency profile */
ItaAgency    *ita_project_get_agency      (ItaProject       *self);
gboolean      ita_project_set_agency      (ItaProject       *self,
                                           const ItaAgency  *agency,
                                           GError          **error);

/* Units, a hierarchy (สำนัก/กอง → ฝ่าย/งาน). get_units returns them in
 * display order: depth first, siblings by position. */
GPtrArray    *ita_project_get_units       (ItaProject  *self);   /* of ItaUnit, transfer full */
ItaUnit      *ita_project_get_unit        (ItaProject  *self,
                                           gint64       id);     /* NULL when unknown */
/* Appends as last child of parent_id (ITA_ID_NONE: top level). */
gboolean      ita_project_add_unit        (ItaProject  *self,
                                           gint64       parent_id,
                                           const char  *name,
                                           ItaUnitKind  kind,
                                           gint64      *out_id,
                                           GError     **error);
gboolean      ita_project_rename_unit     (ItaProject  *self,
                                           gint64       id,
                                           const char  *name,
                                           GError     **error);
gboolean      ita_project_set_unit_kind   (ItaProject  *self,
                                           gint64       id,
                                           ItaUnitKind  kind,
                                           GError     **error);
/* Moves under new_parent (ITA_ID_NONE: top level) at position among its
 * siblings (-1: last). Refuses to move a unit under itself. */
gboolean      ita_project_move_unit       (ItaProject  *self,
                                           gint64       id,
                                           gint64       new_parent_id,
                                           int          position,
                                           GError     **error);
/* What refers to a unit, translated and ready to show ("OIT item o12",
 * "Measure “…”", "Unit “งานธุรการ”" for its sub-units). Empty when
 * nothing; NULL-terminated. */
char        **ita_project_get_unit_references (ItaProject *self,
                                               gint64      id);
/* A unit as the officer names it: "กองคลัง", "กองคลัง / งานธุรการ" (parent
 * and name, when two units share the name), or all units ("all", "All
 * units", "ทุกหน่วยงาน" → ITA_UNIT_ALL); names compared without regard to
 * case. FALSE with INVALID (the reason, translated) when there is no such
 * unit or the name is shared. */
gboolean      ita_project_find_unit       (ItaProject  *self,
                                           const char  *name,
                                           gint64      *out_id,
                                           GError     **error);
/* The name ita_project_find_unit reads back: the unit's name, "Parent /
 * Name" when another unit has the same name, "All units" (translated) for
 * ITA_UNIT_ALL; "" for an unknown id. */
char         *ita_project_get_unit_label  (ItaProject  *self,
                                           gint64       id);
/* Refuses with IN_USE (listing the references) when anything refers to it. */
gboolean      ita_project_remove_unit     (ItaProject  *self,
                                           gint64       id,
                                           GError     **error);

/* Scores: item scores and official values at every level. */
ItaScores    *ita_project_get_scores      (ItaProject  *self);   /* transfer full */
ItaCenti      ita_project_get_score       (ItaProject  *self,
                                           const char  *key);
/* key is normalised (ita_scores_normalize_key) and the value checked
 * (ita_scores_check_value); ITA_CENTI_NONE removes it. */
gboolean      ita_project_set_score       (ItaProject  *self,
                                           const char  *key,
                                           ItaCenti     value,
                                           GError     **error);
/* Sets every key of scores (and its grade, when it has one) in one
 * transaction and one undo step (CSV import, paste); all-or-nothing. With
 * replace, keys not in scores are removed (and the official grade, when
 * scores has none). */
gboolean      ita_project_set_scores      (ItaProject  *self,
                                           ItaScores   *scores,
                                           gboolean     replace,
                                           GError     **error);
/* The grade or rating NACC published for this year, as entered: a band
 * code of the edition ("improve"), NULL when none. It is part of
 * ita_project_get_scores() (ita_scores_get_grade()), so the result shows
 * it beside the computed grade and flags a difference. Not carried to the
 * next year's file. */
char         *ita_project_get_official_grade (ItaProject  *self);
/* text: the band's code or its Thai or English label ("ต้องปรับปรุง");
 * NULL or "" removes it. One undo step; notifies SCORES with key "grade".
 * An unknown grade is refused with INVALID naming the edition's grades. */
gboolean      ita_project_set_official_grade (ItaProject  *self,
                                              const char  *text,
                                              GError     **error);
/* Parses a scores CSV (ita_scores_parse_csv) and applies it in one step
 * (its grade row too). */
gboolean      ita_project_import_scores_csv (ItaProject  *self,
                                             const char  *data,
                                             gsize        length,
                                             GError     **error);
/* The engine result for the current scores and thresholds. */
ItaResult    *ita_project_compute         (ItaProject  *self);

/* Optional IIT/EIT answer distributions: counts per answer level of an
 * item (e.g. 4 levels, or 2 for yes/no). */
guint        *ita_project_get_distribution (ItaProject  *self,
                                            const char  *item,
                                            guint       *n_counts); /* NULL when none */
/* counts NULL or n_counts 0 removes it. */
gboolean      ita_project_set_distribution (ItaProject   *self,
                                            const char   *item,
                                            const guint  *counts,
                                            guint         n_counts,
                                            GError      **error);

/* OIT checklist. get_checklist has one entry per OIT item of the edition,
 * in framework order (defaults where nothing was entered). */
GPtrArray         *ita_project_get_checklist       (ItaProject  *self);  /* of ItaChecklistEntry */
ItaChecklistEntry *ita_project_get_checklist_entry (ItaProject  *self,
                                                    const char  *item); /* NULL if not an OIT item */
/* One unit's part of the checklist, in framework order: the entries that
 * name unit_id or one of its sub-units, and those of all units
 * (ITA_UNIT_ALL). ITA_UNIT_ALL gives only the entries of all units;
 * ITA_ID_NONE the whole checklist. */
GPtrArray         *ita_project_get_checklist_for_unit (ItaProject *self,
                                                       gint64      unit_id);
/* Replaces the whole entry of entry->item (one step; none when nothing
 * differs). Checks as typed: item code (any case, Thai digits), every URL
 * (ita_url_check: refused with its reason), units that exist; URLs and
 * units given twice are kept once. Stored as given otherwise (the status
 * setters below also date last_checked). */
gboolean           ita_project_set_checklist_entry (ItaProject              *self,
                                                    const ItaChecklistEntry *entry,
                                                    GError                 **error);
/* Sets the status of one item, or of several at once in ONE undo step;
 * all or nothing (an unknown code changes nothing). A status other than
 * not-checked dates last_checked today. */
gboolean           ita_project_set_checklist_status (ItaProject         *self,
                                                     const char         *item,
                                                     ItaEvidenceStatus   status,
                                                     GError            **error);
gboolean           ita_project_set_checklist_status_many (ItaProject          *self,
                                                          const char * const  *items,
                                                          ItaEvidenceStatus    status,
                                                          GError             **error);

/* What the OIT view's summary bar shows, for the whole checklist
 * (unit_id ITA_ID_NONE) or one unit's part. "Open" items are those not
 * present (not checked, incomplete, missing); overdue ones are open with
 * a due date before today. */
typedef struct {
  guint      n_items;
  guint      n_status[ITA_EVIDENCE_MISSING + 1];  /* indexed by ItaEvidenceStatus */
  char     **open;             /* codes, framework order, NULL-terminated */
  char     **overdue;          /* codes, framework order, NULL-terminated */
  ItaCenti   oit;              /* the OIT and the total as they stand (ITA_CENTI_NONE when none) */
  ItaCenti   total;
  ItaCenti   oit_if_fixed;     /* if every open item were fixed (scored 100) */
  ItaCenti   total_if_fixed;
  GArray    *gains;            /* of ItaGain: open items that would raise the total, most first */
} ItaChecklistSummary;

/* today NULL: the local date. */
ItaChecklistSummary *ita_project_get_checklist_summary (ItaProject  *self,
                                                       gint64       unit_id,
                                                       const GDate *today);
void                 ita_checklist_summary_free        (ItaChecklistSummary *summary);

/* Checklist CSV import (docs/csv-exports.md): the checklist CSV, or one
 * unit's part of it, edited in a spreadsheet and read back. First a
 * preview that changes nothing, then the changes applied in one step. */
typedef enum {
  ITA_CHECKLIST_FIELD_STATUS       = 1 << 0,
  ITA_CHECKLIST_FIELD_URLS         = 1 << 1,
  ITA_CHECKLIST_FIELD_EXPLANATION  = 1 << 2,
  ITA_CHECKLIST_FIELD_UNITS        = 1 << 3,
  ITA_CHECKLIST_FIELD_DUE_DATE     = 1 << 4,
  ITA_CHECKLIST_FIELD_NOTE         = 1 << 5,
  ITA_CHECKLIST_FIELD_LAST_CHECKED = 1 << 6,
} ItaChecklistFields;

/* "Status", "URLs", … (translated; the CSV's column names) for one field. */
const char *ita_checklist_field_label (ItaChecklistFields field);

/* One row that changes an item. */
typedef struct {
  guint               line;     /* the CSV line its row starts on (1 = the header) */
  ItaChecklistFields  fields;   /* what changes */
  ItaChecklistEntry  *before;   /* as it is now */
  ItaChecklistEntry  *after;    /* as the row would leave it */
} ItaChecklistChange;

typedef struct _ItaChecklistImport ItaChecklistImport;

/* Reads a checklist CSV (UTF-8 with or without BOM; comma, semicolon or
 * tab separated; header names in English or Thai) against the project
 * and returns the changes without applying them. Every bad row is
 * reported with its line number, one per line of the message
 * (ITA_PROJECT_ERROR_INVALID), and NULL is returned when any row is bad. */
ItaChecklistImport *ita_project_preview_checklist_csv (ItaProject  *self,
                                                       const char  *data,
                                                       gsize        length,
                                                       GError     **error);
/* The rows that change something (of ItaChecklistChange, transfer none),
 * in file order; empty when the file changes nothing. */
GPtrArray          *ita_checklist_import_get_changes  (ItaChecklistImport *import);
/* Rows read (items named in the file), changed or not. */
guint               ita_checklist_import_get_n_rows   (ItaChecklistImport *import);
void                ita_checklist_import_free         (ItaChecklistImport *import);
/* Applies a preview in one undo step. Refused (INVALID, nothing changed)
 * when one of its items was edited since the preview: preview again. */
gboolean            ita_project_apply_checklist_import (ItaProject          *self,
                                                        ItaChecklistImport  *import,
                                                        GError             **error);

/* What the new fiscal year's checklist took from last year's
 * (ita_project_create_next_year), kept in the file. */
typedef struct {
  char   *item;         /* last year's code, "o11" */
  char   *text_th;      /* its title in last year's edition */
  char   *continuity;
  char  **urls;         /* its evidence URLs (not carried), NULL-terminated */
  char   *explanation;
} ItaDroppedItem;

typedef struct {
  int         from_fiscal_year;  /* 2568 */
  char       *from_edition;      /* "ita-2568" */
  char      **carried;           /* this year's codes that took last year's URLs, units or
                                    explanation, framework order, NULL-terminated */
  char      **new_items;         /* this year's codes that no item of last year leads to */
  GPtrArray  *dropped;           /* of ItaDroppedItem: last year's items with no counterpart now */
  gboolean    dismissed;         /* the officer has seen the list of dropped items */
} ItaCarryReport;

/* NULL when the project was not made from last year's file. new_items
 * and dropped follow the edition the project stands on now (also after
 * ita_project_switch_edition). */
ItaCarryReport *ita_project_get_carry_report     (ItaProject  *self);
/* TRUE when item (this year's code) is new in the edition compared with
 * the year the project was carried from. FALSE without a report. */
gboolean        ita_project_is_checklist_item_new (ItaProject *self,
                                                   const char *item);
/* Marks the list of dropped items as seen (one undoable step), so that
 * it is shown once. */
gboolean        ita_project_dismiss_carry_report (ItaProject  *self,
                                                  GError     **error);
void            ita_carry_report_free            (ItaCarryReport *report);

/* Link checks (ita-project-url-checks.c): the last result of checking
 * each evidence URL, per (item, URL). Results are observations, not
 * edits: storing them is not an undo step and leaves the undo and redo
 * history as it is (undoing the officer's last edit must not bring back
 * stale results, and a check must not push the officer's edits off the
 * stack); ::changed is emitted with ITA_PROJECT_CHANGE_URL_CHECKS. Only
 * URLs still in the checklist count: a URL removed or changed since its
 * check has no result. Next-year files start with no results. */

/* Stores checks (of ItaUrlCheck) in one transaction, replacing earlier
 * results of the same (item, URL); results of URLs no longer in the
 * checklist (removed while the check ran) are skipped, and old results of
 * removed URLs are dropped. READ_ONLY for a project opened read-only. */
gboolean           ita_project_store_url_checks    (ItaProject  *self,
                                                    GPtrArray   *checks,
                                                    GError     **error);
/* Every stored result of a current URL, in checklist order (items in
 * framework order, URLs in their order). Of ItaUrlCheck. */
GPtrArray         *ita_project_get_url_checks      (ItaProject  *self);
/* The last result for url of item; NULL when it was never checked. */
ItaUrlCheck       *ita_project_get_url_check       (ItaProject  *self,
                                                    const char  *item,
                                                    const char  *url);
/* For the Overview: the OIT items (framework order) with at least one
 * current URL whose last check failed. NULL-terminated, never NULL. */
char             **ita_project_get_items_with_failed_links (ItaProject *self);

/* Measures, in plan order. */
GPtrArray    *ita_project_get_measures    (ItaProject  *self);   /* of ItaMeasure */
ItaMeasure   *ita_project_get_measure     (ItaProject  *self,
                                           gint64       id);     /* NULL when unknown */
/* Appends; measure->id is ignored; the new id is returned in out_id. */
gboolean      ita_project_add_measure     (ItaProject        *self,
                                           const ItaMeasure  *measure,
                                           gint64            *out_id,
                                           GError           **error);
/* Replaces every field of measure->id (steps, targets, units, progress)
 * in one step. */
gboolean      ita_project_update_measure  (ItaProject        *self,
                                           const ItaMeasure  *measure,
                                           GError           **error);
gboolean      ita_project_remove_measure  (ItaProject  *self,
                                           gint64       id,
                                           GError     **error);
/* position among the measures, -1 = last */
gboolean      ita_project_move_measure    (ItaProject  *self,
                                           gint64       id,
                                           int          position,
                                           GError     **error);
/* Appends a dated progress entry to a measure (one step). */
gboolean      ita_project_add_progress    (ItaProject        *self,
                                           gint64             measure_id,
                                           const ItaProgress *progress,
                                           GError           **error);

/* Limitations (ข้อจำกัด), in order. */
GPtrArray    *ita_project_get_limitations (ItaProject  *self);   /* of ItaLimitation */
gboolean      ita_project_add_limitation  (ItaProject         *self,
                                           ItaLimitationKind   kind,
                                           const char         *text,
                                           gint64             *out_id,
                                           GError            **error);
gboolean      ita_project_update_limitation (ItaProject           *self,
                                             const ItaLimitation  *limitation,
                                             GError              **error);
gboolean      ita_project_remove_limitation (ItaProject  *self,
                                             gint64       id,
                                             GError     **error);

/* Links to other years' files. */
GPtrArray    *ita_project_get_links       (ItaProject  *self);   /* of ItaLink, by fiscal year */
/* Opens other read-only to read its fiscal year and agency, and stores
 * its path relative to this file and absolute. */
gboolean      ita_project_add_link        (ItaProject  *self,
                                           GFile       *other,
                                           gint64      *out_id,
                                           GError     **error);
gboolean      ita_project_remove_link     (ItaProject  *self,
                                           gint64       id,
                                           GError     **error);
/* The linked file: relative path first (the pair of files moved
 * together), else the absolute path. NULL with NOT_FOUND when neither
 * exists. */
GFile        *ita_project_resolve_link    (ItaProject     *self,
                                           const ItaLink  *link,
                                           GError        **error);
/* Resolves and opens the linked file for comparison (read-only). */
ItaProject   *ita_project_open_link       (ItaProject     *self,
                                           const ItaLink  *link,
                                           GError        **error);

/* Settings */
void          ita_project_get_thresholds  (ItaProject           *self,
                                           ItaThresholds        *out);
/* raise ≤ maintain, both 0–100 */
gboolean      ita_project_set_thresholds  (ItaProject           *self,
                                           const ItaThresholds  *thresholds,
                                           GError              **error);
gboolean      ita_project_get_thai_digits (ItaProject  *self);
gboolean      ita_project_set_thai_digits (ItaProject  *self,
                                           gboolean     thai_digits,
                                           GError     **error);
/* Free-form per-project settings for views (e.g. "chart.palette"); NULL
 * when unset; value NULL removes it. */
char         *ita_project_get_setting     (ItaProject  *self,
                                           const char  *name);
gboolean      ita_project_set_setting     (ItaProject  *self,
                                           const char  *name,
                                           const char  *value,
                                           GError     **error);

/* Editable words of the documents (ita-project-texts.c): what the
 * figures cannot give, written by the officer and printed in the
 * documents of src/report. Keys:
 *   "introduction"     the analysis report's introduction (บทนำ)
 *   "indicator.N"      the officer's analysis of indicator N (1–10) of the
 *                      edition
 *   "measure.ID"       a remark on measure ID (it must exist); removed
 *                      with the measure
 *   "signer.name"      the name of the person who signs the documents
 *   "signer.position"  that person's position (ตำแหน่ง)
 * Values are free text; paragraphs are separated by a blank line. Each
 * set is one undoable edit (::changed TEXTS with the key); "" or NULL
 * removes the text. A key that is not one of the above is refused with
 * INVALID. The signer is carried to the next fiscal year; the others
 * are about one year's figures and are not. */
#define ITA_TEXT_INTRODUCTION    "introduction"
#define ITA_TEXT_SIGNER_NAME     "signer.name"
#define ITA_TEXT_SIGNER_POSITION "signer.position"
char         *ita_text_key_for_indicator  (int          number);  /* "indicator.9" */
char         *ita_text_key_for_measure    (gint64       measure_id); /* "measure.3" */
/* TRUE when key has one of the shapes above (it does not look at the
 * project: the indicator or measure may not exist). */
gboolean      ita_text_key_is_valid       (const char  *key);
/* NULL when there is no text for key. */
char         *ita_project_get_text        (ItaProject  *self,
                                           const char  *key);
gboolean      ita_project_set_text        (ItaProject  *self,
                                           const char  *key,
                                           const char  *value,
                                           GError     **error);
/* The keys that have a text, sorted; NULL-terminated. */
char        **ita_project_get_text_keys   (ItaProject  *self);

/* Next fiscal year: creates out_file for FY+1 with the catalogue edition
 * of FY+1 or, when FY+1 has none yet, the latest edition before it (the
 * new project is then provisional; NO_EDITION only when there is no
 * edition at all up to FY+1), the agency, units, unfinished measures,
 * the OIT evidence URLs, explanations and units carried forward by
 * continuity key (status reset to not checked; items merged into one get
 * all their URLs and units), the settings, the project's own entries of
 * the library of measures, and a link back to this file. What was
 * carried, what is new and what was dropped is kept in the new file
 * (ita_project_get_carry_report). Returns the new project, open for
 * writing. */
ItaProject   *ita_project_create_next_year (ItaProject  *self,
                                            GFile       *out_file,
                                            GError     **error);

/* ------------------------------------------------------------------ */
/* Interchange (docs/project-json.md, docs/csv-exports.md)            */

/* The whole project as JSON (UTF-8, deterministic: export → import →
 * export is byte-identical). */
GBytes       *ita_project_export_json     (ItaProject  *self,
                                           GError     **error);
/* Creates dest (refused if it exists) from a project JSON. Read
 * defensively: malformed JSON → PARSE with line and column; unknown newer
 * format → NEWER_FORMAT; bad values → INVALID with the JSON path. Built
 * beside dest and moved there when complete: on failure or a crash dest
 * is not created. */
ItaProject   *ita_project_import_json     (GBytes      *json,
                                           GFile       *dest,
                                           GError     **error);
/* Like import_json, but an existing dest is replaced, at once and only
 * once the new file is complete; refused (LOCKED) while an ITA Planner has
 * dest open, and (BUSY) while a change to it is unfinished. */
ItaProject   *ita_project_import_json_replace (GBytes      *json,
                                               GFile       *dest,
                                               GError     **error);

typedef enum {
  ITA_PROJECT_CSV_SCORES,
  ITA_PROJECT_CSV_CHECKLIST,
  ITA_PROJECT_CSV_MEASURES,
  ITA_PROJECT_CSV_PROGRESS,     /* one row per progress entry of every measure */
  ITA_PROJECT_CSV_LIMITATIONS,  /* the limitations section */
} ItaProjectCsv;

/* UTF-8 with a BOM, CRLF line ends, comma separated, quoted as Excel
 * expects; in the interface language. */
GBytes       *ita_project_export_csv      (ItaProject     *self,
                                           ItaProjectCsv   which,
                                           GError        **error);
/* The same in language: dates in Thai are BE with Thai month names
 * ("1 ตุลาคม 2568"), otherwise ISO (2025-10-01); ENGLISH writes headers
 * and labels in English, otherwise they follow the translation in use. */
GBytes       *ita_project_export_csv_in   (ItaProject     *self,
                                           ItaProjectCsv   which,
                                           ItaLanguage     language,
                                           GError        **error);
/* The checklist CSV of one unit's part (ita_project_get_checklist_for_unit;
 * ITA_ID_NONE: the whole checklist, as ita_project_export_csv), only the
 * items whose status is in status_mask (ITA_EVIDENCE_MASK; 0: all). It
 * reads back with ita_project_preview_checklist_csv. */
GBytes       *ita_project_export_checklist_csv (ItaProject  *self,
                                                gint64       unit_id,
                                                guint        status_mask,
                                                GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaAgency, ita_agency_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaUnit, ita_unit_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaChecklistEntry, ita_checklist_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaProgress, ita_progress_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaMeasure, ita_measure_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaLimitation, ita_limitation_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaLink, ita_link_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaChecklistSummary, ita_checklist_summary_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaChecklistImport, ita_checklist_import_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaCarryReport, ita_carry_report_free)

G_END_DECLS
