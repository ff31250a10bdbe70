/* ita-views.h: the table of the window's views
 *
 * One row per view, in sidebar order. The table drives the sidebar, the
 * --view names, the Alt+number shortcuts (numbered as the sidebar shows
 * them: the views of this version only) and the Views group of the
 * Keyboard Shortcuts window. A row without a type keeps a name of the
 * --view contract for a view not in this version: --view accepts it and
 * the window refuses to show it.
 *
 * Adding a view: an ItaView subclass (ita-<name>-view.c/.h and
 * data/ui/ita-<name>-view.ui) and its type in its row of ita-views.c.
 */
#pragma once

#include <glib-object.h>

#include "ita-framework.h"

G_BEGIN_DECLS

typedef struct {
  const char *name;          /* "scores": --view, win.show-view, win.reveal, the stack page */
  const char *title;         /* marked for translation: the sidebar's and the shortcuts window's words */
  GType     (*get_type) (void);  /* an ItaView subclass; NULL: not in this version */
} ItaViewInfo;

/* Every row, in sidebar order; *n_views receives their number. */
const ItaViewInfo *ita_views_get_table       (guint      *n_views);
/* The row of name (with or without a type), NULL for an unknown name. */
const ItaViewInfo *ita_views_lookup          (const char *name);
/* A view of this version (the row has a type). */
gboolean           ita_views_is_available    (const char *name);
/* 1 … 9: its Alt+number, in sidebar order; 0 when none. */
guint              ita_views_get_number      (const char *name);
/* "welcome, overview, scores, …": every name --view accepts. */
char              *ita_views_dup_names       (void);
/* Any name --view accepts: "welcome" and every row's. */
gboolean           ita_views_is_name         (const char *name);

/* The view that shows (view, key) in this version: view itself when it
 * is available; else, for a key that names a score of edition (an item,
 * "ind:9", "sub:9.1", a tool, "TOTAL"), "scores"; else NULL. */
const char        *ita_views_resolve         (const char   *view,
                                              const char   *key,
                                              ItaFramework *edition);

G_END_DECLS
