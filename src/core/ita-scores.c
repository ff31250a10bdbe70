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
  char            *grade;     /* the official grade's band code; nullable */
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
      g_free (self->grade);
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
  copy->grade = g_strdup (self->grade);
  return copy;
}

void
ita_scores_set_grade (ItaScores  *self,
                      const char *code)
{
  g_return_if_fail (self != NULL);

  g_free (self->grade);
  self->grade = g_strdup (code);
}

const char *
ita_scores_get_grade (ItaScores *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->grade;
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

/* ---- labels as results print them ------------------------------------- */

/* lower case (ASCII and Thai digits as they are), every white space
 * removed: "EIT ส่วนที่ 1" and "eit ส่วนที่1" compare equal */
static char *
squash (const char *text)
{
  g_autofree char *down = g_utf8_strdown (text, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = down; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
same_label (const char *squashed,
            const char *label)
{
  g_autofree char *other = NULL;

  if (label == NULL || *label == '\0')
    return FALSE;
  other = squash (label);
  return g_str_equal (squashed, other);
}

/* digits at the start of s: their count, the value in *out */
static guint
leading_number (const char *s,
                gint64     *out)
{
  guint n = 0;

  while (g_ascii_isdigit (s[n]))
    n++;
  *out = n > 0 && n < 4 ? g_ascii_strtoll (s, NULL, 10) : -1;
  return n;
}

/* "ตัวชี้วัดที่ 9", "ตัวชี้วัดที่ 9. การเปิดเผยข้อมูล", "indicator 9" (rest: the
 * squashed text after the number) */
static char *
indicator_label (ItaFramework  *framework,
                 const char    *original,
                 const char    *rest,
                 gint64         number,
                 GError       **error)
{
  const ItaIndicatorDef *ind;

  if (number < 1 || number > 10)
    {
      g_set_error (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_UNKNOWN_CODE,
                   _("“%s” is not an indicator: indicators are numbered 1 to 10"), original);
      return NULL;
    }
  ind = ita_framework_get_indicator (framework, (int) number);
  if (*rest == '.')
    rest++;
  if (*rest != '\0' && !same_label (rest, ind->name_th) && !same_label (rest, ind->name_en))
    {
      g_set_error (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_UNKNOWN_CODE,
                   _("“%s” names indicator %d, but indicator %d of %s is “%s”; check the number"),
                   original, (int) number, (int) number, ita_framework_get_id (framework), ind->name_th);
      return NULL;
    }
  return g_strdup_printf ("ind:%d", (int) number);
}

/* "ตัวชี้วัดย่อยที่ 9.1 …", "sub-indicator 9.1" */
static char *
subindicator_label (ItaFramework  *framework,
                    const char    *original,
                    const char    *rest,
                    GError       **error)
{
  g_autofree char *code = NULL;
  gsize n = 0;

  while (g_ascii_isdigit (rest[n]) || rest[n] == '.')
    n++;
  while (n > 0 && rest[n - 1] == '.')
    n--;
  code = g_strndup (rest, n);
  if (n == 0 || ita_framework_lookup_subindicator (framework, code) == NULL)
    {
      g_set_error (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_UNKNOWN_CODE,
                   _("%s has no sub-indicator “%s”"), ita_framework_get_id (framework), original);
      return NULL;
    }
  return g_strconcat ("sub:", code, NULL);
}

static const char * const total_labels[] = {
  "total", "totalscore", "คะแนนรวม", "คะแนนเฉลี่ย", "คะแนนภาพรวม", "ผลคะแนนรวม", "ผลการประเมินภาพรวม", NULL
};

static const char * const grade_labels[] = {
  "grade", "rating", "ระดับ", "ระดับผลการประเมิน", "ผลการประเมิน", "ระดับผลการประเมินภาพรวม", NULL
};

/* A tool by its name, with or without what the results print after it:
 * "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (Internal … : IIT)". */
static char *
tool_label (ItaFramework *framework,
            const char   *squashed)
{
  g_autofree char *outer = g_strdup (squashed);
  char *paren = strchr (outer, '(');

  if (paren != NULL && g_str_has_suffix (outer, ")"))
    *paren = '\0';
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    {
      const ItaToolDef *tool = ita_framework_get_tool (framework, (ItaTool) t);

      for (guint p = 0; p < tool->n_parts; p++)
        if (same_label (squashed, tool->parts[p].name_th) || same_label (squashed, tool->parts[p].name_en))
          return g_strdup (tool->parts[p].code);
      if (same_label (squashed, tool->name_th) || same_label (squashed, tool->name_en) ||
          same_label (outer, tool->name_th) || same_label (outer, tool->name_en))
        return g_strdup (tool->code);
    }
  return NULL;
}

/* The labels the results and the officer's documents print. NULL without
 * an error when text is none of them. */
static char *
normalize_label (ItaFramework  *framework,
                 const char    *text,
                 GError       **error)
{
  g_autofree char *squashed = squash (text);
  const char *prefixes_ind[] = { "ตัวชี้วัดที่", "indicator", "ind", NULL };
  const char *prefixes_sub[] = { "ตัวชี้วัดย่อยที่", "sub-indicator", "subindicator", NULL };
  char *key;

  for (guint i = 0; prefixes_sub[i] != NULL; i++)
    if (g_str_has_prefix (squashed, prefixes_sub[i]) && g_ascii_isdigit (squashed[strlen (prefixes_sub[i])]))
      return subindicator_label (framework, text, squashed + strlen (prefixes_sub[i]), error);
  for (guint i = 0; prefixes_ind[i] != NULL; i++)
    if (g_str_has_prefix (squashed, prefixes_ind[i]))
      {
        const char *rest = squashed + strlen (prefixes_ind[i]);
        gint64 number;
        guint n = leading_number (rest, &number);

        if (n > 0)
          return indicator_label (framework, text, rest + n, number, error);
      }
  if (g_strv_contains (total_labels, squashed))
    return g_strdup ("TOTAL");
  if ((key = tool_label (framework, squashed)) != NULL)
    return key;

  /* a numbered row of a printed table: "๙. การเปิดเผยข้อมูล" (indicator 9
   * by its name), "๒.EIT ส่วนที่ ๑" */
  {
    gint64 number;
    guint n = leading_number (squashed, &number);
    const char *rest = squashed + n + 1;

    if (n > 0 && squashed[n] == '.' && *rest != '\0')
      {
        const ItaIndicatorDef *ind = number >= 1 && number <= 10 ? ita_framework_get_indicator (framework, (int) number) : NULL;

        if (ind != NULL && (same_label (rest, ind->name_th) || same_label (rest, ind->name_en)))
          return g_strdup_printf ("ind:%d", (int) number);
        if (g_strv_contains (total_labels, rest))
          return g_strdup ("TOTAL");
        return tool_label (framework, rest);
      }
  }
  return NULL;
}

gboolean
ita_scores_is_grade_code (const char *code)
{
  g_autofree char *squashed = NULL;

  g_return_val_if_fail (code != NULL, FALSE);

  if (!g_utf8_validate (code, -1, NULL))
    return FALSE;
  squashed = squash (code);
  return g_strv_contains (grade_labels, squashed);
}

char *
ita_scores_normalize_grade (ItaFramework  *framework,
                            const char    *text,
                            GError       **error)
{
  g_autofree char *trimmed = NULL;
  const char *t;
  const ItaGradeBand *band;
  const ItaGrading *grading;
  g_autoptr(GString) th = g_string_new (NULL);
  g_autoptr(GString) en = g_string_new (NULL);

  g_return_val_if_fail (ITA_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_BAD_VALUE, _("the grade is not valid UTF-8 text"));
      return NULL;
    }
  /* "ระดับผลการประเมิน\t: ต้องปรับปรุง" as printed */
  trimmed = g_strstrip (g_strdup (text));
  t = trimmed;
  while (*t == ':' || g_ascii_isspace (*t))
    t++;
  band = ita_framework_lookup_band (framework, t);
  if (band != NULL)
    return g_strdup (band->code);

  grading = ita_framework_get_grading (framework);
  for (guint k = 0; k < grading->n_bands; k++)
    {
      g_string_append_printf (th, "%s%s", k ? ", " : "", grading->bands[k].label_th);
      g_string_append_printf (en, "%s%s", k ? ", " : "", grading->bands[k].code);
    }
  g_set_error (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_BAD_VALUE,
               _("“%s” is not a grade of %s: write one of %s (or %s)"),
               t, ita_framework_get_id (framework), th->str, en->str);
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

  /* as printed: "EIT ส่วนที่ 1", "ตัวชี้วัดที่ 9", "คะแนนรวม" */
  if ((key = normalize_label (framework, g_strstrip (ascii), &local_error)) != NULL)
    return key;
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  /* an item code with its text after it: "๐๑ โครงสร้างและอำนาจหน้าที่" */
  {
    g_auto(GStrv) words = g_strsplit_set (lower, " \t", 2);

    if (words[0] != NULL && words[1] != NULL &&
        (key = normalize_item (framework, words[0], &local_error)) != NULL)
      return key;
    if (local_error != NULL)
      {
        g_propagate_error (error, local_error);
        return NULL;
      }
  }
  g_set_error (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_UNKNOWN_CODE,
               _("“%s” is not a code of %s: use an item (i1, e3, o12), ind:N or ตัวชี้วัดที่ N, sub:9.1, a tool (IIT, EIT, OIT), a part of a tool (EIT1 or EIT ส่วนที่ 1) or TOTAL"),
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
