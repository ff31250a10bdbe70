/* test-cli-project.c: `ita-cli new|info|scores|score|export|import|switch-edition` */
#define _DEFAULT_SOURCE 1  /* mkfifo, symlink */
#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <sqlite3.h>
#ifdef G_OS_UNIX
# include <fcntl.h>
# include <signal.h>
# include <sys/resource.h>
# include <sys/stat.h>
# include <unistd.h>
#endif

#include "ita-project.h"

static char *dir;
/* When not 0, ita-cli runs with files limited to this size: writes past
 * it fail as on a full disk (EFBIG instead of ENOSPC). */
static guint64 file_size_limit;
/* When set, ita-cli's standard output goes to this file (/dev/full). */
static const char *stdout_path;

#ifdef G_OS_UNIX
static void
limit_file_size (gpointer data)
{
  struct rlimit limit = { (rlim_t) file_size_limit, (rlim_t) file_size_limit };

  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}
#endif

typedef struct {
  int    status;
  char  *out;
  char  *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_cli (Run *run,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("ITA_CLI");
  const char *arg;
  va_list args;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  va_start (args, run);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new ((stdout_path ? 0 : G_SUBPROCESS_FLAGS_STDOUT_PIPE) |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, dir);
#ifdef G_OS_UNIX
  if (file_size_limit != 0)
    g_subprocess_launcher_set_child_setup (launcher, limit_file_size, NULL, NULL);
  if (stdout_path != NULL)
    g_subprocess_launcher_set_stdout_file_path (launcher, stdout_path);
#endif
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  proc = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (proc);
  g_test_message ("exit %d\nstdout: %s\nstderr: %s", run->status, run->out, run->err);
}

static void
write_file (const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static GBytes *
read_file (const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize len = 0;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

static void
remove_file (const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_remove (path);
}

/* seed 001, เทศบาลตำบลนาคำ FY 2568: official tool figures */
static const char tools_csv[] = "code,score\nIIT,๙๙.๘๗\nEIT1,100\nEIT2,96.44\nOIT,59.00\n";

static void
test_new_info_score (void)
{
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };
  g_auto(Run) r3 = { 0 };
  g_auto(Run) r4 = { 0 };

  remove_file ("nakham.ita");
  write_file ("tools.csv", tools_csv);
  run_cli (&r1, "new", "--edition", "2568", "--agency", "เทศบาลตำบลนาคำ", "--scores", "tools.csv",
           "nakham.ita", NULL);
  g_assert_cmpint (r1.status, ==, 0);

  run_cli (&r2, "info", "nakham.ita", NULL);
  g_assert_cmpint (r2.status, ==, 0);
  g_assert_nonnull (strstr (r2.out, "เทศบาลตำบลนาคำ"));
  g_assert_nonnull (strstr (r2.out, "2568"));
  g_assert_nonnull (strstr (r2.out, "83.03"));

  run_cli (&r3, "score", "nakham.ita", "--json", NULL);
  g_assert_cmpint (r3.status, ==, 0);
  g_assert_nonnull (strstr (r3.out, "83.03"));

  /* an existing file is never overwritten */
  run_cli (&r4, "new", "--edition", "2568", "--agency", "x", "nakham.ita", NULL);
  g_assert_cmpint (r4.status, ==, 1);
  g_assert_nonnull (strstr (r4.err, "already exists"));
}

static void
test_scores_all_or_nothing (void)
{
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };
  g_auto(Run) r3 = { 0 };
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  remove_file ("s.ita");
  run_cli (&r1, "new", "--edition", "ita-2568", "--agency", "ก", "s.ita", NULL);
  g_assert_cmpint (r1.status, ==, 0);
  before = read_file ("s.ita");
  write_file ("bad.csv", "code,score\ni1,99.33\no3,150\ni2,abc\nx9,10\ni1,98\n");
  run_cli (&r2, "scores", "s.ita", "bad.csv", NULL);
  g_assert_cmpint (r2.status, ==, 1);
  g_assert_nonnull (strstr (r2.err, "nothing was applied"));
  after = read_file ("s.ita");
  g_assert_true (g_bytes_equal (before, after));

  write_file ("good.csv", "\xEF\xBB\xBF" "code\tscore\r\ni1\t99.33\r\n");
  run_cli (&r3, "scores", "s.ita", "good.csv", NULL);
  g_assert_cmpint (r3.status, ==, 0);
}

static void
test_export_import_round_trip (void)
{
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };
  g_auto(Run) r3 = { 0 };
  g_auto(Run) r4 = { 0 };
  g_autoptr(GBytes) a = NULL;
  g_autoptr(GBytes) b = NULL;
  g_autofree char *sample = g_build_filename (g_getenv ("ITA_SOURCE_ROOT"), "data", "sample",
                                              "sample-2568.json", NULL);

  remove_file ("x.ita");
  remove_file ("y.ita");
  run_cli (&r1, "import", sample, "x.ita", NULL);
  g_assert_cmpint (r1.status, ==, 0);
  run_cli (&r2, "export", "--json", "x.ita", "-o", "x.json", NULL);
  g_assert_cmpint (r2.status, ==, 0);
  run_cli (&r3, "import", "x.json", "y.ita", NULL);
  g_assert_cmpint (r3.status, ==, 0);
  run_cli (&r4, "export", "--json", "y.ita", "-o", "y.json", NULL);
  g_assert_cmpint (r4.status, ==, 0);
  a = read_file ("x.json");
  b = read_file ("y.json");
  g_assert_cmpmem (g_bytes_get_data (a, NULL), g_bytes_get_size (a),
                   g_bytes_get_data (b, NULL), g_bytes_get_size (b));
}

static void
test_export_csv (void)
{
  static const char * const tables[] = { "scores", "checklist", "measures" };
  g_autofree char *sample = g_build_filename (g_getenv ("ITA_SOURCE_ROOT"), "data", "sample",
                                              "sample-2568.json", NULL);
  g_auto(Run) r0 = { 0 };

  remove_file ("c.ita");
  run_cli (&r0, "import", sample, "c.ita", NULL);
  g_assert_cmpint (r0.status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_auto(Run) r = { 0 };
      g_autoptr(GBytes) csv = NULL;
      g_autofree char *name = g_strdup_printf ("%s.csv", tables[i]);
      const char *data;
      gsize len;

      run_cli (&r, "export", "--csv", tables[i], "c.ita", "-o", name, NULL);
      g_assert_cmpint (r.status, ==, 0);
      csv = read_file (name);
      data = g_bytes_get_data (csv, &len);
      g_assert_cmpuint (len, >, 3);
      g_assert_cmpmem (data, 3, "\xEF\xBB\xBF", 3);      /* BOM: Excel reads UTF-8 */
      g_assert_true (g_utf8_validate (data, (gssize) len, NULL));
      g_assert_nonnull (g_strstr_len (data, (gssize) len, "\r\n"));
      g_assert_null (g_strstr_len (data, (gssize) len, "\",\n"));  /* no bare LF row ends */
    }
  {
    g_autoptr(GBytes) csv = read_file ("checklist.csv");

    g_assert_nonnull (g_strstr_len (g_bytes_get_data (csv, NULL), (gssize) g_bytes_get_size (csv),
                                    "https://www.bansuandokmai.go.th/about/structure"));
  }
}

/* The scores table says which figures are final: seed 001's items alone
 * leave EIT ส่วนที่ 2 missing, and the grade row names no band. */
static void
test_export_csv_status (void)
{
  g_autofree char *items = g_test_build_filename (G_TEST_DIST, "data", "seed-001-2568-items.csv", NULL);
  g_autofree char *full = g_test_build_filename (G_TEST_DIST, "data", "seed-001-2568-printed.csv", NULL);
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };
  g_auto(Run) r3 = { 0 };
  g_auto(Run) r4 = { 0 };
  g_autoptr(GBytes) a = NULL;
  g_autoptr(GBytes) b = NULL;
  const char *text;

  remove_file ("nk.ita");
  run_cli (&r1, "new", "--edition", "2568", "--agency", "เทศบาลตำบลนาคำ", "--scores", items, "nk.ita", NULL);
  g_assert_cmpint (r1.status, ==, 0);
  run_cli (&r2, "export", "--csv", "scores", "nk.ita", "-o", "nk.csv", NULL);
  g_assert_cmpint (r2.status, ==, 0);
  a = read_file ("nk.csv");
  text = g_bytes_get_data (a, NULL);
  g_assert_nonnull (strstr (text, "\"Code\",\"Level\",\"Name\",\"Entered\",\"Computed\",\"Value\",\"Category\",\"Status\",\"Note\"\r\n"));
  g_assert_nonnull (strstr (text, "\"TOTAL\",\"Total\",\"ITA total\",\"\",\"85.69\",\"85.69\",\"Improve\",\"Incomplete, provisional\",\"Indicator 9: 1 of 20 items has no score (o7)\r\n"
                                  "EIT part 2 has not been entered: enter the figure NACC reports\r\n"));
  g_assert_nonnull (strstr (text, "\"grade\",\"Grade\",\"Grade (rating)\",\"\",\"\",\"\",\"\",\"Incomplete, provisional\""));
  g_assert_nonnull (strstr (text, "\"EIT2\",\"Tool part\",\"EIT ส่วนที่ 2\",\"\",\"\",\"\",\"\",\"\",\"EIT part 2 has not been entered: enter the figure NACC reports\"\r\n"));
  g_assert_nonnull (strstr (text, "\"ind:10\",\"Indicator\",\"การป้องกันการทุจริต\",\"\",\"81.25\",\"81.25\",\"Improve\",\"Provisional\",\"How NACC turns the 2568 OIT item scores into indicator 10 is not known"));

  /* with the official figures and the rating NACC published: final */
  run_cli (&r3, "scores", "nk.ita", full, NULL);
  g_assert_cmpint (r3.status, ==, 0);
  run_cli (&r4, "export", "--csv", "scores", "nk.ita", "-o", "nk.csv", NULL);
  g_assert_cmpint (r4.status, ==, 0);
  b = read_file ("nk.csv");
  text = g_bytes_get_data (b, NULL);
  g_assert_nonnull (strstr (text, "\"TOTAL\",\"Total\",\"ITA total\",\"83.03\",\"83.03\",\"83.03\",\"Improve\",\"Final\",\"\"\r\n"));
  g_assert_nonnull (strstr (text, "\"grade\",\"Grade\",\"Grade (rating)\",\"Needs improvement\",\"Needs improvement\",\"Needs improvement\",\"\",\"Final\",\"\"\r\n"));
}

static void
test_import_errors (void)
{
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };
  g_auto(Run) r3 = { 0 };
  g_autofree char *out = g_build_filename (dir, "never.ita", NULL);

  write_file ("broken.json", "{\n  \"format\": 1,\n  \"kind\": \"ita-planner-project\"\n  \"x\": 1\n}\n");
  run_cli (&r1, "import", "broken.json", "never.ita", NULL);
  g_assert_cmpint (r1.status, ==, 1);
  g_assert_nonnull (strstr (r1.err, "line 3, column"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  run_cli (&r2, "info", "broken.json", NULL);
  g_assert_cmpint (r2.status, ==, 1);
  g_assert_nonnull (strstr (r2.err, "not an ITA Planner project"));

  run_cli (&r3, "export", "--json", "--csv", "scores", "x.ita", NULL);
  g_assert_cmpint (r3.status, ==, 2);
}

/* FY 2570 has no edition: the project stands on ita-2569, provisionally,
 * until it is switched; switching keeps what continues and lists the rest */
static void
test_provisional_switch (void)
{
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };
  g_auto(Run) r3 = { 0 };
  g_auto(Run) r4 = { 0 };
  g_auto(Run) r5 = { 0 };
  g_auto(Run) r6 = { 0 };
  g_auto(Run) r7 = { 0 };
  g_auto(Run) r8 = { 0 };
  g_auto(Run) r9 = { 0 };
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  remove_file ("plan-2570.ita");
  run_cli (&r1, "new", "plan-2570.ita", "--fiscal-year", "๒๕๗๐", "--agency", "เทศบาลตำบลนาคำ", NULL);
  g_assert_cmpint (r1.status, ==, 0);
  g_assert_nonnull (strstr (r1.out, "Provisional: this FY 2570 project stands on the edition of FY 2569 (ita-2569)"));

  run_cli (&r2, "info", "plan-2570.ita", NULL);
  g_assert_cmpint (r2.status, ==, 0);
  g_assert_nonnull (strstr (r2.out, "Fiscal year: 2570"));
  g_assert_nonnull (strstr (r2.out, "Edition:     ita-2569"));
  g_assert_nonnull (strstr (r2.out, "Provisional:"));
  g_assert_nonnull (strstr (r2.out, "No edition of FY 2570 is installed yet"));

  /* 2568 o11 (service statistics) has no place in 2569 */
  write_file ("plan.csv", "code,score\no11,100\no12,50\nIIT,90\n");
  run_cli (&r3, "new", "plan-2568.ita", "--edition", "2568", "--fiscal-year", "2568", "--agency", "ก",
           "--scores", "plan.csv", NULL);
  g_assert_cmpint (r3.status, ==, 0);
  g_assert_null (strstr (r3.out, "Provisional"));
  before = read_file ("plan-2568.ita");
  run_cli (&r4, "switch-edition", "--dry-run", "plan-2568.ita", "ita-2569", NULL);
  g_assert_cmpint (r4.status, ==, 0);
  g_assert_nonnull (strstr (r4.out, "Dry run"));
  g_assert_nonnull (strstr (r4.out, "Not carried (1):"));
  g_assert_nonnull (strstr (r4.out, "Score of o11 (100.00): the item has no counterpart in ita-2569."));
  after = read_file ("plan-2568.ita");
  g_assert_true (g_bytes_equal (before, after));

  run_cli (&r5, "switch-edition", "plan-2568.ita", "2569", NULL);
  g_assert_cmpint (r5.status, ==, 0);
  g_assert_nonnull (strstr (r5.out, "Switched plan-2568.ita from ita-2568 to ita-2569."));
  g_assert_nonnull (strstr (r5.out, "Score of o11 (100.00)"));
  g_assert_nonnull (strstr (r5.out, "Provisional: this FY 2568 project stands on the edition of FY 2569"));
  g_assert_nonnull (strstr (r5.out, "The edition of FY 2568 is installed"));
  run_cli (&r6, "export", "--csv", "scores", "plan-2568.ita", NULL);
  {
    const char *row = strstr (r6.out, "\"o11\",\"Item\"");   /* 2568 o12 is 2569 o11 */
    g_autofree char *line = NULL;

    g_assert_nonnull (row);
    line = g_strndup (row, strcspn (row, "\r\n"));
    g_assert_nonnull (strstr (line, "\"50.00\""));
  }

  /* an unknown edition or a bad year is refused, and the file left alone */
  run_cli (&r7, "switch-edition", "plan-2570.ita", "ita-2601", NULL);
  g_assert_cmpint (r7.status, ==, 1);
  g_assert_nonnull (strstr (r7.err, "ita-2601"));
  run_cli (&r8, "new", "x.ita", "--fiscal-year", "70", "--agency", "ก", NULL);
  g_assert_cmpint (r8.status, ==, 2);
  run_cli (&r9, "new", "x.ita", "--fiscal-year", "2560", "--agency", "ก", NULL);
  g_assert_cmpint (r9.status, ==, 1);
  g_assert_nonnull (strstr (r9.err, "No ITA edition is installed for fiscal year 2560"));
}
/* The journal a crash leaves beside name (see test-project-files.c). */
static void
write_stale_journal (const char *name,
                     const char *sql)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *begin = g_strdup_printf ("PRAGMA synchronous = OFF; BEGIN; %s", sql);
  g_autofree char *bytes = NULL;
  gsize len = 0;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, begin, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (g_file_get_contents (journal, &bytes, &len, NULL));
  g_assert_cmpint (sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_true (g_file_set_contents (journal, bytes, (gssize) len, NULL));
}

static char *
sample_path (const char *name)
{
  return g_build_filename (g_getenv ("ITA_SOURCE_ROOT"), "data", "sample", name, NULL);
}

/* import --force over a file that a crash left with a journal: the
 * journal is the old file's and never rolls onto the new one. */
static void
test_import_force_over_journal (void)
{
  g_autofree char *s2567 = sample_path ("sample-2567.json");
  g_autofree char *s2568 = sample_path ("sample-2568.json");
  g_autofree char *journal = g_build_filename (dir, "f.ita-journal", NULL);
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };
  g_auto(Run) r3 = { 0 };

  remove_file ("f.ita");
  run_cli (&r1, "import", s2568, "f.ita", NULL);
  g_assert_cmpint (r1.status, ==, 0);
  write_stale_journal ("f.ita", "UPDATE measure SET title = title || title; DELETE FROM score;");
  run_cli (&r2, "import", "--force", s2567, "f.ita", NULL);
  g_assert_cmpint (r2.status, ==, 0);
  run_cli (&r3, "info", "f.ita", NULL);
  g_assert_cmpint (r3.status, ==, 0);
  g_assert_nonnull (strstr (r3.out, "Fiscal year: 2567"));
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
}

/* new --scores is all or nothing: a bad CSV leaves no project file, so
 * that the same command works once the CSV is fixed. */
static void
test_new_all_or_nothing (void)
{
  g_autofree char *out = g_build_filename (dir, "n.ita", NULL);
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };

  remove_file ("n.ita");
  write_file ("bad-n.csv", "code,score\ni1,99.33\no3,150\n");
  run_cli (&r1, "new", "--edition", "2568", "--agency", "ก", "--scores", "bad-n.csv", "n.ita", NULL);
  g_assert_cmpint (r1.status, ==, 1);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  write_file ("good-n.csv", tools_csv);
  run_cli (&r2, "new", "--edition", "2568", "--agency", "ก", "--scores", "good-n.csv", "n.ita", NULL);
  g_assert_cmpint (r2.status, ==, 0);
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
}

/* import --force never replaces a file that an ITA Planner has open (here
 * this test process): the window would go on writing into a deleted file. */
static void
test_import_force_over_open_file (void)
{
  g_autofree char *s2567 = sample_path ("sample-2567.json");
  g_autofree char *s2568 = sample_path ("sample-2568.json");
  g_autofree char *path = g_build_filename (dir, "held.ita", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ItaProject) held = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };
  g_auto(Run) r3 = { 0 };

  remove_file ("held.ita");
  run_cli (&r1, "import", s2568, "held.ita", NULL);
  g_assert_cmpint (r1.status, ==, 0);
  held = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  before = read_file ("held.ita");
  run_cli (&r2, "import", "--force", s2567, "held.ita", NULL);
  g_assert_cmpint (r2.status, ==, 1);
  g_assert_nonnull (strstr (r2.err, "cannot be replaced"));
  after = read_file ("held.ita");
  g_assert_true (g_bytes_equal (before, after));
  g_clear_object (&held);
  run_cli (&r3, "import", "--force", s2567, "held.ita", NULL);
  g_assert_cmpint (r3.status, ==, 0);
}

/* After a crash, a read-only command says what happened and what to do,
 * not that the file is read-only; a writing command repairs it. */
static void
test_info_after_crash (void)
{
  g_autofree char *sample = sample_path ("sample-2568.json");
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };
  g_auto(Run) r3 = { 0 };
  g_auto(Run) r4 = { 0 };

  remove_file ("crashed.ita");
  run_cli (&r1, "import", sample, "crashed.ita", NULL);
  g_assert_cmpint (r1.status, ==, 0);
  write_stale_journal ("crashed.ita", "UPDATE score SET value = 0;");
  run_cli (&r2, "info", "crashed.ita", NULL);
  g_assert_cmpint (r2.status, ==, 1);
  g_assert_nonnull (strstr (r2.err, "not closed properly"));
  g_assert_null (strstr (r2.err, "folder is read-only"));
  write_file ("nothing.csv", "code,score\n");
  run_cli (&r3, "scores", "crashed.ita", "nothing.csv", NULL);
  g_assert_cmpint (r3.status, ==, 0);
  run_cli (&r4, "info", "crashed.ita", NULL);
  g_assert_cmpint (r4.status, ==, 0);
}

#ifdef G_OS_UNIX
/* -o names a pipe (or a device such as /dev/null, /dev/stdout): it is
 * written into, never replaced by a file; -o through a link keeps the
 * link; and no project ever replaces something that is not a file. */
static void
test_output_not_a_regular_file (void)
{
  g_autofree char *sample = sample_path ("sample-2567.json");
  g_autofree char *fifo = g_build_filename (dir, "out.fifo", NULL);
  g_autofree char *target = g_build_filename (dir, "real-out.json", NULL);
  g_autofree char *link_path = g_build_filename (dir, "link-out.json", NULL);
  g_auto(Run) r0 = { 0 };
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };
  g_auto(Run) r3 = { 0 };
  GStatBuf st;
  char buf[65536];
  gssize n;
  int reader;

  remove_file ("pipe.ita");
  run_cli (&r0, "import", sample, "pipe.ita", NULL);
  g_assert_cmpint (r0.status, ==, 0);

  g_remove (fifo);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  reader = open (fifo, O_RDONLY | O_NONBLOCK);
  g_assert_cmpint (reader, >=, 0);
  run_cli (&r1, "export", "--json", "pipe.ita", "-o", "out.fifo", NULL);
  g_assert_cmpint (r1.status, ==, 0);
  g_assert_cmpint (g_stat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  n = read (reader, buf, sizeof buf);
  g_assert_cmpint (n, >, 100);
  g_assert_true (g_str_has_prefix (buf, "{"));
  close (reader);

  /* a project is never moved over it */
  run_cli (&r2, "import", "--force", sample, "out.fifo", NULL);
  g_assert_cmpint (r2.status, ==, 1);
  g_assert_cmpint (g_stat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  g_remove (fifo);

  g_remove (target);
  g_remove (link_path);
  write_file ("real-out.json", "old");
  g_assert_cmpint (symlink ("real-out.json", link_path), ==, 0);
  run_cli (&r3, "export", "--json", "pipe.ita", "-o", "link-out.json", NULL);
  g_assert_cmpint (r3.status, ==, 0);
  g_assert_true (g_file_test (link_path, G_FILE_TEST_IS_SYMLINK));
  {
    g_autoptr(GBytes) json = read_file ("real-out.json");

    g_assert_cmpuint (g_bytes_get_size (json), >, 100);
  }
}
#endif

#ifdef G_OS_UNIX
/* On a full disk an export fails with a message and the previous file is
 * kept whole, for every file ita-cli writes. */
static void
test_full_disk_keeps_previous (void)
{
  g_autofree char *sample = sample_path ("sample-2568.json");
  g_autofree char *edition = g_build_filename (g_getenv ("ITA_SOURCE_ROOT"), "data", "frameworks",
                                               "ita-2568.json", NULL);
  g_autofree char *installed = g_build_filename (g_get_user_data_dir (), "ita-planner", "frameworks",
                                                 "ita-2568.json", NULL);
  g_autofree char *previous = NULL;
  g_auto(Run) r0 = { 0 };
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };
  g_auto(Run) r3 = { 0 };
  g_auto(Run) r4 = { 0 };
  g_auto(Run) r5 = { 0 };
  gsize len = 0;

  remove_file ("full.ita");
  run_cli (&r0, "import", sample, "full.ita", NULL);
  g_assert_cmpint (r0.status, ==, 0);
  write_file ("full.json", "the previous export, which must survive");
  write_file ("full.csv", "the previous CSV, which must survive");

  file_size_limit = 2048;
  run_cli (&r1, "export", "--json", "full.ita", "-o", "full.json", NULL);
  run_cli (&r2, "export", "--csv", "checklist", "full.ita", "-o", "full.csv", NULL);
  file_size_limit = 0;
  g_assert_cmpint (r1.status, ==, 1);
  g_assert_cmpint (r2.status, ==, 1);
  g_assert_nonnull (strstr (r1.err, "full.json"));
  {
    g_autoptr(GBytes) json = read_file ("full.json");
    g_autoptr(GBytes) csv = read_file ("full.csv");

    g_assert_cmpmem (g_bytes_get_data (json, NULL), g_bytes_get_size (json),
                     "the previous export, which must survive", 39);
    g_assert_cmpmem (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv),
                     "the previous CSV, which must survive", 36);
  }

  /* standard output on a full disk */
  stdout_path = "/dev/full";
  run_cli (&r3, "export", "--json", "full.ita", NULL);
  stdout_path = NULL;
  g_assert_cmpint (r3.status, ==, 1);
  g_assert_cmpstr (r3.err, !=, "");

  /* an edition installed before, then installed again on a full disk */
  run_cli (&r4, "framework", "install", edition, NULL);
  g_assert_cmpint (r4.status, ==, 0);
  g_assert_true (g_file_get_contents (installed, &previous, &len, NULL));
  file_size_limit = 4096;
  run_cli (&r5, "framework", "install", edition, NULL);
  file_size_limit = 0;
  g_assert_cmpint (r5.status, ==, 1);
  {
    g_autofree char *now = NULL;
    gsize now_len = 0;

    g_assert_true (g_file_get_contents (installed, &now, &now_len, NULL));
    g_assert_cmpmem (now, now_len, previous, len);
  }
}
#endif

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  dir = g_dir_make_tmp ("ita-cli-project-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/cli/project/new-info-score", test_new_info_score);
  g_test_add_func ("/cli/project/scores-all-or-nothing", test_scores_all_or_nothing);
  g_test_add_func ("/cli/project/export-import-round-trip", test_export_import_round_trip);
  g_test_add_func ("/cli/project/export-csv", test_export_csv);
  g_test_add_func ("/cli/project/export-csv-status", test_export_csv_status);
  g_test_add_func ("/cli/project/import-errors", test_import_errors);
  g_test_add_func ("/cli/project/provisional-switch", test_provisional_switch);
  g_test_add_func ("/cli/project/import-force-over-journal", test_import_force_over_journal);
  g_test_add_func ("/cli/project/new-all-or-nothing", test_new_all_or_nothing);
  g_test_add_func ("/cli/project/import-force-over-open-file", test_import_force_over_open_file);
  g_test_add_func ("/cli/project/info-after-crash", test_info_after_crash);
#ifdef G_OS_UNIX
  g_test_add_func ("/cli/project/full-disk-keeps-previous", test_full_disk_keeps_previous);
  g_test_add_func ("/cli/project/output-not-a-regular-file", test_output_not_a_regular_file);
#endif
  ret = g_test_run ();

  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *p = g_build_filename (dir, name, NULL);

        g_remove (p);
      }
    g_rmdir (dir);
    g_free (dir);
  }
  return ret;
}
