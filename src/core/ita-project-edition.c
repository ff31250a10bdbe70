/* ita-project-edition.c: the edition a project stands on — provisional
 * projects and switching a project to another edition
 *
 * A project is provisional when its edition is of another fiscal year
 * (a FY 2570 file on ita-2569 while NACC's 2570 edition is not
 * installed). Switching moves every figure, checklist entry and measure
 * target to the item of the new edition with the same continuity key
 * (or one it covers), in one edit that undo reverts; what has no place
 * in the new edition is listed, translated, for the user.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-project-edition-private.h"
#include "ita-project-private.h"

gboolean
ita_project_is_provisional (ItaProject *self)
{
  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);

  return ita_framework_get_fiscal_year (self->edition) != self->fiscal_year;
}

/* Mapping ------------------------------------------------------------ */

/* The item of `to` that continues def: the one with def's continuity key,
 * else with the first of def's covers keys that `to` knows. */
static const ItaItemDef *
counterpart (ItaFramework     *to,
             const ItaItemDef *def)
{
  const ItaItemDef *next = NULL;

  if (def->continuity != NULL)
    next = ita_framework_lookup_continuity (to, def->continuity);
  for (guint i = 0; next == NULL && def->covers != NULL && def->covers[i] != NULL; i++)
    next = ita_framework_lookup_continuity (to, def->covers[i]);
  return next;
}

/* The key in `to` of a score key or measure target of `from`; NULL when
 * it has no place there. */
static char *
map_key (ItaFramework *from,
         ItaFramework *to,
         const char   *key)
{
  const ItaItemDef *def = ita_framework_lookup_item (from, key);
  g_autofree char *canonical = NULL;

  if (def != NULL)
    {
      const ItaItemDef *next = counterpart (to, def);

      return next != NULL ? g_strdup (next->code) : NULL;
    }
  /* not an item of from: an official value, or a stale key (never matched
   * by code, which may name another subject in `to`) */
  canonical = ita_scores_normalize_key (from, key, NULL);
  if (canonical == NULL)
    return NULL;
  if (g_str_has_prefix (canonical, "sub:"))
    return ita_framework_lookup_subindicator (to, canonical + 4) ? g_strdup (canonical) : NULL;
  return ita_scores_normalize_key (to, canonical, NULL);
}

/* The plan of a switch: the rows of the new edition and what is lost. */
typedef struct {
  char     *key;
  ItaCenti  value;
} ScoreRow;

typedef struct {
  char *item;
  char *counts;
} DistributionRow;

typedef struct {
  gint64   measure_id;
  char   **targets;   /* the new targets */
} TargetRow;

typedef struct {
  ItaFramework *from;
  ItaFramework *to;
  GPtrArray    *losses;          /* of char *, translated */
  GPtrArray    *scores;          /* of ScoreRow */
  GPtrArray    *distributions;   /* of DistributionRow */
  GPtrArray    *checklist;       /* of ItaChecklistEntry, in the new edition's order */
  GPtrArray    *targets;         /* of TargetRow, only the measures whose targets change */
} Plan;

static void
score_row_free (ScoreRow *row)
{
  g_free (row->key);
  g_free (row);
}

static void
distribution_row_free (DistributionRow *row)
{
  g_free (row->item);
  g_free (row->counts);
  g_free (row);
}

static void
target_row_free (TargetRow *row)
{
  g_strfreev (row->targets);
  g_free (row);
}

static void
plan_free (Plan *plan)
{
  g_clear_object (&plan->from);
  g_clear_object (&plan->to);
  g_ptr_array_unref (plan->losses);
  g_ptr_array_unref (plan->scores);
  g_ptr_array_unref (plan->distributions);
  g_ptr_array_unref (plan->checklist);
  g_ptr_array_unref (plan->targets);
  g_free (plan);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Plan, plan_free)

static void
lose (Plan       *plan,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static void
lose (Plan       *plan,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (plan->losses, g_strdup_vprintf (format, args));
  va_end (args);
}

static const char *
to_id (Plan *plan)
{
  return ita_framework_get_id (plan->to);
}

/* Carries one stored score. Two items merged into one keep the score of
 * the first in the old edition's order; the other is lost unless equal. */
static void
plan_score (Plan        *plan,
            GHashTable  *taken,    /* new key → ScoreRow */
            GHashTable  *source,   /* new key → old key */
            const char  *key,
            ItaCenti     value)
{
  g_autofree char *shown = ita_decimal_format (value, FALSE);
  g_autofree char *next = map_key (plan->from, plan->to, key);
  g_autoptr(GError) local_error = NULL;
  ScoreRow *row;

  if (next == NULL)
    {
      if (ita_framework_lookup_item (plan->from, key) != NULL)
        lose (plan, _("Score of %s (%s): the item has no counterpart in %s."), key, shown, to_id (plan));
      else
        lose (plan, _("Figure %s (%s): %s has no such figure."), key, shown, to_id (plan));
      return;
    }
  if (!ita_scores_check_value (plan->to, next, value, &local_error))
    {
      lose (plan, _("Score of %s (%s): %s"), key, shown, local_error->message);
      return;
    }
  row = g_hash_table_lookup (taken, next);
  if (row != NULL)
    {
      if (row->value != value)
        lose (plan, _("Score of %s (%s): %s already takes the score of %s."),
              key, shown, next, (const char *) g_hash_table_lookup (source, next));
      return;
    }
  row = g_new0 (ScoreRow, 1);
  row->key = g_steal_pointer (&next);
  row->value = value;
  g_ptr_array_add (plan->scores, row);
  g_hash_table_insert (taken, row->key, row);
  g_hash_table_insert (source, row->key, g_strdup (key));
}

/* Item scores in the old edition's order, then the other figures by key. */
static gboolean
plan_scores (ItaProject  *self,
             Plan        *plan,
             GError     **error)
{
  g_autoptr(GHashTable) stored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) taken = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) source = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  sqlite3_stmt *stmt;
  int rc;

  stmt = ita_project_prepare (self, "SELECT key, value FROM score ORDER BY key", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char *key = ita_project_column_text (stmt, 0);

      g_hash_table_insert (stored, key, GINT_TO_POINTER ((int) sqlite3_column_int64 (stmt, 1)));
      if (ita_framework_lookup_item (plan->from, key) == NULL)
        g_ptr_array_add (others, key);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ita_db_set_error (self->db, rc, FALSE, error);
      return FALSE;
    }

  for (guint i = 0; i < ita_framework_get_n_items (plan->from); i++)
    {
      const ItaItemDef *def = ita_framework_get_item (plan->from, i);
      gpointer value;

      if (g_hash_table_lookup_extended (stored, def->code, NULL, &value))
        plan_score (plan, taken, source, def->code, GPOINTER_TO_INT (value));
    }
  for (guint i = 0; i < others->len; i++)
    {
      const char *key = g_ptr_array_index (others, i);

      plan_score (plan, taken, source, key, GPOINTER_TO_INT (g_hash_table_lookup (stored, key)));
    }
  return TRUE;
}

static gboolean
plan_distributions (ItaProject  *self,
                    Plan        *plan,
                    GError     **error)
{
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ita_project_prepare (self, "SELECT item, counts FROM distribution ORDER BY item", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *item = ita_project_column_text (stmt, 0);
      const ItaItemDef *def = ita_framework_lookup_item (plan->from, item);
      const ItaItemDef *next = def != NULL ? counterpart (plan->to, def) : NULL;
      DistributionRow *row;

      if (next == NULL)
        {
          lose (plan, _("Answer counts of %s: the item has no counterpart in %s."), item, to_id (plan));
          continue;
        }
      if (g_hash_table_contains (taken, next->code))
        {
          lose (plan, _("Answer counts of %s: %s already takes the answer counts of %s."),
                item, next->code, (const char *) g_hash_table_lookup (taken, next->code));
          continue;
        }
      row = g_new0 (DistributionRow, 1);
      row->item = g_strdup (next->code);
      row->counts = ita_project_column_text (stmt, 1);
      g_ptr_array_add (plan->distributions, row);
      g_hash_table_insert (taken, g_strdup (next->code), g_strdup (item));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ita_db_set_error (self->db, rc, FALSE, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
entry_is_empty (const ItaChecklistEntry *entry)
{
  return entry->status == ITA_EVIDENCE_NOT_CHECKED && entry->urls[0] == NULL &&
         *entry->explanation == '\0' && *entry->note == '\0' && entry->unit_ids->len == 0 &&
         !g_date_valid (&entry->due_date) && !g_date_valid (&entry->last_checked);
}

/* Appends text to *into on a line of its own, unless it is there already. */
static void
join_text (char       **into,
           const char  *text)
{
  char *joined;

  if (*text == '\0' || strstr (*into, text) != NULL)
    return;
  joined = **into == '\0' ? g_strdup (text) : g_strconcat (*into, "\n", text, NULL);
  g_free (*into);
  *into = joined;
}

/* Merges the entry of another item (from_code) into `into`: evidence URLs,
 * explanations and notes are all kept; the status only when they agree. */
static void
merge_entry (Plan                    *plan,
             ItaChecklistEntry       *into,
             const ItaChecklistEntry *from,
             const char              *into_from_code,
             const char              *from_code)
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
  join_text (&into->explanation, from->explanation);
  join_text (&into->note, from->note);
  /* an item may have several units: the merged one has them all */
  for (guint i = 0; i < from->unit_ids->len; i++)
    ita_checklist_entry_add_unit (into, g_array_index (from->unit_ids, gint64, i));
  if (!g_date_valid (&into->due_date) ||
      (g_date_valid (&from->due_date) && g_date_compare (&from->due_date, &into->due_date) < 0))
    into->due_date = from->due_date;
  if (into->status != from->status)
    {
      lose (plan, _("OIT item %s: merged into %s with %s; their statuses differed (%s: %s, %s: %s), "
                    "so %s is “not checked” again."),
            from_code, into->item, into_from_code, into_from_code,
            ita_evidence_status_label (into->status), from_code,
            ita_evidence_status_label (from->status), into->item);
      into->status = ITA_EVIDENCE_NOT_CHECKED;
      g_date_clear (&into->last_checked, 1);
    }
  else if (g_date_valid (&into->last_checked) && g_date_valid (&from->last_checked) &&
           g_date_compare (&from->last_checked, &into->last_checked) < 0)
    into->last_checked = from->last_checked;   /* the merged item was all checked by then */
}

static void
plan_checklist (ItaProject *self,
                Plan       *plan)
{
  g_autoptr(GPtrArray) entries = ita_project_get_checklist (self);
  g_autoptr(GHashTable) merged = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) ita_checklist_entry_free);
  g_autoptr(GHashTable) first = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = 0; i < entries->len; i++)
    {
      ItaChecklistEntry *old = g_ptr_array_index (entries, i);
      const ItaItemDef *def = ita_framework_lookup_item (plan->from, old->item);
      const ItaItemDef *next = def != NULL ? counterpart (plan->to, def) : NULL;
      ItaChecklistEntry *entry;

      if (entry_is_empty (old))
        continue;
      if (next == NULL || next->tool != ITA_TOOL_OIT)
        {
          lose (plan, _("OIT item %s (status, evidence, explanation and note): the item has no "
                        "counterpart in %s."),
                old->item, to_id (plan));
          continue;
        }
      entry = g_hash_table_lookup (merged, next->code);
      if (entry == NULL)
        {
          entry = ita_checklist_entry_copy (old);
          g_free (entry->item);
          entry->item = g_strdup (next->code);
          g_hash_table_insert (merged, entry->item, entry);
          g_hash_table_insert (first, entry->item, g_strdup (old->item));
          continue;
        }
      merge_entry (plan, entry, old, g_hash_table_lookup (first, next->code), old->item);
    }

  for (guint i = 0; i < ita_framework_get_n_items (plan->to); i++)
    {
      const ItaItemDef *def = ita_framework_get_item (plan->to, i);
      ItaChecklistEntry *entry = NULL;

      if (g_hash_table_steal_extended (merged, def->code, NULL, (gpointer *) &entry))
        g_ptr_array_add (plan->checklist, entry);
    }
}

static void
plan_targets (ItaProject *self,
              Plan       *plan)
{
  g_autoptr(GPtrArray) measures = ita_project_get_measures (self);

  for (guint i = 0; i < measures->len; i++)
    {
      ItaMeasure *m = g_ptr_array_index (measures, i);
      g_autoptr(GStrvBuilder) targets = g_strv_builder_new ();
      g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_auto(GStrv) mapped = NULL;
      TargetRow *row;

      for (guint k = 0; m->targets[k] != NULL; k++)
        {
          char *key = map_key (plan->from, plan->to, m->targets[k]);

          if (key == NULL)
            {
              lose (plan, _("Measure “%s”: its target %s has no counterpart in %s and is removed."),
                    m->title, m->targets[k], to_id (plan));
              continue;
            }
          if (!g_hash_table_add (seen, key))
            continue;
          g_strv_builder_add (targets, key);
        }
      mapped = g_strv_builder_end (targets);
      if (g_strv_equal ((const char * const *) mapped, (const char * const *) m->targets))
        continue;
      row = g_new0 (TargetRow, 1);
      row->measure_id = m->id;
      row->targets = g_steal_pointer (&mapped);
      g_ptr_array_add (plan->targets, row);
    }
}

static Plan *
make_plan (ItaProject    *self,
           ItaFramework  *edition,
           GError       **error)
{
  g_autoptr(Plan) plan = g_new0 (Plan, 1);

  plan->from = g_object_ref (self->edition);
  plan->to = g_object_ref (edition);
  plan->losses = g_ptr_array_new_with_free_func (g_free);
  plan->scores = g_ptr_array_new_with_free_func ((GDestroyNotify) score_row_free);
  plan->distributions = g_ptr_array_new_with_free_func ((GDestroyNotify) distribution_row_free);
  plan->checklist = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_checklist_entry_free);
  plan->targets = g_ptr_array_new_with_free_func ((GDestroyNotify) target_row_free);
  if (!plan_scores (self, plan, error) || !plan_distributions (self, plan, error))
    return NULL;
  plan_checklist (self, plan);
  plan_targets (self, plan);
  return g_steal_pointer (&plan);
}

static char **
losses_strv (Plan *plan)
{
  char **strv = g_new0 (char *, plan->losses->len + 1);

  for (guint i = 0; i < plan->losses->len; i++)
    strv[i] = g_strdup (g_ptr_array_index (plan->losses, i));
  return strv;
}

/* Writing ------------------------------------------------------------ */

/* The edition row is not among the tables whose changes undo records by
 * itself; its own trigger (temporary, like the others) logs the inverse. */
static gboolean
install_edition_trigger (ItaProject  *self,
                         GError     **error)
{
  return ita_db_exec (self->db,
                      "CREATE TEMP TRIGGER IF NOT EXISTS undo_edition_update "
                      "AFTER UPDATE ON main.edition BEGIN "
                      "INSERT INTO undo_log (sql) VALUES ('UPDATE main.edition SET edition_id=' || "
                      "quote(old.edition_id) || ',json=' || quote(old.json) || "
                      "' WHERE rowid=' || old.rowid); END;",
                      TRUE, error);
}

static gboolean
exec_all (ItaProject  *self,
          const char  *sql,
          GError     **error)
{
  return ita_db_exec (self->db, sql, TRUE, error);
}

static gboolean
write_edition (ItaProject    *self,
               ItaFramework  *edition,
               GError       **error)
{
  GBytes *json = ita_framework_get_json (edition);
  sqlite3_stmt *stmt;

  stmt = ita_project_prepare (self, "UPDATE edition SET edition_id = ?1, json = ?2 WHERE id = 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, ita_framework_get_id (edition), -1, SQLITE_TRANSIENT);
  sqlite3_bind_blob (stmt, 2, g_bytes_get_data (json, NULL), (int) g_bytes_get_size (json),
                     SQLITE_TRANSIENT);
  return ita_project_step (self, stmt, error);
}

static gboolean
write_plan (ItaProject  *self,
            Plan        *plan,
            GError     **error)
{
  sqlite3_stmt *stmt;

  if (!install_edition_trigger (self, error) || !write_edition (self, plan->to, error) ||
      !exec_all (self, "DELETE FROM score", error) ||
      !exec_all (self, "DELETE FROM distribution", error) ||
      !exec_all (self, "DELETE FROM evidence_url", error) ||
      !exec_all (self, "DELETE FROM checklist_unit", error) ||
      !exec_all (self, "DELETE FROM checklist", error))
    return FALSE;
  for (guint i = 0; i < plan->scores->len; i++)
    {
      ScoreRow *row = g_ptr_array_index (plan->scores, i);

      stmt = ita_project_prepare (self, "INSERT INTO score (key, value) VALUES (?1, ?2)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, row->key, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, row->value);
      if (!ita_project_step (self, stmt, error))
        return FALSE;
    }
  for (guint i = 0; i < plan->distributions->len; i++)
    {
      DistributionRow *row = g_ptr_array_index (plan->distributions, i);

      stmt = ita_project_prepare (self, "INSERT INTO distribution (item, counts) VALUES (?1, ?2)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, row->item, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, row->counts, -1, SQLITE_TRANSIENT);
      if (!ita_project_step (self, stmt, error))
        return FALSE;
    }
  for (guint i = 0; i < plan->checklist->len; i++)
    {
      if (!ita_project_write_checklist_entry (self, g_ptr_array_index (plan->checklist, i), error))
        return FALSE;
    }
  for (guint i = 0; i < plan->targets->len; i++)
    {
      TargetRow *row = g_ptr_array_index (plan->targets, i);

      stmt = ita_project_prepare (self, "DELETE FROM measure_target WHERE measure_id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, row->measure_id);
      if (!ita_project_step (self, stmt, error))
        return FALSE;
      for (guint k = 0; row->targets[k] != NULL; k++)
        {
          stmt = ita_project_prepare (self,
                                      "INSERT INTO measure_target (measure_id, position, key) "
                                      "VALUES (?1, ?2, ?3)",
                                      error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, row->measure_id);
          sqlite3_bind_int (stmt, 2, (int) k);
          sqlite3_bind_text (stmt, 3, row->targets[k], -1, SQLITE_TRANSIENT);
          if (!ita_project_step (self, stmt, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
same_edition (ItaFramework *a,
              ItaFramework *b)
{
  return a == b || (g_str_equal (ita_framework_get_id (a), ita_framework_get_id (b)) &&
                    g_bytes_equal (ita_framework_get_json (a), ita_framework_get_json (b)));
}

char **
ita_project_preview_switch_edition (ItaProject   *self,
                                    ItaFramework *edition,
                                    GError      **error)
{
  g_autoptr(Plan) plan = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (ITA_IS_FRAMEWORK (edition), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!ita_project_check_open (self, error))
    return NULL;
  if (same_edition (self->edition, edition))
    return g_new0 (char *, 1);
  plan = make_plan (self, edition, error);
  return plan != NULL ? losses_strv (plan) : NULL;
}

gboolean
ita_project_switch_edition (ItaProject     *self,
                            ItaFramework   *edition,
                            char         ***not_carried,
                            GError        **error)
{
  g_autoptr(Plan) plan = NULL;
  g_autoptr(ItaFramework) previous = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (ITA_IS_FRAMEWORK (edition), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (not_carried != NULL)
    *not_carried = NULL;
  if (!ita_project_begin_edit (self, error))
    return FALSE;
  if (same_edition (self->edition, edition))
    {
      ita_project_abort_edit (self);   /* nothing to do: no undo step */
      if (not_carried != NULL)
        *not_carried = g_new0 (char *, 1);
      return TRUE;
    }
  plan = make_plan (self, edition, error);
  if (plan == NULL || !write_plan (self, plan, error))
    return ita_project_abort_edit (self);

  /* the views that ::changed reaches read the new edition */
  previous = g_steal_pointer (&self->edition);
  self->edition = g_object_ref (edition);
  label = g_strdup_printf (_("Switch to edition %s"), ita_framework_get_id (edition));
  if (!ita_project_end_edit (self, ITA_PROJECT_CHANGE_ALL, NULL, label, error))
    {
      g_set_object (&self->edition, previous);
      return FALSE;
    }
  g_object_notify (G_OBJECT (self), "edition");
  if (not_carried != NULL)
    *not_carried = losses_strv (plan);
  return TRUE;
}

void
ita_project_reload_edition (ItaProject *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) stored = NULL;

  if (self->db == NULL)
    return;
  stored = ita_project_load_edition (self->db, &error);
  if (stored == NULL)
    {
      g_warning ("The edition of %s could not be read again: %s", self->path, error->message);
      return;
    }
  if (same_edition (self->edition, stored))
    return;
  g_set_object (&self->edition, stored);
  g_object_notify (G_OBJECT (self), "edition");
}
