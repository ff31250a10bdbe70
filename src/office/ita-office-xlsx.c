/* ita-office-xlsx.c: tables as an Excel workbook (libxlsxwriter) */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <xlsxwriter.h>

#include "ita-office.h"

#define MIN_WIDTH      6.0
#define MAX_TEXT_WIDTH 60.0   /* wider text wraps */
#define MIN_TEXT_WIDTH 14.0   /* text columns narrowed to fit the page no further */
/* The widths of all columns together that still print legibly on one A4
 * page across (landscape, at about 75 %). */
#define PAGE_WIDTH     180.0
#define PAD            2.0
#define LINE_HEIGHT    15.0   /* points: Excel's row for Calibri 11 */
#define BORDER_COLOR   0xBFBFBF
#define A4_PAPER       9
/* Excel keeps at most 32,767 characters in a cell; libxlsxwriter counts
 * bytes. Longer text is cut (with "…"). */
#define MAX_CELL_BYTES 32767
#define MAX_HEADER_BYTES 240

/* Widths ------------------------------------------------------------------ */

static gboolean
thai_zero_width (gunichar c)
{
  /* above and below vowels, tone marks and the other combining marks */
  return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
}

/* The advance of one character relative to "0" of Calibri 11, the default
 * font. Thai comes from the fallback font (Leelawadee UI, Tahoma, Noto
 * Sans Thai): a consonant is a little wider than a digit, the vowels
 * before and after it narrower, about a digit on average. */
static double
char_width (gunichar c)
{
  if (thai_zero_width (c) || g_unichar_iszerowidth (c) || g_unichar_ismark (c))
    return 0;
  if (c >= 0x0E00 && c <= 0x0E7F)
    return 1.0;
  if (g_unichar_iswide (c))
    return 2.0;
  if (c == ' ')
    return 0.5;
  if (c < 0x80 && strchr ("iljI.,:;'|!()[]", (int) c) != NULL)
    return 0.5;
  if (c < 0x80 && strchr ("mwMW@", (int) c) != NULL)
    return 1.5;
  if (c >= 'A' && c <= 'Z')
    return 1.15;
  return 1.0;
}

double
ita_office_text_width (const char *text)
{
  double widest = 0, line = 0;

  if (text == NULL)
    return 0;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n')
        {
          widest = MAX (widest, line);
          line = 0;
          continue;
        }
      line += char_width (c);
    }
  return MAX (widest, line);
}

/* Text that libxlsxwriter and Excel accept ------------------------------- */

static char *
fit_bytes (const char *text,
           gsize       max)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  const char *end;

  if (strlen (valid) <= max)
    return g_steal_pointer (&valid);
  end = valid + max - strlen ("…");
  while (end > valid && (*end & 0xC0) == 0x80)
    end--;
  {
    g_autofree char *head = g_strndup (valid, end - valid);

    return g_strconcat (head, "…", NULL);
  }
}

/* Sheet names: at most 31 characters, none of []:*?/\, no apostrophe at
 * either end, unique. */
static char *
sheet_name (const char *title,
            GHashTable *used)
{
  GString *name = g_string_new (NULL);
  g_autofree char *base = NULL;
  glong n = 0;

  for (const char *p = title; p != NULL && *p != '\0' && n < 31; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || (c < 0x80 && strchr ("[]:*?/\\", (int) c) != NULL))
        c = ' ';
      if (c == '\'' && name->len == 0)
        continue;
      g_string_append_unichar (name, c);
      n++;
    }
  while (name->len > 0 && (name->str[name->len - 1] == '\'' || name->str[name->len - 1] == ' '))
    g_string_truncate (name, name->len - 1);
  if (name->len == 0)
    g_string_assign (name, "Sheet");
  base = g_string_free (name, FALSE);

  for (guint i = 1;; i++)
    {
      g_autofree char *candidate = NULL;
      g_autofree char *folded = NULL;

      if (i == 1)
        candidate = g_strdup (base);
      else
        {
          g_autofree char *suffix = g_strdup_printf (" (%u)", i);
          glong room = 31 - g_utf8_strlen (suffix, -1);
          g_autofree char *cut = g_utf8_substring (base, 0, MIN (room, g_utf8_strlen (base, -1)));

          candidate = g_strconcat (cut, suffix, NULL);
        }
      folded = g_utf8_casefold (candidate, -1);
      if (!g_hash_table_contains (used, folded))
        {
          g_hash_table_add (used, g_steal_pointer (&folded));
          return g_steal_pointer (&candidate);
        }
    }
}

/* "&" starts a code in Excel's page headers. */
static char *
header_text (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text != NULL ? text : "", "&", -1);
  g_autofree char *escaped = g_strjoinv ("&&", parts);

  return fit_bytes (escaped, MAX_HEADER_BYTES);
}

/* Formats ----------------------------------------------------------------- */

typedef struct {
  lxw_format *header;
  lxw_format *cell[ITA_OFFICE_COLUMN_DATE + 1][2][2];   /* type, emphasis, wrap */
} Formats;

static const char *
number_format (ItaOfficeColumnType type)
{
  switch (type)
    {
    case ITA_OFFICE_COLUMN_SCORE:
      return "0.00";
    case ITA_OFFICE_COLUMN_MONEY:
      return "#,##0.00";
    case ITA_OFFICE_COLUMN_INTEGER:
      return "0";
    case ITA_OFFICE_COLUMN_DATE:
      /* TRANSLATORS: an Excel number format for dates in spreadsheets.
         [$-409] is English (United States); for Thai write
         [$-107041E]d mmm yyyy: 01 = western digits, 07 = the Thai
         Buddhist calendar, 041E = Thai month names ("1 ต.ค. 2567"). */
      return C_("spreadsheet date format", "[$-409]d mmm yyyy");
    case ITA_OFFICE_COLUMN_TEXT:
    default:
      return NULL;
    }
}

static void
make_formats (lxw_workbook *wb,
              Formats      *f)
{
  f->header = workbook_add_format (wb);
  format_set_bold (f->header);
  format_set_text_wrap (f->header);
  format_set_align (f->header, LXW_ALIGN_VERTICAL_TOP);
  format_set_bg_color (f->header, 0xD9E2F3);
  format_set_border (f->header, LXW_BORDER_THIN);
  format_set_border_color (f->header, BORDER_COLOR);

  for (int t = 0; t <= ITA_OFFICE_COLUMN_DATE; t++)
    for (int bold = 0; bold < 2; bold++)
      for (int wrap = 0; wrap < 2; wrap++)
        {
          lxw_format *cell = workbook_add_format (wb);
          const char *num = number_format ((ItaOfficeColumnType) t);

          format_set_align (cell, LXW_ALIGN_VERTICAL_TOP);
          format_set_border (cell, LXW_BORDER_THIN);
          format_set_border_color (cell, BORDER_COLOR);
          if (num != NULL)
            format_set_num_format (cell, num);
          if (bold)
            format_set_bold (cell);
          if (wrap)
            format_set_text_wrap (cell);
          if (t == ITA_OFFICE_COLUMN_DATE)
            format_set_align (cell, LXW_ALIGN_LEFT);
          f->cell[t][bold][wrap] = cell;
        }
}

/* The width a cell's value takes as shown. */
static double
cell_width (const ItaOfficeColumn *column,
            const ItaOfficeCell   *cell)
{
  if (cell->empty)
    return 0;
  if (cell->label)
    return ita_office_text_width (cell->text);
  switch (column->type)
    {
    case ITA_OFFICE_COLUMN_TEXT:
      return ita_office_text_width (cell->text);
    case ITA_OFFICE_COLUMN_SCORE:
      return 6;     /* 100.00 */
    case ITA_OFFICE_COLUMN_MONEY:
      {
        /* 1,234,567.89 */
        gint64 baht = cell->number / 100;
        int digits = 1;

        while (baht >= 10)
          {
            baht /= 10;
            digits++;
          }
        return digits + (digits - 1) / 3 * 0.5 + 3;
      }
    case ITA_OFFICE_COLUMN_INTEGER:
      return 4;
    case ITA_OFFICE_COLUMN_DATE:
      return 11.5;   /* 30 ก.ย. 2568, 30 Sep 2025 */
    default:
      return 0;
    }
}

/* Narrows the widest text columns, all to the same width, until the
 * table fits PAGE_WIDTH (never below MIN_TEXT_WIDTH); the rest keep what
 * they want. */
static double
total_width (const ItaOfficeTable *table,
             const double         *natural,
             double                cap)
{
  double total = 0;

  for (guint c = 0; c < ita_office_table_get_n_columns (table); c++)
    {
      const ItaOfficeColumn *column = g_ptr_array_index (table->columns, c);

      total += column->type == ITA_OFFICE_COLUMN_TEXT ? MIN (natural[c], cap) : natural[c];
    }
  return total;
}

static void
fit_widths (const ItaOfficeTable *table,
            const double         *natural,
            double               *widths)
{
  double cap = MAX_TEXT_WIDTH;

  if (total_width (table, natural, cap) > PAGE_WIDTH)
    {
      double lo = MIN_TEXT_WIDTH, hi = MAX_TEXT_WIDTH;

      /* the widest cap that fits, to half a character */
      while (hi - lo > 0.5)
        {
          double mid = (lo + hi) / 2;

          if (total_width (table, natural, mid) > PAGE_WIDTH)
            hi = mid;
          else
            lo = mid;
        }
      cap = lo;
    }
  for (guint c = 0; c < ita_office_table_get_n_columns (table); c++)
    {
      const ItaOfficeColumn *column = g_ptr_array_index (table->columns, c);

      widths[c] = column->type == ITA_OFFICE_COLUMN_TEXT ? MIN (natural[c], cap) : natural[c];
    }
}

/* How many lines text takes in a column of width (once it wraps, a
 * little less fits on a line than the width: words do not break). */
static guint
text_lines (const char *text,
            double      width)
{
  g_auto(GStrv) paragraphs = g_strsplit (text != NULL ? text : "", "\n", -1);
  double room = MAX (width - 1.0, 1.0);
  guint lines = 0;

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      double w = ita_office_text_width (paragraphs[i]);

      lines += w <= room ? 1 : (guint) ceil (w / (room * 0.95));
    }
  return MAX (lines, 1);
}

/* Rows whose text wraps get the height of their lines, so that printing
 * shows all of it (spreadsheet programs do not all grow rows on opening).
 * row -1 is the header. */
static lxw_error
set_row_height (lxw_worksheet        *ws,
                lxw_row_t             sheet_row,
                const ItaOfficeTable *table,
                int                   row,
                const double         *widths)
{
  guint lines = 1;

  for (guint c = 0; c < ita_office_table_get_n_columns (table); c++)
    {
      const ItaOfficeColumn *column = g_ptr_array_index (table->columns, c);
      const char *text = NULL;

      if (row < 0)
        text = column->title;
      else if (column->type == ITA_OFFICE_COLUMN_TEXT)
        {
          const ItaOfficeCell *cell = ita_office_table_get_cell (table, (guint) row, c);

          text = cell->empty ? NULL : cell->text;
        }
      if (text != NULL)
        lines = MAX (lines, text_lines (text, widths[c]));
    }
  if (lines <= 1)
    return LXW_NO_ERROR;
  return worksheet_set_row (ws, sheet_row, lines * LINE_HEIGHT + 2, NULL);
}

/* Sheets ------------------------------------------------------------------ */

static lxw_error
write_cell (lxw_worksheet         *ws,
            lxw_row_t              row,
            lxw_col_t              col,
            const ItaOfficeColumn *column,
            const ItaOfficeCell   *cell,
            lxw_format            *format)
{
  if (cell->empty)
    return worksheet_write_blank (ws, row, col, format);
  if (cell->label)
    {
      g_autofree char *text = fit_bytes (cell->text, MAX_CELL_BYTES);

      return worksheet_write_string (ws, row, col, text, format);
    }
  switch (column->type)
    {
    case ITA_OFFICE_COLUMN_TEXT:
      {
        g_autofree char *text = fit_bytes (cell->text, MAX_CELL_BYTES);

        return worksheet_write_string (ws, row, col, text, format);
      }
    case ITA_OFFICE_COLUMN_SCORE:
    case ITA_OFFICE_COLUMN_MONEY:
      /* hundredths → the nearest double; Excel shows it with two decimals */
      return worksheet_write_number (ws, row, col, (double) cell->number / 100.0, format);
    case ITA_OFFICE_COLUMN_INTEGER:
      return worksheet_write_number (ws, row, col, (double) cell->number, format);
    case ITA_OFFICE_COLUMN_DATE:
      {
        lxw_datetime dt = {
          .year = g_date_get_year (&cell->date),
          .month = g_date_get_month (&cell->date),
          .day = g_date_get_day (&cell->date),
        };

        return worksheet_write_datetime (ws, row, col, &dt, format);
      }
    default:
      return LXW_NO_ERROR;
    }
}

static lxw_error
write_sheet (lxw_workbook         *wb,
             const Formats        *f,
             const ItaOfficeTable *table,
             const char           *name)
{
  lxw_worksheet *ws = workbook_add_worksheet (wb, name);
  guint n_cols = ita_office_table_get_n_columns (table);
  guint n_rows = ita_office_table_get_n_rows (table);
  g_autofree double *natural = g_new0 (double, MAX (n_cols, 1));
  g_autofree double *widths = g_new0 (double, MAX (n_cols, 1));
  g_autofree gboolean *wrap = g_new0 (gboolean, MAX (n_cols, 1));
  double total = 0;
  lxw_error err;

  if (ws == NULL)
    return LXW_ERROR_PARAMETER_VALIDATION;

  /* the width each column wants: its widest value or header line */
  for (guint c = 0; c < n_cols; c++)
    {
      const ItaOfficeColumn *column = g_ptr_array_index (table->columns, c);
      double header = ita_office_text_width (column->title);

      /* a header may wrap onto two lines rather than widen a number column */
      if (column->type != ITA_OFFICE_COLUMN_TEXT && header > 10)
        header = MAX (10, header / 2 + 1);
      natural[c] = header;
      for (guint r = 0; r < n_rows; r++)
        {
          const ItaOfficeCell *cell = ita_office_table_get_cell (table, r, c);

          natural[c] = MAX (natural[c], cell_width (column, cell));
          if (column->type == ITA_OFFICE_COLUMN_TEXT && !cell->empty && strchr (cell->text, '\n') != NULL)
            wrap[c] = TRUE;
        }
      natural[c] = MAX (natural[c] + PAD, MIN_WIDTH);
    }
  fit_widths (table, natural, widths);

  for (guint c = 0; c < n_cols; c++)
    {
      if (widths[c] < natural[c])
        wrap[c] = TRUE;
      total += widths[c];
      err = worksheet_set_column (ws, c, c, widths[c], NULL);
      if (err != LXW_NO_ERROR)
        return err;
    }

  for (guint c = 0; c < n_cols; c++)
    {
      const ItaOfficeColumn *column = g_ptr_array_index (table->columns, c);
      g_autofree char *title = fit_bytes (column->title, MAX_CELL_BYTES);

      err = worksheet_write_string (ws, 0, c, title, f->header);
      if (err != LXW_NO_ERROR)
        return err;
    }
  err = set_row_height (ws, 0, table, -1, widths);
  if (err != LXW_NO_ERROR)
    return err;
  for (guint r = 0; r < n_rows; r++)
    {
      const ItaOfficeRow *row = g_ptr_array_index (table->rows, r);
      int bold = (row->flags & ITA_OFFICE_ROW_EMPHASIS) != 0;

      for (guint c = 0; c < n_cols; c++)
        {
          const ItaOfficeColumn *column = g_ptr_array_index (table->columns, c);

          err = write_cell (ws, r + 1, c, column, ita_office_table_get_cell (table, r, c),
                            f->cell[column->type][bold][wrap[c]]);
          if (err != LXW_NO_ERROR)
            return err;
        }
      err = set_row_height (ws, r + 1, table, (int) r, widths);
      if (err != LXW_NO_ERROR)
        return err;
    }

  worksheet_freeze_panes (ws, 1, 0);
  if (n_cols > 0)
    {
      worksheet_autofilter (ws, 0, 0, n_rows, n_cols - 1);
      worksheet_print_area (ws, 0, 0, n_rows, n_cols - 1);
      worksheet_repeat_rows (ws, 0, 0);
    }
  worksheet_set_paper (ws, A4_PAPER);
  /* a wide table (the checklist, the measures) is printed across the page */
  if (total > 100)
    worksheet_set_landscape (ws);
  else
    worksheet_set_portrait (ws);
  worksheet_fit_to_pages (ws, 1, 0);
  {
    g_autofree char *caption = header_text (table->caption);
    g_autofree char *sheet = header_text (table->title);
    g_autofree char *header = g_strdup_printf ("&L%s&R%s", caption, sheet);
    /* TRANSLATORS: the footer of a printed spreadsheet page; keep the
       codes &P (this page's number) and &N (the number of pages) */
    g_autofree char *footer = g_strdup_printf ("&C%s", _("Page &P of &N"));

    worksheet_set_header (ws, header);
    worksheet_set_footer (ws, footer);
  }
  return LXW_NO_ERROR;
}

static lxw_error
write_workbook (lxw_workbook            *wb,
                ItaOfficeTable * const  *tables,
                guint                    n_tables,
                const char              *title)
{
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lxw_doc_properties properties = { 0 };
  g_autofree char *doc_title = fit_bytes (title, MAX_HEADER_BYTES);
  Formats f;
  lxw_error err;

  properties.title = doc_title;
  properties.comments = (char *) "ITA Planner " PACKAGE_VERSION;
  err = workbook_set_properties (wb, &properties);
  if (err != LXW_NO_ERROR)
    return err;
  make_formats (wb, &f);
  for (guint i = 0; i < n_tables; i++)
    {
      g_autofree char *name = sheet_name (tables[i]->title, used);

      err = write_sheet (wb, &f, tables[i], name);
      if (err != LXW_NO_ERROR)
        return err;
    }
  return LXW_NO_ERROR;
}

static gboolean
xlsx_failed (lxw_error   err,
             GError    **error)
{
  g_set_error (error, ITA_OFFICE_ERROR, ITA_OFFICE_ERROR_FAILED,
               _("The spreadsheet could not be made: %s"), lxw_strerror (err));
  return FALSE;
}

GBytes *
ita_office_xlsx_bytes (ItaOfficeTable * const  *tables,
                       guint                    n_tables,
                       const char              *title,
                       GError                 **error)
{
  lxw_workbook_options options = { 0 };
  lxw_workbook *wb;
  lxw_error err;
#if LXW_VERSION_ID >= 115
  char *buffer = NULL;
  size_t size = 0;
#else
  g_autofree char *path = NULL;
  g_autoptr(GError) local = NULL;
  char *contents = NULL;
  gsize length = 0;
  int fd;
#endif

  g_return_val_if_fail (tables != NULL || n_tables == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (n_tables == 0)
    {
      g_set_error (error, ITA_OFFICE_ERROR, ITA_OFFICE_ERROR_INVALID,
                   _("Choose at least one table to export."));
      return NULL;
    }
  /* libxlsxwriter's own temporary files; an ASCII path only (it opens
   * them with fopen(), which on Windows takes the ANSI code page) */
  if (g_str_is_ascii (g_get_tmp_dir ()))
    options.tmpdir = (char *) g_get_tmp_dir ();

#if LXW_VERSION_ID >= 115
  /* char ** in some releases, const char ** in others */
  options.output_buffer = (void *) &buffer;
  options.output_buffer_size = &size;
  wb = workbook_new_opt (NULL, &options);
#else
  fd = g_file_open_tmp ("ita-planner-XXXXXX.xlsx", &path, &local);
  if (fd < 0)
    {
      g_set_error (error, ITA_OFFICE_ERROR, ITA_OFFICE_ERROR_FAILED,
                   _("The spreadsheet could not be made: %s"), local->message);
      return NULL;
    }
  g_close (fd, NULL);
  wb = workbook_new_opt (path, &options);
#endif
  if (wb == NULL)
    {
      xlsx_failed (LXW_ERROR_MEMORY_MALLOC_FAILED, error);
      return NULL;
    }
  err = write_workbook (wb, tables, n_tables, title);
  if (err != LXW_NO_ERROR)
    {
      workbook_close (wb);
#if LXW_VERSION_ID >= 115
      free (buffer);
#else
      g_unlink (path);
#endif
      xlsx_failed (err, error);
      return NULL;
    }
  err = workbook_close (wb);
#if LXW_VERSION_ID >= 115
  if (err != LXW_NO_ERROR)
    {
      free (buffer);
      xlsx_failed (err, error);
      return NULL;
    }
  {
    GBytes *bytes = g_bytes_new (buffer, size);

    free (buffer);
    return bytes;
  }
#else
  if (err != LXW_NO_ERROR)
    {
      g_unlink (path);
      xlsx_failed (err, error);
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, &length, &local))
    {
      g_unlink (path);
      g_set_error (error, ITA_OFFICE_ERROR, ITA_OFFICE_ERROR_FAILED,
                   _("The spreadsheet could not be made: %s"), local->message);
      return NULL;
    }
  g_unlink (path);
  return g_bytes_new_take (contents, length);
#endif
}

gboolean
ita_office_write_xlsx_tables (ItaOfficeTable * const  *tables,
                              guint                    n_tables,
                              const char              *title,
                              GFile                   *file,
                              GError                 **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = ita_office_xlsx_bytes (tables, n_tables, title, error);
  return bytes != NULL && ita_office_replace_file (file, bytes, error);
}

gboolean
ita_office_write_xlsx (ItaProject                *project,
                       const ItaOfficeTableKind  *kinds,
                       guint                      n_kinds,
                       GFile                     *file,
                       GError                   **error)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_office_table_unref);
  g_autofree char *title = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (kinds != NULL || n_kinds == 0, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < (kinds != NULL ? n_kinds : ITA_OFFICE_N_TABLES); i++)
    {
      ItaOfficeTableKind kind = kinds != NULL ? kinds[i] : (ItaOfficeTableKind) i;
      ItaOfficeTable *table;

      g_return_val_if_fail (kind < ITA_OFFICE_N_TABLES, FALSE);
      table = ita_office_table_new_for_project (project, kind, error);
      if (table == NULL)
        return FALSE;
      g_ptr_array_add (tables, table);
    }
  if (tables->len > 0)
    {
      ItaOfficeTable *first = g_ptr_array_index (tables, 0);

      title = g_strdup_printf ("ITA — %s", first->caption != NULL ? first->caption : "");
    }
  return ita_office_write_xlsx_tables ((ItaOfficeTable * const *) tables->pdata, tables->len, title,
                                       file, error);
}
