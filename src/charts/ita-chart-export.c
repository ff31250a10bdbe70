/* ita-chart-export.c: charts to PNG, SVG and PDF */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <png.h>
#include <string.h>

#include "ita-chart-export.h"
#include "ita-file.h"
#include "ita-chart-text-private.h"

#define MIN_DPI 36.0
#define MAX_DPI 1200.0

G_DEFINE_QUARK (ita-chart-error-quark, ita_chart_error)

static const char *format_names[] = { "png", "svg", "pdf" };

const char *
ita_chart_format_to_string (ItaChartFormat format)
{
  g_return_val_if_fail (format <= ITA_CHART_FORMAT_PDF, NULL);

  return format_names[format];
}

gboolean
ita_chart_format_from_filename (const char      *filename,
                                ItaChartFormat  *out,
                                GError         **error)
{
  const char *dot;

  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  dot = strrchr (filename, '.');
  for (guint i = 0; dot != NULL && i < G_N_ELEMENTS (format_names); i++)
    {
      if (g_ascii_strcasecmp (dot + 1, format_names[i]) == 0)
        {
          *out = i;
          return TRUE;
        }
    }
  g_set_error (error, ITA_CHART_ERROR, ITA_CHART_ERROR_BAD_FORMAT,
               _("Cannot tell the chart format of “%s”: use a file name ending in .png, .svg or .pdf"),
               filename);
  return FALSE;
}

static gboolean
check_size (int      width,
            int      height,
            double   dpi,
            GError **error)
{
  if (width < ITA_CHART_MIN_SIZE || height < ITA_CHART_MIN_SIZE ||
      width > ITA_CHART_MAX_SIZE || height > ITA_CHART_MAX_SIZE)
    {
      g_set_error (error, ITA_CHART_ERROR, ITA_CHART_ERROR_BAD_SIZE,
                   _("A chart of %d×%d pixels cannot be made: width and height must be between %d and %d"),
                   width, height, ITA_CHART_MIN_SIZE, ITA_CHART_MAX_SIZE);
      return FALSE;
    }
  if (!(dpi >= MIN_DPI && dpi <= MAX_DPI))
    {
      g_set_error (error, ITA_CHART_ERROR, ITA_CHART_ERROR_BAD_SIZE,
                   _("A resolution of %g dpi cannot be used: choose between %g and %g dpi"),
                   dpi, MIN_DPI, MAX_DPI);
      return FALSE;
    }
  return TRUE;
}

gboolean
ita_chart_parse_size (const char  *text,
                      int         *width,
                      int         *height,
                      GError     **error)
{
  g_autofree char *normal = NULL;
  g_auto(GStrv) parts = NULL;
  guint64 w = 0, h = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (width != NULL && height != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  normal = g_ascii_strdown (text, -1);
  g_strstrip (normal);
  parts = g_strsplit (normal, "×", 2);
  if (g_strv_length (parts) != 2)
    {
      g_strfreev (parts);
      parts = g_strsplit (normal, "x", 2);
    }
  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (g_strstrip (parts[0]), 10, 0, G_MAXINT, &w, NULL) ||
      !g_ascii_string_to_unsigned (g_strstrip (parts[1]), 10, 0, G_MAXINT, &h, NULL))
    {
      g_set_error (error, ITA_CHART_ERROR, ITA_CHART_ERROR_BAD_SIZE,
                   _("“%s” is not a size: write it as WIDTHxHEIGHT in pixels, for example 1920x1080"), text);
      return FALSE;
    }
  if (!check_size ((int) w, (int) h, ITA_CHART_DEFAULT_DPI, error))
    return FALSE;
  *width = (int) w;
  *height = (int) h;
  return TRUE;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static guint32
crc32_update (guint32       crc,
              const guint8 *data,
              gsize         len)
{
  crc = ~crc;
  for (gsize i = 0; i < len; i++)
    {
      crc ^= data[i];
      for (int k = 0; k < 8; k++)
        crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
  return ~crc;
}

static void
put_be32 (guint8  *p,
          guint32  v)
{
  p[0] = v >> 24;
  p[1] = v >> 16;
  p[2] = v >> 8;
  p[3] = v;
}

/* Inserts a pHYs chunk after IHDR so that office programs know the size
 * the picture is meant to have on paper. */
static void
png_set_dpi (GByteArray *png,
             double      dpi)
{
  const guint ihdr_end = 8 + 4 + 4 + 13 + 4;
  guint32 ppm = (guint32) lround (dpi / 0.0254);
  guint8 chunk[4 + 4 + 9 + 4];

  if (png->len < ihdr_end || memcmp (png->data + 12, "IHDR", 4) != 0)
    return;
  put_be32 (chunk, 9);
  memcpy (chunk + 4, "pHYs", 4);
  put_be32 (chunk + 8, ppm);
  put_be32 (chunk + 12, ppm);
  chunk[16] = 1;   /* unit: metre */
  put_be32 (chunk + 17, crc32_update (0, chunk + 4, 4 + 9));
  {
    g_autoptr(GByteArray) tail = g_byte_array_new ();

    g_byte_array_append (tail, png->data + ihdr_end, png->len - ihdr_end);
    g_byte_array_set_size (png, ihdr_end);
    g_byte_array_append (png, chunk, sizeof chunk);
    g_byte_array_append (png, tail->data, tail->len);
  }
}

/* The chart's words: the title, and every label for the SVG description
 * (cairo writes glyphs as shapes, so without these the SVG has no text a
 * search or a screen reader can find). */
static char *
chart_title (const ItaChartLayout *layout,
             const ItaChartStyle  *style,
             ItaChartKind          kind,
             ItaChartData         *data)
{
  g_autofree char *subtitle = ita_chart_subtitle (style, data);

  if (*subtitle == '\0')
    return g_strdup (ita_chart_title (style, kind));
  return g_strdup_printf ("%s — %s", ita_chart_title (style, kind), subtitle);
}

static char *
chart_description (const ItaChartLayout *layout)
{
  GString *desc = g_string_new (NULL);

  for (guint i = 0; i < ita_chart_layout_get_n_shapes (layout); i++)
    {
      const ItaChartShape *s = ita_chart_layout_get_shape (layout, i);

      if (s->type != ITA_CHART_SHAPE_TEXT)
        continue;
      if (desc->len > 0)
        g_string_append_c (desc, '\n');
      g_string_append (desc, pango_layout_get_text (s->text));
    }
  return g_string_free (desc, FALSE);
}

static void
svg_add_text (GByteArray *svg,
              const char *title,
              const char *desc)
{
  g_autofree char *t = g_markup_escape_text (title, -1);
  g_autofree char *d = g_markup_escape_text (desc, -1);
  g_autofree char *insert = g_strdup_printf ("\n<title>%s</title>\n<desc>%s</desc>", t, d);
  const char *start, *end;
  gsize at;

  g_byte_array_append (svg, (const guint8 *) "", 1);   /* NUL for the searches */
  start = strstr ((const char *) svg->data, "<svg");
  end = start != NULL ? strchr (start, '>') : NULL;
  g_byte_array_set_size (svg, svg->len - 1);
  if (end == NULL)
    return;
  at = (gsize) (end + 1 - (const char *) svg->data);
  {
    g_autoptr(GByteArray) tail = g_byte_array_new ();

    g_byte_array_append (tail, svg->data + at, svg->len - at);
    g_byte_array_set_size (svg, at);
    g_byte_array_append (svg, (const guint8 *) insert, strlen (insert));
    g_byte_array_append (svg, tail->data, tail->len);
  }
}

/* Encodes the opaque image with libpng's fast setting: cairo's own PNG
 * writer compresses hard, which takes most of an export's time. */
static gboolean
write_png_fast (cairo_surface_t *surface,
                GByteArray      *out)
{
  png_image image = { 0 };
  png_alloc_size_t size = 0;
  const guint8 *pixels;
  int stride;

  cairo_surface_flush (surface);
  pixels = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  image.version = PNG_IMAGE_VERSION;
  image.width = cairo_image_surface_get_width (surface);
  image.height = cairo_image_surface_get_height (surface);
  /* cairo's ARGB32 is a native-endian 32-bit word; opaque, so not
   * premultiplied in effect */
  image.format = G_BYTE_ORDER == G_LITTLE_ENDIAN ? PNG_FORMAT_BGRA : PNG_FORMAT_ARGB;
  image.flags = PNG_IMAGE_FLAG_FAST;

  if (!png_image_write_get_memory_size (image, size, FALSE, pixels, stride, NULL))
    return FALSE;
  g_byte_array_set_size (out, size);
  if (!png_image_write_to_memory (&image, out->data, &size, FALSE, pixels, stride, NULL))
    {
      png_image_free (&image);
      return FALSE;
    }
  g_byte_array_set_size (out, size);
  return TRUE;
}

GBytes *
ita_chart_export_bytes (ItaChartKind         kind,
                        ItaChartData        *data,
                        const ItaChartStyle *style,
                        int                  width,
                        int                  height,
                        double               dpi,
                        ItaChartFormat       format,
                        GError             **error)
{
  g_autoptr(ItaChartLayout) layout = NULL;
  g_autoptr(GByteArray) out = NULL;
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  double points = 72.0 / dpi;
  cairo_t *cr;

  g_return_val_if_fail (kind < ITA_CHART_N_KINDS, NULL);
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (style != NULL, NULL);
  g_return_val_if_fail (format <= ITA_CHART_FORMAT_PDF, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_size (width, height, dpi, error))
    return NULL;

  layout = ita_chart_layout_new (kind, data, style, width, height);
  title = chart_title (layout, style, kind, data);
  out = g_byte_array_new ();

  switch (format)
    {
    case ITA_CHART_FORMAT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      break;
    case ITA_CHART_FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (append_bytes, out, width * points, height * points);
      cairo_svg_surface_restrict_to_version (surface, CAIRO_SVG_VERSION_1_1);
      break;
    case ITA_CHART_FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (append_bytes, out, width * points, height * points);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "ITA Planner " PACKAGE_VERSION);
      break;
    default:
      g_return_val_if_reached (NULL);
    }

  cr = cairo_create (surface);
  if (format != ITA_CHART_FORMAT_PNG)
    cairo_scale (cr, points, points);
  ita_chart_layout_draw (layout, cr);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == ITA_CHART_FORMAT_PNG && !write_png_fast (surface, out))
    status = CAIRO_STATUS_WRITE_ERROR;
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, ITA_CHART_ERROR, ITA_CHART_ERROR_FAILED,
                   _("The chart could not be drawn: %s"), cairo_status_to_string (status));
      return NULL;
    }

  if (format == ITA_CHART_FORMAT_PNG)
    png_set_dpi (out, dpi);
  else if (format == ITA_CHART_FORMAT_SVG)
    {
      g_autofree char *desc = chart_description (layout);

      svg_add_text (out, title, desc);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

GBytes *
ita_chart_export_png_bytes (ItaChartKind         kind,
                            ItaChartData        *data,
                            const ItaChartStyle *style,
                            int                  width,
                            int                  height,
                            GError             **error)
{
  return ita_chart_export_bytes (kind, data, style, width, height, ITA_CHART_DEFAULT_DPI,
                                 ITA_CHART_FORMAT_PNG, error);
}

gboolean
ita_chart_export (ItaChartKind         kind,
                  ItaChartData        *data,
                  const ItaChartStyle *style,
                  int                  width,
                  int                  height,
                  double               dpi,
                  ItaChartFormat       format,
                  GFile               *out,
                  GError             **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *contents;

  g_return_val_if_fail (G_IS_FILE (out), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = ita_chart_export_bytes (kind, data, style, width, height, dpi, format, error);
  if (bytes == NULL)
    return FALSE;
  contents = g_bytes_get_data (bytes, &size);
  return ita_file_replace_contents (out, contents, size, error);
}
