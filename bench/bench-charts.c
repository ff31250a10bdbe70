/* bench-charts.c: how long each chart takes to become a 1920×1080 PNG,
 * and a whole slide-deck export (every kind in every format).
 *
 *   bench-charts [--outdir DIR]
 *
 * With --outdir the charts are also written there (every kind, Thai and
 * English, 1920×1080 and 1024×768, PNG and PDF) to look at. */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "chart-fixtures.h"

#define ROUNDS 10

/* Milliseconds to lay out, to draw, and for the whole PNG export. */
static void
render_ms (ItaChartKind         kind,
           ItaChartData        *data,
           const ItaChartStyle *style,
           double               ms[3])
{
  gint64 t0 = g_get_monotonic_time (), t1, t2;
  g_autoptr(ItaChartLayout) layout = ita_chart_layout_new (kind, data, style, 1920, 1080);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1920, 1080);
  cairo_t *cr = cairo_create (surface);

  t1 = g_get_monotonic_time ();
  ita_chart_layout_draw (layout, cr);
  cairo_surface_flush (surface);
  t2 = g_get_monotonic_time ();
  {
    g_autoptr(GBytes) png = ita_chart_export_png_bytes (kind, data, style, 1920, 1080, NULL);

    g_assert (png != NULL);
  }
  ms[0] = (t1 - t0) / 1000.0;
  ms[1] = (t2 - t1) / 1000.0;
  /* the whole export (lays out and draws again, then encodes) */
  ms[2] = (g_get_monotonic_time () - t2) / 1000.0;
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
write_samples (ChartFixtures *f,
               const char    *outdir)
{
  static const int sizes[][2] = { { 1920, 1080 }, { 1024, 768 }, { 640, 360 } };

  g_mkdir_with_parents (outdir, 0755);
  for (guint k = 0; k < ITA_CHART_N_KINDS; k++)
    for (guint lang = 0; lang < 2; lang++)
      for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
        for (guint fmt = 0; fmt < 3; fmt += 2)
          {
            g_autoptr(ItaChartStyle) style = ita_chart_style_new ();
            g_autoptr(GError) error = NULL;
            g_autofree char *name = g_strdup_printf ("%s-%s-%dx%d.%s", ita_chart_kind_to_string (k),
                                                     lang ? "en" : "th", sizes[z][0], sizes[z][1],
                                                     ita_chart_format_to_string (fmt));
            g_autofree char *path = g_build_filename (outdir, name, NULL);
            g_autoptr(GFile) file = g_file_new_for_path (path);

            style->language = lang;
            style->thai_digits = lang == 0 && z == 1;
            if (!ita_chart_export (k, f->data[k], style, sizes[z][0], sizes[z][1], 96, fmt, file, &error))
              g_error ("%s", error->message);
          }
  {
    g_autoptr(ItaChartStyle) style = ita_chart_style_new ();
    struct { const char *name; ItaChartKind kind; ItaChartData *data; } extra[] = {
      { "years6", ITA_CHART_YEARS, f->six_years },
      { "gauge-letter", ITA_CHART_GAUGE, f->letter_gauge },
      { "oit-sub", ITA_CHART_OIT, f->oit_subindicators },
      { "empty-indicators", ITA_CHART_INDICATORS, f->empty[ITA_CHART_INDICATORS] },
      { "empty-timeline", ITA_CHART_TIMELINE, f->empty[ITA_CHART_TIMELINE] },
    };

    for (guint i = 0; i < G_N_ELEMENTS (extra); i++)
      for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
        {
          g_autofree char *name = g_strdup_printf ("%s-th-%dx%d.png", extra[i].name, sizes[z][0], sizes[z][1]);
          g_autofree char *path = g_build_filename (outdir, name, NULL);
          g_autoptr(GFile) file = g_file_new_for_path (path);
          g_autoptr(GError) error = NULL;

          if (!ita_chart_export (extra[i].kind, extra[i].data, style, sizes[z][0], sizes[z][1], 96,
                                 ITA_CHART_FORMAT_PNG, file, &error))
            g_error ("%s", error->message);
        }
  }
}

int
main (int   argc,
      char *argv[])
{
  const char *outdir = NULL;
  const char *data_dir = g_getenv ("ITA_TEST_DATA_DIR");
  g_autoptr(ItaChartStyle) style = ita_chart_style_new ();
  g_autofree char *tmp = NULL;
  ChartFixtures *f;
  double deck_ms;
  gint64 start;

  if (argc == 3 && g_str_equal (argv[1], "--outdir"))
    outdir = argv[2];
  f = chart_fixtures_new (data_dir != NULL ? data_dir : TESTS_DATA_DIR);

  printf ("1920×1080 PNG, best of %d runs, ms:\n", ROUNDS);
  printf ("%-12s %8s %8s %8s\n", "chart", "layout", "draw", "export");
  for (guint k = 0; k < ITA_CHART_N_KINDS; k++)
    {
      double best[3] = { G_MAXDOUBLE, G_MAXDOUBLE, G_MAXDOUBLE }, ms[3], total;

      render_ms (k, f->data[k], style, ms);   /* fonts warm */
      for (int r = 0; r < ROUNDS; r++)
        {
          render_ms (k, f->data[k], style, ms);
          for (int i = 0; i < 3; i++)
            best[i] = MIN (best[i], ms[i]);
        }
      total = best[2];
      printf ("%-12s %8.1f %8.1f %8.1f %s\n", ita_chart_kind_to_string (k), best[0], best[1], best[2],
              total < 50 ? "" : "(over the 50 ms target)");
    }

  /* the slide deck: what `ita-cli charts` writes */
  tmp = g_dir_make_tmp ("bench-charts-XXXXXX", NULL);
  start = g_get_monotonic_time ();
  for (guint k = 0; k < ITA_CHART_N_KINDS; k++)
    for (guint fmt = 0; fmt < 3; fmt++)
      {
        g_autofree char *name = g_strdup_printf ("%s.%s", ita_chart_kind_to_string (k),
                                                 ita_chart_format_to_string (fmt));
        g_autofree char *path = g_build_filename (tmp, name, NULL);
        g_autoptr(GFile) file = g_file_new_for_path (path);
        g_autoptr(GError) error = NULL;

        if (!ita_chart_export (k, f->data[k], style, 1920, 1080, 96, fmt, file, &error))
          g_error ("%s", error->message);
        g_unlink (path);
      }
  deck_ms = (g_get_monotonic_time () - start) / 1000.0;
  g_rmdir (tmp);
  printf ("deck: %.1f ms for %d files (every kind as PNG, SVG and PDF)\n", deck_ms,
          ITA_CHART_N_KINDS * 3);

  if (outdir != NULL)
    {
      write_samples (f, outdir);
      printf ("samples written to %s\n", outdir);
    }
  chart_fixtures_free (f);
  return 0;
}
