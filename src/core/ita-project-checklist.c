/* ita-project-checklist.c: working the OIT checklist — one unit's part,
 * status changes of several items in one step, the summary bar, and the
 * report of what a new fiscal year took from last year's checklist
 *
 * (Reading and writing single entries is in ita-project-plan.c, the CSV
 * export in ita-project-csv.c and its import in
 * ita-project-checklist-csv.c.)
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ita-project-private.h"

static const ItaItemDef *
lookup_oit_item (ItaFramework *edition,
                 const char   *code)
{
  g_autofree char *key = code ? ita_scores_normalize_key (edition, code, NULL) : NULL;
  const ItaItemDef *def = key ? ita_framework_lookup_item (edition, key) : NULL;

  /* "O12", "๐๑๒" as typed or printed */
  return def != NULL && def->tool == ITA_TOOL_OIT ? def : NULL;
}

static void
today_local (GDate *out)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (out, 1);
  g_date_set_dmy (out, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));
}

/* Units ------------------------------------------------------------- */

static const ItaUnit *
find_unit (GPtrArray *units,
           gint64     id)
{
  for (guint i = 0; i < units->len; i++)
    {
      const ItaUnit *unit = g_ptr_array_index (units, i);

      if (unit->id == id)
        return unit;
    }
  return NULL;
}

char *
ita_project_unit_label (GPtrArray *units,
                        gint64     id)
{
  const ItaUnit *unit;
  const ItaUnit *parent;
  guint same = 0;

  if (id == ITA_UNIT_ALL)
    return g_strdup (_("All units"));
  unit = find_unit (units, id);
  if (unit == NULL)
    return g_strdup ("");
  for (guint i = 0; i < units->len; i++)
    same += g_str_equal (((ItaUnit *) g_ptr_array_index (units, i))->name, unit->name);
  parent = same > 1 ? find_unit (units, unit->parent_id) : NULL;
  if (parent == NULL)
    return g_strdup (unit->name);
  return g_strdup_printf ("%s / %s", parent->name, unit->name);
}

static gboolean
same_words (const char *a,
            const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return g_str_equal (fa, fb);
}

gboolean
ita_project_unit_by_label (GPtrArray   *units,
                           const char  *name,
                           gint64      *out_id,
                           char       **why)
{
  g_autofree char *clean = g_strstrip (g_strdup (name ? name : ""));
  const ItaUnit *found = NULL;
  guint n_named = 0;

  if (same_words (clean, "all") || same_words (clean, "All units") ||
      same_words (clean, "ทุกหน่วยงาน") || same_words (clean, _("All units")))
    {
      *out_id = ITA_UNIT_ALL;
      return TRUE;
    }
  for (guint i = 0; *clean != '\0' && i < units->len; i++)
    {
      const ItaUnit *unit = g_ptr_array_index (units, i);
      g_autofree char *label = ita_project_unit_label (units, unit->id);

      if (same_words (clean, label))
        {
          *out_id = unit->id;
          return TRUE;
        }
      if (same_words (clean, unit->name))
        {
          found = n_named == 0 ? unit : found;
          n_named++;
        }
    }
  if (n_named == 1)
    {
      *out_id = found->id;
      return TRUE;
    }
  if (n_named > 1)
    {
      g_autofree char *label = ita_project_unit_label (units, found->id);

      *why = g_strdup_printf (_("“%s” is the name of %u units; write it with its parent, "
                                "such as “%s”"),
                              clean, n_named, label);
      return FALSE;
    }
  *why = g_strdup_printf (_("there is no unit “%s” in this project; correct the name or add the "
                            "unit in the Agency view first"),
                          clean);
  return FALSE;
}

gboolean
ita_project_find_unit (ItaProject  *self,
                       const char  *name,
                       gint64      *out_id,
                       GError     **error)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autofree char *why = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (out_id != NULL, FALSE);

  units = ita_project_get_units (self);
  if (ita_project_unit_by_label (units, name, out_id, &why))
    return TRUE;
  g_set_error_literal (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID, why);
  return FALSE;
}

char *
ita_project_get_unit_label (ItaProject *self,
                            gint64      id)
{
  g_autoptr(GPtrArray) units = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);

  units = ita_project_get_units (self);
  return ita_project_unit_label (units, id);
}

gboolean
ita_project_unit_is_within (GPtrArray *units,
                            gint64     id,
                            gint64     ancestor)
{
  for (guint guard = 0; id != ITA_ID_NONE && guard <= units->len; guard++)
    {
      const ItaUnit *unit;

      if (id == ancestor)
        return TRUE;
      unit = find_unit (units, id);
      id = unit != NULL ? unit->parent_id : ITA_ID_NONE;
    }
  return FALSE;
}

gboolean
ita_project_entry_is_for_unit (GPtrArray               *units,
                               const ItaChecklistEntry *entry,
                               gint64                   unit_id)
{
  if (unit_id == ITA_ID_NONE)
    return TRUE;
  for (guint i = 0; i < entry->unit_ids->len; i++)
    {
      gint64 id = g_array_index (entry->unit_ids, gint64, i);

      if (id == ITA_UNIT_ALL ||
          (unit_id != ITA_UNIT_ALL && ita_project_unit_is_within (units, id, unit_id)))
        return TRUE;
    }
  return FALSE;
}

GPtrArray *
ita_project_get_checklist_for_unit (ItaProject *self,
                                    gint64      unit_id)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) units = NULL;
  GPtrArray *part = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_checklist_entry_free);

  g_return_val_if_fail (ITA_IS_PROJECT (self), part);

  entries = ita_project_get_checklist (self);
  units = ita_project_get_units (self);
  for (guint i = 0; i < entries->len; i++)
    {
      ItaChecklistEntry *entry = g_ptr_array_index (entries, i);

      if (ita_project_entry_is_for_unit (units, entry, unit_id))
        g_ptr_array_add (part, ita_checklist_entry_copy (entry));
    }
  return part;
}

/* Status of several items -------------------------------------------- */

gboolean
ita_project_set_checklist_status_many (ItaProject          *self,
                                       const char * const  *items,
                                       ItaEvidenceStatus    status,
                                       GError             **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) changed = g_ptr_array_new ();
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *label = NULL;
  GDate today;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (items != NULL, FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  if ((guint) status > ITA_EVIDENCE_MISSING)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID,
                   _("That status is not one of the known statuses."));
      return FALSE;
    }
  for (guint i = 0; items[i] != NULL; i++)
    {
      const ItaItemDef *def = lookup_oit_item (self->edition, items[i]);

      if (def == NULL)
        {
          g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID,
                       _("“%s” is not an OIT item of edition %s."),
                       items[i], ita_framework_get_id (self->edition));
          return FALSE;
        }
      g_hash_table_add (wanted, (gpointer) def->code);
    }

  today_local (&today);
  entries = ita_project_get_checklist (self);
  for (guint i = 0; i < entries->len; i++)
    {
      ItaChecklistEntry *entry = g_ptr_array_index (entries, i);
      g_autoptr(ItaChecklistEntry) before = NULL;

      if (!g_hash_table_contains (wanted, entry->item))
        continue;
      before = ita_checklist_entry_copy (entry);
      entry->status = status;
      if (status != ITA_EVIDENCE_NOT_CHECKED)
        entry->last_checked = today;   /* checked now */
      if (!ita_checklist_entry_equal (before, entry))
        g_ptr_array_add (changed, entry);
    }
  if (changed->len == 0)
    return TRUE;

  if (changed->len == 1)
    label = g_strdup_printf (_("Set the status of %s"), ((ItaChecklistEntry *) changed->pdata[0])->item);
  else
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Set the status of %u OIT item",
                                          "Set the status of %u OIT items", changed->len),
                             changed->len);
  if (!ita_project_begin_edit (self, error))
    return FALSE;
  for (guint i = 0; i < changed->len; i++)
    {
      if (!ita_project_write_checklist_entry (self, g_ptr_array_index (changed, i), error))
        return ita_project_abort_edit (self);
    }
  return ita_project_end_edit (self, ITA_PROJECT_CHANGE_CHECKLIST,
                               changed->len == 1 ? ((ItaChecklistEntry *) changed->pdata[0])->item : NULL,
                               label, error);
}

/* Summary ------------------------------------------------------------ */

void
ita_checklist_summary_free (ItaChecklistSummary *summary)
{
  if (summary == NULL)
    return;
  g_strfreev (summary->open);
  g_strfreev (summary->overdue);
  g_clear_pointer (&summary->gains, g_array_unref);
  g_free (summary);
}

static void
clear_gain (gpointer data)
{
  g_free (((ItaGain *) data)->item);
}

/* The OIT if the items of codes were scored 100: the official figures on
 * their paths give way to the computed ones, as in
 * ita_engine_total_if_fixed(). */
static ItaCenti
oit_if_fixed (ItaFramework       *edition,
              ItaScores          *scores,
              const char * const *codes)
{
  g_autoptr(ItaScores) fixed = ita_scores_copy (scores);
  g_autoptr(ItaResult) result = NULL;
  gboolean complete = ita_framework_get_tool (edition, ITA_TOOL_OIT)->item_list == ITA_ITEM_LIST_COMPLETE;
  const ItaLevel *oit;

  for (guint i = 0; codes[i] != NULL; i++)
    {
      const ItaItemDef *def = ita_framework_lookup_item (edition, codes[i]);
      const ItaIndicatorDef *ind = ita_framework_get_indicator (edition, def->indicator);
      g_autofree char *ind_key = g_strdup_printf ("ind:%d", def->indicator);

      ita_scores_set (fixed, def->code, ITA_CENTI_MAX);
      if (!complete)
        continue;
      if (def->sub_index >= 0 && ind != NULL)
        {
          g_autofree char *sub_key = g_strdup_printf ("sub:%s", ind->subs[def->sub_index].code);

          ita_scores_set (fixed, sub_key, ITA_CENTI_NONE);
        }
      ita_scores_set (fixed, ind_key, ITA_CENTI_NONE);
      ita_scores_set (fixed, "OIT", ITA_CENTI_NONE);
    }
  result = ita_engine_compute (edition, fixed, NULL);
  oit = ita_result_get_tool (result, ITA_TOOL_OIT);
  return oit != NULL ? oit->value : ITA_CENTI_NONE;
}

ItaChecklistSummary *
ita_project_get_checklist_summary (ItaProject  *self,
                                   gint64       unit_id,
                                   const GDate *today)
{
  ItaChecklistSummary *summary = g_new0 (ItaChecklistSummary, 1);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GStrvBuilder) open = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) overdue = g_strv_builder_new ();
  g_autoptr(GHashTable) is_open = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(ItaScores) scores = NULL;
  g_autoptr(ItaResult) result = NULL;
  const ItaLevel *level;
  GArray *gains;
  GDate now;

  summary->gains = g_array_new (FALSE, FALSE, sizeof (ItaGain));
  g_array_set_clear_func (summary->gains, clear_gain);
  g_return_val_if_fail (ITA_IS_PROJECT (self), summary);

  if (today != NULL && g_date_valid (today))
    now = *today;
  else
    today_local (&now);

  entries = ita_project_get_checklist_for_unit (self, unit_id);
  summary->n_items = entries->len;
  for (guint i = 0; i < entries->len; i++)
    {
      ItaChecklistEntry *e = g_ptr_array_index (entries, i);

      summary->n_status[e->status]++;
      if (e->status == ITA_EVIDENCE_PRESENT)
        continue;
      g_strv_builder_add (open, e->item);
      if (g_date_valid (&e->due_date) && g_date_compare (&e->due_date, &now) < 0)
        g_strv_builder_add (overdue, e->item);
    }
  summary->open = g_strv_builder_end (open);
  summary->overdue = g_strv_builder_end (overdue);

  scores = ita_project_get_scores (self);
  result = ita_project_compute (self);
  level = ita_result_get_tool (result, ITA_TOOL_OIT);
  summary->oit = summary->oit_if_fixed = level ? level->value : ITA_CENTI_NONE;
  level = ita_result_get_total (result);
  summary->total = summary->total_if_fixed = level ? level->value : ITA_CENTI_NONE;
  if (summary->open[0] == NULL)
    return summary;

  summary->oit_if_fixed = oit_if_fixed (self->edition, scores, (const char * const *) summary->open);
  summary->total_if_fixed = ita_engine_total_if_fixed (self->edition, scores,
                                                       (const char * const *) summary->open);
  for (guint i = 0; summary->open[i] != NULL; i++)
    g_hash_table_add (is_open, summary->open[i]);
  gains = ita_result_get_gains (result);
  for (guint i = 0; gains != NULL && i < gains->len; i++)
    {
      const ItaGain *gain = &g_array_index (gains, ItaGain, i);
      ItaGain copy = { g_strdup (gain->item), gain->points };

      if (!g_hash_table_contains (is_open, gain->item))
        {
          g_free (copy.item);
          continue;
        }
      g_array_append_val (summary->gains, copy);
    }
  return summary;
}

/* Carry report -------------------------------------------------------- */

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
add_member (JsonBuilder *b,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_string_value (b, value ? value : "");
}

char *
ita_project_carry_report_json (ItaFramework *last_edition,
                               int           last_fiscal_year,
                               GPtrArray    *last_entries,
                               ItaFramework *next_edition,
                               GHashTable   *carried)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "from_fiscal_year");
  json_builder_add_int_value (b, last_fiscal_year);
  add_member (b, "from_edition", ita_framework_get_id (last_edition));

  /* last year's subjects, to tell this year's new items from the others */
  json_builder_set_member_name (b, "keys");
  json_builder_begin_array (b);
  for (guint i = 0; i < ita_framework_get_n_items (last_edition); i++)
    {
      const ItaItemDef *def = ita_framework_get_item (last_edition, i);

      if (def->tool == ITA_TOOL_OIT && def->continuity != NULL)
        json_builder_add_string_value (b, def->continuity);
    }
  json_builder_end_array (b);

  /* the subjects (of this year's edition) that took something */
  json_builder_set_member_name (b, "carried");
  json_builder_begin_array (b);
  for (guint i = 0; i < ita_framework_get_n_items (next_edition); i++)
    {
      const ItaItemDef *def = ita_framework_get_item (next_edition, i);

      if (g_hash_table_contains (carried, def->code) && def->continuity != NULL)
        json_builder_add_string_value (b, def->continuity);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "dropped");
  json_builder_begin_array (b);
  for (guint i = 0; i < last_entries->len; i++)
    {
      const ItaChecklistEntry *e = g_ptr_array_index (last_entries, i);
      const ItaItemDef *def = ita_framework_lookup_item (last_edition, e->item);

      if (def == NULL || def->continuity == NULL ||
          ita_framework_lookup_continuity (next_edition, def->continuity) != NULL)
        continue;
      json_builder_begin_object (b);
      add_member (b, "item", def->code);
      add_member (b, "text_th", def->text_th);
      add_member (b, "continuity", def->continuity);
      add_strv (b, "urls", e->urls);
      add_member (b, "explanation", e->explanation);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "dismissed");
  json_builder_add_boolean_value (b, FALSE);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  return json_generator_to_data (gen, NULL);
}

static void
dropped_item_free (ItaDroppedItem *item)
{
  g_free (item->item);
  g_free (item->text_th);
  g_free (item->continuity);
  g_strfreev (item->urls);
  g_free (item->explanation);
  g_free (item);
}

void
ita_carry_report_free (ItaCarryReport *report)
{
  if (report == NULL)
    return;
  g_free (report->from_edition);
  g_strfreev (report->carried);
  g_strfreev (report->new_items);
  g_clear_pointer (&report->dropped, g_ptr_array_unref);
  g_free (report);
}

/* Defensive readers: the setting is text in a file that came by e-mail. */
static const char *
string_member (JsonObject *o,
               const char *name)
{
  JsonNode *node = json_object_get_member (o, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return "";
  return json_node_get_string (node);
}

static GPtrArray *
strings_member (JsonObject *o,
                const char *name)
{
  JsonNode *node = json_object_get_member (o, name);
  GPtrArray *list = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return list;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *n = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
        g_ptr_array_add (list, g_strdup (json_node_get_string (n)));
    }
  return list;
}

static JsonObject *
parse_report (const char *text,
              JsonParser *parser)
{
  JsonNode *root;

  if (text == NULL || !json_parser_load_from_data (parser, text, -1, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  return root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
}

/* This edition's OIT codes, in order, reached from keys (or not). */
static char **
codes_reached (ItaFramework *edition,
               GPtrArray    *keys,
               gboolean      reached)
{
  g_autoptr(GHashTable) hit = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();

  for (guint i = 0; i < keys->len; i++)
    {
      const ItaItemDef *def = ita_framework_lookup_continuity (edition, g_ptr_array_index (keys, i));

      if (def != NULL)
        g_hash_table_add (hit, def->code);
    }
  for (guint i = 0; i < ita_framework_get_n_items (edition); i++)
    {
      const ItaItemDef *def = ita_framework_get_item (edition, i);

      if (def->tool == ITA_TOOL_OIT && g_hash_table_contains (hit, def->code) == reached)
        g_strv_builder_add (codes, def->code);
    }
  return g_strv_builder_end (codes);
}

ItaCarryReport *
ita_project_get_carry_report (ItaProject *self)
{
  g_autofree char *text = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) keys = NULL;
  g_autoptr(GPtrArray) carried = NULL;
  ItaCarryReport *report;
  JsonObject *o;
  JsonNode *node;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);

  text = ita_project_get_setting (self, ITA_PROJECT_CARRY_SETTING);
  o = parse_report (text, parser);
  if (o == NULL)
    return NULL;

  report = g_new0 (ItaCarryReport, 1);
  node = json_object_get_member (o, "from_fiscal_year");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    report->from_fiscal_year = (int) json_node_get_int (node);
  report->from_edition = g_strdup (string_member (o, "from_edition"));
  node = json_object_get_member (o, "dismissed");
  report->dismissed = node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
                      json_node_get_value_type (node) == G_TYPE_BOOLEAN && json_node_get_boolean (node);
  keys = strings_member (o, "keys");
  carried = strings_member (o, "carried");
  report->new_items = codes_reached (self->edition, keys, FALSE);
  report->carried = codes_reached (self->edition, carried, TRUE);

  report->dropped = g_ptr_array_new_with_free_func ((GDestroyNotify) dropped_item_free);
  node = json_object_get_member (o, "dropped");
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *n = json_array_get_element (array, i);
          JsonObject *d;
          ItaDroppedItem *item;
          GPtrArray *urls;

          if (!JSON_NODE_HOLDS_OBJECT (n))
            continue;
          d = json_node_get_object (n);
          /* still without a counterpart in the edition it stands on now */
          if (ita_framework_lookup_continuity (self->edition, string_member (d, "continuity")) != NULL)
            continue;
          item = g_new0 (ItaDroppedItem, 1);
          item->item = g_strdup (string_member (d, "item"));
          item->text_th = g_strdup (string_member (d, "text_th"));
          item->continuity = g_strdup (string_member (d, "continuity"));
          item->explanation = g_strdup (string_member (d, "explanation"));
          urls = strings_member (d, "urls");
          item->urls = (char **) g_ptr_array_free (urls, FALSE);
          g_ptr_array_add (report->dropped, item);
        }
    }
  return report;
}

gboolean
ita_project_is_checklist_item_new (ItaProject *self,
                                   const char *item)
{
  g_autoptr(ItaCarryReport) report = NULL;
  const ItaItemDef *def;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (item != NULL, FALSE);

  def = lookup_oit_item (self->edition, item);
  report = def != NULL ? ita_project_get_carry_report (self) : NULL;
  return report != NULL && g_strv_contains ((const char * const *) report->new_items, def->code);
}

gboolean
ita_project_dismiss_carry_report (ItaProject  *self,
                                  GError     **error)
{
  g_autofree char *text = NULL;
  g_autofree char *updated = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  JsonObject *o;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  text = ita_project_get_setting (self, ITA_PROJECT_CARRY_SETTING);
  o = parse_report (text, parser);
  if (o == NULL)
    return TRUE;   /* nothing to dismiss */
  json_object_set_boolean_member (o, "dismissed", TRUE);
  json_generator_set_root (gen, json_parser_get_root (parser));
  updated = json_generator_to_data (gen, NULL);
  return ita_project_set_setting (self, ITA_PROJECT_CARRY_SETTING, updated, error);
}
