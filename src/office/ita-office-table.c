/* ita-office-table.c: a table of plain, typed cells */
#include "config.h"

#include <string.h>

#include "ita-office-table.h"

G_DEFINE_BOXED_TYPE (ItaOfficeTable, ita_office_table, ita_office_table_ref, ita_office_table_unref)

static void
column_free (gpointer p)
{
  ItaOfficeColumn *c = p;

  g_free (c->title);
  g_free (c);
}

static void
cell_clear (gpointer p)
{
  ItaOfficeCell *c = p;

  g_free (c->text);
}

static void
row_free (gpointer p)
{
  ItaOfficeRow *r = p;

  g_array_unref (r->cells);
  g_free (r);
}

ItaOfficeTable *
ita_office_table_new (const char *id,
                      const char *title)
{
  ItaOfficeTable *self;

  g_return_val_if_fail (id != NULL && *id != '\0', NULL);

  self = g_new0 (ItaOfficeTable, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->id = g_strdup (id);
  self->title = g_strdup (title != NULL && *title != '\0' ? title : id);
  self->columns = g_ptr_array_new_with_free_func (column_free);
  self->rows = g_ptr_array_new_with_free_func (row_free);
  return self;
}

ItaOfficeTable *
ita_office_table_ref (ItaOfficeTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ita_office_table_unref (ItaOfficeTable *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->id);
  g_free (self->title);
  g_free (self->caption);
  g_ptr_array_unref (self->columns);
  g_ptr_array_unref (self->rows);
  g_free (self);
}

void
ita_office_table_set_caption (ItaOfficeTable *self,
                              const char     *caption)
{
  g_return_if_fail (self != NULL);

  g_free (self->caption);
  self->caption = caption != NULL && *caption != '\0' ? g_strdup (caption) : NULL;
}

guint
ita_office_table_add_column (ItaOfficeTable      *self,
                             const char          *title,
                             ItaOfficeColumnType  type)
{
  ItaOfficeColumn *column;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (self->rows->len == 0, 0);
  g_return_val_if_fail (type <= ITA_OFFICE_COLUMN_DATE, 0);

  column = g_new0 (ItaOfficeColumn, 1);
  column->title = g_strdup (title != NULL ? title : "");
  column->type = type;
  g_ptr_array_add (self->columns, column);
  return self->columns->len - 1;
}

static ItaOfficeRow *
current_row (ItaOfficeTable *self)
{
  ItaOfficeRow *row;

  if (self->rows->len == 0)
    return NULL;
  row = g_ptr_array_index (self->rows, self->rows->len - 1);
  return row;
}

static void
complete_row (ItaOfficeTable *self)
{
  ItaOfficeRow *row = current_row (self);

  while (row != NULL && row->cells->len < self->columns->len)
    {
      ItaOfficeCell empty = { .empty = TRUE };

      g_array_append_val (row->cells, empty);
    }
}

void
ita_office_table_begin_row (ItaOfficeTable    *self,
                            ItaOfficeRowFlags  flags)
{
  ItaOfficeRow *row;

  g_return_if_fail (self != NULL);
  g_return_if_fail (self->columns->len > 0);

  complete_row (self);
  row = g_new0 (ItaOfficeRow, 1);
  row->flags = flags;
  row->cells = g_array_new (FALSE, TRUE, sizeof (ItaOfficeCell));
  g_array_set_clear_func (row->cells, cell_clear);
  g_ptr_array_add (self->rows, row);
}

/* The next cell of the current row, checked against its column's type. */
static ItaOfficeCell *
next_cell (ItaOfficeTable      *self,
           ItaOfficeColumnType  type,
           gboolean             any_type)
{
  ItaOfficeRow *row;
  ItaOfficeColumn *column;
  ItaOfficeCell cell = { .empty = TRUE };

  g_return_val_if_fail (self != NULL, NULL);
  row = current_row (self);
  g_return_val_if_fail (row != NULL, NULL);
  g_return_val_if_fail (row->cells->len < self->columns->len, NULL);
  column = g_ptr_array_index (self->columns, row->cells->len);
  g_return_val_if_fail (any_type || column->type == type, NULL);

  g_array_append_val (row->cells, cell);
  return &g_array_index (row->cells, ItaOfficeCell, row->cells->len - 1);
}

void
ita_office_table_take_text (ItaOfficeTable *self,
                            char           *text)
{
  ItaOfficeCell *cell = next_cell (self, ITA_OFFICE_COLUMN_TEXT, FALSE);

  if (cell == NULL)
    {
      g_free (text);
      return;
    }
  if (text == NULL || *text == '\0')
    {
      g_free (text);
      return;
    }
  cell->empty = FALSE;
  cell->text = text;
}

void
ita_office_table_add_label (ItaOfficeTable *self,
                            const char     *text)
{
  ItaOfficeCell *cell = next_cell (self, ITA_OFFICE_COLUMN_TEXT, TRUE);

  if (cell == NULL || text == NULL || *text == '\0')
    return;
  cell->empty = FALSE;
  cell->label = TRUE;
  cell->text = g_strdup (text);
}

void
ita_office_table_add_text (ItaOfficeTable *self,
                           const char     *text)
{
  ita_office_table_take_text (self, g_strdup (text));
}

void
ita_office_table_add_score (ItaOfficeTable *self,
                            ItaCenti        value)
{
  ItaOfficeCell *cell = next_cell (self, ITA_OFFICE_COLUMN_SCORE, FALSE);

  if (cell != NULL && value != ITA_CENTI_NONE)
    {
      cell->empty = FALSE;
      cell->number = value;
    }
}

void
ita_office_table_add_money (ItaOfficeTable *self,
                            gint64          satang)
{
  ItaOfficeCell *cell = next_cell (self, ITA_OFFICE_COLUMN_MONEY, FALSE);

  if (cell != NULL && satang >= 0)
    {
      cell->empty = FALSE;
      cell->number = satang;
    }
}

void
ita_office_table_add_integer (ItaOfficeTable *self,
                              gint64          value)
{
  ItaOfficeCell *cell = next_cell (self, ITA_OFFICE_COLUMN_INTEGER, FALSE);

  if (cell != NULL)
    {
      cell->empty = FALSE;
      cell->number = value;
    }
}

void
ita_office_table_add_date (ItaOfficeTable *self,
                           const GDate    *date)
{
  ItaOfficeCell *cell = next_cell (self, ITA_OFFICE_COLUMN_DATE, FALSE);

  if (cell != NULL && date != NULL && g_date_valid (date))
    {
      cell->empty = FALSE;
      cell->date = *date;
    }
}

void
ita_office_table_add_empty (ItaOfficeTable *self)
{
  next_cell (self, ITA_OFFICE_COLUMN_TEXT, TRUE);
}

guint
ita_office_table_get_n_rows (const ItaOfficeTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len;
}

guint
ita_office_table_get_n_columns (const ItaOfficeTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->columns->len;
}

const ItaOfficeCell *
ita_office_table_get_cell (const ItaOfficeTable *self,
                           guint                 row,
                           guint                 column)
{
  static const ItaOfficeCell empty = { .empty = TRUE };
  const ItaOfficeRow *r;

  g_return_val_if_fail (self != NULL, &empty);
  g_return_val_if_fail (row < self->rows->len, &empty);
  g_return_val_if_fail (column < self->columns->len, &empty);

  r = g_ptr_array_index (self->rows, row);
  if (column >= r->cells->len)
    return &empty;
  return &g_array_index (r->cells, ItaOfficeCell, column);
}

/* CSV ------------------------------------------------------------------- */

static void
csv_cell (GString    *out,
          const char *text,
          gboolean    first)
{
  if (!first)
    g_string_append_c (out, ',');
  g_string_append_c (out, '"');
  if (text != NULL && text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL)
    g_string_append_c (out, '\'');
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append (out, "\"\"");
      else if (*p == '\n' && (p == text || p[-1] != '\r'))
        g_string_append (out, "\r\n");
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static char *
cell_as_text (const ItaOfficeColumn *column,
              const ItaOfficeCell   *cell)
{
  if (cell->empty)
    return g_strdup ("");
  if (cell->label)
    return g_strdup (cell->text);
  switch (column->type)
    {
    case ITA_OFFICE_COLUMN_TEXT:
      return g_strdup (cell->text);
    case ITA_OFFICE_COLUMN_SCORE:
      return ita_decimal_format ((ItaCenti) cell->number, FALSE);
    case ITA_OFFICE_COLUMN_MONEY:
      return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", cell->number / 100, (int) (cell->number % 100));
    case ITA_OFFICE_COLUMN_INTEGER:
      return g_strdup_printf ("%" G_GINT64_FORMAT, cell->number);
    case ITA_OFFICE_COLUMN_DATE:
      return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&cell->date),
                              g_date_get_month (&cell->date), g_date_get_day (&cell->date));
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

GBytes *
ita_office_table_to_csv (const ItaOfficeTable *self)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new ("\xEF\xBB\xBF");
  for (guint c = 0; c < self->columns->len; c++)
    csv_cell (out, ((ItaOfficeColumn *) g_ptr_array_index (self->columns, c))->title, c == 0);
  g_string_append (out, "\r\n");
  for (guint r = 0; r < self->rows->len; r++)
    {
      for (guint c = 0; c < self->columns->len; c++)
        {
          g_autofree char *text = cell_as_text (g_ptr_array_index (self->columns, c),
                                                ita_office_table_get_cell (self, r, c));

          csv_cell (out, text, c == 0);
        }
      g_string_append (out, "\r\n");
    }
  return g_string_free_to_bytes (out);
}
