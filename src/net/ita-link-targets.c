/* ita-link-targets.c: which URLs of a project a check covers — the whole
 * checklist, one unit's items, or the selected items */
#include "config.h"

#include "ita-link-checker.h"

typedef gboolean (*EntryFilter) (const ItaChecklistEntry *entry,
                                 gpointer                 data);

static gboolean
first_time (char * const *urls,
            guint         k)
{
  for (guint j = 0; j < k; j++)
    {
      if (g_str_equal (urls[j], urls[k]))
        return FALSE;
    }
  return TRUE;
}

static GPtrArray *
collect (GPtrArray   *entries,
         EntryFilter  filter,
         gpointer     data)
{
  GPtrArray *targets = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_link_target_free);

  for (guint i = 0; i < entries->len; i++)
    {
      const ItaChecklistEntry *e = g_ptr_array_index (entries, i);

      if (filter != NULL && !filter (e, data))
        continue;
      for (guint k = 0; e->urls[k] != NULL; k++)
        {
          if (!first_time (e->urls, k))
            continue;   /* a URL given twice in one item: once */
          g_ptr_array_add (targets, ita_link_target_new (e->item, e->urls[k]));
        }
    }
  return targets;
}

GPtrArray *
ita_link_targets_for_checklist (ItaProject *project)
{
  g_autoptr(GPtrArray) entries = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (project), NULL);
  entries = ita_project_get_checklist (project);
  return collect (entries, NULL, NULL);
}

/* The unit's part of the checklist, as the core defines it: the items
 * naming the unit or one of its sub-units, and those of every unit. */
GPtrArray *
ita_link_targets_for_unit (ItaProject *project,
                           gint64      unit_id)
{
  g_autoptr(GPtrArray) entries = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (project), NULL);
  g_return_val_if_fail (unit_id > 0,
                        g_ptr_array_new_with_free_func ((GDestroyNotify) ita_link_target_free));

  entries = ita_project_get_checklist_for_unit (project, unit_id);
  return collect (entries, NULL, NULL);
}

static gboolean
in_items (const ItaChecklistEntry *entry,
          gpointer                 data)
{
  GHashTable *items = data;

  return g_hash_table_contains (items, entry->item);
}

GPtrArray *
ita_link_targets_for_items (ItaProject         *project,
                            const char * const *items)
{
  g_autoptr(GHashTable) set = g_hash_table_new (g_str_hash, g_str_equal);
  ItaFramework *edition;

  g_return_val_if_fail (ITA_IS_PROJECT (project), NULL);

  edition = ita_project_get_edition (project);
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      const ItaItemDef *def = ita_framework_lookup_item (edition, items[i]);

      if (def != NULL)
        g_hash_table_add (set, (gpointer) def->code);
    }
  {
    g_autoptr(GPtrArray) entries = ita_project_get_checklist (project);

    return collect (entries, in_items, set);
  }
}
