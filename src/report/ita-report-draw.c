/* ita-report-draw.c: drawing laid-out pages on any cairo_t (the PDF, the
 * window's preview, PNG pages in the tests) */
#include "config.h"

#include <string.h>

#include "ita-report-pages-private.h"

/* Table borders: dark grey, thin. */
#define BORDER_GREY 0.25

static void
draw_text (cairo_t             *cr,
           const ItaReportItem *item)
{
  const ItaReportText *text = item->text;
  double top = g_array_index (text->lines, ItaReportLine, item->first).top;

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = item->first; i < item->first + item->n_lines && i < text->lines->len; i++)
    {
      const ItaReportLine *line = &g_array_index (text->lines, ItaReportLine, i);

      cairo_move_to (cr, item->x + line->x, item->y + line->baseline - top);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (text->layout, (int) i));
    }
}

static void
draw_item (cairo_t             *cr,
           const ItaReportItem *item)
{
  double r, g, b;

  switch (item->type)
    {
    case ITA_REPORT_ITEM_TEXT:
      draw_text (cr, item);
      break;
    case ITA_REPORT_ITEM_FILL:
      ita_report_tone_rgb (item->tone, TRUE, &r, &g, &b);
      cairo_set_source_rgb (cr, r, g, b);
      cairo_rectangle (cr, item->x, item->y, item->w, item->h);
      cairo_fill (cr);
      break;
    case ITA_REPORT_ITEM_BOX:
      cairo_set_source_rgb (cr, BORDER_GREY, BORDER_GREY, BORDER_GREY);
      cairo_set_line_width (cr, item->line_width);
      cairo_rectangle (cr, item->x, item->y, item->w, item->h);
      cairo_stroke (cr);
      break;
    case ITA_REPORT_ITEM_RULE:
      cairo_set_source_rgb (cr, BORDER_GREY, BORDER_GREY, BORDER_GREY);
      cairo_set_line_width (cr, item->line_width);
      cairo_move_to (cr, item->x, item->y);
      cairo_line_to (cr, item->x + item->w, item->y + item->h);
      cairo_stroke (cr);
      break;
    case ITA_REPORT_ITEM_CHART:
      cairo_save (cr);
      cairo_translate (cr, item->x, item->y);
      cairo_scale (cr, item->scale, item->scale);
      ita_chart_layout_draw (item->chart, cr);
      cairo_restore (cr);
      break;
    default:
      break;
    }
}

/* A link as a cairo tag attribute string: quotes and backslashes escaped. */
static char *
link_attributes (const ItaReportLink *link)
{
  GString *s = g_string_new ("uri='");
  char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE];
  char w[G_ASCII_DTOSTR_BUF_SIZE], h[G_ASCII_DTOSTR_BUF_SIZE];

  for (const char *p = link->uri; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (s, '\\');
      g_string_append_c (s, *p);
    }
  g_string_append_printf (s, "' rect=[%s %s %s %s]",
                          g_ascii_dtostr (x, sizeof x, link->x), g_ascii_dtostr (y, sizeof y, link->y),
                          g_ascii_dtostr (w, sizeof w, link->w), g_ascii_dtostr (h, sizeof h, link->h));
  return g_string_free (s, FALSE);
}

void
ita_report_pages_draw_page_full (const ItaReportPages *self,
                                 guint                 index,
                                 cairo_t              *cr,
                                 gboolean              tags)
{
  const ItaReportPage *page;

  g_return_if_fail (self != NULL);
  g_return_if_fail (index < self->pages->len);
  g_return_if_fail (cr != NULL);

  page = g_ptr_array_index (self->pages, index);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, self->doc->page.width, self->doc->page.height);
  cairo_fill (cr);
  for (guint i = 0; i < page->items->len; i++)
    draw_item (cr, &g_array_index (page->items, ItaReportItem, i));
  for (guint i = 0; tags && i < page->links->len; i++)
    {
      g_autofree char *attributes = link_attributes (&g_array_index (page->links, ItaReportLink, i));

      cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
      cairo_tag_end (cr, CAIRO_TAG_LINK);
    }
  cairo_restore (cr);
}

void
ita_report_pages_draw_page (const ItaReportPages *self,
                            guint                 index,
                            cairo_t              *cr)
{
  ita_report_pages_draw_page_full (self, index, cr, FALSE);
}
