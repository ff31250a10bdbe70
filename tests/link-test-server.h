/* link-test-server.h: a local web server for the link checker's tests
 * and benchmark (libsoup's SoupServer on 127.0.0.x, in the caller's main
 * context), and a resolver that maps *.test names to 127.0.0.1.
 *
 * Paths it answers:
 *   /ok.pdf            200 application/pdf
 *   /page              200 text/html (no password field); sets a cookie
 *   /                  200 text/html: the home page
 *   /chain             301 → /chain2 → 302 → /ok.pdf
 *   /loop-a            302 → /loop-b → 302 → /loop-a
 *   /hop/N             302 → /hop/N+1, forever
 *   /to-ftp            302 → ftp://127.0.0.1/file.pdf
 *   /missing           404;  /gone 410;  /forbidden 403;  /broken 500
 *   /needs-auth        401 with WWW-Authenticate: Basic
 *   /wrong.pdf         200 text/html (a web page at a document address)
 *   /moved.pdf         301 → /
 *   /private           302 → /login?next=/private;  /login: a login form
 *   /form              200 text/html holding <input type="password">
 *   /no-head.pdf       HEAD 405, GET 200 application/pdf
 *   /head-lies.pdf     HEAD 404, GET 200 application/pdf
 *   /delay/MS/NAME     waits MS milliseconds, then as NAME (ok.pdf or page)
 *   /barrier/NAME.pdf  held until `barrier` requests are held at once (or
 *                      10 s), then every request answers at once; after
 *                      that, no more holding
 */
#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

typedef struct _LinkTestServer LinkTestServer;

/* Listens on address ("127.0.0.1"), port chosen by the system; with a
 * certificate, on HTTPS. */
LinkTestServer *link_test_server_new        (const char      *address,
                                             GTlsCertificate *certificate);
void            link_test_server_free       (LinkTestServer  *server);
guint           link_test_server_port       (LinkTestServer  *server);
/* "http://127.0.0.1:PORT/path" (https with a certificate); host NULL for
 * the listening address. */
char           *link_test_server_url        (LinkTestServer  *server,
                                             const char      *host,
                                             const char      *path);
/* Sets the number of requests /barrier/ waits for (0: none). */
void            link_test_server_set_barrier (LinkTestServer *server,
                                              guint           n);

/* What the server saw. */
guint           link_test_server_requests        (LinkTestServer *server);
guint           link_test_server_max_in_flight   (LinkTestServer *server);
/* The most requests at once for one Host header name (port left out). */
guint           link_test_server_max_per_host    (LinkTestServer *server);
/* Requests that carried a Cookie or an Authorization header. */
guint           link_test_server_credentials_seen (LinkTestServer *server);
/* The User-Agent of the last request. */
const char     *link_test_server_user_agent      (LinkTestServer *server);

/* Makes names ending in ".test" resolve to 127.0.0.1 and every other name
 * fail (as a name that does not exist), for the whole process. */
void            link_test_install_resolver  (void);

G_END_DECLS
