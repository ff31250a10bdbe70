/* ita-zip-writer.h: a ZIP archive in memory, the container of OOXML files
 *
 * Just what Office Open XML packages need (ECMA-376 part 2 and the ZIP
 * application note, APPNOTE.TXT): entries stored or deflated (zlib), UTF-8
 * names, no encryption, no ZIP64 (at most 65,535 entries and 4 GiB). The
 * entries keep the order they were added in; OOXML readers like
 * [Content_Types].xml first.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  ITA_ZIP_STORE,     /* as is: for pictures that are compressed already */
  ITA_ZIP_DEFLATE,   /* zlib's raw deflate: for XML */
} ItaZipMethod;

typedef struct _ItaZipWriter ItaZipWriter;

/* modified: the time written on every entry (local time, 2-second steps);
 * NULL writes 1980-01-01 00:00, the earliest ZIP time, so that the same
 * content gives the same bytes. */
ItaZipWriter *ita_zip_writer_new    (GDateTime     *modified);
void          ita_zip_writer_free   (ItaZipWriter  *self);

/* Adds one entry. name is the path inside the archive ("ppt/slides/
 * slide1.xml": '/' separated, relative, unique). FALSE with an
 * ITA_OFFICE_ERROR when the name is taken or the archive would be too
 * large. */
gboolean      ita_zip_writer_add    (ItaZipWriter  *self,
                                     const char    *name,
                                     const void    *data,
                                     gsize          size,
                                     ItaZipMethod   method,
                                     GError       **error);
gboolean      ita_zip_writer_add_bytes (ItaZipWriter  *self,
                                        const char    *name,
                                        GBytes        *bytes,
                                        ItaZipMethod   method,
                                        GError       **error);
/* Writes the central directory and returns the whole archive. The writer
 * can only be freed afterwards. */
GBytes       *ita_zip_writer_finish (ItaZipWriter  *self,
                                     GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaZipWriter, ita_zip_writer_free)

G_END_DECLS
