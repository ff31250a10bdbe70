/* ita-report-render.h: a document laid out on pages, drawn with cairo and
 * written as PDF
 *
 * All pagination lives here: text is shaped and broken into lines by
 * Pango (Thai between words, through libthai; words joined by U+00A0
 * never split), paragraphs keep at least two lines together at a page
 * break, headings stay with what follows, table rows are never cut (a
 * row taller than a page excepted) and the header rows repeat on every
 * page a table continues on, charts are drawn as vectors by src/charts.
 *
 * For the window's preview: lay the document out once with
 * ita_report_pages_new() (it may run in a worker thread: it touches no
 * GTK and the document is not changed), then draw any page on a cairo_t
 * scaled to the widget:
 *
 *   double w, h;
 *   ita_report_pages_get_page_size (pages, &w, &h);     // points
 *   cairo_scale (cr, widget_width / w, widget_width / w);
 *   ita_report_pages_draw_page (pages, index, cr);      // white page, then ink
 *
 * To save: ita_report_write_pdf() (atomic: an existing file is replaced
 * only by a complete document) or ita_report_render_pdf() to any stream.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "ita-report-document.h"

G_BEGIN_DECLS

#define ITA_REPORT_ERROR (ita_report_error_quark ())
GQuark ita_report_error_quark (void);

typedef enum {
  ITA_REPORT_ERROR_FAILED,       /* cairo could not draw (message says why) */
  ITA_REPORT_ERROR_NO_FONT,      /* no font of the family list has Thai letters */
  ITA_REPORT_ERROR_NOT_FOUND,    /* builder: a unit or a date the document needs is not there */
  ITA_REPORT_ERROR_INVALID,      /* builder: an option that cannot be used */
} ItaReportError;

typedef struct _ItaReportPages ItaReportPages;

/* Lays the document out. Fails only when cancelled (G_IO_ERROR_CANCELLED)
 * or when no font can write Thai (NO_FONT). Holds a reference on doc. */
ItaReportPages *ita_report_pages_new          (ItaReportDocument *doc,
                                               GCancellable      *cancellable,
                                               GError           **error);
void            ita_report_pages_free         (ItaReportPages    *self);

guint           ita_report_pages_get_n_pages  (const ItaReportPages *self);
/* In points (A4: 595.28 × 841.89). */
void            ita_report_pages_get_page_size (const ItaReportPages *self,
                                                double               *width,
                                                double               *height);
/* Draws page index (0-based) with its top-left corner at the origin, in
 * points: a white page, then its text, tables and charts. */
void            ita_report_pages_draw_page    (const ItaReportPages *self,
                                               guint                 index,
                                               cairo_t              *cr);
/* The resolved body font ("TH Sarabun New", or the fallback used) and
 * the factor applied to the nominal sizes so that a fallback with larger
 * letters prints as large as TH Sarabun New would (1 for the TH Sarabun
 * family and fonts matched to it). */
const char     *ita_report_pages_get_font_name   (const ItaReportPages *self);
double          ita_report_pages_get_font_factor (const ItaReportPages *self);

typedef struct {
  /* The PDF's creation date; NULL for now. Tests set it for identical
   * output. */
  GDateTime *creation_date;
} ItaReportPdfOptions;

/* Writes the document as PDF (fonts embedded as subsets, text with its
 * Unicode so it can be copied, headings as the outline, URLs as links,
 * title/author/subject in the metadata) to out. options may be NULL.
 * out is not closed. */
gboolean        ita_report_render_pdf         (ItaReportDocument          *doc,
                                               GOutputStream              *out,
                                               const ItaReportPdfOptions  *options,
                                               GCancellable               *cancellable,
                                               GError                    **error);
GBytes         *ita_report_render_pdf_bytes   (ItaReportDocument          *doc,
                                               const ItaReportPdfOptions  *options,
                                               GCancellable               *cancellable,
                                               GError                    **error);
/* Writes file atomically: on any failure (or cancellation) an existing
 * file is left as it was and no partial file stays behind. */
gboolean        ita_report_write_pdf          (ItaReportDocument          *doc,
                                               GFile                      *file,
                                               const ItaReportPdfOptions  *options,
                                               GCancellable               *cancellable,
                                               GError                    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaReportPages, ita_report_pages_free)

G_END_DECLS
