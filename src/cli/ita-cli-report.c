/* ita-cli-report.c: `ita-cli report FILE.ita --document KIND -o OUT.pdf` —
 * the documents the agency publishes, as PDF */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ita-cli-private.h"
#include "ita-project.h"
#include "ita-report.h"
#include "ita-thai.h"

typedef struct {
  char     *document;
  char     *unit;
  char     *date;
  char     *lang;
  char     *output;
  gboolean  thai_digits;
} ReportOptions;

static void
report_options_clear (ReportOptions *o)
{
  g_free (o->document);
  g_free (o->unit);
  g_free (o->date);
  g_free (o->lang);
  g_free (o->output);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReportOptions, report_options_clear)

/* The unit named name (exactly, ignoring case and surrounding spaces);
 * FALSE after listing the units. */
static gboolean
find_unit (ItaProject *project,
           const char *name,
           gint64     *out)
{
  g_autoptr(GPtrArray) units = ita_project_get_units (project);
  g_autofree char *stripped = g_strstrip (g_strdup (name));
  g_autofree char *wanted = g_utf8_casefold (stripped, -1);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < units->len; i++)
    {
      ItaUnit *unit = g_ptr_array_index (units, i);
      g_autofree char *folded = g_utf8_casefold (unit->name, -1);

      if (g_str_equal (folded, wanted))
        {
          *out = unit->id;
          return TRUE;
        }
      g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", unit->name);
    }
  if (units->len == 0)
    ita_cli_error (_("there is no unit “%s”: this project has no units yet"), name);
  else
    ita_cli_error (_("there is no unit “%s”; the units are: %s"), name, names->str);
  return FALSE;
}

/* Reads the options into report options; FALSE after a usage message. */
static gboolean
read_options (const ReportOptions *o,
              ItaReportOptions    *options)
{
  ItaReportKind kind;
  g_autoptr(GError) error = NULL;

  if (o->document == NULL || !ita_report_kind_from_string (o->document, &kind))
    {
      ita_cli_error (_("which document? use --document analysis, measures, progress or oit"));
      return FALSE;
    }
  ita_report_options_init (options, kind);
  options->thai_digits = o->thai_digits;
  if (o->lang != NULL && !ita_report_language_from_string (o->lang, &options->language))
    {
      ita_cli_error (_("unknown language “%s”: use th or en"), o->lang);
      return FALSE;
    }
  if (o->unit != NULL && kind != ITA_REPORT_OIT)
    {
      ita_cli_error (_("--unit is for the OIT handout (--document oit)"));
      return FALSE;
    }
  if (o->date != NULL && !ita_thai_parse_date (o->date, &options->date, &error))
    {
      ita_cli_error ("%s", error->message);
      return FALSE;
    }
  return TRUE;
}

int
ita_cli_report (int    argc,
                char **argv)
{
  g_auto(ReportOptions) o = { 0 };
  const GOptionEntry entries[] = {
    { "document", 'd', 0, G_OPTION_ARG_STRING, &o.document,
      N_("The document: analysis, measures, progress or oit"), N_("KIND") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &o.unit,
      N_("The unit of the OIT handout (default: one handout per unit)"), N_("NAME") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &o.date,
      N_("The document's date; for the progress report, the last day it covers (default: today)"),
      N_("YYYY-MM-DD") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &o.lang, N_("Language of the document: th (default) or en"), N_("LANG") },
    { "thai-digits", 0, 0, G_OPTION_ARG_NONE, &o.thai_digits, N_("Write every number in Thai digits"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output, N_("The PDF file to write"), N_("OUT.pdf") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.ita --document KIND -o OUT.pdf"));
  g_autoptr(ItaProject) project = NULL;
  g_autoptr(GPtrArray) years = NULL;
  g_autoptr(ItaReportDocument) doc = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  ItaReportOptions options;

  g_option_context_set_summary (context,
                                _("Writes a document the agency publishes as PDF: the analysis of the results, "
                                  "the integrity measures, their progress report up to a date, or the OIT "
                                  "handout of a unit."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ita_cli_parse_options (context, &argc, &argv))
    return 2;
  if (argc != 2 || o.output == NULL)
    {
      ita_cli_error (_("usage: ita-cli report FILE.ita --document analysis|measures|progress|oit [--unit NAME] "
                       "[--date YYYY-MM-DD] [--lang th|en] [--thai-digits] -o OUT.pdf"));
      return 2;
    }
  if (!read_options (&o, &options))
    return 2;

  file = g_file_new_for_commandline_arg (argv[1]);
  project = ita_project_open (file, ITA_PROJECT_OPEN_READ_ONLY, &error);
  if (project == NULL)
    {
      ita_cli_error ("%s", error->message);
      return 1;
    }
  if (o.unit != NULL && !find_unit (project, o.unit, &options.unit_id))
    return 1;
  if (options.kind == ITA_REPORT_ANALYSIS)
    {
      g_autoptr(ItaYears) linked = ita_cli_open_years (project);

      years = ita_report_years_from (linked);
    }

  doc = ita_report_build (project, &options, years, &error);
  out = g_file_new_for_commandline_arg (o.output);
  if (doc == NULL || !ita_report_write_pdf (doc, out, NULL, NULL, &error))
    {
      ita_cli_error (_("%s could not be written: %s"), o.output, error->message);
      return 1;
    }
  return 0;
}
