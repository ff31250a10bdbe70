/* ita-project-lock.c: one writer per project file (see the header) */
#define _GNU_SOURCE 1  /* F_OFD_SETLK */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#ifdef G_OS_UNIX
# include <errno.h>
# include <fcntl.h>
# include <signal.h>
# include <sys/file.h>
# include <sys/types.h>
# include <unistd.h>
#else
# include <process.h>
# include <windows.h>
#endif

#include "ita-project-private.h"

/* The byte locked: inside the page SQLite reserves for its own locks
 * (the "lock-byte page" at 1 GiB, never read or written), past the 512
 * bytes it locks itself. */
#define LOCK_BYTE G_GINT64_CONSTANT (0x40000800)

typedef enum {
  OS_LOCK_TAKEN,        /* we hold it */
  OS_LOCK_HELD,         /* another open file (process, or this one) holds it */
  OS_LOCK_UNSUPPORTED,  /* the file system has no such locks */
} OsLock;

struct _ItaLock
{
  GFile  *file;       /* the lock file, NULL when none was written */
  char   *contents;   /* what we wrote: the lock file is ours while it is there */
#ifdef G_OS_UNIX
  int     fd;         /* on the project file, holding the OS lock; -1 for none */
#else
  HANDLE  handle;     /* INVALID_HANDLE_VALUE for none */
#endif
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
  g_autofree char *real = ita_project_real_path (project_path);

  return ita_project_beside_path (real, ".lock");
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
  HANDLE process;
  gboolean gone;

  if (pid <= 0 || pid > G_MAXUINT32)
    return TRUE;
  if (pid == current_pid ())
    return FALSE;
  process = OpenProcess (SYNCHRONIZE, FALSE, (DWORD) pid);
  if (process == NULL)
    return GetLastError () == ERROR_INVALID_PARAMETER;   /* no such process */
  gone = WaitForSingleObject (process, 0) == WAIT_OBJECT_0;
  CloseHandle (process);
  return gone;
#endif
}

/* The OS lock ----------------------------------------------------------- */

#ifdef G_OS_UNIX
static void
os_lock_drop (ItaLock *lock)
{
  if (lock->fd >= 0)
    close (lock->fd);   /* after SQLite closed the file: see the header */
  lock->fd = -1;
}

static OsLock
os_lock_take (ItaLock     *lock,
              const char  *real_path,
              gboolean     exclusive,
              GError     **error)
{
  struct flock fl = { 0 };
  int saved;
  int rc;

  lock->fd = g_open (real_path, (exclusive ? O_RDWR : O_RDONLY) | O_CLOEXEC, 0);
  if (lock->fd < 0)
    {
      saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s", g_strerror (saved));
      return OS_LOCK_UNSUPPORTED;
    }
  fl.l_type = exclusive ? F_WRLCK : F_RDLCK;
  fl.l_whence = SEEK_SET;
  fl.l_start = (off_t) LOCK_BYTE;
  fl.l_len = 1;
# ifdef F_OFD_SETLK
  rc = fcntl (lock->fd, F_OFD_SETLK, &fl);
# else
  rc = flock (lock->fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB);
# endif
  if (rc == 0)
    return OS_LOCK_TAKEN;
  saved = errno;
  os_lock_drop (lock);
  if (saved == EAGAIN || saved == EACCES || saved == EWOULDBLOCK)
    return OS_LOCK_HELD;
  g_debug ("%s: no file locks here (%s): the lock file decides", real_path, g_strerror (saved));
  return OS_LOCK_UNSUPPORTED;
}
#else
static void
os_lock_drop (ItaLock *lock)
{
  if (lock->handle != INVALID_HANDLE_VALUE)
    CloseHandle (lock->handle);   /* the lock goes with the handle */
  lock->handle = INVALID_HANDLE_VALUE;
}

static OsLock
os_lock_take (ItaLock     *lock,
              const char  *real_path,
              gboolean     exclusive,
              GError     **error)
{
  g_autofree gunichar2 *wpath = g_utf8_to_utf16 (real_path, -1, NULL, NULL, NULL);
  OVERLAPPED overlapped = { 0 };
  DWORD code;

  lock->handle = wpath == NULL ? INVALID_HANDLE_VALUE
                 : CreateFileW ((LPCWSTR) wpath, GENERIC_READ | (exclusive ? GENERIC_WRITE : 0),
                                FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL,
                                OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
  if (lock->handle == INVALID_HANDLE_VALUE)
    {
      code = GetLastError ();
      g_set_error (error, G_IO_ERROR,
                   code == ERROR_ACCESS_DENIED ? G_IO_ERROR_PERMISSION_DENIED
                   : code == ERROR_FILE_NOT_FOUND ? G_IO_ERROR_NOT_FOUND : G_IO_ERROR_FAILED,
                   "%s", g_win32_error_message (code));
      return OS_LOCK_UNSUPPORTED;
    }
  overlapped.Offset = (DWORD) (LOCK_BYTE & 0xffffffff);
  overlapped.OffsetHigh = (DWORD) (LOCK_BYTE >> 32);
  if (LockFileEx (lock->handle, (exclusive ? LOCKFILE_EXCLUSIVE_LOCK : 0) | LOCKFILE_FAIL_IMMEDIATELY,
                  0, 1, 0, &overlapped))
    return OS_LOCK_TAKEN;
  code = GetLastError ();
  os_lock_drop (lock);
  if (code == ERROR_LOCK_VIOLATION || code == ERROR_IO_PENDING || code == ERROR_SHARING_VIOLATION)
    return OS_LOCK_HELD;
  return OS_LOCK_UNSUPPORTED;
}
#endif

static ItaLock *
lock_new (void)
{
  ItaLock *lock = g_new0 (ItaLock, 1);

#ifdef G_OS_UNIX
  lock->fd = -1;
#else
  lock->handle = INVALID_HANDLE_VALUE;
#endif
  return lock;
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

  if (info == NULL)
    {
      /* the file's own lock is held, and no lock file by this name says
       * by whom: it was opened under another name or through a link */
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_LOCKED,
                   _("“%s” is open in another ITA Planner (perhaps under another name, or through "
                     "a link or another folder). Open it read-only, or close it there first."),
                   name);
    }
  else if (!parsed)
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

/* Reads the lock file; FALSE when there is none. */
static gboolean
read_lock_file (GFile    *file,
                LockInfo *info,
                gboolean *parsed)
{
  g_autofree char *existing = NULL;
  gsize length = 0;

  if (!g_file_load_contents (file, NULL, &existing, &length, NULL, NULL))
    return FALSE;
  *parsed = parse_contents (existing, length, info);
  return TRUE;
}

/* Writes our lock file. With authority (we hold the OS lock, or steal),
 * an existing lock file is stale and replaced; otherwise the lock file
 * alone decides whether it is. */
static gboolean
write_lock_file (ItaLock     *lock,
                 GFile       *file,
                 const char  *project_path,
                 gboolean     authority,
                 GError     **error)
{
  g_autofree char *contents = make_contents ();

  for (int attempt = 0; ; attempt++)
    {
      g_autoptr(GError) local_error = NULL;
      g_auto(LockInfo) info = { 0 };
      gboolean parsed = FALSE;

      if (write_new (file, contents, &local_error))
        break;
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          set_io_error (project_path, local_error, error);
          return FALSE;
        }
      if (attempt > 1)
        {
          set_locked_error (project_path, &info, FALSE, error);
          return FALSE;
        }
      if (!read_lock_file (file, &info, &parsed))
        continue;  /* removed meanwhile: try again */
      if (!authority && !lock_is_stale (file, &info, parsed))
        {
          set_locked_error (project_path, &info, parsed, error);
          return FALSE;
        }
      g_clear_error (&local_error);
      if (!g_file_delete (file, NULL, &local_error) &&
          !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          set_io_error (project_path, local_error, error);
          return FALSE;
        }
    }
  lock->file = g_object_ref (file);
  lock->contents = g_steal_pointer (&contents);
  return TRUE;
}

/* The error of a file that could not be opened to be locked. */
static void
set_open_error (const char  *project_path,
                GError      *io_error,
                GError     **error)
{
  g_autofree char *name = g_filename_display_basename (project_path);

  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
      g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_READ_ONLY,
                 _("“%s” is a read-only file, so changes could not be saved. "
                   "Open it read-only, or save a copy in a folder you can write to."),
                 name);
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NOT_FOUND,
                 _("“%s” does not exist. It may have been moved or renamed."), name);
  else
    g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CANT_OPEN,
                 _("“%s” could not be opened: %s."), name, io_error->message);
}

ItaLock *
ita_lock_acquire (const char  *project_path,
                  gboolean     steal,
                  GError     **error)
{
  g_autofree char *real = ita_project_real_path (project_path);
  g_autofree char *path = ita_project_beside_path (real, ".lock");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) open_error = NULL;
  ItaLock *lock = lock_new ();
  OsLock os = os_lock_take (lock, real, TRUE, &open_error);

  if (open_error != NULL)
    {
      set_open_error (project_path, open_error, error);
      ita_lock_release (lock);
      return NULL;
    }
  if (os == OS_LOCK_HELD && !steal)
    {
      g_auto(LockInfo) info = { 0 };
      gboolean parsed = FALSE;

      if (read_lock_file (file, &info, &parsed) && parsed)
        set_locked_error (project_path, &info, TRUE, error);
      else
        set_locked_error (project_path, NULL, FALSE, error);
      ita_lock_release (lock);
      return NULL;
    }
  if (!write_lock_file (lock, file, project_path, os != OS_LOCK_UNSUPPORTED || steal, error))
    {
      ita_lock_release (lock);
      return NULL;
    }
  return lock;
}

ItaLock *
ita_lock_acquire_for_replace (const char  *project_path,
                              GError     **error)
{
  g_autofree char *real = ita_project_real_path (project_path);
  g_autofree char *path = ita_project_beside_path (real, ".lock");
  g_autofree char *name = g_filename_display_basename (project_path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) open_error = NULL;
  g_auto(LockInfo) info = { 0 };
  ItaLock *lock = lock_new ();
  OsLock os = os_lock_take (lock, real, FALSE, &open_error);
  gboolean parsed = FALSE;
  gboolean has_file = read_lock_file (file, &info, &parsed);

  g_clear_error (&open_error);   /* a file that cannot be read can still be replaced */
  if (os == OS_LOCK_HELD ||
      (os == OS_LOCK_UNSUPPORTED && has_file && !lock_is_stale (file, &info, parsed)))
    {
      if (has_file && parsed)
        {
          g_autofree char *when = format_lock_time (info.time);

          g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_LOCKED,
                       _("“%s” cannot be replaced: it is open in ITA Planner by %s on %s since %s. "
                         "Ask them to close it first, then try again."),
                       name, info.user, info.host, when);
        }
      else
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_LOCKED,
                     _("“%s” cannot be replaced: it is open in ITA Planner. Close it there first, "
                       "then try again."),
                     name);
      ita_lock_release (lock);
      return NULL;
    }
  return lock;
}

void
ita_lock_release (ItaLock *lock)
{
  g_autofree char *existing = NULL;

  if (lock == NULL)
    return;
  /* the lock file first, then the lock it describes */
  if (lock->file != NULL &&
      g_file_load_contents (lock->file, NULL, &existing, NULL, NULL, NULL) &&
      g_str_equal (existing, lock->contents))
    g_file_delete (lock->file, NULL, NULL);
  os_lock_drop (lock);
  g_clear_object (&lock->file);
  g_free (lock->contents);
  g_free (lock);
}
