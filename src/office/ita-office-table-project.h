/* ita-office-table-project.h: the tables of a project
 *
 * The same rows and columns as the CSV exports (docs/csv-exports.md), with
 * types instead of text: scores and budgets are numbers, dates are dates.
 * Headers and labels are in the interface language (gettext), like the
 * CSV's.
 */
#pragma once

#include "ita-office-table.h"
#include "ita-project.h"

G_BEGIN_DECLS

typedef enum {
  ITA_OFFICE_TABLE_SCORES,
  ITA_OFFICE_TABLE_CHECKLIST,
  ITA_OFFICE_TABLE_MEASURES,
  ITA_OFFICE_TABLE_LIMITATIONS,
  /* the comparison of linked years goes here once the core has its object */
  ITA_OFFICE_N_TABLES
} ItaOfficeTableKind;

/* "scores", "checklist", "measures", "limitations": the names ita-cli
 * takes (a contract). */
const char     *ita_office_table_kind_to_string   (ItaOfficeTableKind  kind);
gboolean        ita_office_table_kind_from_string (const char         *name,
                                                   ItaOfficeTableKind *out);

ItaOfficeTable *ita_office_table_new_for_project  (ItaProject          *project,
                                                   ItaOfficeTableKind   kind,
                                                   GError             **error);

/* One table as CSV (UTF-8 with BOM): ita_project_export_csv() for the
 * scores, the checklist and the measures, the same encoding for the
 * others. */
GBytes         *ita_office_export_csv             (ItaProject          *project,
                                                   ItaOfficeTableKind   kind,
                                                   GError             **error);

G_END_DECLS
