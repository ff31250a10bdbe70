/* bench-startup.c: time from process start to the first drawn frame of
 * the sample project, against the floor of this machine (floor-window: an
 * empty GTK 4 window drawn once), and the resident memory after load.
 *
 * Usage (a display is needed: make bench runs it under xvfb-run):
 *   bench-startup [RUNS]
 * Environment: ITA_PLANNER, ITA_FLOOR (paths; the build's by default), and the
 * uninstalled run environment (GSETTINGS_SCHEMA_DIR, ITA_LOCALEDIR,
 * ITA_SAMPLE_DIR). Target: ita-planner ≤ 1.3 × the floor. */
#include <gio/gio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static gboolean
run_once (const char *program,
          gboolean    sample,
          double     *ms,
          long       *rss_kb)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *line;
  gint64 start, frame = 0;

  g_subprocess_launcher_setenv (launcher, "ITA_BENCH_FIRST_FRAME", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);
  start = g_get_monotonic_time ();
  if (sample)
    proc = g_subprocess_launcher_spawn (launcher, &error, program, "--sample", NULL);
  else
    proc = g_subprocess_launcher_spawn (launcher, &error, program, NULL);
  if (proc == NULL || !g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, NULL, &error))
    {
      g_printerr ("bench-startup: %s: %s\n", program, error->message);
      return FALSE;
    }
  line = out ? strstr (out, "FIRST_FRAME ") : NULL;
  if (line == NULL || sscanf (line, "FIRST_FRAME %" G_GINT64_FORMAT " %ld", &frame, rss_kb) != 2)
    {
      g_printerr ("bench-startup: %s printed no first frame (is there a display?)\n", program);
      return FALSE;
    }
  *ms = (frame - start) / 1000.0;
  return TRUE;
}

static int
cmp_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

int
main (int argc, char *argv[])
{
  int runs = argc > 1 ? atoi (argv[1]) : 10;
  const char *app = g_getenv ("ITA_PLANNER") ? g_getenv ("ITA_PLANNER") : ITA_PLANNER_PATH;
  const char *floor_prog = g_getenv ("ITA_FLOOR") ? g_getenv ("ITA_FLOOR") : ITA_FLOOR_PATH;
  g_autofree double *app_ms = NULL;
  g_autofree double *floor_ms = NULL;
  long app_rss = 0, floor_rss = 0;

  if (app == NULL || floor_prog == NULL || runs < 1)
    {
      g_printerr ("bench-startup: set ITA_PLANNER and ITA_FLOOR (meson does) and give RUNS ≥ 1\n");
      return 2;
    }
  app_ms = g_new0 (double, runs);
  floor_ms = g_new0 (double, runs);

  /* one warm-up each: the first start reads fonts and icons from disk */
  run_once (floor_prog, FALSE, &floor_ms[0], &floor_rss);
  run_once (app, TRUE, &app_ms[0], &app_rss);

  for (int i = 0; i < runs; i++)
    {
      if (!run_once (floor_prog, FALSE, &floor_ms[i], &floor_rss) ||
          !run_once (app, TRUE, &app_ms[i], &app_rss))
        return 1;
    }
  qsort (app_ms, runs, sizeof (double), cmp_double);
  qsort (floor_ms, runs, sizeof (double), cmp_double);

  g_print ("startup to first frame, median of %d runs:\n", runs);
  g_print ("  floor (empty GTK window)   %8.1f ms   RSS %6ld KiB\n", floor_ms[runs / 2], floor_rss);
  g_print ("  ita-planner --sample       %8.1f ms   RSS %6ld KiB\n", app_ms[runs / 2], app_rss);
  g_print ("  ratio                      %8.2f x   (target <= 1.30)\n", app_ms[runs / 2] / floor_ms[runs / 2]);
  return 0;
}
