/* ita-project-checks.c: the checks of the action plan, and the state of
 * every measure at a chosen date (the six-month and year-end reports) */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-project-plan.h"
#include "ita-project-private.h"

/* Kinds ---------------------------------------------------------------- */

static const char * const check_names[] = {
  [ITA_PLAN_CHECK_UNANSWERED] = "unanswered",
  [ITA_PLAN_CHECK_NO_UNIT] = "no-unit",
  [ITA_PLAN_CHECK_NO_STEPS] = "no-steps",
  [ITA_PLAN_CHECK_NO_PERIOD] = "no-period",
  [ITA_PLAN_CHECK_OUTSIDE_YEAR] = "outside-year",
  [ITA_PLAN_CHECK_DONE_WITHOUT_PROGRESS] = "done-without-progress",
  [ITA_PLAN_CHECK_UNDATED_PROGRESS] = "undated-progress",
  [ITA_PLAN_CHECK_DUPLICATE_TEXT] = "duplicate-text",
  [ITA_PLAN_CHECK_NO_LIMITATIONS] = "no-limitations",
  [ITA_PLAN_CHECK_EMPTY_LIMITATION] = "empty-limitation",
  [ITA_PLAN_CHECK_CONTRADICTORY_LIMITATIONS] = "contradictory-limitations",
};

const char *
ita_plan_check_to_string (ItaPlanCheck check)
{
  g_return_val_if_fail ((guint) check < G_N_ELEMENTS (check_names), NULL);
  return check_names[check];
}

void
ita_plan_issue_free (ItaPlanIssue *issue)
{
  if (issue == NULL)
    return;
  g_free (issue->target);
  g_free (issue->field);
  g_free (issue->message);
  g_free (issue);
}

static ItaPlanIssue *
issue_take (GPtrArray    *list,
            ItaPlanCheck  check,
            gint64        measure_id,
            char         *message)
{
  ItaPlanIssue *issue = g_new0 (ItaPlanIssue, 1);

  issue->check = check;
  issue->measure_id = measure_id;
  issue->message = message;
  g_ptr_array_add (list, issue);
  return issue;
}

/* Measures ------------------------------------------------------------- */

/* Text as compared for copies: white space runs collapsed to one space,
 * trimmed, case folded, NFC. "" when nothing is left. */
static char *
normalize_text (const char *text)
{
  g_autofree char *nfc = NULL;
  GString *s;
  gboolean space = FALSE;

  if (text == NULL)
    return g_strdup ("");
  nfc = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  s = g_string_new (NULL);
  for (const char *p = nfc ? nfc : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = s->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (s, ' ');
      space = FALSE;
      g_string_append_unichar (s, c);
    }
  {
    g_autofree char *joined = g_string_free (s, FALSE);

    return g_utf8_casefold (joined, -1);
  }
}

static char *
normalize_steps (char * const *steps)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; steps != NULL && steps[i] != NULL; i++)
    {
      g_autofree char *one = normalize_text (steps[i]);

      if (*one == '\0')
        continue;
      if (s->len > 0)
        g_string_append_c (s, '\n');
      g_string_append (s, one);
    }
  return g_string_free (s, FALSE);
}

static gboolean
has_unit (const ItaMeasure *m)
{
  for (guint i = 0; i < m->unit_ids->len; i++)
    {
      if (g_array_index (m->unit_ids, gint64, i) != ITA_ID_NONE)
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_steps (const ItaMeasure *m)
{
  g_autofree char *steps = normalize_steps (m->steps);

  return *steps != '\0';
}

static char *
format_date (const GDate *date)
{
  if (ita_language_is_thai (ITA_LANGUAGE_INTERFACE))
    return ita_thai_format_date (date, FALSE, FALSE);
  return ita_format_date_en (date, FALSE);
}

static void
check_period (GPtrArray        *list,
              const ItaMeasure *m,
              const GDate      *first,
              const GDate      *last,
              int               plan_year)
{
  gboolean has_start = g_date_valid (&m->start);
  gboolean has_end = g_date_valid (&m->end);

  if (!has_start || !has_end)
    issue_take (list, ITA_PLAN_CHECK_NO_PERIOD, m->id,
                !has_start && !has_end
                  ? g_strdup_printf (_("Measure “%s” has no period; give its start and end dates "
                                       "(usually the whole fiscal year %d)."),
                                     m->title, plan_year)
                  : !has_start
                      ? g_strdup_printf (_("Measure “%s” has no start date."), m->title)
                      : g_strdup_printf (_("Measure “%s” has no end date."), m->title));
  if ((has_start && (g_date_compare (&m->start, first) < 0 || g_date_compare (&m->start, last) > 0)) ||
      (has_end && (g_date_compare (&m->end, first) < 0 || g_date_compare (&m->end, last) > 0)))
    {
      g_autofree char *from = format_date (first);
      g_autofree char *to = format_date (last);

      issue_take (list, ITA_PLAN_CHECK_OUTSIDE_YEAR, m->id,
                  g_strdup_printf (_("The period of measure “%s” is not within fiscal year %d "
                                     "(%s – %s), the year of this plan."),
                                   m->title, plan_year, from, to));
    }
}

static void
check_progress (GPtrArray        *list,
                const ItaMeasure *m)
{
  guint undated = 0;

  if (m->status == ITA_MEASURE_DONE && m->progress->len == 0)
    issue_take (list, ITA_PLAN_CHECK_DONE_WITHOUT_PROGRESS, m->id,
                g_strdup_printf (_("Measure “%s” is done but has no progress entry; record what "
                                   "was done and its outcome for the progress report."),
                                 m->title));
  for (guint i = 0; i < m->progress->len; i++)
    {
      if (!g_date_valid (&((ItaProgress *) g_ptr_array_index (m->progress, i))->date))
        undated++;
    }
  if (undated > 0)
    issue_take (list, ITA_PLAN_CHECK_UNDATED_PROGRESS, m->id,
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Measure “%s” has %u progress entry without a date; "
                                              "date it so that it counts in the progress reports.",
                                              "Measure “%s” has %u progress entries without a date; "
                                              "date them so that they count in the progress reports.",
                                              undated),
                                 m->title, undated));
}

static const char *
field_label (const char *field)
{
  if (g_str_equal (field, "title"))
    return _("the same title");
  if (g_str_equal (field, "methods"))
    return _("the same methods");
  return _("the same steps");
}

/* Copied text: the later measure of each pair is reported, once per
 * field, naming the earliest measure with that text. */
static void
check_duplicates (GPtrArray *list,
                  GPtrArray *measures)
{
  static const char * const fields[] = { "title", "methods", "steps" };

  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < measures->len; i++)
        {
          ItaMeasure *m = g_ptr_array_index (measures, i);
          char *text = f == 0 ? normalize_text (m->title)
                       : f == 1 ? normalize_text (m->methods)
                                : normalize_steps (m->steps);
          ItaMeasure *first;
          ItaPlanIssue *issue;

          if (*text == '\0')
            {
              g_free (text);
              continue;
            }
          first = g_hash_table_lookup (seen, text);
          if (first == NULL)
            {
              g_hash_table_insert (seen, text, m);
              continue;
            }
          g_free (text);
          issue = issue_take (list, ITA_PLAN_CHECK_DUPLICATE_TEXT, m->id,
                              /* TRANSLATORS: the second %s is "the same title", "the same
                               * methods" or "the same steps" */
                              g_strdup_printf (_("Measure “%s” has %s as measure “%s”; write what is "
                                                 "particular to each."),
                                               m->title, field_label (fields[f]), first->title));
          issue->other_id = first->id;
          issue->field = g_strdup (fields[f]);
        }
    }
}

/* Limitations ------------------------------------------------------------ */

static void
check_limitations (ItaProject *self,
                   GPtrArray  *list)
{
  g_autoptr(GPtrArray) limitations = ita_project_get_limitations (self);
  ItaLimitation *none = NULL;
  guint n_real = 0;

  if (limitations->len == 0)
    {
      issue_take (list, ITA_PLAN_CHECK_NO_LIMITATIONS, ITA_ID_NONE,
                  g_strdup (_("The limitations section is empty; add the limitations of the plan "
                              "(personnel, budget, technology, the area, economy and culture, time, "
                              "other) or state that there are none.")));
      return;
    }
  for (guint i = 0; i < limitations->len; i++)
    {
      ItaLimitation *l = g_ptr_array_index (limitations, i);
      g_autofree char *text = normalize_text (l->text);

      if (l->kind == ITA_LIMITATION_NONE)
        {
          if (none == NULL)
            none = l;
          continue;
        }
      n_real++;
      if (*text == '\0')
        {
          ItaPlanIssue *issue = issue_take (list, ITA_PLAN_CHECK_EMPTY_LIMITATION, ITA_ID_NONE,
                                            g_strdup_printf (_("The limitation “%s” says nothing; "
                                                               "describe it."),
                                                             ita_limitation_kind_label (l->kind)));

          issue->limitation_id = l->id;
        }
    }
  if (none != NULL && n_real > 0)
    {
      ItaPlanIssue *issue = issue_take (list, ITA_PLAN_CHECK_CONTRADICTORY_LIMITATIONS, ITA_ID_NONE,
                                        g_strdup (_("The limitations say “no limitations” and "
                                                    "also list limitations; remove one or the "
                                                    "other.")));

      issue->limitation_id = none->id;
    }
}

GPtrArray *
ita_project_check_plan (ItaProject *self)
{
  g_autoptr(GPtrArray) unanswered = NULL;
  g_autoptr(GPtrArray) measures = NULL;
  GPtrArray *list;
  GDate first, last;
  int plan_year;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_plan_issue_free);
  if (self->db == NULL)
    return list;

  unanswered = ita_project_get_unanswered (self);
  for (guint i = 0; i < unanswered->len; i++)
    {
      ItaUnanswered *u = g_ptr_array_index (unanswered, i);
      g_autofree char *value = ita_decimal_format (u->value, FALSE);
      const char *name = ita_language_is_thai (ITA_LANGUAGE_INTERFACE) || *u->name_en == '\0'
                           ? u->name_th : u->name_en;
      ItaPlanIssue *issue;

      issue = issue_take (list, ITA_PLAN_CHECK_UNANSWERED, ITA_ID_NONE,
                          u->category == ITA_CATEGORY_IMPROVE
                            ? g_strdup_printf (_("%s “%s” scored %s (improve) and no measure answers it."),
                                               u->target, name, value)
                            : g_strdup_printf (_("%s “%s” scored %s (raise) and no measure answers it."),
                                               u->target, name, value));
      issue->target = g_strdup (u->target);
    }

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  ita_project_get_plan_period (self, &first, &last);
  plan_year = ita_project_get_plan_year (self);
  measures = ita_project_get_measures (self);
  for (guint i = 0; i < measures->len; i++)
    {
      ItaMeasure *m = g_ptr_array_index (measures, i);

      if (m->status == ITA_MEASURE_CANCELLED)
        continue;
      if (!has_unit (m))
        issue_take (list, ITA_PLAN_CHECK_NO_UNIT, m->id,
                    g_strdup_printf (_("Measure “%s” has no responsible unit; choose one or more "
                                       "units, or all units."),
                                     m->title));
      if (!has_steps (m))
        issue_take (list, ITA_PLAN_CHECK_NO_STEPS, m->id,
                    g_strdup_printf (_("Measure “%s” has no steps; list how it will be carried out."),
                                     m->title));
      check_period (list, m, &first, &last, plan_year);
      check_progress (list, m);
    }
  check_duplicates (list, measures);
  check_limitations (self, list);
  return list;
}

/* The plan at a date ------------------------------------------------------ */

const char *
ita_measure_state_basis_to_string (ItaMeasureStateBasis basis)
{
  switch (basis)
    {
    case ITA_MEASURE_STATE_CURRENT:
      return "current";
    case ITA_MEASURE_STATE_REPORTED:
      return "reported";
    case ITA_MEASURE_STATE_NOT_YET:
    default:
      return "not-yet";
    }
}

void
ita_measure_state_free (ItaMeasureState *state)
{
  if (state == NULL)
    return;
  g_clear_pointer (&state->measure, ita_measure_free);
  g_clear_pointer (&state->progress, g_ptr_array_unref);
  g_free (state);
}

/* g_ptr_array_sort passes pointers to the elements */
static gint
compare_progress_dates (gconstpointer a,
                        gconstpointer b)
{
  const ItaProgress *pa = *(ItaProgress * const *) a;
  const ItaProgress *pb = *(ItaProgress * const *) b;

  return g_date_compare (&pa->date, &pb->date);
}

ItaMeasureState *
ita_measure_state_at (const ItaMeasure *measure,
                      const GDate      *date)
{
  ItaMeasureState *state;
  gboolean later = FALSE;

  g_return_val_if_fail (measure != NULL, NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  state = g_new0 (ItaMeasureState, 1);
  state->measure = ita_measure_copy (measure);
  state->date = *date;
  state->progress = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_progress_free);
  for (guint i = 0; i < measure->progress->len; i++)
    {
      ItaProgress *p = g_ptr_array_index (measure->progress, i);

      if (!g_date_valid (&p->date))
        continue;
      if (g_date_compare (&p->date, date) <= 0)
        g_ptr_array_add (state->progress, ita_progress_copy (p));
      else
        later = TRUE;
    }
  /* by date, whatever order they were stored in */
  g_ptr_array_sort (state->progress, compare_progress_dates);
  if (!later)
    {
      state->basis = ITA_MEASURE_STATE_CURRENT;
      state->status = measure->status;
    }
  else if (state->progress->len > 0)
    {
      state->basis = ITA_MEASURE_STATE_REPORTED;
      state->status = ITA_MEASURE_IN_PROGRESS;
    }
  else
    {
      state->basis = ITA_MEASURE_STATE_NOT_YET;
      state->status = ITA_MEASURE_PLANNED;
    }
  state->overdue = g_date_valid (&measure->end) && g_date_compare (&measure->end, date) < 0 &&
                   (state->status == ITA_MEASURE_PLANNED || state->status == ITA_MEASURE_IN_PROGRESS);
  return state;
}

GPtrArray *
ita_project_get_plan_at (ItaProject  *self,
                         const GDate *date)
{
  g_autoptr(GPtrArray) measures = NULL;
  GPtrArray *list;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_measure_state_free);
  measures = ita_project_get_measures (self);
  for (guint i = 0; i < measures->len; i++)
    g_ptr_array_add (list, ita_measure_state_at (g_ptr_array_index (measures, i), date));
  return list;
}
