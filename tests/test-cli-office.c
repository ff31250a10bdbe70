/* test-cli-office.c: `ita-cli export --xlsx`, `--csv limitations` and
 * `ita-cli deck` */
#include <glib/gstdio.h>
#include <string.h>

#include "office-test-util.h"

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

/* The sample files in dir, made by the first test that needs them (the
 * catalogue needs the isolated folders of a running test). */
static void
ensure_sample (void)
{
  g_autoptr(ItaProject) project = office_sample_project (dir, NULL);

  ita_project_close (project);
}

/* Runs ita-cli in dir with LANGUAGE=language (NULL: unset). */
static void
run_cli (Run        *run,
         const char *language,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;

  ensure_sample ();
  g_ptr_array_add (argv, (gpointer) g_getenv ("ITA_CLI"));
  va_start (args, language);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, dir);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  if (language != NULL)
    g_subprocess_launcher_setenv (launcher, "LANGUAGE", language, TRUE);
  else
    g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");
  proc = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (proc);
  g_test_message ("exit %d\nstdout: %s\nstderr: %s", run->status, run->out, run->err);
}

static char *
path_in_dir (const char *name)
{
  return g_build_filename (dir, name, NULL);
}

static JsonObject *
check_file (const char *name)
{
  g_autofree char *path = path_in_dir (name);
  JsonObject *check = office_check (path, FALSE);

  office_assert_sound (check);
  return check;
}

static const char *
sheet_name (JsonObject *check,
            guint       i)
{
  return json_object_get_string_member (json_array_get_object_element (office_sheets (check), i), "name");
}

static void
test_xlsx_thai (void)
{
  g_auto(Run) r = { 0 };
  g_autoptr(JsonObject) check = NULL;
  JsonObject *checklist, *header, *cell;

  run_cli (&r, "th", "export", "--xlsx", "all", "sample-2568.ita", "-o", "th.xlsx", NULL);
  g_assert_cmpint (r.status, ==, 0);
  check = check_file ("th.xlsx");
  g_assert_cmpstr (sheet_name (check, 0), ==, "คะแนน");
  g_assert_cmpstr (sheet_name (check, 1), ==, "รายการตรวจสอบ OIT");
  g_assert_cmpstr (sheet_name (check, 2), ==, "มาตรการ");
  g_assert_cmpstr (sheet_name (check, 3), ==, "ข้อจำกัด");
  header = office_cell (office_sheet (check, "คะแนน"), 0, 0);
  g_assert_cmpstr (json_object_get_string_member (header, "v"), ==, "รหัส");
  checklist = office_sheet (check, "รายการตรวจสอบ OIT");
  /* a date shown in the Buddhist Era: the Thai calendar in the format */
  cell = office_cell (checklist, 1, 9);
  g_assert_cmpstr (json_object_get_string_member (cell, "t"), ==, "n");
  g_assert_nonnull (strstr (json_object_get_string_member (cell, "fmt"), "107041E"));
  g_assert_nonnull (strstr (json_object_get_string_member (checklist, "footer"), "หน้า &P จาก &N"));
  g_assert_nonnull (strstr (json_object_get_string_member (checklist, "header"), "ปีงบประมาณ พ.ศ.\u00a02568"));   /* the year bound to พ.ศ. */
}

static void
test_xlsx_english_and_lists (void)
{
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };
  g_autoptr(JsonObject) all = NULL;
  g_autoptr(JsonObject) two = NULL;

  run_cli (&r1, "en", "export", "--xlsx", "all", "sample-2568.ita", "-o", "en.xlsx", NULL);
  g_assert_cmpint (r1.status, ==, 0);
  all = check_file ("en.xlsx");
  g_assert_cmpstr (sheet_name (all, 0), ==, "Scores");
  g_assert_cmpstr (json_object_get_string_member (office_cell (office_sheet (all, "OIT checklist"), 1, 9), "fmt"),
                   ==, "[$-409]d mmm yyyy");

  run_cli (&r2, NULL, "export", "--xlsx", "limitations,scores", "sample-2568.ita", "-o", "two.xlsx", NULL);
  g_assert_cmpint (r2.status, ==, 0);
  two = check_file ("two.xlsx");
  g_assert_cmpuint (json_array_get_length (office_sheets (two)), ==, 2);
  g_assert_cmpstr (sheet_name (two, 0), ==, "Limitations");
  g_assert_cmpstr (sheet_name (two, 1), ==, "Scores");
}

static void
test_export_usage (void)
{
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };
  g_auto(Run) r3 = { 0 };
  g_auto(Run) r4 = { 0 };
  g_auto(Run) r5 = { 0 };

  run_cli (&r1, NULL, "export", "--xlsx", "budget", "sample-2568.ita", "-o", "x.xlsx", NULL);
  g_assert_cmpint (r1.status, ==, 2);
  g_assert_nonnull (strstr (r1.err, "--xlsx takes"));
  run_cli (&r2, NULL, "export", "--xlsx", "scores", "sample-2568.ita", NULL);
  g_assert_cmpint (r2.status, ==, 2);
  g_assert_nonnull (strstr (r2.err, "-o OUT.xlsx"));
  run_cli (&r3, NULL, "export", "--xlsx", "scores", "--csv", "scores", "sample-2568.ita", "-o", "x", NULL);
  g_assert_cmpint (r3.status, ==, 2);
  run_cli (&r4, NULL, "export", "--xlsx", "scores", "missing.ita", "-o", "x.xlsx", NULL);
  g_assert_cmpint (r4.status, ==, 1);
  /* the CSV options are as they were */
  run_cli (&r5, NULL, "export", "--csv", "scores", "sample-2568.ita", NULL);
  g_assert_cmpint (r5.status, ==, 0);
  g_assert_true (g_str_has_prefix (r5.out, "\xEF\xBB\xBF\"Code\",\"Level\",\"Name\""));
}

static void
test_csv_limitations (void)
{
  g_auto(Run) r = { 0 };

  run_cli (&r, NULL, "export", "--csv", "limitations", "sample-2568.ita", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "\xEF\xBB\xBF\"No.\",\"Kind\",\"Limitation\"\r\n\"1\",\""));
}

static gint64
deck_width (JsonObject *check)
{
  return json_object_get_int_member (json_object_get_object_member (check, "pptx"), "width");
}

static JsonArray *
deck_slides (JsonObject *check)
{
  return json_object_get_array_member (json_object_get_object_member (check, "pptx"), "slides");
}

static void
test_deck (void)
{
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };
  g_auto(Run) r3 = { 0 };
  g_auto(Run) r4 = { 0 };
  g_autoptr(JsonObject) th = NULL;
  g_autoptr(JsonObject) en = NULL;
  g_autoptr(JsonObject) two = NULL;
  g_autofree char *pdf_path = path_in_dir ("deck.pdf");
  g_autofree char *out_path = path_in_dir ("deck.out");
  g_autofree char *pdf = NULL;
  g_autofree char *out = NULL;

  run_cli (&r1, NULL, "deck", "sample-2568.ita", "-o", "deck.pptx", NULL);
  g_assert_cmpint (r1.status, ==, 0);
  th = check_file ("deck.pptx");
  g_assert_cmpint (deck_width (th), ==, 12192000);
  g_assert_cmpuint (json_array_get_length (deck_slides (th)), ==, 9);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (deck_slides (th), 1), "title"),
                   ==, "ผลคะแนน ITA รายตัวชี้วัด");

  run_cli (&r2, NULL, "deck", "sample-2568.ita", "--aspect", "4:3", "--lang", "en", "-o", "en.pptx", NULL);
  g_assert_cmpint (r2.status, ==, 0);
  en = check_file ("en.pptx");
  g_assert_cmpint (deck_width (en), ==, 9144000);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (deck_slides (en), 1), "title"),
                   ==, "ITA scores by indicator");

  run_cli (&r3, NULL, "deck", "sample-2568.ita", "--charts", "gauge, oit", "-o", "two.pptx", NULL);
  g_assert_cmpint (r3.status, ==, 0);
  two = check_file ("two.pptx");
  g_assert_cmpuint (json_array_get_length (deck_slides (two)), ==, 3);

  /* PDF from the extension, or from --format whatever the name */
  run_cli (&r4, NULL, "deck", "sample-2568.ita", "-o", "deck.pdf", NULL);
  g_assert_cmpint (r4.status, ==, 0);
  g_assert_true (g_file_get_contents (pdf_path, &pdf, NULL, NULL));
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  {
    g_auto(Run) r = { 0 };

    run_cli (&r, NULL, "deck", "sample-2568.ita", "--format", "pdf", "-o", "deck.out", NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_file_get_contents (out_path, &out, NULL, NULL));
    g_assert_true (g_str_has_prefix (out, "%PDF-"));
  }
}

static void
test_deck_usage (void)
{
  g_autofree char *kept = path_in_dir ("kept.pptx");
  g_autofree char *contents = NULL;
  const char *bad[][4] = {
    { "--aspect", "3:2", NULL, NULL },
    { "--format", "key", NULL, NULL },
    { "--lang", "fr", NULL, NULL },
    { "--charts", "pie", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto(Run) r = { 0 };

      run_cli (&r, NULL, "deck", "sample-2568.ita", bad[i][0], bad[i][1], "-o", "x.pptx", NULL);
      g_assert_cmpint (r.status, ==, 2);
    }
  {
    g_auto(Run) r = { 0 };

    run_cli (&r, NULL, "deck", "sample-2568.ita", NULL);
    g_assert_cmpint (r.status, ==, 2);
  }
  /* a file that cannot be read: exit 1, the old output kept */
  g_assert_true (g_file_set_contents (kept, "old", -1, NULL));
  {
    g_auto(Run) r = { 0 };

    run_cli (&r, NULL, "deck", "missing.ita", "-o", "kept.pptx", NULL);
    g_assert_cmpint (r.status, ==, 1);
  }
  g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  dir = g_dir_make_tmp ("ita-cli-office-XXXXXX", NULL);
  g_assert_nonnull (dir);

  g_test_add_func ("/cli/office/xlsx-thai", test_xlsx_thai);
  g_test_add_func ("/cli/office/xlsx-english-and-lists", test_xlsx_english_and_lists);
  g_test_add_func ("/cli/office/export-usage", test_export_usage);
  g_test_add_func ("/cli/office/csv-limitations", test_csv_limitations);
  g_test_add_func ("/cli/office/deck", test_deck);
  g_test_add_func ("/cli/office/deck-usage", test_deck_usage);

  status = g_test_run ();
  {
    g_autoptr(GFile) d = g_file_new_for_path (dir);
    g_autoptr(GFileEnumerator) e = g_file_enumerate_children (d, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                              G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
    GFileInfo *info;

    while (e != NULL && (info = g_file_enumerator_next_file (e, NULL, NULL)) != NULL)
      {
        g_autoptr(GFile) child = g_file_get_child (d, g_file_info_get_name (info));

        g_file_delete (child, NULL, NULL);
        g_object_unref (info);
      }
    g_rmdir (dir);
  }
  g_free (dir);
  return status;
}
