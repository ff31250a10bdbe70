/* ita-cli-chart.c: `ita-cli chart` and `ita-cli charts` — charts of a
 * project file (or of a scores file) as PNG, SVG or PDF */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ita-chart.h"
#include "ita-chart-data-project.h"
#include "ita-cli-private.h"

typedef struct {
  char     *output;
  char     *outdir;
  char     *size;
  char     *lang;
  char     *scores;
  char     *edition;
  double    dpi;
  gboolean  thai_digits;
} ChartOptions;

static void
chart_options_clear (ChartOptions *o)
{
  g_free (o->output);
  g_free (o->outdir);
  g_free (o->size);
  g_free (o->lang);
  g_free (o->scores);
  g_free (o->edition);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ChartOptions, chart_options_clear)

/* The style and size from the options; FALSE after printing a usage error. */
static gboolean
style_from_options (const ChartOptions  *o,
                    ItaChartStyle      **style,
                    int                 *width,
                    int                 *height)
{
  g_autoptr(GError) error = NULL;

  *style = ita_chart_style_new ();
  (*style)->thai_digits = o->thai_digits;
  if (o->lang != NULL && !ita_chart_language_from_string (o->lang, &(*style)->language))
    {
      ita_cli_error (_("unknown language “%s”: use th or en"), o->lang);
      return FALSE;
    }
  *width = 1920;
  *height = 1080;
  if (o->size != NULL && !ita_chart_parse_size (o->size, width, height, &error))
    {
      ita_cli_error ("%s", error->message);
      return FALSE;
    }
  return TRUE;
}

static ItaProject *
open_project (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  ItaProject *project = ita_project_open (file, ITA_PROJECT_OPEN_READ_ONLY, &error);

  if (project == NULL)
    ita_cli_error ("%s", error->message);
  return project;
}

/* The linked earlier years, with a warning for each file left out. */
ItaYears *
ita_cli_open_years (ItaProject *project)
{
  ItaYears *years = ita_years_new (project);
  g_autoptr(GPtrArray) problems = ita_years_dup_problems (years);

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *message = g_strdup_printf (_("The linked file of fiscal year %d is left out: %s"),
                                                  ita_year_get_fiscal_year (g_ptr_array_index (problems, i)),
                                                  ita_year_get_error (g_ptr_array_index (problems, i))->message);
      g_printerr ("ita-cli: %s\n", message);
    }
  return years;
}

/* Chart data from a scores CSV and an edition, without a project file:
 * the years, trend and radar charts then show this year only, and the
 * timeline has no measures. */
static ItaChartData *
data_from_scores (ItaChartKind  kind,
                  const char   *scores_path,
                  const char   *edition_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) framework = ita_cli_find_edition (edition_name, &error);
  g_autofree char *contents = NULL;
  g_autoptr(ItaScores) scores = NULL;
  g_autoptr(ItaResult) result = NULL;
  ItaThresholds thresholds = ITA_THRESHOLDS_DEFAULT;
  ItaResult *results[1];
  gsize length;

  if (framework == NULL)
    {
      ita_cli_error ("%s", error->message);
      return NULL;
    }
  if (!g_file_get_contents (scores_path, &contents, &length, &error))
    {
      ita_cli_error ("%s", error->message);
      return NULL;
    }
  scores = ita_scores_parse_csv (framework, contents, length, &error);
  if (scores == NULL)
    {
      ita_cli_error ("%s: %s", scores_path, error->message);
      return NULL;
    }
  result = ita_engine_compute (framework, scores, &thresholds);
  results[0] = result;
  switch (kind)
    {
    case ITA_CHART_INDICATORS: return ita_chart_data_new_indicators (result, NULL);
    case ITA_CHART_TOOLS:      return ita_chart_data_new_tools (result, NULL);
    case ITA_CHART_GAUGE:      return ita_chart_data_new_gauge (result, NULL);
    case ITA_CHART_YEARS:      return ita_chart_data_new_years (results, 1, NULL);
    case ITA_CHART_TREND:      return ita_chart_data_new_trend (results, 1, NULL);
    case ITA_CHART_RADAR:      return ita_chart_data_new_radar (result, NULL, NULL);
    case ITA_CHART_OIT:        return ita_chart_data_new_oit (result, NULL);
    case ITA_CHART_TIMELINE:
      return ita_chart_data_new (ITA_CHART_TIMELINE, NULL, ita_framework_get_fiscal_year (framework) + 1);
    case ITA_CHART_N_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
write_chart (ItaChartKind         kind,
             ItaChartData        *data,
             const ItaChartStyle *style,
             int                  width,
             int                  height,
             double               dpi,
             const char          *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  ItaChartFormat format;

  if (!ita_chart_format_from_filename (path, &format, &error) ||
      !ita_chart_export (kind, data, style, width, height, dpi, format, file, &error))
    {
      ita_cli_error ("%s", error->message);
      return FALSE;
    }
  return TRUE;
}

/* The options of `chart` (one_chart) or of `charts`. */
static GOptionEntry *
chart_entries (ChartOptions *o,
               gboolean      one_chart)
{
  const GOptionEntry output = {
    "output", 'o', 0, G_OPTION_ARG_FILENAME, &o->output,
    N_("The file to write; its extension (.png, .svg, .pdf) chooses the format"), N_("FILE") };
  const GOptionEntry outdir = {
    "outdir", 0, 0, G_OPTION_ARG_FILENAME, &o->outdir,
    N_("The folder to write every chart into, as PNG, SVG and PDF"), N_("DIR") };
  const GOptionEntry common[] = {
    { "size", 0, 0, G_OPTION_ARG_STRING, &o->size,
      N_("Size in pixels (default 1920x1080; 1024x768 for 4:3 slides)"), N_("WxH") },
    { "dpi", 0, 0, G_OPTION_ARG_DOUBLE, &o->dpi,
      N_("Resolution for print: the printed size is width/dpi inches (default 96)"), N_("DPI") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &o->lang, N_("Language of the chart: th (default) or en"), N_("LANG") },
    { "thai-digits", 0, 0, G_OPTION_ARG_NONE, &o->thai_digits, N_("Write numbers in Thai digits"), NULL },
    { "scores", 0, 0, G_OPTION_ARG_FILENAME, &o->scores,
      N_("Draw from a scores CSV instead of a project file (with --edition)"), N_("FILE") },
    { "edition", 0, 0, G_OPTION_ARG_STRING, &o->edition, N_("The edition of the scores CSV"), N_("ID") },
    { NULL }
  };
  GOptionEntry *entries = g_new0 (GOptionEntry, G_N_ELEMENTS (common) + 1);

  entries[0] = one_chart ? output : outdir;
  for (guint i = 0; i < G_N_ELEMENTS (common); i++)
    entries[i + 1] = common[i];
  return entries;
}

static GOptionContext *
new_context (const char   *parameters,
             const char   *summary,
             ChartOptions *o,
             gboolean      one_chart)
{
  GOptionContext *context = g_option_context_new (parameters);
  g_autofree GOptionEntry *entries = chart_entries (o, one_chart);

  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  return context;
}

int
ita_cli_chart (int    argc,
               char **argv)
{
  g_auto(ChartOptions) o = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(ItaChartStyle) style = NULL;
  g_autoptr(ItaChartData) data = NULL;
  g_autoptr(ItaProject) project = NULL;
  g_autoptr(ItaYears) linked = NULL;
  g_autofree char *kinds = NULL;
  ItaChartKind kind;
  int width, height;

  o.dpi = ITA_CHART_DEFAULT_DPI;
  {
    GString *list = g_string_new (NULL);

    for (guint k = 0; k < ITA_CHART_N_KINDS; k++)
      g_string_append_printf (list, "%s%s", k > 0 ? ", " : "", ita_chart_kind_to_string (k));
    kinds = g_string_free (list, FALSE);
  }
  {
    g_autofree char *summary = g_strdup_printf (_("Draws one chart of a project file. KIND is one of: %s."), kinds);

    context = new_context (_("KIND FILE.ita -o OUT.png|svg|pdf"), summary, &o, TRUE);
  }
  if (!ita_cli_parse_options (context, &argc, &argv))
    return 2;

  if (argc < 2 || !ita_chart_kind_from_string (argv[1], &kind))
    {
      ita_cli_error (argc < 2 ? _("which chart? KIND is one of: %s") : _("unknown chart kind: KIND is one of: %s"),
                     kinds);
      return 2;
    }
  if ((o.scores == NULL && argc != 3) || (o.scores != NULL && argc != 2) || o.output == NULL ||
      (o.scores != NULL) != (o.edition != NULL))
    {
      ita_cli_error (_("usage: ita-cli chart KIND FILE.ita -o OUT.png|svg|pdf (or --scores FILE.csv --edition ID "
                       "instead of FILE.ita)"));
      return 2;
    }
  if (!style_from_options (&o, &style, &width, &height))
    return 2;

  if (o.scores != NULL)
    data = data_from_scores (kind, o.scores, o.edition);
  else
    {
      project = open_project (argv[2]);
      if (project == NULL)
        return 1;
      if (kind == ITA_CHART_YEARS || kind == ITA_CHART_TREND || kind == ITA_CHART_RADAR)
        linked = ita_cli_open_years (project);
      data = ita_chart_data_new_for_project (project, kind, NULL, linked);
    }
  if (data == NULL)
    return 1;
  return write_chart (kind, data, style, width, height, o.dpi, o.output) ? 0 : 1;
}

int
ita_cli_charts (int    argc,
                char **argv)
{
  g_auto(ChartOptions) o = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(ItaChartStyle) style = NULL;
  g_autoptr(ItaProject) project = NULL;
  g_autoptr(ItaYears) linked = NULL;
  g_autoptr(ItaResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) dir = NULL;
  int width, height;

  o.dpi = ITA_CHART_DEFAULT_DPI;
  context = new_context (_("FILE.ita --outdir DIR"),
                         _("Writes every chart of a project file as PNG, SVG and PDF, for a slide deck."),
                         &o, FALSE);
  if (!ita_cli_parse_options (context, &argc, &argv))
    return 2;
  if ((o.scores == NULL && argc != 2) || (o.scores != NULL && argc != 1) || o.outdir == NULL ||
      (o.scores != NULL) != (o.edition != NULL))
    {
      ita_cli_error (_("usage: ita-cli charts FILE.ita --outdir DIR (or --scores FILE.csv --edition ID "
                       "instead of FILE.ita)"));
      return 2;
    }
  if (!style_from_options (&o, &style, &width, &height))
    return 2;

  dir = g_file_new_for_commandline_arg (o.outdir);
  if (!g_file_make_directory_with_parents (dir, NULL, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      ita_cli_error ("%s", error->message);
      return 1;
    }
  g_clear_error (&error);

  if (o.scores == NULL)
    {
      project = open_project (argv[1]);
      if (project == NULL)
        return 1;
      linked = ita_cli_open_years (project);
      result = ita_project_compute (project);
    }

  for (ItaChartKind kind = 0; kind < ITA_CHART_N_KINDS; kind++)
    {
      g_autoptr(ItaChartData) data = project != NULL
        ? ita_chart_data_new_for_project (project, kind, result, linked)
        : data_from_scores (kind, o.scores, o.edition);

      if (data == NULL)
        return 1;
      for (ItaChartFormat format = ITA_CHART_FORMAT_PNG; format <= ITA_CHART_FORMAT_PDF; format++)
        {
          g_autofree char *name = g_strdup_printf ("%s.%s", ita_chart_kind_to_string (kind),
                                                   ita_chart_format_to_string (format));
          g_autoptr(GFile) file = g_file_get_child (dir, name);
          g_autofree char *path = g_file_get_path (file);

          if (!write_chart (kind, data, style, width, height, o.dpi, path))
            return 1;
          printf ("%s\n", path);
        }
    }
  return 0;
}
