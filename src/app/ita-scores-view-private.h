/* ita-scores-view-private.h: the Scores view's struct and the pieces
 * shared by ita-scores-view.c (tree, figures, editing, pasting) and
 * ita-scores-view-cells.c (the column view's cells) */
#pragma once

#include "ita-score-row.h"
#include "ita-scores-view.h"

G_BEGIN_DECLS

struct _ItaScoresView
{
  ItaView  parent_instance;

  /* template widgets */
  GtkColumnView *column_view;
  GtkLabel      *total_label;
  GtkLabel      *grade_label;
  GtkLabel      *explanation_label;
  GtkLabel      *categories_label;
  GtkRevealer   *message_revealer;
  GtkLabel      *message_label;

  /* borrowed: the loaded session's (ItaView holds it) */
  ItaSession       *session;
  ItaProject       *project;
  ItaFramework     *edition;       /* the tree was built from it */

  /* owned */
  GListStore       *roots; /* of ItaScoreRow */
  GtkTreeListModel *tree;
  GHashTable       *rows;          /* key → ItaScoreRow (owned) */
  GHashTable       *parents;       /* key → parent key */
  GPtrArray        *items;         /* item rows in framework order (borrowed from rows) */
  GPtrArray        *pending_roots; /* roots being built, added to the model at once */
  GHashTable       *entries;       /* key → GtkEntry on screen (borrowed) */
  char             *focus_key;     /* the item that has or last had the focus */
  gboolean          thai_digits;
};

typedef enum
{
  COLUMN_CODE,
  COLUMN_TEXT,
  COLUMN_SCORE,
  COLUMN_OFFICIAL,
  COLUMN_COMPUTED,
  COLUMN_CATEGORY,
} Column;

gboolean ita_scores_view_row_is_item (ItaScoreRow *row);
ItaCenti ita_scores_view_row_input_value (ItaScoreRow *row);
char    *ita_scores_view_format_input (ItaScoresView *self, ItaCenti value);
void     ita_scores_view_set_cell_error (GtkEntry *entry, const char *message);
void     ita_scores_view_on_entry_activate (GtkEntry *entry, ItaScoresView *self);
void     ita_scores_view_on_entry_focus_enter (GtkEventControllerFocus *controller,
                                               ItaScoresView           *self);
void     ita_scores_view_on_entry_focus_leave (GtkEventControllerFocus *controller,
                                               ItaScoresView           *self);
gboolean ita_scores_view_on_entry_key (GtkEventControllerKey *controller,
                                       guint                  keyval,
                                       guint                  keycode,
                                       GdkModifierType        state,
                                       ItaScoresView         *self);
void     ita_scores_view_on_text_paste (GtkText *text, ItaScoresView *self);
void     ita_scores_view_add_column (ItaScoresView *self,
                                     Column         column,
                                     const char    *title,
                                     int            fixed_width,
                                     gboolean       expand);

G_END_DECLS
