/* report-test-util.h: what the report tests share — poppler's tools on a
 * PDF, PNG pages for looking at, and the sample projects in a temporary
 * folder */
#pragma once

#include "ita-project.h"

G_BEGIN_DECLS

/* Runs a program with args (NULL-terminated); its stdout, or NULL when
 * the program is not installed (the caller skips). Fails the test when
 * the program fails. */
char       *report_test_run           (const char *program,
                                       ...) G_GNUC_NULL_TERMINATED;
/* The text of page (1-based; 0: every page) through pdftotext, in
 * content order (-raw) or laid out. NULL without poppler-utils. */
char       *report_test_pdf_text      (const char *pdf,
                                       guint       page,
                                       gboolean    raw);
guint       report_test_pdf_n_pages   (const char *pdf);
/* Writes the pages as PNG (pdftoppm, 60 dpi) into the tests' build
 * folder, named prefix-N.png, for a person to look at. */
void        report_test_save_pngs     (const char *pdf,
                                       const char *prefix);
/* TRUE when program is on PATH; else marks the test skipped. */
gboolean    report_test_have          (const char *program);

/* The sample projects (data/sample) imported into dir: sample-2567.ita and
 * sample-2568.ita, which links the first. Returns 2568, open read-only. */
ItaProject *report_test_open_sample   (const char *dir);
/* A new project of edition ita-2568 in dir with nothing entered. */
ItaProject *report_test_new_empty     (const char *dir);
/* Removes dir and what is in it. */
void        report_test_remove_dir    (const char *dir);

G_END_DECLS
