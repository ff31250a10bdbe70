/* ita-cli-deck.c: `ita-cli deck` — the charts of a project as a slide
 * deck (PPTX or PDF) */
#include "config.h"

#include <glib/gi18n.h>

#include "ita-chart-data-project.h"
#include "ita-cli-private.h"
#include "ita-office.h"

static gboolean
parse_kinds (const char *list,
             GArray     *out)
{
  g_auto(GStrv) names = g_strsplit (list, ",", -1);

  for (guint i = 0; names[i] != NULL; i++)
    {
      ItaChartKind kind;

      if (!ita_chart_kind_from_string (g_strstrip (names[i]), &kind))
        {
          g_autoptr(GString) all = g_string_new (NULL);

          for (guint k = 0; k < ITA_CHART_N_KINDS; k++)
            g_string_append_printf (all, "%s%s", k > 0 ? ", " : "", ita_chart_kind_to_string (k));
          ita_cli_error (_("unknown chart kind “%s”: use %s"), names[i], all->str);
          return FALSE;
        }
      g_array_append_val (out, kind);
    }
  return out->len > 0;
}

int
ita_cli_deck (int    argc,
              char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *format = NULL;
  g_autofree char *aspect = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *charts = NULL;
  gboolean thai_digits = FALSE;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), N_("FILE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      N_("pptx or pdf (default: from the file name, else pptx)"), N_("FORMAT") },
    { "aspect", 0, 0, G_OPTION_ARG_STRING, &aspect, N_("The slides’ shape: 16:9 (default) or 4:3"), N_("RATIO") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang, N_("Language of the deck: th (default) or en"), N_("LANG") },
    { "charts", 0, 0, G_OPTION_ARG_STRING, &charts,
      N_("The charts to show, comma-separated, in order (default: every chart that has data)"), N_("KINDS") },
    { "thai-digits", 0, 0, G_OPTION_ARG_NONE, &thai_digits, N_("Write numbers in Thai digits"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.ita -o OUT.pptx|pdf"));
  g_autoptr(ItaChartStyle) style = ita_chart_style_new ();
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (ItaChartKind));
  g_autoptr(ItaYears) years = NULL;
  g_autoptr(ItaProject) project = NULL;
  g_autoptr(GFile) project_file = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  ItaOfficeDeckOptions options;

  ita_office_deck_options_init (&options);
  g_option_context_set_summary (context, _("Writes the charts of a project file as a slide deck: a title "
                                           "slide, then one slide per chart with an editable title."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ita_cli_parse_options (context, &argc, &argv))
    return 2;
  if (argc != 2 || output == NULL)
    {
      ita_cli_error (_("usage: ita-cli deck FILE.ita [--format pptx|pdf] [--aspect 16:9|4:3] [--lang th|en] -o OUT"));
      return 2;
    }
  if (format != NULL)
    {
      if (!ita_office_deck_format_from_string (format, &options.format))
        {
          ita_cli_error (_("unknown format “%s”: use pptx or pdf"), format);
          return 2;
        }
    }
  else if (g_str_has_suffix (output, ".pdf") || g_str_has_suffix (output, ".PDF"))
    options.format = ITA_OFFICE_DECK_PDF;
  if (aspect != NULL && !ita_office_aspect_from_string (aspect, &options.aspect))
    {
      ita_cli_error (_("unknown aspect “%s”: use 16:9 or 4:3"), aspect);
      return 2;
    }
  if (lang != NULL && !ita_chart_language_from_string (lang, &style->language))
    {
      ita_cli_error (_("unknown language “%s”: use th or en"), lang);
      return 2;
    }
  if (charts != NULL && !parse_kinds (charts, kinds))
    return 2;
  style->thai_digits = thai_digits;

  project_file = g_file_new_for_commandline_arg (argv[1]);
  project = ita_project_open (project_file, ITA_PROJECT_OPEN_READ_ONLY, &error);
  if (project == NULL)
    {
      ita_cli_error ("%s", error->message);
      return 1;
    }
  years = ita_cli_open_years (project);

  options.style = style;
  options.years = years;
  if (kinds->len > 0)
    {
      options.kinds = (const ItaChartKind *) kinds->data;
      options.n_kinds = kinds->len;
    }
  file = g_file_new_for_commandline_arg (output);
  if (!ita_office_write_deck (project, &options, file, &error))
    {
      ita_cli_error ("%s", error->message);
      return 1;
    }
  return 0;
}
