/* ita-chart-layout-bars.c: the bar charts — indicators, tools, years, oit */
#include "config.h"

#include <math.h>

#include "ita-chart-layout-private.h"

#define MAX_LABEL_SHARE 0.36   /* of the width, for a column of category labels */

static const ItaChartCategory *
category (ItaChartLayout *self,
          guint           i)
{
  return g_ptr_array_index (self->data->categories, i);
}

static const ItaChartSeries *
series (ItaChartLayout *self,
        guint           i)
{
  return g_ptr_array_index (self->data->series, i);
}

/* "1 การปฏิบัติหน้าที่" */
static char *
category_text (ItaChartLayout *self,
               guint           i)
{
  const ItaChartCategory *c = category (self, i);
  const char *name = ita_chart_pick (self->style, c->name_th, c->name_en);
  g_autofree char *key = ita_chart_digits (self->style, c->key);

  if (*name == '\0')
    return ita_chart_digits (self->style, c->key);
  return g_strdup_printf ("%s %s", key, name);
}

static double
text_width (ItaChartLayout *self,
            const char     *text,
            double          size,
            gboolean        bold)
{
  g_autoptr(PangoLayout) layout = ita_chart_text_layout (self, text, size, bold, 0, 0,
                                                         PANGO_ALIGN_LEFT);
  double w;

  ita_chart_text_size (layout, &w, NULL);
  return w;
}

static double
line_height (ItaChartLayout *self,
             double          size)
{
  g_autoptr(PangoLayout) layout = ita_chart_text_layout (self, "Ag ก", size, FALSE, 0, 0,
                                                         PANGO_ALIGN_LEFT);
  double h;

  ita_chart_text_size (layout, NULL, &h);
  return h;
}

/* The widest natural (one-line) category label, capped. */
static double
label_column_width (ItaChartLayout *self,
                    double          size,
                    double          cap)
{
  double widest = 0;

  for (guint i = 0; i < self->data->categories->len; i++)
    {
      g_autofree char *text = category_text (self, i);

      widest = MAX (widest, text_width (self, text, size, FALSE));
    }
  return ceil (MIN (widest + 1, cap));
}

/* A category label in a column right-aligned at x_right, centred on y. */
static void
add_row_label (ItaChartLayout *self,
               guint           i,
               double          x_right,
               double          width,
               double          y_mid,
               double          row_h,
               double          size)
{
  g_autofree char *text = category_text (self, i);
  int lines = MAX (1, (int) floor (row_h * 0.96 / line_height (self, size)));
  PangoLayout *layout = ita_chart_text_layout (self, text, size, FALSE, width, lines,
                                               PANGO_ALIGN_RIGHT);
  ItaChartShape *s;
  double h;

  ita_chart_text_size (layout, NULL, &h);
  s = ita_chart_add_text (self, ITA_CHART_ROLE_CATEGORY_LABEL, layout,
                          x_right - width, y_mid - h / 2, 0, ita_chart_ink (self));
  s->category = i;
}

static void
add_pass_legend (ItaChartLayout     *self,
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

static double
legend_at_bottom (ItaChartLayout *self,
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
      double w = text_width (self, text, self->small, TRUE);
      double lx = CLAMP (x - w / 2, self->margin, self->width - self->margin - w);

      s = ita_chart_add_label (self, ITA_CHART_ROLE_PASS_LABEL, text, self->small, TRUE, lx,
                               y_top - line_height (self, self->small), PANGO_ALIGN_LEFT,
                               ita_chart_ink (self));
      s->value = self->data->pass_mark;
    }
}

/* indicators ------------------------------------------------------------ */

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
  add_pass_legend (self, items, texts);
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

      add_row_label (self, i, self->plot.x - self->gap / 2, label_w, y_mid, row_h, label_size);
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
                   double                row_h)
{
  for (guint i = 0; i < self->data->categories->len; i++)
    {
      ItaCenti v = values->values[i];
      double y_mid = self->plot.y + row_h * (i + 0.5);
      g_autofree char *text = v == ITA_CENTI_NONE ? g_strdup (ita_chart_text (self->style, ITA_CHART_TEXT_NO_SCORE))
                                                  : ita_chart_format_value (self->style, v);
      double size = v == ITA_CENTI_NONE ? self->small : self->body;
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
  const ItaChartSeries *values = series (self, 0);
  guint n = self->data->categories->len;
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (ItaChartLegendItem));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  double bottom, label_w, value_w, row_h, label_size, tick_h, pass_h;

  indicators_legend (self, values, items, texts);
  bottom = self->height - self->margin - legend_at_bottom (self, items) - self->gap;
  tick_h = line_height (self, self->small);
  pass_h = tick_h;
  label_size = self->body;
  row_h = (bottom - tick_h - top - pass_h) / MAX (n, 1);
  if (row_h < line_height (self, label_size) * 1.15)
    label_size = self->small;

  label_w = label_column_width (self, label_size, (self->width - 2 * self->margin) * MAX_LABEL_SHARE);
  value_w = text_width (self, "100.00", self->body, TRUE) + self->gap / 2;
  self->plot.x = round (self->margin + label_w + self->gap / 2);
  self->plot.y = round (top + pass_h);
  self->plot.width = round (self->width - self->margin - value_w - self->plot.x);
  self->plot.height = round (bottom - tick_h - self->gap / 3 - self->plot.y);
  row_h = self->plot.height / MAX (n, 1);

  ita_chart_value_axis (self, TRUE, 0, ITA_CENTI_MAX, 2000, TRUE);
  indicators_bars (self, values, row_h, label_w, label_size);
  add_vertical_pass_line (self, self->plot.y - pass_h * 0.15, self->plot.y + self->plot.height, TRUE);
  indicators_values (self, values, row_h);
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
static void
add_inner_label (ItaChartLayout     *self,
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
  const ItaChartSeries *points = series (self, 1);
  double value_w = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *v = ita_chart_format_value (self->style, points->values[i] == ITA_CENTI_NONE
                                                   ? 0 : points->values[i]);
      g_autofree char *w = ita_chart_format_short (self->style, category (self, i)->weight == ITA_CENTI_NONE
                                                   ? 0 : category (self, i)->weight);
      g_autofree char *t = g_strdup_printf (ita_chart_text (self->style, ITA_CHART_TEXT_OF_WEIGHT), v, w);

      value_w = MAX (value_w, text_width (self, t, self->body, TRUE));
    }
  return MAX (value_w, text_width (self, "100.00", self->body * 1.2, TRUE)) + self->gap / 2;
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
  const ItaChartSeries *scores = series (self, 0);
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
      const ItaChartCategory *c = category (self, i);
      const char *name = ita_chart_pick (self->style, c->name_th, c->name_en);
      g_autofree char *score = scores->values[i] == ITA_CENTI_NONE
        ? g_strdup (ita_chart_text (self->style, ITA_CHART_TEXT_NO_SCORE))
        : ita_chart_format_value (self->style, scores->values[i]);
      g_autofree char *weight = ita_chart_format_short (self->style,
                                                        c->weight == ITA_CENTI_NONE ? 0 : c->weight);

      head = *name != '\0' ? g_strdup_printf ("%s %s", c->key, name) : g_strdup (c->key);
      detail = g_strdup_printf (ita_chart_text (self->style, ITA_CHART_TEXT_TOOL_SCORE), score, weight);
    }

  l1 = ita_chart_text_layout (self, head, self->body, TRUE, label_w,
                              detail != NULL && row_h > 3.4 * line_height (self, self->body) ? 2 : 1,
                              PANGO_ALIGN_RIGHT);
  ita_chart_text_size (l1, NULL, &lh1);
  if (detail != NULL)
    {
      int lines = MAX (1, (int) floor ((row_h * 0.96 - lh1) / line_height (self, self->small)));

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
  const ItaChartSeries *points = series (self, 1);
  const ItaChartCategory *c = category (self, i);
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
      add_inner_label (self, vt, &r, pattern, n, which);
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
  double pw = text_width (self, pass, self->small, TRUE);
  double ph = line_height (self, self->small);
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

  add_pass_legend (self, items, texts);
  bottom = self->height - self->margin - legend_at_bottom (self, items) - self->gap;
  tick_h = line_height (self, self->small);
  axis_h = line_height (self, self->small);
  value_w = tools_value_width (self, n);

  label_w = ceil (MIN (label_cap, MAX (text_width (self, ita_chart_text (self->style, ITA_CHART_TEXT_TOTAL),
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

/* years ----------------------------------------------------------------- */


/* The largest size up to self->small at which every Latin word of text
 * fits in width (but not below 72 % of it). */
static double
word_fitting_size (ItaChartLayout *self,
                   const char     *text,
                   double          width)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  double size = self->small;

  for (guint i = 0; words[i] != NULL; i++)
    {
      gboolean thai = FALSE;
      double w;

      for (const char *p = words[i]; *p != '\0'; p = g_utf8_next_char (p))
        if (g_utf8_get_char (p) >= 0x0E00 && g_utf8_get_char (p) <= 0x0E7F)
          thai = TRUE;
      if (thai || *words[i] == '\0')
        continue;
      {
        g_autoptr(PangoLayout) l = ita_chart_text_layout (self, words[i], self->small, FALSE, 0, 0,
                                                          PANGO_ALIGN_LEFT);
        ita_chart_text_size (l, &w, NULL);
      }
      if (w > width)
        size = MIN (size, self->small * width / w);
    }
  return MAX (size, self->small * 0.72);
}

/* Where the years chart puts its groups of bars and their labels. */
typedef struct {
  GArray   *shown;         /* of guint: the series drawn */
  guint     n_series;
  double    group_w;       /* a category's group of bars */
  double    bar_w;
  double    cat_size;      /* category labels */
  double    value_size;    /* value labels */
  gboolean  rotated;       /* value labels along the bar, not across it */
  gboolean  show_values;
} YearsGroups;

/* The series to draw: a year without any indicator figure would only
 * leave a gap. */
static void
years_shown (ItaChartLayout *self,
             GArray         *shown)
{
  guint n = self->data->categories->len;

  for (guint k = 0; k < self->data->series->len && shown->len < ITA_CHART_MAX_YEARS; k++)
    {
      const ItaChartSeries *ser = series (self, k);

      for (guint i = 0; i < n; i++)
        {
          if (ser->values[i] != ITA_CENTI_NONE)
            {
              g_array_append_val (shown, k);
              break;
            }
        }
    }
}

/* A box per year shown, then the pass line. */
static void
years_legend (ItaChartLayout    *self,
              const YearsGroups *g,
              GArray            *items,
              GPtrArray         *texts)
{
  for (guint j = 0; j < g->n_series; j++)
    {
      guint k = g_array_index (g->shown, guint, j);
      const ItaChartSeries *ser = series (self, k);
      ItaChartLegendItem item = { 0 };
      guint look = g->n_series - 1 - j;   /* the latest year gets the first style */

      item.swatch = ITA_CHART_SWATCH_BOX;
      item.color = ita_chart_series_color (self, look);
      item.pattern = ita_chart_series_pattern (look);
      item.series = k;
      item.text = ser->year > 0 ? ita_chart_format_int (self->style, ser->year)
                                : g_strdup (ita_chart_pick (self->style, ser->name_th, ser->name_en));
      if (ser->year > 0)
        {
          char *year = item.text;

          item.text = g_strdup_printf (self->style->language == ITA_CHART_LANG_TH ? "พ.ศ. %s" : "FY %s", year);
          g_free (year);
        }
      g_ptr_array_add (texts, item.text);
      g_array_append_val (items, item);
    }
  add_pass_legend (self, items, texts);
}

/* The size of the category labels: small enough that no Latin word is
 * split across lines (Thai breaks between words by itself); and their
 * height: as many lines as the tallest needs, at most three. */
static double
years_category_size (ItaChartLayout *self,
                     double          group_w,
                     double         *height)
{
  guint n = self->data->categories->len;
  double cat_size = self->small;
  double cat_h = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = category_text (self, i);

      cat_size = MIN (cat_size, word_fitting_size (self, text, group_w - self->gap / 4));
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = category_text (self, i);
      g_autoptr(PangoLayout) l = ita_chart_text_layout (self, text, cat_size, FALSE,
                                                        group_w - self->gap / 4, 3, PANGO_ALIGN_CENTER);
      double h;

      ita_chart_text_size (l, NULL, &h);
      cat_h = MAX (cat_h, h);
    }
  *height = cat_h;
  return cat_size;
}

/* Value labels go across the bar when they fit, else along it, else
 * nowhere; returns the room they need above the plot. */
static double
years_value_size (ItaChartLayout *self,
                  YearsGroups    *g)
{
  double vw, vh;

  g->value_size = self->small;
  g->rotated = FALSE;
  g->show_values = TRUE;
  vw = text_width (self, "100.00", g->value_size, FALSE);
  vh = line_height (self, g->value_size);
  if (vw > g->bar_w * 1.02)
    {
      g->value_size = MAX (self->small * 0.8, MIN (self->small, g->bar_w / (vh / g->value_size) * 0.98));
      vw = text_width (self, "100.00", g->value_size, FALSE);
      vh = line_height (self, g->value_size);
      g->rotated = TRUE;
      if (vh > g->bar_w * 1.0)
        g->show_values = FALSE;
    }
  return g->show_values ? (g->rotated ? vw : vh) + self->gap / 4 : line_height (self, self->small) / 2;
}

/* The axis title, turned a quarter and centred along the value axis. */
static void
years_axis_title (ItaChartLayout *self)
{
  ItaChartShape *s;
  double len, y;

  s = ita_chart_add_text (self, ITA_CHART_ROLE_AXIS_LABEL,
                          ita_chart_text_layout (self, ita_chart_text (self->style, ITA_CHART_TEXT_SCORE_AXIS),
                                                 self->small, FALSE, 0, 0, PANGO_ALIGN_LEFT),
                          self->margin, 0, -G_PI / 2, ita_chart_muted ());
  len = s->rect.height;
  y = self->plot.y + self->plot.height / 2 + len / 2;
  s->y0 = y;
  s->rect.y = y - len;
}

/* Category i: its label under the plot and a bar per year shown. */
static void
years_group (ItaChartLayout    *self,
             const YearsGroups *g,
             guint              i)
{
  double gx = self->plot.x + g->group_w * i;
  double bx = gx + (g->group_w - g->bar_w * g->n_series) / 2;
  g_autofree char *text = category_text (self, i);
  PangoLayout *l = ita_chart_text_layout (self, text, g->cat_size, FALSE, g->group_w - self->gap / 4, 3,
                                          PANGO_ALIGN_CENTER);
  ItaChartShape *s;

  s = ita_chart_add_text (self, ITA_CHART_ROLE_CATEGORY_LABEL, l, gx + self->gap / 8,
                          self->plot.y + self->plot.height + self->gap / 3, 0, ita_chart_ink (self));
  s->category = i;

  for (guint j = 0; j < g->n_series; j++)
    {
      guint k = g_array_index (g->shown, guint, j);
      ItaCenti v = series (self, k)->values[i];
      guint look = g->n_series - 1 - j;
      double x0 = round (bx + g->bar_w * j), x1 = round (bx + g->bar_w * (j + 1));
      double yv = round (self->plot.y + self->plot.height * (1.0 - (double) MAX (v, 0) / ITA_CENTI_MAX));
      double base = self->plot.y + self->plot.height;

      if (v == ITA_CENTI_NONE)
        continue;
      s = ita_chart_add_rect (self, ITA_CHART_ROLE_BAR, x0, yv, MAX (x1 - x0 - 1, 1), base - yv,
                              ita_chart_series_color (self, look), ita_chart_series_pattern (look));
      s->category = i;
      s->series = k;
      s->value = v;
    }
}

/* The values of category i's bars, above (or along) each bar. */
static void
years_group_values (ItaChartLayout    *self,
                    const YearsGroups *g,
                    guint              i)
{
  double gx = self->plot.x + g->group_w * i;
  double bx = gx + (g->group_w - g->bar_w * g->n_series) / 2;

  for (guint j = 0; j < g->n_series; j++)
    {
      guint k = g_array_index (g->shown, guint, j);
      ItaCenti v = series (self, k)->values[i];
      double x0 = round (bx + g->bar_w * j), x1 = round (bx + g->bar_w * (j + 1));
      double yv = round (self->plot.y + self->plot.height * (1.0 - (double) MAX (v, 0) / ITA_CENTI_MAX));
      g_autofree char *vt = NULL;
      PangoLayout *vl;
      ItaChartShape *s;
      double tw, th;

      if (v == ITA_CENTI_NONE)
        continue;
      vt = ita_chart_format_value (self->style, v);
      vl = ita_chart_text_layout (self, vt, g->value_size, FALSE, 0, 0, PANGO_ALIGN_LEFT);
      ita_chart_text_size (vl, &tw, &th);
      if (g->rotated)
        s = ita_chart_add_plated_text (self, ITA_CHART_ROLE_VALUE_LABEL, vl, (x0 + x1 - 1) / 2 - th / 2,
                                       yv - self->gap / 6, -G_PI / 2, ita_chart_ink (self));
      else
        s = ita_chart_add_plated_text (self, ITA_CHART_ROLE_VALUE_LABEL, vl, (x0 + x1 - 1) / 2 - tw / 2,
                                       yv - th - self->gap / 8, 0, ita_chart_ink (self));
      s->category = i;
      s->series = k;
      s->value = v;
    }
}

/* The pass line across the plot with its figure at the right end. */
static void
years_pass_line (ItaChartLayout *self,
                 const char     *pass_text)
{
  double yp = self->plot.y + self->plot.height * (1.0 - (double) self->data->pass_mark / ITA_CENTI_MAX);
  ItaChartShape *s;

  s = ita_chart_add_line (self, ITA_CHART_ROLE_PASS_LINE, self->plot.x, yp,
                          self->plot.x + self->plot.width + self->gap / 4, yp,
                          ita_chart_ink (self), self->line, TRUE);
  s->value = self->data->pass_mark;
  s = ita_chart_add_label (self, ITA_CHART_ROLE_PASS_LABEL, pass_text, self->small, TRUE,
                           self->plot.x + self->plot.width + self->gap / 3, yp, PANGO_ALIGN_LEFT,
                           ita_chart_ink (self));
  s->value = self->data->pass_mark;
  s->y0 -= s->rect.height / 2;
  s->rect.y -= s->rect.height / 2;
}

void
ita_chart_layout_years (ItaChartLayout *self,
                        double          top)
{
  guint n = self->data->categories->len;
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (ItaChartLegendItem));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *mark = ita_chart_format_short (self->style, self->data->pass_mark);
  g_autofree char *pass_text = NULL;
  double bottom, axis_w, pass_w, cat_h, headroom, axis_title_w;
  YearsGroups g = { 0 };

  years_shown (self, shown);
  g.shown = shown;
  g.n_series = shown->len;
  years_legend (self, &g, items, texts);
  bottom = self->height - self->margin - legend_at_bottom (self, items) - self->gap;

  axis_title_w = line_height (self, self->small);
  axis_w = ita_chart_tick_label_width (self, ITA_CENTI_MAX) + self->gap / 3;
  pass_text = g_strdup_printf ("%s", mark);
  pass_w = text_width (self, pass_text, self->small, TRUE) + self->gap / 3;
  self->plot.x = round (self->margin + axis_title_w + self->gap / 3 + axis_w);
  self->plot.width = round (self->width - self->margin - pass_w - self->plot.x);
  g.group_w = self->plot.width / MAX (n, 1);
  g.bar_w = g.group_w * 0.82 / MAX (g.n_series, 1);
  g.cat_size = years_category_size (self, g.group_w, &cat_h);
  headroom = years_value_size (self, &g);

  self->plot.y = round (top + headroom);
  self->plot.height = round (bottom - cat_h - self->gap / 3 - self->plot.y);
  ita_chart_value_axis (self, FALSE, 0, ITA_CENTI_MAX, 2000, TRUE);
  years_axis_title (self);

  /* the bars first, then the pass line, then every value over both */
  for (guint i = 0; i < n; i++)
    years_group (self, &g, i);
  if (n > 0)
    years_pass_line (self, pass_text);
  if (g.show_values)
    {
      for (guint i = 0; i < n; i++)
        years_group_values (self, &g, i);
    }
}

/* oit ----------------------------------------------------------------- */

static const ItaChartColorId oit_colors[ITA_CHART_OIT_N_STATES] = {
  ITA_CHART_COLOR_GREEN, ITA_CHART_COLOR_ORANGE, ITA_CHART_COLOR_VERMILLION, ITA_CHART_COLOR_INK,
};
static const ItaChartPattern oit_patterns[ITA_CHART_OIT_N_STATES] = {
  ITA_CHART_PATTERN_SOLID, ITA_CHART_PATTERN_HATCH, ITA_CHART_PATTERN_CROSS, ITA_CHART_PATTERN_DOTS,
};

static ItaChartColor
oit_color (ItaChartLayout *self,
           guint           state)
{
  if (state == ITA_CHART_OIT_UNCHECKED)
    return (ItaChartColor) { 0.55, 0.55, 0.55, 1 };
  return ita_chart_color (self, oit_colors[state]);
}

static guint
nice_step (guint max)
{
  static const guint steps[] = { 1, 2, 5, 10, 20, 25, 50, 100 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      if (max / steps[i] <= 8)
        return steps[i];
    }
  return 100;
}

/* A box per state of an item. */
static void
oit_legend (ItaChartLayout *self,
            GArray         *items,
            GPtrArray      *texts)
{
  for (guint k = 0; k < ITA_CHART_OIT_N_STATES; k++)
    {
      ItaChartLegendItem item = { 0 };

      item.swatch = ITA_CHART_SWATCH_BOX;
      item.color = oit_color (self, k);
      item.pattern = oit_patterns[k];
      item.series = k;
      item.text = g_strdup (ita_chart_text (self->style, ITA_CHART_TEXT_OIT_HAVE + k));
      g_ptr_array_add (texts, item.text);
      g_array_append_val (items, item);
    }
}

/* The width of the widest "12 of 15" after the bars; *max_total gets the
 * most items of any category (at least 1). */
static double
oit_count_width (ItaChartLayout *self,
                 guint          *max_total)
{
  double right_w = 0;

  *max_total = 1;
  for (guint i = 0; i < self->data->categories->len; i++)
    {
      const ItaChartCategory *c = category (self, i);
      guint total = 0;
      g_autofree char *have = NULL;
      g_autofree char *all = NULL;
      g_autofree char *text = NULL;

      for (guint k = 0; k < ITA_CHART_OIT_N_STATES; k++)
        total += c->counts[k];
      *max_total = MAX (*max_total, total);
      have = ita_chart_format_int (self->style, c->counts[ITA_CHART_OIT_HAVE]);
      all = ita_chart_format_int (self->style, total);
      text = g_strdup_printf (ita_chart_text (self->style, ITA_CHART_TEXT_HAVE_OF), have, all);
      right_w = MAX (right_w, text_width (self, text, self->body, TRUE));
    }
  return right_w;
}

/* Category i: its label, a segment per state with its count inside
 * where it fits, and "12 of 15" after the bar. */
static void
oit_row (ItaChartLayout *self,
         guint           i,
         guint           max_total,
         double          row_h,
         double          label_w,
         double          label_size)
{
  const ItaChartCategory *c = category (self, i);
  double y_mid = self->plot.y + row_h * (i + 0.5);
  double bar_h = MIN (row_h * 0.62, self->body * 2.2);
  double y0 = round (y_mid - bar_h / 2), y1 = round (y_mid + bar_h / 2);
  double acc = 0;
  guint total = 0;
  g_autofree char *have = NULL;
  g_autofree char *all = NULL;
  g_autofree char *text = NULL;
  guint first_segment = self->shapes->len;
  ItaChartShape *s;

  add_row_label (self, i, self->plot.x - self->gap / 2, label_w, y_mid, row_h, label_size);
  for (guint k = 0; k < ITA_CHART_OIT_N_STATES; k++)
    {
      double x0 = round (self->plot.x + self->plot.width * acc / max_total);
      double x1;

      total += c->counts[k];
      if (c->counts[k] == 0)
        continue;
      acc += c->counts[k];
      x1 = round (self->plot.x + self->plot.width * acc / max_total);
      s = ita_chart_add_rect (self, ITA_CHART_ROLE_BAR, x0, y0, x1 - x0, y1 - y0,
                              oit_color (self, k), oit_patterns[k]);
      s->category = i;
      s->series = k;
      s->value = c->counts[k] * 100;
      s->stroke = (ItaChartColor) { 1, 1, 1, 1 };
      s->line_width = self->thin;
    }
  for (guint j = first_segment, end = self->shapes->len; j < end; j++)
    {
      const ItaChartShape *seg = ita_chart_layout_get_shape (self, j);
      g_autofree char *count = NULL;
      ItaChartRect r = seg->rect;
      ItaChartPattern pattern = seg->pattern;
      int which = seg->series;

      if (seg->role != ITA_CHART_ROLE_BAR)
        continue;
      count = ita_chart_format_int (self->style, seg->value / 100);
      add_inner_label (self, count, &r, pattern, i, which);
    }
  have = ita_chart_format_int (self->style, c->counts[ITA_CHART_OIT_HAVE]);
  all = ita_chart_format_int (self->style, total);
  text = g_strdup_printf (ita_chart_text (self->style, ITA_CHART_TEXT_HAVE_OF), have, all);
  s = ita_chart_add_label (self, ITA_CHART_ROLE_VALUE_LABEL, text, self->body, TRUE,
                           self->plot.x + self->plot.width * acc / max_total + self->gap / 3, y_mid,
                           PANGO_ALIGN_LEFT, ita_chart_ink (self));
  s->category = i;
  s->value = c->counts[ITA_CHART_OIT_HAVE] * 100;
  s->y0 -= s->rect.height / 2;
  s->rect.y -= s->rect.height / 2;
}

void
ita_chart_layout_oit (ItaChartLayout *self,
                      double          top)
{
  guint n = self->data->categories->len;
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (ItaChartLegendItem));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  guint max_total, step;
  double bottom, label_w, right_w, row_h, tick_h, label_size;

  oit_legend (self, items, texts);
  bottom = self->height - self->margin - legend_at_bottom (self, items) - self->gap;

  right_w = oit_count_width (self, &max_total);
  step = nice_step (max_total);
  max_total = (max_total + step - 1) / step * step;

  tick_h = line_height (self, self->small) * 2;
  label_size = self->body;
  if ((bottom - tick_h - top) / MAX (n, 1) < line_height (self, label_size) * 1.15)
    label_size = self->small;
  label_w = label_column_width (self, label_size, (self->width - 2 * self->margin) * MAX_LABEL_SHARE);
  self->plot.x = round (self->margin + label_w + self->gap / 2);
  self->plot.y = round (top);
  self->plot.width = round (self->width - self->margin - right_w - self->gap / 2 - self->plot.x);
  self->plot.height = round (bottom - tick_h - self->gap / 3 - self->plot.y);
  row_h = self->plot.height / MAX (n, 1);

  ita_chart_value_axis (self, TRUE, 0, max_total * 100, step * 100, TRUE);
  ita_chart_add_label (self, ITA_CHART_ROLE_AXIS_LABEL, ita_chart_text (self->style, ITA_CHART_TEXT_ITEMS_AXIS),
                       self->small, FALSE, self->plot.x + self->plot.width / 2,
                       self->plot.y + self->plot.height + self->gap / 3 + tick_h / 2, PANGO_ALIGN_CENTER,
                       ita_chart_muted ());

  for (guint i = 0; i < n; i++)
    oit_row (self, i, max_total, row_h, label_w, label_size);
}
