/* ita-cli-framework.c: `ita-cli framework list|show ID|validate FILE|install FILE` */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "ita-cli-private.h"
#include "ita-thai.h"

static const char *scheme_names[] = { "letter", "pass_fail", "rating" };
static const char *item_list_names[] = { "complete", "partial", "unknown" };
static const char *scale_names[] = { "four_level", "yes_no", "oit_0_100", "oit_0_50_100", "unknown" };

static int
usage (void)
{
  g_printerr ("%s\n", _("Usage: ita-cli framework list | show ID | validate FILE | install FILE"));
  return 2;
}

/* " [unverified: INF]" for an element that is not confirmed */
static char *
mark (ItaConfidence c)
{
  if (!ita_confidence_is_unverified (c))
    return g_strdup ("");
  return g_strdup_printf (" [%s: %s]", _("unverified"), ita_confidence_to_string (c));
}

ItaFramework *
ita_cli_find_edition (const char  *name,
                      GError     **error)
{
  g_autofree char *ascii = ita_thai_digits_to_ascii (name);
  g_autofree char *id = NULL;

  if (g_str_has_suffix (name, ".json"))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (name);
      return ita_framework_new_from_file (file, error);
    }

  g_strstrip (ascii);
  if (strlen (ascii) == 4 && g_ascii_isdigit (ascii[0]) && strspn (ascii, "0123456789") == 4)
    id = g_strconcat ("ita-", ascii, NULL);
  else
    id = g_strdup (ascii);
  return ita_catalogue_lookup (id, error);
}

static int
cmd_list (void)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  list = ita_catalogue_list (&error);
  if (list == NULL)
    {
      ita_cli_error ("%s", error->message);
      return 1;
    }
  if (list->len == 0)
    {
      printf ("%s\n", _("No editions are installed."));
      return 0;
    }

  printf ("%-10s %-5s %-10s %-6s %-10s %s\n", _("ID"), _("FY"), _("GRADING"), _("ITEMS"),
          _("CONFIDENCE"), _("NAME"));
  for (guint i = 0; i < list->len; i++)
    {
      ItaFramework *fw = g_ptr_array_index (list, i);
      g_autofree char *m = mark (ita_framework_get_confidence (fw));
      const char *origin = ita_framework_get_origin (fw);

      printf ("%-10s %-5d %-10s %-6u %-10s %s%s\n", ita_framework_get_id (fw),
              ita_framework_get_fiscal_year (fw),
              scheme_names[ita_framework_get_grading (fw)->scheme],
              ita_framework_get_n_items (fw),
              ita_confidence_to_string (ita_framework_get_confidence (fw)),
              ita_framework_get_name_th (fw), m);
      if (g_path_is_absolute (origin))
        printf ("           %s %s\n", _("added by the user:"), origin);
    }
  return 0;
}

/* "         rule: GAP, provisional — <reason>" / "rule: INF, reproduces S1" */
static void
show_rule (const char       *indent,
           const ItaRuleDef *rule)
{
  g_autofree char *reproduces = NULL;

  if (!rule->present)
    return;
  if (rule->reproduces != NULL && rule->reproduces[0] != NULL)
    reproduces = g_strjoinv (", ", rule->reproduces);
  if (ita_rule_is_provisional (rule))
    printf ("%s%s: %s, %s — %s\n", indent, _("rule"), ita_confidence_to_string (rule->confidence),
            _("provisional"), ita_cli_thai () ? rule->reason_th : rule->reason_en);
  else if (reproduces != NULL)
    printf ("%s%s: %s, %s %s\n", indent, _("rule"), ita_confidence_to_string (rule->confidence),
            _("reproduces"), reproduces);
  else
    printf ("%s%s: %s\n", indent, _("rule"), ita_confidence_to_string (rule->confidence));
}

static void
show_tools (ItaFramework *fw)
{
  printf ("\n%s\n", _("Tools and weights:"));
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    {
      const ItaToolDef *tool = ita_framework_get_tool (fw, (ItaTool) t);
      g_autofree char *w = ita_decimal_format_short (tool->weight, FALSE);
      g_autofree char *m = mark (tool->confidence);

      printf ("  %-4s %5s %%  %s: %-8s  %s (%s)%s\n", tool->code, w, _("items"),
              item_list_names[tool->item_list], tool->name_th, tool->name_en, m);
      for (guint p = 0; p < tool->n_parts; p++)
        printf ("         %s: %s %s (%s), %s\n", _("part"), tool->parts[p].code,
                tool->parts[p].name_th, tool->parts[p].name_en,
                tool->parts[p].from == ITA_PART_FROM_ITEMS ? _("computed from the items") : _("entered as NACC reports it"));
      show_rule ("         ", &tool->rule);
      if (tool->note != NULL)
        printf ("         %s\n", tool->note);
    }
  if (ita_framework_get_total_rule (fw)->present)
    {
      printf ("  %s\n", _("Total:"));
      show_rule ("         ", ita_framework_get_total_rule (fw));
    }
}

static void
show_grading (ItaFramework *fw)
{
  const ItaGrading *g = ita_framework_get_grading (fw);
  g_autofree char *pass = ita_decimal_format_short (g->pass_mark, FALSE);
  g_autofree char *m = mark (g->confidence);

  printf ("\n%s %s, %s %s%s\n", _("Grading:"), scheme_names[g->scheme], _("pass mark"), pass, m);
  for (guint b = 0; b < g->n_bands; b++)
    {
      const ItaGradeBand *band = &g->bands[b];
      g_autofree char *min = ita_decimal_format (band->min, FALSE);
      g_autofree char *max = ita_decimal_format (band->max, FALSE);
      g_autofree char *cond = NULL;

      if (band->tools_min != ITA_CENTI_NONE)
        {
          g_autofree char *t = ita_decimal_format_short (band->tools_min, FALSE);
          cond = g_strdup_printf (_("and every tool ≥ %s"), t);
        }
      printf ("  %-10s %6s–%-6s %s (%s)%s%s\n", band->code, min, max, band->label_th, band->label_en,
              cond != NULL ? "  " : "", cond != NULL ? cond : "");
    }
  show_rule ("  ", &g->rule);
  if (g->note != NULL)
    printf ("  %s\n", g->note);
}

static void
show_indicators (ItaFramework *fw)
{
  printf ("\n%s\n", _("Indicators:"));
  for (int k = 1; k <= 10; k++)
    {
      const ItaIndicatorDef *ind = ita_framework_get_indicator (fw, k);
      g_autofree char *m = mark (ind->confidence);

      printf ("  %2d  %-4s %s (%s)%s\n", k, ita_tool_to_string (ind->tool), ind->name_th, ind->name_en, m);
      show_rule ("      ", &ind->rule);
      for (guint s = 0; s < ind->n_subs; s++)
        {
          g_autofree char *sm = mark (ind->subs[s].confidence);
          printf ("      %-5s %s (%s)%s\n", ind->subs[s].code, ind->subs[s].name_th, ind->subs[s].name_en, sm);
        }
    }
}

static const char *period_names[] = { "none", "current_fy", "previous_fy", "current_fy_first_half",
                                      "channel", "unknown" };

static void
show_item (ItaFramework     *fw,
           const ItaItemDef *item)
{
  const ItaIndicatorDef *ind = ita_framework_get_indicator (fw, item->indicator);
  g_autofree char *m = mark (item->confidence);
  const char *where = item->sub_index >= 0 ? ind->subs[item->sub_index].code : NULL;
  g_autofree char *where_s = where != NULL ? g_strdup (where) : g_strdup_printf ("%d", item->indicator);
  g_autoptr(GString) keys = g_string_new (item->continuity);

  printf ("  %-4s %-5s %-12s %-3s  %s%s\n", item->code, where_s, scale_names[item->scale],
          ita_confidence_to_string (item->confidence),
          *item->text_th != '\0' ? item->text_th : _("(text not known)"), m);
  if (item->text_en != NULL && *item->text_en != '\0')
    printf ("                               %s\n", item->text_en);
  for (guint k = 0; item->covers != NULL && item->covers[k] != NULL; k++)
    g_string_append_printf (keys, "%s%s", k == 0 ? _(", covers ") : ", ", item->covers[k]);
  if (item->tool == ITA_TOOL_OIT)
    printf ("                               %s %s · %s %s\n", _("period:"), period_names[item->period],
            _("continuity:"), keys->str);
  else
    printf ("                               %s %s\n", _("continuity:"), keys->str);
  if (item->note != NULL)
    printf ("                               %s %s\n", _("note:"), item->note);
}

/* The items tool by tool; a tool whose list is unknown says so. */
static void
show_items (ItaFramework *fw)
{
  guint n = ita_framework_get_n_items (fw);

  printf ("\n%s (%u)\n", _("Items:"), n);
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    {
      const ItaToolDef *tool = ita_framework_get_tool (fw, (ItaTool) t);
      guint n_tool = 0;

      for (guint i = 0; i < n; i++)
        n_tool += ita_framework_get_item (fw, i)->tool == (ItaTool) t;
      if (n_tool == 0)
        {
          g_autofree char *m = mark (tool->item_list == ITA_ITEM_LIST_UNKNOWN ? ITA_CONFIDENCE_GAP
                                                                               : tool->confidence);

          printf (_("  %s: no items listed (item list %s)%s\n"), tool->code,
                  item_list_names[tool->item_list], m);
          continue;
        }
      printf (_("  %s: %u items (item list %s)\n"), tool->code, n_tool, item_list_names[tool->item_list]);
      for (guint i = 0; i < n; i++)
        {
          const ItaItemDef *item = ita_framework_get_item (fw, i);

          if (item->tool == (ItaTool) t)
            show_item (fw, item);
        }
    }
}

/* The sources the confidence codes and notes refer to (read from the
 * edition's JSON, which the loader has validated). */
static void
show_sources (ItaFramework *fw)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  GBytes *json = ita_framework_get_json (fw);
  JsonObject *root;
  JsonArray *sources;

  if (!json_parser_load_from_data (parser, g_bytes_get_data (json, NULL), (gssize) g_bytes_get_size (json), NULL))
    return;
  root = json_node_get_object (json_parser_get_root (parser));
  if (!json_object_has_member (root, "sources"))
    return;
  sources = json_object_get_array_member (root, "sources");
  if (json_array_get_length (sources) == 0)
    return;
  printf ("\n%s\n", _("Sources:"));
  for (guint i = 0; i < json_array_get_length (sources); i++)
    {
      JsonObject *src = json_array_get_object_element (sources, i);
      const char *description = json_object_has_member (src, "description")
                                ? json_object_get_string_member (src, "description") : "";

      printf ("  %-4s %s\n", json_object_get_string_member (src, "id"), description);
    }
}

static int
cmd_show (const char *name)
{
  g_autoptr(ItaFramework) fw = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *notes;
  g_autofree char *m = NULL;

  fw = ita_cli_find_edition (name, &error);
  if (fw == NULL)
    {
      ita_cli_error ("%s", error->message);
      return 1;
    }

  m = mark (ita_framework_get_confidence (fw));
  printf ("%s — %s\n", ita_framework_get_id (fw), ita_framework_get_name_th (fw));
  printf ("%s\n", ita_framework_get_name_en (fw));
  printf ("%s %d, %s %s%s\n", _("Fiscal year"), ita_framework_get_fiscal_year (fw), _("confidence"),
          ita_confidence_to_string (ita_framework_get_confidence (fw)), m);
  notes = ita_framework_get_notes (fw);
  if (notes[0] != NULL)
    {
      printf ("\n%s\n", _("Notes:"));
      for (guint i = 0; notes[i] != NULL; i++)
        printf ("  - %s\n", notes[i]);
    }
  show_sources (fw);
  show_tools (fw);
  show_grading (fw);
  show_indicators (fw);
  show_items (fw);
  return 0;
}

static int
cmd_validate (const char *path,
              gboolean    install)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(ItaFramework) fw = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (bytes == NULL)
    {
      ita_cli_error ("%s: %s", path, error->message);
      return 1;
    }
  fw = ita_framework_new_from_bytes (bytes, path, &error);
  if (fw == NULL)
    {
      ita_cli_error ("%s", error->message);
      return 1;
    }
  printf (_("%s: valid edition %s (fiscal year %d, %u items)\n"), path,
          ita_framework_get_id (fw), ita_framework_get_fiscal_year (fw), ita_framework_get_n_items (fw));
  if (!install)
    return 0;

  g_clear_object (&fw);
  fw = ita_catalogue_install (file, &error);
  if (fw == NULL)
    {
      ita_cli_error ("%s", error->message);
      return 1;
    }
  printf (_("Added %s to the editions of this user.\n"), ita_framework_get_id (fw));
  return 0;
}

int
ita_cli_framework (int    argc,
                   char **argv)
{
  if (argc == 2 && g_str_equal (argv[1], "list"))
    return cmd_list ();
  if (argc == 3 && g_str_equal (argv[1], "show"))
    return cmd_show (argv[2]);
  if (argc == 3 && g_str_equal (argv[1], "validate"))
    return cmd_validate (argv[2], FALSE);
  if (argc == 3 && g_str_equal (argv[1], "install"))
    return cmd_validate (argv[2], TRUE);
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      printf ("%s\n", _("Usage: ita-cli framework list | show ID | validate FILE | install FILE"));
      printf ("\n  list           %s\n", _("List the editions: built in and added by the user"));
      printf ("  show ID        %s\n", _("Show an edition (ID like ita-2568 or a year like 2568)"));
      printf ("  validate FILE  %s\n", _("Check an edition file and report what is wrong in it"));
      printf ("  install FILE   %s\n", _("Check an edition file and add it for this user"));
      return 0;
    }
  return usage ();
}
