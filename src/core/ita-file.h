/* ita-file.h: writing a whole file so that a failure keeps the old one
 *
 * Exports (JSON, CSV, charts) and installed editions are written into a
 * new hidden file in the destination's folder, synced to the disk, closed
 * (every write and the close checked) and only then renamed over the
 * destination. On a full disk, a removed USB stick or any other failure
 * the temporary file is removed and the destination is exactly as it was.
 * A destination that is a symbolic link keeps the link (the file it points
 * to is replaced); one that is not a regular file (a device such as
 * /dev/null, a pipe) is written into, never replaced.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Errors are G_IO_ERROR with a message that names the file and says what
 * to do (G_IO_ERROR_NO_SPACE for a full disk or a file-size limit). */
gboolean ita_file_replace_contents (GFile       *file,
                                    const void  *data,
                                    gsize        size,
                                    GError     **error);

G_END_DECLS
