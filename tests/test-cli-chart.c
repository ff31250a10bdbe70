/* test-cli-chart.c: `ita-cli chart` and `ita-cli charts` on project files */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ita-project.h"

#ifdef G_OS_UNIX
# include <signal.h>
# include <sys/resource.h>

/* When not 0, ita-cli runs with files limited to this size: writes past
 * it fail as on a full disk. */
static guint64 file_size_limit;

static void
limit_file_size (gpointer data)
{
  struct rlimit limit = { (rlim_t) file_size_limit, (rlim_t) file_size_limit };

  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}
#endif

typedef struct {
  char *dir;
  char *y2568;
  char *y2562;
  char *blank;
} Fixture;

/* Runs ita-cli with args; returns the exit status, stdout and stderr. */
static int
run (char       **out,
     char       **err,
     const char  *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list ap;

  g_ptr_array_add (argv, (gpointer) g_getenv ("ITA_CLI"));
  va_start (ap, first);
  for (arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  /* the isolated folders of this test, not the /dev/null of the process */
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", g_get_user_config_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "HOME", g_get_home_dir (), TRUE);
#ifdef G_OS_UNIX
  if (file_size_limit != 0)
    g_subprocess_launcher_set_child_setup (launcher, limit_file_size, NULL, NULL);
#endif
  proc = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, out, err, &error);
  g_assert_no_error (error);
  if (g_subprocess_get_exit_status (proc) != 0)
    g_test_message ("ita-cli %s: %s", first, *err);
  return g_subprocess_get_exit_status (proc);
}

static char *
data_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *s2568 = data_file ("seed-001-2568.csv");
  g_autofree char *s2562 = data_file ("seed-000-2562.csv");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  f->dir = g_dir_make_tmp ("cli-chart-XXXXXX", NULL);
  f->y2568 = g_build_filename (f->dir, "nakham-2568.ita", NULL);
  f->y2562 = g_build_filename (f->dir, "nakham-2562.ita", NULL);
  f->blank = g_build_filename (f->dir, "new.ita", NULL);
  g_assert_cmpint (run (&out, &err, "new", "-e", "ita-2568", "-a", "เทศบาลตำบลนาคำ", "-s", s2568, f->y2568, NULL),
                   ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (&out, &err, "new", "-e", "ita-2562", "-a", "เทศบาลตำบลนาคำ", "-s", s2562, f->y2562, NULL),
                   ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (&out, &err, "new", "-e", "ita-2568", "-a", "เทศบาลใหม่", f->blank, NULL), ==, 0);
}

static void
remove_tree (GFile *dir)
{
  g_autoptr(GFileEnumerator) e = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                            G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFileInfo *info;

  while (e != NULL && (info = g_file_enumerator_next_file (e, NULL, NULL)) != NULL)
    {
      g_autoptr(GFile) child = g_file_get_child (dir, g_file_info_get_name (info));

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        remove_tree (child);
      else
        g_file_delete (child, NULL, NULL);
      g_object_unref (info);
    }
  g_file_delete (dir, NULL, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GFile) dir = g_file_new_for_path (f->dir);

  remove_tree (dir);
  g_free (f->dir);
  g_free (f->y2568);
  g_free (f->y2562);
  g_free (f->blank);
}

static guint32
be32 (const guint8 *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

static void
test_chart_png (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *png = g_build_filename (f->dir, "indicators.png", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_cmpint (run (&out, &err, "chart", "indicators", f->y2568, "-o", png, "--size", "1024x768",
                        "--thai-digits", NULL), ==, 0);
  g_assert_true (g_file_get_contents (png, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 24);
  g_assert_cmpmem (contents, 8, "\211PNG\r\n\032\n", 8);
  g_assert_cmpuint (be32 ((guint8 *) contents + 16), ==, 1024);
  g_assert_cmpuint (be32 ((guint8 *) contents + 20), ==, 768);
}

/* The years chart reads the linked file of FY 2562. */
static void
test_linked_years (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *svg = g_build_filename (f->dir, "years.svg", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(GFile) file = g_file_new_for_path (f->y2568);
    g_autoptr(GFile) other = g_file_new_for_path (f->y2562);
    g_autoptr(ItaProject) project = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);

    g_assert_no_error (error);
    g_assert_true (ita_project_add_link (project, other, NULL, &error));
    g_assert_no_error (error);
    ita_project_close (project);
  }

  g_assert_cmpint (run (&out, &err, "chart", "years", f->y2568, "-o", svg, NULL), ==, 0);
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<title>เปรียบเทียบคะแนนรายตัวชี้วัดแต่ละปี — เทศบาลตำบลนาคำ"));
  g_assert_nonnull (strstr (contents, "พ.ศ.\u00a02562"));
  g_assert_nonnull (strstr (contents, "87.35"));   /* indicator 1 in 2562 */
  g_assert_nonnull (strstr (contents, "99.78"));   /* indicator 1 in 2568 */
}

#ifdef G_OS_UNIX
/* On a full disk chart -o and charts fail with a message and keep the
 * charts exported before. */
static void
test_full_disk_keeps_previous (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *png = g_build_filename (f->dir, "kept.png", NULL);
  g_autofree char *deck = g_build_filename (f->dir, "kept-deck", NULL);
  g_autofree char *in_deck = g_build_filename (deck, "indicators.png", NULL);
  g_autofree char *out1 = NULL, *err1 = NULL, *out2 = NULL, *err2 = NULL;
  g_autofree char *before = NULL, *after = NULL, *deck_before = NULL, *deck_after = NULL;
  gsize before_len = 0, after_len = 0, deck_before_len = 0, deck_after_len = 0;
  int status1, status2;

  g_assert_cmpint (run (&out1, &err1, "chart", "indicators", f->y2568, "-o", png, NULL), ==, 0);
  g_assert_cmpint (run (&out2, &err2, "charts", f->y2568, "--outdir", deck, NULL), ==, 0);
  g_assert_true (g_file_get_contents (png, &before, &before_len, NULL));
  g_assert_true (g_file_get_contents (in_deck, &deck_before, &deck_before_len, NULL));
  g_clear_pointer (&out1, g_free);
  g_clear_pointer (&err1, g_free);
  g_clear_pointer (&out2, g_free);
  g_clear_pointer (&err2, g_free);

  file_size_limit = 4096;
  status1 = run (&out1, &err1, "chart", "indicators", f->y2568, "-o", png, "--lang", "en", NULL);
  status2 = run (&out2, &err2, "charts", f->y2568, "--outdir", deck, "--lang", "en", NULL);
  file_size_limit = 0;
  g_assert_cmpint (status1, ==, 1);
  g_assert_cmpint (status2, ==, 1);
  g_assert_nonnull (strstr (err1, "disk is full"));
  g_assert_true (g_file_get_contents (png, &after, &after_len, NULL));
  g_assert_cmpmem (after, after_len, before, before_len);
  g_assert_true (g_file_get_contents (in_deck, &deck_after, &deck_after_len, NULL));
  g_assert_cmpmem (deck_after, deck_after_len, deck_before, deck_before_len);
}
#endif

static void
test_charts_deck (Fixture       *f,
                  gconstpointer  data)
{
  static const char *kinds[] = { "indicators", "tools", "gauge", "years", "trend", "radar", "oit", "timeline" };
  static const char *formats[] = { "png", "svg", "pdf" };
  g_autofree char *deck = g_build_filename (f->dir, "deck", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run (&out, &err, "charts", f->y2568, "--outdir", deck, "--lang", "en", NULL), ==, 0);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
      {
        g_autofree char *name = g_strdup_printf ("%s.%s", kinds[k], formats[i]);
        g_autofree char *path = g_build_filename (deck, name, NULL);
        GStatBuf st;

        g_assert_cmpint (g_stat (path, &st), ==, 0);
        g_assert_cmpint (st.st_size, >, 1000);
        g_assert_nonnull (strstr (out, path));
      }
}

/* A new project draws "no data yet" charts, it does not fail. */
static void
test_blank_project (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *deck = g_build_filename (f->dir, "blank", NULL);
  g_autofree char *svg = g_build_filename (deck, "indicators.svg", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;

  g_assert_cmpint (run (&out, &err, "charts", f->blank, "--outdir", deck, NULL), ==, 0);
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "ยังไม่มีข้อมูล"));
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *jpg = g_build_filename (f->dir, "chart.jpg", NULL);
  g_autofree char *png = g_build_filename (f->dir, "chart.png", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.ita", NULL);
  struct {
    int status;
    const char *args[8];
    const char *message;
  } cases[] = {
    { 2, { "chart", "pie", f->y2568, "-o", png }, "indicators, tools, gauge" },
    { 2, { "chart", "gauge", f->y2568 }, "usage" },
    { 1, { "chart", "gauge", f->y2568, "-o", jpg }, ".png, .svg or .pdf" },
    { 1, { "chart", "gauge", missing, "-o", png }, "missing.ita" },
    { 2, { "chart", "gauge", f->y2568, "-o", png, "--size", "10x10" }, "between" },
    { 2, { "chart", "gauge", f->y2568, "-o", png, "--lang", "fr" }, "th or en" },
    { 2, { "charts", f->y2568 }, "usage" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      const char **a = cases[i].args;

      g_assert_cmpint (run (&out, &err, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]), ==, cases[i].status);
      g_assert_nonnull (strstr (err, cases[i].message));
    }
  g_assert_false (g_file_test (jpg, G_FILE_TEST_EXISTS));
}

/* Without a project: a scores CSV and its edition. */
static void
test_scores_source (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *csv = data_file ("seed-001-2568.csv");
  g_autofree char *pdf = g_build_filename (f->dir, "gauge.pdf", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_cmpint (run (&out, &err, "chart", "gauge", "--scores", csv, "--edition", "2568", "-o", pdf, NULL), ==, 0);
  g_assert_true (g_file_get_contents (pdf, &contents, &len, NULL));
  g_assert_cmpmem (contents, 5, "%PDF-", 5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/chart/png", test_chart_png);
  ADD ("/cli/chart/linked-years", test_linked_years);
  ADD ("/cli/chart/deck", test_charts_deck);
  ADD ("/cli/chart/blank-project", test_blank_project);
  ADD ("/cli/chart/errors", test_errors);
  ADD ("/cli/chart/scores-source", test_scores_source);
#ifdef G_OS_UNIX
  ADD ("/cli/chart/full-disk-keeps-previous", test_full_disk_keeps_previous);
#endif
#undef ADD

  return g_test_run ();
}
