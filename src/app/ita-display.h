/* ita-display.h: how the views show numbers, names and categories
 *
 * Small helpers shared by the views: the interface language (Thai or
 * English), Thai digits (the application setting or the project's), score
 * formatting and the words and icons of the next-year categories.
 */
#pragma once

#include <gtk/gtk.h>

#include "ita-project.h"

G_BEGIN_DECLS

/* TRUE when the interface is in English (anything but Thai). */
gboolean    ita_display_is_english       (void);
/* th or en by the interface language; falls back to th when en is empty. */
const char *ita_display_pick             (const char *th,
                                          const char *en);

/* Thai digits when the setting or the project (nullable) asks for them
 * (views take them from their ItaSession instead). */
gboolean    ita_display_thai_digits      (GSettings  *settings,
                                          ItaProject *project);

/* "99.67" (or "๙๙.๖๗"); "–" for ITA_CENTI_NONE. */
char       *ita_display_score            (ItaCenti    value,
                                          gboolean    thai_digits);
/* A change with arrow and sign: "▲ +1.25", "▼ −0.50", "= 0.00". */
char       *ita_display_change           (ItaCenti    now,
                                          ItaCenti    before,
                                          gboolean    thai_digits);
/* A whole number, e.g. a fiscal year. */
char       *ita_display_int              (int         value,
                                          gboolean    thai_digits);
/* "FY 2568" ("ปีงบประมาณ พ.ศ. 2568") for a year already formatted. */
char       *ita_display_fiscal_year      (const char *year);
/* text with a no-break space between "พ.ศ." or "FY" and the year that
 * follows, so that a line never ends before the year. */
char       *ita_display_bind_years       (const char *text);

/* The word of a category (translated) and its icon name; NULL for none. */
const char *ita_display_category_label   (ItaCategory category);
const char *ita_display_category_icon    (ItaCategory category);


/* The item's question or evidence title in the UI language, or a note
 * that the edition does not know it (a gap in the research). */
const char *ita_display_item_text (const ItaItemDef *item);

G_END_DECLS
