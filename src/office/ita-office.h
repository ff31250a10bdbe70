/* ita-office.h: office files — spreadsheets (XLSX) and slide decks (PPTX,
 * PDF) for the officer's colleagues; include this
 *
 * No GTK: the window and ita-cli call the same functions. Every file is
 * written atomically (a temporary file renamed over the old one), so an
 * existing file is kept when writing fails.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ITA_OFFICE_ERROR (ita_office_error_quark ())
GQuark ita_office_error_quark (void);

typedef enum {
  ITA_OFFICE_ERROR_FAILED,     /* could not be made (the message says why) */
  ITA_OFFICE_ERROR_TOO_LARGE,  /* beyond what the format can hold */
  ITA_OFFICE_ERROR_INVALID,    /* a bad argument a user can cause (unknown table or chart name) */
} ItaOfficeError;

/* Writes bytes to file atomically (g_file_replace_contents); on failure
 * the old file is untouched and the message names the file. */
gboolean ita_office_replace_file (GFile   *file,
                                  GBytes  *bytes,
                                  GError **error);

G_END_DECLS

#include "ita-office-table.h"
#include "ita-office-table-project.h"
#include "ita-office-xlsx.h"
#include "ita-office-deck.h"
