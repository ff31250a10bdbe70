/* ita-url-check.h: the result of checking one evidence URL
 *
 * What a link check found for one URL of an OIT item: when, the outcome
 * in one of a fixed set of codes (stored in the project file and in the
 * project JSON), the last HTTP status, the address the check ended on
 * after redirects, and a technical detail. The words an officer reads
 * come from the outcome and the status in the interface language of the
 * moment (ita_url_outcome_label, ita_url_check_describe), so a result
 * stored in Thai reads in English after switching the language.
 *
 * The checker itself is in src/net (ItaLinkChecker); the project stores
 * the last result per (item, URL): ita_project_store_url_checks().
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  ITA_URL_OUTCOME_OK,                 /* "ok": the page or file opens */
  ITA_URL_OUTCOME_INVALID,            /* "invalid-url": not http/https, no host, or a user name or
                                         password in it; nothing was contacted */
  ITA_URL_OUTCOME_DNS,                /* "dns": the host name was not found */
  ITA_URL_OUTCOME_REFUSED,            /* "refused": the connection was refused */
  ITA_URL_OUTCOME_TIMEOUT,            /* "timeout": no complete answer within the timeout */
  ITA_URL_OUTCOME_TLS,                /* "tls": the secure connection failed (certificate, handshake) */
  ITA_URL_OUTCOME_NETWORK,            /* "network": any other connection failure */
  ITA_URL_OUTCOME_REDIRECT_LOOP,      /* "redirect-loop": a redirect came back to an address seen */
  ITA_URL_OUTCOME_TOO_MANY_REDIRECTS, /* "too-many-redirects" */
  ITA_URL_OUTCOME_BAD_REDIRECT,       /* "bad-redirect": no Location, or to a non-web address */
  ITA_URL_OUTCOME_NOT_FOUND,          /* "not-found": 404, 410 */
  ITA_URL_OUTCOME_FORBIDDEN,          /* "forbidden": 403 */
  ITA_URL_OUTCOME_CLIENT_ERROR,       /* "client-error": another 4xx */
  ITA_URL_OUTCOME_SERVER_ERROR,       /* "server-error": 5xx */
  ITA_URL_OUTCOME_LOGIN,              /* "login": 401, or a login page or form instead of the evidence */
  ITA_URL_OUTCOME_HOME_PAGE,          /* "home-page": redirected to the site's home page */
  ITA_URL_OUTCOME_NOT_DOCUMENT,       /* "html-not-document": a .pdf/.docx/… address answers a web page */
} ItaUrlOutcome;

#define ITA_URL_OUTCOME_LAST ITA_URL_OUTCOME_NOT_DOCUMENT

const char *ita_url_outcome_to_string   (ItaUrlOutcome  outcome);  /* "ok", "not-found", … */
gboolean    ita_url_outcome_from_string (const char    *s,
                                         ItaUrlOutcome *out);
/* A short translated label for a badge or a table cell ("Page not found"). */
const char *ita_url_outcome_label       (ItaUrlOutcome  outcome);
/* TRUE only for ITA_URL_OUTCOME_OK: every other outcome is a failure the
 * officer should fix before the consultants click. */
gboolean    ita_url_outcome_is_ok       (ItaUrlOutcome  outcome);

/* The last check of one evidence URL of an OIT item. */
typedef struct {
  char          *item;          /* "o12" */
  char          *url;           /* as in the checklist */
  GDateTime     *checked_at;    /* when the check finished (local time); never NULL */
  ItaUrlOutcome  outcome;
  guint          http_status;   /* the last HTTP status received, 0 when none */
  char          *final_url;     /* the address reached after redirects; "" when nothing was
                                   contacted; equal to url when there was no redirect */
  char          *message;       /* technical detail (a reason phrase, a network error), may be "" */
} ItaUrlCheck;

#define ITA_TYPE_URL_CHECK (ita_url_check_get_type ())
GType        ita_url_check_get_type (void) G_GNUC_CONST;
/* Outcome ok, status 0, final URL "", message "", checked now. */
ItaUrlCheck *ita_url_check_new      (const char        *item,
                                     const char        *url);
ItaUrlCheck *ita_url_check_copy     (const ItaUrlCheck *check);
void         ita_url_check_free     (ItaUrlCheck       *check);

/* TRUE when the check ended on another address than url. */
gboolean     ita_url_check_redirected (const ItaUrlCheck *check);

/* The label, with the HTTP status for the outcomes it explains: "Works",
 * "Page not found (error 404)" (a table cell, the CSV). */
char        *ita_url_check_short_text (const ItaUrlCheck *check);

/* For one checklist row: of checks (ita_project_get_url_checks), the
 * results of item's urls — one line per URL in their order, its short
 * text or "Not checked yet" — and in out_latest the latest time one of
 * them was checked ("2025-05-01 10:15", "" when never). The two link
 * check columns of the checklist CSV and workbook. */
char        *ita_url_checks_summarize (GPtrArray    *checks,
                                       const char   *item,
                                       char * const *urls,
                                       char        **out_latest);

/* The result in a sentence an officer understands, translated, with what
 * to do ("The page does not exist (error 404): it was moved or removed;
 * find its new address."). */
char        *ita_url_check_describe (const ItaUrlCheck *check);

/* The time of a check as stored and exchanged: ISO 8601 to the second
 * with the UTC offset, "2025-05-01T10:15:00+07:00". */
char        *ita_url_check_time_to_iso   (GDateTime  *time);
/* NULL for anything that is not such a time (a date alone is refused). */
GDateTime   *ita_url_check_time_from_iso (const char *text);
/* "2025-05-01 10:15" in local time, for tables and CSV. */
char        *ita_url_check_time_format   (GDateTime  *time);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaUrlCheck, ita_url_check_free)

G_END_DECLS
