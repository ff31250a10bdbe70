/* ita-db-private.h: the SQLite connection of a project file
 *
 * Opening with the defensive settings, the identity and version checks,
 * the schema and its migrations, SQLite errors → ITA_PROJECT_ERROR, a
 * statement cache, and copies through the backup API. Only the project's
 * own files include this header.
 */
#pragma once

#include <sqlite3.h>

#include "ita-project.h"

G_BEGIN_DECLS

/* 'ITA1' */
#define ITA_DB_APPLICATION_ID 0x49544131
/* The schema version this build writes and reads up to. */
#define ITA_DB_SCHEMA_VERSION 6

typedef struct {
  sqlite3    *handle;
  char       *name;       /* display name for messages ("plan-2568.ita") */
  GHashTable *stmts;      /* SQL text (static) → sqlite3_stmt */
} ItaDb;

typedef enum {
  ITA_DB_OPEN_READ_ONLY = 1 << 0,
  ITA_DB_OPEN_CREATE    = 1 << 1,  /* the file must not exist */
  ITA_DB_OPEN_MEMORY    = 1 << 2,  /* path ignored: a private in-memory database */
} ItaDbOpenFlags;

/* Opens and configures (defensive, trusted_schema off, no extensions,
 * busy timeout). Does not write, and sets nothing that lasts in the file:
 * the file is identified first. */
ItaDb    *ita_db_open           (const char      *path,
                                 ItaDbOpenFlags   flags,
                                 GError         **error);
void      ita_db_close          (ItaDb *db);
/* For a file known to be a project and open for writing: rollback
 * journal (switching back a file another program put in WAL mode) and
 * synchronous=FULL. */
gboolean  ita_db_prepare_writing (ItaDb   *db,
                                  GError **error);

/* Sets error from an SQLite result code. while_saving says a change was
 * being written (the message then says it was not saved). */
void      ita_db_set_error      (ItaDb     *db,
                                 int        rc,
                                 gboolean   while_saving,
                                 GError   **error);

/* A cached prepared statement for the static string sql, reset and with
 * its bindings cleared. */
sqlite3_stmt *ita_db_prepare    (ItaDb       *db,
                                 const char  *sql,
                                 GError     **error);
gboolean  ita_db_exec           (ItaDb       *db,
                                 const char  *sql,
                                 gboolean     while_saving,
                                 GError     **error);
/* Steps a statement expected to be done (INSERT/UPDATE/DELETE). */
gboolean  ita_db_step_done      (ItaDb         *db,
                                 sqlite3_stmt  *stmt,
                                 GError       **error);

/* The first ITA_DB_HEADER_SIZE bytes of a file, read before SQLite opens
 * it: refuses another application's database, an empty one, a newer or
 * incomplete project (as check_identity), and, read_only, a project in WAL
 * mode (reading it would create files beside it: NEEDS_RECOVERY). */
#define ITA_DB_HEADER_SIZE 112
gboolean  ita_db_check_header   (const char    *name,
                                 const guint8  *header,
                                 gboolean       read_only,
                                 GError       **error);
/* Checks application_id and user_version before anything is written.
 * Returns the schema version in out_version (1 … ITA_DB_SCHEMA_VERSION). */
gboolean  ita_db_check_identity (ItaDb   *db,
                                 int     *out_version,
                                 GError **error);
/* Refuses a file whose schema is not exactly the one schema steps
 * 1 … version create: every table, index, trigger and view, and the SQL
 * text of each (so its columns and constraints). Run before anything
 * reads a table, so that nothing a file brings is ever run. */
gboolean  ita_db_check_schema   (ItaDb   *db,
                                 int      version,
                                 GError **error);
/* PRAGMA quick_check, or with full the whole integrity_check (after a
 * journal was rolled back). */
gboolean  ita_db_check_health   (ItaDb    *db,
                                 gboolean  full,
                                 GError  **error);
/* name as an SQL identifier ("name", with " doubled). */
char     *ita_db_quote_identifier (const char *name);
/* Runs schema steps from_version+1 … ITA_DB_SCHEMA_VERSION, each in one
 * transaction with its user_version bump. from_version 0 creates the
 * schema (and sets application_id). */
gboolean  ita_db_migrate        (ItaDb   *db,
                                 int      from_version,
                                 GError **error);
/* Creates the whole current schema inside the caller's transaction
 * (application_id, every step, user_version). */
gboolean  ita_db_migrate_in_transaction (ItaDb   *db,
                                         GError **error);
/* Copies the whole database through the backup API into a new file at
 * path (display_name names it in messages). The caller moves it into
 * place (ita_project_move_into_place) and removes it on failure. */
gboolean  ita_db_backup_to_new  (ItaDb       *db,
                                 const char  *path,
                                 const char  *display_name,
                                 GError     **error);
/* Copies src into the (empty, in-memory) database dest. */
gboolean  ita_db_copy_into      (ItaDb   *src,
                                 ItaDb   *dest,
                                 GError **error);

/* The SQL of one schema step (1 … ITA_DB_SCHEMA_VERSION), for tests. */
const char *ita_db_schema_step  (int version);

/* PRAGMA data_version: changes when another connection committed. */
gboolean  ita_db_data_version   (ItaDb   *db,
                                 gint64  *out,
                                 GError **error);

/* Test hook: limits the database size so that writes fail as on a full
 * disk (PRAGMA max_page_count). Returns the current page count. */
int       ita_db_limit_pages_for_testing (ItaDb *db,
                                          int    extra_pages);

G_END_DECLS
