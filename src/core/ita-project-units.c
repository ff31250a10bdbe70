/* ita-project-units.c: responsible units (a hierarchy) and links to
 * other years' files */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-limits.h"
#include "ita-project-private.h"

/* Units -------------------------------------------------------------- */

static GPtrArray *
read_units (ItaProject *self)
{
  GPtrArray *units = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_unit_free);
  sqlite3_stmt *stmt;

  if (self->db == NULL)
    return units;
  stmt = ita_project_prepare (self,
                              "SELECT id, parent_id, name, kind FROM unit ORDER BY position, id",
                              NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      ItaUnit *unit = g_new0 (ItaUnit, 1);
      const char *kind = (const char *) sqlite3_column_text (stmt, 3);

      unit->id = sqlite3_column_int64 (stmt, 0);
      unit->parent_id = sqlite3_column_int64 (stmt, 1);
      unit->name = ita_project_column_text (stmt, 2);
      if (!ita_unit_kind_from_string (kind, &unit->kind))
        unit->kind = ITA_UNIT_KIND_OTHER;
      g_ptr_array_add (units, unit);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return units;
}

static ItaUnit *
find_unit (GPtrArray *units,
           gint64     id)
{
  for (guint i = 0; i < units->len; i++)
    {
      ItaUnit *unit = g_ptr_array_index (units, i);

      if (unit->id == id)
        return unit;
    }
  return NULL;
}

typedef struct {
  ItaUnit *unit;
  guint    depth;
} Pending;

/* Depth first from the children of parent_id, siblings in their stored
 * order, without recursion (a damaged file may chain thousands of units);
 * each unit is placed once. Linear in the number of units. */
static void
add_subtree (GPtrArray  *sorted,
             GHashTable *children,   /* parent id → GPtrArray of ItaUnit, in order */
             gint64      parent_id,
             guint       depth,
             GHashTable *placed)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Pending));
  GPtrArray *kids = g_hash_table_lookup (children, &parent_id);

  for (guint i = kids ? kids->len : 0; i > 0; i--)
    {
      Pending p = { g_ptr_array_index (kids, i - 1), depth };

      g_array_append_val (stack, p);
    }
  while (stack->len > 0)
    {
      Pending p = g_array_index (stack, Pending, stack->len - 1);

      g_array_set_size (stack, stack->len - 1);
      if (g_hash_table_contains (placed, p.unit))
        continue;
      g_hash_table_add (placed, p.unit);
      p.unit->depth = p.depth;
      g_ptr_array_add (sorted, ita_unit_copy (p.unit));
      kids = g_hash_table_lookup (children, &p.unit->id);
      for (guint i = kids ? kids->len : 0; i > 0; i--)
        {
          Pending child = { g_ptr_array_index (kids, i - 1), p.depth + 1 };

          g_array_append_val (stack, child);
        }
    }
}

/* The depth of a unit whose parent is parent_id, as get_units gives it. */
static guint
unit_depth (ItaProject *self,
            gint64      parent_id)
{
  sqlite3_stmt *stmt = ita_project_prepare (self, "SELECT parent_id FROM unit WHERE id = ?1", NULL);
  guint depth = 0;

  /* bounded: a damaged file may hold a cycle */
  while (stmt != NULL && parent_id != ITA_ID_NONE && depth < ITA_LIMIT_UNITS)
    {
      gboolean found;

      sqlite3_bind_int64 (stmt, 1, parent_id);
      found = sqlite3_step (stmt) == SQLITE_ROW;
      if (found)
        parent_id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      if (!found)
        break;   /* its parent is missing: shown at the top */
      depth++;
    }
  return depth;
}

GPtrArray *
ita_project_get_units (ItaProject *self)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GHashTable) placed = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) children = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                          (GDestroyNotify) g_ptr_array_unref);
  GPtrArray *sorted = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_unit_free);

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);

  units = read_units (self);
  for (guint i = 0; i < units->len; i++)
    {
      ItaUnit *unit = g_ptr_array_index (units, i);
      GPtrArray *kids = g_hash_table_lookup (children, &unit->parent_id);

      if (kids == NULL)
        {
          kids = g_ptr_array_new ();
          g_hash_table_insert (children, &unit->parent_id, kids);
        }
      g_ptr_array_add (kids, unit);
    }
  add_subtree (sorted, children, ITA_ID_NONE, 0, placed);
  /* A unit whose parent is missing (a damaged file) still shows, at the top. */
  for (guint i = 0; i < units->len; i++)
    {
      ItaUnit *unit = g_ptr_array_index (units, i);

      if (!g_hash_table_contains (placed, unit))
        {
          g_hash_table_add (placed, unit);
          unit->depth = 0;
          g_ptr_array_add (sorted, ita_unit_copy (unit));
          add_subtree (sorted, children, unit->id, 1, placed);
        }
    }
  return sorted;
}

ItaUnit *
ita_project_get_unit (ItaProject *self,
                      gint64      id)
{
  ItaUnit *unit = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);

  if (self->db == NULL || id <= 0)
    return NULL;
  stmt = ita_project_prepare (self, "SELECT id, parent_id, name, kind FROM unit WHERE id = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *kind = (const char *) sqlite3_column_text (stmt, 3);

      unit = g_new0 (ItaUnit, 1);
      unit->id = sqlite3_column_int64 (stmt, 0);
      unit->parent_id = sqlite3_column_int64 (stmt, 1);
      unit->name = ita_project_column_text (stmt, 2);
      if (!ita_unit_kind_from_string (kind, &unit->kind))
        unit->kind = ITA_UNIT_KIND_OTHER;
    }
  sqlite3_reset (stmt);
  if (unit != NULL)
    unit->depth = unit_depth (self, unit->parent_id);
  return unit;
}

static gboolean
unit_not_found (gint64   id,
                GError **error)
{
  g_autofree char *key = ita_project_id_key (id);

  g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NOT_FOUND,
               _("The unit (id %s) no longer exists; it may have been removed."), key);
  return FALSE;
}

static char *
check_name (const char  *name,
            GError     **error)
{
  g_autofree char *clean = NULL;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID,
                   _("The unit name is not valid text; type it again."));
      return NULL;
    }
  clean = g_strstrip (g_strdup (name));
  if (*clean == '\0')
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID,
                   _("A unit needs a name, such as “กองคลัง”."));
      return NULL;
    }
  if (!ita_limit_check_text (clean, ITA_LIMIT_NAME_CHARS, _("The unit name"), error))
    return NULL;
  return g_steal_pointer (&clean);
}

/* Refuses a unit deeper than ITA_LIMIT_UNIT_DEPTH (depth 0: top level). */
static gboolean
check_depth (guint    depth,
             GError **error)
{
  if (depth < ITA_LIMIT_UNIT_DEPTH)
    return TRUE;
  g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_TOO_LARGE,
               _("Sub-units go at most %d levels deep (docs/limits.md); place the unit higher."),
               ITA_LIMIT_UNIT_DEPTH);
  return FALSE;
}

/* The deepest level id's subtree reaches when id goes under new_parent_id
 * (units in display order, with their depths). */
static guint
new_depth (GPtrArray *units,
           gint64     id,
           gint64     new_parent_id)
{
  guint base = 0, own = 0, deepest = 0;
  gboolean inside = FALSE;

  for (guint i = 0; i < units->len; i++)
    {
      ItaUnit *u = g_ptr_array_index (units, i);

      if (u->id == new_parent_id)
        base = u->depth + 1;
      if (inside && u->depth <= own)
        inside = FALSE;
      if (u->id == id)
        {
          inside = TRUE;
          own = u->depth;
        }
      if (inside)
        deepest = MAX (deepest, u->depth - own);
    }
  return base + deepest;
}

static gint64
next_position (ItaProject *self,
               gint64      parent_id)
{
  sqlite3_stmt *stmt;
  gint64 position = 0;

  stmt = ita_project_prepare (self,
                              "SELECT coalesce(max(position) + 1, 0) FROM unit WHERE parent_id = ?1",
                              NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, parent_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    position = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return position;
}

gboolean
ita_project_add_unit (ItaProject  *self,
                      gint64       parent_id,
                      const char  *name,
                      ItaUnitKind  kind,
                      gint64      *out_id,
                      GError     **error)
{
  g_autofree char *clean = NULL;
  g_autofree char *key = NULL;
  g_autoptr(ItaUnit) parent = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail ((guint) kind <= ITA_UNIT_KIND_OTHER, FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  clean = check_name (name, error);
  if (clean == NULL)
    return FALSE;
  if (parent_id != ITA_ID_NONE && (parent = ita_project_get_unit (self, parent_id)) == NULL)
    return unit_not_found (parent_id, error);
  if (!ita_project_check_row_count (self, "SELECT count(*) FROM unit", ITA_LIMIT_UNITS,
                                    _("Units"), error) ||
      (parent != NULL && !check_depth (parent->depth + 1, error)))
    return FALSE;

  if (!ita_project_begin_edit (self, error))
    return FALSE;
  stmt = ita_project_prepare (self,
                              "INSERT INTO unit (parent_id, position, name, kind) "
                              "VALUES (?1, ?2, ?3, ?4)",
                              error);
  if (stmt == NULL)
    return ita_project_abort_edit (self);
  sqlite3_bind_int64 (stmt, 1, parent_id);
  sqlite3_bind_int64 (stmt, 2, next_position (self, parent_id));
  sqlite3_bind_text (stmt, 3, clean, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, ita_unit_kind_to_string (kind), -1, SQLITE_STATIC);
  if (!ita_project_step (self, stmt, error))
    return ita_project_abort_edit (self);
  id = ita_project_last_insert_id (self);
  key = ita_project_id_key (id);
  if (!ita_project_end_edit (self, ITA_PROJECT_CHANGE_UNITS, key, _("Add unit"), error))
    return FALSE;
  if (out_id != NULL)
    *out_id = id;
  return TRUE;
}

static gboolean
update_unit_text (ItaProject  *self,
                  gint64       id,
                  const char  *sql,
                  const char  *value,
                  const char  *label,
                  GError     **error)
{
  g_autoptr(ItaUnit) unit = ita_project_get_unit (self, id);
  g_autofree char *key = ita_project_id_key (id);
  sqlite3_stmt *stmt;

  if (unit == NULL)
    return unit_not_found (id, error);
  if (!ita_project_begin_edit (self, error))
    return FALSE;
  stmt = ita_project_prepare (self, sql, error);
  if (stmt == NULL)
    return ita_project_abort_edit (self);
  sqlite3_bind_text (stmt, 1, value, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  if (!ita_project_step (self, stmt, error))
    return ita_project_abort_edit (self);
  return ita_project_end_edit (self, ITA_PROJECT_CHANGE_UNITS, key, label, error);
}

gboolean
ita_project_rename_unit (ItaProject  *self,
                         gint64       id,
                         const char  *name,
                         GError     **error)
{
  g_autofree char *clean = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  clean = check_name (name, error);
  if (clean == NULL)
    return FALSE;
  return update_unit_text (self, id, "UPDATE unit SET name = ?1 WHERE id = ?2 AND name != ?1",
                           clean, _("Rename unit"), error);
}

gboolean
ita_project_set_unit_kind (ItaProject  *self,
                           gint64       id,
                           ItaUnitKind  kind,
                           GError     **error)
{
  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail ((guint) kind <= ITA_UNIT_KIND_OTHER, FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  return update_unit_text (self, id, "UPDATE unit SET kind = ?1 WHERE id = ?2 AND kind != ?1",
                           ita_unit_kind_to_string (kind), _("Change unit kind"), error);
}

static gboolean
is_descendant (GPtrArray *units,
               gint64     id,
               gint64     ancestor)
{
  for (guint guard = 0; id != ITA_ID_NONE && guard <= units->len; guard++)
    {
      ItaUnit *unit;

      if (id == ancestor)
        return TRUE;
      unit = find_unit (units, id);
      id = unit ? unit->parent_id : ITA_ID_NONE;
    }
  return FALSE;
}

static gboolean
write_position (ItaProject  *self,
                gint64       id,
                gint64       parent_id,
                gint64       position,
                GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = ita_project_prepare (self,
                              "UPDATE unit SET parent_id = ?2, position = ?3 WHERE id = ?1 "
                              "AND (parent_id != ?2 OR position != ?3)",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, parent_id);
  sqlite3_bind_int64 (stmt, 3, position);
  return ita_project_step (self, stmt, error);
}

gboolean
ita_project_move_unit (ItaProject  *self,
                       gint64       id,
                       gint64       new_parent_id,
                       int          position,
                       GError     **error)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GArray) siblings = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *key = ita_project_id_key (id);

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  units = ita_project_get_units (self);
  if (find_unit (units, id) == NULL)
    return unit_not_found (id, error);
  if (new_parent_id != ITA_ID_NONE && find_unit (units, new_parent_id) == NULL)
    return unit_not_found (new_parent_id, error);
  if (is_descendant (units, new_parent_id, id))
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID,
                   _("A unit cannot be moved under itself or one of its own sub-units."));
      return FALSE;
    }
  if (!check_depth (new_depth (units, id, new_parent_id), error))
    return FALSE;
  for (guint i = 0; i < units->len; i++)
    {
      ItaUnit *unit = g_ptr_array_index (units, i);

      if (unit->parent_id == new_parent_id && unit->id != id)
        g_array_append_val (siblings, unit->id);
    }
  if (position < 0 || (guint) position > siblings->len)
    position = (int) siblings->len;
  g_array_insert_val (siblings, (guint) position, id);

  if (!ita_project_begin_edit (self, error))
    return FALSE;
  for (guint i = 0; i < siblings->len; i++)
    {
      if (!write_position (self, g_array_index (siblings, gint64, i), new_parent_id, i, error))
        return ita_project_abort_edit (self);
    }
  return ita_project_end_edit (self, ITA_PROJECT_CHANGE_UNITS, key, _("Move unit"), error);
}

static void
strv_builder_take (GStrvBuilder *builder,
                   char         *value)
{
  g_strv_builder_add (builder, value);
  g_free (value);
}

char **
ita_project_get_unit_references (ItaProject *self,
                                 gint64      id)
{
  g_autoptr(GStrvBuilder) refs = g_strv_builder_new ();
  g_autoptr(GPtrArray) units = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);

  units = ita_project_get_units (self);
  for (guint i = 0; i < units->len; i++)
    {
      ItaUnit *unit = g_ptr_array_index (units, i);

      if (unit->parent_id == id)
        strv_builder_take (refs, g_strdup_printf (_("Sub-unit “%s”"), unit->name));
    }
  stmt = self->db ? ita_project_prepare (self,
                                         "SELECT DISTINCT item FROM checklist_unit WHERE unit_id = ?1",
                                         NULL) : NULL;
  if (stmt != NULL)
    {
      g_autoptr(GHashTable) items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      sqlite3_bind_int64 (stmt, 1, id);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_hash_table_add (items, ita_project_column_text (stmt, 0));
      sqlite3_reset (stmt);
      /* in the order of the edition */
      for (guint i = 0; i < ita_framework_get_n_items (self->edition); i++)
        {
          const ItaItemDef *def = ita_framework_get_item (self->edition, i);

          if (g_hash_table_contains (items, def->code))
            strv_builder_take (refs, g_strdup_printf (_("OIT item %s"), def->code));
        }
    }
  stmt = self->db ? ita_project_prepare (self,
                                         "SELECT DISTINCT m.title FROM measure m "
                                         "JOIN measure_unit u ON u.measure_id = m.id "
                                         "WHERE u.unit_id = ?1 ORDER BY m.position, m.id",
                                         NULL) : NULL;
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        strv_builder_take (refs, g_strdup_printf (_("Measure “%s”"),
                                                    (const char *) sqlite3_column_text (stmt, 0)));
      sqlite3_reset (stmt);
    }
  return g_strv_builder_end (refs);
}

gboolean
ita_project_remove_unit (ItaProject  *self,
                         gint64       id,
                         GError     **error)
{
  g_autoptr(ItaUnit) unit = NULL;
  g_auto(GStrv) refs = NULL;
  g_autofree char *key = ita_project_id_key (id);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  unit = ita_project_get_unit (self, id);
  if (unit == NULL)
    return unit_not_found (id, error);
  refs = ita_project_get_unit_references (self, id);
  if (refs[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", refs);

      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_IN_USE,
                   _("“%s” cannot be removed because it is still used by: %s. "
                     "Assign these to another unit first."),
                   unit->name, list);
      return FALSE;
    }
  if (!ita_project_begin_edit (self, error))
    return FALSE;
  stmt = ita_project_prepare (self, "DELETE FROM unit WHERE id = ?1", error);
  if (stmt == NULL)
    return ita_project_abort_edit (self);
  sqlite3_bind_int64 (stmt, 1, id);
  if (!ita_project_step (self, stmt, error))
    return ita_project_abort_edit (self);
  return ita_project_end_edit (self, ITA_PROJECT_CHANGE_UNITS, key, _("Remove unit"), error);
}

/* Links -------------------------------------------------------------- */

GPtrArray *
ita_project_get_links (ItaProject *self)
{
  GPtrArray *links = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_link_free);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ITA_IS_PROJECT (self), links);

  if (self->db == NULL)
    return links;
  stmt = ita_project_prepare (self,
                              "SELECT id, fiscal_year, relative_path, absolute_path, agency_name "
                              "FROM link ORDER BY fiscal_year, id",
                              NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      ItaLink *link = g_new0 (ItaLink, 1);

      link->id = sqlite3_column_int64 (stmt, 0);
      link->fiscal_year = sqlite3_column_int (stmt, 1);
      if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        link->relative_path = ita_project_column_text (stmt, 2);
      if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
        link->absolute_path = ita_project_column_text (stmt, 3);
      link->agency_name = ita_project_column_text (stmt, 4);
      g_ptr_array_add (links, link);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return links;
}

/* The path of target relative to the folder dir, '/' separated; NULL
 * when they share no root (another drive). */
/* A path for messages: at most 80 characters. */
static char *
shown_path (const char *path)
{
  g_autofree char *start = NULL;

  if (g_utf8_validate (path, -1, NULL) && g_utf8_strlen (path, -1) <= 80)
    return g_strdup (path);
  if (!g_utf8_validate (path, -1, NULL))
    return g_strdup ("?");
  start = g_utf8_substring (path, 0, 79);
  return g_strconcat (start, "…", NULL);
}

static gboolean
has_ita_extension (const char *path)
{
  gsize n = strlen (path);

  return n > 4 && g_ascii_strcasecmp (path + n - 4, ".ita") == 0;
}

gboolean
ita_project_check_link_path (const char  *path,
                             gboolean     relative,
                             GError     **error)
{
  g_autofree char *shown = shown_path (path);
  g_auto(GStrv) parts = NULL;
  gboolean leading = TRUE;
  guint up = 0;

  if (!has_ita_extension (path))
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID,
                   _("the linked file “%s” is not a .ita project file"), shown);
      return FALSE;
    }
  if (relative)
    {
      if (*path == '/' || strchr (path, '\\') != NULL || strchr (path, ':') != NULL)
        goto outside;
      parts = g_strsplit (path, "/", -1);
    }
  else
    {
      /* a local absolute path; not a network one (\\server, //server):
       * reaching it would contact a computer named by the file */
      if (!g_path_is_absolute (path) ||
          (G_IS_DIR_SEPARATOR (path[0]) && G_IS_DIR_SEPARATOR (path[1])))
        goto outside;
      parts = g_strsplit_set (path, G_DIR_SEPARATOR == '/' ? "/" : "/\\", -1);
    }
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (g_str_equal (parts[i], ".."))
        {
          if (!relative || !leading || ++up > ITA_LIMIT_LINK_UP_LEVELS)
            goto outside;
          continue;
        }
      leading = FALSE;
      if (g_str_equal (parts[i], ".") || (*parts[i] == '\0' && (relative || i > 0)))
        goto outside;
    }
  return TRUE;

outside:
  g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID,
               _("the linked file “%s” lies outside the folders a project links to (the same "
                 "folder, up to %d folders up, or a local path)"),
               shown, ITA_LIMIT_LINK_UP_LEVELS);
  return FALSE;
}

char *
ita_project_link_relative_path (const char *dir,
                                const char *target)
{
  char *relative = ita_project_relative_path (dir, target);

  if (relative != NULL && !ita_project_check_link_path (relative, TRUE, NULL))
    g_clear_pointer (&relative, g_free);
  return relative;
}

static gint64
count_links (ItaProject *self)
{
  sqlite3_stmt *stmt = ita_project_prepare (self, "SELECT count(*) FROM link", NULL);
  gint64 n = 0;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return n;
}

char *
ita_project_relative_path (const char *dir,
               const char *target)
{
  g_autofree char *cdir = g_canonicalize_filename (dir, NULL);
  g_autofree char *ctarget = g_canonicalize_filename (target, NULL);
  g_auto(GStrv) a = g_strsplit (cdir, G_DIR_SEPARATOR_S, -1);
  g_auto(GStrv) b = g_strsplit (ctarget, G_DIR_SEPARATOR_S, -1);
  g_autoptr(GString) out = g_string_new (NULL);
  guint common = 0;

  while (a[common] != NULL && b[common] != NULL && g_str_equal (a[common], b[common]))
    common++;
  if (common == 0)
    return NULL;
  for (guint i = common; a[i] != NULL; i++)
    {
      if (*a[i] != '\0')
        g_string_append (out, "../");
    }
  for (guint i = common; b[i] != NULL; i++)
    g_string_append_printf (out, "%s%s", i > common ? "/" : "", b[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

gboolean
ita_project_write_link (ItaProject     *self,
                        const ItaLink  *link,
                        GError        **error)
{
  sqlite3_stmt *stmt;

  stmt = ita_project_prepare (self,
                              "INSERT INTO link (id, fiscal_year, relative_path, absolute_path, "
                              "agency_name) VALUES (?1, ?2, ?3, ?4, ?5)",
                              error);
  if (stmt == NULL)
    return FALSE;
  if (link->id > 0)
    sqlite3_bind_int64 (stmt, 1, link->id);
  sqlite3_bind_int (stmt, 2, link->fiscal_year);
  ita_project_bind_text (stmt, 3, link->relative_path);
  ita_project_bind_text (stmt, 4, link->absolute_path);
  ita_project_bind_text (stmt, 5, link->agency_name ? link->agency_name : "");
  return ita_project_step (self, stmt, error);
}

gboolean
ita_project_add_link (ItaProject  *self,
                      GFile       *other,
                      gint64      *out_id,
                      GError     **error)
{
  g_autoptr(ItaProject) project = NULL;
  g_autoptr(ItaAgency) agency = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *key = NULL;
  ItaLink link = { 0 };
  gint64 id;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (other), FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  if (g_file_equal (other, self->file))
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID,
                   _("A project cannot be linked to itself; choose another year’s file."));
      return FALSE;
    }
  project = ita_project_open (other, ITA_PROJECT_OPEN_COMPARISON, error);
  if (project == NULL)
    return FALSE;
  agency = ita_project_get_agency (project);
  dir = g_path_get_dirname (self->path);
  link.fiscal_year = ita_project_get_fiscal_year (project);
  link.absolute_path = g_canonicalize_filename (ita_project_get_path (project), NULL);
  link.relative_path = ita_project_link_relative_path (dir, link.absolute_path);
  link.agency_name = agency->name;
  if (!ita_limit_check_count (count_links (self) + 1, ITA_LIMIT_LINKS, _("Linked files"), error))
    goto fail;

  if (!ita_project_begin_edit (self, error))
    goto fail;
  if (!ita_project_write_link (self, &link, error))
    {
      ita_project_abort_edit (self);
      goto fail;
    }
  id = ita_project_last_insert_id (self);
  key = ita_project_id_key (id);
  g_free (link.absolute_path);
  g_free (link.relative_path);
  if (!ita_project_end_edit (self, ITA_PROJECT_CHANGE_LINKS, key, _("Link another year"), error))
    return FALSE;
  if (out_id != NULL)
    *out_id = id;
  return TRUE;

fail:
  g_free (link.absolute_path);
  g_free (link.relative_path);
  return FALSE;
}

gboolean
ita_project_remove_link (ItaProject  *self,
                         gint64       id,
                         GError     **error)
{
  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);

  return ita_project_delete_row (self, "DELETE FROM link WHERE id = ?1", id,
                                 ITA_PROJECT_CHANGE_LINKS, _("Remove link"),
                                 _("That link no longer exists."), error);
}

GFile *
ita_project_resolve_link (ItaProject     *self,
                          const ItaLink  *link,
                          GError        **error)
{
  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (link != NULL, NULL);

  if (link->relative_path != NULL && self->path != NULL &&
      ita_project_check_link_path (link->relative_path, TRUE, NULL))
    {
      g_autofree char *dir = g_path_get_dirname (self->path);
      g_autofree char *joined = g_build_filename (dir, link->relative_path, NULL);
      g_autofree char *path = g_canonicalize_filename (joined, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return g_file_new_for_path (path);
    }
  if (link->absolute_path != NULL && ita_project_check_link_path (link->absolute_path, FALSE, NULL) &&
      g_file_test (link->absolute_path, G_FILE_TEST_IS_REGULAR))
    return g_file_new_for_path (link->absolute_path);
  if ((link->relative_path != NULL && !ita_project_check_link_path (link->relative_path, TRUE, NULL)) ||
      (link->absolute_path != NULL && !ita_project_check_link_path (link->absolute_path, FALSE, NULL)))
    {
      g_autofree char *shown = shown_path (link->relative_path ? link->relative_path
                                                               : link->absolute_path);

      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID,
                   _("The link to fiscal year %d (“%s”) leads outside the folders a project links "
                     "to, so it is not followed. Link the file again."),
                   link->fiscal_year, shown);
      return NULL;
    }

  g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NOT_FOUND,
               _("The file of fiscal year %d (“%s”) was not found; it may have been moved or "
                 "renamed. Link it again."),
               link->fiscal_year,
               link->relative_path ? link->relative_path
                                   : (link->absolute_path ? link->absolute_path : "?"));
  return NULL;
}

ItaProject *
ita_project_open_link (ItaProject     *self,
                       const ItaLink  *link,
                       GError        **error)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (link != NULL, NULL);

  file = ita_project_resolve_link (self, link, error);
  if (file == NULL)
    return NULL;
  return ita_project_open (file, ITA_PROJECT_OPEN_COMPARISON, error);
}

gboolean
ita_project_write_unit (ItaProject     *self,
                        const ItaUnit  *unit,
                        gint64          position,
                        GError        **error)
{
  sqlite3_stmt *stmt;

  stmt = ita_project_prepare (self,
                              "INSERT INTO unit (id, parent_id, position, name, kind) "
                              "VALUES (?1, ?2, ?3, ?4, ?5)",
                              error);
  if (stmt == NULL)
    return FALSE;
  if (unit->id > 0)
    sqlite3_bind_int64 (stmt, 1, unit->id);
  sqlite3_bind_int64 (stmt, 2, unit->parent_id);
  sqlite3_bind_int64 (stmt, 3, position);
  sqlite3_bind_text (stmt, 4, unit->name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, ita_unit_kind_to_string (unit->kind), -1, SQLITE_STATIC);
  return ita_project_step (self, stmt, error);
}
