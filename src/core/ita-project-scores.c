/* ita-project-scores.c: scores, answer distributions, agency, settings */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-counters.h"
#include "ita-limits.h"
#include "ita-project-private.h"
#include "ita-url.h"

#define SETTING_MAINTAIN    "thresholds.maintain"
#define SETTING_RAISE       "thresholds.raise"
#define SETTING_THAI_DIGITS "thai-digits"

static void
set_invalid (GError     **error,
             const GError *cause)
{
  g_set_error_literal (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID, cause->message);
}

/* Scores ------------------------------------------------------------- */

/* ita_project_get_scores() calls since the process started (ita-counters.h) */
static guint scores_read_count;

guint
ita_project_get_scores_read_count (void)
{
  return g_atomic_int_get (&scores_read_count);
}

ItaScores *
ita_project_get_scores (ItaProject *self)
{
  ItaScores *scores;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);

  g_atomic_int_inc (&scores_read_count);
  scores = ita_scores_new ();
  if (self->db == NULL)
    return scores;
  stmt = ita_project_prepare (self, "SELECT key, value FROM score", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);
      gint64 value = sqlite3_column_int64 (stmt, 1);

      /* A tampered file may hold anything: keep what the engine accepts. */
      if (key != NULL && value >= 0 && value <= ITA_CENTI_MAX)
        ita_scores_set (scores, key, (ItaCenti) value);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  {
    g_autofree char *grade = ita_project_get_official_grade (self);

    ita_scores_set_grade (scores, grade);
  }
  return scores;
}

static gboolean write_setting (ItaProject  *self,
                               const char  *name,
                               const char  *value,
                               GError     **error);

char *
ita_project_get_official_grade (ItaProject *self)
{
  g_autofree char *value = NULL;
  const ItaGradeBand *band;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);

  if (self->edition == NULL)
    return NULL;
  value = ita_project_get_setting (self, ITA_SETTING_OFFICIAL_GRADE);
  /* a file may hold anything: only a band of the edition is a grade */
  band = value != NULL ? ita_framework_lookup_band (self->edition, value) : NULL;
  return band != NULL ? g_strdup (band->code) : NULL;
}

gboolean
ita_project_set_official_grade (ItaProject  *self,
                                const char  *text,
                                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *code = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  if (text != NULL && *text != '\0')
    {
      code = ita_scores_normalize_grade (self->edition, text, &local_error);
      if (code == NULL)
        {
          set_invalid (error, local_error);
          return FALSE;
        }
    }
  if (!ita_project_begin_edit (self, error))
    return FALSE;
  if (!write_setting (self, ITA_SETTING_OFFICIAL_GRADE, code, error))
    return ita_project_abort_edit (self);
  return ita_project_end_edit (self, ITA_PROJECT_CHANGE_SCORES, "grade",
                               code != NULL ? _("Set the official grade") : _("Clear the official grade"),
                               error);
}

ItaCenti
ita_project_get_score (ItaProject *self,
                       const char *key)
{
  sqlite3_stmt *stmt;
  ItaCenti value = ITA_CENTI_NONE;

  g_return_val_if_fail (ITA_IS_PROJECT (self), ITA_CENTI_NONE);
  g_return_val_if_fail (key != NULL, ITA_CENTI_NONE);

  if (self->db == NULL)
    return ITA_CENTI_NONE;
  stmt = ita_project_prepare (self, "SELECT value FROM score WHERE key = ?1", NULL);
  if (stmt == NULL)
    return ITA_CENTI_NONE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 v = sqlite3_column_int64 (stmt, 0);

      if (v >= 0 && v <= ITA_CENTI_MAX)
        value = (ItaCenti) v;
    }
  sqlite3_reset (stmt);
  return value;
}

/* Writes one score inside an edit. */
static gboolean
write_score (ItaProject  *self,
             const char  *key,
             ItaCenti     value,
             GError     **error)
{
  sqlite3_stmt *stmt;

  if (value == ITA_CENTI_NONE)
    {
      stmt = ita_project_prepare (self, "DELETE FROM score WHERE key = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
      return ita_project_step (self, stmt, error);
    }
  stmt = ita_project_prepare (self,
                              "INSERT INTO score (key, value) VALUES (?1, ?2) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value "
                              "WHERE value != excluded.value",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, value);
  return ita_project_step (self, stmt, error);
}

/* Normalises key and checks value; returns the canonical key. */
static char *
check_score (ItaProject  *self,
             const char  *key,
             ItaCenti     value,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *canonical = NULL;

  canonical = ita_scores_normalize_key (self->edition, key, &local_error);
  if (canonical == NULL ||
      (value != ITA_CENTI_NONE &&
       !ita_scores_check_value (self->edition, canonical, value, &local_error)))
    {
      set_invalid (error, local_error);
      return NULL;
    }
  return g_steal_pointer (&canonical);
}

gboolean
ita_project_set_score (ItaProject  *self,
                       const char  *key,
                       ItaCenti     value,
                       GError     **error)
{
  g_autofree char *canonical = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  canonical = check_score (self, key, value, error);
  if (canonical == NULL)
    return FALSE;
  label = value == ITA_CENTI_NONE
          ? g_strdup_printf (_("Clear score %s"), canonical)
          : g_strdup_printf (_("Set score %s"), canonical);

  if (!ita_project_begin_edit (self, error))
    return FALSE;
  if (!write_score (self, canonical, value, error))
    return ita_project_abort_edit (self);
  return ita_project_end_edit (self, ITA_PROJECT_CHANGE_SCORES, canonical, label, error);
}

/* The canonical keys of scores, each checked, in the order of keys. */
static GPtrArray *
check_scores (ItaProject  *self,
              ItaScores   *scores,
              char      ***out_keys,
              GError     **error)
{
  g_auto(GStrv) keys = ita_scores_get_keys (scores);
  g_autoptr(GPtrArray) canonical = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; keys[i] != NULL; i++)
    {
      char *key = check_score (self, keys[i], ita_scores_get (scores, keys[i]), error);

      if (key == NULL)
        return NULL;
      g_ptr_array_add (canonical, key);
    }
  *out_keys = g_steal_pointer (&keys);
  return g_steal_pointer (&canonical);
}

/* The official grade of scores (the CSV's grade row) as the code of a band
 * of the edition, in out_code (NULL when scores has none). */
static gboolean
check_grade (ItaProject  *self,
             ItaScores   *scores,
             char       **out_code,
             GError     **error)
{
  const char *grade = ita_scores_get_grade (scores);
  g_autoptr(GError) local_error = NULL;

  *out_code = NULL;
  if (grade == NULL)
    return TRUE;
  *out_code = ita_scores_normalize_grade (self->edition, grade, &local_error);
  if (*out_code == NULL)
    {
      set_invalid (error, local_error);
      return FALSE;
    }
  return TRUE;
}

/* Inside an edit: the checked scores, and the grade (replacing without one
 * clears it). */
static gboolean
write_scores (ItaProject  *self,
              ItaScores   *scores,
              char       **keys,
              GPtrArray   *canonical,
              const char  *grade_code,
              gboolean     replace,
              GError     **error)
{
  for (guint i = 0; keys[i] != NULL; i++)
    {
      if (!write_score (self, g_ptr_array_index (canonical, i),
                        ita_scores_get (scores, keys[i]), error))
        return FALSE;
    }
  if ((grade_code != NULL || replace) &&
      !write_setting (self, ITA_SETTING_OFFICIAL_GRADE, grade_code, error))
    return FALSE;
  return TRUE;
}

gboolean
ita_project_write_scores (ItaProject  *self,
                          ItaScores   *scores,
                          GError     **error)
{
  g_auto(GStrv) keys = NULL;
  g_autoptr(GPtrArray) canonical = check_scores (self, scores, &keys, error);
  g_autofree char *grade_code = NULL;

  return canonical != NULL && check_grade (self, scores, &grade_code, error) &&
         write_scores (self, scores, keys, canonical, grade_code, FALSE, error);
}

gboolean
ita_project_set_scores (ItaProject  *self,
                        ItaScores   *scores,
                        gboolean     replace,
                        GError     **error)
{
  g_auto(GStrv) keys = NULL;
  g_autoptr(GPtrArray) canonical = NULL;
  g_autofree char *grade_code = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (scores != NULL, FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  canonical = check_scores (self, scores, &keys, error);
  if (canonical == NULL || !check_grade (self, scores, &grade_code, error))
    return FALSE;

  if (!ita_project_begin_edit (self, error))
    return FALSE;
  if (replace && !ita_db_exec (self->db, "DELETE FROM score", TRUE, error))
    return ita_project_abort_edit (self);
  if (!write_scores (self, scores, keys, canonical, grade_code, replace, error))
    return ita_project_abort_edit (self);
  return ita_project_end_edit (self, ITA_PROJECT_CHANGE_SCORES,
                               canonical->len == 1 && !replace ? g_ptr_array_index (canonical, 0) : NULL,
                               _("Set scores"), error);
}

gboolean
ita_project_import_scores_csv (ItaProject  *self,
                               const char  *data,
                               gsize        length,
                               GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(ItaScores) scores = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  scores = ita_scores_parse_csv (self->edition, data, length, &local_error);
  if (scores == NULL)
    {
      set_invalid (error, local_error);
      return FALSE;
    }
  return ita_project_set_scores (self, scores, FALSE, error);
}

/* Answer distributions ----------------------------------------------- */

#define MAX_LEVELS 10

guint *
ita_project_get_distribution (ItaProject *self,
                              const char *item,
                              guint      *n_counts)
{
  g_auto(GStrv) parts = NULL;
  g_autofree guint *counts = NULL;
  sqlite3_stmt *stmt;
  guint n = 0;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (item != NULL && n_counts != NULL, NULL);

  *n_counts = 0;
  if (self->db == NULL)
    return NULL;
  stmt = ita_project_prepare (self, "SELECT counts FROM distribution WHERE item = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, item, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    parts = g_strsplit ((const char *) sqlite3_column_text (stmt, 0), ",", MAX_LEVELS + 1);
  sqlite3_reset (stmt);
  if (parts == NULL)
    return NULL;
  counts = g_new0 (guint, MAX_LEVELS + 1);
  for (; parts[n] != NULL && n < MAX_LEVELS; n++)
    {
      guint64 v = 0;

      if (!g_ascii_string_to_unsigned (parts[n], 10, 0, G_MAXUINT, &v, NULL))
        return NULL;
      counts[n] = (guint) v;
    }
  *n_counts = n;
  return n > 0 ? g_steal_pointer (&counts) : NULL;
}

gboolean
ita_project_set_distribution (ItaProject   *self,
                              const char   *item,
                              const guint  *counts,
                              guint         n_counts,
                              GError      **error)
{
  const ItaItemDef *def;
  g_autoptr(GString) text = g_string_new (NULL);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (item != NULL, FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  def = ita_framework_lookup_item (self->edition, item);
  if (def == NULL || def->tool == ITA_TOOL_OIT)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID,
                   _("“%s” is not an IIT or EIT item of edition %s; answer counts belong to "
                     "survey items such as i1 or e3."),
                   item, ita_framework_get_id (self->edition));
      return FALSE;
    }
  if (n_counts > MAX_LEVELS)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID,
                   _("An item has at most %d answer levels; %u were given."), MAX_LEVELS, n_counts);
      return FALSE;
    }
  for (guint i = 0; counts != NULL && i < n_counts; i++)
    g_string_append_printf (text, "%s%u", i ? "," : "", counts[i]);

  if (!ita_project_begin_edit (self, error))
    return FALSE;
  if (counts == NULL || n_counts == 0)
    stmt = ita_project_prepare (self, "DELETE FROM distribution WHERE item = ?1", error);
  else
    stmt = ita_project_prepare (self,
                                "INSERT INTO distribution (item, counts) VALUES (?1, ?2) "
                                "ON CONFLICT (item) DO UPDATE SET counts = excluded.counts",
                                error);
  if (stmt == NULL)
    return ita_project_abort_edit (self);
  sqlite3_bind_text (stmt, 1, def->code, -1, SQLITE_TRANSIENT);
  if (counts != NULL && n_counts > 0)
    sqlite3_bind_text (stmt, 2, text->str, -1, SQLITE_TRANSIENT);
  if (!ita_project_step (self, stmt, error))
    return ita_project_abort_edit (self);
  return ita_project_end_edit (self, ITA_PROJECT_CHANGE_DISTRIBUTIONS, def->code,
                               _("Set answer counts"), error);
}

/* Agency ------------------------------------------------------------- */

ItaAgency *
ita_project_get_agency (ItaProject *self)
{
  ItaAgency *agency;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);

  if (self->db == NULL)
    return ita_agency_new ();
  stmt = ita_project_prepare (self,
                              "SELECT name, kind, district, province, website FROM agency WHERE id = 1",
                              NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    {
      if (stmt != NULL)
        sqlite3_reset (stmt);
      return ita_agency_new ();
    }
  agency = g_new0 (ItaAgency, 1);
  agency->name = ita_project_column_text (stmt, 0);
  agency->kind = ita_project_column_text (stmt, 1);
  agency->district = ita_project_column_text (stmt, 2);
  agency->province = ita_project_column_text (stmt, 3);
  agency->website = ita_project_column_text (stmt, 4);
  sqlite3_reset (stmt);
  return agency;
}

static gboolean
check_text (const char  *text,
            GError     **error)
{
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID,
                   _("The text is not valid UTF-8; type it again."));
      return FALSE;
    }
  return TRUE;
}

static char *
stripped (const char *text)
{
  return g_strstrip (g_strdup (text ? text : ""));
}

/* The website as the assessors will follow it (ita-url.h); empty is
 * allowed (not known yet). */
static gboolean
check_website (const char  *website,
               GError     **error)
{
  g_autofree char *clean = stripped (website);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *url = NULL;

  if (*clean == '\0')
    return TRUE;
  url = ita_url_check (clean, NULL, &local_error);
  if (url == NULL)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID,
                   _("The agency’s website: %s"), local_error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
ita_project_write_agency (ItaProject       *self,
                          const ItaAgency  *agency,
                          GError          **error)
{
  sqlite3_stmt *stmt;
  const char *fields[] = { agency->name, agency->kind, agency->district, agency->province,
                           agency->website };

  static const char * const what[] = {
    N_("The agency name"), N_("The agency kind"), N_("The district"), N_("The province"),
    N_("The agency website")
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (!check_text (fields[i], error) ||
          !ita_limit_check_text (fields[i], i == 4 ? ITA_LIMIT_URL_CHARS : ITA_LIMIT_NAME_CHARS,
                                 _(what[i]), error))
        return FALSE;
    }
  if (!check_website (agency->website, error))
    return FALSE;
  stmt = ita_project_prepare (self,
                              "UPDATE agency SET name = ?1, kind = ?2, district = ?3, "
                              "province = ?4, website = ?5 WHERE id = 1",
                              error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    sqlite3_bind_text (stmt, (int) i + 1, stripped (fields[i]), -1, g_free);
  return ita_project_step (self, stmt, error);
}

gboolean
ita_project_set_agency (ItaProject       *self,
                        const ItaAgency  *agency,
                        GError          **error)
{
  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (agency != NULL, FALSE);

  if (!ita_project_begin_edit (self, error))
    return FALSE;
  if (!ita_project_write_agency (self, agency, error))
    return ita_project_abort_edit (self);
  return ita_project_end_edit (self, ITA_PROJECT_CHANGE_AGENCY, NULL,
                               _("Edit agency profile"), error);
}

/* Settings ----------------------------------------------------------- */

char *
ita_project_get_setting (ItaProject *self,
                         const char *name)
{
  sqlite3_stmt *stmt;
  char *value = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (self->db == NULL)
    return NULL;
  stmt = ita_project_prepare (self, "SELECT value FROM setting WHERE name = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = ita_project_column_text (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

static gboolean
write_setting (ItaProject  *self,
               const char  *name,
               const char  *value,
               GError     **error)
{
  sqlite3_stmt *stmt;

  if (value == NULL)
    stmt = ita_project_prepare (self, "DELETE FROM setting WHERE name = ?1", error);
  else
    stmt = ita_project_prepare (self,
                                "INSERT INTO setting (name, value) VALUES (?1, ?2) "
                                "ON CONFLICT (name) DO UPDATE SET value = excluded.value "
                                "WHERE value != excluded.value",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (value != NULL)
    sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
  return ita_project_step (self, stmt, error);
}

gboolean
ita_project_set_setting (ItaProject  *self,
                         const char  *name,
                         const char  *value,
                         GError     **error)
{
  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (name != NULL && *name != '\0', FALSE);

  if (!check_text (value, error) ||
      !ita_limit_check_text (name, ITA_LIMIT_SETTING_CHARS, _("The setting’s name"), error) ||
      !ita_limit_check_text (value, ITA_LIMIT_SETTING_CHARS, _("The setting"), error) ||
      (value != NULL &&
       !ita_project_check_row_count (self, "SELECT count(*) FROM setting", ITA_LIMIT_SETTINGS,
                                     _("Settings"), error)) ||
      !ita_project_begin_edit (self, error))
    return FALSE;
  if (!write_setting (self, name, value, error))
    return ita_project_abort_edit (self);
  return ita_project_end_edit (self, ITA_PROJECT_CHANGE_SETTINGS, name,
                               _("Change a setting"), error);
}

static ItaCenti
setting_centi (ItaProject *self,
               const char *name,
               ItaCenti    fallback)
{
  g_autofree char *text = ita_project_get_setting (self, name);
  ItaCenti value;

  if (text == NULL || !ita_decimal_parse (text, 0, ITA_CENTI_MAX, &value, NULL))
    return fallback;
  return value;
}

void
ita_project_get_thresholds (ItaProject    *self,
                            ItaThresholds *out)
{
  ItaThresholds defaults = ITA_THRESHOLDS_DEFAULT;

  g_return_if_fail (ITA_IS_PROJECT (self));
  g_return_if_fail (out != NULL);

  out->maintain = setting_centi (self, SETTING_MAINTAIN, defaults.maintain);
  out->raise = setting_centi (self, SETTING_RAISE, defaults.raise);
  if (out->raise > out->maintain)
    *out = defaults;
}

gboolean
ita_project_set_thresholds (ItaProject           *self,
                            const ItaThresholds  *thresholds,
                            GError              **error)
{
  g_autofree char *maintain = NULL;
  g_autofree char *raise = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (thresholds != NULL, FALSE);

  if (thresholds->maintain < 0 || thresholds->maintain > ITA_CENTI_MAX ||
      thresholds->raise < 0 || thresholds->raise > thresholds->maintain)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID,
                   _("The thresholds must lie between 0 and 100, with “raise” not above "
                     "“maintain”."));
      return FALSE;
    }
  maintain = ita_decimal_format (thresholds->maintain, FALSE);
  raise = ita_decimal_format (thresholds->raise, FALSE);
  if (!ita_project_begin_edit (self, error))
    return FALSE;
  if (!write_setting (self, SETTING_MAINTAIN, maintain, error) ||
      !write_setting (self, SETTING_RAISE, raise, error))
    return ita_project_abort_edit (self);
  return ita_project_end_edit (self, ITA_PROJECT_CHANGE_SETTINGS, "thresholds",
                               _("Change the category thresholds"), error);
}

gboolean
ita_project_get_thai_digits (ItaProject *self)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);

  value = ita_project_get_setting (self, SETTING_THAI_DIGITS);
  return g_strcmp0 (value, "true") == 0;
}

gboolean
ita_project_set_thai_digits (ItaProject  *self,
                             gboolean     thai_digits,
                             GError     **error)
{
  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);

  if (!ita_project_begin_edit (self, error))
    return FALSE;
  if (!write_setting (self, SETTING_THAI_DIGITS, thai_digits ? "true" : "false", error))
    return ita_project_abort_edit (self);
  return ita_project_end_edit (self, ITA_PROJECT_CHANGE_SETTINGS, SETTING_THAI_DIGITS,
                               _("Change the digits"), error);
}
