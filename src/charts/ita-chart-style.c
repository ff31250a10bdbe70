/* ita-chart-style.c: language, digits, fonts and palette of a chart */
#include "config.h"

#include "ita-chart-style.h"

G_DEFINE_BOXED_TYPE (ItaChartStyle, ita_chart_style, ita_chart_style_copy, ita_chart_style_free)

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }

/* Okabe & Ito, "Color Universal Design" (2008). */
static const ItaChartColor okabe_ito[ITA_CHART_N_COLORS] = {
  [ITA_CHART_COLOR_BLUE] = RGB (0x0072B2),
  [ITA_CHART_COLOR_ORANGE] = RGB (0xE69F00),
  [ITA_CHART_COLOR_GREEN] = RGB (0x009E73),
  [ITA_CHART_COLOR_VERMILLION] = RGB (0xD55E00),
  [ITA_CHART_COLOR_PURPLE] = RGB (0xCC79A7),
  [ITA_CHART_COLOR_SKY] = RGB (0x56B4E9),
  [ITA_CHART_COLOR_YELLOW] = RGB (0xF0E442),
  [ITA_CHART_COLOR_INK] = RGB (0x1A1A1A),
};

ItaChartStyle *
ita_chart_style_new (void)
{
  ItaChartStyle *self = g_new0 (ItaChartStyle, 1);

  self->language = ITA_CHART_LANG_TH;
  self->thai_digits = FALSE;
  self->font_family = g_strdup (ITA_CHART_DEFAULT_FONTS);
  for (guint i = 0; i < ITA_CHART_N_COLORS; i++)
    self->palette[i] = okabe_ito[i];
  return self;
}

ItaChartStyle *
ita_chart_style_copy (const ItaChartStyle *self)
{
  ItaChartStyle *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->font_family = g_strdup (self->font_family);
  return copy;
}

void
ita_chart_style_free (ItaChartStyle *self)
{
  if (self == NULL)
    return;
  g_free (self->font_family);
  g_free (self);
}

void
ita_chart_style_set_font_family (ItaChartStyle *self,
                                 const char    *families)
{
  g_return_if_fail (self != NULL);

  g_free (self->font_family);
  if (families == NULL || *families == '\0')
    self->font_family = g_strdup (ITA_CHART_DEFAULT_FONTS);
  else
    self->font_family = g_strdup (families);
}

gboolean
ita_chart_language_from_string (const char       *name,
                                ItaChartLanguage *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  if (name == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (name, "th") == 0)
    *out = ITA_CHART_LANG_TH;
  else if (g_ascii_strcasecmp (name, "en") == 0)
    *out = ITA_CHART_LANG_EN;
  else
    return FALSE;
  return TRUE;
}
