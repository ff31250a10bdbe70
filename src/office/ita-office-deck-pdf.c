/* ita-office-deck-pdf.c: a deck as a PDF, one page per slide, the charts
 * drawn as vectors (cairo, pango) */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "ita-office.h"
#include "ita-office-deck-private.h"

#define PT_PER_INCH 72.0

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Text in a box (inches) at points, wrapped to the box's width; valign
 * 0 top, 0.5 middle, 1 bottom. */
static void
draw_text (cairo_t          *cr,
           const ItaDeck    *deck,
           const char       *text,
           const ItaDeckBox *box,
           double            points,
           gboolean          bold,
           PangoAlignment    align,
           double            valign,
           double            grey)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (deck->style->font_family);
  cairo_font_options_t *options = cairo_font_options_create ();
  double inset = 0.1 * PT_PER_INCH;
  double width = box->width * PT_PER_INCH - 2 * inset;
  PangoRectangle ink, logical;
  double y;

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  cairo_font_options_destroy (options);
  pango_context_set_language (pango_layout_get_context (layout),
                              pango_language_from_string (deck->thai ? "th" : "en"));
  pango_layout_context_changed (layout);

  pango_font_description_set_absolute_size (font, points * deck->font_scale * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, &ink, &logical);

  y = box->y * PT_PER_INCH + (box->height * PT_PER_INCH - (double) logical.height / PANGO_SCALE) * valign;
  cairo_save (cr);
  cairo_set_source_rgb (cr, grey, grey, grey);
  cairo_move_to (cr, box->x * PT_PER_INCH + inset, y);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

static void
draw_cover (cairo_t       *cr,
            const ItaDeck *deck)
{
  g_autoptr(GString) lines = g_string_new (NULL);
  ItaDeckBox agency = deck->cover_subtitle;
  double line = ITA_DECK_COVER_SUBTITLE_PT * deck->font_scale * 1.25 / PT_PER_INCH;

  draw_text (cr, deck, deck->title, &deck->cover_title, ITA_DECK_COVER_TITLE_PT, TRUE,
             PANGO_ALIGN_CENTER, 1.0, 0.1);
  if (*deck->agency != '\0')
    {
      draw_text (cr, deck, deck->agency, &agency, ITA_DECK_COVER_SUBTITLE_PT, TRUE, PANGO_ALIGN_CENTER, 0, 0.1);
      agency.y += line;
      agency.height -= line;
    }
  draw_text (cr, deck, deck->year, &agency, ITA_DECK_COVER_SUBTITLE_PT, FALSE, PANGO_ALIGN_CENTER, 0, 0.1);
  agency.y += line;
  agency.height -= line;
  draw_text (cr, deck, deck->date, &agency, ITA_DECK_COVER_SUBTITLE_PT * 0.85, FALSE, PANGO_ALIGN_CENTER, 0,
             0.35);
}

static void
draw_chart_slide (cairo_t            *cr,
                  const ItaDeck      *deck,
                  const ItaDeckSlide *slide)
{
  g_autoptr(ItaChartLayout) layout = NULL;
  double scale = PT_PER_INCH / ITA_DECK_DPI;

  draw_text (cr, deck, slide->title, &deck->title_box, ITA_DECK_TITLE_PT, TRUE, PANGO_ALIGN_LEFT, 1.0, 0.1);
  if (*slide->subtitle != '\0')
    draw_text (cr, deck, slide->subtitle, &deck->subtitle_box, ITA_DECK_SUBTITLE_PT, FALSE,
               PANGO_ALIGN_LEFT, 0, 0.35);

  /* the same canvas as the PPTX's picture, scaled to points */
  layout = ita_chart_layout_new (slide->kind, slide->data, deck->style, deck->content_px_width,
                                 deck->content_px_height);
  cairo_save (cr);
  cairo_translate (cr, deck->content.x * PT_PER_INCH, deck->content.y * PT_PER_INCH);
  cairo_scale (cr, scale, scale);
  ita_chart_layout_draw (layout, cr);
  cairo_restore (cr);
}

GBytes *
ita_office_deck_pdf_bytes (const ItaDeck  *deck,
                           GError        **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autofree char *doc_title = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (deck != NULL, NULL);

  doc_title = *deck->agency != '\0' ? g_strdup_printf ("%s — %s, %s", deck->title, deck->agency, deck->year)
                                    : g_strdup_printf ("%s — %s", deck->title, deck->year);
  surface = cairo_pdf_surface_create_for_stream (append_bytes, out, deck->width * PT_PER_INCH,
                                                 deck->height * PT_PER_INCH);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, doc_title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "ITA Planner " PACKAGE_VERSION);
  cr = cairo_create (surface);

  cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, deck->title, "page=1", 0);
  draw_cover (cr, deck);
  cairo_show_page (cr);
  for (guint i = 0; i < deck->slides->len; i++)
    {
      const ItaDeckSlide *slide = g_ptr_array_index (deck->slides, i);
      g_autofree char *link = g_strdup_printf ("page=%u", i + 2);

      cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, slide->title, link, 0);
      draw_chart_slide (cr, deck, slide);
      cairo_show_page (cr);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, ITA_OFFICE_ERROR, ITA_OFFICE_ERROR_FAILED,
                   _("The PDF could not be made: %s"), cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
