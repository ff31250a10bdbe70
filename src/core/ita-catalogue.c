/* ita-catalogue.c: the editions ITA Planner knows
 *
 * The built-in editions come from the core GResource (parsed once and
 * kept); a user's editions live in $XDG_DATA_HOME/ita-planner/frameworks
 * and are read on every call, so a newly installed file shows up at once.
 * A user's edition with the id of a built-in one replaces it.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-core-resources.h"
#include "ita-file.h"
#include "ita-framework-private.h"

#define FRAMEWORKS_PATH RESOURCE_PREFIX "/frameworks"

G_LOCK_DEFINE_STATIC (builtins);
static GPtrArray *builtins;

/* The generated resource is built with --manual-register: it exists only
 * once registered, which must happen exactly once in the process. */
GResource *
ita_core_resource (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      ita_core_register_resource ();
      g_once_init_leave (&registered, 1);
    }
  return ita_core_get_resource ();
}

static GPtrArray *
load_builtins (GError **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) names = NULL;

  names = g_resource_enumerate_children (ita_core_resource (), FRAMEWORKS_PATH,
                                         G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *path = NULL;
      g_autoptr(GBytes) bytes = NULL;
      ItaFramework *framework;

      if (!g_str_has_suffix (names[i], ".json"))
        continue;
      path = g_strconcat (FRAMEWORKS_PATH "/", names[i], NULL);
      bytes = g_resource_lookup_data (ita_core_resource (), path,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (bytes == NULL)
        return NULL;
      framework = ita_framework_new_from_bytes (bytes, names[i], error);
      if (framework == NULL)
        return NULL;
      g_ptr_array_add (list, framework);
    }
  return g_steal_pointer (&list);
}

static GFile *
user_dir (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "ita-planner", "frameworks", NULL);
}

/* Adds the valid editions of the user's folder; an invalid file there is
 * skipped with a warning (it was not installed through ita_catalogue_install). */
static gboolean
load_user (GPtrArray  *list,
           GError    **error)
{
  g_autoptr(GFile) dir = user_dir ();
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GError) local_error = NULL;

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (children == NULL)
    {
      /* A folder that cannot be read hides the user's editions, never the
       * built-in ones. */
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_warning ("Skipping the user's editions: %s", local_error->message);
      return TRUE;
    }

  for (;;)
    {
      GFileInfo *info;
      GFile *child;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *origin = NULL;
      g_autoptr(GError) file_error = NULL;
      ItaFramework *framework;

      if (!g_file_enumerator_iterate (children, &info, &child, NULL, error))
        return FALSE;
      if (info == NULL)
        break;
      if (!g_str_has_suffix (g_file_info_get_name (info), ".json"))
        continue;

      origin = g_file_get_path (child);
      bytes = g_file_load_bytes (child, NULL, NULL, &file_error);
      framework = bytes != NULL ? ita_framework_new_from_bytes (bytes, origin, &file_error) : NULL;
      if (framework == NULL)
        {
          g_warning ("Skipping the edition file %s: %s", origin, file_error->message);
          continue;
        }
      g_ptr_array_add (list, framework);
    }
  return TRUE;
}

static int
compare_editions (gconstpointer a,
                  gconstpointer b)
{
  ItaFramework *fa = *(ItaFramework * const *) a;
  ItaFramework *fb = *(ItaFramework * const *) b;

  if (fa->fiscal_year != fb->fiscal_year)
    return fa->fiscal_year < fb->fiscal_year ? -1 : 1;
  return strcmp (fa->id, fb->id);
}

GPtrArray *
ita_catalogue_list (GError **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) user = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  G_LOCK (builtins);
  if (builtins == NULL)
    builtins = load_builtins (error);
  if (builtins == NULL)
    {
      G_UNLOCK (builtins);
      return NULL;
    }
  if (!load_user (user, error))
    {
      G_UNLOCK (builtins);
      return NULL;
    }

  for (guint i = 0; i < builtins->len; i++)
    {
      ItaFramework *builtin = g_ptr_array_index (builtins, i);
      gboolean replaced = FALSE;

      for (guint j = 0; j < user->len && !replaced; j++)
        replaced = g_str_equal (builtin->id, ((ItaFramework *) g_ptr_array_index (user, j))->id);
      if (!replaced)
        g_ptr_array_add (list, g_object_ref (builtin));
    }
  G_UNLOCK (builtins);

  for (guint j = 0; j < user->len; j++)
    g_ptr_array_add (list, g_object_ref (g_ptr_array_index (user, j)));
  g_ptr_array_sort (list, compare_editions);
  return g_steal_pointer (&list);
}

ItaFramework *
ita_catalogue_lookup (const char  *id,
                      GError     **error)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GString) known = NULL;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  list = ita_catalogue_list (error);
  if (list == NULL)
    return NULL;

  known = g_string_new (NULL);
  for (guint i = 0; i < list->len; i++)
    {
      ItaFramework *framework = g_ptr_array_index (list, i);

      if (g_str_equal (framework->id, id))
        return g_object_ref (framework);
      if (known->len > 0)
        g_string_append (known, ", ");
      g_string_append (known, framework->id);
    }

  g_set_error (error, ITA_FRAMEWORK_ERROR, ITA_FRAMEWORK_ERROR_NOT_FOUND,
               _("There is no ITA edition “%s”. Known editions: %s."),
               id, known->len > 0 ? known->str : _("none"));
  return NULL;
}

ItaFramework *
ita_catalogue_for_year (int fiscal_year)
{
  g_autoptr(GPtrArray) list = ita_catalogue_list (NULL);

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      ItaFramework *framework = g_ptr_array_index (list, i);

      if (framework->fiscal_year == fiscal_year)
        return g_object_ref (framework);
    }
  return NULL;
}

ItaFramework *
ita_catalogue_latest_for_year (int fiscal_year)
{
  g_autoptr(GPtrArray) list = ita_catalogue_list (NULL);
  ItaFramework *best = NULL;

  /* sorted by year, then id: the first edition of the latest year wins,
   * as in ita_catalogue_for_year */
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      ItaFramework *framework = g_ptr_array_index (list, i);

      if (framework->fiscal_year > fiscal_year)
        break;
      if (best == NULL || framework->fiscal_year > best->fiscal_year)
        best = framework;
    }
  return best != NULL ? g_object_ref (best) : NULL;
}

ItaFramework *
ita_catalogue_install (GFile   *file,
                       GError **error)
{
  g_autoptr(ItaFramework) framework = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFile) target = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  framework = ita_framework_new_from_file (file, error);
  if (framework == NULL)
    return NULL;

  dir = user_dir ();
  if (!g_file_make_directory_with_parents (dir, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("Cannot create the folder for added editions: "));
      return NULL;
    }

  name = g_strconcat (framework->id, ".json", NULL);
  target = g_file_get_child (dir, name);
  data = g_bytes_get_data (framework->json, &size);
  if (!ita_file_replace_contents (target, data, size, error))
    return NULL;
  return g_steal_pointer (&framework);
}
