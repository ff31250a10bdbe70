/* ita-project-json-import.c: a new project file from project JSON
 *
 * The JSON arrives from anywhere: every node's type is checked before it
 * is read, every value is checked as the setters check it, and every
 * error names the JSON path ("measures[2].units[0]") of the bad value.
 * The file is built beside dest and moved into place only when complete
 * (ita_project_build): a bad value or a crash leaves dest as it was.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ita-json-private.h"
#include "ita-limits.h"
#include "ita-project-json-private.h"
#include "ita-project-private.h"
#include "ita-project-url-checks-private.h"
#include "ita-url.h"
#include "ita-thai.h"

static gboolean
bad (GError     **error,
     const char  *path,
     const char  *reason)
{
  g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID, "%s: %s", path, reason);
  return FALSE;
}

/* path: message, keeping TOO_LARGE for a limit passed (else INVALID). */
static gboolean
bad_because (GError       **error,
             const char    *path,
             const GError  *cause)
{
  int code = g_error_matches (cause, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_TOO_LARGE)
             ? ITA_PROJECT_ERROR_TOO_LARGE : ITA_PROJECT_ERROR_INVALID;

  g_set_error (error, ITA_PROJECT_ERROR, code, "%s: %s", path, cause->message);
  return FALSE;
}

static gboolean
too_long (GError     **error,
          const char  *path,
          glong        n,
          glong        max)
{
  g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_TOO_LARGE,
               _("%s: the text is %ld characters long; ITA Planner keeps at most %ld (docs/limits.md)"),
               path, n, max);
  return FALSE;
}

static gboolean
too_many (GError     **error,
          const char  *path,
          guint        n,
          guint        max)
{
  g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_TOO_LARGE,
               _("%s: the list has %u entries; ITA Planner keeps at most %u (docs/limits.md)"),
               path, n, max);
  return FALSE;
}

/* The member name of o, checked against max characters. */
static gboolean
check_length (JsonObject  *o,
              const char  *path,
              const char  *name,
              const char  *value,
              glong        max,
              GError     **error)
{
  glong n = ita_limit_text_over (value, max);
  g_autofree char *where = NULL;

  if (n == 0)
    return TRUE;
  where = ita_json_path (path, name);
  return too_long (error, where, n, max);
}

/* Member access ------------------------------------------------------ */

static gboolean
get_string (JsonObject  *o,
            const char  *path,
            const char  *name,
            gboolean     nullable,
            char       **out,
            GError     **error)
{
  JsonNode *node = ita_json_member (o, name);
  g_autofree char *where = ita_json_path (path, name);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (!nullable)
        *out = g_strdup ("");
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return bad (error, where, _("expected text (a string in quotes)"));
  if (ita_limit_text_over (json_node_get_string (node), ITA_LIMIT_TEXT_CHARS) > 0)
    return too_long (error, where, ita_limit_text_over (json_node_get_string (node), ITA_LIMIT_TEXT_CHARS),
                     ITA_LIMIT_TEXT_CHARS);
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

static gboolean
get_int (JsonObject  *o,
         const char  *path,
         const char  *name,
         gint64       min,
         gint64       max,
         gint64      *out,
         GError     **error)
{
  JsonNode *node = ita_json_member (o, name);
  g_autofree char *where = ita_json_path (path, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return bad (error, where, _("expected a whole number"));
  *out = json_node_get_int (node);
  if (*out < min || *out > max)
    return bad (error, where, _("the number is out of range"));
  return TRUE;
}

/* NULL (and TRUE) when the member is absent or null. */
static gboolean
get_array (JsonObject  *o,
           const char  *path,
           const char  *name,
           JsonArray  **out,
           GError     **error)
{
  JsonNode *node = ita_json_member (o, name);
  g_autofree char *where = ita_json_path (path, name);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return bad (error, where, _("expected a list ([…])"));
  *out = json_node_get_array (node);
  return TRUE;
}

static gboolean
get_object (JsonObject  *o,
            const char  *path,
            const char  *name,
            JsonObject **out,
            GError     **error)
{
  JsonNode *node = ita_json_member (o, name);
  g_autofree char *where = ita_json_path (path, name);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return bad (error, where, _("expected an object ({…})"));
  *out = json_node_get_object (node);
  return TRUE;
}

static JsonObject *
element_object (JsonArray   *array,
                guint        i,
                const char  *path,
                char       **out_path,
                GError     **error)
{
  JsonNode *node = json_array_get_element (array, i);

  *out_path = g_strdup_printf ("%s[%u]", path, i);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      bad (error, *out_path, _("expected an object ({…})"));
      return NULL;
    }
  return json_node_get_object (node);
}

static gboolean
get_strv (JsonObject  *o,
          const char  *path,
          const char  *name,
          char      ***out,
          GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  if (!get_array (o, path, name, &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_autofree char *where = g_strdup_printf ("%s%s%s[%u]", path, *path ? "." : "", name, i);

          return bad (error, where, _("expected text (a string in quotes)"));
        }
      if (ita_limit_text_over (json_node_get_string (node), ITA_LIMIT_TEXT_CHARS) > 0)
        {
          g_autofree char *where = g_strdup_printf ("%s%s%s[%u]", path, *path ? "." : "", name, i);

          return too_long (error, where,
                           ita_limit_text_over (json_node_get_string (node), ITA_LIMIT_TEXT_CHARS),
                           ITA_LIMIT_TEXT_CHARS);
        }
      g_strv_builder_add (builder, json_node_get_string (node));
    }
  *out = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
get_date (JsonObject  *o,
          const char  *path,
          const char  *name,
          GDate       *out,
          GError     **error)
{
  g_autofree char *text = NULL;
  g_autofree char *where = ita_json_path (path, name);

  if (!get_string (o, path, name, TRUE, &text, error))
    return FALSE;
  g_date_clear (out, 1);
  if (text != NULL && !ita_date_from_iso (text, out))
    return bad (error, where, _("expected a date as YYYY-MM-DD (Christian era), such as 2025-03-31"));
  return TRUE;
}

/* A unit reference: null, "all" or a unit id. */
static gboolean
unit_ref (JsonNode    *node,
          const char  *where,
          gint64      *out,
          GError     **error)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    *out = ITA_ID_NONE;
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
           g_str_equal (json_node_get_string (node), "all"))
    *out = ITA_UNIT_ALL;
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64 &&
           json_node_get_int (node) > 0)
    *out = json_node_get_int (node);
  else
    return bad (error, where, _("expected a unit id, \"all\" or null"));
  return TRUE;
}

/* A score: "99.33" (Thai digits allowed) or a number with at most two
 * decimals. */
static gboolean
score_value (JsonNode    *node,
             const char  *where,
             ItaCenti    *out,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      if (!ita_decimal_parse (json_node_get_string (node), 0, ITA_CENTI_MAX, out, &local_error))
        return bad (error, where, local_error->message);
      return TRUE;
    }
  if (JSON_NODE_HOLDS_VALUE (node) &&
      (json_node_get_value_type (node) == G_TYPE_INT64 ||
       json_node_get_value_type (node) == G_TYPE_DOUBLE))
    {
      double v = json_node_get_double (node) * 100.0;
      double r = round (v);

      if (fabs (v - r) > 1e-6)
        return bad (error, where, _("a score has at most two decimals"));
      if (r < 0 || r > ITA_CENTI_MAX)
        return bad (error, where, _("a score lies between 0 and 100"));
      *out = (ItaCenti) r;
      return TRUE;
    }
  return bad (error, where, _("expected a score such as \"99.33\""));
}

static gboolean
budget_value (const char  *text,
              const char  *where,
              gint64      *out,
              GError     **error)
{
  g_autofree char *ascii = ita_thai_digits_to_ascii (text);
  g_auto(GStrv) parts = g_strsplit (g_strstrip (ascii), ".", 3);
  guint64 baht = 0;
  guint64 satang = 0;

  if (parts[0] == NULL || parts[0][0] == '\0' || (parts[1] != NULL && parts[2] != NULL) ||
      !g_ascii_string_to_unsigned (parts[0], 10, 0, G_GINT64_CONSTANT (1000000000000), &baht, NULL) ||
      (parts[1] != NULL &&
       (strlen (parts[1]) == 0 || strlen (parts[1]) > 2 ||
        !g_ascii_string_to_unsigned (parts[1], 10, 0, 99, &satang, NULL))))
    return bad (error, where, _("expected an amount in baht such as \"150000.00\""));
  if (parts[1] != NULL && strlen (parts[1]) == 1)
    satang *= 10;
  *out = (gint64) (baht * 100 + satang);
  return TRUE;
}

/* Sections ----------------------------------------------------------- */

static gboolean
read_agency (ItaProject  *self,
             JsonObject  *root,
             GError     **error)
{
  g_autoptr(ItaAgency) agency = g_new0 (ItaAgency, 1);
  JsonObject *o;
  sqlite3_stmt *stmt;

  if (!get_object (root, "", "agency", &o, error))
    return FALSE;
  if (o == NULL)
    return TRUE;
  if (!get_string (o, "agency", "name", FALSE, &agency->name, error) ||
      !get_string (o, "agency", "kind", FALSE, &agency->kind, error) ||
      !get_string (o, "agency", "district", FALSE, &agency->district, error) ||
      !get_string (o, "agency", "province", FALSE, &agency->province, error) ||
      !get_string (o, "agency", "website", FALSE, &agency->website, error) ||
      !check_length (o, "agency", "name", agency->name, ITA_LIMIT_NAME_CHARS, error) ||
      !check_length (o, "agency", "kind", agency->kind, ITA_LIMIT_NAME_CHARS, error) ||
      !check_length (o, "agency", "district", agency->district, ITA_LIMIT_NAME_CHARS, error) ||
      !check_length (o, "agency", "province", agency->province, ITA_LIMIT_NAME_CHARS, error) ||
      !check_length (o, "agency", "website", agency->website, ITA_LIMIT_URL_CHARS, error))
    return FALSE;
  if (*g_strstrip (agency->website) != '\0')
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *url = ita_url_check (agency->website, NULL, &local_error);

      if (url == NULL)
        return bad (error, "agency.website", local_error->message);
    }
  stmt = ita_project_prepare (self,
                              "UPDATE agency SET name = ?1, kind = ?2, district = ?3, "
                              "province = ?4, website = ?5 WHERE id = 1",
                              error);
  if (stmt == NULL)
    return FALSE;
  ita_project_bind_text (stmt, 1, agency->name);
  ita_project_bind_text (stmt, 2, agency->kind);
  ita_project_bind_text (stmt, 3, agency->district);
  ita_project_bind_text (stmt, 4, agency->province);
  ita_project_bind_text (stmt, 5, agency->website);
  return ita_project_step (self, stmt, error);
}

static gboolean
read_units (ItaProject  *self,
            JsonObject  *root,
            GError     **error)
{
  /* id → depth + 1 */
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  JsonArray *array;

  if (!get_array (root, "", "units", &array, error))
    return FALSE;
  if (array != NULL && json_array_get_length (array) > ITA_LIMIT_UNITS)
    return too_many (error, "units", json_array_get_length (array), ITA_LIMIT_UNITS);
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = NULL;
      g_autofree char *kind = NULL;
      g_autofree char *where = NULL;
      ItaUnit unit = { 0 };
      JsonObject *o = element_object (array, i, "units", &path, error);
      JsonNode *parent;
      guint depth;
      gboolean ok;

      if (o == NULL || !get_int (o, path, "id", 1, G_MAXINT64, &unit.id, error))
        return FALSE;
      where = ita_json_path (path, "parent");
      parent = ita_json_member (o, "parent");
      if (parent != NULL && !JSON_NODE_HOLDS_NULL (parent) &&
          !get_int (o, path, "parent", 1, G_MAXINT64, &unit.parent_id, error))
        return FALSE;
      if (unit.parent_id != ITA_ID_NONE && !g_hash_table_contains (ids, &unit.parent_id))
        return bad (error, where, _("the parent unit must come earlier in the list"));
      depth = unit.parent_id == ITA_ID_NONE
              ? 1 : GPOINTER_TO_UINT (g_hash_table_lookup (ids, &unit.parent_id)) + 1;
      if (depth > ITA_LIMIT_UNIT_DEPTH)
        {
          g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_TOO_LARGE,
                       _("%s: the unit is %u levels deep; ITA Planner keeps at most %d levels "
                         "of sub-units (docs/limits.md)"),
                       where, depth, ITA_LIMIT_UNIT_DEPTH);
          return FALSE;
        }
      if (g_hash_table_contains (ids, &unit.id))
        return bad (error, path, _("this unit id is used twice"));
      if (!get_string (o, path, "kind", FALSE, &kind, error))
        return FALSE;
      if (!ita_unit_kind_from_string (kind, &unit.kind))
        return bad (error, path, _("unknown unit kind (office, division, section, work, other)"));
      if (!get_string (o, path, "name", FALSE, &unit.name, error))
        return FALSE;
      if (!check_length (o, path, "name", unit.name, ITA_LIMIT_NAME_CHARS, error))
        {
          g_free (unit.name);
          return FALSE;
        }
      g_strstrip (unit.name);
      if (*unit.name == '\0')
        {
          g_free (unit.name);
          return bad (error, path, _("a unit needs a name"));
        }
      ok = ita_project_write_unit (self, &unit, i, error);
      g_free (unit.name);
      if (!ok)
        return FALSE;
      g_hash_table_insert (ids, g_memdup2 (&unit.id, sizeof unit.id), GUINT_TO_POINTER (depth));
    }
  return TRUE;
}

static gboolean
read_scores (ItaProject  *self,
             JsonObject  *root,
             GError     **error)
{
  g_autoptr(ItaScores) scores = ita_scores_new ();
  g_autoptr(GList) names = NULL;
  JsonObject *o;

  if (!get_object (root, "", "scores", &o, error))
    return FALSE;
  if (o == NULL)
    return TRUE;
  names = json_object_get_members (o);
  for (GList *l = names; l != NULL; l = l->next)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *where = ita_json_path ("scores", l->data);
      g_autofree char *key = NULL;
      ItaCenti value;
      sqlite3_stmt *stmt;

      if (strlen (l->data) > ITA_LIMIT_CSV_FIELD_CHARS)
        return too_long (error, where, ita_limit_text_over (l->data, 0), ITA_LIMIT_CSV_FIELD_CHARS);
      key = ita_scores_normalize_key (self->edition, l->data, &local_error);
      if (key == NULL)
        return bad (error, where, local_error->message);
      if (ita_scores_contains (scores, key))
        return bad (error, where, _("this code appears twice"));
      if (!score_value (json_object_get_member (o, l->data), where, &value, error))
        return FALSE;
      if (!ita_scores_check_value (self->edition, key, value, &local_error))
        return bad (error, where, local_error->message);
      ita_scores_set (scores, key, value);
      stmt = ita_project_prepare (self, "INSERT INTO score (key, value) VALUES (?1, ?2)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 2, value);
      if (!ita_project_step (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_distributions (ItaProject  *self,
                    JsonObject  *root,
                    GError     **error)
{
  g_autoptr(GList) names = NULL;
  JsonObject *o;

  if (!get_object (root, "", "distributions", &o, error))
    return FALSE;
  if (o == NULL)
    return TRUE;
  names = json_object_get_members (o);
  for (GList *l = names; l != NULL; l = l->next)
    {
      g_autofree char *where = ita_json_path ("distributions", l->data);
      g_autoptr(GString) counts = g_string_new (NULL);
      const ItaItemDef *def = ita_framework_lookup_item (self->edition, l->data);
      JsonNode *node = json_object_get_member (o, l->data);
      JsonArray *array;
      sqlite3_stmt *stmt;

      if (def == NULL || def->tool == ITA_TOOL_OIT)
        return bad (error, where, _("not an IIT or EIT item of this edition"));
      if (!JSON_NODE_HOLDS_ARRAY (node))
        return bad (error, where, _("expected a list of answer counts"));
      array = json_node_get_array (node);
      if (json_array_get_length (array) == 0 || json_array_get_length (array) > 10)
        return bad (error, where, _("expected 1 to 10 answer counts"));
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *n = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_INT64 ||
              json_node_get_int (n) < 0 || json_node_get_int (n) > G_MAXUINT)
            return bad (error, where, _("an answer count is a whole number, 0 or more"));
          g_string_append_printf (counts, "%s%" G_GINT64_FORMAT, i ? "," : "", json_node_get_int (n));
        }
      stmt = ita_project_prepare (self, "INSERT INTO distribution (item, counts) VALUES (?1, ?2)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, def->code, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, counts->str, -1, SQLITE_TRANSIENT);
      if (!ita_project_step (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* "units": [unit references], or the single "unit" of files written
 * before there could be several. */
static gboolean
read_entry_units (JsonObject         *o,
                  const char         *path,
                  ItaChecklistEntry  *e,
                  GError            **error)
{
  JsonArray *units;
  gint64 id;

  if (ita_json_member (o, "units") == NULL)
    {
      g_autofree char *where = ita_json_path (path, "unit");

      if (!unit_ref (ita_json_member (o, "unit"), where, &id, error))
        return FALSE;
      ita_checklist_entry_add_unit (e, id);
      return TRUE;
    }
  if (!get_array (o, path, "units", &units, error))
    return FALSE;
  for (guint i = 0; units != NULL && i < json_array_get_length (units); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.units[%u]", path, i);

      if (!unit_ref (json_array_get_element (units, i), where, &id, error))
        return FALSE;
      ita_checklist_entry_add_unit (e, id);
    }
  return TRUE;
}

static gboolean
read_checklist_entry (ItaProject  *self,
                      JsonObject  *o,
                      const char  *path,
                      GHashTable  *seen,
                      GError     **error)
{
  g_autoptr(ItaChecklistEntry) e = ita_checklist_entry_new ("");
  g_autoptr(GError) local_error = NULL;
  g_autofree char *status = NULL;

  g_clear_pointer (&e->item, g_free);
  g_clear_pointer (&e->urls, g_strfreev);
  g_clear_pointer (&e->explanation, g_free);
  g_clear_pointer (&e->note, g_free);
  if (!get_string (o, path, "item", FALSE, &e->item, error) ||
      !get_string (o, path, "status", FALSE, &status, error) ||
      !get_strv (o, path, "urls", &e->urls, error) ||
      !get_string (o, path, "explanation", FALSE, &e->explanation, error) ||
      !read_entry_units (o, path, e, error) ||
      !get_date (o, path, "due", &e->due_date, error) ||
      !get_string (o, path, "note", FALSE, &e->note, error) ||
      !get_date (o, path, "last_checked", &e->last_checked, error))
    return FALSE;
  if (e->urls == NULL)
    e->urls = g_new0 (char *, 1);
  if (*status == '\0')
    e->status = ITA_EVIDENCE_NOT_CHECKED;
  else if (!ita_evidence_status_from_string (status, &e->status))
    return bad (error, path, _("unknown status (not-checked, present, incomplete, missing)"));
  if (!ita_project_check_checklist_entry (self, e, &local_error))
    return bad_because (error, path, local_error);
  if (!g_hash_table_add (seen, g_strdup (e->item)))
    return bad (error, path, _("this item appears twice"));
  return ita_project_write_checklist_entry (self, e, error);
}

static gboolean
read_checklist (ItaProject  *self,
                JsonObject  *root,
                GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *array;

  if (!get_array (root, "", "checklist", &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = NULL;
      JsonObject *o = element_object (array, i, "checklist", &path, error);

      if (o == NULL || !read_checklist_entry (self, o, path, seen, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_url_check (ItaProject  *self,
                JsonObject  *o,
                const char  *path,
                GHashTable  *seen,
                GError     **error)
{
  g_autoptr(ItaUrlCheck) c = ita_url_check_new ("", "");
  g_autoptr(ItaChecklistEntry) entry = NULL;
  g_autofree char *checked = NULL;
  g_autofree char *outcome = NULL;
  g_autofree char *pair = NULL;
  g_autofree char *checked_where = ita_json_path (path, "checked");
  gint64 status = 0;

  g_clear_pointer (&c->item, g_free);
  g_clear_pointer (&c->url, g_free);
  g_clear_pointer (&c->final_url, g_free);
  g_clear_pointer (&c->message, g_free);
  if (!get_string (o, path, "item", FALSE, &c->item, error) ||
      !get_string (o, path, "url", FALSE, &c->url, error) ||
      !get_string (o, path, "checked", FALSE, &checked, error) ||
      !get_string (o, path, "outcome", FALSE, &outcome, error) ||
      (ita_json_member (o, "http_status") != NULL &&
       !get_int (o, path, "http_status", 0, 999, &status, error)) ||
      !get_string (o, path, "final_url", FALSE, &c->final_url, error) ||
      !get_string (o, path, "message", FALSE, &c->message, error))
    return FALSE;
  entry = ita_project_get_checklist_entry (self, c->item);
  if (entry == NULL)
    return bad (error, path, _("not an OIT item of this edition"));
  g_free (c->item);
  c->item = g_strdup (entry->item);
  if (!g_strv_contains ((const char * const *) entry->urls, c->url))
    return bad (error, path, _("the URL is not one of the item’s evidence URLs"));
  g_clear_pointer (&c->checked_at, g_date_time_unref);
  c->checked_at = ita_url_check_time_from_iso (checked);
  if (c->checked_at == NULL)
    return bad (error, checked_where,
                _("expected a date and time such as \"2025-05-01T10:15:00+07:00\""));
  if (!ita_url_outcome_from_string (outcome, &c->outcome))
    return bad (error, path, _("unknown link check outcome"));
  c->http_status = (guint) status;
  pair = g_strconcat (c->item, "\n", c->url, NULL);
  if (!g_hash_table_add (seen, g_steal_pointer (&pair)))
    return bad (error, path, _("this item and URL appear twice"));
  return ita_project_write_url_check (self, c, error);
}

static gboolean
read_url_checks (ItaProject  *self,
                 JsonObject  *root,
                 GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *array;

  if (!get_array (root, "", "url_checks", &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = NULL;
      JsonObject *o = element_object (array, i, "url_checks", &path, error);

      if (o == NULL || !read_url_check (self, o, path, seen, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_progress (JsonObject  *o,
               const char  *path,
               ItaMeasure  *m,
               GError     **error)
{
  JsonArray *array;

  if (!get_array (o, path, "progress", &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *base = ita_json_path (path, "progress");
      g_autofree char *where = NULL;
      JsonObject *po = element_object (array, i, base, &where, error);
      ItaProgress *p;

      if (po == NULL)
        return FALSE;
      p = ita_progress_new ();
      g_ptr_array_add (m->progress, p);
      g_clear_pointer (&p->done, g_free);
      g_clear_pointer (&p->outcome, g_free);
      g_clear_pointer (&p->remarks, g_free);
      if (!get_date (po, where, "date", &p->date, error) ||
          !get_string (po, where, "done", FALSE, &p->done, error) ||
          !get_string (po, where, "outcome", FALSE, &p->outcome, error) ||
          !get_string (po, where, "remarks", FALSE, &p->remarks, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_measure_fields (JsonObject  *o,
                     const char  *path,
                     ItaMeasure  *m,
                     GError     **error)
{
  g_autofree char *status = NULL;
  g_autofree char *budget = NULL;
  g_autofree char *budget_where = ita_json_path (path, "budget");
  JsonArray *units;

  g_clear_pointer (&m->title, g_free);
  g_clear_pointer (&m->issue, g_free);
  g_clear_pointer (&m->targets, g_strfreev);
  g_clear_pointer (&m->methods, g_free);
  g_clear_pointer (&m->steps, g_strfreev);
  g_clear_pointer (&m->kpi, g_free);
  g_clear_pointer (&m->target, g_free);
  if (!get_int (o, path, "id", 1, G_MAXINT64, &m->id, error) ||
      !get_string (o, path, "title", FALSE, &m->title, error) ||
      !get_string (o, path, "issue", FALSE, &m->issue, error) ||
      !get_strv (o, path, "targets", &m->targets, error) ||
      !get_string (o, path, "methods", FALSE, &m->methods, error) ||
      !get_strv (o, path, "steps", &m->steps, error) ||
      !get_array (o, path, "units", &units, error) ||
      !get_date (o, path, "start", &m->start, error) ||
      !get_date (o, path, "end", &m->end, error) ||
      !get_string (o, path, "budget", TRUE, &budget, error) ||
      !get_string (o, path, "kpi", FALSE, &m->kpi, error) ||
      !get_string (o, path, "target", FALSE, &m->target, error) ||
      !get_string (o, path, "status", FALSE, &status, error) ||
      !read_progress (o, path, m, error))
    return FALSE;
  if (m->targets == NULL)
    m->targets = g_new0 (char *, 1);
  if (m->steps == NULL)
    m->steps = g_new0 (char *, 1);
  for (guint i = 0; units != NULL && i < json_array_get_length (units); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.units[%u]", path, i);
      gint64 id;

      if (!unit_ref (json_array_get_element (units, i), where, &id, error))
        return FALSE;
      g_array_append_val (m->unit_ids, id);
    }
  if (budget != NULL && !budget_value (budget, budget_where, &m->budget, error))
    return FALSE;
  if (*status == '\0')
    m->status = ITA_MEASURE_PLANNED;
  else if (!ita_measure_status_from_string (status, &m->status))
    return bad (error, path, _("unknown status (planned, in-progress, done, cancelled)"));
  return TRUE;
}

static gboolean
read_measures (ItaProject  *self,
               JsonObject  *root,
               GError     **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  JsonArray *array;

  if (!get_array (root, "", "measures", &array, error))
    return FALSE;
  if (array != NULL && json_array_get_length (array) > ITA_LIMIT_MEASURES)
    return too_many (error, "measures", json_array_get_length (array), ITA_LIMIT_MEASURES);
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autoptr(ItaMeasure) m = ita_measure_new ();
      g_autoptr(GError) local_error = NULL;
      g_autofree char *path = NULL;
      JsonObject *o = element_object (array, i, "measures", &path, error);

      if (o == NULL || !read_measure_fields (o, path, m, error))
        return FALSE;
      if (!ita_project_check_measure (self, m, &local_error))
        return bad_because (error, path, local_error);
      if (!g_hash_table_add (ids, g_memdup2 (&m->id, sizeof m->id)))
        return bad (error, path, _("this measure id is used twice"));
      if (!ita_project_write_measure (self, m, i, NULL, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_limitations (ItaProject  *self,
                  JsonObject  *root,
                  GError     **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  JsonArray *array;

  if (!get_array (root, "", "limitations", &array, error))
    return FALSE;
  if (array != NULL && json_array_get_length (array) > ITA_LIMIT_LIMITATIONS)
    return too_many (error, "limitations", json_array_get_length (array), ITA_LIMIT_LIMITATIONS);
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = NULL;
      g_autofree char *kind = NULL;
      g_autofree char *text = NULL;
      ItaLimitation l = { 0 };
      JsonObject *o = element_object (array, i, "limitations", &path, error);

      if (o == NULL || !get_int (o, path, "id", 1, G_MAXINT64, &l.id, error) ||
          !get_string (o, path, "kind", FALSE, &kind, error) ||
          !get_string (o, path, "text", FALSE, &text, error))
        return FALSE;
      if (!ita_limitation_kind_from_string (kind, &l.kind))
        return bad (error, path,
                    _("unknown kind (none, personnel, budget, technology, area, economy-culture, "
                      "time, other)"));
      if (!g_hash_table_add (ids, g_memdup2 (&l.id, sizeof l.id)))
        return bad (error, path, _("this limitation id is used twice"));
      l.text = text;
      if (!ita_project_write_limitation (self, &l, i, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_links (ItaProject  *self,
            JsonObject  *root,
            GError     **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  JsonArray *array;

  if (!get_array (root, "", "links", &array, error))
    return FALSE;
  if (array != NULL && json_array_get_length (array) > ITA_LIMIT_LINKS)
    return too_many (error, "links", json_array_get_length (array), ITA_LIMIT_LINKS);
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = NULL;
      g_autofree char *relative = NULL;
      g_autofree char *absolute = NULL;
      g_autofree char *agency = NULL;
      g_autoptr(GError) local_error = NULL;
      gint64 year = 0;
      ItaLink l = { 0 };
      JsonObject *o = element_object (array, i, "links", &path, error);

      if (o == NULL || !get_int (o, path, "id", 1, G_MAXINT64, &l.id, error) ||
          !get_int (o, path, "fiscal_year", 2500, 3000, &year, error) ||
          !get_string (o, path, "relative", TRUE, &relative, error) ||
          !get_string (o, path, "absolute", TRUE, &absolute, error) ||
          !get_string (o, path, "agency", FALSE, &agency, error))
        return FALSE;
      if (!g_hash_table_add (ids, g_memdup2 (&l.id, sizeof l.id)))
        return bad (error, path, _("this link id is used twice"));
      if (!check_length (o, path, "agency", agency, ITA_LIMIT_NAME_CHARS, error) ||
          !check_length (o, path, "relative", relative, ITA_LIMIT_PATH_CHARS, error) ||
          !check_length (o, path, "absolute", absolute, ITA_LIMIT_PATH_CHARS, error))
        return FALSE;
      if (relative != NULL && !ita_project_check_link_path (relative, TRUE, &local_error))
        {
          g_autofree char *where = ita_json_path (path, "relative");

          return bad_because (error, where, local_error);
        }
      if (absolute != NULL && !ita_project_check_link_path (absolute, FALSE, &local_error))
        {
          g_autofree char *where = ita_json_path (path, "absolute");

          return bad_because (error, where, local_error);
        }
      l.fiscal_year = (int) year;
      l.relative_path = relative;
      l.absolute_path = absolute;
      l.agency_name = agency;
      if (!ita_project_write_link (self, &l, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_settings (ItaProject  *self,
               JsonObject  *root,
               GError     **error)
{
  g_autoptr(GList) names = NULL;
  JsonObject *o;

  if (!get_object (root, "", "settings", &o, error))
    return FALSE;
  if (o == NULL)
    return TRUE;
  if (json_object_get_size (o) > ITA_LIMIT_SETTINGS)
    return too_many (error, "settings", json_object_get_size (o), ITA_LIMIT_SETTINGS);
  names = json_object_get_members (o);
  for (GList *l = names; l != NULL; l = l->next)
    {
      g_autofree char *value = NULL;
      sqlite3_stmt *stmt;

      if (!get_string (o, "settings", l->data, FALSE, &value, error))
        return FALSE;
      if (ita_limit_text_over (l->data, ITA_LIMIT_SETTING_CHARS) > 0)
        return too_long (error, "settings", ita_limit_text_over (l->data, ITA_LIMIT_SETTING_CHARS),
                         ITA_LIMIT_SETTING_CHARS);
      stmt = ita_project_prepare (self, "INSERT INTO setting (name, value) VALUES (?1, ?2)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, l->data, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
      if (!ita_project_step (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* The officer's words; measures are read before, so a remark's measure
 * is checked against them. */
static gboolean
read_texts (ItaProject  *self,
            JsonObject  *root,
            GError     **error)
{
  g_autoptr(GList) keys = NULL;
  JsonObject *o;

  if (!get_object (root, "", "texts", &o, error))
    return FALSE;
  if (o == NULL)
    return TRUE;
  keys = json_object_get_members (o);
  for (GList *l = keys; l != NULL; l = l->next)
    {
      g_autofree char *path = ita_json_path ("texts", l->data);
      g_autofree char *value = NULL;
      g_autoptr(GError) local = NULL;

      if (!get_string (o, "texts", l->data, FALSE, &value, error))
        return FALSE;
      if (!ita_project_check_text (self, l->data, value, &local))
        return bad (error, path, local->message);
      if (!ita_project_write_text (self, l->data, value, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_suggestions (ItaProject  *self,
                  JsonObject  *root,
                  GError     **error)
{
  JsonArray *array;

  if (!get_array (root, "", "suggestions", &array, error))
    return FALSE;
  return ita_project_json_read_suggestions (self, array, error);
}

/* Header, parse, create ---------------------------------------------- */

/* What json-glib cannot take or would change, refused with where. */
static gboolean
prescan (const char  *data,
         gsize        size,
         GError     **error)
{
  g_autofree char *path = NULL;
  guint line = 0, column = 0;

  switch (ita_json_prescan (data, size, ITA_LIMIT_JSON_DEPTH, &path, &line, &column))
    {
    case ITA_JSON_OK:
      return TRUE;
    case ITA_JSON_TOO_DEEP:
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_TOO_LARGE,
                   _("The project JSON nests lists and objects more than %d levels deep (at line "
                     "%u, column %u); ITA Planner reads at most %d levels."),
                   ITA_LIMIT_JSON_DEPTH, line, column, ITA_LIMIT_JSON_DEPTH);
      return FALSE;
    case ITA_JSON_NUL:
      return bad (error, *path ? path : "$",
                  _("the text holds a \\u0000 (NUL) character, which cannot be kept in text; "
                    "remove it and import again"));
    case ITA_JSON_LONE_SURROGATE:
    default:
      return bad (error, *path ? path : "$",
                  _("the text holds half of a \\uD800–\\uDFFF pair, a broken character; fix the "
                    "text and import again"));
    }
}

static JsonNode *
parse (GBytes  *json,
       GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *megabytes = NULL;
  gsize size = 0;
  const char *data = g_bytes_get_data (json, &size);

  if (data == NULL || size == 0)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_PARSE,
                   _("The project JSON is malformed: the file is empty."));
      return NULL;
    }
  if (size > ITA_LIMIT_PROJECT_JSON_BYTES)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_TOO_LARGE,
                   _("The project JSON is %s MB; ITA Planner reads project files of at most %d MB."),
                   megabytes = g_strdup_printf ("%.1f", size / (1024.0 * 1024.0)),
                   ITA_LIMIT_PROJECT_JSON_BYTES / (1024 * 1024));
      return NULL;
    }
  if (!g_utf8_validate (data, (gssize) size, NULL))
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_PARSE,
                   _("The project JSON is not UTF-8 text. Save it as UTF-8 and try again."));
      return NULL;
    }
  if (!prescan (data, size, error))
    return NULL;
  if (!json_parser_load_from_data (parser, data, (gssize) size, &local_error))
    {
      guint line, column;
      const char *reason;

      if (ita_json_error_position (local_error, &line, &column, &reason))
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_PARSE,
                     _("The project JSON is malformed at line %u, column %u: %s"),
                     line, column, reason);
      else
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_PARSE,
                     _("The project JSON is malformed: %s"), local_error->message);
      return NULL;
    }
  if (json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID,
                   _("The project JSON must be one object ({…}); this is something else."));
      return NULL;
    }
  return json_node_ref (json_parser_get_root (parser));
}

static ItaFramework *
read_header (JsonObject  *root,
             int         *out_year,
             GError     **error)
{
  g_autofree char *kind = NULL;
  g_autofree char *edition_id = NULL;
  g_autofree char *edition_json = NULL;
  g_autoptr(GError) local_error = NULL;
  ItaFramework *edition;
  gint64 format = 0;
  gint64 year = 0;

  if (!get_int (root, "", "format", 1, G_MAXINT32, &format, error))
    return NULL;
  if (format > ITA_PROJECT_JSON_FORMAT)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NEWER_FORMAT,
                   _("This project JSON was written by a newer version of ITA Planner (format "
                     "%d; this version reads up to %d). Update ITA Planner to import it."),
                   (int) format, ITA_PROJECT_JSON_FORMAT);
      return NULL;
    }
  if (!get_string (root, "", "kind", FALSE, &kind, error))
    return NULL;
  if (!g_str_equal (kind, ITA_PROJECT_JSON_KIND))
    {
      bad (error, "kind", _("this is not an ITA Planner project export "
                            "(\"kind\" must be \"ita-planner-project\")"));
      return NULL;
    }
  if (!get_int (root, "", "fiscal_year", 2500, 3000, &year, error) ||
      !get_string (root, "", "edition", FALSE, &edition_id, error) ||
      !get_string (root, "", "edition_json", TRUE, &edition_json, error))
    return NULL;
  if (edition_json != NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (edition_json, strlen (edition_json));

      edition = ita_framework_new_from_bytes (bytes, "edition_json", &local_error);
      if (edition == NULL)
        {
          bad (error, "edition_json", local_error->message);
          return NULL;
        }
      if (!g_str_equal (ita_framework_get_id (edition), edition_id))
        {
          g_object_unref (edition);
          bad (error, "edition_json", _("the embedded edition is not the one named in \"edition\""));
          return NULL;
        }
    }
  else
    {
      edition = ita_catalogue_lookup (edition_id, &local_error);
      if (edition == NULL)
        {
          g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NO_EDITION,
                       _("The framework edition “%s” is not installed. Import its edition file "
                         "first, then import the project again."),
                       edition_id);
          return NULL;
        }
    }
  *out_year = (int) year;
  return edition;
}

static gboolean
fill (ItaProject  *self,
      gpointer     data,
      GError     **error)
{
  JsonObject *root = data;

  return read_agency (self, root, error) &&
         read_units (self, root, error) &&
         read_scores (self, root, error) &&
         read_distributions (self, root, error) &&
         read_checklist (self, root, error) &&
         read_url_checks (self, root, error) &&
         read_measures (self, root, error) &&
         read_limitations (self, root, error) &&
         read_links (self, root, error) &&
         read_settings (self, root, error) &&
         read_texts (self, root, error) &&
         read_suggestions (self, root, error);
}

static ItaProject *
import_json (GBytes   *json,
             GFile    *dest,
             gboolean  replace,
             GError  **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(ItaFramework) edition = NULL;
  int year = 0;

  root = parse (json, error);
  if (root == NULL)
    return NULL;
  edition = read_header (json_node_get_object (root), &year, error);
  if (edition == NULL)
    return NULL;
  return ita_project_build (dest, edition, year, replace, fill, json_node_get_object (root), error);
}

ItaProject *
ita_project_import_json (GBytes  *json,
                         GFile   *dest,
                         GError **error)
{
  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (dest), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return import_json (json, dest, FALSE, error);
}

ItaProject *
ita_project_import_json_replace (GBytes  *json,
                                 GFile   *dest,
                                 GError **error)
{
  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (dest), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return import_json (json, dest, TRUE, error);
}
