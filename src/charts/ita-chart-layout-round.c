/* ita-chart-layout-round.c: the round charts — gauge and radar */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ita-chart-layout-private.h"

static double
height_of (ItaChartLayout *self,
           const char     *text,
           double          size,
           gboolean        bold,
           double          width,
           int             lines)
{
  g_autoptr(PangoLayout) l = ita_chart_text_layout (self, text, size, bold, width, lines, PANGO_ALIGN_CENTER);
  double h;

  ita_chart_text_size (l, NULL, &h);
  return h;
}

/* Adds a centred block of text (wrapped at width) with its top at y. */
static ItaChartShape *
add_centred (ItaChartLayout *self,
             ItaChartRole    role,
             const char     *text,
             double          size,
             gboolean        bold,
             double          cx,
             double          y,
             double          width,
             int             lines,
             ItaChartColor   color)
{
  PangoLayout *l = ita_chart_text_layout (self, text, size, bold, width, lines, PANGO_ALIGN_CENTER);

  return ita_chart_add_text (self, role, l, cx - width / 2, y, 0, color);
}

/* gauge ----------------------------------------------------------------- */

static double
value_angle (ItaCenti v)
{
  return G_PI + G_PI * CLAMP (v, 0, ITA_CENTI_MAX) / ITA_CENTI_MAX;
}

/* A box per band with its range. */
static void
gauge_legend (ItaChartLayout *self,
              GPtrArray      *bands,
              GArray         *items,
              GPtrArray      *texts)
{
  for (guint i = 0; i < bands->len; i++)
    {
      const ItaChartBand *b = g_ptr_array_index (bands, i);
      g_autofree char *lo = ita_chart_format_short (self->style, b->min);
      g_autofree char *hi = ita_chart_format_value (self->style, b->max);
      ItaChartLegendItem item = { 0 };

      item.swatch = ITA_CHART_SWATCH_BOX;
      item.color = ita_chart_band_color (self, i, bands->len);
      item.pattern = ITA_CHART_PATTERN_SOLID;
      item.series = i;
      item.text = g_strdup_printf ("%s %s–%s", ita_chart_pick (self->style, b->label_th, b->label_en), lo, hi);
      g_ptr_array_add (texts, item.text);
      g_array_append_val (items, item);
    }
}

/* The rules of the bands that also need every tool, one line each,
 * upwards from bottom; returns the y above them. */
static double
gauge_conditions (ItaChartLayout *self,
                  GPtrArray      *conditional,
                  double          bottom)
{
  double avail_w = self->width - 2 * self->margin;

  for (guint i = conditional->len; i > 0; i--)
    {
      const ItaChartBand *b = g_ptr_array_index (conditional, i - 1);
      g_autofree char *lo = ita_chart_format_short (self->style, b->min);
      g_autofree char *tools = ita_chart_format_short (self->style, b->tools_min);
      g_autofree char *text = g_strdup_printf (ita_chart_text (self->style, ITA_CHART_TEXT_BAND_NEEDS_TOOLS),
                                               ita_chart_pick (self->style, b->label_th, b->label_en), lo, tools);
      double h = height_of (self, text, self->small, FALSE, avail_w, 1);

      bottom -= h;
      add_centred (self, ITA_CHART_ROLE_NOTE, text, self->small, FALSE, self->width / 2, bottom,
                   avail_w, 1, ita_chart_muted ());
    }
  if (conditional->len > 0)
    bottom -= self->gap / 2;
  return bottom;
}

/* The ring of bands, centred on cx,cy with outer radius R, each with its
 * code inside where it fits ("AA", "B"). */
static void
gauge_ring (ItaChartLayout *self,
            GPtrArray      *bands,
            double          cx,
            double          cy,
            double          R,
            double          ring)
{
  for (guint i = 0; i < bands->len; i++)
    {
      const ItaChartBand *b = g_ptr_array_index (bands, i);
      ItaCenti hi = MIN (b->max + 1, ITA_CENTI_MAX);
      g_autoptr(PangoLayout) code = NULL;
      ItaChartShape *s;
      double mid, chord, cw, ch;

      s = ita_chart_add (self, ITA_CHART_SHAPE_SECTOR, ITA_CHART_ROLE_BAND);
      s->cx = cx;
      s->cy = cy;
      s->r0 = R - ring;
      s->r1 = R;
      s->a0 = value_angle (b->min);
      s->a1 = value_angle (b->max == ITA_CENTI_MAX - 1 || b->max == ITA_CENTI_MAX ? ITA_CENTI_MAX : hi);
      s->fill = ita_chart_band_color (self, i, bands->len);
      s->pattern = ITA_CHART_PATTERN_SOLID;
      s->stroke = (ItaChartColor) { 1, 1, 1, 1 };
      s->line_width = self->line;
      s->series = i;
      s->value = b->min;
      s->rect = (ItaChartRect) { cx - R, cy - R, 2 * R, R };

      if (b->code == NULL || strlen (b->code) > 3)
        continue;
      mid = (s->a0 + s->a1) / 2;
      chord = 2 * (R - ring / 2) * sin ((s->a1 - s->a0) / 2);
      code = ita_chart_text_layout (self, b->code, self->small, TRUE, 0, 0, PANGO_ALIGN_LEFT);
      ita_chart_text_size (code, &cw, &ch);
      if (cw * 1.1 < chord && ch < ring * 0.9)
        {
          double tx = cx + (R - ring / 2) * cos (mid) - cw / 2;
          double ty = cy + (R - ring / 2) * sin (mid) - ch / 2;

          s = ita_chart_add_text (self, ITA_CHART_ROLE_BAND_LABEL, g_steal_pointer (&code), tx, ty, 0,
                                  i == 0 || i + 1 == bands->len ? (ItaChartColor) { 1, 1, 1, 1 }
                                                                 : ita_chart_ink (self));
          s->series = i;
        }
    }
}

/* The boundary figures around the ring, the pass mark first; crowded
 * ones are left out. */
static void
gauge_figures (ItaChartLayout *self,
               GPtrArray      *bands,
               double          cx,
               double          cy,
               double          R)
{
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (ItaCenti));
  ItaCenti zero = 0, full = ITA_CENTI_MAX;

  g_array_append_val (marks, self->data->pass_mark);
  g_array_append_val (marks, zero);
  g_array_append_val (marks, full);
  for (guint i = 0; i < bands->len; i++)
    g_array_append_val (marks, ((ItaChartBand *) g_ptr_array_index (bands, i))->min);

  for (guint i = 0; i < marks->len; i++)
    {
      ItaCenti v = g_array_index (marks, ItaCenti, i);
      double a = value_angle (v);
      gboolean pass = i == 0;
      g_autofree char *text = ita_chart_format_short (self->style, v);
      PangoLayout *l = ita_chart_text_layout (self, text, self->small, pass, 0, 0, PANGO_ALIGN_LEFT);
      double w, h, ax = cx + (R + self->gap / 3) * cos (a), ay = cy + (R + self->gap / 3) * sin (a);
      ItaChartShape *s;
      ItaChartRect r;

      ita_chart_text_size (l, &w, &h);
      /* anchor the side of the text that faces the ring */
      r.x = ax - w / 2 + cos (a) * w / 2;
      r.y = ay - h / 2 + sin (a) * h / 2;
      r.width = w;
      r.height = h;
      if (r.y + h > cy)
        r.y = cy - h;
      if (ita_chart_overlaps_text (self, &r, self->gap / 4) || r.x < self->margin / 2 ||
          r.x + w > self->width - self->margin / 2)
        {
          g_object_unref (l);
          continue;
        }
      s = ita_chart_add_text (self, pass ? ITA_CHART_ROLE_PASS_LABEL : ITA_CHART_ROLE_TICK_LABEL, l,
                              r.x, r.y, 0, pass ? ita_chart_ink (self) : ita_chart_muted ());
      s->value = v;
    }
}

/* The bands' names outside the ring where there is room (the legend
 * names every band in any case). */
static void
gauge_band_names (ItaChartLayout *self,
                  GPtrArray      *bands,
                  double          cx,
                  double          cy,
                  double          R,
                  double          top)
{
  double avail_w = self->width - 2 * self->margin;

  for (guint i = 0; i < bands->len; i++)
    {
      const ItaChartBand *b = g_ptr_array_index (bands, i);
      const char *name = ita_chart_pick (self->style, b->label_th, b->label_en);
      double a = (value_angle (b->min) + value_angle (MIN (b->max + 1, ITA_CENTI_MAX))) / 2;
      PangoLayout *l = ita_chart_text_layout (self, name, self->small, TRUE, avail_w / 3, 2,
                                              cos (a) < 0 ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
      double lx, w, h, ax = cx + (R + self->gap / 2) * cos (a), ay = cy + (R + self->gap / 2) * sin (a);
      PangoRectangle logical;
      ItaChartShape *s;
      ItaChartRect r;

      pango_layout_get_extents (l, NULL, &logical);
      lx = (double) logical.x / PANGO_SCALE;
      w = (double) logical.width / PANGO_SCALE;
      h = (double) logical.height / PANGO_SCALE;
      r = (ItaChartRect) { ax - w / 2 + cos (a) * w / 2, ay - h / 2 + sin (a) * h / 2, w, h };
      /* push the label outwards until no corner of it lies on the ring */
      for (int step = 0; step < 40; step++)
        {
          double px = CLAMP (cx, r.x, r.x + w);
          double py = CLAMP (cy, r.y, r.y + h);

          if (hypot (px - cx, py - cy) >= R + self->gap / 2)
            break;
          r.x += cos (a) * self->gap / 4;
          r.y += sin (a) * self->gap / 4;
        }
      if (r.y + h > cy)
        r.y = cy - h;
      if (ita_chart_overlaps_text (self, &r, self->gap / 4) || r.x < self->margin ||
          r.x + w > self->width - self->margin || r.y < top)
        {
          g_object_unref (l);
          continue;
        }
      s = ita_chart_add_text (self, ITA_CHART_ROLE_BAND_LABEL, l, r.x - lx, r.y, 0, ita_chart_ink (self));
      s->series = i;
    }
}

/* The pass mark across the ring, and the needle at the total. */
static void
gauge_needle (ItaChartLayout *self,
              double          cx,
              double          cy,
              double          R,
              double          ring)
{
  double a = value_angle (self->data->pass_mark);
  ItaChartShape *s;

  s = ita_chart_add_line (self, ITA_CHART_ROLE_PASS_LINE, cx + (R - ring - self->gap / 3) * cos (a),
                          cy + (R - ring - self->gap / 3) * sin (a), cx + (R + self->gap / 4) * cos (a),
                          cy + (R + self->gap / 4) * sin (a), ita_chart_ink (self), self->line, FALSE);
  s->value = self->data->pass_mark;

  a = value_angle (self->data->total);
  s = ita_chart_add_line (self, ITA_CHART_ROLE_NEEDLE, cx, cy, cx + (R - ring * 0.15) * cos (a),
                          cy + (R - ring * 0.15) * sin (a), ita_chart_ink (self), self->line * 2, FALSE);
  s->value = self->data->total;
  s = ita_chart_add (self, ITA_CHART_SHAPE_MARKER, ITA_CHART_ROLE_NEEDLE);
  s->x0 = cx;
  s->y0 = cy;
  s->size = self->line * 7;
  s->marker = ITA_CHART_MARKER_CIRCLE;
  s->fill = ita_chart_ink (self);
  s->rect = (ItaChartRect) { cx - s->size / 2, cy - s->size / 2, s->size, s->size };
}

void
ita_chart_layout_gauge (ItaChartLayout *self,
                        double          top)
{
  g_autoptr(GPtrArray) bands = g_ptr_array_new ();
  g_autoptr(GPtrArray) conditional = g_ptr_array_new ();
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (ItaChartLegendItem));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  double avail_w = self->width - 2 * self->margin;
  double bottom, tick_h, tick_w, big_h, grade_h, note_h = 0, block_h, R, ring, cx, cy;
  g_autofree char *value_text = ita_chart_format_value (self->style, self->data->total);
  g_autofree char *grade_text = NULL;
  const char *grade = ita_chart_pick (self->style, self->data->grade_th, self->data->grade_en);
  const char *note = ita_chart_pick (self->style, self->data->note_th, self->data->note_en);
  ItaChartShape *s;
  double y;

  for (guint i = 0; i < self->data->bands->len; i++)
    {
      ItaChartBand *b = g_ptr_array_index (self->data->bands, i);

      g_ptr_array_add (b->tools_min == ITA_CENTI_NONE ? bands : conditional, b);
    }

  gauge_legend (self, bands, items, texts);
  bottom = self->height - self->margin - ita_chart_layout_legend (self, (gpointer) items->data, items->len,
                                                                  self->height - self->margin) - self->gap;
  /* above the legend */
  bottom = gauge_conditions (self, conditional, bottom);

  grade_text = *grade != '\0'
    ? g_strdup_printf (ita_chart_text (self->style, ITA_CHART_TEXT_GRADE), grade) : g_strdup ("");
  tick_h = height_of (self, "100", self->small, FALSE, 0, 0);
  tick_w = ita_chart_text_width (self, "100", self->small, FALSE);
  big_h = height_of (self, value_text, self->big, TRUE, 0, 0);
  grade_h = *grade_text != '\0' ? height_of (self, grade_text, self->title, TRUE, avail_w, 1) : 0;
  if (*note != '\0')
    note_h = height_of (self, note, self->small, FALSE, avail_w * 0.8, 2);
  block_h = big_h + grade_h + note_h;

  R = MIN ((avail_w - 2 * (tick_w + self->gap)) / 2, bottom - top - tick_h - self->gap / 2 - block_h);
  R = MAX (R, 10);
  ring = R * 0.24;
  cx = round (self->width / 2);
  cy = round (top + tick_h + self->gap / 2 + R);
  self->plot = (ItaChartRect) { cx - R, cy - R, 2 * R, R };

  gauge_ring (self, bands, cx, cy, R, ring);
  gauge_figures (self, bands, cx, cy, R);
  gauge_band_names (self, bands, cx, cy, R, top);
  gauge_needle (self, cx, cy, R, ring);

  /* the total, the grade and the note under the centre */
  y = cy + self->gap / 2;
  s = add_centred (self, ITA_CHART_ROLE_BIG_VALUE, value_text, self->big, TRUE, cx, y, avail_w, 1,
                   ita_chart_ink (self));
  s->value = self->data->total;
  y += big_h;
  if (*grade_text != '\0')
    {
      add_centred (self, ITA_CHART_ROLE_GRADE_LABEL, grade_text, self->title, TRUE, cx, y, avail_w, 1,
                   ita_chart_ink (self));
      y += grade_h;
    }
  if (*note != '\0')
    add_centred (self, ITA_CHART_ROLE_NOTE, note, self->small, FALSE, cx, y, avail_w * 0.8, 2,
                 ita_chart_muted ());
}

/* radar ----------------------------------------------------------------- */

typedef struct {
  PangoLayout *name;
  PangoLayout *value;
  double       w, h, name_h;
  double       name_x, name_w, value_x, value_w;   /* logical offsets and widths */
} RadarLabel;

static double
spoke_angle (guint i,
             guint n)
{
  return -G_PI / 2 + 2 * G_PI * i / n;
}

/* The rectangle of label i when the radar has radius R. */
static ItaChartRect
radar_label_rect (const RadarLabel *l,
                  double            a,
                  double            cx,
                  double            cy,
                  double            R,
                  double            gap)
{
  double ax = cx + (R + gap) * cos (a), ay = cy + (R + gap) * sin (a);
  ItaChartRect r = { 0, 0, l->w, l->h };

  if (cos (a) > 0.2)
    r.x = ax;
  else if (cos (a) < -0.2)
    r.x = ax - l->w;
  else
    r.x = ax - l->w / 2;
  if (sin (a) < -0.2)
    r.y = ay - l->h;
  else if (sin (a) > 0.2)
    r.y = ay;
  else
    r.y = ay - l->h / 2;
  return r;
}

static gboolean
inside (const ItaChartRect *r,
        double              x0,
        double              y0,
        double              x1,
        double              y1)
{
  return r->x >= x0 && r->y >= y0 && r->x + r->width <= x1 && r->y + r->height <= y1;
}

static gboolean
apart (const ItaChartRect *a,
       const ItaChartRect *b)
{
  return a->x + a->width <= b->x || b->x + b->width <= a->x ||
         a->y + a->height <= b->y || b->y + b->height <= a->y;
}

static void
radar_polygon (ItaChartLayout *self,
               ItaChartRole    role,
               const ItaCenti *values,
               guint           n,
               double          cx,
               double          cy,
               double          R,
               int             series)
{
  ItaChartShape *s = ita_chart_add (self, ITA_CHART_SHAPE_PATH, role);

  s->points = g_new (double, 2 * n);
  s->n_points = n;
  s->closed = TRUE;
  s->series = series;
  for (guint i = 0; i < n; i++)
    {
      double a = spoke_angle (i, n);
      double r = R * (values[i] == ITA_CENTI_NONE ? 0 : values[i]) / ITA_CENTI_MAX;

      s->points[2 * i] = cx + r * cos (a);
      s->points[2 * i + 1] = cy + r * sin (a);
    }
  s->rect = (ItaChartRect) { cx - R, cy - R, 2 * R, 2 * R };
}

/* A line per year (at most two), and the pass line. */
static void
radar_legend (ItaChartLayout *self,
              guint           n_series,
              GArray         *items,
              GPtrArray      *texts)
{
  g_autofree char *mark = ita_chart_format_short (self->style, self->data->pass_mark);
  ItaChartLegendItem pass = { 0 };

  for (guint k = 0; k < n_series; k++)
    {
      const ItaChartSeries *ser = g_ptr_array_index (self->data->series, k);
      ItaChartLegendItem item = { 0 };
      const char *name = ita_chart_pick (self->style, ser->name_th, ser->name_en);
      g_autofree char *year = ser->year > 0 ? ita_chart_format_int (self->style, ser->year) : NULL;
      g_autofree char *label = year != NULL
        ? g_strdup_printf (self->style->language == ITA_CHART_LANG_TH ? "พ.ศ. %s" : "FY %s", year)
        : g_strdup (name);

      item.swatch = ITA_CHART_SWATCH_LINE;
      item.color = ita_chart_series_color (self, k);
      item.marker = ita_chart_series_marker (k);
      item.marked = TRUE;
      item.dashed = k > 0;
      item.series = k;
      item.text = g_strdup_printf (ita_chart_text (self->style, k == 0 ? ITA_CHART_TEXT_THIS_YEAR
                                                                      : ITA_CHART_TEXT_LAST_YEAR), label);
      g_ptr_array_add (texts, item.text);
      g_array_append_val (items, item);
    }

  pass.swatch = ITA_CHART_SWATCH_DASH;
  pass.color = ita_chart_ink (self);
  pass.dashed = TRUE;
  pass.series = -1;
  pass.text = g_strdup_printf (ita_chart_text (self->style, ITA_CHART_TEXT_PASS_MARK), mark);
  g_ptr_array_add (texts, pass.text);
  g_array_append_val (items, pass);
}

/* Lays out the labels for the given attempt: the indicator's name over
 * its values (this year's, and last year's in brackets). Later attempts
 * are narrower and smaller; the last names the indicator by its number
 * only. */
static void
radar_label_layouts (ItaChartLayout *self,
                     RadarLabel     *labels,
                     int             attempt)
{
  guint n = self->data->categories->len;
  const ItaChartSeries *now = g_ptr_array_index (self->data->series, 0);
  const ItaChartSeries *before = self->data->series->len > 1 ? g_ptr_array_index (self->data->series, 1) : NULL;
  double size = attempt < 2 ? self->small : self->small * 0.85;
  double label_w = (self->width - 2 * self->margin) * (attempt % 2 == 0 ? 0.22 : 0.15);

  for (guint i = 0; i < n; i++)
    {
      const ItaChartCategory *c = g_ptr_array_index (self->data->categories, i);
      const char *name = ita_chart_pick (self->style, c->name_th, c->name_en);
      g_autofree char *key = ita_chart_digits (self->style, c->key);
      g_autofree char *text = *name != '\0' && attempt < 4
        ? g_strdup_printf ("%s%s %s", c->marked ? "* " : "", key, name)
        : g_strdup_printf ("%s%s", c->marked ? "* " : "", key);
      g_autofree char *v0 = now->values[i] == ITA_CENTI_NONE
        ? g_strdup ("–") : ita_chart_format_value (self->style, now->values[i]);
      g_autofree char *values = NULL;
      double a = spoke_angle (i, n);
      PangoAlignment align = cos (a) > 0.2 ? PANGO_ALIGN_LEFT
                           : cos (a) < -0.2 ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_CENTER;
      PangoRectangle r1, r2;

      if (before != NULL)
        {
          g_autofree char *v1 = before->values[i] == ITA_CENTI_NONE
            ? g_strdup ("–") : ita_chart_format_value (self->style, before->values[i]);

          values = g_strdup_printf ("%s (%s)", v0, v1);
        }
      else
        values = g_steal_pointer (&v0);

      g_clear_object (&labels[i].name);
      g_clear_object (&labels[i].value);
      labels[i].name = ita_chart_text_layout (self, text, size, FALSE, label_w, 2, align);
      labels[i].value = ita_chart_text_layout (self, values, size, TRUE, label_w, 1, align);
      pango_layout_get_extents (labels[i].name, NULL, &r1);
      pango_layout_get_extents (labels[i].value, NULL, &r2);
      labels[i].name_x = (double) r1.x / PANGO_SCALE;
      labels[i].name_w = (double) r1.width / PANGO_SCALE;
      labels[i].name_h = (double) r1.height / PANGO_SCALE;
      labels[i].value_x = (double) r2.x / PANGO_SCALE;
      labels[i].value_w = (double) r2.width / PANGO_SCALE;
      labels[i].w = MAX (labels[i].name_w, labels[i].value_w);
      labels[i].h = labels[i].name_h + (double) r2.height / PANGO_SCALE;
    }
}

/* The largest radius at which every label fits between top and bottom
 * and none overlaps another; *found is FALSE when none does (the radius
 * returned is then 10 or less). */
static double
radar_largest_radius (ItaChartLayout   *self,
                      const RadarLabel *labels,
                      double            cx,
                      double            cy,
                      double            top,
                      double            bottom,
                      double            gap,
                      gboolean         *found)
{
  guint n = self->data->categories->len;
  double avail_w = self->width - 2 * self->margin;
  double R;

  *found = FALSE;
  for (R = MIN (avail_w, bottom - top) / 2; R > 10; R -= MAX (1.0, R * 0.02))
    {
      gboolean ok = TRUE;

      for (guint i = 0; i < n && ok; i++)
        {
          ItaChartRect r = radar_label_rect (&labels[i], spoke_angle (i, n), cx, cy, R, gap);

          ok = inside (&r, self->margin, top, self->width - self->margin, bottom);
          for (guint j = 0; j < i && ok; j++)
            {
              ItaChartRect q = radar_label_rect (&labels[j], spoke_angle (j, n), cx, cy, R, gap);

              ok = apart (&r, &q);
            }
        }
      if (ok)
        {
          *found = TRUE;
          break;
        }
    }
  return R;
}

/* The rings every 20, the spokes and the pass ring. */
static void
radar_grid (ItaChartLayout *self,
            double          cx,
            double          cy,
            double          R)
{
  guint n = self->data->categories->len;
  g_autofree ItaCenti *ring = g_new (ItaCenti, MAX (n, 1));
  ItaChartShape *s;

  for (guint k = 1; k <= 5; k++)
    {
      for (guint i = 0; i < n; i++)
        ring[i] = k * 2000;
      radar_polygon (self, ITA_CHART_ROLE_GRID, ring, n, cx, cy, R, -1);
      s = &g_array_index (self->shapes, ItaChartShape, self->shapes->len - 1);
      s->stroke = ita_chart_grid_color ();
      s->line_width = self->thin;
    }
  for (guint i = 0; i < n; i++)
    {
      double a = spoke_angle (i, n);

      ita_chart_add_line (self, ITA_CHART_ROLE_GRID, cx, cy, cx + R * cos (a), cy + R * sin (a),
                          ita_chart_grid_color (), self->thin, FALSE);
    }
  for (guint i = 0; i < n; i++)
    ring[i] = self->data->pass_mark;
  radar_polygon (self, ITA_CHART_ROLE_PASS_LINE, ring, n, cx, cy, R, -1);
  s = &g_array_index (self->shapes, ItaChartShape, self->shapes->len - 1);
  s->stroke = ita_chart_ink (self);
  s->line_width = self->thin;
  s->dashed = TRUE;
  s->value = self->data->pass_mark;
}

/* The polygon and points of each series, last year under this year. */
static void
radar_series (ItaChartLayout *self,
              guint           n_series,
              double          cx,
              double          cy,
              double          R)
{
  guint n = self->data->categories->len;

  for (guint k = n_series; k > 0; k--)
    {
      const ItaChartSeries *ser = g_ptr_array_index (self->data->series, k - 1);
      ItaChartColor color = ita_chart_series_color (self, k - 1);
      ItaChartShape *s;

      radar_polygon (self, ITA_CHART_ROLE_SERIES, ser->values, n, cx, cy, R, k - 1);
      s = &g_array_index (self->shapes, ItaChartShape, self->shapes->len - 1);
      s->stroke = color;
      s->line_width = self->line;
      s->dashed = k > 1;
      s->fill = k == 1 ? ita_chart_with_alpha (color, 0.15) : ita_chart_none ();
      for (guint i = 0; i < n; i++)
        {
          double a = spoke_angle (i, n);
          double r;

          if (ser->values[i] == ITA_CENTI_NONE)
            continue;
          r = R * ser->values[i] / ITA_CENTI_MAX;
          s = ita_chart_add (self, ITA_CHART_SHAPE_MARKER, ITA_CHART_ROLE_POINT);
          s->x0 = cx + r * cos (a);
          s->y0 = cy + r * sin (a);
          s->size = MAX (6, self->body * 0.45);
          s->marker = ita_chart_series_marker (k - 1);
          s->fill = color;
          s->stroke = (ItaChartColor) { 1, 1, 1, 1 };
          s->line_width = self->thin;
          s->category = i;
          s->series = k - 1;
          s->value = ser->values[i];
          s->rect = (ItaChartRect) { s->x0 - s->size / 2, s->y0 - s->size / 2, s->size, s->size };
        }
    }
}

/* Places the labels at the ends of the spokes; takes their layouts. */
static void
radar_labels (ItaChartLayout *self,
              RadarLabel     *labels,
              double          cx,
              double          cy,
              double          R,
              double          gap)
{
  guint n = self->data->categories->len;
  const ItaChartSeries *now = g_ptr_array_index (self->data->series, 0);

  for (guint i = 0; i < n; i++)
    {
      double a = spoke_angle (i, n);
      ItaChartRect r = radar_label_rect (&labels[i], a, cx, cy, R, gap);
      /* each line sits towards the radar: left, right or centred */
      double f = cos (a) > 0.2 ? 0 : cos (a) < -0.2 ? 1 : 0.5;
      ItaChartShape *s;

      s = ita_chart_add_text (self, ITA_CHART_ROLE_CATEGORY_LABEL, g_steal_pointer (&labels[i].name),
                              r.x + f * (r.width - labels[i].name_w) - labels[i].name_x, r.y, 0,
                              ita_chart_ink (self));
      s->category = i;
      s = ita_chart_add_text (self, ITA_CHART_ROLE_VALUE_LABEL, g_steal_pointer (&labels[i].value),
                              r.x + f * (r.width - labels[i].value_w) - labels[i].value_x,
                              r.y + labels[i].name_h, 0, ita_chart_ink (self));
      s->category = i;
      s->value = now->values[i];
    }
}

/* The ring figures up the first spoke, those without room left out. */
static void
radar_ring_figures (ItaChartLayout *self,
                    double          cx,
                    double          cy,
                    double          R)
{
  for (guint k = 1; k <= 5; k++)
    {
      g_autofree char *text = ita_chart_format_short (self->style, k * 2000);
      PangoLayout *l = ita_chart_text_layout (self, text, self->small * 0.85, FALSE, 0, 0, PANGO_ALIGN_LEFT);
      ItaChartRect r = { cx + self->gap / 4, cy - R * k / 5, 0, 0 };
      ItaChartShape *s;

      ita_chart_text_size (l, &r.width, &r.height);
      if (ita_chart_overlaps_text (self, &r, 1))
        {
          g_object_unref (l);
          continue;
        }
      s = ita_chart_add_text (self, ITA_CHART_ROLE_TICK_LABEL, l, r.x, r.y, 0, ita_chart_muted ());
      s->value = k * 2000;
    }
}

void
ita_chart_layout_radar (ItaChartLayout *self,
                        double          top)
{
  guint n = self->data->categories->len;
  guint n_series = MIN (self->data->series->len, 2);
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (ItaChartLegendItem));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree RadarLabel *labels = g_new0 (RadarLabel, MAX (n, 1));
  double bottom, cx, cy, R, gap = self->gap / 2;

  radar_legend (self, n_series, items, texts);
  bottom = self->height - self->margin - ita_chart_layout_legend (self, (gpointer) items->data, items->len,
                                                                  self->height - self->margin) - self->gap;

  /* narrower and smaller labels until the radar gets a useful radius */
  cx = round (self->width / 2);
  cy = round ((top + bottom) / 2);
  R = 0;
  for (int attempt = 0; attempt < 5; attempt++)
    {
      gboolean found;

      radar_label_layouts (self, labels, attempt);
      R = radar_largest_radius (self, labels, cx, cy, top, bottom, gap, &found);
      if (found && R >= (bottom - top) * 0.3)
        break;
    }
  R = MAX (R, 10);
  self->plot = (ItaChartRect) { cx - R, cy - R, 2 * R, 2 * R };

  radar_grid (self, cx, cy, R);
  radar_series (self, n_series, cx, cy, R);
  radar_labels (self, labels, cx, cy, R, gap);
  radar_ring_figures (self, cx, cy, R);
}
