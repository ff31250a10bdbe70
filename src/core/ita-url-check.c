/* ita-url-check.c: the result of checking one evidence URL, its outcome
 * codes and the words for them */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-url-check.h"

typedef struct {
  const char *id;
  const char *label;   /* N_() */
} OutcomeName;

static const OutcomeName outcomes[] = {
  [ITA_URL_OUTCOME_OK]                 = { "ok",                 N_("Works") },
  [ITA_URL_OUTCOME_INVALID]            = { "invalid-url",        N_("Not a web address") },
  [ITA_URL_OUTCOME_DNS]                = { "dns",                N_("Website not found") },
  [ITA_URL_OUTCOME_REFUSED]            = { "refused",            N_("Connection refused") },
  [ITA_URL_OUTCOME_TIMEOUT]            = { "timeout",            N_("No answer in time") },
  [ITA_URL_OUTCOME_TLS]                = { "tls",                N_("Secure connection failed") },
  [ITA_URL_OUTCOME_NETWORK]            = { "network",            N_("Could not connect") },
  [ITA_URL_OUTCOME_REDIRECT_LOOP]      = { "redirect-loop",      N_("Redirects in a loop") },
  [ITA_URL_OUTCOME_TOO_MANY_REDIRECTS] = { "too-many-redirects", N_("Too many redirects") },
  [ITA_URL_OUTCOME_BAD_REDIRECT]       = { "bad-redirect",       N_("Broken redirect") },
  [ITA_URL_OUTCOME_NOT_FOUND]          = { "not-found",          N_("Page not found") },
  [ITA_URL_OUTCOME_FORBIDDEN]          = { "forbidden",          N_("Access forbidden") },
  [ITA_URL_OUTCOME_CLIENT_ERROR]       = { "client-error",       N_("Request refused") },
  [ITA_URL_OUTCOME_SERVER_ERROR]       = { "server-error",       N_("Website fault") },
  [ITA_URL_OUTCOME_LOGIN]              = { "login",              N_("Login required") },
  [ITA_URL_OUTCOME_HOME_PAGE]          = { "home-page",          N_("Home page instead") },
  [ITA_URL_OUTCOME_NOT_DOCUMENT]       = { "html-not-document",  N_("Web page, not the document") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (outcomes) == ITA_URL_OUTCOME_LAST + 1);

const char *
ita_url_outcome_to_string (ItaUrlOutcome outcome)
{
  g_return_val_if_fail ((guint) outcome <= ITA_URL_OUTCOME_LAST, "network");
  return outcomes[outcome].id;
}

gboolean
ita_url_outcome_from_string (const char    *s,
                             ItaUrlOutcome *out)
{
  if (s == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    {
      if (g_str_equal (s, outcomes[i].id))
        {
          *out = (ItaUrlOutcome) i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
ita_url_outcome_label (ItaUrlOutcome outcome)
{
  g_return_val_if_fail ((guint) outcome <= ITA_URL_OUTCOME_LAST, "");
  return _(outcomes[outcome].label);
}

gboolean
ita_url_outcome_is_ok (ItaUrlOutcome outcome)
{
  return outcome == ITA_URL_OUTCOME_OK;
}

/* ItaUrlCheck -------------------------------------------------------- */

G_DEFINE_BOXED_TYPE (ItaUrlCheck, ita_url_check, ita_url_check_copy, ita_url_check_free)

ItaUrlCheck *
ita_url_check_new (const char *item,
                   const char *url)
{
  ItaUrlCheck *check = g_new0 (ItaUrlCheck, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  check->item = g_strdup (item ? item : "");
  check->url = g_strdup (url ? url : "");
  /* to the second, as stored */
  check->checked_at = g_date_time_add (now, -(g_date_time_get_microsecond (now)));
  check->outcome = ITA_URL_OUTCOME_OK;
  check->final_url = g_strdup ("");
  check->message = g_strdup ("");
  return check;
}

ItaUrlCheck *
ita_url_check_copy (const ItaUrlCheck *check)
{
  ItaUrlCheck *copy;

  g_return_val_if_fail (check != NULL, NULL);

  copy = g_memdup2 (check, sizeof *check);
  copy->item = g_strdup (check->item ? check->item : "");
  copy->url = g_strdup (check->url ? check->url : "");
  copy->checked_at = check->checked_at ? g_date_time_ref (check->checked_at)
                                       : g_date_time_new_now_local ();
  copy->final_url = g_strdup (check->final_url ? check->final_url : "");
  copy->message = g_strdup (check->message ? check->message : "");
  return copy;
}

void
ita_url_check_free (ItaUrlCheck *check)
{
  if (check == NULL)
    return;
  g_free (check->item);
  g_free (check->url);
  g_clear_pointer (&check->checked_at, g_date_time_unref);
  g_free (check->final_url);
  g_free (check->message);
  g_free (check);
}

gboolean
ita_url_check_redirected (const ItaUrlCheck *check)
{
  g_return_val_if_fail (check != NULL, FALSE);
  return check->final_url != NULL && *check->final_url != '\0' &&
         g_strcmp0 (check->final_url, check->url) != 0;
}

char *
ita_url_check_short_text (const ItaUrlCheck *check)
{
  g_return_val_if_fail (check != NULL, NULL);

  switch (check->outcome)
    {
    case ITA_URL_OUTCOME_NOT_FOUND:
    case ITA_URL_OUTCOME_FORBIDDEN:
    case ITA_URL_OUTCOME_CLIENT_ERROR:
    case ITA_URL_OUTCOME_SERVER_ERROR:
      if (check->http_status > 0)
        /* TRANSLATORS: a link check result: "Page not found (error 404)" */
        return g_strdup_printf (_("%s (error %u)"), ita_url_outcome_label (check->outcome),
                                check->http_status);
      break;
    default:
      break;
    }
  return g_strdup (ita_url_outcome_label (check->outcome));
}

char *
ita_url_check_describe (const ItaUrlCheck *check)
{
  g_return_val_if_fail (check != NULL, NULL);

  switch (check->outcome)
    {
    case ITA_URL_OUTCOME_OK:
      if (ita_url_check_redirected (check))
        return g_strdup (_("The link works (it leads on to another address)."));
      return g_strdup (_("The link works."));
    case ITA_URL_OUTCOME_INVALID:
      return g_strdup (_("Not checked: only web addresses that start with https:// or http://, "
                         "name a website and hold no user name or password are checked."));
    case ITA_URL_OUTCOME_DNS:
      return g_strdup (_("The website’s name was not found: check the address for typing "
                         "mistakes; the domain name may have expired."));
    case ITA_URL_OUTCOME_REFUSED:
      return g_strdup (_("The website’s server refused the connection: the website may be down; "
                         "try again later or tell its administrator."));
    case ITA_URL_OUTCOME_TIMEOUT:
      return g_strdup (_("The website did not answer in time: it may be down or very slow; "
                         "try again later."));
    case ITA_URL_OUTCOME_TLS:
      return g_strdup (_("The website’s secure connection (its HTTPS certificate) is not valid: "
                         "browsers warn visitors away; ask the website’s administrator to "
                         "renew the certificate."));
    case ITA_URL_OUTCOME_NETWORK:
      if (check->message != NULL && *check->message != '\0')
        return g_strdup_printf (_("The website could not be reached (%s)."), check->message);
      return g_strdup (_("The website could not be reached."));
    case ITA_URL_OUTCOME_REDIRECT_LOOP:
      return g_strdup (_("The address forwards in a loop and never reaches a page; tell the "
                         "website’s administrator."));
    case ITA_URL_OUTCOME_TOO_MANY_REDIRECTS:
      return g_strdup (_("The address forwards through too many other addresses; link the page "
                         "it should reach instead."));
    case ITA_URL_OUTCOME_BAD_REDIRECT:
      return g_strdup (_("The address forwards to something that is not a web page; link the "
                         "evidence itself."));
    case ITA_URL_OUTCOME_NOT_FOUND:
      return g_strdup_printf (_("The page does not exist (error %u): it was moved or removed; "
                                "find its new address."),
                              check->http_status);
    case ITA_URL_OUTCOME_FORBIDDEN:
      return g_strdup_printf (_("The website refuses to show the page (error %u): it may be "
                                "private; make it public."),
                              check->http_status);
    case ITA_URL_OUTCOME_CLIENT_ERROR:
      return g_strdup_printf (_("The website refused to open the page (error %u)."),
                              check->http_status);
    case ITA_URL_OUTCOME_SERVER_ERROR:
      return g_strdup_printf (_("The website has a fault (error %u): try again later, or tell "
                                "the website’s administrator."),
                              check->http_status);
    case ITA_URL_OUTCOME_LOGIN:
      return g_strdup (_("The page asks for a login: consultants cannot see the evidence "
                         "without an account; publish it openly."));
    case ITA_URL_OUTCOME_HOME_PAGE:
      return g_strdup (_("The address leads to the website’s home page instead of the evidence: "
                         "the page was probably moved; find its new address."));
    case ITA_URL_OUTCOME_NOT_DOCUMENT:
      return g_strdup (_("A web page opens where the address names a document (PDF, Word, "
                         "Excel…): link the file itself."));
    default:
      return g_strdup ("");
    }
}

char *
ita_url_checks_summarize (GPtrArray    *checks,
                          const char   *item,
                          char * const *urls,
                          char        **out_latest)
{
  g_autoptr(GString) lines = g_string_new (NULL);
  GDateTime *latest = NULL;

  g_return_val_if_fail (checks != NULL && item != NULL, NULL);

  for (guint k = 0; urls != NULL && urls[k] != NULL; k++)
    {
      const ItaUrlCheck *found = NULL;

      for (guint i = 0; i < checks->len && found == NULL; i++)
        {
          const ItaUrlCheck *c = g_ptr_array_index (checks, i);

          if (g_str_equal (c->item, item) && g_str_equal (c->url, urls[k]))
            found = c;
        }
      if (k > 0)
        g_string_append_c (lines, '\n');
      if (found == NULL)
        {
          g_string_append (lines, _("Not checked yet"));
        }
      else
        {
          g_autofree char *text = ita_url_check_short_text (found);

          g_string_append (lines, text);
          if (latest == NULL || g_date_time_compare (found->checked_at, latest) > 0)
            latest = found->checked_at;
        }
    }
  if (out_latest != NULL)
    *out_latest = latest ? ita_url_check_time_format (latest) : g_strdup ("");
  return g_string_free (g_steal_pointer (&lines), FALSE);
}

/* Times -------------------------------------------------------------- */

char *
ita_url_check_time_to_iso (GDateTime *time)
{
  g_return_val_if_fail (time != NULL, NULL);
  return g_date_time_format (time, "%Y-%m-%dT%H:%M:%S%:z");
}

GDateTime *
ita_url_check_time_from_iso (const char *text)
{
  g_autoptr(GDateTime) parsed = NULL;

  if (text == NULL || strchr (text, 'T') == NULL)
    return NULL;
  parsed = g_date_time_new_from_iso8601 (text, NULL);
  if (parsed == NULL)
    return NULL;
  /* kept to the second, as written */
  return g_date_time_add (parsed, -(g_date_time_get_microsecond (parsed)));
}

char *
ita_url_check_time_format (GDateTime *time)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (time != NULL, NULL);
  local = g_date_time_to_local (time);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}
