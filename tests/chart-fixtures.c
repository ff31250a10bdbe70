/* chart-fixtures.c: chart data from the seed documents */
#include "config.h"

#include "chart-fixtures.h"
#include "ita-thai.h"

#define NAKHAM "เทศบาลตำบลนาคำ"

static ItaResult *
seed_result (const char *data_dir,
             const char *file,
             const char *edition)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) framework = ita_catalogue_lookup (edition, &error);
  g_autofree char *path = g_build_filename (data_dir, file, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(ItaScores) scores = NULL;
  ItaThresholds thresholds = ITA_THRESHOLDS_DEFAULT;
  gsize length;

  if (framework == NULL)
    g_error ("edition %s: %s", edition, error->message);
  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);
  scores = ita_scores_parse_csv (framework, contents, length, &error);
  if (scores == NULL)
    g_error ("%s: %s", path, error->message);
  return ita_engine_compute (framework, scores, &thresholds);
}

/* Measures of seed 001's plan for FY 2569, with the periods spread out
 * the way a plan usually is. */
static ItaChartData *
timeline (void)
{
  static const struct {
    const char *title;
    const char *unit;
    int m0, y0, m1, y1;
    ItaChartMeasureState state;
  } measures[] = {
    { "กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ", "สำนักปลัด", 10, 2025, 9, 2026, ITA_CHART_MEASURE_IN_PROGRESS },
    { "กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง", "กองคลัง", 10, 2025, 3, 2026, ITA_CHART_MEASURE_DONE },
    { "กระบวนการควบคุม ตรวจสอบ การใช้อำนาจและการบริหารทรัพยากรบุคคล", "สำนักปลัด งานการเจ้าหน้าที่", 11, 2025, 6, 2026, ITA_CHART_MEASURE_IN_PROGRESS },
    { "กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ", "กองคลัง งานพัสดุ", 1, 2026, 9, 2026, ITA_CHART_MEASURE_PLANNED },
    { "กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน", "สำนักปลัด งานบริหารทั่วไป", 10, 2025, 12, 2025, ITA_CHART_MEASURE_DONE },
    { "ช่องทางและรูปแบบการประชาสัมพันธ์ เผยแพร่ข้อมูลข่าวสารภาครัฐ", "ทุกหน่วยงาน", 10, 2025, 9, 2026, ITA_CHART_MEASURE_IN_PROGRESS },
    { "การให้บริการและระบบ E-Service", "กองช่าง", 2, 2026, 7, 2026, ITA_CHART_MEASURE_PLANNED },
    { "การเผยแพร่ข้อมูลข่าวสารบนเว็บไซต์หลักของหน่วยงานให้ครบทุกข้อ OIT", "ทุกหน่วยงาน", 10, 2025, 3, 2026, ITA_CHART_MEASURE_IN_PROGRESS },
  };
  ItaChartData *data = ita_chart_data_new (ITA_CHART_TIMELINE, NAKHAM, 2569);

  for (guint i = 0; i < G_N_ELEMENTS (measures); i++)
    {
      GDate start, end;

      g_date_clear (&start, 1);
      g_date_clear (&end, 1);
      g_date_set_dmy (&start, 1, measures[i].m0, measures[i].y0);
      g_date_set_dmy (&end, g_date_get_days_in_month (measures[i].m1, measures[i].y1),
                      measures[i].m1, measures[i].y1);
      ita_chart_data_add_measure (data, measures[i].title, measures[i].unit, &start, &end, measures[i].state);
    }
  return data;
}

static ItaChartData *
six_years (ItaResult *latest)
{
  /* seed 001's indicators with five invented earlier years around them */
  static const ItaCenti earlier[5][10] = {
    { 8735, 7887, 8036, 7557, 7694, 7627, 6572, 7020, 8362, 8750 },
    { 8812, 8190, 8433, 8012, 7950, 8020, 7105, 7333, 6500, 7200 },
    { 9120, 8850, 9000, 8800, 8450, 8600, 8010, 8100, 7000, 7500 },
    { 9500, 9300, 9400, 9210, 9100, 9000, 8800, 8650, 5500, 6000 },
    { 9800, 9700, 9950, 9900, 9870, 9600, 9500, 9400, 4200, 7000 },
  };
  ItaChartData *data = ita_chart_data_new_indicators (latest, NAKHAM);
  ItaChartData *years = ita_chart_data_new (ITA_CHART_YEARS, NAKHAM, 2568);

  for (guint i = 0; i < data->categories->len; i++)
    {
      const ItaChartCategory *c = g_ptr_array_index (data->categories, i);

      ita_chart_data_add_category (years, c->key, c->name_th, c->name_en);
    }
  for (guint k = 0; k < 6; k++)
    {
      int year = 2563 + k;
      g_autofree char *th = g_strdup_printf ("พ.ศ. %d", year);
      g_autofree char *en = g_strdup_printf ("FY %d", year);
      guint s = ita_chart_data_add_series (years, th, en, year);
      const ItaChartSeries *last = g_ptr_array_index (data->series, 0);

      for (guint i = 0; i < 10; i++)
        ita_chart_data_set_value (years, s, i, k < 5 ? earlier[k][i] : last->values[i]);
    }
  ita_chart_data_unref (data);
  return years;
}

ChartFixtures *
chart_fixtures_new (const char *data_dir)
{
  ChartFixtures *f = g_new0 (ChartFixtures, 1);
  g_autoptr(ItaResult) r2562 = seed_result (data_dir, "seed-000-2562.csv", "ita-2562");
  g_autoptr(ItaResult) r2563 = seed_result (data_dir, "seed-002-2563.csv", "ita-2563");
  g_autoptr(ItaResult) r2568 = seed_result (data_dir, "seed-001-2568.csv", "ita-2568");
  ItaResult *years[] = { r2562, r2563, r2568 };
  g_autoptr(ItaFramework) f2568 = ita_catalogue_lookup ("ita-2568", NULL);

  f->data[ITA_CHART_INDICATORS] = ita_chart_data_new_indicators (r2568, NAKHAM);
  f->data[ITA_CHART_TOOLS] = ita_chart_data_new_tools (r2568, NAKHAM);
  f->data[ITA_CHART_GAUGE] = ita_chart_data_new_gauge (r2568, NAKHAM);
  f->data[ITA_CHART_YEARS] = ita_chart_data_new_years (years, G_N_ELEMENTS (years), NAKHAM);
  f->data[ITA_CHART_TREND] = ita_chart_data_new_trend (years, G_N_ELEMENTS (years), NAKHAM);
  f->data[ITA_CHART_RADAR] = ita_chart_data_new_radar (r2568, r2562, NAKHAM);
  f->data[ITA_CHART_OIT] = ita_chart_data_new_oit (r2568, NAKHAM);
  f->data[ITA_CHART_TIMELINE] = timeline ();
  f->six_years = six_years (r2568);
  f->letter_gauge = ita_chart_data_new_gauge (r2562, "เทศบาลนครเชียงใหม่");
  f->oit_subindicators = ita_chart_data_new_oit (r2562, "เทศบาลนครเชียงใหม่");

  /* seed 001's item scores alone: EIT ส่วนที่ 2 missing, indicators 9 and
   * 10 under the unknown 2568 rule */
  {
    g_autoptr(ItaResult) items = seed_result (data_dir, "seed-001-2568-items.csv", "ita-2568");
    ItaResult *item_years[] = { r2562, r2563, items };

    f->not_final[ITA_CHART_INDICATORS] = ita_chart_data_new_indicators (items, NAKHAM);
    f->not_final[ITA_CHART_TOOLS] = ita_chart_data_new_tools (items, NAKHAM);
    f->not_final[ITA_CHART_GAUGE] = ita_chart_data_new_gauge (items, NAKHAM);
    f->not_final[ITA_CHART_YEARS] = ita_chart_data_new_years (item_years, G_N_ELEMENTS (item_years), NAKHAM);
    f->not_final[ITA_CHART_TREND] = ita_chart_data_new_trend (item_years, G_N_ELEMENTS (item_years), NAKHAM);
    f->not_final[ITA_CHART_RADAR] = ita_chart_data_new_radar (items, r2562, NAKHAM);
    f->not_final[ITA_CHART_OIT] = ita_chart_data_new_oit (items, NAKHAM);
  }

  /* a new project: the edition is known, nothing is entered */
  {
    g_autoptr(ItaScores) none = ita_scores_new ();
    ItaThresholds thresholds = ITA_THRESHOLDS_DEFAULT;
    g_autoptr(ItaResult) blank = ita_engine_compute (f2568, none, &thresholds);
    ItaResult *blank_years[] = { blank };

    f->empty[ITA_CHART_INDICATORS] = ita_chart_data_new_indicators (blank, NULL);
    f->empty[ITA_CHART_TOOLS] = ita_chart_data_new_tools (blank, NULL);
    f->empty[ITA_CHART_GAUGE] = ita_chart_data_new_gauge (blank, NULL);
    f->empty[ITA_CHART_YEARS] = ita_chart_data_new_years (blank_years, 1, NULL);
    f->empty[ITA_CHART_TREND] = ita_chart_data_new_trend (blank_years, 1, NULL);
    f->empty[ITA_CHART_RADAR] = ita_chart_data_new_radar (blank, NULL, NULL);
    f->empty[ITA_CHART_OIT] = ita_chart_data_new_oit (blank, NULL);
    f->empty[ITA_CHART_TIMELINE] = ita_chart_data_new (ITA_CHART_TIMELINE, NULL, 2569);
  }
  return f;
}

void
chart_fixtures_free (ChartFixtures *f)
{
  if (f == NULL)
    return;
  for (guint k = 0; k < ITA_CHART_N_KINDS; k++)
    {
      g_clear_pointer (&f->data[k], ita_chart_data_unref);
      g_clear_pointer (&f->empty[k], ita_chart_data_unref);
      g_clear_pointer (&f->not_final[k], ita_chart_data_unref);
    }
  g_clear_pointer (&f->six_years, ita_chart_data_unref);
  g_clear_pointer (&f->letter_gauge, ita_chart_data_unref);
  g_clear_pointer (&f->oit_subindicators, ita_chart_data_unref);
  g_free (f);
}
