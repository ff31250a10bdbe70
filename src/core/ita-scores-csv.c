/* ita-scores-csv.c: reads the scores CSV of docs/scores-csv.md
 *
 * All or nothing: nothing is returned when any row is bad. The first
 * ITA_LIMIT_CSV_MESSAGES bad rows are reported with their line numbers,
 * the others counted (ita-limits.h).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-limits.h"
#include "ita-scores.h"

typedef struct {
  ItaFramework *framework;
  ItaScores    *scores;
  GHashTable   *lines;     /* key → first line number */
  GString      *errors;
  guint         n_bad;
  gboolean      header_allowed;
} CsvReader;

static void
bad_row (CsvReader  *r,
         guint       line,
         const char *format,
         ...) G_GNUC_PRINTF (3, 4);

static void
bad_row (CsvReader  *r,
         guint       line,
         const char *format,
         ...)
{
  va_list args;
  g_autofree char *msg = NULL;

  r->n_bad++;
  if (r->n_bad > ITA_LIMIT_CSV_MESSAGES)
    return;   /* counted, not told: see the end of ita_scores_parse_csv */
  va_start (args, format);
  msg = g_strdup_vprintf (format, args);
  va_end (args);

  if (r->errors->len > 0)
    g_string_append_c (r->errors, '\n');
  g_string_append_printf (r->errors, _("line %u: %s"), line, msg);
}

/* Trims spaces and one pair of surrounding double quotes, in place. */
static char *
clean_field (char *field)
{
  gsize len;

  g_strstrip (field);
  len = strlen (field);
  if (len >= 2 && field[0] == '"' && field[len - 1] == '"')
    {
      field[len - 1] = '\0';
      field++;
      g_strstrip (field);
    }
  return field;
}

static gboolean
is_header (const char *code,
           const char *score)
{
  return g_ascii_strcasecmp (code, "code") == 0 && g_ascii_strcasecmp (score, "score") == 0;
}

/* "grade,ต้องปรับปรุง": the grade NACC published */
static void
read_grade (CsvReader  *r,
            const char *text,
            guint       line)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  gpointer first;

  if (*text == '\0')
    return;   /* listed but not known yet */
  code = ita_scores_normalize_grade (r->framework, text, &error);
  if (code == NULL)
    {
      bad_row (r, line, "%s", error->message);
      return;
    }
  if (g_hash_table_lookup_extended (r->lines, "grade", NULL, &first))
    {
      bad_row (r, line, _("the grade is already given on line %u"), GPOINTER_TO_UINT (first));
      return;
    }
  g_hash_table_insert (r->lines, g_strdup ("grade"), GUINT_TO_POINTER (line));
  ita_scores_set_grade (r->scores, code);
}

static void
read_row (CsvReader *r,
          char      *text,
          guint      line)
{
  g_auto(GStrv) fields = NULL;
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;
  const char *code, *score;
  guint n;
  ItaCenti value;
  gpointer first;

  fields = g_strsplit (text, strchr (text, '\t') != NULL ? "\t" : ",", -1);
  n = g_strv_length (fields);
  while (n > 2 && *clean_field (fields[n - 1]) == '\0')
    n--;   /* empty trailing columns, as spreadsheets write them */
  if (n != 2)
    {
      bad_row (r, line, _("expected two columns, a code and a score, but found %u"), n);
      return;
    }

  code = clean_field (fields[0]);
  score = clean_field (fields[1]);
  if (strlen (code) > ITA_LIMIT_CSV_FIELD_BYTES || strlen (score) > ITA_LIMIT_CSV_FIELD_BYTES)
    {
      bad_row (r, line, _("a field is %u bytes long; a code or a score has at most %d"),
               (guint) MAX (strlen (code), strlen (score)), ITA_LIMIT_CSV_FIELD_BYTES);
      return;
    }
  if (r->header_allowed && is_header (code, score))
    return;
  if (ita_scores_is_grade_code (code))
    {
      read_grade (r, score, line);
      return;
    }

  key = ita_scores_normalize_key (r->framework, code, &error);
  if (key == NULL)
    {
      bad_row (r, line, "%s", error->message);
      return;
    }
  if (*score == '\0')
    return;   /* listed but not scored yet */
  if (!ita_decimal_parse (score, 0, ITA_CENTI_MAX, &value, &error) ||
      !ita_scores_check_value (r->framework, key, value, &error))
    {
      bad_row (r, line, "%s: %s", key, error->message);
      return;
    }
  if (g_hash_table_lookup_extended (r->lines, key, NULL, &first))
    {
      bad_row (r, line, _("%s is already given on line %u"), key, GPOINTER_TO_UINT (first));
      return;
    }
  g_hash_table_insert (r->lines, g_strdup (key), GUINT_TO_POINTER (line));
  ita_scores_set (r->scores, key, value);
}

/* TRUE when some line holds non-ASCII text that is valid UTF-8: then the
 * file is UTF-8 (with damaged lines), not a Windows code page. */
static gboolean
has_utf8_text_line (const char *data,
                    gsize       length)
{
  const char *p = data, *end = data + length;

  while (p < end)
    {
      const char *nl = memchr (p, '\n', (gsize) (end - p));
      const char *stop = nl != NULL ? nl : end;
      gboolean ascii = TRUE;

      for (const char *q = p; q < stop && ascii; q++)
        ascii = (guchar) *q < 0x80;
      if (!ascii && g_utf8_validate (p, stop - p, NULL))
        return TRUE;
      p = nl != NULL ? nl + 1 : end;
    }
  return FALSE;
}

/* Thai Excel saves "CSV" in Windows-874 (TIS-620 and a few more
 * characters): such a file is converted to UTF-8. NULL when data is UTF-8
 * already, or is not Windows-874 either (the lines are then reported). */
static char *
from_thai_windows (const char *data,
                   gsize       length,
                   gsize      *out_length)
{
  const char *charsets[] = { "CP874", "WINDOWS-874", "TIS-620", NULL };

  if (g_utf8_validate (data, (gssize) length, NULL) || has_utf8_text_line (data, length))
    return NULL;
  for (guint i = 0; charsets[i] != NULL; i++)
    {
      gsize read = 0;
      char *utf8 = g_convert (data, (gssize) length, "UTF-8", charsets[i], &read, out_length, NULL);

      if (utf8 != NULL && read == length)
        return utf8;
      g_free (utf8);
    }
  return NULL;
}

ItaScores *
ita_scores_parse_csv (ItaFramework  *framework,
                      const char    *data,
                      gsize          length,
                      GError       **error)
{
  g_autoptr(ItaScores) scores = ita_scores_new ();
  g_autoptr(GHashTable) lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) errors = g_string_new (NULL);
  CsvReader r = { framework, scores, lines, errors, 0, TRUE };
  g_autofree char *converted = NULL;
  gsize converted_length = 0;
  const char *p = data, *end = data + length;
  g_autofree char *megabytes = NULL;
  guint line = 0;

  g_return_val_if_fail (ITA_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > ITA_LIMIT_CSV_BYTES)
    {
      g_set_error (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_BAD_ROWS,
                   _("The scores file is %s MB; ITA Planner reads scores files of at most %d MB "
                     "(an edition has a few hundred codes)."),
                   megabytes = g_strdup_printf ("%.1f", length / (1024.0 * 1024.0)),
                   ITA_LIMIT_CSV_BYTES / (1024 * 1024));
      return NULL;
    }
  converted = from_thai_windows (data, length, &converted_length);
  if (converted != NULL)
    {
      p = converted;
      end = converted + converted_length;
    }
  if (end - p >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;

  while (p < end)
    {
      const char *nl = memchr (p, '\n', (gsize) (end - p));
      const char *stop = nl != NULL ? nl : end;
      g_autofree char *text = NULL;

      line++;
      if (stop > p && stop[-1] == '\r')
        stop--;
      if (!g_utf8_validate (p, stop - p, NULL) || memchr (p, '\0', (gsize) (stop - p)) != NULL)
        bad_row (&r, line, _("the line is not UTF-8 text; save the file as “CSV UTF-8”"));
      else
        {
          text = g_strndup (p, (gsize) (stop - p));
          g_strstrip (text);
          if (*text != '\0' && *text != '#')
            {
              read_row (&r, text, line);
              r.header_allowed = FALSE;
            }
        }
      p = nl != NULL ? nl + 1 : end;
    }

  if (r.n_bad > ITA_LIMIT_CSV_MESSAGES)
    {
      g_string_append_c (errors, '\n');
      g_string_append_printf (errors, _("… and %u more bad lines (%u in all)."),
                              r.n_bad - ITA_LIMIT_CSV_MESSAGES, r.n_bad);
    }
  if (r.n_bad > 0)
    {
      g_set_error_literal (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_BAD_ROWS, errors->str);
      return NULL;
    }
  return g_steal_pointer (&scores);
}
