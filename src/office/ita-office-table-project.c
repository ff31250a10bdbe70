/* ita-office-table-project.c: the tables of a project (the rows of
 * docs/csv-exports.md, typed) */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ita-office.h"
#include "ita-office-table-project.h"
#include "ita-period.h"

static const char *kind_names[ITA_OFFICE_N_TABLES] = {
  [ITA_OFFICE_TABLE_SCORES] = "scores",
  [ITA_OFFICE_TABLE_CHECKLIST] = "checklist",
  [ITA_OFFICE_TABLE_MEASURES] = "measures",
  [ITA_OFFICE_TABLE_LIMITATIONS] = "limitations",
};

const char *
ita_office_table_kind_to_string (ItaOfficeTableKind kind)
{
  g_return_val_if_fail (kind < ITA_OFFICE_N_TABLES, NULL);

  return kind_names[kind];
}

gboolean
ita_office_table_kind_from_string (const char         *name,
                                   ItaOfficeTableKind *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  for (guint k = 0; name != NULL && k < ITA_OFFICE_N_TABLES; k++)
    {
      if (g_str_equal (name, kind_names[k]))
        {
          *out = k;
          return TRUE;
        }
    }
  return FALSE;
}

typedef struct {
  const char          *title;   /* N_() */
  ItaOfficeColumnType  type;
} ColumnDef;

static ItaOfficeTable *
new_table (ItaProject        *project,
           const char        *id,
           const char        *title,
           const ColumnDef   *columns,
           guint              n_columns)
{
  ItaOfficeTable *table = ita_office_table_new (id, title);
  g_autoptr(ItaAgency) agency = ita_project_get_agency (project);
  g_autofree char *year = g_strdup_printf (_("FY %d"), ita_project_get_fiscal_year (project));

  if (agency != NULL && agency->name != NULL && *agency->name != '\0')
    {
      g_autofree char *caption = g_strdup_printf ("%s · %s", agency->name, year);

      ita_office_table_set_caption (table, caption);
    }
  else
    ita_office_table_set_caption (table, year);
  for (guint i = 0; i < n_columns; i++)
    ita_office_table_add_column (table, g_dgettext (GETTEXT_PACKAGE, columns[i].title), columns[i].type);
  return table;
}

/* Scores ----------------------------------------------------------------- */

static const char *
category_label (ItaCategory category)
{
  switch (category)
    {
    case ITA_CATEGORY_MAINTAIN:
      return _("Maintain");
    case ITA_CATEGORY_RAISE:
      return _("Raise");
    case ITA_CATEGORY_IMPROVE:
      return _("Improve");
    case ITA_CATEGORY_NONE:
    default:
      return "";
    }
}

static gboolean
is_item (ItaResult  *result,
         const char *key)
{
  return ita_framework_lookup_item (ita_result_get_framework (result), key) != NULL;
}

static const char *
figure_status_label (guint flags)
{
  if ((flags & ITA_LEVEL_INCOMPLETE) && (flags & ITA_LEVEL_PROVISIONAL))
    return _("Incomplete, provisional");
  if (flags & ITA_LEVEL_INCOMPLETE)
    return C_("figure", "Incomplete");
  if (flags & ITA_LEVEL_PROVISIONAL)
    return _("Provisional");
  return _("Final");
}

static gboolean
thai_interface (void)
{
  const char * const *names = g_get_language_names ();

  return names[0] != NULL && g_str_has_prefix (names[0], "th");
}

static char *
reasons_text (ItaResult  *result,
              const char *key)
{
  g_autoptr(GPtrArray) reasons = ita_result_get_reasons (result, key);
  GString *text = g_string_new (NULL);
  gboolean thai = thai_interface ();

  for (guint i = 0; i < reasons->len; i++)
    {
      const ItaReason *x = g_ptr_array_index (reasons, i);

      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", thai ? x->text_th : x->text_en);
    }
  return g_string_free (text, FALSE);
}

static void
score_row (ItaOfficeTable *table,
           ItaResult      *result,
           ItaScores      *scores,
           const char     *key,
           const char     *level,
           const char     *name,
           gboolean        emphasis)
{
  const ItaLevel *l = ita_result_get_level (result, key);

  ita_office_table_begin_row (table, emphasis ? ITA_OFFICE_ROW_EMPHASIS : ITA_OFFICE_ROW_NORMAL);
  ita_office_table_add_text (table, key);
  ita_office_table_add_text (table, level);
  ita_office_table_add_text (table, name);
  ita_office_table_add_score (table, ita_scores_get (scores, key));
  ita_office_table_add_score (table, l != NULL ? l->computed : ITA_CENTI_NONE);
  ita_office_table_add_score (table, l != NULL ? l->value : ITA_CENTI_NONE);
  ita_office_table_add_text (table, category_label (ita_result_get_category (result, key)));
  ita_office_table_add_text (table, l != NULL && l->value != ITA_CENTI_NONE && !is_item (result, key)
                                      ? figure_status_label (l->flags) : "");
  if (is_item (result, key))
    ita_office_table_add_text (table, "");
  else
    {
      g_autofree char *why = reasons_text (result, key);

      ita_office_table_add_text (table, why);
    }
}

/* The grade row of the scores CSV (docs/csv-exports.md) */
static void
grade_row (ItaOfficeTable *table,
           ItaResult      *result)
{
  const ItaGrade *grade = ita_result_get_grade (result);
  const ItaGradeBand *official = ita_result_get_official_grade (result);
  gboolean thai = thai_interface ();
  const char *computed = grade != NULL ? (thai ? grade->label_th : grade->label_en) : "";
  const char *entered = official != NULL ? (thai ? official->label_th : official->label_en) : "";
  g_autofree char *note = NULL;

  if (grade == NULL && official == NULL)
    return;
  if (official == NULL && grade != NULL && (grade->flags & ITA_LEVEL_INCOMPLETE))
    computed = "";
  note = reasons_text (result, "GRADE");
  if (ita_result_grade_differs (result))
    {
      g_autofree char *why = g_strdup_printf (_("The official grade differs from the grade the figures give: %s"),
                                             thai ? grade->explanation_th : grade->explanation_en);
      char *both = *note != '\0' ? g_strconcat (why, "\n", note, NULL) : g_strdup (why);

      g_free (note);
      note = both;
    }
  /* the grades are words in the score columns */
  ita_office_table_begin_row (table, ITA_OFFICE_ROW_EMPHASIS);
  ita_office_table_add_text (table, "grade");
  ita_office_table_add_text (table, _("Grade"));
  ita_office_table_add_text (table, _("Grade (rating)"));
  ita_office_table_add_label (table, entered);
  ita_office_table_add_label (table, computed);
  ita_office_table_add_label (table, official != NULL ? entered : computed);
  ita_office_table_add_empty (table);
  ita_office_table_add_text (table, official != NULL ? figure_status_label (0)
                                    : grade != NULL ? figure_status_label (grade->flags) : "");
  ita_office_table_add_text (table, official != NULL && !ita_result_grade_differs (result) ? "" : note);
}

static ItaOfficeTable *
scores_table (ItaProject *project)
{
  static const ColumnDef columns[] = {
    { N_("Code"), ITA_OFFICE_COLUMN_TEXT },
    { N_("Level"), ITA_OFFICE_COLUMN_TEXT },
    { N_("Name"), ITA_OFFICE_COLUMN_TEXT },
    { N_("Entered"), ITA_OFFICE_COLUMN_SCORE },
    { N_("Computed"), ITA_OFFICE_COLUMN_SCORE },
    { N_("Value"), ITA_OFFICE_COLUMN_SCORE },
    { N_("Category"), ITA_OFFICE_COLUMN_TEXT },
    { N_("Status"), ITA_OFFICE_COLUMN_TEXT },
    { N_("Note"), ITA_OFFICE_COLUMN_TEXT },
  };
  ItaOfficeTable *table = new_table (project, "scores", _("Scores"), columns, G_N_ELEMENTS (columns));
  g_autoptr(ItaScores) scores = ita_project_get_scores (project);
  g_autoptr(ItaResult) result = ita_project_compute (project);
  ItaFramework *fw = ita_project_get_edition (project);

  score_row (table, result, scores, "TOTAL", _("Total"), _("ITA total"), TRUE);
  grade_row (table, result);
  for (int t = 0; t < ITA_N_TOOLS; t++)
    {
      const ItaToolDef *tool = ita_framework_get_tool (fw, (ItaTool) t);

      score_row (table, result, scores, tool->code, _("Tool"), tool->name_th, TRUE);
      for (guint p = 0; p < tool->n_parts; p++)
        score_row (table, result, scores, tool->parts[p].code, _("Tool part"), tool->parts[p].name_th, FALSE);
    }
  for (int n = 1; n <= 10; n++)
    {
      const ItaIndicatorDef *ind = ita_framework_get_indicator (fw, n);
      g_autofree char *key = g_strdup_printf ("ind:%d", n);

      if (ind == NULL)
        continue;
      score_row (table, result, scores, key, _("Indicator"), ind->name_th, TRUE);
      for (guint s = 0; s < ind->n_subs; s++)
        {
          g_autofree char *sub = g_strdup_printf ("sub:%s", ind->subs[s].code);

          score_row (table, result, scores, sub, _("Sub-indicator"), ind->subs[s].name_th, FALSE);
        }
      for (guint i = 0; i < ita_framework_get_n_items (fw); i++)
        {
          const ItaItemDef *item = ita_framework_get_item (fw, i);

          if (item->indicator == n)
            score_row (table, result, scores, item->code, _("Item"), item->text_th, FALSE);
        }
    }
  return table;
}

/* Checklist -------------------------------------------------------------- */

static char *
unit_name (GPtrArray *units,
           gint64     id)
{
  if (id == ITA_UNIT_ALL)
    return g_strdup (_("All units"));
  for (guint i = 0; i < units->len; i++)
    {
      ItaUnit *u = g_ptr_array_index (units, i);

      if (u->id == id)
        return g_strdup (u->name);
    }
  return g_strdup ("");
}

/* One unit a line, named as the checklist CSV names them. */
static char *
checklist_units (ItaProject *project,
                 GArray     *ids)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autofree char *label = ita_project_get_unit_label (project, g_array_index (ids, gint64, i));

      g_string_append_printf (s, "%s%s", i ? "\n" : "", label);
    }
  return g_string_free (s, FALSE);
}

static ItaOfficeTable *
checklist_table (ItaProject *project)
{
  static const ColumnDef columns[] = {
    { N_("Item"), ITA_OFFICE_COLUMN_TEXT },
    { N_("Sub-indicator"), ITA_OFFICE_COLUMN_TEXT },
    { N_("Evidence"), ITA_OFFICE_COLUMN_TEXT },
    { N_("Status"), ITA_OFFICE_COLUMN_TEXT },
    { N_("URLs"), ITA_OFFICE_COLUMN_TEXT },
    { N_("Explanation"), ITA_OFFICE_COLUMN_TEXT },
    { N_("Unit"), ITA_OFFICE_COLUMN_TEXT },
    { N_("Due date"), ITA_OFFICE_COLUMN_DATE },
    { N_("Note"), ITA_OFFICE_COLUMN_TEXT },
    { N_("Last checked"), ITA_OFFICE_COLUMN_DATE },
    { N_("Last link check"), ITA_OFFICE_COLUMN_TEXT },
    { N_("Link check results"), ITA_OFFICE_COLUMN_TEXT },
    { N_("Data period"), ITA_OFFICE_COLUMN_TEXT },
  };
  ItaOfficeTable *table = new_table (project, "checklist", _("OIT checklist"), columns, G_N_ELEMENTS (columns));
  g_autoptr(GPtrArray) entries = ita_project_get_checklist (project);
  g_autoptr(GPtrArray) checks = ita_project_get_url_checks (project);
  ItaFramework *fw = ita_project_get_edition (project);
  int fiscal_year = ita_project_get_fiscal_year (project);

  for (guint i = 0; i < entries->len; i++)
    {
      ItaChecklistEntry *e = g_ptr_array_index (entries, i);
      g_autofree char *latest = NULL;
      g_autofree char *results = ita_url_checks_summarize (checks, e->item, e->urls, &latest);
      const ItaItemDef *def = ita_framework_lookup_item (fw, e->item);
      const ItaIndicatorDef *ind = def != NULL ? ita_framework_get_indicator (fw, def->indicator) : NULL;

      ita_office_table_begin_row (table, ITA_OFFICE_ROW_NORMAL);
      ita_office_table_add_text (table, e->item);
      ita_office_table_add_text (table, def != NULL && def->sub_index >= 0 && ind != NULL
                                        ? ind->subs[def->sub_index].code : "");
      ita_office_table_add_text (table, def != NULL ? def->text_th : "");
      ita_office_table_add_text (table, ita_evidence_status_label (e->status));
      ita_office_table_take_text (table, g_strjoinv ("\n", e->urls));
      ita_office_table_add_text (table, e->explanation);
      ita_office_table_take_text (table, checklist_units (project, e->unit_ids));
      ita_office_table_add_date (table, &e->due_date);
      ita_office_table_add_text (table, e->note);
      ita_office_table_add_date (table, &e->last_checked);
      ita_office_table_add_text (table, latest);
      ita_office_table_add_text (table, results);
      ita_office_table_take_text (table, def != NULL ? ita_period_describe (def, fiscal_year, thai_interface (), FALSE)
                                                     : NULL);
    }
  return table;
}

/* Measures --------------------------------------------------------------- */

static char *
numbered (char * const *steps)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; steps[i] != NULL; i++)
    g_string_append_printf (s, "%s%u. %s", i ? "\n" : "", i + 1, steps[i]);
  return g_string_free (s, FALSE);
}

static char *
unit_names (GPtrArray *units,
            GArray    *ids)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autofree char *name = unit_name (units, g_array_index (ids, gint64, i));

      g_string_append_printf (s, "%s%s", i ? ", " : "", name);
    }
  return g_string_free (s, FALSE);
}

/* "2025-01-15: what was done — outcome", one line per entry: the CSV's
 * text; the date stays ISO here too, since it is inside a text cell. */
static char *
progress_text (GPtrArray *progress)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < progress->len; i++)
    {
      ItaProgress *p = g_ptr_array_index (progress, i);
      g_autofree char *date = NULL;

      if (g_date_valid (&p->date))
        date = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&p->date),
                                g_date_get_month (&p->date), g_date_get_day (&p->date));
      g_string_append_printf (s, "%s%s: %s", i ? "\n" : "", date ? date : "", p->done);
      if (*p->outcome != '\0')
        g_string_append_printf (s, " — %s", p->outcome);
    }
  return g_string_free (s, FALSE);
}

static ItaOfficeTable *
measures_table (ItaProject *project)
{
  static const ColumnDef columns[] = {
    { N_("No."), ITA_OFFICE_COLUMN_INTEGER },
    { N_("Measure"), ITA_OFFICE_COLUMN_TEXT },
    { N_("Issue"), ITA_OFFICE_COLUMN_TEXT },
    { N_("Targets"), ITA_OFFICE_COLUMN_TEXT },
    { N_("Methods"), ITA_OFFICE_COLUMN_TEXT },
    { N_("Steps"), ITA_OFFICE_COLUMN_TEXT },
    { N_("Responsible units"), ITA_OFFICE_COLUMN_TEXT },
    { N_("Start"), ITA_OFFICE_COLUMN_DATE },
    { N_("End"), ITA_OFFICE_COLUMN_DATE },
    { N_("Budget (baht)"), ITA_OFFICE_COLUMN_MONEY },
    { N_("KPI"), ITA_OFFICE_COLUMN_TEXT },
    { N_("Target"), ITA_OFFICE_COLUMN_TEXT },
    { N_("Status"), ITA_OFFICE_COLUMN_TEXT },
    { N_("Progress"), ITA_OFFICE_COLUMN_TEXT },
  };
  ItaOfficeTable *table = new_table (project, "measures", _("Measures"), columns, G_N_ELEMENTS (columns));
  g_autoptr(GPtrArray) measures = ita_project_get_measures (project);
  g_autoptr(GPtrArray) units = ita_project_get_units (project);

  for (guint i = 0; i < measures->len; i++)
    {
      ItaMeasure *m = g_ptr_array_index (measures, i);

      ita_office_table_begin_row (table, ITA_OFFICE_ROW_NORMAL);
      ita_office_table_add_integer (table, i + 1);
      ita_office_table_add_text (table, m->title);
      ita_office_table_add_text (table, m->issue);
      ita_office_table_take_text (table, g_strjoinv (", ", m->targets));
      ita_office_table_add_text (table, m->methods);
      ita_office_table_take_text (table, numbered (m->steps));
      ita_office_table_take_text (table, unit_names (units, m->unit_ids));
      ita_office_table_add_date (table, &m->start);
      ita_office_table_add_date (table, &m->end);
      ita_office_table_add_money (table, m->budget);
      ita_office_table_add_text (table, m->kpi);
      ita_office_table_add_text (table, m->target);
      ita_office_table_add_text (table, ita_measure_status_label (m->status));
      ita_office_table_take_text (table, progress_text (m->progress));
    }
  return table;
}

/* Limitations ------------------------------------------------------------ */

static ItaOfficeTable *
limitations_table (ItaProject *project)
{
  static const ColumnDef columns[] = {
    { N_("No."), ITA_OFFICE_COLUMN_INTEGER },
    { N_("Kind"), ITA_OFFICE_COLUMN_TEXT },
    { N_("Limitation"), ITA_OFFICE_COLUMN_TEXT },
  };
  ItaOfficeTable *table = new_table (project, "limitations", _("Limitations"), columns, G_N_ELEMENTS (columns));
  g_autoptr(GPtrArray) limitations = ita_project_get_limitations (project);

  for (guint i = 0; i < limitations->len; i++)
    {
      ItaLimitation *l = g_ptr_array_index (limitations, i);

      ita_office_table_begin_row (table, ITA_OFFICE_ROW_NORMAL);
      ita_office_table_add_integer (table, i + 1);
      ita_office_table_add_text (table, ita_limitation_kind_label (l->kind));
      ita_office_table_add_text (table, l->text);
    }
  return table;
}

static gboolean
check_open (ItaProject  *project,
            GError     **error)
{
  if (!ita_project_is_closed (project))
    return TRUE;
  g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CLOSED,
               _("The project was closed; open it again."));
  return FALSE;
}

ItaOfficeTable *
ita_office_table_new_for_project (ItaProject          *project,
                                  ItaOfficeTableKind   kind,
                                  GError             **error)
{
  g_return_val_if_fail (ITA_IS_PROJECT (project), NULL);
  g_return_val_if_fail (kind < ITA_OFFICE_N_TABLES, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_open (project, error))
    return NULL;
  switch (kind)
    {
    case ITA_OFFICE_TABLE_SCORES:
      return scores_table (project);
    case ITA_OFFICE_TABLE_CHECKLIST:
      return checklist_table (project);
    case ITA_OFFICE_TABLE_MEASURES:
      return measures_table (project);
    case ITA_OFFICE_TABLE_LIMITATIONS:
      return limitations_table (project);
    case ITA_OFFICE_N_TABLES:
    default:
      g_return_val_if_reached (NULL);
    }
}

GBytes *
ita_office_export_csv (ItaProject          *project,
                       ItaOfficeTableKind   kind,
                       GError             **error)
{
  g_autoptr(ItaOfficeTable) table = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (project), NULL);
  g_return_val_if_fail (kind < ITA_OFFICE_N_TABLES, NULL);

  switch (kind)
    {
    case ITA_OFFICE_TABLE_SCORES:
      return ita_project_export_csv (project, ITA_PROJECT_CSV_SCORES, error);
    case ITA_OFFICE_TABLE_CHECKLIST:
      return ita_project_export_csv (project, ITA_PROJECT_CSV_CHECKLIST, error);
    case ITA_OFFICE_TABLE_MEASURES:
      return ita_project_export_csv (project, ITA_PROJECT_CSV_MEASURES, error);
    case ITA_OFFICE_TABLE_LIMITATIONS:
      return ita_project_export_csv (project, ITA_PROJECT_CSV_LIMITATIONS, error);
    case ITA_OFFICE_N_TABLES:
    default:
      table = ita_office_table_new_for_project (project, kind, error);
      return table != NULL ? ita_office_table_to_csv (table) : NULL;
    }
}
