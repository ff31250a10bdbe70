/* ita-cli-project.c: `ita-cli new|info|scores|export|import` and
 * `ita-cli score FILE.ita` — thin shells over ItaProject */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "ita-cli-private.h"
#include "ita-file.h"
#include "ita-project.h"

static ItaProject *
open_project (const char          *path,
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
static gboolean
write_output (const char *path,
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
  GOptionEntry entries[] = {
    { "edition", 'e', 0, G_OPTION_ARG_STRING, &edition_name, N_("The ITA edition: ita-2568 or 2568"), N_("ID") },
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
  if (argc != 2 || edition_name == NULL || agency_name == NULL)
    return usage (context, _("give --edition ID, --agency NAME and the file to create"));

  edition = ita_cli_find_edition (edition_name, &error);
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
  project = ita_project_create_with (file, edition, 0, agency, scores, &error);
  if (project == NULL)
    {
      ita_cli_error ("%s", error->message);
      return 1;
    }
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
  project = open_project (argv[1], ITA_PROJECT_OPEN_READ_ONLY);
  if (project == NULL)
    return 1;
  agency = ita_project_get_agency (project);
  edition = ita_project_get_edition (project);
  printf (_("Agency:      %s\n"), agency->name);
  printf (_("Fiscal year: %d\n"), ita_project_get_fiscal_year (project));
  printf (_("Edition:     %s (%s)\n"), ita_framework_get_id (edition), ita_framework_get_name_th (edition));
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
  project = open_project (argv[1], ITA_PROJECT_OPEN_DEFAULT);
  if (project == NULL)
    return 1;
  return apply_scores_csv (project, argv[2]) ? 0 : 1;
}

int
ita_cli_project_score (const char         *path,
                       gboolean            json,
                       const char * const *fix)
{
  g_autoptr(ItaProject) project = open_project (path, ITA_PROJECT_OPEN_READ_ONLY);
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
  else
    return FALSE;
  return TRUE;
}

int
ita_cli_export (int    argc,
                char **argv)
{
  gboolean json = FALSE;
  g_autofree char *csv = NULL;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("The whole project as JSON"), NULL },
    { "csv", 0, 0, G_OPTION_ARG_STRING, &csv, N_("One table as CSV: scores, checklist or measures"), N_("TABLE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE (default: standard output)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.ita"));
  g_autoptr(ItaProject) project = NULL;
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GError) error = NULL;
  ItaProjectCsv which = ITA_PROJECT_CSV_SCORES;

  g_option_context_set_summary (context, _("Exports a project as JSON (docs/project-json.md) or one table as CSV for Excel (docs/csv-exports.md)."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ita_cli_parse_options (context, &argc, &argv))
    return 2;
  if (argc != 2 || json == (csv != NULL))
    return usage (context, _("give either --json or --csv TABLE, and one project file"));
  if (csv != NULL && !csv_kind (csv, &which))
    return usage (context, _("--csv takes scores, checklist or measures"));
  project = open_project (argv[1], ITA_PROJECT_OPEN_READ_ONLY);
  if (project == NULL)
    return 1;
  data = json ? ita_project_export_json (project, &error)
              : ita_project_export_csv (project, which, &error);
  if (data == NULL)
    {
      ita_cli_error ("%s", error->message);
      return 1;
    }
  return write_output (output, data) ? 0 : 1;
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
