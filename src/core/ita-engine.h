/* ita-engine.h: the scoring engine — item → sub-indicator → indicator →
 * tool → weighted total, grade with its explanation, categories, what-if.
 *
 * Every level is rounded half-up to two decimals and the next level is
 * computed from the rounded values. An official value at a level is what
 * flows upward; the computed value is kept beside it.
 *
 * A tool reported in parts (EIT ส่วนที่ 1 and 2, 2566 on) is the mean of its
 * parts: the part its items measure is computed from them, the other is
 * entered. Each level's value carries flags (ItaLevelFlags): incomplete
 * when an input is missing (EIT ส่วนที่ 2 not entered, items without a
 * score), provisional when it is computed under a rule the edition marks
 * as a gap or an inference (2568 indicators 9 and 10). Every flag has its
 * reasons, in Thai and English (ItaReason). The rules are in
 * docs/score-json.md.
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

/* How final a figure is. An official figure is final (flags 0). */
typedef enum {
  ITA_LEVEL_INCOMPLETE  = 1 << 0,  /* an input is missing: not the final figure */
  ITA_LEVEL_PROVISIONAL = 1 << 1,  /* computed under a rule the edition marks GAP, UNV or (unreproduced) INF */
} ItaLevelFlags;

typedef struct {
  ItaCenti value;         /* what flows upward: official if set, else computed; NONE when neither */
  ItaCenti computed;      /* NONE when it cannot be computed */
  ItaCenti official;      /* NONE when not given */
  guint    n_scored;      /* inputs that had a value */
  guint    n_inputs;      /* inputs the level has */
  guint    flags;         /* ItaLevelFlags of value: 0 when official or final; items 0 */
} ItaLevel;

/* Why a level is incomplete or provisional. Ids:
 *   "unscored:ind:9", "unscored:sub:9.1"  items of that level have no score
 *   "missing:EIT2", "missing:ind:1", "missing:IIT", "missing:TOTAL"
 *                                          that level has no figure at all
 *   "parts:EIT"     the tool's indicators computed from its items cover
 *                   only the part the items measure (EIT ส่วนที่ 1)
 *   "rule:ind:9", "rule:EIT", "rule:TOTAL", "rule:grading"
 *                   computed under a provisional rule of the edition */
typedef struct {
  char          *id;
  ItaLevelFlags  kind;    /* ITA_LEVEL_INCOMPLETE or ITA_LEVEL_PROVISIONAL */
  char          *key;     /* the level it arises at: "ind:9", "EIT2", "TOTAL", "GRADE" */
  char          *text_th; /* a sentence for the officer, with what to do */
  char          *text_en;
} ItaReason;

typedef struct {
  const char *code;       /* band code: "AA" … "F", "pass", "fail", "excellent" … */
  const char *label_th;
  const char *label_en;
  char       *explanation_th;
  char       *explanation_en;
  guint       flags;      /* ItaLevelFlags: the grade is not final (its reasons: key "GRADE") */
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

/* The figures if some items were fixed (scored 100), on top of the
 * reported figures (docs/score-json.md, "Gains and what-if"). */
typedef struct {
  ItaCenti total;                 /* NONE when there is no total */
  ItaCenti tools[ITA_N_TOOLS];
  ItaCenti points;                /* total − the reported total; 0 when either is NONE */
} ItaWhatIf;

/* The way to the next grade band. */
typedef struct {
  const ItaGradeBand *band;       /* the band just better than the current grade */
  char              **items;      /* NULL-terminated: the smallest set found whose fixing reaches it, in the order chosen */
  ItaWhatIf           what_if;    /* the figures with those items fixed */
  gboolean            reachable;  /* FALSE: fixing every scored item below 100 does not reach the band; items lists what helps */
  char               *condition_th; /* "คะแนนรวม 85 คะแนนขึ้นไป และทุกเครื่องมือ (IIT EIT OIT) 85 คะแนนขึ้นไป" */
  char               *condition_en; /* "total at least 85 and every tool (IIT, EIT, OIT) at least 85" */
  char               *blocker_th;   /* why not reachable; NULL when reachable */
  char               *blocker_en;
} ItaNextGrade;

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
/* The fiscal year the figures are of: the project's (a provisional
 * project stands on an edition of another year), else the edition's. */
int          ita_result_get_fiscal_year    (ItaResult *result);
/* Sets it, before the result is shared (ita_project_compute does). */
void         ita_result_set_fiscal_year    (ItaResult *result,
                                            int        fiscal_year);
/* array of ItaDiscrepancy, in framework order */
GArray      *ita_result_get_discrepancies  (ItaResult *result);
/* array of ItaGain, largest first; only scored items that would gain > 0
 * (each equals ita_result_what_if() of that item minus the total). Equal
 * gains: the item closer to done first (50 before 0), then edition order. */
GArray      *ita_result_get_gains          (ItaResult *result);
/* Items that count towards their tool but have no score yet (listed as
 * missing, not ranked), in edition order; NULL-terminated, owned. */
const char * const *ita_result_get_unscored (ItaResult *result);

/* Flags of a level's value (key as ita_result_get_level()) or, with key
 * "GRADE", of the computed grade; 0 for an unknown key. */
guint        ita_result_get_flags          (ItaResult  *result,
                                            const char *key);
/* The reasons of those flags (const ItaReason *, owned by the result),
 * bottom-up; empty when the figure is final. Transfer container. */
GPtrArray   *ita_result_get_reasons        (ItaResult  *result,
                                            const char *key);
/* Every reason that marks some level, bottom-up (array owned by the
 * result, of const ItaReason *). */
GPtrArray   *ita_result_get_all_reasons    (ItaResult  *result);

/* The grade NACC published, as entered (ita_scores_set_grade()); NULL
 * when none. */
const ItaGradeBand *ita_result_get_official_grade (ItaResult *result);
/* TRUE when an official grade is entered and the figures give another
 * one (ita_result_get_grade(), whose explanation is the rule that gives
 * it). */
gboolean     ita_result_grade_differs      (ItaResult *result);

/* What-if: the figures if every item in codes were scored 100, on top of
 * the reported figures: the change modelled along the items' paths (with
 * the official figures on them set aside) added to the reported total and
 * tools, within 0–100. A code that is not an item is ignored (critical). */
ItaWhatIf    ita_result_what_if            (ItaResult          *result,
                                            const char * const *codes);
/* The smallest set of items whose fixing reaches the band just better
 * than the computed grade, with the band's tool condition (rating:
 * ผ่านดี needs every tool ≥ 85). NULL when there is no grade, the grade is
 * incomplete, or it is the best band. Computed on first call; owned. */
const ItaNextGrade *ita_result_get_next_grade (ItaResult *result);

/* What-if: the total if every item in codes were scored 100, as
 * ita_result_what_if() gives it. */
ItaCenti     ita_engine_total_if_fixed     (ItaFramework        *framework,
                                            ItaScores           *scores,
                                            const char * const  *codes);

ItaCategory  ita_category_for              (const ItaThresholds *thresholds,
                                            ItaCenti             value);
const char  *ita_category_to_string        (ItaCategory category); /* "maintain" … */

/* The JSON of `ita-cli score --json` (docs/score-json.md). */
char        *ita_result_to_json            (ItaResult *result);
/* The same with the "what_if" member of `--fix` for codes (item codes,
 * canonical); codes NULL: no such member. */
char        *ita_result_to_json_what_if    (ItaResult          *result,
                                            const char * const *codes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaResult, ita_result_unref)

G_END_DECLS
