/* ita-cli-edition.c: `ita-cli switch-edition FILE.ita EDITION [--dry-run]`
 * and the provisional notice of `new`, `info` and `switch-edition` */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "ita-cli-private.h"
#include "ita-project.h"

void
ita_cli_print_provisional (ItaProject *project,
                           const char *path)
{
  ItaFramework *edition = ita_project_get_edition (project);
  int year = ita_project_get_fiscal_year (project);
  g_autoptr(ItaFramework) own = NULL;

  if (!ita_project_is_provisional (project))
    return;
  printf (_("Provisional: this FY %d project stands on the edition of FY %d (%s); its items, "
            "weights and rating rule are that year's and may differ from FY %d's.\n"),
          year, ita_framework_get_fiscal_year (edition), ita_framework_get_id (edition), year);
  own = ita_catalogue_for_year (year);
  if (own != NULL)
    printf (_("             The edition of FY %d is installed: “ita-cli switch-edition %s %s” "
              "moves the project to it.\n"),
            year, path, ita_framework_get_id (own));
  else
    printf (_("             No edition of FY %d is installed yet. When NACC publishes it, add it with "
              "“ita-cli framework install FILE” and move the project with “ita-cli switch-edition "
              "%s ID”.\n"),
            year, path);
}

int
ita_cli_switch_edition (int    argc,
                        char **argv)
{
  gboolean dry_run = FALSE;
  GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run, N_("Only list what would not be carried; change nothing"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.ita EDITION"));
  g_autoptr(ItaFramework) edition = NULL;
  g_autoptr(ItaProject) project = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lost = NULL;
  g_autofree char *from_id = NULL;
  const char *path;

  g_option_context_set_summary (context,
                                _("Moves a project file to another ITA edition (ID like ita-2570, a year, or an "
                                  "edition file): scores, OIT checklist entries and measure targets follow "
                                  "their items by continuity key, and what has no place in the new edition "
                                  "is listed. One step that Undo reverts in ITA Planner."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ita_cli_parse_options (context, &argc, &argv))
    return 2;
  if (argc != 3)
    {
      ita_cli_error ("%s", _("give the project file and the edition"));
      return 2;
    }
  path = argv[1];
  edition = ita_cli_find_edition (argv[2], &error);
  if (edition == NULL)
    {
      ita_cli_error ("%s", error->message);
      return 1;
    }
  file = g_file_new_for_commandline_arg (path);
  project = ita_project_open (file, dry_run ? ITA_PROJECT_OPEN_READ_ONLY : ITA_PROJECT_OPEN_DEFAULT, &error);
  if (project == NULL)
    {
      ita_cli_error ("%s", error->message);
      return 1;
    }
  from_id = g_strdup (ita_framework_get_id (ita_project_get_edition (project)));

  if (dry_run)
    lost = ita_project_preview_switch_edition (project, edition, &error);
  else if (!ita_project_switch_edition (project, edition, &lost, &error))
    g_clear_pointer (&lost, g_strfreev);
  if (lost == NULL)
    {
      ita_cli_error ("%s", error->message);
      return 1;
    }

  if (dry_run)
    printf (_("Dry run, nothing was changed: switching %s from %s to %s.\n"), path, from_id,
            ita_framework_get_id (edition));
  else
    printf (_("Switched %s from %s to %s.\n"), path, from_id, ita_framework_get_id (edition));
  if (lost[0] == NULL)
    printf ("%s\n", _("Everything continues in the new edition."));
  else
    {
      printf (_("Not carried (%u):\n"), g_strv_length (lost));
      for (guint i = 0; lost[i] != NULL; i++)
        printf ("  - %s\n", lost[i]);
    }
  if (!dry_run)
    ita_cli_print_provisional (project, path);
  return 0;
}
