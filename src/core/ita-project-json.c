/* ita-project-json.c: the whole project as JSON (export)
 *
 * The format is docs/project-json.md. The output is deterministic: the
 * same project always gives the same bytes, so export → import → export
 * is byte-identical.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ita-json-private.h"
#include "ita-project-json-private.h"
#include "ita-project-private.h"

char *
ita_project_format_budget (gint64 satang)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", satang / 100, (int) (satang % 100));
}

static void
add_string (JsonBuilder *b,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_string_value (b, value ? value : "");
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
  g_autofree char *iso = ita_date_to_iso (date);

  add_nullable (b, name, iso);
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
add_unit_ref (JsonBuilder *b,
              gint64       unit_id)
{
  if (unit_id == ITA_UNIT_ALL)
    json_builder_add_string_value (b, "all");
  else if (unit_id == ITA_ID_NONE)
    json_builder_add_null_value (b);
  else
    json_builder_add_int_value (b, unit_id);
}

static void
add_unit_refs (JsonBuilder *b,
               GArray      *unit_ids)
{
  json_builder_begin_array (b);
  for (guint i = 0; unit_ids != NULL && i < unit_ids->len; i++)
    add_unit_ref (b, g_array_index (unit_ids, gint64, i));
  json_builder_end_array (b);
}

static void
build_header (ItaProject  *self,
              JsonBuilder *b)
{
  g_autoptr(ItaFramework) catalogue = NULL;
  GBytes *own = ita_framework_get_json (self->edition);
  GBytes *theirs;

  add_int (b, "format", ITA_PROJECT_JSON_FORMAT);
  add_string (b, "kind", ITA_PROJECT_JSON_KIND);
  add_int (b, "fiscal_year", self->fiscal_year);
  add_string (b, "edition", ita_framework_get_id (self->edition));
  /* The edition travels with the file when the catalogue does not have
   * exactly this one. */
  catalogue = ita_catalogue_lookup (ita_framework_get_id (self->edition), NULL);
  theirs = catalogue ? ita_framework_get_json (catalogue) : NULL;
  if (theirs == NULL || !g_bytes_equal (own, theirs))
    {
      g_autofree char *text = g_strndup (g_bytes_get_data (own, NULL), g_bytes_get_size (own));

      add_string (b, "edition_json", text);
    }
}

static void
build_agency (ItaProject  *self,
              JsonBuilder *b)
{
  g_autoptr(ItaAgency) agency = ita_project_get_agency (self);

  json_builder_set_member_name (b, "agency");
  json_builder_begin_object (b);
  add_string (b, "name", agency->name);
  add_string (b, "kind", agency->kind);
  add_string (b, "district", agency->district);
  add_string (b, "province", agency->province);
  add_string (b, "website", agency->website);
  json_builder_end_object (b);
}

static void
build_units (ItaProject  *self,
             JsonBuilder *b)
{
  g_autoptr(GPtrArray) units = ita_project_get_units (self);

  json_builder_set_member_name (b, "units");
  json_builder_begin_array (b);
  for (guint i = 0; i < units->len; i++)
    {
      ItaUnit *unit = g_ptr_array_index (units, i);

      json_builder_begin_object (b);
      add_int (b, "id", unit->id);
      json_builder_set_member_name (b, "parent");
      if (unit->parent_id == ITA_ID_NONE)
        json_builder_add_null_value (b);
      else
        json_builder_add_int_value (b, unit->parent_id);
      add_string (b, "name", unit->name);
      add_string (b, "kind", ita_unit_kind_to_string (unit->kind));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
build_scores (ItaProject  *self,
              JsonBuilder *b)
{
  g_autoptr(ItaScores) scores = ita_project_get_scores (self);
  g_auto(GStrv) keys = ita_scores_get_keys (scores);

  /* sorted here: the order must never depend on a hash table */
  g_qsort_with_data (keys, (gint) g_strv_length (keys), sizeof (char *), compare_strings, NULL);

  json_builder_set_member_name (b, "scores");
  json_builder_begin_object (b);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *value = ita_decimal_format (ita_scores_get (scores, keys[i]), FALSE);

      add_string (b, keys[i], value);
    }
  json_builder_end_object (b);
}

static void
build_distributions (ItaProject  *self,
                     JsonBuilder *b)
{
  json_builder_set_member_name (b, "distributions");
  json_builder_begin_object (b);
  for (guint i = 0; i < ita_framework_get_n_items (self->edition); i++)
    {
      const ItaItemDef *def = ita_framework_get_item (self->edition, i);
      g_autofree guint *counts = NULL;
      guint n = 0;

      counts = ita_project_get_distribution (self, def->code, &n);
      if (counts == NULL)
        continue;
      json_builder_set_member_name (b, def->code);
      json_builder_begin_array (b);
      for (guint k = 0; k < n; k++)
        json_builder_add_int_value (b, counts[k]);
      json_builder_end_array (b);
    }
  json_builder_end_object (b);
}

static void
build_checklist (ItaProject  *self,
                 JsonBuilder *b)
{
  g_autoptr(GPtrArray) entries = ita_project_get_checklist (self);

  json_builder_set_member_name (b, "checklist");
  json_builder_begin_array (b);
  for (guint i = 0; i < entries->len; i++)
    {
      ItaChecklistEntry *e = g_ptr_array_index (entries, i);

      json_builder_begin_object (b);
      add_string (b, "item", e->item);
      add_string (b, "status", ita_evidence_status_to_string (e->status));
      add_strv (b, "urls", e->urls);
      add_string (b, "explanation", e->explanation);
      json_builder_set_member_name (b, "units");
      add_unit_refs (b, e->unit_ids);
      add_date (b, "due", &e->due_date);
      add_string (b, "note", e->note);
      add_date (b, "last_checked", &e->last_checked);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

/* Written only when there are results, so a project never checked
 * exports as before. */
static void
build_url_checks (ItaProject  *self,
                  JsonBuilder *b)
{
  g_autoptr(GPtrArray) checks = ita_project_get_url_checks (self);

  if (checks->len == 0)
    return;
  json_builder_set_member_name (b, "url_checks");
  json_builder_begin_array (b);
  for (guint i = 0; i < checks->len; i++)
    {
      ItaUrlCheck *c = g_ptr_array_index (checks, i);
      g_autofree char *when = ita_url_check_time_to_iso (c->checked_at);

      json_builder_begin_object (b);
      add_string (b, "item", c->item);
      add_string (b, "url", c->url);
      add_string (b, "checked", when);
      add_string (b, "outcome", ita_url_outcome_to_string (c->outcome));
      add_int (b, "http_status", c->http_status);
      add_string (b, "final_url", c->final_url);
      add_string (b, "message", c->message);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

void
ita_project_json_build_progress (JsonBuilder *b,
                                 const char  *name,
                                 GPtrArray   *progress)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < progress->len; i++)
    {
      ItaProgress *p = g_ptr_array_index (progress, i);

      json_builder_begin_object (b);
      add_date (b, "date", &p->date);
      add_string (b, "done", p->done);
      add_string (b, "outcome", p->outcome);
      add_string (b, "remarks", p->remarks);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

void
ita_project_json_build_measure_members (JsonBuilder      *b,
                                        const ItaMeasure *m)
{
  g_autofree char *budget = m->budget >= 0 ? ita_project_format_budget (m->budget) : NULL;

  add_int (b, "id", m->id);
  add_string (b, "title", m->title);
  add_string (b, "issue", m->issue);
  add_strv (b, "targets", m->targets);
  add_string (b, "methods", m->methods);
  add_strv (b, "steps", m->steps);
  json_builder_set_member_name (b, "units");
  json_builder_begin_array (b);
  for (guint k = 0; k < m->unit_ids->len; k++)
    add_unit_ref (b, g_array_index (m->unit_ids, gint64, k));
  json_builder_end_array (b);
  add_date (b, "start", &m->start);
  add_date (b, "end", &m->end);
  add_nullable (b, "budget", budget);
  add_string (b, "kpi", m->kpi);
  add_string (b, "target", m->target);
  add_string (b, "status", ita_measure_status_to_string (m->status));
  ita_project_json_build_progress (b, "progress", m->progress);
}

static void
build_measures (ItaProject  *self,
                JsonBuilder *b)
{
  g_autoptr(GPtrArray) measures = ita_project_get_measures (self);

  json_builder_set_member_name (b, "measures");
  json_builder_begin_array (b);
  for (guint i = 0; i < measures->len; i++)
    {
      json_builder_begin_object (b);
      ita_project_json_build_measure_members (b, g_ptr_array_index (measures, i));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
build_limitations (ItaProject  *self,
                   JsonBuilder *b)
{
  g_autoptr(GPtrArray) list = ita_project_get_limitations (self);

  json_builder_set_member_name (b, "limitations");
  json_builder_begin_array (b);
  for (guint i = 0; i < list->len; i++)
    {
      ItaLimitation *l = g_ptr_array_index (list, i);

      json_builder_begin_object (b);
      add_int (b, "id", l->id);
      add_string (b, "kind", ita_limitation_kind_to_string (l->kind));
      add_string (b, "text", l->text);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
build_links (ItaProject  *self,
             JsonBuilder *b)
{
  g_autoptr(GPtrArray) links = ita_project_get_links (self);

  json_builder_set_member_name (b, "links");
  json_builder_begin_array (b);
  for (guint i = 0; i < links->len; i++)
    {
      ItaLink *l = g_ptr_array_index (links, i);

      json_builder_begin_object (b);
      add_int (b, "id", l->id);
      add_int (b, "fiscal_year", l->fiscal_year);
      add_nullable (b, "relative", l->relative_path);
      add_nullable (b, "absolute", l->absolute_path);
      add_string (b, "agency", l->agency_name);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
build_settings (ItaProject  *self,
                JsonBuilder *b)
{
  sqlite3_stmt *stmt = ita_project_prepare (self, "SELECT name, value FROM setting ORDER BY name",
                                            NULL);

  json_builder_set_member_name (b, "settings");
  json_builder_begin_object (b);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *name = ita_project_column_text (stmt, 0);
      g_autofree char *value = ita_project_column_text (stmt, 1);

      add_string (b, name, value);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  json_builder_end_object (b);
}

static void
build_texts (ItaProject  *self,
             JsonBuilder *b)
{
  g_auto(GStrv) keys = ita_project_get_text_keys (self);

  json_builder_set_member_name (b, "texts");
  json_builder_begin_object (b);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *value = ita_project_get_text (self, keys[i]);

      add_string (b, keys[i], value != NULL ? value : "");
    }
  json_builder_end_object (b);
}

GBytes *
ita_project_export_json (ItaProject  *self,
                         GError     **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);

  if (!ita_project_check_open (self, error))
    return NULL;
  json_builder_begin_object (b);
  build_header (self, b);
  build_agency (self, b);
  build_units (self, b);
  build_scores (self, b);
  build_distributions (self, b);
  build_checklist (self, b);
  build_url_checks (self, b);
  build_measures (self, b);
  build_limitations (self, b);
  build_links (self, b);
  build_settings (self, b);
  build_texts (self, b);
  ita_project_json_build_suggestions (self, b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  return ita_project_json_bytes (root);
}

GBytes *
ita_project_json_bytes (JsonNode *node)
{
  GString *out = g_string_new (NULL);

  ita_json_write (out, node, 0);
  g_string_append_c (out, '\n');
  return g_string_free_to_bytes (out);
}
