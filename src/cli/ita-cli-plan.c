/* ita-cli-plan.c: `ita-cli measures` and `ita-cli suggest` — the action
 * plan of a project file (docs/measures-json.md) */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "ita-cli-private.h"
#include "ita-project-plan.h"
#include "ita-thai.h"

static int
usage (const char *message)
{
  ita_cli_error ("%s", message);
  return 2;
}

static gboolean
parse_language (const char  *lang,
                ItaLanguage *out)
{
  *out = ITA_LANGUAGE_INTERFACE;
  return lang == NULL || ita_language_from_string (lang, out);
}

static char *
date_text (const GDate *date,
           ItaLanguage  language)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("—");
  if (ita_language_is_thai (language))
    return ita_thai_format_date (date, TRUE, FALSE);
  return ita_format_date_en (date, TRUE);
}

static const char *
unit_name (GPtrArray *units,
           gint64     id)
{
  if (id == ITA_UNIT_ALL)
    return _("All units");
  for (guint i = 0; i < units->len; i++)
    {
      ItaUnit *u = g_ptr_array_index (units, i);

      if (u->id == id)
        return u->name;
    }
  return "?";
}

static void
print_measure (guint             number,
               const ItaMeasure *m,
               GPtrArray        *units,
               ItaLanguage       language,
               const GDate      *at)
{
  g_autofree char *start = date_text (&m->start, language);
  g_autofree char *end = date_text (&m->end, language);
  g_autofree char *targets = g_strjoinv (", ", m->targets);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint k = 0; k < m->unit_ids->len; k++)
    g_string_append_printf (names, "%s%s", k ? ", " : "",
                            unit_name (units, g_array_index (m->unit_ids, gint64, k)));
  printf ("%u. %s [%s]\n", number, m->title, ita_measure_status_label (m->status));
  printf (_("   Targets:   %s\n"), *targets ? targets : "—");
  printf (_("   Units:     %s\n"), names->len ? names->str : "—");
  printf (_("   Period:    %s – %s\n"), start, end);
  if (m->budget >= 0)
    {
      g_autofree char *budget = ita_format_baht (m->budget, language, FALSE);

      printf (_("   Budget:    %s\n"), budget);
    }
  if (*m->kpi != '\0' || *m->target != '\0')
    printf (_("   KPI:       %s (target: %s)\n"), m->kpi, m->target);
  printf (_("   Steps:     %u\n"), g_strv_length (m->steps));
  for (guint k = 0; k < m->progress->len; k++)
    {
      ItaProgress *p = g_ptr_array_index (m->progress, k);
      g_autofree char *date = date_text (&p->date, language);

      printf (_("   Progress:  %s: %s\n"), date, p->done);
      if (*p->outcome != '\0')
        printf (_("              outcome: %s\n"), p->outcome);
      if (*p->remarks != '\0')
        printf (_("              remarks: %s\n"), p->remarks);
    }
  if (at != NULL)
    {
      g_autoptr(ItaMeasureState) state = ita_measure_state_at (m, at);
      g_autofree char *day = date_text (at, language);

      printf (g_dngettext (GETTEXT_PACKAGE, "   At %s:   %s, %u progress entry\n",
                           "   At %s:   %s, %u progress entries\n", state->progress->len),
              day, ita_measure_status_label (state->status), state->progress->len);
      if (state->overdue)
        printf ("%s\n", _("              overdue: it should have ended by then"));
    }
}

static void
print_plan (ItaProject  *project,
            ItaLanguage  language,
            const GDate *at)
{
  g_autoptr(GPtrArray) measures = ita_project_get_measures (project);
  g_autoptr(GPtrArray) units = ita_project_get_units (project);
  g_autoptr(GPtrArray) limitations = ita_project_get_limitations (project);
  g_autoptr(GPtrArray) issues = ita_project_check_plan (project);
  g_autoptr(ItaAgency) agency = ita_project_get_agency (project);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  GDate start, end;

  g_date_clear (&start, 1);
  g_date_clear (&end, 1);
  ita_project_get_plan_period (project, &start, &end);
  first = date_text (&start, language);
  last = date_text (&end, language);
  printf (_("%s: the measures of fiscal year %d (%s – %s), from the results of %d\n"),
          agency->name, ita_project_get_plan_year (project), first, last,
          ita_project_get_fiscal_year (project));
  if (measures->len == 0)
    printf ("%s\n", _("No measures yet; “ita-cli suggest FILE.ita” lists suggestions."));
  for (guint i = 0; i < measures->len; i++)
    print_measure (i + 1, g_ptr_array_index (measures, i), units, language, at);
  printf ("%s\n", _("Limitations:"));
  if (limitations->len == 0)
    printf ("   —\n");
  for (guint i = 0; i < limitations->len; i++)
    {
      ItaLimitation *l = g_ptr_array_index (limitations, i);

      printf ("   %s: %s\n", ita_limitation_kind_label (l->kind), l->text);
    }
  printf (_("Checks: %u\n"), issues->len);
  for (guint i = 0; i < issues->len; i++)
    printf ("   - %s\n", ((ItaPlanIssue *) g_ptr_array_index (issues, i))->message);
}

int
ita_cli_measures (int    argc,
                  char **argv)
{
  gboolean csv = FALSE;
  gboolean json = FALSE;
  g_autofree char *at_text = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, N_("The measures as CSV for Excel (docs/csv-exports.md)"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("The plan as JSON (docs/measures-json.md)"), NULL },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at_text,
      N_("Also the state of every measure at DATE (31 มี.ค. 2569, 2026-03-31)"), N_("DATE") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang,
      N_("The language of dates and amounts: th or en (default: the interface’s)"), N_("LANG") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE (default: standard output)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.ita"));
  g_autoptr(ItaProject) project = NULL;
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GError) error = NULL;
  ItaLanguage language;
  GDate at;

  g_option_context_set_summary (context, _("Shows the measures of a project, their progress, the "
                                           "limitations and the checks of the plan."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ita_cli_parse_options (context, &argc, &argv))
    return 2;
  if (argc != 2)
    return usage (_("give one project file"));
  if (csv && json)
    return usage (_("give --csv or --json, not both"));
  if (csv && at_text != NULL)
    return usage (_("--at goes with the list or --json, not --csv"));
  if (!parse_language (lang, &language))
    return usage (_("--lang takes th or en"));
  g_date_clear (&at, 1);
  if (at_text != NULL && !ita_thai_parse_date (at_text, &at, &error))
    return usage (error->message);
  project = ita_cli_open_project (argv[1], ITA_PROJECT_OPEN_READ_ONLY);
  if (project == NULL)
    return 1;
  if (!csv && !json)
    {
      if (output != NULL)
        return usage (_("-o goes with --csv or --json"));
      print_plan (project, language, at_text != NULL ? &at : NULL);
      return 0;
    }
  data = csv ? ita_project_export_csv_in (project, ITA_PROJECT_CSV_MEASURES, language, &error)
             : ita_project_plan_to_json (project, at_text != NULL ? &at : NULL, &error);
  if (data == NULL)
    {
      ita_cli_error ("%s", error->message);
      return 1;
    }
  return ita_cli_write_output (output, data) ? 0 : 1;
}

static void
print_unanswered (ItaProject  *project,
                  ItaLanguage  language)
{
  g_autoptr(GPtrArray) unanswered = ita_project_get_unanswered (project);
  gboolean thai = ita_language_is_thai (language);

  if (unanswered->len == 0)
    {
      printf ("%s\n", _("Every weak result has a measure (or no result is below the raise threshold)."));
      return;
    }
  printf (g_dngettext (GETTEXT_PACKAGE, "%u weak result without a measure:\n",
                       "%u weak results without a measure:\n", unanswered->len),
          unanswered->len);
  for (guint i = 0; i < unanswered->len; i++)
    {
      ItaUnanswered *u = g_ptr_array_index (unanswered, i);
      g_autofree char *value = ita_decimal_format (u->value, FALSE);

      printf ("%-7s %6s  %s  %s\n", u->target, value,
              u->category == ITA_CATEGORY_IMPROVE ? _("improve") : _("raise"),
              thai || *u->name_en == '\0' ? u->name_th : u->name_en);
      if (u->suggestions->len == 0)
        printf ("        %s\n", _("(no suggestion in the library: write a measure of your own)"));
      for (guint k = 0; k < u->suggestions->len; k++)
        {
          ItaSuggested *s = g_ptr_array_index (u->suggestions, k);
          g_autoptr(ItaSuggestionText) text = ita_suggestion_get_text (s->suggestion, language);

          printf ("        → %s: %s\n", s->suggestion->id, text->title);
        }
    }
  printf ("%s\n", _("Add one with: ita-cli suggest FILE.ita --accept TARGET [--suggestion ID]"));
}

int
ita_cli_suggest (int    argc,
                 char **argv)
{
  gboolean json = FALSE;
  g_autofree char *accept = NULL;
  g_autofree char *suggestion = NULL;
  g_autofree char *lang = NULL;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("The list as JSON (docs/measures-json.md)"), NULL },
    { "accept", 0, 0, G_OPTION_ARG_STRING, &accept,
      N_("Add the suggested measure for TARGET (o21, ind:10) to the file"), N_("TARGET") },
    { "suggestion", 0, 0, G_OPTION_ARG_STRING, &suggestion,
      N_("With --accept: which suggestion (default: the first)"), N_("ID") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang,
      N_("The language of the text: th or en (default: the interface’s)"), N_("LANG") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.ita"));
  g_autoptr(ItaProject) project = NULL;
  g_autoptr(GError) error = NULL;
  ItaLanguage language;

  g_option_context_set_summary (context, _("Lists the indicators and items in the raise or improve "
                                           "category that no measure answers, with suggested "
                                           "measures; --accept adds one (undo it in the application)."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ita_cli_parse_options (context, &argc, &argv))
    return 2;
  if (argc != 2)
    return usage (_("give one project file"));
  if (accept != NULL && json)
    return usage (_("give --json or --accept, not both"));
  if (suggestion != NULL && accept == NULL)
    return usage (_("--suggestion goes with --accept"));
  if (!parse_language (lang, &language))
    return usage (_("--lang takes th or en"));
  project = ita_cli_open_project (argv[1], accept != NULL ? ITA_PROJECT_OPEN_DEFAULT
                                                          : ITA_PROJECT_OPEN_READ_ONLY);
  if (project == NULL)
    return 1;
  if (accept != NULL)
    {
      g_autoptr(ItaMeasure) m = NULL;
      g_autofree char *targets = NULL;
      gint64 id = 0;

      if (!ita_project_accept_suggestion (project, accept, suggestion, language, &id, &error))
        {
          ita_cli_error ("%s", error->message);
          return 1;
        }
      m = ita_project_get_measure (project, id);
      targets = g_strjoinv (", ", m->targets);
      {
        g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

        printf (_("Added measure %s “%s” for %s.\n"), number, m->title, targets);
      }
      return 0;
    }
  if (json)
    {
      g_autoptr(GBytes) data = ita_project_unanswered_to_json (project, &error);

      if (data == NULL)
        {
          ita_cli_error ("%s", error->message);
          return 1;
        }
      return ita_cli_write_output (NULL, data) ? 0 : 1;
    }
  print_unanswered (project, language);
  return 0;
}
