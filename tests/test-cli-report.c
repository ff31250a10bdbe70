/* test-cli-report.c: `ita-cli report FILE.ita --document KIND -o OUT.pdf`
 * — every document of the sample in both languages and with Thai digits,
 * usage errors, bad input, and an old output file kept on failure */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "report-test-util.h"

typedef struct {
  char *dir;
  char *sample;
} Fixture;

static int
run (char       **err,
     const char  *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  va_list ap;

  g_ptr_array_add (argv, (gpointer) g_getenv ("ITA_CLI"));
  g_ptr_array_add (argv, (gpointer) "report");
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", g_get_user_config_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "HOME", g_get_home_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "C", TRUE);
  proc = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, err, &error);
  g_assert_no_error (error);
  return g_subprocess_get_exit_status (proc);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(ItaProject) project = NULL;

  f->dir = g_dir_make_tmp ("cli-report-XXXXXX", NULL);
  project = report_test_open_sample (f->dir);
  f->sample = g_strdup (ita_project_get_path (project));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  report_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->sample);
}

static char *
out_path (Fixture    *f,
          const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static void
assert_pdf (const char *path)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_cmpmem (data, 5, "%PDF-", 5);
}

/* Every document of the sample, Thai and English, with and without Thai
 * digits: each a PDF whose text has the sample's figures. */
static void
test_every_document (Fixture       *f,
                     gconstpointer  data)
{
  static const struct {
    const char *document;
    const char *th;         /* words the Thai document has */
    const char *th_digits;  /* … and with Thai digits */
    const char *en;
  } docs[] = {
    { "analysis", "88.98", "๘๘.๙๘", "88.98" },
    { "measures", "25,000.00", "๒๕,๐๐๐.๐๐", "25,000.00" },
    { "progress", "มาตรการ", "๒๕๖๙", "measures" },
    /* (a URL may wrap inside its cell) */
    { "oit", "about/structure", "about/structure", "about/structure" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (docs); i++)
    for (guint variant = 0; variant < 3; variant++)
      {
        const char *suffix[] = { "th", "th-digits", "en" };
        g_autofree char *name = g_strdup_printf ("cli-report-%s-%s", docs[i].document, suffix[variant]);
        g_autofree char *file = g_strdup_printf ("%s.pdf", name);
        g_autofree char *out = out_path (f, file);
        g_autofree char *err = NULL;
        g_autofree char *text = NULL;
        int status;

        if (variant == 0)
          status = run (&err, f->sample, "--document", docs[i].document, "--date", "2026-09-30", "-o", out, NULL);
        else if (variant == 1)
          status = run (&err, f->sample, "--document", docs[i].document, "--thai-digits", "--date", "2569-09-30",
                        "-o", out, NULL);
        else
          status = run (&err, f->sample, "-d", docs[i].document, "--lang", "en", "--date", "2026-09-30", "-o", out,
                        NULL);
        if (status != 0)
          g_error ("%s: %s", name, err);
        assert_pdf (out);
        text = report_test_pdf_text (out, 0, TRUE);
        if (text == NULL)
          continue;
        report_test_save_pngs (out, name);
        g_assert_nonnull (strstr (text, variant == 0 ? docs[i].th : variant == 1 ? docs[i].th_digits : docs[i].en));
      }
}

static void
test_unit (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *out = out_path (f, "finance.pdf");
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpint (run (&err, f->sample, "--document", "oit", "--unit", " กองคลัง ", "-o", out, NULL), ==, 0);
  assert_pdf (out);
  text = report_test_pdf_text (out, 0, TRUE);
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, "กองคลัง"));
      g_assert_null (strstr (text, "สำนักปลัดเทศบาล รับผิดชอบ"));
    }
}

static void
test_usage_errors (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *out = out_path (f, "x.pdf");
  g_autofree char *e1 = NULL, *e2 = NULL, *e3 = NULL, *e4 = NULL, *e5 = NULL, *e6 = NULL;

  g_assert_cmpint (run (&e1, f->sample, "--document", "analysis", NULL), ==, 2);                 /* no -o */
  g_assert_cmpint (run (&e2, f->sample, "--document", "summary", "-o", out, NULL), ==, 2);
  g_assert_nonnull (strstr (e2, "analysis, measures, progress or oit"));
  g_assert_cmpint (run (&e3, f->sample, "--document", "analysis", "--unit", "กองคลัง", "-o", out, NULL), ==, 2);
  g_assert_cmpint (run (&e4, f->sample, "--document", "progress", "--date", "31/13/2569", "-o", out, NULL), ==, 2);
  g_assert_nonnull (strstr (e4, "31/13/2569"));
  g_assert_cmpint (run (&e5, f->sample, "--document", "analysis", "--lang", "lo", "-o", out, NULL), ==, 2);
  g_assert_cmpint (run (&e6, "--document", "analysis", "-o", out, NULL), ==, 2);                 /* no file */
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

static void
test_bad_input_keeps_old_file (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *out = out_path (f, "old.pdf");
  g_autofree char *missing = out_path (f, "missing.ita");
  g_autofree char *not_project = out_path (f, "text.ita");
  g_autofree char *in_folder = out_path (f, "no-such-folder/out.pdf");
  g_autofree char *e1 = NULL, *e2 = NULL, *e3 = NULL, *e4 = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (out, "old contents", -1, NULL));
  g_assert_true (g_file_set_contents (not_project, "not a project", -1, NULL));

  g_assert_cmpint (run (&e1, missing, "--document", "analysis", "-o", out, NULL), ==, 1);
  g_assert_cmpint (run (&e2, not_project, "--document", "analysis", "-o", out, NULL), ==, 1);
  g_assert_cmpint (run (&e3, f->sample, "--document", "oit", "--unit", "กองช่างไฟ", "-o", out, NULL), ==, 1);
  /* the message lists the units to choose from */
  g_assert_nonnull (strstr (e3, "กองคลัง"));
  g_assert_true (g_file_get_contents (out, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "old contents");

  g_assert_cmpint (run (&e4, f->sample, "--document", "analysis", "-o", in_folder, NULL), ==, 1);
  g_assert_nonnull (strstr (e4, "could not be written"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/report/every-document", test_every_document);
  ADD ("/cli/report/unit", test_unit);
  ADD ("/cli/report/usage-errors", test_usage_errors);
  ADD ("/cli/report/bad-input-keeps-old-file", test_bad_input_keeps_old_file);
#undef ADD
  return g_test_run ();
}
