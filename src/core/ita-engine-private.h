/* ita-engine-private.h: the ItaResult struct, shared by the engine
 * (ita-engine.c), the flags and their reasons (ita-engine-flags.c), the
 * what-if and the way to the next grade (ita-engine-whatif.c), the grading
 * (ita-engine-grade.c) and the JSON writer (ita-engine-json.c)
 */
#pragma once

#include "ita-engine.h"
#include "ita-framework-private.h"

G_BEGIN_DECLS

/* Every level of one computation in one block: items, sub-indicators,
 * tool parts, indicators, tools, the total. The inputs are the items'
 * values and every other level's official value; ita_sheet_rollup()
 * computes the rest. */
typedef struct {
  ItaLevel *block;
  guint     n_levels;
  ItaLevel *items;                  /* n_items */
  ItaLevel *subs;                   /* plan.n_subs */
  ItaLevel *parts[ITA_N_TOOLS];     /* tools[t].n_parts each */
  ItaLevel *indicators;             /* ITA_N_INDICATORS */
  ItaLevel *tools;                  /* ITA_N_TOOLS */
  ItaLevel *total;
} ItaSheet;

void     ita_sheet_init         (ItaSheet       *sheet,
                                 ItaFramework   *framework);
void     ita_sheet_clear        (ItaSheet       *sheet);
/* Copies the inputs (item values, official values) of src into dst, a
 * sheet of the same framework. */
void     ita_sheet_copy_inputs  (ItaSheet       *dst,
                                 const ItaSheet *src);
void     ita_sheet_rollup       (ItaSheet       *sheet,
                                 ItaFramework   *framework);
/* TRUE when the tool's indicators are computed from its items */
gboolean ita_tool_is_complete   (ItaFramework   *framework,
                                 ItaTool         tool);
/* The canonical key of a level of the block ("o12", "sub:9.1", "EIT2",
 * "ind:9", "IIT", "TOTAL"); newly allocated. */
char    *ita_sheet_level_key    (const ItaSheet *sheet,
                                 ItaFramework   *framework,
                                 const ItaLevel *level);

struct _ItaResult
{
  gatomicrefcount ref_count;

  /* owned */
  ItaFramework  *framework;
  ItaSheet       sheet;
  GArray        *discrepancies; /* of ItaDiscrepancy */
  GArray        *gains;         /* of ItaGain */
  char         **unscored;      /* item codes */
  ItaGrade       grade;         /* valid when has_grade */
  GPtrArray     *reasons;       /* of ItaReason *, in the order they arise */
  GPtrArray     *used_reasons;  /* those that mark some value (not owning) */
  GHashTable    *reason_index;  /* id → index + 1 */
  GArray       **level_reasons; /* n_levels + 1 (the grade last): reasons of each level's computed value, NULL when none */
  ItaNextGrade  *next_grade;    /* computed on first use */
  gboolean       next_grade_done;

  /* views into sheet */
  ItaLevel      *items;
  ItaLevel      *subs;
  ItaLevel      *parts[ITA_N_TOOLS];
  ItaLevel      *indicators;
  ItaLevel      *tools;
  ItaLevel      *total;

  const ItaGradeBand *official_grade;
  ItaThresholds  thresholds;
  int            fiscal_year;   /* the year assessed; 0: the edition's */
  gboolean       has_grade;
};

/* Decides the grade of total (with the tool values for conditional bands)
 * and writes its explanations. Returns FALSE when total is NONE. */
gboolean ita_grade_decide (const ItaGrading *grading,
                           ItaCenti          total,
                           const ItaCenti    tools[ITA_N_TOOLS],
                           ItaGrade         *out);
/* TRUE when the tools can change the grade of this total: a band with a
 * tool condition holds the total. */
gboolean ita_grade_tools_matter (const ItaGrading *grading,
                                 ItaCenti          total);
/* The index of the band the code names, or -1 */
int      ita_grade_band_index (const ItaGrading *grading,
                               const char       *code);

/* ita-engine-flags.c: fills level_reasons, the flags of every level and
 * of the grade, after the roll-up and the grade. */
void     ita_result_mark_flags   (ItaResult *r);
/* The reasons of a level index (of sheet.block; n_levels for the grade)
 * for its value: none when the level has an official value. */
GArray  *ita_result_value_reasons (ItaResult *r,
                                   guint      index);
gboolean ita_result_has_reason_kind (ItaResult  *r,
                                     guint       index,
                                     const char *id_prefix);

/* an empty array of ItaGain that frees its items */
void     ita_engine_init_gains   (GArray **gains);

/* ita-engine-whatif.c */
void     ita_result_find_gains   (ItaResult *r);
void     ita_next_grade_free     (ItaNextGrade *next);

G_END_DECLS
