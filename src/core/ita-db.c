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
  /* 3: the officer's words for the documents (ita-project-texts.c) */
  "CREATE TABLE text (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);",
  /* 4: the project's own suggested measures (its copy of the library:
   * edited, added or hidden entries, docs/measures-library.md); the
   * limitation kinds area and economy-culture (an older build reads an
   * unknown kind as "other" and would rewrite it so: it refuses schema 4).
   * A kind no build writes becomes "other". */
  "CREATE TABLE suggestion (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL,"
  "  hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)), json TEXT NOT NULL DEFAULT '');"
  "UPDATE limitation SET kind = 'other' WHERE kind NOT IN ('none', 'personnel', 'budget',"
  "  'technology', 'area', 'economy-culture', 'time', 'other');",
  /* 5: the last link check of each evidence URL of an OIT item (issue 13);
   * not recorded for undo (results are observations, not edits) */
  "CREATE TABLE url_check (item TEXT NOT NULL, url TEXT NOT NULL,"
  "  checked_at TEXT NOT NULL, outcome TEXT NOT NULL,"
  "  http_status INTEGER NOT NULL DEFAULT 0 CHECK (http_status BETWEEN 0 AND 999),"
  "  final_url TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '',"
  "  PRIMARY KEY (item, url));",
  /* 6: more than one responsible unit per OIT checklist item (seed 002
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

/* Every SQLite result is told in our words: SQLite's own text (English,
 * about its internals) never reaches the user; it goes to the debug log. */
void
ita_db_set_error (ItaDb     *db,
                  int        rc,
                  gboolean   while_saving,
                  GError   **error)
{
  const char *name = db->name;

  g_debug ("%s: SQLite %d: %s", name, rc,
           db->handle ? sqlite3_errmsg (db->handle) : sqlite3_errstr (rc));
  switch (rc)
    {
    case SQLITE_READONLY_ROLLBACK:
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NEEDS_RECOVERY,
                   _("“%s” was not closed properly: a change was being saved when ITA Planner or "
                     "the computer stopped, and that change must be undone before the file can be "
                     "read. Open it once in ITA Planner for writing (not read-only), then try "
                     "again."),
                   name);
      return;
    case SQLITE_READONLY_DBMOVED:
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_REPLACED,
                   _("“%s” was moved, deleted or replaced by another program while it was open, so "
                     "changes can no longer be saved into it. Save a copy to keep what you see, or "
                     "open the file again."),
                   name);
      return;
    case SQLITE_IOERR_NOMEM:
      rc = SQLITE_NOMEM;
      break;
    default:
      break;
    }

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
    case SQLITE_AUTH:
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
                   _("“%s” could not be opened. Check that the file and its folder exist and that "
                     "you may read and write them."),
                   name);
      break;
    case SQLITE_NOTADB:
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NOT_A_PROJECT,
                   _("“%s” is not an ITA Planner project (it is not a database file). "
                     "Choose a .ita file made by ITA Planner."),
                   name);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CORRUPT,
                   _("“%s” is damaged: parts of it cannot be read back as they were written. "
                     "Open a backup copy of it, or the last copy you sent or exported."),
                   name);
      break;
    case SQLITE_IOERR:
      if (while_saving)
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_FAILED,
                     _("The disk or the network did not let “%s” be written, so the change was "
                       "not saved. Check that the USB stick or the shared folder is still there, "
                       "then try again."),
                     name);
      else
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_FAILED,
                     _("The disk or the network did not let “%s” be read. Check that the USB "
                       "stick or the shared folder is still there, then try again."),
                     name);
      break;
    case SQLITE_NOMEM:
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_FAILED,
                   _("There was not enough memory to work on “%s”; close other programs and try "
                     "again."),
                   name);
      break;
    case SQLITE_TOOBIG:
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_TOO_LARGE,
                   _("A value is too large to be kept in “%s” (docs/limits.md)."), name);
      break;
    default:
      /* SQL, constraint or schema errors: the file does not hold what this
       * version wrote, or ITA Planner has a bug. The code identifies it in
       * a report. */
      if (while_saving)
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_FAILED,
                     _("“%s” could not be saved: it does not hold what ITA Planner expects "
                       "(error %d). The change was not saved; save a copy and report the "
                       "problem with it."),
                     name, rc);
      else
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_FAILED,
                     _("“%s” could not be read: it does not hold what ITA Planner expects (error "
                       "%d). Open a backup copy of it, or report the problem with the file."),
                     name, rc);
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
  return TRUE;
}

gboolean
ita_db_prepare_writing (ItaDb   *db,
                        GError **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean is_delete = FALSE;
  int rc;

  /* Writes only a file another program switched to WAL. */
  rc = sqlite3_prepare_v2 (db->handle, "PRAGMA journal_mode = DELETE", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    is_delete = g_ascii_strcasecmp ((const char *) sqlite3_column_text (stmt, 0), "delete") == 0;
  sqlite3_finalize (stmt);
  if (rc == SQLITE_ROW && !is_delete)
    rc = SQLITE_BUSY;   /* another connection keeps it in WAL mode */
  if (rc == SQLITE_ROW)
    rc = sqlite3_exec (db->handle, "PRAGMA synchronous = FULL", NULL, NULL, NULL);
  if (rc != SQLITE_OK && rc != SQLITE_ROW)
    {
      ita_db_set_error (db, rc, FALSE, error);
      return FALSE;
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
  if (!configure (db, error))
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

static gboolean
identity_ok (const char  *name,
             guint32      app_id,
             int          version,
             gboolean     empty,
             int         *out_version,
             GError     **error)
{
  if (app_id != ITA_DB_APPLICATION_ID)
    {
      if (app_id == 0 && version == 0 && empty)
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NOT_A_PROJECT,
                     _("“%s” is not an ITA Planner project (it is an empty database). "
                       "Choose a .ita file made by ITA Planner, or create a new project."),
                     name);
      else
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_OTHER_APPLICATION,
                     _("“%s” is not an ITA Planner project (it is another application’s "
                       "database). Choose a .ita file made by ITA Planner."),
                     name);
      return FALSE;
    }
  if (version > ITA_DB_SCHEMA_VERSION)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NEWER,
                   _("“%s” was made by a newer version of ITA Planner (schema %d; this version "
                     "reads up to %d). Update ITA Planner to open it."),
                   name, version, ITA_DB_SCHEMA_VERSION);
      return FALSE;
    }
  if (version < 1)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CORRUPT,
                   _("“%s” is an incomplete ITA Planner project (its creation was interrupted). "
                     "Create the project again."),
                   name);
      return FALSE;
    }
  *out_version = version;
  return TRUE;
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

gboolean
ita_db_check_header (const char    *name,
                     const guint8  *header,
                     gboolean       read_only,
                     GError       **error)
{
  guint32 app_id = read_be32 (header + 68);
  int version = (int) read_be32 (header + 60);
  /* page 1 is the schema table: a leaf (0x0d) with no cells when empty */
  gboolean empty = header[100] == 0x0d && header[103] == 0 && header[104] == 0;
  int unused;

  if (!identity_ok (name, app_id, version, empty, &unused, error))
    return FALSE;
  if (read_only && (header[18] == 2 || header[19] == 2))
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NEEDS_RECOVERY,
                   _("“%s” was switched by another program to a way of saving that ITA Planner "
                     "does not use (a WAL journal), and reading it would write files beside it. "
                     "Open it once for writing, so that ITA Planner puts it back, then try again."),
                   name);
      return FALSE;
    }
  return TRUE;
}

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
  return identity_ok (db->name, (guint32) app_id, version, n_objects == 0, out_version, error);
}

gboolean
ita_db_check_health (ItaDb    *db,
                     gboolean  full,
                     GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean damaged = FALSE;
  int rc;

  rc = sqlite3_prepare_v2 (db->handle, full ? "PRAGMA integrity_check(1)" : "PRAGMA quick_check(1)",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      const char *result = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (result, "ok") != 0)
        {
          g_debug ("%s: %s: %s", db->name, full ? "integrity_check" : "quick_check", result);
          damaged = TRUE;
        }
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    {
      ita_db_set_error (db, rc, FALSE, error);
      return FALSE;
    }
  if (damaged)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CORRUPT,
                   _("“%s” is damaged: parts of it cannot be read back as they were written. "
                     "Open a backup copy of it, or the last copy you sent or exported."),
                   db->name);
      return FALSE;
    }
  return TRUE;
}

/* The schema ---------------------------------------------------------- */

typedef struct {
  char *type;
  char *name;
  char *table;
  char *sql;
} SchemaObject;

static void
schema_object_free (SchemaObject *o)
{
  g_free (o->type);
  g_free (o->name);
  g_free (o->table);
  g_free (o->sql);
  g_free (o);
}

static int
compare_objects (gconstpointer a,
                 gconstpointer b)
{
  const SchemaObject *oa = *(SchemaObject * const *) a;
  const SchemaObject *ob = *(SchemaObject * const *) b;
  int c = g_strcmp0 (oa->type, ob->type);

  return c != 0 ? c : g_strcmp0 (oa->name, ob->name);
}

/* Every object of sqlite_schema, sorted by type and name. */
static GPtrArray *
read_schema (sqlite3 *handle,
             int     *out_rc)
{
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func ((GDestroyNotify) schema_object_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (handle, "SELECT type, name, tbl_name, sql FROM main.sqlite_schema",
                           -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SchemaObject *o = g_new0 (SchemaObject, 1);

      o->type = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      o->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      o->table = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      o->sql = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      g_ptr_array_add (objects, o);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  *out_rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
  if (*out_rc != SQLITE_OK)
    return NULL;
  g_ptr_array_sort (objects, compare_objects);
  return g_steal_pointer (&objects);
}

/* The schema steps 1 … version write, read back from a private in-memory
 * database once per version. */
static GPtrArray *
expected_schema (int version)
{
  static GPtrArray *cache[ITA_DB_SCHEMA_VERSION + 1];
  G_LOCK_DEFINE_STATIC (cache);
  GPtrArray *objects;

  G_LOCK (cache);
  if (cache[version] == NULL)
    {
      sqlite3 *handle = NULL;
      int rc = sqlite3_open_v2 (":memory:", &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, NULL);

      for (int v = 1; rc == SQLITE_OK && v <= version; v++)
        rc = sqlite3_exec (handle, schema_steps[v], NULL, NULL, NULL);
      if (rc == SQLITE_OK)
        cache[version] = read_schema (handle, &rc);
      sqlite3_close (handle);
      g_assert (cache[version] != NULL);
    }
  objects = cache[version];
  G_UNLOCK (cache);
  return objects;
}

static gboolean
schema_error (ItaDb       *db,
              const char  *what,
              GError     **error)
{
  g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CORRUPT,
               _("“%s” was changed by another program (%s), so it is not opened and nothing "
                 "in it is run. Ask the sender for the original file, or open a backup copy."),
               db->name, what);
  return FALSE;
}

gboolean
ita_db_check_schema (ItaDb   *db,
                     int      version,
                     GError **error)
{
  g_autoptr(GPtrArray) found = NULL;
  GPtrArray *expected;
  int rc;

  g_return_val_if_fail (version >= 1 && version <= ITA_DB_SCHEMA_VERSION, FALSE);

  found = read_schema (db->handle, &rc);
  if (found == NULL)
    {
      ita_db_set_error (db, rc, FALSE, error);
      return FALSE;
    }
  expected = expected_schema (version);
  for (guint i = 0, j = 0; i < found->len || j < expected->len; )
    {
      SchemaObject *f = i < found->len ? g_ptr_array_index (found, i) : NULL;
      SchemaObject *e = j < expected->len ? g_ptr_array_index (expected, j) : NULL;
      int c = f == NULL ? 1 : e == NULL ? -1 : compare_objects (&f, &e);

      if (c < 0)
        {
          /* An object this application never creates. */
          if (g_strcmp0 (f->type, "trigger") == 0 || g_strcmp0 (f->type, "view") == 0)
            return schema_error (db, _("it holds database code, a trigger or a view, that ITA "
                                       "Planner never writes"), error);
          return schema_error (db, _("it holds a table or index that ITA Planner never writes"),
                               error);
        }
      if (c > 0)
        {
          g_autofree char *what = g_strdup_printf (_("the table or index “%s” is missing"), e->name);

          return schema_error (db, what, error);
        }
      if (g_strcmp0 (f->table, e->table) != 0 || g_strcmp0 (f->sql, e->sql) != 0)
        {
          g_autofree char *what = g_strdup_printf (_("the table or index “%s” was altered"), e->name);

          return schema_error (db, what, error);
        }
      i++;
      j++;
    }
  return TRUE;
}

char *
ita_db_quote_identifier (const char *name)
{
  GString *quoted = g_string_new ("\"");

  for (const char *p = name; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (quoted, '"');
      g_string_append_c (quoted, *p);
    }
  g_string_append_c (quoted, '"');
  return g_string_free (quoted, FALSE);
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

gboolean
ita_db_backup_to_new (ItaDb       *db,
                      const char  *path,
                      const char  *display_name,
                      GError     **error)
{
  ItaDb *copy;
  int rc;

  copy = ita_db_open (path, ITA_DB_OPEN_CREATE, error);
  if (copy == NULL)
    return FALSE;
  g_free (copy->name);
  copy->name = g_strdup (display_name);
  if (!ita_db_prepare_writing (copy, error))
    {
      ita_db_close (copy);
      return FALSE;
    }
  if (!backup_pages (db->handle, copy->handle, &rc))
    {
      ita_db_set_error (copy, rc, TRUE, error);
      ita_db_close (copy);
      return FALSE;
    }
  ita_db_close (copy);
  return TRUE;
}

gboolean
ita_db_data_version (ItaDb   *db,
                     gint64  *out,
                     GError **error)
{
  int v = 0;

  if (!query_int (db, "PRAGMA main.data_version", &v, error))
    return FALSE;
  *out = v;
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
