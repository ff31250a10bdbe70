/* test-url.c: web addresses checked as typed (ita-url.h) */
#include <locale.h>
#include <string.h>

#include "ita-url.h"

static void
accepted (const char *text,
          const char *stored)
{
  g_autoptr(GError) error = NULL;
  static char stale[] = "stale";
  char *suggestion = stale;   /* an out parameter: whatever it held is overwritten */
  g_autofree char *url = ita_url_check (text, &suggestion, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (url, ==, stored);
  g_assert_null (suggestion);
  g_assert_true (ita_url_is_valid (text));
}

static void
refused (const char *text,
         int         code,
         const char *in_message)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *suggestion = NULL;
  g_autofree char *url = ita_url_check (text, &suggestion, &error);

  g_assert_null (url);
  g_assert_error (error, ITA_URL_ERROR, code);
  g_test_message ("%s → %s", text ? text : "(null)", error->message);
  if (in_message != NULL)
    g_assert_nonnull (strstr (error->message, in_message));
  if (code != ITA_URL_ERROR_NO_SCHEME)
    g_assert_null (suggestion);
  g_assert_false (ita_url_is_valid (text));
}

static void
test_accepted (void)
{
  accepted ("https://www.example.go.th/x", "https://www.example.go.th/x");
  accepted ("http://www.example.go.th", "http://www.example.go.th");
  /* the spaces around a pasted address are not part of it */
  accepted ("  https://www.example.go.th/a?b=1#c \n", "https://www.example.go.th/a?b=1#c");
  accepted ("HTTPS://WWW.EXAMPLE.GO.TH/X", "HTTPS://WWW.EXAMPLE.GO.TH/X");
  /* Thai in the path or the name, escapes, a port, an address */
  accepted ("https://www.example.go.th/ข่าว/2568", "https://www.example.go.th/ข่าว/2568");
  accepted ("https://เทศบาล.ไทย/ita", "https://เทศบาล.ไทย/ita");
  accepted ("https://www.example.go.th/a%20b", "https://www.example.go.th/a%20b");
  accepted ("https://www.example.go.th:8443/ita", "https://www.example.go.th:8443/ita");
  accepted ("http://203.0.113.5/ita", "http://203.0.113.5/ita");
}

static void
test_refused_schemes (void)
{
  refused ("javascript:alert(1)", ITA_URL_ERROR_SCHEME, "javascript:");
  refused ("JavaScript:void(0)", ITA_URL_ERROR_SCHEME, "javascript:");
  refused ("file:///C:/ITA/o1.pdf", ITA_URL_ERROR_SCHEME, "file:");
  refused ("file://server/share/o1.pdf", ITA_URL_ERROR_SCHEME, "file:");
  refused ("data:text/html;base64,PGgxPk88L2gxPg==", ITA_URL_ERROR_SCHEME, "data:");
  refused ("mailto:saraban@example.go.th", ITA_URL_ERROR_SCHEME, "mailto:");
  refused ("ftp://ftp.example.go.th/o1.pdf", ITA_URL_ERROR_SCHEME, "ftp:");
}

static void
test_refused_spaces (void)
{
  refused ("https://www.example.go.th/ita 2568", ITA_URL_ERROR_SPACES, "space");
  refused ("https:// www.example.go.th", ITA_URL_ERROR_SPACES, NULL);
  refused ("https://www.example.go.th/a\tb", ITA_URL_ERROR_SPACES, NULL);
  refused ("https://www.example.go.th/a\nhttps://www.example.go.th/b", ITA_URL_ERROR_SPACES, NULL);
  /* a non-breaking and a zero-width space from a word processor */
  refused ("https://www.example.go.th/a\xC2\xA0" "b", ITA_URL_ERROR_SPACES, NULL);
  refused ("https://www.example.go.th/\xE2\x80\x8B" "ita", ITA_URL_ERROR_SPACES, NULL);
}

static void
test_refused_no_host (void)
{
  refused ("https://", ITA_URL_ERROR_NO_HOST, "https://");
  refused ("http://", ITA_URL_ERROR_NO_HOST, NULL);
  refused ("https:///ita/o1", ITA_URL_ERROR_NO_HOST, NULL);
  refused ("https:/www.example.go.th/x", ITA_URL_ERROR_NO_HOST, NULL);
  refused ("https:www.example.go.th", ITA_URL_ERROR_NO_HOST, NULL);
  /* a name the assessors cannot reach from outside */
  refused ("http://intranet/ita", ITA_URL_ERROR_NO_HOST, "“intranet”");
}

static void
test_refused_other (void)
{
  refused (NULL, ITA_URL_ERROR_EMPTY, NULL);
  refused ("", ITA_URL_ERROR_EMPTY, NULL);
  refused ("   ", ITA_URL_ERROR_EMPTY, NULL);
  refused ("ดูที่เว็บไซต์", ITA_URL_ERROR_INVALID, "https://");
  refused ("o12", ITA_URL_ERROR_INVALID, NULL);
  refused ("https://www.example.go.th/50%", ITA_URL_ERROR_INVALID, NULL);
  refused ("https://www.example.go.th/\xff", ITA_URL_ERROR_INVALID, NULL);
}

static void
offered (const char *text,
         const char *offer)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *suggestion = NULL;
  g_autofree char *url = ita_url_check (text, &suggestion, &error);

  g_assert_null (url);
  g_assert_error (error, ITA_URL_ERROR, ITA_URL_ERROR_NO_SCHEME);
  g_assert_cmpstr (suggestion, ==, offer);
  /* the reason names the address to use, for the command line */
  g_assert_nonnull (strstr (error->message, offer));
  /* and what is offered is accepted */
  g_assert_true (ita_url_is_valid (suggestion));
}

static void
test_offered_https (void)
{
  offered ("www.example.go.th/x", "https://www.example.go.th/x");
  offered ("  www.example.go.th/x ", "https://www.example.go.th/x");
  offered ("example.go.th", "https://example.go.th");
  offered ("www.example.go.th:8080/x", "https://www.example.go.th:8080/x");
  offered ("//www.example.go.th/x", "https://www.example.go.th/x");
  /* the caller need not ask for the suggestion */
  g_assert_null (ita_url_check ("www.example.go.th/x", NULL, NULL));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/url/accepted", test_accepted);
  g_test_add_func ("/core/url/refused-schemes", test_refused_schemes);
  g_test_add_func ("/core/url/refused-spaces", test_refused_spaces);
  g_test_add_func ("/core/url/refused-no-host", test_refused_no_host);
  g_test_add_func ("/core/url/refused-other", test_refused_other);
  g_test_add_func ("/core/url/offered-https", test_offered_https);
  return g_test_run ();
}
