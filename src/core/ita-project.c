/* ita-project.c: the project object — properties, the edit path, undo;
 * opening and creating files are in ita-project-open.c */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ita-project-edition-private.h"
#include "ita-project-private.h"

G_DEFINE_QUARK (ita-project-error-quark, ita_project_error)

G_DEFINE_FINAL_TYPE (ItaProject, ita_project, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_PATH,
  PROP_FISCAL_YEAR,
  PROP_EDITION,
  PROP_READ_ONLY,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  EXTERNAL_CHANGE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
ita_project_dispose (GObject *object)
{
  ita_project_close (ITA_PROJECT (object));

  G_OBJECT_CLASS (ita_project_parent_class)->dispose (object);
}

static void
ita_project_finalize (GObject *object)
{
  ItaProject *self = ITA_PROJECT (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->identity, g_free);
  g_clear_object (&self->edition);
  g_clear_pointer (&self->undo, ita_undo_free);

  G_OBJECT_CLASS (ita_project_parent_class)->finalize (object);
}

static void
ita_project_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ItaProject *self = ITA_PROJECT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_FISCAL_YEAR:
      g_value_set_int (value, self->fiscal_year);
      break;
    case PROP_EDITION:
      g_value_set_object (value, self->edition);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, ita_project_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, ita_project_get_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ita_project_class_init (ItaProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ita_project_dispose;
  object_class->finalize = ita_project_finalize;
  object_class->get_property = ita_project_get_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FISCAL_YEAR] =
    g_param_spec_int ("fiscal-year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITION] =
    g_param_spec_object ("edition", NULL, NULL, ITA_TYPE_FRAMEWORK,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ItaProject::changed:
   * @kind: an #ItaProjectChange
   * @key: (nullable): what changed within kind
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, ITA_TYPE_PROJECT_CHANGE, G_TYPE_STRING);

  /**
   * ItaProject::external-change:
   * @kind: an #ItaProjectExternal: the file was changed or replaced from
   *   outside (see ita_project_check_external())
   */
  signals[EXTERNAL_CHANGE] =
    g_signal_new ("external-change", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ITA_TYPE_PROJECT_EXTERNAL);
}

void
ita_project_notify_read_only (ItaProject *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
}

static void
ita_project_init (ItaProject *self)
{
  self->undo = ita_undo_new ();
  self->recording = TRUE;
}

/* Helpers ------------------------------------------------------------ */

char *
ita_date_to_iso (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

gboolean
ita_date_from_iso (const char *text,
                   GDate      *out)
{
  guint y, m, d;

  g_date_clear (out, 1);
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    {
      if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
        return FALSE;
    }
  y = (guint) g_ascii_strtoull (text, NULL, 10);
  m = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  d = (guint) g_ascii_strtoull (text + 8, NULL, 10);
  if (!g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  g_date_set_dmy (out, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

sqlite3_stmt *
ita_project_prepare (ItaProject  *self,
                     const char  *sql,
                     GError     **error)
{
  return ita_db_prepare (self->db, sql, error);
}

void
ita_project_bind_text (sqlite3_stmt *stmt,
                       int           index,
                       const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

void
ita_project_bind_date (sqlite3_stmt *stmt,
                       int           index,
                       const GDate  *date)
{
  g_autofree char *iso = ita_date_to_iso (date);

  ita_project_bind_text (stmt, index, iso);
}

char *
ita_project_column_text (sqlite3_stmt *stmt,
                         int           index)
{
  const char *text = (const char *) sqlite3_column_text (stmt, index);
  int len = sqlite3_column_bytes (stmt, index);

  if (text == NULL)
    return g_strdup ("");
  /* Kept, never blanked: a byte that is not UTF-8 (or a NUL) shows as
   * U+FFFD where it is. */
  if (g_utf8_validate_len (text, (gsize) len, NULL))
    return g_strndup (text, (gsize) len);
  return g_utf8_make_valid (text, len);
}

void
ita_project_column_date (sqlite3_stmt *stmt,
                         int           index,
                         GDate        *out)
{
  ita_date_from_iso ((const char *) sqlite3_column_text (stmt, index), out);
}

gboolean
ita_project_step (ItaProject    *self,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  return ita_db_step_done (self->db, stmt, error);
}

gint64
ita_project_last_insert_id (ItaProject *self)
{
  return sqlite3_last_insert_rowid (self->db->handle);
}

int
ita_project_limit_pages_for_testing (ItaProject *self,
                                     int         extra_pages)
{
  return ita_db_limit_pages_for_testing (self->db, extra_pages);
}

void
ita_project_emit_changed (ItaProject       *self,
                          ItaProjectChange  kind,
                          const char       *key)
{
  g_signal_emit (self, signals[CHANGED], 0, kind, key);
}

gboolean
ita_project_check_open (ItaProject  *self,
                        GError     **error)
{
  if (self->db == NULL)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CLOSED,
                   _("The project was closed; open it again."));
      return FALSE;
    }
  return TRUE;
}

gboolean
ita_project_fill_new (ItaProject         *self,
                      ItaProjectFillFunc  fill,
                      gpointer            data,
                      GError            **error)
{
  gboolean ok;

  self->recording = FALSE;
  if (!ita_project_begin_edit (self, error))
    {
      self->recording = TRUE;
      return FALSE;
    }
  if (!fill (self, data, error))
    ok = ita_project_abort_edit (self);
  else
    ok = ita_project_end_edit (self, ITA_PROJECT_CHANGE_ALL, NULL, NULL, error);
  self->recording = TRUE;
  return ok;
}

char *
ita_project_id_key (gint64 id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, id);
}

gboolean
ita_project_delete_row (ItaProject        *self,
                        const char        *delete_sql,
                        gint64             id,
                        ItaProjectChange   kind,
                        const char        *label,
                        const char        *not_found,
                        GError           **error)
{
  g_autofree char *key = ita_project_id_key (id);
  sqlite3_stmt *stmt;

  if (!ita_project_begin_edit (self, error))
    return FALSE;
  stmt = ita_project_prepare (self, delete_sql, error);
  if (stmt == NULL)
    return ita_project_abort_edit (self);
  sqlite3_bind_int64 (stmt, 1, id);
  if (!ita_project_step (self, stmt, error))
    return ita_project_abort_edit (self);
  if (sqlite3_changes (self->db->handle) == 0)
    {
      ita_project_abort_edit (self);
      g_set_error_literal (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NOT_FOUND, not_found);
      return FALSE;
    }
  return ita_project_end_edit (self, kind, key, label, error);
}

/* The edit path ------------------------------------------------------ */

gboolean
ita_project_begin_edit (ItaProject  *self,
                        GError     **error)
{
  if (!ita_project_check_open (self, error))
    return FALSE;
  if (self->replaced)
    return ita_project_external_ok (self, error);
  if (self->read_only)
    {
      g_autofree char *name = g_file_get_basename (self->file);

      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_READ_ONLY,
                   _("“%s” is open read-only: the change was not saved. "
                     "Save a copy to make changes."), name);
      return FALSE;
    }
  g_return_val_if_fail (!self->in_edit, FALSE);
  if (!ita_project_external_ok (self, error))
    return FALSE;
  if (!ita_db_exec (self->db, "BEGIN IMMEDIATE", TRUE, error))
    return FALSE;
  self->in_edit = TRUE;
  return TRUE;
}

gboolean
ita_project_abort_edit (ItaProject *self)
{
  if (self->in_edit)
    {
      if (!sqlite3_get_autocommit (self->db->handle))
        sqlite3_exec (self->db->handle, "ROLLBACK", NULL, NULL, NULL);
      ita_undo_clear_log (self->db);
      self->in_edit = FALSE;
    }
  return FALSE;
}

static void
notify_undo_state (ItaProject *self,
                   gboolean    could_undo,
                   gboolean    could_redo)
{
  if (could_undo != ita_project_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != ita_project_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

gboolean
ita_project_end_edit (ItaProject        *self,
                      ItaProjectChange   kind,
                      const char        *key,
                      const char        *label,
                      GError           **error)
{
  g_autoptr(GPtrArray) inverse = NULL;
  gboolean could_undo = ita_project_get_can_undo (self);
  gboolean could_redo = ita_project_get_can_redo (self);

  inverse = ita_undo_take_log (self->db, error);
  if (inverse == NULL || !ita_db_exec (self->db, "COMMIT", TRUE, error))
    return ita_project_abort_edit (self);
  self->in_edit = FALSE;

  if (inverse->len == 0)
    return TRUE;  /* nothing changed */
  if (self->recording)
    ita_undo_record (self->undo, kind, key, label, g_steal_pointer (&inverse));
  ita_project_emit_changed (self, kind, key);
  notify_undo_state (self, could_undo, could_redo);
  return TRUE;
}

static gboolean
replay (ItaProject  *self,
        gboolean     redo,
        GError     **error)
{
  g_autoptr(GPtrArray) inverse = NULL;
  g_autofree char *key = NULL;
  ItaProjectChange kind = ITA_PROJECT_CHANGE_ALL;
  const char *step_key = NULL;
  gboolean could_undo = ita_project_get_can_undo (self);
  gboolean could_redo = ita_project_get_can_redo (self);

  if (!ita_project_begin_edit (self, error))
    return FALSE;
  inverse = ita_undo_replay (self->undo, self->db, redo, &kind, &step_key, error);
  if (inverse == NULL || !ita_db_exec (self->db, "COMMIT", TRUE, error))
    return ita_project_abort_edit (self);
  self->in_edit = FALSE;

  key = g_strdup (step_key);
  ita_undo_finish_replay (self->undo, redo, g_steal_pointer (&inverse));
  if (kind == ITA_PROJECT_CHANGE_ALL)
    ita_project_reload_edition (self);   /* a switch of edition undone or redone */
  ita_project_emit_changed (self, kind, key);
  notify_undo_state (self, could_undo, could_redo);
  return TRUE;
}

gboolean
ita_project_undo (ItaProject  *self,
                  GError     **error)
{
  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);

  if (!ita_undo_can_undo (self->undo))
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_FAILED,
                   _("There is nothing to undo."));
      return FALSE;
    }
  return replay (self, FALSE, error);
}

gboolean
ita_project_redo (ItaProject  *self,
                  GError     **error)
{
  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);

  if (!ita_undo_can_redo (self->undo))
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_FAILED,
                   _("There is nothing to redo."));
      return FALSE;
    }
  return replay (self, TRUE, error);
}

const char *
ita_project_get_undo_label (ItaProject *self)
{
  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);
  return ita_undo_peek_label (self->undo, FALSE);
}

const char *
ita_project_get_redo_label (ItaProject *self)
{
  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);
  return ita_undo_peek_label (self->undo, TRUE);
}

gboolean
ita_project_get_can_undo (ItaProject *self)
{
  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  return self->db != NULL && ita_undo_can_undo (self->undo);
}

gboolean
ita_project_get_can_redo (ItaProject *self)
{
  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  return self->db != NULL && ita_undo_can_redo (self->undo);
}

/* Properties --------------------------------------------------------- */

GFile *
ita_project_get_file (ItaProject *self)
{
  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);
  return self->file;
}

const char *
ita_project_get_path (ItaProject *self)
{
  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);
  return self->path;
}

int
ita_project_get_fiscal_year (ItaProject *self)
{
  g_return_val_if_fail (ITA_IS_PROJECT (self), 0);
  return self->fiscal_year;
}

ItaFramework *
ita_project_get_edition (ItaProject *self)
{
  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);
  return self->edition;
}

gboolean
ita_project_get_read_only (ItaProject *self)
{
  g_return_val_if_fail (ITA_IS_PROJECT (self), TRUE);
  return self->read_only;
}

gboolean
ita_project_is_closed (ItaProject *self)
{
  g_return_val_if_fail (ITA_IS_PROJECT (self), TRUE);
  return self->db == NULL;
}

ItaResult *
ita_project_compute (ItaProject *self)
{
  g_autoptr(ItaScores) scores = NULL;
  ItaThresholds thresholds;
  ItaResult *result;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);

  scores = ita_project_get_scores (self);
  ita_project_get_thresholds (self, &thresholds);
  result = ita_engine_compute (self->edition, scores, &thresholds);
  ita_result_set_fiscal_year (result, self->fiscal_year);
  return result;
}
