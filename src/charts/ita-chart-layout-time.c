/* ita-chart-layout-time.c: the charts over time — trend and timeline */
#include "config.h"

#include <math.h>

#include "ita-chart-layout-private.h"

/* trend ----------------------------------------------------------------- */

/* The y of value v on a value axis from lo to hi along the plot. */
static double
trend_y (ItaChartLayout *self,
         ItaCenti        v,
         ItaCenti        lo,
         ItaCenti        hi)
{
  return self->plot.y + self->plot.height * (1.0 - (double) (v - lo) / (hi - lo));
}

/* The line, the pass line, and a box for each band the axis reaches. */
static void
trend_legend (ItaChartLayout *self,
              GPtrArray      *bands,
              ItaCenti        lo,
              GArray         *items,
              GPtrArray      *texts)
{
  g_autofree char *mark = ita_chart_format_short (self->style, self->data->pass_mark);
  ItaChartLegendItem item = { 0 };

  item.swatch = ITA_CHART_SWATCH_LINE;
  item.color = ita_chart_series_color (self, 0);
  item.marker = ita_chart_series_marker (0);
  item.marked = TRUE;
  item.series = 0;
  item.text = g_strdup (ita_chart_text (self->style, ITA_CHART_TEXT_TOTAL));
  g_ptr_array_add (texts, item.text);
  g_array_append_val (items, item);

  item = (ItaChartLegendItem) { 0 };
  item.swatch = ITA_CHART_SWATCH_DASH;
  item.color = ita_chart_ink (self);
  item.dashed = TRUE;
  item.series = -1;
  item.text = g_strdup_printf (ita_chart_text (self->style, ITA_CHART_TEXT_PASS_MARK), mark);
  g_ptr_array_add (texts, item.text);
  g_array_append_val (items, item);

  for (guint i = 0; i < bands->len; i++)
    {
      const ItaChartBand *b = g_ptr_array_index (bands, i);
      g_autofree char *from = ita_chart_format_short (self->style, b->min);
      g_autofree char *to = ita_chart_format_value (self->style, b->max);

      if (b->max < lo)
        continue;
      item = (ItaChartLegendItem) { 0 };
      item.swatch = ITA_CHART_SWATCH_BOX;
      item.color = ita_chart_with_alpha (ita_chart_band_color (self, i, bands->len), 0.35);
      item.pattern = ITA_CHART_PATTERN_SOLID;
      item.series = -1;
      item.text = g_strdup_printf ("%s %s–%s", ita_chart_pick (self->style, b->label_th, b->label_en), from, to);
      g_ptr_array_add (texts, item.text);
      g_array_append_val (items, item);
    }
}

/* The x of each year (px, n of them): years stand at their place in
 * time, so a missing year shows as a gap; keys that are not years in
 * order are spaced evenly. Returns the width of a year's column. */
static double
trend_columns (ItaChartLayout *self,
               double         *px)
{
  guint n = self->data->categories->len;
  gint64 first = 0, last = 0;
  gboolean years = n > 0;

  for (guint i = 0; i < n && years; i++)
    {
      const ItaChartCategory *c = g_ptr_array_index (self->data->categories, i);
      gint64 y;

      years = g_ascii_string_to_signed (c->key, 10, 1, 9999, &y, NULL) && (i == 0 || y > last);
      if (i == 0)
        first = y;
      last = y;
    }
  for (guint i = 0; i < n; i++)
    {
      gint64 y = first + i;

      if (years)
        g_ascii_string_to_signed (((ItaChartCategory *) g_ptr_array_index (self->data->categories, i))->key,
                                  10, 1, 9999, &y, NULL);
      px[i] = years ? self->plot.x + self->plot.width * (y - first + 0.5) / (last - first + 1)
                    : self->plot.x + self->plot.width * (i + 0.5) / n;
    }
  return self->plot.width / MAX (years ? last - first + 1 : n, 1);
}

/* The grade bands behind the plot, as far as the axis reaches. */
static void
trend_bands (ItaChartLayout *self,
             GPtrArray      *bands,
             ItaCenti        lo,
             ItaCenti        hi)
{
  for (guint i = 0; i < bands->len; i++)
    {
      const ItaChartBand *b = g_ptr_array_index (bands, i);
      ItaCenti top_v = MIN (b->max + 1, hi), bottom_v = MAX (b->min, lo);
      ItaChartShape *s;
      double y0, y1;

      if (b->max < lo)
        continue;
      y0 = round (trend_y (self, top_v, lo, hi));
      y1 = round (trend_y (self, bottom_v, lo, hi));
      s = ita_chart_add_rect (self, ITA_CHART_ROLE_BAND, self->plot.x, y0, self->plot.width, y1 - y0,
                              ita_chart_with_alpha (ita_chart_band_color (self, i, bands->len), 0.22),
                              ITA_CHART_PATTERN_SOLID);
      s->series = i;
      s->value = b->min;
    }
}

/* The value axis with its title turned a quarter, and the title of the
 * years with its top at y. */
static void
trend_axes (ItaChartLayout *self,
            ItaCenti        lo,
            ItaCenti        hi,
            double          y)
{
  ItaChartShape *s;

  ita_chart_value_axis (self, FALSE, lo, hi, 1000, TRUE);
  s = ita_chart_add_text (self, ITA_CHART_ROLE_AXIS_LABEL,
                          ita_chart_text_layout (self, ita_chart_text (self->style, ITA_CHART_TEXT_SCORE_AXIS),
                                                 self->small, FALSE, 0, 0, PANGO_ALIGN_LEFT),
                          self->margin, 0, -G_PI / 2, ita_chart_muted ());
  s->y0 = self->plot.y + self->plot.height / 2 + s->rect.height / 2;
  s->rect.y = s->y0 - s->rect.height;
  ita_chart_add_label (self, ITA_CHART_ROLE_AXIS_LABEL, ita_chart_text (self->style, ITA_CHART_TEXT_FISCAL_YEAR_AXIS),
                       self->small, FALSE, self->plot.x + self->plot.width / 2, y,
                       PANGO_ALIGN_CENTER, ita_chart_muted ());
}

/* The years along the bottom, each with its grade. */
static void
trend_years (ItaChartLayout *self,
             const double   *px,
             double          col_w)
{
  for (guint i = 0; i < self->data->categories->len; i++)
    {
      const ItaChartCategory *c = g_ptr_array_index (self->data->categories, i);
      g_autofree char *digits = ita_chart_digits (self->style, c->key);
      g_autofree char *year = g_strdup_printf ("%s%s", digits, c->marked ? " *" : "");
      const char *grade = ita_chart_pick (self->style, c->note_th, c->note_en);
      double x = px[i];
      double y = self->plot.y + self->plot.height + self->gap / 4;
      PangoLayout *l = ita_chart_text_layout (self, year, self->body, TRUE, col_w - self->gap / 4, 1,
                                              PANGO_ALIGN_CENTER);
      ItaChartShape *s;
      double h;

      ita_chart_text_size (l, NULL, &h);
      s = ita_chart_add_text (self, ITA_CHART_ROLE_CATEGORY_LABEL, l, x - (col_w - self->gap / 4) / 2, y, 0,
                              ita_chart_ink (self));
      s->category = i;
      if (*grade != '\0')
        {
          l = ita_chart_text_layout (self, grade, self->small, FALSE, col_w - self->gap / 4, 1, PANGO_ALIGN_CENTER);
          s = ita_chart_add_text (self, ITA_CHART_ROLE_GRADE_LABEL, l, x - (col_w - self->gap / 4) / 2, y + h, 0,
                                  ita_chart_muted ());
          s->category = i;
        }
    }
}

/* The line through the totals at px,py, broken where a year has none
 * (py is NAN), then a point and its value for each total. */
static void
trend_line (ItaChartLayout       *self,
            const ItaChartSeries *totals,
            const double         *px,
            const double         *py,
            double                top)
{
  guint n = self->data->categories->len;
  ItaChartShape *s;

  for (guint i = 0; i + 1 < n; i++)
    {
      if (isnan (py[i]) || isnan (py[i + 1]))
        continue;
      s = ita_chart_add_line (self, ITA_CHART_ROLE_SERIES, px[i], py[i], px[i + 1], py[i + 1],
                              ita_chart_series_color (self, 0), self->line, FALSE);
      s->series = 0;
    }
  for (guint i = 0; i < n; i++)
    {
      ItaCenti v = totals->values[i];
      g_autofree char *text = NULL;
      PangoLayout *l;
      double w, h, y;

      if (v == ITA_CENTI_NONE)
        continue;
      s = ita_chart_add (self, ITA_CHART_SHAPE_MARKER, ITA_CHART_ROLE_POINT);
      s->x0 = px[i];
      s->y0 = py[i];
      s->size = MAX (7, self->body * 0.55);
      s->marker = ita_chart_series_marker (0);
      s->fill = ita_chart_series_color (self, 0);
      s->stroke = (ItaChartColor) { 1, 1, 1, 1 };
      s->line_width = self->thin;
      s->category = i;
      s->series = 0;
      s->value = v;
      s->rect = (ItaChartRect) { px[i] - s->size / 2, py[i] - s->size / 2, s->size, s->size };

      text = ita_chart_format_value (self->style, v);
      l = ita_chart_text_layout (self, text, self->body, TRUE, 0, 0, PANGO_ALIGN_LEFT);
      ita_chart_text_size (l, &w, &h);
      y = py[i] - h - s->size * 0.6;
      if (y < top)
        y = py[i] + s->size * 0.6;
      s = ita_chart_add_plated_text (self, ITA_CHART_ROLE_VALUE_LABEL, l, px[i] - w / 2, y, 0,
                                     ita_chart_ink (self));
      s->category = i;
      s->value = v;
    }
}

void
ita_chart_layout_trend (ItaChartLayout *self,
                        double          top)
{
  guint n = self->data->categories->len;
  const ItaChartSeries *totals = g_ptr_array_index (self->data->series, 0);
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (ItaChartLegendItem));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) bands = g_ptr_array_new ();
  ItaCenti lo = self->data->pass_mark, hi = ITA_CENTI_MAX;
  double bottom, cat_h, axis_title_h, col_w, value_h, yp;
  g_autofree double *px = g_new0 (double, MAX (n, 1));
  g_autofree double *py = g_new0 (double, MAX (n, 1));
  ItaChartShape *s;

  for (guint i = 0; i < self->data->bands->len; i++)
    {
      ItaChartBand *b = g_ptr_array_index (self->data->bands, i);

      if (b->tools_min == ITA_CENTI_NONE)
        g_ptr_array_add (bands, b);
    }
  /* the axis starts at a round figure under the lowest total */
  for (guint i = 0; i < n; i++)
    if (totals->values[i] != ITA_CENTI_NONE)
      lo = MIN (lo, totals->values[i]);
  lo = MAX (0, (lo - 500) / 1000 * 1000);

  trend_legend (self, bands, lo, items, texts);
  bottom = self->height - self->margin - ita_chart_layout_legend (self, (gpointer) items->data, items->len,
                                                                  self->height - self->margin) - self->gap;

  cat_h = ita_chart_line_height (self, self->body) + ita_chart_line_height (self, self->small);
  axis_title_h = ita_chart_line_height (self, self->small);
  value_h = ita_chart_line_height (self, self->body);
  self->plot.x = round (self->margin + axis_title_h + self->gap / 3 + ita_chart_tick_label_width (self, hi)
                        + self->gap / 3);
  self->plot.y = round (top + value_h * 0.6);
  self->plot.width = round (self->width - self->margin - self->plot.x);
  self->plot.height = round (bottom - axis_title_h - cat_h - self->gap / 2 - self->plot.y);
  col_w = trend_columns (self, px);
  for (guint i = 0; i < n; i++)
    py[i] = totals->values[i] == ITA_CENTI_NONE ? NAN : trend_y (self, totals->values[i], lo, hi);

  trend_bands (self, bands, lo, hi);
  trend_axes (self, lo, hi, bottom - axis_title_h);
  yp = trend_y (self, self->data->pass_mark, lo, hi);
  s = ita_chart_add_line (self, ITA_CHART_ROLE_PASS_LINE, self->plot.x, yp, self->plot.x + self->plot.width, yp,
                          ita_chart_ink (self), self->line, TRUE);
  s->value = self->data->pass_mark;
  trend_years (self, px, col_w);
  trend_line (self, totals, px, py, top);
}

/* timeline ---------------------------------------------------------------- */

static const ItaChartPattern state_patterns[ITA_CHART_MEASURE_N_STATES] = {
  ITA_CHART_PATTERN_NONE, ITA_CHART_PATTERN_HATCH, ITA_CHART_PATTERN_SOLID,
};
static const ItaChartColorId state_colors[ITA_CHART_MEASURE_N_STATES] = {
  ITA_CHART_COLOR_BLUE, ITA_CHART_COLOR_ORANGE, ITA_CHART_COLOR_GREEN,
};

/* The fiscal year shown (Buddhist era): the data's, or else that of the
 * first measure. */
static int
timeline_fiscal_year (ItaChartLayout *self)
{
  const ItaChartMeasure *m;
  int y;

  if (self->data->fiscal_year > 0)
    return self->data->fiscal_year;
  m = g_ptr_array_index (self->data->measures, 0);
  y = g_date_get_year (&m->start) + 543;
  return g_date_get_month (&m->start) >= 10 ? y + 1 : y;
}

/* A box per state of a measure. */
static void
timeline_legend (ItaChartLayout *self,
                 GArray         *items,
                 GPtrArray      *texts)
{
  for (guint k = 0; k < ITA_CHART_MEASURE_N_STATES; k++)
    {
      ItaChartLegendItem item = { 0 };

      item.swatch = ITA_CHART_SWATCH_BOX;
      item.color = ita_chart_color (self, state_colors[k]);
      item.pattern = state_patterns[k];
      item.series = k;
      item.text = g_strdup (ita_chart_text (self->style, ITA_CHART_TEXT_MEASURE_PLANNED + k));
      g_ptr_array_add (texts, item.text);
      g_array_append_val (items, item);
    }
}

/* The months of fiscal year fy from first (days long): shading, lines and
 * names, with the calendar year above them in a header head_h high. */
static void
timeline_months (ItaChartLayout *self,
                 int             fy,
                 const GDate    *first,
                 double          days,
                 double          head_h)
{
  ItaChartShape *s;

  for (int m = 0; m < 12; m++)
    {
      int month = (m + 9) % 12 + 1;
      int year = m < 3 ? fy - 543 - 1 : fy - 543;
      GDate d0, d1;
      double x0, x1;
      PangoLayout *l;

      g_date_clear (&d0, 1);
      g_date_set_dmy (&d0, 1, month, year);
      d1 = d0;
      g_date_add_months (&d1, 1);
      x0 = round (self->plot.x + self->plot.width * g_date_days_between (first, &d0) / days);
      x1 = round (self->plot.x + self->plot.width * g_date_days_between (first, &d1) / days);
      if (m % 2 == 1)
        ita_chart_add_rect (self, ITA_CHART_ROLE_GRID, x0, self->plot.y, x1 - x0, self->plot.height,
                            (ItaChartColor) { 0.95, 0.95, 0.95, 1 }, ITA_CHART_PATTERN_SOLID);
      ita_chart_add_line (self, ITA_CHART_ROLE_GRID, x0, self->plot.y, x0, self->plot.y + self->plot.height,
                          ita_chart_grid_color (), self->thin, FALSE);
      l = ita_chart_text_layout (self, ita_chart_month_abbrev (self->style, month), self->small, FALSE,
                                 x1 - x0 - 2, 1, PANGO_ALIGN_CENTER);
      s = ita_chart_add_text (self, ITA_CHART_ROLE_TICK_LABEL, l, x0 + 1, self->plot.y - head_h / 2 - self->gap / 4,
                              0, ita_chart_ink (self));
      s->value = month;
      if (m == 0 || m == 3)
        {
          g_autofree char *be = ita_chart_format_int (self->style, year + 543);
          g_autofree char *text = self->style->language == ITA_CHART_LANG_TH
            ? g_strdup_printf ("พ.ศ. %s", be) : g_strdup_printf ("%d", year);
          double span = self->plot.width * (m == 0 ? 92.0 : 273.0) / days;

          l = ita_chart_text_layout (self, text, self->small, TRUE, span - 4, 1, PANGO_ALIGN_LEFT);
          ita_chart_add_text (self, ITA_CHART_ROLE_AXIS_LABEL, l, x0 + 4, self->plot.y - head_h - self->gap / 4, 0,
                              ita_chart_muted ());
        }
    }
  ita_chart_add_line (self, ITA_CHART_ROLE_GRID, self->plot.x + self->plot.width, self->plot.y,
                      self->plot.x + self->plot.width, self->plot.y + self->plot.height,
                      ita_chart_grid_color (), self->thin, FALSE);
}

/* The unit of measure i inside its bar r, when it fits. */
static void
timeline_unit (ItaChartLayout        *self,
               const ItaChartMeasure *m,
               guint                  i,
               const ItaChartRect    *r)
{
  PangoLayout *ul = ita_chart_text_layout (self, m->unit, self->small, FALSE, 0, 0, PANGO_ALIGN_LEFT);
  ItaChartShape *s;
  double uw, uh;

  ita_chart_text_size (ul, &uw, &uh);
  if (uw + self->gap < r->width && uh <= r->height)
    {
      if (m->state != ITA_CHART_MEASURE_DONE)
        ita_chart_add_rect (self, ITA_CHART_ROLE_DECORATION, r->x + self->gap / 2 - 2, r->y + (r->height - uh) / 2,
                            uw + 4, uh, (ItaChartColor) { 1, 1, 1, 0.9 }, ITA_CHART_PATTERN_SOLID);
      s = ita_chart_add_text (self, ITA_CHART_ROLE_VALUE_LABEL, ul, r->x + self->gap / 2,
                              r->y + (r->height - uh) / 2, 0,
                              m->state == ITA_CHART_MEASURE_DONE ? (ItaChartColor) { 1, 1, 1, 1 }
                                                                 : ita_chart_ink (self));
      s->category = i;
    }
  else
    g_object_unref (ul);
}

/* Measure i: its numbered title before the plot and a bar over its
 * period (from first, days long), with its unit inside. */
static void
timeline_row (ItaChartLayout *self,
              guint           i,
              const GDate    *first,
              double          days,
              double          row_h,
              double          label_w)
{
  const ItaChartMeasure *m = g_ptr_array_index (self->data->measures, i);
  double y_mid = self->plot.y + row_h * (i + 0.5);
  double bar_h = MIN (row_h * 0.6, self->body * 1.8);
  double size = row_h >= ita_chart_line_height (self, self->body) * 1.2 ? self->body : self->small;
  int lines = MAX (1, MIN (2, (int) floor ((row_h - 2) / ita_chart_line_height (self, size))));
  g_autofree char *number = ita_chart_format_int (self->style, i + 1);
  g_autofree char *text = g_strdup_printf ("%s. %s", number, m->title);
  PangoLayout *l = ita_chart_text_layout (self, text, size, FALSE, label_w, lines, PANGO_ALIGN_LEFT);
  ItaChartShape *s;
  ItaChartRect r;
  double h, d0, d1;

  ita_chart_text_size (l, NULL, &h);
  s = ita_chart_add_text (self, ITA_CHART_ROLE_CATEGORY_LABEL, l, self->margin, y_mid - h / 2, 0,
                          ita_chart_ink (self));
  s->category = i;

  d0 = CLAMP (g_date_days_between (first, &m->start), 0, days);
  d1 = CLAMP (g_date_days_between (first, &m->end) + 1, 0, days);
  if (d1 <= d0)
    return;
  s = ita_chart_add_rect (self, ITA_CHART_ROLE_BAR,
                          round (self->plot.x + self->plot.width * d0 / days), round (y_mid - bar_h / 2),
                          round (self->plot.width * (d1 - d0) / days), round (bar_h),
                          ita_chart_color (self, state_colors[m->state]), state_patterns[m->state]);
  s->category = i;
  s->series = m->state;
  s->stroke = ita_chart_color (self, state_colors[m->state]);
  s->line_width = self->line;
  r = s->rect;
  if (m->unit != NULL && *m->unit != '\0')
    timeline_unit (self, m, i, &r);
}

void
ita_chart_layout_timeline (ItaChartLayout *self,
                           double          top)
{
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (ItaChartLegendItem));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  int fy = timeline_fiscal_year (self);
  GDate first, last;
  double bottom, label_w, head_h, row_h, min_row, days;
  guint shown, n = self->data->measures->len;

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&first, 1, 10, fy - 543 - 1);
  g_date_set_dmy (&last, 30, 9, fy - 543);
  days = g_date_days_between (&first, &last) + 1;

  timeline_legend (self, items, texts);
  bottom = self->height - self->margin - ita_chart_layout_legend (self, (gpointer) items->data, items->len,
                                                                  self->height - self->margin) - self->gap;

  head_h = ita_chart_line_height (self, self->small) * 2;
  label_w = ceil ((self->width - 2 * self->margin) * 0.30);
  self->plot.x = round (self->margin + label_w + self->gap / 2);
  self->plot.y = round (top + head_h + self->gap / 4);
  self->plot.width = round (self->width - self->margin - self->plot.x);
  self->plot.height = round (bottom - self->plot.y);

  /* as many rows as fit with one line of text each; a note for the rest */
  min_row = ita_chart_line_height (self, self->small) * 1.25;
  shown = n;
  if (self->plot.height / n < min_row)
    {
      shown = MAX (1, (guint) floor (self->plot.height / min_row) - 1);
      self->plot.height -= min_row;
    }
  row_h = MIN (self->plot.height / MAX (shown, 1), ita_chart_line_height (self, self->body) * 3.2);

  timeline_months (self, fy, &first, days, head_h);
  for (guint i = 0; i < shown; i++)
    timeline_row (self, i, &first, days, row_h, label_w);

  if (shown < n)
    {
      g_autofree char *count = ita_chart_format_int (self->style, n - shown);
      g_autofree char *text = g_strdup_printf (ita_chart_text (self->style, ITA_CHART_TEXT_MORE_MEASURES), count);

      ita_chart_add_text (self, ITA_CHART_ROLE_NOTE,
                          ita_chart_text_layout (self, text, self->small, FALSE, label_w, 1, PANGO_ALIGN_LEFT),
                          self->margin, self->plot.y + self->plot.height + self->gap / 4, 0, ita_chart_muted ());
    }
}
