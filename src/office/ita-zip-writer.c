/* ita-zip-writer.c: a ZIP archive in memory (APPNOTE.TXT 6.3, no ZIP64) */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <zlib.h>

#include "ita-office.h"
#include "ita-zip-writer.h"

#define LOCAL_HEADER_SIG   0x04034b50u
#define CENTRAL_HEADER_SIG 0x02014b50u
#define END_SIG            0x06054b50u
#define VERSION_NEEDED     20          /* 2.0: deflate */
#define FLAG_UTF8          (1u << 11)  /* names are UTF-8 */
#define MAX_ENTRIES        0xFFFFu
#define MAX_OFFSET         0xFFFFFFFFu

typedef struct {
  char    *name;
  guint16  method;
  guint32  crc;
  guint32  compressed;
  guint32  size;
  guint32  offset;
} Entry;

struct _ItaZipWriter
{
  GByteArray *out;
  GArray     *entries;   /* of Entry */
  GHashTable *names;     /* set of entry names (borrowed from entries) */
  guint16     dos_time;
  guint16     dos_date;
  gboolean    finished;
};

static void
entry_clear (gpointer p)
{
  Entry *e = p;

  g_free (e->name);
}

ItaZipWriter *
ita_zip_writer_new (GDateTime *modified)
{
  ItaZipWriter *self = g_new0 (ItaZipWriter, 1);

  self->out = g_byte_array_new ();
  self->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
  self->names = g_hash_table_new (g_str_hash, g_str_equal);
  self->dos_date = (0 << 9) | (1 << 5) | 1;   /* 1980-01-01 */
  self->dos_time = 0;
  if (modified != NULL && g_date_time_get_year (modified) >= 1980 && g_date_time_get_year (modified) <= 2107)
    {
      self->dos_date = (guint16) (((g_date_time_get_year (modified) - 1980) << 9) |
                                  (g_date_time_get_month (modified) << 5) |
                                  g_date_time_get_day_of_month (modified));
      self->dos_time = (guint16) ((g_date_time_get_hour (modified) << 11) |
                                  (g_date_time_get_minute (modified) << 5) |
                                  (g_date_time_get_second (modified) / 2));
    }
  return self;
}

void
ita_zip_writer_free (ItaZipWriter *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->names);
  g_array_unref (self->entries);
  if (self->out != NULL)
    g_byte_array_unref (self->out);
  g_free (self);
}

static void
put16 (GByteArray *out,
       guint       v)
{
  guint8 b[2] = { v & 0xff, (v >> 8) & 0xff };

  g_byte_array_append (out, b, 2);
}

static void
put32 (GByteArray *out,
       guint32     v)
{
  guint8 b[4] = { v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >> 24) & 0xff };

  g_byte_array_append (out, b, 4);
}

static gboolean
too_large (GError **error)
{
  g_set_error (error, ITA_OFFICE_ERROR, ITA_OFFICE_ERROR_TOO_LARGE,
               _("The file would be larger than 4 GB or hold more than 65,535 parts, which this "
                 "program cannot write: export fewer charts or tables at once"));
  return FALSE;
}

/* Raw deflate (no zlib header), as ZIP method 8 wants it. */
static GByteArray *
deflate_raw (const guint8 *data,
             gsize         size)
{
  z_stream z = { 0 };
  GByteArray *out;
  uLong bound;
  int status;

  if (deflateInit2 (&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    return NULL;
  bound = deflateBound (&z, (uLong) size);
  out = g_byte_array_sized_new ((guint) bound);
  g_byte_array_set_size (out, (guint) bound);
  z.next_in = (Bytef *) data;
  z.avail_in = (uInt) size;
  z.next_out = out->data;
  z.avail_out = (uInt) bound;
  status = deflate (&z, Z_FINISH);
  if (status != Z_STREAM_END)
    {
      deflateEnd (&z);
      g_byte_array_unref (out);
      return NULL;
    }
  g_byte_array_set_size (out, (guint) z.total_out);
  deflateEnd (&z);
  return out;
}

static gboolean
valid_name (const char *name)
{
  if (name == NULL || *name == '\0' || *name == '/' || strchr (name, '\\') != NULL)
    return FALSE;
  if (strlen (name) > 0xFFFF || !g_utf8_validate (name, -1, NULL))
    return FALSE;
  return TRUE;
}

gboolean
ita_zip_writer_add (ItaZipWriter  *self,
                    const char    *name,
                    const void    *data,
                    gsize          size,
                    ItaZipMethod   method,
                    GError       **error)
{
  g_autoptr(GByteArray) packed = NULL;
  const guint8 *payload = data;
  gsize payload_size = size;
  Entry e = { 0 };
  gsize name_len;

  g_return_val_if_fail (self != NULL && !self->finished, FALSE);
  g_return_val_if_fail (valid_name (name), FALSE);
  g_return_val_if_fail (data != NULL || size == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_hash_table_contains (self->names, name))
    {
      g_set_error (error, ITA_OFFICE_ERROR, ITA_OFFICE_ERROR_FAILED,
                   "Internal error: the part “%s” was added twice", name);
      return FALSE;
    }
  if (size > MAX_OFFSET || self->entries->len >= MAX_ENTRIES)
    return too_large (error);

  if (method == ITA_ZIP_DEFLATE && size > 0)
    {
      packed = deflate_raw (data, size);
      if (packed == NULL)
        {
          g_set_error (error, ITA_OFFICE_ERROR, ITA_OFFICE_ERROR_FAILED,
                       _("The file could not be compressed (not enough memory?)"));
          return FALSE;
        }
      payload = packed->data;
      payload_size = packed->len;
    }
  else
    method = ITA_ZIP_STORE;

  name_len = strlen (name);
  if ((guint64) self->out->len + 30 + name_len + payload_size > MAX_OFFSET)
    return too_large (error);

  e.name = g_strdup (name);
  e.method = method == ITA_ZIP_DEFLATE ? 8 : 0;
  e.crc = (guint32) crc32 (crc32 (0L, Z_NULL, 0), data, (uInt) size);
  e.compressed = (guint32) payload_size;
  e.size = (guint32) size;
  e.offset = self->out->len;

  put32 (self->out, LOCAL_HEADER_SIG);
  put16 (self->out, VERSION_NEEDED);
  put16 (self->out, FLAG_UTF8);
  put16 (self->out, e.method);
  put16 (self->out, self->dos_time);
  put16 (self->out, self->dos_date);
  put32 (self->out, e.crc);
  put32 (self->out, e.compressed);
  put32 (self->out, e.size);
  put16 (self->out, (guint) name_len);
  put16 (self->out, 0);   /* extra field */
  g_byte_array_append (self->out, (const guint8 *) name, (guint) name_len);
  g_byte_array_append (self->out, payload, (guint) payload_size);

  g_array_append_val (self->entries, e);
  g_hash_table_add (self->names, g_array_index (self->entries, Entry, self->entries->len - 1).name);
  return TRUE;
}

gboolean
ita_zip_writer_add_bytes (ItaZipWriter  *self,
                          const char    *name,
                          GBytes        *bytes,
                          ItaZipMethod   method,
                          GError       **error)
{
  gsize size = 0;
  const void *data;

  g_return_val_if_fail (bytes != NULL, FALSE);

  data = g_bytes_get_data (bytes, &size);
  return ita_zip_writer_add (self, name, data != NULL ? data : "", size, method, error);
}

GBytes *
ita_zip_writer_finish (ItaZipWriter  *self,
                       GError       **error)
{
  guint32 directory_offset;
  guint32 directory_size;

  g_return_val_if_fail (self != NULL && !self->finished, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self->finished = TRUE;
  directory_offset = self->out->len;
  for (guint i = 0; i < self->entries->len; i++)
    {
      const Entry *e = &g_array_index (self->entries, Entry, i);
      gsize name_len = strlen (e->name);

      if ((guint64) self->out->len + 46 + name_len + 22 > MAX_OFFSET)
        {
          too_large (error);
          return NULL;
        }
      put32 (self->out, CENTRAL_HEADER_SIG);
      put16 (self->out, VERSION_NEEDED);   /* made by: MS-DOS, 2.0 */
      put16 (self->out, VERSION_NEEDED);
      put16 (self->out, FLAG_UTF8);
      put16 (self->out, e->method);
      put16 (self->out, self->dos_time);
      put16 (self->out, self->dos_date);
      put32 (self->out, e->crc);
      put32 (self->out, e->compressed);
      put32 (self->out, e->size);
      put16 (self->out, (guint) name_len);
      put16 (self->out, 0);   /* extra field */
      put16 (self->out, 0);   /* comment */
      put16 (self->out, 0);   /* disk number */
      put16 (self->out, 0);   /* internal attributes */
      put32 (self->out, 0);   /* external attributes */
      put32 (self->out, e->offset);
      g_byte_array_append (self->out, (const guint8 *) e->name, (guint) name_len);
    }
  directory_size = self->out->len - directory_offset;

  put32 (self->out, END_SIG);
  put16 (self->out, 0);   /* this disk */
  put16 (self->out, 0);   /* disk of the central directory */
  put16 (self->out, self->entries->len);
  put16 (self->out, self->entries->len);
  put32 (self->out, directory_size);
  put32 (self->out, directory_offset);
  put16 (self->out, 0);   /* comment */

  return g_byte_array_free_to_bytes (g_steal_pointer (&self->out));
}
