/* ita-link-checker.h: checks the evidence URLs of the OIT checklist
 *
 * An ItaLinkChecker opens each URL the way a consultant's click would and
 * says, per URL, whether the evidence is there (ItaUrlCheck, in core):
 * HEAD first, GET when HEAD is refused or not to be trusted, or when a web
 * page must be read to see a login form; redirects followed (up to
 * max-redirects, loops detected) and the final address kept.
 *
 * Polite and fast: at most max-per-host requests to one host at a time,
 * many hosts in parallel (max-connections in all); the same URL given for
 * several items is fetched once. Safe: only http and https; no cookies,
 * no credentials (no authentication manager; a URL with a user name or
 * password is refused unopened), no proxy unless use-system-proxy is set,
 * bodies read only up to 64 KiB and only for web pages.
 *
 * Everything runs on the thread-default main context of the thread that
 * calls ita_link_checker_check_async(): the window stays responsive, and
 * the progress callback and the result arrive there. Use a checker from
 * one thread only; one check at a time.
 *
 * Storing the results is the caller's: ita_project_store_url_checks().
 * docs/link-check.md describes the checks and the outcomes.
 */
#pragma once

#include <gio/gio.h>

#include "ita-project.h"
#include "ita-url-check.h"

G_BEGIN_DECLS

/* One URL to check, for one item. */
typedef struct {
  char *item;   /* "o12" */
  char *url;
} ItaLinkTarget;

#define ITA_TYPE_LINK_TARGET (ita_link_target_get_type ())
GType          ita_link_target_get_type (void) G_GNUC_CONST;
ItaLinkTarget *ita_link_target_new      (const char          *item,
                                         const char          *url);
ItaLinkTarget *ita_link_target_copy     (const ItaLinkTarget *target);
void           ita_link_target_free     (ItaLinkTarget       *target);

/* What to check (GPtrArray of ItaLinkTarget, in checklist order; a URL
 * given twice in one item is listed once). */

/* Every URL of the checklist. */
GPtrArray *ita_link_targets_for_checklist (ItaProject         *project);
/* The URLs of the unit's part of the checklist
 * (ita_project_get_checklist_for_unit: the items unit_id or one of its
 * sub-units is responsible for, and those of every unit). */
GPtrArray *ita_link_targets_for_unit      (ItaProject         *project,
                                           gint64              unit_id);
/* The URLs of the given items (the selection); codes that are not OIT
 * items of the edition are ignored. */
GPtrArray *ita_link_targets_for_items     (ItaProject         *project,
                                           const char * const *items);

/* Called on the caller's main context each time one URL of the targets is
 * done: done (1 … total) counts targets, check is its result (borrowed;
 * copy it to keep it). */
typedef void (*ItaLinkCheckProgress) (guint              done,
                                      guint              total,
                                      const ItaUrlCheck *check,
                                      gpointer           user_data);

#define ITA_TYPE_LINK_CHECKER (ita_link_checker_get_type ())
G_DECLARE_FINAL_TYPE (ItaLinkChecker, ita_link_checker, ITA, LINK_CHECKER, GObject)

/* Defaults: timeout 20 s, 2 per host, 32 in all, 10 redirects, no proxy. */
ItaLinkChecker *ita_link_checker_new (void);

/* Properties; a change applies from the next check. */
/* "timeout": seconds each request (HEAD, GET, every redirect) may take,
 * connecting included, 0.1–600. */
void      ita_link_checker_set_timeout           (ItaLinkChecker *self,
                                                  double          seconds);
double    ita_link_checker_get_timeout           (ItaLinkChecker *self);
/* "max-per-host": requests to one host name at once, 1–8. */
void      ita_link_checker_set_max_per_host      (ItaLinkChecker *self,
                                                  guint           n);
guint     ita_link_checker_get_max_per_host      (ItaLinkChecker *self);
/* "max-connections": requests at once in all, 1–64. */
void      ita_link_checker_set_max_connections   (ItaLinkChecker *self,
                                                  guint           n);
guint     ita_link_checker_get_max_connections   (ItaLinkChecker *self);
/* "max-redirects": redirects followed for one URL, 0–20. */
void      ita_link_checker_set_max_redirects     (ItaLinkChecker *self,
                                                  guint           n);
guint     ita_link_checker_get_max_redirects     (ItaLinkChecker *self);
/* "use-system-proxy": go through the system's proxy settings (GNOME or
 * Windows settings, http_proxy …) instead of connecting directly. Off by
 * default: then nothing but the hosts of the URLs is contacted. */
void      ita_link_checker_set_use_system_proxy  (ItaLinkChecker *self,
                                                  gboolean        use);
gboolean  ita_link_checker_get_use_system_proxy  (ItaLinkChecker *self);
/* "busy": a check is running. */
gboolean  ita_link_checker_get_busy              (ItaLinkChecker *self);

/* Checks targets (of ItaLinkTarget; copied). progress may be NULL.
 * Cancelling stops the check: requests under way are dropped, and the
 * result holds the URLs finished before (a shorter run, not an error).
 * A second check while one runs fails with G_IO_ERROR_PENDING. */
void       ita_link_checker_check_async  (ItaLinkChecker       *self,
                                          GPtrArray            *targets,
                                          GCancellable         *cancellable,
                                          ItaLinkCheckProgress  progress,
                                          gpointer              progress_data,
                                          GDestroyNotify        progress_data_free,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
/* Of ItaUrlCheck, one per target finished, in the order of the targets.
 * NULL only with G_IO_ERROR_PENDING (see above). */
GPtrArray *ita_link_checker_check_finish (ItaLinkChecker       *self,
                                          GAsyncResult         *result,
                                          GError              **error);

/* The User-Agent the checker sends. */
const char *ita_link_checker_user_agent  (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaLinkTarget, ita_link_target_free)

G_END_DECLS
