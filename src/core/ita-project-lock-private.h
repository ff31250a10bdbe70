/* ita-project-lock-private.h: one writer per project file, whatever the
 * path it is opened by
 *
 * The lock is taken on the file itself: an operating-system lock on one
 * byte of it, far beyond its end, where SQLite never reads or locks
 * (Unix: an open-file-description lock, fcntl F_OFD_SETLK, else flock;
 * Windows: LockFileEx). So a symbolic link, a hard link or another mount
 * path to the same file finds it taken, and it goes away with the
 * process that held it, even when that process is killed, on this
 * computer or on another one sharing the folder (network file systems
 * carry these locks, as SQLite's own locking requires).
 *
 * Beside the file's real path (symbolic links resolved), "<file>.lock"
 * names the user, host, process and time of the holder, for messages. It
 * is stale whenever the lock on the file is free. Where the file system
 * has no such locks, the lock file alone decides: stale when its process
 * is gone (same host) or when it is older than ITA_LOCK_STALE_HOURS.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ITA_LOCK_STALE_HOURS 24

typedef struct _ItaLock ItaLock;

/* Takes the lock for the project at project_path. With steal, a lock of
 * another instance is overridden (the lock file is replaced; the other
 * instance keeps its lock on the file). Errors: ITA_PROJECT_ERROR_LOCKED
 * (message names user, host and time when known), READ_ONLY (the file or
 * its folder cannot be written), DISK_FULL, FAILED. */
ItaLock  *ita_lock_acquire   (const char  *project_path,
                              gboolean     steal,
                              GError     **error);
/* Holds the lock of an existing file that is about to be replaced:
 * LOCKED when an ITA Planner has it open (the message says to close it
 * there). No lock file is written. */
ItaLock  *ita_lock_acquire_for_replace (const char  *project_path,
                                        GError     **error);
/* Removes the lock file if it is still ours, drops the lock and frees.
 * NULL is allowed. Call it only after SQLite closed the file: closing a
 * descriptor of a file drops every POSIX lock this process holds on it,
 * SQLite's included. */
void      ita_lock_release   (ItaLock     *lock);

/* The lock file path of a project (beside its real path). */
char     *ita_lock_path_for  (const char  *project_path);

G_END_DECLS
