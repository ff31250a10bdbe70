/* ita-xml-writer.c: well-formed XML, streamed into memory */
#include "config.h"

#include <string.h>

#include "ita-xml-writer.h"

struct _ItaXmlWriter
{
  GString   *out;
  GPtrArray *open;       /* element names, innermost last */
  gboolean   in_start;   /* "<name attr…" written, ">" not yet */
};

ItaXmlWriter *
ita_xml_writer_new (void)
{
  ItaXmlWriter *self = g_new0 (ItaXmlWriter, 1);

  self->out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
  self->open = g_ptr_array_new_with_free_func (g_free);
  return self;
}

void
ita_xml_writer_free (ItaXmlWriter *self)
{
  if (self == NULL)
    return;
  if (self->out != NULL)
    g_string_free (self->out, TRUE);
  g_ptr_array_unref (self->open);
  g_free (self);
}

static gboolean
allowed (gunichar c)
{
  return c == 0x9 || c == 0xA || c == 0xD ||
         (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

char *
ita_xml_clean_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (allowed (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
append_escaped (GString    *out,
                const char *text,
                gboolean    attribute)
{
  g_autofree char *clean = ita_xml_clean_text (text);

  for (const char *p = clean; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&':  g_string_append (out, "&amp;"); break;
        case '<':  g_string_append (out, "&lt;"); break;
        case '>':  g_string_append (out, "&gt;"); break;
        case '"':  g_string_append (out, attribute ? "&quot;" : "\""); break;
        case '\t': g_string_append (out, attribute ? "&#9;" : "\t"); break;
        case '\n': g_string_append (out, attribute ? "&#10;" : "\n"); break;
        case '\r': g_string_append (out, "&#13;"); break;
        default:   g_string_append_c (out, *p); break;
        }
    }
}

static void
close_start (ItaXmlWriter *self)
{
  if (self->in_start)
    {
      g_string_append_c (self->out, '>');
      self->in_start = FALSE;
    }
}

void
ita_xml_start (ItaXmlWriter *self,
               const char   *element)
{
  g_return_if_fail (self != NULL && self->out != NULL);
  g_return_if_fail (element != NULL && *element != '\0');

  close_start (self);
  g_string_append_printf (self->out, "<%s", element);
  g_ptr_array_add (self->open, g_strdup (element));
  self->in_start = TRUE;
}

void
ita_xml_attr (ItaXmlWriter *self,
              const char   *name,
              const char   *value)
{
  g_return_if_fail (self != NULL && self->in_start);
  g_return_if_fail (name != NULL);

  g_string_append_printf (self->out, " %s=\"", name);
  append_escaped (self->out, value, TRUE);
  g_string_append_c (self->out, '"');
}

void
ita_xml_attr_int (ItaXmlWriter *self,
                  const char   *name,
                  gint64        value)
{
  char buf[32];

  g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, value);
  ita_xml_attr (self, name, buf);
}

void
ita_xml_text (ItaXmlWriter *self,
              const char   *text)
{
  g_return_if_fail (self != NULL && self->out != NULL);
  g_return_if_fail (self->open->len > 0);

  close_start (self);
  append_escaped (self->out, text, FALSE);
}

void
ita_xml_end (ItaXmlWriter *self)
{
  const char *name;

  g_return_if_fail (self != NULL && self->out != NULL);
  g_return_if_fail (self->open->len > 0);

  name = g_ptr_array_index (self->open, self->open->len - 1);
  if (self->in_start)
    {
      g_string_append (self->out, "/>");
      self->in_start = FALSE;
    }
  else
    g_string_append_printf (self->out, "</%s>", name);
  g_ptr_array_remove_index (self->open, self->open->len - 1);
}

void
ita_xml_element (ItaXmlWriter *self,
                 const char   *element,
                 const char   *text)
{
  ita_xml_start (self, element);
  if (text != NULL && *text != '\0')
    ita_xml_text (self, text);
  ita_xml_end (self);
}

GBytes *
ita_xml_writer_finish (ItaXmlWriter *self)
{
  GString *out;

  g_return_val_if_fail (self != NULL && self->out != NULL, NULL);
  g_return_val_if_fail (self->open->len == 0, NULL);

  out = g_steal_pointer (&self->out);
  return g_string_free_to_bytes (out);
}
