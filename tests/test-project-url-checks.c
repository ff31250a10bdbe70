/* test-project-url-checks.c: the last link check of each evidence URL,
 * kept in the project — stored and read back, outside the undo history,
 * only for URLs still in the checklist, in the project JSON and the
 * checklist CSV, and not carried to next year; the schema step 3 */
#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "ita-project-private.h"

typedef struct {
  char       *dir;
  GFile      *file;
  ItaProject *project;
  GPtrArray  *changes;   /* "kind:key" */
} Fixture;

#define URL_A "https://www.example.go.th/about/structure"
#define URL_B "https://www.example.go.th/files/plan-2568.pdf"
#define URL_C "https://www.example.go.th/news/12"

static void
on_changed (ItaProject       *project,
            ItaProjectChange  kind,
            const char       *key,
            Fixture          *f)
{
  GEnumClass *klass = g_type_class_ref (ITA_TYPE_PROJECT_CHANGE);
  GEnumValue *v = g_enum_get_value (klass, kind);

  g_ptr_array_add (f->changes, g_strdup_printf ("%s:%s", v->value_nick, key ? key : "-"));
  g_type_class_unref (klass);
}

static void
set_urls (ItaProject *p,
          const char *item,
          ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaChecklistEntry) e = ita_project_get_checklist_entry (p, item);
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
  va_list args;
  const char *url;

  va_start (args, item);
  while ((url = va_arg (args, const char *)) != NULL)
    g_strv_builder_add (b, url);
  va_end (args);
  g_strfreev (e->urls);
  e->urls = g_strv_builder_end (b);
  ita_project_set_checklist_entry (p, e, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) edition = ita_catalogue_lookup ("ita-2568", &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  f->dir = g_dir_make_tmp ("ita-url-checks-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "plan-2568.ita", NULL);
  f->file = g_file_new_for_path (path);
  f->project = ita_project_create (f->file, edition, 0, &error);
  g_assert_no_error (error);
  set_urls (f->project, "o1", URL_A, NULL);
  set_urls (f->project, "o2", URL_B, URL_C, NULL);
  f->changes = g_ptr_array_new_with_free_func (g_free);
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
  g_ptr_array_unref (f->changes);
  remove_tree (f->dir);
  g_free (f->dir);
}

static ItaUrlCheck *
result (const char    *item,
        const char    *url,
        ItaUrlOutcome  outcome,
        guint          status,
        const char    *final_url,
        const char    *when)
{
  ItaUrlCheck *c = ita_url_check_new (item, url);

  c->outcome = outcome;
  c->http_status = status;
  g_free (c->final_url);
  c->final_url = g_strdup (final_url ? final_url : url);
  if (when != NULL)
    {
      g_date_time_unref (c->checked_at);
      c->checked_at = ita_url_check_time_from_iso (when);
      g_assert_nonnull (c->checked_at);
    }
  return c;
}

/* o1: works; o2: the PDF is missing, the news page works. */
static void
store_sample (Fixture *f)
{
  g_autoptr(GPtrArray) checks = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_url_check_free);
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (checks, result ("o1", URL_A, ITA_URL_OUTCOME_OK, 200, NULL,
                                   "2025-05-01T10:15:00+07:00"));
  g_ptr_array_add (checks, result ("o2", URL_B, ITA_URL_OUTCOME_NOT_FOUND, 404, NULL,
                                   "2025-05-01T10:15:02+07:00"));
  g_ptr_array_add (checks, result ("O2", URL_C, ITA_URL_OUTCOME_OK, 200,
                                   "https://www.example.go.th/news/view?id=12",
                                   "2025-05-01T10:15:01+07:00"));
  g_assert_true (ita_project_store_url_checks (f->project, checks, &error));
  g_assert_no_error (error);
}

static void
test_store_and_read (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(ItaUrlCheck) one = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) failed = NULL;
  g_autofree char *label = g_strdup (ita_project_get_undo_label (f->project));
  g_autofree char *when = NULL;
  ItaUrlCheck *c;

  store_sample (f);
  /* not an edit: the undo history is as it was */
  g_assert_cmpstr (ita_project_get_undo_label (f->project), ==, label);
  g_assert_false (ita_project_get_can_redo (f->project));
  g_assert_cmpuint (f->changes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (f->changes, 0), ==, "url-checks:-");

  /* read back after reopening, in checklist order */
  g_assert_finalize_object (f->project);
  f->project = ita_project_open (f->file, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  checks = ita_project_get_url_checks (f->project);
  g_assert_cmpuint (checks->len, ==, 3);
  c = g_ptr_array_index (checks, 0);
  g_assert_cmpstr (c->item, ==, "o1");
  g_assert_cmpstr (c->url, ==, URL_A);
  g_assert_cmpint (c->outcome, ==, ITA_URL_OUTCOME_OK);
  when = ita_url_check_time_to_iso (c->checked_at);
  g_assert_cmpstr (when, ==, "2025-05-01T10:15:00+07:00");
  c = g_ptr_array_index (checks, 1);
  g_assert_cmpstr (c->url, ==, URL_B);
  g_assert_cmpint (c->outcome, ==, ITA_URL_OUTCOME_NOT_FOUND);
  g_assert_cmpuint (c->http_status, ==, 404);
  c = g_ptr_array_index (checks, 2);
  g_assert_cmpstr (c->item, ==, "o2");   /* "O2" was stored under its code */
  g_assert_cmpstr (c->final_url, ==, "https://www.example.go.th/news/view?id=12");
  g_assert_true (ita_url_check_redirected (c));

  one = ita_project_get_url_check (f->project, "o2", URL_B);
  g_assert_nonnull (one);
  g_assert_cmpuint (one->http_status, ==, 404);
  g_assert_null (ita_project_get_url_check (f->project, "o1", URL_B));
  g_assert_null (ita_project_get_url_check (f->project, "o3", URL_A));

  failed = ita_project_get_items_with_failed_links (f->project);
  g_assert_cmpuint (g_strv_length (failed), ==, 1);
  g_assert_cmpstr (failed[0], ==, "o2");
}

static void
test_replaced_and_undo (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) again = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_url_check_free);
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) failed = NULL;

  store_sample (f);
  /* the next check replaces the result of the same URL */
  g_ptr_array_add (again, result ("o2", URL_B, ITA_URL_OUTCOME_OK, 200, NULL, NULL));
  g_assert_true (ita_project_store_url_checks (f->project, again, &error));
  failed = ita_project_get_items_with_failed_links (f->project);
  g_assert_cmpuint (g_strv_length (failed), ==, 0);

  /* the officer's last edit is still what undo undoes: o2's URLs */
  g_assert_true (ita_project_undo (f->project, &error));
  g_assert_no_error (error);
  checks = ita_project_get_url_checks (f->project);
  /* o2 has no URLs any more: its results do not count */
  g_assert_cmpuint (checks->len, ==, 1);
  g_assert_cmpstr (((ItaUrlCheck *) g_ptr_array_index (checks, 0))->item, ==, "o1");
  g_clear_pointer (&checks, g_ptr_array_unref);
  g_assert_true (ita_project_redo (f->project, &error));
  checks = ita_project_get_url_checks (f->project);
  g_assert_cmpuint (checks->len, ==, 3);
}

static void
test_only_current_urls (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) late = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_url_check_free);
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  int rows = -1;

  store_sample (f);
  /* the PDF is replaced by a new address while a check runs */
  set_urls (f->project, "o2", "https://www.example.go.th/files/plan-2568-v2.pdf", URL_C, NULL);
  g_ptr_array_add (late, result ("o2", URL_B, ITA_URL_OUTCOME_NOT_FOUND, 404, NULL, NULL));
  g_ptr_array_add (late, result ("o9", URL_A, ITA_URL_OUTCOME_OK, 200, NULL, NULL));
  g_ptr_array_add (late, result ("i1", URL_A, ITA_URL_OUTCOME_OK, 200, NULL, NULL));
  g_assert_true (ita_project_store_url_checks (f->project, late, &error));
  g_assert_no_error (error);

  checks = ita_project_get_url_checks (f->project);
  g_assert_cmpuint (checks->len, ==, 2);   /* o1's and o2's news page */
  g_assert_null (ita_project_get_url_check (f->project, "o2", URL_B));
  g_assert_null (ita_project_get_url_check (f->project, "o2",
                                            "https://www.example.go.th/files/plan-2568-v2.pdf"));
  /* and the old row was dropped from the file */
  stmt = ita_project_prepare (f->project, "SELECT count(*) FROM url_check", NULL);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    rows = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  g_assert_cmpint (rows, ==, 2);
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) checks = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_url_check_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaProject) ro = NULL;

  ro = ita_project_open (f->file, ITA_PROJECT_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_ptr_array_add (checks, result ("o1", URL_A, ITA_URL_OUTCOME_OK, 200, NULL, NULL));
  g_assert_false (ita_project_store_url_checks (ro, checks, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_READ_ONLY);
  g_clear_object (&ro);
  checks = ita_project_get_url_checks (f->project);
  g_assert_cmpuint (checks->len, ==, 0);
}

static GBytes *
replace_in (GBytes     *bytes,
            const char *from,
            const char *to)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_auto(GStrv) parts = g_strsplit (text, from, 2);
  char *joined;

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  joined = g_strjoinv (to, parts);
  return g_bytes_new_take (joined, strlen (joined));
}

static void
test_json (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autofree char *copy_path = g_build_filename (f->dir, "copy.ita", NULL);
  g_autoptr(GFile) copy_file = g_file_new_for_path (copy_path);
  g_autoptr(ItaProject) copy = NULL;
  static const struct {
    const char *from;
    const char *to;
    const char *says;
  } bad[] = {
    { "\"outcome\": \"not-found\"", "\"outcome\": \"gone-fishing\"", "url_checks[1]: unknown link check outcome" },
    { "\"checked\": \"2025-05-01T10:15:02+07:00\"", "\"checked\": \"2025-05-01\"", "url_checks[1].checked" },
    { "\"url\": \"" URL_B "\"", "\"url\": \"https://elsewhere.example/x.pdf\"", "url_checks[1]: the URL is not one" },
    { "\"http_status\": 404", "\"http_status\": 4040", "url_checks[1].http_status" },
    { "\"item\": \"o1\",\n      \"url\"", "\"item\": \"i1\",\n      \"url\"", "url_checks[0]: not an OIT item" },
  };

  /* a project never checked exports as before: no member */
  before = ita_project_export_json (f->project, &error);
  g_assert_no_error (error);
  g_assert_null (g_strstr_len (g_bytes_get_data (before, NULL), g_bytes_get_size (before), "url_checks"));

  store_sample (f);
  json = ita_project_export_json (f->project, &error);
  g_assert_no_error (error);
  g_test_message ("%.*s", (int) g_bytes_get_size (json), (const char *) g_bytes_get_data (json, NULL));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (json, NULL), g_bytes_get_size (json),
                                  "\"checked\": \"2025-05-01T10:15:02+07:00\""));

  /* export → import → export: the same bytes */
  copy = ita_project_import_json (json, copy_file, &error);
  g_assert_no_error (error);
  again = ita_project_export_json (copy, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (json, again));
  g_clear_object (&copy);
  g_remove (copy_path);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GBytes) broken = replace_in (json, bad[i].from, bad[i].to);
      g_autoptr(GError) local = NULL;
      g_autoptr(ItaProject) p = ita_project_import_json (broken, copy_file, &local);

      g_assert_null (p);
      g_assert_error (local, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
      g_test_message ("%s", local->message);
      g_assert_nonnull (strstr (local->message, bad[i].says));
      g_assert_false (g_file_test (copy_path, G_FILE_TEST_EXISTS));
    }
}

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) rows = NULL;
  g_autofree char *expected_time = NULL;
  g_autoptr(GDateTime) t = ita_url_check_time_from_iso ("2025-05-01T10:15:02+07:00");

  store_sample (f);
  csv = ita_project_export_csv (f->project, ITA_PROJECT_CSV_CHECKLIST, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  /* the existing columns first, as they were; then the link checks and the data period */
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF\"Item\",\"Sub-indicator\",\"Evidence\",\"Status\","
                                         "\"URLs\",\"Explanation\",\"Unit\",\"Due date\",\"Note\","
                                         "\"Last checked\",\"Last link check\",\"Link check results\",\"Data period\"\r\n"));
  rows = g_strsplit (text, "\"\r\n\"", -1);
  /* (the data period follows the two link-check columns) */
  g_assert_true (g_str_has_prefix (rows[1], "o1\""));
  g_assert_nonnull (strstr (rows[1], ",\"Works\",\""));
  /* o2: the latest time of its URLs, and one line per URL in their order */
  g_assert_true (g_str_has_prefix (rows[2], "o2\""));
  expected_time = ita_url_check_time_format (t);
  g_assert_nonnull (strstr (rows[2], expected_time));
  g_assert_nonnull (strstr (rows[2], ",\"Page not found (error 404)\r\nWorks\",\""));
  /* an item without URLs: both empty */
  g_assert_nonnull (strstr (rows[3], ",\"\",\"\",\""));
}

static void
test_not_carried_forward (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *next_path = g_build_filename (f->dir, "plan-2569.ita", NULL);
  g_autoptr(GFile) next_file = g_file_new_for_path (next_path);
  g_autoptr(ItaProject) next = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  guint n_urls = 0;

  store_sample (f);
  next = ita_project_create_next_year (f->project, next_file, &error);
  g_assert_no_error (error);
  entries = ita_project_get_checklist (next);
  for (guint i = 0; i < entries->len; i++)
    n_urls += g_strv_length (((ItaChecklistEntry *) g_ptr_array_index (entries, i))->urls);
  g_assert_cmpuint (n_urls, >, 0);   /* the URLs come along … */
  checks = ita_project_get_url_checks (next);
  g_assert_cmpuint (checks->len, ==, 0);   /* … their results do not */
  g_clear_object (&next);
  g_remove (next_path);
}

/* A file of schema version 2 (before link checks) opens, migrated. */
static void
test_migration_from_2 (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) edition = ita_catalogue_lookup ("ita-2568", &error);
  g_autofree char *path = g_build_filename (f->dir, "old.ita", NULL);
  g_autofree char *backup = g_strconcat (path, ".bak-v2", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ItaProject) p = NULL;
  g_autoptr(GPtrArray) checks = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_url_check_free);
  GBytes *json = ita_framework_get_json (edition);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (ITA_DB_SCHEMA_VERSION, >=, 3);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA application_id = 1230258481;", NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (sqlite3_exec (db, ita_db_schema_step (1), NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (sqlite3_exec (db, ita_db_schema_step (2), NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO meta VALUES ('fiscal_year', '2568');"
                                     "INSERT INTO checklist VALUES ('o1', 'present', '', 0, NULL, '', NULL);"
                                     "INSERT INTO evidence_url VALUES ('o1', 0, '" URL_A "');"
                                     "PRAGMA user_version = 2;", NULL, NULL, NULL), ==, 0);
  sqlite3_prepare_v2 (db, "INSERT INTO edition VALUES (1, 'ita-2568', ?1)", -1, &stmt, NULL);
  sqlite3_bind_blob (stmt, 1, g_bytes_get_data (json, NULL), (int) g_bytes_get_size (json), NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  p = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  {
    g_autoptr(GPtrArray) none = ita_project_get_url_checks (p);

    g_assert_cmpuint (none->len, ==, 0);
  }
  g_ptr_array_add (checks, result ("o1", URL_A, ITA_URL_OUTCOME_TIMEOUT, 0, "", NULL));
  g_assert_true (ita_project_store_url_checks (p, checks, &error));
  g_assert_no_error (error);
  g_clear_object (&p);
  p = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_clear_pointer (&checks, g_ptr_array_unref);
  checks = ita_project_get_url_checks (p);
  g_assert_cmpuint (checks->len, ==, 1);
  g_assert_cmpint (((ItaUrlCheck *) g_ptr_array_index (checks, 0))->outcome, ==, ITA_URL_OUTCOME_TIMEOUT);
  g_clear_object (&p);
  g_remove (backup);
  g_remove (path);
}

static void
test_words (void)
{
  g_autoptr(ItaUrlCheck) c = ita_url_check_new ("o1", URL_A);

  /* every outcome has a code that reads back, a label and a sentence */
  for (guint i = 0; i <= ITA_URL_OUTCOME_LAST; i++)
    {
      ItaUrlOutcome back;
      g_autofree char *words = NULL;

      c->outcome = (ItaUrlOutcome) i;
      c->http_status = 404;
      g_assert_true (ita_url_outcome_from_string (ita_url_outcome_to_string (i), &back));
      g_assert_cmpint (back, ==, i);
      g_assert_cmpuint (strlen (ita_url_outcome_label (i)), >, 3);
      words = ita_url_check_describe (c);
      g_assert_cmpuint (strlen (words), >, 10);
      g_assert_cmpint (ita_url_outcome_is_ok (i), ==, i == ITA_URL_OUTCOME_OK);
    }
  g_assert_false (ita_url_outcome_from_string ("fine", &(ItaUrlOutcome) { 0 }));
  g_assert_null (ita_url_check_time_from_iso ("2025-05-01"));
  g_assert_null (ita_url_check_time_from_iso ("yesterday"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/core/url-checks/store-and-read", test_store_and_read);
  ADD ("/core/url-checks/replaced-and-undo", test_replaced_and_undo);
  ADD ("/core/url-checks/only-current-urls", test_only_current_urls);
  ADD ("/core/url-checks/read-only", test_read_only);
  ADD ("/core/url-checks/json", test_json);
  ADD ("/core/url-checks/csv", test_csv);
  ADD ("/core/url-checks/not-carried-forward", test_not_carried_forward);
  ADD ("/core/url-checks/migration-from-2", test_migration_from_2);
#undef ADD
  g_test_add_func ("/core/url-checks/words", test_words);
  return g_test_run ();
}
