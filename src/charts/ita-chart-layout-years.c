/* ita-chart-layout-years.c: year comparison — grouped bars per indicator,
 * one series per year */
#include "config.h"

#include <math.h>

#include "ita-chart-layout-private.h"

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
      w = ita_chart_text_width (self, words[i], self->small, FALSE);
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
      const ItaChartSeries *ser = ita_chart_series (self, k);

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
      const ItaChartSeries *ser = ita_chart_series (self, k);
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
  ita_chart_add_pass_legend (self, items, texts);
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
      g_autofree char *text = ita_chart_category_text (self, i);

      cat_size = MIN (cat_size, word_fitting_size (self, text, group_w - self->gap / 4));
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = ita_chart_category_text (self, i);
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
  vw = ita_chart_text_width (self, "100.00", g->value_size, FALSE);
  vh = ita_chart_line_height (self, g->value_size);
  if (vw > g->bar_w * 1.02)
    {
      g->value_size = MAX (self->small * 0.8, MIN (self->small, g->bar_w / (vh / g->value_size) * 0.98));
      vw = ita_chart_text_width (self, "100.00", g->value_size, FALSE);
      vh = ita_chart_line_height (self, g->value_size);
      g->rotated = TRUE;
      if (vh > g->bar_w * 1.0)
        g->show_values = FALSE;
    }
  return g->show_values ? (g->rotated ? vw : vh) + self->gap / 4 : ita_chart_line_height (self, self->small) / 2;
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
  g_autofree char *text = ita_chart_category_text (self, i);
  PangoLayout *l = ita_chart_text_layout (self, text, g->cat_size, FALSE, g->group_w - self->gap / 4, 3,
                                          PANGO_ALIGN_CENTER);
  ItaChartShape *s;

  s = ita_chart_add_text (self, ITA_CHART_ROLE_CATEGORY_LABEL, l, gx + self->gap / 8,
                          self->plot.y + self->plot.height + self->gap / 3, 0, ita_chart_ink (self));
  s->category = i;

  for (guint j = 0; j < g->n_series; j++)
    {
      guint k = g_array_index (g->shown, guint, j);
      ItaCenti v = ita_chart_series (self, k)->values[i];
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
      ItaCenti v = ita_chart_series (self, k)->values[i];
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
  bottom = self->height - self->margin - ita_chart_legend_at_bottom (self, items) - self->gap;

  axis_title_w = ita_chart_line_height (self, self->small);
  axis_w = ita_chart_tick_label_width (self, ITA_CENTI_MAX) + self->gap / 3;
  pass_text = g_strdup_printf ("%s", mark);
  pass_w = ita_chart_text_width (self, pass_text, self->small, TRUE) + self->gap / 3;
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

