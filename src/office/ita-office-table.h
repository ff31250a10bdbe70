/* ita-office-table.h: a table of plain, typed cells — what a spreadsheet
 * sheet (and a CSV file) is made from
 *
 * A table knows nothing of projects: builders fill it (the project's
 * tables in ita-office-table-project.h; the comparison of linked years
 * can be added the same way) and the writers only read it. Every column
 * has one type; a cell is either empty or of its column's type. Figures
 * stay exact: scores in hundredths (ItaCenti), money in satang.
 */
#pragma once

#include <glib-object.h>

#include "ita-decimal.h"

G_BEGIN_DECLS

typedef enum {
  ITA_OFFICE_COLUMN_TEXT,     /* text; several lines allowed */
  ITA_OFFICE_COLUMN_SCORE,    /* a score, shown with two decimals ("99.33") */
  ITA_OFFICE_COLUMN_MONEY,    /* baht from satang, two decimals and thousands ("25,000.00") */
  ITA_OFFICE_COLUMN_INTEGER,  /* a count or a number in a list */
  ITA_OFFICE_COLUMN_DATE,     /* a calendar date */
} ItaOfficeColumnType;

typedef enum {
  ITA_OFFICE_ROW_NORMAL     = 0,
  ITA_OFFICE_ROW_EMPHASIS   = 1 << 0,   /* written bold (the total, a tool) */
} ItaOfficeRowFlags;

typedef struct {
  char                *title;    /* the header, in the interface language */
  ItaOfficeColumnType  type;
} ItaOfficeColumn;

typedef struct {
  gboolean  empty;
  gboolean  label;     /* text in a column of another type (the grade in the scores' value columns) */
  char     *text;      /* TEXT, or a label */
  gint64    number;    /* SCORE: hundredths; MONEY: satang; INTEGER */
  GDate     date;      /* DATE */
} ItaOfficeCell;

typedef struct {
  ItaOfficeRowFlags  flags;
  GArray            *cells;   /* of ItaOfficeCell, one per column once the row is complete */
} ItaOfficeRow;

typedef struct {
  /*< public, read-only >*/
  char       *id;        /* "scores", "checklist", … (file and sheet names are made from it) */
  char       *title;     /* the sheet's name, in the interface language ("คะแนน") */
  char       *caption;   /* printed at the top of every page: agency · fiscal year; nullable */
  GPtrArray  *columns;   /* of ItaOfficeColumn */
  GPtrArray  *rows;      /* of ItaOfficeRow */
  /*< private >*/
  gatomicrefcount ref_count;
} ItaOfficeTable;

#define ITA_TYPE_OFFICE_TABLE (ita_office_table_get_type ())
GType           ita_office_table_get_type    (void) G_GNUC_CONST;

ItaOfficeTable *ita_office_table_new         (const char     *id,
                                              const char     *title);
ItaOfficeTable *ita_office_table_ref         (ItaOfficeTable *self);
void            ita_office_table_unref       (ItaOfficeTable *self);

void            ita_office_table_set_caption (ItaOfficeTable *self,
                                              const char     *caption);
/* Columns come first, then the rows. Returns the column's index. */
guint           ita_office_table_add_column  (ItaOfficeTable      *self,
                                              const char          *title,
                                              ItaOfficeColumnType  type);

/* Starts a row; the cells that follow fill it from the left. A row left
 * short is completed with empty cells. */
void            ita_office_table_begin_row   (ItaOfficeTable    *self,
                                              ItaOfficeRowFlags  flags);
/* A word in a column of any type, written as text (the grade's label in
 * the score columns); NULL or "" is an empty cell. */
void            ita_office_table_add_label   (ItaOfficeTable *self,
                                              const char     *text);
/* text NULL or "" is an empty cell. */
void            ita_office_table_add_text    (ItaOfficeTable *self,
                                              const char     *text);
void            ita_office_table_take_text   (ItaOfficeTable *self,
                                              char           *text);
/* ITA_CENTI_NONE is an empty cell. */
void            ita_office_table_add_score   (ItaOfficeTable *self,
                                              ItaCenti        value);
/* negative (ITA_BUDGET_NONE) is an empty cell. */
void            ita_office_table_add_money   (ItaOfficeTable *self,
                                              gint64          satang);
void            ita_office_table_add_integer (ItaOfficeTable *self,
                                              gint64          value);
/* NULL or an invalid date is an empty cell. */
void            ita_office_table_add_date    (ItaOfficeTable *self,
                                              const GDate    *date);
void            ita_office_table_add_empty   (ItaOfficeTable *self);

guint           ita_office_table_get_n_rows    (const ItaOfficeTable *self);
guint           ita_office_table_get_n_columns (const ItaOfficeTable *self);
const ItaOfficeCell *ita_office_table_get_cell (const ItaOfficeTable *self,
                                                guint                 row,
                                                guint                 column);

/* The table as CSV, encoded as docs/csv-exports.md says (UTF-8 with a
 * BOM, CRLF, every cell quoted, formula-looking text defused, numbers
 * with two decimals, ISO dates): the same bytes as
 * ita_project_export_csv() for the tables both write. */
GBytes         *ita_office_table_to_csv      (const ItaOfficeTable *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaOfficeTable, ita_office_table_unref)

G_END_DECLS
