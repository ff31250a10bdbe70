/* ita-chart-style.h: how a chart looks — language, digits, fonts, palette
 *
 * The style is independent of the user interface's locale: a chart for
 * the executives is Thai even when the officer runs the program in
 * English, and an English chart can be made on a Thai desktop.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  ITA_CHART_LANG_TH,
  ITA_CHART_LANG_EN
} ItaChartLanguage;

typedef struct {
  double r, g, b, a;
} ItaChartColor;

/* The Okabe–Ito palette, distinguishable with every common colour-vision
 * deficiency. Charts never rely on it alone: bars also carry patterns,
 * lines carry markers and every value is written. */
typedef enum {
  ITA_CHART_COLOR_BLUE,
  ITA_CHART_COLOR_ORANGE,
  ITA_CHART_COLOR_GREEN,      /* bluish green */
  ITA_CHART_COLOR_VERMILLION,
  ITA_CHART_COLOR_PURPLE,     /* reddish purple */
  ITA_CHART_COLOR_SKY,
  ITA_CHART_COLOR_YELLOW,
  ITA_CHART_COLOR_INK,        /* text and axes */
  ITA_CHART_N_COLORS
} ItaChartColorId;

#define ITA_CHART_DEFAULT_FONTS \
  "TH Sarabun New, TH SarabunPSK, Sarabun, Laksaman, Noto Sans Thai, Leelawadee UI, Tahoma"

typedef struct {
  ItaChartLanguage language;
  gboolean         thai_digits;
  char            *font_family;               /* comma-separated family list */
  ItaChartColor    palette[ITA_CHART_N_COLORS];
  /* Leave out the title and the subtitle (agency · fiscal year): for a
   * slide or page that writes them itself as text (ita_chart_get_title()). */
  gboolean         no_title;
} ItaChartStyle;

#define ITA_TYPE_CHART_STYLE (ita_chart_style_get_type ())
GType          ita_chart_style_get_type        (void) G_GNUC_CONST;

/* Thai, ASCII digits, ITA_CHART_DEFAULT_FONTS, Okabe–Ito, with a title. */
ItaChartStyle *ita_chart_style_new             (void);
ItaChartStyle *ita_chart_style_copy            (const ItaChartStyle *self);
void           ita_chart_style_free            (ItaChartStyle       *self);

/* NULL or "" restores ITA_CHART_DEFAULT_FONTS. */
void           ita_chart_style_set_font_family (ItaChartStyle *self,
                                                const char    *families);

/* "th" or "en" (case-insensitive). */
gboolean       ita_chart_language_from_string  (const char       *name,
                                                ItaChartLanguage *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaChartStyle, ita_chart_style_free)

G_END_DECLS
