/* ita-chart-layout-private.h: what the per-kind layout functions share */
#pragma once

#include "ita-chart-layout.h"
#include "ita-chart-text-private.h"

G_BEGIN_DECLS

struct _ItaChartLayout
{
  /* owned */
  ItaChartData          *data;
  ItaChartStyle         *style;
  PangoContext          *pango;
  PangoFontDescription  *font;
  GArray                *shapes;       /* of ItaChartShape */

  ItaChartKind           kind;
  double                 width;
  double                 height;
  double                 scale;        /* 1.0 at 1920×1080 */
  double                 body;         /* font sizes, canvas units */
  double                 small;
  double                 title;
  double                 big;
  double                 line;         /* a normal line, whole device pixels */
  double                 thin;         /* a grid line */
  double                 gap;          /* space between things */
  double                 margin;
  double                 hatch;        /* pattern spacing */
  ItaChartRect           plot;
  gboolean               empty;
};

typedef enum {
  ITA_CHART_SWATCH_BOX,       /* a filled box with the pattern */
  ITA_CHART_SWATCH_LINE,      /* a line (dashed or not) with a marker */
  ITA_CHART_SWATCH_DASH       /* a dashed line without a marker */
} ItaChartSwatch;

typedef struct {
  ItaChartSwatch   swatch;
  ItaChartColor    color;
  ItaChartPattern  pattern;
  ItaChartMarker   marker;
  gboolean         dashed;
  gboolean         marked;     /* LINE: draw the marker */
  char            *text;       /* owned by the caller */
  int              series;
} ItaChartLegendItem;

/* Colours that are not in the palette. */
ItaChartColor  ita_chart_ink        (const ItaChartLayout *self);
ItaChartColor  ita_chart_muted      (void);   /* secondary text */
ItaChartColor  ita_chart_grid_color (void);
ItaChartColor  ita_chart_track_color (void);
ItaChartColor  ita_chart_none       (void);   /* alpha 0 */
ItaChartColor  ita_chart_with_alpha (ItaChartColor c,
                                     double        alpha);
ItaChartColor  ita_chart_color      (const ItaChartLayout *self,
                                     ItaChartColorId       id);
/* The colour and pattern of series i (years, radar). */
ItaChartColor  ita_chart_series_color   (const ItaChartLayout *self,
                                         guint                 i);
ItaChartPattern ita_chart_series_pattern (guint i);
ItaChartMarker ita_chart_series_marker  (guint i);
/* The colour of grade band i of n, best first. */
ItaChartColor  ita_chart_band_color (const ItaChartLayout *self,
                                     guint                 i,
                                     guint                 n);

/* Rounds a coordinate so that a line of width w is crisp. */
double         ita_chart_snap       (double v,
                                     double w);

/* Appends a shape with neutral defaults; the pointer is valid until the
 * next append. */
ItaChartShape *ita_chart_add        (ItaChartLayout    *self,
                                     ItaChartShapeType  type,
                                     ItaChartRole       role);
ItaChartShape *ita_chart_add_rect   (ItaChartLayout      *self,
                                     ItaChartRole         role,
                                     double               x,
                                     double               y,
                                     double               w,
                                     double               h,
                                     ItaChartColor        fill,
                                     ItaChartPattern      pattern);
ItaChartShape *ita_chart_add_line   (ItaChartLayout *self,
                                     ItaChartRole    role,
                                     double          x0,
                                     double          y0,
                                     double          x1,
                                     double          y1,
                                     ItaChartColor   color,
                                     double          width,
                                     gboolean        dashed);

/* A Pango layout of text in size (canvas units), wrapped at max_width
 * (≤ 0: no wrapping) into at most max_lines lines (≤ 0: any), the rest
 * abbreviated with "…". */
PangoLayout   *ita_chart_text_layout (ItaChartLayout *self,
                                      const char     *text,
                                      double          size,
                                      gboolean        bold,
                                      double          max_width,
                                      int             max_lines,
                                      PangoAlignment  align);
void           ita_chart_text_size   (PangoLayout *layout,
                                      double      *width,
                                      double      *height);
/* The width of text on one line, and the height of one line of text. */
double         ita_chart_text_width  (ItaChartLayout *self,
                                      const char     *text,
                                      double          size,
                                      gboolean        bold);
double         ita_chart_line_height (ItaChartLayout *self,
                                      double          size);
/* Adds text with its top-left at x,y (angle 0) or, rotated a quarter turn
 * anticlockwise, with its bottom-left at x,y. Takes the layout. */
ItaChartShape *ita_chart_add_text    (ItaChartLayout *self,
                                      ItaChartRole    role,
                                      PangoLayout    *layout,
                                      double          x,
                                      double          y,
                                      double          angle,
                                      ItaChartColor   color);
/* Like ita_chart_add_text, on a white plate that interrupts grid and
 * pass lines behind it. */
ItaChartShape *ita_chart_add_plated_text (ItaChartLayout *self,
                                          ItaChartRole    role,
                                          PangoLayout    *layout,
                                          double          x,
                                          double          y,
                                          double          angle,
                                          ItaChartColor   color);
/* Convenience: lays out and adds in one go; align LEFT puts x at the
 * left, CENTER at the middle, RIGHT at the right edge. */
ItaChartShape *ita_chart_add_label   (ItaChartLayout *self,
                                      ItaChartRole    role,
                                      const char     *text,
                                      double          size,
                                      gboolean        bold,
                                      double          x,
                                      double          y,
                                      PangoAlignment  align,
                                      ItaChartColor   color);

/* TRUE when r overlaps a text shape already laid out (with a margin). */
gboolean       ita_chart_overlaps_text (const ItaChartLayout *self,
                                        const ItaChartRect   *r,
                                        double                pad);

/* Lays the title and subtitle along the top; returns the y below them. */
double         ita_chart_layout_title  (ItaChartLayout *self);
/* Lays a legend in rows, centred, with its bottom at bottom; returns its
 * height (0 when there are no items). */
double         ita_chart_layout_legend (ItaChartLayout           *self,
                                        const ItaChartLegendItem *items,
                                        guint                     n_items,
                                        double                    bottom);
/* A value axis along the bottom (horizontal) or the left (vertical) of
 * the plot, from lo to hi (hundredths) with a tick every step. */
void           ita_chart_value_axis    (ItaChartLayout *self,
                                        gboolean        horizontal,
                                        ItaCenti        lo,
                                        ItaCenti        hi,
                                        ItaCenti        step,
                                        gboolean        grid);
/* The width of the widest of the tick labels of such an axis. */
double         ita_chart_tick_label_width (ItaChartLayout *self,
                                           ItaCenti        hi);

/* The kinds. Each fills self->plot and self->shapes below the title. */
void           ita_chart_layout_indicators (ItaChartLayout *self, double top);
void           ita_chart_layout_tools      (ItaChartLayout *self, double top);
void           ita_chart_layout_years      (ItaChartLayout *self, double top);
void           ita_chart_layout_oit        (ItaChartLayout *self, double top);
void           ita_chart_layout_gauge      (ItaChartLayout *self, double top);
void           ita_chart_layout_radar      (ItaChartLayout *self, double top);
void           ita_chart_layout_trend      (ItaChartLayout *self, double top);
void           ita_chart_layout_timeline   (ItaChartLayout *self, double top);

/* Shared by the bar charts (ita-chart-layout-bars.c) */
#define ITA_CHART_MAX_LABEL_SHARE 0.36   /* of the width, for a column of category labels */
const ItaChartCategory *ita_chart_category (ItaChartLayout *self,
                                            guint           i);
const ItaChartSeries *ita_chart_series (ItaChartLayout *self,
                                        guint           i);
char *ita_chart_category_text (ItaChartLayout *self,
                               guint           i);
double ita_chart_label_column_width (ItaChartLayout *self,
                                     double          size,
                                     double          cap);
void ita_chart_add_row_label (ItaChartLayout *self,
                              guint           i,
                              double          x_right,
                              double          width,
                              double          y_mid,
                              double          row_h,
                              double          size);
void ita_chart_add_pass_legend (ItaChartLayout     *self,
                                GArray             *items,
                                GPtrArray          *texts);
double ita_chart_legend_at_bottom (ItaChartLayout *self,
                                   GArray         *items);
void ita_chart_add_inner_label (ItaChartLayout     *self,
                                const char         *text,
                                const ItaChartRect *bar,
                                ItaChartPattern     pattern,
                                int                 category,
                                int                 series);

G_END_DECLS
