/* ita-office-pptx.c: a deck as a PowerPoint file (ECMA-376
 * PresentationML), written part by part into our own ZIP
 *
 * The package: [Content_Types].xml, _rels/.rels, docProps/{core,app}.xml,
 * ppt/presentation.xml (+ presProps, viewProps, tableStyles), one theme,
 * one slide master with two layouts (title slide, title only), the slides
 * and their PNG pictures in ppt/media. Every slide title is a real title
 * placeholder, so PowerPoint's outline, accessibility checker and
 * "Reset slide" treat it as the title.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ita-office.h"
#include "ita-office-deck-private.h"
#include "ita-xml-writer.h"
#include "ita-zip-writer.h"

#define NS_A   "http://schemas.openxmlformats.org/drawingml/2006/main"
#define NS_R   "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_P   "http://schemas.openxmlformats.org/presentationml/2006/main"
#define NS_REL "http://schemas.openxmlformats.org/package/2006/relationships"
#define REL    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#define CT     "application/vnd.openxmlformats-officedocument."

#define EMU_PER_INCH 914400.0
#define MASTER_ID    2147483648u   /* ids of masters and layouts start here */

static gint64
emu (double inches)
{
  return (gint64) llround (inches * EMU_PER_INCH);
}

static gboolean
add_xml (ItaZipWriter  *zip,
         const char    *name,
         ItaXmlWriter  *xml,
         GError       **error)
{
  g_autoptr(GBytes) bytes = ita_xml_writer_finish (xml);

  return ita_zip_writer_add_bytes (zip, name, bytes, ITA_ZIP_DEFLATE, error);
}

static void
namespaces (ItaXmlWriter *x)
{
  ita_xml_attr (x, "xmlns:a", NS_A);
  ita_xml_attr (x, "xmlns:r", NS_R);
  ita_xml_attr (x, "xmlns:p", NS_P);
}

/* Relationships --------------------------------------------------------- */

static void
relationship (ItaXmlWriter *x,
              const char   *id,
              const char   *type,
              const char   *target)
{
  ita_xml_start (x, "Relationship");
  ita_xml_attr (x, "Id", id);
  ita_xml_attr (x, "Type", type);
  ita_xml_attr (x, "Target", target);
  ita_xml_end (x);
}

static ItaXmlWriter *
relationships_start (void)
{
  ItaXmlWriter *x = ita_xml_writer_new ();

  ita_xml_start (x, "Relationships");
  ita_xml_attr (x, "xmlns", NS_REL);
  return x;
}

/* Shapes ---------------------------------------------------------------- */

static void
xfrm (ItaXmlWriter     *x,
      const ItaDeckBox *box)
{
  ita_xml_start (x, "a:xfrm");
  ita_xml_start (x, "a:off");
  ita_xml_attr_int (x, "x", emu (box->x));
  ita_xml_attr_int (x, "y", emu (box->y));
  ita_xml_end (x);
  ita_xml_start (x, "a:ext");
  ita_xml_attr_int (x, "cx", emu (box->width));
  ita_xml_attr_int (x, "cy", emu (box->height));
  ita_xml_end (x);
  ita_xml_end (x);
}

static void
rect_geometry (ItaXmlWriter *x)
{
  ita_xml_start (x, "a:prstGeom");
  ita_xml_attr (x, "prst", "rect");
  ita_xml_start (x, "a:avLst");
  ita_xml_end (x);
  ita_xml_end (x);
}

static void
group_header (ItaXmlWriter *x)
{
  ita_xml_start (x, "p:nvGrpSpPr");
  ita_xml_start (x, "p:cNvPr");
  ita_xml_attr (x, "id", "1");
  ita_xml_attr (x, "name", "");
  ita_xml_end (x);
  ita_xml_element (x, "p:cNvGrpSpPr", NULL);
  ita_xml_element (x, "p:nvPr", NULL);
  ita_xml_end (x);
  ita_xml_start (x, "p:grpSpPr");
  ita_xml_start (x, "a:xfrm");
  ita_xml_start (x, "a:off");
  ita_xml_attr (x, "x", "0");
  ita_xml_attr (x, "y", "0");
  ita_xml_end (x);
  ita_xml_start (x, "a:ext");
  ita_xml_attr (x, "cx", "0");
  ita_xml_attr (x, "cy", "0");
  ita_xml_end (x);
  ita_xml_start (x, "a:chOff");
  ita_xml_attr (x, "x", "0");
  ita_xml_attr (x, "y", "0");
  ita_xml_end (x);
  ita_xml_start (x, "a:chExt");
  ita_xml_attr (x, "cx", "0");
  ita_xml_attr (x, "cy", "0");
  ita_xml_end (x);
  ita_xml_end (x);
  ita_xml_end (x);
}

/* A run's font: the deck's family for Latin and for Thai (a complex
 * script to Office, so the cs font draws it). */
static void
run_properties (ItaXmlWriter  *x,
                const ItaDeck *deck,
                const char    *element,
                double         points,   /* 0: inherit */
                gboolean       bold,
                const char    *color)    /* "RRGGBB" or NULL */
{
  ita_xml_start (x, element);
  ita_xml_attr (x, "lang", deck->lang_tag);
  if (points > 0)
    ita_xml_attr_int (x, "sz", (gint64) lround (points * deck->font_scale * 100));
  if (bold)
    ita_xml_attr (x, "b", "1");
  ita_xml_attr (x, "dirty", "0");
  if (color != NULL)
    {
      ita_xml_start (x, "a:solidFill");
      ita_xml_start (x, "a:srgbClr");
      ita_xml_attr (x, "val", color);
      ita_xml_end (x);
      ita_xml_end (x);
    }
  ita_xml_start (x, "a:latin");
  ita_xml_attr (x, "typeface", deck->font);
  ita_xml_end (x);
  ita_xml_start (x, "a:cs");
  ita_xml_attr (x, "typeface", deck->font);
  ita_xml_end (x);
  ita_xml_end (x);
}

/* One paragraph of one run (or an empty paragraph for empty text). */
static void
paragraph (ItaXmlWriter  *x,
           const ItaDeck *deck,
           const char    *text,
           const char    *align,   /* nullable: inherit */
           double         points,
           gboolean       bold,
           const char    *color)
{
  ita_xml_start (x, "a:p");
  if (align != NULL)
    {
      ita_xml_start (x, "a:pPr");
      ita_xml_attr (x, "algn", align);
      ita_xml_end (x);
    }
  if (text != NULL && *text != '\0')
    {
      ita_xml_start (x, "a:r");
      run_properties (x, deck, "a:rPr", points, bold, color);
      ita_xml_element (x, "a:t", text);
      ita_xml_end (x);
    }
  run_properties (x, deck, "a:endParaRPr", points, bold, color);
  ita_xml_end (x);
}

static void
body_properties (ItaXmlWriter *x,
                 const char   *anchor,
                 gboolean      autofit)
{
  ita_xml_start (x, "a:bodyPr");
  ita_xml_attr (x, "vert", "horz");
  ita_xml_attr (x, "wrap", "square");
  ita_xml_attr (x, "lIns", "91440");
  ita_xml_attr (x, "tIns", "45720");
  ita_xml_attr (x, "rIns", "91440");
  ita_xml_attr (x, "bIns", "45720");
  ita_xml_attr (x, "rtlCol", "0");
  ita_xml_attr (x, "anchor", anchor);
  if (autofit)
    ita_xml_element (x, "a:normAutofit", NULL);
  else
    ita_xml_element (x, "a:noAutofit", NULL);
  ita_xml_end (x);
}

/* A placeholder shape; box NULL inherits the layout's position. */
static void
placeholder_start (ItaXmlWriter     *x,
                   int               id,
                   const char       *name,
                   const char       *type,
                   int               idx,
                   const ItaDeckBox *box)
{
  ita_xml_start (x, "p:sp");
  ita_xml_start (x, "p:nvSpPr");
  ita_xml_start (x, "p:cNvPr");
  ita_xml_attr_int (x, "id", id);
  ita_xml_attr (x, "name", name);
  ita_xml_end (x);
  ita_xml_start (x, "p:cNvSpPr");
  ita_xml_start (x, "a:spLocks");
  ita_xml_attr (x, "noGrp", "1");
  ita_xml_end (x);
  ita_xml_end (x);
  ita_xml_start (x, "p:nvPr");
  ita_xml_start (x, "p:ph");
  ita_xml_attr (x, "type", type);
  if (idx > 0)
    ita_xml_attr_int (x, "idx", idx);
  ita_xml_end (x);
  ita_xml_end (x);
  ita_xml_end (x);
  ita_xml_start (x, "p:spPr");
  if (box != NULL)
    {
      xfrm (x, box);
      rect_geometry (x);
    }
  ita_xml_end (x);
}

/* The prompt text of a layout's or master's placeholder. */
static void
prompt (ItaXmlWriter  *x,
        const ItaDeck *deck,
        const char    *anchor,
        const char    *text)
{
  ita_xml_start (x, "p:txBody");
  body_properties (x, anchor, TRUE);
  ita_xml_element (x, "a:lstStyle", NULL);
  paragraph (x, deck, text, NULL, 0, FALSE, NULL);
  ita_xml_end (x);
}

/* Theme ------------------------------------------------------------------ */

static void
scheme_color (ItaXmlWriter *x,
              const char   *name,
              const char   *rgb)
{
  ita_xml_start (x, name);
  ita_xml_start (x, "a:srgbClr");
  ita_xml_attr (x, "val", rgb);
  ita_xml_end (x);
  ita_xml_end (x);
}

static void
font_collection (ItaXmlWriter  *x,
                 const char    *element,
                 const ItaDeck *deck)
{
  ita_xml_start (x, element);
  ita_xml_start (x, "a:latin");
  ita_xml_attr (x, "typeface", deck->font);
  ita_xml_end (x);
  ita_xml_start (x, "a:ea");
  ita_xml_attr (x, "typeface", "");
  ita_xml_end (x);
  ita_xml_start (x, "a:cs");
  ita_xml_attr (x, "typeface", deck->font);
  ita_xml_end (x);
  ita_xml_start (x, "a:font");
  ita_xml_attr (x, "script", "Thai");
  ita_xml_attr (x, "typeface", deck->font);
  ita_xml_end (x);
  ita_xml_end (x);
}

static void
solid_fill_scheme (ItaXmlWriter *x,
                   const char   *scheme)
{
  ita_xml_start (x, "a:solidFill");
  ita_xml_start (x, "a:schemeClr");
  ita_xml_attr (x, "val", scheme);
  ita_xml_end (x);
  ita_xml_end (x);
}

static ItaXmlWriter *
theme (const ItaDeck *deck)
{
  ItaXmlWriter *x = ita_xml_writer_new ();
  /* the chart palette (Okabe–Ito) as the accents */
  static const char *accents[6] = { "0072B2", "E69F00", "009E73", "D55E00", "CC79A7", "56B4E9" };

  ita_xml_start (x, "a:theme");
  ita_xml_attr (x, "xmlns:a", NS_A);
  ita_xml_attr (x, "name", "ITA Planner");
  ita_xml_start (x, "a:themeElements");

  ita_xml_start (x, "a:clrScheme");
  ita_xml_attr (x, "name", "ITA Planner");
  scheme_color (x, "a:dk1", "1A1A1A");
  scheme_color (x, "a:lt1", "FFFFFF");
  scheme_color (x, "a:dk2", "1F3864");
  scheme_color (x, "a:lt2", "E7E6E6");
  for (int i = 0; i < 6; i++)
    {
      g_autofree char *name = g_strdup_printf ("a:accent%d", i + 1);

      scheme_color (x, name, accents[i]);
    }
  scheme_color (x, "a:hlink", "0563C1");
  scheme_color (x, "a:folHlink", "954F72");
  ita_xml_end (x);

  ita_xml_start (x, "a:fontScheme");
  ita_xml_attr (x, "name", "ITA Planner");
  font_collection (x, "a:majorFont", deck);
  font_collection (x, "a:minorFont", deck);
  ita_xml_end (x);

  ita_xml_start (x, "a:fmtScheme");
  ita_xml_attr (x, "name", "ITA Planner");
  ita_xml_start (x, "a:fillStyleLst");
  for (int i = 0; i < 3; i++)
    solid_fill_scheme (x, "phClr");
  ita_xml_end (x);
  ita_xml_start (x, "a:lnStyleLst");
  for (int i = 0; i < 3; i++)
    {
      ita_xml_start (x, "a:ln");
      ita_xml_attr_int (x, "w", 6350 * (i + 1));
      solid_fill_scheme (x, "phClr");
      ita_xml_end (x);
    }
  ita_xml_end (x);
  ita_xml_start (x, "a:effectStyleLst");
  for (int i = 0; i < 3; i++)
    {
      ita_xml_start (x, "a:effectStyle");
      ita_xml_element (x, "a:effectLst", NULL);
      ita_xml_end (x);
    }
  ita_xml_end (x);
  ita_xml_start (x, "a:bgFillStyleLst");
  for (int i = 0; i < 3; i++)
    solid_fill_scheme (x, "phClr");
  ita_xml_end (x);
  ita_xml_end (x);   /* fmtScheme */

  ita_xml_end (x);   /* themeElements */
  ita_xml_end (x);
  return x;
}

/* Master and layouts ------------------------------------------------------ */

static void
level1_style (ItaXmlWriter  *x,
              const ItaDeck *deck,
              const char    *element,
              double         points,
              gboolean       major)
{
  ita_xml_start (x, element);
  ita_xml_start (x, "a:lvl1pPr");
  ita_xml_attr (x, "marL", "0");
  ita_xml_attr (x, "indent", "0");
  ita_xml_attr (x, "algn", "l");
  ita_xml_attr (x, "rtl", "0");
  ita_xml_start (x, "a:lnSpc");
  ita_xml_start (x, "a:spcPct");
  ita_xml_attr (x, "val", "100000");
  ita_xml_end (x);
  ita_xml_end (x);
  ita_xml_element (x, "a:buNone", NULL);
  ita_xml_start (x, "a:defRPr");
  ita_xml_attr_int (x, "sz", (gint64) lround (points * deck->font_scale * 100));
  ita_xml_attr (x, "kern", "1200");
  if (major)
    ita_xml_attr (x, "b", "1");
  solid_fill_scheme (x, "tx1");
  ita_xml_start (x, "a:latin");
  ita_xml_attr (x, "typeface", major ? "+mj-lt" : "+mn-lt");
  ita_xml_end (x);
  ita_xml_start (x, "a:ea");
  ita_xml_attr (x, "typeface", major ? "+mj-ea" : "+mn-ea");
  ita_xml_end (x);
  ita_xml_start (x, "a:cs");
  ita_xml_attr (x, "typeface", major ? "+mj-cs" : "+mn-cs");
  ita_xml_end (x);
  ita_xml_end (x);   /* defRPr */
  ita_xml_end (x);   /* lvl1pPr */
  ita_xml_end (x);
}

static ItaXmlWriter *
slide_master (const ItaDeck *deck)
{
  ItaXmlWriter *x = ita_xml_writer_new ();
  static const char *colors[] = {
    "bg1", "lt1", "tx1", "dk1", "bg2", "lt2", "tx2", "dk2", "accent1", "accent1", "accent2", "accent2",
    "accent3", "accent3", "accent4", "accent4", "accent5", "accent5", "accent6", "accent6",
    "hlink", "hlink", "folHlink", "folHlink",
  };
  ItaDeckBox body = { deck->content.x, deck->content.y, deck->content.width, deck->content.height };

  ita_xml_start (x, "p:sldMaster");
  namespaces (x);
  ita_xml_start (x, "p:cSld");
  ita_xml_start (x, "p:bg");
  ita_xml_start (x, "p:bgPr");
  solid_fill_scheme (x, "bg1");
  ita_xml_element (x, "a:effectLst", NULL);
  ita_xml_end (x);
  ita_xml_end (x);
  ita_xml_start (x, "p:spTree");
  group_header (x);
  placeholder_start (x, 2, "Title Placeholder 1", "title", 0, &deck->title_box);
  prompt (x, deck, "b", deck->thai ? "คลิกเพื่อแก้ไขชื่อเรื่อง" : "Click to edit the title");
  ita_xml_end (x);
  placeholder_start (x, 3, "Text Placeholder 2", "body", 1, &body);
  prompt (x, deck, "t", deck->thai ? "คลิกเพื่อแก้ไขข้อความ" : "Click to edit the text");
  ita_xml_end (x);
  ita_xml_end (x);   /* spTree */
  ita_xml_end (x);   /* cSld */

  ita_xml_start (x, "p:clrMap");
  for (guint i = 0; i < G_N_ELEMENTS (colors); i += 2)
    ita_xml_attr (x, colors[i], colors[i + 1]);
  ita_xml_end (x);

  ita_xml_start (x, "p:sldLayoutIdLst");
  for (int i = 1; i <= 2; i++)
    {
      g_autofree char *rid = g_strdup_printf ("rId%d", i);

      ita_xml_start (x, "p:sldLayoutId");
      ita_xml_attr_int (x, "id", (gint64) MASTER_ID + i);
      ita_xml_attr (x, "r:id", rid);
      ita_xml_end (x);
    }
  ita_xml_end (x);

  ita_xml_start (x, "p:txStyles");
  level1_style (x, deck, "p:titleStyle", ITA_DECK_TITLE_PT, TRUE);
  level1_style (x, deck, "p:bodyStyle", ITA_DECK_SUBTITLE_PT, FALSE);
  ita_xml_start (x, "p:otherStyle");
  ita_xml_start (x, "a:defPPr");
  ita_xml_start (x, "a:defRPr");
  ita_xml_attr (x, "lang", deck->lang_tag);
  ita_xml_end (x);
  ita_xml_end (x);
  ita_xml_end (x);
  ita_xml_end (x);   /* txStyles */
  ita_xml_end (x);
  return x;
}

static void
color_map_override (ItaXmlWriter *x)
{
  ita_xml_start (x, "p:clrMapOvr");
  ita_xml_element (x, "a:masterClrMapping", NULL);
  ita_xml_end (x);
}

/* Layout 1: the title slide; layout 2: title only (the chart slides). */
static ItaXmlWriter *
slide_layout (const ItaDeck *deck,
              gboolean       cover)
{
  ItaXmlWriter *x = ita_xml_writer_new ();

  ita_xml_start (x, "p:sldLayout");
  namespaces (x);
  ita_xml_attr (x, "type", cover ? "title" : "titleOnly");
  ita_xml_attr (x, "preserve", "1");
  ita_xml_start (x, "p:cSld");
  ita_xml_attr (x, "name", cover ? "Title Slide" : "Title Only");
  ita_xml_start (x, "p:spTree");
  group_header (x);
  if (cover)
    {
      placeholder_start (x, 2, "Title 1", "ctrTitle", 0, &deck->cover_title);
      prompt (x, deck, "b", deck->thai ? "คลิกเพื่อแก้ไขชื่อเรื่อง" : "Click to edit the title");
      ita_xml_end (x);
      placeholder_start (x, 3, "Subtitle 2", "subTitle", 1, &deck->cover_subtitle);
      prompt (x, deck, "t", deck->thai ? "คลิกเพื่อแก้ไขชื่อเรื่องรอง" : "Click to edit the subtitle");
      ita_xml_end (x);
    }
  else
    {
      placeholder_start (x, 2, "Title 1", "title", 0, &deck->title_box);
      prompt (x, deck, "b", deck->thai ? "คลิกเพื่อแก้ไขชื่อเรื่อง" : "Click to edit the title");
      ita_xml_end (x);
    }
  ita_xml_end (x);   /* spTree */
  ita_xml_end (x);   /* cSld */
  color_map_override (x);
  ita_xml_end (x);
  return x;
}

/* Slides ----------------------------------------------------------------- */

static ItaXmlWriter *
cover_slide (const ItaDeck *deck)
{
  ItaXmlWriter *x = ita_xml_writer_new ();

  ita_xml_start (x, "p:sld");
  namespaces (x);
  ita_xml_start (x, "p:cSld");
  ita_xml_start (x, "p:spTree");
  group_header (x);

  placeholder_start (x, 2, "Title 1", "ctrTitle", 0, &deck->cover_title);
  ita_xml_start (x, "p:txBody");
  body_properties (x, "b", TRUE);
  ita_xml_element (x, "a:lstStyle", NULL);
  paragraph (x, deck, deck->title, "ctr", ITA_DECK_COVER_TITLE_PT, TRUE, NULL);
  ita_xml_end (x);
  ita_xml_end (x);

  placeholder_start (x, 3, "Subtitle 2", "subTitle", 1, &deck->cover_subtitle);
  ita_xml_start (x, "p:txBody");
  body_properties (x, "t", TRUE);
  ita_xml_element (x, "a:lstStyle", NULL);
  if (*deck->agency != '\0')
    paragraph (x, deck, deck->agency, "ctr", ITA_DECK_COVER_SUBTITLE_PT, TRUE, NULL);
  paragraph (x, deck, deck->year, "ctr", ITA_DECK_COVER_SUBTITLE_PT, FALSE, NULL);
  paragraph (x, deck, deck->date, "ctr", ITA_DECK_COVER_SUBTITLE_PT * 0.85, FALSE, "595959");
  ita_xml_end (x);
  ita_xml_end (x);

  ita_xml_end (x);   /* spTree */
  ita_xml_end (x);   /* cSld */
  color_map_override (x);
  ita_xml_end (x);
  return x;
}

static ItaXmlWriter *
chart_slide (const ItaDeck      *deck,
             const ItaDeckSlide *slide,
             int                 number)
{
  ItaXmlWriter *x = ita_xml_writer_new ();
  g_autofree char *descr = *slide->subtitle != '\0'
    ? g_strdup_printf ("%s — %s", slide->title, slide->subtitle) : g_strdup (slide->title);
  g_autofree char *picture_name = g_strdup_printf ("Chart %d", number);

  ita_xml_start (x, "p:sld");
  namespaces (x);
  ita_xml_start (x, "p:cSld");
  ita_xml_start (x, "p:spTree");
  group_header (x);

  /* the title: a title placeholder, editable */
  placeholder_start (x, 2, "Title 1", "title", 0, &deck->title_box);
  ita_xml_start (x, "p:txBody");
  body_properties (x, "b", TRUE);
  ita_xml_element (x, "a:lstStyle", NULL);
  paragraph (x, deck, slide->title, NULL, ITA_DECK_TITLE_PT, TRUE, NULL);
  ita_xml_end (x);
  ita_xml_end (x);

  /* the subtitle (agency · fiscal year): a text box */
  ita_xml_start (x, "p:sp");
  ita_xml_start (x, "p:nvSpPr");
  ita_xml_start (x, "p:cNvPr");
  ita_xml_attr (x, "id", "3");
  ita_xml_attr (x, "name", "Subtitle 2");
  ita_xml_end (x);
  ita_xml_start (x, "p:cNvSpPr");
  ita_xml_attr (x, "txBox", "1");
  ita_xml_end (x);
  ita_xml_element (x, "p:nvPr", NULL);
  ita_xml_end (x);
  ita_xml_start (x, "p:spPr");
  xfrm (x, &deck->subtitle_box);
  rect_geometry (x);
  ita_xml_element (x, "a:noFill", NULL);
  ita_xml_end (x);
  ita_xml_start (x, "p:txBody");
  body_properties (x, "t", FALSE);
  ita_xml_element (x, "a:lstStyle", NULL);
  paragraph (x, deck, slide->subtitle, NULL, ITA_DECK_SUBTITLE_PT, FALSE, "595959");
  ita_xml_end (x);
  ita_xml_end (x);

  /* the chart: a picture with its title and subtitle as alternative text */
  ita_xml_start (x, "p:pic");
  ita_xml_start (x, "p:nvPicPr");
  ita_xml_start (x, "p:cNvPr");
  ita_xml_attr (x, "id", "4");
  ita_xml_attr (x, "name", picture_name);
  ita_xml_attr (x, "descr", descr);
  ita_xml_end (x);
  ita_xml_start (x, "p:cNvPicPr");
  ita_xml_start (x, "a:picLocks");
  ita_xml_attr (x, "noChangeAspect", "1");
  ita_xml_end (x);
  ita_xml_end (x);
  ita_xml_element (x, "p:nvPr", NULL);
  ita_xml_end (x);
  ita_xml_start (x, "p:blipFill");
  ita_xml_start (x, "a:blip");
  ita_xml_attr (x, "r:embed", "rId2");
  ita_xml_end (x);
  ita_xml_start (x, "a:stretch");
  ita_xml_element (x, "a:fillRect", NULL);
  ita_xml_end (x);
  ita_xml_end (x);
  ita_xml_start (x, "p:spPr");
  /* exactly the PNG's size at its DPI: 6350 EMU per pixel at 144 dpi */
  ita_xml_start (x, "a:xfrm");
  ita_xml_start (x, "a:off");
  ita_xml_attr_int (x, "x", emu (deck->content.x));
  ita_xml_attr_int (x, "y", emu (deck->content.y));
  ita_xml_end (x);
  ita_xml_start (x, "a:ext");
  ita_xml_attr_int (x, "cx", (gint64) lround (deck->content_px_width * EMU_PER_INCH / ITA_DECK_DPI));
  ita_xml_attr_int (x, "cy", (gint64) lround (deck->content_px_height * EMU_PER_INCH / ITA_DECK_DPI));
  ita_xml_end (x);
  ita_xml_end (x);
  rect_geometry (x);
  ita_xml_end (x);
  ita_xml_end (x);   /* pic */

  ita_xml_end (x);   /* spTree */
  ita_xml_end (x);   /* cSld */
  color_map_override (x);
  ita_xml_end (x);
  return x;
}

/* The package ------------------------------------------------------------- */

static ItaXmlWriter *
content_types (guint n_slides)
{
  ItaXmlWriter *x = ita_xml_writer_new ();
  static const struct { const char *part, *type; } fixed[] = {
    { "/ppt/presentation.xml", CT "presentationml.presentation.main+xml" },
    { "/ppt/slideMasters/slideMaster1.xml", CT "presentationml.slideMaster+xml" },
    { "/ppt/slideLayouts/slideLayout1.xml", CT "presentationml.slideLayout+xml" },
    { "/ppt/slideLayouts/slideLayout2.xml", CT "presentationml.slideLayout+xml" },
    { "/ppt/theme/theme1.xml", CT "theme+xml" },
    { "/ppt/presProps.xml", CT "presentationml.presProps+xml" },
    { "/ppt/viewProps.xml", CT "presentationml.viewProps+xml" },
    { "/ppt/tableStyles.xml", CT "presentationml.tableStyles+xml" },
    { "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml" },
    { "/docProps/app.xml", CT "extended-properties+xml" },
  };

  ita_xml_start (x, "Types");
  ita_xml_attr (x, "xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
  ita_xml_start (x, "Default");
  ita_xml_attr (x, "Extension", "rels");
  ita_xml_attr (x, "ContentType", "application/vnd.openxmlformats-package.relationships+xml");
  ita_xml_end (x);
  ita_xml_start (x, "Default");
  ita_xml_attr (x, "Extension", "xml");
  ita_xml_attr (x, "ContentType", "application/xml");
  ita_xml_end (x);
  ita_xml_start (x, "Default");
  ita_xml_attr (x, "Extension", "png");
  ita_xml_attr (x, "ContentType", "image/png");
  ita_xml_end (x);
  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    {
      ita_xml_start (x, "Override");
      ita_xml_attr (x, "PartName", fixed[i].part);
      ita_xml_attr (x, "ContentType", fixed[i].type);
      ita_xml_end (x);
    }
  for (guint i = 1; i <= n_slides; i++)
    {
      g_autofree char *part = g_strdup_printf ("/ppt/slides/slide%u.xml", i);

      ita_xml_start (x, "Override");
      ita_xml_attr (x, "PartName", part);
      ita_xml_attr (x, "ContentType", CT "presentationml.slide+xml");
      ita_xml_end (x);
    }
  ita_xml_end (x);
  return x;
}

static ItaXmlWriter *
presentation (const ItaDeck *deck,
              guint          n_slides)
{
  ItaXmlWriter *x = ita_xml_writer_new ();

  ita_xml_start (x, "p:presentation");
  namespaces (x);
  ita_xml_attr (x, "saveSubsetFonts", "1");
  ita_xml_start (x, "p:sldMasterIdLst");
  ita_xml_start (x, "p:sldMasterId");
  ita_xml_attr_int (x, "id", MASTER_ID);
  ita_xml_attr (x, "r:id", "rId1");
  ita_xml_end (x);
  ita_xml_end (x);
  ita_xml_start (x, "p:sldIdLst");
  for (guint i = 0; i < n_slides; i++)
    {
      g_autofree char *rid = g_strdup_printf ("rId%u", i + 2);

      ita_xml_start (x, "p:sldId");
      ita_xml_attr_int (x, "id", 256 + i);
      ita_xml_attr (x, "r:id", rid);
      ita_xml_end (x);
    }
  ita_xml_end (x);
  ita_xml_start (x, "p:sldSz");
  ita_xml_attr_int (x, "cx", emu (deck->width));
  ita_xml_attr_int (x, "cy", emu (deck->height));
  if (deck->aspect == ITA_OFFICE_ASPECT_4_3)
    ita_xml_attr (x, "type", "screen4x3");
  ita_xml_end (x);
  ita_xml_start (x, "p:notesSz");
  ita_xml_attr (x, "cx", "6858000");
  ita_xml_attr (x, "cy", "9144000");
  ita_xml_end (x);
  ita_xml_end (x);
  return x;
}

static ItaXmlWriter *
presentation_rels (guint n_slides)
{
  ItaXmlWriter *x = relationships_start ();
  guint n = n_slides + 2;

  relationship (x, "rId1", REL "slideMaster", "slideMasters/slideMaster1.xml");
  for (guint i = 1; i <= n_slides; i++)
    {
      g_autofree char *rid = g_strdup_printf ("rId%u", i + 1);
      g_autofree char *target = g_strdup_printf ("slides/slide%u.xml", i);

      relationship (x, rid, REL "slide", target);
    }
  {
    g_autofree char *r1 = g_strdup_printf ("rId%u", n);
    g_autofree char *r2 = g_strdup_printf ("rId%u", n + 1);
    g_autofree char *r3 = g_strdup_printf ("rId%u", n + 2);
    g_autofree char *r4 = g_strdup_printf ("rId%u", n + 3);

    relationship (x, r1, REL "theme", "theme/theme1.xml");
    relationship (x, r2, REL "presProps", "presProps.xml");
    relationship (x, r3, REL "viewProps", "viewProps.xml");
    relationship (x, r4, REL "tableStyles", "tableStyles.xml");
  }
  ita_xml_end (x);
  return x;
}

static ItaXmlWriter *
small_part (const char *element,
            gboolean    view)
{
  ItaXmlWriter *x = ita_xml_writer_new ();

  ita_xml_start (x, element);
  namespaces (x);
  if (view)
    {
      ita_xml_start (x, "p:gridSpacing");
      ita_xml_attr (x, "cx", "76200");
      ita_xml_attr (x, "cy", "76200");
      ita_xml_end (x);
    }
  ita_xml_end (x);
  return x;
}

static ItaXmlWriter *
table_styles (void)
{
  ItaXmlWriter *x = ita_xml_writer_new ();

  ita_xml_start (x, "a:tblStyleLst");
  ita_xml_attr (x, "xmlns:a", NS_A);
  ita_xml_attr (x, "def", "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}");
  ita_xml_end (x);
  return x;
}

static ItaXmlWriter *
core_properties (const ItaDeck *deck)
{
  ItaXmlWriter *x = ita_xml_writer_new ();
  g_autofree char *created = g_date_time_format (deck->created, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *title = *deck->agency != '\0'
    ? g_strdup_printf ("%s — %s, %s", deck->title, deck->agency, deck->year)
    : g_strdup_printf ("%s — %s", deck->title, deck->year);

  ita_xml_start (x, "cp:coreProperties");
  ita_xml_attr (x, "xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
  ita_xml_attr (x, "xmlns:dc", "http://purl.org/dc/elements/1.1/");
  ita_xml_attr (x, "xmlns:dcterms", "http://purl.org/dc/terms/");
  ita_xml_attr (x, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  ita_xml_element (x, "dc:title", title);
  ita_xml_element (x, "dc:language", deck->lang_tag);
  ita_xml_start (x, "dcterms:created");
  ita_xml_attr (x, "xsi:type", "dcterms:W3CDTF");
  ita_xml_text (x, created);
  ita_xml_end (x);
  ita_xml_start (x, "dcterms:modified");
  ita_xml_attr (x, "xsi:type", "dcterms:W3CDTF");
  ita_xml_text (x, created);
  ita_xml_end (x);
  ita_xml_end (x);
  return x;
}

static ItaXmlWriter *
app_properties (guint n_slides)
{
  ItaXmlWriter *x = ita_xml_writer_new ();
  g_autofree char *slides = g_strdup_printf ("%u", n_slides);

  ita_xml_start (x, "Properties");
  ita_xml_attr (x, "xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
  ita_xml_element (x, "Application", "ITA Planner");
  ita_xml_element (x, "Slides", slides);
  /* no AppVersion: Office wants its own "16.0000" form there */
  ita_xml_end (x);
  return x;
}

GBytes *
ita_office_pptx_bytes (const ItaDeck  *deck,
                       GError        **error)
{
  g_autoptr(ItaZipWriter) zip = ita_zip_writer_new (NULL);
  guint n_slides = deck->slides->len + 1;

  g_return_val_if_fail (deck != NULL, NULL);

  {
    g_autoptr(ItaXmlWriter) types = content_types (n_slides);
    g_autoptr(ItaXmlWriter) rels = relationships_start ();

    relationship (rels, "rId1", REL "officeDocument", "ppt/presentation.xml");
    relationship (rels, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                  "docProps/core.xml");
    relationship (rels, "rId3", REL "extended-properties", "docProps/app.xml");
    ita_xml_end (rels);
    if (!add_xml (zip, "[Content_Types].xml", types, error) ||
        !add_xml (zip, "_rels/.rels", rels, error))
      return NULL;
  }
  {
    g_autoptr(ItaXmlWriter) core = core_properties (deck);
    g_autoptr(ItaXmlWriter) app = app_properties (n_slides);
    g_autoptr(ItaXmlWriter) pres = presentation (deck, n_slides);
    g_autoptr(ItaXmlWriter) pres_rels = presentation_rels (n_slides);
    g_autoptr(ItaXmlWriter) pres_props = small_part ("p:presentationPr", FALSE);
    g_autoptr(ItaXmlWriter) view_props = small_part ("p:viewPr", TRUE);
    g_autoptr(ItaXmlWriter) styles = table_styles ();
    g_autoptr(ItaXmlWriter) theme1 = theme (deck);
    g_autoptr(ItaXmlWriter) master = slide_master (deck);
    g_autoptr(ItaXmlWriter) master_rels = relationships_start ();
    g_autoptr(ItaXmlWriter) layout1 = slide_layout (deck, TRUE);
    g_autoptr(ItaXmlWriter) layout2 = slide_layout (deck, FALSE);
    g_autoptr(ItaXmlWriter) layout1_rels = relationships_start ();
    g_autoptr(ItaXmlWriter) layout2_rels = relationships_start ();

    relationship (master_rels, "rId1", REL "slideLayout", "../slideLayouts/slideLayout1.xml");
    relationship (master_rels, "rId2", REL "slideLayout", "../slideLayouts/slideLayout2.xml");
    relationship (master_rels, "rId3", REL "theme", "../theme/theme1.xml");
    ita_xml_end (master_rels);
    relationship (layout1_rels, "rId1", REL "slideMaster", "../slideMasters/slideMaster1.xml");
    ita_xml_end (layout1_rels);
    relationship (layout2_rels, "rId1", REL "slideMaster", "../slideMasters/slideMaster1.xml");
    ita_xml_end (layout2_rels);

    if (!add_xml (zip, "docProps/core.xml", core, error) ||
        !add_xml (zip, "docProps/app.xml", app, error) ||
        !add_xml (zip, "ppt/presentation.xml", pres, error) ||
        !add_xml (zip, "ppt/_rels/presentation.xml.rels", pres_rels, error) ||
        !add_xml (zip, "ppt/presProps.xml", pres_props, error) ||
        !add_xml (zip, "ppt/viewProps.xml", view_props, error) ||
        !add_xml (zip, "ppt/tableStyles.xml", styles, error) ||
        !add_xml (zip, "ppt/theme/theme1.xml", theme1, error) ||
        !add_xml (zip, "ppt/slideMasters/slideMaster1.xml", master, error) ||
        !add_xml (zip, "ppt/slideMasters/_rels/slideMaster1.xml.rels", master_rels, error) ||
        !add_xml (zip, "ppt/slideLayouts/slideLayout1.xml", layout1, error) ||
        !add_xml (zip, "ppt/slideLayouts/_rels/slideLayout1.xml.rels", layout1_rels, error) ||
        !add_xml (zip, "ppt/slideLayouts/slideLayout2.xml", layout2, error) ||
        !add_xml (zip, "ppt/slideLayouts/_rels/slideLayout2.xml.rels", layout2_rels, error))
      return NULL;
  }
  {
    g_autoptr(ItaXmlWriter) cover = cover_slide (deck);
    g_autoptr(ItaXmlWriter) cover_rels = relationships_start ();

    relationship (cover_rels, "rId1", REL "slideLayout", "../slideLayouts/slideLayout1.xml");
    ita_xml_end (cover_rels);
    if (!add_xml (zip, "ppt/slides/slide1.xml", cover, error) ||
        !add_xml (zip, "ppt/slides/_rels/slide1.xml.rels", cover_rels, error))
      return NULL;
  }
  for (guint i = 0; i < deck->slides->len; i++)
    {
      const ItaDeckSlide *slide = g_ptr_array_index (deck->slides, i);
      g_autoptr(ItaXmlWriter) xml = chart_slide (deck, slide, (int) i + 1);
      g_autoptr(ItaXmlWriter) rels = relationships_start ();
      g_autofree char *name = g_strdup_printf ("ppt/slides/slide%u.xml", i + 2);
      g_autofree char *rels_name = g_strdup_printf ("ppt/slides/_rels/slide%u.xml.rels", i + 2);
      g_autofree char *media = g_strdup_printf ("ppt/media/chart%u-%s.png", i + 1,
                                                ita_chart_kind_to_string (slide->kind));
      g_autofree char *target = g_strconcat ("../", media + strlen ("ppt/"), NULL);
      g_autoptr(GBytes) png = NULL;

      png = ita_chart_export_bytes (slide->kind, slide->data, deck->style, deck->content_px_width,
                                    deck->content_px_height, ITA_DECK_DPI, ITA_CHART_FORMAT_PNG, error);
      if (png == NULL)
        return NULL;
      relationship (rels, "rId1", REL "slideLayout", "../slideLayouts/slideLayout2.xml");
      relationship (rels, "rId2", REL "image", target);
      ita_xml_end (rels);
      if (!add_xml (zip, name, xml, error) ||
          !add_xml (zip, rels_name, rels, error) ||
          !ita_zip_writer_add_bytes (zip, media, png, ITA_ZIP_STORE, error))
        return NULL;
    }
  return ita_zip_writer_finish (zip, error);
}
