/* ita-project-limitations.c: the limitations section (ข้อจำกัด) */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ita-limits.h"
#include "ita-project-private.h"

static gboolean
set_invalid (GError     **error,
             const char  *message)
{
  g_set_error_literal (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
text_ok (const char *text)
{
  return text == NULL || g_utf8_validate (text, -1, NULL);
}

/* Limitations -------------------------------------------------------- */

GPtrArray *
ita_project_get_limitations (ItaProject *self)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_limitation_free);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ITA_IS_PROJECT (self), list);

  if (self->db == NULL)
    return list;
  stmt = ita_project_prepare (self, "SELECT id, kind, text FROM limitation ORDER BY position, id",
                              NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      ItaLimitation *l = g_new0 (ItaLimitation, 1);

      l->id = sqlite3_column_int64 (stmt, 0);
      if (!ita_limitation_kind_from_string ((const char *) sqlite3_column_text (stmt, 1), &l->kind))
        l->kind = ITA_LIMITATION_OTHER;
      l->text = ita_project_column_text (stmt, 2);
      g_ptr_array_add (list, l);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return list;
}

static gboolean
check_limitation (ItaLimitationKind   kind,
                  const char         *text,
                  GError            **error)
{
  if ((guint) kind > ITA_LIMITATION_OTHER)
    return set_invalid (error, _("Unknown kind of limitation."));
  if (!text_ok (text))
    return set_invalid (error, _("The text of a limitation is not valid UTF-8; type it again."));
  return ita_limit_check_text (text, ITA_LIMIT_TEXT_CHARS, _("The limitation"), error);
}

gboolean
ita_project_write_limitation (ItaProject           *self,
                              const ItaLimitation  *limitation,
                              gint64                position,
                              GError              **error)
{
  sqlite3_stmt *stmt;

  stmt = ita_project_prepare (self,
                              "INSERT INTO limitation (id, position, kind, text) VALUES (?1, ?2, ?3, ?4)",
                              error);
  if (stmt == NULL)
    return FALSE;
  if (limitation->id > 0)
    sqlite3_bind_int64 (stmt, 1, limitation->id);
  sqlite3_bind_int64 (stmt, 2, position);
  sqlite3_bind_text (stmt, 3, ita_limitation_kind_to_string (limitation->kind), -1, SQLITE_STATIC);
  ita_project_bind_text (stmt, 4, limitation->text ? limitation->text : "");
  return ita_project_step (self, stmt, error);
}

gboolean
ita_project_add_limitation (ItaProject         *self,
                            ItaLimitationKind   kind,
                            const char         *text,
                            gint64             *out_id,
                            GError            **error)
{
  ItaLimitation limitation = { ITA_ID_NONE, kind, (char *) text };
  g_autofree char *key = NULL;
  sqlite3_stmt *stmt;
  gint64 position = 0;
  gint64 id;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);

  if (!check_limitation (kind, text, error) ||
      !ita_project_check_row_count (self, "SELECT count(*) FROM limitation", ITA_LIMIT_LIMITATIONS,
                                    _("Limitations"), error) ||
      !ita_project_begin_edit (self, error))
    return FALSE;
  stmt = ita_project_prepare (self, "SELECT coalesce(max(position) + 1, 0) FROM limitation", error);
  if (stmt == NULL)
    return ita_project_abort_edit (self);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    position = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (!ita_project_write_limitation (self, &limitation, position, error))
    return ita_project_abort_edit (self);
  id = ita_project_last_insert_id (self);
  key = ita_project_id_key (id);
  if (!ita_project_end_edit (self, ITA_PROJECT_CHANGE_LIMITATIONS, key, _("Add limitation"), error))
    return FALSE;
  if (out_id != NULL)
    *out_id = id;
  return TRUE;
}

gboolean
ita_project_update_limitation (ItaProject           *self,
                               const ItaLimitation  *limitation,
                               GError              **error)
{
  g_autofree char *key = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (limitation != NULL, FALSE);

  if (!check_limitation (limitation->kind, limitation->text, error) ||
      !ita_project_begin_edit (self, error))
    return FALSE;
  stmt = ita_project_prepare (self, "UPDATE limitation SET kind = ?2, text = ?3 WHERE id = ?1", error);
  if (stmt == NULL)
    return ita_project_abort_edit (self);
  sqlite3_bind_int64 (stmt, 1, limitation->id);
  sqlite3_bind_text (stmt, 2, ita_limitation_kind_to_string (limitation->kind), -1, SQLITE_STATIC);
  ita_project_bind_text (stmt, 3, limitation->text ? limitation->text : "");
  if (!ita_project_step (self, stmt, error))
    return ita_project_abort_edit (self);
  if (sqlite3_changes (self->db->handle) == 0)
    {
      ita_project_abort_edit (self);
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NOT_FOUND,
                   _("That limitation no longer exists."));
      return FALSE;
    }
  key = ita_project_id_key (limitation->id);
  return ita_project_end_edit (self, ITA_PROJECT_CHANGE_LIMITATIONS, key, _("Edit limitation"), error);
}

gboolean
ita_project_remove_limitation (ItaProject  *self,
                               gint64       id,
                               GError     **error)
{
  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);

  return ita_project_delete_row (self, "DELETE FROM limitation WHERE id = ?1", id,
                                 ITA_PROJECT_CHANGE_LIMITATIONS, _("Remove limitation"),
                                 _("That limitation no longer exists."), error);
}
