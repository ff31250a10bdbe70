/* ita-scores.h: the figures an officer has — item scores and official values
 *
 * Keys are the codes of the scores CSV (docs/scores-csv.md):
 *   item         "i1", "e3", "o12"         (lower case)
 *   indicator    "ind:9"
 *   sub-indicator "sub:9.1"
 *   tool         "IIT", "EIT", "EIT1", "EIT2", "OIT"
 *   total        "TOTAL"
 * Item keys hold item scores; every other key holds an official value.
 */
#pragma once

#include "ita-framework.h"

G_BEGIN_DECLS

typedef struct _ItaScores ItaScores;

#define ITA_TYPE_SCORES (ita_scores_get_type ())
GType       ita_scores_get_type   (void) G_GNUC_CONST;

ItaScores  *ita_scores_new        (void);
ItaScores  *ita_scores_ref        (ItaScores  *self);
void        ita_scores_unref      (ItaScores  *self);
ItaScores  *ita_scores_copy       (ItaScores  *self);

/* value ITA_CENTI_NONE removes the key */
void        ita_scores_set        (ItaScores  *self,
                                   const char *key,
                                   ItaCenti    value);
ItaCenti    ita_scores_get        (ItaScores  *self,
                                   const char *key);
gboolean    ita_scores_contains   (ItaScores  *self,
                                   const char *key);
/* The grade or rating NACC published: a band code of the edition
 * ("improve"); NULL removes it. Not one of the keys. */
void        ita_scores_set_grade  (ItaScores  *self,
                                   const char *code);
const char *ita_scores_get_grade  (ItaScores  *self);

/* sorted keys, NULL-terminated, free with g_strfreev */
char      **ita_scores_get_keys   (ItaScores  *self);
guint       ita_scores_size       (ItaScores  *self);

/* Normalises a code as typed or printed (Thai digits, "๐๑๒" → "o12",
 * "O12" → "o12", "ind:๙" → "ind:9", "eit1" → "EIT1", "total" → "TOTAL"),
 * or a label as results print it ("EIT ส่วนที่ ๒" → "EIT2", "ตัวชี้วัดที่ ๙"
 * → "ind:9", "ตัวชี้วัดย่อยที่ 9.1" → "sub:9.1", "คะแนนรวม" → "TOTAL", a
 * tool's name → its code, "๐๑ โครงสร้าง…" → "o1"), and checks it against
 * the framework. Returns the canonical key or NULL
 * with ITA_SCORES_ERROR_UNKNOWN_CODE. */
char       *ita_scores_normalize_key (ItaFramework  *framework,
                                      const char    *code,
                                      GError       **error);

/* TRUE when code is the label of the grade row of the scores CSV
 * ("grade", "ระดับผลการประเมิน"). */
gboolean    ita_scores_is_grade_code  (const char    *code);
/* The band code of a grade as typed or printed: its code, Thai or
 * English label ("ต้องปรับปรุง", ": ต้องปรับปรุง", "improve"); NULL with
 * ITA_SCORES_ERROR_BAD_VALUE naming the grades of the edition. */
char       *ita_scores_normalize_grade (ItaFramework *framework,
                                        const char   *text,
                                        GError      **error);

/* Checks that value is allowed for key (0–100; an OIT item on a
 * 0/100 or 0/50/100 scale only takes those values). */
gboolean    ita_scores_check_value (ItaFramework  *framework,
                                    const char    *key,
                                    ItaCenti       value,
                                    GError       **error);

/* Parses a scores CSV (header "code,score" optional, UTF-8 with or without
 * BOM or, from Thai Excel, Windows-874 / TIS-620, comma or tab separated,
 * Thai digits allowed; a row "grade,<band>" gives the official grade). Every bad row is
 * reported with its line number and reason in one error message (one line
 * per bad row) and nothing is returned when any row is bad. Duplicate codes
 * are bad rows. */
ItaScores  *ita_scores_parse_csv  (ItaFramework  *framework,
                                   const char    *data,
                                   gsize          length,
                                   GError       **error);

#define ITA_SCORES_ERROR (ita_scores_error_quark ())
GQuark ita_scores_error_quark (void);

typedef enum {
  ITA_SCORES_ERROR_UNKNOWN_CODE,
  ITA_SCORES_ERROR_BAD_VALUE,
  ITA_SCORES_ERROR_BAD_ROWS,
} ItaScoresError;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaScores, ita_scores_unref)

G_END_DECLS
