/* ita-project-lock.c: the lock file beside an open project */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#ifdef G_OS_UNIX
# include <errno.h>
# include <signal.h>
# include <sys/types.h>
# include <unistd.h>
#else
# include <process.h>
#endif

#include "ita-project.h"
#include "ita-project-lock-private.h"

struct _ItaLock
{
  GFile *file;
  char  *contents;   /* what we wrote: the lock is ours while it is there */
};

typedef struct {
  char   *user;
  char   *host;
  gint64  pid;
  char   *time;      /* ISO 8601 */
} LockInfo;

static void
lock_info_clear (LockInfo *info)
{
  g_clear_pointer (&info->user, g_free);
  g_clear_pointer (&info->host, g_free);
  g_clear_pointer (&info->time, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LockInfo, lock_info_clear)

char *
ita_lock_path_for (const char *project_path)
{
  return g_strconcat (project_path, ".lock", NULL);
}

static gint64
current_pid (void)
{
#ifdef G_OS_UNIX
  return (gint64) getpid ();
#else
  return (gint64) _getpid ();
#endif
}

static char *
make_contents (void)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *time = g_date_time_format_iso8601 (now);

  g_key_file_set_string (key_file, "Lock", "User", g_get_user_name ());
  g_key_file_set_string (key_file, "Lock", "RealName", g_get_real_name ());
  g_key_file_set_string (key_file, "Lock", "Host", g_get_host_name ());
  g_key_file_set_int64 (key_file, "Lock", "Pid", current_pid ());
  g_key_file_set_string (key_file, "Lock", "Time", time);
  return g_key_file_to_data (key_file, NULL, NULL);
}

static gboolean
parse_contents (const char *contents,
                gsize       length,
                LockInfo   *info)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  if (!g_key_file_load_from_data (key_file, contents, length, G_KEY_FILE_NONE, NULL))
    return FALSE;
  info->user = g_key_file_get_string (key_file, "Lock", "User", NULL);
  info->host = g_key_file_get_string (key_file, "Lock", "Host", NULL);
  info->pid = g_key_file_get_int64 (key_file, "Lock", "Pid", &error);
  info->time = g_key_file_get_string (key_file, "Lock", "Time", NULL);
  return info->user != NULL && info->host != NULL && error == NULL && info->time != NULL;
}

static gboolean
process_is_gone (gint64 pid)
{
#ifdef G_OS_UNIX
  if (pid <= 0 || pid > G_MAXINT)
    return TRUE;
  if (pid == current_pid ())
    return FALSE;
  return kill ((pid_t) pid, 0) != 0 && errno == ESRCH;
#else
  return FALSE;  /* cannot tell: the age decides */
#endif
}

static gint64
file_age_seconds (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                            G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (info == NULL)
    return 0;
  modified = g_file_info_get_modification_date_time (info);
  if (modified == NULL)
    return 0;
  return g_date_time_difference (now, modified) / G_TIME_SPAN_SECOND;
}

static gboolean
lock_is_stale (GFile          *file,
               const LockInfo *info,
               gboolean        parsed)
{
  gint64 age = file_age_seconds (file);

  if (!parsed)
    return age > 10;  /* an unreadable lock older than a write takes */
  if (g_ascii_strcasecmp (info->host, g_get_host_name ()) == 0 && process_is_gone (info->pid))
    return TRUE;
  return age > ITA_LOCK_STALE_HOURS * 3600;
}

static char *
format_lock_time (const char *iso)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (iso, NULL);
  g_autoptr(GDateTime) local = NULL;

  if (time == NULL)
    return g_strdup (iso);
  local = g_date_time_to_local (time);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static void
set_locked_error (const char      *project_path,
                  const LockInfo  *info,
                  gboolean         parsed,
                  GError         **error)
{
  g_autofree char *name = g_filename_display_basename (project_path);

  if (!parsed)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_LOCKED,
                   _("“%s” is being opened by another ITA Planner right now. "
                     "Open it read-only, or try again in a moment."),
                   name);
    }
  else
    {
      g_autofree char *when = format_lock_time (info->time);

      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_LOCKED,
                   _("“%s” is open in ITA Planner by %s on %s since %s. "
                     "Open it read-only, or ask them to close it first."),
                   name, info->user, info->host, when);
    }
}

static void
set_io_error (const char  *project_path,
              GError      *io_error,
              GError     **error)
{
  g_autofree char *name = g_filename_display_basename (project_path);

  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
      g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_READ_ONLY,
                 _("The folder of “%s” cannot be written, so changes could not be saved. "
                   "Open it read-only, or copy it to a folder you can write to."),
                 name);
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_DISK_FULL,
                 _("The disk is full, so “%s” cannot be opened for writing; free some space "
                   "and try again."),
                 name);
  else
    g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_FAILED,
                 _("The lock file of “%s” could not be written: %s."),
                 name, io_error->message);
}

static gboolean
write_new (GFile       *file,
           const char  *contents,
           GError     **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;

  stream = g_file_create (file, G_FILE_CREATE_NONE, NULL, error);
  if (stream == NULL)
    return FALSE;
  if (!g_output_stream_write_all (G_OUTPUT_STREAM (stream), contents, strlen (contents),
                                  NULL, NULL, error) ||
      !g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error))
    {
      g_file_delete (file, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

ItaLock *
ita_lock_acquire (const char  *project_path,
                  gboolean     steal,
                  GError     **error)
{
  g_autofree char *path = ita_lock_path_for (project_path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = make_contents ();
  ItaLock *lock;

  for (int attempt = 0; ; attempt++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *existing = NULL;
      g_auto(LockInfo) info = { 0 };
      gsize length = 0;
      gboolean parsed;

      if (write_new (file, contents, &local_error))
        break;
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          set_io_error (project_path, local_error, error);
          return NULL;
        }
      if (attempt > 0)
        {
          set_locked_error (project_path, &info, FALSE, error);
          return NULL;
        }
      if (!g_file_load_contents (file, NULL, &existing, &length, NULL, NULL))
        continue;  /* removed meanwhile: try again */
      parsed = parse_contents (existing, length, &info);
      if (!steal && !lock_is_stale (file, &info, parsed))
        {
          set_locked_error (project_path, &info, parsed, error);
          return NULL;
        }
      g_clear_error (&local_error);
      if (!g_file_delete (file, NULL, &local_error) &&
          !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          set_io_error (project_path, local_error, error);
          return NULL;
        }
    }

  lock = g_new0 (ItaLock, 1);
  lock->file = g_steal_pointer (&file);
  lock->contents = g_steal_pointer (&contents);
  return lock;
}

void
ita_lock_release (ItaLock *lock)
{
  g_autofree char *existing = NULL;

  if (lock == NULL)
    return;
  if (g_file_load_contents (lock->file, NULL, &existing, NULL, NULL, NULL) &&
      g_str_equal (existing, lock->contents))
    g_file_delete (lock->file, NULL, NULL);
  g_object_unref (lock->file);
  g_free (lock->contents);
  g_free (lock);
}
