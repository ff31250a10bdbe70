/* ita-engine.h: the scoring engine — item → sub-indicator → indicator →
 * tool → weighted total, grade with its explanation, categories, what-if.
 *
 * Every level is rounded half-up to two decimals and the next level is
 * computed from the rounded values. An official value at a level is what
 * flows upward; the computed value is kept beside it.
 */
#pragma once

#include "ita-framework.h"
#include "ita-scores.h"

G_BEGIN_DECLS

typedef enum {
  ITA_CATEGORY_NONE,      /* no score */
  ITA_CATEGORY_MAINTAIN,  /* ≥ maintain threshold (95): รักษาระดับ */
  ITA_CATEGORY_RAISE,     /* ≥ raise threshold (90): ยกระดับ */
  ITA_CATEGORY_IMPROVE    /* below: ต้องปรับปรุง */
} ItaCategory;

typedef struct {
  ItaCenti maintain;      /* default 9500 */
  ItaCenti raise;         /* default 9000 */
} ItaThresholds;

#define ITA_THRESHOLDS_DEFAULT ((ItaThresholds) { 9500, 9000 })

typedef struct {
  ItaCenti value;         /* what flows upward: official if set, else computed; NONE when neither */
  ItaCenti computed;      /* NONE when it cannot be computed */
  ItaCenti official;      /* NONE when not given */
  guint    n_scored;      /* inputs that had a value */
  guint    n_inputs;      /* inputs the level has */
} ItaLevel;

typedef struct {
  const char *code;       /* band code: "AA" … "F", "pass", "fail", "excellent" … */
  const char *label_th;
  const char *label_en;
  char       *explanation_th;
  char       *explanation_en;
} ItaGrade;

typedef struct {
  char     *level;        /* "indicator", "subindicator", "tool", "total" */
  char     *id;           /* "9", "9.1", "EIT", "TOTAL" */
  ItaCenti  computed;
  ItaCenti  official;
} ItaDiscrepancy;

typedef struct {
  char     *item;         /* "o12" */
  ItaCenti  points;       /* gain on the total if the item were fixed (scored 100) */
} ItaGain;

/* The result of one computation: immutable, reference counted (a boxed
 * type, so that it can be a property). */
typedef struct _ItaResult ItaResult;

#define ITA_TYPE_RESULT (ita_result_get_type ())
GType        ita_result_get_type           (void) G_GNUC_CONST;

ItaResult   *ita_engine_compute            (ItaFramework        *framework,
                                            ItaScores           *scores,
                                            const ItaThresholds *thresholds);
ItaResult   *ita_result_ref                (ItaResult *result);
void         ita_result_unref              (ItaResult *result);
/* The same as ita_result_unref (older name). */
void         ita_result_free               (ItaResult *result);

ItaFramework *ita_result_get_framework     (ItaResult *result);
/* key as in ita-scores.h: "TOTAL", "IIT", "EIT1", "ind:9", "sub:9.1", "o12" */
const ItaLevel *ita_result_get_level       (ItaResult  *result,
                                            const char *key);
const ItaLevel *ita_result_get_total       (ItaResult *result);
const ItaLevel *ita_result_get_tool        (ItaResult *result,
                                            ItaTool    tool);
const ItaLevel *ita_result_get_indicator   (ItaResult *result,
                                            int        number);
/* NULL when there is no total to grade */
const ItaGrade *ita_result_get_grade       (ItaResult *result);
/* the tool's weighted contribution to the total, in hundredths */
ItaCenti     ita_result_get_contribution   (ItaResult *result,
                                            ItaTool    tool);
ItaCategory  ita_result_get_category       (ItaResult  *result,
                                            const char *key);
/* the thresholds of the categories the result was computed with */
const ItaThresholds *ita_result_get_thresholds (ItaResult *result);
/* array of ItaDiscrepancy, in framework order */
GArray      *ita_result_get_discrepancies  (ItaResult *result);
/* array of ItaGain, largest first; only items that would gain > 0 */
GArray      *ita_result_get_gains          (ItaResult *result);

/* What-if: the total if every item in codes were scored 100. */
ItaCenti     ita_engine_total_if_fixed     (ItaFramework        *framework,
                                            ItaScores           *scores,
                                            const char * const  *codes);

ItaCategory  ita_category_for              (const ItaThresholds *thresholds,
                                            ItaCenti             value);
const char  *ita_category_to_string        (ItaCategory category); /* "maintain" … */

/* The JSON of `ita-cli score --json` (docs/score-json.md). */
char        *ita_result_to_json            (ItaResult *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaResult, ita_result_unref)

G_END_DECLS
