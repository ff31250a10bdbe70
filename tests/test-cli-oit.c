/* test-cli-oit.c: `ita-cli oit|oit-set|oit-import` — the contracts, the
 * JSON of docs/oit-json.md, and bad input leaving the file byte for byte
 * as it was */
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

/* A copy of the sample project (FY 2568, 14 units, the whole checklist). */
static void
make_sample (const char *name)
{
  g_autofree char *sample = g_build_filename (g_getenv ("ITA_SOURCE_ROOT"), "data", "sample",
                                              "sample-2568.json", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_auto(Run) r = { 0 };

  g_remove (path);
  run_cli (&r, "import", sample, name, NULL);
  g_assert_cmpint (r.status, ==, 0);
}

static JsonObject *
parse (JsonParser *parser,
       const char *text)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_node_get_object (json_parser_get_root (parser));
}

static JsonObject *
item_of (JsonObject *root,
         const char *code)
{
  JsonArray *items = json_object_get_array_member (root, "items");

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *o = json_array_get_object_element (items, i);

      if (g_str_equal (json_object_get_string_member (o, "item"), code))
        return o;
    }
  return NULL;
}

static void
test_list (void)
{
  g_auto(Run) text = { 0 };
  g_auto(Run) json = { 0 };
  g_auto(Run) unit = { 0 };
  g_auto(Run) open = { 0 };
  g_auto(Run) csv = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) unit_parser = json_parser_new ();
  g_autoptr(JsonParser) open_parser = json_parser_new ();
  JsonObject *root, *o17, *summary, *period;
  JsonArray *units;

  make_sample ("list.ita");
  run_cli (&text, "oit", "list.ita", NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "o19  Missing"));
  g_assert_nonnull (strstr (text.out, "Report of fiscal year 2567"));
  g_assert_nonnull (strstr (text.out, "Present 19, incomplete 6, missing 3, not checked 0 (of 28)"));
  g_assert_nonnull (strstr (text.out, "If every open item were fixed: OIT 77.50 → 100.00"));

  run_cli (&json, "oit", "list.ita", "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  root = parse (parser, json.out);
  g_assert_cmpint (json_object_get_int_member (root, "format"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (root, "kind"), ==, "ita-planner-oit");
  g_assert_cmpint (json_object_get_int_member (root, "fiscal_year"), ==, 2568);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "items")), ==, 28);
  o17 = item_of (root, "o17");
  g_assert_nonnull (o17);
  /* the item shared by two units */
  units = json_object_get_array_member (o17, "units");
  g_assert_cmpuint (json_array_get_length (units), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (units, 0), "name"), ==,
                   "งานนิติการ");
  period = json_object_get_object_member (item_of (root, "o6"), "period");
  g_assert_cmpstr (json_object_get_string_member (period, "rule"), ==, "current_fy");
  g_assert_cmpstr (json_object_get_string_member (period, "text_th"), ==, "ข้อมูลปีงบประมาณ พ.ศ. 2568");
  g_assert_cmpstr (json_object_get_string_member (period, "from"), ==, "2024-10-01");
  summary = json_object_get_object_member (root, "summary");
  g_assert_cmpint (json_object_get_int_member (summary, "present"), ==, 19);
  g_assert_cmpstr (json_object_get_string_member (summary, "oit_if_fixed"), ==, "100.00");
  g_assert_true (json_object_get_null_member (root, "carried_forward"));

  /* one unit's part: งานนิติการ has o17, o18, o19, o23, o24 */
  run_cli (&unit, "oit", "list.ita", "--unit", "งานนิติการ", "--json", NULL);
  g_assert_cmpint (unit.status, ==, 0);
  root = parse (unit_parser, unit.out);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "items")), ==, 5);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "summary"), "items"), ==, 5);

  run_cli (&open, "oit", "list.ita", "--status", "open", "--json", NULL);
  root = parse (open_parser, open.out);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "items")), ==, 9);

  run_cli (&csv, "oit", "list.ita", "--unit", "กองคลัง", "--csv", NULL);
  g_assert_cmpint (csv.status, ==, 0);
  g_assert_true (g_str_has_prefix (csv.out, "\xEF\xBB\xBF\"Item\""));
  g_assert_nonnull (strstr (csv.out, "\"o12\""));
  g_assert_null (strstr (csv.out, "\"o1\""));
}

static void
test_list_refused (void)
{
  static const char * const bad[][4] = {
    { "--unit", "กองช่างเก่า", "no unit", NULL },
    { "--status", "done", "not a status", NULL },
  };
  g_auto(Run) both = { 0 };

  make_sample ("refused.ita");
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto(Run) r = { 0 };

      run_cli (&r, "oit", "refused.ita", bad[i][0], bad[i][1], NULL);
      g_assert_cmpint (r.status, ==, 1);
      g_assert_nonnull (strstr (r.err, bad[i][2]));
    }
  run_cli (&both, "oit", "refused.ita", "--csv", "--json", NULL);
  g_assert_cmpint (both.status, ==, 2);
}

static void
test_set (void)
{
  g_auto(Run) set = { 0 };
  g_auto(Run) json = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *o12;
  JsonArray *urls, *units;

  make_sample ("set.ita");
  run_cli (&set, "oit-set", "set.ita", "๐๑๒", "--status", "incomplete",
           "--url", "https://www.bansuandokmai.go.th/procurement/2568",
           "--url", "https://www.bansuandokmai.go.th/procurement/2568/ไตรมาส-2",
           "--unit", "งานพัสดุและทรัพย์สิน", "--unit", "all",
           "--due", "๒๐๒๖-๐๓-๓๑", "--note", "ขาดไตรมาส 2",
           "--explanation", "เมนู “จัดซื้อจัดจ้าง” > ปี 2568", NULL);
  g_assert_cmpint (set.status, ==, 0);
  g_assert_nonnull (strstr (set.out, "o12: Incomplete"));

  run_cli (&json, "oit", "set.ita", "--json", NULL);
  o12 = item_of (parse (parser, json.out), "o12");
  g_assert_cmpstr (json_object_get_string_member (o12, "status"), ==, "incomplete");
  urls = json_object_get_array_member (o12, "urls");
  g_assert_cmpuint (json_array_get_length (urls), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (urls, 1), ==,
                   "https://www.bansuandokmai.go.th/procurement/2568/ไตรมาส-2");
  units = json_object_get_array_member (o12, "units");
  g_assert_cmpuint (json_array_get_length (units), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (units, 1), "id"), ==, "all");
  g_assert_cmpstr (json_object_get_string_member (o12, "due"), ==, "2026-03-31");
  g_assert_cmpstr (json_object_get_string_member (o12, "note"), ==, "ขาดไตรมาส 2");
  g_assert_cmpstr (json_object_get_string_member (o12, "explanation"), ==, "เมนู “จัดซื้อจัดจ้าง” > ปี 2568");
  g_assert_false (json_object_get_null_member (o12, "last_checked"));   /* checked today */
}

/* Every bad value exits 1 with the reason and leaves the file as it was. */
static void
test_set_refused (void)
{
  static const struct {
    const char *args[3];
    const char *in_message;
  } bad[] = {
    { { "o99", "--status", "present" }, "o99" },
    { { "i1", "--status", "present" }, "not an OIT item" },
    { { "o12", "--status", "done" }, "not a status" },
    { { "o12", "--url", "javascript:alert(1)" }, "javascript:" },
    { { "o12", "--url", "file:///C:/ita/o12.pdf" }, "file:" },
    { { "o12", "--url", "https://www.bansuandokmai.go.th/a b" }, "space" },
    { { "o12", "--url", "www.bansuandokmai.go.th/procurement" }, "https://www.bansuandokmai.go.th/procurement" },
    { { "o12", "--unit", "กองช่างเก่า" }, "กองช่างเก่า" },
    { { "o12", "--due", "2026-02-30" }, "not a date" },
    { { "o12", "--due", "31/13/2569" }, "not a date" },
  };
  g_autoptr(GBytes) before = NULL;

  make_sample ("bad.ita");
  before = read_file ("bad.ita");
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto(Run) r = { 0 };
      g_autoptr(GBytes) after = NULL;

      run_cli (&r, "oit-set", "bad.ita", bad[i].args[0], bad[i].args[1], bad[i].args[2], NULL);
      g_assert_cmpint (r.status, ==, 1);
      g_assert_nonnull (strstr (r.err, bad[i].in_message));
      after = read_file ("bad.ita");
      g_assert_true (g_bytes_equal (before, after));
    }
  {
    g_auto(Run) r = { 0 };

    run_cli (&r, "oit-set", "bad.ita", "o12", NULL);   /* nothing to set */
    g_assert_cmpint (r.status, ==, 2);
  }
}

static void
test_import (void)
{
  g_auto(Run) out = { 0 };
  g_auto(Run) dry = { 0 };
  g_auto(Run) apply = { 0 };
  g_auto(Run) check = { 0 };
  g_auto(Run) again = { 0 };
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GString) edited = NULL;
  JsonObject *o13;

  make_sample ("import.ita");
  run_cli (&out, "oit", "import.ita", "--unit", "กองคลัง", "--csv", NULL);
  g_assert_cmpint (out.status, ==, 0);
  /* กองคลัง publishes its procurement report and says so */
  edited = g_string_new (out.out);
  g_assert_cmpuint (g_string_replace (edited, "\"Incomplete\"", "\"มี\"", 1), ==, 1);
  g_string_replace (edited, "https://www.bansuandokmai.go.th/procurement/report-2567",
                    "https://www.bansuandokmai.go.th/procurement/report-2567\r\n"
                    "https://www.bansuandokmai.go.th/procurement/report-2567.pdf", 1);
  write_file ("back.csv", edited->str);

  before = read_file ("import.ita");
  run_cli (&dry, "oit-import", "import.ita", "back.csv", "--dry-run", NULL);
  g_assert_cmpint (dry.status, ==, 0);
  g_assert_nonnull (strstr (dry.out, "line 5, o13:"));   /* o12 spans lines 2–4: two URLs, two link results */
  g_assert_nonnull (strstr (dry.out, "Status: Incomplete → Present"));
  g_assert_nonnull (strstr (dry.out, "report-2567.pdf"));
  g_assert_nonnull (strstr (dry.out, "2 rows read, 1 item changes."));
  g_assert_nonnull (strstr (dry.out, "Nothing was applied"));
  after = read_file ("import.ita");
  g_assert_true (g_bytes_equal (before, after));

  run_cli (&apply, "oit-import", "import.ita", "back.csv", NULL);
  g_assert_cmpint (apply.status, ==, 0);
  g_assert_nonnull (strstr (apply.out, "Applied."));
  run_cli (&check, "oit", "import.ita", "--json", NULL);
  o13 = item_of (parse (parser, check.out), "o13");
  g_assert_cmpstr (json_object_get_string_member (o13, "status"), ==, "present");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o13, "urls")), ==, 2);

  /* read again: nothing left to change */
  run_cli (&again, "oit-import", "import.ita", "back.csv", NULL);
  g_assert_cmpint (again.status, ==, 0);
  g_assert_nonnull (strstr (again.out, "0 items change."));
}

/* One bad row: nothing applied, the file byte for byte as it was. */
static void
test_import_bad_row (void)
{
  g_auto(Run) r = { 0 };
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  make_sample ("badrow.ita");
  write_file ("badrow.csv",
              "\xEF\xBB\xBF" "Item,Status,URLs\r\n"
              "o1,Missing,\r\n"
              "o2,Present,javascript:alert(1)\r\n"
              "o3,มี,https://www.bansuandokmai.go.th/contact\r\n"
              "o4,Finished,\r\n");
  before = read_file ("badrow.ita");
  run_cli (&r, "oit-import", "badrow.ita", "badrow.csv", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "nothing was applied"));
  g_assert_nonnull (strstr (r.err, "line 3: o2:"));
  g_assert_nonnull (strstr (r.err, "line 5: o4:"));
  after = read_file ("badrow.ita");
  g_assert_true (g_bytes_equal (before, after));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  dir = g_dir_make_tmp ("ita-cli-oit-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/cli/oit/list", test_list);
  g_test_add_func ("/cli/oit/list-refused", test_list_refused);
  g_test_add_func ("/cli/oit/set", test_set);
  g_test_add_func ("/cli/oit/set-refused", test_set_refused);
  g_test_add_func ("/cli/oit/import", test_import);
  g_test_add_func ("/cli/oit/import-bad-row", test_import_bad_row);
  status = g_test_run ();

  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        g_remove (path);
      }
    g_rmdir (dir);
    g_free (dir);
  }
  return status;
}
