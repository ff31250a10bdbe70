/* ita-project-suggest.c: the project's library of suggested measures,
 * the weak results no measure answers, and accepting a suggestion
 *
 * The project keeps only its own entries of the library (table
 * suggestion: an edited copy of a built-in entry, an entry of its own, or
 * just "hidden"), so that improvements to the built-in library reach old
 * files while the officer's edits travel with the file.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>

#include "ita-json-private.h"
#include "ita-project-json-private.h"
#include "ita-project-plan.h"
#include "ita-project-private.h"
#include "ita-suggestions-private.h"

#define SUGGESTIONS_KEY "suggestions"

/* The project's own entries ------------------------------------------- */

typedef struct {
  char          *id;
  gboolean       hidden;
  ItaSuggestion *entry;   /* NULL when only hidden (or unreadable) */
} OwnEntry;

static void
own_entry_free (OwnEntry *e)
{
  g_free (e->id);
  g_clear_pointer (&e->entry, ita_suggestion_free);
  g_free (e);
}

/* In position order. A row whose JSON does not read (a file changed by
 * another program) is kept in the file but ignored. */
static GPtrArray *
read_own (ItaProject *self)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) own_entry_free);
  sqlite3_stmt *stmt;

  if (self->db == NULL)
    return list;
  stmt = ita_project_prepare (self, "SELECT id, hidden, json FROM suggestion ORDER BY position, id",
                              NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      OwnEntry *e = g_new0 (OwnEntry, 1);
      const char *json = (const char *) sqlite3_column_text (stmt, 2);

      e->id = ita_project_column_text (stmt, 0);
      e->hidden = sqlite3_column_int (stmt, 1) != 0;
      if (json != NULL && *json != '\0')
        {
          e->entry = ita_suggestion_from_json_text (json, self->path, NULL);
          if (e->entry != NULL && !g_str_equal (e->entry->id, e->id))
            g_clear_pointer (&e->entry, ita_suggestion_free);
        }
      g_ptr_array_add (list, e);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return list;
}

static OwnEntry *
find_own (GPtrArray  *own,
          const char *id)
{
  for (guint i = 0; i < own->len; i++)
    {
      OwnEntry *e = g_ptr_array_index (own, i);

      if (g_str_equal (e->id, id))
        return e;
    }
  return NULL;
}

static GPtrArray *
builtin_or_empty (void)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = ita_suggestions_builtin (&error);

  if (list == NULL)
    {
      /* The build checks the built-in library; this is not expected. */
      g_critical ("The built-in library of measures does not load: %s", error->message);
      list = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_suggestion_free);
    }
  return list;
}

GPtrArray *
ita_project_get_suggestions (ItaProject *self,
                             gboolean    include_hidden)
{
  g_autoptr(GPtrArray) builtin = NULL;
  g_autoptr(GPtrArray) own = NULL;
  GPtrArray *list;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);

  builtin = builtin_or_empty ();
  own = read_own (self);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_suggestion_free);
  for (guint i = 0; i < builtin->len; i++)
    {
      ItaSuggestion *b = g_ptr_array_index (builtin, i);
      OwnEntry *e = find_own (own, b->id);
      ItaSuggestion *s;

      if (e != NULL && e->entry != NULL)
        {
          s = ita_suggestion_copy (e->entry);
          s->origin = ITA_SUGGESTION_EDITED;
        }
      else
        s = ita_suggestion_copy (b);
      s->hidden = e != NULL && e->hidden;
      if (s->hidden && !include_hidden)
        ita_suggestion_free (s);
      else
        g_ptr_array_add (list, s);
    }
  for (guint i = 0; i < own->len; i++)
    {
      OwnEntry *e = g_ptr_array_index (own, i);
      gboolean is_builtin = FALSE;
      ItaSuggestion *s;

      for (guint k = 0; k < builtin->len && !is_builtin; k++)
        is_builtin = g_str_equal (((ItaSuggestion *) g_ptr_array_index (builtin, k))->id, e->id);
      if (is_builtin || e->entry == NULL || (e->hidden && !include_hidden))
        continue;
      s = ita_suggestion_copy (e->entry);
      s->origin = ITA_SUGGESTION_ADDED;
      s->hidden = e->hidden;
      g_ptr_array_add (list, s);
    }
  return list;
}

ItaSuggestion *
ita_project_get_suggestion (ItaProject *self,
                            const char *id)
{
  g_autoptr(GPtrArray) all = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);

  if (id == NULL)
    return NULL;
  all = ita_project_get_suggestions (self, TRUE);
  for (guint i = 0; i < all->len; i++)
    {
      ItaSuggestion *s = g_ptr_array_index (all, i);

      if (g_str_equal (s->id, id))
        return g_ptr_array_steal_index (all, i);
    }
  return NULL;
}

static gboolean
suggestion_not_found (const char  *id,
                      GError     **error)
{
  g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NOT_FOUND,
               _("There is no suggested measure “%s” in the library."), id);
  return FALSE;
}

static gint64
next_own_position (ItaProject *self)
{
  sqlite3_stmt *stmt = ita_project_prepare (self, "SELECT coalesce(max(position) + 1, 0) FROM suggestion",
                                            NULL);
  gint64 position = 0;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    position = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return position;
}

/* Inserts or replaces the row of id; json NULL keeps the stored text
 * (hidden flag only), "" stores none. */
static gboolean
write_own (ItaProject  *self,
           const char  *id,
           gboolean     hidden,
           const char  *json,
           GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = ita_project_prepare (self,
                              "INSERT INTO suggestion (id, position, hidden, json) "
                              "VALUES (?1, ?2, ?3, coalesce(?4, '')) "
                              "ON CONFLICT (id) DO UPDATE SET hidden = excluded.hidden, "
                              "json = coalesce(?4, json)",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, next_own_position (self));
  sqlite3_bind_int (stmt, 3, hidden ? 1 : 0);
  if (json != NULL)
    sqlite3_bind_text (stmt, 4, json, -1, SQLITE_TRANSIENT);
  return ita_project_step (self, stmt, error);
}

static gboolean
invalid_suggestion (GError **error,
                    GError  *reason)
{
  g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID, "%s", reason->message);
  return FALSE;
}

gboolean
ita_project_set_suggestion (ItaProject           *self,
                            const ItaSuggestion  *suggestion,
                            GError              **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) own = NULL;
  g_autofree char *json = NULL;
  OwnEntry *e;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (suggestion != NULL, FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  if (!ita_suggestion_check (suggestion, &local_error))
    return invalid_suggestion (error, local_error);
  own = read_own (self);
  e = find_own (own, suggestion->id);
  json = ita_suggestion_to_json_text (suggestion);
  if (!ita_project_begin_edit (self, error))
    return FALSE;
  if (!write_own (self, suggestion->id, e != NULL && e->hidden, json, error))
    return ita_project_abort_edit (self);
  return ita_project_end_edit (self, ITA_PROJECT_CHANGE_SETTINGS, SUGGESTIONS_KEY,
                               _("Edit suggested measure"), error);
}

gboolean
ita_project_set_suggestion_hidden (ItaProject  *self,
                                   const char  *id,
                                   gboolean     hidden,
                                   GError     **error)
{
  g_autoptr(ItaSuggestion) s = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  s = ita_project_get_suggestion (self, id);
  if (s == NULL)
    return suggestion_not_found (id, error);
  if (!ita_project_begin_edit (self, error))
    return FALSE;
  if (!write_own (self, id, hidden, NULL, error))
    return ita_project_abort_edit (self);
  return ita_project_end_edit (self, ITA_PROJECT_CHANGE_SETTINGS, SUGGESTIONS_KEY,
                               hidden ? _("Hide suggested measure") : _("Show suggested measure"),
                               error);
}

gboolean
ita_project_reset_suggestion (ItaProject  *self,
                              const char  *id,
                              GError     **error)
{
  g_autofree char *message = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  message = g_strdup_printf (_("The project has no copy of the suggested measure “%s”."), id);
  {
    sqlite3_stmt *stmt;

    if (!ita_project_begin_edit (self, error))
      return FALSE;
    stmt = ita_project_prepare (self, "DELETE FROM suggestion WHERE id = ?1", error);
    if (stmt == NULL)
      return ita_project_abort_edit (self);
    sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
    if (!ita_project_step (self, stmt, error))
      return ita_project_abort_edit (self);
    if (sqlite3_changes (self->db->handle) == 0)
      {
        ita_project_abort_edit (self);
        g_set_error_literal (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NOT_FOUND, message);
        return FALSE;
      }
  }
  return ita_project_end_edit (self, ITA_PROJECT_CHANGE_SETTINGS, SUGGESTIONS_KEY,
                               _("Reset suggested measure"), error);
}

gboolean
ita_project_import_suggestions (ItaProject  *self,
                                GBytes      *json,
                                const char  *origin,
                                guint       *n_imported,
                                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) own = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (json != NULL, FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  entries = ita_suggestions_load (json, origin, &local_error);
  if (entries == NULL)
    return invalid_suggestion (error, local_error);
  own = read_own (self);
  if (!ita_project_begin_edit (self, error))
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    {
      ItaSuggestion *s = g_ptr_array_index (entries, i);
      OwnEntry *e = find_own (own, s->id);
      g_autofree char *text = ita_suggestion_to_json_text (s);

      if (!write_own (self, s->id, e != NULL && e->hidden, text, error))
        return ita_project_abort_edit (self);
    }
  if (!ita_project_end_edit (self, ITA_PROJECT_CHANGE_SETTINGS, SUGGESTIONS_KEY,
                             _("Import suggested measures"), error))
    return FALSE;
  if (n_imported != NULL)
    *n_imported = entries->len;
  return TRUE;
}

gboolean
ita_project_copy_suggestions (ItaProject  *self,
                              ItaProject  *next,
                              GError     **error)
{
  sqlite3_stmt *stmt = ita_project_prepare (self, "SELECT id, position, hidden, json FROM suggestion "
                                                  "ORDER BY position, id", error);
  gboolean ok = TRUE;

  if (stmt == NULL)
    return FALSE;
  while (ok && sqlite3_step (stmt) == SQLITE_ROW)
    {
      sqlite3_stmt *insert = ita_project_prepare (next,
                                                  "INSERT INTO suggestion (id, position, hidden, json) "
                                                  "VALUES (?1, ?2, ?3, ?4)",
                                                  error);

      ok = insert != NULL;
      if (ok)
        {
          for (int c = 0; c < 4; c++)
            sqlite3_bind_value (insert, c + 1, sqlite3_column_value (stmt, c));
          ok = ita_project_step (next, insert, error);
        }
    }
  sqlite3_reset (stmt);
  return ok;
}

/* Project JSON: the own entries (ita-project-json.c, -json-import.c) -- */

void
ita_project_json_build_suggestions (ItaProject  *self,
                                    JsonBuilder *b)
{
  g_autoptr(GPtrArray) own = read_own (self);

  /* Absent when the project keeps the built-in library as it is. */
  if (own->len == 0)
    return;
  json_builder_set_member_name (b, "suggestions");
  json_builder_begin_array (b);
  for (guint i = 0; i < own->len; i++)
    {
      OwnEntry *e = g_ptr_array_index (own, i);

      if (e->entry != NULL)
        {
          e->entry->hidden = e->hidden;
          ita_suggestion_build_json (e->entry, b, TRUE, FALSE);
        }
      else
        {
          g_autoptr(ItaSuggestion) bare = ita_suggestion_new (e->id);

          bare->hidden = e->hidden;
          ita_suggestion_build_json (bare, b, TRUE, TRUE);
        }
    }
  json_builder_end_array (b);
}

gboolean
ita_project_json_read_suggestions (ItaProject  *self,
                                   JsonArray   *array,
                                   GError     **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = ita_json_path_index ("suggestions", i);
      g_autoptr(GError) local_error = NULL;
      g_autoptr(ItaSuggestion) s = NULL;
      g_autofree char *text = NULL;
      JsonNode *node = json_array_get_element (array, i);
      gboolean bare;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID, "%s: %s", path,
                       _("expected an object ({…})"));
          return FALSE;
        }
      bare = ita_json_member (json_node_get_object (node), "th") == NULL;
      s = ita_suggestion_from_json (json_node_get_object (node), NULL, path, TRUE, &local_error);
      if (s == NULL)
        return invalid_suggestion (error, local_error);
      if (!g_hash_table_add (ids, g_strdup (s->id)))
        {
          g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID, "%s: %s", path,
                       _("this suggestion id is used twice"));
          return FALSE;
        }
      text = bare ? g_strdup ("") : ita_suggestion_to_json_text (s);
      if (!write_own (self, s->id, s->hidden, text, error))
        return FALSE;
    }
  return TRUE;
}

/* Weak results without a measure --------------------------------------- */

const char *
ita_suggestion_match_to_string (ItaSuggestionMatch match)
{
  switch (match)
    {
    case ITA_SUGGESTION_MATCH_CONTINUITY:
      return "continuity";
    case ITA_SUGGESTION_MATCH_COVERS:
      return "covers";
    case ITA_SUGGESTION_MATCH_INDICATOR:
    default:
      return "indicator";
    }
}

static void
suggested_free (ItaSuggested *s)
{
  ita_suggestion_free (s->suggestion);
  g_free (s);
}

void
ita_unanswered_free (ItaUnanswered *unanswered)
{
  if (unanswered == NULL)
    return;
  g_free (unanswered->target);
  g_free (unanswered->name_th);
  g_free (unanswered->name_en);
  g_clear_pointer (&unanswered->suggestions, g_ptr_array_unref);
  g_free (unanswered);
}

/* The score keys the measures that are not cancelled answer, with the
 * indicators answered through one of their sub-indicators or items. */
static GHashTable *
answered_keys (ItaProject *self)
{
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) measures = ita_project_get_measures (self);

  for (guint i = 0; i < measures->len; i++)
    {
      ItaMeasure *m = g_ptr_array_index (measures, i);

      if (m->status == ITA_MEASURE_CANCELLED)
        continue;
      for (guint k = 0; m->targets[k] != NULL; k++)
        {
          const char *key = m->targets[k];
          const ItaItemDef *item = ita_framework_lookup_item (self->edition, key);

          g_hash_table_add (keys, g_strdup (key));
          if (item != NULL)
            g_hash_table_add (keys, g_strdup_printf ("ind:%d", item->indicator));
          else if (g_str_has_prefix (key, "sub:"))
            g_hash_table_add (keys, g_strdup_printf ("ind:%d", atoi (key + 4)));
        }
    }
  return keys;
}

static gboolean
already_suggested (GPtrArray           *list,
                   const ItaSuggestion *s)
{
  for (guint i = 0; i < list->len; i++)
    {
      if (g_str_equal (((ItaSuggested *) g_ptr_array_index (list, i))->suggestion->id, s->id))
        return TRUE;
    }
  return FALSE;
}

static void
add_matches (GPtrArray          *out,
             GPtrArray          *library,
             ItaSuggestionMatch  match,
             const char         *key,
             int                 indicator)
{
  for (guint i = 0; i < library->len; i++)
    {
      ItaSuggestion *s = g_ptr_array_index (library, i);
      ItaSuggested *hit;

      if (key != NULL ? !ita_suggestion_answers_key (s, key)
                      : !ita_suggestion_answers_indicator (s, indicator))
        continue;
      if (already_suggested (out, s))
        continue;
      hit = g_new0 (ItaSuggested, 1);
      hit->match = match;
      hit->suggestion = ita_suggestion_copy (s);
      g_ptr_array_add (out, hit);
    }
}

static GPtrArray *
suggestions_for_item (GPtrArray        *library,
                      const ItaItemDef *item)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) suggested_free);

  add_matches (out, library, ITA_SUGGESTION_MATCH_CONTINUITY, item->continuity, 0);
  for (guint k = 0; item->covers != NULL && item->covers[k] != NULL; k++)
    add_matches (out, library, ITA_SUGGESTION_MATCH_COVERS, item->covers[k], 0);
  if (out->len == 0)
    add_matches (out, library, ITA_SUGGESTION_MATCH_INDICATOR, NULL, item->indicator);
  return out;
}

static GPtrArray *
suggestions_for_indicator (GPtrArray *library,
                           int        number)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) suggested_free);

  add_matches (out, library, ITA_SUGGESTION_MATCH_INDICATOR, NULL, number);
  return out;
}

static gboolean
is_weak (ItaCategory category)
{
  return category == ITA_CATEGORY_RAISE || category == ITA_CATEGORY_IMPROVE;
}

static ItaUnanswered *
unanswered_new (const char  *target,
                ItaCategory  category,
                ItaCenti     value,
                const char  *name_th,
                const char  *name_en,
                GPtrArray   *suggestions)
{
  ItaUnanswered *u = g_new0 (ItaUnanswered, 1);

  u->target = g_strdup (target);
  u->category = category;
  u->value = value;
  u->name_th = g_strdup (name_th ? name_th : "");
  u->name_en = g_strdup (name_en ? name_en : "");
  u->suggestions = suggestions;
  return u;
}

GPtrArray *
ita_project_get_unanswered (ItaProject *self)
{
  g_autoptr(ItaResult) result = NULL;
  g_autoptr(GHashTable) answered = NULL;
  g_autoptr(GPtrArray) library = NULL;
  GPtrArray *list;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_unanswered_free);
  if (self->db == NULL)
    return list;
  result = ita_project_compute (self);
  answered = answered_keys (self);
  library = ita_project_get_suggestions (self, FALSE);
  for (int n = 1; n <= 10; n++)
    {
      g_autofree char *key = g_strdup_printf ("ind:%d", n);
      const ItaIndicatorDef *ind = ita_framework_get_indicator (self->edition, n);
      const ItaLevel *level = ita_result_get_level (result, key);
      ItaCategory category = ita_result_get_category (result, key);

      if (ind == NULL || level == NULL || !is_weak (category) ||
          g_hash_table_contains (answered, key))
        continue;
      g_ptr_array_add (list, unanswered_new (key, category, level->value, ind->name_th,
                                             ind->name_en, suggestions_for_indicator (library, n)));
    }
  for (guint i = 0; i < ita_framework_get_n_items (self->edition); i++)
    {
      const ItaItemDef *item = ita_framework_get_item (self->edition, i);
      const ItaLevel *level = ita_result_get_level (result, item->code);
      ItaCategory category = ita_result_get_category (result, item->code);

      if (level == NULL || !is_weak (category) || g_hash_table_contains (answered, item->code))
        continue;
      g_ptr_array_add (list, unanswered_new (item->code, category, level->value, item->text_th,
                                             item->text_en, suggestions_for_item (library, item)));
    }
  return list;
}

/* Accepting ------------------------------------------------------------ */

static gboolean
suggestion_answers_item (const ItaSuggestion *s,
                         const ItaItemDef    *item)
{
  if (ita_suggestion_answers_key (s, item->continuity))
    return TRUE;
  for (guint k = 0; item->covers != NULL && item->covers[k] != NULL; k++)
    {
      if (ita_suggestion_answers_key (s, item->covers[k]))
        return TRUE;
    }
  return FALSE;
}

ItaMeasure *
ita_project_measure_from_suggestion (ItaProject           *self,
                                     const ItaSuggestion  *suggestion,
                                     const char           *target,
                                     ItaLanguage           language)
{
  g_autoptr(ItaSuggestionText) text = NULL;
  g_autoptr(GPtrArray) unanswered = NULL;
  g_autoptr(GStrvBuilder) targets = g_strv_builder_new ();
  ItaMeasure *m;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (suggestion != NULL, NULL);
  g_return_val_if_fail (target != NULL, NULL);

  text = ita_suggestion_get_text (suggestion, language);
  m = ita_project_new_measure (self);
  g_free (m->title);
  m->title = g_strdup (text->title);
  g_free (m->issue);
  m->issue = g_strdup (text->issue);
  g_free (m->methods);
  m->methods = g_strdup (text->methods);
  g_strfreev (m->steps);
  m->steps = g_strdupv (text->steps);
  g_free (m->kpi);
  m->kpi = g_strdup (text->kpi);
  g_free (m->target);
  m->target = g_strdup (text->target);

  g_strv_builder_add (targets, target);
  unanswered = ita_project_get_unanswered (self);
  for (guint i = 0; i < unanswered->len; i++)
    {
      ItaUnanswered *u = g_ptr_array_index (unanswered, i);
      const ItaItemDef *item = ita_framework_lookup_item (self->edition, u->target);

      if (item != NULL && !g_str_equal (u->target, target) && suggestion_answers_item (suggestion, item))
        g_strv_builder_add (targets, u->target);
    }
  g_strfreev (m->targets);
  m->targets = g_strv_builder_end (targets);
  return m;
}

gboolean
ita_project_accept_suggestion (ItaProject   *self,
                               const char   *target,
                               const char   *suggestion_id,
                               ItaLanguage   language,
                               gint64       *out_id,
                               GError      **error)
{
  g_autoptr(GPtrArray) unanswered = NULL;
  g_autoptr(ItaMeasure) measure = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *key = NULL;
  ItaUnanswered *u = NULL;
  ItaSuggestion *chosen = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (target != NULL, FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  key = ita_scores_normalize_key (self->edition, target, &local_error);
  if (key == NULL)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID, "%s", local_error->message);
      return FALSE;
    }
  unanswered = ita_project_get_unanswered (self);
  for (guint i = 0; i < unanswered->len && u == NULL; i++)
    {
      if (g_str_equal (((ItaUnanswered *) g_ptr_array_index (unanswered, i))->target, key))
        u = g_ptr_array_index (unanswered, i);
    }
  if (u == NULL)
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID,
                   _("%s needs no new measure: it is not in the raise or improve category, or a "
                     "measure already answers it."),
                   key);
      return FALSE;
    }
  for (guint i = 0; i < u->suggestions->len && chosen == NULL; i++)
    {
      ItaSuggested *s = g_ptr_array_index (u->suggestions, i);

      if (suggestion_id == NULL || g_str_equal (s->suggestion->id, suggestion_id))
        chosen = s->suggestion;
    }
  if (chosen == NULL)
    {
      if (suggestion_id == NULL)
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID,
                     _("The library has no suggested measure for %s; add a measure of your own."),
                     key);
      else
        g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID,
                     _("The suggested measure “%s” is not one of those for %s."), suggestion_id, key);
      return FALSE;
    }
  measure = ita_project_measure_from_suggestion (self, chosen, key, language);
  return ita_project_add_measure (self, measure, out_id, error);
}
