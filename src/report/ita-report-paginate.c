/* ita-report-paginate.c: laying a document out on pages — text shaping,
 * paragraphs, lists, charts, headings kept with what follows, the running
 * header and footer */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ita-report-flow-private.h"
#include "ita-thai.h"

G_DEFINE_QUARK (ita-report-error-quark, ita_report_error)

/* The first-line indent of body paragraphs (ย่อหน้า), as in Thai
 * official documents. */
#define BODY_INDENT       (2.5 * ITA_REPORT_CM)
/* Consonant height per point of size of TH Sarabun New (and of Laksaman
 * as fontconfig scales it to stand in for TH Sarabun New). */
#define SARABUN_HEIGHT    0.42
/* At most this many characters before a no-break space are kept with it
 * (a Thai word in front of "พ.ศ." has no space to stop at). */
#define GLUE_BACK_MAX     12
#define GLUE_FORWARD_MAX  24
/* Charts: canvas units per point on paper; the chart library's smallest
 * text sizes then print at about 12 pt of TH Sarabun New. */
#define CHART_UNITS_PER_POINT 1.25

#define NBSP 0x00A0

/* Texts -------------------------------------------------------------------- */

static void
text_free (ItaReportText *text)
{
  g_clear_object (&text->layout);
  g_array_unref (text->lines);
  g_array_unref (text->links);
  g_free (text);
}

static void
page_free (ItaReportPage *page)
{
  g_array_unref (page->items);
  g_array_unref (page->links);
  g_free (page);
}

static void
link_clear (ItaReportLink *link)
{
  g_free (link->uri);
}

static void
outline_clear (ItaReportOutline *o)
{
  g_free (o->text);
}

static gboolean
is_space (gunichar c)
{
  return c != NBSP && g_unichar_isspace (c);
}

/* Forbids line breaks inside the words a no-break space joins: Pango's
 * Thai breaking would otherwise break right after it ("พ.ศ. | 2568"). */
static void
glue_no_break_spaces (PangoAttrList *attrs,
                      const char    *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      const char *start = p, *end = g_utf8_next_char (p);
      PangoAttribute *attr;
      guint n;

      if (g_utf8_get_char (p) != NBSP)
        continue;
      for (n = 0; start > text && n < GLUE_BACK_MAX; n++)
        {
          const char *prev = g_utf8_prev_char (start);

          if (is_space (g_utf8_get_char (prev)))
            break;
          start = prev;
        }
      for (n = 0; *end != '\0' && n < GLUE_FORWARD_MAX; n++)
        {
          gunichar c = g_utf8_get_char (end);

          if (is_space (c))
            break;
          end = g_utf8_next_char (end);
        }
      attr = pango_attr_allow_breaks_new (FALSE);
      attr->start_index = (guint) (start - text);
      attr->end_index = (guint) (end - text);
      pango_attr_list_insert (attrs, attr);
    }
}

static void
add_attr (PangoAttrList  *attrs,
          PangoAttribute *attr,
          gsize           start,
          gsize           end)
{
  attr->start_index = (guint) start;
  attr->end_index = (guint) end;
  pango_attr_list_insert (attrs, attr);
}

static guint16
channel (double v)
{
  return (guint16) lround (CLAMP (v, 0.0, 1.0) * 65535.0);
}

static void
add_run_attrs (PangoAttrList      *attrs,
               const ItaReportRun *run,
               gsize               start,
               gsize               end,
               double              size)
{
  double r, g, b;

  if (run->flags & ITA_REPORT_RUN_BOLD)
    add_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start, end);
  if (run->flags & ITA_REPORT_RUN_ITALIC)
    add_attr (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC), start, end);
  if ((run->flags & ITA_REPORT_RUN_UNDERLINE) || run->link != NULL)
    add_attr (attrs, pango_attr_underline_new (PANGO_UNDERLINE_SINGLE), start, end);
  if (run->flags & ITA_REPORT_RUN_SUPERSCRIPT)
    {
      add_attr (attrs, pango_attr_size_new ((int) (size * 0.7 * PANGO_SCALE)), start, end);
      add_attr (attrs, pango_attr_rise_new ((int) (size * 0.35 * PANGO_SCALE)), start, end);
    }
  if (run->link != NULL)
    {
      r = 0.0;
      g = 0.27;
      b = 0.55;
    }
  else
    ita_report_tone_rgb (run->tone, FALSE, &r, &g, &b);
  if (run->link != NULL || run->tone != ITA_REPORT_TONE_NORMAL)
    add_attr (attrs, pango_attr_foreground_new (channel (r), channel (g), channel (b)), start, end);
}

static PangoAlignment
pango_alignment (ItaReportAlign align)
{
  switch (align)
    {
    case ITA_REPORT_ALIGN_CENTER:
      return PANGO_ALIGN_CENTER;
    case ITA_REPORT_ALIGN_RIGHT:
      return PANGO_ALIGN_RIGHT;
    case ITA_REPORT_ALIGN_LEFT:
    case ITA_REPORT_ALIGN_DEFAULT:
    default:
      return PANGO_ALIGN_LEFT;
    }
}

static ItaReportAlign
style_align (ItaReportStyle style)
{
  switch (style)
    {
    case ITA_REPORT_STYLE_TITLE:
    case ITA_REPORT_STYLE_SUBTITLE:
    case ITA_REPORT_STYLE_CAPTION:
    case ITA_REPORT_STYLE_SIGNATURE:
      return ITA_REPORT_ALIGN_CENTER;
    default:
      return ITA_REPORT_ALIGN_LEFT;
    }
}

static void
measure_lines (ItaReportText *text)
{
  PangoLayoutIter *iter = pango_layout_get_iter (text->layout);
  PangoRectangle logical;

  text->lines = g_array_new (FALSE, FALSE, sizeof (ItaReportLine));
  do
    {
      ItaReportLine line;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line.top = (double) logical.y / PANGO_SCALE;
      line.height = (double) logical.height / PANGO_SCALE;
      line.baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      line.x = (double) logical.x / PANGO_SCALE;
      g_array_append_val (text->lines, line);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  {
    int h;

    pango_layout_get_size (text->layout, NULL, &h);
    text->height = (double) h / PANGO_SCALE;
  }
}

static PangoFontDescription *
style_font (ItaReportFlow  *flow,
            ItaReportStyle  style,
            gboolean        bold)
{
  PangoFontDescription *font = pango_font_description_new ();
  double size = ita_report_style_size (style, flow->doc->font_size) * flow->pages->font_factor;

  pango_font_description_set_family (font, flow->doc->font_family);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold || ita_report_style_is_bold (style))
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  return font;
}

ItaReportText *
ita_report_flow_shape (ItaReportFlow            *flow,
                       const ItaReportParagraph *paragraph,
                       double                    width,
                       double                    x_indent,
                       gboolean                  bold,
                       ItaReportAlign            fallback_align)
{
  ItaReportText *text = g_new0 (ItaReportText, 1);
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoFontDescription *font = style_font (flow, paragraph->style, bold);
  double size = ita_report_style_size (paragraph->style, flow->doc->font_size) * flow->pages->font_factor;
  ItaReportAlign align = paragraph->align;
  GString *s = g_string_new (NULL);

  text->links = g_array_new (FALSE, FALSE, sizeof (ItaReportLinkSpan));
  for (guint i = 0; i < paragraph->runs->len; i++)
    {
      const ItaReportRun *run = g_ptr_array_index (paragraph->runs, i);
      gsize start = s->len;

      g_string_append (s, run->text);
      add_run_attrs (attrs, run, start, s->len, size);
      if (run->link != NULL && s->len > start)
        {
          ItaReportLinkSpan span = { (int) start, (int) s->len, run->link };

          g_array_append_val (text->links, span);
        }
    }
  glue_no_break_spaces (attrs, s->str);
  if (align == ITA_REPORT_ALIGN_DEFAULT)
    align = fallback_align != ITA_REPORT_ALIGN_DEFAULT ? fallback_align : style_align (paragraph->style);

  text->layout = pango_layout_new (flow->pages->context);
  pango_layout_set_font_description (text->layout, font);
  pango_layout_set_width (text->layout, (int) (MAX (width, 1.0) * PANGO_SCALE));
  pango_layout_set_wrap (text->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (text->layout, pango_alignment (align));
  pango_layout_set_indent (text->layout, (int) (x_indent * PANGO_SCALE));
  pango_layout_set_auto_dir (text->layout, FALSE);
  pango_layout_set_text (text->layout, s->str, (int) s->len);
  pango_layout_set_attributes (text->layout, attrs);
  measure_lines (text);

  g_ptr_array_add (flow->pages->texts, text);
  pango_attr_list_unref (attrs);
  pango_font_description_free (font);
  g_string_free (s, TRUE);
  return text;
}

double
ita_report_text_lines_height (const ItaReportText *text,
                              guint                first,
                              guint                n)
{
  const ItaReportLine *a, *b;

  if (n == 0)
    return 0;
  a = &g_array_index (text->lines, ItaReportLine, first);
  b = &g_array_index (text->lines, ItaReportLine, first + n - 1);
  return b->top + b->height - a->top;
}

/* Pages and items ----------------------------------------------------------- */

void
ita_report_flow_new_page (ItaReportFlow *flow)
{
  ItaReportPage *page = g_new0 (ItaReportPage, 1);

  page->items = g_array_new (FALSE, TRUE, sizeof (ItaReportItem));
  page->links = g_array_new (FALSE, TRUE, sizeof (ItaReportLink));
  g_array_set_clear_func (page->links, (GDestroyNotify) link_clear);
  g_ptr_array_add (flow->pages->pages, page);
  flow->page = page;
  flow->page_index = flow->pages->pages->len - 1;
  flow->y = flow->top;
  flow->fresh = TRUE;
  flow->space_after = 0;
}

double
ita_report_flow_gap (ItaReportFlow *flow,
                     double         space_before)
{
  return flow->fresh ? 0 : MAX (space_before, flow->space_after);
}

double
ita_report_flow_space_before (ItaReportFlow  *flow,
                              ItaReportStyle  style)
{
  static const double before[ITA_REPORT_N_STYLES] = {
    [ITA_REPORT_STYLE_HEADING1] = 16,
    [ITA_REPORT_STYLE_HEADING2] = 12,
    [ITA_REPORT_STYLE_HEADING3] = 8,
    [ITA_REPORT_STYLE_CAPTION] = 8,
    [ITA_REPORT_STYLE_NOTE] = 2,
    [ITA_REPORT_STYLE_SIGNATURE] = 0,
  };

  return before[style] * flow->scale;
}

double
ita_report_flow_space_after (ItaReportFlow  *flow,
                             ItaReportStyle  style)
{
  static const double after[ITA_REPORT_N_STYLES] = {
    [ITA_REPORT_STYLE_BODY] = 6,
    [ITA_REPORT_STYLE_PLAIN] = 6,
    [ITA_REPORT_STYLE_TITLE] = 6,
    [ITA_REPORT_STYLE_SUBTITLE] = 4,
    [ITA_REPORT_STYLE_HEADING1] = 6,
    [ITA_REPORT_STYLE_HEADING2] = 4,
    [ITA_REPORT_STYLE_HEADING3] = 2,
    [ITA_REPORT_STYLE_CAPTION] = 4,
    [ITA_REPORT_STYLE_NOTE] = 4,
    [ITA_REPORT_STYLE_CELL] = 2,
    [ITA_REPORT_STYLE_SIGNATURE] = 0,
  };

  return after[style] * flow->scale;
}

static void
add_links (ItaReportFlow *flow,
           ItaReportText *text,
           double         x,
           double         y,
           guint          first,
           guint          n_lines)
{
  for (guint k = 0; k < text->links->len; k++)
    {
      const ItaReportLinkSpan *span = &g_array_index (text->links, ItaReportLinkSpan, k);

      for (guint i = first; i < first + n_lines; i++)
        {
          PangoLayoutLine *line = pango_layout_get_line_readonly (text->layout, (int) i);
          const ItaReportLine *geometry = &g_array_index (text->lines, ItaReportLine, i);
          int start = MAX (span->start, line->start_index);
          int end = MIN (span->end, line->start_index + line->length);
          int x0, x1;
          ItaReportLink link;

          if (start >= end)
            continue;
          pango_layout_line_index_to_x (line, start, FALSE, &x0);
          pango_layout_line_index_to_x (line, end, FALSE, &x1);
          link.uri = g_strdup (span->uri);
          link.x = x + geometry->x + (double) MIN (x0, x1) / PANGO_SCALE;
          link.w = (double) ABS (x1 - x0) / PANGO_SCALE;
          link.y = y + geometry->top - g_array_index (text->lines, ItaReportLine, first).top;
          link.h = geometry->height;
          g_array_append_val (flow->page->links, link);
        }
    }
}

void
ita_report_flow_add_lines (ItaReportFlow *flow,
                           ItaReportText *text,
                           double         x,
                           double         y,
                           guint          first,
                           guint          n_lines)
{
  ItaReportItem item = { 0 };

  if (n_lines == 0)
    return;
  item.type = ITA_REPORT_ITEM_TEXT;
  item.x = x;
  item.y = y;
  item.w = (double) pango_layout_get_width (text->layout) / PANGO_SCALE;
  item.h = ita_report_text_lines_height (text, first, n_lines);
  item.text = text;
  item.first = first;
  item.n_lines = n_lines;
  g_array_append_val (flow->page->items, item);
  add_links (flow, text, x, y, first, n_lines);
}

void
ita_report_flow_add_rect (ItaReportFlow     *flow,
                          ItaReportItemType  type,
                          double             x,
                          double             y,
                          double             w,
                          double             h,
                          ItaReportTone      tone)
{
  ItaReportItem item = { 0 };

  item.type = type;
  item.x = x;
  item.y = y;
  item.w = w;
  item.h = h;
  item.tone = tone;
  item.line_width = ITA_REPORT_BORDER_WIDTH;
  g_array_append_val (flow->page->items, item);
}

/* Keeping together ------------------------------------------------------------ */

static void
pending_clear (ItaReportPending *p)
{
  g_free (p->outline);
}

void
ita_report_flow_keep (ItaReportFlow *flow,
                      ItaReportText *text,
                      double         x,
                      double         space_before,
                      double         space_after,
                      guint          level,
                      const char    *outline)
{
  ItaReportPending p = { text, x, space_before, space_after, level, g_strdup (outline) };

  g_array_append_val (flow->pending, p);
}

static void
place_pending (ItaReportFlow *flow)
{
  for (guint i = 0; i < flow->pending->len; i++)
    {
      ItaReportPending *p = &g_array_index (flow->pending, ItaReportPending, i);

      flow->y += ita_report_flow_gap (flow, p->space_before);
      if (p->level > 0)
        {
          ItaReportOutline o = { g_strdup (p->outline), p->level, flow->page_index, flow->y };

          g_array_append_val (flow->pages->outline, o);
        }
      ita_report_flow_add_lines (flow, p->text, p->x, flow->y, 0, p->text->lines->len);
      flow->y += p->text->height;
      flow->space_after = p->space_after;
      flow->fresh = FALSE;
    }
  g_array_set_size (flow->pending, 0);
}

void
ita_report_flow_reserve (ItaReportFlow *flow,
                         double         space_before,
                         double         height)
{
  double need = 0;
  gboolean fresh = flow->fresh;
  double after = flow->space_after;

  for (guint i = 0; i < flow->pending->len; i++)
    {
      ItaReportPending *p = &g_array_index (flow->pending, ItaReportPending, i);

      need += fresh ? 0 : MAX (p->space_before, after);
      need += p->text->height;
      after = p->space_after;
      fresh = FALSE;
    }
  need += fresh ? 0 : MAX (space_before, after);
  need += height;
  if (!flow->fresh && flow->y + need > flow->bottom + 0.01)
    ita_report_flow_new_page (flow);
  place_pending (flow);
  flow->y += ita_report_flow_gap (flow, space_before);
}

/* Paragraphs ------------------------------------------------------------------ */

/* How many of the lines from first fit above the bottom, given that the
 * first of them would start at y. */
static guint
lines_fitting (ItaReportFlow *flow,
               ItaReportText *text,
               guint          first,
               double         y)
{
  guint n = 0;

  while (first + n < text->lines->len &&
         y + ita_report_text_lines_height (text, first, n + 1) <= flow->bottom + 0.01)
    n++;
  return n;
}

/* Places the lines of a shaped text, breaking pages between lines:
 * never one line alone at the bottom of a page nor at the top of the
 * next (when the text has more than two). */
static void
flow_text (ItaReportFlow  *flow,
           ItaReportText  *text,
           double          x,
           double          space_before,
           double          space_after,
           ItaReportPage **first_page,
           double         *first_y)
{
  guint total = text->lines->len;
  guint first = 0;

  ita_report_flow_reserve (flow, space_before, ita_report_text_lines_height (text, 0, MIN (2, total)));
  while (first < total)
    {
      guint left = total - first;
      guint n = lines_fitting (flow, text, first, flow->y);

      if (n < left && !flow->fresh)
        {
          if (left - n == 1 && left >= 3)
            n--;                       /* no widow: two lines go on */
          if (n == 1 && left >= 2)
            n = 0;                     /* no orphan: not one line alone */
        }
      if (n == 0 && !flow->fresh)
        {
          ita_report_flow_new_page (flow);
          continue;
        }
      n = MAX (n, 1);
      if (first == 0 && first_page != NULL)
        {
          *first_page = flow->page;
          *first_y = flow->y;
        }
      ita_report_flow_add_lines (flow, text, x, flow->y, first, n);
      flow->y += ita_report_text_lines_height (text, first, n);
      flow->fresh = FALSE;
      first += n;
      if (first < total)
        ita_report_flow_new_page (flow);
    }
  flow->space_after = space_after;
}

static void
flow_paragraph (ItaReportFlow            *flow,
                const ItaReportParagraph *paragraph)
{
  double x = flow->left, width = flow->width;
  double indent = 0;
  ItaReportText *text;

  if (paragraph->style == ITA_REPORT_STYLE_BODY)
    indent = BODY_INDENT;
  if (paragraph->style == ITA_REPORT_STYLE_SIGNATURE)
    {
      x = flow->left + flow->width * 0.45;
      width = flow->width * 0.55;
    }
  text = ita_report_flow_shape (flow, paragraph, width, indent, FALSE, ITA_REPORT_ALIGN_DEFAULT);
  if (paragraph->keep_with_next && text->lines->len <= 3)
    {
      ita_report_flow_keep (flow, text, x, ita_report_flow_space_before (flow, paragraph->style),
                            ita_report_flow_space_after (flow, paragraph->style), 0, NULL);
      return;
    }
  if (paragraph->style == ITA_REPORT_STYLE_SIGNATURE)
    {
      /* the signature block is one piece, kept with its next line */
      ita_report_flow_keep (flow, text, x, ita_report_flow_space_before (flow, paragraph->style),
                            0, 0, NULL);
      return;
    }
  flow_text (flow, text, x, ita_report_flow_space_before (flow, paragraph->style),
             ita_report_flow_space_after (flow, paragraph->style), NULL, NULL);
}

static void
flow_heading (ItaReportFlow        *flow,
              const ItaReportBlock *block)
{
  ItaReportText *text = ita_report_flow_shape (flow, block->paragraph, flow->width, 0, FALSE,
                                               ITA_REPORT_ALIGN_DEFAULT);
  g_autofree char *outline = ita_report_paragraph_get_text (block->paragraph);

  ita_report_flow_keep (flow, text, flow->left,
                        ita_report_flow_space_before (flow, block->paragraph->style),
                        ita_report_flow_space_after (flow, block->paragraph->style),
                        block->level, outline);
}

/* Lists: the number or bullet hangs in the margin of the items. */
static char *
list_label (const ItaReportDocument *doc,
            const ItaReportList     *list,
            guint                    index)
{
  g_autofree char *ascii = NULL;

  if (!list->ordered)
    return g_strdup ("•");
  ascii = g_strdup_printf ("%u.", index + 1);
  return doc->thai_digits ? ita_thai_digits_from_ascii (ascii) : g_steal_pointer (&ascii);
}

static ItaReportText *
shape_label (ItaReportFlow  *flow,
             const char     *words,
             ItaReportStyle  style,
             double          width)
{
  ItaReportParagraph label = { style, ITA_REPORT_ALIGN_LEFT, NULL };
  ItaReportRun run = { (char *) words, ITA_REPORT_RUN_PLAIN, ITA_REPORT_TONE_NORMAL, NULL };
  ItaReportText *text;

  label.runs = g_ptr_array_new ();
  g_ptr_array_add (label.runs, &run);
  text = ita_report_flow_shape (flow, &label, width, 0, FALSE, ITA_REPORT_ALIGN_LEFT);
  g_ptr_array_unref (label.runs);
  return text;
}

static void
flow_list (ItaReportFlow       *flow,
           const ItaReportList *list)
{
  double hang = (list->items->len >= 10 ? 1.2 : 0.9) * ITA_REPORT_CM * flow->scale;
  double space_after = ita_report_flow_space_after (flow, ITA_REPORT_STYLE_PLAIN) * 0.5;

  for (guint i = 0; i < list->items->len; i++)
    {
      const ItaReportParagraph *item = g_ptr_array_index (list->items, i);
      g_autofree char *words = list_label (flow->doc, list, i);
      ItaReportText *label = shape_label (flow, words, item->style, hang);
      ItaReportText *text = ita_report_flow_shape (flow, item, flow->width - hang, 0, FALSE,
                                                   ITA_REPORT_ALIGN_DEFAULT);
      ItaReportPage *page = NULL;
      ItaReportItem label_item = { 0 };
      double y = 0;

      /* the label goes beside the item's first line, wherever it lands */
      flow_text (flow, text, flow->left + hang, i == 0 ? 0 : space_after, space_after, &page, &y);
      label_item.type = ITA_REPORT_ITEM_TEXT;
      label_item.x = flow->left + hang * 0.15;
      label_item.y = y + g_array_index (text->lines, ItaReportLine, 0).baseline -
                     g_array_index (label->lines, ItaReportLine, 0).baseline;
      label_item.text = label;
      label_item.n_lines = 1;
      g_array_append_val (page->items, label_item);
    }
  flow->space_after = ita_report_flow_space_after (flow, ITA_REPORT_STYLE_PLAIN);
}

/* Charts ----------------------------------------------------------------------- */

static void
flow_chart (ItaReportFlow        *flow,
            const ItaReportChart *chart)
{
  double w = flow->width * chart->width;
  double h = w * chart->aspect;
  double x = flow->left + (flow->width - w) / 2;
  double cw = w * CHART_UNITS_PER_POINT, ch = h * CHART_UNITS_PER_POINT;
  ItaChartLayout *layout;
  ItaReportText *caption = NULL;
  double caption_h = 0, space = ita_report_flow_space_before (flow, ITA_REPORT_STYLE_CAPTION);
  ItaReportItem item = { 0 };

  cw = MAX (cw, ITA_CHART_MIN_SIZE);
  ch = MAX (ch, ITA_CHART_MIN_SIZE * chart->aspect);
  layout = ita_chart_layout_new (chart->kind, chart->data, chart->style, cw, ch);
  g_ptr_array_add (flow->pages->charts, layout);
  if (chart->caption != NULL)
    {
      caption = ita_report_flow_shape (flow, chart->caption, flow->width, 0, FALSE, ITA_REPORT_ALIGN_DEFAULT);
      caption_h = caption->height + 4 * flow->scale;
    }
  /* a chart taller than the page is made to fit it */
  if (h + caption_h > flow->bottom - flow->top)
    {
      double fit = (flow->bottom - flow->top - caption_h) / h;

      w *= fit;
      h *= fit;
      x = flow->left + (flow->width - w) / 2;
    }
  ita_report_flow_reserve (flow, space, h + caption_h);
  item.type = ITA_REPORT_ITEM_CHART;
  item.x = x;
  item.y = flow->y;
  item.w = w;
  item.h = h;
  item.chart = layout;
  item.scale = w / cw;
  g_array_append_val (flow->page->items, item);
  flow->y += h;
  flow->fresh = FALSE;
  if (caption != NULL)
    {
      flow->y += 4 * flow->scale;
      ita_report_flow_add_lines (flow, caption, flow->left, flow->y, 0, caption->lines->len);
      flow->y += caption->height;
    }
  flow->space_after = ita_report_flow_space_after (flow, ITA_REPORT_STYLE_CAPTION) * 2;
}

/* The running header and footer ------------------------------------------------- */

static ItaReportText *
running_text (ItaReportFlow  *flow,
              const char     *words,
              double          width,
              ItaReportAlign  align,
              ItaReportStyle  style)
{
  ItaReportParagraph p = { style, align, NULL };
  ItaReportRun run = { (char *) words, ITA_REPORT_RUN_PLAIN, ITA_REPORT_TONE_MUTED, NULL };
  ItaReportText *text;

  p.runs = g_ptr_array_new ();
  g_ptr_array_add (p.runs, &run);
  text = ita_report_flow_shape (flow, &p, width, 0, FALSE, align);
  g_ptr_array_unref (p.runs);
  pango_layout_set_ellipsize (text->layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (text->layout, 0);   /* one line */
  g_array_unref (text->lines);
  measure_lines (text);
  return text;
}

static void
add_running_line (ItaReportFlow *flow,
                  ItaReportText *text,
                  double         x,
                  double         baseline)
{
  ItaReportItem item = { 0 };
  const ItaReportLine *line = &g_array_index (text->lines, ItaReportLine, 0);

  item.type = ITA_REPORT_ITEM_TEXT;
  item.x = x;
  item.y = baseline - (line->baseline - line->top);
  item.text = text;
  item.n_lines = 1;
  g_array_append_val (flow->page->items, item);
}

static void
add_running (ItaReportFlow *flow)
{
  const ItaReportDocument *doc = flow->doc;
  double header_y = doc->page.header, footer_y = doc->page.height - doc->page.footer;
  double number_w = 2.2 * ITA_REPORT_CM, side_w = (flow->width - number_w) / 2 - 6;

  for (guint i = 0; i < flow->pages->pages->len; i++)
    {
      flow->page = g_ptr_array_index (flow->pages->pages, i);
      if (i == 0 && doc->title_page)
        continue;
      if (doc->page_numbers && i > 0)
        {
          g_autofree char *ascii = g_strdup_printf ("- %u -", i + 1);
          g_autofree char *number = doc->page_number_thai_digits ? ita_thai_digits_from_ascii (ascii)
                                                                  : g_strdup (ascii);
          ItaReportText *text = running_text (flow, number, number_w, ITA_REPORT_ALIGN_CENTER,
                                              ITA_REPORT_STYLE_PLAIN);

          add_running_line (flow, text, flow->left + (flow->width - number_w) / 2, header_y);
        }
      if (doc->header.left != NULL && *doc->header.left != '\0')
        add_running_line (flow, running_text (flow, doc->header.left, side_w, ITA_REPORT_ALIGN_LEFT,
                                              ITA_REPORT_STYLE_NOTE),
                          flow->left, header_y);
      if (doc->header.right != NULL && *doc->header.right != '\0')
        add_running_line (flow, running_text (flow, doc->header.right, side_w, ITA_REPORT_ALIGN_RIGHT,
                                              ITA_REPORT_STYLE_NOTE),
                          flow->left + flow->width - side_w, header_y);
      if (doc->footer != NULL && *doc->footer != '\0')
        add_running_line (flow, running_text (flow, doc->footer, flow->width, ITA_REPORT_ALIGN_CENTER,
                                              ITA_REPORT_STYLE_NOTE),
                          flow->left, footer_y);
    }
}

/* Fonts ------------------------------------------------------------------------- */

static PangoContext *
new_context (const ItaReportDocument *doc)
{
  cairo_font_options_t *options = cairo_font_options_create ();
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());

  /* Unhinted metrics and unrounded positions: the text measures the same
   * on the PDF and on the preview's screen, and the PDF's glyph positions
   * need no corrections (which would also break copied text into words). */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context,
                              pango_language_from_string (doc->language == ITA_REPORT_LANG_TH ? "th" : "en"));
  cairo_font_options_destroy (options);
  return context;
}

/* Which font writes Thai, and how tall its letters are next to TH
 * Sarabun New's: a fallback with larger letters is set smaller so the
 * document keeps its length and look. */
static gboolean
resolve_font (ItaReportPages  *pages,
              GError         **error)
{
  PangoFontDescription *desc = pango_font_description_new ();
  g_autoptr(PangoLayout) layout = pango_layout_new (pages->context);
  PangoFontset *fontset;
  PangoFont *font;
  PangoRectangle ink;
  double height;

  pango_font_description_set_family (desc, pages->doc->font_family);
  pango_font_description_set_absolute_size (desc, 100 * PANGO_SCALE);
  fontset = pango_context_load_fontset (pages->context, desc, pango_context_get_language (pages->context));
  font = fontset != NULL ? pango_fontset_get_font (fontset, 0x0E01) : NULL;
  if (font == NULL || !pango_font_has_char (font, 0x0E01))
    {
      g_set_error (error, ITA_REPORT_ERROR, ITA_REPORT_ERROR_NO_FONT,
                   _("No font can write Thai (looked for %s): install fonts-thai-tlwg or TH Sarabun New"),
                   pages->doc->font_family);
      g_clear_object (&font);
      g_clear_object (&fontset);
      pango_font_description_free (desc);
      return FALSE;
    }
  {
    PangoFontDescription *found = pango_font_describe (font);

    pages->font_name = g_strdup (pango_font_description_get_family (found));
    pango_font_description_free (found);
  }
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, "กขคงจ", -1);
  pango_layout_get_extents (layout, &ink, NULL);
  height = (double) ink.height / PANGO_SCALE / 100.0;
  pages->font_factor = height > 0.05 ? CLAMP (SARABUN_HEIGHT / height, 0.6, 1.0) : 1.0;
  if (pages->font_factor > 0.97)
    pages->font_factor = 1.0;
  g_object_unref (font);
  g_object_unref (fontset);
  pango_font_description_free (desc);
  return TRUE;
}

/* The whole document ------------------------------------------------------------ */

ItaReportPages *
ita_report_pages_new (ItaReportDocument *doc,
                      GCancellable      *cancellable,
                      GError           **error)
{
  g_autoptr(ItaReportPages) pages = NULL;
  ItaReportFlow flow = { 0 };

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  pages = g_new0 (ItaReportPages, 1);
  pages->doc = ita_report_document_ref (doc);
  pages->context = new_context (doc);
  pages->texts = g_ptr_array_new_with_free_func ((GDestroyNotify) text_free);
  pages->charts = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_chart_layout_free);
  pages->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);
  pages->outline = g_array_new (FALSE, TRUE, sizeof (ItaReportOutline));
  g_array_set_clear_func (pages->outline, (GDestroyNotify) outline_clear);
  if (!resolve_font (pages, error))
    return NULL;

  flow.pages = pages;
  flow.doc = doc;
  flow.scale = doc->font_size / 16.0;
  flow.left = doc->page.left;
  flow.width = doc->page.width - doc->page.left - doc->page.right;
  flow.top = doc->page.top;
  flow.bottom = doc->page.height - doc->page.bottom;
  flow.pending = g_array_new (FALSE, TRUE, sizeof (ItaReportPending));
  g_array_set_clear_func (flow.pending, (GDestroyNotify) pending_clear);
  ita_report_flow_new_page (&flow);

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const ItaReportBlock *block = g_ptr_array_index (doc->blocks, i);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          g_array_unref (flow.pending);
          return NULL;
        }
      switch (block->type)
        {
        case ITA_REPORT_BLOCK_HEADING:
          flow_heading (&flow, block);
          break;
        case ITA_REPORT_BLOCK_PARAGRAPH:
          flow_paragraph (&flow, block->paragraph);
          break;
        case ITA_REPORT_BLOCK_LIST:
          flow_list (&flow, block->list);
          break;
        case ITA_REPORT_BLOCK_TABLE:
          ita_report_flow_table (&flow, block->table);
          break;
        case ITA_REPORT_BLOCK_CHART:
          flow_chart (&flow, block->chart);
          break;
        case ITA_REPORT_BLOCK_PAGE_BREAK:
          ita_report_flow_reserve (&flow, 0, 0);
          if (!flow.fresh)
            ita_report_flow_new_page (&flow);
          break;
        default:
          break;
        }
    }
  ita_report_flow_reserve (&flow, 0, 0);   /* what is still pending (a last signature) */
  add_running (&flow);
  g_array_unref (flow.pending);
  return g_steal_pointer (&pages);
}

void
ita_report_pages_free (ItaReportPages *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->texts, g_ptr_array_unref);
  g_clear_pointer (&self->charts, g_ptr_array_unref);
  g_clear_pointer (&self->outline, g_array_unref);
  g_clear_object (&self->context);
  g_clear_pointer (&self->doc, ita_report_document_unref);
  g_free (self->font_name);
  g_free (self);
}

guint
ita_report_pages_get_n_pages (const ItaReportPages *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len;
}

void
ita_report_pages_get_page_size (const ItaReportPages *self,
                                double               *width,
                                double               *height)
{
  g_return_if_fail (self != NULL);

  if (width != NULL)
    *width = self->doc->page.width;
  if (height != NULL)
    *height = self->doc->page.height;
}

const char *
ita_report_pages_get_font_name (const ItaReportPages *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->font_name;
}

double
ita_report_pages_get_font_factor (const ItaReportPages *self)
{
  g_return_val_if_fail (self != NULL, 1.0);

  return self->font_factor;
}
