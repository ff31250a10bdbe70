/* ita-cli-project.c: `ita-cli new|info|scores|export|import` and
 * `ita-cli score FILE.ita` — thin shells over ItaProject */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "ita-cli-private.h"
#include "ita-file.h"
#include "ita-office.h"
#include "ita-project.h"
#include "ita-thai.h"

ItaProject *
ita_cli_open_project (const char          *path,
              ItaProjectOpenFlags  flags)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  ItaProject *project = ita_project_open (file, flags, &error);

  if (project == NULL)
    ita_cli_error ("%s", error->message);
  return project;
}

static gboolean
read_file (const char  *path,
           char       **out,
           gsize       *length)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;

  if (!g_file_load_contents (file, NULL, out, length, NULL, &error))
    {
      ita_cli_error (_("%s: %s"), path, error->message);
      return FALSE;
    }
  return TRUE;
}

/* Writes data to path atomically (a failure keeps the previous file), or
 * to stdout when path is NULL or "-". */
gboolean
ita_cli_write_output (const char *path,
                      GBytes     *data)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  gsize size = 0;
  const char *bytes = g_bytes_get_data (data, &size);

  if (path == NULL || g_str_equal (path, "-"))
    return ita_cli_write_stdout (bytes, size);
  file = g_file_new_for_commandline_arg (path);
  if (!ita_file_replace_contents (file, bytes, size, &error))
    {
      ita_cli_error ("%s", error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
apply_scores_csv (ItaProject *project,
                  const char *csv_path)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  if (!read_file (csv_path, &data, &length))
    return FALSE;
  if (!ita_project_import_scores_csv (project, data, length, &error))
    {
      ita_cli_error (_("%s: nothing was applied, because:"), csv_path);
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

static int
usage (GOptionContext *context,
       const char     *message)
{
  ita_cli_error ("%s", message);
  return 2;
}

int
ita_cli_new (int    argc,
             char **argv)
{
  g_autofree char *edition_name = NULL;
  g_autofree char *agency_name = NULL;
  g_autofree char *scores_path = NULL;
  g_autofree char *year_text = NULL;
  int fiscal_year = 0;
  GOptionEntry entries[] = {
    { "edition", 'e', 0, G_OPTION_ARG_STRING, &edition_name, N_("The ITA edition: ita-2568 or 2568"), N_("ID") },
    { "fiscal-year", 'y', 0, G_OPTION_ARG_STRING, &year_text,
      N_("The fiscal year (BE); without --edition its own edition, or provisionally the latest before it"), N_("YEAR") },
    { "agency", 'a', 0, G_OPTION_ARG_STRING, &agency_name, N_("The agency’s name"), N_("NAME") },
    { "scores", 's', 0, G_OPTION_ARG_FILENAME, &scores_path, N_("A scores CSV to apply"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("OUT.ita"));
  g_autoptr(ItaFramework) edition = NULL;
  g_autoptr(ItaProject) project = NULL;
  g_autoptr(ItaAgency) agency = ita_agency_new ();
  g_autoptr(ItaScores) scores = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context, _("Creates a project file for an agency and an ITA edition."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ita_cli_parse_options (context, &argc, &argv))
    return 2;
  if (argc != 2 || (edition_name == NULL && year_text == NULL) || agency_name == NULL)
    return usage (context, _("give --edition ID or --fiscal-year YEAR, --agency NAME and the file to create"));
  if (year_text != NULL)
    {
      g_autofree char *ascii = g_strstrip (ita_thai_digits_to_ascii (year_text));
      guint64 year = 0;

      if (!g_ascii_string_to_unsigned (ascii, 10, 2500, 3000, &year, NULL))
        return usage (context, _("--fiscal-year takes a Buddhist-era year such as 2570"));
      fiscal_year = (int) year;
    }

  if (edition_name != NULL)
    edition = ita_cli_find_edition (edition_name, &error);
  else if ((edition = ita_catalogue_latest_for_year (fiscal_year)) == NULL)
    g_set_error (&error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NO_EDITION,
                 _("No ITA edition is installed for fiscal year %d or any year before it; "
                   "see “ita-cli framework list”."),
                 fiscal_year);
  if (edition == NULL)
    {
      ita_cli_error ("%s", error->message);
      return 1;
    }
  if (scores_path != NULL)
    {
      g_autofree char *data = NULL;
      gsize length = 0;

      if (!read_file (scores_path, &data, &length))
        return 1;
      scores = ita_scores_parse_csv (edition, data, length, &error);
      if (scores == NULL)
        {
          ita_cli_error (_("%s: no project was created, because:"), scores_path);
          g_printerr ("%s\n", error->message);
          return 1;
        }
    }
  g_free (agency->name);
  agency->name = g_strdup (agency_name);
  file = g_file_new_for_commandline_arg (argv[1]);
  /* the agency and the scores are in the file from the start, or there is
   * no file */
  project = ita_project_create_with (file, edition, fiscal_year, agency, scores, &error);
  if (project == NULL)
    {
      ita_cli_error ("%s", error->message);
      return 1;
    }
  ita_cli_print_provisional (project, argv[1]);
  return 0;
}

static void
print_counts (ItaProject *project)
{
  g_autoptr(GPtrArray) units = ita_project_get_units (project);
  g_autoptr(GPtrArray) checklist = ita_project_get_checklist (project);
  g_autoptr(GPtrArray) measures = ita_project_get_measures (project);
  g_autoptr(GPtrArray) links = ita_project_get_links (project);
  g_autoptr(ItaScores) scores = ita_project_get_scores (project);
  guint n_present = 0;

  for (guint i = 0; i < checklist->len; i++)
    {
      ItaChecklistEntry *e = g_ptr_array_index (checklist, i);

      if (e->status == ITA_EVIDENCE_PRESENT)
        n_present++;
    }
  printf (_("Units:       %u\n"), units->len);
  printf (_("Scores:      %u\n"), ita_scores_size (scores));
  printf (_("OIT items:   %u present of %u\n"), n_present, checklist->len);
  printf (_("Measures:    %u\n"), measures->len);
  for (guint i = 0; i < links->len; i++)
    {
      ItaLink *l = g_ptr_array_index (links, i);

      printf (_("Linked:      FY %d, %s\n"), l->fiscal_year,
              l->relative_path ? l->relative_path : (l->absolute_path ? l->absolute_path : ""));
    }
}

int
ita_cli_info (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.ita"));
  g_autoptr(ItaProject) project = NULL;
  g_autoptr(ItaAgency) agency = NULL;
  g_autoptr(ItaResult) result = NULL;
  const ItaLevel *total;
  ItaFramework *edition;

  g_option_context_set_summary (context, _("Shows the agency, year, edition and contents of a project file."));
  if (!ita_cli_parse_options (context, &argc, &argv))
    return 2;
  if (argc != 2)
    return usage (context, _("give one project file"));
  project = ita_cli_open_project (argv[1], ITA_PROJECT_OPEN_READ_ONLY);
  if (project == NULL)
    return 1;
  agency = ita_project_get_agency (project);
  edition = ita_project_get_edition (project);
  printf (_("Agency:      %s\n"), agency->name);
  printf (_("Fiscal year: %d\n"), ita_project_get_fiscal_year (project));
  printf (_("Edition:     %s (%s)\n"), ita_framework_get_id (edition), ita_framework_get_name_th (edition));
  ita_cli_print_provisional (project, argv[1]);
  result = ita_project_compute (project);
  total = ita_result_get_total (result);
  if (total != NULL && total->value != ITA_CENTI_NONE)
    {
      g_autofree char *value = ita_decimal_format (total->value, FALSE);

      printf (_("Total:       %s\n"), value);
    }
  print_counts (project);
  return 0;
}

int
ita_cli_scores (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.ita FILE.csv"));
  g_autoptr(ItaProject) project = NULL;

  g_option_context_set_summary (context, _("Applies a scores CSV (code,score rows) to a project file: all rows or none."));
  if (!ita_cli_parse_options (context, &argc, &argv))
    return 2;
  if (argc != 3)
    return usage (context, _("give the project file and the scores CSV"));
  project = ita_cli_open_project (argv[1], ITA_PROJECT_OPEN_DEFAULT);
  if (project == NULL)
    return 1;
  return apply_scores_csv (project, argv[2]) ? 0 : 1;
}

int
ita_cli_project_score (const char         *path,
                       gboolean            json,
                       const char * const *fix)
{
  g_autoptr(ItaProject) project = ita_cli_open_project (path, ITA_PROJECT_OPEN_READ_ONLY);
  g_autoptr(ItaResult) result = NULL;

  if (project == NULL)
    return 1;
  result = ita_project_compute (project);
  if (fix != NULL)
    {
      g_autoptr(ItaScores) scores = ita_project_get_scores (project);

      return ita_cli_score_what_if (result, scores, fix, json) ? 0 : 1;
    }
  ita_cli_score_print (result, json);
  return 0;
}

static gboolean
csv_kind (const char    *name,
          ItaProjectCsv *out)
{
  if (g_str_equal (name, "scores"))
    *out = ITA_PROJECT_CSV_SCORES;
  else if (g_str_equal (name, "checklist"))
    *out = ITA_PROJECT_CSV_CHECKLIST;
  else if (g_str_equal (name, "measures"))
    *out = ITA_PROJECT_CSV_MEASURES;
  else if (g_str_equal (name, "progress"))
    *out = ITA_PROJECT_CSV_PROGRESS;
  else if (g_str_equal (name, "limitations"))
    *out = ITA_PROJECT_CSV_LIMITATIONS;
  else
    return FALSE;
  return TRUE;
}

/* The sheets of --xlsx: "scores", "checklist", "measures", "limitations",
 * a comma-separated list of them, or "all". */
static gboolean
table_kinds (const char  *names,
             GArray      *out)
{
  g_auto(GStrv) parts = NULL;
  ItaOfficeTableKind kind;

  if (g_str_equal (names, "all"))
    {
      for (kind = 0; kind < ITA_OFFICE_N_TABLES; kind++)
        g_array_append_val (out, kind);
      return TRUE;
    }
  parts = g_strsplit (names, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (!ita_office_table_kind_from_string (g_strstrip (parts[i]), &kind))
        return FALSE;
      g_array_append_val (out, kind);
    }
  return out->len > 0;
}

int
ita_cli_export (int    argc,
                char **argv)
{
  gboolean json = FALSE;
  g_autofree char *csv = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *output = NULL;
  g_autofree char *lang = NULL;
  ItaLanguage language = ITA_LANGUAGE_INTERFACE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("The whole project as JSON"), NULL },
    { "csv", 0, 0, G_OPTION_ARG_STRING, &csv,
      N_("One table as CSV: scores, checklist, measures, progress or limitations"), N_("TABLE") },
    { "xlsx", 0, 0, G_OPTION_ARG_STRING, &xlsx,
      N_("Tables as an Excel workbook, a sheet each: scores, checklist, measures, limitations, "
         "several of them separated by commas, or all"), N_("TABLE") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang,
      N_("The language of the CSV: th (dates in the Buddhist era) or en (default: the interface’s)"),
      N_("LANG") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE (default: standard output)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.ita"));
  g_autoptr(ItaProject) project = NULL;
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (ItaOfficeTableKind));
  ItaProjectCsv which = ITA_PROJECT_CSV_SCORES;

  g_option_context_set_summary (context, _("Exports a project as JSON (docs/project-json.md), one table as CSV "
                                           "for Excel (docs/csv-exports.md) or tables as an Excel workbook "
                                           "(docs/office-files.md)."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ita_cli_parse_options (context, &argc, &argv))
    return 2;
  if (argc != 2 || (json ? 1 : 0) + (csv != NULL ? 1 : 0) + (xlsx != NULL ? 1 : 0) != 1)
    return usage (context, _("give one of --json, --csv TABLE or --xlsx TABLE, and one project file"));
  if (csv != NULL && !csv_kind (csv, &which))
    return usage (context, _("--csv takes scores, checklist, measures, progress or limitations"));
  if (xlsx != NULL && !table_kinds (xlsx, kinds))
    return usage (context, _("--xlsx takes scores, checklist, measures, limitations, a comma-separated list of them, or all"));
  if (xlsx != NULL && (output == NULL || g_str_equal (output, "-")))
    return usage (context, _("--xlsx writes a file: give it with -o OUT.xlsx"));
  if (lang != NULL && !ita_language_from_string (lang, &language))
    return usage (context, _("--lang takes th or en"));
  project = ita_cli_open_project (argv[1], ITA_PROJECT_OPEN_READ_ONLY);
  if (project == NULL)
    return 1;
  if (xlsx != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      if (!ita_office_write_xlsx (project, (const ItaOfficeTableKind *) kinds->data, kinds->len, file, &error))
        {
          ita_cli_error ("%s", error->message);
          return 1;
        }
      return 0;
    }
  data = json ? ita_project_export_json (project, &error)
              : ita_project_export_csv_in (project, which, language, &error);
  if (data == NULL)
    {
      ita_cli_error ("%s", error->message);
      return 1;
    }
  return ita_cli_write_output (output, data) ? 0 : 1;
}

/* With --force an existing dest is replaced (once the new file is
 * complete, never while it is open in ITA Planner), so a build can
 * regenerate its outputs. */
static ItaProject *
import_over (GBytes      *json,
             const char  *dest_path,
             gboolean     force,
             GError     **error)
{
  g_autoptr(GFile) dest = g_file_new_for_commandline_arg (dest_path);

  if (force)
    return ita_project_import_json_replace (json, dest, error);
  return ita_project_import_json (json, dest, error);
}

int
ita_cli_import (int    argc,
                char **argv)
{
  gboolean force = FALSE;
  GOptionEntry entries[] = {
    { "force", 'f', 0, G_OPTION_ARG_NONE, &force, N_("Replace OUT.ita if it exists"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.json OUT.ita"));
  g_autoptr(ItaProject) project = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize length = 0;

  g_option_context_set_summary (context, _("Creates a project file from project JSON (docs/project-json.md)."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ita_cli_parse_options (context, &argc, &argv))
    return 2;
  if (argc != 3)
    return usage (context, _("give the JSON file and the project file to create"));
  if (!read_file (argv[1], &data, &length))
    return 1;
  json = g_bytes_new_take (data, length);
  project = import_over (json, argv[2], force, &error);
  if (project == NULL)
    {
      ita_cli_error (_("%s: %s"), argv[1], error->message);
      return 1;
    }
  return 0;
}
