/* bench-engine.c: one full computation of every edition (scores of every
 * item and official figures, with discrepancies, grade and gains), and
 * reading a 1,000-row scores CSV. Prints the median over many runs.
 *
 * Target: a full computation under 20 µs.
 */
#include <stdio.h>
#include <string.h>

#include "ita-engine.h"

#define BATCH   200    /* calls timed together: the clock has µs resolution */
#define BATCHES 201

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

typedef void (*BenchFunc) (gpointer data);

/* median time of one call in µs */
static double
median_us (BenchFunc  func,
           gpointer   data,
           guint      batch)
{
  double times[BATCHES];

  for (guint b = 0; b < BATCHES; b++)
    {
      gint64 start = g_get_monotonic_time ();
      for (guint i = 0; i < batch; i++)
        func (data);
      times[b] = (double) (g_get_monotonic_time () - start) / batch;
    }
  qsort (times, BATCHES, sizeof (double), compare_double);
  return times[BATCHES / 2];
}

typedef struct {
  ItaFramework *fw;
  ItaScores    *scores;
} ComputeData;

static void
run_compute (gpointer data)
{
  ComputeData *d = data;
  ItaResult *r = ita_engine_compute (d->fw, d->scores, NULL);

  ita_result_free (r);
}

/* every item scored (a spread of allowed values), every indicator and
 * tool part given an official figure as an officer would from ITAS */
static ItaScores *
full_scores (ItaFramework *fw)
{
  ItaScores *s = ita_scores_new ();
  static const ItaCenti oit[] = { 0, 5000, 10000 };

  for (guint i = 0; i < ita_framework_get_n_items (fw); i++)
    {
      const ItaItemDef *item = ita_framework_get_item (fw, i);
      ItaCenti v;

      if (item->scale == ITA_SCALE_OIT_0_100)
        v = (i % 3 == 0) ? 0 : 10000;
      else if (item->scale == ITA_SCALE_OIT_0_50_100)
        v = oit[i % 3];
      else
        v = 8000 + (ItaCenti) ((i * 733) % 2000);
      ita_scores_set (s, item->code, v);
    }
  for (int k = 1; k <= 10; k++)
    {
      g_autofree char *key = g_strdup_printf ("ind:%d", k);
      ita_scores_set (s, key, 8500 + k * 37);
    }
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    {
      const ItaToolDef *tool = ita_framework_get_tool (fw, (ItaTool) t);
      for (guint p = 0; p < tool->n_parts; p++)
        ita_scores_set (s, tool->parts[p].code, 9000 + (ItaCenti) p * 444);
    }
  return s;
}

typedef struct {
  ItaFramework *fw;
  const char   *csv;
  gsize         len;
} CsvData;

static void
run_csv (gpointer data)
{
  CsvData *d = data;
  ItaScores *s = ita_scores_parse_csv (d->fw, d->csv, d->len, NULL);

  g_assert (s != NULL && ita_scores_size (s) == 1000);
  ita_scores_unref (s);
}

/* An edition with 1,000 OIT items, so that a 1,000-row CSV is all valid. */
static ItaFramework *
big_edition (void)
{
  g_autoptr(GString) j = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  ItaFramework *fw;

  g_string_append (j,
    "{\"format\": 1, \"id\": \"bench\", \"fiscal_year\": 2600, \"name_th\": \"ทดสอบ\", \"name_en\": \"bench\","
    "\"tools\": ["
    "{\"code\": \"IIT\", \"name_th\": \"ก\", \"name_en\": \"a\", \"weight\": 30, \"item_list\": \"partial\"},"
    "{\"code\": \"EIT\", \"name_th\": \"ข\", \"name_en\": \"b\", \"weight\": 30, \"item_list\": \"partial\"},"
    "{\"code\": \"OIT\", \"name_th\": \"ค\", \"name_en\": \"c\", \"weight\": 40, \"item_list\": \"complete\"}],"
    "\"grading\": {\"scheme\": \"pass_fail\", \"pass_mark\": 85, \"bands\": ["
    "{\"code\": \"pass\", \"label_th\": \"ผ่าน\", \"label_en\": \"Pass\", \"min\": 85, \"max\": 100},"
    "{\"code\": \"fail\", \"label_th\": \"ไม่ผ่าน\", \"label_en\": \"Fail\", \"min\": 0, \"max\": 84.99}]},"
    "\"indicators\": [");
  for (int k = 1; k <= 10; k++)
    g_string_append_printf (j, "%s{\"number\": %d, \"tool\": \"%s\", \"name_th\": \"ตัวชี้วัด\", \"name_en\": \"x\"}",
                            k > 1 ? "," : "", k, k <= 5 ? "IIT" : k <= 8 ? "EIT" : "OIT");
  g_string_append (j, "], \"items\": [");
  for (int i = 1; i <= 1000; i++)
    g_string_append_printf (j, "%s{\"code\": \"o%d\", \"indicator\": %d, \"text_th\": \"ข้อ\", \"scale\": \"oit_0_50_100\", \"continuity\": \"oit.k%d\"}",
                            i > 1 ? "," : "", i, i <= 500 ? 9 : 10, i);
  g_string_append (j, "]}");

  bytes = g_bytes_new (j->str, j->len);
  fw = ita_framework_new_from_bytes (bytes, "bench.json", &error);
  g_assert_no_error (error);
  return fw;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) big = NULL;
  g_autoptr(GString) csv = g_string_new ("code,score\n");
  CsvData csv_data;

  list = ita_catalogue_list (&error);
  g_assert_no_error (error);

  printf ("Full computation (roll-up, discrepancies, grade, gains), median of %d × %d runs:\n",
          BATCHES, BATCH);
  for (guint i = 0; i < list->len; i++)
    {
      ComputeData d = { g_ptr_array_index (list, i), NULL };

      d.scores = full_scores (d.fw);
      printf ("  %-10s %3u items  %6.2f µs\n", ita_framework_get_id (d.fw),
              ita_framework_get_n_items (d.fw), median_us (run_compute, &d, BATCH));
      ita_scores_unref (d.scores);
    }

  big = big_edition ();
  for (int i = 1; i <= 1000; i++)
    g_string_append_printf (csv, i % 2 ? "o%d,100\n" : "๐%d,๕๐\n", i);
  csv_data.fw = big;
  csv_data.csv = csv->str;
  csv_data.len = csv->len;
  printf ("\nScores CSV of 1,000 rows (half with Thai digits), median of %d × 10 runs:\n  %8.1f µs\n",
          BATCHES, median_us (run_csv, &csv_data, 10));

  {
    g_autoptr(ItaScores) s = ita_scores_parse_csv (big, csv->str, csv->len, NULL);
    ComputeData d = { big, s };
    printf ("\nFull computation of a 1,000-item edition (all scored):\n  %8.1f µs\n",
            median_us (run_compute, &d, 10));
  }
  return 0;
}
