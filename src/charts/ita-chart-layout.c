/* ita-chart-layout.c: laying out a chart — shared parts (fonts, text,
 * title, legend, axes, the "no data yet" chart) and the entry points */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "ita-chart-layout-private.h"
#include "ita-chart-text-private.h"
#include "ita-thai.h"

/* Font sizes at 1920×1080, in pixels, for a font whose Thai consonants
 * are REFERENCE_HEIGHT of its size tall (Noto Sans Thai is 0.58). */
#define BODY_SIZE        30.0
#define SMALL_SIZE       25.0
#define TITLE_SIZE       46.0
#define BIG_SIZE        120.0
#define MIN_SMALL_SIZE   10.5
#define REFERENCE_HEIGHT 0.56

/* Colours ------------------------------------------------------------- */

ItaChartColor
ita_chart_ink (const ItaChartLayout *self)
{
  return self->style->palette[ITA_CHART_COLOR_INK];
}

ItaChartColor
ita_chart_muted (void)
{
  return (ItaChartColor) { 0.30, 0.30, 0.30, 1.0 };
}

ItaChartColor
ita_chart_grid_color (void)
{
  return (ItaChartColor) { 0.80, 0.80, 0.80, 1.0 };
}

ItaChartColor
ita_chart_track_color (void)
{
  return (ItaChartColor) { 0.93, 0.93, 0.93, 1.0 };
}

ItaChartColor
ita_chart_none (void)
{
  return (ItaChartColor) { 0, 0, 0, 0 };
}

ItaChartColor
ita_chart_with_alpha (ItaChartColor c,
                      double        alpha)
{
  c.a = alpha;
  return c;
}

ItaChartColor
ita_chart_color (const ItaChartLayout *self,
                 ItaChartColorId       id)
{
  return self->style->palette[id];
}

static const ItaChartColorId series_colors[] = {
  ITA_CHART_COLOR_BLUE, ITA_CHART_COLOR_ORANGE, ITA_CHART_COLOR_GREEN,
  ITA_CHART_COLOR_VERMILLION, ITA_CHART_COLOR_PURPLE, ITA_CHART_COLOR_SKY,
};

ItaChartColor
ita_chart_series_color (const ItaChartLayout *self,
                        guint                 i)
{
  return self->style->palette[series_colors[i % G_N_ELEMENTS (series_colors)]];
}

ItaChartPattern
ita_chart_series_pattern (guint i)
{
  static const ItaChartPattern patterns[] = {
    ITA_CHART_PATTERN_SOLID, ITA_CHART_PATTERN_HATCH, ITA_CHART_PATTERN_DOTS,
    ITA_CHART_PATTERN_CROSS, ITA_CHART_PATTERN_BACKHATCH, ITA_CHART_PATTERN_HORIZONTAL,
  };

  return patterns[i % G_N_ELEMENTS (patterns)];
}

ItaChartMarker
ita_chart_series_marker (guint i)
{
  static const ItaChartMarker markers[] = {
    ITA_CHART_MARKER_CIRCLE, ITA_CHART_MARKER_SQUARE, ITA_CHART_MARKER_DIAMOND,
    ITA_CHART_MARKER_TRIANGLE,
  };

  return markers[i % G_N_ELEMENTS (markers)];
}

ItaChartColor
ita_chart_band_color (const ItaChartLayout *self,
                      guint                 i,
                      guint                 n)
{
  static const ItaChartColorId ramp[] = {
    ITA_CHART_COLOR_GREEN, ITA_CHART_COLOR_SKY, ITA_CHART_COLOR_BLUE,
    ITA_CHART_COLOR_YELLOW, ITA_CHART_COLOR_ORANGE, ITA_CHART_COLOR_PURPLE,
    ITA_CHART_COLOR_VERMILLION,
  };
  guint last = G_N_ELEMENTS (ramp) - 1;

  if (n <= 1)
    return self->style->palette[ITA_CHART_COLOR_GREEN];
  if (n == 2)
    return self->style->palette[i == 0 ? ITA_CHART_COLOR_GREEN : ITA_CHART_COLOR_VERMILLION];
  if (n == 3)
    {
      static const ItaChartColorId three[] = {
        ITA_CHART_COLOR_GREEN, ITA_CHART_COLOR_ORANGE, ITA_CHART_COLOR_VERMILLION,
      };
      return self->style->palette[three[MIN (i, 2)]];
    }
  return self->style->palette[ramp[MIN ((i * last + (n - 1) / 2) / (n - 1), last)]];
}

/* Shapes ---------------------------------------------------------------- */

double
ita_chart_snap (double v,
                double w)
{
  long iw = lround (w);

  if (iw % 2 == 1)
    return floor (v) + 0.5;
  return round (v);
}

ItaChartShape *
ita_chart_add (ItaChartLayout    *self,
               ItaChartShapeType  type,
               ItaChartRole       role)
{
  ItaChartShape shape = { 0 };

  shape.type = type;
  shape.role = role;
  shape.category = -1;
  shape.series = -1;
  shape.value = ITA_CENTI_NONE;
  shape.size = self->hatch;
  g_array_append_val (self->shapes, shape);
  return &g_array_index (self->shapes, ItaChartShape, self->shapes->len - 1);
}

ItaChartShape *
ita_chart_add_rect (ItaChartLayout  *self,
                    ItaChartRole     role,
                    double           x,
                    double           y,
                    double           w,
                    double           h,
                    ItaChartColor    fill,
                    ItaChartPattern  pattern)
{
  ItaChartShape *s = ita_chart_add (self, ITA_CHART_SHAPE_RECT, role);

  s->rect = (ItaChartRect) { x, y, MAX (w, 0), MAX (h, 0) };
  s->fill = fill;
  s->pattern = pattern;
  s->stroke = fill;
  s->line_width = pattern == ITA_CHART_PATTERN_SOLID ? 0 : self->thin;
  return s;
}

ItaChartShape *
ita_chart_add_line (ItaChartLayout *self,
                    ItaChartRole    role,
                    double          x0,
                    double          y0,
                    double          x1,
                    double          y1,
                    ItaChartColor   color,
                    double          width,
                    gboolean        dashed)
{
  ItaChartShape *s = ita_chart_add (self, ITA_CHART_SHAPE_LINE, role);

  if (x0 == x1)
    x0 = x1 = ita_chart_snap (x0, width);
  if (y0 == y1)
    y0 = y1 = ita_chart_snap (y0, width);
  s->x0 = x0;
  s->y0 = y0;
  s->x1 = x1;
  s->y1 = y1;
  s->rect = (ItaChartRect) { MIN (x0, x1), MIN (y0, y1), fabs (x1 - x0), fabs (y1 - y0) };
  s->stroke = color;
  s->line_width = width;
  s->dashed = dashed;
  return s;
}

/* Text ------------------------------------------------------------------ */

/* Every text of a chart in the style's digits, with each year kept with
 * its "พ.ศ." (a no-break space): the numbers inside the fixed words too
 * ("ตัวชี้วัดทั้ง 10 ตัว"), and those of an agency's or a measure's name. */
static char *
shown_text (ItaChartLayout *self,
            const char     *text)
{
  g_autofree char *digits = ita_chart_digits (self->style, text);

  return ita_thai_bind_years (digits);
}

static gboolean
fits (PangoLayout *layout,
      const char  *text,
      gsize        length)
{
  g_autoptr(GString) shortened = g_string_new_len (text, length);

  while (shortened->len > 0 && g_ascii_isspace (shortened->str[shortened->len - 1]))
    g_string_truncate (shortened, shortened->len - 1);
  g_string_append (shortened, "…");
  pango_layout_set_text (layout, shortened->str, -1);
  return !pango_layout_is_ellipsized (layout);
}

/* A text longer than its lines is shortened at the end of a word, never
 * inside one (Pango's own ellipsis cuts anywhere: in Thai, in the middle
 * of a word). Thai words are found by Pango's line breaking (libthai).
 * A first word too long for the lines keeps Pango's ellipsis. */
static void
shorten_at_word (PangoLayout *layout,
                 const char  *text)
{
  const PangoLogAttr *attrs;
  int n_attrs;
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (gsize));
  guint lo = 0, hi;
  gboolean found = FALSE;
  gsize best = 0;

  if (!pango_layout_is_ellipsized (layout))
    return;
  attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);
  for (int i = 1; i < n_attrs - 1; i++)
    if (attrs[i].is_line_break)
      {
        gsize offset = g_utf8_offset_to_pointer (text, i) - text;
        g_array_append_val (cuts, offset);
      }

  /* the longest start of the text, cut where a line may break, that fits */
  hi = cuts->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      gsize length = g_array_index (cuts, gsize, mid);

      if (fits (layout, text, length))
        {
          found = TRUE;
          best = length;
          lo = mid + 1;
        }
      else
        hi = mid;
    }
  if (found)
    fits (layout, text, best);
  else
    pango_layout_set_text (layout, text, -1);
}

PangoLayout *
ita_chart_text_layout (ItaChartLayout *self,
                       const char     *text,
                       double          size,
                       gboolean        bold,
                       double          max_width,
                       int             max_lines,
                       PangoAlignment  align)
{
  PangoLayout *layout = pango_layout_new (self->pango);
  g_autoptr(PangoFontDescription) desc = pango_font_description_copy_static (self->font);
  g_autofree char *shown = shown_text (self, text != NULL ? text : "");

  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, shown, -1);
  pango_layout_set_alignment (layout, align);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) floor (max_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      if (max_lines > 0)
        {
          pango_layout_set_height (layout, -max_lines);
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          shorten_at_word (layout, shown);
        }
    }
  return layout;
}

static void
text_extents (PangoLayout *layout,
              double      *x,
              double      *width,
              double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (x != NULL)
    *x = (double) logical.x / PANGO_SCALE;
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

void
ita_chart_text_size (PangoLayout *layout,
                     double      *width,
                     double      *height)
{
  text_extents (layout, NULL, width, height);
}

double
ita_chart_text_width (ItaChartLayout *self,
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

double
ita_chart_line_height (ItaChartLayout *self,
                       double          size)
{
  g_autoptr(PangoLayout) layout = ita_chart_text_layout (self, "Ag ก", size, FALSE, 0, 0,
                                                         PANGO_ALIGN_LEFT);
  double h;

  ita_chart_text_size (layout, NULL, &h);
  return h;
}

ItaChartShape *
ita_chart_add_text (ItaChartLayout *self,
                    ItaChartRole    role,
                    PangoLayout    *layout,
                    double          x,
                    double          y,
                    double          angle,
                    ItaChartColor   color)
{
  ItaChartShape *s = ita_chart_add (self, ITA_CHART_SHAPE_TEXT, role);
  double lx, w, h;

  text_extents (layout, &lx, &w, &h);
  s->text = layout;
  s->x0 = x;
  s->y0 = y;
  s->angle = angle;
  s->fill = color;
  if (angle == 0)
    s->rect = (ItaChartRect) { x + lx, y, w, h };
  else
    s->rect = (ItaChartRect) { x, y - lx - w, h, w };
  return s;
}

ItaChartShape *
ita_chart_add_plated_text (ItaChartLayout *self,
                           ItaChartRole    role,
                           PangoLayout    *layout,
                           double          x,
                           double          y,
                           double          angle,
                           ItaChartColor   color)
{
  ItaChartShape *plate = ita_chart_add (self, ITA_CHART_SHAPE_RECT, ITA_CHART_ROLE_DECORATION);
  guint index = self->shapes->len - 1;
  ItaChartShape *text = ita_chart_add_text (self, role, layout, x, y, angle, color);
  double pad = MAX (1.0, self->gap / 8);

  plate = &g_array_index (self->shapes, ItaChartShape, index);
  plate->rect = (ItaChartRect) { text->rect.x - pad, text->rect.y, text->rect.width + 2 * pad, text->rect.height };
  plate->fill = (ItaChartColor) { 1, 1, 1, 0.85 };
  plate->pattern = ITA_CHART_PATTERN_SOLID;
  return &g_array_index (self->shapes, ItaChartShape, index + 1);
}

ItaChartShape *
ita_chart_add_label (ItaChartLayout *self,
                     ItaChartRole    role,
                     const char     *text,
                     double          size,
                     gboolean        bold,
                     double          x,
                     double          y,
                     PangoAlignment  align,
                     ItaChartColor   color)
{
  PangoLayout *layout = ita_chart_text_layout (self, text, size, bold, 0, 0, PANGO_ALIGN_LEFT);
  double w;

  ita_chart_text_size (layout, &w, NULL);
  if (align == PANGO_ALIGN_CENTER)
    x -= w / 2;
  else if (align == PANGO_ALIGN_RIGHT)
    x -= w;
  return ita_chart_add_text (self, role, layout, x, y, 0, color);
}

static gboolean
rects_overlap (const ItaChartRect *a,
               const ItaChartRect *b,
               double              pad)
{
  return a->x < b->x + b->width + pad && b->x < a->x + a->width + pad &&
         a->y < b->y + b->height + pad && b->y < a->y + a->height + pad;
}

gboolean
ita_chart_overlaps_text (const ItaChartLayout *self,
                         const ItaChartRect   *r,
                         double                pad)
{
  for (guint i = 0; i < self->shapes->len; i++)
    {
      const ItaChartShape *s = &g_array_index (self->shapes, ItaChartShape, i);

      if (s->type == ITA_CHART_SHAPE_TEXT && rects_overlap (&s->rect, r, pad))
        return TRUE;
    }
  return FALSE;
}

/* Title, legend, axes --------------------------------------------------- */

double
ita_chart_layout_title (ItaChartLayout *self)
{
  double avail = self->width - 2 * self->margin;
  g_autofree char *subtitle = ita_chart_subtitle (self->style, self->data);
  PangoLayout *layout;
  double y = self->margin * 0.8;
  double h;

  if (self->style->no_title)
    return self->margin * 0.5;
  layout = ita_chart_text_layout (self, ita_chart_title (self->style, self->kind),
                                  self->title, TRUE, avail, 2, PANGO_ALIGN_LEFT);
  ita_chart_text_size (layout, NULL, &h);
  ita_chart_add_text (self, ITA_CHART_ROLE_TITLE, layout, self->margin, y, 0, ita_chart_ink (self));
  y += h;

  if (*subtitle != '\0')
    {
      layout = ita_chart_text_layout (self, subtitle, self->body, FALSE, avail, 1, PANGO_ALIGN_LEFT);
      ita_chart_text_size (layout, NULL, &h);
      ita_chart_add_text (self, ITA_CHART_ROLE_SUBTITLE, layout, self->margin, y, 0, ita_chart_muted ());
      y += h;
    }
  return y + self->gap;
}

/* The note that the figures drawn are not final, under the title (a
 * sentence, not colour alone); returns the y below it. */
static double
layout_status (ItaChartLayout *self,
               double          top)
{
  const char *status = ita_chart_pick (self->style, self->data->status_th, self->data->status_en);
  double avail = self->width - 2 * self->margin;
  PangoLayout *layout;
  double h;

  if (status == NULL || *status == '\0')
    return top;
  /* two lines where there is room; a small slide keeps its plot */
  layout = ita_chart_text_layout (self, status, self->small, FALSE, avail, self->height < 700 ? 1 : 2,
                                  PANGO_ALIGN_LEFT);
  ita_chart_text_size (layout, NULL, &h);
  ita_chart_add_text (self, ITA_CHART_ROLE_NOTE, layout, self->margin, top - self->gap / 2, 0,
                      ita_chart_ink (self));
  return top - self->gap / 2 + h + self->gap;
}

static void
add_swatch (ItaChartLayout           *self,
            const ItaChartLegendItem *item,
            double                    x,
            double                    y,
            double                    w,
            double                    h)
{
  ItaChartShape *s;

  switch (item->swatch)
    {
    case ITA_CHART_SWATCH_BOX:
      s = ita_chart_add_rect (self, ITA_CHART_ROLE_LEGEND, x, y + h * 0.1, w, h * 0.8,
                              item->color, item->pattern);
      s->stroke = item->color;
      s->line_width = self->thin;
      s->series = item->series;
      break;
    case ITA_CHART_SWATCH_LINE:
    case ITA_CHART_SWATCH_DASH:
      s = ita_chart_add_line (self, ITA_CHART_ROLE_LEGEND, x, y + h / 2, x + w, y + h / 2,
                              item->color, self->line, item->dashed);
      s->series = item->series;
      if (item->swatch == ITA_CHART_SWATCH_LINE && item->marked)
        {
          s = ita_chart_add (self, ITA_CHART_SHAPE_MARKER, ITA_CHART_ROLE_LEGEND);
          s->x0 = x + w / 2;
          s->y0 = y + h / 2;
          s->size = h * 0.55;
          s->marker = item->marker;
          s->fill = item->color;
          s->stroke = (ItaChartColor) { 1, 1, 1, 1 };
          s->line_width = self->thin;
          s->rect = (ItaChartRect) { s->x0 - s->size / 2, s->y0 - s->size / 2, s->size, s->size };
        }
      break;
    default:
      g_assert_not_reached ();
    }
}

double
ita_chart_layout_legend (ItaChartLayout           *self,
                         const ItaChartLegendItem *items,
                         guint                     n_items,
                         double                    bottom)
{
  double avail = self->width - 2 * self->margin;
  double sw = self->small * 1.8;
  double sh = self->small;
  double spacing = self->small * 1.2;
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree double *widths = g_new0 (double, MAX (n_items, 1));
  g_autofree guint *row_of = g_new0 (guint, MAX (n_items, 1));
  g_autofree double *row_width = g_new0 (double, MAX (n_items, 1));
  double row_h = 0, x = 0, y;
  guint rows = 1;

  if (n_items == 0)
    return 0;

  for (guint i = 0; i < n_items; i++)
    {
      PangoLayout *l = ita_chart_text_layout (self, items[i].text, self->small, FALSE,
                                              avail - sw - self->gap / 2, 2, PANGO_ALIGN_LEFT);
      double tw, th, w;

      ita_chart_text_size (l, &tw, &th);
      g_ptr_array_add (layouts, l);
      w = sw + self->gap / 2 + tw;
      widths[i] = w;
      row_h = MAX (row_h, th);
      if (x > 0 && x + spacing + w > avail)
        {
          rows++;
          x = 0;
        }
      else if (x > 0)
        x += spacing;
      row_of[i] = rows - 1;
      x += w;
      row_width[rows - 1] = x;
    }

  y = bottom - rows * row_h;
  for (guint r = 0, i = 0; r < rows; r++)
    {
      x = self->margin + (avail - row_width[r]) / 2;
      for (; i < n_items && row_of[i] == r; i++)
        {
          PangoLayout *l = g_object_ref (g_ptr_array_index (layouts, i));
          ItaChartShape *s;
          double th;

          ita_chart_text_size (l, NULL, &th);
          add_swatch (self, &items[i], x, y + (row_h - sh) / 2, sw, sh);
          s = ita_chart_add_text (self, ITA_CHART_ROLE_LEGEND_LABEL, l,
                                  x + sw + self->gap / 2, y + (row_h - th) / 2, 0,
                                  ita_chart_ink (self));
          s->series = items[i].series;
          x += widths[i] + spacing;
        }
      y += row_h;
    }
  return rows * row_h;
}

double
ita_chart_tick_label_width (ItaChartLayout *self,
                            ItaCenti        hi)
{
  g_autofree char *text = ita_chart_format_short (self->style, hi);

  return ita_chart_text_width (self, text, self->small, FALSE);
}

void
ita_chart_value_axis (ItaChartLayout *self,
                      gboolean        horizontal,
                      ItaCenti        lo,
                      ItaCenti        hi,
                      ItaCenti        step,
                      gboolean        grid)
{
  const ItaChartRect *p = &self->plot;

  for (ItaCenti v = lo; v <= hi; v += step)
    {
      g_autofree char *text = ita_chart_format_short (self->style, v);
      double f = (double) (v - lo) / (hi - lo);

      if (horizontal)
        {
          double x = p->x + f * p->width;

          if (grid && v > lo)
            ita_chart_add_line (self, ITA_CHART_ROLE_GRID, x, p->y, x, p->y + p->height,
                                ita_chart_grid_color (), self->thin, FALSE);
          ita_chart_add_label (self, ITA_CHART_ROLE_TICK_LABEL, text, self->small, FALSE,
                               x, p->y + p->height + self->gap / 3, PANGO_ALIGN_CENTER,
                               ita_chart_muted ())->value = v;
        }
      else
        {
          double y = p->y + p->height - f * p->height;
          ItaChartShape *s;

          if (grid && v > lo)
            ita_chart_add_line (self, ITA_CHART_ROLE_GRID, p->x, y, p->x + p->width, y,
                                ita_chart_grid_color (), self->thin, FALSE);
          s = ita_chart_add_label (self, ITA_CHART_ROLE_TICK_LABEL, text, self->small, FALSE,
                                   p->x - self->gap / 3, y, PANGO_ALIGN_RIGHT, ita_chart_muted ());
          s->value = v;
          s->y0 -= s->rect.height / 2;
          s->rect.y -= s->rect.height / 2;
        }
    }

  if (horizontal)
    ita_chart_add_line (self, ITA_CHART_ROLE_AXIS, p->x, p->y, p->x, p->y + p->height,
                        ita_chart_ink (self), self->thin, FALSE);
  else
    ita_chart_add_line (self, ITA_CHART_ROLE_AXIS, p->x, p->y + p->height,
                        p->x + p->width, p->y + p->height, ita_chart_ink (self), self->thin, FALSE);
}

/* The "no data yet" chart ------------------------------------------------ */

static ItaChartTextId
hint_for_kind (ItaChartKind kind)
{
  switch (kind)
    {
    case ITA_CHART_YEARS:
    case ITA_CHART_TREND:
      return ITA_CHART_TEXT_HINT_YEARS;
    case ITA_CHART_OIT:
      return ITA_CHART_TEXT_HINT_OIT;
    case ITA_CHART_TIMELINE:
      return ITA_CHART_TEXT_HINT_MEASURES;
    case ITA_CHART_INDICATORS:
    case ITA_CHART_TOOLS:
    case ITA_CHART_GAUGE:
    case ITA_CHART_RADAR:
    case ITA_CHART_N_KINDS:
    default:
      return ITA_CHART_TEXT_HINT_SCORES;
    }
}

static void
layout_empty (ItaChartLayout *self,
              double          top)
{
  double avail = self->width - 2 * self->margin;
  double bottom = self->height - self->margin;
  PangoLayout *message, *hint;
  double mh, hh, y;
  ItaChartShape *s;

  self->plot = (ItaChartRect) { self->margin, top, avail, bottom - top };
  s = ita_chart_add_rect (self, ITA_CHART_ROLE_DECORATION, ita_chart_snap (self->plot.x, self->thin),
                          ita_chart_snap (self->plot.y, self->thin), floor (self->plot.width),
                          floor (self->plot.height), ita_chart_none (), ITA_CHART_PATTERN_NONE);
  s->stroke = ita_chart_grid_color ();
  s->line_width = self->thin;
  s->dashed = TRUE;

  message = ita_chart_text_layout (self, ita_chart_text (self->style, ITA_CHART_TEXT_NO_DATA),
                                   self->title * 1.3, TRUE, avail * 0.9, 1, PANGO_ALIGN_CENTER);
  hint = ita_chart_text_layout (self, ita_chart_text (self->style, hint_for_kind (self->kind)),
                                self->body, FALSE, avail * 0.8, 3, PANGO_ALIGN_CENTER);
  ita_chart_text_size (message, NULL, &mh);
  ita_chart_text_size (hint, NULL, &hh);
  y = top + (bottom - top - mh - hh - self->gap) / 2;
  ita_chart_add_text (self, ITA_CHART_ROLE_EMPTY_MESSAGE, message,
                      self->margin + avail * 0.05, y, 0, ita_chart_muted ());
  ita_chart_add_text (self, ITA_CHART_ROLE_NOTE, hint,
                      self->margin + avail * 0.1, y + mh + self->gap, 0, ita_chart_muted ());
}

/* Setting up ------------------------------------------------------------ */

/* How tall the resolved font's letters are for its nominal size: the TH
 * Sarabun family (and fontconfig's aliases for it) draws much smaller
 * letters than Noto Sans Thai at the same size. */
static double
measure_font_factor (ItaChartLayout *self)
{
  const char *sample = self->style->language == ITA_CHART_LANG_TH ? "กขคงจ" : "xnoe";
  g_autoptr(PangoLayout) layout = ita_chart_text_layout (self, sample, 100, FALSE, 0, 0,
                                                         PANGO_ALIGN_LEFT);
  PangoRectangle ink;
  double height;

  pango_layout_get_extents (layout, &ink, NULL);
  height = (double) ink.height / PANGO_SCALE / 100.0;
  if (height <= 0.05)
    return 1.0;
  return CLAMP (REFERENCE_HEIGHT / height, 0.85, 1.6);
}

static void
setup (ItaChartLayout *self)
{
  cairo_font_options_t *options = cairo_font_options_create ();
  double factor;

  /* Unhinted metrics: text measures the same on every surface and
   * scales linearly, so a layout for a PNG also fits in a PDF. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_font_options (self->pango, options);
  pango_cairo_context_set_resolution (self->pango, 72.0);
  pango_context_set_round_glyph_positions (self->pango, FALSE);
  pango_context_set_language (self->pango,
                              pango_language_from_string (self->style->language == ITA_CHART_LANG_TH
                                                          ? "th" : "en"));
  cairo_font_options_destroy (options);

  self->font = pango_font_description_new ();
  pango_font_description_set_family (self->font, self->style->font_family);

  /* Sizes follow the canvas, a little less than linearly so that small
   * canvases keep readable text. */
  self->scale = pow (MIN (self->width / 1920.0, self->height / 1080.0), 0.85);
  factor = measure_font_factor (self);
  self->body = MAX (MIN_SMALL_SIZE * 1.1, BODY_SIZE * self->scale) * factor;
  self->small = MAX (MIN_SMALL_SIZE, SMALL_SIZE * self->scale) * factor;
  self->title = MAX (MIN_SMALL_SIZE * 1.4, TITLE_SIZE * self->scale) * factor;
  self->big = MAX (MIN_SMALL_SIZE * 2.5, BIG_SIZE * self->scale) * factor;
  self->line = MAX (1.0, round (3.0 * self->scale));
  self->thin = MAX (1.0, round (1.4 * self->scale));
  self->gap = MAX (4.0, 20.0 * self->scale);
  self->margin = MAX (10.0, 48.0 * self->scale);
  self->hatch = MAX (4.0, 12.0 * self->scale);
}

ItaChartLayout *
ita_chart_layout_new (ItaChartKind         kind,
                      ItaChartData        *data,
                      const ItaChartStyle *style,
                      double               width,
                      double               height)
{
  ItaChartLayout *self;
  double top;

  g_return_val_if_fail (kind < ITA_CHART_N_KINDS, NULL);
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (style != NULL, NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  self = g_new0 (ItaChartLayout, 1);
  self->kind = kind;
  self->data = ita_chart_data_ref (data);
  self->style = ita_chart_style_copy (style);
  self->width = width;
  self->height = height;
  self->shapes = g_array_new (FALSE, TRUE, sizeof (ItaChartShape));
  setup (self);

  top = ita_chart_layout_title (self);
  self->empty = ita_chart_data_is_empty (data);
  if (self->empty)
    {
      layout_empty (self, top);
      return self;
    }
  top = layout_status (self, top);

  switch (kind)
    {
    case ITA_CHART_INDICATORS: ita_chart_layout_indicators (self, top); break;
    case ITA_CHART_TOOLS:      ita_chart_layout_tools (self, top);      break;
    case ITA_CHART_GAUGE:      ita_chart_layout_gauge (self, top);      break;
    case ITA_CHART_YEARS:      ita_chart_layout_years (self, top);      break;
    case ITA_CHART_TREND:      ita_chart_layout_trend (self, top);      break;
    case ITA_CHART_RADAR:      ita_chart_layout_radar (self, top);      break;
    case ITA_CHART_OIT:        ita_chart_layout_oit (self, top);        break;
    case ITA_CHART_TIMELINE:   ita_chart_layout_timeline (self, top);   break;
    case ITA_CHART_N_KINDS:
    default:
      g_assert_not_reached ();
    }
  return self;
}

void
ita_chart_layout_free (ItaChartLayout *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < self->shapes->len; i++)
    {
      ItaChartShape *s = &g_array_index (self->shapes, ItaChartShape, i);

      g_clear_object (&s->text);
      g_free (s->points);
    }
  g_array_unref (self->shapes);
  pango_font_description_free (self->font);
  g_clear_object (&self->pango);
  ita_chart_style_free (self->style);
  ita_chart_data_unref (self->data);
  g_free (self);
}

double
ita_chart_layout_get_width (const ItaChartLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->width;
}

double
ita_chart_layout_get_height (const ItaChartLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->height;
}

const ItaChartRect *
ita_chart_layout_get_plot (const ItaChartLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->plot;
}

gboolean
ita_chart_layout_is_empty (const ItaChartLayout *self)
{
  g_return_val_if_fail (self != NULL, TRUE);
  return self->empty;
}

guint
ita_chart_layout_get_n_shapes (const ItaChartLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->shapes->len;
}

const ItaChartShape *
ita_chart_layout_get_shape (const ItaChartLayout *self,
                            guint                 index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->shapes->len, NULL);
  return &g_array_index (self->shapes, ItaChartShape, index);
}

double
ita_chart_layout_get_font_size (const ItaChartLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->body;
}

void
ita_chart_render (ItaChartKind         kind,
                  ItaChartData        *data,
                  const ItaChartStyle *style,
                  cairo_t             *cr,
                  double               width,
                  double               height)
{
  g_autoptr(ItaChartLayout) layout = NULL;

  g_return_if_fail (cr != NULL);

  layout = ita_chart_layout_new (kind, data, style, width, height);
  if (layout != NULL)
    ita_chart_layout_draw (layout, cr);
}
