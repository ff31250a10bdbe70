/* ita-url.c: web addresses checked as they are typed (see ita-url.h) */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-url.h"

G_DEFINE_QUARK (ita-url-error-quark, ita_url_error)

/* Whitespace and the invisible characters a copy from a word processor
 * brings along. */
static gboolean
has_space (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0x00A0)
        return TRUE;
    }
  return FALSE;
}

/* A website name the assessors can reach: it has a dot ("www.example.go.th",
 * "203.0.113.5") or is an IPv6 address. */
static gboolean
host_ok (const char *host)
{
  return host != NULL && *host != '\0' && (strchr (host, '.') != NULL || strchr (host, ':') != NULL);
}

static gboolean
refuse_scheme (const char  *scheme,
               GError     **error)
{
  if (g_str_equal (scheme, "javascript"))
    g_set_error_literal (error, ITA_URL_ERROR, ITA_URL_ERROR_SCHEME,
                         _("A “javascript:” address runs a program instead of opening a page; "
                           "give the address of the page on the agency’s website."));
  else if (g_str_equal (scheme, "file"))
    g_set_error_literal (error, ITA_URL_ERROR, ITA_URL_ERROR_SCHEME,
                         _("A “file:” address points to a file on this computer, which the "
                           "assessors cannot open; publish the file on the website and give its "
                           "address."));
  else if (g_str_equal (scheme, "data"))
    g_set_error_literal (error, ITA_URL_ERROR, ITA_URL_ERROR_SCHEME,
                         _("A “data:” address holds the content itself instead of pointing to a "
                           "page; publish it on the website and give its address."));
  else
    g_set_error (error, ITA_URL_ERROR, ITA_URL_ERROR_SCHEME,
                 _("A “%s:” address is not a web page; a web address starts with "
                   "https:// or http://."),
                 scheme);
  return FALSE;
}

/* An http(s) address: it must parse and name a website. */
static gboolean
check_web (const char  *text,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GUri) uri = g_uri_parse (text, G_URI_FLAGS_NONE, &local_error);
  const char *host;

  if (uri == NULL)
    {
      g_set_error (error, ITA_URL_ERROR, ITA_URL_ERROR_INVALID,
                   _("“%s” is not a valid web address (%s); copy it from the browser’s "
                     "address bar."),
                   text, local_error->message);
      return FALSE;
    }
  host = g_uri_get_host (uri);
  if (host != NULL && *host != '\0' && !host_ok (host))
    {
      g_set_error (error, ITA_URL_ERROR, ITA_URL_ERROR_NO_HOST,
                   _("“%s” names “%s”, which is not a website on the internet; give the "
                     "address on the agency’s public website."),
                   text, host);
      return FALSE;
    }
  if (!host_ok (host))
    {
      g_set_error (error, ITA_URL_ERROR, ITA_URL_ERROR_NO_HOST,
                   _("“%s” has no website name after “%s://”; write it as "
                     "https://www.example.go.th/…"),
                   text, g_uri_get_scheme (uri));
      return FALSE;
    }
  return TRUE;
}

/* "www.example.go.th/x" → "https://www.example.go.th/x" when that is a
 * valid address; NULL otherwise. */
static char *
with_https (const char *text)
{
  const char *rest = g_str_has_prefix (text, "//") ? text + 2 : text;
  g_autofree char *candidate = g_strconcat ("https://", rest, NULL);
  gsize name_len = strcspn (rest, "/?#");

  if (name_len == 0 || memchr (rest, '.', name_len) == NULL || !check_web (candidate, NULL))
    return NULL;
  return g_steal_pointer (&candidate);
}

char *
ita_url_check (const char  *text,
               char       **suggestion,
               GError     **error)
{
  g_autofree char *clean = NULL;
  const char *scheme;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (suggestion != NULL)
    *suggestion = NULL;
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, ITA_URL_ERROR, ITA_URL_ERROR_INVALID,
                           _("The web address is not valid text; type it again."));
      return NULL;
    }
  clean = g_strstrip (g_strdup (text ? text : ""));
  if (*clean == '\0')
    {
      g_set_error_literal (error, ITA_URL_ERROR, ITA_URL_ERROR_EMPTY,
                           _("Type a web address, such as https://www.example.go.th/…"));
      return NULL;
    }
  if (has_space (clean))
    {
      g_set_error (error, ITA_URL_ERROR, ITA_URL_ERROR_SPACES,
                   _("“%s” has a space in it, and a web address has none; copy it from the "
                     "browser’s address bar."),
                   clean);
      return NULL;
    }

  /* "www.example.go.th:8080/x" reads as the scheme "www.example.go.th" */
  scheme = g_uri_peek_scheme (clean);   /* interned, lower case */
  if (scheme != NULL && strchr (scheme, '.') != NULL)
    scheme = NULL;
  if (scheme == NULL)
    {
      g_autofree char *https = with_https (clean);

      if (https == NULL)
        {
          g_set_error (error, ITA_URL_ERROR, ITA_URL_ERROR_INVALID,
                       _("“%s” is not a web address; a web address starts with https:// "
                         "or http://, such as https://www.example.go.th/…"),
                       clean);
          return NULL;
        }
      g_set_error (error, ITA_URL_ERROR, ITA_URL_ERROR_NO_SCHEME,
                   _("“%s” has no “https://” in front; use %s."), clean, https);
      if (suggestion != NULL)
        *suggestion = g_steal_pointer (&https);
      return NULL;
    }
  if (!g_str_equal (scheme, "http") && !g_str_equal (scheme, "https"))
    {
      refuse_scheme (scheme, error);
      return NULL;
    }
  if (!check_web (clean, error))
    return NULL;
  return g_steal_pointer (&clean);
}

gboolean
ita_url_is_valid (const char *text)
{
  g_autofree char *url = ita_url_check (text, NULL, NULL);

  return url != NULL;
}
