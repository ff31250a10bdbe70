/* ita-chart-layout-bars.c: the bar charts' shared pieces (category labels,
 * the pass-mark legend, labels inside bars) and two kinds — indicators and
 * tools; years and oit have files of their own */
#include "config.h"

#include <math.h>

#include "ita-chart-layout-private.h"

const ItaChartCategory *
ita_chart_category (ItaChartLayout *self,
          guint           i)
{
  return g_ptr_array_index (self->data->categories, i);
}

const ItaChartSeries *
ita_chart_series (ItaChartLayout *self,
        guint           i)
{
  return g_ptr_array_index (self->data->series, i);
}

/* "1 การปฏิบัติหน้าที่" */
char *
ita_chart_category_text (ItaChartLayout *self,
               guint           i)
{
  const ItaChartCategory *c = ita_chart_category (self, i);
  const char *name = ita_chart_pick (self->style, c->name_th, c->name_en);
  g_autofree char *key = ita_chart_digits (self->style, c->key);

  /* the mark leads, so that abbreviating a long name never drops it */
  if (*name == '\0')
    return g_strdup_printf ("%s%s", c->marked ? "* " : "", key);
  return g_strdup_printf ("%s%s %s", c->marked ? "* " : "", key, name);
}

/* The widest natural (one-line) category label, capped. */
double
ita_chart_label_column_width (ItaChartLayout *self,
                    double          size,
                    double          cap)
{
  double widest = 0;

  for (guint i = 0; i < self->data->categories->len; i++)
    {
      g_autofree char *text = ita_chart_category_text (self, i);

      widest = MAX (widest, ita_chart_text_width (self, text, size, FALSE));
    }
  return ceil (MIN (widest + 1, cap));
}

/* A category label in a column right-aligned at x_right, centred on y. */
void
ita_chart_add_row_label (ItaChartLayout *self,
               guint           i,
               double          x_right,
               double          width,
               double          y_mid,
               double          row_h,
               double          size)
{
  g_autofree char *text = ita_chart_category_text (self, i);
  int lines = MAX (1, (int) floor (row_h * 0.96 / ita_chart_line_height (self, size)));
  PangoLayout *layout = ita_chart_text_layout (self, text, size, FALSE, width, lines,
                                               PANGO_ALIGN_RIGHT);
  ItaChartShape *s;
  double h;

  ita_chart_text_size (layout, NULL, &h);
  s = ita_chart_add_text (self, ITA_CHART_ROLE_CATEGORY_LABEL, layout,
                          x_right - width, y_mid - h / 2, 0, ita_chart_ink (self));
  s->category = i;
}

void
ita_chart_add_pass_legend (ItaChartLayout     *self,
                 GArray             *items,
                 GPtrArray          *texts)
{
  g_autofree char *mark = ita_chart_format_short (self->style, self->data->pass_mark);
  ItaChartLegendItem item = { 0 };

  item.swatch = ITA_CHART_SWATCH_DASH;
  item.color = ita_chart_ink (self);
  item.dashed = TRUE;
  item.series = -1;
  item.text = g_strdup_printf (ita_chart_text (self->style, ITA_CHART_TEXT_PASS_MARK), mark);
  g_ptr_array_add (texts, item.text);
  g_array_append_val (items, item);
}

double
ita_chart_legend_at_bottom (ItaChartLayout *self,
                  GArray         *items)
{
  return ita_chart_layout_legend (self, (ItaChartLegendItem *) (gpointer) items->data,
                                  items->len, self->height - self->margin);
}

/* A horizontal pass line through the plot with its label above the plot. */
static void
add_vertical_pass_line (ItaChartLayout *self,
                        double          y_top,
                        double          y_bottom,
                        gboolean        label)
{
  const ItaChartRect *p = &self->plot;
  double x = p->x + p->width * self->data->pass_mark / ITA_CENTI_MAX;
  ItaChartShape *s;

  s = ita_chart_add_line (self, ITA_CHART_ROLE_PASS_LINE, x, y_top, x, y_bottom,
                          ita_chart_ink (self), self->line, TRUE);
  s->value = self->data->pass_mark;
  if (label)
    {
      g_autofree char *mark = ita_chart_format_short (self->style, self->data->pass_mark);
      g_autofree char *text = g_strdup_printf (ita_chart_text (self->style, ITA_CHART_TEXT_PASS_MARK), mark);
      double w = ita_chart_text_width (self, text, self->small, TRUE);
      double lx = CLAMP (x - w / 2, self->margin, self->width - self->margin - w);

      s = ita_chart_add_label (self, ITA_CHART_ROLE_PASS_LABEL, text, self->small, TRUE, lx,
                               y_top - ita_chart_line_height (self, self->small), PANGO_ALIGN_LEFT,
                               ita_chart_ink (self));
      s->value = self->data->pass_mark;
    }
}

/* indicators ------------------------------------------------------------ */

static gboolean
has_raise_line (ItaChartLayout *self)
{
  return self->data->raise_mark != ITA_CENTI_NONE && self->data->raise_mark != self->data->pass_mark;
}

/* A box for each colour the bars use (at or above the pass mark, below
 * it) and the pass line. */
static void
indicators_legend (ItaChartLayout       *self,
                   const ItaChartSeries *values,
                   GArray               *items,
                   GPtrArray            *texts)
{
  g_autofree char *mark = ita_chart_format_short (self->style, self->data->pass_mark);
  gboolean any_pass = FALSE, any_below = FALSE;
  ItaChartLegendItem item = { 0 };

  for (guint i = 0; i < self->data->categories->len; i++)
    {
      if (values->values[i] == ITA_CENTI_NONE)
        continue;
      if (values->values[i] >= self->data->pass_mark)
        any_pass = TRUE;
      else
        any_below = TRUE;
    }

  item.swatch = ITA_CHART_SWATCH_BOX;
  item.series = -1;
  if (any_pass)
    {
      item.color = ita_chart_color (self, ITA_CHART_COLOR_BLUE);
      item.pattern = ITA_CHART_PATTERN_SOLID;
      item.text = g_strdup_printf (ita_chart_text (self->style, ITA_CHART_TEXT_AT_OR_ABOVE_PASS), mark);
      g_ptr_array_add (texts, item.text);
      g_array_append_val (items, item);
    }
  if (any_below)
    {
      item.color = ita_chart_color (self, ITA_CHART_COLOR_VERMILLION);
      item.pattern = ITA_CHART_PATTERN_HATCH;
      item.text = g_strdup_printf (ita_chart_text (self->style, ITA_CHART_TEXT_BELOW_PASS), mark);
      g_ptr_array_add (texts, item.text);
      g_array_append_val (items, item);
    }
  /* 85 is the grade's pass mark; 90 is where the Scores view's next-year
   * category "improve" starts: both said, so that a bar past the pass
   * line and "improve" in the table do not seem to disagree */
  item = (ItaChartLegendItem) { 0 };
  item.swatch = ITA_CHART_SWATCH_DASH;
  item.color = ita_chart_ink (self);
  item.dashed = TRUE;
  item.series = -1;
  item.text = g_strdup_printf (ita_chart_text (self->style, ITA_CHART_TEXT_PASS_MARK_GRADE), mark);
  g_ptr_array_add (texts, item.text);
  g_array_append_val (items, item);
  if (has_raise_line (self))
    {
      g_autofree char *raise = ita_chart_format_short (self->style, self->data->raise_mark);

      item.color = ita_chart_color (self, ITA_CHART_COLOR_VERMILLION);
      item.text = g_strdup_printf (ita_chart_text (self->style, ITA_CHART_TEXT_BELOW_RAISE), raise);
      g_ptr_array_add (texts, item.text);
      g_array_append_val (items, item);
    }
}

/* The thin line at the raise mark (90), under the pass line. */
static void
add_raise_line (ItaChartLayout *self,
                double          y_top,
                double          y_bottom)
{
  double x = self->plot.x + self->plot.width * self->data->raise_mark / ITA_CENTI_MAX;
  ItaChartShape *s;

  s = ita_chart_add_line (self, ITA_CHART_ROLE_THRESHOLD_LINE, x, y_top, x, y_bottom,
                          ita_chart_color (self, ITA_CHART_COLOR_VERMILLION), MAX (1.0, self->line * 0.75), TRUE);
  s->value = self->data->raise_mark;
}

/* Each indicator's label and bar, one row each. */
static void
indicators_bars (ItaChartLayout       *self,
                 const ItaChartSeries *values,
                 double                row_h,
                 double                label_w,
                 double                label_size)
{
  ItaChartColor pass_color = ita_chart_color (self, ITA_CHART_COLOR_BLUE);
  ItaChartColor below_color = ita_chart_color (self, ITA_CHART_COLOR_VERMILLION);

  for (guint i = 0; i < self->data->categories->len; i++)
    {
      ItaCenti v = values->values[i];
      double y_mid = self->plot.y + row_h * (i + 0.5);
      double bar_h = MIN (row_h * 0.66, self->body * 2.2);
      double x1 = self->plot.x + self->plot.width * MAX (v, 0) / ITA_CENTI_MAX;
      gboolean pass = v >= self->data->pass_mark;
      ItaChartShape *s;

      ita_chart_add_row_label (self, i, self->plot.x - self->gap / 2, label_w, y_mid, row_h, label_size);
      if (v == ITA_CENTI_NONE)
        continue;
      s = ita_chart_add_rect (self, ITA_CHART_ROLE_BAR, self->plot.x, round (y_mid - bar_h / 2),
                              round (x1) - self->plot.x, round (y_mid + bar_h / 2) - round (y_mid - bar_h / 2),
                              pass ? pass_color : below_color,
                              pass ? ITA_CHART_PATTERN_SOLID : ITA_CHART_PATTERN_HATCH);
      s->category = i;
      s->series = 0;
      s->value = v;
    }
}

/* The values after the bars, added last so that they lie over the pass
 * line; "no score" where there is none. */
static void
indicators_values (ItaChartLayout       *self,
                   const ItaChartSeries *values,
                   double                row_h,
                   double                label_size)
{
  /* rows too low for the body size take the small one */
  double value_size = row_h >= ita_chart_line_height (self, self->body) ? self->body : MIN (self->small, label_size);

  for (guint i = 0; i < self->data->categories->len; i++)
    {
      ItaCenti v = values->values[i];
      double y_mid = self->plot.y + row_h * (i + 0.5);
      g_autofree char *text = v == ITA_CENTI_NONE ? g_strdup (ita_chart_text (self->style, ITA_CHART_TEXT_NO_SCORE))
                                                  : ita_chart_format_value (self->style, v);
      double size = v == ITA_CENTI_NONE ? self->small : value_size;
      PangoLayout *l = ita_chart_text_layout (self, text, size, v != ITA_CENTI_NONE, 0, 0, PANGO_ALIGN_LEFT);
      double x = v == ITA_CENTI_NONE ? self->plot.x + self->gap / 3
                                     : round (self->plot.x + self->plot.width * v / ITA_CENTI_MAX) + self->gap / 3;
      ItaChartShape *s;
      double h;

      ita_chart_text_size (l, NULL, &h);
      s = ita_chart_add_plated_text (self, ITA_CHART_ROLE_VALUE_LABEL, l, x, y_mid - h / 2, 0,
                                     v == ITA_CENTI_NONE ? ita_chart_muted () : ita_chart_ink (self));
      s->category = i;
      s->value = v;
    }
}

void
ita_chart_layout_indicators (ItaChartLayout *self,
                             double          top)
{
  const ItaChartSeries *values = ita_chart_series (self, 0);
  guint n = self->data->categories->len;
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (ItaChartLegendItem));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  double bottom, label_w, value_w, row_h, label_size, tick_h, pass_h;

  indicators_legend (self, values, items, texts);
  bottom = self->height - self->margin - ita_chart_legend_at_bottom (self, items) - self->gap;
  tick_h = ita_chart_line_height (self, self->small);
  pass_h = tick_h;
  label_size = self->body;
  row_h = (bottom - tick_h - top - self->gap / 3 - pass_h) / MAX (n, 1);
  if (row_h < ita_chart_line_height (self, label_size) * 1.15)
    label_size = self->small;
  /* rows lower than a line of the small size (a small chart with a
   * status note) take a size whose line fits the row */
  if (ita_chart_line_height (self, label_size) > row_h * 0.96)
    label_size = label_size * row_h * 0.96 / ita_chart_line_height (self, label_size);

  label_w = ita_chart_label_column_width (self, label_size, (self->width - 2 * self->margin) * ITA_CHART_MAX_LABEL_SHARE);
  value_w = ita_chart_text_width (self, "100.00", self->body, TRUE) + self->gap / 2;
  self->plot.x = round (self->margin + label_w + self->gap / 2);
  self->plot.y = round (top + pass_h);
  self->plot.width = round (self->width - self->margin - value_w - self->plot.x);
  self->plot.height = round (bottom - tick_h - self->gap / 3 - self->plot.y);
  row_h = self->plot.height / MAX (n, 1);

  ita_chart_value_axis (self, TRUE, 0, ITA_CENTI_MAX, 2000, TRUE);
  indicators_bars (self, values, row_h, label_w, label_size);
  if (has_raise_line (self))
    add_raise_line (self, self->plot.y, self->plot.y + self->plot.height);
  add_vertical_pass_line (self, self->plot.y - pass_h * 0.15, self->plot.y + self->plot.height, TRUE);
  indicators_values (self, values, row_h, label_size);
}

/* tools --------------------------------------------------------------- */

static const ItaChartColorId tool_colors[] = {
  ITA_CHART_COLOR_BLUE, ITA_CHART_COLOR_ORANGE, ITA_CHART_COLOR_GREEN,
};
static const ItaChartPattern tool_patterns[] = {
  ITA_CHART_PATTERN_SOLID, ITA_CHART_PATTERN_HATCH, ITA_CHART_PATTERN_DOTS,
};

static ItaChartColor
text_on (const ItaChartLayout *self,
         ItaChartPattern       pattern)
{
  if (pattern == ITA_CHART_PATTERN_SOLID)
    return (ItaChartColor) { 1, 1, 1, 1 };
  return ita_chart_ink (self);
}

/* A label centred in a bar segment, only when it fits inside. */
void
ita_chart_add_inner_label (ItaChartLayout     *self,
                 const char         *text,
                 const ItaChartRect *bar,
                 ItaChartPattern     pattern,
                 int                 category,
                 int                 series)
{
  PangoLayout *layout = ita_chart_text_layout (self, text, self->small, TRUE, 0, 0, PANGO_ALIGN_LEFT);
  ItaChartShape *s;
  double w, h;

  ita_chart_text_size (layout, &w, &h);
  if (w + self->gap / 2 > bar->width || h > bar->height * 1.05)
    {
      g_object_unref (layout);
      return;
    }
  if (pattern != ITA_CHART_PATTERN_SOLID)
    {
      /* a white plate keeps the text readable over the pattern */
      ita_chart_add_rect (self, ITA_CHART_ROLE_DECORATION,
                          bar->x + (bar->width - w) / 2 - self->gap / 6, bar->y + (bar->height - h) / 2,
                          w + self->gap / 3, h, (ItaChartColor) { 1, 1, 1, 0.9 }, ITA_CHART_PATTERN_SOLID);
    }
  s = ita_chart_add_text (self, ITA_CHART_ROLE_VALUE_LABEL, layout, bar->x + (bar->width - w) / 2,
                          bar->y + (bar->height - h) / 2, 0, text_on (self, pattern));
  s->category = category;
  s->series = series;
}

/* The width of the value column: it holds "29.96 of 30" and the total. */
static double
tools_value_width (ItaChartLayout *self,
                   guint           n)
{
  const ItaChartSeries *points = ita_chart_series (self, 1);
  double value_w = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *v = ita_chart_format_value (self->style, points->values[i] == ITA_CENTI_NONE
                                                   ? 0 : points->values[i]);
      g_autofree char *w = ita_chart_format_short (self->style, ita_chart_category (self, i)->weight == ITA_CENTI_NONE
                                                   ? 0 : ita_chart_category (self, i)->weight);
      g_autofree char *t = g_strdup_printf (ita_chart_text (self->style, ITA_CHART_TEXT_OF_WEIGHT), v, w);

      value_w = MAX (value_w, ita_chart_text_width (self, t, self->body, TRUE));
    }
  return MAX (value_w, ita_chart_text_width (self, "100.00", self->body * 1.2, TRUE)) + self->gap / 2;
}

/* The label before row i, right-aligned: the tool's name over its score
 * and weight, or "Total" for the last row (i == n). */
static void
tools_row_label (ItaChartLayout *self,
                 guint           i,
                 guint           n,
                 double          label_w,
                 double          row_h)
{
  const ItaChartSeries *scores = ita_chart_series (self, 0);
  double y_mid = self->plot.y + row_h * (i + 0.5);
  double lh1, lh2 = 0;
  PangoLayout *l1, *l2 = NULL;
  g_autofree char *head = NULL;
  g_autofree char *detail = NULL;
  ItaChartShape *s;

  if (i == n)
    head = g_strdup (ita_chart_text (self->style, ITA_CHART_TEXT_TOTAL));
  else
    {
      const ItaChartCategory *c = ita_chart_category (self, i);
      const char *name = ita_chart_pick (self->style, c->name_th, c->name_en);
      g_autofree char *score = scores->values[i] == ITA_CENTI_NONE
        ? g_strdup (ita_chart_text (self->style, ITA_CHART_TEXT_NO_SCORE))
        : ita_chart_format_value (self->style, scores->values[i]);
      g_autofree char *weight = ita_chart_format_short (self->style,
                                                        c->weight == ITA_CENTI_NONE ? 0 : c->weight);

      head = *name != '\0' ? g_strdup_printf ("%s%s %s", c->marked ? "* " : "", c->key, name)
                           : g_strdup_printf ("%s%s", c->marked ? "* " : "", c->key);
      detail = g_strdup_printf (ita_chart_text (self->style, ITA_CHART_TEXT_TOOL_SCORE), score, weight);
    }

  l1 = ita_chart_text_layout (self, head, self->body, TRUE, label_w,
                              detail != NULL && row_h > 3.4 * ita_chart_line_height (self, self->body) ? 2 : 1,
                              PANGO_ALIGN_RIGHT);
  ita_chart_text_size (l1, NULL, &lh1);
  if (detail != NULL)
    {
      int lines = MAX (1, (int) floor ((row_h * 0.96 - lh1) / ita_chart_line_height (self, self->small)));

      l2 = ita_chart_text_layout (self, detail, self->small, FALSE, label_w, MIN (lines, 2),
                                  PANGO_ALIGN_RIGHT);
      ita_chart_text_size (l2, NULL, &lh2);
    }
  s = ita_chart_add_text (self, ITA_CHART_ROLE_CATEGORY_LABEL, l1, self->plot.x - self->gap - label_w,
                          y_mid - (lh1 + lh2) / 2, 0, ita_chart_ink (self));
  s->category = i;
  if (l2 != NULL)
    {
      s = ita_chart_add_text (self, ITA_CHART_ROLE_CATEGORY_LABEL, l2,
                              self->plot.x - self->gap - label_w, y_mid - (lh1 + lh2) / 2 + lh1, 0,
                              ita_chart_muted ());
      s->category = i;
    }
}

/* Row i of n tools: a track as long as the tool's weight, the points it
 * earned over it, the same amount stacked onto the total row from *x_acc
 * (which moves on past it), and "29.96 of 30" after the track. */
static void
tools_row_bars (ItaChartLayout *self,
                guint           i,
                guint           n,
                double          row_h,
                double         *x_acc)
{
  const ItaChartSeries *points = ita_chart_series (self, 1);
  const ItaChartCategory *c = ita_chart_category (self, i);
  double y_mid = self->plot.y + row_h * (i + 0.5);
  double bar_h = MIN (row_h * 0.5, self->body * 2.4);
  double y0 = round (y_mid - bar_h / 2), y1 = round (y_mid + bar_h / 2);
  ItaCenti weight = c->weight == ITA_CENTI_NONE ? 0 : c->weight;
  ItaCenti v = points->values[i];
  double xw = self->plot.x + self->plot.width * weight / ITA_CENTI_MAX;
  ItaChartColor color = ita_chart_color (self, tool_colors[i]);
  g_autofree char *vt = ita_chart_format_value (self->style, v == ITA_CENTI_NONE ? 0 : v);
  g_autofree char *wt = ita_chart_format_short (self->style, weight);
  g_autofree char *label = g_strdup_printf (ita_chart_text (self->style, ITA_CHART_TEXT_OF_WEIGHT), vt, wt);
  ItaChartShape *s;

  s = ita_chart_add_rect (self, ITA_CHART_ROLE_TRACK, self->plot.x, y0, round (xw) - self->plot.x,
                          y1 - y0, ita_chart_track_color (), ITA_CHART_PATTERN_SOLID);
  s->stroke = ita_chart_grid_color ();
  s->line_width = self->thin;
  s->category = i;
  if (v != ITA_CENTI_NONE)
    {
      double x1 = self->plot.x + self->plot.width * v / ITA_CENTI_MAX;
      ItaChartRect seg = { round (*x_acc), y0 + (y1 - y0) * 0, 0, y1 - y0 };
      double xs = *x_acc + self->plot.width * v / ITA_CENTI_MAX;

      s = ita_chart_add_rect (self, ITA_CHART_ROLE_BAR, self->plot.x, y0, round (x1) - self->plot.x,
                              y1 - y0, color, tool_patterns[i]);
      s->category = i;
      s->series = 1;
      s->value = v;
      /* the same amount stacked in the total row */
      seg.y = round (self->plot.y + row_h * (n + 0.5) - bar_h / 2);
      seg.height = round (self->plot.y + row_h * (n + 0.5) + bar_h / 2) - seg.y;
      seg.width = round (xs) - seg.x;
      s = ita_chart_add_rect (self, ITA_CHART_ROLE_BAR, seg.x, seg.y, seg.width, seg.height,
                              color, tool_patterns[i]);
      s->category = n;
      s->series = i;
      s->value = v;
      s->stroke = (ItaChartColor) { 1, 1, 1, 1 };
      s->line_width = self->thin;
      *x_acc = xs;
    }
  s = ita_chart_add_label (self, ITA_CHART_ROLE_VALUE_LABEL, label, self->body, TRUE,
                           round (xw) + self->gap / 3, y_mid, PANGO_ALIGN_LEFT, ita_chart_ink (self));
  s->category = i;
  s->value = v;
  s->y0 -= s->rect.height / 2;
  s->rect.y -= s->rect.height / 2;
}

/* Labels inside the segments of the stacked total (row n), once every
 * segment exists. */
static void
tools_total_labels (ItaChartLayout *self,
                    guint           n)
{
  for (guint i = 0, shapes = self->shapes->len; i < shapes; i++)
    {
      const ItaChartShape *seg = ita_chart_layout_get_shape (self, i);
      ItaChartRect r;
      g_autofree char *vt = NULL;
      ItaChartPattern pattern;
      int which;

      if (seg->role != ITA_CHART_ROLE_BAR || seg->category != (int) n)
        continue;
      r = seg->rect;
      which = seg->series;
      pattern = seg->pattern;
      vt = ita_chart_format_value (self->style, seg->value);
      ita_chart_add_inner_label (self, vt, &r, pattern, n, which);
    }
}

/* The rest of the total row (n) from x_acc: the empty track, the pass
 * line across it with its label above, and the total after it. */
static void
tools_total_row (ItaChartLayout *self,
                 guint           n,
                 double          row_h,
                 double          x_acc)
{
  double y_mid = self->plot.y + row_h * (n + 0.5);
  double bar_h = MIN (row_h * 0.5, self->body * 2.4);
  double y0 = round (y_mid - bar_h / 2), y1 = round (y_mid + bar_h / 2);
  double xp = self->plot.x + self->plot.width * self->data->pass_mark / ITA_CENTI_MAX;
  g_autofree char *mark = ita_chart_format_short (self->style, self->data->pass_mark);
  g_autofree char *pass = g_strdup_printf (ita_chart_text (self->style, ITA_CHART_TEXT_PASS_MARK), mark);
  g_autofree char *total_text = NULL;
  double pw = ita_chart_text_width (self, pass, self->small, TRUE);
  double ph = ita_chart_line_height (self, self->small);
  ItaChartShape *s;

  s = ita_chart_add_rect (self, ITA_CHART_ROLE_TRACK, round (x_acc), y0,
                          self->plot.x + self->plot.width - round (x_acc), y1 - y0,
                          ita_chart_track_color (), ITA_CHART_PATTERN_SOLID);
  s->stroke = ita_chart_grid_color ();
  s->line_width = self->thin;
  s->category = n;
  s = ita_chart_add_line (self, ITA_CHART_ROLE_PASS_LINE, xp, y0 - ph * 0.3, xp, y1 + ph * 0.3,
                          ita_chart_ink (self), self->line, TRUE);
  s->value = self->data->pass_mark;
  s = ita_chart_add_label (self, ITA_CHART_ROLE_PASS_LABEL, pass, self->small, TRUE,
                           CLAMP (xp - pw / 2, self->margin, self->width - self->margin - pw),
                           y0 - ph * 1.3, PANGO_ALIGN_LEFT, ita_chart_ink (self));
  s->value = self->data->pass_mark;

  if (self->data->total != ITA_CENTI_NONE)
    {
      total_text = ita_chart_format_value (self->style, self->data->total);
      s = ita_chart_add_label (self, ITA_CHART_ROLE_VALUE_LABEL, total_text, self->body * 1.2, TRUE,
                               self->plot.x + self->plot.width + self->gap / 3, y_mid,
                               PANGO_ALIGN_LEFT, ita_chart_ink (self));
      s->category = n;
      s->value = self->data->total;
      s->y0 -= s->rect.height / 2;
      s->rect.y -= s->rect.height / 2;
    }
}

void
ita_chart_layout_tools (ItaChartLayout *self,
                        double          top)
{
  guint n = MIN (self->data->categories->len, G_N_ELEMENTS (tool_colors));
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (ItaChartLegendItem));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  double bottom, label_w, value_w, row_h, tick_h, axis_h, x_acc;
  double label_cap = (self->width - 2 * self->margin) * 0.30;

  ita_chart_add_pass_legend (self, items, texts);
  bottom = self->height - self->margin - ita_chart_legend_at_bottom (self, items) - self->gap;
  tick_h = ita_chart_line_height (self, self->small);
  axis_h = ita_chart_line_height (self, self->small);
  value_w = tools_value_width (self, n);

  label_w = ceil (MIN (label_cap, MAX (ita_chart_text_width (self, ita_chart_text (self->style, ITA_CHART_TEXT_TOTAL),
                                                   self->body, TRUE),
                                       label_cap * 0.8)));
  self->plot.x = round (self->margin + label_w + self->gap);
  self->plot.y = round (top);
  self->plot.width = round (self->width - self->margin - value_w - self->plot.x);
  self->plot.height = round (bottom - tick_h - axis_h - self->gap / 3 - self->plot.y);
  row_h = self->plot.height / (n + 1);

  ita_chart_value_axis (self, TRUE, 0, ITA_CENTI_MAX, 1000, TRUE);
  ita_chart_add_label (self, ITA_CHART_ROLE_AXIS_LABEL,
                       ita_chart_text (self->style, ITA_CHART_TEXT_POINTS_AXIS), self->small, FALSE,
                       self->plot.x + self->plot.width / 2, self->plot.y + self->plot.height + self->gap / 3 + tick_h,
                       PANGO_ALIGN_CENTER, ita_chart_muted ());

  /* a row per tool, then the total */
  x_acc = self->plot.x;
  for (guint i = 0; i <= n; i++)
    {
      tools_row_label (self, i, n, label_w, row_h);
      if (i < n)
        tools_row_bars (self, i, n, row_h, &x_acc);
    }
  tools_total_labels (self, n);
  tools_total_row (self, n, row_h, x_acc);
}
