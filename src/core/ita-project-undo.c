/* ita-project-undo.c: undo and redo of every edit
 *
 * Temporary triggers (never stored in the file) log, for each row an edit
 * inserts, updates or deletes in a project table, the statement that
 * reverts it. One edit's log is one undo step; replaying it in reverse
 * order reverts the edit and logs, through the same triggers, the step
 * that redoes it. The history lives for the session only.
 */
#include "config.h"

#include "ita-project-private.h"

/* Steps kept; older ones are forgotten. */
#define MAX_STEPS 1000

static const char * const logged_tables[] = {
  "agency", "unit", "score", "distribution", "checklist", "evidence_url",
  "measure", "measure_target", "measure_step", "measure_unit",
  "measure_progress", "limitation", "link", "setting", "text", "suggestion", "checklist_unit",
};

typedef struct {
  ItaProjectChange  kind;
  char             *key;
  char             *label;
  GPtrArray        *sql;    /* in the order logged; replayed in reverse */
} Step;

struct _ItaUndo
{
  GPtrArray *undo;   /* of Step, top last */
  GPtrArray *redo;
};

static void
step_free (Step *step)
{
  g_free (step->key);
  g_free (step->label);
  g_ptr_array_unref (step->sql);
  g_free (step);
}

ItaUndo *
ita_undo_new (void)
{
  ItaUndo *undo = g_new0 (ItaUndo, 1);

  undo->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  undo->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  return undo;
}

void
ita_undo_free (ItaUndo *undo)
{
  if (undo == NULL)
    return;
  g_ptr_array_unref (undo->undo);
  g_ptr_array_unref (undo->redo);
  g_free (undo);
}

void
ita_undo_reset (ItaUndo *undo)
{
  g_ptr_array_set_size (undo->undo, 0);
  g_ptr_array_set_size (undo->redo, 0);
}

/* Triggers ----------------------------------------------------------- */

/* The quoted names of a table's columns ("name"), in order. */
static GPtrArray *
table_columns (ItaDb       *db,
               const char  *table,
               GError     **error)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db->handle, "SELECT name FROM pragma_table_info(?1, 'main')", -1,
                           &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_ptr_array_add (columns,
                         ita_db_quote_identifier ((const char *) sqlite3_column_text (stmt, 0)));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      ita_db_set_error (db, rc, FALSE, error);
      return NULL;
    }
  return g_steal_pointer (&columns);
}

/* text with every ' doubled, for the inside of an SQL string literal */
static char *
in_literal (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "'", -1);

  return g_strjoinv ("''", parts);
}

/* The three triggers of a table. Identifiers are quoted (columns were
 * checked against the schema, but nothing from a file is ever pasted into
 * SQL as it is); where they become part of the logged statement they are
 * also inside a string literal, so quotes are doubled again there. */
static char *
trigger_sql (const char *table,
             GPtrArray  *columns)
{
  g_autofree char *t = ita_db_quote_identifier (table);
  g_autofree char *t_lit = in_literal (t);
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql,
                          "CREATE TEMP TRIGGER \"undo_%s_insert\" AFTER INSERT ON main.%s BEGIN "
                          "INSERT INTO undo_log (sql) VALUES "
                          "('DELETE FROM main.%s WHERE rowid=' || new.rowid); END;",
                          table, t, t_lit);

  g_string_append_printf (sql,
                          "CREATE TEMP TRIGGER \"undo_%s_update\" AFTER UPDATE ON main.%s BEGIN "
                          "INSERT INTO undo_log (sql) VALUES ('UPDATE main.%s SET ",
                          table, t, t_lit);
  for (guint i = 0; i < columns->len; i++)
    {
      const char *c = g_ptr_array_index (columns, i);
      g_autofree char *c_lit = in_literal (c);

      g_string_append_printf (sql, "%s%s=' || quote(old.%s) || '", i ? "," : "", c_lit, c);
    }
  g_string_append (sql, " WHERE rowid=' || old.rowid); END;");

  g_string_append_printf (sql,
                          "CREATE TEMP TRIGGER \"undo_%s_delete\" BEFORE DELETE ON main.%s BEGIN "
                          "INSERT INTO undo_log (sql) VALUES ('INSERT INTO main.%s (rowid",
                          table, t, t_lit);
  for (guint i = 0; i < columns->len; i++)
    {
      g_autofree char *c_lit = in_literal (g_ptr_array_index (columns, i));

      g_string_append_printf (sql, ",%s", c_lit);
    }
  g_string_append (sql, ") VALUES (' || old.rowid");
  for (guint i = 0; i < columns->len; i++)
    g_string_append_printf (sql, " || ',' || quote(old.%s)",
                            (const char *) g_ptr_array_index (columns, i));
  g_string_append (sql, " || ')'); END;");

  return g_string_free (sql, FALSE);
}

gboolean
ita_undo_install (ItaDb   *db,
                  GError **error)
{
  if (!ita_db_exec (db, "CREATE TEMP TABLE IF NOT EXISTS undo_log "
                        "(seq INTEGER PRIMARY KEY, sql TEXT NOT NULL)", FALSE, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (logged_tables); i++)
    {
      g_autoptr(GPtrArray) columns = table_columns (db, logged_tables[i], error);
      g_autofree char *sql = NULL;

      if (columns == NULL)
        return FALSE;
      sql = trigger_sql (logged_tables[i], columns);
      if (!ita_db_exec (db, sql, FALSE, error))
        return FALSE;
    }
  return TRUE;
}

/* The log ------------------------------------------------------------ */

GPtrArray *
ita_undo_take_log (ItaDb   *db,
                   GError **error)
{
  g_autoptr(GPtrArray) sql = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ita_db_prepare (db, "SELECT sql FROM temp.undo_log ORDER BY seq", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (sql, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ita_db_set_error (db, rc, TRUE, error);
      return NULL;
    }
  if (!ita_db_exec (db, "DELETE FROM temp.undo_log", TRUE, error))
    return NULL;
  return g_steal_pointer (&sql);
}

void
ita_undo_clear_log (ItaDb *db)
{
  sqlite3_exec (db->handle, "DELETE FROM temp.undo_log", NULL, NULL, NULL);
}

/* The stacks --------------------------------------------------------- */

void
ita_undo_record (ItaUndo          *undo,
                 ItaProjectChange  kind,
                 const char       *key,
                 const char       *label,
                 GPtrArray        *sql)
{
  Step *step = g_new0 (Step, 1);

  step->kind = kind;
  step->key = g_strdup (key);
  step->label = g_strdup (label);
  step->sql = sql;
  g_ptr_array_add (undo->undo, step);
  if (undo->undo->len > MAX_STEPS)
    g_ptr_array_remove_index (undo->undo, 0);
  g_ptr_array_set_size (undo->redo, 0);
}

gboolean
ita_undo_can_undo (ItaUndo *undo)
{
  return undo->undo->len > 0;
}

gboolean
ita_undo_can_redo (ItaUndo *undo)
{
  return undo->redo->len > 0;
}

const char *
ita_undo_peek_label (ItaUndo  *undo,
                     gboolean  redo)
{
  GPtrArray *stack = redo ? undo->redo : undo->undo;
  Step *step;

  if (stack->len == 0)
    return NULL;
  step = g_ptr_array_index (stack, stack->len - 1);
  return step->label;
}

GPtrArray *
ita_undo_replay (ItaUndo           *undo,
                 ItaDb             *db,
                 gboolean           redo,
                 ItaProjectChange  *out_kind,
                 const char       **out_key,
                 GError           **error)
{
  GPtrArray *stack = redo ? undo->redo : undo->undo;
  Step *step;

  g_return_val_if_fail (stack->len > 0, NULL);

  step = g_ptr_array_index (stack, stack->len - 1);
  ita_undo_clear_log (db);
  /* Replays in reverse; every statement re-creates rows by rowid. */
  for (guint i = step->sql->len; i > 0; i--)
    {
      if (!ita_db_exec (db, g_ptr_array_index (step->sql, i - 1), TRUE, error))
        return NULL;
    }
  *out_kind = step->kind;
  *out_key = step->key;
  return ita_undo_take_log (db, error);
}

void
ita_undo_finish_replay (ItaUndo   *undo,
                        gboolean   redo,
                        GPtrArray *inverse)
{
  GPtrArray *from = redo ? undo->redo : undo->undo;
  GPtrArray *to = redo ? undo->undo : undo->redo;
  Step *step = g_ptr_array_steal_index (from, from->len - 1);

  g_ptr_array_unref (step->sql);
  step->sql = inverse;
  g_ptr_array_add (to, step);
}
