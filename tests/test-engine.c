/* test-engine.c: the scoring engine against the figures of the seed
 * documents, rounding, grading conditions, categories and what-if
 */
#include "ita-counters.h"
#include "ita-engine.h"

#include <json-glib/json-glib.h>
#include <string.h>

static ItaFramework *
edition (const char *id)
{
  g_autoptr(GError) error = NULL;
  ItaFramework *fw = ita_catalogue_lookup (id, &error);

  g_assert_no_error (error);
  return fw;
}

static ItaScores *
scores_from_file (ItaFramework *fw,
                  const char   *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  ItaScores *scores;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  scores = ita_scores_parse_csv (fw, data, length, &error);
  g_assert_no_error (error);
  return scores;
}

#define assert_level(r, key, v, c, o) G_STMT_START { \
    const ItaLevel *l_ = ita_result_get_level ((r), (key)); \
    g_assert_nonnull (l_); \
    g_assert_cmpint (l_->value, ==, (v)); \
    g_assert_cmpint (l_->computed, ==, (c)); \
    g_assert_cmpint (l_->official, ==, (o)); \
  } G_STMT_END

#define NONE ITA_CENTI_NONE

static ItaResult *
compute (ItaFramework *fw,
         ItaScores    *scores)
{
  return ita_engine_compute (fw, scores, NULL);
}

/* ---- seed 000: เทศบาลนครเชียงใหม่, 2562 ------------------------------------ */

static void
test_seed_000 (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2562");
  g_autoptr(ItaScores) scores = scores_from_file (fw, "seed-000-2562.csv");
  g_autoptr(ItaResult) r = compute (fw, scores);
  const ItaGrade *grade;

  /* sub-indicators from the 48 OIT item scores */
  assert_level (r, "sub:9.1", 6667, 6667, NONE);
  assert_level (r, "sub:9.2", 10000, 10000, NONE);
  assert_level (r, "sub:9.3", 7143, 7143, NONE);
  assert_level (r, "sub:9.4", 10000, 10000, NONE);
  assert_level (r, "sub:9.5", 8000, 8000, NONE);
  assert_level (r, "sub:10.1", 7500, 7500, NONE);
  assert_level (r, "sub:10.2", 10000, 10000, NONE);
  /* indicators 9 and 10 as published */
  assert_level (r, "ind:9", 8362, 8362, NONE);
  assert_level (r, "ind:10", 8750, 8750, NONE);
  /* official IIT/EIT indicators → tools */
  assert_level (r, "ind:1", 8735, NONE, 8735);
  assert_level (r, "IIT", 7982, 7982, NONE);
  assert_level (r, "EIT", 7073, 7073, NONE);
  assert_level (r, "OIT", 8556, 8556, NONE);
  assert_level (r, "TOTAL", 7939, 7939, NONE);
  g_assert_cmpuint (ita_result_get_total (r)->n_scored, ==, 3);

  g_assert_cmpint (ita_result_get_contribution (r, ITA_TOOL_OIT), ==, 3422);

  grade = ita_result_get_grade (r);
  g_assert_nonnull (grade);
  g_assert_cmpstr (grade->code, ==, "B");
  g_assert_cmpstr (grade->explanation_en, ==, "B: total 79.39 is in 75.00–84.99");
  g_assert_cmpstr (grade->explanation_th, ==, "B: คะแนนรวม 79.39 อยู่ในช่วง 75.00–84.99");

  g_assert_cmpuint (ita_result_get_discrepancies (r)->len, ==, 0);
  g_assert_cmpint (ita_result_get_category (r, "o1"), ==, ITA_CATEGORY_IMPROVE);
  g_assert_cmpint (ita_result_get_category (r, "o2"), ==, ITA_CATEGORY_MAINTAIN);
  g_assert_cmpint (ita_result_get_category (r, "ind:9"), ==, ITA_CATEGORY_IMPROVE);
}

static void
test_seed_000_gains (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2562");
  g_autoptr(ItaScores) scores = scores_from_file (fw, "seed-000-2562.csv");
  g_autoptr(ItaResult) r = compute (fw, scores);
  GArray *gains = ita_result_get_gains (r);
  const char *all_zero[] = { "o1", "o5", "o6", "o19", "o21", "o30", "o38", "o41", NULL };

  /* the eight items scored 0, each worth points; o38 and o41 most (10.1 has 8 items) */
  g_assert_cmpuint (gains->len, ==, 8);
  g_assert_cmpstr (g_array_index (gains, ItaGain, 0).item, ==, "o38");
  g_assert_cmpint (g_array_index (gains, ItaGain, 0).points, ==, 125);
  g_assert_cmpstr (g_array_index (gains, ItaGain, 1).item, ==, "o41");
  for (guint i = 1; i < gains->len; i++)
    g_assert_cmpint (g_array_index (gains, ItaGain, i - 1).points, >=, g_array_index (gains, ItaGain, i).points);

  /* without official figures on the path, a gain is exactly the what-if */
  for (guint i = 0; i < gains->len; i++)
    {
      const ItaGain *g = &g_array_index (gains, ItaGain, i);
      const char *codes[] = { g->item, NULL };

      g_assert_cmpint (ita_engine_total_if_fixed (fw, scores, codes), ==, 7939 + g->points);
    }

  /* all fixed: OIT 100 → 0.3 × 79.82 + 0.3 × 70.73 + 40 = 85.165 → 85.17 */
  g_assert_cmpint (ita_engine_total_if_fixed (fw, scores, all_zero), ==, 8517);
}

/* ---- seed 001: เทศบาลตำบลนาคำ, 2568 ----------------------------------------- */

static void
test_seed_001 (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(ItaScores) scores = scores_from_file (fw, "seed-001-2568.csv");
  g_autoptr(ItaResult) r = compute (fw, scores);
  const ItaGrade *grade = ita_result_get_grade (r);
  const ItaLevel *ind9;

  /* indicators 1 and 2 from their items */
  assert_level (r, "ind:1", 9978, 9978, 9978);
  assert_level (r, "ind:2", 9955, 9955, 9955);
  /* the tools */
  assert_level (r, "IIT", 9987, 9987, 9987);
  assert_level (r, "EIT1", 10000, 10000, 10000);      /* part 1 is what e1–e9 measure */
  assert_level (r, "EIT2", 9644, NONE, 9644);
  assert_level (r, "EIT", 9822, 9822, NONE);          /* mean of its two parts */
  g_assert_cmpuint (ita_result_get_tool (r, ITA_TOOL_EIT)->n_inputs, ==, 2);
  assert_level (r, "OIT", 5900, 5900, 5900);          /* from official 38.00 and 80.00 */
  assert_level (r, "TOTAL", 8303, 8303, 8303);

  g_assert_nonnull (grade);
  g_assert_cmpstr (grade->code, ==, "improve");
  g_assert_cmpstr (grade->label_th, ==, "ต้องปรับปรุง");
  g_assert_cmpstr (grade->explanation_en, ==, "Needs improvement: total 83.03 is below the pass mark 85");
  g_assert_cmpstr (grade->explanation_th, ==, "ต้องปรับปรุง: คะแนนรวม 83.03 ต่ำกว่าเกณฑ์ผ่าน 85 คะแนน");
  /* every figure the grade rests on is official: the result is final */
  g_assert_cmpuint (grade->flags, ==, 0);
  g_assert_cmpuint (ita_result_get_total (r)->flags, ==, 0);
  g_assert_cmpuint (ita_result_get_all_reasons (r)->len, ==, 0);

  /* o7 is lost in the document: indicator 9 is computed from 19 of 20 items */
  ind9 = ita_result_get_indicator (r, 9);
  g_assert_cmpuint (ind9->n_scored, ==, 19);
  g_assert_cmpuint (ind9->n_inputs, ==, 20);
  g_assert_cmpint (ita_result_get_level (r, "o7")->value, ==, NONE);
  g_assert_cmpint (ita_result_get_category (r, "o7"), ==, ITA_CATEGORY_NONE);
  g_assert_cmpint (ita_result_get_category (r, "o4"), ==, ITA_CATEGORY_IMPROVE);
  g_assert_cmpint (ita_result_get_category (r, "i1"), ==, ITA_CATEGORY_MAINTAIN);
}

static void
test_seed_001_discrepancies (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(ItaScores) scores = scores_from_file (fw, "seed-001-2568.csv");
  g_autoptr(ItaResult) r = compute (fw, scores);
  GArray *d = ita_result_get_discrepancies (r);
  /* e1–e3 are printed 100 and indicator 6 is 98.00: the e-items are EIT
   * ส่วนที่ 1 only, so indicators 6–8 computed from them are not compared
   * with NACC's figures, which include ส่วนที่ 2 */
  const struct { const char *id; ItaCenti computed, official; } expected[] = {
    { "9", 4737, 3800 },    /* 900 / 19 items against the official 38.00 */
    { "10", 8125, 8000 },   /* 650 / 8 items against the official 80.00 */
  };

  g_assert_cmpuint (d->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < d->len; i++)
    {
      const ItaDiscrepancy *x = &g_array_index (d, ItaDiscrepancy, i);

      g_assert_cmpstr (x->level, ==, "indicator");
      g_assert_cmpstr (x->id, ==, expected[i].id);
      g_assert_cmpint (x->computed, ==, expected[i].computed);
      g_assert_cmpint (x->official, ==, expected[i].official);
    }
  /* the official value is what flows upward */
  assert_level (r, "ind:9", 3800, 4737, 3800);
}

static void
test_seed_001_gains (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(ItaScores) scores = scores_from_file (fw, "seed-001-2568.csv");
  g_autoptr(ItaResult) r = compute (fw, scores);
  GArray *gains = ita_result_get_gains (r);
  const char *open_oit[] = { "o1", "o2", "o4", "o6", "o7", "o8", "o10", "o11", "o12", "o13",
                             "o14", "o15", "o19", "o21", "o23", NULL };
  const char * const *unscored = ita_result_get_unscored (r);

  /* official 9 and 10 block the items, so gains are measured with the
   * figures on each item's path set aside (docs/score-json.md):
   * o21 lifts indicator 10 from 81.25 to 93.75, OIT by 6.25, the total by 2.50 */
  g_assert_cmpstr (g_array_index (gains, ItaGain, 0).item, ==, "o21");
  g_assert_cmpint (g_array_index (gains, ItaGain, 0).points, ==, 250);
  g_assert_cmpstr (g_array_index (gains, ItaGain, 1).item, ==, "o23");
  g_assert_cmpint (g_array_index (gains, ItaGain, 1).points, ==, 125);
  for (guint i = 0; i < gains->len; i++)
    {
      const ItaGain *g = &g_array_index (gains, ItaGain, i);
      const char *codes[] = { g->item, NULL };

      g_assert_true (g->item[0] == 'o' || g->item[0] == 'i');
      g_assert_cmpstr (g->item, !=, "o7");
      /* on top of the official total: the gain is what the fix adds */
      g_assert_cmpint (ita_engine_total_if_fixed (fw, scores, codes), ==, 8303 + g->points);
    }
  /* o7 has no score: listed as missing, not ranked */
  g_assert_nonnull (unscored);
  g_assert_cmpstr (unscored[0], ==, "o7");
  g_assert_null (unscored[1]);

  /* every open OIT item fixed, on top of the official figures: the model
   * along the paths (official 9, 10, OIT and total set aside) goes from
   * 85.15 (OIT 64.31 from the items) to 99.43 (OIT 100), +14.28, and
   * 83.03 + 14.28 = 97.31 */
  g_assert_cmpint (ita_engine_total_if_fixed (fw, scores, open_oit), ==, 9731);
  /* an empty set changes nothing */
  g_assert_cmpint (ita_engine_total_if_fixed (fw, scores, NULL), ==, 8303);
}

/* ---- seed 002: เทศบาลเมืองสมุทรสงคราม, 2563 --------------------------------- */

static void
test_seed_002 (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2563");
  g_autoptr(ItaScores) scores = scores_from_file (fw, "seed-002-2563.csv");
  g_autoptr(ItaResult) r = compute (fw, scores);
  const ItaGrade *grade = ita_result_get_grade (r);

  assert_level (r, "TOTAL", 8561, NONE, 8561);
  g_assert_nonnull (grade);
  g_assert_cmpstr (grade->code, ==, "A");
  g_assert_cmpstr (grade->explanation_en, ==, "A: total 85.61 is in 85.00–94.99");
}

/* ---- grading -------------------------------------------------------------- */

static ItaResult *
grade_of (ItaFramework *fw,
          ItaCenti      total,
          ItaCenti      iit,
          ItaCenti      eit,
          ItaCenti      oit)
{
  g_autoptr(ItaScores) scores = ita_scores_new ();

  ita_scores_set (scores, "TOTAL", total);
  ita_scores_set (scores, "IIT", iit);
  ita_scores_set (scores, "EIT", eit);
  ita_scores_set (scores, "OIT", oit);
  return compute (fw, scores);
}

static void
assert_grade (ItaFramework *fw,
              ItaCenti      total,
              ItaCenti      iit,
              ItaCenti      eit,
              ItaCenti      oit,
              const char   *code,
              const char   *explanation_en,
              const char   *explanation_th)
{
  g_autoptr(ItaResult) r = grade_of (fw, total, iit, eit, oit);
  const ItaGrade *g = ita_result_get_grade (r);

  g_assert_nonnull (g);
  g_assert_cmpstr (g->code, ==, code);
  if (explanation_en != NULL)
    g_assert_cmpstr (g->explanation_en, ==, explanation_en);
  if (explanation_th != NULL)
    g_assert_cmpstr (g->explanation_th, ==, explanation_th);
}

static void
test_letter_band_edges (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2562");

  assert_grade (fw, 8499, NONE, NONE, NONE, "B", "B: total 84.99 is in 75.00–84.99", NULL);
  assert_grade (fw, 8500, NONE, NONE, NONE, "A", "A: total 85.00 is in 85.00–94.99", NULL);
  assert_grade (fw, 9499, NONE, NONE, NONE, "A", NULL, NULL);
  assert_grade (fw, 9500, NONE, NONE, NONE, "AA", "AA: total 95.00 is in 95.00–100.00", NULL);
  assert_grade (fw, 10000, NONE, NONE, NONE, "AA", NULL, NULL);
  assert_grade (fw, 7499, NONE, NONE, NONE, "C", NULL, NULL);
  assert_grade (fw, 6500, NONE, NONE, NONE, "C", NULL, NULL);
  assert_grade (fw, 5499, NONE, NONE, NONE, "E", NULL, NULL);
  assert_grade (fw, 4999, NONE, NONE, NONE, "F", NULL, NULL);
  assert_grade (fw, 0, NONE, NONE, NONE, "F", "F: total 0.00 is in 0.00–49.99", NULL);
}

static void
test_pass_fail (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2566");

  assert_grade (fw, 8499, NONE, NONE, NONE, "fail", NULL, NULL);
  assert_grade (fw, 8500, NONE, NONE, NONE, "pass", NULL, NULL);
}

static void
test_rating_conditions (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");

  /* ผ่านดีเยี่ยม: total ≥ 95 and every tool ≥ 95 */
  assert_grade (fw, 9500, 9500, 9500, 9500, "excellent",
                "Pass with excellence: total 95.00 and every tool (IIT, EIT, OIT) are at least 95",
                "ผ่านดีเยี่ยม: คะแนนรวม 95.00 และทุกเครื่องมือ (IIT EIT OIT) ได้ 95 คะแนนขึ้นไป");
  /* total ≥ 95 but one tool below 95 → ผ่านดี */
  assert_grade (fw, 9700, 9900, 9499, 9900, "good",
                "Good pass, not Pass with excellence: EIT 94.99 is below 95",
                "ผ่านดี ไม่ถึงระดับผ่านดีเยี่ยม เพราะ EIT 94.99 ต่ำกว่า 95");
  /* total below 95, every tool ≥ 85 → ผ่านดี */
  assert_grade (fw, 9499, 9900, 9900, 9000, "good",
                "Good pass, not Pass with excellence: total 94.99 is below 95", NULL);
  /* สตง. 2568: 94.64 with EIT below 85 → ผ่าน, not ผ่านดี */
  assert_grade (fw, 9464, 9800, 8420, 9900, "pass",
                "Pass, not Good pass: EIT 84.20 is below 85",
                "ผ่าน ไม่ถึงระดับผ่านดี เพราะ EIT 84.20 ต่ำกว่า 85");
  /* two tools below 85 */
  assert_grade (fw, 9000, 8400, 9900, 8000, "pass",
                "Pass, not Good pass: IIT 84.00 and OIT 80.00 are below 85",
                "ผ่าน ไม่ถึงระดับผ่านดี เพราะ IIT 84.00 และ OIT 80.00 ต่ำกว่า 85");
  /* a tool without a value cannot meet a tool condition */
  assert_grade (fw, 9600, 9900, 9900, NONE, "pass", "Pass, not Good pass: OIT – is below 85", NULL);
  /* band edges of the rating */
  assert_grade (fw, 8500, 8500, 8500, 8500, "good", NULL, NULL);
  assert_grade (fw, 8499, 9900, 9900, 9900, "improve",
                "Needs improvement: total 84.99 is below the pass mark 85", NULL);
  assert_grade (fw, 7000, 9900, 9900, 9900, "improve", NULL, NULL);
  assert_grade (fw, 6999, 9900, 9900, 9900, "urgent",
                "Needs urgent improvement: total 69.99 is below 70",
                "ต้องปรับปรุงโดยด่วน: คะแนนรวม 69.99 ต่ำกว่า 70 คะแนน");
}

/* The tool conditions of the rating at their edges, for each tool: 85.00
 * meets ผ่านดี and 84.99 does not; 95.00 meets ผ่านดีเยี่ยม and 94.99 does not
 * (the total meeting the band each time). */
static void
test_rating_tool_edges (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  const char *names[] = { "IIT", "EIT", "OIT" };

  for (guint t = 0; t < ITA_N_TOOLS; t++)
    {
      ItaCenti v[ITA_N_TOOLS] = { 9900, 9900, 9900 };
      g_autofree char *good_en = g_strdup_printf ("Pass, not Good pass: %s 84.99 is below 85", names[t]);
      g_autofree char *excellent_en = g_strdup_printf ("Good pass, not Pass with excellence: %s 94.99 is below 95", names[t]);

      v[t] = 8500;
      assert_grade (fw, 9000, v[0], v[1], v[2], "good", NULL, NULL);
      v[t] = 8499;
      assert_grade (fw, 9000, v[0], v[1], v[2], "pass", good_en, NULL);
      v[t] = 9500;
      assert_grade (fw, 9600, v[0], v[1], v[2], "excellent", NULL, NULL);
      v[t] = 9499;
      assert_grade (fw, 9600, v[0], v[1], v[2], "good", excellent_en, NULL);
    }
  /* the total's edges with every tool at 100 */
  assert_grade (fw, 9500, 10000, 10000, 10000, "excellent", NULL, NULL);
  assert_grade (fw, 9499, 10000, 10000, 10000, "good", "Good pass, not Pass with excellence: total 94.99 is below 95", NULL);
  assert_grade (fw, 8500, 10000, 10000, 10000, "good", NULL, NULL);
  assert_grade (fw, 8499, 10000, 10000, 10000, "improve", NULL, NULL);
  /* below 85 no tool matters: a low tool changes nothing */
  assert_grade (fw, 8499, 10000, 1000, 10000, "improve", "Needs improvement: total 84.99 is below the pass mark 85", NULL);
  /* 2567 has the same rule */
  {
    g_autoptr(ItaFramework) fw67 = edition ("ita-2567");

    assert_grade (fw67, 9464, 9800, 8420, 9900, "pass", "Pass, not Good pass: EIT 84.20 is below 85", NULL);
    assert_grade (fw67, 9700, 9500, 9500, 9500, "excellent", NULL, NULL);
  }
}

static void
test_no_total_no_grade (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(ItaScores) scores = ita_scores_new ();
  g_autoptr(ItaResult) r = compute (fw, scores);

  g_assert_null (ita_result_get_grade (r));
  assert_level (r, "TOTAL", NONE, NONE, NONE);
  assert_level (r, "ind:9", NONE, NONE, NONE);
  g_assert_cmpuint (ita_result_get_gains (r)->len, ==, 0);
  g_assert_cmpuint (ita_result_get_discrepancies (r)->len, ==, 0);
}

/* ---- rounding --------------------------------------------------------------- */

static void
test_rounding (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(ItaScores) scores = ita_scores_new ();
  g_autoptr(ItaResult) r = NULL;
  g_autoptr(ItaResult) r2 = NULL;
  g_autoptr(ItaScores) tools = ita_scores_new ();

  /* mean of 99.33 and 100 is 99.665 → 99.67 (binary floating point: 99.66) */
  ita_scores_set (scores, "i1", 9933);
  ita_scores_set (scores, "i2", 10000);
  /* mean of 0.01 and 0 is 0.005 → 0.01 */
  ita_scores_set (scores, "i4", 1);
  ita_scores_set (scores, "i5", 0);
  /* 2 of 3 → 66.666… → 66.67 */
  ita_scores_set (scores, "i7", 10000);
  ita_scores_set (scores, "i8", 10000);
  ita_scores_set (scores, "i9", 0);
  r = compute (fw, scores);
  assert_level (r, "ind:1", 9967, 9967, NONE);
  g_assert_cmpuint (ita_result_get_indicator (r, 1)->n_scored, ==, 2);
  g_assert_cmpuint (ita_result_get_indicator (r, 1)->n_inputs, ==, 3);
  assert_level (r, "ind:2", 1, 1, NONE);
  assert_level (r, "ind:3", 6667, 6667, NONE);
  /* the tool from the rounded indicators: (99.67 + 0.01 + 66.67) / 3 = 55.45 */
  assert_level (r, "IIT", 5545, 5545, NONE);

  /* weighted total 0.3 × 70.15 + 0.3 × 80 + 0.4 × 80 = 77.045 → 77.05
   * (binary floating point: 77.04) */
  ita_scores_set (tools, "IIT", 7015);
  ita_scores_set (tools, "EIT", 8000);
  ita_scores_set (tools, "OIT", 8000);
  r2 = compute (fw, tools);
  assert_level (r2, "TOTAL", 7705, 7705, NONE);
  g_assert_cmpint (ita_result_get_contribution (r2, ITA_TOOL_IIT), ==, 2105);  /* 21.045 → 21.05 */
}

static void
test_partial_tools (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(ItaScores) scores = ita_scores_new ();
  g_autoptr(ItaResult) r = NULL;

  /* only IIT and OIT: the total is their weighted mean, from 2 of 3 tools */
  ita_scores_set (scores, "IIT", 9000);
  ita_scores_set (scores, "OIT", 8000);
  ita_scores_set (scores, "EIT1", 9000);   /* one part only: EIT is not computed from parts */
  r = compute (fw, scores);
  assert_level (r, "EIT", NONE, NONE, NONE);
  assert_level (r, "TOTAL", 8429, 8429, NONE);  /* (30 × 90 + 40 × 80) / 70 = 84.2857 */
  g_assert_cmpuint (ita_result_get_total (r)->n_scored, ==, 2);
  g_assert_cmpuint (ita_result_get_total (r)->n_inputs, ==, 3);
}

static void
test_incomplete_tool (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2562");
  g_autoptr(ItaScores) scores = ita_scores_new ();
  g_autoptr(ItaResult) r = NULL;

  /* 2562 lists only sample IIT items: indicators are never computed from them */
  ita_scores_set (scores, "i4", 5000);
  ita_scores_set (scores, "ind:1", 8735);
  r = compute (fw, scores);
  assert_level (r, "ind:1", 8735, NONE, 8735);
  assert_level (r, "i4", 5000, NONE, NONE);
  g_assert_cmpuint (ita_result_get_gains (r)->len, ==, 0);

  /* official sub-indicators still roll up to their indicator */
  ita_scores_set (scores, "sub:9.1", 5000);
  ita_scores_set (scores, "sub:9.2", 10000);
  g_clear_pointer (&r, ita_result_free);
  r = compute (fw, scores);
  assert_level (r, "ind:9", 7500, 7500, NONE);
  g_assert_cmpuint (ita_result_get_indicator (r, 9)->n_scored, ==, 2);
  g_assert_cmpuint (ita_result_get_indicator (r, 9)->n_inputs, ==, 5);
}

/* ---- categories ------------------------------------------------------------- */

static void
test_categories (void)
{
  ItaThresholds custom = { 9000, 8000 };

  g_assert_cmpint (ita_category_for (NULL, 9500), ==, ITA_CATEGORY_MAINTAIN);
  g_assert_cmpint (ita_category_for (NULL, 9499), ==, ITA_CATEGORY_RAISE);
  g_assert_cmpint (ita_category_for (NULL, 9000), ==, ITA_CATEGORY_RAISE);
  g_assert_cmpint (ita_category_for (NULL, 8999), ==, ITA_CATEGORY_IMPROVE);
  g_assert_cmpint (ita_category_for (NULL, NONE), ==, ITA_CATEGORY_NONE);
  g_assert_cmpint (ita_category_for (&custom, 9000), ==, ITA_CATEGORY_MAINTAIN);
  g_assert_cmpint (ita_category_for (&custom, 8000), ==, ITA_CATEGORY_RAISE);
  g_assert_cmpstr (ita_category_to_string (ITA_CATEGORY_MAINTAIN), ==, "maintain");
  g_assert_cmpstr (ita_category_to_string (ITA_CATEGORY_RAISE), ==, "raise");
  g_assert_cmpstr (ita_category_to_string (ITA_CATEGORY_IMPROVE), ==, "improve");
  g_assert_null (ita_category_to_string (ITA_CATEGORY_NONE));

  {
    g_autoptr(ItaFramework) fw = edition ("ita-2568");
    g_autoptr(ItaScores) scores = ita_scores_new ();
    g_autoptr(ItaResult) r = NULL;

    ita_scores_set (scores, "i1", 9200);
    r = ita_engine_compute (fw, scores, &custom);
    g_assert_cmpint (ita_result_get_category (r, "i1"), ==, ITA_CATEGORY_MAINTAIN);
    g_assert_cmpint (ita_result_get_category (r, "ind:1"), ==, ITA_CATEGORY_MAINTAIN);
    g_assert_cmpint (ita_result_get_category (r, "nonsense"), ==, ITA_CATEGORY_NONE);
  }
}


/* ---- seed 001 as an officer enters it: EIT in two parts ------------------ */

/* seed 001 with only the item scores (and, with part2, EIT ส่วนที่ 2) */
static ItaScores *
seed_001_items (ItaFramework *fw,
                gboolean      part2)
{
  ItaScores *scores = scores_from_file (fw, "seed-001-2568.csv");
  g_auto(GStrv) keys = ita_scores_get_keys (scores);

  for (guint i = 0; keys[i] != NULL; i++)
    if (ita_framework_lookup_item (fw, keys[i]) == NULL && !(part2 && g_str_equal (keys[i], "EIT2")))
      ita_scores_set (scores, keys[i], NONE);
  return scores;
}

static gboolean
has_reason (ItaResult  *r,
            const char *key,
            const char *id)
{
  g_autoptr(GPtrArray) reasons = ita_result_get_reasons (r, key);

  for (guint i = 0; i < reasons->len; i++)
    if (g_str_equal (((const ItaReason *) g_ptr_array_index (reasons, i))->id, id))
      return TRUE;
  return FALSE;
}

static void
test_seed_001_items_only (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(ItaScores) scores = seed_001_items (fw, FALSE);
  g_autoptr(ItaResult) r = compute (fw, scores);
  const ItaGrade *grade = ita_result_get_grade (r);
  g_autoptr(GPtrArray) reasons = ita_result_get_reasons (r, "GRADE");
  const ItaReason *first;

  /* the figures the items give: EIT is part 1 alone */
  assert_level (r, "EIT1", 10000, 10000, NONE);
  assert_level (r, "EIT2", NONE, NONE, NONE);
  assert_level (r, "EIT", 10000, 10000, NONE);
  assert_level (r, "TOTAL", 8569, 8569, NONE);

  /* EIT ส่วนที่ 2 is missing: EIT and everything above are incomplete */
  g_assert_cmpuint (ita_result_get_flags (r, "EIT2"), ==, ITA_LEVEL_INCOMPLETE);
  g_assert_cmpuint (ita_result_get_flags (r, "EIT1"), ==, 0);
  g_assert_true (ita_result_get_flags (r, "EIT") & ITA_LEVEL_INCOMPLETE);
  g_assert_true (ita_result_get_flags (r, "ind:6") & ITA_LEVEL_INCOMPLETE);
  g_assert_true (has_reason (r, "ind:6", "parts:EIT"));
  g_assert_true (has_reason (r, "EIT", "missing:EIT2"));
  g_assert_false (has_reason (r, "EIT", "parts:EIT"));
  g_assert_true (ita_result_get_total (r)->flags & ITA_LEVEL_INCOMPLETE);
  g_assert_true (has_reason (r, "TOTAL", "missing:EIT2"));
  g_assert_cmpuint (ita_result_get_flags (r, "IIT"), ==, 0);

  /* 2568 indicators 9 and 10 are computed under an unknown rule */
  g_assert_true (ita_result_get_flags (r, "ind:9") & ITA_LEVEL_PROVISIONAL);
  g_assert_cmpuint (ita_result_get_flags (r, "ind:10"), ==, ITA_LEVEL_PROVISIONAL);
  g_assert_true (has_reason (r, "OIT", "rule:ind:10"));
  g_assert_true (ita_result_get_total (r)->flags & ITA_LEVEL_PROVISIONAL);

  /* the band the figures fall in is not a result: the grade says why */
  g_assert_nonnull (grade);
  g_assert_true (grade->flags & ITA_LEVEL_INCOMPLETE);
  g_assert_cmpuint (reasons->len, >, 0);
  first = g_ptr_array_index (reasons, 0);
  g_assert_cmpint (first->kind, ==, ITA_LEVEL_INCOMPLETE);   /* incomplete reasons first */
  g_assert_true (has_reason (r, "GRADE", "missing:EIT2"));
  g_assert_true (has_reason (r, "GRADE", "rule:ind:9"));
  g_assert_null (ita_result_get_next_grade (r));

  /* the reasons read in both languages */
  {
    GPtrArray *all = ita_result_get_all_reasons (r);
    gboolean seen = FALSE;

    for (guint i = 0; i < all->len; i++)
      {
        const ItaReason *x = g_ptr_array_index (all, i);

        g_assert_true (*x->text_th != '\0' && *x->text_en != '\0');
        if (g_str_equal (x->id, "missing:EIT2"))
          {
            seen = TRUE;
            g_assert_cmpstr (x->key, ==, "EIT2");
            g_assert_cmpstr (x->text_en, ==, "EIT part 2 has not been entered: enter the figure NACC reports");
            g_assert_cmpstr (x->text_th, ==, "ยังไม่ได้กรอก EIT ส่วนที่ 2: กรอกคะแนนตามที่สำนักงาน ป.ป.ช. แจ้ง");
          }
        if (g_str_equal (x->id, "unscored:ind:9"))
          g_assert_cmpstr (x->text_en, ==, "Indicator 9: 1 of 20 items has no score (o7)");
      }
    g_assert_true (seen);
  }
}

static void
test_seed_001_part_2 (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(ItaScores) scores = seed_001_items (fw, TRUE);
  g_autoptr(ItaResult) r = compute (fw, scores);
  g_autoptr(ItaResult) r2 = NULL;
  const ItaGrade *grade;

  /* with ส่วนที่ 2 the tool is the mean of the parts, as NACC's 98.22 */
  assert_level (r, "EIT", 9822, 9822, NONE);
  g_assert_cmpuint (ita_result_get_flags (r, "EIT"), ==, 0);   /* the mean reproduces S1: not provisional */
  /* its indicators still lack ส่วนที่ 2: NACC publishes it for the tool only */
  g_assert_true (ita_result_get_flags (r, "ind:7") & ITA_LEVEL_INCOMPLETE);
  /* 0.3 × 99.87 + 0.3 × 98.22 + 0.4 × 64.31 = 85.151 */
  assert_level (r, "TOTAL", 8515, 8515, NONE);
  g_assert_false (has_reason (r, "TOTAL", "missing:EIT2"));
  g_assert_true (has_reason (r, "TOTAL", "unscored:ind:9"));   /* o7 is still missing */
  g_assert_true (ita_result_get_grade (r)->flags & ITA_LEVEL_INCOMPLETE);

  /* o7 scored: nothing is missing, but OIT is still computed under the
   * unknown 2568 rule, so the grade is provisional, never final */
  ita_scores_set (scores, "o7", 0);
  r2 = compute (fw, scores);
  grade = ita_result_get_grade (r2);
  g_assert_cmpuint (ita_result_get_total (r2)->flags, ==, ITA_LEVEL_PROVISIONAL);
  g_assert_cmpuint (grade->flags, ==, ITA_LEVEL_PROVISIONAL);
  g_assert_true (has_reason (r2, "GRADE", "rule:ind:9"));
  g_assert_nonnull (ita_result_get_next_grade (r2));

  /* with the official OIT the rule no longer matters */
  ita_scores_set (scores, "OIT", 5900);
  g_clear_pointer (&r2, ita_result_free);
  r2 = compute (fw, scores);
  g_assert_cmpuint (ita_result_get_total (r2)->flags, ==, 0);
  assert_level (r2, "TOTAL", 8303, 8303, NONE);   /* NACC's 83.03 from the tools */
  g_assert_cmpstr (ita_result_get_grade (r2)->code, ==, "improve");
  g_assert_cmpuint (ita_result_get_grade (r2)->flags, ==, 0);
}

static void
test_official_grade (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(ItaScores) scores = scores_from_file (fw, "seed-001-2568.csv");
  g_autoptr(ItaResult) r = NULL;
  g_autoptr(ItaResult) r2 = NULL;
  g_autoptr(ItaResult) r3 = NULL;

  r = compute (fw, scores);
  g_assert_null (ita_result_get_official_grade (r));
  g_assert_false (ita_result_grade_differs (r));

  /* the Thai word NACC prints */
  ita_scores_set_grade (scores, "ต้องปรับปรุง");
  r2 = compute (fw, scores);
  g_assert_nonnull (ita_result_get_official_grade (r2));
  g_assert_cmpstr (ita_result_get_official_grade (r2)->code, ==, "improve");
  g_assert_false (ita_result_grade_differs (r2));

  /* a grade the official total and tools do not give is flagged, with
   * the rule that gives the computed one */
  ita_scores_set_grade (scores, "pass");
  r3 = compute (fw, scores);
  g_assert_cmpstr (ita_result_get_official_grade (r3)->code, ==, "pass");
  g_assert_true (ita_result_grade_differs (r3));
  g_assert_cmpstr (ita_result_get_grade (r3)->code, ==, "improve");
  g_assert_cmpstr (ita_result_get_grade (r3)->explanation_en, ==, "Needs improvement: total 83.03 is below the pass mark 85");

  /* a band of another scheme is no grade of this edition */
  g_assert_null (ita_framework_lookup_band (fw, "AA"));
  g_assert_cmpstr (ita_framework_lookup_band (fw, "  ผ่านดี ")->code, ==, "good");
  g_assert_cmpstr (ita_framework_lookup_band (fw, "GOOD PASS")->code, ==, "good");
}

/* ---- what-if agrees with itself, in every edition ------------------------- */

static ItaCenti
pattern_score (const ItaItemDef *item,
               guint             i)
{
  if (item->scale == ITA_SCALE_OIT_0_100)
    return i % 3 == 0 ? 0 : 10000;
  if (item->scale == ITA_SCALE_OIT_0_50_100)
    return (ItaCenti) (i % 3) * 5000;
  return 10000 - (ItaCenti) ((i * 733) % 4000);
}

/* every item scored in a pattern (every 11th left without a score) and,
 * with officials, an official figure at every level above the items */
static ItaScores *
pattern_scores (ItaFramework *fw,
                gboolean      officials)
{
  ItaScores *scores = ita_scores_new ();
  guint n = ita_framework_get_n_items (fw);
  guint k = 0;

  for (guint i = 0; i < n; i++)
    {
      const ItaItemDef *item = ita_framework_get_item (fw, i);

      if (i % 11 != 5)
        ita_scores_set (scores, item->code, pattern_score (item, i));
    }
  if (!officials)
    return scores;
  for (int ind = 1; ind <= 10; ind++)
    {
      const ItaIndicatorDef *def = ita_framework_get_indicator (fw, ind);
      g_autofree char *key = g_strdup_printf ("ind:%d", ind);

      ita_scores_set (scores, key, 6000 + (ItaCenti) ((k++ * 397) % 3500));
      for (guint s = 0; s < def->n_subs; s++)
        {
          g_autofree char *skey = g_strconcat ("sub:", def->subs[s].code, NULL);
          ita_scores_set (scores, skey, 6000 + (ItaCenti) ((k++ * 397) % 3500));
        }
    }
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    {
      const ItaToolDef *tool = ita_framework_get_tool (fw, (ItaTool) t);

      ita_scores_set (scores, tool->code, 6000 + (ItaCenti) ((k++ * 397) % 3500));
      for (guint p = 0; p < tool->n_parts; p++)
        ita_scores_set (scores, tool->parts[p].code, 6000 + (ItaCenti) ((k++ * 397) % 3500));
    }
  ita_scores_set (scores, "TOTAL", 8303);
  return scores;
}

static const ItaGain *
find_gain (GArray     *gains,
           const char *code)
{
  for (guint i = 0; i < gains->len; i++)
    if (g_str_equal (g_array_index (gains, ItaGain, i).item, code))
      return &g_array_index (gains, ItaGain, i);
  return NULL;
}

static void
check_what_if_invariant (ItaFramework *fw,
                         ItaScores    *scores)
{
  g_autoptr(ItaResult) r = compute (fw, scores);
  GArray *gains = ita_result_get_gains (r);
  const char * const *unscored = ita_result_get_unscored (r);
  ItaCenti total = ita_result_get_total (r)->value;
  guint n = ita_framework_get_n_items (fw), n_listed = 0;

  for (guint i = 0; i < n; i++)
    {
      const ItaItemDef *item = ita_framework_get_item (fw, i);
      const char *codes[] = { item->code, NULL };
      const ItaGain *gain = find_gain (gains, item->code);
      ItaWhatIf w = ita_result_what_if (r, codes);
      ItaCenti score = ita_result_get_level (r, item->code)->value;

      g_assert_cmpint (ita_engine_total_if_fixed (fw, scores, codes), ==, w.total);
      if (score == NONE)
        {
          /* missing, not ranked */
          g_assert_null (gain);
          if (ita_framework_get_tool (fw, item->tool)->item_list == ITA_ITEM_LIST_COMPLETE)
            g_assert_true (g_strv_contains (unscored, item->code));
          continue;
        }
      g_assert_false (g_strv_contains (unscored, item->code));
      if (gain != NULL)
        {
          /* `--fix CODE` minus the total is the gain listed for CODE */
          g_assert_cmpint (w.total - total, ==, gain->points);
          g_assert_cmpint (w.points, ==, gain->points);
          g_assert_cmpint (gain->points, >, 0);
          n_listed++;
        }
      else
        g_assert_cmpint (w.total, ==, total);
    }
  g_assert_cmpuint (n_listed, ==, gains->len);
  for (guint i = 1; i < gains->len; i++)
    g_assert_cmpint (g_array_index (gains, ItaGain, i - 1).points, >=, g_array_index (gains, ItaGain, i).points);
}

static void
test_what_if_every_edition (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) editions = ita_catalogue_list (&error);

  g_assert_no_error (error);
  g_assert_cmpuint (editions->len, >=, 7);
  for (guint e = 0; e < editions->len; e++)
    {
      ItaFramework *fw = g_ptr_array_index (editions, e);
      g_autoptr(ItaScores) plain = pattern_scores (fw, FALSE);
      g_autoptr(ItaScores) official = pattern_scores (fw, TRUE);

      g_test_message ("%s", ita_framework_get_id (fw));
      check_what_if_invariant (fw, plain);
      check_what_if_invariant (fw, official);
    }
}

/* Equal gains: the item closer to done first, not the lower code. */
static void
test_gain_ties (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(ItaScores) scores = scores_from_file (fw, "seed-001-2568.csv");
  g_autoptr(ItaResult) r = NULL;
  GArray *gains;
  guint at_i2 = G_MAXUINT, at_i11 = G_MAXUINT;

  /* i2 (indicator 1) at 97.00 and i11 (indicator 4) at 97.01: both lift
   * the total by the same rounded amount */
  ita_scores_set (scores, "i2", 9700);
  ita_scores_set (scores, "i11", 9701);
  r = compute (fw, scores);
  gains = ita_result_get_gains (r);
  for (guint i = 0; i < gains->len; i++)
    {
      const ItaGain *g = &g_array_index (gains, ItaGain, i);

      if (g_str_equal (g->item, "i2"))
        at_i2 = i;
      if (g_str_equal (g->item, "i11"))
        at_i11 = i;
    }
  g_assert_cmpuint (at_i2, <, gains->len);
  g_assert_cmpuint (at_i11, <, gains->len);
  g_assert_cmpint (g_array_index (gains, ItaGain, at_i2).points, ==, g_array_index (gains, ItaGain, at_i11).points);
  g_assert_cmpuint (at_i11, <, at_i2);

  /* at 50 before at 0 when the gains tie (o4 at 50 against o1 at 0 in
   * the same indicator never tie, so compare whole ranks): every item of
   * a tie is ordered by its score, highest first */
  for (guint i = 1; i < gains->len; i++)
    {
      const ItaGain *a = &g_array_index (gains, ItaGain, i - 1);
      const ItaGain *b = &g_array_index (gains, ItaGain, i);

      if (a->points == b->points)
        g_assert_cmpint (ita_result_get_level (r, a->item)->value, >=, ita_result_get_level (r, b->item)->value);
    }
}

/* ---- the way to the next grade -------------------------------------------- */

static gboolean
set_reaches (ItaResult          *r,
             const ItaNextGrade *next,
             const char * const *codes)
{
  ItaWhatIf w = ita_result_what_if (r, codes);

  if (w.total == NONE || w.total < next->band->min)
    return FALSE;
  for (guint t = 0; t < ITA_N_TOOLS && next->band->tools_min != NONE; t++)
    if (w.tools[t] == NONE || w.tools[t] < next->band->tools_min)
      return FALSE;
  return TRUE;
}

/* Reached, and no item of the set can be left out. */
static void
assert_smallest (ItaResult          *r,
                 const ItaNextGrade *next)
{
  guint n = g_strv_length (next->items);

  g_assert_true (next->reachable);
  g_assert_true (set_reaches (r, next, (const char * const *) next->items));
  for (guint leave = 0; leave < n; leave++)
    {
      g_autoptr(GPtrArray) fewer = g_ptr_array_new ();

      for (guint i = 0; i < n; i++)
        if (i != leave)
          g_ptr_array_add (fewer, next->items[i]);
      g_ptr_array_add (fewer, NULL);
      g_assert_false (set_reaches (r, next, (const char * const *) fewer->pdata));
    }
}

static void
test_next_grade (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(ItaScores) scores = scores_from_file (fw, "seed-001-2568.csv");
  g_autoptr(ItaResult) r = compute (fw, scores);
  g_autoptr(ItaResult) r2 = NULL;
  g_autoptr(ItaResult) r3 = NULL;
  g_autoptr(ItaResult) r4 = NULL;
  g_autoptr(ItaScores) good = ita_scores_new ();
  const ItaNextGrade *next = ita_result_get_next_grade (r);

  /* seed 001, 83.03 ต้องปรับปรุง: o21 alone (+2.50) reaches ผ่าน */
  g_assert_nonnull (next);
  g_assert_cmpstr (next->band->code, ==, "pass");
  g_assert_cmpstr (next->condition_en, ==, "total at least 85");
  g_assert_cmpstr (next->condition_th, ==, "คะแนนรวม 85 คะแนนขึ้นไป");
  g_assert_cmpuint (g_strv_length (next->items), ==, 1);
  g_assert_cmpstr (next->items[0], ==, "o21");
  g_assert_cmpint (next->what_if.total, ==, 8553);
  g_assert_null (next->blocker_en);
  assert_smallest (r, next);

  /* ผ่าน with OIT below 85 (สตง.-like: the tool condition): ผ่านดี needs
   * OIT items until OIT reaches 85 */
  ita_scores_set (scores, "TOTAL", 9000);
  ita_scores_set (scores, "OIT", 8000);
  r2 = compute (fw, scores);
  g_assert_cmpstr (ita_result_get_grade (r2)->code, ==, "pass");
  next = ita_result_get_next_grade (r2);
  g_assert_nonnull (next);
  g_assert_cmpstr (next->band->code, ==, "good");
  g_assert_cmpstr (next->condition_en, ==, "total at least 85 and every tool (IIT, EIT, OIT) at least 85");
  g_assert_cmpint (next->what_if.tools[ITA_TOOL_OIT], >=, 8500);
  for (guint i = 0; next->items[i] != NULL; i++)
    g_assert_cmpint (next->items[i][0], ==, 'o');
  assert_smallest (r2, next);

  /* EIT 80 from ส่วนที่ 2 while every e-item is 100: no item can lift it */
  ita_scores_set (scores, "EIT2", 6000);
  r3 = compute (fw, scores);
  g_assert_cmpint (ita_result_get_tool (r3, ITA_TOOL_EIT)->value, ==, 8000);
  next = ita_result_get_next_grade (r3);
  g_assert_nonnull (next);
  g_assert_false (next->reachable);
  g_assert_cmpstr (next->blocker_en, ==, "EIT would be 80.00 with every item fixed, below 85");
  g_assert_cmpstr (next->blocker_th, ==, "EIT จะได้ 80.00 แม้แก้ไขทุกข้อแล้ว ยังต่ำกว่า 85");

  /* the best band has no next one */
  ita_scores_set (good, "TOTAL", 9600);
  ita_scores_set (good, "IIT", 9600);
  ita_scores_set (good, "EIT", 9600);
  ita_scores_set (good, "OIT", 9600);
  r4 = compute (fw, good);
  g_assert_cmpstr (ita_result_get_grade (r4)->code, ==, "excellent");
  g_assert_null (ita_result_get_next_grade (r4));
}

/* ---- rules of the editions ------------------------------------------------ */

static void
test_provisional_rules (void)
{
  g_autoptr(ItaFramework) fw63 = edition ("ita-2563");
  g_autoptr(ItaFramework) fw62 = edition ("ita-2562");
  g_autoptr(ItaScores) tools = ita_scores_new ();
  g_autoptr(ItaResult) r63 = NULL;
  g_autoptr(ItaResult) r62 = NULL;

  /* 2563's weights are assumed (INF, reproducing no figure): a total
   * computed with them is provisional; 2562's are published */
  ita_scores_set (tools, "IIT", 8000);
  ita_scores_set (tools, "EIT", 8000);
  ita_scores_set (tools, "OIT", 8000);
  r63 = compute (fw63, tools);
  r62 = compute (fw62, tools);
  g_assert_cmpuint (ita_result_get_total (r63)->flags, ==, ITA_LEVEL_PROVISIONAL);
  g_assert_true (has_reason (r63, "TOTAL", "rule:TOTAL"));
  g_assert_cmpuint (ita_result_get_total (r62)->flags, ==, 0);
  g_assert_cmpuint (ita_result_get_grade (r62)->flags, ==, 0);

  /* the official total is final whatever the weights */
  ita_scores_set (tools, "TOTAL", 8000);
  g_clear_pointer (&r63, ita_result_free);
  r63 = compute (fw63, tools);
  g_assert_cmpuint (ita_result_get_total (r63)->flags, ==, 0);
}

/* A provisional tool matters to a rating only where a tool condition can
 * decide the grade (total ≥ 85). */
static void
test_grade_flags_tools (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(ItaScores) scores = seed_001_items (fw, TRUE);
  g_autoptr(ItaResult) low = NULL;
  g_autoptr(ItaResult) high = NULL;

  ita_scores_set (scores, "o7", 0);       /* nothing missing */
  ita_scores_set (scores, "TOTAL", 8000); /* official total below 85 */
  low = compute (fw, scores);
  g_assert_true (ita_result_get_tool (low, ITA_TOOL_OIT)->flags & ITA_LEVEL_PROVISIONAL);
  g_assert_cmpuint (ita_result_get_grade (low)->flags, ==, 0);

  ita_scores_set (scores, "TOTAL", 9000); /* ≥ 85: OIT decides ผ่าน or ผ่านดี */
  high = compute (fw, scores);
  g_assert_cmpuint (ita_result_get_grade (high)->flags, ==, ITA_LEVEL_PROVISIONAL);
  g_assert_true (has_reason (high, "GRADE", "rule:ind:9"));
}

/* ---- JSON ------------------------------------------------------------------- */

static void
test_json (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(ItaScores) scores = scores_from_file (fw, "seed-001-2568.csv");
  g_autoptr(ItaResult) r = compute (fw, scores);
  g_autofree char *text = ita_result_to_json (r);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *tools, *ind, *items, *grade;
  JsonArray *d, *gains;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpstr (json_object_get_string_member (root, "edition"), ==, "ita-2568");
  g_assert_cmpint (json_object_get_int_member (root, "fiscal_year"), ==, 2568);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (json_object_get_object_member (root, "total"), "value"), 83.03, 1e-9);

  grade = json_object_get_object_member (root, "grade");
  g_assert_cmpstr (json_object_get_string_member (grade, "code"), ==, "improve");
  g_assert_true (json_object_has_member (grade, "explanation_th"));
  g_assert_true (json_object_has_member (grade, "explanation_en"));
  g_assert_true (json_object_has_member (grade, "label_en"));

  tools = json_object_get_object_member (root, "tools");
  g_assert_true (json_object_has_member (tools, "EIT1"));
  g_assert_true (json_object_get_null_member (json_object_get_object_member (tools, "EIT"), "official"));
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (json_object_get_object_member (tools, "EIT"), "computed"), 98.22, 1e-9);

  ind = json_object_get_object_member (root, "indicators");
  g_assert_cmpuint (json_object_get_size (ind), ==, 10);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (json_object_get_object_member (ind, "9"), "value"), 38.0, 1e-9);
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (root, "subindicators")), ==, 0);

  items = json_object_get_object_member (root, "items");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (json_object_get_object_member (items, "i1"), "score"), 99.33, 1e-9);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (items, "o4"), "category"), ==, "improve");
  g_assert_true (json_object_get_null_member (json_object_get_object_member (items, "o7"), "score"));

  d = json_object_get_array_member (root, "discrepancies");
  g_assert_cmpuint (json_array_get_length (d), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (d, 0), "id"), ==, "9");
  gains = json_object_get_array_member (root, "gains");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (gains, 0), "item"), ==, "o21");

  /* two decimals as written, never a binary expansion */
  g_assert_nonnull (strstr (text, "\"score\": 99.33,"));
  g_assert_nonnull (strstr (text, "\"value\": 100.00,"));
  g_assert_nonnull (strstr (text, "\"points\": 2.50}"));
}

/* Every number of the JSON is text with two decimals from the hundredths,
 * except the counts; the what-if member is compared as text. */
static void
assert_two_decimals (const char *text)
{
  g_autoptr(GRegex) number = g_regex_new ("\"([a-z_]+)\": (-?[0-9][0-9.eE+-]*)", 0, 0, NULL);
  g_autoptr(GRegex) two = g_regex_new ("^-?[0-9]+\\.[0-9][0-9]$", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  guint n = 0;

  g_regex_match (number, text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *name = g_match_info_fetch (match, 1);
      g_autofree char *value = g_match_info_fetch (match, 2);

      if (!g_str_equal (name, "fiscal_year") && !g_str_equal (name, "n_scored") && !g_str_equal (name, "n_inputs"))
        {
          if (!g_regex_match (two, value, 0, NULL))
            g_error ("%s: %s is not written with two decimals", name, value);
          n++;
        }
      g_match_info_next (match, NULL);
    }
  g_assert_cmpuint (n, >, 100);
}

static void
test_json_exact (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(ItaScores) scores = scores_from_file (fw, "seed-001-2568.csv");
  g_autoptr(ItaScores) items = seed_001_items (fw, FALSE);
  g_autoptr(ItaResult) r = compute (fw, scores);
  g_autoptr(ItaResult) ri = compute (fw, items);
  const char *fix[] = { "o1", NULL };
  g_autofree char *text = ita_result_to_json_what_if (r, fix);
  g_autofree char *text_items = ita_result_to_json (ri);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  assert_two_decimals (text);
  assert_two_decimals (text_items);

  /* `--fix o1` on top of the official 83.03: o1's gain, +1.06 */
  g_assert_nonnull (strstr (text, "\n  \"what_if\": {\"items\": [\"o1\"], \"total\": 84.09, \"points\": 1.06, "
                                  "\"tools\": {\"IIT\": 99.87, \"EIT\": 98.22, \"OIT\": 61.63}}\n}\n"));
  g_assert_nonnull (strstr (text, "{\"item\": \"o1\", \"points\": 1.06}"));
  g_assert_nonnull (strstr (text, "\"total\": {\"value\": 83.03, \"computed\": 83.03, \"official\": 83.03, "
                                  "\"n_scored\": 3, \"n_inputs\": 3, \"incomplete\": false, \"provisional\": false, \"reasons\": []},"));
  g_assert_nonnull (strstr (text, "\"unscored\": [\"o7\"],"));
  g_assert_nonnull (strstr (text, "\"official_grade\": null,"));
  g_assert_nonnull (strstr (text, "\"reachable\": true, \"items\": [\"o21\"],\n    \"total\": 85.53, \"points\": 2.50,"));

  /* items only: EIT ส่วนที่ 2 missing, as text */
  g_assert_nonnull (strstr (text_items, "\"EIT2\": {\"value\": null, \"computed\": null, \"official\": null, "
                                        "\"n_scored\": 0, \"n_inputs\": 1, \"from\": \"entered\", "
                                        "\"incomplete\": true, \"provisional\": false, \"reasons\": [\"missing:EIT2\"]}"));
  g_assert_nonnull (strstr (text_items, "\"next_grade\": null,"));
  g_assert_nonnull (strstr (text_items, "\"missing:EIT2\": {\"kind\": \"incomplete\", \"level\": \"EIT2\",\n"
                                        "      \"text_th\": \"ยังไม่ได้กรอก EIT ส่วนที่ 2: กรอกคะแนนตามที่สำนักงาน ป.ป.ช. แจ้ง\",\n"
                                        "      \"text_en\": \"EIT part 2 has not been entered: enter the figure NACC reports\"}"));
}

/* A result is shared, not copied: views and documents hold references
 * to the one result of a change; the counter counts computations. */
static void
test_result_shared (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(ItaScores) scores = ita_scores_new ();
  g_autoptr(ItaResult) result = NULL;
  ItaResult *other;
  GValue value = G_VALUE_INIT;
  guint before = ita_engine_get_compute_count ();

  ita_scores_set (scores, "TOTAL", 9000);
  result = ita_engine_compute (fw, scores, NULL);
  g_assert_cmpuint (ita_engine_get_compute_count (), ==, before + 1);

  other = ita_result_ref (result);
  g_assert_true (other == result);
  ita_result_unref (other);
  g_assert_cmpint (ita_result_get_total (result)->value, ==, 9000);

  /* as a property value: the boxed copy is a reference */
  g_value_init (&value, ITA_TYPE_RESULT);
  g_value_set_boxed (&value, result);
  g_assert_true (g_value_get_boxed (&value) == result);
  g_value_unset (&value);
  g_assert_cmpint (ita_result_get_total (result)->value, ==, 9000);
  g_assert_cmpuint (ita_engine_get_compute_count (), ==, before + 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/engine/result-shared", test_result_shared);

  g_test_add_func ("/core/engine/seed-000", test_seed_000);
  g_test_add_func ("/core/engine/seed-000-gains", test_seed_000_gains);
  g_test_add_func ("/core/engine/seed-001", test_seed_001);
  g_test_add_func ("/core/engine/seed-001-discrepancies", test_seed_001_discrepancies);
  g_test_add_func ("/core/engine/seed-001-gains", test_seed_001_gains);
  g_test_add_func ("/core/engine/seed-001-items-only", test_seed_001_items_only);
  g_test_add_func ("/core/engine/seed-001-part-2", test_seed_001_part_2);
  g_test_add_func ("/core/engine/official-grade", test_official_grade);
  g_test_add_func ("/core/engine/what-if-every-edition", test_what_if_every_edition);
  g_test_add_func ("/core/engine/gain-ties", test_gain_ties);
  g_test_add_func ("/core/engine/next-grade", test_next_grade);
  g_test_add_func ("/core/engine/provisional-rules", test_provisional_rules);
  g_test_add_func ("/core/engine/grade-flags-tools", test_grade_flags_tools);
  g_test_add_func ("/core/engine/seed-002", test_seed_002);
  g_test_add_func ("/core/engine/grade/letter-band-edges", test_letter_band_edges);
  g_test_add_func ("/core/engine/grade/pass-fail", test_pass_fail);
  g_test_add_func ("/core/engine/grade/rating-conditions", test_rating_conditions);
  g_test_add_func ("/core/engine/grade/rating-tool-edges", test_rating_tool_edges);
  g_test_add_func ("/core/engine/grade/none", test_no_total_no_grade);
  g_test_add_func ("/core/engine/rounding", test_rounding);
  g_test_add_func ("/core/engine/partial-tools", test_partial_tools);
  g_test_add_func ("/core/engine/incomplete-tool", test_incomplete_tool);
  g_test_add_func ("/core/engine/categories", test_categories);
  g_test_add_func ("/core/engine/json", test_json);
  g_test_add_func ("/core/engine/json-exact", test_json_exact);

  return g_test_run ();
}
