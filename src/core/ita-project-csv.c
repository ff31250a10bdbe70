/* ita-project-csv.c: CSV exports of the scores, the OIT checklist, the
 * measures, their progress entries and the limitations
 * (docs/csv-exports.md)
 *
 * UTF-8 with a byte-order mark so that Excel shows Thai, CRLF line ends,
 * every text cell quoted, and a text cell that Excel would run as a
 * formula (= + - @) prefixed with an apostrophe. The language decides the
 * dates (BE with Thai month names in Thai, ISO otherwise) and, in
 * English, the words.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-project-json-private.h"
#include "ita-period.h"
#include "ita-project-private.h"
#include "ita-thai.h"

typedef struct {
  GString  *out;
  gboolean  english;      /* words untranslated, whatever the interface */
  gboolean  thai_dates;   /* "1 ตุลาคม 2568" instead of 2025-10-01 */
} Csv;

/* A word of the export: msgid is N_()-marked. */
static const char *
T (const Csv  *csv,
   const char *msgid)
{
  return csv->english ? msgid : g_dgettext (GETTEXT_PACKAGE, msgid);
}

static char *
date_text (const Csv   *csv,
           const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  if (csv->thai_dates)
    return ita_thai_format_date (date, FALSE, FALSE);
  return ita_date_to_iso (date);
}

static void
cell (GString    *out,
      const char *text,
      gboolean    first)
{
  if (!first)
    g_string_append_c (out, ',');
  g_string_append_c (out, '"');
  if (text != NULL && strchr ("=+-@\t\r", text[0]) != NULL && text[0] != '\0')
    g_string_append_c (out, '\'');
  for (const char *p = text ? text : ""; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append (out, "\"\"");
      else if (*p == '\n' && (p == text || p[-1] != '\r'))
        g_string_append (out, "\r\n");
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
cell_take (GString  *out,
           char     *text)
{
  cell (out, text, FALSE);
  g_free (text);
}

static void
end_row (GString *out)
{
  g_string_append (out, "\r\n");
}

static void
header (const Csv          *csv,
        const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    cell (csv->out, T (csv, names[i]), i == 0);
  end_row (csv->out);
}

static char *
centi (ItaCenti value)
{
  return value == ITA_CENTI_NONE ? g_strdup ("") : ita_decimal_format (value, FALSE);
}

static const char *
category_label (const Csv   *csv,
                ItaCategory  category)
{
  switch (category)
    {
    case ITA_CATEGORY_MAINTAIN:
      return T (csv, N_("Maintain"));
    case ITA_CATEGORY_RAISE:
      return T (csv, N_("Raise"));
    case ITA_CATEGORY_IMPROVE:
      return T (csv, N_("Improve"));
    case ITA_CATEGORY_NONE:
    default:
      return "";
    }
}

/* Scores ------------------------------------------------------------- */

static const char *
figure_status_label (const Csv *csv,
                     guint      flags)
{
  if ((flags & ITA_LEVEL_INCOMPLETE) && (flags & ITA_LEVEL_PROVISIONAL))
    return T (csv, N_("Incomplete, provisional"));
  if (flags & ITA_LEVEL_INCOMPLETE)
    return csv->english ? "Incomplete" : C_("figure", "Incomplete");
  if (flags & ITA_LEVEL_PROVISIONAL)
    return T (csv, N_("Provisional"));
  return T (csv, N_("Final"));
}

/* The result's reasons and labels come in Thai and English: Thai when the
 * words of the export are Thai (not forced to English, Thai interface). */
static gboolean
thai_words (const Csv *csv)
{
  const char * const *names = g_get_language_names ();

  return !csv->english && names[0] != NULL && g_str_has_prefix (names[0], "th");
}

/* the reasons of a figure that is not final, one per line */
static char *
reasons_text (const Csv  *csv,
              ItaResult  *result,
              const char *key)
{
  g_autoptr(GPtrArray) reasons = ita_result_get_reasons (result, key);
  GString *text = g_string_new (NULL);
  gboolean thai = thai_words (csv);

  for (guint i = 0; i < reasons->len; i++)
    {
      const ItaReason *x = g_ptr_array_index (reasons, i);

      if (i > 0)
        g_string_append (text, "\n");
      g_string_append (text, thai ? x->text_th : x->text_en);
    }
  return g_string_free (text, FALSE);
}

static void
score_row (const Csv  *csv,
           ItaResult  *result,
           ItaScores  *scores,
           const char *key,
           const char *level,
           const char *name)
{
  const ItaLevel *l = ita_result_get_level (result, key);
  GString *out = csv->out;
  gboolean item = ita_framework_lookup_item (ita_result_get_framework (result), key) != NULL;

  cell (out, key, TRUE);
  cell (out, level, FALSE);
  cell (out, name, FALSE);
  cell_take (out, centi (ita_scores_get (scores, key)));
  cell_take (out, centi (l ? l->computed : ITA_CENTI_NONE));
  cell_take (out, centi (l ? l->value : ITA_CENTI_NONE));
  cell (out, category_label (csv, ita_result_get_category (result, key)), FALSE);
  cell (out, l != NULL && l->value != ITA_CENTI_NONE && !item ? figure_status_label (csv, l->flags) : "", FALSE);
  cell_take (out, item ? g_strdup ("") : reasons_text (csv, result, key));
  end_row (out);
}

/* The grade: the one NACC published as entered, the one the figures
 * give, and what counts (the official one when it is entered). */
static void
grade_row (const Csv  *csv,
           ItaResult  *result)
{
  GString *out = csv->out;
  const ItaGrade *grade = ita_result_get_grade (result);
  const ItaGradeBand *official = ita_result_get_official_grade (result);
  gboolean thai = thai_words (csv);
  const char *computed = grade != NULL ? (thai ? grade->label_th : grade->label_en) : "";
  const char *entered = official != NULL ? (thai ? official->label_th : official->label_en) : "";
  g_autofree char *note = NULL;

  if (grade == NULL && official == NULL)
    return;
  if (official == NULL && grade != NULL && (grade->flags & ITA_LEVEL_INCOMPLETE))
    computed = "";   /* incomplete figures give no grade */
  note = reasons_text (csv, result, "GRADE");
  if (ita_result_grade_differs (result))
    {
      g_autofree char *why = g_strdup_printf (T (csv, N_("The official grade differs from the grade the figures give: %s")),
                                             thai ? grade->explanation_th : grade->explanation_en);
      char *both = *note != '\0' ? g_strconcat (why, "\n", note, NULL) : g_strdup (why);

      g_free (note);
      note = both;
    }

  cell (out, "grade", TRUE);
  cell (out, T (csv, N_("Grade")), FALSE);
  cell (out, T (csv, N_("Grade (rating)")), FALSE);
  cell (out, entered, FALSE);
  cell (out, computed, FALSE);
  cell (out, official != NULL ? entered : computed, FALSE);
  cell (out, "", FALSE);
  cell (out, official != NULL ? figure_status_label (csv, 0) : grade != NULL ? figure_status_label (csv, grade->flags) : "", FALSE);
  cell (out, official != NULL && !ita_result_grade_differs (result) ? "" : note, FALSE);
  end_row (out);
}

static void
export_scores (ItaProject *self,
               const Csv  *csv)
{
  static const char * const names[] = {
    N_("Code"), N_("Level"), N_("Name"), N_("Entered"), N_("Computed"), N_("Value"),
    N_("Category"), N_("Status"), N_("Note"), NULL
  };
  g_autoptr(ItaScores) scores = ita_project_get_scores (self);
  g_autoptr(ItaResult) result = ita_project_compute (self);
  ItaFramework *fw = self->edition;

  header (csv, names);
  score_row (csv, result, scores, "TOTAL", T (csv, N_("Total")), T (csv, N_("ITA total")));
  grade_row (csv, result);
  for (int t = 0; t < ITA_N_TOOLS; t++)
    {
      const ItaToolDef *tool = ita_framework_get_tool (fw, (ItaTool) t);

      score_row (csv, result, scores, tool->code, T (csv, N_("Tool")), tool->name_th);
      for (guint p = 0; p < tool->n_parts; p++)
        score_row (csv, result, scores, tool->parts[p].code, T (csv, N_("Tool part")),
                   tool->parts[p].name_th);
    }
  for (int n = 1; n <= 10; n++)
    {
      const ItaIndicatorDef *ind = ita_framework_get_indicator (fw, n);
      g_autofree char *key = g_strdup_printf ("ind:%d", n);

      if (ind == NULL)
        continue;
      score_row (csv, result, scores, key, T (csv, N_("Indicator")), ind->name_th);
      for (guint s = 0; s < ind->n_subs; s++)
        {
          g_autofree char *sub = g_strdup_printf ("sub:%s", ind->subs[s].code);

          score_row (csv, result, scores, sub, T (csv, N_("Sub-indicator")), ind->subs[s].name_th);
        }
      for (guint i = 0; i < ita_framework_get_n_items (fw); i++)
        {
          const ItaItemDef *item = ita_framework_get_item (fw, i);

          if (item->indicator == n)
            score_row (csv, result, scores, item->code, T (csv, N_("Item")), item->text_th);
        }
    }
}

/* Checklist ---------------------------------------------------------- */

static char *
unit_name (const Csv *csv,
           GPtrArray *units,
           gint64     id)
{
  if (id == ITA_UNIT_ALL)
    return g_strdup (T (csv, N_("All units")));
  for (guint i = 0; i < units->len; i++)
    {
      ItaUnit *u = g_ptr_array_index (units, i);

      if (u->id == id)
        return g_strdup (u->name);
    }
  return g_strdup ("");
}

/* One unit a line; "Parent / Name" where two units share a name, so that
 * the import finds the right one. */
static char *
checklist_units (GPtrArray *units,
                 GArray    *ids)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autofree char *label = ita_project_unit_label (units, g_array_index (ids, gint64, i));

      g_string_append_printf (s, "%s%s", i ? "\n" : "", label);
    }
  return g_string_free (s, FALSE);
}

static void
export_checklist (ItaProject *self,
                  const Csv  *csv,
                  gint64      unit_id,
                  guint       status_mask)
{
  static const char * const names[] = {
    N_("Item"), N_("Sub-indicator"), N_("Evidence"), N_("Status"), N_("URLs"),
    N_("Explanation"), N_("Unit"), N_("Due date"), N_("Note"), N_("Last checked"),
    N_("Last link check"), N_("Link check results"), N_("Data period"), NULL
  };
  g_autoptr(GPtrArray) entries = ita_project_get_checklist_for_unit (self, unit_id);
  g_autoptr(GPtrArray) units = ita_project_get_units (self);
  GString *out = csv->out;
  g_autoptr(GPtrArray) checks = ita_project_get_url_checks (self);
  gboolean thai = thai_words (csv);

  header (csv, names);
  for (guint i = 0; i < entries->len; i++)
    {
      ItaChecklistEntry *e = g_ptr_array_index (entries, i);
      const ItaItemDef *def = ita_framework_lookup_item (self->edition, e->item);
      const ItaIndicatorDef *ind = ita_framework_get_indicator (self->edition, def->indicator);

      if (status_mask != 0 && (status_mask & ITA_EVIDENCE_MASK (e->status)) == 0)
        continue;
      cell (out, e->item, TRUE);
      cell (out, def->sub_index >= 0 && ind ? ind->subs[def->sub_index].code : "", FALSE);
      cell (out, def->text_th, FALSE);
      cell (out, csv->english ? ita_evidence_status_label_en (e->status)
                              : ita_evidence_status_label (e->status), FALSE);
      cell_take (out, g_strjoinv ("\n", e->urls));
      cell (out, e->explanation, FALSE);
      cell_take (out, checklist_units (units, e->unit_ids));
      cell_take (out, date_text (csv, &e->due_date));
      cell (out, e->note, FALSE);
      cell_take (out, date_text (csv, &e->last_checked));
      {
        g_autofree char *latest = NULL;
        g_autofree char *results = ita_url_checks_summarize (checks, e->item, e->urls, &latest);

        cell (out, latest, FALSE);
        cell (out, results, FALSE);
      }
      cell_take (out, ita_period_describe (def, self->fiscal_year, thai, FALSE));
      end_row (out);
    }
}

/* Measures ----------------------------------------------------------- */

static char *
numbered (char * const *steps)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; steps[i] != NULL; i++)
    g_string_append_printf (s, "%s%u. %s", i ? "\n" : "", i + 1, steps[i]);
  return g_string_free (s, FALSE);
}

static char *
unit_names (const Csv *csv,
            GPtrArray *units,
            GArray    *ids)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autofree char *name = unit_name (csv, units, g_array_index (ids, gint64, i));

      g_string_append_printf (s, "%s%s", i ? ", " : "", name);
    }
  return g_string_free (s, FALSE);
}

static const char *
status_label (const Csv        *csv,
              ItaMeasureStatus  status)
{
  return csv->english ? ita_measure_status_label_en (status) : ita_measure_status_label (status);
}

/* One line per entry: "date: what was done — outcome; Remarks: …" */
static char *
progress_text (const Csv *csv,
               GPtrArray *progress)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < progress->len; i++)
    {
      ItaProgress *p = g_ptr_array_index (progress, i);
      g_autofree char *date = date_text (csv, &p->date);

      g_string_append_printf (s, "%s%s: %s", i ? "\n" : "", date, p->done);
      if (*p->outcome != '\0')
        g_string_append_printf (s, " — %s", p->outcome);
      if (*p->remarks != '\0')
        g_string_append_printf (s, "; %s: %s", T (csv, N_("Remarks")), p->remarks);
    }
  return g_string_free (s, FALSE);
}

static void
export_measures (ItaProject *self,
                 const Csv  *csv)
{
  static const char * const names[] = {
    N_("No."), N_("Measure"), N_("Issue"), N_("Targets"), N_("Methods"), N_("Steps"),
    N_("Responsible units"), N_("Start"), N_("End"), N_("Budget (baht)"), N_("KPI"),
    N_("Target"), N_("Status"), N_("Progress"), NULL
  };
  g_autoptr(GPtrArray) measures = ita_project_get_measures (self);
  g_autoptr(GPtrArray) units = ita_project_get_units (self);
  GString *out = csv->out;

  header (csv, names);
  for (guint i = 0; i < measures->len; i++)
    {
      ItaMeasure *m = g_ptr_array_index (measures, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      cell (out, number, TRUE);
      cell (out, m->title, FALSE);
      cell (out, m->issue, FALSE);
      cell_take (out, g_strjoinv (", ", m->targets));
      cell (out, m->methods, FALSE);
      cell_take (out, numbered (m->steps));
      cell_take (out, unit_names (csv, units, m->unit_ids));
      cell_take (out, date_text (csv, &m->start));
      cell_take (out, date_text (csv, &m->end));
      cell_take (out, m->budget >= 0 ? ita_project_format_budget (m->budget) : g_strdup (""));
      cell (out, m->kpi, FALSE);
      cell (out, m->target, FALSE);
      cell (out, status_label (csv, m->status), FALSE);
      cell_take (out, progress_text (csv, m->progress));
      end_row (out);
    }
}

/* Progress ------------------------------------------------------------ */

static void
progress_row (const Csv         *csv,
              guint              number,
              const ItaMeasure  *m,
              const ItaProgress *p)
{
  g_autofree char *n = g_strdup_printf ("%u", number);
  GString *out = csv->out;

  cell (out, n, TRUE);
  cell (out, m->title, FALSE);
  cell (out, status_label (csv, m->status), FALSE);
  cell_take (out, p ? date_text (csv, &p->date) : g_strdup (""));
  cell (out, p ? p->done : "", FALSE);
  cell (out, p ? p->outcome : "", FALSE);
  cell (out, p ? p->remarks : "", FALSE);
  end_row (out);
}

static void
export_progress (ItaProject *self,
                 const Csv  *csv)
{
  static const char * const names[] = {
    N_("No."), N_("Measure"), N_("Status"), N_("Date"), N_("What was done"), N_("Outcome"),
    N_("Remarks"), NULL
  };
  g_autoptr(GPtrArray) measures = ita_project_get_measures (self);

  header (csv, names);
  for (guint i = 0; i < measures->len; i++)
    {
      ItaMeasure *m = g_ptr_array_index (measures, i);

      if (m->progress->len == 0)
        progress_row (csv, i + 1, m, NULL);
      for (guint k = 0; k < m->progress->len; k++)
        progress_row (csv, i + 1, m, g_ptr_array_index (m->progress, k));
    }
}

/* Limitations ---------------------------------------------------------- */

static void
export_limitations (ItaProject *self,
                    const Csv  *csv)
{
  static const char * const names[] = { N_("No."), N_("Kind"), N_("Limitation"), NULL };
  g_autoptr(GPtrArray) limitations = ita_project_get_limitations (self);
  GString *out = csv->out;

  header (csv, names);
  for (guint i = 0; i < limitations->len; i++)
    {
      ItaLimitation *l = g_ptr_array_index (limitations, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      cell (out, number, TRUE);
      cell (out, csv->english ? ita_limitation_kind_label_en (l->kind)
                              : ita_limitation_kind_label (l->kind), FALSE);
      cell (out, l->text, FALSE);
      end_row (out);
    }
}

GBytes *
ita_project_export_csv_in (ItaProject     *self,
                           ItaProjectCsv   which,
                           ItaLanguage     language,
                           GError        **error)
{
  Csv csv = { NULL, FALSE, FALSE };

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (which <= ITA_PROJECT_CSV_LIMITATIONS, NULL);

  if (!ita_project_check_open (self, error))
    return NULL;
  csv.english = language == ITA_LANGUAGE_ENGLISH;
  csv.thai_dates = ita_language_is_thai (language);
  csv.out = g_string_new ("\xEF\xBB\xBF");
  switch (which)
    {
    case ITA_PROJECT_CSV_SCORES:
      export_scores (self, &csv);
      break;
    case ITA_PROJECT_CSV_CHECKLIST:
      export_checklist (self, &csv, ITA_ID_NONE, 0);
      break;
    case ITA_PROJECT_CSV_PROGRESS:
      export_progress (self, &csv);
      break;
    case ITA_PROJECT_CSV_LIMITATIONS:
      export_limitations (self, &csv);
      break;
    case ITA_PROJECT_CSV_MEASURES:
    default:
      export_measures (self, &csv);
      break;
    }
  return g_string_free_to_bytes (csv.out);
}

GBytes *
ita_project_export_csv (ItaProject     *self,
                        ItaProjectCsv   which,
                        GError        **error)
{
  return ita_project_export_csv_in (self, which, ITA_LANGUAGE_INTERFACE, error);
}

GBytes *
ita_project_export_checklist_csv (ItaProject  *self,
                                  gint64       unit_id,
                                  guint        status_mask,
                                  GError     **error)
{
  Csv csv = { NULL, FALSE, FALSE };

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);

  if (!ita_project_check_open (self, error))
    return NULL;
  csv.thai_dates = ita_language_is_thai (ITA_LANGUAGE_INTERFACE);
  csv.out = g_string_new ("\xEF\xBB\xBF");
  export_checklist (self, &csv, unit_id, status_mask);
  return g_string_free_to_bytes (csv.out);
}
