/* ita-project-lock-private.h: the lock file beside an open project
 *
 * "<file>.ita.lock" names the user, host, process and time of the
 * instance that has the project open for writing. It is created
 * exclusively (so two instances cannot both take it) with its whole
 * content in one write. A lock is stale when its process is gone (same
 * host, checked on Unix) or, where that cannot be checked, when it is
 * older than ITA_LOCK_STALE_HOURS.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ITA_LOCK_STALE_HOURS 24

typedef struct _ItaLock ItaLock;

/* Takes the lock for the project at project_path. With steal, a live
 * lock of another instance is replaced. Errors: ITA_PROJECT_ERROR_LOCKED
 * (message names user, host and time), READ_ONLY (the folder cannot be
 * written), DISK_FULL, FAILED. */
ItaLock  *ita_lock_acquire   (const char  *project_path,
                              gboolean     steal,
                              GError     **error);
/* Removes the lock file if it is still ours, and frees. */
void      ita_lock_release   (ItaLock     *lock);

/* The lock file path of a project. */
char     *ita_lock_path_for  (const char  *project_path);

G_END_DECLS
