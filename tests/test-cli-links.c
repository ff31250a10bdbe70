/* test-cli-links.c: `ita-cli check-links FILE.ita [--unit NAME] [--json]
 * [--timeout SECONDS]` against a web server this test runs on 127.0.0.1
 * while ita-cli works */
#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "ita-project.h"
#include "link-test-server.h"

static char *dir;
static LinkTestServer *server;

typedef struct {
  int       status;
  char     *out;
  char     *err;
  gboolean  done;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
on_communicated (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  Run *run = data;
  g_autoptr(GError) error = NULL;

  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->done = TRUE;
}

/* Runs ita-cli while this process's main context serves its requests. */
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
  g_subprocess_launcher_unsetenv (launcher, "http_proxy");
  g_subprocess_launcher_unsetenv (launcher, "https_proxy");
  proc = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  run->done = FALSE;
  g_subprocess_communicate_utf8_async (proc, NULL, NULL, on_communicated, run);
  while (!run->done)
    g_main_context_iteration (NULL, TRUE);
  g_subprocess_wait (proc, NULL, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (proc);
  g_test_message ("exit %d\nstdout: %s\nstderr: %s", run->status, run->out, run->err);
}

static void
set_urls (ItaProject *p,
          const char *item,
          gint64      unit_id,
          const char *path1,
          const char *path2)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaChecklistEntry) e = ita_project_get_checklist_entry (p, item);

  g_strfreev (e->urls);
  e->urls = g_new0 (char *, 3);
  e->urls[0] = link_test_server_url (server, NULL, path1);
  if (path2 != NULL)
    e->urls[1] = link_test_server_url (server, NULL, path2);
  g_array_set_size (e->unit_ids, 0);
  ita_checklist_entry_add_unit (e, unit_id);
  ita_project_set_checklist_entry (p, e, &error);
  g_assert_no_error (error);
}

/* plan.ita: o1 works, o2 has a missing page and a redirect chain, o3
 * (กองคลัง's, through its sub-unit) works. */
static char *
make_project (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) edition = ita_catalogue_lookup ("ita-2568", &error);
  g_autofree char *path = g_build_filename (dir, "plan.ita", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ItaProject) p = NULL;
  gint64 finance = 0;
  gint64 accounts = 0;

  g_remove (path);
  p = ita_project_create (file, edition, 0, &error);
  g_assert_no_error (error);
  ita_project_add_unit (p, ITA_ID_NONE, "กองคลัง", ITA_UNIT_KIND_DIVISION, &finance, &error);
  g_assert_no_error (error);
  ita_project_add_unit (p, finance, "งานการเงินและบัญชี", ITA_UNIT_KIND_WORK, &accounts, &error);
  g_assert_no_error (error);
  set_urls (p, "o1", ITA_UNIT_ALL, "/ok.pdf", NULL);
  set_urls (p, "o2", ITA_ID_NONE, "/missing", "/chain");
  set_urls (p, "o3", accounts, "/page", NULL);
  return g_steal_pointer (&path);
}

static GPtrArray *
stored_checks (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaProject) p = ita_project_open (file, ITA_PROJECT_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return ita_project_get_url_checks (p);
}

static void
test_text (void)
{
  g_autofree char *path = make_project ();
  g_autofree char *missing = link_test_server_url (server, NULL, "/missing");
  g_autofree char *chain = link_test_server_url (server, NULL, "/chain");
  g_autofree char *final = link_test_server_url (server, NULL, "/ok.pdf");
  g_autofree char *line = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_auto(Run) run = { 0 };

  run_cli (&run, "check-links", "plan.ita", NULL);
  g_assert_cmpint (run.status, ==, 3);   /* some failed */
  line = g_strdup_printf ("o2  %s  The page does not exist (error 404)", missing);
  g_assert_nonnull (strstr (run.out, line));
  g_clear_pointer (&line, g_free);
  line = g_strdup_printf ("o2  %s  The link works (it leads on to another address).  → %s\n",
                          chain, final);
  g_assert_nonnull (strstr (run.out, line));
  g_assert_nonnull (strstr (run.out, "4 links checked on 1 website in "));
  g_assert_nonnull (strstr (run.out, ": 3 work, 1 failed."));
  g_assert_nonnull (strstr (run.out, "Items with failed links: o2\n"));
  g_assert_nonnull (strstr (run.out, "The results were stored in plan.ita."));

  checks = stored_checks (path);
  g_assert_cmpuint (checks->len, ==, 4);
  g_assert_cmpstr (((ItaUrlCheck *) g_ptr_array_index (checks, 1))->url, ==, missing);
  g_assert_cmpint (((ItaUrlCheck *) g_ptr_array_index (checks, 1))->outcome, ==, ITA_URL_OUTCOME_NOT_FOUND);
  g_assert_cmpstr (((ItaUrlCheck *) g_ptr_array_index (checks, 2))->final_url, ==, final);
}

static void
test_json (void)
{
  g_autofree char *path = make_project ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  JsonObject *root;
  JsonObject *summary;
  JsonArray *links;
  JsonObject *second;

  run_cli (&run, "check-links", "plan.ita", "--json", "--timeout", "5", NULL);
  g_assert_cmpint (run.status, ==, 3);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "format"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (root, "kind"), ==, "ita-planner-link-check");
  g_assert_true (json_object_get_boolean_member (root, "stored"));
  g_assert_false (json_object_get_boolean_member (root, "interrupted"));
  g_assert_cmpint (json_object_get_int_member (root, "timeout_ms"), ==, 5000);
  links = json_object_get_array_member (root, "links");
  g_assert_cmpuint (json_array_get_length (links), ==, 4);
  second = json_array_get_object_element (links, 1);
  g_assert_cmpstr (json_object_get_string_member (second, "item"), ==, "o2");
  g_assert_cmpstr (json_object_get_string_member (second, "outcome"), ==, "not-found");
  g_assert_false (json_object_get_boolean_member (second, "ok"));
  g_assert_cmpint (json_object_get_int_member (second, "http_status"), ==, 404);
  g_assert_cmpstr (json_object_get_string_member (second, "label"), ==, "Page not found (error 404)");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (second, "description"),
                                   "The page does not exist"));
  g_assert_nonnull (json_object_get_string_member (second, "checked"));
  summary = json_object_get_object_member (root, "summary");
  g_assert_cmpint (json_object_get_int_member (summary, "total"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (summary, "checked"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (summary, "ok"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (summary, "failed"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (summary, "hosts"), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (summary, "failed_items")), ==, 1);
}

static void
test_unit (void)
{
  g_autofree char *path = make_project ();
  g_autoptr(GPtrArray) checks = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) nobody = { 0 };

  /* o3 is the sub-unit's: it counts for กองคลัง, and so does o1 (every
   * unit's); o2 (nobody's) does not */
  run_cli (&run, "check-links", "plan.ita", "--unit", " กองคลัง ", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "2 links checked on 1 website in "));
  g_assert_nonnull (strstr (run.out, "o1  "));
  g_assert_nonnull (strstr (run.out, "o3  "));
  g_assert_null (strstr (run.out, "o2  "));
  checks = stored_checks (path);
  g_assert_cmpuint (checks->len, ==, 2);

  run_cli (&nobody, "check-links", "plan.ita", "--unit", "กองช่าง", NULL);
  g_assert_cmpint (nobody.status, ==, 1);
  g_assert_nonnull (strstr (nobody.err, "no unit is named “กองช่าง”; the units are: “กองคลัง”, "
                                        "“งานการเงินและบัญชี”."));
}

static void
test_read_only (void)
{
  g_autofree char *path = make_project ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaProject) holder = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_auto(Run) run = { 0 };

  /* open in "ITA Planner" (this process holds the lock): still checks and
   * prints, stores nothing */
  holder = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  run_cli (&run, "check-links", "plan.ita", NULL);
  g_assert_cmpint (run.status, ==, 3);
  g_assert_nonnull (strstr (run.out, "4 links checked"));
  g_assert_nonnull (strstr (run.out, "the results were not stored: "));
  checks = ita_project_get_url_checks (holder);
  g_assert_cmpuint (checks->len, ==, 0);
}

static void
test_errors (void)
{
  g_autofree char *path = make_project ();
  g_auto(Run) bad_timeout = { 0 };
  g_auto(Run) no_file = { 0 };
  g_auto(Run) no_args = { 0 };

  run_cli (&bad_timeout, "check-links", "plan.ita", "--timeout", "0", NULL);
  g_assert_cmpint (bad_timeout.status, ==, 2);
  g_assert_nonnull (strstr (bad_timeout.err, "--timeout takes seconds"));
  run_cli (&no_file, "check-links", "nothing-here.ita", NULL);
  g_assert_cmpint (no_file.status, ==, 1);
  run_cli (&no_args, "check-links", NULL);
  g_assert_cmpint (no_args.status, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  dir = g_dir_make_tmp ("ita-cli-links-XXXXXX", &error);
  g_assert_no_error (error);
  server = link_test_server_new ("127.0.0.1", NULL);

  g_test_add_func ("/cli/check-links/text", test_text);
  g_test_add_func ("/cli/check-links/json", test_json);
  g_test_add_func ("/cli/check-links/unit", test_unit);
  g_test_add_func ("/cli/check-links/read-only", test_read_only);
  g_test_add_func ("/cli/check-links/errors", test_errors);
  status = g_test_run ();

  link_test_server_free (server);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *p = g_build_filename (dir, name, NULL);

        g_remove (p);
      }
  }
  g_rmdir (dir);
  g_free (dir);
  return status;
}
