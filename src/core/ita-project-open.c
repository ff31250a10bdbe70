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
  ita_project_external_stop (self);
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
 * that is not a database, nor writes into one that is not a project. */
static gboolean
sniff_file (const char  *path,
            gboolean     read_only,
            GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = g_filename_display_basename (path);
  guint8 header[ITA_DB_HEADER_SIZE] = { 0 };
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
  if (n_read < 16 || memcmp (header, "SQLite format 3", 16) != 0)
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
  if (n_read < sizeof header || g_file_info_get_size (info) < 512)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CORRUPT,
                   _("“%s” is damaged (the file is cut short). Open a backup copy of it, or the "
                     "last copy you sent or exported."),
                   name);
      return FALSE;
    }
  return ita_db_check_header (name, header, read_only, error);
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

/* A copy of db at dest_path (replacing it), written beside it and moved
 * into place when complete. */
static gboolean
write_copy (ItaDb       *db,
            const char  *dest_path,
            GError     **error)
{
  g_autofree char *tmp = ita_project_temp_path_beside (dest_path, ".tmp");
  g_autofree char *tmp_journal = g_strconcat (tmp, "-journal", NULL);
  g_autofree char *name = g_filename_display_basename (dest_path);

  if (ita_db_backup_to_new (db, tmp, name, error) &&
      ita_project_move_into_place (tmp, dest_path, TRUE, error))
    return TRUE;
  g_remove (tmp);
  g_remove (tmp_journal);
  return FALSE;
}

static gboolean
migrate_file (ItaDb       *db,
              const char  *path,
              int          version,
              GError     **error)
{
  g_autofree char *backup = g_strdup_printf ("%s.bak-v%d", path, version);

  if (!write_copy (db, backup, error))
    return FALSE;
  return ita_db_migrate (db, version, error);
}

/* Before SQLite rolls back a journal it finds beside a file, the file as
 * it is is copied aside (hidden); if the file does not pass the full
 * check afterwards the copy is kept as "<file>.before-recovery". */
typedef struct {
  char     *path;        /* the project */
  char     *snapshot;    /* the hidden copy, NULL when none was needed */
} Recovery;

static gboolean
recovery_prepare (Recovery    *r,
                  const char  *path,
                  GError     **error)
{
  g_autofree char *real = ita_project_real_path (path);
  g_autoptr(GFile) from = g_file_new_for_path (real);
  g_autoptr(GFile) to = NULL;
  g_autoptr(GError) local_error = NULL;

  r->path = g_strdup (path);
  if (!ita_project_has_journal (real))
    return TRUE;
  r->snapshot = ita_project_temp_path_beside (real, ".before-recovery");
  to = g_file_new_for_path (r->snapshot);
  if (!g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &local_error))
    {
      g_autofree char *name = g_filename_display_basename (path);

      g_clear_pointer (&r->snapshot, g_free);
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_DISK_FULL,
                     _("“%s” has an unfinished change to undo, and the disk is too full to keep "
                       "a copy of the file first; free some space and try again."), name);
      else
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_FAILED,
                     _("“%s” has an unfinished change to undo, and a copy of the file could not "
                       "be kept first: %s."), name, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* TRUE when a journal was there and SQLite has rolled it back. */
static gboolean
recovery_happened (Recovery *r)
{
  g_autofree char *real = NULL;

  if (r->snapshot == NULL)
    return FALSE;
  real = ita_project_real_path (r->path);
  return !ita_project_has_journal (real);
}

/* After a failed check: keeps the copy and says where. */
static void
recovery_keep (Recovery  *r,
               GError   **error)
{
  g_autofree char *kept = NULL;
  g_autofree char *name = NULL;
  g_autofree char *kept_name = NULL;

  if (r->snapshot == NULL || error == NULL || *error == NULL ||
      !g_error_matches (*error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CORRUPT) ||
      !recovery_happened (r))
    return;
  kept = g_strconcat (r->path, ".before-recovery", NULL);
  if (g_rename (r->snapshot, kept) != 0)
    return;
  name = g_filename_display_basename (r->path);
  kept_name = g_filename_display_basename (kept);
  g_clear_pointer (&r->snapshot, g_free);
  g_clear_error (error);
  g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CORRUPT,
               _("“%s” was found with an unfinished change beside it (a journal file), and undoing "
                 "that change damaged it: the journal was probably not its own. The file as it "
                 "was before is kept as “%s”: open that copy, or a backup copy."),
               name, kept_name);
}

static void
recovery_clear (Recovery *r)
{
  if (r->snapshot != NULL)
    g_remove (r->snapshot);
  g_clear_pointer (&r->snapshot, g_free);
  g_clear_pointer (&r->path, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Recovery, recovery_clear)

static ItaDb *
open_checked (const char           *path,
              ItaProjectOpenFlags   flags,
              ItaLock             **out_lock,
              GError              **error)
{
  gboolean read_only = (flags & (ITA_PROJECT_OPEN_READ_ONLY | ITA_PROJECT_OPEN_COMPARISON)) != 0;
  g_auto(Recovery) recovery = { 0 };
  ItaDb *db;
  int version = 0;

  if (!sniff_file (path, read_only, error) ||
      (!read_only && !ita_project_check_location (path, error)))
    return NULL;
  if (!read_only && !recovery_prepare (&recovery, path, error))
    return NULL;
  db = ita_db_open (path, read_only ? ITA_DB_OPEN_READ_ONLY : 0, error);
  if (db == NULL)
    return NULL;
  if (!ita_db_check_identity (db, &version, error) ||
      !ita_db_check_schema (db, version, error) ||
      (version == ITA_DB_SCHEMA_VERSION && !ita_project_check_stored_limits (db, error)) ||
      (!read_only && !check_writable (db, error)))
    goto fail;
  if (!read_only)
    {
      *out_lock = ita_lock_acquire (path, (flags & ITA_PROJECT_OPEN_IGNORE_LOCK) != 0, error);
      if (*out_lock == NULL)
        goto fail;
    }
  if (!ita_db_check_health (db, recovery_happened (&recovery), error) ||
      (!read_only && !ita_db_prepare_writing (db, error)))
    goto fail;
  if (version < ITA_DB_SCHEMA_VERSION)
    {
      if (read_only)
        {
          ItaDb *memory = migrate_in_memory (db, version, error);

          ita_db_close (db);
          if (memory != NULL && !ita_project_check_stored_limits (memory, error))
            g_clear_pointer (&memory, ita_db_close);
          return memory;
        }
      if (!migrate_file (db, path, version, error) ||
          !ita_project_check_stored_limits (db, error))
        goto fail;
    }
  return db;

fail:
  ita_db_close (db);
  g_clear_pointer (out_lock, ita_lock_release);
  recovery_keep (&recovery, error);
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
  ita_project_external_init (self);
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

/* The temporary file's project, filled through fill. */
static gboolean
fill_temporary (ItaDb               *db,
                const char          *tmp_path,
                ItaProjectFillFunc   fill,
                gpointer             data,
                GError             **error)
{
  g_autoptr(GFile) tmp = g_file_new_for_path (tmp_path);
  g_autoptr(ItaProject) building = project_new (tmp, g_strdup (tmp_path), db, NULL, FALSE, error);

  if (building == NULL)
    return FALSE;
  if (!ita_project_fill_new (building, fill, data, error))
    return FALSE;
  ita_project_close (building);
  return TRUE;
}

ItaProject *
ita_project_build (GFile               *dest,
                   ItaFramework        *edition,
                   int                  fiscal_year,
                   gboolean             replace,
                   ItaProjectFillFunc   fill,
                   gpointer             data,
                   GError             **error)
{
  g_autofree char *path = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *name = NULL;
  ItaDb *db;

  path = local_path (dest, error);
  if (path == NULL)
    return NULL;
  name = g_filename_display_basename (path);
  if (fiscal_year == 0)
    fiscal_year = ita_framework_get_fiscal_year (edition);
  if (!ita_project_check_location (path, error))
    return NULL;
  if (!replace && g_file_query_exists (dest, NULL))
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_EXISTS,
                   _("“%s” already exists. Choose another name, or open it instead."), name);
      return NULL;
    }

  tmp_path = ita_project_temp_path_beside (path, ".tmp");
  db = ita_db_open (tmp_path, ITA_DB_OPEN_CREATE, error);
  if (db != NULL)
    {
      g_free (db->name);
      db->name = g_strdup (name);
    }
  if (db == NULL || !ita_db_prepare_writing (db, error) ||
      !create_schema (db, edition, fiscal_year, error))
    {
      ita_db_close (db);
      delete_created (tmp_path);
      return NULL;
    }
  if (fill == NULL)
    ita_db_close (db);
  else if (!fill_temporary (db, tmp_path, fill, data, error))
    {
      delete_created (tmp_path);
      return NULL;
    }
  if (!ita_project_move_into_place (tmp_path, path, replace, error))
    {
      delete_created (tmp_path);
      return NULL;
    }
  return ita_project_open (dest, ITA_PROJECT_OPEN_DEFAULT, error);
}

ItaProject *
ita_project_create (GFile         *file,
                    ItaFramework  *edition,
                    int            fiscal_year,
                    GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (ITA_IS_FRAMEWORK (edition), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return ita_project_build (file, edition, fiscal_year, FALSE, NULL, NULL, error);
}

typedef struct {
  const ItaAgency *agency;
  ItaScores       *scores;
} Contents;

static gboolean
fill_contents (ItaProject  *self,
               gpointer     data,
               GError     **error)
{
  Contents *c = data;

  return (c->agency == NULL || ita_project_write_agency (self, c->agency, error)) &&
         (c->scores == NULL || ita_project_write_scores (self, c->scores, error));
}

ItaProject *
ita_project_create_with (GFile            *file,
                         ItaFramework     *edition,
                         int               fiscal_year,
                         const ItaAgency  *agency,
                         ItaScores        *scores,
                         GError          **error)
{
  Contents contents = { agency, scores };

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (ITA_IS_FRAMEWORK (edition), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return ita_project_build (file, edition, fiscal_year, FALSE, fill_contents, &contents, error);
}

/* dest_path names the very file this project has open (a link to it). */
static gboolean
is_same_file (ItaProject *self,
              const char *dest_path)
{
  g_autofree char *identity = ita_project_identity_of (dest_path);

  return identity != NULL && g_strcmp0 (identity, self->identity) == 0;
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
  if (g_file_equal (dest, self->file) || is_same_file (self, path))
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_EXISTS,
                   _("A copy cannot replace the project itself. Choose another name."));
      return FALSE;
    }
  return write_copy (self->db, path, error);
}

