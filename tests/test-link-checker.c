/* test-link-checker.c: the link checker against a web server the test
 * starts on 127.0.0.1 — each outcome an officer is told about, the limits
 * that keep it polite and safe, and stopping a check half-way */
#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "ita-link-checker.h"
#include "ita-link-checker-private.h"
#include "link-test-server.h"

typedef struct {
  GPtrArray    *checks;
  gboolean      done;
  guint         progress_calls;
  guint         last_done;
  guint         cancel_after;
  GCancellable *cancellable;
} Wait;

static void
on_progress (guint              done,
             guint              total,
             const ItaUrlCheck *check,
             gpointer           data)
{
  Wait *w = data;

  g_assert_cmpuint (done, ==, w->last_done + 1);
  g_assert_cmpuint (done, <=, total);
  g_assert_nonnull (check);
  w->last_done = done;
  w->progress_calls++;
  if (w->cancel_after > 0 && done == w->cancel_after)
    g_cancellable_cancel (w->cancellable);
}

static void
on_checked (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  Wait *w = data;
  g_autoptr(GError) error = NULL;

  w->checks = ita_link_checker_check_finish (ITA_LINK_CHECKER (source), result, &error);
  g_assert_no_error (error);
  w->done = TRUE;
}

/* Runs a check to its end in the default main context. */
static GPtrArray *
check (ItaLinkChecker *checker,
       GPtrArray      *targets,
       Wait           *w)
{
  ita_link_checker_check_async (checker, targets, w->cancellable, on_progress, w, NULL,
                                on_checked, w);
  while (!w->done)
    g_main_context_iteration (NULL, TRUE);
  return w->checks;
}

static GPtrArray *
targets_of (const char *item,
            ...)
{
  GPtrArray *targets = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_link_target_free);
  va_list args;
  const char *url;

  va_start (args, item);
  while ((url = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (targets, ita_link_target_new (item, url));
  va_end (args);
  return targets;
}

static const ItaUrlCheck *
find (GPtrArray  *checks,
      const char *url)
{
  for (guint i = 0; i < checks->len; i++)
    {
      const ItaUrlCheck *c = g_ptr_array_index (checks, i);

      if (g_str_equal (c->url, url))
        return c;
    }
  g_error ("no result for %s", url);
  return NULL;
}

/* Every outcome ------------------------------------------------------ */

typedef struct {
  const char    *path;
  ItaUrlOutcome  outcome;
  guint          status;
  const char    *final_path;   /* NULL: the same address */
} Case;

static void
test_outcomes (void)
{
  static const Case cases[] = {
    { "/ok.pdf", ITA_URL_OUTCOME_OK, 200, NULL },
    { "/page", ITA_URL_OUTCOME_OK, 200, NULL },
    { "/chain", ITA_URL_OUTCOME_OK, 200, "/ok.pdf" },
    { "/loop-a", ITA_URL_OUTCOME_REDIRECT_LOOP, 302, "/loop-a" },
    { "/hop/0", ITA_URL_OUTCOME_TOO_MANY_REDIRECTS, 302, "/hop/10" },
    { "/to-ftp", ITA_URL_OUTCOME_BAD_REDIRECT, 302, "/to-ftp" },
    { "/missing", ITA_URL_OUTCOME_NOT_FOUND, 404, NULL },
    { "/gone", ITA_URL_OUTCOME_NOT_FOUND, 410, NULL },
    { "/forbidden", ITA_URL_OUTCOME_FORBIDDEN, 403, NULL },
    { "/broken", ITA_URL_OUTCOME_SERVER_ERROR, 500, NULL },
    { "/needs-auth", ITA_URL_OUTCOME_LOGIN, 401, NULL },
    { "/wrong.pdf", ITA_URL_OUTCOME_NOT_DOCUMENT, 200, NULL },
    { "/moved.pdf", ITA_URL_OUTCOME_HOME_PAGE, 200, "/" },
    { "/private", ITA_URL_OUTCOME_LOGIN, 200, "/login?next=/private" },
    { "/form", ITA_URL_OUTCOME_LOGIN, 200, NULL },
    { "/no-head.pdf", ITA_URL_OUTCOME_OK, 200, NULL },
    { "/head-lies.pdf", ITA_URL_OUTCOME_OK, 200, NULL },
  };
  LinkTestServer *server = link_test_server_new ("127.0.0.1", NULL);
  g_autoptr(ItaLinkChecker) checker = ita_link_checker_new ();
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_link_target_free);
  g_autoptr(GPtrArray) checks = NULL;
  Wait w = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *url = link_test_server_url (server, NULL, cases[i].path);

      g_ptr_array_add (targets, ita_link_target_new ("o1", url));
    }
  checks = check (checker, targets, &w);
  g_assert_cmpuint (checks->len, ==, G_N_ELEMENTS (cases));
  g_assert_cmpuint (w.progress_calls, ==, G_N_ELEMENTS (cases));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *url = link_test_server_url (server, NULL, cases[i].path);
      g_autofree char *final = link_test_server_url (server, NULL,
                                                     cases[i].final_path ? cases[i].final_path
                                                                         : cases[i].path);
      const ItaUrlCheck *c = g_ptr_array_index (checks, i);
      g_autofree char *words = ita_url_check_describe (c);

      g_test_message ("%s: %s (%u) %s — %s", cases[i].path, ita_url_outcome_to_string (c->outcome),
                      c->http_status, c->final_url, words);
      g_assert_cmpstr (c->url, ==, url);
      g_assert_cmpstr (ita_url_outcome_to_string (c->outcome), ==,
                       ita_url_outcome_to_string (cases[i].outcome));
      g_assert_cmpuint (c->http_status, ==, cases[i].status);
      g_assert_cmpstr (c->final_url, ==, final);
      g_assert_cmpuint (strlen (words), >, 10);
      g_assert_nonnull (c->checked_at);
    }
  /* a web page is read (GET) after HEAD; the server's cookie is never sent back */
  g_assert_cmpuint (link_test_server_credentials_seen (server), ==, 0);
  g_assert_nonnull (strstr (link_test_server_user_agent (server), "ITA-Planner/"));
  link_test_server_free (server);
}

/* A server that answers anything, a TLS greeting too, in plain HTTP and
 * hangs up: what an https:// address on a plain web port meets. */
static gboolean
on_plain_incoming (GSocketService    *service,
                   GSocketConnection *connection,
                   GObject           *source,
                   gpointer           data)
{
  static const char reply[] = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n";
  GOutputStream *out = g_io_stream_get_output_stream (G_IO_STREAM (connection));

  g_output_stream_write_all (out, reply, strlen (reply), NULL, NULL, NULL);
  g_io_stream_close (G_IO_STREAM (connection), NULL, NULL);
  return TRUE;
}

static void
test_network_failures (void)
{
  LinkTestServer *server = link_test_server_new ("127.0.0.1", NULL);
  g_autoptr(ItaLinkChecker) checker = ita_link_checker_new ();
  g_autoptr(GSocketListener) listener = g_socket_listener_new ();
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *slow = link_test_server_url (server, NULL, "/delay/5000/ok.pdf");
  g_autofree char *refused = NULL;
  g_autoptr(GSocketService) plain = g_socket_service_new ();
  g_autofree char *tls_to_plain = NULL;
  guint16 plain_port;
  g_autofree char *named = link_test_server_url (server, "evidence.test", "/ok.pdf");
  guint16 closed_port;
  Wait w = { 0 };

  /* a port nothing listens on */
  closed_port = g_socket_listener_add_any_inet_port (listener, NULL, &error);
  g_assert_no_error (error);
  g_socket_listener_close (listener);
  refused = g_strdup_printf ("http://127.0.0.1:%u/ok.pdf", closed_port);
  plain_port = g_socket_listener_add_any_inet_port (G_SOCKET_LISTENER (plain), NULL, &error);
  g_assert_no_error (error);
  g_signal_connect (plain, "incoming", G_CALLBACK (on_plain_incoming), NULL);
  tls_to_plain = g_strdup_printf ("https://127.0.0.1:%u/ok.pdf", plain_port);

  targets = targets_of ("o2", refused, "http://nowhere.invalid/doc.pdf", named,
                        tls_to_plain, "ftp://127.0.0.1/doc.pdf",
                        "http://officer:secret@127.0.0.1/doc.pdf", "https:///doc.pdf",
                        "not a url", NULL);
  checks = check (checker, targets, &w);
  g_assert_cmpuint (checks->len, ==, targets->len);
  g_assert_cmpint (find (checks, refused)->outcome, ==, ITA_URL_OUTCOME_REFUSED);
  g_assert_cmpint (find (checks, "http://nowhere.invalid/doc.pdf")->outcome, ==, ITA_URL_OUTCOME_DNS);
  g_assert_cmpint (find (checks, named)->outcome, ==, ITA_URL_OUTCOME_OK);
  if (g_tls_backend_supports_tls (g_tls_backend_get_default ()))
    g_assert_cmpint (find (checks, tls_to_plain)->outcome, ==, ITA_URL_OUTCOME_TLS);
  else
    g_assert_cmpint (find (checks, tls_to_plain)->outcome, ==, ITA_URL_OUTCOME_NETWORK);
  /* refused unopened */
  g_assert_cmpint (find (checks, "ftp://127.0.0.1/doc.pdf")->outcome, ==, ITA_URL_OUTCOME_INVALID);
  g_assert_cmpint (find (checks, "http://officer:secret@127.0.0.1/doc.pdf")->outcome, ==,
                   ITA_URL_OUTCOME_INVALID);
  g_assert_cmpstr (find (checks, "http://officer:secret@127.0.0.1/doc.pdf")->final_url, ==, "");
  g_assert_cmpint (find (checks, "https:///doc.pdf")->outcome, ==, ITA_URL_OUTCOME_INVALID);
  g_assert_cmpint (find (checks, "not a url")->outcome, ==, ITA_URL_OUTCOME_INVALID);
  g_assert_cmpuint (link_test_server_credentials_seen (server), ==, 0);
  /* a reply slower than the timeout (alone: the first TLS handshake of a
   * process may take its time loading the certificate store) */
  {
    g_autoptr(GPtrArray) slow_targets = targets_of ("o2", slow, NULL);
    g_autoptr(GPtrArray) slow_checks = NULL;
    Wait ws = { 0 };

    ita_link_checker_set_timeout (checker, 0.5);
    slow_checks = check (checker, slow_targets, &ws);
    g_assert_cmpint (find (slow_checks, slow)->outcome, ==, ITA_URL_OUTCOME_TIMEOUT);
    g_assert_cmpuint (find (slow_checks, slow)->http_status, ==, 0);
  }
  g_socket_service_stop (plain);
  g_socket_listener_close (G_SOCKET_LISTENER (plain));
  link_test_server_free (server);
}

static void
test_bad_certificate (void)
{
  g_autofree char *pem = g_test_build_filename (G_TEST_DIST, "data", "link-test-self-signed.pem", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GTlsCertificate) cert = NULL;
  g_autoptr(ItaLinkChecker) checker = ita_link_checker_new ();
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autofree char *url = NULL;
  LinkTestServer *server;
  Wait w = { 0 };

  if (!g_tls_backend_supports_tls (g_tls_backend_get_default ()))
    {
      g_test_skip ("no TLS backend (install glib-networking)");
      return;
    }
  cert = g_tls_certificate_new_from_file (pem, &error);
  g_assert_no_error (error);
  server = link_test_server_new ("127.0.0.1", cert);
  url = link_test_server_url (server, "localhost", "/ok.pdf");
  g_assert_true (g_str_has_prefix (url, "https://"));
  targets = targets_of ("o3", url, NULL);
  checks = check (checker, targets, &w);
  g_assert_cmpint (find (checks, url)->outcome, ==, ITA_URL_OUTCOME_TLS);
  g_test_message ("%s", find (checks, url)->message);
  /* the handshake failed: the server never saw a request */
  g_assert_cmpuint (link_test_server_requests (server), ==, 0);
  link_test_server_free (server);
}

/* Politeness --------------------------------------------------------- */

static void
test_per_host_limit (void)
{
  LinkTestServer *server = link_test_server_new ("127.0.0.1", NULL);
  g_autoptr(ItaLinkChecker) checker = ita_link_checker_new ();
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_link_target_free);
  g_autoptr(GPtrArray) checks = NULL;
  Wait w = { 0 };

  /* two hosts (names for the one server); requests are held until four
   * are held at once, which the limit of 2 per host allows only when both
   * hosts are checked in parallel */
  link_test_server_set_barrier (server, 4);
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *path = g_strdup_printf ("/barrier/%u.pdf", i);
      g_autofree char *url = link_test_server_url (server, i % 2 ? "a.test" : "b.test", path);

      g_ptr_array_add (targets, ita_link_target_new ("o4", url));
    }
  checks = check (checker, targets, &w);
  g_assert_cmpuint (checks->len, ==, 12);
  for (guint i = 0; i < checks->len; i++)
    g_assert_cmpint (((ItaUrlCheck *) g_ptr_array_index (checks, i))->outcome, ==, ITA_URL_OUTCOME_OK);
  g_assert_cmpuint (link_test_server_max_per_host (server), ==, 2);
  g_assert_cmpuint (link_test_server_max_in_flight (server), ==, 4);
  link_test_server_free (server);
}

static void
test_many_on_one_host (void)
{
  LinkTestServer *server = link_test_server_new ("127.0.0.1", NULL);
  g_autoptr(ItaLinkChecker) checker = ita_link_checker_new ();
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_link_target_free);
  g_autoptr(GPtrArray) checks = NULL;
  g_autofree char *shared = link_test_server_url (server, NULL, "/delay/20/ok-shared.pdf");
  Wait w = { 0 };

  ita_link_checker_set_max_per_host (checker, 3);
  for (guint i = 0; i < 16; i++)
    {
      g_autofree char *path = g_strdup_printf ("/delay/30/ok-%u.pdf", i);
      g_autofree char *url = link_test_server_url (server, NULL, path);

      g_ptr_array_add (targets, ita_link_target_new ("o5", url));
    }
  /* the same URL for three items: fetched once, reported three times */
  g_ptr_array_add (targets, ita_link_target_new ("o6", shared));
  g_ptr_array_add (targets, ita_link_target_new ("o7", shared));
  g_ptr_array_add (targets, ita_link_target_new ("o8", shared));
  checks = check (checker, targets, &w);
  g_assert_cmpuint (checks->len, ==, 19);
  g_assert_cmpuint (w.progress_calls, ==, 19);
  g_assert_cmpstr (((ItaUrlCheck *) g_ptr_array_index (checks, 18))->item, ==, "o8");
  g_assert_cmpuint (link_test_server_max_per_host (server), <=, 3);
  g_assert_cmpuint (link_test_server_max_per_host (server), >=, 1);
  g_assert_cmpuint (link_test_server_requests (server), ==, 17);   /* HEAD each */
  link_test_server_free (server);
}

/* A URL waiting for its host's turn is not timed: its timeout starts
 * when its request does. */
static void
test_waiting_is_not_timed (void)
{
  LinkTestServer *server = link_test_server_new ("127.0.0.1", NULL);
  g_autoptr(ItaLinkChecker) checker = ita_link_checker_new ();
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_link_target_free);
  g_autoptr(GPtrArray) checks = NULL;
  Wait w = { 0 };

  ita_link_checker_set_max_per_host (checker, 1);
  ita_link_checker_set_timeout (checker, 2.0);
  for (guint i = 0; i < 8; i++)
    {
      g_autofree char *path = g_strdup_printf ("/delay/350/ok-%u.pdf", i);
      g_autofree char *url = link_test_server_url (server, NULL, path);

      g_ptr_array_add (targets, ita_link_target_new ("o5", url));
    }
  checks = check (checker, targets, &w);
  g_assert_cmpuint (checks->len, ==, 8);
  for (guint i = 0; i < checks->len; i++)
    g_assert_cmpstr (ita_url_outcome_to_string (((ItaUrlCheck *) g_ptr_array_index (checks, i))->outcome),
                     ==, "ok");
  g_assert_cmpuint (link_test_server_max_per_host (server), ==, 1);
  link_test_server_free (server);
}

/* Stopping ----------------------------------------------------------- */

static void
test_cancel (void)
{
  LinkTestServer *server = link_test_server_new ("127.0.0.1", NULL);
  g_autoptr(ItaLinkChecker) checker = ita_link_checker_new ();
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_link_target_free);
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Wait w = { 0 };
  Wait w2 = { 0 };

  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *path = g_strdup_printf ("/delay/%u/ok-%u.pdf", 50 + 400 * (i % 3), i);
      g_autofree char *url = link_test_server_url (server, NULL, path);

      g_ptr_array_add (targets, ita_link_target_new ("o9", url));
    }
  w.cancellable = cancellable;
  w.cancel_after = 3;
  checks = check (checker, targets, &w);
  /* what was done before the stop is kept, in the targets' order */
  g_assert_cmpuint (checks->len, >=, 3);
  g_assert_cmpuint (checks->len, <, 20);
  g_assert_cmpuint (checks->len, ==, w.progress_calls);
  for (guint i = 0; i < checks->len; i++)
    g_assert_cmpint (((ItaUrlCheck *) g_ptr_array_index (checks, i))->outcome, ==, ITA_URL_OUTCOME_OK);
  g_assert_false (ita_link_checker_get_busy (checker));

  /* the checker checks again afterwards */
  g_ptr_array_set_size (targets, 2);
  again = check (checker, targets, &w2);
  g_assert_cmpuint (again->len, ==, 2);
  link_test_server_free (server);
}

static void
test_cancelled_before_start (void)
{
  g_autoptr(ItaLinkChecker) checker = ita_link_checker_new ();
  g_autoptr(GPtrArray) targets = targets_of ("o1", "http://nowhere.invalid/a.pdf",
                                             "http://nowhere.invalid/b.pdf", NULL);
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Wait w = { 0 };

  g_cancellable_cancel (cancellable);
  w.cancellable = cancellable;
  checks = check (checker, targets, &w);
  g_assert_cmpuint (checks->len, ==, 0);
}

static void
on_second (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *checks = ita_link_checker_check_finish (ITA_LINK_CHECKER (source), result, &error);

  g_assert_null (checks);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PENDING);
  *(gboolean *) data = TRUE;
}

static void
test_one_at_a_time (void)
{
  g_autoptr(ItaLinkChecker) checker = ita_link_checker_new ();
  g_autoptr(GPtrArray) targets = targets_of ("o1", "http://nowhere.invalid/a.pdf", NULL);
  g_autoptr(GPtrArray) checks = NULL;
  gboolean refused = FALSE;
  Wait w = { 0 };

  ita_link_checker_check_async (checker, targets, NULL, NULL, NULL, NULL, on_checked, &w);
  g_assert_true (ita_link_checker_get_busy (checker));
  ita_link_checker_check_async (checker, targets, NULL, NULL, NULL, NULL, on_second, &refused);
  while (!w.done || !refused)
    g_main_context_iteration (NULL, TRUE);
  checks = w.checks;
  g_assert_cmpuint (checks->len, ==, 1);
  g_assert_cmpint (((ItaUrlCheck *) g_ptr_array_index (checks, 0))->outcome, ==, ITA_URL_OUTCOME_DNS);
}

/* What a check covers ------------------------------------------------ */

static void
set_entry (ItaProject *p,
           const char *item,
           gint64      unit_id,
           const char *url1,
           const char *url2)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaChecklistEntry) e = ita_project_get_checklist_entry (p, item);

  g_strfreev (e->urls);
  e->urls = g_new0 (char *, 3);
  e->urls[0] = g_strdup (url1);
  e->urls[1] = g_strdup (url2);
  g_array_set_size (e->unit_ids, 0);
  ita_checklist_entry_add_unit (e, unit_id);
  ita_project_set_checklist_entry (p, e, &error);
  g_assert_no_error (error);
}

static char *
targets_text (GPtrArray *targets)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < targets->len; i++)
    {
      ItaLinkTarget *t = g_ptr_array_index (targets, i);

      g_string_append_printf (s, "%s%s %s", i ? ", " : "", t->item, t->url);
    }
  return g_string_free (s, FALSE);
}

static void
test_targets (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) edition = ita_catalogue_lookup ("ita-2568", &error);
  g_autofree char *dir = g_dir_make_tmp ("ita-targets-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "plan.ita", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ItaProject) p = ita_project_create (file, edition, 0, &error);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) unit = NULL;
  g_autoptr(GPtrArray) sub = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *text = NULL;
  const char * const selected[] = { "O3", "o1", "x9", NULL };
  gint64 finance = 0, accounts = 0, works = 0;

  g_assert_no_error (error);
  ita_project_add_unit (p, ITA_ID_NONE, "กองคลัง", ITA_UNIT_KIND_DIVISION, &finance, NULL);
  ita_project_add_unit (p, finance, "งานการเงิน", ITA_UNIT_KIND_WORK, &accounts, NULL);
  ita_project_add_unit (p, ITA_ID_NONE, "กองช่าง", ITA_UNIT_KIND_DIVISION, &works, NULL);
  set_entry (p, "o1", ITA_UNIT_ALL, "https://a.go.th/1", NULL);
  set_entry (p, "o2", finance, "https://a.go.th/2", "https://a.go.th/2");
  set_entry (p, "o3", accounts, "https://a.go.th/3", "https://b.go.th/3");
  set_entry (p, "o4", works, "https://a.go.th/4", NULL);

  all = ita_link_targets_for_checklist (p);
  text = targets_text (all);
  g_assert_cmpstr (text, ==, "o1 https://a.go.th/1, o2 https://a.go.th/2, o3 https://a.go.th/3, "
                             "o3 https://b.go.th/3, o4 https://a.go.th/4");
  g_clear_pointer (&text, g_free);
  /* กองคลัง: its own items, its sub-unit's and those of every unit (the
   * unit's part of the checklist, as the OIT view and the handout show it) */
  unit = ita_link_targets_for_unit (p, finance);
  text = targets_text (unit);
  g_assert_cmpstr (text, ==, "o1 https://a.go.th/1, o2 https://a.go.th/2, o3 https://a.go.th/3, o3 https://b.go.th/3");
  g_clear_pointer (&text, g_free);
  sub = ita_link_targets_for_unit (p, accounts);
  g_assert_cmpuint (sub->len, ==, 3);
  items = ita_link_targets_for_items (p, selected);
  text = targets_text (items);
  g_assert_cmpstr (text, ==, "o1 https://a.go.th/1, o3 https://a.go.th/3, o3 https://b.go.th/3");

  g_clear_object (&p);
  g_remove (path);
  g_rmdir (dir);
}

/* The rules ---------------------------------------------------------- */

static gboolean
is_home (const char *url)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);

  return ita_link_uri_is_home (uri);
}

static gboolean
is_login (const char *url,
          const char *original)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  g_autoptr(GUri) orig = g_uri_parse (original, G_URI_FLAGS_NONE, NULL);

  return ita_link_uri_is_login (uri, orig);
}

static gboolean
has_password (const char *html)
{
  return ita_link_html_has_password_field ((const guint8 *) html, strlen (html));
}

static void
test_rules (void)
{
  g_autofree char *why = NULL;
  g_autoptr(GUri) uri = NULL;

  g_assert_true (ita_link_path_is_document ("/files/plan-2568.PDF"));
  g_assert_true (ita_link_path_is_document ("/a/report.xlsx"));
  g_assert_false (ita_link_path_is_document ("/news/view.php"));
  g_assert_false (ita_link_path_is_document ("/.pdf"));
  g_assert_false (ita_link_path_is_document ("/pdf/"));

  g_assert_true (is_home ("https://www.example.go.th/"));
  g_assert_true (is_home ("https://www.example.go.th"));
  g_assert_true (is_home ("https://www.example.go.th/index.php"));
  g_assert_true (is_home ("https://www.example.go.th/th/"));
  g_assert_false (is_home ("https://www.example.go.th/index.php?option=com_content&id=12"));
  g_assert_false (is_home ("https://www.example.go.th/news/index.php"));

  g_assert_true (is_login ("https://x.go.th/user/login", "https://x.go.th/doc"));
  g_assert_true (is_login ("https://x.go.th/wp-login.php?redirect_to=%2F", "https://x.go.th/doc"));
  g_assert_true (is_login ("https://x.go.th/Account/Login.aspx", "https://x.go.th/doc"));
  g_assert_true (is_login ("https://accounts.google.com/v3/signin/identifier", "https://drive.google.com/x"));
  g_assert_true (is_login ("https://login.microsoftonline.com/common/oauth2", "https://x.sharepoint.com/y"));
  g_assert_false (is_login ("https://x.go.th/news/loginfo.html", "https://x.go.th/doc"));
  g_assert_false (is_login ("https://x.go.th/authority/report.pdf", "https://x.go.th/doc"));
  g_assert_false (is_login ("https://accounts.x.go.th/budget.pdf", "https://accounts.x.go.th/budget.pdf"));

  g_assert_true (has_password ("<form><input type=\"password\" name=p></form>"));
  g_assert_true (has_password ("<INPUT\n  TYPE = 'Password'>"));
  g_assert_true (has_password ("<input name=p type=password>"));
  g_assert_false (has_password ("<p>type=\"password\" is explained here</p><input type=\"text\">"));
  g_assert_false (has_password ("<input"));

  uri = ita_link_parse_url ("https://www.example.go.th/a.pdf#page=2", &why);
  g_assert_nonnull (uri);
  g_assert_null (g_uri_get_fragment (uri));
  g_assert_null (ita_link_parse_url ("mailto:saraban@example.go.th", &why));
  g_assert_nonnull (why);
}

/* The TLS handshakes (glib-networking) run in GLib's thread pool; its
 * threads idle on for a while after. LeakSanitizer (gcc 12, glibc 2.36)
 * crashes at exit while such a thread waits, so let them end first. */
static void
settle_threads (void)
{
  g_thread_pool_set_max_unused_threads (0);
  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(GDir) tasks = g_dir_open ("/proc/self/task", 0, NULL);
      guint n = 0;

      g_thread_pool_stop_unused_threads ();
      if (tasks == NULL)
        return;   /* not Linux: nothing to wait for */
      while (g_dir_read_name (tasks) != NULL)
        n++;
      if (n <= 2)   /* this one and GLib's worker */
        return;
      g_usleep (50 * 1000);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  link_test_install_resolver ();

  g_test_add_func ("/net/link-checker/outcomes", test_outcomes);
  g_test_add_func ("/net/link-checker/network-failures", test_network_failures);
  g_test_add_func ("/net/link-checker/bad-certificate", test_bad_certificate);
  g_test_add_func ("/net/link-checker/per-host-limit", test_per_host_limit);
  g_test_add_func ("/net/link-checker/many-on-one-host", test_many_on_one_host);
  g_test_add_func ("/net/link-checker/waiting-is-not-timed", test_waiting_is_not_timed);
  g_test_add_func ("/net/link-checker/cancel", test_cancel);
  g_test_add_func ("/net/link-checker/cancelled-before-start", test_cancelled_before_start);
  g_test_add_func ("/net/link-checker/one-at-a-time", test_one_at_a_time);
  g_test_add_func ("/net/link-checker/targets", test_targets);
  g_test_add_func ("/net/link-checker/rules", test_rules);
  status = g_test_run ();
  settle_threads ();
  return status;
}
