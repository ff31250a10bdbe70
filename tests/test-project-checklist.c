/* test-project-checklist.c: the OIT checklist — several units per item
 * (and the schema step that brought them), status changes of several
 * items in one undo step, every checklist edit undone, URLs checked as
 * typed, one unit's part, the summary bar, and what a new fiscal year
 * carries forward (2566 → 2568, 2568 → 2569, new items 2565 → 2566) */
#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "ita-project-private.h"

typedef struct {
  char       *dir;
  GFile      *file;
  ItaProject *project;
  gint64      office;     /* สำนักปลัดเทศบาล */
  gint64      admin;      /*   งานธุรการ */
  gint64      legal;      /*   งานนิติการ */
  gint64      finance;    /* กองคลัง */
  gint64      admin2;     /*   งานธุรการ (same name) */
  gint64      supplies;   /*   งานพัสดุ */
  guint       n_changes;
  char       *last_key;
} Fixture;

static gint64
add_unit (ItaProject  *p,
          gint64       parent,
          const char  *name,
          ItaUnitKind  kind)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (ita_project_add_unit (p, parent, name, kind, &id, &error));
  g_assert_no_error (error);
  return id;
}

static void
on_changed (ItaProject       *project,
            ItaProjectChange  kind,
            const char       *key,
            Fixture          *f)
{
  f->n_changes++;
  g_free (f->last_key);
  f->last_key = g_strdup (key ? key : "-");
}

static ItaProject *
create (Fixture    *f,
        const char *name,
        const char *edition_id,
        int         fiscal_year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) edition = ita_catalogue_lookup (edition_id, &error);
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ItaProject *p;

  g_assert_no_error (error);
  p = ita_project_create (file, edition, fiscal_year, &error);
  g_assert_no_error (error);
  return p;
}

static void
add_units (Fixture    *f,
           ItaProject *p)
{
  f->office = add_unit (p, ITA_ID_NONE, "สำนักปลัดเทศบาล", ITA_UNIT_KIND_OFFICE);
  f->admin = add_unit (p, f->office, "งานธุรการ", ITA_UNIT_KIND_WORK);
  f->legal = add_unit (p, f->office, "งานนิติการ", ITA_UNIT_KIND_WORK);
  f->finance = add_unit (p, ITA_ID_NONE, "กองคลัง", ITA_UNIT_KIND_DIVISION);
  f->admin2 = add_unit (p, f->finance, "งานธุรการ", ITA_UNIT_KIND_WORK);
  f->supplies = add_unit (p, f->finance, "งานพัสดุ", ITA_UNIT_KIND_WORK);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("ita-checklist-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "plan-2568.ita", NULL);
  f->file = g_file_new_for_path (path);
  f->project = create (f, "plan-2568.ita", "ita-2568", 0);
  add_units (f, f->project);
  g_signal_connect (f->project, "changed", G_CALLBACK (on_changed), f);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->project != NULL)
    g_assert_finalize_object (f->project);
  g_clear_object (&f->file);
  g_free (f->last_key);
  remove_tree (f->dir);
  g_free (f->dir);
}

/* The whole project as its JSON: two equal snapshots mean the same file
 * contents. */
static char *
snapshot (ItaProject *p)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) json = ita_project_export_json (p, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (json, NULL), g_bytes_get_size (json));
}

static void
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_finalize_object (f->project);
  f->project = ita_project_open (f->file, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_signal_connect (f->project, "changed", G_CALLBACK (on_changed), f);
}

static void
set_entry (ItaProject        *p,
           ItaChecklistEntry *e)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ita_project_set_checklist_entry (p, e, &error));
  g_assert_no_error (error);
}

static void
set_urls (ItaChecklistEntry *e,
          const char        *first,
          ...)
{
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
  va_list args;

  va_start (args, first);
  for (const char *u = first; u != NULL; u = va_arg (args, const char *))
    g_strv_builder_add (b, u);
  va_end (args);
  g_strfreev (e->urls);
  e->urls = g_strv_builder_end (b);
}

static gint64
unit_at (const ItaChecklistEntry *e,
         guint                    i)
{
  g_assert_cmpuint (i, <, e->unit_ids->len);
  return g_array_index (e->unit_ids, gint64, i);
}

static void
today (GDate *out)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (out, 1);
  g_date_set_dmy (out, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

/* Schema 2 → 3 ------------------------------------------------------- */

static void
test_migration_v2 (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) edition = ita_catalogue_lookup ("ita-2568", &error);
  g_autofree char *path = g_build_filename (f->dir, "old.ita", NULL);
  g_autofree char *backup = g_strconcat (path, ".bak-v2", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ItaProject) p = NULL;
  g_autoptr(ItaChecklistEntry) o3 = NULL;
  g_autoptr(ItaChecklistEntry) o4 = NULL;
  g_autoptr(ItaChecklistEntry) o5 = NULL;
  g_auto(GStrv) refs = NULL;
  GBytes *json = ita_framework_get_json (edition);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  /* a file as schema version 2 wrote it: one unit per checklist row */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA application_id = 1230258481;", NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (sqlite3_exec (db, ita_db_schema_step (1), NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (sqlite3_exec (db, ita_db_schema_step (2), NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO meta VALUES ('fiscal_year', '2568');"
                                 "INSERT INTO unit VALUES (7, 0, 0, 'กองคลัง', 'division');"
                                 "INSERT INTO checklist VALUES ('o3', 'present', 'เมนูติดต่อเรา', 7, "
                                 "  '2025-03-31', 'ตรวจแล้ว', '2025-02-01');"
                                 "INSERT INTO checklist VALUES ('o4', 'missing', '', -1, NULL, '', NULL);"
                                 "INSERT INTO checklist VALUES ('o5', 'incomplete', '', 0, NULL, '', NULL);"
                                 "INSERT INTO evidence_url VALUES ('o3', 0, 'https://www.example.go.th/contact');"
                                 "PRAGMA user_version = 2;",
                                 NULL, NULL, NULL), ==, 0);
  sqlite3_prepare_v2 (db, "INSERT INTO edition VALUES (1, 'ita-2568', ?1)", -1, &stmt, NULL);
  sqlite3_bind_blob (stmt, 1, g_bytes_get_data (json, NULL), (int) g_bytes_get_size (json), NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  p = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  o3 = ita_project_get_checklist_entry (p, "o3");
  o4 = ita_project_get_checklist_entry (p, "o4");
  o5 = ita_project_get_checklist_entry (p, "o5");
  /* the unit moved into the list, nothing else changed */
  g_assert_cmpuint (o3->unit_ids->len, ==, 1);
  g_assert_cmpint (unit_at (o3, 0), ==, 7);
  g_assert_cmpint (o3->status, ==, ITA_EVIDENCE_PRESENT);
  g_assert_cmpstr (o3->explanation, ==, "เมนูติดต่อเรา");
  g_assert_cmpstr (o3->note, ==, "ตรวจแล้ว");
  g_assert_cmpstr (o3->urls[0], ==, "https://www.example.go.th/contact");
  g_assert_cmpint (g_date_get_day (&o3->due_date), ==, 31);
  g_assert_cmpuint (o4->unit_ids->len, ==, 1);
  g_assert_cmpint (unit_at (o4, 0), ==, ITA_UNIT_ALL);
  g_assert_cmpuint (o5->unit_ids->len, ==, 0);
  refs = ita_project_get_unit_references (p, 7);
  g_assert_cmpstr (refs[0], ==, "OIT item o3");
  g_assert_null (refs[1]);

  /* and a second unit can now be added, and undone */
  ita_checklist_entry_add_unit (o3, ITA_UNIT_ALL);
  set_entry (p, o3);
  {
    g_autoptr(ItaChecklistEntry) back = ita_project_get_checklist_entry (p, "o3");

    g_assert_cmpuint (back->unit_ids->len, ==, 2);
  }
  g_assert_true (ita_project_undo (p, &error));
  g_assert_no_error (error);
  {
    g_autoptr(ItaChecklistEntry) back = ita_project_get_checklist_entry (p, "o3");

    g_assert_cmpuint (back->unit_ids->len, ==, 1);
  }
}

/* Several units ----------------------------------------------------- */

static void
test_units (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaChecklistEntry) e = ita_project_get_checklist_entry (f->project, "o17");
  g_autoptr(ItaChecklistEntry) back = NULL;
  g_autofree char *before = NULL;
  g_autofree char *json = NULL;
  g_auto(GStrv) refs_legal = NULL;
  g_auto(GStrv) refs_office = NULL;
  gint64 none = ITA_ID_NONE, bogus = 999;

  /* seed 002: the complaints guideline is shared by two units */
  g_array_append_val (e->unit_ids, f->legal);
  g_array_append_val (e->unit_ids, none);
  g_array_append_val (e->unit_ids, f->admin);
  g_array_append_val (e->unit_ids, f->legal);
  set_entry (f->project, e);
  reopen (f);
  back = ita_project_get_checklist_entry (f->project, "o17");
  g_assert_cmpuint (back->unit_ids->len, ==, 2);   /* each once, "none" left out */
  g_assert_cmpint (unit_at (back, 0), ==, f->legal);
  g_assert_cmpint (unit_at (back, 1), ==, f->admin);
  g_assert_true (ita_checklist_entry_has_unit (back, f->admin));
  g_assert_false (ita_checklist_entry_has_unit (back, f->finance));

  /* both units are referred to; neither can be removed */
  refs_legal = ita_project_get_unit_references (f->project, f->legal);
  g_assert_cmpstr (refs_legal[0], ==, "OIT item o17");
  g_assert_false (ita_project_remove_unit (f->project, f->admin, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "o17"));
  g_clear_error (&error);
  refs_office = ita_project_get_unit_references (f->project, f->office);
  g_assert_cmpuint (g_strv_length (refs_office), ==, 2);   /* its two sub-units only */

  /* an unknown unit is refused, the entry as it was */
  before = snapshot (f->project);
  g_array_append_val (back->unit_ids, bogus);
  g_assert_false (ita_project_set_checklist_entry (f->project, back, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  json = snapshot (f->project);
  g_assert_cmpstr (before, ==, json);

  /* the project JSON lists them */
  {
    g_autofree char *needle = g_strdup_printf ("\"item\": \"o17\"");
    const char *o17 = strstr (json, needle);
    g_autofree char *units = g_strdup_printf ("\"units\": [\n        %" G_GINT64_FORMAT ",\n        %"
                                              G_GINT64_FORMAT "\n      ]", f->legal, f->admin);

    g_assert_nonnull (o17);
    g_assert_nonnull (strstr (o17, units));
  }

  /* removing the item's units frees them */
  g_array_set_size (back->unit_ids, 0);
  set_entry (f->project, back);
  g_assert_true (ita_project_remove_unit (f->project, f->legal, &error));
  g_assert_no_error (error);
}

/* JSON written before there could be several units has "unit". */
static void
test_json_old_unit (Fixture       *f,
                    gconstpointer  data)
{
  static const char json[] =
    "{\"format\": 1, \"kind\": \"ita-planner-project\", \"fiscal_year\": 2568, \"edition\": \"ita-2568\","
    " \"units\": [{\"id\": 4, \"parent\": null, \"name\": \"กองคลัง\", \"kind\": \"division\"},"
    "             {\"id\": 5, \"parent\": null, \"name\": \"กองช่าง\", \"kind\": \"division\"}],"
    " \"checklist\": [{\"item\": \"o1\", \"unit\": 4}, {\"item\": \"o2\", \"unit\": \"all\"},"
    "                 {\"item\": \"o3\", \"unit\": null}, {\"item\": \"o4\", \"units\": [5, 4]}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autofree char *path = g_build_filename (f->dir, "old-json.ita", NULL);
  g_autoptr(GFile) dest = g_file_new_for_path (path);
  g_autoptr(ItaProject) p = ita_project_import_json (bytes, dest, &error);
  g_autoptr(ItaChecklistEntry) o1 = NULL;
  g_autoptr(ItaChecklistEntry) o2 = NULL;
  g_autoptr(ItaChecklistEntry) o3 = NULL;
  g_autoptr(ItaChecklistEntry) o4 = NULL;

  g_assert_no_error (error);
  o1 = ita_project_get_checklist_entry (p, "o1");
  o2 = ita_project_get_checklist_entry (p, "o2");
  o3 = ita_project_get_checklist_entry (p, "o3");
  o4 = ita_project_get_checklist_entry (p, "o4");
  g_assert_cmpint (unit_at (o1, 0), ==, 4);
  g_assert_cmpint (unit_at (o2, 0), ==, ITA_UNIT_ALL);
  g_assert_cmpuint (o3->unit_ids->len, ==, 0);
  g_assert_cmpuint (o4->unit_ids->len, ==, 2);
  g_assert_cmpint (unit_at (o4, 0), ==, 5);
  g_assert_cmpint (unit_at (o4, 1), ==, 4);
}

/* Status of several items ------------------------------------------- */

static void
test_status_many (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *items[] = { "o1", "O5", "๐๒๐", NULL };
  const char *bad[] = { "o2", "o99", NULL };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *again = NULL;
  GDate now;

  today (&now);
  g_assert_true (ita_project_set_checklist_status (f->project, "o5", ITA_EVIDENCE_MISSING, &error));
  before = snapshot (f->project);
  f->n_changes = 0;

  g_assert_true (ita_project_set_checklist_status_many (f->project, items, ITA_EVIDENCE_PRESENT, &error));
  g_assert_no_error (error);
  /* one notification, one step */
  g_assert_cmpuint (f->n_changes, ==, 1);
  g_assert_cmpstr (f->last_key, ==, "-");
  g_assert_cmpstr (ita_project_get_undo_label (f->project), ==, "Set the status of 3 OIT items");
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autoptr(ItaChecklistEntry) e = ita_project_get_checklist_entry (f->project, items[i]);

      g_assert_cmpint (e->status, ==, ITA_EVIDENCE_PRESENT);
      g_assert_true (g_date_valid (&e->last_checked));
      g_assert_cmpint (g_date_compare (&e->last_checked, &now), ==, 0);
    }
  after = snapshot (f->project);

  /* an unknown code changes nothing, not even the first item */
  g_assert_false (ita_project_set_checklist_status_many (f->project, bad, ITA_EVIDENCE_MISSING, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "o99"));
  g_clear_error (&error);
  again = snapshot (f->project);
  g_assert_cmpstr (again, ==, after);
  g_assert_cmpstr (ita_project_get_undo_label (f->project), ==, "Set the status of 3 OIT items");

  /* the same status again, the same day: nothing to record */
  g_assert_true (ita_project_set_checklist_status_many (f->project, items, ITA_EVIDENCE_PRESENT, &error));
  g_assert_cmpuint (f->n_changes, ==, 1);

  /* one undo reverts all three; redo sets them again */
  g_assert_true (ita_project_undo (f->project, &error));
  g_assert_no_error (error);
  g_clear_pointer (&again, g_free);
  again = snapshot (f->project);
  g_assert_cmpstr (again, ==, before);
  g_assert_cmpstr (ita_project_get_undo_label (f->project), ==, "Set the status of o5");
  g_assert_true (ita_project_redo (f->project, &error));
  g_clear_pointer (&again, g_free);
  again = snapshot (f->project);
  g_assert_cmpstr (again, ==, after);

  /* "not checked" leaves the date of the last check */
  g_assert_true (ita_project_set_checklist_status (f->project, "o1", ITA_EVIDENCE_NOT_CHECKED, &error));
  {
    g_autoptr(ItaChecklistEntry) e = ita_project_get_checklist_entry (f->project, "o1");

    g_assert_cmpint (e->status, ==, ITA_EVIDENCE_NOT_CHECKED);
    g_assert_true (g_date_valid (&e->last_checked));
  }
}

/* Every checklist edit is undone and redone exactly. */
typedef gboolean (*EditFunc) (Fixture *f, GError **error);

static gboolean
edit_urls (Fixture *f, GError **error)
{
  g_autoptr(ItaChecklistEntry) e = ita_project_get_checklist_entry (f->project, "o6");

  set_urls (e, "https://www.example.go.th/plan", "https://www.example.go.th/plan/6-months", NULL);
  g_free (e->explanation);
  e->explanation = g_strdup ("เมนู “แผนงาน” หัวข้อแผนดำเนินงานประจำปี");
  return ita_project_set_checklist_entry (f->project, e, error);
}

static gboolean
edit_units (Fixture *f, GError **error)
{
  g_autoptr(ItaChecklistEntry) e = ita_project_get_checklist_entry (f->project, "o6");

  g_array_set_size (e->unit_ids, 0);
  ita_checklist_entry_add_unit (e, f->supplies);
  ita_checklist_entry_add_unit (e, ITA_UNIT_ALL);
  return ita_project_set_checklist_entry (f->project, e, error);
}

static gboolean
edit_dates (Fixture *f, GError **error)
{
  g_autoptr(ItaChecklistEntry) e = ita_project_get_checklist_entry (f->project, "o6");

  g_date_set_dmy (&e->due_date, 31, 3, 2026);
  g_free (e->note);
  e->note = g_strdup ("ขอให้กองคลังส่งภายในสิ้นเดือน");
  return ita_project_set_checklist_entry (f->project, e, error);
}

static gboolean
edit_status (Fixture *f, GError **error)
{
  return ita_project_set_checklist_status (f->project, "o6", ITA_EVIDENCE_INCOMPLETE, error);
}

static gboolean
edit_status_many (Fixture *f, GError **error)
{
  const char *items[] = { "o6", "o7", "o8", NULL };

  return ita_project_set_checklist_status_many (f->project, items, ITA_EVIDENCE_MISSING, error);
}

static gboolean
edit_import (Fixture *f, GError **error)
{
  static const char csv[] = "Item,Status,URLs\r\no9,Present,https://www.example.go.th/manual\r\n";
  g_autoptr(ItaChecklistImport) import = ita_project_preview_checklist_csv (f->project, csv,
                                                                            sizeof csv - 1, error);

  return import != NULL && ita_project_apply_checklist_import (f->project, import, error);
}

static void
test_undo_every_edit (Fixture       *f,
                      gconstpointer  data)
{
  static const struct {
    const char *name;
    EditFunc    func;
  } edits[] = {
    { "urls", edit_urls }, { "units", edit_units }, { "dates", edit_dates },
    { "status", edit_status }, { "status-many", edit_status_many }, { "import", edit_import },
  };

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *before = snapshot (f->project);
      g_autofree char *after = NULL;
      g_autofree char *undone = NULL;
      g_autofree char *redone = NULL;

      g_test_message ("edit %s", edits[i].name);
      g_assert_true (edits[i].func (f, &error));
      g_assert_no_error (error);
      after = snapshot (f->project);
      g_assert_cmpstr (after, !=, before);
      g_assert_true (ita_project_get_can_undo (f->project));
      g_assert_true (ita_project_undo (f->project, &error));
      g_assert_no_error (error);
      undone = snapshot (f->project);
      g_assert_cmpstr (undone, ==, before);
      g_assert_true (ita_project_redo (f->project, &error));
      g_assert_no_error (error);
      redone = snapshot (f->project);
      g_assert_cmpstr (redone, ==, after);
    }
}

/* URLs as typed ------------------------------------------------------ */

static void
test_urls (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaChecklistEntry) e = ita_project_get_checklist_entry (f->project, "o4");
  g_autoptr(ItaChecklistEntry) back = NULL;
  g_autoptr(ItaAgency) agency = ita_project_get_agency (f->project);
  g_autoptr(ItaAgency) stored = NULL;
  g_autofree char *before = snapshot (f->project);
  g_autofree char *after = NULL;
  static const struct {
    const char *url;
    const char *in_message;
  } refused[] = {
    { "javascript:alert(1)", "javascript:" },
    { "file:///C:/ITA/o4.pdf", "file:" },
    { "data:text/html,hello", "data:" },
    { "https://www.example.go.th/ข่าว 2568", "space" },
    { "https:///news", "website name" },
    { "www.example.go.th/news", "https://www.example.go.th/news" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      set_urls (e, "https://www.example.go.th/ok", refused[i].url, NULL);
      g_assert_false (ita_project_set_checklist_entry (f->project, e, &error));
      g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "o4"));
      g_assert_nonnull (strstr (error->message, refused[i].in_message));
      g_clear_error (&error);
    }
  after = snapshot (f->project);
  g_assert_cmpstr (after, ==, before);

  /* spaces around an address are dropped, a repeated one kept once */
  set_urls (e, " https://www.example.go.th/news\n", "https://www.example.go.th/news",
            "https://www.example.go.th/news/2568", NULL);
  set_entry (f->project, e);
  back = ita_project_get_checklist_entry (f->project, "o4");
  g_assert_cmpuint (g_strv_length (back->urls), ==, 2);
  g_assert_cmpstr (back->urls[0], ==, "https://www.example.go.th/news");

  /* the agency's website obeys the same rule; empty is allowed */
  g_free (agency->website);
  agency->website = g_strdup ("www.example.go.th");
  g_assert_false (ita_project_set_agency (f->project, agency, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "https://www.example.go.th"));
  g_clear_error (&error);
  g_free (agency->website);
  agency->website = g_strdup ("javascript:void(0)");
  g_assert_false (ita_project_set_agency (f->project, agency, &error));
  g_clear_error (&error);
  g_free (agency->website);
  agency->website = g_strdup ("  https://www.example.go.th ");
  g_assert_true (ita_project_set_agency (f->project, agency, &error));
  g_assert_no_error (error);
  stored = ita_project_get_agency (f->project);
  g_assert_cmpstr (stored->website, ==, "https://www.example.go.th");
  g_free (agency->website);
  agency->website = g_strdup ("");
  g_assert_true (ita_project_set_agency (f->project, agency, &error));
  g_assert_no_error (error);
}

/* One unit's part ----------------------------------------------------- */

static void
assign (Fixture    *f,
        const char *item,
        gint64      unit)
{
  g_autoptr(ItaChecklistEntry) e = ita_project_get_checklist_entry (f->project, item);

  ita_checklist_entry_add_unit (e, unit);
  set_entry (f->project, e);
}

static char *
codes (GPtrArray *entries)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < entries->len; i++)
    g_string_append_printf (s, "%s%s", i ? " " : "",
                            ((ItaChecklistEntry *) g_ptr_array_index (entries, i))->item);
  return g_string_free (s, FALSE);
}

static void
test_for_unit (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) finance = NULL;
  g_autoptr(GPtrArray) supplies = NULL;
  g_autoptr(GPtrArray) everyone = NULL;
  g_autoptr(GPtrArray) legal = NULL;
  g_autofree char *finance_codes = NULL;
  g_autofree char *supplies_codes = NULL;
  g_autofree char *everyone_codes = NULL;
  g_autofree char *legal_codes = NULL;

  assign (f, "o4", ITA_UNIT_ALL);
  assign (f, "o6", f->finance);
  assign (f, "o12", f->supplies);
  assign (f, "o13", f->admin2);
  assign (f, "o17", f->legal);
  assign (f, "o17", f->supplies);

  all = ita_project_get_checklist_for_unit (f->project, ITA_ID_NONE);
  g_assert_cmpuint (all->len, ==, 28);
  /* a division's part holds its sub-units' items and those of all units */
  finance = ita_project_get_checklist_for_unit (f->project, f->finance);
  finance_codes = codes (finance);
  g_assert_cmpstr (finance_codes, ==, "o4 o6 o12 o13 o17");
  supplies = ita_project_get_checklist_for_unit (f->project, f->supplies);
  supplies_codes = codes (supplies);
  g_assert_cmpstr (supplies_codes, ==, "o4 o12 o17");
  legal = ita_project_get_checklist_for_unit (f->project, f->legal);
  legal_codes = codes (legal);
  g_assert_cmpstr (legal_codes, ==, "o4 o17");
  everyone = ita_project_get_checklist_for_unit (f->project, ITA_UNIT_ALL);
  everyone_codes = codes (everyone);
  g_assert_cmpstr (everyone_codes, ==, "o4");
}

/* The summary bar ----------------------------------------------------- */

static void
test_summary (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaScores) scores = ita_scores_new ();
  g_autoptr(ItaChecklistSummary) s = NULL;
  g_autoptr(ItaChecklistSummary) part = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  const char *open[] = { "o1", "o7", "o19", "o20", NULL };
  GDate day;

  /* every OIT item at 100 except o7 and o19 (0) and o20 (50); IIT and
   * EIT as their official values */
  for (guint i = 1; i <= 28; i++)
    {
      g_autofree char *code = g_strdup_printf ("o%u", i);

      ita_scores_set (scores, code, 10000);
    }
  ita_scores_set (scores, "o7", 0);
  ita_scores_set (scores, "o19", 0);
  ita_scores_set (scores, "o20", 5000);
  ita_scores_set (scores, "IIT", 9000);
  ita_scores_set (scores, "EIT", 8000);
  g_assert_true (ita_project_set_scores (f->project, scores, TRUE, &error));
  g_assert_no_error (error);

  for (guint i = 2; i <= 28; i++)
    g_ptr_array_add (items, g_strdup_printf ("o%u", i));
  g_ptr_array_add (items, NULL);
  g_assert_true (ita_project_set_checklist_status_many (f->project, (const char * const *) items->pdata,
                                                        ITA_EVIDENCE_PRESENT, &error));
  g_ptr_array_set_free_func (items, g_free);
  g_assert_true (ita_project_set_checklist_status (f->project, "o7", ITA_EVIDENCE_MISSING, &error));
  g_assert_true (ita_project_set_checklist_status (f->project, "o19", ITA_EVIDENCE_MISSING, &error));
  g_assert_true (ita_project_set_checklist_status (f->project, "o20", ITA_EVIDENCE_INCOMPLETE, &error));
  {
    g_autoptr(ItaChecklistEntry) o7 = ita_project_get_checklist_entry (f->project, "o7");
    g_autoptr(ItaChecklistEntry) o19 = ita_project_get_checklist_entry (f->project, "o19");
    g_autoptr(ItaChecklistEntry) o2 = ita_project_get_checklist_entry (f->project, "o2");

    g_date_set_dmy (&o7->due_date, 1, 3, 2025);
    ita_checklist_entry_add_unit (o7, f->finance);
    set_entry (f->project, o7);
    g_date_set_dmy (&o19->due_date, 1, 5, 2025);
    set_entry (f->project, o19);
    g_date_set_dmy (&o2->due_date, 1, 1, 2025);   /* present: never overdue */
    set_entry (f->project, o2);
  }

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 1, 4, 2025);
  s = ita_project_get_checklist_summary (f->project, ITA_ID_NONE, &day);
  g_assert_cmpuint (s->n_items, ==, 28);
  g_assert_cmpuint (s->n_status[ITA_EVIDENCE_PRESENT], ==, 24);
  g_assert_cmpuint (s->n_status[ITA_EVIDENCE_NOT_CHECKED], ==, 1);
  g_assert_cmpuint (s->n_status[ITA_EVIDENCE_INCOMPLETE], ==, 1);
  g_assert_cmpuint (s->n_status[ITA_EVIDENCE_MISSING], ==, 2);
  g_assert_true (g_strv_equal ((const char * const *) s->open, open));
  g_assert_cmpuint (g_strv_length (s->overdue), ==, 1);
  g_assert_cmpstr (s->overdue[0], ==, "o7");
  /* fixed, every OIT item is 100: OIT 100.00, total 30 % × 90 + 30 % × 80 + 40 % × 100 */
  g_assert_cmpint (s->oit_if_fixed, ==, 10000);
  g_assert_cmpint (s->total_if_fixed, ==, 9100);
  g_assert_cmpint (s->oit, <, s->oit_if_fixed);
  g_assert_cmpint (s->total, <, s->total_if_fixed);
  g_assert_cmpint (s->total_if_fixed, ==,
                   ita_engine_total_if_fixed (ita_project_get_edition (f->project), scores, open));
  /* o1 is at 100 already: only three gain, o20 (from 50) least */
  g_assert_cmpuint (s->gains->len, ==, 3);
  g_assert_cmpstr (g_array_index (s->gains, ItaGain, 2).item, ==, "o20");
  g_assert_cmpint (g_array_index (s->gains, ItaGain, 0).points, >=,
                   g_array_index (s->gains, ItaGain, 1).points);
  g_assert_cmpint (g_array_index (s->gains, ItaGain, 1).points, >,
                   g_array_index (s->gains, ItaGain, 2).points);

  /* one unit's part: กองคลัง has o7 only */
  part = ita_project_get_checklist_summary (f->project, f->finance, &day);
  g_assert_cmpuint (part->n_items, ==, 1);
  g_assert_cmpstr (part->open[0], ==, "o7");
  g_assert_cmpstr (part->overdue[0], ==, "o7");
  g_assert_cmpuint (part->gains->len, ==, 1);
  g_assert_cmpint (part->total_if_fixed, <, 9100);
  g_assert_cmpint (part->total_if_fixed, >, part->total);
}

/* Next fiscal year ---------------------------------------------------- */

static void
fill (ItaProject        *p,
      const char        *item,
      gint64             unit,
      const char        *url,
      const char        *explanation)
{
  g_autoptr(ItaChecklistEntry) e = ita_project_get_checklist_entry (p, item);

  g_assert_nonnull (e);
  set_urls (e, url, NULL);
  g_free (e->explanation);
  e->explanation = g_strdup (explanation);
  ita_checklist_entry_add_unit (e, unit);
  e->status = ITA_EVIDENCE_PRESENT;
  g_date_set_dmy (&e->last_checked, 1, 2, 2024);
  g_date_set_dmy (&e->due_date, 31, 3, 2024);
  set_entry (p, e);
}

static ItaProject *
next_year (Fixture    *f,
           ItaProject *p,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GFile) out = g_file_new_for_path (path);
  ItaProject *next = ita_project_create_next_year (p, out, &error);

  g_assert_no_error (error);
  return next;
}

static void
check_fresh (const ItaChecklistEntry *e)
{
  g_assert_cmpint (e->status, ==, ITA_EVIDENCE_NOT_CHECKED);
  g_assert_false (g_date_valid (&e->last_checked));
  g_assert_false (g_date_valid (&e->due_date));
}

/* FY 2567 worked on the 2566 list (2567's own list is not known), then
 * FY 2568 with its new codes. */
static void
test_carry_2566_2568 (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaProject) last = create (f, "plan-2567.ita", "ita-2566", 2567);
  g_autoptr(ItaProject) next = NULL;
  g_autoptr(ItaProject) after = NULL;
  g_autoptr(ItaChecklistEntry) o1 = NULL;
  g_autoptr(ItaChecklistEntry) o6 = NULL;
  g_autoptr(ItaChecklistEntry) o5 = NULL;
  g_autoptr(ItaCarryReport) report = NULL;
  g_autoptr(GString) dropped = g_string_new (NULL);
  g_autoptr(GPtrArray) units = NULL;
  gint64 office, finance, legal;

  office = add_unit (last, ITA_ID_NONE, "สำนักปลัดเทศบาล", ITA_UNIT_KIND_OFFICE);
  legal = add_unit (last, office, "งานนิติการ", ITA_UNIT_KIND_WORK);
  finance = add_unit (last, ITA_ID_NONE, "กองคลัง", ITA_UNIT_KIND_DIVISION);
  /* 2566 o1 (structure) and o3 (authority) are one item in 2568 (o1) */
  fill (last, "o1", office, "https://www.example.go.th/structure", "เมนูโครงสร้าง");
  fill (last, "o3", legal, "https://www.example.go.th/authority", "เมนูอำนาจหน้าที่");
  /* 2566 o11 (annual plan) is 2568 o6; o10 (personal data policy) is gone */
  fill (last, "o11", finance, "https://www.example.go.th/plan-2567", "เมนูแผนงาน");
  fill (last, "o10", office, "https://www.example.go.th/pdpa", "เมนูนโยบายคุ้มครองข้อมูล");

  next = next_year (f, last, "plan-2568.next.ita");
  g_assert_cmpint (ita_project_get_fiscal_year (next), ==, 2568);
  g_assert_cmpstr (ita_framework_get_id (ita_project_get_edition (next)), ==, "ita-2568");
  units = ita_project_get_units (next);
  g_assert_cmpuint (units->len, ==, 3);

  o1 = ita_project_get_checklist_entry (next, "o1");
  check_fresh (o1);
  g_assert_cmpuint (g_strv_length (o1->urls), ==, 2);
  g_assert_cmpstr (o1->urls[0], ==, "https://www.example.go.th/structure");
  g_assert_cmpstr (o1->urls[1], ==, "https://www.example.go.th/authority");
  g_assert_cmpuint (o1->unit_ids->len, ==, 2);   /* both units */
  g_assert_cmpint (unit_at (o1, 0), ==, office);
  g_assert_cmpint (unit_at (o1, 1), ==, legal);
  g_assert_cmpstr (o1->explanation, ==, "เมนูโครงสร้าง");
  o6 = ita_project_get_checklist_entry (next, "o6");
  check_fresh (o6);
  g_assert_cmpstr (o6->urls[0], ==, "https://www.example.go.th/plan-2567");
  g_assert_cmpint (unit_at (o6, 0), ==, finance);
  g_assert_cmpstr (o6->explanation, ==, "เมนูแผนงาน");
  o5 = ita_project_get_checklist_entry (next, "o5");   /* nothing to carry */
  g_assert_null (o5->urls[0]);

  report = ita_project_get_carry_report (next);
  g_assert_nonnull (report);
  g_assert_cmpint (report->from_fiscal_year, ==, 2567);
  g_assert_cmpstr (report->from_edition, ==, "ita-2566");
  g_assert_true (g_strv_equal ((const char * const *) report->carried,
                               (const char * const[]) { "o1", "o6", NULL }));
  g_assert_null (report->new_items[0]);   /* 2568 has no subject 2566 lacks */
  for (guint i = 0; i < report->dropped->len; i++)
    g_string_append_printf (dropped, "%s%s", i ? " " : "",
                            ((ItaDroppedItem *) g_ptr_array_index (report->dropped, i))->item);
  g_assert_cmpstr (dropped->str, ==, "o6 o8 o9 o10 o17 o24 o25 o37 o41");
  {
    ItaDroppedItem *o10 = g_ptr_array_index (report->dropped, 3);

    g_assert_cmpstr (o10->text_th, ==, "นโยบายคุ้มครองข้อมูลส่วนบุคคล");
    g_assert_cmpstr (o10->urls[0], ==, "https://www.example.go.th/pdpa");
    g_assert_cmpstr (o10->explanation, ==, "เมนูนโยบายคุ้มครองข้อมูล");
  }
  g_assert_false (report->dismissed);
  g_assert_false (ita_project_is_checklist_item_new (next, "o1"));

  /* seen once: dismissing is kept in the file and undoable */
  g_assert_true (ita_project_dismiss_carry_report (next, &error));
  g_assert_no_error (error);
  {
    g_autoptr(ItaCarryReport) seen = ita_project_get_carry_report (next);

    g_assert_true (seen->dismissed);
    g_assert_cmpuint (seen->dropped->len, ==, 9);
  }
  g_assert_true (ita_project_undo (next, &error));
  {
    g_autoptr(ItaCarryReport) unseen = ita_project_get_carry_report (next);

    g_assert_false (unseen->dismissed);
  }

  /* the report is the new year's: last year has none, and the year
   * after gets its own */
  g_assert_null (ita_project_get_carry_report (last));
  after = next_year (f, next, "plan-2569.next.ita");
  {
    g_autoptr(ItaCarryReport) own = ita_project_get_carry_report (after);

    g_assert_cmpint (own->from_fiscal_year, ==, 2568);
    g_assert_cmpstr (own->from_edition, ==, "ita-2568");
  }
}

static void
test_carry_2568_2569 (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaProject) next = NULL;
  g_autoptr(ItaChecklistEntry) o11 = NULL;
  g_autoptr(ItaChecklistEntry) o20 = NULL;
  g_autoptr(ItaCarryReport) report = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  fill (f->project, "o12", f->supplies, "https://www.example.go.th/procurement/2568", "เมนูจัดซื้อจัดจ้าง");
  fill (f->project, "o21", ITA_UNIT_ALL, "https://www.example.go.th/no-gift", "ประกาศ No Gift");
  fill (f->project, "o22", f->admin, "https://www.example.go.th/no-gift/report", "รายงานการรับของขวัญ");
  fill (f->project, "o11", f->admin, "https://www.example.go.th/statistics", "สถิติการให้บริการ");

  next = next_year (f, f->project, "plan-2569.ita");
  g_assert_cmpint (ita_project_get_fiscal_year (next), ==, 2569);
  g_assert_cmpstr (ita_framework_get_id (ita_project_get_edition (next)), ==, "ita-2569");
  /* 2568 o12 is 2569 o11 */
  o11 = ita_project_get_checklist_entry (next, "o11");
  check_fresh (o11);
  g_assert_cmpstr (o11->urls[0], ==, "https://www.example.go.th/procurement/2568");
  g_assert_cmpint (unit_at (o11, 0), ==, f->supplies);
  /* 2568 o21 and o22 became 2569 o20: both URLs, both units */
  o20 = ita_project_get_checklist_entry (next, "o20");
  check_fresh (o20);
  g_assert_cmpuint (g_strv_length (o20->urls), ==, 2);
  g_assert_cmpuint (o20->unit_ids->len, ==, 2);
  g_assert_cmpint (unit_at (o20, 0), ==, ITA_UNIT_ALL);
  g_assert_cmpint (unit_at (o20, 1), ==, f->admin);

  /* kept in the file */
  path = g_strdup (ita_project_get_path (next));
  g_assert_finalize_object (g_steal_pointer (&next));
  file = g_file_new_for_path (path);
  next = ita_project_open (file, ITA_PROJECT_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  report = ita_project_get_carry_report (next);
  g_assert_nonnull (report);
  g_assert_true (g_strv_equal ((const char * const *) report->carried,
                               (const char * const[]) { "o11", "o20", NULL }));
  g_assert_null (report->new_items[0]);
  g_assert_cmpuint (report->dropped->len, ==, 1);
  g_assert_cmpstr (((ItaDroppedItem *) report->dropped->pdata[0])->item, ==, "o11");
  g_assert_cmpstr (((ItaDroppedItem *) report->dropped->pdata[0])->urls[0], ==,
                   "https://www.example.go.th/statistics");

  /* FY 2570 has no edition yet: it stands on ita-2569, provisionally, and
   * every item carries to itself */
  {
    g_autoptr(ItaProject) writable = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);
    g_autoptr(ItaProject) provisional = NULL;
    g_autoptr(ItaCarryReport) same = NULL;
    g_autoptr(ItaChecklistEntry) e = NULL;

    g_assert_no_error (error);
    g_clear_object (&next);   /* the read-only one */
    provisional = next_year (f, writable, "plan-2570.ita");
    g_assert_true (ita_project_is_provisional (provisional));
    g_assert_cmpstr (ita_framework_get_id (ita_project_get_edition (provisional)), ==, "ita-2569");
    same = ita_project_get_carry_report (provisional);
    g_assert_cmpint (same->from_fiscal_year, ==, 2569);
    g_assert_true (g_strv_equal ((const char * const *) same->carried,
                                 (const char * const[]) { "o11", "o20", NULL }));
    g_assert_null (same->new_items[0]);
    g_assert_cmpuint (same->dropped->len, ==, 0);
    e = ita_project_get_checklist_entry (provisional, "o20");
    check_fresh (e);
    g_assert_cmpuint (e->unit_ids->len, ==, 2);
  }
}

/* 2566 brought subjects 2565 did not have: they are marked new. */
static void
test_carry_new_items (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(ItaProject) last = create (f, "plan-2565.ita", "ita-2565", 0);
  g_autoptr(ItaProject) next = next_year (f, last, "plan-2566.ita");
  g_autoptr(ItaCarryReport) report = ita_project_get_carry_report (next);

  g_assert_cmpstr (ita_framework_get_id (ita_project_get_edition (next)), ==, "ita-2566");
  g_assert_true (g_strv_equal ((const char * const *) report->new_items,
                               (const char * const[]) { "o10", "o32", "o33", "o39", "o40", "o41", NULL }));
  g_assert_true (ita_project_is_checklist_item_new (next, "o10"));
  g_assert_true (ita_project_is_checklist_item_new (next, "O41"));
  g_assert_false (ita_project_is_checklist_item_new (next, "o1"));
  g_assert_false (ita_project_is_checklist_item_new (next, "i1"));
  g_assert_null (report->carried[0]);   /* the 2565 checklist was empty */
  g_assert_cmpuint (report->dropped->len, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/core/checklist/migration-v2", test_migration_v2);
  ADD ("/core/checklist/units", test_units);
  ADD ("/core/checklist/json-old-unit", test_json_old_unit);
  ADD ("/core/checklist/status-many", test_status_many);
  ADD ("/core/checklist/undo-every-edit", test_undo_every_edit);
  ADD ("/core/checklist/urls", test_urls);
  ADD ("/core/checklist/for-unit", test_for_unit);
  ADD ("/core/checklist/summary", test_summary);
  ADD ("/core/checklist/carry-2566-2568", test_carry_2566_2568);
  ADD ("/core/checklist/carry-2568-2569", test_carry_2568_2569);
  ADD ("/core/checklist/carry-new-items", test_carry_new_items);
#undef ADD
  return g_test_run ();
}
