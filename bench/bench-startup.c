/* bench-startup.c: how long ita-planner takes to start, against two
 * reference programs built with the same reporting code
 * (src/app/ita-first-frame.c):
 *
 *  - floor-window: an empty GTK 4 window, the floor of this machine;
 *  - header-window: a header bar with a title and a menu button and one
 *    label, the least any application window shows.
 *
 * Two measures, each the median of RUNS interleaved runs:
 *
 *  1. process start → first frame drawn (the sample project's Overview),
 *     and the resident memory then;
 *  2. the whole process of a screenshot: start → PNG written → process
 *     gone (ita-planner --sample --screenshot --view=overview; the
 *     references with ITA_BENCH_SCREENSHOT), with its CPU time (user +
 *     system). Wall time well above CPU time is time spent waiting (a
 *     timeout, a bus, a transition, teardown).
 *
 * Usage (a display is needed: make bench runs it under xvfb-run):
 *   bench-startup [RUNS]
 * Environment: ITA_PLANNER, ITA_FLOOR, ITA_HEADER_WINDOW (paths; the build's
 * by default), and the uninstalled run environment (GSETTINGS_SCHEMA_DIR,
 * ITA_LOCALEDIR, ITA_SAMPLE_DIR). Targets: first frame ≤ 1.3 × the floor;
 * whole screenshot process ≤ 1.3 × header-window's. */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>

typedef struct {
  double first_ms;   /* start → first frame */
  double shot_ms;    /* start → PNG written */
  double exit_ms;    /* start → process gone */
  double cpu_ms;     /* user + system of the process */
  long   rss_kb;
} Run;

static double
cpu_of_children (void)
{
  struct rusage usage;

  getrusage (RUSAGE_CHILDREN, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

static gboolean
read_mark (const char *out,
           const char *tag,
           gint64     *time,
           long       *rss)
{
  g_autofree char *pattern = g_strdup_printf ("%s %%" G_GINT64_FORMAT " %%ld", tag);
  const char *line = out ? strstr (out, tag) : NULL;
  long ignored;

  return line != NULL && sscanf (line, pattern, time, rss ? rss : &ignored) == 2;
}

static gboolean
run_once (const char *program,
          gboolean    app,
          gboolean    screenshot,
          Run        *run)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bench-startup-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "shot.png", NULL);
  g_autofree char *shot_arg = g_strdup_printf ("--screenshot=%s", png);
  gint64 start, frame = 0, shot = 0, end;
  double cpu_before;

  g_subprocess_launcher_setenv (launcher, "ITA_BENCH_FIRST_FRAME", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);
  if (screenshot && !app)
    g_subprocess_launcher_setenv (launcher, "ITA_BENCH_SCREENSHOT", png, TRUE);

  cpu_before = cpu_of_children ();
  start = g_get_monotonic_time ();
  if (app && screenshot)
    proc = g_subprocess_launcher_spawn (launcher, &error, program, "--sample", shot_arg,
                                        "--view=overview", NULL);
  else if (app)
    proc = g_subprocess_launcher_spawn (launcher, &error, program, "--sample", NULL);
  else
    proc = g_subprocess_launcher_spawn (launcher, &error, program, NULL);
  if (proc == NULL || !g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, NULL, &error))
    {
      g_printerr ("bench-startup: %s: %s\n", program, error->message);
      return FALSE;
    }
  g_subprocess_wait (proc, NULL, NULL);
  end = g_get_monotonic_time ();
  run->cpu_ms = cpu_of_children () - cpu_before;
  g_remove (png);
  g_rmdir (dir);

  if (!read_mark (out, "FIRST_FRAME ", &frame, &run->rss_kb))
    {
      g_printerr ("bench-startup: %s printed no first frame (is there a display?)\n", program);
      return FALSE;
    }
  run->first_ms = (frame - start) / 1000.0;
  run->exit_ms = (end - start) / 1000.0;
  run->shot_ms = 0;
  if (screenshot)
    {
      if (!read_mark (out, "SHOT_WRITTEN ", &shot, NULL))
        {
          g_printerr ("bench-startup: %s wrote no screenshot\n", program);
          return FALSE;
        }
      run->shot_ms = (shot - start) / 1000.0;
    }
  return TRUE;
}

static int
cmp_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
median (double *values,
        int     n)
{
  qsort (values, n, sizeof (double), cmp_double);
  return values[n / 2];
}

typedef struct {
  const char *label;
  const char *path;
  gboolean    app;
} Program;

enum { FLOOR, HEADER, APP, N_PROGRAMS };
enum { FIRST, SHOT, EXIT, CPU, N_MEASURES };

int
main (int argc, char *argv[])
{
  int runs = argc > 1 ? atoi (argv[1]) : 10;
  Program programs[N_PROGRAMS] = {
    { "floor (empty GTK window)", g_getenv ("ITA_FLOOR") ? g_getenv ("ITA_FLOOR") : ITA_FLOOR_PATH, FALSE },
    { "header bar and one label", g_getenv ("ITA_HEADER_WINDOW") ? g_getenv ("ITA_HEADER_WINDOW") : ITA_HEADER_WINDOW_PATH, FALSE },
    { "ita-planner --sample", g_getenv ("ITA_PLANNER") ? g_getenv ("ITA_PLANNER") : ITA_PLANNER_PATH, TRUE },
  };
  double *values[N_PROGRAMS][N_MEASURES];
  double med[N_PROGRAMS][N_MEASURES];
  long rss[N_PROGRAMS] = { 0 };

  if (runs < 1)
    {
      g_printerr ("bench-startup: give RUNS ≥ 1\n");
      return 2;
    }

  for (int p = 0; p < N_PROGRAMS; p++)
    {
      Run warm;

      for (int m = 0; m < N_MEASURES; m++)
        values[p][m] = g_new0 (double, runs);
      /* one warm-up each: the first start reads fonts and icons from disk */
      run_once (programs[p].path, programs[p].app, TRUE, &warm);
    }

  /* interleaved, so that a slower moment of the machine hits all alike */
  for (int i = 0; i < runs; i++)
    for (int p = 0; p < N_PROGRAMS; p++)
      {
        Run first, whole;

        if (!run_once (programs[p].path, programs[p].app, FALSE, &first) ||
            !run_once (programs[p].path, programs[p].app, TRUE, &whole))
          return 1;
        values[p][FIRST][i] = first.first_ms;
        rss[p] = first.rss_kb;
        values[p][SHOT][i] = whole.shot_ms;
        values[p][EXIT][i] = whole.exit_ms;
        values[p][CPU][i] = whole.cpu_ms;
      }

  for (int p = 0; p < N_PROGRAMS; p++)
    for (int m = 0; m < N_MEASURES; m++)
      {
        med[p][m] = median (values[p][m], runs);
        g_free (values[p][m]);
      }

  g_print ("startup to first frame, median of %d runs:\n", runs);
  for (int p = 0; p < N_PROGRAMS; p++)
    g_print ("  %-28s %8.1f ms   RSS %6ld KiB\n", programs[p].label, med[p][FIRST], rss[p]);
  g_print ("  ratio to the floor          %8.2f x   (target <= 1.30)\n", med[APP][FIRST] / med[FLOOR][FIRST]);
  g_print ("  header bar window / floor   %8.2f x   (what any window with a header bar costs here)\n",
           med[HEADER][FIRST] / med[FLOOR][FIRST]);

  g_print ("\nwhole screenshot process (start -> PNG written -> exit), median of %d runs:\n", runs);
  g_print ("  %-28s %10s %10s %10s %10s\n", "", "shot", "exit", "cpu", "idle");
  for (int p = 0; p < N_PROGRAMS; p++)
    g_print ("  %-28s %7.1f ms %7.1f ms %7.1f ms %7.1f ms\n", programs[p].label,
             med[p][SHOT], med[p][EXIT], med[p][CPU], MAX (0, med[p][EXIT] - med[p][CPU]));
  g_print ("  whole process / header bar  %8.2f x   (target <= 1.30)\n", med[APP][EXIT] / med[HEADER][EXIT]);
  g_print ("  cpu time / header bar       %8.2f x\n", med[APP][CPU] / med[HEADER][CPU]);
  return 0;
}
