/* ita-project-limits.c: the limits of ita-limits.h for a project — on
 * what is set or imported, and on what a file holds when it is opened */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-limits.h"
#include "ita-project-private.h"

glong
ita_limit_text_over (const char *text,
                     glong       max_chars)
{
  glong n;

  /* a byte count at or under the limit cannot hold more characters */
  if (text == NULL || (glong) strlen (text) <= max_chars)
    return 0;
  n = g_utf8_validate (text, -1, NULL) ? g_utf8_strlen (text, -1) : (glong) strlen (text);
  return n > max_chars ? n : 0;
}

static char *
format_count (gint64 n)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, n);
}

gboolean
ita_limit_check_text (const char  *text,
                      glong        max_chars,
                      const char  *what,
                      GError     **error)
{
  glong over = ita_limit_text_over (text, max_chars);
  g_autofree char *n = NULL;

  if (over == 0)
    return TRUE;
  n = format_count (over);
  g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_TOO_LARGE,
               _("%s is %s characters long; ITA Planner keeps at most %d (docs/limits.md)."),
               what, n, (int) max_chars);
  return FALSE;
}

gboolean
ita_limit_check_count (gint64       count,
                       gint64       max,
                       const char  *what,
                       GError     **error)
{
  g_autofree char *n = NULL;

  if (count <= max)
    return TRUE;
  n = format_count (count);
  g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_TOO_LARGE,
               _("%s: %s; ITA Planner keeps at most %d (docs/limits.md)."),
               what, n, (int) max);
  return FALSE;
}

gboolean
ita_project_check_row_count (ItaProject  *self,
                             const char  *count_sql,
                             gint64       max,
                             const char  *what,
                             GError     **error)
{
  sqlite3_stmt *stmt = ita_project_prepare (self, count_sql, error);
  gint64 n = 0;

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return ita_limit_check_count (n + 1, max, what, error);
}

/* What a file holds ------------------------------------------------------ */

typedef struct {
  const char *sql;     /* one integer: the largest length, or a count */
  gint64      max;
  const char *what;    /* N_() */
} StoredLimit;

#define LONGEST(table, column) "SELECT max(length(" column ")) FROM " table
#define MOST(table, key) "SELECT max(n) FROM (SELECT count(*) AS n FROM " table " GROUP BY " key ")"

static const StoredLimit stored_limits[] = {
  { LONGEST ("agency", "name"), ITA_LIMIT_NAME_CHARS, N_("the agency name is too long") },
  { LONGEST ("agency", "kind"), ITA_LIMIT_NAME_CHARS, N_("the agency kind is too long") },
  { LONGEST ("agency", "district"), ITA_LIMIT_NAME_CHARS, N_("the district is too long") },
  { LONGEST ("agency", "province"), ITA_LIMIT_NAME_CHARS, N_("the province is too long") },
  { LONGEST ("agency", "website"), ITA_LIMIT_URL_CHARS, N_("the agency website is too long") },
  { "SELECT count(*) FROM unit", ITA_LIMIT_UNITS, N_("it has too many units") },
  { LONGEST ("unit", "name"), ITA_LIMIT_NAME_CHARS, N_("a unit name is too long") },
  { "SELECT count(*) FROM measure", ITA_LIMIT_MEASURES, N_("it has too many measures") },
  { LONGEST ("measure", "title"), ITA_LIMIT_NAME_CHARS, N_("a measure title is too long") },
  { LONGEST ("measure", "issue"), ITA_LIMIT_TEXT_CHARS, N_("a measure’s issue is too long") },
  { LONGEST ("measure", "methods"), ITA_LIMIT_TEXT_CHARS, N_("a measure’s methods are too long") },
  { LONGEST ("measure", "kpi"), ITA_LIMIT_TEXT_CHARS, N_("a measure’s KPI is too long") },
  { LONGEST ("measure", "target"), ITA_LIMIT_TEXT_CHARS, N_("a measure’s target is too long") },
  { MOST ("measure_step", "measure_id"), ITA_LIMIT_MEASURE_LIST, N_("a measure has too many steps") },
  { MOST ("measure_target", "measure_id"), ITA_LIMIT_MEASURE_LIST, N_("a measure has too many targets") },
  { MOST ("measure_unit", "measure_id"), ITA_LIMIT_MEASURE_LIST, N_("a measure has too many units") },
  { MOST ("measure_progress", "measure_id"), ITA_LIMIT_MEASURE_LIST,
    N_("a measure has too many progress entries") },
  { LONGEST ("measure_step", "text"), ITA_LIMIT_TEXT_CHARS, N_("a measure step is too long") },
  { LONGEST ("measure_target", "key"), ITA_LIMIT_CSV_FIELD_CHARS, N_("a measure target is too long") },
  { LONGEST ("measure_progress", "done"), ITA_LIMIT_TEXT_CHARS, N_("a progress entry is too long") },
  { LONGEST ("measure_progress", "outcome"), ITA_LIMIT_TEXT_CHARS, N_("a progress entry is too long") },
  { LONGEST ("measure_progress", "remarks"), ITA_LIMIT_TEXT_CHARS, N_("a progress entry is too long") },
  { LONGEST ("checklist", "explanation"), ITA_LIMIT_TEXT_CHARS,
    N_("an OIT item’s explanation is too long") },
  { LONGEST ("checklist", "note"), ITA_LIMIT_TEXT_CHARS, N_("an OIT item’s note is too long") },
  { MOST ("evidence_url", "item"), ITA_LIMIT_URLS, N_("an OIT item has too many evidence URLs") },
  { LONGEST ("evidence_url", "url"), ITA_LIMIT_URL_CHARS, N_("an evidence URL is too long") },
  { "SELECT count(*) FROM limitation", ITA_LIMIT_LIMITATIONS, N_("it has too many limitations") },
  { LONGEST ("limitation", "text"), ITA_LIMIT_TEXT_CHARS, N_("a limitation is too long") },
  { "SELECT count(*) FROM link", ITA_LIMIT_LINKS, N_("it links too many files") },
  { LONGEST ("link", "relative_path"), ITA_LIMIT_PATH_CHARS, N_("a linked file’s path is too long") },
  { LONGEST ("link", "absolute_path"), ITA_LIMIT_PATH_CHARS, N_("a linked file’s path is too long") },
  { LONGEST ("link", "agency_name"), ITA_LIMIT_NAME_CHARS,
    N_("a linked file’s agency name is too long") },
  { "SELECT count(*) FROM setting", ITA_LIMIT_SETTINGS, N_("it has too many settings") },
  { LONGEST ("setting", "name"), ITA_LIMIT_SETTING_CHARS, N_("a setting is too long") },
  { LONGEST ("setting", "value"), ITA_LIMIT_SETTING_CHARS, N_("a setting is too long") },
  { "SELECT length(json) FROM edition", ITA_LIMIT_EDITION_BYTES,
    N_("its framework edition is too large") },
};

gboolean
ita_project_check_stored_limits (ItaDb   *db,
                                 GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (stored_limits); i++)
    {
      sqlite3_stmt *stmt = NULL;
      gint64 value = 0;
      int rc;

      rc = sqlite3_prepare_v2 (db->handle, stored_limits[i].sql, -1, &stmt, NULL);
      if (rc == SQLITE_OK)
        rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        value = sqlite3_column_int64 (stmt, 0);
      sqlite3_finalize (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          ita_db_set_error (db, rc, FALSE, error);
          return FALSE;
        }
      if (value > stored_limits[i].max)
        {
          g_autofree char *n = format_count (value);

          g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_TOO_LARGE,
                       _("“%s” is not opened: %s (%s, where ITA Planner keeps at most %d; see "
                         "docs/limits.md). No real project comes near this: the file was made or "
                         "changed by another program."),
                       db->name, _(stored_limits[i].what), n, (int) stored_limits[i].max);
          return FALSE;
        }
    }
  return TRUE;
}
