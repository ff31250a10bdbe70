/* ita-scores-view.h: the Scores view — tool → indicator → sub-indicator →
 * item, editable scores and official values, live totals */
#pragma once

#include <gtk/gtk.h>

#include "ita-project.h"
#include "ita-view.h"

G_BEGIN_DECLS

#define ITA_TYPE_SCORES_VIEW (ita_scores_view_get_type ())
G_DECLARE_FINAL_TYPE (ItaScoresView, ita_scores_view, ITA, SCORES_VIEW, ItaView)

GtkWidget  *ita_scores_view_new          (void);

/* Expands the tree down to key ("o12", "ind:9", "EIT") and moves the
 * keyboard focus to its editable cell. */
void        ita_scores_view_reveal_key   (ItaScoresView *self,
                                          const char    *key);

/* Fills consecutive items, starting at the item that has (or last had)
 * the focus, from text with one number per line (the first column when a
 * line has tabs; Thai digits accepted; empty lines leave an item as it
 * is). All-or-nothing, one undo step. Returns FALSE with a message when a
 * line is invalid or there are more lines than items. */
gboolean    ita_scores_view_paste_text   (ItaScoresView  *self,
                                          const char     *text,
                                          GError        **error);

/* The entry of key's editable cell while its row is on screen (the score
 * of an item, the official value of any other level), else NULL; named
 * "score:<key>" or "official:<key>". The reason a typed value was refused
 * is in the label named "error:<key>" beside it. */
GtkEntry   *ita_scores_view_get_entry    (ItaScoresView *self,
                                          const char    *key);
const char *ita_scores_view_get_error    (ItaScoresView *self,
                                          const char    *key);
/* The next-year category shown for key (NONE for the total and the tools,
 * which have a grade instead). */
ItaCategory ita_scores_view_get_category (ItaScoresView *self,
                                          const char    *key);

G_END_DECLS
