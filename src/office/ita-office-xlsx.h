/* ita-office-xlsx.h: tables as an Excel workbook (libxlsxwriter)
 *
 * One sheet per table, in order, named after the table's title: a bold
 * header row in the interface language, frozen and with a filter; scores
 * and budgets as numbers with two decimals (number formats "0.00" and
 * "#,##0.00"), dates as dates (the cell holds the date; a Thai interface
 * shows it as "1 ต.ค. 2567" through the Thai Buddhist calendar of the
 * format); column widths measured from the text (Thai vowels and tone
 * marks above and below take no width) and long text wrapped; printing
 * on A4, one page wide, the header row repeated, the caption (agency ·
 * fiscal year) and page numbers in the page header and footer.
 */
#pragma once

#include <gio/gio.h>

#include "ita-office-table.h"
#include "ita-office-table-project.h"

G_BEGIN_DECLS

/* The workbook's bytes. title goes into the document properties
 * (nullable). */
GBytes   *ita_office_xlsx_bytes        (ItaOfficeTable * const  *tables,
                                        guint                    n_tables,
                                        const char              *title,
                                        GError                 **error);
gboolean  ita_office_write_xlsx_tables (ItaOfficeTable * const  *tables,
                                        guint                    n_tables,
                                        const char              *title,
                                        GFile                   *file,
                                        GError                 **error);

/* The project's tables (kinds NULL: every kind, in order) into one
 * workbook, written atomically: what the window's Export menu and
 * `ita-cli export --xlsx` call. */
gboolean  ita_office_write_xlsx        (ItaProject                *project,
                                        const ItaOfficeTableKind  *kinds,
                                        guint                      n_kinds,
                                        GFile                     *file,
                                        GError                   **error);

/* The width of a line of text in spreadsheet column units (the width of
 * "0" in the default font); for several lines, of the widest. */
double    ita_office_text_width        (const char *text);

G_END_DECLS
