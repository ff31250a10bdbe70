/* link-test-server.c: see link-test-server.h */
#include <string.h>

#include "link-test-server.h"

#define BARRIER_FALLBACK_MS 10000

static const char pdf_body[] = "%PDF-1.4\n% a tiny stand-in for a document\n%%EOF\n";
static const char page_body[] =
  "<!DOCTYPE html><html><head><title>ประกาศ</title></head>"
  "<body><h1>ประกาศเทศบาล</h1><p>Evidence</p></body></html>";
static const char home_body[] =
  "<!DOCTYPE html><html><head><title>เทศบาล</title></head><body>หน้าแรก</body></html>";
static const char login_body[] =
  "<!DOCTYPE html><html><body><form method=\"post\" action=\"/login\">"
  "<input name=\"user\"><INPUT Type = 'Password' name=\"pw\"><button>เข้าสู่ระบบ</button>"
  "</form></body></html>";

typedef struct {
  LinkTestServer    *server;
  SoupServerMessage *msg;      /* owned ref */
  char              *host;
  char              *path;     /* what to answer after the wait */
  guint              timer;
  gboolean           held;     /* paused */
  gboolean           done;     /* finished: never touch msg's I/O again */
} Request;

struct _LinkTestServer
{
  SoupServer *soup;
  GUri       *base;
  GHashTable *in_flight_by_host;   /* host → count */
  GPtrArray  *requests;            /* of Request, all seen */
  guint       n_requests;
  guint       in_flight;
  guint       max_in_flight;
  guint       max_per_host;
  guint       credentials;
  char       *user_agent;
  guint       barrier;
  gboolean    barrier_open;
  guint       barrier_timer;
};

static void
request_free (Request *r)
{
  if (r->timer != 0)
    g_source_remove (r->timer);
  g_clear_object (&r->msg);
  g_free (r->host);
  g_free (r->path);
  g_free (r);
}

static void
set_body (SoupServerMessage *msg,
          guint              status,
          const char        *type,
          const char        *body)
{
  soup_server_message_set_status (msg, status, NULL);
  if (type != NULL)
    soup_server_message_set_response (msg, type, SOUP_MEMORY_STATIC, body, strlen (body));
}

static void
redirect (SoupServerMessage *msg,
          guint              status,
          const char        *to)
{
  soup_server_message_set_redirect (msg, status, to);
}

/* Answers msg as path says (the paths of the header). */
static void
answer (LinkTestServer    *server,
        SoupServerMessage *msg,
        const char        *path)
{
  gboolean head = g_str_equal (soup_server_message_get_method (msg), SOUP_METHOD_HEAD);

  if (g_str_has_prefix (path, "/ok") && g_str_has_suffix (path, ".pdf"))
    set_body (msg, 200, "application/pdf", pdf_body);
  else if (g_str_has_prefix (path, "/page"))
    {
      set_body (msg, 200, "text/html; charset=utf-8", page_body);
      soup_message_headers_append (soup_server_message_get_response_headers (msg),
                                   "Set-Cookie", "session=abc123; Path=/");
    }
  else if (g_str_equal (path, "/"))
    set_body (msg, 200, "text/html; charset=utf-8", home_body);
  else if (g_str_equal (path, "/chain"))
    redirect (msg, 301, "/chain2");
  else if (g_str_equal (path, "/chain2"))
    redirect (msg, 302, "/ok.pdf");
  else if (g_str_equal (path, "/loop-a"))
    redirect (msg, 302, "/loop-b");
  else if (g_str_equal (path, "/loop-b"))
    redirect (msg, 302, "/loop-a");
  else if (g_str_has_prefix (path, "/hop/"))
    {
      guint64 n = g_ascii_strtoull (path + 5, NULL, 10);
      g_autofree char *to = g_strdup_printf ("/hop/%" G_GUINT64_FORMAT, n + 1);

      redirect (msg, 302, to);
    }
  else if (g_str_equal (path, "/to-ftp"))
    redirect (msg, 302, "ftp://127.0.0.1/file.pdf");
  else if (g_str_equal (path, "/missing"))
    set_body (msg, 404, "text/html", "<html><body>Not here</body></html>");
  else if (g_str_equal (path, "/gone"))
    set_body (msg, 410, NULL, NULL);
  else if (g_str_equal (path, "/forbidden"))
    set_body (msg, 403, NULL, NULL);
  else if (g_str_equal (path, "/broken"))
    set_body (msg, 500, "text/plain", "internal error");
  else if (g_str_equal (path, "/needs-auth"))
    {
      set_body (msg, 401, NULL, NULL);
      soup_message_headers_append (soup_server_message_get_response_headers (msg),
                                   "WWW-Authenticate", "Basic realm=\"intranet\"");
    }
  else if (g_str_equal (path, "/wrong.pdf"))
    set_body (msg, 200, "text/html; charset=utf-8", page_body);
  else if (g_str_equal (path, "/moved.pdf"))
    redirect (msg, 301, "/");
  else if (g_str_equal (path, "/private"))
    redirect (msg, 302, "/login?next=/private");
  else if (g_str_equal (path, "/login") || g_str_equal (path, "/form"))
    set_body (msg, 200, "text/html; charset=utf-8", login_body);
  else if (g_str_equal (path, "/no-head.pdf"))
    {
      if (head)
        set_body (msg, 405, NULL, NULL);
      else
        set_body (msg, 200, "application/pdf", pdf_body);
    }
  else if (g_str_equal (path, "/head-lies.pdf"))
    {
      if (head)
        set_body (msg, 404, NULL, NULL);
      else
        set_body (msg, 200, "application/pdf", pdf_body);
    }
  else
    set_body (msg, 404, NULL, NULL);
}

static void
release (Request *r)
{
  r->timer = 0;
  if (r->done || !r->held)
    return;
  r->held = FALSE;
  answer (r->server, r->msg, r->path);
  soup_server_message_unpause (r->msg);
}

static gboolean
on_delay_over (gpointer data)
{
  release (data);
  return G_SOURCE_REMOVE;
}

static void
open_barrier (LinkTestServer *server)
{
  server->barrier_open = TRUE;
  if (server->barrier_timer != 0)
    g_source_remove (server->barrier_timer);
  server->barrier_timer = 0;
  for (guint i = 0; i < server->requests->len; i++)
    {
      Request *r = g_ptr_array_index (server->requests, i);

      if (r->held && r->timer == 0)
        release (r);
    }
}

static gboolean
on_barrier_fallback (gpointer data)
{
  LinkTestServer *server = data;

  server->barrier_timer = 0;
  open_barrier (server);
  return G_SOURCE_REMOVE;
}

static void
on_finished (SoupServerMessage *msg,
             gpointer           data)
{
  Request *r = data;
  LinkTestServer *server = r->server;
  guint n;

  if (r->done)
    return;
  r->done = TRUE;
  if (r->timer != 0)
    {
      g_source_remove (r->timer);
      r->timer = 0;
    }
  server->in_flight--;
  n = GPOINTER_TO_UINT (g_hash_table_lookup (server->in_flight_by_host, r->host));
  g_hash_table_insert (server->in_flight_by_host, g_strdup (r->host), GUINT_TO_POINTER (n - 1));
}

static void
handler (SoupServer        *soup,
         SoupServerMessage *msg,
         const char        *path,
         GHashTable        *query,
         gpointer           data)
{
  LinkTestServer *server = data;
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  const char *host_header = soup_message_headers_get_one (headers, "Host");
  const char *colon;
  Request *r;
  guint n;

  server->n_requests++;
  if (soup_message_headers_get_one (headers, "Cookie") != NULL ||
      soup_message_headers_get_one (headers, "Authorization") != NULL)
    server->credentials++;
  g_free (server->user_agent);
  server->user_agent = g_strdup (soup_message_headers_get_one (headers, "User-Agent"));

  r = g_new0 (Request, 1);
  r->server = server;
  r->msg = g_object_ref (msg);
  colon = host_header ? strrchr (host_header, ':') : NULL;
  r->host = host_header ? g_strndup (host_header, colon ? (gsize) (colon - host_header)
                                                        : strlen (host_header))
                        : g_strdup ("");
  r->path = g_strdup (path);
  g_ptr_array_add (server->requests, r);
  g_signal_connect (msg, "finished", G_CALLBACK (on_finished), r);

  server->in_flight++;
  server->max_in_flight = MAX (server->max_in_flight, server->in_flight);
  n = GPOINTER_TO_UINT (g_hash_table_lookup (server->in_flight_by_host, r->host)) + 1;
  g_hash_table_insert (server->in_flight_by_host, g_strdup (r->host), GUINT_TO_POINTER (n));
  server->max_per_host = MAX (server->max_per_host, n);

  if (g_str_has_prefix (path, "/delay/"))
    {
      const char *rest = path + 7;
      char *end = NULL;
      guint64 ms = g_ascii_strtoull (rest, &end, 10);

      g_free (r->path);
      r->path = g_strdup (end && *end == '/' ? end : "/ok.pdf");
      r->held = TRUE;
      soup_server_message_pause (msg);
      r->timer = g_timeout_add ((guint) ms, on_delay_over, r);
      return;
    }
  if (g_str_has_prefix (path, "/barrier/") && server->barrier > 0 && !server->barrier_open)
    {
      guint held = 0;

      g_free (r->path);
      r->path = g_strdup ("/ok.pdf");
      r->held = TRUE;
      soup_server_message_pause (msg);
      for (guint i = 0; i < server->requests->len; i++)
        held += ((Request *) g_ptr_array_index (server->requests, i))->held;
      if (held >= server->barrier)
        open_barrier (server);
      else if (server->barrier_timer == 0)
        server->barrier_timer = g_timeout_add (BARRIER_FALLBACK_MS, on_barrier_fallback, server);
      return;
    }
  if (g_str_has_prefix (path, "/barrier/"))
    {
      answer (server, msg, "/ok.pdf");
      return;
    }
  answer (server, msg, path);
}

LinkTestServer *
link_test_server_new (const char      *address,
                      GTlsCertificate *certificate)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GInetAddress) inet = g_inet_address_new_from_string (address);
  g_autoptr(GSocketAddress) where = g_inet_socket_address_new (inet, 0);
  LinkTestServer *server = g_new0 (LinkTestServer, 1);
  GSList *uris;

  g_assert_nonnull (inet);
  server->soup = soup_server_new ("tls-certificate", certificate, NULL);
  server->in_flight_by_host = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  server->requests = g_ptr_array_new_with_free_func ((GDestroyNotify) request_free);
  soup_server_add_handler (server->soup, NULL, handler, server, NULL);
  if (!soup_server_listen (server->soup, where, certificate ? SOUP_SERVER_LISTEN_HTTPS : 0, &error))
    g_error ("the test server could not listen on %s: %s", address, error->message);
  uris = soup_server_get_uris (server->soup);
  server->base = g_uri_ref (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  return server;
}

void
link_test_server_free (LinkTestServer *server)
{
  if (server == NULL)
    return;
  if (server->barrier_timer != 0)
    g_source_remove (server->barrier_timer);
  for (guint i = 0; i < server->requests->len; i++)
    {
      Request *r = g_ptr_array_index (server->requests, i);

      g_signal_handlers_disconnect_by_data (r->msg, r);
      r->done = TRUE;
    }
  soup_server_disconnect (server->soup);
  g_clear_object (&server->soup);
  g_ptr_array_unref (server->requests);
  g_hash_table_unref (server->in_flight_by_host);
  g_uri_unref (server->base);
  g_free (server->user_agent);
  g_free (server);
}

guint
link_test_server_port (LinkTestServer *server)
{
  return (guint) g_uri_get_port (server->base);
}

char *
link_test_server_url (LinkTestServer *server,
                      const char     *host,
                      const char     *path)
{
  return g_strdup_printf ("%s://%s:%u%s", g_uri_get_scheme (server->base),
                          host ? host : g_uri_get_host (server->base),
                          link_test_server_port (server), path);
}

void
link_test_server_set_barrier (LinkTestServer *server,
                              guint           n)
{
  server->barrier = n;
  server->barrier_open = FALSE;
}

guint
link_test_server_requests (LinkTestServer *server)
{
  return server->n_requests;
}

guint
link_test_server_max_in_flight (LinkTestServer *server)
{
  return server->max_in_flight;
}

guint
link_test_server_max_per_host (LinkTestServer *server)
{
  return server->max_per_host;
}

guint
link_test_server_credentials_seen (LinkTestServer *server)
{
  return server->credentials;
}

const char *
link_test_server_user_agent (LinkTestServer *server)
{
  return server->user_agent;
}

/* The resolver ------------------------------------------------------- */

#define LINK_TEST_TYPE_RESOLVER (link_test_resolver_get_type ())
G_DECLARE_FINAL_TYPE (LinkTestResolver, link_test_resolver, LINK_TEST, RESOLVER, GResolver)

struct _LinkTestResolver
{
  GResolver parent_instance;
};

G_DEFINE_FINAL_TYPE (LinkTestResolver, link_test_resolver, G_TYPE_RESOLVER)

static GList *
lookup (const char                *name,
        GResolverNameLookupFlags   flags,
        GError                   **error)
{
  if (g_str_has_suffix (name, ".test") && !(flags & G_RESOLVER_NAME_LOOKUP_FLAGS_IPV6_ONLY))
    return g_list_prepend (NULL, g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4));
  g_set_error (error, G_RESOLVER_ERROR, G_RESOLVER_ERROR_NOT_FOUND,
               "Error resolving “%s”: Name or service not known", name);
  return NULL;
}

static GList *
resolver_lookup_by_name_with_flags (GResolver                 *resolver,
                                    const char                *name,
                                    GResolverNameLookupFlags   flags,
                                    GCancellable              *cancellable,
                                    GError                   **error)
{
  return lookup (name, flags, error);
}

static GList *
resolver_lookup_by_name (GResolver     *resolver,
                         const char    *name,
                         GCancellable  *cancellable,
                         GError       **error)
{
  return lookup (name, G_RESOLVER_NAME_LOOKUP_FLAGS_DEFAULT, error);
}

static void
free_addresses (gpointer data)
{
  g_resolver_free_addresses (data);
}

static void
resolver_lookup_by_name_with_flags_async (GResolver                *resolver,
                                          const char               *name,
                                          GResolverNameLookupFlags  flags,
                                          GCancellable             *cancellable,
                                          GAsyncReadyCallback       callback,
                                          gpointer                  data)
{
  g_autoptr(GTask) task = g_task_new (resolver, cancellable, callback, data);
  GError *error = NULL;
  GList *addresses = lookup (name, flags, &error);

  if (addresses != NULL)
    g_task_return_pointer (task, addresses, free_addresses);
  else
    g_task_return_error (task, error);
}

static void
resolver_lookup_by_name_async (GResolver           *resolver,
                               const char          *name,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             data)
{
  resolver_lookup_by_name_with_flags_async (resolver, name, G_RESOLVER_NAME_LOOKUP_FLAGS_DEFAULT,
                                            cancellable, callback, data);
}

static GList *
resolver_lookup_finish (GResolver     *resolver,
                        GAsyncResult  *result,
                        GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
link_test_resolver_class_init (LinkTestResolverClass *klass)
{
  GResolverClass *resolver_class = G_RESOLVER_CLASS (klass);

  resolver_class->lookup_by_name = resolver_lookup_by_name;
  resolver_class->lookup_by_name_async = resolver_lookup_by_name_async;
  resolver_class->lookup_by_name_finish = resolver_lookup_finish;
  resolver_class->lookup_by_name_with_flags = resolver_lookup_by_name_with_flags;
  resolver_class->lookup_by_name_with_flags_async = resolver_lookup_by_name_with_flags_async;
  resolver_class->lookup_by_name_with_flags_finish = resolver_lookup_finish;
}

static void
link_test_resolver_init (LinkTestResolver *self)
{
}

void
link_test_install_resolver (void)
{
  g_autoptr(GResolver) resolver = g_object_new (LINK_TEST_TYPE_RESOLVER, NULL);

  g_resolver_set_default (resolver);
}
