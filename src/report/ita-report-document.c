/* ita-report-document.c: a document as structure, without layout */
#include "config.h"

#include "ita-report-document.h"

G_DEFINE_BOXED_TYPE (ItaReportDocument, ita_report_document, ita_report_document_ref,
                     ita_report_document_unref)

gboolean
ita_report_language_from_string (const char        *name,
                                 ItaReportLanguage *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  if (name == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (name, "th") == 0)
    *out = ITA_REPORT_LANG_TH;
  else if (g_ascii_strcasecmp (name, "en") == 0)
    *out = ITA_REPORT_LANG_EN;
  else
    return FALSE;
  return TRUE;
}

void
ita_report_tone_rgb (ItaReportTone  tone,
                     gboolean       shade,
                     double        *r,
                     double        *g,
                     double        *b)
{
  /* Text colours dark enough to read in print; shades light enough to
   * read black text on. Green, orange and vermillion as in the charts'
   * Okabe–Ito palette. */
  static const double text[][3] = {
    [ITA_REPORT_TONE_NORMAL] = { 0.0, 0.0, 0.0 },
    [ITA_REPORT_TONE_MUTED] = { 0.35, 0.35, 0.35 },
    [ITA_REPORT_TONE_MAINTAIN] = { 0.0, 0.45, 0.33 },
    [ITA_REPORT_TONE_RAISE] = { 0.60, 0.40, 0.0 },
    [ITA_REPORT_TONE_IMPROVE] = { 0.75, 0.25, 0.0 },
    [ITA_REPORT_TONE_HEADER] = { 0.0, 0.0, 0.0 },
    [ITA_REPORT_TONE_GROUP] = { 0.0, 0.0, 0.0 },
  };
  static const double background[][3] = {
    [ITA_REPORT_TONE_NORMAL] = { 1.0, 1.0, 1.0 },
    [ITA_REPORT_TONE_MUTED] = { 0.95, 0.95, 0.95 },
    [ITA_REPORT_TONE_MAINTAIN] = { 0.88, 0.96, 0.92 },
    [ITA_REPORT_TONE_RAISE] = { 0.99, 0.94, 0.82 },
    [ITA_REPORT_TONE_IMPROVE] = { 0.99, 0.89, 0.85 },
    [ITA_REPORT_TONE_HEADER] = { 0.87, 0.89, 0.92 },
    [ITA_REPORT_TONE_GROUP] = { 0.94, 0.95, 0.97 },
  };
  const double *c;

  g_return_if_fail ((guint) tone <= ITA_REPORT_TONE_GROUP);

  c = shade ? background[tone] : text[tone];
  *r = c[0];
  *g = c[1];
  *b = c[2];
}

/* Freeing ----------------------------------------------------------------- */

static void
run_free (ItaReportRun *run)
{
  g_free (run->text);
  g_free (run->link);
  g_free (run);
}

static ItaReportParagraph *
paragraph_new (ItaReportStyle style)
{
  ItaReportParagraph *p = g_new0 (ItaReportParagraph, 1);

  p->style = style;
  p->runs = g_ptr_array_new_with_free_func ((GDestroyNotify) run_free);
  return p;
}

static void
paragraph_free (ItaReportParagraph *p)
{
  if (p == NULL)
    return;
  g_ptr_array_unref (p->runs);
  g_free (p);
}

static void
cell_free (ItaReportCell *cell)
{
  g_ptr_array_unref (cell->paragraphs);
  g_free (cell);
}

static void
row_free (ItaReportRow *row)
{
  g_ptr_array_unref (row->cells);
  g_free (row);
}

static void
table_free (ItaReportTable *table)
{
  g_array_unref (table->columns);
  g_ptr_array_unref (table->rows);
  paragraph_free (table->caption);
  g_free (table);
}

static void
list_free (ItaReportList *list)
{
  g_ptr_array_unref (list->items);
  g_free (list);
}

static void
chart_free (ItaReportChart *chart)
{
  g_clear_pointer (&chart->data, ita_chart_data_unref);
  g_clear_pointer (&chart->style, ita_chart_style_free);
  paragraph_free (chart->caption);
  g_free (chart->description);
  g_free (chart);
}

static void
block_free (ItaReportBlock *block)
{
  switch (block->type)
    {
    case ITA_REPORT_BLOCK_HEADING:
    case ITA_REPORT_BLOCK_PARAGRAPH:
      paragraph_free (block->paragraph);
      break;
    case ITA_REPORT_BLOCK_LIST:
      list_free (block->list);
      break;
    case ITA_REPORT_BLOCK_TABLE:
      table_free (block->table);
      break;
    case ITA_REPORT_BLOCK_CHART:
      chart_free (block->chart);
      break;
    case ITA_REPORT_BLOCK_PAGE_BREAK:
    default:
      break;
    }
  g_free (block);
}

/* The document -------------------------------------------------------------- */

ItaReportDocument *
ita_report_document_new (const char        *title,
                         ItaReportLanguage  language)
{
  ItaReportDocument *self = g_new0 (ItaReportDocument, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->title = g_strdup (title != NULL ? title : "");
  self->subject = g_strdup ("");
  self->author = g_strdup ("");
  self->keywords = g_strdup ("");
  self->language = language;
  self->font_family = g_strdup (ITA_CHART_DEFAULT_FONTS);
  self->font_size = 16.0;
  self->page = (ItaReportPageSetup) {
    .width = 21.0 * ITA_REPORT_CM,
    .height = 29.7 * ITA_REPORT_CM,
    .left = 3.0 * ITA_REPORT_CM,
    .right = 2.0 * ITA_REPORT_CM,
    .top = 2.5 * ITA_REPORT_CM,
    .bottom = 2.0 * ITA_REPORT_CM,
    .header = 1.5 * ITA_REPORT_CM,
    .footer = 1.2 * ITA_REPORT_CM,
  };
  self->page_numbers = TRUE;
  self->page_number_thai_digits = language == ITA_REPORT_LANG_TH;
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  return self;
}

ItaReportDocument *
ita_report_document_ref (ItaReportDocument *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ita_report_document_unref (ItaReportDocument *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->title);
  g_free (self->subject);
  g_free (self->author);
  g_free (self->keywords);
  g_free (self->font_family);
  g_free (self->header.left);
  g_free (self->header.right);
  g_free (self->footer);
  g_ptr_array_unref (self->blocks);
  g_free (self);
}

static void
replace (char       **field,
         const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

void
ita_report_document_set_metadata (ItaReportDocument *self,
                                  const char        *subject,
                                  const char        *author,
                                  const char        *keywords)
{
  g_return_if_fail (self != NULL);

  replace (&self->subject, subject != NULL ? subject : "");
  replace (&self->author, author != NULL ? author : "");
  replace (&self->keywords, keywords != NULL ? keywords : "");
}

void
ita_report_document_set_thai_digits (ItaReportDocument *self,
                                     gboolean           thai_digits)
{
  g_return_if_fail (self != NULL);

  self->thai_digits = thai_digits;
  if (thai_digits)
    self->page_number_thai_digits = TRUE;
}

void
ita_report_document_set_font_family (ItaReportDocument *self,
                                     const char        *families)
{
  g_return_if_fail (self != NULL);

  replace (&self->font_family, families != NULL && *families != '\0' ? families : ITA_CHART_DEFAULT_FONTS);
}

void
ita_report_document_set_header (ItaReportDocument *self,
                                const char        *left,
                                const char        *right)
{
  g_return_if_fail (self != NULL);

  replace (&self->header.left, left);
  replace (&self->header.right, right);
}

void
ita_report_document_set_footer (ItaReportDocument *self,
                                const char        *text)
{
  g_return_if_fail (self != NULL);

  replace (&self->footer, text);
}

void
ita_report_document_set_title_page (ItaReportDocument *self,
                                    gboolean           title_page)
{
  g_return_if_fail (self != NULL);

  self->title_page = title_page;
}

void
ita_report_document_set_page_numbers (ItaReportDocument *self,
                                      gboolean           page_numbers,
                                      gboolean           thai_digits)
{
  g_return_if_fail (self != NULL);

  self->page_numbers = page_numbers;
  self->page_number_thai_digits = thai_digits;
}

double
ita_report_style_size (ItaReportStyle style,
                       double         body_size)
{
  switch (style)
    {
    case ITA_REPORT_STYLE_TITLE:
    case ITA_REPORT_STYLE_HEADING1:
      return body_size * 20.0 / 16.0;
    case ITA_REPORT_STYLE_HEADING2:
      return body_size * 18.0 / 16.0;
    case ITA_REPORT_STYLE_CELL:
    case ITA_REPORT_STYLE_NOTE:
      return body_size * 14.0 / 16.0;
    case ITA_REPORT_STYLE_SUBTITLE:
    case ITA_REPORT_STYLE_HEADING3:
    case ITA_REPORT_STYLE_BODY:
    case ITA_REPORT_STYLE_PLAIN:
    case ITA_REPORT_STYLE_CAPTION:
    case ITA_REPORT_STYLE_SIGNATURE:
    case ITA_REPORT_N_STYLES:
    default:
      return body_size;
    }
}

gboolean
ita_report_style_is_bold (ItaReportStyle style)
{
  return style == ITA_REPORT_STYLE_TITLE || style == ITA_REPORT_STYLE_SUBTITLE ||
         style == ITA_REPORT_STYLE_HEADING1 || style == ITA_REPORT_STYLE_HEADING2 ||
         style == ITA_REPORT_STYLE_HEADING3 || style == ITA_REPORT_STYLE_CAPTION;
}

static ItaReportBlock *
add_block (ItaReportDocument  *self,
           ItaReportBlockType  type)
{
  ItaReportBlock *block = g_new0 (ItaReportBlock, 1);

  block->type = type;
  g_ptr_array_add (self->blocks, block);
  return block;
}

static ItaReportParagraph *
paragraph_with_text (ItaReportStyle  style,
                     const char     *text)
{
  ItaReportParagraph *p = paragraph_new (style);

  if (text != NULL)
    ita_report_paragraph_add_text (p, text, ITA_REPORT_RUN_PLAIN);
  return p;
}

ItaReportParagraph *
ita_report_document_add_heading (ItaReportDocument *self,
                                 guint              level,
                                 const char        *text)
{
  ItaReportBlock *block;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (level >= 1 && level <= 3, NULL);

  block = add_block (self, ITA_REPORT_BLOCK_HEADING);
  block->level = level;
  block->paragraph = paragraph_with_text (ITA_REPORT_STYLE_HEADING1 + (level - 1), text);
  return block->paragraph;
}

ItaReportParagraph *
ita_report_document_add_paragraph (ItaReportDocument *self,
                                   ItaReportStyle     style,
                                   const char        *text)
{
  ItaReportBlock *block;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (style < ITA_REPORT_N_STYLES, NULL);

  block = add_block (self, ITA_REPORT_BLOCK_PARAGRAPH);
  block->paragraph = paragraph_with_text (style, text);
  return block->paragraph;
}

ItaReportList *
ita_report_document_add_list (ItaReportDocument *self,
                              gboolean           ordered)
{
  ItaReportBlock *block;

  g_return_val_if_fail (self != NULL, NULL);

  block = add_block (self, ITA_REPORT_BLOCK_LIST);
  block->list = g_new0 (ItaReportList, 1);
  block->list->ordered = ordered;
  block->list->items = g_ptr_array_new_with_free_func ((GDestroyNotify) paragraph_free);
  return block->list;
}

ItaReportTable *
ita_report_document_add_table (ItaReportDocument    *self,
                               guint                 n_columns,
                               const double         *widths,
                               const ItaReportAlign *aligns)
{
  ItaReportBlock *block;
  ItaReportTable *table;
  double sum = 0;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_columns > 0, NULL);

  block = add_block (self, ITA_REPORT_BLOCK_TABLE);
  table = block->table = g_new0 (ItaReportTable, 1);
  table->columns = g_array_sized_new (FALSE, TRUE, sizeof (ItaReportColumn), n_columns);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  for (guint i = 0; i < n_columns; i++)
    sum += widths != NULL && widths[i] > 0 ? widths[i] : 1.0;
  for (guint i = 0; i < n_columns; i++)
    {
      ItaReportColumn column;

      column.width = (widths != NULL && widths[i] > 0 ? widths[i] : 1.0) / sum;
      column.align = aligns != NULL && aligns[i] != ITA_REPORT_ALIGN_DEFAULT ? aligns[i] : ITA_REPORT_ALIGN_LEFT;
      g_array_append_val (table->columns, column);
    }
  return table;
}

ItaReportChart *
ita_report_document_add_chart (ItaReportDocument   *self,
                               ItaChartKind         kind,
                               ItaChartData        *data,
                               const ItaChartStyle *style,
                               double               width,
                               double               aspect,
                               const char          *description)
{
  ItaReportBlock *block;
  ItaReportChart *chart;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (kind < ITA_CHART_N_KINDS, NULL);
  g_return_val_if_fail (data != NULL && style != NULL, NULL);

  block = add_block (self, ITA_REPORT_BLOCK_CHART);
  chart = block->chart = g_new0 (ItaReportChart, 1);
  chart->kind = kind;
  chart->data = ita_chart_data_ref (data);
  chart->style = ita_chart_style_copy (style);
  chart->width = CLAMP (width, 0.1, 1.0);
  chart->aspect = CLAMP (aspect, 0.1, 3.0);
  chart->description = g_strdup (description != NULL ? description : "");
  return chart;
}

void
ita_report_document_add_page_break (ItaReportDocument *self)
{
  g_return_if_fail (self != NULL);

  add_block (self, ITA_REPORT_BLOCK_PAGE_BREAK);
}

ItaReportRun *
ita_report_paragraph_add_tone (ItaReportParagraph *self,
                               const char         *text,
                               ItaReportRunFlags   flags,
                               ItaReportTone       tone)
{
  ItaReportRun *run;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  run = g_new0 (ItaReportRun, 1);
  run->text = g_strdup (text);
  run->flags = flags;
  run->tone = tone;
  g_ptr_array_add (self->runs, run);
  return run;
}

ItaReportRun *
ita_report_paragraph_add_text (ItaReportParagraph *self,
                               const char         *text,
                               ItaReportRunFlags   flags)
{
  return ita_report_paragraph_add_tone (self, text, flags, ITA_REPORT_TONE_NORMAL);
}

ItaReportRun *
ita_report_paragraph_add_link (ItaReportParagraph *self,
                               const char         *text,
                               const char         *url)
{
  ItaReportRun *run = ita_report_paragraph_add_text (self, text, ITA_REPORT_RUN_PLAIN);

  if (run != NULL)
    run->link = g_strdup (url);
  return run;
}

char *
ita_report_paragraph_get_text (const ItaReportParagraph *self)
{
  GString *s = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, g_string_free (s, FALSE));

  for (guint i = 0; i < self->runs->len; i++)
    g_string_append (s, ((ItaReportRun *) g_ptr_array_index (self->runs, i))->text);
  return g_string_free (s, FALSE);
}

ItaReportParagraph *
ita_report_list_add_item (ItaReportList *self,
                          const char    *text)
{
  ItaReportParagraph *p;

  g_return_val_if_fail (self != NULL, NULL);

  p = paragraph_with_text (ITA_REPORT_STYLE_PLAIN, text);
  g_ptr_array_add (self->items, p);
  return p;
}

ItaReportParagraph *
ita_report_table_set_caption (ItaReportTable *self,
                              const char     *text)
{
  g_return_val_if_fail (self != NULL, NULL);

  paragraph_free (self->caption);
  self->caption = paragraph_with_text (ITA_REPORT_STYLE_CAPTION, text);
  return self->caption;
}

ItaReportRow *
ita_report_table_add_row (ItaReportTable   *self,
                          ItaReportRowKind  kind)
{
  ItaReportRow *row;

  g_return_val_if_fail (self != NULL, NULL);
  /* header rows come first */
  g_return_val_if_fail (kind != ITA_REPORT_ROW_HEADER ||
                        ita_report_table_get_n_header_rows (self) == self->rows->len, NULL);

  row = g_new0 (ItaReportRow, 1);
  row->kind = kind;
  row->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) cell_free);
  g_ptr_array_add (self->rows, row);
  return row;
}

guint
ita_report_table_get_n_columns (const ItaReportTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->columns->len;
}

guint
ita_report_table_get_n_header_rows (const ItaReportTable *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  while (n < self->rows->len && ((ItaReportRow *) g_ptr_array_index (self->rows, n))->kind == ITA_REPORT_ROW_HEADER)
    n++;
  return n;
}

ItaReportCell *
ita_report_row_add_cell (ItaReportRow *self,
                         guint         span,
                         const char   *text)
{
  ItaReportCell *cell;

  g_return_val_if_fail (self != NULL, NULL);

  cell = g_new0 (ItaReportCell, 1);
  cell->span = MAX (span, 1);
  cell->shade = self->kind == ITA_REPORT_ROW_HEADER ? ITA_REPORT_TONE_HEADER
              : self->kind == ITA_REPORT_ROW_GROUP ? ITA_REPORT_TONE_GROUP
              : ITA_REPORT_TONE_NORMAL;
  cell->paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) paragraph_free);
  g_ptr_array_add (cell->paragraphs, paragraph_with_text (ITA_REPORT_STYLE_CELL, text));
  g_ptr_array_add (self->cells, cell);
  return cell;
}

ItaReportParagraph *
ita_report_cell_get_paragraph (ItaReportCell *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_ptr_array_index (self->paragraphs, 0);
}

ItaReportParagraph *
ita_report_cell_add_paragraph (ItaReportCell *self,
                               const char    *text)
{
  ItaReportParagraph *p;

  g_return_val_if_fail (self != NULL, NULL);

  p = paragraph_with_text (ITA_REPORT_STYLE_CELL, text);
  g_ptr_array_add (self->paragraphs, p);
  return p;
}

ItaReportParagraph *
ita_report_chart_set_caption (ItaReportChart *self,
                              const char     *text)
{
  g_return_val_if_fail (self != NULL, NULL);

  paragraph_free (self->caption);
  self->caption = paragraph_with_text (ITA_REPORT_STYLE_CAPTION, text);
  return self->caption;
}

static void
append_paragraph (GString                  *s,
                  const ItaReportParagraph *p)
{
  g_autofree char *text = ita_report_paragraph_get_text (p);

  g_string_append (s, text);
  g_string_append_c (s, '\n');
}

char *
ita_report_document_get_text (const ItaReportDocument *self)
{
  GString *s = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, g_string_free (s, FALSE));

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const ItaReportBlock *block = g_ptr_array_index (self->blocks, i);

      switch (block->type)
        {
        case ITA_REPORT_BLOCK_HEADING:
        case ITA_REPORT_BLOCK_PARAGRAPH:
          append_paragraph (s, block->paragraph);
          break;
        case ITA_REPORT_BLOCK_LIST:
          for (guint k = 0; k < block->list->items->len; k++)
            append_paragraph (s, g_ptr_array_index (block->list->items, k));
          break;
        case ITA_REPORT_BLOCK_TABLE:
          if (block->table->caption != NULL)
            append_paragraph (s, block->table->caption);
          for (guint r = 0; r < block->table->rows->len; r++)
            {
              ItaReportRow *row = g_ptr_array_index (block->table->rows, r);

              for (guint c = 0; c < row->cells->len; c++)
                {
                  ItaReportCell *cell = g_ptr_array_index (row->cells, c);

                  for (guint k = 0; k < cell->paragraphs->len; k++)
                    append_paragraph (s, g_ptr_array_index (cell->paragraphs, k));
                }
            }
          break;
        case ITA_REPORT_BLOCK_CHART:
          g_string_append (s, block->chart->description);
          g_string_append_c (s, '\n');
          if (block->chart->caption != NULL)
            append_paragraph (s, block->chart->caption);
          break;
        case ITA_REPORT_BLOCK_PAGE_BREAK:
        default:
          break;
        }
    }
  return g_string_free (s, FALSE);
}
