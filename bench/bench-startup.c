/* bench-startup.c: time from process start to the first drawn frame of
 * the sample project, against the floor of this machine (floor-window: an
 * empty GTK 4 window drawn once), and the resident memory after load. A
 * second reference, header-window (a header bar with a title and a menu
 * button, one line of text), shows what any application window costs here
 * above the floor.
 *
 * Usage (a display is needed: make bench runs it under xvfb-run):
 *   bench-startup [RUNS]
 * Environment: ITA_PLANNER, ITA_FLOOR, ITA_HEADER_WINDOW (paths; the build's
 * by default), and the uninstalled run environment (GSETTINGS_SCHEMA_DIR,
 * ITA_LOCALEDIR, ITA_SAMPLE_DIR). Target: ita-planner ≤ 1.3 × the floor. */
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

typedef struct {
  const char *label;
  const char *path;
  gboolean    sample;
  double     *ms;
  long        rss;
} Program;

int
main (int argc, char *argv[])
{
  int runs = argc > 1 ? atoi (argv[1]) : 10;
  Program programs[] = {
    { "floor (empty GTK window)", g_getenv ("ITA_FLOOR") ? g_getenv ("ITA_FLOOR") : ITA_FLOOR_PATH, FALSE },
    { "header bar and one label", g_getenv ("ITA_HEADER_WINDOW") ? g_getenv ("ITA_HEADER_WINDOW") : ITA_HEADER_WINDOW_PATH, FALSE },
    { "ita-planner --sample", g_getenv ("ITA_PLANNER") ? g_getenv ("ITA_PLANNER") : ITA_PLANNER_PATH, TRUE },
  };
  enum { FLOOR, HEADER, APP, N_PROGRAMS };
  double median[N_PROGRAMS];

  if (runs < 1)
    {
      g_printerr ("bench-startup: give RUNS ≥ 1\n");
      return 2;
    }

  /* one warm-up each: the first start reads fonts and icons from disk */
  for (int p = 0; p < N_PROGRAMS; p++)
    {
      double ms;

      programs[p].ms = g_new0 (double, runs);
      run_once (programs[p].path, programs[p].sample, &ms, &programs[p].rss);
    }

  /* interleaved, so that a slower moment of the machine hits all alike */
  for (int i = 0; i < runs; i++)
    for (int p = 0; p < N_PROGRAMS; p++)
      if (!run_once (programs[p].path, programs[p].sample, &programs[p].ms[i], &programs[p].rss))
        return 1;

  g_print ("startup to first frame, median of %d runs:\n", runs);
  for (int p = 0; p < N_PROGRAMS; p++)
    {
      qsort (programs[p].ms, runs, sizeof (double), cmp_double);
      median[p] = programs[p].ms[runs / 2];
      g_print ("  %-28s %8.1f ms   RSS %6ld KiB\n", programs[p].label, median[p], programs[p].rss);
      g_free (programs[p].ms);
    }
  g_print ("  ratio to the floor          %8.2f x   (target <= 1.30)\n", median[APP] / median[FLOOR]);
  g_print ("  header bar window / floor   %8.2f x   (what any window with a header bar costs here)\n",
           median[HEADER] / median[FLOOR]);
  return 0;
}
