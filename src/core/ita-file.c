/* ita-file.c: writing a whole file so that a failure keeps the old one */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#ifdef G_OS_UNIX
# include <unistd.h>
#else
# include <io.h>
#endif

#include "ita-file.h"

#ifndef O_BINARY
# define O_BINARY 0
#endif
#ifndef O_CLOEXEC
# define O_CLOEXEC 0
#endif

static void
set_errno_error (GError     **error,
                 int          saved,
                 const char  *path)
{
  g_autofree char *name = g_filename_display_basename (path);

  if (saved == ENOSPC || saved == EFBIG
#ifdef EDQUOT
      || saved == EDQUOT
#endif
     )
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                 _("The disk is full, so “%s” was not written (the previous file, if any, is kept). "
                   "Free some space and try again."),
                 name);
  else if (saved == EACCES || saved == EPERM || saved == EROFS)
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                 _("“%s” cannot be written (the file or its folder is read-only). "
                   "Choose a folder you can write to."),
                 name);
  else
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                 _("“%s” could not be written (%s). The previous file, if any, is kept."),
                 name, g_strerror (saved));
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        size)
{
  while (size > 0)
    {
      gssize n = write (fd, data, size > G_MAXINT32 ? G_MAXINT32 : (unsigned) size);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          if (n == 0)
            errno = ENOSPC;
          return FALSE;
        }
      data += n;
      size -= (gsize) n;
    }
  return TRUE;
}

static gboolean
write_in_place (const char  *path,
                const void  *data,
                gsize        size,
                GError     **error)
{
  int fd = g_open (path, O_WRONLY | O_BINARY | O_CLOEXEC, 0);
  int saved;

  if (fd < 0 || !write_all (fd, data, size))
    {
      saved = errno;
      if (fd >= 0)
        close (fd);
      set_errno_error (error, saved, path);
      return FALSE;
    }
  if (close (fd) != 0)
    {
      saved = errno;
      set_errno_error (error, saved, path);
      return FALSE;
    }
  return TRUE;
}

/* path with its symbolic links followed (the last one included), or NULL
 * when it is not a link or cannot be followed. */
static char *
resolve_links (const char *path)
{
  g_autofree char *current = g_strdup (path);

  for (int i = 0; i < 40 && g_file_test (current, G_FILE_TEST_IS_SYMLINK); i++)
    {
      g_autofree char *target = g_file_read_link (current, NULL);
      g_autofree char *dir = NULL;

      if (target == NULL)
        return NULL;
      if (g_path_is_absolute (target))
        {
          g_free (current);
          current = g_steal_pointer (&target);
          continue;
        }
      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_build_filename (dir, target, NULL);
    }
  return g_str_equal (current, path) ? NULL : g_steal_pointer (&current);
}

/* Files that are not local (a GVFS location) go through GIO's own
 * replace, which writes a temporary file on the remote side. */
static gboolean
replace_remote (GFile       *file,
                const void  *data,
                gsize        size,
                GError     **error)
{
  g_autoptr(GFileOutputStream) out = NULL;

  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error);
  if (out == NULL)
    return FALSE;
  if (!g_output_stream_write_all (G_OUTPUT_STREAM (out), data, size, NULL, NULL, error))
    {
      g_autoptr(GCancellable) cancel = g_cancellable_new ();

      /* closing a cancelled replace stream drops the new content */
      g_cancellable_cancel (cancel);
      g_output_stream_close (G_OUTPUT_STREAM (out), cancel, NULL);
      return FALSE;
    }
  return g_output_stream_close (G_OUTPUT_STREAM (out), NULL, error);
}

gboolean
ita_file_replace_contents (GFile       *file,
                           const void  *data,
                           gsize        size,
                           GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  g_autoptr(GError) close_error = NULL;
  g_autofree char *real = NULL;
  GStatBuf st;
  int fd;
  int saved;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL || size == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    return replace_remote (file, data, size, error);
  if (g_stat (path, &st) == 0 && !S_ISREG (st.st_mode))
    {
      /* a device, a pipe (-o /dev/stdout, a FIFO): written into, never
       * replaced; a folder: refused */
      if (S_ISDIR (st.st_mode))
        {
          set_errno_error (error, EISDIR, path);
          return FALSE;
        }
      return write_in_place (path, data, size, error);
    }
  /* through a symbolic link: the file it points to is replaced, the link
   * stays */
  real = resolve_links (path);
  if (real != NULL)
    {
      g_free (path);
      path = g_steal_pointer (&real);
    }

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (tmp, O_RDWR | O_BINARY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      saved = errno;
      set_errno_error (error, saved, path);
      return FALSE;
    }
  if (!write_all (fd, data, size) || g_fsync (fd) != 0)
    {
      saved = errno;
      close (fd);
      g_remove (tmp);
      set_errno_error (error, saved, path);
      return FALSE;
    }
  if (!g_close (fd, &close_error))
    {
      g_remove (tmp);
      set_errno_error (error, close_error->code == G_FILE_ERROR_NOSPC ? ENOSPC : EIO, path);
      return FALSE;
    }
  if (g_rename (tmp, path) != 0)
    {
      saved = errno;
      g_remove (tmp);
      set_errno_error (error, saved, path);
      return FALSE;
    }
  return TRUE;
}
