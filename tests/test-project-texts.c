/* test-project-texts.c: the officer's words for the documents — stored,
 * undoable, refused when the key is wrong, carried by JSON, removed with
 * their measure, the signer carried to the next year, and older files
 * migrated to have them */
#include <locale.h>
#include <sqlite3.h>
#include <string.h>
#include <glib/gstdio.h>

#include "ita-project.h"
#include "ita-db-private.h"

typedef struct {
  char       *dir;
  GFile      *file;
  ItaProject *project;
  GPtrArray  *changes;   /* "kind:key" */
} Fixture;

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

static char *
tmp_path (Fixture    *f,
          const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) edition = ita_catalogue_lookup ("ita-2568", &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  f->dir = g_dir_make_tmp ("ita-texts-XXXXXX", &error);
  g_assert_no_error (error);
  path = tmp_path (f, "plan-2568.ita");
  f->file = g_file_new_for_path (path);
  f->project = ita_project_create (f->file, edition, 0, &error);
  g_assert_no_error (error);
  f->changes = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (f->project, "changed", G_CALLBACK (on_changed), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_clear_object (&f->project);
  g_clear_object (&f->file);
  g_ptr_array_unref (f->changes);
  d = g_dir_open (f->dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = tmp_path (f, name);

      g_remove (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static gint64
add_measure (ItaProject *p,
             const char *title)
{
  g_autoptr(ItaMeasure) m = ita_measure_new ();
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_free (m->title);
  m->title = g_strdup (title);
  g_assert_true (ita_project_add_measure (p, m, &id, &error));
  g_assert_no_error (error);
  return id;
}

static void
assert_text (ItaProject *p,
             const char *key,
             const char *expected)
{
  g_autofree char *value = ita_project_get_text (p, key);

  g_assert_cmpstr (value, ==, expected);
}

static void
test_keys (void)
{
  g_autofree char *ind = ita_text_key_for_indicator (9);
  g_autofree char *measure = ita_text_key_for_measure (12);

  g_assert_cmpstr (ind, ==, "indicator.9");
  g_assert_cmpstr (measure, ==, "measure.12");
  g_assert_true (ita_text_key_is_valid ("introduction"));
  g_assert_true (ita_text_key_is_valid ("signer.name"));
  g_assert_true (ita_text_key_is_valid ("signer.position"));
  g_assert_true (ita_text_key_is_valid ("indicator.10"));
  g_assert_true (ita_text_key_is_valid ("measure.3"));
  g_assert_false (ita_text_key_is_valid ("indicator.11"));
  g_assert_false (ita_text_key_is_valid ("indicator.0"));
  g_assert_false (ita_text_key_is_valid ("indicator.09"));
  g_assert_false (ita_text_key_is_valid ("indicator."));
  g_assert_false (ita_text_key_is_valid ("measure.-1"));
  g_assert_false (ita_text_key_is_valid ("measure.3x"));
  g_assert_false (ita_text_key_is_valid ("Introduction"));
  g_assert_false (ita_text_key_is_valid (""));
  g_assert_false (ita_text_key_is_valid (NULL));
}

static void
test_set_get_undo (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) keys = NULL;
  const char *intro = "เทศบาลได้นำผลการประเมินไปพัฒนาองค์กร\n\nย่อหน้าที่สอง";

  assert_text (f->project, ITA_TEXT_INTRODUCTION, NULL);
  g_assert_true (ita_project_set_text (f->project, ITA_TEXT_INTRODUCTION, intro, &error));
  g_assert_no_error (error);
  g_assert_true (ita_project_set_text (f->project, ITA_TEXT_SIGNER_NAME, "นายสมชาย ใจดี", &error));
  g_assert_true (ita_project_set_text (f->project, "indicator.9", "ข้อมูลบนเว็บไซต์ยังไม่ครบ", &error));
  g_assert_no_error (error);
  assert_text (f->project, ITA_TEXT_INTRODUCTION, intro);
  g_assert_cmpstr (g_ptr_array_index (f->changes, 0), ==, "texts:introduction");
  g_assert_cmpstr (g_ptr_array_index (f->changes, 2), ==, "texts:indicator.9");

  keys = ita_project_get_text_keys (f->project);
  g_assert_cmpuint (g_strv_length (keys), ==, 3);
  g_assert_cmpstr (keys[0], ==, "indicator.9");
  g_assert_cmpstr (keys[1], ==, "introduction");
  g_assert_cmpstr (keys[2], ==, "signer.name");

  /* each set is one step */
  g_assert_true (ita_project_undo (f->project, &error));
  assert_text (f->project, "indicator.9", NULL);
  assert_text (f->project, ITA_TEXT_SIGNER_NAME, "นายสมชาย ใจดี");
  g_assert_cmpstr (g_ptr_array_index (f->changes, f->changes->len - 1), ==, "texts:indicator.9");
  g_assert_true (ita_project_redo (f->project, &error));
  assert_text (f->project, "indicator.9", "ข้อมูลบนเว็บไซต์ยังไม่ครบ");

  /* "" removes, and that is undoable too */
  g_assert_true (ita_project_set_text (f->project, ITA_TEXT_INTRODUCTION, "", &error));
  assert_text (f->project, ITA_TEXT_INTRODUCTION, NULL);
  g_assert_true (ita_project_undo (f->project, &error));
  assert_text (f->project, ITA_TEXT_INTRODUCTION, intro);
  g_assert_no_error (error);

  /* stored in the file */
  g_clear_object (&f->project);
  f->project = ita_project_open (f->file, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  assert_text (f->project, ITA_TEXT_INTRODUCTION, intro);
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaProject) ro = NULL;

  g_assert_false (ita_project_set_text (f->project, "foreword", "x", &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "foreword"));
  g_clear_error (&error);

  g_assert_false (ita_project_set_text (f->project, "measure.99", "x", &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (ita_project_set_text (f->project, ITA_TEXT_SIGNER_NAME, "\xff\xfe", &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ita_project_get_can_undo (f->project));
  g_assert_cmpuint (f->changes->len, ==, 0);

  /* a read-only project refuses, and nothing is written */
  g_clear_object (&f->project);
  ro = ita_project_open (f->file, ITA_PROJECT_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (ita_project_set_text (ro, ITA_TEXT_SIGNER_NAME, "x", &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_READ_ONLY);
  assert_text (ro, ITA_TEXT_SIGNER_NAME, NULL);
}

static void
test_measure_remark (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = add_measure (f->project, "มาตรการเผยแพร่ข้อมูล");
  g_autofree char *key = ita_text_key_for_measure (id);

  g_assert_true (ita_project_set_text (f->project, key, "ดำเนินการร่วมกับกองคลัง", &error));
  g_assert_no_error (error);

  /* removing the measure removes its remark, in the same step */
  g_assert_true (ita_project_remove_measure (f->project, id, &error));
  g_assert_no_error (error);
  assert_text (f->project, key, NULL);
  g_assert_true (ita_project_undo (f->project, &error));
  g_assert_no_error (error);
  assert_text (f->project, key, "ดำเนินการร่วมกับกองคลัง");
}

static void
test_json (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(ItaProject) copy = NULL;
  g_autofree char *copy_path = tmp_path (f, "copy.ita");
  g_autoptr(GFile) copy_file = g_file_new_for_path (copy_path);
  gint64 id = add_measure (f->project, "มาตรการ");
  g_autofree char *key = ita_text_key_for_measure (id);
  const char *text;

  g_assert_true (ita_project_set_text (f->project, key, "หมายเหตุ \"มี\" เครื่องหมาย\nสองบรรทัด", &error));
  g_assert_true (ita_project_set_text (f->project, ITA_TEXT_SIGNER_POSITION, "นายกเทศมนตรี", &error));
  g_assert_no_error (error);
  json = ita_project_export_json (f->project, &error);
  g_assert_no_error (error);
  text = g_bytes_get_data (json, NULL);
  g_assert_nonnull (strstr (text, "\"texts\": {"));
  g_assert_nonnull (strstr (text, "\"signer.position\": \"นายกเทศมนตรี\""));

  copy = ita_project_import_json (json, copy_file, &error);
  g_assert_no_error (error);
  assert_text (copy, ITA_TEXT_SIGNER_POSITION, "นายกเทศมนตรี");
  assert_text (copy, key, "หมายเหตุ \"มี\" เครื่องหมาย\nสองบรรทัด");
  again = ita_project_export_json (copy, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (json, again));
}

static void
test_json_refused (Fixture       *f,
                   gconstpointer  data)
{
  static const struct {
    const char *texts;
    const char *path;
  } cases[] = {
    { "{\"foreword\": \"x\"}", "texts.foreword" },
    { "{\"measure.7\": \"x\"}", "texts.measure.7" },
    { "{\"introduction\": 5}", "introduction" },
    { "[\"introduction\"]", "texts" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *json = g_strdup_printf ("{\"format\": 1, \"kind\": \"ita-planner-project\", "
                                               "\"fiscal_year\": 2568, \"edition\": \"ita-2568\", "
                                               "\"texts\": %s}",
                                               cases[i].texts);
      g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
      g_autofree char *name = g_strdup_printf ("bad-%u.ita", i);
      g_autofree char *path = tmp_path (f, name);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(ItaProject) p = ita_project_import_json (bytes, file, &error);

      g_assert_null (p);
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, cases[i].path));
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

static void
test_next_year (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) edition = ita_catalogue_lookup ("ita-2567", &error);
  g_autofree char *path = tmp_path (f, "plan-2567.ita");
  g_autofree char *next_path = tmp_path (f, "plan-2568-next.ita");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) next_file = g_file_new_for_path (next_path);
  g_autoptr(ItaProject) p = NULL;
  g_autoptr(ItaProject) next = NULL;

  /* FY 2567, whose next year has an edition */
  g_assert_no_error (error);
  p = ita_project_create (file, edition, 0, &error);
  g_assert_no_error (error);
  g_assert_true (ita_project_set_text (p, ITA_TEXT_SIGNER_NAME, "นางสาวใจดี มีสุข", &error));
  g_assert_true (ita_project_set_text (p, ITA_TEXT_SIGNER_POSITION, "ปลัดเทศบาล", &error));
  g_assert_true (ita_project_set_text (p, ITA_TEXT_INTRODUCTION, "ปีนี้", &error));
  g_assert_true (ita_project_set_text (p, "indicator.9", "ปีนี้", &error));
  g_assert_no_error (error);

  next = ita_project_create_next_year (p, next_file, &error);
  g_assert_no_error (error);
  assert_text (next, ITA_TEXT_SIGNER_NAME, "นางสาวใจดี มีสุข");
  assert_text (next, ITA_TEXT_SIGNER_POSITION, "ปลัดเทศบาล");
  assert_text (next, ITA_TEXT_INTRODUCTION, NULL);
  assert_text (next, "indicator.9", NULL);
}

/* A file as schema version 2 wrote it (before the texts) opens, is
 * migrated, and takes texts. */
static void
test_migration (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) edition = ita_catalogue_lookup ("ita-2568", &error);
  g_autofree char *path = tmp_path (f, "old-v2.ita");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ItaProject) p = NULL;
  GBytes *json = ita_framework_get_json (edition);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA application_id = 1230258481;", NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (sqlite3_exec (db, ita_db_schema_step (1), NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (sqlite3_exec (db, ita_db_schema_step (2), NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO meta VALUES ('fiscal_year', '2568');"
                                     "INSERT INTO score VALUES ('i1', 9933);"
                                     "PRAGMA user_version = 2;", NULL, NULL, NULL), ==, 0);
  sqlite3_prepare_v2 (db, "INSERT INTO edition VALUES (1, 'ita-2568', ?1)", -1, &stmt, NULL);
  sqlite3_bind_blob (stmt, 1, g_bytes_get_data (json, NULL), (int) g_bytes_get_size (json), NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  p = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ita_project_get_score (p, "i1"), ==, 9933);
  assert_text (p, ITA_TEXT_INTRODUCTION, NULL);
  g_assert_true (ita_project_set_text (p, ITA_TEXT_INTRODUCTION, "บทนำ", &error));
  g_assert_no_error (error);
  assert_text (p, ITA_TEXT_INTRODUCTION, "บทนำ");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/texts/keys", test_keys);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/texts/set-get-undo", test_set_get_undo);
  ADD ("/texts/refused", test_refused);
  ADD ("/texts/measure-remark", test_measure_remark);
  ADD ("/texts/json", test_json);
  ADD ("/texts/json-refused", test_json_refused);
  ADD ("/texts/next-year", test_next_year);
  ADD ("/texts/migration", test_migration);
#undef ADD
  return g_test_run ();
}
