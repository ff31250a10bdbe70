/* ita-project-file.c: the files beside a project file
 *
 * SQLite keeps a transaction's undo information in "<file>-journal" (or,
 * for a file another program switched to WAL, "<file>-wal" and "-shm"),
 * named after the file's real path. A journal left by a crash is rolled
 * back onto whatever file has that name when it is next opened, so:
 *
 *  - a finished file is moved into place only when nothing lies beside
 *    its new name: the journal of the file it replaces is first rolled
 *    back onto that file, its own (ita_project_move_into_place);
 *  - an orphan journal (its file is gone) is removed before a new file
 *    takes the name;
 *  - a file in use by an ITA Planner (its lock is held) is never
 *    replaced.
 */
#define _DEFAULT_SOURCE 1  /* realpath */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "ita-project-private.h"

static const char * const beside_suffixes[] = { "-journal", "-wal", "-shm" };

/* Document portal ------------------------------------------------------- */

static char *portal_prefix_for_testing;

void
ita_project_set_portal_prefix_for_testing (const char *prefix)
{
  g_free (portal_prefix_for_testing);
  portal_prefix_for_testing = g_strdup (prefix);
}

/* The Flatpak document portal shows a file the user picked outside the
 * folders the sandbox may see as /run/user/UID/doc/ID/NAME (also
 * /run/flatpak/doc/…). Files created beside it there are private
 * temporaries of the sandbox: SQLite's journal would vanish, and with it
 * the file's crash safety; the lock would be seen by no one else. */
gboolean
ita_project_path_is_portal (const char *path)
{
  g_autofree char *canonical = g_canonicalize_filename (path, NULL);
  const char *rest;

  if (portal_prefix_for_testing != NULL)
    return g_str_has_prefix (canonical, portal_prefix_for_testing);
  if (g_str_has_prefix (canonical, "/run/flatpak/doc/"))
    return TRUE;
  if (!g_str_has_prefix (canonical, "/run/user/"))
    return FALSE;
  rest = canonical + strlen ("/run/user/");
  if (!g_ascii_isdigit (*rest))
    return FALSE;
  while (g_ascii_isdigit (*rest))
    rest++;
  return g_str_has_prefix (rest, "/doc/");
}

gboolean
ita_project_check_location (const char  *path,
                            GError     **error)
{
  g_autofree char *name = NULL;

  if (!ita_project_path_is_portal (path))
    return TRUE;
  name = g_filename_display_basename (path);
  g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_UNSAFE_LOCATION,
               _("“%s” was handed to ITA Planner through the document portal, where the files "
                 "that keep a project safe during a crash cannot be kept beside it, so it is not "
                 "changed there. Open it read-only, or save a copy in Documents, on the Desktop, "
                 "in Downloads or on a USB stick and work on the copy."),
               name);
  return FALSE;
}

char *
ita_project_real_path (const char *path)
{
#ifdef G_OS_UNIX
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  char *real = realpath (path, NULL);

  if (real != NULL)
    {
      char *copy = g_strdup (real);

      free (real);
      return copy;
    }
  /* the file does not exist (yet): its folder's real path */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  real = realpath (dir, NULL);
  if (real != NULL)
    {
      char *joined = g_build_filename (real, base, NULL);

      free (real);
      return joined;
    }
#endif
  return g_canonicalize_filename (path, NULL);
}

char *
ita_project_beside_path (const char *real_path,
                         const char *suffix)
{
  return g_strconcat (real_path, suffix, NULL);
}

char *
ita_project_identity_of (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ID_FILE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  const char *id = info ? g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE) : NULL;

  return g_strdup (id);
}

gboolean
ita_project_has_journal (const char *real_path)
{
  for (guint i = 0; i < 2; i++)   /* -journal, -wal (a -shm alone holds nothing) */
    {
      g_autofree char *beside = ita_project_beside_path (real_path, beside_suffixes[i]);

      if (g_file_test (beside, G_FILE_TEST_EXISTS))
        return TRUE;
    }
  return FALSE;
}

char *
ita_project_temp_path_beside (const char *path,
                              const char *suffix)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.%08x%s", base, g_random_int (), suffix);

  return g_build_filename (dir, name, NULL);
}

/* Lets SQLite roll the journal beside real_path back onto real_path (its
 * own file), or fold a WAL into it, by opening it once for writing. */
static void
settle_journal (const char *real_path)
{
  g_autoptr(GError) error = NULL;
  ItaDb *db = ita_db_open (real_path, 0, &error);

  if (db != NULL)
    ita_db_exec (db, "SELECT count(*) FROM sqlite_schema", FALSE, &error);
  if (error != NULL)
    g_debug ("%s: %s", real_path, error->message);
  ita_db_close (db);
}

static void
remove_orphans (const char *real_path)
{
  for (guint i = 0; i < G_N_ELEMENTS (beside_suffixes); i++)
    {
      g_autofree char *beside = ita_project_beside_path (real_path, beside_suffixes[i]);

      g_remove (beside);
    }
}

static gboolean
journal_refused (const char  *dest_path,
                 GError     **error)
{
  g_autofree char *name = g_filename_display_basename (dest_path);

  g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_BUSY,
               _("“%s” cannot be replaced now: a change to it is still unfinished (the file "
                 "“%s-journal” or “%s-wal” beside it). Close the program that has it open, or "
                 "open it once in ITA Planner so that the change is finished, then try again."),
               name, name, name);
  return FALSE;
}

gboolean
ita_project_move_into_place (const char  *tmp_path,
                             const char  *dest_path,
                             gboolean     replace,
                             GError     **error)
{
  g_autofree char *real = ita_project_real_path (dest_path);
  g_autofree char *name = g_filename_display_basename (dest_path);
  g_autoptr(GFile) tmp = g_file_new_for_path (tmp_path);
  g_autoptr(GFile) dest = g_file_new_for_path (real);
  g_autoptr(GError) local_error = NULL;
  ItaLock *held = NULL;
  gboolean exists = g_file_test (real, G_FILE_TEST_EXISTS);
  gboolean ok;

  if (exists && !g_file_test (real, G_FILE_TEST_IS_REGULAR))
    {
      /* a folder, a device (/dev/null), a pipe: never replaced by a file */
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CANT_OPEN,
                   _("“%s” is not a file. Choose a .ita file."), name);
      return FALSE;
    }
  if (exists && !replace)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_EXISTS,
                   _("“%s” already exists. Choose another name, or open it instead."), name);
      return FALSE;
    }
  if (exists)
    {
      /* Nobody may have it open for writing while it is replaced. */
      held = ita_lock_acquire_for_replace (real, error);
      if (held == NULL)
        return FALSE;
      if (ita_project_has_journal (real))
        settle_journal (real);
      if (ita_project_has_journal (real))
        {
          ita_lock_release (held);
          return journal_refused (dest_path, error);
        }
    }
  else
    remove_orphans (real);

  ok = g_file_move (tmp, dest,
                    (replace ? G_FILE_COPY_OVERWRITE : 0) | G_FILE_COPY_NOFOLLOW_SYMLINKS |
                    G_FILE_COPY_NO_FALLBACK_FOR_MOVE,
                    NULL, NULL, NULL, &local_error);
  ita_lock_release (held);
  if (!ok)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_DISK_FULL,
                     _("The disk is full, so “%s” could not be written; free some space and try "
                       "again."), name);
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
               g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_READ_ONLY,
                     _("“%s” cannot be written (the file or its folder is read-only). "
                       "Choose a folder you can write to."), name);
      else
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_FAILED,
                     _("“%s” could not be written: %s."), name, local_error->message);
      return FALSE;
    }
  return TRUE;
}
