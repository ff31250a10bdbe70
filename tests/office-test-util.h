/* office-test-util.h: what the office tests share — reading a file back
 * with tests/office-check.py (Python's zipfile and XML parser, a reader
 * independent of ours), LibreOffice conversions where it is installed, and
 * the sample project */
#pragma once

#include <json-glib/json-glib.h>

#include "ita-project.h"
#include "ita-years.h"

G_BEGIN_DECLS

/* Runs office-check.py on path and returns its JSON (asserting that it
 * ran); with zip_only, the ZIP entries and their texts. */
JsonObject *office_check          (const char  *path,
                                   gboolean     zip_only);
/* Asserts that office_check() found no error, printing them otherwise. */
void        office_assert_sound   (JsonObject  *check);

/* Imports data/sample/sample-2567.json and sample-2568.json into dir
 * (2568 links 2567) and opens 2568 read-only; *linked gets the opened
 * linked years when not NULL. */
ItaProject *office_sample_project (const char  *dir,
                                   ItaYears   **years);

/* soffice on the PATH (LibreOffice); NULL when not installed. */
char       *office_find_soffice   (void);
/* soffice --headless --convert-to FILTER --outdir DIR FILE, with its own
 * profile under DIR. FALSE (with a test message) when it fails. */
gboolean    office_soffice_convert (const char *soffice,
                                    const char *file,
                                    const char *filter,
                                    const char *outdir);
/* The text of a PDF with pdftotext; NULL when pdftotext is not installed. */
char       *office_pdf_text       (const char  *path);
/* text without white space and without the Thai vowels and marks above
 * and below the line: what survives text extraction from a PDF, where
 * those marks are separate glyphs and come out moved or spaced. */
char       *office_text_skeleton  (const char  *text);
/* The number of pages of a PDF: pdfinfo if installed, else counted. */
guint       office_pdf_pages      (const char  *path);

/* Members of the check's JSON. */
JsonArray  *office_sheets         (JsonObject  *check);
JsonObject *office_sheet          (JsonObject  *check,
                                   const char  *name);
/* cell (row, column) of a sheet (0-based; row 0 is the header); NULL
 * when there is none. */
JsonObject *office_cell           (JsonObject  *sheet,
                                   guint        row,
                                   guint        column);

G_END_DECLS
