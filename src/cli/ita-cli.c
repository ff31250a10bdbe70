/* ita-cli.c: the headless command-line tool (no GTK) */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "ita-cli-private.h"

static const ItaCliCommand commands[] = {
  { "framework", N_("List, show, check and add ITA editions"), ita_cli_framework },
  { "score", N_("Compute the results of a scores file"), ita_cli_score },
  { "new", N_("Create a project file"), ita_cli_new },
  { "info", N_("Show what a project file holds"), ita_cli_info },
  { "scores", N_("Apply a scores CSV to a project file"), ita_cli_scores },
  { "export", N_("Export a project as JSON, CSV or an Excel workbook"), ita_cli_export },
  { "import", N_("Create a project file from project JSON"), ita_cli_import },
  { "measures", N_("Show the measures of a project, their progress and checks"), ita_cli_measures },
  { "suggest", N_("Suggest measures for weak results, or add one"), ita_cli_suggest },
  { "switch-edition", N_("Move a project file to another ITA edition"), ita_cli_switch_edition },
  { "oit", N_("List the OIT checklist of a project, or one unit’s part"), ita_cli_oit },
  { "oit-set", N_("Set the status, URLs, units or due date of one OIT item"), ita_cli_oit_set },
  { "oit-import", N_("Read a checklist CSV back into a project, showing every change"), ita_cli_oit_import },
  { "chart", N_("Draw one chart of a project as PNG, SVG or PDF"), ita_cli_chart },
  { "charts", N_("Write every chart of a project for a slide deck"), ita_cli_charts },
  { "deck", N_("Write the charts of a project as a slide deck (PPTX or PDF)"), ita_cli_deck },
  { "report", N_("Write a document of a project (analysis, measures, progress, OIT) as PDF"), ita_cli_report },
  { "check-links", N_("Check the evidence URLs of the OIT checklist"), ita_cli_check_links },
  { NULL, NULL, NULL }
};

void
ita_cli_error (const char *format,
               ...)
{
  va_list args;
  g_autofree char *msg = NULL;

  va_start (args, format);
  msg = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("ita-cli: %s\n", msg);
}

gboolean
ita_cli_write_stdout (const char *data,
                      gsize       size)
{
  if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0 || ferror (stdout))
    {
      ita_cli_error ("%s", _("the output could not be written (is the disk full?)"));
      return FALSE;
    }
  return TRUE;
}

gboolean
ita_cli_parse_options (GOptionContext  *context,
                       int             *argc,
                       char          ***argv)
{
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      ita_cli_error ("%s", error->message);
      return FALSE;
    }
  return TRUE;
}

static void
print_help (FILE *out)
{
  fprintf (out, "%s\n\n", _("Usage: ita-cli COMMAND [OPTION…]"));
  fprintf (out, "%s\n\n", _("ITA Planner without a window: frameworks, scores, project files and charts."));
  fprintf (out, "%s\n", _("Commands:"));
  for (guint i = 0; commands[i].name != NULL; i++)
    fprintf (out, "  %-15s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Options:"));
  fprintf (out, "  %-15s %s\n", "--help", _("Show this help"));
  fprintf (out, "  %-15s %s\n", "--version", _("Show the version"));
  fprintf (out, "\n%s\n", _("Run “ita-cli COMMAND --help” for the options of a command."));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  /* ITA_LOCALEDIR: the build's translations, for running uninstalled */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("ITA_LOCALEDIR") ? g_getenv ("ITA_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      print_help (stderr);
      return 2;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      print_help (stdout);
      return 0;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      printf ("ita-cli %s\n", PACKAGE_VERSION);
      return 0;
    }

  for (guint i = 0; commands[i].name != NULL; i++)
    {
      if (g_str_equal (argv[1], commands[i].name))
        return commands[i].func (argc - 1, argv + 1);
    }

  ita_cli_error (_("unknown command “%s”. Run “ita-cli --help” for the list of commands."), argv[1]);
  return 2;
}
