/* ita-report-pages-private.h: the laid-out pages, shared by the
 * pagination (ita-report-paginate*.c), the drawing (ita-report-draw.c)
 * and the PDF writer (ita-report-pdf.c) */
#pragma once

#include <pango/pangocairo.h>

#include "ita-report-render.h"

G_BEGIN_DECLS

/* One line of a text, in the text's own coordinates (points). */
typedef struct {
  double top;        /* of the line's logical box */
  double height;
  double baseline;   /* from the text's top */
  double x;          /* logical x of the line (alignment, indent) */
} ItaReportLine;

/* A span of a text that points to a URL. */
typedef struct {
  int         start;  /* byte range in the layout's text */
  int         end;
  const char *uri;    /* the document's */
} ItaReportLinkSpan;

/* A shaped paragraph (or label): its Pango layout and its lines. */
typedef struct {
  PangoLayout *layout;
  GArray      *lines;   /* of ItaReportLine */
  GArray      *links;   /* of ItaReportLinkSpan */
  double       height;  /* all lines */
} ItaReportText;

typedef enum {
  ITA_REPORT_ITEM_TEXT,    /* lines first … first + n_lines of text, line `first`'s top at y */
  ITA_REPORT_ITEM_FILL,    /* rectangle filled with a tone's shade */
  ITA_REPORT_ITEM_BOX,     /* rectangle outline */
  ITA_REPORT_ITEM_RULE,    /* line from x,y to x + w, y + h */
  ITA_REPORT_ITEM_CHART,   /* chart layout scaled by `scale`, top-left at x,y */
} ItaReportItemType;

typedef struct {
  ItaReportItemType  type;
  double             x, y, w, h;
  ItaReportText     *text;       /* borrowed from the pages */
  guint              first;
  guint              n_lines;
  ItaChartLayout    *chart;      /* borrowed from the pages */
  double             scale;
  ItaReportTone      tone;
  double             line_width;
} ItaReportItem;

typedef struct {
  char   *uri;
  double  x, y, w, h;
} ItaReportLink;

typedef struct {
  char   *text;
  guint   level;
  guint   page;
  double  y;
} ItaReportOutline;

typedef struct {
  GArray *items;   /* of ItaReportItem */
  GArray *links;   /* of ItaReportLink */
} ItaReportPage;

struct _ItaReportPages
{
  ItaReportDocument *doc;
  PangoContext      *context;
  char              *font_name;
  double             font_factor;
  GPtrArray         *texts;     /* of ItaReportText (owned; items borrow) */
  GPtrArray         *charts;    /* of ItaChartLayout */
  GPtrArray         *pages;     /* of ItaReportPage */
  GArray            *outline;   /* of ItaReportOutline, in document order */
};

/* The PDF writer draws with tags (links); the preview without. */
void ita_report_pages_draw_page_full (const ItaReportPages *self,
                                      guint                 index,
                                      cairo_t              *cr,
                                      gboolean              tags);

G_END_DECLS
