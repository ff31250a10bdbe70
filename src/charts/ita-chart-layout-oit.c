/* ita-chart-layout-oit.c: OIT progress — stacked counts of มี / ไม่สมบูรณ์ /
 * ไม่มี / not checked per sub-indicator */
#include "config.h"

#include <math.h>

#include "ita-chart-layout-private.h"

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
 * most items of any ita_chart_category (at least 1). */
static double
oit_count_width (ItaChartLayout *self,
                 guint          *max_total)
{
  double right_w = 0;

  *max_total = 1;
  for (guint i = 0; i < self->data->categories->len; i++)
    {
      const ItaChartCategory *c = ita_chart_category (self, i);
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
      right_w = MAX (right_w, ita_chart_text_width (self, text, self->body, TRUE));
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
  const ItaChartCategory *c = ita_chart_category (self, i);
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

  ita_chart_add_row_label (self, i, self->plot.x - self->gap / 2, label_w, y_mid, row_h, label_size);
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
      ita_chart_add_inner_label (self, count, &r, pattern, i, which);
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
  bottom = self->height - self->margin - ita_chart_legend_at_bottom (self, items) - self->gap;

  right_w = oit_count_width (self, &max_total);
  step = nice_step (max_total);
  max_total = (max_total + step - 1) / step * step;

  tick_h = ita_chart_line_height (self, self->small) * 2;
  label_size = self->body;
  if ((bottom - tick_h - top) / MAX (n, 1) < ita_chart_line_height (self, label_size) * 1.15)
    label_size = self->small;
  label_w = ita_chart_label_column_width (self, label_size, (self->width - 2 * self->margin) * ITA_CHART_MAX_LABEL_SHARE);
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
