/* ita-engine-private.h: the ItaResult struct, shared by the engine
 * (ita-engine.c), the grading (ita-engine-grade.c) and the JSON writer
 * (ita-engine-json.c)
 */
#pragma once

#include "ita-engine.h"
#include "ita-framework-private.h"

G_BEGIN_DECLS

struct _ItaResult
{
  gatomicrefcount ref_count;

  /* owned */
  ItaFramework  *framework;
  ItaLevel      *levels;        /* one block: items, then subs, then parts */
  GArray        *discrepancies; /* of ItaDiscrepancy */
  GArray        *gains;         /* of ItaGain */
  ItaGrade       grade;         /* valid when has_grade */

  /* views into levels */
  ItaLevel      *items;         /* n_items */
  ItaLevel      *subs;          /* plan.n_subs */
  ItaLevel      *parts[ITA_N_TOOLS]; /* tools[t].n_parts each */

  ItaLevel       indicators[ITA_N_INDICATORS];
  ItaLevel       tools[ITA_N_TOOLS];
  ItaLevel       total;
  ItaThresholds  thresholds;
  gboolean       has_grade;
};

/* Decides the grade of total (with the tool values for conditional bands)
 * and writes its explanations. Returns FALSE when total is NONE. */
gboolean ita_grade_decide (const ItaGrading *grading,
                           ItaCenti          total,
                           const ItaCenti    tools[ITA_N_TOOLS],
                           ItaGrade         *out);

G_END_DECLS
