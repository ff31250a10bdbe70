/* ita-report-pdf.c: laid-out pages written as PDF */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "ita-report-pages-private.h"

typedef struct {
  GOutputStream *out;
  GCancellable  *cancellable;
  GError        *error;
} Sink;

static cairo_status_t
sink_write (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  Sink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (sink->out, data, length, NULL, sink->cancellable, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static void
set_metadata (cairo_surface_t           *surface,
              const ItaReportDocument   *doc,
              const ItaReportPdfOptions *options)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDateTime *date = options != NULL && options->creation_date != NULL ? options->creation_date : now;
  g_autofree char *iso = g_date_time_format (date, "%Y-%m-%dT%H:%M:%S");

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, doc->title);
  if (*doc->author != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, doc->author);
  if (*doc->subject != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, doc->subject);
  if (*doc->keywords != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, doc->keywords);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "ITA Planner " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, iso);
}

/* The headings as the PDF's outline (bookmarks), nested by level. */
static void
add_outline (cairo_surface_t      *surface,
             const ItaReportPages *pages)
{
  int parents[4] = { CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT,
                     CAIRO_PDF_OUTLINE_ROOT };

  for (guint i = 0; i < pages->outline->len; i++)
    {
      const ItaReportOutline *o = &g_array_index (pages->outline, ItaReportOutline, i);
      char y[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *dest = g_strdup_printf ("page=%u pos=[0 %s]", o->page + 1,
                                               g_ascii_dtostr (y, sizeof y, o->y));
      guint level = CLAMP (o->level, 1, 3);
      int id = cairo_pdf_surface_add_outline (surface, parents[level - 1], o->text, dest, 0);

      for (guint l = level; l < G_N_ELEMENTS (parents); l++)
        parents[l] = id;
    }
}

gboolean
ita_report_render_pdf (ItaReportDocument          *doc,
                       GOutputStream              *out,
                       const ItaReportPdfOptions  *options,
                       GCancellable               *cancellable,
                       GError                    **error)
{
  g_autoptr(ItaReportPages) pages = NULL;
  Sink sink = { out, cancellable, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pages = ita_report_pages_new (doc, cancellable, error);
  if (pages == NULL)
    return FALSE;

  surface = cairo_pdf_surface_create_for_stream (sink_write, &sink, doc->page.width, doc->page.height);
  set_metadata (surface, doc, options);
  cr = cairo_create (surface);
  for (guint i = 0; i < pages->pages->len && sink.error == NULL; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, &sink.error))
        break;
      ita_report_pages_draw_page_full (pages, i, cr, TRUE);
      cairo_show_page (cr);
    }
  if (sink.error == NULL)
    add_outline (surface, pages);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (sink.error != NULL)
    {
      g_propagate_error (error, sink.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, ITA_REPORT_ERROR, ITA_REPORT_ERROR_FAILED,
                   _("The document could not be drawn: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

GBytes *
ita_report_render_pdf_bytes (ItaReportDocument          *doc,
                             const ItaReportPdfOptions  *options,
                             GCancellable               *cancellable,
                             GError                    **error)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

  if (!ita_report_render_pdf (doc, out, options, cancellable, error) ||
      !g_output_stream_close (out, cancellable, error))
    return NULL;
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

gboolean
ita_report_write_pdf (ItaReportDocument          *doc,
                      GFile                      *file,
                      const ItaReportPdfOptions  *options,
                      GCancellable               *cancellable,
                      GError                    **error)
{
  g_autoptr(GFileOutputStream) out = NULL;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* GIO writes a temporary file beside it and renames it over the old one
   * when the stream is closed; a close that is cancelled removes the
   * temporary file and leaves the old one. */
  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, error);
  if (out == NULL)
    return FALSE;
  if (!ita_report_render_pdf (doc, G_OUTPUT_STREAM (out), options, cancellable, error))
    {
      g_autoptr(GCancellable) abandon = g_cancellable_new ();

      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (out), abandon, NULL);
      return FALSE;
    }
  return g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, error);
}
