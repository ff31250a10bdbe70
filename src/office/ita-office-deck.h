/* ita-office-deck.h: the charts of a project as a slide deck, PPTX or PDF
 *
 * A title slide (the assessment, the agency, the fiscal year and the
 * date, in Buddhist Era when the deck is Thai), then one slide per chart:
 * its title and subtitle as text (editable in PowerPoint and Impress) and
 * the chart filling the content area below them. In the PPTX the chart is
 * a PNG at 144 dpi whose pixel size is exactly the area's (1776×814 on a
 * 16:9 slide of 13.33 × 7.5 inches), with that DPI written into the PNG,
 * so "reset picture size" keeps it; the PDF draws the same charts as
 * vectors, one page per slide, with a bookmark per slide.
 *
 * The deck's language is the chart style's (a deck for the executives is
 * Thai even when the officer runs the program in English), so its words
 * are carried in both languages like the charts' (ita-chart-text.c), not
 * through gettext.
 */
#pragma once

#include <gio/gio.h>

#include "ita-chart.h"
#include "ita-project.h"
#include "ita-years.h"

G_BEGIN_DECLS

typedef enum {
  ITA_OFFICE_DECK_PPTX,
  ITA_OFFICE_DECK_PDF,
} ItaOfficeDeckFormat;

typedef enum {
  ITA_OFFICE_ASPECT_16_9,   /* 13.333 × 7.5 in */
  ITA_OFFICE_ASPECT_4_3,    /* 10 × 7.5 in */
} ItaOfficeAspect;

typedef struct {
  ItaOfficeDeckFormat  format;
  ItaOfficeAspect      aspect;
  /* language, Thai digits, fonts, palette (borrowed); NULL: Thai, the
   * default fonts and palette */
  const ItaChartStyle *style;
  /* the charts, in order (borrowed); NULL: every kind that has something
   * to show (a chart that would say "no data yet" is left out) */
  const ItaChartKind  *kinds;
  guint                n_kinds;
  /* the earlier years for `years`, `trend` and `radar` (borrowed; NULL:
   * this year only) */
  ItaYears            *years;
  /* the date on the title slide; invalid (cleared): today */
  GDate                date;
} ItaOfficeDeckOptions;

/* PPTX, 16:9, Thai, every chart with data, no linked years, today. */
void      ita_office_deck_options_init (ItaOfficeDeckOptions        *options);

/* "pptx", "pdf" */
const char *ita_office_deck_format_to_string (ItaOfficeDeckFormat  format);
gboolean    ita_office_deck_format_from_string (const char          *name,
                                                ItaOfficeDeckFormat *out);
/* "16:9", "4:3" (also "16x9", "4x3") */
gboolean    ita_office_aspect_from_string      (const char          *name,
                                                ItaOfficeAspect     *out);

GBytes   *ita_office_deck_bytes        (ItaProject                  *project,
                                        const ItaOfficeDeckOptions  *options,
                                        GError                     **error);
/* Writes the deck atomically: what the Charts view's "Export deck…" and
 * `ita-cli deck` call. */
gboolean  ita_office_write_deck        (ItaProject                  *project,
                                        const ItaOfficeDeckOptions  *options,
                                        GFile                       *file,
                                        GError                     **error);

G_END_DECLS
