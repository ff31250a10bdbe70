/* ita-score-row.h: one row of the Scores tree (a tool, part, indicator,
 * sub-indicator or item) and the figures shown on it */
#pragma once

#include <gio/gio.h>

#include "ita-engine.h"

G_BEGIN_DECLS

typedef enum {
  ITA_SCORE_ROW_TOTAL,
  ITA_SCORE_ROW_TOOL,
  ITA_SCORE_ROW_PART,
  ITA_SCORE_ROW_INDICATOR,
  ITA_SCORE_ROW_SUBINDICATOR,
  ITA_SCORE_ROW_ITEM,
} ItaScoreRowKind;

#define ITA_TYPE_SCORE_ROW (ita_score_row_get_type ())
G_DECLARE_FINAL_TYPE (ItaScoreRow, ita_score_row, ITA, SCORE_ROW, GObject)

ItaScoreRow     *ita_score_row_new          (ItaScoreRowKind  kind,
                                             const char      *key,
                                             const char      *code,
                                             const char      *text);
ItaScoreRowKind  ita_score_row_get_kind     (ItaScoreRow *self);
/* the score key of ita-scores.h: "o12", "ind:9", "sub:9.1", "EIT1", "TOTAL" */
const char      *ita_score_row_get_key      (ItaScoreRow *self);
const char      *ita_score_row_get_code     (ItaScoreRow *self);
const char      *ita_score_row_get_text     (ItaScoreRow *self);
/* children (of ItaScoreRow), NULL for an item */
GListStore      *ita_score_row_get_children (ItaScoreRow *self);
void             ita_score_row_append       (ItaScoreRow *self,
                                             ItaScoreRow *child);

/* The figures; ita_score_row_update notifies "revision" when one changed. */
void             ita_score_row_update       (ItaScoreRow *self,
                                             ItaCenti     score,
                                             ItaCenti     official,
                                             ItaCenti     computed,
                                             ItaCategory  category);
ItaCenti         ita_score_row_get_score    (ItaScoreRow *self);
ItaCenti         ita_score_row_get_official (ItaScoreRow *self);
ItaCenti         ita_score_row_get_computed (ItaScoreRow *self);
ItaCategory      ita_score_row_get_category (ItaScoreRow *self);
/* TRUE when the official value differs from the computed one */
gboolean         ita_score_row_get_differs  (ItaScoreRow *self);
guint            ita_score_row_get_revision (ItaScoreRow *self);

G_END_DECLS
