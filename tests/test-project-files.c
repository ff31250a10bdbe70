/* test-project-files.c: every bad file or input a user can give is refused
 * with its own error and a message they can act on, and leaves the file
 * exactly as it was */
#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>
#ifdef G_OS_UNIX
# include <unistd.h>
#endif

#include "ita-project-private.h"

static const char *self_exe;

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("ita-files-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "plan.ita", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_chmod (f->dir, 0700);
  d = g_dir_open (f->dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);

      g_remove (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize len = 0;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

static void
write_bytes (const char *path,
             const void *data,
             gsize       len)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, (gssize) len, &error);
  g_assert_no_error (error);
}

/* A real project with some of everything. */
static void
make_project (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) edition = ita_catalogue_lookup ("ita-2568", &error);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ItaProject) p = NULL;

  g_assert_no_error (error);
  p = ita_project_create (file, edition, 0, &error);
  g_assert_no_error (error);
  for (int i = 1; i <= 15; i++)
    {
      g_autofree char *key = g_strdup_printf ("i%d", i);

      g_assert_true (ita_project_set_score (p, key, 9000 + i * 10, &error));
    }
  for (int i = 0; i < 30; i++)
    g_assert_true (ita_project_add_limitation (p, ITA_LIMITATION_OTHER,
                                               "ข้อจำกัดด้านบุคลากรและงบประมาณของหน่วยงาน", NULL, &error));
  g_assert_no_error (error);
}

/* Opens and expects code; the file's bytes must not change. */
static char *
expect_refused (const char          *path,
                ItaProjectOpenFlags  flags,
                int                  code)
{
  g_autoptr(GBytes) before = read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaProject) p = ita_project_open (file, flags, &error);
  g_autofree char *lock = g_strconcat (path, ".lock", NULL);

  g_assert_null (p);
  g_assert_error (error, ITA_PROJECT_ERROR, code);
  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  /* no lock file left behind (a LOCKED file keeps its owner's) */
  if (code != ITA_PROJECT_ERROR_LOCKED)
    g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
  return g_strdup (error->message);
}

static void
test_text_file (Fixture       *f,
                gconstpointer  data)
{
  static const char text[] = "รายงานผลการประเมิน ITA ปี 2568\nคะแนนรวม 83.03\n";
  g_autofree char *msg = NULL;

  write_bytes (f->path, text, sizeof text - 1);
  msg = expect_refused (f->path, ITA_PROJECT_OPEN_DEFAULT, ITA_PROJECT_ERROR_NOT_A_PROJECT);
  g_assert_nonnull (strstr (msg, "not an ITA Planner project"));
  write_bytes (f->path, "", 0);
  g_free (msg);
  msg = expect_refused (f->path, ITA_PROJECT_OPEN_DEFAULT, ITA_PROJECT_ERROR_NOT_A_PROJECT);
  g_assert_nonnull (strstr (msg, "empty"));
}

static void
test_other_application (Fixture       *f,
                        gconstpointer  data)
{
  sqlite3 *db = NULL;
  g_autofree char *msg = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                                     "INSERT INTO moz_places (url) VALUES ('https://example.org');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  msg = expect_refused (f->path, ITA_PROJECT_OPEN_DEFAULT, ITA_PROJECT_ERROR_OTHER_APPLICATION);
  g_assert_nonnull (strstr (msg, "another application"));
  g_free (msg);
  msg = expect_refused (f->path, ITA_PROJECT_OPEN_READ_ONLY, ITA_PROJECT_ERROR_OTHER_APPLICATION);
}

static void
set_pragma (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
assert_nothing_beside (const char *path)
{
  static const char * const suffixes[] = { "-journal", "-wal", "-shm", ".lock" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *beside = g_strconcat (path, suffixes[i], NULL);

      if (g_file_test (beside, G_FILE_TEST_EXISTS))
        g_error ("%s was left beside the file", beside);
    }
}

/* Another application's database in WAL mode is identified before
 * anything is set: refused untouched, and nothing is left beside it. */
static void
test_other_application_wal (Fixture       *f,
                            gconstpointer  data)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = WAL; CREATE TABLE t (x);"
                                     "INSERT INTO t VALUES (1);", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_nothing_beside (f->path);
  g_free (expect_refused (f->path, ITA_PROJECT_OPEN_DEFAULT, ITA_PROJECT_ERROR_OTHER_APPLICATION));
  assert_nothing_beside (f->path);
  g_free (expect_refused (f->path, ITA_PROJECT_OPEN_READ_ONLY, ITA_PROJECT_ERROR_OTHER_APPLICATION));
  assert_nothing_beside (f->path);
}

/* A project another program switched to WAL: opened for writing it is
 * put back; read-only, it is refused without a file being written. */
static void
test_project_in_wal (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autofree char *msg = NULL;

  make_project (f->path);
  set_pragma (f->path, "PRAGMA journal_mode = WAL");
  assert_nothing_beside (f->path);
  msg = expect_refused (f->path, ITA_PROJECT_OPEN_READ_ONLY, ITA_PROJECT_ERROR_NEEDS_RECOVERY);
  g_assert_nonnull (strstr (msg, "for writing"));
  assert_nothing_beside (f->path);
  {
    g_autoptr(ItaProject) p = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);

    g_assert_no_error (error);
    g_assert_true (ita_project_set_score (p, "i2", 100, &error));
  }
  assert_nothing_beside (f->path);
  {
    g_autoptr(GBytes) bytes = read_bytes (f->path);

    g_assert_cmpint (((const guint8 *) g_bytes_get_data (bytes, NULL))[18], ==, 1);
  }
  {
    g_autoptr(ItaProject) ro = ita_project_open (file, ITA_PROJECT_OPEN_READ_ONLY, &error);

    g_assert_no_error (error);
    g_assert_cmpint (ita_project_get_score (ro, "i2"), ==, 100);
  }
  assert_nothing_beside (f->path);
}

static void
test_truncated (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GBytes) whole = NULL;
  g_autofree char *msg = NULL;

  make_project (f->path);
  whole = read_bytes (f->path);
  write_bytes (f->path, g_bytes_get_data (whole, NULL), g_bytes_get_size (whole) / 2);
  msg = expect_refused (f->path, ITA_PROJECT_OPEN_DEFAULT, ITA_PROJECT_ERROR_CORRUPT);
  g_assert_nonnull (strstr (msg, "damaged"));
  write_bytes (f->path, g_bytes_get_data (whole, NULL), 200);
  g_free (msg);
  msg = expect_refused (f->path, ITA_PROJECT_OPEN_DEFAULT, ITA_PROJECT_ERROR_CORRUPT);
}

static void
test_corrupted_page (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GBytes) whole = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *msg = NULL;
  gsize len;

  make_project (f->path);
  whole = read_bytes (f->path);
  len = g_bytes_get_size (whole);
  copy = g_memdup2 (g_bytes_get_data (whole, NULL), len);
  g_assert_cmpuint (len, >, 4 * 4096);
  /* garbage over the b-tree pages after the first */
  for (gsize i = 4096 + 8; i < len; i += 4096)
    memset (copy + i, 0x5a, 64);
  write_bytes (f->path, copy, len);
  msg = expect_refused (f->path, ITA_PROJECT_OPEN_DEFAULT, ITA_PROJECT_ERROR_CORRUPT);
  g_assert_nonnull (strstr (msg, "backup"));
}

static void
test_newer_schema (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *msg = NULL;

  make_project (f->path);
  set_pragma (f->path, "PRAGMA user_version = 7");
  msg = expect_refused (f->path, ITA_PROJECT_OPEN_DEFAULT, ITA_PROJECT_ERROR_NEWER);
  g_assert_nonnull (strstr (msg, "newer version of ITA Planner (schema 7"));
  g_assert_nonnull (strstr (msg, "Update ITA Planner"));
}

static void
test_foreign_trigger (Fixture       *f,
                      gconstpointer  data)
{
  make_project (f->path);
  set_pragma (f->path, "CREATE TRIGGER t AFTER INSERT ON score BEGIN DELETE FROM unit; END;");
  g_free (expect_refused (f->path, ITA_PROJECT_OPEN_DEFAULT, ITA_PROJECT_ERROR_CORRUPT));
}

/* A file as schema version 1 wrote it, with score i1 = 99.33. */
static void
make_v1_project (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) edition = ita_catalogue_lookup ("ita-2568", &error);
  GBytes *json = ita_framework_get_json (edition);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA application_id = 1230258481;", NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (sqlite3_exec (db, ita_db_schema_step (1), NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO meta VALUES ('fiscal_year', '2568');"
                                     "INSERT INTO score VALUES ('i1', 9933);"
                                     "PRAGMA user_version = 1;", NULL, NULL, NULL), ==, 0);
  sqlite3_prepare_v2 (db, "INSERT INTO edition VALUES (1, 'ita-2568', ?1)", -1, &stmt, NULL);
  sqlite3_bind_blob (stmt, 1, g_bytes_get_data (json, NULL), (int) g_bytes_get_size (json), NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* A column whose name is SQL: the undo triggers once pasted it into
 * their text, so opening the file for writing ran it. */
#define EVIL_COLUMN \
  "x'); END; CREATE TEMP TRIGGER evil AFTER INSERT ON main.score BEGIN " \
  "DELETE FROM checklist; DELETE FROM measure; END; /*"

static void
test_sql_column_name (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autofree char *msg = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *quoted = NULL;

  make_project (f->path);
  {
    g_autoptr(ItaProject) p = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);
    g_autoptr(ItaMeasure) m = ita_measure_new ();

    g_assert_no_error (error);
    g_free (m->title);
    m->title = g_strdup ("มาตรการเปิดเผยข้อมูล");
    g_assert_true (ita_project_set_checklist_status (p, "o1", ITA_EVIDENCE_PRESENT, &error));
    g_assert_true (ita_project_add_measure (p, m, NULL, &error));
    g_assert_no_error (error);
  }
  quoted = sqlite3_mprintf ("%w", EVIL_COLUMN);
  sql = g_strdup_printf ("ALTER TABLE agency ADD COLUMN \"%s\" TEXT", quoted);
  set_pragma (f->path, sql);

  /* refused before anything runs, read-only as well as for writing */
  msg = expect_refused (f->path, ITA_PROJECT_OPEN_DEFAULT, ITA_PROJECT_ERROR_CORRUPT);
  g_assert_nonnull (strstr (msg, "changed by another program"));
  g_free (expect_refused (f->path, ITA_PROJECT_OPEN_READ_ONLY, ITA_PROJECT_ERROR_CORRUPT));
  sqlite3_free (g_steal_pointer (&quoted));
}

/* Every identifier the undo triggers put into SQL is quoted: a column
 * with quotes, semicolons and comments in its name is logged as data. */
static void
test_undo_quotes_identifiers (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) log = NULL;
  g_autofree char *quoted = sqlite3_mprintf ("%w", EVIL_COLUMN);
  g_autofree char *alter = g_strdup_printf ("ALTER TABLE agency ADD COLUMN \"%s\" TEXT", quoted);
  ItaDb *db = ita_db_open ("undo", ITA_DB_OPEN_MEMORY, &error);
  int n_evil = -1;
  sqlite3_stmt *stmt = NULL;

  g_assert_no_error (error);
  g_assert_true (ita_db_migrate (db, 0, &error));
  g_assert_true (ita_db_exec (db, alter, FALSE, &error));
  g_assert_true (ita_undo_install (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (db->handle, "SELECT count(*) FROM sqlite_temp_schema "
                                       "WHERE name = 'evil'", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n_evil = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  g_assert_cmpint (n_evil, ==, 0);

  /* the inverse statements are valid SQL that restore the row */
  g_assert_true (ita_db_exec (db, "UPDATE agency SET name = 'ก''ข' WHERE id = 1", TRUE, &error));
  log = ita_undo_take_log (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (log->len, ==, 1);
  g_assert_true (ita_db_exec (db, g_ptr_array_index (log, 0), TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (db->handle, "SELECT name FROM agency", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "");
  sqlite3_finalize (stmt);
  ita_db_close (db);
  sqlite3_free (g_steal_pointer (&quoted));
}

static void
test_migration (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = g_strconcat (f->path, ".bak-v1", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autoptr(ItaProject) p = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  make_v1_project (f->path);

  /* read-only: migrated in memory, the file untouched */
  {
    g_autoptr(GBytes) before = read_bytes (f->path);
    g_autoptr(GBytes) after = NULL;
    g_autoptr(ItaProject) ro = ita_project_open (file, ITA_PROJECT_OPEN_COMPARISON, &error);

    g_assert_no_error (error);
    g_assert_cmpint (ita_project_get_score (ro, "i1"), ==, 9933);
    after = read_bytes (f->path);
    g_assert_true (g_bytes_equal (before, after));
    g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  }

  p = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ita_project_get_score (p, "i1"), ==, 9933);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  g_clear_object (&p);

  g_assert_cmpint (sqlite3_open (backup, &db), ==, SQLITE_OK);
  sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, ITA_DB_SCHEMA_VERSION);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* A journal as a program leaves it when it stops in the middle of saving
 * path (sql, inside a transaction): the journal holds the old content of
 * every page the transaction touched. synchronous=OFF makes SQLite write
 * the journal's record count as "up to the end", as after a crash. The
 * test keeps the journal's bytes, rolls the transaction back and writes
 * the bytes to journal_path. */
static void
write_stale_journal (const char *path,
                     const char *sql,
                     const char *journal_path)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *begin = g_strdup_printf ("PRAGMA synchronous = OFF; BEGIN; %s", sql);
  g_autofree char *bytes = NULL;
  gsize len = 0;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, begin, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (g_file_get_contents (journal, &bytes, &len, NULL));
  g_assert_cmpuint (len, >, 512);
  g_assert_cmpint (sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  write_bytes (journal_path, bytes, len);
}

static guint
n_limitations (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaProject) p = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_autoptr(GPtrArray) list = NULL;

  g_assert_no_error (error);
  list = ita_project_get_limitations (p);
  g_assert_cmpint (ita_project_get_score (p, "i1"), ==, 9010);
  return list->len;
}

static void
check_integrity (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* Save a copy over a file that a crash left with a journal: the journal
 * belongs to the old file and must never be rolled onto the copy. */
static void
test_copy_over_stale_journal (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dest = g_build_filename (f->dir, "copy.ita", NULL);
  g_autofree char *dest_journal = g_strconcat (dest, "-journal", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autoptr(GFile) dest_file = g_file_new_for_path (dest);

  make_project (dest);
  write_stale_journal (dest, "UPDATE limitation SET text = text || text; DELETE FROM score;",
                       dest_journal);
  make_project (f->path);
  {
    g_autoptr(ItaProject) p = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);

    g_assert_no_error (error);
    for (int i = 0; i < 200; i++)
      g_assert_true (ita_project_add_limitation (p, ITA_LIMITATION_TIME, "เพิ่มเติม", NULL, &error));
    g_assert_true (ita_project_save_copy (p, dest_file, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpuint (n_limitations (dest), ==, 230);
  check_integrity (dest);
  g_assert_false (g_file_test (dest_journal, G_FILE_TEST_EXISTS));
}

/* The backup before a migration is written beside an orphan journal
 * (of an earlier backup that was deleted): the journal must not be
 * rolled onto the new backup. */
static void
test_backup_beside_orphan_journal (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaProject) p = NULL;
  g_autofree char *backup = g_strconcat (f->path, ".bak-v1", NULL);
  g_autofree char *backup_journal = g_strconcat (backup, "-journal", NULL);
  g_autofree char *other = g_build_filename (f->dir, "other.ita", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (f->path);

  make_project (other);
  write_stale_journal (other, "UPDATE limitation SET text = text || text; DELETE FROM meta;",
                       backup_journal);
  make_v1_project (f->path);
  p = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_clear_object (&p);
  check_integrity (backup);
  {
    g_autoptr(GFile) b = g_file_new_for_path (backup);
    g_autoptr(ItaProject) bp = ita_project_open (b, ITA_PROJECT_OPEN_READ_ONLY, &error);

    g_assert_no_error (error);
    g_assert_cmpint (ita_project_get_score (bp, "i1"), ==, 9933);
  }
  g_assert_false (g_file_test (backup_journal, G_FILE_TEST_EXISTS));
}

/* A journal of an older state of the file (kept by a backup program, or
 * copied beside it by hand): rolling it back restores the score table's
 * page but not its index, which only the full integrity check sees. The
 * file is then refused, and the file as it was before is kept. */
static void
test_stale_journal_checked (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autofree char *journal = g_strconcat (f->path, "-journal", NULL);
  g_autofree char *saved = g_build_filename (f->dir, "saved-journal", NULL);
  g_autofree char *kept = g_strconcat (f->path, ".before-recovery", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) copy = NULL;
  g_autoptr(ItaProject) p = NULL;
  g_autofree char *journal_bytes = NULL;
  gsize len = 0;

  make_project (f->path);
  write_stale_journal (f->path, "UPDATE score SET value = 1;", saved);
  {
    g_autoptr(ItaProject) later = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);
    static const char *codes[] = { "e1", "e2", "e3", "e4", "e5", "o1", "o2", "o4" };

    g_assert_no_error (error);
    for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
      g_assert_true (ita_project_set_score (later, codes[i], 10000, &error));
    g_assert_no_error (error);
  }
  before = read_bytes (f->path);
  g_assert_true (g_file_get_contents (saved, &journal_bytes, &len, NULL));
  write_bytes (journal, journal_bytes, len);

  p = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_null (p);
  g_test_message ("%s", error->message);
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "plan.ita.before-recovery"));
  copy = read_bytes (kept);
  g_assert_true (g_bytes_equal (before, copy));
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
}

/* A stored field with one invalid byte is shown with a replacement
 * character where the byte was, not blanked. */
static void
test_stored_invalid_byte (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autoptr(ItaProject) p = NULL;
  g_autoptr(ItaAgency) agency = NULL;

  make_project (f->path);
  set_pragma (f->path, "UPDATE agency SET name = CAST (X'E0B980E0B897' || X'FF' || X'E0B8A8' AS TEXT)");
  p = ita_project_open (file, ITA_PROJECT_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  agency = ita_project_get_agency (p);
  g_assert_cmpstr (agency->name, ==, "เท\xEF\xBF\xBDศ");
}

/* A file holding what no real project does (a 10 MB agency name made the
 * charts and the window hang; 1 MB shows it) is refused at once, naming
 * the limit. */
static void
test_stored_hostile_sizes (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *msg = NULL;

  make_project (f->path);
  set_pragma (f->path, "UPDATE agency SET name = printf ('%.*c', 1048576, 'x')");
  msg = expect_refused (f->path, ITA_PROJECT_OPEN_READ_ONLY, ITA_PROJECT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (msg, "agency name"));
  g_assert_nonnull (strstr (msg, "500"));
  g_free (g_steal_pointer (&msg));
  msg = expect_refused (f->path, ITA_PROJECT_OPEN_DEFAULT, ITA_PROJECT_ERROR_TOO_LARGE);
}

/* A link stored in a received file may not lead outside the project's
 * folders: here a real project four folders up, which the link would
 * reach. */
static void
test_stored_link_traversal (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *deep_dir = g_build_filename (f->dir, "a", "b", "c", "d", NULL);
  g_autofree char *deep = g_build_filename (deep_dir, "plan.ita", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (deep);
  g_autoptr(ItaProject) p = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GFile) target = NULL;

  g_assert_cmpint (g_mkdir_with_parents (deep_dir, 0700), ==, 0);
  make_project (f->path);
  make_project (deep);
  set_pragma (deep, "INSERT INTO link (fiscal_year, relative_path, absolute_path, agency_name) "
                    "VALUES (2567, '../../../../plan.ita', NULL, 'x')");
  p = ita_project_open (file, ITA_PROJECT_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  links = ita_project_get_links (p);
  g_assert_cmpuint (links->len, ==, 1);
  target = ita_project_resolve_link (p, g_ptr_array_index (links, 0), &error);
  g_assert_null (target);
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_clear_object (&p);
  g_remove (deep);
  for (int i = 0; i < 4; i++)
    {
      g_rmdir (deep_dir);
      *strrchr (deep_dir, G_DIR_SEPARATOR) = '\0';
    }
}

/* What SQLite says is never shown: its phrases, in every message a bad
 * file gives. */
static void
assert_no_sqlite_text (const char *msg)
{
  static const char * const phrases[] = {
    "database disk image is malformed", "file is not a database", "unable to open database",
    "disk I/O error", "SQL logic error", "attempt to write a readonly database", "no such table",
    "btree", "*** in database", "sqlite", "SQLITE", "malformed", "constraint failed",
  };

  for (guint i = 0; i < G_N_ELEMENTS (phrases); i++)
    {
      if (strstr (msg, phrases[i]) != NULL)
        g_error ("SQLite's own words in a message: “%s”", msg);
    }
}

/* After a crash the file has a journal to roll back. Read-only, that
 * cannot be done: the message says what happened and what to do (it used
 * to say "the file is read-only", which it is not). Opened for writing,
 * the change is undone and the file opens. */
static void
test_read_only_needs_recovery (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autofree char *journal = g_strconcat (f->path, "-journal", NULL);
  g_autofree char *msg = NULL;

  make_project (f->path);
  write_stale_journal (f->path, "UPDATE score SET value = 1;", journal);
  msg = expect_refused (f->path, ITA_PROJECT_OPEN_READ_ONLY, ITA_PROJECT_ERROR_NEEDS_RECOVERY);
  g_assert_null (strstr (msg, "read-only file"));
  g_assert_nonnull (strstr (msg, "not closed properly"));
  assert_no_sqlite_text (msg);
  g_assert_true (g_file_test (journal, G_FILE_TEST_EXISTS));
  {
    g_autoptr(ItaProject) p = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);

    g_assert_no_error (error);
    g_assert_cmpint (ita_project_get_score (p, "i1"), ==, 9010);
  }
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
}

static void
test_no_sqlite_text (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GBytes) whole = NULL;
  g_autofree char *copy = NULL;
  gsize len;

  make_project (f->path);
  whole = read_bytes (f->path);
  len = g_bytes_get_size (whole);
  copy = g_memdup2 (g_bytes_get_data (whole, NULL), len);
  for (gsize i = 4096 + 8; i < len; i += 4096)
    memset (copy + i, 0x5a, 64);
  write_bytes (f->path, copy, len);
  for (int ro = 0; ro <= 1; ro++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (f->path);
      g_autoptr(GError) error = NULL;
      g_autoptr(ItaProject) p = ita_project_open (file, ro ? ITA_PROJECT_OPEN_READ_ONLY : 0, &error);

      g_assert_null (p);
      g_test_message ("%s", error->message);
      assert_no_sqlite_text (error->message);
    }
  /* damaged deeper: the header says more pages than there are */
  write_bytes (f->path, copy, 4096 * 3);
  {
    g_autoptr(GFile) file = g_file_new_for_path (f->path);
    g_autoptr(GError) error = NULL;
    g_autoptr(ItaProject) p = ita_project_open (file, 0, &error);

    g_assert_null (p);
    g_test_message ("%s", error->message);
    assert_no_sqlite_text (error->message);
  }
}

/* Flatpak's document portal: which paths are its. */
static void
test_portal_paths (Fixture       *f,
                   gconstpointer  data)
{
  static const struct { const char *path; gboolean portal; } cases[] = {
    { "/run/user/1000/doc/5f3a9c1e/plan-2568.ita", TRUE },
    { "/run/flatpak/doc/5f3a9c1e/plan-2568.ita", TRUE },
    { "/run/user/1000/plan-2568.ita", FALSE },
    { "/run/user/1000/gvfs/smb-share:server=nas,share=ita/plan.ita", FALSE },
    { "/run/user/abc/doc/x/plan.ita", FALSE },
    { "/run/user/1000/doc/../plan.ita", FALSE },
    { "/home/somchai/doc/plan.ita", FALSE },
    { "/media/somchai/USB/plan.ita", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (ita_project_path_is_portal (cases[i].path), ==, cases[i].portal);
}

/* A project the portal hands over is not written there (its journal and
 * lock would be private temporaries that vanish): read-only works, a copy
 * saved elsewhere works, and saving a finished copy into it works. */
static void
test_portal_refused_for_writing (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *prefix = g_build_filename (f->dir, "doc", "", NULL);
  g_autofree char *doc_dir = g_build_filename (f->dir, "doc", "5f3a9c1e", NULL);
  g_autofree char *in_portal = g_build_filename (doc_dir, "plan-2568.ita", NULL);
  g_autofree char *created = g_build_filename (doc_dir, "new.ita", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (in_portal);
  g_autoptr(GFile) new_file = g_file_new_for_path (created);
  g_autoptr(ItaFramework) edition = ita_catalogue_lookup ("ita-2568", &error);
  g_autofree char *msg = NULL;

  g_assert_cmpint (g_mkdir_with_parents (doc_dir, 0700), ==, 0);
  make_project (in_portal);
  ita_project_set_portal_prefix_for_testing (prefix);

  msg = expect_refused (in_portal, ITA_PROJECT_OPEN_DEFAULT, ITA_PROJECT_ERROR_UNSAFE_LOCATION);
  g_assert_nonnull (strstr (msg, "read-only"));
  g_assert_nonnull (strstr (msg, "copy"));
  {
    g_autoptr(ItaProject) ro = ita_project_open (file, ITA_PROJECT_OPEN_READ_ONLY, &error);
    g_autoptr(GFile) elsewhere = g_file_new_for_path (f->path);
    g_autoptr(ItaProject) copy = NULL;

    g_assert_no_error (error);
    g_assert_true (ita_project_save_copy (ro, elsewhere, &error));
    g_assert_no_error (error);
    copy = ita_project_open (elsewhere, ITA_PROJECT_OPEN_DEFAULT, &error);
    g_assert_no_error (error);
    /* a finished copy may be saved into the portal's folder */
    g_assert_true (ita_project_save_copy (copy, new_file, &error));
    g_assert_no_error (error);
    g_remove (created);
  }
  {
    g_autoptr(ItaProject) p = ita_project_create (new_file, edition, 0, &error);

    g_assert_null (p);
    g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_UNSAFE_LOCATION);
    g_assert_false (g_file_test (created, G_FILE_TEST_EXISTS));
  }
  ita_project_set_portal_prefix_for_testing (NULL);
  g_remove (in_portal);
  g_rmdir (doc_dir);
  {
    g_autofree char *d = g_build_filename (f->dir, "doc", NULL);

    g_rmdir (d);
  }
}

static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autoptr(ItaProject) p = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(ItaScores) scores = NULL;
  g_autofree char *big = NULL;

  /* Simulated with PRAGMA max_page_count through a test hook: SQLite then
   * fails writes with SQLITE_FULL exactly as on a full disk. */
  make_project (f->path);
  p = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ita_project_limit_pages_for_testing (p, 0);
  before = read_bytes (f->path);
  big = g_strnfill (19000, 'x');   /* under the text limit, over the free pages */
  g_assert_false (ita_project_add_limitation (p, ITA_LIMITATION_OTHER, big, NULL, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_DISK_FULL);
  g_assert_cmpstr (error->message, ==,
                   "The disk is full: the change was not saved; free some space and try again.");
  g_clear_error (&error);
  after = read_bytes (f->path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (ita_project_get_can_undo (p));
  /* small edits still fit in the free pages */
  g_assert_true (ita_project_set_score (p, "i1", 9999, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ita_project_get_score (p, "i1"), ==, 9999);
}

static void
test_bad_scores (Fixture       *f,
                 gconstpointer  data)
{
  static const char *bad[] = {
    "code,score\no1,150\n",          /* out of range */
    "code,score\ni1,สูง\n",            /* not a number */
    "code,score\ni1,99.333\n",       /* too many decimals */
    "code,score\no99,100\n",         /* unknown item code */
    "code,score\ni1,90\ni1,95\n",    /* duplicate row */
    "code,score\no3,70\n",           /* not on the OIT 0/50/100 scale */
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autoptr(ItaProject) p = NULL;

  make_project (f->path);
  p = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GBytes) before = read_bytes (f->path);
      g_autoptr(GBytes) after = NULL;

      g_assert_false (ita_project_import_scores_csv (p, bad[i], strlen (bad[i]), &error));
      g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
      g_test_message ("%s → %s", bad[i], error->message);
      g_assert_cmpstr (error->message, !=, "");
      g_clear_error (&error);
      after = read_bytes (f->path);
      g_assert_true (g_bytes_equal (before, after));
    }
  g_assert_cmpint (ita_project_get_score (p, "i1"), ==, 9010);
}

#ifdef G_OS_UNIX
/* Runs this binary again with args; returns its stdout. As root, the
 * child drops to the nobody user so that file permissions apply. */
static void
drop_to_nobody (gpointer data)
{
  if (setgid (65534) != 0 || setuid (65534) != 0)
    _exit (99);
}

static GSubprocess *
spawn_self (GSubprocessFlags   flags,
            gboolean           as_nobody,
            const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (flags);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GSubprocess *child;

  g_ptr_array_add (argv, (gpointer) self_exe);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  if (as_nobody)
    g_subprocess_launcher_set_child_setup (launcher, drop_to_nobody, NULL, NULL);
  child = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  return child;
}

/* The error code of opening path, as the (unprivileged) user sees it. */
static int
open_code_as_user (const char *path)
{
  const char *args[] = { "--open", path, NULL };
  g_autoptr(GSubprocess) child = spawn_self (G_SUBPROCESS_FLAGS_STDOUT_PIPE, getuid () == 0, args);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;

  g_subprocess_communicate_utf8 (child, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("child: %s", out);
  return (int) g_ascii_strtoll (out, NULL, 10);
}

static void
test_read_only_file (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  make_project (f->path);
  g_chmod (f->dir, 0777);
  g_chmod (f->path, 0444);
  before = read_bytes (f->path);
  g_assert_cmpint (open_code_as_user (f->path), ==, ITA_PROJECT_ERROR_READ_ONLY);
  after = read_bytes (f->path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  make_project (f->path);
  g_chmod (f->path, 0666);
  g_chmod (f->dir, 0555);
  before = read_bytes (f->path);
  g_assert_cmpint (open_code_as_user (f->path), ==, ITA_PROJECT_ERROR_READ_ONLY);
  after = read_bytes (f->path);
  g_assert_true (g_bytes_equal (before, after));
  g_chmod (f->dir, 0700);
}

static void
test_locked_by_other_process (Fixture       *f,
                              gconstpointer  data)
{
  const char *args[] = { "--hold", f->path, NULL };
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autoptr(ItaProject) ro = NULL;
  g_autoptr(ItaProject) rw = NULL;
  g_autofree char *line = NULL;
  g_autofree char *msg = NULL;

  make_project (f->path);
  child = spawn_self (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE, FALSE, args);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  line = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_cmpstr (line, ==, "holding");

  msg = expect_refused (f->path, ITA_PROJECT_OPEN_DEFAULT, ITA_PROJECT_ERROR_LOCKED);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_assert_nonnull (strstr (msg, g_get_user_name ()));
  g_assert_nonnull (strstr (msg, g_get_host_name ()));
  g_assert_nonnull (strstr (msg, "read-only"));
  /* … which the UI offers */
  ro = ita_project_open (file, ITA_PROJECT_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);

  /* the other instance closes: the file opens for writing */
  g_output_stream_close (g_subprocess_get_stdin_pipe (child), NULL, NULL);
  g_subprocess_wait_check (child, NULL, &error);
  g_assert_no_error (error);
  rw = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static void
test_stale_lock (Fixture       *f,
                 gconstpointer  data)
{
  const char *args[] = { "--crash-holding", f->path, NULL };
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autoptr(ItaProject) p = NULL;
  g_autofree char *lock = g_strconcat (f->path, ".lock", NULL);

  make_project (f->path);
  /* a process that dies with the project open leaves its lock behind */
  child = spawn_self (G_SUBPROCESS_FLAGS_NONE, FALSE, args);
  g_subprocess_wait (child, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (lock, G_FILE_TEST_EXISTS));
  p = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_clear_object (&p);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
}

static void
test_busy (Fixture       *f,
           gconstpointer  data)
{
  sqlite3 *db = NULL;
  g_autofree char *msg = NULL;

  make_project (f->path);
  /* another program holds SQLite's own exclusive lock */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN EXCLUSIVE; INSERT INTO setting VALUES ('x', 'y');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  msg = expect_refused (f->path, ITA_PROJECT_OPEN_DEFAULT, ITA_PROJECT_ERROR_BUSY);
  g_assert_nonnull (strstr (msg, "another program"));
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);
}

static int
child_main (const char *mode,
            const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaProject) p = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);
  char buf[16];

  if (g_str_equal (mode, "--open"))
    {
      g_print ("%d %s\n", p ? -1 : error->code, p ? "" : error->message);
      return 0;
    }
  if (p == NULL)
    {
      g_print ("failed %s\n", error->message);
      return 1;
    }
  if (g_str_equal (mode, "--crash-holding"))
    _exit (0);   /* no close: the lock stays */
  g_print ("holding\n");
  fflush (stdout);
  while (fread (buf, 1, sizeof buf, stdin) > 0)
    ;
  return 0;
}
#endif

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  self_exe = argv[0];
#ifdef G_OS_UNIX
  if (argc == 3 && g_str_has_prefix (argv[1], "--") && !g_str_equal (argv[1], "--tap"))
    return child_main (argv[1], argv[2]);
#endif
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/core/project-files/text-file", test_text_file);
  ADD ("/core/project-files/other-application", test_other_application);
  ADD ("/core/project-files/other-application-wal", test_other_application_wal);
  ADD ("/core/project-files/project-in-wal", test_project_in_wal);
  ADD ("/core/project-files/truncated", test_truncated);
  ADD ("/core/project-files/corrupted-page", test_corrupted_page);
  ADD ("/core/project-files/newer-schema", test_newer_schema);
  ADD ("/core/project-files/foreign-trigger", test_foreign_trigger);
  ADD ("/core/project-files/sql-column-name", test_sql_column_name);
  ADD ("/core/project-files/undo-quotes-identifiers", test_undo_quotes_identifiers);
  ADD ("/core/project-files/migration", test_migration);
  ADD ("/core/project-files/copy-over-stale-journal", test_copy_over_stale_journal);
  ADD ("/core/project-files/backup-beside-orphan-journal", test_backup_beside_orphan_journal);
  ADD ("/core/project-files/stale-journal-checked", test_stale_journal_checked);
  ADD ("/core/project-files/stored-invalid-byte", test_stored_invalid_byte);
  ADD ("/core/project-files/stored-hostile-sizes", test_stored_hostile_sizes);
  ADD ("/core/project-files/stored-link-traversal", test_stored_link_traversal);
  ADD ("/core/project-files/read-only-needs-recovery", test_read_only_needs_recovery);
  ADD ("/core/project-files/no-sqlite-text", test_no_sqlite_text);
  ADD ("/core/project-files/portal-paths", test_portal_paths);
  ADD ("/core/project-files/portal-refused-for-writing", test_portal_refused_for_writing);
  ADD ("/core/project-files/disk-full", test_disk_full);
  ADD ("/core/project-files/bad-scores", test_bad_scores);
#ifdef G_OS_UNIX
  ADD ("/core/project-files/read-only-file", test_read_only_file);
  ADD ("/core/project-files/read-only-folder", test_read_only_folder);
  ADD ("/core/project-files/locked-by-other-process", test_locked_by_other_process);
  ADD ("/core/project-files/stale-lock", test_stale_lock);
  ADD ("/core/project-files/busy", test_busy);
#endif
#undef ADD
  return g_test_run ();
}
