/* ita-scores.c: the figures an officer has, and the scores CSV
 * (docs/scores-csv.md)
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-framework-private.h"
#include "ita-scores.h"
#include "ita-thai.h"

struct _ItaScores
{
  gatomicrefcount  ref_count;
  GHashTable      *values;    /* owned key → GINT_TO_POINTER (ItaCenti) */
};

G_DEFINE_QUARK (ita-scores-error-quark, ita_scores_error)

G_DEFINE_BOXED_TYPE (ItaScores, ita_scores, ita_scores_ref, ita_scores_unref)

ItaScores *
ita_scores_new (void)
{
  ItaScores *self = g_new0 (ItaScores, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return self;
}

ItaScores *
ita_scores_ref (ItaScores *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ita_scores_unref (ItaScores *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_hash_table_unref (self->values);
      g_free (self);
    }
}

ItaScores *
ita_scores_copy (ItaScores *self)
{
  ItaScores *copy;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (self != NULL, NULL);

  copy = ita_scores_new ();
  g_hash_table_iter_init (&iter, self->values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->values, g_strdup (key), value);
  return copy;
}

void
ita_scores_set (ItaScores  *self,
                const char *key,
                ItaCenti    value)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (key != NULL);

  if (value == ITA_CENTI_NONE)
    g_hash_table_remove (self->values, key);
  else
    g_hash_table_insert (self->values, g_strdup (key), GINT_TO_POINTER (value));
}

ItaCenti
ita_scores_get (ItaScores  *self,
                const char *key)
{
  gpointer value;

  g_return_val_if_fail (self != NULL, ITA_CENTI_NONE);
  g_return_val_if_fail (key != NULL, ITA_CENTI_NONE);

  if (!g_hash_table_lookup_extended (self->values, key, NULL, &value))
    return ITA_CENTI_NONE;
  return GPOINTER_TO_INT (value);
}

gboolean
ita_scores_contains (ItaScores  *self,
                     const char *key)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (key != NULL, FALSE);
  return g_hash_table_contains (self->values, key);
}

static int
compare_keys (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

char **
ita_scores_get_keys (ItaScores *self)
{
  g_autofree gpointer *keys = NULL;
  guint n;
  char **out;

  g_return_val_if_fail (self != NULL, NULL);

  keys = g_hash_table_get_keys_as_array (self->values, &n);
  out = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    out[i] = g_strdup (keys[i]);
  g_qsort_with_data (out, (gint) n, sizeof (char *), compare_keys, NULL);
  return out;
}

guint
ita_scores_size (ItaScores *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return g_hash_table_size (self->values);
}

/* ---- codes ------------------------------------------------------------ */

static gboolean
all_digits (const char *s)
{
  if (*s == '\0')
    return FALSE;
  for (; *s; s++)
    if (!g_ascii_isdigit (*s))
      return FALSE;
  return TRUE;
}

/* "o012" → "o12": the letter, then the number without leading zeros. */
static char *
canonical_item (char        letter,
                const char *digits)
{
  while (digits[0] == '0' && digits[1] != '\0')
    digits++;
  return g_strdup_printf ("%c%s", letter, digits);
}

static char *
normalize_item (ItaFramework  *framework,
                const char    *lower,
                GError       **error)
{
  g_autofree char *code = NULL;

  if (lower[0] == '0' && all_digits (lower) && lower[1] != '\0')
    code = canonical_item ('o', lower + 1);         /* Thai zero printed for "o": ๐๑๒ */
  else if (strchr ("ieo", lower[0]) != NULL && all_digits (lower + 1))
    code = canonical_item (lower[0], lower + 1);
  else
    return NULL;

  if (ita_framework_lookup_item (framework, code) == NULL)
    {
      g_set_error (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_UNKNOWN_CODE,
                   _("%s has no item “%s”"), ita_framework_get_id (framework), code);
      return NULL;
    }
  return g_steal_pointer (&code);
}

static char *
normalize_level (ItaFramework  *framework,
                 const char    *lower,
                 GError       **error)
{
  if (g_str_has_prefix (lower, "ind:"))
    {
      const char *n = lower + 4;
      gint64 number;

      while (*n == ' ')
        n++;
      if (!all_digits (n) || strlen (n) > 2 || (number = g_ascii_strtoll (n, NULL, 10)) < 1 || number > 10)
        {
          g_set_error (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_UNKNOWN_CODE,
                       _("“%s” is not an indicator: write ind:1 … ind:10"), lower);
          return NULL;
        }
      return g_strdup_printf ("ind:%d", (int) number);
    }

  if (g_str_has_prefix (lower, "sub:"))
    {
      const char *code = lower + 4;

      while (*code == ' ')
        code++;
      if (ita_framework_lookup_subindicator (framework, code) == NULL)
        {
          g_set_error (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_UNKNOWN_CODE,
                       _("%s has no sub-indicator “%s”"), ita_framework_get_id (framework), code);
          return NULL;
        }
      return g_strconcat ("sub:", code, NULL);
    }
  return NULL;
}

static char *
normalize_tool (ItaFramework *framework,
                const char   *lower)
{
  if (g_str_equal (lower, "total"))
    return g_strdup ("TOTAL");
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    {
      const ItaToolDef *tool = ita_framework_get_tool (framework, (ItaTool) t);

      if (g_ascii_strcasecmp (lower, tool->code) == 0)
        return g_strdup (tool->code);
      for (guint p = 0; p < tool->n_parts; p++)
        if (g_ascii_strcasecmp (lower, tool->parts[p].code) == 0)
          return g_strdup (tool->parts[p].code);
    }
  return NULL;
}

char *
ita_scores_normalize_key (ItaFramework  *framework,
                          const char    *code,
                          GError       **error)
{
  g_autofree char *ascii = NULL;
  g_autofree char *lower = NULL;
  GError *local_error = NULL;
  char *key;

  g_return_val_if_fail (ITA_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_utf8_validate (code, -1, NULL))
    {
      g_set_error (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_UNKNOWN_CODE,
                   _("the code is not valid UTF-8 text"));
      return NULL;
    }
  ascii = ita_thai_digits_to_ascii (code);
  lower = g_ascii_strdown (g_strstrip (ascii), -1);
  if (*lower == '\0')
    {
      g_set_error (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_UNKNOWN_CODE,
                   _("the code is empty"));
      return NULL;
    }

  if ((key = normalize_tool (framework, lower)) != NULL ||
      (key = normalize_level (framework, lower, &local_error)) != NULL ||
      (local_error == NULL && (key = normalize_item (framework, lower, &local_error)) != NULL))
    return key;

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  g_set_error (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_UNKNOWN_CODE,
               _("“%s” is not a code of %s: use an item (i1, e3, o12), ind:N, sub:9.1, a tool (IIT, EIT, OIT), a part of a tool (EIT1) or TOTAL"),
               g_strstrip (ascii), ita_framework_get_id (framework));
  return NULL;
}

gboolean
ita_scores_check_value (ItaFramework  *framework,
                        const char    *key,
                        ItaCenti       value,
                        GError       **error)
{
  const ItaItemDef *item;

  g_return_val_if_fail (ITA_IS_FRAMEWORK (framework), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (value < 0 || value > ITA_CENTI_MAX)
    {
      g_autofree char *v = ita_decimal_format (value, FALSE);
      g_set_error (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_BAD_VALUE,
                   _("%s: %s is out of range: a score is between 0 and 100"), key, v);
      return FALSE;
    }

  item = strchr (key, ':') == NULL ? ita_framework_lookup_item (framework, key) : NULL;
  if (item == NULL)
    return TRUE;

  if (item->scale == ITA_SCALE_OIT_0_100 && value != 0 && value != ITA_CENTI_MAX)
    {
      g_autofree char *v = ita_decimal_format_short (value, FALSE);
      g_set_error (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_BAD_VALUE,
                   _("%s is scored 0 or 100 in %s, not %s"), key, ita_framework_get_id (framework), v);
      return FALSE;
    }
  if (item->scale == ITA_SCALE_OIT_0_50_100 && value != 0 && value != 5000 && value != ITA_CENTI_MAX)
    {
      g_autofree char *v = ita_decimal_format_short (value, FALSE);
      g_set_error (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_BAD_VALUE,
                   _("%s is scored 0, 50 or 100 in %s, not %s"), key, ita_framework_get_id (framework), v);
      return FALSE;
    }
  return TRUE;
}
