/* ita-link-checker-private.h: the rules that judge what an answer is
 * (pure functions of addresses, headers and the first bytes of a page),
 * shared by the checker and its tests. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* At most this much of a web page is read (to find a login form). */
#define ITA_LINK_SNIFF_BYTES (64 * 1024)

/* The URL as a request can be made for it: http or https, a host, no
 * user name or password; the fragment dropped. NULL otherwise, with the
 * reason (translated) in why. */
GUri     *ita_link_parse_url              (const char    *url,
                                           char         **why);
/* The key of the per-host limit: the host name in lower case. */
char     *ita_link_host_key               (GUri          *uri);
/* text/html or application/xhtml+xml (parameters ignored). */
gboolean  ita_link_content_type_is_html   (const char    *content_type);
/* The path's last segment ends in an extension of a file that is not a
 * web page: .pdf, .doc(x), .xls(x), .ppt(x), .odt/.ods/.odp, .rtf, .csv,
 * .zip, .rar, .7z, images. */
gboolean  ita_link_path_is_document       (const char    *path);
/* "/", "", "/index.php", "/default.aspx", "/home", "/th/" … with no query. */
gboolean  ita_link_uri_is_home            (GUri          *uri);
/* A login page: a path segment such as login, signin, logon, wp-login.php,
 * login.aspx, sso; or, when the host is not the original one, a host
 * such as login.…, accounts.…, sso.…, auth.… */
gboolean  ita_link_uri_is_login           (GUri          *uri,
                                           GUri          *original);
/* The page holds an <input type="password"> (case and spaces ignored). */
gboolean  ita_link_html_has_password_field (const guint8 *data,
                                            gsize         length);

G_END_DECLS
