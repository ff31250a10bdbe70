/* test-cli-score.c: `ita-cli score` and `ita-cli framework` as scripts use them */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

typedef struct {
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

/* The interface language of the next runs: NULL for the C locale's
 * English, "th" for Thai (the build's catalogs). */
static const char *run_language;

/* Runs ita-cli with args (NULL-terminated), in the test's own data dir. */
static void
run_cli (Run        *run,
         const char *first,
         ...)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("ITA_CLI");
  va_list args;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  va_start (args, first);
  for (const char *a = first; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  if (run_language != NULL)
    g_subprocess_launcher_setenv (launcher, "LANGUAGE", run_language, TRUE);
  proc = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (proc);
}

static void
test_score_human (void)
{
  g_autofree char *csv = data_path ("seed-001-2568.csv");
  g_auto(Run) run = { 0 };

  run_cli (&run, "score", "--edition", "ita-2568", "--scores", csv, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "83.03"));
  g_assert_nonnull (strstr (run.out, "ต้องปรับปรุง"));
  g_assert_nonnull (strstr (run.out, "Needs improvement: total 83.03 is below the pass mark 85"));
  g_assert_nonnull (strstr (run.out, "computed from 19 of 20 items"));
  g_assert_nonnull (strstr (run.out, "official 38.00, computed 47.37"));
  g_assert_nonnull (strstr (run.out, "o21   +2.50"));
}

static void
test_score_json (void)
{
  g_autofree char *csv = data_path ("seed-000-2562.csv");
  g_auto(Run) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *tools, *sub;

  run_cli (&run, "score", "-e", "2562", "-s", csv, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "edition"), ==, "ita-2562");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (json_object_get_object_member (root, "total"), "value"), 79.39, 1e-9);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "grade"), "code"), ==, "B");
  tools = json_object_get_object_member (root, "tools");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (json_object_get_object_member (tools, "OIT"), "value"), 85.56, 1e-9);
  g_assert_false (json_object_has_member (tools, "EIT1"));
  sub = json_object_get_object_member (json_object_get_object_member (root, "subindicators"), "9.3");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (sub, "computed"), 71.43, 1e-9);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "discrepancies")), ==, 0);
}

/* What if o1, o5 and o6 (the missing items of 9.1 in seed 000) were
 * fixed: 9.1 = 100, indicator 9 = mean (100, 100, 71.43, 100, 80) = 90.29,
 * OIT = mean (90.29, 87.50) = 88.90 (88.895 half-up), total =
 * 0.3 × 79.82 + 0.3 × 70.73 + 0.4 × 88.90 = 80.725 → 80.73. */
static void
test_score_what_if (void)
{
  g_autofree char *csv = data_path ("seed-000-2562.csv");
  g_auto(Run) run = { 0 };
  g_auto(Run) human = { 0 };
  g_auto(Run) bad = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *what_if;
  JsonArray *items;

  run_cli (&run, "score", "-e", "2562", "-s", csv, "--json", "--fix", "o1,O5", "--fix", "๐๖", NULL);
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  /* the result itself is unchanged */
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (json_object_get_object_member (root, "total"), "value"), 79.39, 1e-9);
  what_if = json_object_get_object_member (root, "what_if");
  g_assert_nonnull (what_if);
  items = json_object_get_array_member (what_if, "items");
  g_assert_cmpuint (json_array_get_length (items), ==, 3);
  g_assert_cmpstr (json_array_get_string_element (items, 2), ==, "o6");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (what_if, "total"), 80.73, 1e-9);

  run_cli (&human, "score", "-e", "2562", "-s", csv, "--fix", "o1,o5,o6", NULL);
  g_assert_cmpint (human.status, ==, 0);
  g_assert_nonnull (strstr (human.out, "o1, o5, o6 → 80.73 (+1.34)"));

  run_cli (&bad, "score", "-e", "2562", "-s", csv, "--fix", "o1,ind:9", NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_nonnull (strstr (bad.err, "ind:9"));
}


/* The figures of the JSON text as integer hundredths: "83.03" → 8303. */
static gint64
json_centi (const char *text,
            const char *after,
            const char *member)
{
  const char *p = strstr (text, after);
  g_autofree char *key = g_strdup_printf ("\"%s\": ", member);
  gint64 whole;
  char *end;

  g_assert_nonnull (p);
  p = strstr (p, key);
  g_assert_nonnull (p);
  p += strlen (key);
  whole = g_ascii_strtoll (p, &end, 10);
  /* exactly two decimals, as the text promises */
  g_assert_cmpint (end[0], ==, '.');
  g_assert_true (g_ascii_isdigit (end[1]) && g_ascii_isdigit (end[2]) && !g_ascii_isdigit (end[3]));
  return whole * 100 + (whole < 0 ? -1 : 1) * ((end[1] - '0') * 10 + (end[2] - '0'));
}

/* seed 001's items alone: nothing reads as final and no band is named */
static void
test_score_items_only (void)
{
  g_autofree char *csv = data_path ("seed-001-2568-items.csv");
  g_auto(Run) en = { 0 };
  g_auto(Run) th = { 0 };
  g_auto(Run) json = { 0 };

  run_cli (&en, "score", "--edition", "2568", "--scores", csv, NULL);
  g_assert_cmpint (en.status, ==, 0);
  g_assert_nonnull (strstr (en.out, "Total      85.69   (computed 85.69, official –)  [incomplete, provisional]"));
  g_assert_nonnull (strstr (en.out, "Grade      not decided: the figures are incomplete"));
  g_assert_nonnull (strstr (en.out, "EIT part 2 has not been entered: enter the figure NACC reports"));
  g_assert_nonnull (strstr (en.out, "How NACC turns the 2568 OIT item scores into indicator 9 is not known"));
  g_assert_nonnull (strstr (en.out, "EIT2          –         –         –  EIT ส่วนที่ 2  [incomplete]"));
  g_assert_null (strstr (en.out, "ผ่าน (Pass)"));
  g_assert_null (strstr (en.out, "The way to"));
  g_assert_nonnull (strstr (en.out, "No score yet (listed as missing, not ranked):\n  o7\n"));

  run_language = "th";
  run_cli (&th, "score", "--edition", "2568", "--scores", csv, NULL);
  run_language = NULL;
  g_assert_cmpint (th.status, ==, 0);
  g_assert_nonnull (strstr (th.out, "ยังสรุปไม่ได้: คะแนนยังไม่ครบ"));
  g_assert_nonnull (strstr (th.out, "ยังไม่ได้กรอก EIT ส่วนที่ 2: กรอกคะแนนตามที่สำนักงาน ป.ป.ช. แจ้ง"));
  g_assert_nonnull (strstr (th.out, "[ยังไม่ครบ, เบื้องต้น]"));
  g_assert_null (strstr (th.out, "ผ่าน (Pass)"));

  run_cli (&json, "score", "--edition", "2568", "--scores", csv, "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_nonnull (strstr (json.out, "\"incomplete\": true, \"provisional\": true, \"reasons\": [\"unscored:ind:9\", \"missing:EIT2\", \"rule:ind:9\", \"rule:ind:10\"]}"));
  g_assert_nonnull (strstr (json.out, "\"next_grade\": null,"));
}

/* seed 001 as its tables print it, official figures and rating with it:
 * 83.03 ต้องปรับปรุง, final; the same from Thai Excel's Windows-874 */
static void
test_score_printed (void)
{
  g_autofree char *csv = data_path ("seed-001-2568-printed.csv");
  g_autofree char *cp874 = data_path ("seed-001-2568-cp874.csv");
  g_auto(Run) en = { 0 };
  g_auto(Run) th = { 0 };
  g_auto(Run) win = { 0 };

  run_cli (&en, "score", "--edition", "2568", "--scores", csv, NULL);
  g_assert_cmpint (en.status, ==, 0);
  g_assert_nonnull (strstr (en.out, "Total      83.03   (computed 83.03, official 83.03)\n"));
  g_assert_nonnull (strstr (en.out, "Grade      ต้องปรับปรุง (Needs improvement)\n"));
  g_assert_nonnull (strstr (en.out, "Official   ต้องปรับปรุง (Needs improvement): the grade NACC published\n"));
  g_assert_null (strstr (en.out, "It differs"));
  g_assert_null (strstr (en.out, "Not final"));
  g_assert_nonnull (strstr (en.out, "The way to ผ่าน (Pass): total at least 85\n  fix o21 → 85.53 (+2.50)\n"));

  run_language = "th";
  run_cli (&th, "score", "--edition", "2568", "--scores", csv, NULL);
  run_language = NULL;
  g_assert_nonnull (strstr (th.out, "แนวทางสู่ระดับ ผ่าน (Pass): คะแนนรวม 85 คะแนนขึ้นไป\n  แก้ไขข้อ o21 → 85.53 (+2.50)\n"));

  run_cli (&win, "score", "--edition", "2568", "--scores", cp874, NULL);
  g_assert_cmpint (win.status, ==, 0);
  g_assert_cmpstr (win.out, ==, en.out);
}

/* `--fix CODE` minus the total is the gain the same output lists for CODE,
 * on top of the official figures; compared as the JSON's text. The first
 * gains of the list here (each run is a process, slow under ASan); every
 * item of every edition is checked in process by test-engine. */
static void
check_fix_invariant (const char *csv)
{
  g_auto(Run) base = { 0 };
  const char *p;
  guint n = 0;

  run_cli (&base, "score", "--edition", "2568", "--scores", csv, "--json", NULL);
  g_assert_cmpint (base.status, ==, 0);
  p = strstr (base.out, "\"gains\": [");
  g_assert_nonnull (p);
  while (n < 6 && (p = strstr (p, "{\"item\": \"")) != NULL && p < strstr (base.out, "\"unscored\""))
    {
      g_auto(Run) fix = { 0 };
      g_autofree char *code = NULL;
      const char *end;
      gint64 points, total, fixed;

      p += strlen ("{\"item\": \"");
      end = strchr (p, '"');
      code = g_strndup (p, (gsize) (end - p));
      points = json_centi (p, "", "points");
      run_cli (&fix, "score", "--edition", "2568", "--scores", csv, "--json", "--fix", code, NULL);
      g_assert_cmpint (fix.status, ==, 0);
      total = json_centi (fix.out, "\"total\": {", "value");
      fixed = json_centi (fix.out, "\"what_if\": {", "total");
      g_test_message ("%s: %" G_GINT64_FORMAT " − %" G_GINT64_FORMAT " = %" G_GINT64_FORMAT, code, fixed, total, points);
      g_assert_cmpint (fixed - total, ==, points);
      g_assert_cmpint (json_centi (fix.out, "\"what_if\": {", "points"), ==, points);
      n++;
    }
  g_assert_cmpuint (n, ==, 6);
}

static void
test_score_fix_invariant (void)
{
  g_autofree char *full = data_path ("seed-001-2568.csv");
  g_autofree char *items = data_path ("seed-001-2568-items.csv");
  g_auto(Run) text = { 0 };

  check_fix_invariant (full);
  check_fix_invariant (items);

  /* exact text: no binary expansion (83.030000000000001) anywhere */
  run_cli (&text, "score", "--edition", "2568", "--scores", full, "--json", "--fix", "o1", NULL);
  g_assert_nonnull (strstr (text.out, "\"what_if\": {\"items\": [\"o1\"], \"total\": 84.09, \"points\": 1.06, "
                                      "\"tools\": {\"IIT\": 99.87, \"EIT\": 98.22, \"OIT\": 61.63}}\n}\n"));
  g_assert_null (strstr (text.out, "0000"));
}

static void
test_score_bad_csv (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ita-cli-XXXXXX", NULL);
  g_autofree char *csv = g_build_filename (dir, "bad.csv", NULL);
  g_auto(Run) run = { 0 };
  g_autoptr(GError) error = NULL;

  g_file_set_contents (csv, "code,score\ni1,100\no99,100\ni2,abc\n", -1, &error);
  g_assert_no_error (error);
  run_cli (&run, "score", "--edition", "ita-2568", "--scores", csv, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "nothing was read"));
  g_assert_nonnull (strstr (run.err, "line 3: ita-2568 has no item “o99”"));
  g_assert_nonnull (strstr (run.err, "line 4: i2: “abc” is not a number"));
  g_remove (csv);
  g_rmdir (dir);
}

static void
test_score_usage (void)
{
  g_autofree char *csv = data_path ("seed-001-2568.csv");
  g_auto(Run) missing = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) nofile = { 0 };

  run_cli (&missing, "score", "--edition", "ita-2568", NULL);
  g_assert_cmpint (missing.status, ==, 2);

  run_cli (&unknown, "score", "--edition", "ita-2601", "--scores", csv, NULL);
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_nonnull (strstr (unknown.err, "There is no ITA edition “ita-2601”"));

  run_cli (&nofile, "score", "--edition", "2568", "--scores", "/nonexistent/x.csv", NULL);
  g_assert_cmpint (nofile.status, ==, 1);
  g_assert_nonnull (strstr (nofile.err, "x.csv"));
}

static void
test_framework_list_show (void)
{
  g_auto(Run) list = { 0 };
  g_auto(Run) show = { 0 };

  run_cli (&list, "framework", "list", NULL);
  g_assert_cmpint (list.status, ==, 0);
  for (int y = 2562; y <= 2569; y++)
    {
      g_autofree char *id = g_strdup_printf ("ita-%d", y);
      g_assert_nonnull (strstr (list.out, id));
    }

  run_cli (&show, "framework", "show", "2568", NULL);
  g_assert_cmpint (show.status, ==, 0);
  g_assert_nonnull (strstr (show.out, "EIT1"));
  g_assert_nonnull (strstr (show.out, "ผ่านดีเยี่ยม"));
  g_assert_nonnull (strstr (show.out, "การเปิดเผยข้อมูล"));
  g_assert_nonnull (strstr (show.out, "o28"));
  g_assert_nonnull (strstr (show.out, "[unverified: GAP]"));   /* o7, whose title is lost */

  /* 2569: the IIT and EIT lists are a visible gap; each OIT item has its
   * period, continuity key and source */
  {
    g_auto(Run) s2569 = { 0 };

    run_cli (&s2569, "framework", "show", "ita-2569", NULL);
    g_assert_cmpint (s2569.status, ==, 0);
    g_assert_nonnull (strstr (s2569.out, "confidence INF [unverified: INF]"));
    g_assert_nonnull (strstr (s2569.out, "IIT: no items listed (item list unknown) [unverified: GAP]"));
    g_assert_nonnull (strstr (s2569.out, "EIT: no items listed (item list unknown) [unverified: GAP]"));
    g_assert_nonnull (strstr (s2569.out, "OIT: 26 items (item list complete)"));
    g_assert_nonnull (strstr (s2569.out, "Sources:"));
    g_assert_nonnull (strstr (s2569.out, "rtrdasmartrailway/web-app-rtrda"));
    g_assert_nonnull (strstr (s2569.out, "o26"));
    g_assert_nonnull (strstr (s2569.out, "period: previous_fy · continuity: oit.integrity_measures_implementation"));
    g_assert_nonnull (strstr (s2569.out, "continuity: oit.integrity_declaration, covers oit.no_gift_culture, oit.no_gift_report"));
    g_assert_nonnull (strstr (s2569.out, "note: R1, R4. Merges 2568 o21"));
  }
}

static void
test_framework_validate_install (void)
{
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "frameworks", "ita-2599.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("ita-cli-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "ita-2600.json", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(Run) ok = { 0 };
  g_auto(Run) refused = { 0 };
  g_auto(Run) install = { 0 };
  g_auto(Run) list = { 0 };

  run_cli (&ok, "framework", "validate", good, NULL);
  g_assert_cmpint (ok.status, ==, 0);
  g_assert_nonnull (strstr (ok.out, "valid edition ita-2599"));

  g_file_set_contents (bad, "{\n  \"format\": 1,\n  \"id\": \"ita-2600\",\n  \"fiscal_year\": 2600,\n}\n", -1, &error);
  g_assert_no_error (error);
  run_cli (&refused, "framework", "validate", bad, NULL);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_nonnull (strstr (refused.err, "ita-2600.json: line 4, column"));

  run_cli (&install, "framework", "install", good, NULL);
  g_assert_cmpint (install.status, ==, 0);
  run_cli (&list, "framework", "list", NULL);
  g_assert_nonnull (strstr (list.out, "ita-2599"));

  g_remove (bad);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/score/human", test_score_human);
  g_test_add_func ("/cli/score/json", test_score_json);
  g_test_add_func ("/cli/score/what-if", test_score_what_if);
  g_test_add_func ("/cli/score/bad-csv", test_score_bad_csv);
  g_test_add_func ("/cli/score/seed-001-items-only", test_score_items_only);
  g_test_add_func ("/cli/score/seed-001-printed", test_score_printed);
  g_test_add_func ("/cli/score/fix-invariant", test_score_fix_invariant);
  g_test_add_func ("/cli/score/usage", test_score_usage);
  g_test_add_func ("/cli/framework/list-show", test_framework_list_show);
  g_test_add_func ("/cli/framework/validate-install", test_framework_validate_install);

  return g_test_run ();
}
