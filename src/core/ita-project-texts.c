/* ita-project-texts.c: the officer's words for the documents
 *
 * The documents of src/report write every sentence about the figures
 * themselves; what figures cannot give (an introduction, the analysis of
 * an indicator, a remark on a measure, who signs) is typed by the officer
 * and kept here, one row per key in the `text` table.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-project-private.h"

#define INDICATOR_PREFIX "indicator."
#define MEASURE_PREFIX   "measure."

char *
ita_text_key_for_indicator (int number)
{
  return g_strdup_printf (INDICATOR_PREFIX "%d", number);
}

char *
ita_text_key_for_measure (gint64 measure_id)
{
  return g_strdup_printf (MEASURE_PREFIX "%" G_GINT64_FORMAT, measure_id);
}

/* The number after prefix: digits only, no leading zero, > 0. */
static gboolean
parse_suffix (const char *key,
              const char *prefix,
              gint64      max,
              gint64     *out)
{
  const char *digits;
  guint64 value;

  if (!g_str_has_prefix (key, prefix))
    return FALSE;
  digits = key + strlen (prefix);
  if (*digits == '0' || strspn (digits, "0123456789") != strlen (digits))
    return FALSE;
  if (!g_ascii_string_to_unsigned (digits, 10, 1, (guint64) max, &value, NULL))
    return FALSE;
  *out = (gint64) value;
  return TRUE;
}

gboolean
ita_text_key_is_valid (const char *key)
{
  gint64 n;

  if (key == NULL)
    return FALSE;
  return g_str_equal (key, ITA_TEXT_INTRODUCTION) ||
         g_str_equal (key, ITA_TEXT_SIGNER_NAME) ||
         g_str_equal (key, ITA_TEXT_SIGNER_POSITION) ||
         parse_suffix (key, INDICATOR_PREFIX, 10, &n) ||
         parse_suffix (key, MEASURE_PREFIX, G_MAXINT64, &n);
}

char *
ita_project_get_text (ItaProject *self,
                      const char *key)
{
  sqlite3_stmt *stmt;
  char *value = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  if (self->db == NULL)
    return NULL;
  stmt = ita_project_prepare (self, "SELECT value FROM text WHERE key = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = ita_project_column_text (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

char **
ita_project_get_text_keys (ItaProject *self)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);

  if (self->db != NULL)
    {
      stmt = ita_project_prepare (self, "SELECT key FROM text ORDER BY key", NULL);
      while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
        g_ptr_array_add (keys, ita_project_column_text (stmt, 0));
      if (stmt != NULL)
        sqlite3_reset (stmt);
    }
  g_ptr_array_add (keys, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&keys), FALSE);
}

/* Checks key and value as the setter does; the measure must exist. */
gboolean
ita_project_check_text (ItaProject  *self,
                        const char  *key,
                        const char  *value,
                        GError     **error)
{
  gint64 id;

  if (!ita_text_key_is_valid (key))
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID,
                   _("“%s” is not a text of the documents: use introduction, indicator.N, "
                     "measure.ID, signer.name or signer.position."),
                   key);
      return FALSE;
    }
  if (value != NULL && !g_utf8_validate (value, -1, NULL))
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID,
                   _("The text is not valid UTF-8; type it again."));
      return FALSE;
    }
  if (parse_suffix (key, MEASURE_PREFIX, G_MAXINT64, &id))
    {
      g_autoptr(ItaMeasure) measure = ita_project_get_measure (self, id);

      if (measure == NULL)
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

          g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NOT_FOUND,
                       _("There is no measure %s to write a remark on."), number);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
ita_project_write_text (ItaProject  *self,
                        const char  *key,
                        const char  *value,
                        GError     **error)
{
  sqlite3_stmt *stmt;

  if (value == NULL || *value == '\0')
    stmt = ita_project_prepare (self, "DELETE FROM text WHERE key = ?1", error);
  else
    stmt = ita_project_prepare (self,
                                "INSERT INTO text (key, value) VALUES (?1, ?2) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value "
                                "WHERE value != excluded.value",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (value != NULL && *value != '\0')
    sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
  return ita_project_step (self, stmt, error);
}

gboolean
ita_project_set_text (ItaProject  *self,
                      const char  *key,
                      const char  *value,
                      GError     **error)
{
  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ita_project_check_open (self, error) || !ita_project_check_text (self, key, value, error))
    return FALSE;
  if (!ita_project_begin_edit (self, error))
    return FALSE;
  if (!ita_project_write_text (self, key, value, error))
    return ita_project_abort_edit (self);
  return ita_project_end_edit (self, ITA_PROJECT_CHANGE_TEXTS, key, _("Edit the words of a document"),
                               error);
}

gboolean
ita_project_delete_measure_text (ItaProject  *self,
                                 gint64       measure_id,
                                 GError     **error)
{
  g_autofree char *key = ita_text_key_for_measure (measure_id);

  return ita_project_write_text (self, key, NULL, error);
}
