/* ita-framework.h: one ITA edition (tools, indicators, items, grading)
 *
 * Loaded from the JSON format of docs/framework-format.md and validated on
 * load. Immutable once loaded; the structs returned are owned by the
 * framework and live as long as it does.
 */
#pragma once

#include <gio/gio.h>
#include "ita-decimal.h"

G_BEGIN_DECLS

typedef enum {
  ITA_TOOL_IIT,
  ITA_TOOL_EIT,
  ITA_TOOL_OIT,
  ITA_N_TOOLS
} ItaTool;

typedef enum {
  ITA_CONFIDENCE_C2,
  ITA_CONFIDENCE_C1,
  ITA_CONFIDENCE_INF,
  ITA_CONFIDENCE_UNV,
  ITA_CONFIDENCE_GAP
} ItaConfidence;

typedef enum {
  ITA_SCALE_FOUR_LEVEL,
  ITA_SCALE_YES_NO,
  ITA_SCALE_OIT_0_100,
  ITA_SCALE_OIT_0_50_100,
  ITA_SCALE_UNKNOWN
} ItaScale;

typedef enum {
  ITA_PERIOD_NONE,
  ITA_PERIOD_CURRENT_FY,
  ITA_PERIOD_PREVIOUS_FY,
  ITA_PERIOD_CURRENT_FY_FIRST_HALF,
  ITA_PERIOD_CHANNEL,
  ITA_PERIOD_UNKNOWN
} ItaPeriodRule;

typedef enum {
  ITA_ITEM_LIST_COMPLETE,
  ITA_ITEM_LIST_PARTIAL,
  ITA_ITEM_LIST_UNKNOWN
} ItaItemList;

typedef enum {
  ITA_GRADING_LETTER,
  ITA_GRADING_PASS_FAIL,
  ITA_GRADING_RATING
} ItaGradingScheme;

/* Where the figure of a tool part comes from (docs/framework-format.md,
 * "EIT parts"). */
typedef enum {
  ITA_PART_FROM_ENTERED,      /* only as NACC reports it (EIT ส่วนที่ 2) */
  ITA_PART_FROM_ITEMS         /* what the tool's items measure (EIT ส่วนที่ 1 = e1…) */
} ItaPartFrom;

/* The rule by which a level is computed, where the edition records how
 * well it is known (docs/framework-format.md, "Rules"). A level computed
 * under a provisional rule (ita_rule_is_provisional()) is marked
 * provisional, with reason_th / reason_en as the reason. */
typedef struct {
  gboolean       present;     /* FALSE: the edition says nothing (not provisional) */
  ItaConfidence  confidence;
  char         **reproduces;  /* ids of sources whose published figures the rule reproduces; NULL-terminated, may be NULL */
  char          *reason_th;   /* the short reason shown beside a provisional figure; nullable */
  char          *reason_en;
  char          *note;        /* nullable */
} ItaRuleDef;

typedef struct {
  char        *code;          /* "EIT1" */
  char        *name_th;
  char        *name_en;
  ItaPartFrom  from;
} ItaToolPart;

typedef struct {
  ItaTool        tool;
  const char    *code;        /* "IIT", static */
  char          *name_th;
  char          *name_en;
  ItaCenti       weight;      /* percent in hundredths: 30 % = 3000 */
  ItaItemList    item_list;
  ItaToolPart   *parts;       /* n_parts entries, NULL when none */
  guint          n_parts;
  ItaConfidence  confidence;
  char          *note;        /* nullable */
  ItaRuleDef     rule;        /* how the tool is computed: from its parts when it has them, else from its indicators */
} ItaToolDef;

typedef struct {
  char     *code;             /* "AA", "pass", "excellent" … */
  char     *label_th;
  char     *label_en;
  ItaCenti  min;
  ItaCenti  max;
  ItaCenti  tools_min;        /* ITA_CENTI_NONE when the band has no tool condition */
} ItaGradeBand;

typedef struct {
  ItaGradingScheme  scheme;
  ItaCenti          pass_mark;
  ItaGradeBand     *bands;    /* best first */
  guint             n_bands;
  ItaConfidence     confidence;
  char             *note;
  ItaRuleDef        rule;     /* how the bands and their conditions are known */
} ItaGrading;

typedef struct {
  char          *code;        /* "9.1" */
  int            indicator;   /* 9 */
  char          *name_th;
  char          *name_en;
  ItaConfidence  confidence;
  char          *note;
} ItaSubindicatorDef;

typedef struct {
  int                  number;  /* 1…10 */
  ItaTool              tool;
  char                *name_th;
  char                *name_en;
  ItaSubindicatorDef  *subs;    /* n_subs entries, NULL when none */
  guint                n_subs;
  ItaConfidence        confidence;
  char                *note;
  ItaRuleDef           rule;    /* how the indicator is computed from its items or sub-indicators */
} ItaIndicatorDef;

typedef struct {
  char          *code;          /* "o12", lower case */
  ItaTool        tool;
  int            indicator;
  int            sub_index;     /* index into the indicator's subs, -1 when none */
  char          *text_th;       /* "" when unknown (confidence GAP) */
  char          *text_en;
  ItaScale       scale;
  ItaPeriodRule  period;
  char          *period_text_th; /* nullable */
  char          *continuity;
  char         **covers;        /* NULL-terminated, may be NULL */
  ItaConfidence  confidence;
  char          *note;
} ItaItemDef;

#define ITA_TYPE_FRAMEWORK (ita_framework_get_type ())
G_DECLARE_FINAL_TYPE (ItaFramework, ita_framework, ITA, FRAMEWORK, GObject)

#define ITA_FRAMEWORK_ERROR (ita_framework_error_quark ())
GQuark ita_framework_error_quark (void);

typedef enum {
  ITA_FRAMEWORK_ERROR_PARSE,     /* malformed JSON: message has line and column */
  ITA_FRAMEWORK_ERROR_INVALID,   /* message: "<json path>: <reason>" */
  ITA_FRAMEWORK_ERROR_NEWER,     /* format newer than this version understands */
  ITA_FRAMEWORK_ERROR_NOT_FOUND, /* unknown edition id */
} ItaFrameworkError;

/* origin names the file in messages ("ita-2568.json"). */
ItaFramework       *ita_framework_new_from_bytes   (GBytes      *json,
                                                    const char  *origin,
                                                    GError     **error);
ItaFramework       *ita_framework_new_from_file    (GFile       *file,
                                                    GError     **error);

/* The exact JSON the framework was loaded from (to copy into a project). */
GBytes             *ita_framework_get_json         (ItaFramework *self);

/* Where the edition came from: the file name ("ita-2568.json") of a
 * built-in edition, the full path of a user's edition. */
const char         *ita_framework_get_origin       (ItaFramework *self);
const char         *ita_framework_get_id           (ItaFramework *self);
int                 ita_framework_get_fiscal_year  (ItaFramework *self);
const char         *ita_framework_get_name_th      (ItaFramework *self);
const char         *ita_framework_get_name_en      (ItaFramework *self);
ItaConfidence       ita_framework_get_confidence   (ItaFramework *self);
const char * const *ita_framework_get_notes        (ItaFramework *self);

const ItaToolDef   *ita_framework_get_tool         (ItaFramework *self,
                                                    ItaTool       tool);
const ItaGrading   *ita_framework_get_grading      (ItaFramework *self);
/* How the total is computed from the tools (the weights): the edition's
 * top-level "total_rule"; present FALSE when the file has none. */
const ItaRuleDef   *ita_framework_get_total_rule   (ItaFramework *self);
/* The tool's part that its items measure (EIT ส่วนที่ 1), or NULL. */
const ItaToolPart  *ita_framework_get_items_part   (ItaFramework *self,
                                                    ItaTool       tool);
/* Its grade band of the edition by code ("improve"), Thai or English
 * label ("ต้องปรับปรุง", "Needs improvement"), case and surrounding space
 * ignored; NULL when none matches. */
const ItaGradeBand *ita_framework_lookup_band      (ItaFramework *self,
                                                    const char   *text);

/* number 1…10; NULL for any other number */
const ItaIndicatorDef *ita_framework_get_indicator (ItaFramework *self,
                                                    int           number);

guint               ita_framework_get_n_items      (ItaFramework *self);
const ItaItemDef   *ita_framework_get_item         (ItaFramework *self,
                                                    guint         index);
/* code is matched case-insensitively ("O12" finds "o12"); NULL when unknown */
const ItaItemDef   *ita_framework_lookup_item      (ItaFramework *self,
                                                    const char   *code);
/* finds the item whose continuity key or covers list has key */
const ItaItemDef   *ita_framework_lookup_continuity (ItaFramework *self,
                                                     const char   *key);
/* "9.1" → its def, or NULL */
const ItaSubindicatorDef *ita_framework_lookup_subindicator (ItaFramework *self,
                                                             const char   *code);

/* TRUE when a level computed under rule is only provisional: the rule is
 * present and GAP or UNV, or INF without a source whose figures it
 * reproduces. */
gboolean            ita_rule_is_provisional        (const ItaRuleDef *rule);

/* TRUE when the confidence is INF, UNV or GAP (shown as "unverified"). */
gboolean            ita_confidence_is_unverified   (ItaConfidence c);
const char         *ita_confidence_to_string       (ItaConfidence c);
const char         *ita_tool_to_string             (ItaTool tool);
gboolean            ita_tool_from_string           (const char *s,
                                                    ItaTool    *out);

/* The built-in catalogue (GResource) plus editions a user added to
 * $XDG_DATA_HOME/ita-planner/frameworks. Sorted by fiscal year. */
GPtrArray          *ita_catalogue_list             (GError     **error);  /* of ItaFramework, transfer container */
ItaFramework       *ita_catalogue_lookup           (const char  *id,
                                                    GError     **error);  /* transfer full */
/* The edition for a fiscal year, or NULL if none. */
ItaFramework       *ita_catalogue_for_year         (int          fiscal_year); /* transfer full */
/* The edition of the latest fiscal year not after fiscal_year: the
 * year's own edition when there is one, otherwise the one a project of
 * that year stands on provisionally (FY 2570 → ita-2569 until ita-2570
 * is installed). NULL when every edition is later. */
ItaFramework       *ita_catalogue_latest_for_year  (int          fiscal_year); /* transfer full */
/* Validates a file and copies it into the user's framework folder. */
ItaFramework       *ita_catalogue_install          (GFile       *file,
                                                    GError     **error);

G_END_DECLS
