/* ita-project-csv.c: CSV exports of the scores, the OIT checklist and the
 * measures (docs/csv-exports.md)
 *
 * UTF-8 with a byte-order mark so that Excel shows Thai, CRLF line ends,
 * every text cell quoted, and a text cell that Excel would run as a
 * formula (= + - @) prefixed with an apostrophe.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-project-json-private.h"
#include "ita-period.h"
#include "ita-project-private.h"

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
header (GString            *out,
        const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    cell (out, g_dgettext (GETTEXT_PACKAGE, names[i]), i == 0);
  end_row (out);
}

static char *
centi (ItaCenti value)
{
  return value == ITA_CENTI_NONE ? g_strdup ("") : ita_decimal_format (value, FALSE);
}

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

/* Scores ------------------------------------------------------------- */

static void
score_row (GString    *out,
           ItaResult  *result,
           ItaScores  *scores,
           const char *key,
           const char *level,
           const char *name)
{
  const ItaLevel *l = ita_result_get_level (result, key);

  cell (out, key, TRUE);
  cell (out, level, FALSE);
  cell (out, name, FALSE);
  cell_take (out, centi (ita_scores_get (scores, key)));
  cell_take (out, centi (l ? l->computed : ITA_CENTI_NONE));
  cell_take (out, centi (l ? l->value : ITA_CENTI_NONE));
  cell (out, category_label (ita_result_get_category (result, key)), FALSE);
  end_row (out);
}

static void
export_scores (ItaProject *self,
               GString    *out)
{
  static const char * const names[] = {
    N_("Code"), N_("Level"), N_("Name"), N_("Entered"), N_("Computed"), N_("Value"),
    N_("Category"), NULL
  };
  g_autoptr(ItaScores) scores = ita_project_get_scores (self);
  g_autoptr(ItaResult) result = ita_project_compute (self);
  ItaFramework *fw = self->edition;

  header (out, names);
  score_row (out, result, scores, "TOTAL", _("Total"), _("ITA total"));
  for (int t = 0; t < ITA_N_TOOLS; t++)
    {
      const ItaToolDef *tool = ita_framework_get_tool (fw, (ItaTool) t);

      score_row (out, result, scores, tool->code, _("Tool"), tool->name_th);
      for (guint p = 0; p < tool->n_parts; p++)
        score_row (out, result, scores, tool->parts[p].code, _("Tool part"), tool->parts[p].name_th);
    }
  for (int n = 1; n <= 10; n++)
    {
      const ItaIndicatorDef *ind = ita_framework_get_indicator (fw, n);
      g_autofree char *key = g_strdup_printf ("ind:%d", n);

      if (ind == NULL)
        continue;
      score_row (out, result, scores, key, _("Indicator"), ind->name_th);
      for (guint s = 0; s < ind->n_subs; s++)
        {
          g_autofree char *sub = g_strdup_printf ("sub:%s", ind->subs[s].code);

          score_row (out, result, scores, sub, _("Sub-indicator"), ind->subs[s].name_th);
        }
      for (guint i = 0; i < ita_framework_get_n_items (fw); i++)
        {
          const ItaItemDef *item = ita_framework_get_item (fw, i);

          if (item->indicator == n)
            score_row (out, result, scores, item->code, _("Item"), item->text_th);
        }
    }
}

/* Checklist ---------------------------------------------------------- */

/* The headers follow the interface language; so does the data period,
 * which is written in both languages by ita-period.c. Thai is the only
 * translation, so a translated header means Thai. */
static gboolean
interface_is_thai (void)
{
  return !g_str_equal (g_dgettext (GETTEXT_PACKAGE, "Item"), "Item");
}

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
                  gint64      unit_id,
                  guint       status_mask,
                  GString    *out)
{
  static const char * const names[] = {
    N_("Item"), N_("Sub-indicator"), N_("Evidence"), N_("Status"), N_("URLs"),
    N_("Explanation"), N_("Unit"), N_("Due date"), N_("Note"), N_("Last checked"),
    N_("Data period"), NULL
  };
  g_autoptr(GPtrArray) entries = ita_project_get_checklist_for_unit (self, unit_id);
  g_autoptr(GPtrArray) units = ita_project_get_units (self);
  gboolean thai = interface_is_thai ();

  header (out, names);
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
      cell (out, ita_evidence_status_label (e->status), FALSE);
      cell_take (out, g_strjoinv ("\n", e->urls));
      cell (out, e->explanation, FALSE);
      cell_take (out, checklist_units (units, e->unit_ids));
      cell_take (out, ita_date_to_iso (&e->due_date));
      cell (out, e->note, FALSE);
      cell_take (out, ita_date_to_iso (&e->last_checked));
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

static char *
progress_text (GPtrArray *progress)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < progress->len; i++)
    {
      ItaProgress *p = g_ptr_array_index (progress, i);
      g_autofree char *date = ita_date_to_iso (&p->date);

      g_string_append_printf (s, "%s%s: %s", i ? "\n" : "", date ? date : "", p->done);
      if (*p->outcome != '\0')
        g_string_append_printf (s, " — %s", p->outcome);
    }
  return g_string_free (s, FALSE);
}

static void
export_measures (ItaProject *self,
                 GString    *out)
{
  static const char * const names[] = {
    N_("No."), N_("Measure"), N_("Issue"), N_("Targets"), N_("Methods"), N_("Steps"),
    N_("Responsible units"), N_("Start"), N_("End"), N_("Budget (baht)"), N_("KPI"),
    N_("Target"), N_("Status"), N_("Progress"), NULL
  };
  g_autoptr(GPtrArray) measures = ita_project_get_measures (self);
  g_autoptr(GPtrArray) units = ita_project_get_units (self);

  header (out, names);
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
      cell_take (out, unit_names (units, m->unit_ids));
      cell_take (out, ita_date_to_iso (&m->start));
      cell_take (out, ita_date_to_iso (&m->end));
      cell_take (out, m->budget >= 0 ? ita_project_format_budget (m->budget) : g_strdup (""));
      cell (out, m->kpi, FALSE);
      cell (out, m->target, FALSE);
      cell (out, ita_measure_status_label (m->status), FALSE);
      cell_take (out, progress_text (m->progress));
      end_row (out);
    }
}

GBytes *
ita_project_export_csv (ItaProject     *self,
                        ItaProjectCsv   which,
                        GError        **error)
{
  g_autoptr(GString) out = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (which <= ITA_PROJECT_CSV_MEASURES, NULL);

  if (!ita_project_check_open (self, error))
    return NULL;
  out = g_string_new ("\xEF\xBB\xBF");
  switch (which)
    {
    case ITA_PROJECT_CSV_SCORES:
      export_scores (self, out);
      break;
    case ITA_PROJECT_CSV_CHECKLIST:
      export_checklist (self, ITA_ID_NONE, 0, out);
      break;
    case ITA_PROJECT_CSV_MEASURES:
    default:
      export_measures (self, out);
      break;
    }
  return g_string_free_to_bytes (g_steal_pointer (&out));
}

GBytes *
ita_project_export_checklist_csv (ItaProject  *self,
                                  gint64       unit_id,
                                  guint        status_mask,
                                  GError     **error)
{
  g_autoptr(GString) out = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);

  if (!ita_project_check_open (self, error))
    return NULL;
  out = g_string_new ("\xEF\xBB\xBF");
  export_checklist (self, unit_id, status_mask, out);
  return g_string_free_to_bytes (g_steal_pointer (&out));
}
