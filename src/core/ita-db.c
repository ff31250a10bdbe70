/* ita-db.c: opening, checking, migrating and copying a project database */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "ita-db-private.h"

/* Schema steps: step N brings user_version N-1 to N. Never edit a step
 * that has shipped; add one. */
static const char * const schema_steps[] = {
  NULL,
  /* 1: the whole mission */
  "CREATE TABLE meta (name TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);"
  "CREATE TABLE edition (id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  edition_id TEXT NOT NULL, json BLOB NOT NULL);"
  "CREATE TABLE agency (id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  name TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT '',"
  "  district TEXT NOT NULL DEFAULT '', province TEXT NOT NULL DEFAULT '',"
  "  website TEXT NOT NULL DEFAULT '');"
  "INSERT INTO agency (id) VALUES (1);"
  "CREATE TABLE unit (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL DEFAULT 0,"
  "  position INTEGER NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL);"
  "CREATE TABLE score (key TEXT PRIMARY KEY NOT NULL,"
  "  value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 10000));"
  "CREATE TABLE distribution (item TEXT PRIMARY KEY NOT NULL, counts TEXT NOT NULL);"
  "CREATE TABLE checklist (item TEXT PRIMARY KEY NOT NULL, status TEXT NOT NULL,"
  "  explanation TEXT NOT NULL, unit_id INTEGER NOT NULL DEFAULT 0, due_date TEXT,"
  "  note TEXT NOT NULL, last_checked TEXT);"
  "CREATE TABLE evidence_url (item TEXT NOT NULL, position INTEGER NOT NULL,"
  "  url TEXT NOT NULL, PRIMARY KEY (item, position));"
  "CREATE TABLE measure (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
  "  title TEXT NOT NULL, issue TEXT NOT NULL, methods TEXT NOT NULL,"
  "  start_date TEXT, end_date TEXT, budget INTEGER, kpi TEXT NOT NULL,"
  "  target TEXT NOT NULL, status TEXT NOT NULL);"
  "CREATE TABLE measure_target (measure_id INTEGER NOT NULL, position INTEGER NOT NULL,"
  "  key TEXT NOT NULL, PRIMARY KEY (measure_id, position));"
  "CREATE TABLE measure_step (measure_id INTEGER NOT NULL, position INTEGER NOT NULL,"
  "  text TEXT NOT NULL, PRIMARY KEY (measure_id, position));"
  "CREATE TABLE measure_unit (measure_id INTEGER NOT NULL, position INTEGER NOT NULL,"
  "  unit_id INTEGER NOT NULL, PRIMARY KEY (measure_id, position));"
  "CREATE TABLE measure_progress (measure_id INTEGER NOT NULL, position INTEGER NOT NULL,"
  "  date TEXT, done TEXT NOT NULL, outcome TEXT NOT NULL, remarks TEXT NOT NULL,"
  "  PRIMARY KEY (measure_id, position));"
  "CREATE TABLE limitation (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
  "  kind TEXT NOT NULL, text TEXT NOT NULL);"
  "CREATE TABLE link (id INTEGER PRIMARY KEY, fiscal_year INTEGER NOT NULL,"
  "  relative_path TEXT, absolute_path TEXT, agency_name TEXT NOT NULL DEFAULT '');"
  "CREATE TABLE setting (name TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);",
  /* 2: indexes for the unit tree and the plan order */
  "CREATE INDEX unit_by_parent ON unit (parent_id, position);"
  "CREATE INDEX measure_by_position ON measure (position);",
  /* 3: more than one responsible unit per OIT checklist item (seed 002
   * has items shared by two units); the single unit_id moves into the
   * list and leaves the checklist row */
  "CREATE TABLE checklist_unit (item TEXT NOT NULL, position INTEGER NOT NULL,"
  "  unit_id INTEGER NOT NULL, PRIMARY KEY (item, position));"
  "INSERT INTO checklist_unit (item, position, unit_id)"
  "  SELECT item, 0, unit_id FROM checklist WHERE unit_id != 0;"
  "ALTER TABLE checklist DROP COLUMN unit_id;"
  "CREATE INDEX checklist_unit_by_unit ON checklist_unit (unit_id);",
};

G_STATIC_ASSERT (G_N_ELEMENTS (schema_steps) == ITA_DB_SCHEMA_VERSION + 1);

const char *
ita_db_schema_step (int version)
{
  g_return_val_if_fail (version >= 1 && version <= ITA_DB_SCHEMA_VERSION, NULL);
  return schema_steps[version];
}

/* Errors ------------------------------------------------------------- */

void
ita_db_set_error (ItaDb     *db,
                  int        rc,
                  gboolean   while_saving,
                  GError   **error)
{
  const char *name = db->name;
  const char *detail = db->handle ? sqlite3_errmsg (db->handle) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      if (while_saving)
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_DISK_FULL,
                     _("The disk is full: the change was not saved; free some space and try again."));
      else
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_DISK_FULL,
                     _("The disk is full, so “%s” could not be written; free some space and try again."),
                     name);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      if (while_saving)
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_BUSY,
                     _("“%s” is being used by another program, so the change was not saved; "
                       "close it there and try again."),
                     name);
      else
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_BUSY,
                     _("“%s” is being used by another program; close it there and try again."),
                     name);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      if (while_saving)
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_READ_ONLY,
                     _("“%s” cannot be written (the file or its folder is read-only), so the "
                       "change was not saved. Save a copy in a folder you can write to."),
                     name);
      else
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_READ_ONLY,
                     _("“%s” cannot be written (the file or its folder is read-only). "
                       "Open it read-only, or save a copy in a folder you can write to."),
                     name);
      break;
    case SQLITE_CANTOPEN:
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CANT_OPEN,
                   _("“%s” could not be opened (%s). Check that the file and its folder exist "
                     "and that you may read and write them."),
                   name, detail);
      break;
    case SQLITE_NOTADB:
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NOT_A_PROJECT,
                   _("“%s” is not an ITA Planner project (it is not a database file). "
                     "Choose a .ita file made by ITA Planner."),
                   name);
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CORRUPT,
                   _("“%s” is damaged (%s). Open a backup copy of it, or the last copy you sent "
                     "or exported."),
                   name, detail);
      break;
    default:
      if (while_saving)
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_FAILED,
                     _("“%s” could not be saved: %s."), name, detail);
      else
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_FAILED,
                     _("“%s” could not be read: %s."), name, detail);
      break;
    }
}

/* Opening ------------------------------------------------------------ */

static void
stmt_finalize (gpointer data)
{
  sqlite3_finalize (data);
}

static gboolean
configure (ItaDb    *db,
           gboolean  read_only,
           GError  **error)
{
  static const char * const pragmas =
    "PRAGMA trusted_schema = OFF;"
    "PRAGMA cell_size_check = ON;"
    "PRAGMA temp_store = MEMORY;";
  int rc;

  sqlite3_extended_result_codes (db->handle, 1);
  sqlite3_db_config (db->handle, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (db->handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (db->handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
  sqlite3_db_config (db->handle, SQLITE_DBCONFIG_DQS_DDL, 0, NULL);
  sqlite3_db_config (db->handle, SQLITE_DBCONFIG_DQS_DML, 0, NULL);
  sqlite3_limit (db->handle, SQLITE_LIMIT_ATTACHED, 0);
  sqlite3_busy_timeout (db->handle, 1000);

  rc = sqlite3_exec (db->handle, pragmas, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      ita_db_set_error (db, rc, FALSE, error);
      return FALSE;
    }
  if (!read_only)
    {
      /* Neither pragma writes the file when it is already in this mode. */
      rc = sqlite3_exec (db->handle,
                         "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;",
                         NULL, NULL, NULL);
      if (rc != SQLITE_OK)
        {
          ita_db_set_error (db, rc, FALSE, error);
          return FALSE;
        }
    }
  return TRUE;
}

ItaDb *
ita_db_open (const char      *path,
             ItaDbOpenFlags   flags,
             GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  ItaDb *db;
  int sflags;
  int rc;

  db = g_new0 (ItaDb, 1);
  db->stmts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, stmt_finalize);
  if (flags & ITA_DB_OPEN_MEMORY)
    {
      db->name = g_strdup (path ? path : ":memory:");
      sflags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY;
      path = ":memory:";
    }
  else
    {
      db->name = g_filename_display_basename (path);
      if (flags & ITA_DB_OPEN_READ_ONLY)
        sflags = SQLITE_OPEN_READONLY;
      else if (flags & ITA_DB_OPEN_CREATE)
        sflags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
      else
        sflags = SQLITE_OPEN_READWRITE;
    }
  sflags |= SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE | SQLITE_OPEN_EXRESCODE;

  rc = sqlite3_open_v2 (path, &db->handle, sflags, NULL);
  if (rc != SQLITE_OK)
    {
      ita_db_set_error (db, rc, FALSE, error);
      ita_db_close (db);
      return NULL;
    }
  if (!configure (db, (flags & ITA_DB_OPEN_READ_ONLY) != 0, error))
    {
      ita_db_close (db);
      return NULL;
    }
  return db;
}

void
ita_db_close (ItaDb *db)
{
  if (db == NULL)
    return;
  g_clear_pointer (&db->stmts, g_hash_table_unref);
  if (db->handle != NULL)
    sqlite3_close_v2 (db->handle);
  g_free (db->name);
  g_free (db);
}

/* Statements --------------------------------------------------------- */

sqlite3_stmt *
ita_db_prepare (ItaDb       *db,
                const char  *sql,
                GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (db->stmts, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  rc = sqlite3_prepare_v3 (db->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      ita_db_set_error (db, rc, FALSE, error);
      return NULL;
    }
  g_hash_table_insert (db->stmts, (gpointer) sql, stmt);
  return stmt;
}

gboolean
ita_db_exec (ItaDb       *db,
             const char  *sql,
             gboolean     while_saving,
             GError     **error)
{
  int rc = sqlite3_exec (db->handle, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      ita_db_set_error (db, rc, while_saving, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
ita_db_step_done (ItaDb         *db,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      ita_db_set_error (db, rc, TRUE, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
query_int (ItaDb       *db,
           const char  *sql,
           int         *out,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db->handle, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *out = sqlite3_column_int (stmt, 0);
      sqlite3_finalize (stmt);
      return TRUE;
    }
  sqlite3_finalize (stmt);
  ita_db_set_error (db, rc, FALSE, error);
  return FALSE;
}

/* Checks ------------------------------------------------------------- */

gboolean
ita_db_check_identity (ItaDb   *db,
                       int     *out_version,
                       GError **error)
{
  int app_id = 0;
  int version = 0;
  int n_objects = 0;

  if (!query_int (db, "PRAGMA application_id", &app_id, error) ||
      !query_int (db, "PRAGMA user_version", &version, error) ||
      !query_int (db, "SELECT count(*) FROM sqlite_schema", &n_objects, error))
    return FALSE;

  if ((guint32) app_id != ITA_DB_APPLICATION_ID)
    {
      if (app_id == 0 && version == 0 && n_objects == 0)
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NOT_A_PROJECT,
                     _("“%s” is not an ITA Planner project (it is an empty database). "
                       "Choose a .ita file made by ITA Planner, or create a new project."),
                     db->name);
      else
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_OTHER_APPLICATION,
                     _("“%s” is not an ITA Planner project (it is another application’s "
                       "database). Choose a .ita file made by ITA Planner."),
                     db->name);
      return FALSE;
    }
  if (version > ITA_DB_SCHEMA_VERSION)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NEWER,
                   _("“%s” was made by a newer version of ITA Planner (schema %d; this version "
                     "reads up to %d). Update ITA Planner to open it."),
                   db->name, version, ITA_DB_SCHEMA_VERSION);
      return FALSE;
    }
  if (version < 1)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CORRUPT,
                   _("“%s” is an incomplete ITA Planner project (its creation was interrupted). "
                     "Create the project again."),
                   db->name);
      return FALSE;
    }
  *out_version = version;
  return TRUE;
}

gboolean
ita_db_check_health (ItaDb   *db,
                     GError **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *problem = NULL;
  int n_foreign = 0;
  int rc;

  rc = sqlite3_prepare_v2 (db->handle, "PRAGMA quick_check(1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      const char *result = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (result, "ok") != 0)
        problem = g_strdup (result ? result : "?");
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    {
      ita_db_set_error (db, rc, FALSE, error);
      return FALSE;
    }
  if (problem != NULL)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CORRUPT,
                   _("“%s” is damaged (%s). Open a backup copy of it, or the last copy you sent "
                     "or exported."),
                   db->name, problem);
      return FALSE;
    }

  /* This application creates tables and indexes only. A trigger or view
   * would run its own SQL on our writes: refuse the file. */
  if (!query_int (db, "SELECT count(*) FROM sqlite_schema WHERE type IN ('trigger', 'view')",
                  &n_foreign, error))
    return FALSE;
  if (n_foreign > 0)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CORRUPT,
                   _("“%s” contains database code that ITA Planner never writes (triggers or "
                     "views); it was changed by another program and is not opened. Ask the "
                     "sender for the original file."),
                   db->name);
      return FALSE;
    }
  return TRUE;
}

/* Migrations --------------------------------------------------------- */

static gboolean
run_step (ItaDb   *db,
          int      version,
          GError **error)
{
  g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d;", version);

  if (!ita_db_exec (db, "BEGIN IMMEDIATE", TRUE, error))
    return FALSE;
  if ((version == 1 &&
       !ita_db_exec (db, "PRAGMA application_id = 1230258481;", TRUE, error)) ||
      !ita_db_exec (db, schema_steps[version], TRUE, error) ||
      !ita_db_exec (db, bump, TRUE, error) ||
      !ita_db_exec (db, "COMMIT", TRUE, error))
    {
      sqlite3_exec (db->handle, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

G_STATIC_ASSERT (ITA_DB_APPLICATION_ID == 1230258481);

gboolean
ita_db_migrate_in_transaction (ItaDb   *db,
                               GError **error)
{
  g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d;", ITA_DB_SCHEMA_VERSION);

  if (!ita_db_exec (db, "PRAGMA application_id = 1230258481;", TRUE, error))
    return FALSE;
  for (int v = 1; v <= ITA_DB_SCHEMA_VERSION; v++)
    {
      if (!ita_db_exec (db, schema_steps[v], TRUE, error))
        return FALSE;
    }
  return ita_db_exec (db, bump, TRUE, error);
}

gboolean
ita_db_migrate (ItaDb   *db,
                int      from_version,
                GError **error)
{
  for (int v = from_version + 1; v <= ITA_DB_SCHEMA_VERSION; v++)
    {
      if (!run_step (db, v, error))
        return FALSE;
    }
  return TRUE;
}

/* Copies ------------------------------------------------------------- */

static gboolean
backup_pages (sqlite3  *src,
              sqlite3  *dest,
              int      *out_rc)
{
  sqlite3_backup *backup = sqlite3_backup_init (dest, "main", src, "main");
  int rc;

  if (backup == NULL)
    {
      *out_rc = sqlite3_errcode (dest);
      return FALSE;
    }
  do
    rc = sqlite3_backup_step (backup, -1);
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);
  *out_rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
  return rc == SQLITE_DONE;
}

gboolean
ita_db_copy_into (ItaDb   *src,
                  ItaDb   *dest,
                  GError **error)
{
  int rc;

  if (!backup_pages (src->handle, dest->handle, &rc))
    {
      ita_db_set_error (dest, rc, TRUE, error);
      return FALSE;
    }
  return TRUE;
}

static char *
temp_path_beside (const char *dest_path)
{
  g_autofree char *dir = g_path_get_dirname (dest_path);
  g_autofree char *base = g_path_get_basename (dest_path);
  g_autofree char *name = g_strdup_printf (".%s.%08x.tmp", base, g_random_int ());

  return g_build_filename (dir, name, NULL);
}

gboolean
ita_db_backup_to (ItaDb       *db,
                  const char  *dest_path,
                  GError     **error)
{
  g_autofree char *tmp_path = temp_path_beside (dest_path);
  g_autoptr(GFile) tmp = g_file_new_for_path (tmp_path);
  g_autoptr(GFile) dest = g_file_new_for_path (dest_path);
  g_autoptr(GError) local_error = NULL;
  ItaDb *copy;
  int rc;

  copy = ita_db_open (tmp_path, ITA_DB_OPEN_CREATE, error);
  if (copy == NULL)
    return FALSE;
  if (!backup_pages (db->handle, copy->handle, &rc))
    {
      g_free (copy->name);
      copy->name = g_filename_display_basename (dest_path);
      ita_db_set_error (copy, rc, FALSE, error);
      ita_db_close (copy);
      g_file_delete (tmp, NULL, NULL);
      return FALSE;
    }
  ita_db_close (copy);

  if (!g_file_move (tmp, dest, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NOFOLLOW_SYMLINKS,
                    NULL, NULL, NULL, &local_error))
    {
      g_autofree char *name = g_filename_display_basename (dest_path);

      g_file_delete (tmp, NULL, NULL);
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_FAILED,
                   _("The copy “%s” could not be written: %s."), name, local_error->message);
      return FALSE;
    }
  return TRUE;
}

int
ita_db_limit_pages_for_testing (ItaDb *db,
                                int    extra_pages)
{
  int count = 0;
  g_autofree char *sql = NULL;

  query_int (db, "PRAGMA page_count", &count, NULL);
  sql = g_strdup_printf ("PRAGMA max_page_count = %d", count + extra_pages);
  sqlite3_exec (db->handle, sql, NULL, NULL, NULL);
  return count;
}
