/* ita-comparison.h: this year's result against an earlier year's — the
 * changes per level, items matched across editions by continuity key
 *
 * Two results of different editions are compared level by level: the
 * total, the three tools (by code), the ten indicators (by number: stable
 * since 2562), and the items, matched by their continuity keys and the
 * keys they absorbed in a merge (`covers`), never by code. An item of this
 * year matched by several earlier items (a merge) is compared with the
 * mean of those earlier values; several items of this year matched by
 * one earlier item (a split) are each compared with it. Items present in
 * one year only are listed too, with the presence saying which.
 *
 * The values compared are what counts at each level: the official figure
 * when one was given, else the computed one (ItaLevel.value).
 */
#pragma once

#include "ita-engine.h"

G_BEGIN_DECLS

typedef enum {
  ITA_CHANGE_LEVEL_TOTAL,      /* one change: "TOTAL" */
  ITA_CHANGE_LEVEL_TOOL,       /* "IIT", "EIT", "OIT" */
  ITA_CHANGE_LEVEL_INDICATOR,  /* "ind:1" … "ind:10" */
  ITA_CHANGE_LEVEL_ITEM,       /* this year's items in framework order, then earlier-only items */
  ITA_N_CHANGE_LEVELS
} ItaChangeLevel;

typedef enum {
  ITA_CHANGE_BOTH,             /* in both years (for items: matched) */
  ITA_CHANGE_NOW_ONLY,         /* only this year (a new item) */
  ITA_CHANGE_BEFORE_ONLY,      /* only the earlier year (an item dropped) */
} ItaChangePresence;

typedef struct {
  /* this year's key ("TOTAL", "OIT", "ind:9", "o6"); for an item only in
   * the earlier year, that year's code */
  const char         *key;
  /* items: the continuity key (this year's, else the earlier item's);
   * NULL for the other levels */
  const char         *continuity;
  /* items: the codes of the earlier year matched, NULL-terminated (empty
   * for a new item; the item itself for an earlier-only item); NULL for
   * the other levels */
  const char * const *before_codes;
  ItaCenti            now;       /* ITA_CENTI_NONE when no value (or not in this year) */
  ItaCenti            before;    /* ITA_CENTI_NONE when no value (or not in the earlier year) */
  ItaCenti            delta;     /* now − before; ITA_CENTI_NONE unless both have a value */
  ItaChangePresence   presence;
} ItaChange;

typedef struct _ItaComparison ItaComparison;

#define ITA_TYPE_COMPARISON (ita_comparison_get_type ())
GType            ita_comparison_get_type      (void) G_GNUC_CONST;

/* Compares now with before (each with its own edition). Keeps a
 * reference to both results. */
ItaComparison   *ita_comparison_new           (ItaResult      *now,
                                               ItaResult      *before);
ItaComparison   *ita_comparison_ref           (ItaComparison  *self);
void             ita_comparison_unref         (ItaComparison  *self);

ItaResult       *ita_comparison_get_now       (ItaComparison  *self);   /* transfer none */
ItaResult       *ita_comparison_get_before    (ItaComparison  *self);   /* transfer none */

guint            ita_comparison_get_n_changes (ItaComparison  *self,
                                               ItaChangeLevel  level);
const ItaChange *ita_comparison_get_change    (ItaComparison  *self,
                                               ItaChangeLevel  level,
                                               guint           index);
/* The change of this year's key ("TOTAL", "EIT", "ind:9", "o6"); NULL
 * when this year has no such key (earlier-only items are reached by
 * index: their codes may be this year's codes for other things). */
const ItaChange *ita_comparison_lookup        (ItaComparison  *self,
                                               const char     *key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaComparison, ita_comparison_unref)

G_END_DECLS
