/* ita-cli-score.c: `ita-cli score --edition ID --scores FILE.csv [--json]`
 *
 * The printing is ita_cli_score_print(), shared with the project-file form
 * of the command.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ita-cli-private.h"

#define N_TOP_GAINS 10

static const char *
category_label (ItaCategory category)
{
  switch (category)
    {
    case ITA_CATEGORY_MAINTAIN:
      return _("maintain");
    case ITA_CATEGORY_RAISE:
      return _("raise");
    case ITA_CATEGORY_IMPROVE:
      return _("improve");
    case ITA_CATEGORY_NONE:
    default:
      return "–";
    }
}

static char *
fmt (ItaCenti value)
{
  return ita_decimal_format (value, FALSE);
}

gboolean
ita_cli_thai (void)
{
  const char * const *names = g_get_language_names ();

  return names[0] != NULL && g_str_has_prefix (names[0], "th");
}

/* the Thai or English one of a result's two fixed languages */
static const char *
pick (const char *th,
      const char *en)
{
  return ita_cli_thai () ? th : en;
}

/* "  [incomplete, provisional]" for a figure that is not final */
static char *
flags_note (guint flags)
{
  if (flags == 0)
    return g_strdup ("");
  if ((flags & ITA_LEVEL_INCOMPLETE) && (flags & ITA_LEVEL_PROVISIONAL))
    return g_strdup_printf ("  [%s, %s]", _("incomplete"), _("provisional"));
  return g_strdup_printf ("  [%s]", (flags & ITA_LEVEL_INCOMPLETE) ? _("incomplete") : _("provisional"));
}

/* "  (computed from 19 of 20 items)" when some inputs have no score */
static char *
partial_note (const ItaLevel *level,
              const char     *inputs)
{
  if (level->n_scored == 0 || level->n_scored == level->n_inputs)
    return g_strdup ("");
  return g_strdup_printf (_("  (computed from %u of %u %s)"), level->n_scored, level->n_inputs, inputs);
}

/* s right-aligned in width characters (printf counts bytes, and "–" has 3) */
static char *
fmt_right (ItaCenti value,
           int      width)
{
  g_autofree char *s = fmt (value);
  glong pad = width - g_utf8_strlen (s, -1);

  return g_strdup_printf ("%*s%s", (int) MAX (pad, 0), "", s);
}

static void
print_level_row (const char     *label,
                 const ItaLevel *level,
                 const char     *tail)
{
  g_autofree char *v = fmt_right (level->value, 8);
  g_autofree char *c = fmt_right (level->computed, 9);
  g_autofree char *o = fmt_right (level->official, 9);
  g_autofree char *f = flags_note (level->flags);

  printf ("  %-8s %s %s %s  %s%s\n", label, v, c, o, tail, f);
}

static void
print_official_grade (ItaResult *result)
{
  const ItaGradeBand *official = ita_result_get_official_grade (result);
  const ItaGrade *grade = ita_result_get_grade (result);

  if (official == NULL)
    return;
  printf ("%-10s %s (%s): %s\n", C_("grade", "Official"), official->label_th, official->label_en,
          _("the grade NACC published"));
  if (ita_result_grade_differs (result))
    {
      printf ("%-10s %s %s (%s)\n", "", _("It differs from the grade the figures give:"),
              grade->label_th, grade->label_en);
      printf ("%-10s %s\n", "", grade->explanation_th);
      printf ("%-10s %s\n", "", grade->explanation_en);
    }
}

static void
print_header (ItaResult *result)
{
  ItaFramework *fw = ita_result_get_framework (result);
  const ItaLevel *total = ita_result_get_total (result);
  const ItaGrade *grade = ita_result_get_grade (result);
  g_autofree char *v = fmt (total->value);
  g_autofree char *c = fmt (total->computed);
  g_autofree char *o = fmt (total->official);
  g_autofree char *f = flags_note (total->flags);

  printf ("%s — %s\n\n", ita_framework_get_id (fw), ita_framework_get_name_th (fw));
  printf ("%-10s %s   (%s %s, %s %s)%s\n", _("Total"), v, _("computed"), c, _("official"), o, f);
  if (grade == NULL)
    printf ("%-10s %s\n", _("Grade"), _("none: there is no total yet"));
  else if (grade->flags & ITA_LEVEL_INCOMPLETE)
    {
      /* a grade from incomplete figures is no result: no band is named */
      printf ("%-10s %s\n", _("Grade"), _("not decided: the figures are incomplete (see “Not final” below)"));
    }
  else
    {
      if (grade->flags & ITA_LEVEL_PROVISIONAL)
        printf ("%-10s %s (%s) — %s\n", _("Grade"), grade->label_th, grade->label_en,
                _("provisional, not final (see “Not final” below)"));
      else
        printf ("%-10s %s (%s)\n", _("Grade"), grade->label_th, grade->label_en);
      printf ("%-10s %s\n", "", grade->explanation_th);
      printf ("%-10s %s\n", "", grade->explanation_en);
    }
  print_official_grade (result);
}

static void
print_tools (ItaResult *result)
{
  ItaFramework *fw = ita_result_get_framework (result);

  printf ("\n%-10s %8s %9s %9s  %s\n", _("Tools"), _("value"), _("computed"), _("official"), _("weight × value"));
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    {
      const ItaToolDef *tool = ita_framework_get_tool (fw, (ItaTool) t);
      const ItaLevel *level = ita_result_get_tool (result, (ItaTool) t);
      g_autofree char *w = ita_decimal_format_short (tool->weight, FALSE);
      g_autofree char *contrib = fmt (ita_result_get_contribution (result, (ItaTool) t));
      g_autofree char *tail = g_strdup_printf ("%s %% → %s", w, contrib);

      print_level_row (tool->code, level, tail);
      for (guint p = 0; p < tool->n_parts; p++)
        {
          g_autofree char *label = g_strdup_printf ("  %s", tool->parts[p].code);
          print_level_row (label, ita_result_get_level (result, tool->parts[p].code), tool->parts[p].name_th);
        }
    }
}

static void
print_indicators (ItaResult *result)
{
  ItaFramework *fw = ita_result_get_framework (result);

  printf ("\n%-10s %8s %9s %9s  %s\n", _("Indicators"), _("value"), _("computed"), _("official"), _("category"));
  for (int k = 1; k <= 10; k++)
    {
      const ItaIndicatorDef *ind = ita_framework_get_indicator (fw, k);
      const ItaLevel *level = ita_result_get_indicator (result, k);
      g_autofree char *key = g_strdup_printf ("ind:%d", k);
      g_autofree char *label = g_strdup_printf ("%d", k);
      g_autofree char *note = partial_note (level, ind->n_subs > 0 ? _("sub-indicators") : _("items"));
      g_autofree char *tail = g_strdup_printf ("%-9s %s%s", category_label (ita_result_get_category (result, key)),
                                               ind->name_th, note);

      print_level_row (label, level, tail);
      for (guint s = 0; s < ind->n_subs; s++)
        {
          g_autofree char *skey = g_strconcat ("sub:", ind->subs[s].code, NULL);
          const ItaLevel *sl = ita_result_get_level (result, skey);
          g_autofree char *slabel = g_strdup_printf ("  %s", ind->subs[s].code);
          g_autofree char *snote = partial_note (sl, _("items"));
          g_autofree char *stail = g_strdup_printf ("%-9s %s%s", category_label (ita_result_get_category (result, skey)),
                                                    ind->subs[s].name_th, snote);
          print_level_row (slabel, sl, stail);
        }
    }
}

static void
print_discrepancies (ItaResult *result)
{
  GArray *d = ita_result_get_discrepancies (result);

  if (d->len == 0 && !ita_result_grade_differs (result))
    return;
  printf ("\n%s\n", _("Official figures that differ from the computed ones:"));
  for (guint i = 0; i < d->len; i++)
    {
      const ItaDiscrepancy *x = &g_array_index (d, ItaDiscrepancy, i);
      g_autofree char *c = fmt (x->computed);
      g_autofree char *o = fmt (x->official);

      printf ("  %-12s %-6s %s %s, %s %s\n", x->level, x->id, _("official"), o, _("computed"), c);
    }
  if (ita_result_grade_differs (result))
    {
      const ItaGradeBand *official = ita_result_get_official_grade (result);
      const ItaGrade *grade = ita_result_get_grade (result);

      printf ("  %-12s %-6s %s %s, %s %s\n", "grade", "GRADE", _("official"),
              pick (official->label_th, official->label_en), _("computed"),
              pick (grade->label_th, grade->label_en));
    }
}

static void
print_reasons (ItaResult *result)
{
  GPtrArray *reasons = ita_result_get_all_reasons (result);

  if (reasons->len == 0)
    return;
  printf ("\n%s\n", _("Not final: why figures above are incomplete or provisional"));
  for (guint i = 0; i < reasons->len; i++)
    {
      const ItaReason *x = g_ptr_array_index (reasons, i);

      printf ("  %-12s %s\n", x->kind == ITA_LEVEL_PROVISIONAL ? _("provisional") : _("incomplete"),
              pick (x->text_th, x->text_en));
    }
}

static void
print_gains (ItaResult *result)
{
  ItaFramework *fw = ita_result_get_framework (result);
  GArray *gains = ita_result_get_gains (result);

  if (gains->len == 0)
    return;
  printf ("\n%s\n", _("Largest gains: points on the total if the item were fixed"));
  for (guint i = 0; i < gains->len && i < N_TOP_GAINS; i++)
    {
      const ItaGain *g = &g_array_index (gains, ItaGain, i);
      const ItaItemDef *item = ita_framework_lookup_item (fw, g->item);
      g_autofree char *p = fmt (g->points);

      printf ("  %-5s +%-6s %s\n", g->item, p, *item->text_th != '\0' ? item->text_th : _("(text not known)"));
    }
  if (gains->len > N_TOP_GAINS)
    printf ("  %s\n", _("… and more (see --json)"));
}

static void
print_unscored (ItaResult *result)
{
  const char * const *unscored = ita_result_get_unscored (result);
  g_autofree char *list = NULL;

  if (unscored == NULL || unscored[0] == NULL)
    return;
  list = g_strjoinv (", ", (char **) unscored);
  printf ("\n%s\n  %s\n", _("No score yet (listed as missing, not ranked):"), list);
}

static void
print_next_grade (ItaResult *result)
{
  const ItaNextGrade *next = ita_result_get_next_grade (result);
  g_autofree char *list = NULL;
  g_autofree char *total = NULL;
  g_autofree char *points = NULL;

  if (next == NULL)
    return;
  printf ("\n%s %s (%s): %s\n", _("The way to"), next->band->label_th, next->band->label_en,
          pick (next->condition_th, next->condition_en));
  list = g_strjoinv (", ", next->items);
  total = fmt (next->what_if.total);
  points = fmt (next->what_if.points);
  if (next->reachable)
    printf ("  %s %s → %s (+%s)\n", _("fix"), list, total, points);
  else
    {
      printf ("  %s: %s\n", _("not reachable by fixing items"), pick (next->blocker_th, next->blocker_en));
      if (*list != '\0')
        printf ("  %s %s → %s (+%s)\n", _("the most that fixing gives:"), list, total, points);
    }
}

void
ita_cli_score_print (ItaResult *result,
                     gboolean   json)
{
  g_return_if_fail (result != NULL);

  if (json)
    {
      g_autofree char *text = ita_result_to_json (result);
      fputs (text, stdout);
      return;
    }
  print_header (result);
  print_tools (result);
  print_indicators (result);
  print_discrepancies (result);
  print_reasons (result);
  print_gains (result);
  print_unscored (result);
  print_next_grade (result);
}

/* --fix o1,o7: the total if those items were fixed (scored 100). Returns
 * FALSE, after saying why, when a code is not an item of the edition. */
gboolean
ita_cli_score_what_if (ItaResult          *result,
                       ItaScores          *scores,
                       const char * const *fix,
                       gboolean            json)
{
  ItaFramework *fw = ita_result_get_framework (result);
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
  const ItaLevel *total = ita_result_get_total (result);
  ItaWhatIf what_if;

  for (guint i = 0; fix != NULL && fix[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (fix[i], ",", -1);

      for (guint j = 0; parts[j] != NULL; j++)
        {
          g_autoptr(GError) error = NULL;
          g_autofree char *key = NULL;

          g_strstrip (parts[j]);
          if (*parts[j] == '\0')
            continue;
          key = ita_scores_normalize_key (fw, parts[j], &error);
          if (key == NULL || ita_framework_lookup_item (fw, key) == NULL)
            {
              ita_cli_error (_("--fix: “%s” is not an item of %s (give item codes such as o12 or i3)"),
                             parts[j], ita_framework_get_id (fw));
              return FALSE;
            }
          g_ptr_array_add (codes, g_steal_pointer (&key));
        }
    }
  g_ptr_array_add (codes, NULL);

  if (json)
    {
      /* every figure with two decimals from the hundredths (docs/score-json.md) */
      g_autofree char *text = ita_result_to_json_what_if (result, (const char * const *) codes->pdata);

      fputs (text, stdout);
      return TRUE;
    }

  what_if = ita_result_what_if (result, (const char * const *) codes->pdata);
  ita_cli_score_print (result, FALSE);
  {
    g_autofree char *list = g_strjoinv (", ", (char **) codes->pdata);
    g_autofree char *value = ita_decimal_format (what_if.total, FALSE);
    g_autofree char *delta = NULL;

    if (total->value != ITA_CENTI_NONE && what_if.total != ITA_CENTI_NONE)
      delta = ita_decimal_format (what_if.points, FALSE);
    printf ("\n%s\n  %s → %s%s%s%s\n", _("What if these items were fixed:"), list, value,
            delta ? " (+" : "", delta ? delta : "", delta ? ")" : "");
  }
  return TRUE;
}

static ItaScores *
load_scores (ItaFramework *fw,
             const char   *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length;
  ItaScores *scores;

  if (!g_file_load_contents (file, NULL, &data, &length, NULL, &error))
    {
      ita_cli_error ("%s: %s", path, error->message);
      return NULL;
    }
  scores = ita_scores_parse_csv (fw, data, length, &error);
  if (scores == NULL)
    {
      g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);

      ita_cli_error (_("%s: nothing was read, because of these rows:"), path);
      for (guint i = 0; lines[i] != NULL; i++)
        g_printerr ("  %s\n", lines[i]);
    }
  return scores;
}

int
ita_cli_score (int    argc,
               char **argv)
{
  g_autofree char *edition = NULL;
  g_autofree char *scores_path = NULL;
  gboolean json = FALSE;
  g_auto(GStrv) fix = NULL;
  GOptionEntry entries[] = {
    { "edition", 'e', 0, G_OPTION_ARG_STRING, &edition, N_("The ITA edition: ita-2568 or 2568"), N_("ID") },
    { "scores", 's', 0, G_OPTION_ARG_FILENAME, &scores_path, N_("The scores CSV (code,score rows)"), N_("FILE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON (docs/score-json.md)"), NULL },
    { "fix", 0, 0, G_OPTION_ARG_STRING_ARRAY, &fix, N_("What if: also print the total if these items were fixed (scored 100)"), N_("CODES") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(ItaFramework) fw = NULL;
  g_autoptr(ItaScores) scores = NULL;
  g_autoptr(ItaResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context, _("Computes the ITA results of a scores file: total, grade, tools, indicators, differences and gains."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ita_cli_parse_options (context, &argc, &argv))
    return 2;
  if (argc == 2 && edition == NULL && scores_path == NULL &&
      g_str_has_suffix (argv[1], ".ita"))
    return ita_cli_project_score (argv[1], json, (const char * const *) fix);
  if (argc > 1 || edition == NULL || scores_path == NULL)
    {
      ita_cli_error ("%s", _("give both --edition ID and --scores FILE.csv"));
      return 2;
    }

  fw = ita_cli_find_edition (edition, &error);
  if (fw == NULL)
    {
      ita_cli_error ("%s", error->message);
      return 1;
    }
  scores = load_scores (fw, scores_path);
  if (scores == NULL)
    return 1;

  result = ita_engine_compute (fw, scores, NULL);
  if (fix != NULL)
    return ita_cli_score_what_if (result, scores, (const char * const *) fix, json) ? 0 : 1;
  ita_cli_score_print (result, json);
  return 0;
}
