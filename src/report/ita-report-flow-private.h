/* ita-report-flow-private.h: the pagination state, shared by the
 * paragraph flow (ita-report-paginate.c) and the tables
 * (ita-report-paginate-table.c) */
#pragma once

#include "ita-report-pages-private.h"

G_BEGIN_DECLS

/* Space and ink (points, for the 16 pt body size) */
#define ITA_REPORT_CELL_PAD_X   4.0
#define ITA_REPORT_CELL_PAD_Y   2.0
#define ITA_REPORT_BORDER_WIDTH 0.5

typedef struct {
  ItaReportPages          *pages;
  const ItaReportDocument *doc;
  double                   scale;    /* doc->font_size / 16: spacing follows the body size */

  /* the body frame of every page */
  double                   left;
  double                   width;
  double                   top;
  double                   bottom;

  /* where the flow is */
  ItaReportPage           *page;
  guint                    page_index;
  double                   y;
  gboolean                 fresh;          /* nothing placed on this page yet */
  double                   space_after;    /* of the last thing placed */

  /* headings and captions waiting to be placed with what follows them */
  GArray                  *pending;        /* of ItaReportPending */
} ItaReportFlow;

typedef struct {
  ItaReportText *text;
  double         x;
  double         space_before;
  double         space_after;
  guint          level;          /* a heading's outline level; 0 for none */
  char          *outline;        /* its text for the outline; owned */
} ItaReportPending;

/* Shapes a paragraph for width points; x_indent is the first-line
 * indent, bold forces bold (header rows), align replaces DEFAULT. */
ItaReportText *ita_report_flow_shape        (ItaReportFlow            *flow,
                                             const ItaReportParagraph *paragraph,
                                             double                    width,
                                             double                    x_indent,
                                             gboolean                  bold,
                                             ItaReportAlign            fallback_align);
/* A new page; the flow's y at its body top. */
void           ita_report_flow_new_page     (ItaReportFlow *flow);
/* Keeps text with what comes next: it is placed by the next reserve. */
void           ita_report_flow_keep         (ItaReportFlow *flow,
                                             ItaReportText *text,
                                             double         x,
                                             double         space_before,
                                             double         space_after,
                                             guint          level,
                                             const char    *outline);
/* Before the first part of a block: makes room for what is pending plus
 * space_before and height (a new page when they do not fit, unless the
 * page is still empty), places what is pending and leaves the flow's y
 * where the part goes. */
void           ita_report_flow_reserve      (ItaReportFlow *flow,
                                             double         space_before,
                                             double         height);
/* The space the flow leaves before something with space_before. */
double         ita_report_flow_gap          (ItaReportFlow *flow,
                                             double         space_before);
double         ita_report_flow_space_before (ItaReportFlow  *flow,
                                             ItaReportStyle  style);
double         ita_report_flow_space_after  (ItaReportFlow  *flow,
                                             ItaReportStyle  style);
/* Items on the current page. */
void           ita_report_flow_add_lines    (ItaReportFlow *flow,
                                             ItaReportText *text,
                                             double         x,
                                             double         y,
                                             guint          first,
                                             guint          n_lines);
void           ita_report_flow_add_rect     (ItaReportFlow     *flow,
                                             ItaReportItemType  type,
                                             double             x,
                                             double             y,
                                             double             w,
                                             double             h,
                                             ItaReportTone      tone);
/* Height of lines first … first + n of text. */
double         ita_report_text_lines_height (const ItaReportText *text,
                                             guint                first,
                                             guint                n);

/* Tables (ita-report-paginate-table.c). */
void           ita_report_flow_table        (ItaReportFlow        *flow,
                                             const ItaReportTable *table);

G_END_DECLS
