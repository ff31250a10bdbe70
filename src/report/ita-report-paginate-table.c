/* ita-report-paginate-table.c: tables across pages — header rows
 * repeated, rows never cut (unless taller than a page), group rows kept
 * with the row after them, total rows with the row before */
#include "config.h"

#include "ita-report-flow-private.h"

typedef struct {
  ItaReportText *text;
  guint          line;
  double         y;      /* top, from the top of the cell's content */
  double         h;
} CellLine;

typedef struct {
  double         x, w;
  ItaReportTone  shade;
  GArray        *lines;  /* of CellLine */
} Cell;

typedef struct {
  ItaReportRowKind  kind;
  GArray           *cells;   /* of Cell */
  double            height;
} Row;

typedef struct {
  GArray *rows;              /* of Row */
  guint   n_headers;
  double  header_height;
} Table;

static void
cell_clear (Cell *cell)
{
  g_array_unref (cell->lines);
}

static void
row_clear (Row *row)
{
  g_array_unref (row->cells);
}

static double
lines_height (const Cell *cell,
              guint       start,
              guint       end)
{
  const CellLine *a, *b;

  if (end <= start)
    return 0;
  a = &g_array_index (cell->lines, CellLine, start);
  b = &g_array_index (cell->lines, CellLine, end - 1);
  return b->y + b->h - a->y;
}

static void
measure_cell (ItaReportFlow       *flow,
              const ItaReportCell *source,
              ItaReportRowKind     kind,
              ItaReportAlign       align,
              Cell                *cell)
{
  double y = 0, gap = ita_report_flow_space_after (flow, ITA_REPORT_STYLE_CELL);
  gboolean bold = kind != ITA_REPORT_ROW_BODY;

  cell->shade = source->shade;
  cell->lines = g_array_new (FALSE, FALSE, sizeof (CellLine));
  for (guint p = 0; p < source->paragraphs->len; p++)
    {
      const ItaReportParagraph *paragraph = g_ptr_array_index (source->paragraphs, p);
      ItaReportAlign fallback = kind == ITA_REPORT_ROW_HEADER ? ITA_REPORT_ALIGN_CENTER
                              : kind == ITA_REPORT_ROW_GROUP ? ITA_REPORT_ALIGN_LEFT
                              : align;
      ItaReportText *text = ita_report_flow_shape (flow, paragraph, cell->w - 2 * ITA_REPORT_CELL_PAD_X, 0,
                                                   bold, fallback);

      if (p > 0)
        y += gap;
      for (guint i = 0; i < text->lines->len; i++)
        {
          const ItaReportLine *line = &g_array_index (text->lines, ItaReportLine, i);
          CellLine cl = { text, i, y + line->top - g_array_index (text->lines, ItaReportLine, 0).top,
                          line->height };

          g_array_append_val (cell->lines, cl);
        }
      y += text->height;
    }
}

static void
measure_row (ItaReportFlow        *flow,
             const ItaReportTable *table,
             const ItaReportRow   *source,
             Row                  *row)
{
  guint column = 0;
  double x = flow->left, content = 0;

  row->kind = source->kind;
  row->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  g_array_set_clear_func (row->cells, (GDestroyNotify) cell_clear);
  for (guint c = 0; c < source->cells->len && column < table->columns->len; c++)
    {
      const ItaReportCell *src = g_ptr_array_index (source->cells, c);
      ItaReportAlign align = g_array_index (table->columns, ItaReportColumn, column).align;
      Cell cell = { 0 };

      cell.x = x;
      for (guint k = 0; k < src->span && column < table->columns->len; k++, column++)
        cell.w += g_array_index (table->columns, ItaReportColumn, column).width * flow->width;
      x += cell.w;
      measure_cell (flow, src, row->kind, align, &cell);
      content = MAX (content, lines_height (&cell, 0, cell.lines->len));
      g_array_append_val (row->cells, cell);
    }
  row->height = content + 2 * ITA_REPORT_CELL_PAD_Y;
}

static void
measure_table (ItaReportFlow        *flow,
               const ItaReportTable *source,
               Table                *table)
{
  table->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (table->rows, (GDestroyNotify) row_clear);
  g_array_set_size (table->rows, source->rows->len);
  table->n_headers = ita_report_table_get_n_header_rows (source);
  for (guint r = 0; r < source->rows->len; r++)
    {
      Row *row = &g_array_index (table->rows, Row, r);

      measure_row (flow, source, g_ptr_array_index (source->rows, r), row);
      if (r < table->n_headers)
        table->header_height += row->height;
    }
}

/* Drawing one piece of a row: lines start[c] … end[c] of every cell, in
 * a band of height h at the flow's y. */
static void
place_fragment (ItaReportFlow *flow,
                const Row     *row,
                const guint   *start,
                const guint   *end,
                double         h)
{
  for (guint c = 0; c < row->cells->len; c++)
    {
      const Cell *cell = &g_array_index (row->cells, Cell, c);
      double top = start[c] < cell->lines->len ? g_array_index (cell->lines, CellLine, start[c]).y : 0;
      guint i = start[c];

      if (cell->shade != ITA_REPORT_TONE_NORMAL)
        ita_report_flow_add_rect (flow, ITA_REPORT_ITEM_FILL, cell->x, flow->y, cell->w, h, cell->shade);
      while (i < end[c])
        {
          const CellLine *first = &g_array_index (cell->lines, CellLine, i);
          guint n = 1;

          while (i + n < end[c] && g_array_index (cell->lines, CellLine, i + n).text == first->text)
            n++;
          ita_report_flow_add_lines (flow, first->text, cell->x + ITA_REPORT_CELL_PAD_X,
                                     flow->y + ITA_REPORT_CELL_PAD_Y + first->y - top, first->line, n);
          i += n;
        }
      ita_report_flow_add_rect (flow, ITA_REPORT_ITEM_BOX, cell->x, flow->y, cell->w, h,
                                ITA_REPORT_TONE_NORMAL);
    }
  flow->y += h;
  flow->fresh = FALSE;
}

static void
place_row (ItaReportFlow *flow,
           const Row     *row)
{
  g_autofree guint *start = g_new0 (guint, row->cells->len);
  g_autofree guint *end = g_new0 (guint, row->cells->len);

  for (guint c = 0; c < row->cells->len; c++)
    end[c] = g_array_index (row->cells, Cell, c).lines->len;
  place_fragment (flow, row, start, end, row->height);
}

static void
place_headers (ItaReportFlow *flow,
               const Table   *table)
{
  for (guint r = 0; r < table->n_headers; r++)
    place_row (flow, &g_array_index (table->rows, Row, r));
}

static void
continue_on_new_page (ItaReportFlow *flow,
                      const Table   *table)
{
  ita_report_flow_new_page (flow);
  place_headers (flow, table);
}

/* A row taller than a page: its cells continue on the next pages, line
 * by line, under the repeated header rows. */
static void
place_tall_row (ItaReportFlow *flow,
                const Table   *table,
                const Row     *row)
{
  guint n = row->cells->len;
  g_autofree guint *start = g_new0 (guint, n);
  g_autofree guint *end = g_new0 (guint, n);
  gboolean more = TRUE;

  while (more)
    {
      double avail = flow->bottom - flow->y - 2 * ITA_REPORT_CELL_PAD_Y, h = 0;
      gboolean progress = FALSE;

      more = FALSE;
      for (guint c = 0; c < n; c++)
        {
          const Cell *cell = &g_array_index (row->cells, Cell, c);

          end[c] = start[c];
          while (end[c] < cell->lines->len && lines_height (cell, start[c], end[c] + 1) <= avail)
            end[c]++;
          progress |= end[c] > start[c];
        }
      if (!progress && flow->y > flow->top + table->header_height + 0.01)
        {
          continue_on_new_page (flow, table);   /* not even a line fits here */
          more = TRUE;
          continue;
        }
      for (guint c = 0; c < n; c++)
        {
          const Cell *cell = &g_array_index (row->cells, Cell, c);

          if (!progress && end[c] < cell->lines->len)
            end[c]++;                           /* a page too short for one line */
          h = MAX (h, lines_height (cell, start[c], end[c]));
        }
      place_fragment (flow, row, start, end, h + 2 * ITA_REPORT_CELL_PAD_Y);
      for (guint c = 0; c < n; c++)
        {
          start[c] = end[c];
          more |= start[c] < g_array_index (row->cells, Cell, c).lines->len;
        }
      if (more)
        continue_on_new_page (flow, table);
    }
}

/* What must go on the same page as row r: a group row takes the row
 * after it, a row followed by a total row takes the total. */
static double
row_need (const Table *table,
          guint        r)
{
  const Row *row = &g_array_index (table->rows, Row, r);
  double need = row->height;

  if (r + 1 < table->rows->len)
    {
      const Row *next = &g_array_index (table->rows, Row, r + 1);

      if (row->kind == ITA_REPORT_ROW_GROUP || next->kind == ITA_REPORT_ROW_TOTAL)
        need += next->height;
    }
  return need;
}

void
ita_report_flow_table (ItaReportFlow        *flow,
                       const ItaReportTable *source)
{
  Table table = { 0 };
  double space = ita_report_flow_space_before (flow, ITA_REPORT_STYLE_CAPTION);
  double capacity;
  guint placed = 0;

  measure_table (flow, source, &table);
  if (source->caption != NULL)
    ita_report_flow_keep (flow, ita_report_flow_shape (flow, source->caption, flow->width, 0, FALSE,
                                                       ITA_REPORT_ALIGN_DEFAULT),
                          flow->left, space, 2 * flow->scale, 0, NULL);
  {
    double first = table.header_height +
                   (table.n_headers < table.rows->len ? row_need (&table, table.n_headers) : 0);
    double whole = 0;

    for (guint r = 0; r < table.rows->len; r++)
      whole += g_array_index (table.rows, Row, r).height;
    if (source->keep_together && whole <= flow->bottom - flow->top - 40)
      first = whole;
    ita_report_flow_reserve (flow, space, first);
  }
  place_headers (flow, &table);
  capacity = flow->bottom - flow->top - table.header_height;

  for (guint r = table.n_headers; r < table.rows->len; r++)
    {
      const Row *row = &g_array_index (table.rows, Row, r);
      double need = row_need (&table, r);

      if (flow->y + MIN (need, capacity) > flow->bottom + 0.01 && placed > 0)
        {
          continue_on_new_page (flow, &table);
          placed = 0;
        }
      if (row->height > capacity || flow->y + row->height > flow->bottom + 0.01)
        place_tall_row (flow, &table, row);
      else
        place_row (flow, row);
      placed++;
    }
  flow->space_after = ita_report_flow_space_after (flow, ITA_REPORT_STYLE_PLAIN);
  g_array_unref (table.rows);
}
