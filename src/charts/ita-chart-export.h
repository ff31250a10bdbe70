/* ita-chart-export.h: charts to PNG, SVG and PDF files and to PNG bytes
 *
 * width × height is the chart's size in pixels: the PNG has exactly that
 * many pixels and looks the same as on screen at that size. dpi says how
 * large a pixel is on paper: it is written into the PNG (pHYs) so that
 * office programs insert the picture at width/dpi inches, and it sets the
 * page size of SVG and PDF (width × 72 / dpi points). It does not change
 * the drawing: text and lines scale with the canvas, so a 1920×1080 chart
 * looks the same at 96 and at 300 dpi, only its printed size differs.
 */
#pragma once

#include <gio/gio.h>

#include "ita-chart-layout.h"

G_BEGIN_DECLS

typedef enum {
  ITA_CHART_FORMAT_PNG,
  ITA_CHART_FORMAT_SVG,
  ITA_CHART_FORMAT_PDF
} ItaChartFormat;

#define ITA_CHART_DEFAULT_DPI 96.0
#define ITA_CHART_MIN_SIZE    320
#define ITA_CHART_MAX_SIZE    8192

#define ITA_CHART_ERROR (ita_chart_error_quark ())
GQuark ita_chart_error_quark (void);

typedef enum {
  ITA_CHART_ERROR_BAD_SIZE,      /* width or height outside 320…8192, or dpi outside 36…1200 */
  ITA_CHART_ERROR_BAD_FORMAT,    /* unknown file extension */
  ITA_CHART_ERROR_FAILED         /* cairo could not draw or write */
} ItaChartError;

/* "png", "svg", "pdf" */
const char *ita_chart_format_to_string    (ItaChartFormat  format);
/* From a file name's extension, case-insensitive. */
gboolean    ita_chart_format_from_filename (const char     *filename,
                                            ItaChartFormat *out,
                                            GError        **error);
/* Parses "1920x1080" (also "1920×1080"); checks the limits. */
gboolean    ita_chart_parse_size           (const char     *text,
                                            int            *width,
                                            int            *height,
                                            GError        **error);

/* Renders the chart and returns the file's bytes. */
GBytes     *ita_chart_export_bytes         (ItaChartKind         kind,
                                            ItaChartData        *data,
                                            const ItaChartStyle *style,
                                            int                  width,
                                            int                  height,
                                            double               dpi,
                                            ItaChartFormat       format,
                                            GError             **error);

/* PNG bytes at 96 dpi, for the clipboard. */
GBytes     *ita_chart_export_png_bytes     (ItaChartKind         kind,
                                            ItaChartData        *data,
                                            const ItaChartStyle *style,
                                            int                  width,
                                            int                  height,
                                            GError             **error);

/* Writes the file atomically (ita_file_replace_contents): an existing
 * file is replaced only once the new one is complete and on the disk; on
 * any failure (a full disk) it is kept as it was. */
gboolean    ita_chart_export               (ItaChartKind         kind,
                                            ItaChartData        *data,
                                            const ItaChartStyle *style,
                                            int                  width,
                                            int                  height,
                                            double               dpi,
                                            ItaChartFormat       format,
                                            GFile               *out,
                                            GError             **error);

G_END_DECLS
