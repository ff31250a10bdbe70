/* test-period.c: the data-period rule of every OIT item of every shipped
 * edition, resolved against the fiscal year in both languages */
#include <locale.h>
#include <string.h>

#include "ita-framework.h"
#include "ita-period.h"

/* What the officer reads for each rule in FY fy (written out here, not
 * derived from the code under test). */
static char *
expected (ItaPeriodRule rule,
          int           fy,
          gboolean      thai)
{
  switch (rule)
    {
    case ITA_PERIOD_NONE:
      return g_strdup (thai ? "ข้อมูลที่เป็นปัจจุบัน (ไม่กำหนดช่วงเวลา)" : "Current information (no period)");
    case ITA_PERIOD_CURRENT_FY:
      return thai ? g_strdup_printf ("ข้อมูลปีงบประมาณ พ.ศ. %d", fy)
                  : g_strdup_printf ("Data of fiscal year %d", fy);
    case ITA_PERIOD_PREVIOUS_FY:
      return thai ? g_strdup_printf ("รายงานของปี พ.ศ. %d", fy - 1)
                  : g_strdup_printf ("Report of fiscal year %d", fy - 1);
    case ITA_PERIOD_CURRENT_FY_FIRST_HALF:
      return thai ? g_strdup_printf ("6 เดือนแรก: ต.ค. %d – มี.ค. %d", fy - 1, fy)
                  : g_strdup_printf ("First 6 months: Oct %d – Mar %d", fy - 544, fy - 543);
    case ITA_PERIOD_CHANNEL:
      return g_strdup (thai ? "ช่องทางที่ใช้งานได้ (ไม่กำหนดช่วงเวลา)" : "A working channel (no period)");
    case ITA_PERIOD_UNKNOWN:
    default:
      return g_strdup (thai ? "ยังไม่ทราบช่วงเวลาของข้อมูล" : "Data period not known");
    }
}

static void
check_published (const ItaItemDef *item,
                 int               fy)
{
  g_autofree char *text = ita_period_published (item, fy, FALSE);
  g_autofree char *thai = ita_period_published (item, fy, TRUE);
  g_autofree char *assessed = g_strdup_printf ("ปี พ.ศ. %d", fy);
  g_autofree char *previous = g_strdup_printf ("ปี พ.ศ. %d", fy - 1);

  if (item->period_text_th == NULL)
    {
      g_assert_null (text);
      g_assert_null (thai);
      return;
    }
  g_assert_nonnull (text);
  /* the years are filled in, the placeholders gone */
  g_assert_null (strstr (text, "ปีที่ประเมิน"));
  g_assert_null (strstr (text, "ปีที่ผ่านมา"));
  if (strstr (item->period_text_th, "ปีที่ประเมิน") != NULL)
    g_assert_nonnull (strstr (text, assessed));
  if (strstr (item->period_text_th, "ปีที่ผ่านมา") != NULL)
    g_assert_nonnull (strstr (text, previous));
  /* Thai digits throughout */
  g_assert_null (strpbrk (thai, "0123456789"));
}

static void
test_every_edition (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) editions = ita_catalogue_list (&error);
  guint n_rules[ITA_PERIOD_UNKNOWN + 1] = { 0 };
  guint n_published = 0;
  guint n_editions = 0;

  g_assert_no_error (error);
  for (guint e = 0; e < editions->len; e++)
    {
      ItaFramework *fw = g_ptr_array_index (editions, e);
      int fy = ita_framework_get_fiscal_year (fw);
      guint n_oit = 0;

      if (fy < 2562 || fy > 2569)
        continue;
      n_editions++;
      for (guint i = 0; i < ita_framework_get_n_items (fw); i++)
        {
          const ItaItemDef *item = ita_framework_get_item (fw, i);

          if (item->tool != ITA_TOOL_OIT)
            continue;
          n_oit++;
          g_assert_cmpuint (item->period, <=, ITA_PERIOD_UNKNOWN);
          n_rules[item->period]++;
          for (int lang = 0; lang < 2; lang++)
            {
              g_autofree char *want = expected (item->period, fy, lang);
              g_autofree char *got = ita_period_describe (item, fy, lang, FALSE);
              g_autofree char *got_digits = ita_period_describe (item, fy, lang, TRUE);

              g_assert_cmpstr (got, ==, want);
              g_assert_null (strpbrk (got_digits, "0123456789"));
            }
          if (item->period_text_th != NULL)
            n_published++;
          check_published (item, fy);
        }
      g_test_message ("%s: %u OIT items", ita_framework_get_id (fw), n_oit);
      if (fy == 2562)
        g_assert_cmpuint (n_oit, ==, 48);
      else if (fy == 2568)
        g_assert_cmpuint (n_oit, ==, 28);
    }
  g_assert_cmpuint (n_editions, ==, 8);
  /* every rule occurs in the shipped editions, and so do descriptors */
  for (guint r = 0; r <= ITA_PERIOD_UNKNOWN; r++)
    g_assert_cmpuint (n_rules[r], >, 0);
  g_assert_cmpuint (n_published, >, 30);
}

/* The texts of the issue, FY 2568, exactly. */
static void
test_fy_2568 (void)
{
  g_autofree char *current = ita_period_describe_rule (ITA_PERIOD_CURRENT_FY, 2568, TRUE, FALSE);
  g_autofree char *previous = ita_period_describe_rule (ITA_PERIOD_PREVIOUS_FY, 2568, TRUE, FALSE);
  g_autofree char *half = ita_period_describe_rule (ITA_PERIOD_CURRENT_FY_FIRST_HALF, 2568, TRUE, FALSE);
  g_autofree char *half_digits = ita_period_describe_rule (ITA_PERIOD_CURRENT_FY_FIRST_HALF, 2568,
                                                           TRUE, TRUE);
  g_autofree char *half_en = ita_period_describe_rule (ITA_PERIOD_CURRENT_FY_FIRST_HALF, 2568,
                                                       FALSE, FALSE);

  g_assert_cmpstr (current, ==, "ข้อมูลปีงบประมาณ พ.ศ. 2568");
  g_assert_cmpstr (previous, ==, "รายงานของปี พ.ศ. 2567");
  g_assert_cmpstr (half, ==, "6 เดือนแรก: ต.ค. 2567 – มี.ค. 2568");
  g_assert_cmpstr (half_digits, ==, "๖ เดือนแรก: ต.ค. ๒๕๖๗ – มี.ค. ๒๕๖๘");
  g_assert_cmpstr (half_en, ==, "First 6 months: Oct 2024 – Mar 2025");
}

/* The project's year counts, not the edition's: a FY 2570 project on
 * ita-2569 (provisional) asks for 2570 data. */
static void
test_project_year (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) fw = ita_catalogue_lookup ("ita-2569", &error);
  const ItaItemDef *o23;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  o23 = ita_framework_lookup_item (fw, "o23");
  g_assert_cmpint (o23->period, ==, ITA_PERIOD_CURRENT_FY);
  text = ita_period_describe (o23, 2570, TRUE, FALSE);
  g_assert_cmpstr (text, ==, "ข้อมูลปีงบประมาณ พ.ศ. 2570");
}

/* A published descriptor of 2564 with both years filled in. */
static void
test_published_2564 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) fw = ita_catalogue_lookup ("ita-2564", &error);
  g_autofree char *o11 = NULL;
  g_autofree char *o12 = NULL;

  g_assert_no_error (error);
  o11 = ita_period_published (ita_framework_lookup_item (fw, "o11"), 2564, FALSE);
  o12 = ita_period_published (ita_framework_lookup_item (fw, "o12"), 2564, FALSE);
  g_assert_cmpstr (o11, ==, "เป็นข้อมูลในระยะเวลา 6 เดือนแรกของปี พ.ศ. 2564");
  g_assert_cmpstr (o12, ==, "เป็นรายงานผลของปี พ.ศ. 2563");
}

static void
check_range (ItaPeriodRule rule,
             int           fy,
             const char   *first_iso,
             const char   *last_iso)
{
  GDate first, last;
  char a[16] = "", b[16] = "";
  gboolean has = ita_period_get_range (rule, fy, &first, &last);

  g_assert_cmpint (has, ==, first_iso != NULL);
  if (!has)
    {
      g_assert_false (g_date_valid (&first));
      g_assert_false (g_date_valid (&last));
      return;
    }
  g_date_strftime (a, sizeof a, "%Y-%m-%d", &first);
  g_date_strftime (b, sizeof b, "%Y-%m-%d", &last);
  g_assert_cmpstr (a, ==, first_iso);
  g_assert_cmpstr (b, ==, last_iso);
}

static void
test_ranges (void)
{
  check_range (ITA_PERIOD_CURRENT_FY, 2568, "2024-10-01", "2025-09-30");
  check_range (ITA_PERIOD_PREVIOUS_FY, 2568, "2023-10-01", "2024-09-30");
  check_range (ITA_PERIOD_CURRENT_FY_FIRST_HALF, 2568, "2024-10-01", "2025-03-31");
  /* a leap year does not move the end of March */
  check_range (ITA_PERIOD_CURRENT_FY_FIRST_HALF, 2567, "2023-10-01", "2024-03-31");
  check_range (ITA_PERIOD_NONE, 2568, NULL, NULL);
  check_range (ITA_PERIOD_CHANNEL, 2568, NULL, NULL);
  check_range (ITA_PERIOD_UNKNOWN, 2568, NULL, NULL);
  g_assert_cmpstr (ita_period_rule_to_string (ITA_PERIOD_CURRENT_FY_FIRST_HALF), ==,
                   "current_fy_first_half");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/period/every-edition", test_every_edition);
  g_test_add_func ("/core/period/fy-2568", test_fy_2568);
  g_test_add_func ("/core/period/project-year", test_project_year);
  g_test_add_func ("/core/period/published-2564", test_published_2564);
  g_test_add_func ("/core/period/ranges", test_ranges);
  return g_test_run ();
}
