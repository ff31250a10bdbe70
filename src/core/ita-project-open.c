/* ita-project-open.c: a project file's life — checking what a file is
 * before SQLite reads it, opening (lock, quick check, migrations after a
 * backup), creating, saving a copy, and closing */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ita-project-private.h"

void
ita_project_close (ItaProject *self)
{
  g_return_if_fail (ITA_IS_PROJECT (self));

  if (self->db == NULL)
    return;
  if (self->in_edit)
    ita_project_abort_edit (self);
  g_clear_pointer (&self->db, ita_db_close);
  g_clear_pointer (&self->lock, ita_lock_release);
  ita_undo_reset (self->undo);
}

ItaFramework *
ita_project_load_edition (ItaDb   *db,
                          GError **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *origin = NULL;
  ItaFramework *edition;
  sqlite3_stmt *stmt;
  int rc;

  stmt = ita_db_prepare (db, "SELECT edition_id, json FROM edition WHERE id = 1", error);
  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      origin = g_strdup_printf ("%s (%s)", (const char *) sqlite3_column_text (stmt, 0), db->name);
      bytes = g_bytes_new (sqlite3_column_blob (stmt, 1), (gsize) sqlite3_column_bytes (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      ita_db_set_error (db, rc, FALSE, error);
      return NULL;
    }
  if (bytes == NULL)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CORRUPT,
                   _("“%s” is damaged (it has no framework edition). Open a backup copy of it."),
                   db->name);
      return NULL;
    }
  edition = ita_framework_new_from_bytes (bytes, origin, &local_error);
  if (edition == NULL)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CORRUPT,
                   _("The framework edition stored in “%s” cannot be read (%s). "
                     "Open a backup copy of it."),
                   db->name, local_error->message);
      return NULL;
    }
  return edition;
}

static gboolean
load_fiscal_year (ItaDb   *db,
                  int     *out,
                  GError **error)
{
  sqlite3_stmt *stmt;
  gint64 year = 0;
  int rc;

  stmt = ita_db_prepare (db, "SELECT value FROM meta WHERE name = 'fiscal_year'", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    year = g_ascii_strtoll ((const char *) sqlite3_column_text (stmt, 0), NULL, 10);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      ita_db_set_error (db, rc, FALSE, error);
      return FALSE;
    }
  if (year < 2500 || year > 3000)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CORRUPT,
                   _("“%s” is damaged (its fiscal year is missing). Open a backup copy of it."),
                   db->name);
      return FALSE;
    }
  *out = (int) year;
  return TRUE;
}

static char *
local_path (GFile   *file,
            GError **error)
{
  char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CANT_OPEN,
                   _("“%s” is not a local file. Copy it to this computer first."), uri);
    }
  return path;
}

/* Reads the first bytes ourselves so that SQLite never touches a file
 * that is not a database. */
static gboolean
sniff_file (const char  *path,
            GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = g_filename_display_basename (path);
  char header[16] = { 0 };
  gsize n_read = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NOT_FOUND,
                     _("“%s” does not exist. It may have been moved or renamed."), name);
      else
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CANT_OPEN,
                     _("“%s” could not be opened: %s."), name, local_error->message);
      return FALSE;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CANT_OPEN,
                   _("“%s” is not a file. Choose a .ita file."), name);
      return FALSE;
    }
  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), header, sizeof header, &n_read,
                                NULL, &local_error))
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CANT_OPEN,
                   _("“%s” could not be read: %s."), name, local_error->message);
      return FALSE;
    }
  if (n_read < sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NOT_A_PROJECT,
                   n_read == 0
                   ? _("“%s” is not an ITA Planner project (the file is empty). "
                       "Choose a .ita file made by ITA Planner.")
                   : _("“%s” is not an ITA Planner project (it is not a database file). "
                       "Choose a .ita file made by ITA Planner."),
                   name);
      return FALSE;
    }
  if (g_file_info_get_size (info) < 512)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CORRUPT,
                   _("“%s” is damaged (the file is cut short). Open a backup copy of it, or the "
                     "last copy you sent or exported."),
                   name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_writable (ItaDb   *db,
                GError **error)
{
  if (sqlite3_db_readonly (db->handle, "main") == 1)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_READ_ONLY,
                   _("“%s” is a read-only file, so changes could not be saved. "
                     "Open it read-only, or save a copy in a folder you can write to."),
                   db->name);
      return FALSE;
    }
  return TRUE;
}

/* A file of an older schema opened read-only is migrated in memory. */
static ItaDb *
migrate_in_memory (ItaDb   *db,
                   int      version,
                   GError **error)
{
  ItaDb *memory = ita_db_open (db->name, ITA_DB_OPEN_MEMORY, error);

  if (memory == NULL)
    return NULL;
  if (!ita_db_copy_into (db, memory, error) || !ita_db_migrate (memory, version, error))
    {
      ita_db_close (memory);
      return NULL;
    }
  return memory;
}

static gboolean
migrate_file (ItaDb       *db,
              const char  *path,
              int          version,
              GError     **error)
{
  g_autofree char *backup = g_strdup_printf ("%s.bak-v%d", path, version);

  if (!ita_db_backup_to (db, backup, error))
    return FALSE;
  return ita_db_migrate (db, version, error);
}

static ItaDb *
open_checked (const char           *path,
              ItaProjectOpenFlags   flags,
              ItaLock             **out_lock,
              GError              **error)
{
  gboolean read_only = (flags & (ITA_PROJECT_OPEN_READ_ONLY | ITA_PROJECT_OPEN_COMPARISON)) != 0;
  ItaDb *db;
  int version = 0;

  if (!sniff_file (path, error))
    return NULL;
  db = ita_db_open (path, read_only ? ITA_DB_OPEN_READ_ONLY : 0, error);
  if (db == NULL)
    return NULL;
  if (!ita_db_check_identity (db, &version, error) ||
      !ita_db_check_schema (db, version, error) ||
      (!read_only && !check_writable (db, error)))
    goto fail;
  if (!read_only)
    {
      *out_lock = ita_lock_acquire (path, (flags & ITA_PROJECT_OPEN_IGNORE_LOCK) != 0, error);
      if (*out_lock == NULL)
        goto fail;
    }
  if (!ita_db_check_health (db, FALSE, error))
    goto fail;
  if (version < ITA_DB_SCHEMA_VERSION)
    {
      if (read_only)
        {
          ItaDb *memory = migrate_in_memory (db, version, error);

          ita_db_close (db);
          return memory;
        }
      if (!migrate_file (db, path, version, error))
        goto fail;
    }
  return db;

fail:
  g_clear_pointer (out_lock, ita_lock_release);
  ita_db_close (db);
  return NULL;
}

static ItaProject *
project_new (GFile    *file,
             char     *path,
             ItaDb    *db,
             ItaLock  *lock,
             gboolean  read_only,
             GError  **error)
{
  g_autoptr(ItaProject) self = g_object_new (ITA_TYPE_PROJECT, NULL);

  self->file = g_object_ref (file);
  self->path = path;
  self->db = db;
  self->lock = lock;
  self->read_only = read_only;
  if (!load_fiscal_year (db, &self->fiscal_year, error))
    return NULL;
  self->edition = ita_project_load_edition (db, error);
  if (self->edition == NULL)
    return NULL;
  if (!read_only && !ita_undo_install (db, error))
    return NULL;
  return g_steal_pointer (&self);
}

ItaProject *
ita_project_open (GFile               *file,
                  ItaProjectOpenFlags  flags,
                  GError             **error)
{
  g_autofree char *path = NULL;
  ItaLock *lock = NULL;
  ItaDb *db;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  path = local_path (file, error);
  if (path == NULL)
    return NULL;
  db = open_checked (path, flags, &lock, error);
  if (db == NULL)
    return NULL;
  return project_new (file, g_steal_pointer (&path), db, lock,
                      (flags & (ITA_PROJECT_OPEN_READ_ONLY | ITA_PROJECT_OPEN_COMPARISON)) != 0,
                      error);
}

static gboolean
write_identity (ItaDb         *db,
                ItaFramework  *edition,
                int            fiscal_year,
                GError       **error)
{
  g_autofree char *year = g_strdup_printf ("%d", fiscal_year);
  GBytes *json = ita_framework_get_json (edition);
  sqlite3_stmt *stmt;

  stmt = ita_db_prepare (db, "INSERT INTO meta (name, value) VALUES (?1, ?2)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, "fiscal_year", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, year, -1, SQLITE_TRANSIENT);
  if (!ita_db_step_done (db, stmt, error))
    return FALSE;
  sqlite3_bind_text (stmt, 1, "created_by", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, "ITA Planner " PACKAGE_VERSION, -1, SQLITE_STATIC);
  if (!ita_db_step_done (db, stmt, error))
    return FALSE;

  stmt = ita_db_prepare (db, "INSERT INTO edition (id, edition_id, json) VALUES (1, ?1, ?2)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, ita_framework_get_id (edition), -1, SQLITE_TRANSIENT);
  sqlite3_bind_blob (stmt, 2, g_bytes_get_data (json, NULL), (int) g_bytes_get_size (json),
                     SQLITE_STATIC);
  return ita_db_step_done (db, stmt, error);
}

static gboolean
create_schema (ItaDb         *db,
               ItaFramework  *edition,
               int            fiscal_year,
               GError       **error)
{
  if (!ita_db_exec (db, "BEGIN IMMEDIATE", TRUE, error))
    return FALSE;
  /* Everything or nothing: a creation cut short leaves user_version 0. */
  if (!ita_db_migrate_in_transaction (db, error) ||
      !write_identity (db, edition, fiscal_year, error) ||
      !ita_db_exec (db, "COMMIT", TRUE, error))
    {
      sqlite3_exec (db->handle, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

static void
delete_created (const char *path)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  g_remove (path);
  g_remove (journal);
}

ItaProject *
ita_project_create (GFile         *file,
                    ItaFramework  *edition,
                    int            fiscal_year,
                    GError       **error)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  ItaLock *lock = NULL;
  ItaDb *db;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (ITA_IS_FRAMEWORK (edition), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  path = local_path (file, error);
  if (path == NULL)
    return NULL;
  name = g_filename_display_basename (path);
  if (fiscal_year == 0)
    fiscal_year = ita_framework_get_fiscal_year (edition);
  if (g_file_query_exists (file, NULL))
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_EXISTS,
                   _("“%s” already exists. Choose another name, or open it instead."), name);
      return NULL;
    }
  lock = ita_lock_acquire (path, FALSE, error);
  if (lock == NULL)
    return NULL;
  db = ita_db_open (path, ITA_DB_OPEN_CREATE, error);
  if (db == NULL || !create_schema (db, edition, fiscal_year, error))
    {
      ita_db_close (db);
      delete_created (path);
      ita_lock_release (lock);
      return NULL;
    }
  return project_new (file, g_steal_pointer (&path), db, lock, FALSE, error);
}

gboolean
ita_project_save_copy (ItaProject  *self,
                       GFile       *dest,
                       GError     **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (dest), FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  path = local_path (dest, error);
  if (path == NULL)
    return FALSE;
  if (g_file_equal (dest, self->file))
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_EXISTS,
                   _("A copy cannot replace the project itself. Choose another name."));
      return FALSE;
    }
  return ita_db_backup_to (self->db, path, error);
}

