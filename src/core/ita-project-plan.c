/* ita-project-plan.c: the OIT checklist and the measures of the action plan */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-limits.h"
#include "ita-project-plan.h"
#include "ita-project-private.h"
#include "ita-thai.h"
#include "ita-url.h"

static gboolean
set_invalid (GError     **error,
             const char  *format,
             ...) G_GNUC_PRINTF (2, 3);

static gboolean
set_invalid (GError     **error,
             const char  *format,
             ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
text_ok (const char *text)
{
  return text == NULL || g_utf8_validate (text, -1, NULL);
}

static gboolean
check_unit_id (ItaProject  *self,
               gint64       unit_id,
               GError     **error)
{
  g_autoptr(ItaUnit) unit = NULL;

  if (unit_id == ITA_ID_NONE || unit_id == ITA_UNIT_ALL)
    return TRUE;
  unit = ita_project_get_unit (self, unit_id);
  if (unit == NULL)
    {
      g_autofree char *id = ita_project_id_key (unit_id);

      return set_invalid (error, _("The unit (id %s) does not exist; choose a unit from the list."), id);
    }
  return TRUE;
}

/* Checklist ---------------------------------------------------------- */

static const ItaItemDef *
lookup_oit_item (ItaProject *self,
                 const char *code)
{
  g_autofree char *key = code ? ita_scores_normalize_key (self->edition, code, NULL) : NULL;
  const ItaItemDef *def = key ? ita_framework_lookup_item (self->edition, key) : NULL;

  /* "O12", "๐๑๒" as typed or printed */
  return def != NULL && def->tool == ITA_TOOL_OIT ? def : NULL;
}

/* Each address checked as typed (ita-url.h) and stored without the spaces
 * around it; an address given twice is kept once. */
static gboolean
check_urls (ItaChecklistEntry  *entry,
            GError            **error)
{
  g_autoptr(GStrvBuilder) urls = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; entry->urls != NULL && entry->urls[i] != NULL; i++)
    {
      g_autoptr(GError) local_error = NULL;
      char *url;

      if (!ita_limit_check_text (entry->urls[i], ITA_LIMIT_URL_CHARS, _("An evidence URL"), error))
        return FALSE;
      url = ita_url_check (entry->urls[i], NULL, &local_error);

      if (url == NULL)
        return set_invalid (error, _("OIT item %s: %s"), entry->item, local_error->message);
      if (g_hash_table_add (seen, url))
        g_strv_builder_add (urls, url);
    }
  g_strfreev (entry->urls);
  entry->urls = g_strv_builder_end (urls);
  return TRUE;
}

/* Units that exist (or ITA_UNIT_ALL), each once, in the order given. */
static gboolean
check_units (ItaProject         *self,
             ItaChecklistEntry  *entry,
             GError            **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; entry->unit_ids != NULL && i < entry->unit_ids->len; i++)
    {
      gint64 id = g_array_index (entry->unit_ids, gint64, i);
      gboolean seen = FALSE;

      if (id == ITA_ID_NONE)
        continue;
      if (!check_unit_id (self, id, error))
        return FALSE;
      for (guint k = 0; k < ids->len && !seen; k++)
        seen = g_array_index (ids, gint64, k) == id;
      if (!seen)
        g_array_append_val (ids, id);
    }
  g_clear_pointer (&entry->unit_ids, g_array_unref);
  entry->unit_ids = g_steal_pointer (&ids);
  return TRUE;
}

gboolean
ita_project_check_checklist_entry (ItaProject         *self,
                                   ItaChecklistEntry  *entry,
                                   GError            **error)
{
  const ItaItemDef *def = lookup_oit_item (self, entry->item);

  if (def == NULL)
    return set_invalid (error, _("“%s” is not an OIT item of edition %s."),
                        entry->item ? entry->item : "", ita_framework_get_id (self->edition));
  g_free (entry->item);
  entry->item = g_strdup (def->code);
  if ((guint) entry->status > ITA_EVIDENCE_MISSING)
    return set_invalid (error, _("The status of %s is not one of the known statuses."), def->code);
  if (!text_ok (entry->explanation) || !text_ok (entry->note))
    return set_invalid (error, _("The text of %s is not valid UTF-8; type it again."), def->code);
  if (!ita_limit_check_text (entry->explanation, ITA_LIMIT_TEXT_CHARS, _("The explanation"), error) ||
      !ita_limit_check_text (entry->note, ITA_LIMIT_TEXT_CHARS, _("The note"), error) ||
      !ita_limit_check_count (entry->urls ? g_strv_length (entry->urls) : 0, ITA_LIMIT_URLS,
                              _("Evidence URLs of one item"), error))
    return FALSE;
  return check_urls (entry, error) && check_units (self, entry, error);
}

/* Deletes the rows of item in a child table ("DELETE FROM … WHERE item = ?1"). */
static gboolean
delete_item_rows (ItaProject  *self,
                  const char  *sql,
                  const char  *item,
                  GError     **error)
{
  sqlite3_stmt *stmt = ita_project_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, item, -1, SQLITE_TRANSIENT);
  return ita_project_step (self, stmt, error);
}

gboolean
ita_project_write_checklist_entry (ItaProject              *self,
                                   const ItaChecklistEntry *entry,
                                   GError                 **error)
{
  sqlite3_stmt *stmt;

  stmt = ita_project_prepare (self,
                              "INSERT INTO checklist (item, status, explanation, due_date, "
                              "note, last_checked) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                              "ON CONFLICT (item) DO UPDATE SET status = excluded.status, "
                              "explanation = excluded.explanation, "
                              "due_date = excluded.due_date, note = excluded.note, "
                              "last_checked = excluded.last_checked",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, entry->item, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, ita_evidence_status_to_string (entry->status), -1, SQLITE_STATIC);
  ita_project_bind_text (stmt, 3, entry->explanation ? entry->explanation : "");
  ita_project_bind_date (stmt, 4, &entry->due_date);
  ita_project_bind_text (stmt, 5, entry->note ? entry->note : "");
  ita_project_bind_date (stmt, 6, &entry->last_checked);
  if (!ita_project_step (self, stmt, error))
    return FALSE;

  if (!delete_item_rows (self, "DELETE FROM evidence_url WHERE item = ?1", entry->item, error) ||
      !delete_item_rows (self, "DELETE FROM checklist_unit WHERE item = ?1", entry->item, error))
    return FALSE;
  for (guint i = 0; entry->urls != NULL && entry->urls[i] != NULL; i++)
    {
      stmt = ita_project_prepare (self,
                                  "INSERT INTO evidence_url (item, position, url) VALUES (?1, ?2, ?3)",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, entry->item, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 2, (int) i);
      sqlite3_bind_text (stmt, 3, entry->urls[i], -1, SQLITE_TRANSIENT);
      if (!ita_project_step (self, stmt, error))
        return FALSE;
    }
  for (guint i = 0; entry->unit_ids != NULL && i < entry->unit_ids->len; i++)
    {
      stmt = ita_project_prepare (self,
                                  "INSERT INTO checklist_unit (item, position, unit_id) "
                                  "VALUES (?1, ?2, ?3)",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, entry->item, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 2, (int) i);
      sqlite3_bind_int64 (stmt, 3, g_array_index (entry->unit_ids, gint64, i));
      if (!ita_project_step (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* item → GPtrArray of char * (urls) or GArray of gint64 (units), in order. */
static GHashTable *
read_urls (ItaProject *self)
{
  GHashTable *urls = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) g_ptr_array_unref);
  sqlite3_stmt *stmt;

  stmt = ita_project_prepare (self, "SELECT item, url FROM evidence_url ORDER BY item, position", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *item = ita_project_column_text (stmt, 0);
      GPtrArray *list = g_hash_table_lookup (urls, item);

      if (list == NULL)
        {
          list = g_ptr_array_new_null_terminated (1, g_free, TRUE);
          g_hash_table_insert (urls, g_strdup (item), list);
        }
      g_ptr_array_add (list, ita_project_column_text (stmt, 1));
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return urls;
}

static GHashTable *
read_units (ItaProject *self)
{
  GHashTable *units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_array_unref);
  sqlite3_stmt *stmt;

  stmt = ita_project_prepare (self,
                              "SELECT item, unit_id FROM checklist_unit ORDER BY item, position",
                              NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *item = ita_project_column_text (stmt, 0);
      GArray *list = g_hash_table_lookup (units, item);
      gint64 id = sqlite3_column_int64 (stmt, 1);

      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_hash_table_insert (units, g_strdup (item), list);
        }
      g_array_append_val (list, id);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return units;
}

/* Reads every stored entry: item → ItaChecklistEntry. */
static GHashTable *
read_checklist (ItaProject *self)
{
  GHashTable *entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                               (GDestroyNotify) ita_checklist_entry_free);
  g_autoptr(GHashTable) urls = NULL;
  g_autoptr(GHashTable) units = NULL;
  sqlite3_stmt *stmt;

  if (self->db == NULL)
    return entries;
  urls = read_urls (self);
  units = read_units (self);
  stmt = ita_project_prepare (self,
                              "SELECT item, status, explanation, due_date, note, "
                              "last_checked FROM checklist",
                              NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *item = ita_project_column_text (stmt, 0);
      const ItaItemDef *def = lookup_oit_item (self, item);
      ItaChecklistEntry *entry;
      GPtrArray *url_list;
      GArray *unit_list;

      if (def == NULL)
        continue;
      entry = ita_checklist_entry_new (def->code);
      if (!ita_evidence_status_from_string ((const char *) sqlite3_column_text (stmt, 1),
                                            &entry->status))
        entry->status = ITA_EVIDENCE_NOT_CHECKED;
      g_free (entry->explanation);
      entry->explanation = ita_project_column_text (stmt, 2);
      ita_project_column_date (stmt, 3, &entry->due_date);
      g_free (entry->note);
      entry->note = ita_project_column_text (stmt, 4);
      ita_project_column_date (stmt, 5, &entry->last_checked);
      url_list = g_hash_table_lookup (urls, item);
      if (url_list != NULL)
        {
          g_strfreev (entry->urls);
          entry->urls = g_strdupv ((char **) url_list->pdata);
        }
      unit_list = g_hash_table_lookup (units, item);
      for (guint i = 0; unit_list != NULL && i < unit_list->len; i++)
        ita_checklist_entry_add_unit (entry, g_array_index (unit_list, gint64, i));
      g_hash_table_replace (entries, entry->item, entry);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);

  return entries;
}

GPtrArray *
ita_project_get_checklist (ItaProject *self)
{
  g_autoptr(GHashTable) stored = NULL;
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_checklist_entry_free);

  g_return_val_if_fail (ITA_IS_PROJECT (self), list);

  stored = read_checklist (self);
  for (guint i = 0; i < ita_framework_get_n_items (self->edition); i++)
    {
      const ItaItemDef *def = ita_framework_get_item (self->edition, i);
      ItaChecklistEntry *entry;

      if (def->tool != ITA_TOOL_OIT)
        continue;
      entry = g_hash_table_lookup (stored, def->code);
      g_ptr_array_add (list, entry ? ita_checklist_entry_copy (entry)
                                   : ita_checklist_entry_new (def->code));
    }
  return list;
}

ItaChecklistEntry *
ita_project_get_checklist_entry (ItaProject *self,
                                 const char *item)
{
  g_autoptr(GHashTable) stored = NULL;
  const ItaItemDef *def;
  ItaChecklistEntry *entry;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (item != NULL, NULL);

  def = lookup_oit_item (self, item);
  if (def == NULL)
    return NULL;
  stored = read_checklist (self);
  entry = g_hash_table_lookup (stored, def->code);
  return entry ? ita_checklist_entry_copy (entry) : ita_checklist_entry_new (def->code);
}

gboolean
ita_project_set_checklist_entry (ItaProject              *self,
                                 const ItaChecklistEntry *entry,
                                 GError                 **error)
{
  g_autoptr(ItaChecklistEntry) copy = NULL;
  g_autoptr(ItaChecklistEntry) stored = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  copy = ita_checklist_entry_copy (entry);
  if (!ita_project_check_checklist_entry (self, copy, error))
    return FALSE;
  stored = ita_project_get_checklist_entry (self, copy->item);
  if (stored != NULL && ita_checklist_entry_equal (stored, copy))
    return TRUE;   /* nothing to change: no step */
  label = g_strdup_printf (_("Edit checklist item %s"), copy->item);
  if (!ita_project_begin_edit (self, error))
    return FALSE;
  if (!ita_project_write_checklist_entry (self, copy, error))
    return ita_project_abort_edit (self);
  return ita_project_end_edit (self, ITA_PROJECT_CHANGE_CHECKLIST, copy->item, label, error);
}

gboolean
ita_project_set_checklist_status (ItaProject         *self,
                                  const char         *item,
                                  ItaEvidenceStatus   status,
                                  GError            **error)
{
  const char *items[] = { item, NULL };

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (item != NULL, FALSE);

  return ita_project_set_checklist_status_many (self, items, status, error);
}

/* Measures ----------------------------------------------------------- */

gboolean
ita_project_check_measure (ItaProject  *self,
                           ItaMeasure  *measure,
                           GError     **error)
{
  g_autofree char *title = NULL;

  if (!text_ok (measure->title) || !text_ok (measure->issue) || !text_ok (measure->methods) ||
      !text_ok (measure->kpi) || !text_ok (measure->target))
    return set_invalid (error, _("The text of a measure is not valid UTF-8; type it again."));
  if (!ita_limit_check_text (measure->title, ITA_LIMIT_NAME_CHARS, _("The measure’s title"), error) ||
      !ita_limit_check_text (measure->issue, ITA_LIMIT_TEXT_CHARS, _("The measure’s issue"), error) ||
      !ita_limit_check_text (measure->methods, ITA_LIMIT_TEXT_CHARS, _("The measure’s methods"), error) ||
      !ita_limit_check_text (measure->kpi, ITA_LIMIT_TEXT_CHARS, _("The measure’s KPI"), error) ||
      !ita_limit_check_text (measure->target, ITA_LIMIT_TEXT_CHARS, _("The measure’s target"), error) ||
      !ita_limit_check_count (measure->targets ? g_strv_length (measure->targets) : 0,
                              ITA_LIMIT_MEASURE_LIST, _("Targets of one measure"), error) ||
      !ita_limit_check_count (measure->steps ? g_strv_length (measure->steps) : 0,
                              ITA_LIMIT_MEASURE_LIST, _("Steps of one measure"), error) ||
      !ita_limit_check_count (measure->unit_ids ? measure->unit_ids->len : 0,
                              ITA_LIMIT_MEASURE_LIST, _("Units of one measure"), error) ||
      !ita_limit_check_count (measure->progress ? measure->progress->len : 0,
                              ITA_LIMIT_MEASURE_LIST, _("Progress entries of one measure"), error))
    return FALSE;
  title = g_strstrip (g_strdup (measure->title ? measure->title : ""));
  if (*title == '\0')
    return set_invalid (error, _("A measure needs a title."));
  for (guint i = 0; measure->targets != NULL && measure->targets[i] != NULL; i++)
    {
      g_autoptr(GError) local_error = NULL;
      char *key;

      if (!ita_limit_check_text (measure->targets[i], ITA_LIMIT_CSV_FIELD_CHARS, _("A target"), error))
        return FALSE;
      key = ita_scores_normalize_key (self->edition, measure->targets[i], &local_error);

      if (key == NULL)
        return set_invalid (error, _("Measure “%s”: %s"), title, local_error->message);
      g_free (measure->targets[i]);
      measure->targets[i] = key;
    }
  for (guint i = 0; measure->steps != NULL && measure->steps[i] != NULL; i++)
    {
      if (!text_ok (measure->steps[i]))
        return set_invalid (error, _("Measure “%s”: a step is not valid UTF-8."), title);
      if (!ita_limit_check_text (measure->steps[i], ITA_LIMIT_TEXT_CHARS, _("A step"), error))
        return FALSE;
    }
  for (guint i = 0; measure->unit_ids != NULL && i < measure->unit_ids->len; i++)
    {
      if (!check_unit_id (self, g_array_index (measure->unit_ids, gint64, i), error))
        return FALSE;
    }
  if (g_date_valid (&measure->start) && g_date_valid (&measure->end) &&
      g_date_compare (&measure->start, &measure->end) > 0)
    return set_invalid (error, _("Measure “%s” ends before it starts; check its dates."), title);
  if (measure->budget < 0 && measure->budget != ITA_BUDGET_NONE)
    return set_invalid (error, _("Measure “%s”: a budget cannot be negative."), title);
  if ((guint) measure->status > ITA_MEASURE_CANCELLED)
    return set_invalid (error, _("Measure “%s”: unknown status."), title);
  for (guint i = 0; measure->progress != NULL && i < measure->progress->len; i++)
    {
      ItaProgress *p = g_ptr_array_index (measure->progress, i);

      if (!text_ok (p->done) || !text_ok (p->outcome) || !text_ok (p->remarks))
        return set_invalid (error, _("Measure “%s”: a progress entry is not valid UTF-8."), title);
      if (!ita_limit_check_text (p->done, ITA_LIMIT_TEXT_CHARS, _("A progress entry"), error) ||
          !ita_limit_check_text (p->outcome, ITA_LIMIT_TEXT_CHARS, _("A progress entry"), error) ||
          !ita_limit_check_text (p->remarks, ITA_LIMIT_TEXT_CHARS, _("A progress entry"), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
delete_measure_children (ItaProject  *self,
                         gint64       id,
                         GError     **error)
{
  static const char * const sql[] = {
    "DELETE FROM measure_target WHERE measure_id = ?1",
    "DELETE FROM measure_step WHERE measure_id = ?1",
    "DELETE FROM measure_unit WHERE measure_id = ?1",
    "DELETE FROM measure_progress WHERE measure_id = ?1",
  };

  for (guint i = 0; i < G_N_ELEMENTS (sql); i++)
    {
      sqlite3_stmt *stmt = ita_project_prepare (self, sql[i], error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!ita_project_step (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_strv (ItaProject         *self,
            const char         *sql,
            gint64              id,
            char * const       *strv,
            GError            **error)
{
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    {
      sqlite3_stmt *stmt = ita_project_prepare (self, sql, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, (int) i);
      sqlite3_bind_text (stmt, 3, strv[i], -1, SQLITE_TRANSIENT);
      if (!ita_project_step (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_measure_children (ItaProject        *self,
                        gint64             id,
                        const ItaMeasure  *measure,
                        GError           **error)
{
  sqlite3_stmt *stmt;

  if (!write_strv (self, "INSERT INTO measure_target (measure_id, position, key) VALUES (?1, ?2, ?3)",
                   id, measure->targets, error) ||
      !write_strv (self, "INSERT INTO measure_step (measure_id, position, text) VALUES (?1, ?2, ?3)",
                   id, measure->steps, error))
    return FALSE;
  for (guint i = 0; measure->unit_ids != NULL && i < measure->unit_ids->len; i++)
    {
      stmt = ita_project_prepare (self,
                                  "INSERT INTO measure_unit (measure_id, position, unit_id) "
                                  "VALUES (?1, ?2, ?3)",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, (int) i);
      sqlite3_bind_int64 (stmt, 3, g_array_index (measure->unit_ids, gint64, i));
      if (!ita_project_step (self, stmt, error))
        return FALSE;
    }
  for (guint i = 0; measure->progress != NULL && i < measure->progress->len; i++)
    {
      ItaProgress *p = g_ptr_array_index (measure->progress, i);

      stmt = ita_project_prepare (self,
                                  "INSERT INTO measure_progress (measure_id, position, date, done, "
                                  "outcome, remarks) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, (int) i);
      ita_project_bind_date (stmt, 3, &p->date);
      ita_project_bind_text (stmt, 4, p->done ? p->done : "");
      ita_project_bind_text (stmt, 5, p->outcome ? p->outcome : "");
      ita_project_bind_text (stmt, 6, p->remarks ? p->remarks : "");
      if (!ita_project_step (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static void
bind_measure_fields (sqlite3_stmt     *stmt,
                     const ItaMeasure *measure)
{
  ita_project_bind_text (stmt, 2, measure->title ? measure->title : "");
  ita_project_bind_text (stmt, 3, measure->issue ? measure->issue : "");
  ita_project_bind_text (stmt, 4, measure->methods ? measure->methods : "");
  ita_project_bind_date (stmt, 5, &measure->start);
  ita_project_bind_date (stmt, 6, &measure->end);
  if (measure->budget >= 0)
    sqlite3_bind_int64 (stmt, 7, measure->budget);
  ita_project_bind_text (stmt, 8, measure->kpi ? measure->kpi : "");
  ita_project_bind_text (stmt, 9, measure->target ? measure->target : "");
  sqlite3_bind_text (stmt, 10, ita_measure_status_to_string (measure->status), -1, SQLITE_STATIC);
}

gboolean
ita_project_write_measure (ItaProject        *self,
                           const ItaMeasure  *measure,
                           gint64             position,
                           gint64            *out_id,
                           GError           **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  stmt = ita_project_prepare (self,
                              "INSERT INTO measure (id, title, issue, methods, start_date, end_date, "
                              "budget, kpi, target, status, position) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                              error);
  if (stmt == NULL)
    return FALSE;
  if (measure->id > 0)
    sqlite3_bind_int64 (stmt, 1, measure->id);
  bind_measure_fields (stmt, measure);
  sqlite3_bind_int64 (stmt, 11, position);
  if (!ita_project_step (self, stmt, error))
    return FALSE;
  id = ita_project_last_insert_id (self);
  if (out_id != NULL)
    *out_id = id;
  return write_measure_children (self, id, measure, error);
}

static gint64
next_measure_position (ItaProject *self)
{
  sqlite3_stmt *stmt;
  gint64 position = 0;

  stmt = ita_project_prepare (self, "SELECT coalesce(max(position) + 1, 0) FROM measure", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    position = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return position;
}

/* Reading measures: rows first, then children in bulk. */
static ItaMeasure *
measure_from_row (sqlite3_stmt *stmt)
{
  ItaMeasure *m = ita_measure_new ();

  m->id = sqlite3_column_int64 (stmt, 0);
  g_free (m->title);
  m->title = ita_project_column_text (stmt, 1);
  g_free (m->issue);
  m->issue = ita_project_column_text (stmt, 2);
  g_free (m->methods);
  m->methods = ita_project_column_text (stmt, 3);
  ita_project_column_date (stmt, 4, &m->start);
  ita_project_column_date (stmt, 5, &m->end);
  m->budget = sqlite3_column_type (stmt, 6) == SQLITE_NULL ? ITA_BUDGET_NONE
                                                           : MAX (0, sqlite3_column_int64 (stmt, 6));
  g_free (m->kpi);
  m->kpi = ita_project_column_text (stmt, 7);
  g_free (m->target);
  m->target = ita_project_column_text (stmt, 8);
  if (!ita_measure_status_from_string ((const char *) sqlite3_column_text (stmt, 9), &m->status))
    m->status = ITA_MEASURE_PLANNED;
  return m;
}

static void
append_str (char ***strv,
            char   *value)
{
  guint n = g_strv_length (*strv);

  *strv = g_renew (char *, *strv, n + 2);
  (*strv)[n] = value;
  (*strv)[n + 1] = NULL;
}

static void
read_measure_children (ItaProject *self,
                       GHashTable *by_id,
                       gint64      only_id)
{
  static const char * const sql[] = {
    "SELECT measure_id, key FROM measure_target WHERE ?1 = 0 OR measure_id = ?1 "
    "ORDER BY measure_id, position",
    "SELECT measure_id, text FROM measure_step WHERE ?1 = 0 OR measure_id = ?1 "
    "ORDER BY measure_id, position",
    "SELECT measure_id, unit_id FROM measure_unit WHERE ?1 = 0 OR measure_id = ?1 "
    "ORDER BY measure_id, position",
    "SELECT measure_id, date, done, outcome, remarks FROM measure_progress "
    "WHERE ?1 = 0 OR measure_id = ?1 ORDER BY measure_id, position",
  };

  for (guint k = 0; k < G_N_ELEMENTS (sql); k++)
    {
      sqlite3_stmt *stmt = ita_project_prepare (self, sql[k], NULL);

      if (stmt == NULL)
        continue;
      sqlite3_bind_int64 (stmt, 1, only_id);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          ItaMeasure *m = g_hash_table_lookup (by_id, &id);
          ItaProgress *p;
          gint64 unit_id;

          if (m == NULL)
            continue;
          switch (k)
            {
            case 0:
              append_str (&m->targets, ita_project_column_text (stmt, 1));
              break;
            case 1:
              append_str (&m->steps, ita_project_column_text (stmt, 1));
              break;
            case 2:
              unit_id = sqlite3_column_int64 (stmt, 1);
              g_array_append_val (m->unit_ids, unit_id);
              break;
            default:
              p = ita_progress_new ();
              ita_project_column_date (stmt, 1, &p->date);
              g_free (p->done);
              p->done = ita_project_column_text (stmt, 2);
              g_free (p->outcome);
              p->outcome = ita_project_column_text (stmt, 3);
              g_free (p->remarks);
              p->remarks = ita_project_column_text (stmt, 4);
              g_ptr_array_add (m->progress, p);
              break;
            }
        }
      sqlite3_reset (stmt);
    }
}

static GPtrArray *
read_measures (ItaProject *self,
               gint64      only_id)
{
  GPtrArray *measures = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_measure_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  sqlite3_stmt *stmt;

  if (self->db == NULL)
    return measures;
  stmt = ita_project_prepare (self,
                              "SELECT id, title, issue, methods, start_date, end_date, budget, kpi, "
                              "target, status FROM measure WHERE ?1 = 0 OR id = ?1 "
                              "ORDER BY position, id",
                              NULL);
  if (stmt == NULL)
    return measures;
  sqlite3_bind_int64 (stmt, 1, only_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      ItaMeasure *m = measure_from_row (stmt);

      g_ptr_array_add (measures, m);
      g_hash_table_insert (by_id, &m->id, m);
    }
  sqlite3_reset (stmt);
  read_measure_children (self, by_id, only_id);
  return measures;
}

GPtrArray *
ita_project_get_measures (ItaProject *self)
{
  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);
  return read_measures (self, 0);
}

ItaMeasure *
ita_project_get_measure (ItaProject *self,
                         gint64      id)
{
  g_autoptr(GPtrArray) measures = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);

  if (id <= 0)
    return NULL;
  measures = read_measures (self, id);
  return measures->len > 0 ? g_ptr_array_steal_index (measures, 0) : NULL;
}

gboolean
ita_project_add_measure (ItaProject        *self,
                         const ItaMeasure  *measure,
                         gint64            *out_id,
                         GError           **error)
{
  g_autoptr(ItaMeasure) copy = NULL;
  g_autofree char *key = NULL;
  gint64 id;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (measure != NULL, FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  copy = ita_measure_copy (measure);
  copy->id = ITA_ID_NONE;
  if (!ita_project_check_measure (self, copy, error) ||
      !ita_project_check_row_count (self, "SELECT count(*) FROM measure", ITA_LIMIT_MEASURES,
                                    _("Measures"), error) ||
      !ita_project_begin_edit (self, error))
    return FALSE;
  if (!ita_project_write_measure (self, copy, next_measure_position (self), &id, error))
    return ita_project_abort_edit (self);
  key = ita_project_id_key (id);
  if (!ita_project_end_edit (self, ITA_PROJECT_CHANGE_MEASURES, key, _("Add measure"), error))
    return FALSE;
  if (out_id != NULL)
    *out_id = id;
  return TRUE;
}

static gboolean
measure_not_found (gint64   id,
                   GError **error)
{
  g_autofree char *key = ita_project_id_key (id);

  g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NOT_FOUND,
               _("The measure (id %s) no longer exists; it may have been removed."), key);
  return FALSE;
}

static gboolean
replace_measure (ItaProject        *self,
                 const ItaMeasure  *measure,
                 const char        *label,
                 GError           **error)
{
  g_autoptr(ItaMeasure) copy = NULL;
  g_autoptr(ItaMeasure) old = NULL;
  g_autofree char *key = NULL;
  sqlite3_stmt *stmt;

  if (!ita_project_check_open (self, error))
    return FALSE;
  old = ita_project_get_measure (self, measure->id);
  if (old == NULL)
    return measure_not_found (measure->id, error);
  copy = ita_measure_copy (measure);
  if (!ita_project_check_measure (self, copy, error) || !ita_project_begin_edit (self, error))
    return FALSE;
  stmt = ita_project_prepare (self,
                              "UPDATE measure SET title = ?2, issue = ?3, methods = ?4, "
                              "start_date = ?5, end_date = ?6, budget = ?7, kpi = ?8, target = ?9, "
                              "status = ?10 WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return ita_project_abort_edit (self);
  sqlite3_bind_int64 (stmt, 1, copy->id);
  bind_measure_fields (stmt, copy);
  if (!ita_project_step (self, stmt, error) ||
      !delete_measure_children (self, copy->id, error) ||
      !write_measure_children (self, copy->id, copy, error))
    return ita_project_abort_edit (self);
  key = ita_project_id_key (copy->id);
  return ita_project_end_edit (self, ITA_PROJECT_CHANGE_MEASURES, key, label, error);
}

gboolean
ita_project_update_measure (ItaProject        *self,
                            const ItaMeasure  *measure,
                            GError           **error)
{
  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (measure != NULL, FALSE);

  return replace_measure (self, measure, _("Edit measure"), error);
}

/* Where a dated entry goes: after every entry dated on or before it, before
 * the first later one; an undated entry goes last. */
static guint
progress_place (GPtrArray         *progress,
                const ItaProgress *entry)
{
  guint i;

  if (!g_date_valid (&entry->date))
    return progress->len;
  for (i = 0; i < progress->len; i++)
    {
      ItaProgress *p = g_ptr_array_index (progress, i);

      if (!g_date_valid (&p->date) || g_date_compare (&p->date, &entry->date) > 0)
        break;
    }
  return i;
}

gboolean
ita_project_add_progress (ItaProject        *self,
                          gint64             measure_id,
                          const ItaProgress *progress,
                          GError           **error)
{
  g_autoptr(ItaMeasure) measure = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (progress != NULL, FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  measure = ita_project_get_measure (self, measure_id);
  if (measure == NULL)
    return measure_not_found (measure_id, error);
  g_ptr_array_insert (measure->progress, (gint) progress_place (measure->progress, progress),
                      ita_progress_copy (progress));
  return replace_measure (self, measure, _("Add progress"), error);
}

static gboolean
progress_not_found (ItaMeasure  *measure,
                    guint        index,
                    GError     **error)
{
  g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NOT_FOUND,
               _("Measure “%s” has no progress entry %u; it may have been removed."),
               measure->title, index + 1);
  return FALSE;
}

gboolean
ita_project_update_progress (ItaProject         *self,
                             gint64              measure_id,
                             guint               index,
                             const ItaProgress  *progress,
                             GError            **error)
{
  g_autoptr(ItaMeasure) measure = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (progress != NULL, FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  measure = ita_project_get_measure (self, measure_id);
  if (measure == NULL)
    return measure_not_found (measure_id, error);
  if (index >= measure->progress->len)
    return progress_not_found (measure, index, error);
  g_ptr_array_remove_index (measure->progress, index);
  g_ptr_array_insert (measure->progress, (gint) progress_place (measure->progress, progress),
                      ita_progress_copy (progress));
  return replace_measure (self, measure, _("Edit progress"), error);
}

gboolean
ita_project_remove_progress (ItaProject  *self,
                             gint64       measure_id,
                             guint        index,
                             GError     **error)
{
  g_autoptr(ItaMeasure) measure = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  measure = ita_project_get_measure (self, measure_id);
  if (measure == NULL)
    return measure_not_found (measure_id, error);
  if (index >= measure->progress->len)
    return progress_not_found (measure, index, error);
  g_ptr_array_remove_index (measure->progress, index);
  return replace_measure (self, measure, _("Remove progress"), error);
}

gboolean
ita_project_remove_measure (ItaProject  *self,
                            gint64       id,
                            GError     **error)
{
  g_autoptr(ItaMeasure) old = NULL;
  g_autofree char *key = ita_project_id_key (id);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  old = ita_project_get_measure (self, id);
  if (old == NULL)
    return measure_not_found (id, error);
  if (!ita_project_begin_edit (self, error))
    return FALSE;
  stmt = ita_project_prepare (self, "DELETE FROM measure WHERE id = ?1", error);
  if (stmt == NULL || !delete_measure_children (self, id, error))
    return ita_project_abort_edit (self);
  sqlite3_bind_int64 (stmt, 1, id);
  if (!ita_project_step (self, stmt, error) || !ita_project_delete_measure_text (self, id, error))
    return ita_project_abort_edit (self);
  return ita_project_end_edit (self, ITA_PROJECT_CHANGE_MEASURES, key, _("Remove measure"), error);
}

/* Renumbers the rows of table (measure or limitation) so that id is at
 * position; every other row keeps its order. */
static gboolean
reorder (ItaProject  *self,
         const char  *select_sql,
         const char  *update_sql,
         gint64       id,
         int          position,
         GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = ita_project_prepare (self, select_sql, error);

  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 row = sqlite3_column_int64 (stmt, 0);

      if (row != id)
        g_array_append_val (ids, row);
    }
  sqlite3_reset (stmt);
  if (position < 0 || (guint) position > ids->len)
    position = (int) ids->len;
  g_array_insert_val (ids, (guint) position, id);
  for (guint i = 0; i < ids->len; i++)
    {
      stmt = ita_project_prepare (self, update_sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      sqlite3_bind_int (stmt, 2, (int) i);
      if (!ita_project_step (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
ita_project_move_measure (ItaProject  *self,
                          gint64       id,
                          int          position,
                          GError     **error)
{
  g_autoptr(ItaMeasure) old = NULL;
  g_autofree char *key = ita_project_id_key (id);

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  old = ita_project_get_measure (self, id);
  if (old == NULL)
    return measure_not_found (id, error);
  if (!ita_project_begin_edit (self, error))
    return FALSE;
  if (!reorder (self, "SELECT id FROM measure ORDER BY position, id",
                "UPDATE measure SET position = ?2 WHERE id = ?1 AND position != ?2",
                id, position, error))
    return ita_project_abort_edit (self);
  return ita_project_end_edit (self, ITA_PROJECT_CHANGE_MEASURES, key, _("Move measure"), error);
}

/* The plan year ------------------------------------------------------ */

int
ita_project_get_plan_year (ItaProject *self)
{
  g_return_val_if_fail (ITA_IS_PROJECT (self), 0);

  return ita_project_get_fiscal_year (self) + 1;
}

void
ita_project_get_plan_period (ItaProject *self,
                             GDate      *start,
                             GDate      *end)
{
  g_return_if_fail (ITA_IS_PROJECT (self));

  ita_fiscal_year_range (ita_project_get_plan_year (self), start, end);
}

ItaMeasure *
ita_project_new_measure (ItaProject *self)
{
  ItaMeasure *m;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);

  m = ita_measure_new ();
  ita_project_get_plan_period (self, &m->start, &m->end);
  return m;
}

/* Duplicating -------------------------------------------------------- */

static int
measure_index (ItaProject *self,
               gint64      id)
{
  g_autoptr(GPtrArray) measures = ita_project_get_measures (self);

  for (guint i = 0; i < measures->len; i++)
    {
      if (((ItaMeasure *) g_ptr_array_index (measures, i))->id == id)
        return (int) i;
    }
  return -1;
}

gboolean
ita_project_duplicate_measure (ItaProject  *self,
                               gint64       id,
                               gint64      *out_id,
                               GError     **error)
{
  g_autoptr(ItaMeasure) copy = NULL;
  g_autofree char *key = NULL;
  gint64 new_id = ITA_ID_NONE;
  int index;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  copy = ita_project_get_measure (self, id);
  if (copy == NULL)
    return measure_not_found (id, error);
  index = measure_index (self, id);
  copy->id = ITA_ID_NONE;
  {
    /* TRANSLATORS: the title of a duplicated measure; %s is the original title */
    char *title = g_strdup_printf (_("%s (copy)"), copy->title);

    g_free (copy->title);
    copy->title = title;
  }
  copy->status = ITA_MEASURE_PLANNED;
  g_ptr_array_set_size (copy->progress, 0);
  if (!ita_project_check_measure (self, copy, error) || !ita_project_begin_edit (self, error))
    return FALSE;
  if (!ita_project_write_measure (self, copy, next_measure_position (self), &new_id, error) ||
      !reorder (self, "SELECT id FROM measure ORDER BY position, id",
                "UPDATE measure SET position = ?2 WHERE id = ?1 AND position != ?2",
                new_id, index + 1, error))
    return ita_project_abort_edit (self);
  key = ita_project_id_key (new_id);
  if (!ita_project_end_edit (self, ITA_PROJECT_CHANGE_MEASURES, key, _("Duplicate measure"), error))
    return FALSE;
  if (out_id != NULL)
    *out_id = new_id;
  return TRUE;
}
