/* ita-project-next-year.c: "New → next year from this file" */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ita-project-private.h"

/* The key in the next edition for a key of this one: items by continuity
 * key, sub-indicators only when the next edition has them. NULL when it
 * has no counterpart. */
static char *
map_key (ItaFramework *from,
         ItaFramework *to,
         const char   *key)
{
  const ItaItemDef *def = ita_framework_lookup_item (from, key);

  if (def != NULL)
    {
      const ItaItemDef *next = def->continuity
                               ? ita_framework_lookup_continuity (to, def->continuity) : NULL;

      return next ? g_strdup (next->code) : NULL;
    }
  if (g_str_has_prefix (key, "sub:"))
    return ita_framework_lookup_subindicator (to, key + 4) ? g_strdup (key) : NULL;
  return ita_scores_normalize_key (to, key, NULL);
}

static gboolean
copy_agency_and_units (ItaProject  *self,
                       ItaProject  *next,
                       GError     **error)
{
  g_autoptr(ItaAgency) agency = ita_project_get_agency (self);
  g_autoptr(GPtrArray) units = ita_project_get_units (self);
  sqlite3_stmt *stmt;

  stmt = ita_project_prepare (next,
                              "UPDATE agency SET name = ?1, kind = ?2, district = ?3, "
                              "province = ?4, website = ?5 WHERE id = 1",
                              error);
  if (stmt == NULL)
    return FALSE;
  ita_project_bind_text (stmt, 1, agency->name);
  ita_project_bind_text (stmt, 2, agency->kind);
  ita_project_bind_text (stmt, 3, agency->district);
  ita_project_bind_text (stmt, 4, agency->province);
  ita_project_bind_text (stmt, 5, agency->website);
  if (!ita_project_step (next, stmt, error))
    return FALSE;
  for (guint i = 0; i < units->len; i++)
    {
      if (!ita_project_write_unit (next, g_ptr_array_index (units, i), i, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
copy_measures (ItaProject  *self,
               ItaProject  *next,
               GError     **error)
{
  g_autoptr(GPtrArray) measures = ita_project_get_measures (self);
  guint position = 0;

  for (guint i = 0; i < measures->len; i++)
    {
      ItaMeasure *m = g_ptr_array_index (measures, i);
      g_autoptr(GStrvBuilder) targets = g_strv_builder_new ();
      g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      if (!ita_measure_is_unfinished (m))
        continue;
      for (guint k = 0; m->targets[k] != NULL; k++)
        {
          char *key = map_key (self->edition, next->edition, m->targets[k]);

          if (key == NULL || !g_hash_table_add (seen, key))
            continue;
          g_strv_builder_add (targets, key);
        }
      g_strfreev (m->targets);
      m->targets = g_strv_builder_end (targets);
      if (!ita_project_write_measure (next, m, position++, NULL, error))
        return FALSE;
    }
  return TRUE;
}

static void
merge_entry (ItaChecklistEntry       *into,
             const ItaChecklistEntry *from)
{
  g_autoptr(GStrvBuilder) urls = g_strv_builder_new ();

  g_strv_builder_addv (urls, (const char **) into->urls);
  for (guint i = 0; from->urls[i] != NULL; i++)
    {
      if (!g_strv_contains ((const char * const *) into->urls, from->urls[i]))
        g_strv_builder_add (urls, from->urls[i]);
    }
  g_strfreev (into->urls);
  into->urls = g_strv_builder_end (urls);
  if (*into->explanation == '\0')
    {
      g_free (into->explanation);
      into->explanation = g_strdup (from->explanation);
    }
  for (guint i = 0; i < from->unit_ids->len; i++)
    ita_checklist_entry_add_unit (into, g_array_index (from->unit_ids, gint64, i));
}

/* What was carried, what is new and what has no place in the new
 * edition, for the OIT view to show (ita_project_get_carry_report). */
static gboolean
write_carry_report (ItaProject  *self,
                    ItaProject  *next,
                    GPtrArray   *entries,
                    GHashTable  *carried,
                    GError     **error)
{
  g_autofree char *report = ita_project_carry_report_json (self->edition, self->fiscal_year, entries,
                                                           next->edition, carried);
  sqlite3_stmt *stmt = ita_project_prepare (next, "INSERT INTO setting (name, value) VALUES (?1, ?2)",
                                            error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, ITA_PROJECT_CARRY_SETTING, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, report, -1, SQLITE_TRANSIENT);
  return ita_project_step (next, stmt, error);
}

static gboolean
copy_checklist (ItaProject  *self,
                ItaProject  *next,
                GError     **error)
{
  g_autoptr(GPtrArray) entries = ita_project_get_checklist (self);
  g_autoptr(GHashTable) carried = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) ita_checklist_entry_free);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();

  for (guint i = 0; i < entries->len; i++)
    {
      ItaChecklistEntry *old = g_ptr_array_index (entries, i);
      const ItaItemDef *def = ita_framework_lookup_item (self->edition, old->item);
      const ItaItemDef *to = def && def->continuity
                             ? ita_framework_lookup_continuity (next->edition, def->continuity) : NULL;
      ItaChecklistEntry *entry;

      if (to == NULL || (old->urls[0] == NULL && *old->explanation == '\0' &&
                         old->unit_ids->len == 0))
        continue;
      entry = g_hash_table_lookup (carried, to->code);
      if (entry == NULL)
        {
          entry = ita_checklist_entry_new (to->code);
          g_hash_table_insert (carried, entry->item, entry);
          g_ptr_array_add (order, entry);
        }
      merge_entry (entry, old);  /* status stays "not checked", dates empty */
    }
  for (guint i = 0; i < order->len; i++)
    {
      if (!ita_project_write_checklist_entry (next, g_ptr_array_index (order, i), error))
        return FALSE;
    }
  return write_carry_report (self, next, entries, carried, error);
}

static gboolean
copy_settings (ItaProject  *self,
               ItaProject  *next,
               GError     **error)
{
  /* the official grade is this year's result, not a setting of the next;
   * last year's report of its own carry-forward stays with last year */
  sqlite3_stmt *stmt = ita_project_prepare (self,
                                            "SELECT name, value FROM setting WHERE name != ?1 AND name != '"
                                            ITA_PROJECT_CARRY_SETTING "' ORDER BY name",
                                            error);
  gboolean ok = TRUE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, ITA_SETTING_OFFICIAL_GRADE, -1, SQLITE_STATIC);
  while (ok && sqlite3_step (stmt) == SQLITE_ROW)
    {
      sqlite3_stmt *insert = ita_project_prepare (next,
                                                  "INSERT INTO setting (name, value) VALUES (?1, ?2)",
                                                  error);

      ok = insert != NULL;
      if (ok)
        {
          sqlite3_bind_value (insert, 1, sqlite3_column_value (stmt, 0));
          sqlite3_bind_value (insert, 2, sqlite3_column_value (stmt, 1));
          ok = ita_project_step (next, insert, error);
        }
    }
  sqlite3_reset (stmt);
  return ok;
}

/* The signer signs next year's documents too; the other texts are about
 * this year's figures. */
static gboolean
copy_signer (ItaProject  *self,
             ItaProject  *next,
             GError     **error)
{
  static const char * const keys[] = { ITA_TEXT_SIGNER_NAME, ITA_TEXT_SIGNER_POSITION };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *value = ita_project_get_text (self, keys[i]);

      if (value != NULL && !ita_project_write_text (next, keys[i], value, error))
        return FALSE;
    }
  return TRUE;
}

/* Writes into next (data) what this year's project carries forward. */
static gboolean
fill_next (ItaProject  *next,
           gpointer     data,
           GError     **error)
{
  ItaProject *self = data;
  g_autoptr(ItaAgency) agency = ita_project_get_agency (self);
  g_autofree char *dir = g_path_get_dirname (next->path);
  ItaLink link = { 0 };
  gboolean ok;

  link.fiscal_year = self->fiscal_year;
  link.absolute_path = g_canonicalize_filename (self->path, NULL);
  link.relative_path = ita_project_link_relative_path (dir, link.absolute_path);
  link.agency_name = agency->name;
  ok = copy_agency_and_units (self, next, error) &&
       copy_measures (self, next, error) &&
       copy_checklist (self, next, error) &&
       copy_settings (self, next, error) &&
       copy_signer (self, next, error) &&
       ita_project_copy_suggestions (self, next, error) &&
       ita_project_write_link (next, &link, error);
  g_free (link.absolute_path);
  g_free (link.relative_path);
  return ok;
}

ItaProject *
ita_project_create_next_year (ItaProject  *self,
                              GFile       *out_file,
                              GError     **error)
{
  g_autoptr(ItaFramework) edition = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (G_IS_FILE (out_file), NULL);

  if (!ita_project_check_open (self, error))
    return NULL;
  /* FY+1's own edition, or provisionally the latest one before it */
  edition = ita_catalogue_latest_for_year (self->fiscal_year + 1);
  if (edition == NULL)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NO_EDITION,
                   _("There is no ITA framework edition for fiscal year %d yet. Import the "
                     "edition file for %d when NACC publishes it, then try again."),
                   self->fiscal_year + 1, self->fiscal_year + 1);
      return NULL;
    }
  return ita_project_build (out_file, edition, self->fiscal_year + 1, FALSE, fill_next, self, error);
}
