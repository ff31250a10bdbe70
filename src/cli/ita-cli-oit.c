/* ita-cli-oit.c: the OIT checklist from the command line —
 *   ita-cli oit FILE.ita [--unit NAME] [--status S] [--csv] [--json]
 *   ita-cli oit-set FILE.ita CODE [--status S] [--url URL]… [--unit NAME]…
 *                   [--due YYYY-MM-DD] [--note TEXT] [--explanation TEXT]
 *   ita-cli oit-import FILE.ita FILE.csv [--dry-run]
 * (the JSON of --json: docs/oit-json.md) */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "ita-cli-private.h"
#include "ita-period.h"
#include "ita-project.h"
#include "ita-scores.h"
#include "ita-thai.h"
#include "ita-url.h"

#define OIT_JSON_FORMAT 1

static int
usage (const char *message)
{
  ita_cli_error ("%s", message);
  return 2;
}

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

static char *
iso (const GDate *date)
{
  char text[16] = "";

  if (!g_date_valid (date))
    return NULL;
  g_date_strftime (text, sizeof text, "%Y-%m-%d", date);
  return g_strdup (text);
}

static char *
centi (ItaCenti value)
{
  return value == ITA_CENTI_NONE ? NULL : ita_decimal_format (value, FALSE);
}

static char *
unit_labels (ItaProject  *project,
             GArray      *ids,
             const char  *separator)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autofree char *label = ita_project_get_unit_label (project, g_array_index (ids, gint64, i));

      g_string_append_printf (s, "%s%s", i ? separator : "", label);
    }
  return g_string_free (s, FALSE);
}

/* --status S: a status ("missing", "มี", …) or "open" (every status but present). */
static gboolean
status_mask (const char  *text,
             guint       *out)
{
  ItaEvidenceStatus status;

  *out = 0;
  if (text == NULL)
    return TRUE;
  if (g_ascii_strcasecmp (text, "open") == 0)
    {
      *out = ITA_EVIDENCE_MASK_OPEN;
      return TRUE;
    }
  if (*text == '\0' || !ita_evidence_status_from_text (text, &status))
    return FALSE;
  *out = ITA_EVIDENCE_MASK (status);
  return TRUE;
}

/* ita-cli oit: the list ------------------------------------------------ */

static void
add_string (JsonBuilder *b,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (b, name);
  if (value == NULL)
    json_builder_add_null_value (b);
  else
    json_builder_add_string_value (b, value);
}

static void
add_take (JsonBuilder *b,
          const char  *name,
          char        *value)
{
  add_string (b, name, value);
  g_free (value);
}

static void
add_strv (JsonBuilder  *b,
          const char   *name,
          char * const *strv)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_builder_add_string_value (b, strv[i]);
  json_builder_end_array (b);
}

static void
add_period (JsonBuilder      *b,
            const ItaItemDef *def,
            int               fiscal_year)
{
  GDate first, last;

  ita_period_get_range (def->period, fiscal_year, &first, &last);
  json_builder_set_member_name (b, "period");
  json_builder_begin_object (b);
  add_string (b, "rule", ita_period_rule_to_string (def->period));
  add_take (b, "text_th", ita_period_describe (def, fiscal_year, TRUE, FALSE));
  add_take (b, "text_en", ita_period_describe (def, fiscal_year, FALSE, FALSE));
  add_take (b, "published", ita_period_published (def, fiscal_year, FALSE));
  add_take (b, "from", iso (&first));
  add_take (b, "to", iso (&last));
  json_builder_end_object (b);
}

static void
add_units (JsonBuilder *b,
           ItaProject  *project,
           GArray      *ids)
{
  json_builder_set_member_name (b, "units");
  json_builder_begin_array (b);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      if (id == ITA_UNIT_ALL)
        json_builder_add_string_value (b, "all");
      else
        json_builder_add_int_value (b, id);
      add_take (b, "name", ita_project_get_unit_label (project, id));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static gboolean
is_overdue (const ItaChecklistEntry *e,
            const GDate             *today)
{
  return e->status != ITA_EVIDENCE_PRESENT && g_date_valid (&e->due_date) &&
         g_date_compare (&e->due_date, today) < 0;
}

static void
add_item (JsonBuilder             *b,
          ItaProject              *project,
          ItaScores               *scores,
          const ItaChecklistEntry *e,
          const GDate             *today)
{
  ItaFramework *edition = ita_project_get_edition (project);
  const ItaItemDef *def = ita_framework_lookup_item (edition, e->item);
  const ItaIndicatorDef *ind = ita_framework_get_indicator (edition, def->indicator);

  json_builder_begin_object (b);
  add_string (b, "item", e->item);
  json_builder_set_member_name (b, "indicator");
  json_builder_add_int_value (b, def->indicator);
  add_string (b, "subindicator", def->sub_index >= 0 && ind ? ind->subs[def->sub_index].code : NULL);
  add_string (b, "title_th", def->text_th);
  add_string (b, "title_en", def->text_en);
  add_take (b, "score", centi (ita_scores_get (scores, e->item)));
  add_period (b, def, ita_project_get_fiscal_year (project));
  add_string (b, "status", ita_evidence_status_to_string (e->status));
  add_strv (b, "urls", e->urls);
  add_string (b, "explanation", e->explanation);
  add_units (b, project, e->unit_ids);
  add_take (b, "due", iso (&e->due_date));
  json_builder_set_member_name (b, "overdue");
  json_builder_add_boolean_value (b, is_overdue (e, today));
  add_string (b, "note", e->note);
  add_take (b, "last_checked", iso (&e->last_checked));
  json_builder_set_member_name (b, "new");
  json_builder_add_boolean_value (b, ita_project_is_checklist_item_new (project, e->item));
  json_builder_end_object (b);
}

static void
add_summary (JsonBuilder         *b,
             ItaChecklistSummary *s)
{
  static const char * const names[] = { "not_checked", "present", "incomplete", "missing" };

  json_builder_set_member_name (b, "summary");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "items");
  json_builder_add_int_value (b, s->n_items);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      json_builder_set_member_name (b, names[i]);
      json_builder_add_int_value (b, s->n_status[i]);
    }
  add_strv (b, "open", s->open);
  add_strv (b, "overdue", s->overdue);
  add_take (b, "oit", centi (s->oit));
  add_take (b, "total", centi (s->total));
  add_take (b, "oit_if_fixed", centi (s->oit_if_fixed));
  add_take (b, "total_if_fixed", centi (s->total_if_fixed));
  json_builder_set_member_name (b, "gains");
  json_builder_begin_array (b);
  for (guint i = 0; i < s->gains->len; i++)
    {
      const ItaGain *g = &g_array_index (s->gains, ItaGain, i);

      json_builder_begin_object (b);
      add_string (b, "item", g->item);
      add_take (b, "points", centi (g->points));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
add_carry (JsonBuilder *b,
           ItaProject  *project)
{
  g_autoptr(ItaCarryReport) report = ita_project_get_carry_report (project);

  json_builder_set_member_name (b, "carried_forward");
  if (report == NULL)
    {
      json_builder_add_null_value (b);
      return;
    }
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "from_fiscal_year");
  json_builder_add_int_value (b, report->from_fiscal_year);
  add_string (b, "from_edition", report->from_edition);
  add_strv (b, "carried", report->carried);
  add_strv (b, "new_items", report->new_items);
  json_builder_set_member_name (b, "dropped");
  json_builder_begin_array (b);
  for (guint i = 0; i < report->dropped->len; i++)
    {
      const ItaDroppedItem *d = g_ptr_array_index (report->dropped, i);

      json_builder_begin_object (b);
      add_string (b, "item", d->item);
      add_string (b, "title_th", d->text_th);
      add_strv (b, "urls", d->urls);
      add_string (b, "explanation", d->explanation);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "dismissed");
  json_builder_add_boolean_value (b, report->dismissed);
  json_builder_end_object (b);
}

static void
print_json (ItaProject          *project,
            GPtrArray           *entries,
            ItaChecklistSummary *summary,
            gint64               unit_id,
            const char          *status,
            const GDate         *today)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(ItaAgency) agency = ita_project_get_agency (project);
  g_autoptr(ItaScores) scores = ita_project_get_scores (project);
  g_autofree char *text = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "format");
  json_builder_add_int_value (b, OIT_JSON_FORMAT);
  add_string (b, "kind", "ita-planner-oit");
  add_string (b, "agency", agency->name);
  json_builder_set_member_name (b, "fiscal_year");
  json_builder_add_int_value (b, ita_project_get_fiscal_year (project));
  add_string (b, "edition", ita_framework_get_id (ita_project_get_edition (project)));
  json_builder_set_member_name (b, "provisional");
  json_builder_add_boolean_value (b, ita_project_is_provisional (project));
  add_take (b, "today", iso (today));

  json_builder_set_member_name (b, "filter");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "unit");
  if (unit_id == ITA_ID_NONE)
    json_builder_add_null_value (b);
  else
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      if (unit_id == ITA_UNIT_ALL)
        json_builder_add_string_value (b, "all");
      else
        json_builder_add_int_value (b, unit_id);
      add_take (b, "name", ita_project_get_unit_label (project, unit_id));
      json_builder_end_object (b);
    }
  add_string (b, "status", status);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "items");
  json_builder_begin_array (b);
  for (guint i = 0; i < entries->len; i++)
    add_item (b, project, scores, g_ptr_array_index (entries, i), today);
  json_builder_end_array (b);
  add_summary (b, summary);
  add_carry (b, project);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  text = json_generator_to_data (gen, NULL);
  printf ("%s\n", text);
}

static void
print_text (ItaProject          *project,
            GPtrArray           *entries,
            ItaChecklistSummary *s,
            const char          *path,
            const GDate         *today)
{
  ItaFramework *edition = ita_project_get_edition (project);
  g_autoptr(ItaAgency) agency = ita_project_get_agency (project);
  g_autofree char *oit = centi (s->oit);
  g_autofree char *oit_fixed = centi (s->oit_if_fixed);
  g_autofree char *total = centi (s->total);
  g_autofree char *total_fixed = centi (s->total_if_fixed);

  printf (_("OIT checklist of %s, FY %d (%s)\n"), agency->name, ita_project_get_fiscal_year (project),
          ita_framework_get_id (edition));
  ita_cli_print_provisional (project, path);
  for (guint i = 0; i < entries->len; i++)
    {
      ItaChecklistEntry *e = g_ptr_array_index (entries, i);
      const ItaItemDef *def = ita_framework_lookup_item (edition, e->item);
      g_autofree char *units = unit_labels (project, e->unit_ids, ", ");
      g_autofree char *due = iso (&e->due_date);
      g_autofree char *period = ita_period_describe (def, ita_project_get_fiscal_year (project),
                                                     !g_str_equal (_("Item"), "Item"), FALSE);

      printf ("%-4s %-14s %s\n", e->item, ita_evidence_status_label (e->status), def->text_th);
      printf ("     %s\n", period);
      if (*units != '\0')
        printf (_("     Units: %s\n"), units);
      if (due != NULL)
        printf (is_overdue (e, today) ? _("     Due: %s (overdue)\n") : _("     Due: %s\n"), due);
      for (guint k = 0; e->urls[k] != NULL; k++)
        printf ("     %s\n", e->urls[k]);
      if (ita_project_is_checklist_item_new (project, e->item))
        printf (_("     New in this edition\n"));
    }
  printf ("\n");
  printf (_("Present %u, incomplete %u, missing %u, not checked %u (of %u)\n"),
          s->n_status[ITA_EVIDENCE_PRESENT], s->n_status[ITA_EVIDENCE_INCOMPLETE],
          s->n_status[ITA_EVIDENCE_MISSING], s->n_status[ITA_EVIDENCE_NOT_CHECKED], s->n_items);
  if (s->overdue[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", s->overdue);

      printf (_("Overdue: %s\n"), list);
    }
  if (oit_fixed != NULL && total_fixed != NULL && s->open[0] != NULL)
    printf (_("If every open item were fixed: OIT %s → %s, total %s → %s\n"),
            oit ? oit : "—", oit_fixed, total ? total : "—", total_fixed);
  for (guint i = 0; i < s->gains->len && i < 5; i++)
    {
      const ItaGain *g = &g_array_index (s->gains, ItaGain, i);
      g_autofree char *points = centi (g->points);

      printf (_("  %s would add %s to the total\n"), g->item, points);
    }
}

int
ita_cli_oit (int    argc,
             char **argv)
{
  g_autofree char *unit_name = NULL;
  g_autofree char *status = NULL;
  gboolean csv = FALSE;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_name, N_("Only this unit’s part (with its sub-units and the items of all units)"), N_("NAME") },
    { "status", 's', 0, G_OPTION_ARG_STRING, &status, N_("Only items with this status: present, incomplete, missing, not-checked, or open"), N_("S") },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, N_("The checklist CSV (UTF-8 with BOM), to send to a unit and read back with oit-import"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("JSON (docs/oit-json.md)"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.ita"));
  g_autoptr(ItaProject) project = NULL;
  g_autoptr(GPtrArray) part = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  g_autoptr(ItaChecklistSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  gint64 unit_id = ITA_ID_NONE;
  guint mask = 0;
  GDate today;

  g_option_context_set_summary (context, _("Lists the OIT checklist of a project file: each item’s status, "
                                           "data period, units, due date and URLs, then the counts, the "
                                           "overdue items and what fixing the open items would bring."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ita_cli_parse_options (context, &argc, &argv))
    return 2;
  if (argc != 2)
    return usage (_("give one project file"));
  if (csv && json)
    return usage (_("give either --csv or --json, not both"));
  if (!status_mask (status, &mask))
    {
      ita_cli_error (_("“%s” is not a status; use present, incomplete, missing, not-checked or open."),
                     status);
      return 1;
    }
  project = open_project (argv[1], ITA_PROJECT_OPEN_READ_ONLY);
  if (project == NULL)
    return 1;
  if (unit_name != NULL && !ita_project_find_unit (project, unit_name, &unit_id, &error))
    {
      ita_cli_error ("%s", error->message);
      return 1;
    }

  if (csv)
    {
      g_autoptr(GBytes) data = ita_project_export_checklist_csv (project, unit_id, mask, &error);
      gsize size = 0;
      const char *bytes;

      if (data == NULL)
        {
          ita_cli_error ("%s", error->message);
          return 1;
        }
      bytes = g_bytes_get_data (data, &size);
      return fwrite (bytes, 1, size, stdout) == size ? 0 : 1;
    }

  g_date_clear (&today, 1);
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();

    g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                    g_date_time_get_year (now));
  }
  part = ita_project_get_checklist_for_unit (project, unit_id);
  for (guint i = 0; i < part->len; i++)
    {
      ItaChecklistEntry *e = g_ptr_array_index (part, i);

      if (mask == 0 || (mask & ITA_EVIDENCE_MASK (e->status)) != 0)
        g_ptr_array_add (shown, e);
    }
  summary = ita_project_get_checklist_summary (project, unit_id, &today);
  if (json)
    print_json (project, shown, summary, unit_id, status, &today);
  else
    print_text (project, shown, summary, argv[1], &today);
  return 0;
}

/* ita-cli oit-set ------------------------------------------------------- */

int
ita_cli_oit_set (int    argc,
                 char **argv)
{
  g_autofree char *status_text = NULL;
  g_auto(GStrv) urls = NULL;
  g_auto(GStrv) units = NULL;
  g_autofree char *due_text = NULL;
  g_autofree char *note = NULL;
  g_autofree char *explanation = NULL;
  GOptionEntry entries[] = {
    { "status", 's', 0, G_OPTION_ARG_STRING, &status_text, N_("present, incomplete, missing or not-checked"), N_("S") },
    { "url", 0, 0, G_OPTION_ARG_STRING_ARRAY, &urls, N_("An evidence URL (repeat for several, in order; replaces the item’s URLs)"), N_("URL") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING_ARRAY, &units, N_("A responsible unit, or “all” (repeat for several; replaces the item’s units)"), N_("NAME") },
    { "due", 0, 0, G_OPTION_ARG_STRING, &due_text, N_("The due date, YYYY-MM-DD (\"\" clears it)"), N_("DATE") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note"), N_("TEXT") },
    { "explanation", 0, 0, G_OPTION_ARG_STRING, &explanation, N_("Where the evidence is on the website (ITAS asks for it)"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.ita CODE"));
  g_autoptr(ItaProject) project = NULL;
  g_autoptr(ItaChecklistEntry) entry = NULL;
  g_autoptr(ItaChecklistEntry) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  g_autofree char *unit_text = NULL;
  ItaEvidenceStatus status = ITA_EVIDENCE_NOT_CHECKED;
  GDate due;

  g_option_context_set_summary (context, _("Sets what is known of one OIT item (its code as printed, such as "
                                           "o12, O12 or ๐๑๒). Every value is checked first; when one is bad "
                                           "nothing is changed."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ita_cli_parse_options (context, &argc, &argv))
    return 2;
  if (argc != 3)
    return usage (_("give the project file and one OIT item code"));
  if (status_text == NULL && urls == NULL && units == NULL && due_text == NULL && note == NULL &&
      explanation == NULL)
    return usage (_("give at least one of --status, --url, --unit, --due, --note, --explanation"));

  /* what needs no project first */
  if (status_text != NULL && (*status_text == '\0' || !ita_evidence_status_from_text (status_text, &status)))
    {
      ita_cli_error (_("“%s” is not a status; use present, incomplete, missing or not-checked."),
                     status_text);
      return 1;
    }
  g_date_clear (&due, 1);
  if (due_text != NULL && *g_strstrip (due_text) != '\0' && !ita_thai_parse_date (due_text, &due, &error))
    {
      ita_cli_error ("%s", error->message);
      return 1;
    }
  for (guint i = 0; urls != NULL && urls[i] != NULL; i++)
    {
      g_autofree char *suggestion = NULL;
      g_autofree char *url = ita_url_check (urls[i], &suggestion, &error);

      if (url == NULL)
        {
          ita_cli_error ("%s", error->message);
          return 1;
        }
    }

  project = open_project (argv[1], ITA_PROJECT_OPEN_DEFAULT);
  if (project == NULL)
    return 1;
  code = g_strstrip (g_strdup (argv[2]));
  entry = ita_project_get_checklist_entry (project, code);
  if (entry == NULL)
    {
      ita_cli_error (_("“%s” is not an OIT item of edition %s; see “ita-cli oit %s”."), argv[2],
                     ita_framework_get_id (ita_project_get_edition (project)), argv[1]);
      return 1;
    }
  if (units != NULL)
    {
      g_array_set_size (entry->unit_ids, 0);
      for (guint i = 0; units[i] != NULL; i++)
        {
          gint64 id = ITA_ID_NONE;

          if (!ita_project_find_unit (project, units[i], &id, &error))
            {
              ita_cli_error ("%s", error->message);
              return 1;
            }
          ita_checklist_entry_add_unit (entry, id);
        }
    }
  if (status_text != NULL)
    {
      GDate today;
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_clear (&today, 1);
      g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                      g_date_time_get_year (now));
      entry->status = status;
      if (status != ITA_EVIDENCE_NOT_CHECKED)
        entry->last_checked = today;
    }
  if (urls != NULL)
    {
      g_strfreev (entry->urls);
      entry->urls = g_strdupv (urls);
    }
  if (due_text != NULL)
    entry->due_date = due;
  if (note != NULL)
    {
      g_free (entry->note);
      entry->note = g_strdup (note);
    }
  if (explanation != NULL)
    {
      g_free (entry->explanation);
      entry->explanation = g_strdup (explanation);
    }
  if (!ita_project_set_checklist_entry (project, entry, &error))
    {
      ita_cli_error ("%s", error->message);
      return 1;
    }

  after = ita_project_get_checklist_entry (project, entry->item);
  unit_text = unit_labels (project, after->unit_ids, ", ");
  printf ("%s: %s", after->item, ita_evidence_status_label (after->status));
  if (*unit_text != '\0')
    printf ("; %s", unit_text);
  printf (g_dngettext (GETTEXT_PACKAGE, "; %u URL\n", "; %u URLs\n", g_strv_length (after->urls)),
          g_strv_length (after->urls));
  return 0;
}

/* ita-cli oit-import ---------------------------------------------------- */

static char *
field_text (ItaProject              *project,
            const ItaChecklistEntry *e,
            ItaChecklistFields       field)
{
  char *text;

  switch (field)
    {
    case ITA_CHECKLIST_FIELD_STATUS:
      return g_strdup (ita_evidence_status_label (e->status));
    case ITA_CHECKLIST_FIELD_URLS:
      text = g_strjoinv (" ", e->urls);
      break;
    case ITA_CHECKLIST_FIELD_EXPLANATION:
      text = g_strdup (e->explanation);
      break;
    case ITA_CHECKLIST_FIELD_UNITS:
      text = unit_labels (project, e->unit_ids, ", ");
      break;
    case ITA_CHECKLIST_FIELD_DUE_DATE:
      text = iso (&e->due_date);
      break;
    case ITA_CHECKLIST_FIELD_NOTE:
      text = g_strdup (e->note);
      break;
    case ITA_CHECKLIST_FIELD_LAST_CHECKED:
    default:
      text = iso (&e->last_checked);
      break;
    }
  if (text == NULL || *text == '\0')
    {
      g_free (text);
      return g_strdup ("—");
    }
  /* one line per change */
  g_strdelimit (text, "\r\n", ' ');
  return text;
}

static void
print_change (ItaProject               *project,
              const ItaChecklistChange *change)
{
  printf (_("line %u, %s:\n"), change->line, change->after->item);
  for (guint bit = 0; bit < 7; bit++)
    {
      ItaChecklistFields field = 1u << bit;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;

      if ((change->fields & field) == 0)
        continue;
      before = field_text (project, change->before, field);
      after = field_text (project, change->after, field);
      printf ("  %s: %s → %s\n", ita_checklist_field_label (field), before, after);
    }
}

int
ita_cli_oit_import (int    argc,
                    char **argv)
{
  gboolean dry_run = FALSE;
  GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run, N_("Only show the changes; apply nothing"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.ita FILE.csv"));
  g_autoptr(ItaProject) project = NULL;
  g_autoptr(ItaChecklistImport) import = NULL;
  g_autoptr(GFile) csv = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;
  GPtrArray *changes;

  g_option_context_set_summary (context, _("Reads a checklist CSV back (statuses, URLs, explanations, units, "
                                           "dates and notes, as “ita-cli oit --csv” writes it), shows every "
                                           "change and applies them all in one step; a file with a bad row "
                                           "changes nothing."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ita_cli_parse_options (context, &argc, &argv))
    return 2;
  if (argc != 3)
    return usage (_("give the project file and the checklist CSV"));
  csv = g_file_new_for_commandline_arg (argv[2]);
  if (!g_file_load_contents (csv, NULL, &data, &length, NULL, &error))
    {
      ita_cli_error (_("%s: %s"), argv[2], error->message);
      return 1;
    }
  project = open_project (argv[1], dry_run ? ITA_PROJECT_OPEN_READ_ONLY : ITA_PROJECT_OPEN_DEFAULT);
  if (project == NULL)
    return 1;
  import = ita_project_preview_checklist_csv (project, data, length, &error);
  if (import == NULL)
    {
      ita_cli_error (_("%s: nothing was applied, because:"), argv[2]);
      g_printerr ("%s\n", error->message);
      return 1;
    }
  changes = ita_checklist_import_get_changes (import);
  for (guint i = 0; i < changes->len; i++)
    print_change (project, g_ptr_array_index (changes, i));
  printf (g_dngettext (GETTEXT_PACKAGE, "%u row read, ", "%u rows read, ",
                       ita_checklist_import_get_n_rows (import)),
          ita_checklist_import_get_n_rows (import));
  printf (g_dngettext (GETTEXT_PACKAGE, "%u item changes.\n", "%u items change.\n", changes->len),
          changes->len);
  if (changes->len == 0)
    return 0;
  if (dry_run)
    {
      printf (_("Nothing was applied (--dry-run).\n"));
      return 0;
    }
  if (!ita_project_apply_checklist_import (project, import, &error))
    {
      ita_cli_error ("%s", error->message);
      return 1;
    }
  printf (_("Applied.\n"));
  return 0;
}
