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
#define ITA_DB_SCHEMA_VERSION 3

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
 * rollback journal, synchronous=FULL, busy timeout). Does not write. */
ItaDb    *ita_db_open           (const char      *path,
                                 ItaDbOpenFlags   flags,
                                 GError         **error);
void      ita_db_close          (ItaDb *db);

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

/* Checks application_id and user_version before anything is written.
 * Returns the schema version in out_version (1 … ITA_DB_SCHEMA_VERSION). */
gboolean  ita_db_check_identity (ItaDb   *db,
                                 int     *out_version,
                                 GError **error);
/* PRAGMA quick_check, and refuses triggers or views this application does
 * not create. */
gboolean  ita_db_check_health   (ItaDb   *db,
                                 GError **error);
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
/* Copies the whole database to dest_path through the backup API,
 * through a temporary file in the same folder renamed over dest_path. */
gboolean  ita_db_backup_to      (ItaDb       *db,
                                 const char  *dest_path,
                                 GError     **error);
/* Copies src into the (empty, in-memory) database dest. */
gboolean  ita_db_copy_into      (ItaDb   *src,
                                 ItaDb   *dest,
                                 GError **error);

/* The SQL of one schema step (1 … ITA_DB_SCHEMA_VERSION), for tests. */
const char *ita_db_schema_step  (int version);

/* Test hook: limits the database size so that writes fail as on a full
 * disk (PRAGMA max_page_count). Returns the current page count. */
int       ita_db_limit_pages_for_testing (ItaDb *db,
                                          int    extra_pages);

G_END_DECLS
