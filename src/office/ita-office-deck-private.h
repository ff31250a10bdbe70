/* ita-office-deck-private.h: the deck laid out once, written as PPTX
 * (ita-office-pptx.c) or as PDF (ita-office-deck-pdf.c) */
#pragma once

#include "ita-office-deck.h"

G_BEGIN_DECLS

/* The chart's pixels per inch in the PPTX; also the canvas units of the
 * charts in the PDF, so that both lay the charts out alike. */
#define ITA_DECK_DPI 144.0

typedef struct {
  double x, y, width, height;   /* inches from the slide's top-left corner */
} ItaDeckBox;

typedef struct {
  ItaChartKind  kind;
  ItaChartData *data;
  char         *title;      /* the chart's title */
  char         *subtitle;   /* agency · fiscal year, or "" */
} ItaDeckSlide;

typedef struct {
  ItaOfficeAspect  aspect;
  ItaChartStyle   *style;       /* the options' style, without the charts' own titles */
  gboolean         thai;
  char            *lang_tag;    /* "th-TH", "en-US" */
  char            *font;        /* the first family of the style's list */
  double           font_scale;  /* 1 for the TH fonts (small for their size), else 0.75 */
  char            *title;       /* of the title slide */
  char            *agency;      /* "" when unknown */
  char            *year;        /* "ปีงบประมาณ พ.ศ. 2568" */
  char            *date;        /* "12 มีนาคม 2568" */
  GDateTime       *created;
  GPtrArray       *slides;      /* of ItaDeckSlide */

  double           width, height;          /* the slide, inches */
  ItaDeckBox       cover_title, cover_subtitle;
  ItaDeckBox       title_box, subtitle_box, content;
  int              content_px_width, content_px_height;   /* the content at ITA_DECK_DPI */
} ItaDeck;

/* Font sizes in points, before font_scale: for the TH fonts (TH Sarabun
 * New and its family), which draw about a third smaller than other fonts
 * at the same size. */
#define ITA_DECK_COVER_TITLE_PT    50.0
#define ITA_DECK_COVER_SUBTITLE_PT 34.0
#define ITA_DECK_TITLE_PT          46.0
#define ITA_DECK_SUBTITLE_PT       26.0

GBytes *ita_office_pptx_bytes     (const ItaDeck  *deck,
                                   GError        **error);
GBytes *ita_office_deck_pdf_bytes (const ItaDeck  *deck,
                                   GError        **error);

G_END_DECLS
