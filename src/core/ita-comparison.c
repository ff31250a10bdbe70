/* ita-comparison.c: this year's result against an earlier year's */
#include "config.h"

#include "ita-comparison.h"
#include "ita-decimal.h"

struct _ItaComparison
{
  gatomicrefcount  ref_count;

  /* owned */
  ItaResult       *now;
  ItaResult       *before;
  GArray          *changes[ITA_N_CHANGE_LEVELS];  /* of ItaChange, strings owned */
  GHashTable      *by_key;                        /* this year's key → ItaChange (in changes) */
};

G_DEFINE_BOXED_TYPE (ItaComparison, ita_comparison, ita_comparison_ref, ita_comparison_unref)

static void
clear_change (gpointer data)
{
  ItaChange *change = data;

  g_free ((char *) change->key);
  g_free ((char *) change->continuity);
  g_strfreev ((char **) change->before_codes);
}

static ItaCenti
value_of (ItaResult  *result,
          const char *key)
{
  const ItaLevel *level = ita_result_get_level (result, key);

  return level != NULL ? level->value : ITA_CENTI_NONE;
}

static ItaCenti
difference (ItaCenti now,
            ItaCenti before)
{
  return now != ITA_CENTI_NONE && before != ITA_CENTI_NONE ? now - before : ITA_CENTI_NONE;
}

static void
add_change (ItaComparison     *self,
            ItaChangeLevel     level,
            const char        *key,
            const char        *continuity,
            char             **before_codes,   /* taken */
            ItaCenti           now,
            ItaCenti           before,
            ItaChangePresence  presence)
{
  ItaChange change = {
    .key = g_strdup (key),
    .continuity = g_strdup (continuity),
    .before_codes = (const char * const *) before_codes,
    .now = now,
    .before = before,
    .delta = difference (now, before),
    .presence = presence,
  };

  g_array_append_val (self->changes[level], change);
}

static void
compare_levels (ItaComparison *self)
{
  add_change (self, ITA_CHANGE_LEVEL_TOTAL, "TOTAL", NULL, NULL,
              value_of (self->now, "TOTAL"), value_of (self->before, "TOTAL"), ITA_CHANGE_BOTH);
  for (ItaTool t = ITA_TOOL_IIT; t < ITA_N_TOOLS; t++)
    {
      const char *code = ita_tool_to_string (t);

      add_change (self, ITA_CHANGE_LEVEL_TOOL, code, NULL, NULL,
                  value_of (self->now, code), value_of (self->before, code), ITA_CHANGE_BOTH);
    }
  for (int n = 1; n <= 10; n++)
    {
      g_autofree char *key = g_strdup_printf ("ind:%d", n);
      gboolean in_now = ita_framework_get_indicator (ita_result_get_framework (self->now), n) != NULL;
      gboolean in_before = ita_framework_get_indicator (ita_result_get_framework (self->before), n) != NULL;

      add_change (self, ITA_CHANGE_LEVEL_INDICATOR, key, NULL, NULL,
                  value_of (self->now, key), value_of (self->before, key),
                  in_now && in_before ? ITA_CHANGE_BOTH
                  : in_now ? ITA_CHANGE_NOW_ONLY : ITA_CHANGE_BEFORE_ONLY);
    }
}

/* The earlier items an item of this year continues: those whose
 * continuity key or covers list has the item's key or one of the keys it
 * covers. In the earlier edition's order, each once. */
static GPtrArray *
earlier_matches (ItaFramework     *before,
                 const ItaItemDef *item)
{
  GPtrArray *found = g_ptr_array_new ();

  if (item->continuity != NULL)
    {
      const ItaItemDef *match = ita_framework_lookup_continuity (before, item->continuity);

      if (match != NULL)
        g_ptr_array_add (found, (gpointer) match);
    }
  for (guint c = 0; item->covers != NULL && item->covers[c] != NULL; c++)
    {
      const ItaItemDef *match = ita_framework_lookup_continuity (before, item->covers[c]);

      if (match != NULL && !g_ptr_array_find (found, match, NULL))
        g_ptr_array_add (found, (gpointer) match);
    }
  return found;
}

/* The mean of the earlier values that have one (a merge), half-up. */
static ItaCenti
earlier_value (ItaComparison *self,
               GPtrArray     *matches)
{
  g_autofree ItaCenti *values = g_new (ItaCenti, MAX (matches->len, 1));
  guint n = 0;

  for (guint i = 0; i < matches->len; i++)
    {
      const ItaItemDef *item = g_ptr_array_index (matches, i);
      ItaCenti v = value_of (self->before, item->code);

      if (v != ITA_CENTI_NONE)
        values[n++] = v;
    }
  return n > 0 ? ita_decimal_mean (values, n) : ITA_CENTI_NONE;
}

static void
compare_items (ItaComparison *self)
{
  ItaFramework *now_fw = ita_result_get_framework (self->now);
  ItaFramework *before_fw = ita_result_get_framework (self->before);
  guint n_before = ita_framework_get_n_items (before_fw);
  g_autofree gboolean *matched = g_new0 (gboolean, MAX (n_before, 1));

  for (guint i = 0; i < ita_framework_get_n_items (now_fw); i++)
    {
      const ItaItemDef *item = ita_framework_get_item (now_fw, i);
      g_autoptr(GPtrArray) matches = earlier_matches (before_fw, item);
      char **codes = g_new0 (char *, matches->len + 1);

      for (guint m = 0; m < matches->len; m++)
        {
          const ItaItemDef *match = g_ptr_array_index (matches, m);

          codes[m] = g_strdup (match->code);
          for (guint b = 0; b < n_before; b++)
            if (ita_framework_get_item (before_fw, b) == match)
              matched[b] = TRUE;
        }
      add_change (self, ITA_CHANGE_LEVEL_ITEM, item->code, item->continuity, codes,
                  value_of (self->now, item->code), earlier_value (self, matches),
                  matches->len > 0 ? ITA_CHANGE_BOTH : ITA_CHANGE_NOW_ONLY);
    }

  for (guint b = 0; b < n_before; b++)
    {
      const ItaItemDef *item = ita_framework_get_item (before_fw, b);
      char **codes;

      if (matched[b])
        continue;
      codes = g_new0 (char *, 2);
      codes[0] = g_strdup (item->code);
      add_change (self, ITA_CHANGE_LEVEL_ITEM, item->code, item->continuity, codes,
                  ITA_CENTI_NONE, value_of (self->before, item->code), ITA_CHANGE_BEFORE_ONLY);
    }
}

ItaComparison *
ita_comparison_new (ItaResult *now,
                    ItaResult *before)
{
  ItaComparison *self;

  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (before != NULL, NULL);

  self = g_new0 (ItaComparison, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->now = ita_result_ref (now);
  self->before = ita_result_ref (before);
  for (guint l = 0; l < ITA_N_CHANGE_LEVELS; l++)
    {
      self->changes[l] = g_array_new (FALSE, TRUE, sizeof (ItaChange));
      g_array_set_clear_func (self->changes[l], clear_change);
    }
  compare_levels (self);
  compare_items (self);

  /* pointers into the arrays: made once they no longer grow */
  self->by_key = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint l = 0; l < ITA_N_CHANGE_LEVELS; l++)
    for (guint i = 0; i < self->changes[l]->len; i++)
      {
        ItaChange *change = &g_array_index (self->changes[l], ItaChange, i);

        if (change->presence != ITA_CHANGE_BEFORE_ONLY || l != ITA_CHANGE_LEVEL_ITEM)
          g_hash_table_insert (self->by_key, (gpointer) change->key, change);
      }
  return self;
}

ItaComparison *
ita_comparison_ref (ItaComparison *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ita_comparison_unref (ItaComparison *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_hash_table_unref (self->by_key);
  for (guint l = 0; l < ITA_N_CHANGE_LEVELS; l++)
    g_array_unref (self->changes[l]);
  ita_result_unref (self->now);
  ita_result_unref (self->before);
  g_free (self);
}

ItaResult *
ita_comparison_get_now (ItaComparison *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->now;
}

ItaResult *
ita_comparison_get_before (ItaComparison *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->before;
}

guint
ita_comparison_get_n_changes (ItaComparison  *self,
                              ItaChangeLevel  level)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (level < ITA_N_CHANGE_LEVELS, 0);

  return self->changes[level]->len;
}

const ItaChange *
ita_comparison_get_change (ItaComparison  *self,
                           ItaChangeLevel  level,
                           guint           index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (level < ITA_N_CHANGE_LEVELS, NULL);
  g_return_val_if_fail (index < self->changes[level]->len, NULL);

  return &g_array_index (self->changes[level], ItaChange, index);
}

const ItaChange *
ita_comparison_lookup (ItaComparison *self,
                       const char    *key)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  return g_hash_table_lookup (self->by_key, key);
}
