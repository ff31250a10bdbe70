/* ita-project-external.c: noticing that the open file was changed or
 * replaced from outside
 *
 * Two facts are kept from the moment the file was opened: its identity
 * (device and inode, GIO's id::file) and SQLite's data_version, which
 * changes only when another connection commits into the file. The file
 * was replaced when its name no longer leads to the same identity; it was
 * changed when data_version moved.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ita-project-private.h"

void
ita_project_external_init (ItaProject *self)
{
  g_clear_pointer (&self->identity, g_free);
  self->identity = ita_project_identity_of (self->path);
  if (!ita_db_data_version (self->db, &self->data_version, NULL))
    self->data_version = -1;
}

static ItaProjectExternal
detect (ItaProject *self,
        gint64     *out_version)
{
  g_autofree char *identity = NULL;
  gint64 version = -1;

  *out_version = self->data_version;
  if (self->replaced)
    return ITA_PROJECT_EXTERNAL_REPLACED;
  identity = ita_project_identity_of (self->path);
  if (self->identity != NULL && g_strcmp0 (identity, self->identity) != 0)
    return ITA_PROJECT_EXTERNAL_REPLACED;
  if (ita_db_data_version (self->db, &version, NULL) && version != self->data_version)
    {
      *out_version = version;
      return ITA_PROJECT_EXTERNAL_CHANGED;
    }
  return ITA_PROJECT_EXTERNAL_NONE;
}

static void
set_replaced_error (ItaProject  *self,
                    GError     **error)
{
  g_autofree char *name = g_filename_display_basename (self->path);

  g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_REPLACED,
               _("“%s” was moved, deleted or replaced by another program while it was open, so "
                 "changes can no longer be saved into it. Save a copy to keep what you see, or "
                 "open the file again."),
               name);
}

static gboolean
idle_check (gpointer data)
{
  g_autoptr(ItaProject) self = g_object_ref (data);   /* a handler may drop the last reference */

  g_clear_pointer (&self->check_source, g_source_unref);
  if (self->db != NULL)
    ita_project_check_external (self, NULL);
  return G_SOURCE_REMOVE;
}

/* No reference is taken: the source is destroyed when the project closes. */
static void
schedule_check (ItaProject *self)
{
  if (self->check_source != NULL)
    return;
  self->check_source = g_idle_source_new ();
  g_source_set_callback (self->check_source, idle_check, self, NULL);
  g_source_attach (self->check_source, g_main_context_get_thread_default ());
}

gboolean
ita_project_external_ok (ItaProject  *self,
                         GError     **error)
{
  g_autofree char *name = NULL;
  gint64 version;

  switch (detect (self, &version))
    {
    case ITA_PROJECT_EXTERNAL_NONE:
      return TRUE;
    case ITA_PROJECT_EXTERNAL_REPLACED:
      set_replaced_error (self, error);
      break;
    case ITA_PROJECT_EXTERNAL_CHANGED:
    default:
      name = g_filename_display_basename (self->path);
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CHANGED_OUTSIDE,
                   _("“%s” was changed by another program while it was open, so this change was "
                     "not saved: it would have been made on what you had not seen. What the file "
                     "holds now is shown; make the change again."),
                   name);
      break;
    }
  schedule_check (self);
  return FALSE;
}

/* After another program wrote: what the project keeps is read again. */
static gboolean
reload (ItaProject  *self,
        GError     **error)
{
  g_autoptr(ItaFramework) edition = NULL;
  int version = 0;

  if (!ita_db_check_identity (self->db, &version, error) ||
      !ita_db_check_schema (self->db, version, error))
    return FALSE;
  edition = ita_project_load_edition (self->db, error);
  if (edition == NULL)
    return FALSE;
  if (!g_str_equal (ita_framework_get_id (edition), ita_framework_get_id (self->edition)))
    {
      g_set_object (&self->edition, edition);
      g_object_notify (G_OBJECT (self), "edition");
    }
  return TRUE;
}

gboolean
ita_project_check_external (ItaProject  *self,
                            GError     **error)
{
  g_autoptr(GError) reload_error = NULL;
  g_autofree char *name = NULL;
  gboolean could_undo, could_redo;
  ItaProjectExternal kind;
  gint64 version;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  kind = detect (self, &version);
  if (kind == ITA_PROJECT_EXTERNAL_NONE)
    return TRUE;
  if (kind == ITA_PROJECT_EXTERNAL_REPLACED)
    {
      set_replaced_error (self, error);
      if (self->replaced)
        return FALSE;   /* said once */
      self->replaced = TRUE;
      if (!self->read_only)
        {
          self->read_only = TRUE;
          ita_project_notify_read_only (self);
        }
      g_signal_emit_by_name (self, "external-change", kind);
      return FALSE;
    }

  /* changed by another program */
  self->data_version = version;
  could_undo = ita_project_get_can_undo (self);
  could_redo = ita_project_get_can_redo (self);
  ita_undo_reset (self->undo);   /* its statements were written for rows that may be gone */
  if (could_undo)
    g_object_notify (G_OBJECT (self), "can-undo");
  if (could_redo)
    g_object_notify (G_OBJECT (self), "can-redo");
  if (!reload (self, &reload_error))
    {
      g_propagate_error (error, g_steal_pointer (&reload_error));
      if (!self->read_only)
        {
          self->read_only = TRUE;
          ita_project_notify_read_only (self);
        }
    }
  else
    {
      name = g_filename_display_basename (self->path);
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CHANGED_OUTSIDE,
                   _("“%s” was changed by another program while it was open. What it holds now "
                     "is shown; the undo history was cleared."),
                   name);
    }
  ita_project_emit_changed (self, ITA_PROJECT_CHANGE_ALL, NULL);
  g_signal_emit_by_name (self, "external-change", kind);
  return FALSE;
}

static void
on_file_changed (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event,
                 ItaProject        *self)
{
  schedule_check (self);
}

void
ita_project_watch_external (ItaProject *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (ITA_IS_PROJECT (self));

  if (self->db == NULL || self->monitor != NULL)
    return;
  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (self->monitor == NULL)
    {
      g_debug ("%s: not watched: %s", self->path, error->message);
      return;
    }
  g_signal_connect (self->monitor, "changed", G_CALLBACK (on_file_changed), self);
}

void
ita_project_external_stop (ItaProject *self)
{
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  if (self->check_source != NULL)
    {
      g_source_destroy (self->check_source);
      g_clear_pointer (&self->check_source, g_source_unref);
    }
}
