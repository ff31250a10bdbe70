/* ita-xml-writer.h: well-formed XML for the parts of OOXML packages
 *
 * A streaming writer: start an element, add its attributes, then its
 * children or text, then end it; an element without content is written
 * as <empty/>. Text and attribute values are escaped, and what XML 1.0
 * cannot hold (control characters, invalid UTF-8) is dropped, so a
 * measure's title pasted from anywhere can never make a file unreadable.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _ItaXmlWriter ItaXmlWriter;

/* Starts with <?xml version="1.0" encoding="UTF-8" standalone="yes"?>. */
ItaXmlWriter *ita_xml_writer_new    (void);
void          ita_xml_writer_free   (ItaXmlWriter *self);

void          ita_xml_start         (ItaXmlWriter *self,
                                     const char   *element);
/* Only right after ita_xml_start() or another attribute. */
void          ita_xml_attr          (ItaXmlWriter *self,
                                     const char   *name,
                                     const char   *value);
void          ita_xml_attr_int      (ItaXmlWriter *self,
                                     const char   *name,
                                     gint64        value);
void          ita_xml_text          (ItaXmlWriter *self,
                                     const char   *text);
/* Ends the innermost open element. */
void          ita_xml_end           (ItaXmlWriter *self);
/* <element>text</element> */
void          ita_xml_element       (ItaXmlWriter *self,
                                     const char   *element,
                                     const char   *text);
/* Every element must be ended. */
GBytes       *ita_xml_writer_finish (ItaXmlWriter *self);

/* A copy of text that XML 1.0 can hold: valid UTF-8 without the control
 * characters it forbids (tab, line feed and carriage return are kept). */
char         *ita_xml_clean_text    (const char   *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaXmlWriter, ita_xml_writer_free)

G_END_DECLS
