/* ita-project-plan-json.c: the JSON of `ita-cli measures --json` and
 * `ita-cli suggest --json` (docs/measures-json.md) */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "ita-project-json-private.h"
#include "ita-project-plan.h"
#include "ita-project-private.h"
#include "ita-suggestions-private.h"

static void
add_string (JsonBuilder *b,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_string_value (b, value ? value : "");
}

static void
add_int (JsonBuilder *b,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, value);
}

static void
add_id_or_null (JsonBuilder *b,
                const char  *name,
                gint64       id)
{
  json_builder_set_member_name (b, name);
  if (id == ITA_ID_NONE)
    json_builder_add_null_value (b);
  else
    json_builder_add_int_value (b, id);
}

static void
add_nullable (JsonBuilder *b,
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
add_date (JsonBuilder *b,
          const char  *name,
          const GDate *date)
{
  g_autofree char *iso = date && g_date_valid (date) ? ita_date_to_iso (date) : NULL;

  add_nullable (b, name, iso);
}

static const char *
unit_name (GPtrArray *units,
           gint64     id)
{
  if (id == ITA_UNIT_ALL)
    return _("All units");
  for (guint i = 0; i < units->len; i++)
    {
      ItaUnit *u = g_ptr_array_index (units, i);

      if (u->id == id)
        return u->name;
    }
  return "";
}

static void
build_state (JsonBuilder     *b,
             ItaMeasureState *state)
{
  json_builder_set_member_name (b, "state");
  json_builder_begin_object (b);
  add_string (b, "status", ita_measure_status_to_string (state->status));
  add_string (b, "basis", ita_measure_state_basis_to_string (state->basis));
  json_builder_set_member_name (b, "overdue");
  json_builder_add_boolean_value (b, state->overdue);
  ita_project_json_build_progress (b, "progress", state->progress);
  json_builder_end_object (b);
}

static void
build_checks (ItaProject  *self,
              JsonBuilder *b)
{
  g_autoptr(GPtrArray) issues = ita_project_check_plan (self);

  json_builder_set_member_name (b, "checks");
  json_builder_begin_array (b);
  for (guint i = 0; i < issues->len; i++)
    {
      ItaPlanIssue *issue = g_ptr_array_index (issues, i);

      json_builder_begin_object (b);
      add_string (b, "check", ita_plan_check_to_string (issue->check));
      add_id_or_null (b, "measure", issue->measure_id);
      add_id_or_null (b, "other", issue->other_id);
      add_id_or_null (b, "limitation", issue->limitation_id);
      add_nullable (b, "target", issue->target);
      add_nullable (b, "field", issue->field);
      add_string (b, "message", issue->message);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

GBytes *
ita_project_plan_to_json (ItaProject   *self,
                          const GDate  *at,
                          GError      **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) measures = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) limitations = NULL;
  gboolean with_state = at != NULL && g_date_valid (at);
  GDate first, last;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);

  if (!ita_project_check_open (self, error))
    return NULL;
  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  ita_project_get_plan_period (self, &first, &last);
  measures = ita_project_get_measures (self);
  units = ita_project_get_units (self);
  limitations = ita_project_get_limitations (self);

  json_builder_begin_object (b);
  add_int (b, "fiscal_year", ita_project_get_fiscal_year (self));
  add_int (b, "plan_year", ita_project_get_plan_year (self));
  add_date (b, "plan_start", &first);
  add_date (b, "plan_end", &last);
  add_date (b, "at", with_state ? at : NULL);
  json_builder_set_member_name (b, "measures");
  json_builder_begin_array (b);
  for (guint i = 0; i < measures->len; i++)
    {
      ItaMeasure *m = g_ptr_array_index (measures, i);

      json_builder_begin_object (b);
      add_int (b, "number", i + 1);
      ita_project_json_build_measure_members (b, m);
      json_builder_set_member_name (b, "unit_names");
      json_builder_begin_array (b);
      for (guint k = 0; k < m->unit_ids->len; k++)
        json_builder_add_string_value (b, unit_name (units, g_array_index (m->unit_ids, gint64, k)));
      json_builder_end_array (b);
      if (with_state)
        {
          g_autoptr(ItaMeasureState) state = ita_measure_state_at (m, at);

          build_state (b, state);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "limitations");
  json_builder_begin_array (b);
  for (guint i = 0; i < limitations->len; i++)
    {
      ItaLimitation *l = g_ptr_array_index (limitations, i);

      json_builder_begin_object (b);
      add_int (b, "id", l->id);
      add_string (b, "kind", ita_limitation_kind_to_string (l->kind));
      add_string (b, "label", ita_limitation_kind_label (l->kind));
      add_string (b, "text", l->text);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  build_checks (self, b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  return ita_project_json_bytes (root);
}

GBytes *
ita_project_unanswered_to_json (ItaProject  *self,
                                GError     **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) unanswered = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);

  if (!ita_project_check_open (self, error))
    return NULL;
  unanswered = ita_project_get_unanswered (self);
  json_builder_begin_object (b);
  add_int (b, "fiscal_year", ita_project_get_fiscal_year (self));
  add_int (b, "plan_year", ita_project_get_plan_year (self));
  json_builder_set_member_name (b, "unanswered");
  json_builder_begin_array (b);
  for (guint i = 0; i < unanswered->len; i++)
    {
      ItaUnanswered *u = g_ptr_array_index (unanswered, i);
      g_autofree char *value = ita_decimal_format (u->value, FALSE);

      json_builder_begin_object (b);
      add_string (b, "target", u->target);
      add_string (b, "category", ita_category_to_string (u->category));
      add_string (b, "value", value);
      add_string (b, "name_th", u->name_th);
      add_string (b, "name_en", u->name_en);
      json_builder_set_member_name (b, "suggestions");
      json_builder_begin_array (b);
      for (guint k = 0; k < u->suggestions->len; k++)
        {
          ItaSuggested *s = g_ptr_array_index (u->suggestions, k);

          json_builder_begin_object (b);
          add_string (b, "match", ita_suggestion_match_to_string (s->match));
          add_string (b, "origin", s->suggestion->origin == ITA_SUGGESTION_BUILT_IN ? "built-in"
                                   : s->suggestion->origin == ITA_SUGGESTION_EDITED ? "edited"
                                                                                    : "added");
          json_builder_set_member_name (b, "suggestion");
          ita_suggestion_build_json (s->suggestion, b, FALSE, FALSE);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  return ita_project_json_bytes (root);
}
