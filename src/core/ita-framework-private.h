/* ita-framework-private.h: the ItaFramework struct, shared by the loader
 * (ita-framework-load.c), the accessors (ita-framework.c) and the engine
 */
#pragma once

#include "ita-framework.h"

G_BEGIN_DECLS

#define ITA_N_INDICATORS 10
#define ITA_NO_INDEX     G_MAXUINT

/* Index lists the engine walks instead of looking codes up. Built once at
 * load time; every array is owned by the framework. */
typedef struct {
  guint      n_subs;              /* all sub-indicators, in indicator order */
  const ItaSubindicatorDef **subs;
  guint     *sub_item_start;      /* n_subs + 1: items of sub s are */
  guint     *sub_items;           /*   sub_items[sub_item_start[s] … [s+1]) */
  guint      ind_sub_start[ITA_N_INDICATORS + 1];  /* subs of indicator k+1 */
  guint      ind_item_start[ITA_N_INDICATORS + 1]; /* items of indicator k+1 */
  guint     *ind_items;
  guint     *item_sub;            /* global sub index of each item, or ITA_NO_INDEX */
} ItaFrameworkPlan;

struct _ItaFramework
{
  GObject parent_instance;

  /* owned */
  GBytes          *json;
  char            *origin;
  char            *id;
  int              fiscal_year;
  char            *name_th;
  char            *name_en;
  ItaConfidence    confidence;
  char           **notes;
  ItaToolDef       tools[ITA_N_TOOLS];
  ItaGrading       grading;
  ItaRuleDef       total_rule;
  ItaIndicatorDef  indicators[ITA_N_INDICATORS];
  ItaItemDef      *items;
  guint            n_items;
  GHashTable      *item_index;        /* code → index + 1 */
  GHashTable      *continuity_index;  /* key → index + 1 */
  GHashTable      *sub_index;         /* "9.1" → global sub index + 1 */
  ItaFrameworkPlan plan;
};

/* Fills an empty framework from JSON, validating it. On failure the
 * framework is left partly filled (finalize frees what is there). */
gboolean ita_framework_load (ItaFramework  *self,
                             GBytes        *json,
                             const char    *origin,
                             GError       **error);

/* Builds self->plan and the lookup tables from the loaded definitions. */
void     ita_framework_build_plan (ItaFramework *self);

/* The core library's resource bundle (the built-in editions and the
 * library of measures), registered on first use. */
GResource *ita_core_resource (void);

/* Global index of a sub-indicator ("9.1"), or ITA_NO_INDEX. */
guint    ita_framework_sub_index (ItaFramework *self,
                                  const char   *code);

G_END_DECLS
