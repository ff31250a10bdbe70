/* ita-chart-draw.c: drawing a laid-out chart — only drawing, every
 * position and size was decided by the layout */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "ita-chart-layout-private.h"

static void
set_color (cairo_t             *cr,
           const ItaChartColor *c)
{
  cairo_set_source_rgba (cr, c->r, c->g, c->b, c->a);
}

/* A pale tint of the colour on white, behind the pattern lines. */
static void
set_tint (cairo_t             *cr,
          const ItaChartColor *c)
{
  cairo_set_source_rgba (cr, 1 - (1 - c->r) * 0.22, 1 - (1 - c->g) * 0.22,
                         1 - (1 - c->b) * 0.22, c->a);
}

static void
set_dash (cairo_t *cr,
          double   width,
          gboolean dashed)
{
  if (dashed)
    {
      double dash[] = { width * 4, width * 3 };
      cairo_set_dash (cr, dash, 2, 0);
    }
  else
    cairo_set_dash (cr, NULL, 0, 0);
}

/* Fills the current path with the shape's pattern; keeps the path. */
static void
fill_pattern (cairo_t             *cr,
              const ItaChartShape *s)
{
  double x0, y0, x1, y1, step = MAX (s->size, 3.0);

  if (s->pattern == ITA_CHART_PATTERN_SOLID)
    {
      set_color (cr, &s->fill);
      cairo_fill_preserve (cr);
      return;
    }
  if (s->pattern == ITA_CHART_PATTERN_NONE)
    {
      if (s->fill.a > 0)
        {
          set_tint (cr, &s->fill);
          cairo_fill_preserve (cr);
        }
      return;
    }

  set_tint (cr, &s->fill);
  cairo_fill_preserve (cr);

  cairo_save (cr);
  cairo_clip_preserve (cr);
  cairo_fill_extents (cr, &x0, &y0, &x1, &y1);
  cairo_new_path (cr);
  set_color (cr, &s->fill);
  cairo_set_line_width (cr, MAX (1.0, step / 4));
  cairo_set_dash (cr, NULL, 0, 0);

  /* Anchored to the canvas, not the shape, so neighbours line up. */
  x0 = floor (x0 / step) * step - step;
  y0 = floor (y0 / step) * step - step;
  switch (s->pattern)
    {
    case ITA_CHART_PATTERN_HATCH:
    case ITA_CHART_PATTERN_CROSS:
      for (double d = x0 - (y1 - y0); d < x1 + step; d += step)
        {
          cairo_move_to (cr, d, y1 + step);
          cairo_line_to (cr, d + (y1 - y0) + 2 * step, y0 - step);
        }
      if (s->pattern == ITA_CHART_PATTERN_HATCH)
        break;
      G_GNUC_FALLTHROUGH;
    case ITA_CHART_PATTERN_BACKHATCH:
      for (double d = x0 - (y1 - y0); d < x1 + step; d += step)
        {
          cairo_move_to (cr, d, y0 - step);
          cairo_line_to (cr, d + (y1 - y0) + 2 * step, y1 + step);
        }
      break;
    case ITA_CHART_PATTERN_HORIZONTAL:
      for (double y = y0; y < y1 + step; y += step)
        {
          cairo_move_to (cr, x0, y + 0.5);
          cairo_line_to (cr, x1 + step, y + 0.5);
        }
      break;
    case ITA_CHART_PATTERN_DOTS:
      for (double y = y0; y < y1 + step; y += step)
        for (double x = x0 + (fmod (y / step, 2.0) < 1 ? 0 : step / 2); x < x1 + step; x += step)
          {
            cairo_new_sub_path (cr);
            cairo_arc (cr, x, y, step / 5, 0, 2 * G_PI);
          }
      cairo_fill (cr);
      break;
    case ITA_CHART_PATTERN_SOLID:
    case ITA_CHART_PATTERN_NONE:
    default:
      break;
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
outline (cairo_t             *cr,
         const ItaChartShape *s)
{
  if (s->line_width > 0 && s->stroke.a > 0)
    {
      set_color (cr, &s->stroke);
      cairo_set_line_width (cr, s->line_width);
      set_dash (cr, s->line_width, s->dashed);
      cairo_stroke (cr);
    }
  cairo_new_path (cr);
}

static void
draw_rect (cairo_t             *cr,
           const ItaChartShape *s)
{
  double inset = s->line_width > 0 && s->stroke.a > 0 ? s->line_width / 2 : 0;

  if (s->rect.width <= 0 || s->rect.height <= 0)
    return;
  cairo_rectangle (cr, s->rect.x + inset, s->rect.y + inset,
                   MAX (s->rect.width - 2 * inset, 0), MAX (s->rect.height - 2 * inset, 0));
  fill_pattern (cr, s);
  outline (cr, s);
}

static void
draw_line (cairo_t             *cr,
           const ItaChartShape *s)
{
  cairo_move_to (cr, s->x0, s->y0);
  cairo_line_to (cr, s->x1, s->y1);
  set_color (cr, &s->stroke);
  cairo_set_line_width (cr, s->line_width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  set_dash (cr, s->line_width, s->dashed);
  cairo_stroke (cr);
}

static void
draw_path (cairo_t             *cr,
           const ItaChartShape *s)
{
  if (s->n_points < 2)
    return;
  cairo_move_to (cr, s->points[0], s->points[1]);
  for (guint i = 1; i < s->n_points; i++)
    cairo_line_to (cr, s->points[2 * i], s->points[2 * i + 1]);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (s->closed)
    {
      cairo_close_path (cr);
      if (s->fill.a > 0)
        {
          set_color (cr, &s->fill);
          cairo_fill_preserve (cr);
        }
    }
  outline (cr, s);
}

static void
draw_sector (cairo_t             *cr,
             const ItaChartShape *s)
{
  cairo_new_path (cr);
  cairo_arc (cr, s->cx, s->cy, s->r1, s->a0, s->a1);
  cairo_arc_negative (cr, s->cx, s->cy, s->r0, s->a1, s->a0);
  cairo_close_path (cr);
  fill_pattern (cr, s);
  outline (cr, s);
}

static void
draw_marker (cairo_t             *cr,
             const ItaChartShape *s)
{
  double r = s->size / 2;

  switch (s->marker)
    {
    case ITA_CHART_MARKER_CIRCLE:
      cairo_arc (cr, s->x0, s->y0, r, 0, 2 * G_PI);
      break;
    case ITA_CHART_MARKER_SQUARE:
      cairo_rectangle (cr, s->x0 - r * 0.85, s->y0 - r * 0.85, r * 1.7, r * 1.7);
      break;
    case ITA_CHART_MARKER_DIAMOND:
      cairo_move_to (cr, s->x0, s->y0 - r * 1.15);
      cairo_line_to (cr, s->x0 + r * 1.15, s->y0);
      cairo_line_to (cr, s->x0, s->y0 + r * 1.15);
      cairo_line_to (cr, s->x0 - r * 1.15, s->y0);
      cairo_close_path (cr);
      break;
    case ITA_CHART_MARKER_TRIANGLE:
    default:
      cairo_move_to (cr, s->x0, s->y0 - r * 1.2);
      cairo_line_to (cr, s->x0 + r * 1.1, s->y0 + r * 0.8);
      cairo_line_to (cr, s->x0 - r * 1.1, s->y0 + r * 0.8);
      cairo_close_path (cr);
      break;
    }
  set_color (cr, &s->fill);
  cairo_fill_preserve (cr);
  outline (cr, s);
}

static void
draw_text (cairo_t             *cr,
           const ItaChartShape *s)
{
  cairo_save (cr);
  cairo_translate (cr, s->x0, s->y0);
  if (s->angle != 0)
    cairo_rotate (cr, s->angle);
  set_color (cr, &s->fill);
  cairo_move_to (cr, 0, 0);
  pango_cairo_show_layout (cr, s->text);
  cairo_new_path (cr);
  cairo_restore (cr);
}

void
ita_chart_layout_draw (const ItaChartLayout *self,
                       cairo_t              *cr)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, self->width, self->height);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  for (guint i = 0; i < self->shapes->len; i++)
    {
      const ItaChartShape *s = &g_array_index (self->shapes, ItaChartShape, i);

      cairo_save (cr);
      cairo_new_path (cr);
      switch (s->type)
        {
        case ITA_CHART_SHAPE_RECT:   draw_rect (cr, s);   break;
        case ITA_CHART_SHAPE_LINE:   draw_line (cr, s);   break;
        case ITA_CHART_SHAPE_PATH:   draw_path (cr, s);   break;
        case ITA_CHART_SHAPE_SECTOR: draw_sector (cr, s); break;
        case ITA_CHART_SHAPE_MARKER: draw_marker (cr, s); break;
        case ITA_CHART_SHAPE_TEXT:   draw_text (cr, s);   break;
        default:
          g_assert_not_reached ();
        }
      cairo_restore (cr);
    }
  cairo_restore (cr);
}
