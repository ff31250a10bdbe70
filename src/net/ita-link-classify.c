/* ita-link-classify.c: what an address or an answer looks like — a web
 * page, a document, a home page, a login page or form */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "ita-link-checker-private.h"

GUri *
ita_link_parse_url (const char  *url,
                    char       **why)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;
  const char *host;

  *why = NULL;
  if (url == NULL || !g_utf8_validate (url, -1, NULL) || strpbrk (url, " \t\r\n") != NULL)
    {
      *why = g_strdup (_("not a web address"));
      return NULL;
    }
  uri = g_uri_parse (url, SOUP_HTTP_URI_FLAGS, NULL);
  if (uri == NULL)
    {
      *why = g_strdup (_("not a web address"));
      return NULL;
    }
  scheme = g_uri_get_scheme (uri);
  if (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0)
    {
      *why = g_strdup_printf (_("only http:// and https:// addresses are checked, not %s:"), scheme);
      return NULL;
    }
  host = g_uri_get_host (uri);
  if (host == NULL || *host == '\0')
    {
      *why = g_strdup (_("the address names no website"));
      return NULL;
    }
  if (g_uri_get_userinfo (uri) != NULL)
    {
      *why = g_strdup (_("the address holds a user name or password, which is never sent"));
      return NULL;
    }
  if (g_uri_get_fragment (uri) != NULL)
    return soup_uri_copy (uri, SOUP_URI_FRAGMENT, NULL, SOUP_URI_NONE);
  return g_steal_pointer (&uri);
}

char *
ita_link_host_key (GUri *uri)
{
  return g_ascii_strdown (g_uri_get_host (uri), -1);
}

gboolean
ita_link_content_type_is_html (const char *content_type)
{
  if (content_type == NULL)
    return FALSE;
  return g_ascii_strncasecmp (content_type, "text/html", 9) == 0 ||
         g_ascii_strncasecmp (content_type, "application/xhtml+xml", 21) == 0;
}

static char *
last_segment (const char *path)
{
  const char *slash = path ? strrchr (path, '/') : NULL;
  const char *seg = slash ? slash + 1 : (path ? path : "");

  return g_ascii_strdown (seg, -1);
}

gboolean
ita_link_path_is_document (const char *path)
{
  static const char * const extensions[] = {
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".odp",
    ".rtf", ".csv", ".zip", ".rar", ".7z", ".jpg", ".jpeg", ".png", ".gif", NULL
  };
  g_autofree char *seg = last_segment (path);

  for (guint i = 0; extensions[i] != NULL; i++)
    {
      if (g_str_has_suffix (seg, extensions[i]) && strlen (seg) > strlen (extensions[i]))
        return TRUE;
    }
  return FALSE;
}

gboolean
ita_link_uri_is_home (GUri *uri)
{
  static const char * const homes[] = {
    "", "/", "/home", "/home/", "/main", "/main/", "/th", "/th/", "/en", "/en/", NULL
  };
  static const char * const pages[] = { "index.", "default.", "home.", "main.", NULL };
  const char *query = g_uri_get_query (uri);
  const char *path = g_uri_get_path (uri);
  g_autofree char *lower = g_ascii_strdown (path, -1);
  const char *rest;

  if (query != NULL && *query != '\0')
    return FALSE;
  for (guint i = 0; homes[i] != NULL; i++)
    {
      if (g_str_equal (lower, homes[i]))
        return TRUE;
    }
  /* /index.php, /th/index.html, /default.aspx */
  rest = lower;
  if (g_str_has_prefix (rest, "/th/") || g_str_has_prefix (rest, "/en/"))
    rest += 3;
  if (rest[0] != '/' || strchr (rest + 1, '/') != NULL)
    return FALSE;
  for (guint i = 0; pages[i] != NULL; i++)
    {
      if (g_str_has_prefix (rest + 1, pages[i]))
        return TRUE;
    }
  return FALSE;
}

static gboolean
segment_is_login (const char *seg)
{
  static const char * const names[] = {
    "login", "log-in", "signin", "sign-in", "logon", "servicelogin", "sso", "auth",
    "authenticate", "wp-login.php", NULL
  };
  static const char * const prefixes[] = { "login.", "signin.", "logon.", "wp-login", NULL };

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (seg, names[i]))
        return TRUE;
    }
  for (guint i = 0; prefixes[i] != NULL; i++)
    {
      if (g_str_has_prefix (seg, prefixes[i]))
        return TRUE;
    }
  return FALSE;
}

gboolean
ita_link_uri_is_login (GUri *uri,
                       GUri *original)
{
  static const char * const hosts[] = { "login.", "accounts.", "sso.", "auth.", "signin.", NULL };
  g_autofree char *path = g_ascii_strdown (g_uri_get_path (uri), -1);
  g_auto(GStrv) segments = g_strsplit (path, "/", -1);
  const char *host = g_uri_get_host (uri);

  for (guint i = 0; segments[i] != NULL; i++)
    {
      if (segment_is_login (segments[i]))
        return TRUE;
    }
  if (original != NULL && host != NULL &&
      g_ascii_strcasecmp (host, g_uri_get_host (original)) != 0)
    {
      for (guint i = 0; hosts[i] != NULL; i++)
        {
          if (g_ascii_strncasecmp (host, hosts[i], strlen (hosts[i])) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

gboolean
ita_link_html_has_password_field (const guint8 *data,
                                  gsize         length)
{
  gsize i = 0;

  while (i + 6 <= length)
    {
      g_autoptr(GString) tag = NULL;

      if (data[i] != '<' || g_ascii_strncasecmp ((const char *) data + i + 1, "input", 5) != 0)
        {
          i++;
          continue;
        }
      /* the tag, lower case, without white space */
      tag = g_string_new (NULL);
      for (i += 6; i < length && data[i] != '>'; i++)
        {
          if (!g_ascii_isspace (data[i]))
            g_string_append_c (tag, g_ascii_tolower (data[i]));
        }
      if (strstr (tag->str, "type=\"password\"") != NULL ||
          strstr (tag->str, "type='password'") != NULL ||
          strstr (tag->str, "type=password") != NULL)
        return TRUE;
    }
  return FALSE;
}
