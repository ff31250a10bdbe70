/* test-cli-plan.c: `ita-cli measures FILE.ita [--csv] [--json] [--at DATE]`,
 * `ita-cli suggest FILE.ita [--json] [--accept TARGET]` and
 * `ita-cli export --csv progress|limitations [--lang th|en]` */
#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

static char *dir;

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

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, dir);
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
remove_file (const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_remove (path);
}

/* A project with seed 001's scores (14 weak OIT items). */
static void
make_seed_project (const char *name)
{
  g_autofree char *csv = g_test_build_filename (G_TEST_DIST, "data", "seed-001-2568.csv", NULL);
  g_auto(Run) r = { 0 };

  remove_file (name);
  run_cli (&r, "new", name, "--edition", "ita-2568", "--agency", "เทศบาลตำบลนาคำ", "--scores", csv, NULL);
  g_assert_cmpint (r.status, ==, 0);
}

static void
make_sample (const char *name)
{
  g_autofree char *sample = g_build_filename (g_getenv ("ITA_SOURCE_ROOT"), "data", "sample",
                                              "sample-2568.json", NULL);
  g_auto(Run) r = { 0 };

  remove_file (name);
  run_cli (&r, "import", sample, name, NULL);
  g_assert_cmpint (r.status, ==, 0);
}

static JsonObject *
parse_object (JsonParser *parser,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_measures (void)
{
  g_auto(Run) list = { 0 };
  g_auto(Run) csv = { 0 };
  g_auto(Run) json = { 0 };
  g_auto(Run) at = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *m;
  JsonArray *measures;

  make_sample ("s.ita");
  run_cli (&list, "measures", "s.ita", NULL);
  g_assert_cmpint (list.status, ==, 0);
  g_assert_nonnull (strstr (list.out, "the measures of fiscal year 2569"));
  g_assert_nonnull (strstr (list.out, "1. มาตรการเผยแพร่แผนและรายงานผลการดำเนินงานประจำปี [In progress]"));
  g_assert_nonnull (strstr (list.out, "Budget:    25,000.00 baht"));
  g_assert_nonnull (strstr (list.out, "Limitations:"));
  g_assert_nonnull (strstr (list.out, "Checks:"));

  run_cli (&csv, "measures", "s.ita", "--csv", "--lang", "th", NULL);
  g_assert_cmpint (csv.status, ==, 0);
  g_assert_true (g_str_has_prefix (csv.out, "\xEF\xBB\xBF\"No.\",\"Measure\""));
  g_assert_nonnull (strstr (csv.out, "\"1 ตุลาคม 2568\",\"30 กันยายน 2569\""));
  g_assert_nonnull (strstr (csv.out, "\r\n"));

  run_cli (&json, "measures", "s.ita", "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  root = parse_object (parser, json.out);
  g_assert_cmpint (json_object_get_int_member (root, "plan_year"), ==, 2569);
  measures = json_object_get_array_member (root, "measures");
  g_assert_cmpuint (json_array_get_length (measures), ==, 9);
  m = json_array_get_object_element (measures, 1);
  g_assert_cmpstr (json_object_get_string_member (m, "budget"), ==, "25000.00");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (m, "unit_names"), 0), ==,
                   "งานธุรการ");
  g_assert_true (json_object_has_member (root, "checks"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "limitations")), ==, 3);

  /* the six-month state, dates as an officer types them */
  run_cli (&at, "measures", "s.ita", "--json", "--at", "๓๑ มี.ค. ๒๕๖๙", NULL);
  g_assert_cmpint (at.status, ==, 0);
  root = parse_object (parser, at.out);
  g_assert_cmpstr (json_object_get_string_member (root, "at"), ==, "2026-03-31");
  m = json_array_get_object_element (json_object_get_array_member (root, "measures"), 3);
  m = json_object_get_object_member (m, "state");
  g_assert_cmpstr (json_object_get_string_member (m, "status"), ==, "in-progress");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (m, "progress")), ==, 1);
}

static void
test_measures_errors (void)
{
  g_auto(Run) both = { 0 };
  g_auto(Run) bad_date = { 0 };
  g_auto(Run) bad_lang = { 0 };
  g_auto(Run) missing = { 0 };
  g_auto(Run) csv_at = { 0 };

  make_sample ("e.ita");
  run_cli (&both, "measures", "e.ita", "--csv", "--json", NULL);
  g_assert_cmpint (both.status, ==, 2);
  run_cli (&bad_date, "measures", "e.ita", "--at", "31/13/2569", NULL);
  g_assert_cmpint (bad_date.status, ==, 2);
  g_assert_nonnull (strstr (bad_date.err, "is not a date"));
  run_cli (&bad_lang, "measures", "e.ita", "--lang", "fr", NULL);
  g_assert_cmpint (bad_lang.status, ==, 2);
  run_cli (&csv_at, "measures", "e.ita", "--csv", "--at", "2026-03-31", NULL);
  g_assert_cmpint (csv_at.status, ==, 2);
  run_cli (&missing, "measures", "nothing-here.ita", NULL);
  g_assert_cmpint (missing.status, ==, 1);
}

static void
test_suggest (void)
{
  g_auto(Run) list = { 0 };
  g_auto(Run) json = { 0 };
  g_auto(Run) accept = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) after = { 0 };
  g_auto(Run) not_weak = { 0 };
  g_auto(Run) wrong = { 0 };
  g_auto(Run) usage = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *first;
  JsonArray *unanswered;

  make_seed_project ("n.ita");
  run_cli (&list, "suggest", "n.ita", "--lang", "th", NULL);
  g_assert_cmpint (list.status, ==, 0);
  g_assert_nonnull (strstr (list.out, "16 weak results without a measure"));
  g_assert_nonnull (strstr (list.out, "→ no-gift-policy: มาตรการงดให้งดรับของขวัญและของกำนัล (No Gift Policy)"));

  run_cli (&json, "suggest", "n.ita", "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  root = parse_object (parser, json.out);
  unanswered = json_object_get_array_member (root, "unanswered");
  g_assert_cmpuint (json_array_get_length (unanswered), ==, 16);
  first = json_array_get_object_element (unanswered, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "target"), ==, "ind:9");
  g_assert_cmpstr (json_object_get_string_member (first, "value"), ==, "38.00");

  /* --accept writes the measure into the file */
  run_cli (&accept, "suggest", "n.ita", "--accept", "o12", "--lang", "th", NULL);
  g_assert_cmpint (accept.status, ==, 0);
  g_assert_nonnull (strstr (accept.out, "Added measure 1 “มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้างและการจัดหาพัสดุ” "
                                        "for o12, o13."));
  run_cli (&after, "measures", "n.ita", "--json", NULL);
  root = parse_object (parser, after.out);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "measures")), ==, 1);
  run_cli (&again, "suggest", "n.ita", "--json", NULL);
  root = parse_object (parser, again.out);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "unanswered")), ==, 13);

  run_cli (&not_weak, "suggest", "n.ita", "--accept", "o3", NULL);
  g_assert_cmpint (not_weak.status, ==, 1);
  g_assert_nonnull (strstr (not_weak.err, "o3 needs no new measure"));
  run_cli (&wrong, "suggest", "n.ita", "--accept", "o21", "--suggestion", "e-service", NULL);
  g_assert_cmpint (wrong.status, ==, 1);
  run_cli (&usage, "suggest", "n.ita", "--suggestion", "e-service", NULL);
  g_assert_cmpint (usage.status, ==, 2);
}

static void
test_export_tables (void)
{
  g_auto(Run) progress = { 0 };
  g_auto(Run) limitations = { 0 };
  g_auto(Run) bad = { 0 };

  make_sample ("x.ita");
  run_cli (&progress, "export", "--csv", "progress", "x.ita", "--lang", "en", NULL);
  g_assert_cmpint (progress.status, ==, 0);
  g_assert_true (g_str_has_prefix (progress.out, "\xEF\xBB\xBF\"No.\",\"Measure\",\"Status\",\"Date\","
                                                 "\"What was done\",\"Outcome\",\"Remarks\"\r\n"));
  g_assert_nonnull (strstr (progress.out, "\"2026-04-20\""));
  run_cli (&limitations, "export", "--csv", "limitations", "x.ita", NULL);
  g_assert_cmpint (limitations.status, ==, 0);
  g_assert_nonnull (strstr (limitations.out, "\"1\",\"Personnel\","));
  run_cli (&bad, "export", "--csv", "plans", "x.ita", NULL);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_nonnull (strstr (bad.err, "progress or limitations"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  dir = g_dir_make_tmp ("ita-cli-plan-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/cli/plan/measures", test_measures);
  g_test_add_func ("/cli/plan/measures-errors", test_measures_errors);
  g_test_add_func ("/cli/plan/suggest", test_suggest);
  g_test_add_func ("/cli/plan/export-tables", test_export_tables);

  status = g_test_run ();
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      remove_file (name);
  }
  g_rmdir (dir);
  g_free (dir);
  return status;
}
