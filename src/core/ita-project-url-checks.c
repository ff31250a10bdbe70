/* ita-project-url-checks.c: the last link check of each evidence URL
 *
 * Table url_check (schema step 3), one row per (item, URL). Writing it is
 * not an edit: the undo triggers do not log this table, and a store is a
 * transaction of its own that leaves the undo and redo stacks alone.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-project-url-checks-private.h"

static char *
pair_key (const char *item,
          const char *url)
{
  return g_strconcat (item, "\n", url, NULL);
}

/* "item\nurl" of every URL now in the checklist. */
static GHashTable *
current_pairs (ItaProject *self)
{
  GHashTable *pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) entries = ita_project_get_checklist (self);

  for (guint i = 0; i < entries->len; i++)
    {
      ItaChecklistEntry *e = g_ptr_array_index (entries, i);

      for (guint k = 0; e->urls[k] != NULL; k++)
        g_hash_table_add (pairs, pair_key (e->item, e->urls[k]));
    }
  return pairs;
}

gboolean
ita_project_write_url_check (ItaProject         *self,
                             const ItaUrlCheck  *check,
                             GError            **error)
{
  g_autofree char *when = ita_url_check_time_to_iso (check->checked_at);
  sqlite3_stmt *stmt;

  stmt = ita_project_prepare (self,
                              "INSERT INTO url_check (item, url, checked_at, outcome, http_status, "
                              "final_url, message) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                              "ON CONFLICT (item, url) DO UPDATE SET checked_at = excluded.checked_at, "
                              "outcome = excluded.outcome, http_status = excluded.http_status, "
                              "final_url = excluded.final_url, message = excluded.message",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, check->item, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, check->url, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, when, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, ita_url_outcome_to_string (check->outcome), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, (int) MIN (check->http_status, 999));
  ita_project_bind_text (stmt, 6, check->final_url ? check->final_url : "");
  ita_project_bind_text (stmt, 7, check->message ? check->message : "");
  return ita_project_step (self, stmt, error);
}

gboolean
ita_project_store_url_checks (ItaProject  *self,
                              GPtrArray   *checks,
                              GError     **error)
{
  g_autoptr(GHashTable) pairs = NULL;
  g_autofree char *key = NULL;
  gboolean one_item = TRUE;
  guint changed = 0;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (checks != NULL, FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  pairs = current_pairs (self);
  if (!ita_project_begin_edit (self, error))
    return FALSE;
  for (guint i = 0; i < checks->len; i++)
    {
      const ItaUrlCheck *check = g_ptr_array_index (checks, i);
      const ItaItemDef *def;
      g_autoptr(ItaUrlCheck) copy = NULL;
      g_autofree char *pair = NULL;

      g_return_val_if_fail (check != NULL && (guint) check->outcome <= ITA_URL_OUTCOME_LAST,
                            ita_project_abort_edit (self));
      def = check->item ? ita_framework_lookup_item (self->edition, check->item) : NULL;
      if (def == NULL || check->url == NULL)
        continue;
      pair = pair_key (def->code, check->url);
      if (!g_hash_table_contains (pairs, pair))
        continue;   /* removed or changed while it was being checked */
      copy = ita_url_check_copy (check);
      g_free (copy->item);
      copy->item = g_strdup (def->code);
      if (!ita_project_write_url_check (self, copy, error))
        return ita_project_abort_edit (self);
      if (key == NULL)
        key = g_strdup (def->code);
      else if (!g_str_equal (key, def->code))
        one_item = FALSE;
      changed++;
    }
  stmt = ita_project_prepare (self,
                              "DELETE FROM url_check WHERE NOT EXISTS (SELECT 1 FROM evidence_url e "
                              "WHERE e.item = url_check.item AND e.url = url_check.url)",
                              error);
  if (stmt == NULL || !ita_project_step (self, stmt, error))
    return ita_project_abort_edit (self);
  changed += (guint) sqlite3_changes (self->db->handle);

  /* Not an undo step: nothing of this table is logged; the log is
   * emptied so that nothing could leak into the next step. */
  ita_undo_clear_log (self->db);
  if (!ita_db_exec (self->db, "COMMIT", TRUE, error))
    return ita_project_abort_edit (self);
  self->in_edit = FALSE;
  if (changed > 0)
    ita_project_emit_changed (self, ITA_PROJECT_CHANGE_URL_CHECKS, one_item ? key : NULL);
  return TRUE;
}

/* Every stored row: "item\nurl" → ItaUrlCheck. Rows a damaged file holds
 * with an unreadable time or outcome are left out. */
static GHashTable *
read_url_checks (ItaProject *self)
{
  GHashTable *rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) ita_url_check_free);
  sqlite3_stmt *stmt;

  if (self->db == NULL)
    return rows;
  stmt = ita_project_prepare (self,
                              "SELECT item, url, checked_at, outcome, http_status, final_url, message "
                              "FROM url_check",
                              NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(ItaUrlCheck) check = g_new0 (ItaUrlCheck, 1);
      g_autoptr(GDateTime) when = NULL;
      g_autofree char *key = NULL;
      sqlite3_int64 status;

      when = ita_url_check_time_from_iso ((const char *) sqlite3_column_text (stmt, 2));
      if (when == NULL ||
          !ita_url_outcome_from_string ((const char *) sqlite3_column_text (stmt, 3),
                                        &check->outcome))
        continue;
      check->item = ita_project_column_text (stmt, 0);
      check->url = ita_project_column_text (stmt, 1);
      check->checked_at = g_steal_pointer (&when);
      status = sqlite3_column_int64 (stmt, 4);
      check->http_status = status >= 0 && status <= 999 ? (guint) status : 0;
      check->final_url = ita_project_column_text (stmt, 5);
      check->message = ita_project_column_text (stmt, 6);
      key = pair_key (check->item, check->url);
      g_hash_table_replace (rows, g_steal_pointer (&key), g_steal_pointer (&check));
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return rows;
}

GPtrArray *
ita_project_get_url_checks (ItaProject *self)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_url_check_free);
  g_autoptr(GHashTable) rows = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), list);

  rows = read_url_checks (self);
  if (g_hash_table_size (rows) == 0)
    return list;
  entries = ita_project_get_checklist (self);
  for (guint i = 0; i < entries->len; i++)
    {
      ItaChecklistEntry *e = g_ptr_array_index (entries, i);

      for (guint k = 0; e->urls[k] != NULL; k++)
        {
          g_autofree char *pair = pair_key (e->item, e->urls[k]);
          g_autofree char *stolen_key = NULL;
          ItaUrlCheck *check = NULL;

          /* stolen, so a URL given twice in one item is listed once */
          if (g_hash_table_steal_extended (rows, pair, (gpointer *) &stolen_key,
                                           (gpointer *) &check))
            g_ptr_array_add (list, check);
        }
    }
  return list;
}

ItaUrlCheck *
ita_project_get_url_check (ItaProject *self,
                           const char *item,
                           const char *url)
{
  g_autoptr(ItaChecklistEntry) entry = NULL;
  g_autoptr(GHashTable) rows = NULL;
  g_autofree char *pair = NULL;
  ItaUrlCheck *check;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (item != NULL && url != NULL, NULL);

  entry = ita_project_get_checklist_entry (self, item);
  if (entry == NULL || !g_strv_contains ((const char * const *) entry->urls, url))
    return NULL;
  rows = read_url_checks (self);
  pair = pair_key (entry->item, url);
  check = g_hash_table_lookup (rows, pair);
  return check ? ita_url_check_copy (check) : NULL;
}

char **
ita_project_get_items_with_failed_links (ItaProject *self)
{
  g_autoptr(GStrvBuilder) items = g_strv_builder_new ();
  g_autoptr(GPtrArray) checks = NULL;
  const char *last = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), g_new0 (char *, 1));

  checks = ita_project_get_url_checks (self);
  for (guint i = 0; i < checks->len; i++)
    {
      ItaUrlCheck *check = g_ptr_array_index (checks, i);

      if (ita_url_outcome_is_ok (check->outcome) || g_strcmp0 (last, check->item) == 0)
        continue;
      g_strv_builder_add (items, check->item);
      last = check->item;
    }
  return g_strv_builder_end (items);
}
