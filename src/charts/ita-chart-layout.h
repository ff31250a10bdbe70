/* ita-chart-layout.h: a chart laid out for one canvas size
 *
 * Laying out is done once from the data, the style and the size: it
 * measures every text with Pango, decides what fits (wrapping or
 * abbreviating long Thai names, dropping value labels that cannot fit)
 * and produces a list of shapes in canvas units, drawn in order by
 * ita_chart_layout_draw(). Tests read the shapes to check geometry and
 * text placement without looking at pixels.
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "ita-chart-data.h"
#include "ita-chart-style.h"

G_BEGIN_DECLS

typedef struct {
  double x, y, width, height;
} ItaChartRect;

typedef enum {
  ITA_CHART_SHAPE_RECT,      /* rect, filled with fill + pattern, outlined with stroke */
  ITA_CHART_SHAPE_LINE,      /* x0,y0 → x1,y1 */
  ITA_CHART_SHAPE_PATH,      /* points; closed paths are filled */
  ITA_CHART_SHAPE_SECTOR,    /* annular sector around cx,cy between r0,r1 and a0,a1 (radians) */
  ITA_CHART_SHAPE_MARKER,    /* a marker of size `size` centred on x0,y0 */
  ITA_CHART_SHAPE_TEXT       /* text drawn with its top-left at x0,y0, rotated by angle; rect = bounds */
} ItaChartShapeType;

/* What a shape means, for tests and hit-testing. */
typedef enum {
  ITA_CHART_ROLE_DECORATION,
  ITA_CHART_ROLE_TITLE,
  ITA_CHART_ROLE_SUBTITLE,
  ITA_CHART_ROLE_AXIS,
  ITA_CHART_ROLE_GRID,
  ITA_CHART_ROLE_TICK_LABEL,
  ITA_CHART_ROLE_AXIS_LABEL,
  ITA_CHART_ROLE_CATEGORY_LABEL,
  ITA_CHART_ROLE_VALUE_LABEL,
  ITA_CHART_ROLE_LEGEND,
  ITA_CHART_ROLE_LEGEND_LABEL,
  ITA_CHART_ROLE_BAR,        /* a value bar, a stacked segment, a measure */
  ITA_CHART_ROLE_TRACK,      /* the empty track behind a bar */
  ITA_CHART_ROLE_PASS_LINE,
  ITA_CHART_ROLE_PASS_LABEL,
  ITA_CHART_ROLE_BAND,       /* a grade band (gauge arc, trend background) */
  ITA_CHART_ROLE_BAND_LABEL,
  ITA_CHART_ROLE_SERIES,     /* a line or polygon of a series */
  ITA_CHART_ROLE_POINT,      /* a marker on a data point */
  ITA_CHART_ROLE_NEEDLE,
  ITA_CHART_ROLE_BIG_VALUE,  /* the total on the gauge */
  ITA_CHART_ROLE_GRADE_LABEL,
  ITA_CHART_ROLE_NOTE,
  ITA_CHART_ROLE_EMPTY_MESSAGE,
  ITA_CHART_ROLE_THRESHOLD_LINE  /* indicators: below it, "improve" next year (90) */
} ItaChartRole;

typedef enum {
  ITA_CHART_PATTERN_SOLID,
  ITA_CHART_PATTERN_HATCH,       /* ╱ */
  ITA_CHART_PATTERN_DOTS,
  ITA_CHART_PATTERN_CROSS,
  ITA_CHART_PATTERN_BACKHATCH,   /* ╲ */
  ITA_CHART_PATTERN_HORIZONTAL,
  ITA_CHART_PATTERN_NONE         /* outline only */
} ItaChartPattern;

typedef enum {
  ITA_CHART_MARKER_CIRCLE,
  ITA_CHART_MARKER_SQUARE,
  ITA_CHART_MARKER_DIAMOND,
  ITA_CHART_MARKER_TRIANGLE
} ItaChartMarker;

typedef struct {
  ItaChartShapeType  type;
  ItaChartRole       role;
  int                category;     /* -1 when not tied to one */
  int                series;       /* -1 when not tied to one; the state for oit/timeline */
  ItaCenti           value;        /* the value shown, or ITA_CENTI_NONE */
  ItaChartRect       rect;         /* bounds (for TEXT: of the rotated text) */
  double             x0, y0, x1, y1;
  double             cx, cy, r0, r1, a0, a1;
  double             size;
  double             angle;        /* TEXT: radians, 0 or -G_PI/2 */
  double            *points;       /* PATH: x,y pairs */
  guint              n_points;
  gboolean           closed;
  ItaChartMarker     marker;
  ItaChartPattern    pattern;
  ItaChartColor      fill;         /* TEXT: the text colour */
  ItaChartColor      stroke;       /* alpha 0: no outline; PATTERN: colour of the pattern lines */
  double             line_width;   /* 0: no outline */
  gboolean           dashed;
  PangoLayout       *text;         /* TEXT */
} ItaChartShape;

typedef struct _ItaChartLayout ItaChartLayout;

/* width and height are in canvas units (pixels for a PNG or the screen). */
ItaChartLayout      *ita_chart_layout_new        (ItaChartKind         kind,
                                                  ItaChartData        *data,
                                                  const ItaChartStyle *style,
                                                  double               width,
                                                  double               height);
void                 ita_chart_layout_free       (ItaChartLayout *self);

double               ita_chart_layout_get_width  (const ItaChartLayout *self);
double               ita_chart_layout_get_height (const ItaChartLayout *self);
/* The plot area: for bar charts, where 0 and 100 (or the counts, or the
 * months) map to its edges. */
const ItaChartRect  *ita_chart_layout_get_plot   (const ItaChartLayout *self);
/* TRUE when the data had nothing to show and the layout is the
 * "no data yet" chart. */
gboolean             ita_chart_layout_is_empty   (const ItaChartLayout *self);
guint                ita_chart_layout_get_n_shapes (const ItaChartLayout *self);
const ItaChartShape *ita_chart_layout_get_shape  (const ItaChartLayout *self,
                                                  guint                 index);
/* The body text size in canvas units (after the font's x-height
 * correction), for callers that add their own text. */
double               ita_chart_layout_get_font_size (const ItaChartLayout *self);

/* Draws the layout with its top-left corner at the origin of cr, in cr's
 * user units. Draws only: nothing is measured or decided here. */
void                 ita_chart_layout_draw       (const ItaChartLayout *self,
                                                  cairo_t              *cr);

/* Lays out and draws in one step. */
void                 ita_chart_render            (ItaChartKind         kind,
                                                  ItaChartData        *data,
                                                  const ItaChartStyle *style,
                                                  cairo_t             *cr,
                                                  double               width,
                                                  double               height);

/* The chart's title and subtitle (agency · fiscal year, "" when neither
 * is known) in the style's language and digits, as the layout writes them
 * at the top: for a caller that sets style->no_title and writes them
 * itself (a slide's editable title). */
const char          *ita_chart_get_title         (const ItaChartStyle *style,
                                                  ItaChartKind         kind);
char                *ita_chart_get_subtitle      (const ItaChartStyle *style,
                                                  const ItaChartData  *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaChartLayout, ita_chart_layout_free)

G_END_DECLS
