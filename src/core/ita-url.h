/* ita-url.h: web addresses checked as they are typed
 *
 * The assessors follow the addresses an agency gives for its OIT evidence
 * and its main website, so only http and https addresses with a website
 * name are taken. Everything else is refused with a reason the officer can
 * act on; an address typed without its scheme ("www.example.go.th/x") is
 * refused with the https address offered in its place.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define ITA_URL_ERROR (ita_url_error_quark ())
GQuark ita_url_error_quark (void);

typedef enum {
  ITA_URL_ERROR_EMPTY,      /* nothing typed */
  ITA_URL_ERROR_SPACES,     /* a space (or tab, line break, zero-width space) inside */
  ITA_URL_ERROR_SCHEME,     /* javascript:, file:, data:, mailto:, ftp: … */
  ITA_URL_ERROR_NO_SCHEME,  /* "www.example.go.th/x": the suggestion is "https://www.example.go.th/x" */
  ITA_URL_ERROR_NO_HOST,    /* "https:///x", "https:/www.example.go.th", a name without a dot */
  ITA_URL_ERROR_INVALID,    /* not an address at all, bad %-escapes, not UTF-8 */
} ItaUrlError;

/* Checks text as typed. Returns the address to store (text without the
 * spaces around it; otherwise as typed), or NULL with an ITA_URL_ERROR
 * whose message gives the reason (translated). With ITA_URL_ERROR_NO_SCHEME,
 * *suggestion (when suggestion is not NULL) receives the https address to
 * offer instead; it is set to NULL in every other case. */
char     *ita_url_check      (const char  *text,
                              char       **suggestion,
                              GError     **error);

/* TRUE when ita_url_check() would accept text. */
gboolean  ita_url_is_valid   (const char  *text);

G_END_DECLS
