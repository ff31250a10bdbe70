/* test-ui-smoke.c: the application starts under Xvfb and draws its welcome
 * page in Thai and in English (ita-planner --screenshot). */
#include <cairo.h>
#include <gio/gio.h>
#include <locale.h>
#include <string.h>

/* The environment before g_test_init() isolated the user folders: the
 * application still needs the system's data folders (MIME database for
 * its SVG icon, fonts). */
static char *system_data_dirs;

/* env: "NAME=value" to set, "NAME" to unset; err: what it printed. */
static char *
screenshot_env (const char         *lang,
                const char         *size,
                const char         *view,
                const char         *file,
                const char * const *env,
                int                *exit_status,
                char              **err)
{
  g_autofree char *dir = g_dir_make_tmp ("ita-smoke-XXXXXX", NULL);
  char *png = g_build_filename (dir, "shot.png", NULL);
  g_autofree char *shot_arg = g_strdup_printf ("--screenshot=%s", png);
  g_autofree char *lang_arg = g_strdup_printf ("--lang=%s", lang);
  g_autofree char *size_arg = g_strdup_printf ("--size=%s", size);
  g_autofree char *view_arg = view ? g_strdup_printf ("--view=%s", view) : NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err_text = NULL;

  g_subprocess_launcher_setenv (launcher, "XDG_DATA_DIRS", system_data_dirs, TRUE);
  g_subprocess_launcher_setenv (launcher, "HOME", dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CACHE_HOME", dir, TRUE);
  for (guint i = 0; env != NULL && env[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (env[i], "=", 2);

      if (pair[1] != NULL)
        g_subprocess_launcher_setenv (launcher, pair[0], pair[1], TRUE);
      else
        g_subprocess_launcher_unsetenv (launcher, pair[0]);
    }
  g_ptr_array_add (argv, (char *) g_getenv ("ITA_PLANNER"));
  g_ptr_array_add (argv, shot_arg);
  g_ptr_array_add (argv, lang_arg);
  g_ptr_array_add (argv, size_arg);
  if (view_arg)
    g_ptr_array_add (argv, view_arg);
  if (file)
    g_ptr_array_add (argv, (char *) file);
  g_ptr_array_add (argv, NULL);

  proc = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, NULL, &err_text, &error);
  g_assert_no_error (error);
  *exit_status = g_subprocess_get_exit_status (proc);
  if (err_text && *err_text)
    g_test_message ("ita-planner said: %s", err_text);
  if (err != NULL)
    *err = g_steal_pointer (&err_text);
  return png;
}

static char *
screenshot (const char *lang,
            const char *size,
            const char *view,
            const char *file,
            int        *exit_status)
{
  return screenshot_env (lang, size, view, file, NULL, exit_status, NULL);
}

/* Distinct colours in a sample of the image: a blank or one-colour window
 * has very few. */
static guint
count_colours (cairo_surface_t *surface)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  int w = cairo_image_surface_get_width (surface);
  int h = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);

  for (int y = 0; y < h; y += 3)
    for (int x = 0; x < w; x += 3)
      {
        guint32 px = *(const guint32 *) (data + y * stride + x * 4);
        g_hash_table_add (seen, GUINT_TO_POINTER (px | 1));
      }
  return g_hash_table_size (seen);
}

static cairo_surface_t *
load_checked (const char *png,
              int         width,
              int         height)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (png);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, height);
  cairo_surface_flush (surface);
  g_assert_cmpuint (count_colours (surface), >, 20);
  return surface;
}

static gboolean
surfaces_differ (cairo_surface_t *a,
                 cairo_surface_t *b)
{
  int h = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);

  return memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b),
                 (gsize) h * stride) != 0;
}

static void
keep (const char *png,
      const char *name)
{
  /* Keep the screenshots beside the test log so a person can look. */
  g_autofree char *dest = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), name, NULL);
  g_autoptr(GFile) src = g_file_new_for_path (png);
  g_autoptr(GFile) dst = g_file_new_for_path (dest);

  g_file_copy (src, dst, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL);
}

static void
test_welcome_both_languages (void)
{
  int status = -1;
  g_autofree char *th = screenshot ("th", "1280x800", NULL, NULL, &status);
  cairo_surface_t *th_img;
  cairo_surface_t *en_img;
  g_autofree char *en = NULL;

  g_assert_cmpint (status, ==, 0);
  th_img = load_checked (th, 1280, 800);
  keep (th, "smoke-welcome-th.png");

  en = screenshot ("en", "1280x800", "welcome", NULL, &status);
  g_assert_cmpint (status, ==, 0);
  en_img = load_checked (en, 1280, 800);
  keep (en, "smoke-welcome-en.png");

  /* the Thai page is translated: it differs from the English one */
  g_assert_true (surfaces_differ (th_img, en_img));

  cairo_surface_destroy (th_img);
  cairo_surface_destroy (en_img);
}

static void
test_other_size (void)
{
  int status = -1;
  g_autofree char *png = screenshot ("en", "1920x1080", NULL, NULL, &status);
  cairo_surface_t *img;

  g_assert_cmpint (status, ==, 0);
  img = load_checked (png, 1920, 1080);
  cairo_surface_destroy (img);
}

/* The sample opens as a copy in the cache folder; quitting closes it (no
 * lock file stays behind) and the copy is not a recent project. */
static void
test_sample_copy (void)
{
  int status = -1;
  g_autofree char *png = screenshot ("th", "1280x800", "overview", "--sample", &status);
  g_autofree char *dir = g_path_get_dirname (png);
  g_autofree char *copies = g_build_filename (dir, "ita-planner", "sample", NULL);
  g_autofree char *recent = g_build_filename (dir, "recently-used.xbel", NULL);
  g_autofree char *recent_text = NULL;
  g_autoptr(GDir) folders = NULL;
  const char *name;
  guint n_copies = 0;
  cairo_surface_t *img;

  g_assert_cmpint (status, ==, 0);
  img = load_checked (png, 1280, 800);
  cairo_surface_destroy (img);
  keep (png, "smoke-sample-overview-th.png");

  folders = g_dir_open (copies, 0, NULL);
  g_assert_nonnull (folders);
  while ((name = g_dir_read_name (folders)) != NULL)
    {
      g_autofree char *copy = g_build_filename (copies, name, "sample-2568.ita", NULL);
      g_autofree char *lock = g_strconcat (copy, ".lock", NULL);

      g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));
      g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
      n_copies++;
    }
  g_assert_cmpuint (n_copies, ==, 1);
  if (g_file_get_contents (recent, &recent_text, NULL, NULL))
    g_assert_null (strstr (recent_text, "sample-2568.ita"));
}

static void
test_bad_options (void)
{
  int status = -1;
  g_autofree char *a = screenshot ("en", "1280x800", "nonsense", NULL, &status);
  g_autofree char *b = NULL;

  g_assert_cmpint (status, !=, 0);
  g_assert_false (g_file_test (a, G_FILE_TEST_EXISTS));
  b = screenshot ("en", "huge", NULL, NULL, &status);
  g_assert_cmpint (status, !=, 0);
}

static gboolean
rows_differ (cairo_surface_t *a,
             cairo_surface_t *b,
             int              from_row)
{
  int h = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);

  return memcmp (cairo_image_surface_get_data (a) + (gsize) from_row * stride,
                 cairo_image_surface_get_data (b) + (gsize) from_row * stride,
                 (gsize) (h - from_row) * stride) != 0;
}

/* The welcome page over an open project comes out whole, as the page
 * with no project does (below the header bar, whose title differs): no
 * half-finished transition. */
static void
test_welcome_over_project (void)
{
  int status = -1;
  g_autofree char *alone = screenshot ("en", "1024x768", "welcome", NULL, &status);
  g_autofree char *over = NULL;
  cairo_surface_t *a, *b;

  g_assert_cmpint (status, ==, 0);
  over = screenshot ("en", "1024x768", "welcome", "--sample", &status);
  g_assert_cmpint (status, ==, 0);
  a = load_checked (alone, 1024, 768);
  b = load_checked (over, 1024, 768);
  keep (over, "smoke-welcome-over-project.png");
  g_assert_false (rows_differ (a, b, 60));
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

/* What is written is what stays on screen: a later frame of every view
 * shows nothing else. */
static void
test_first_frame_is_final (void)
{
  static const char * const views[] = { "overview", "scores", "charts", "agency", "welcome" };
  static const char * const later[] = { "ITA_SCREENSHOT_FRAME=4", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      int status = -1;
      g_autofree char *first = screenshot ("th", "1024x768", views[i], "--sample", &status);
      g_autofree char *fourth = NULL;
      cairo_surface_t *a, *b;

      g_assert_cmpint (status, ==, 0);
      fourth = screenshot_env ("th", "1024x768", views[i], "--sample", later, &status, NULL);
      g_assert_cmpint (status, ==, 0);
      a = load_checked (first, 1024, 768);
      b = load_checked (fourth, 1024, 768);
      g_test_message ("%s: the first and the fourth frame", views[i]);
      if (surfaces_differ (a, b))
        {
          /* for a person to see what changed */
          g_autofree char *name_a = g_strdup_printf ("smoke-frame-1-%s.png", views[i]);
          g_autofree char *name_b = g_strdup_printf ("smoke-frame-4-%s.png", views[i]);

          keep (first, name_a);
          keep (fourth, name_b);
        }
      g_assert_false (surfaces_differ (a, b));
      cairo_surface_destroy (a);
      cairo_surface_destroy (b);
    }
}

/* The names of the views not in this version are kept (--view accepts
 * them) and refused with a message and status 1. */
static void
test_views_not_built (void)
{
  static const char * const views[] = { "oit", "plan", "compare" };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      int status = -1;
      g_autofree char *err = NULL;
      g_autofree char *png = screenshot_env ("en", "1024x768", views[i], "--sample", NULL, &status, &err);

      g_assert_cmpint (status, ==, 1);
      g_assert_nonnull (strstr (err, views[i]));
      g_assert_nonnull (strstr (err, "cannot be shown"));
      g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
    }
}

/* Without a session bus: no warning about dbus-launch or the bus, the
 * preferences go to a key file (not lost), and a note says how to run
 * with a bus. */
static void
test_no_session_bus (void)
{
  static const char * const env[] = {
    "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus", "GSETTINGS_BACKEND", NULL
  };
  int status = -1;
  g_autofree char *err = NULL;
  g_autofree char *png = screenshot_env ("en", "1024x768", "overview", "--sample", env, &status, &err);

  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
  g_assert_null (strstr (err, "dbus-launch"));
  g_assert_null (strstr (err, "Unable to acquire"));
  g_assert_nonnull (strstr (err, "preferences are kept in"));
  g_assert_nonnull (strstr (err, "dbus-run-session"));
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  system_data_dirs = g_strdup (g_getenv ("XDG_DATA_DIRS") ? g_getenv ("XDG_DATA_DIRS")
                                                          : "/usr/local/share:/usr/share");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/ui/smoke/welcome-th-en", test_welcome_both_languages);
  g_test_add_func ("/ui/smoke/size-1920x1080", test_other_size);
  g_test_add_func ("/ui/smoke/sample-copy", test_sample_copy);
  g_test_add_func ("/ui/smoke/bad-options", test_bad_options);
  g_test_add_func ("/ui/smoke/welcome-over-project", test_welcome_over_project);
  g_test_add_func ("/ui/smoke/first-frame-is-final", test_first_frame_is_final);
  g_test_add_func ("/ui/smoke/views-not-built", test_views_not_built);
  g_test_add_func ("/ui/smoke/no-session-bus", test_no_session_bus);
  return g_test_run ();
}
