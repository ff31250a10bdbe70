/* test-thai.c: Thai digits, fiscal years and Thai dates */
#include "ita-thai.h"

#include <gio/gio.h>

static void
test_digits (void)
{
  g_autofree char *a = ita_thai_digits_to_ascii ("ผลคะแนน ๘๓.๐๓ และ 99.87 ข้อ ๐๑๒");
  g_autofree char *b = ita_thai_digits_from_ascii ("83.03 (2568)");
  g_autofree char *c = ita_thai_digits_to_ascii ("");

  g_assert_cmpstr (a, ==, "ผลคะแนน 83.03 และ 99.87 ข้อ 012");
  g_assert_cmpstr (b, ==, "๘๓.๐๓ (๒๕๖๘)");
  g_assert_cmpstr (c, ==, "");
}

static void
test_fiscal_year (void)
{
  GDate first, last, d;

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  ita_fiscal_year_range (2568, &first, &last);
  /* FY 2568 = 1 Oct 2567 – 30 Sep 2568 BE = 1 Oct 2024 – 30 Sep 2025 CE */
  g_assert_cmpint (g_date_get_year (&first), ==, 2024);
  g_assert_cmpint (g_date_get_month (&first), ==, 10);
  g_assert_cmpint (g_date_get_day (&first), ==, 1);
  g_assert_cmpint (g_date_get_year (&last), ==, 2025);
  g_assert_cmpint (g_date_get_month (&last), ==, 9);
  g_assert_cmpint (g_date_get_day (&last), ==, 30);

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, 30, 9, 2025);
  g_assert_cmpint (ita_fiscal_year_of_date (&d), ==, 2568);
  g_date_set_dmy (&d, 1, 10, 2025);
  g_assert_cmpint (ita_fiscal_year_of_date (&d), ==, 2569);
  g_date_set_dmy (&d, 1, 1, 2025);
  g_assert_cmpint (ita_fiscal_year_of_date (&d), ==, 2568);
}

static void
test_months (void)
{
  g_assert_cmpstr (ita_thai_month_name (10), ==, "ตุลาคม");
  g_assert_cmpstr (ita_thai_month_abbrev (10), ==, "ต.ค.");
  g_assert_cmpstr (ita_thai_month_name (1), ==, "มกราคม");
  g_assert_cmpstr (ita_thai_month_abbrev (12), ==, "ธ.ค.");
}

static void
test_format_date (void)
{
  GDate d;
  g_autofree char *full = NULL;
  g_autofree char *abbr = NULL;
  g_autofree char *thai = NULL;
  g_autofree char *en = NULL;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, 1, 10, 2024);
  full = ita_thai_format_date (&d, FALSE, FALSE);
  abbr = ita_thai_format_date (&d, TRUE, FALSE);
  thai = ita_thai_format_date (&d, FALSE, TRUE);
  en = ita_format_date_en (&d, TRUE);
  g_assert_cmpstr (full, ==, "1 ตุลาคม 2567");
  g_assert_cmpstr (abbr, ==, "1 ต.ค. 67");
  g_assert_cmpstr (thai, ==, "๑ ตุลาคม ๒๕๖๗");
  g_assert_cmpstr (en, ==, "1 Oct 2024");
}

static void
assert_parses (const char *text,
               int         day,
               int         month,
               int         year_ce)
{
  g_autoptr(GError) error = NULL;
  GDate d;

  g_date_clear (&d, 1);
  g_assert_true (ita_thai_parse_date (text, &d, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_date_get_day (&d), ==, day);
  g_assert_cmpint (g_date_get_month (&d), ==, month);
  g_assert_cmpint (g_date_get_year (&d), ==, year_ce);
}

static void
test_parse_date (void)
{
  const char *bad[] = { "", "31/2/2568", "1 ตค 2567x", "2567-13-01", "hello", "1/10", "32 ต.ค. 2567" };

  assert_parses ("2024-10-01", 1, 10, 2024);
  assert_parses ("2567-10-01", 1, 10, 2024);
  assert_parses ("1/10/2567", 1, 10, 2024);
  assert_parses ("๑/๑๐/๒๕๖๗", 1, 10, 2024);
  assert_parses ("1 ต.ค. 2567", 1, 10, 2024);
  assert_parses ("1 ต.ค.2567", 1, 10, 2024);
  assert_parses ("1 ตค 2567", 1, 10, 2024);
  assert_parses ("30 กันยายน 2568", 30, 9, 2025);
  assert_parses ("๓๐ ก.ย. ๖๘", 30, 9, 2025);
  assert_parses ("29 ก.พ. 2567", 29, 2, 2024);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate d;

      g_date_clear (&d, 1);
      g_assert_false (ita_thai_parse_date (bad[i], &d, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    }
}

static void
test_baht (void)
{
  static const struct {
    gint64      satang;
    const char *ascii;
    const char *thai;
  } amounts[] = {
    { 0, "0.00", "๐.๐๐" },
    { 5, "0.05", "๐.๐๕" },
    { 99999, "999.99", "๙๙๙.๙๙" },
    { 100000, "1,000.00", "๑,๐๐๐.๐๐" },
    { 2500000, "25,000.00", "๒๕,๐๐๐.๐๐" },
    { 125000000, "1,250,000.00", "๑,๒๕๐,๐๐๐.๐๐" },
    { 12345678901, "123,456,789.01", "๑๒๓,๔๕๖,๗๘๙.๐๑" },
  };
  static const struct {
    const char *text;
    gint64      satang;
  } typed[] = {
    { "1250000", 125000000 }, { "1,250,000.00", 125000000 }, { " ๑,๒๕๐,๐๐๐ บาท ", 125000000 },
    { "25000.5", 2500050 }, { "0.05", 5 }, { "1,000 baht", 100000 }, { "๑๕๐๐๐.๐๐บาท", 1500000 },
  };
  const char *bad[] = { "", "บาท", "1,25,000", "12,3456", ",100", "100,", "1.234", "1.", "-5",
                        "สองหมื่น", "1 000", "10000000000000", "1e5" };
  g_autofree char *th = ita_format_baht (125000000, ITA_LANGUAGE_THAI, FALSE);
  g_autofree char *en = ita_format_baht (125000000, ITA_LANGUAGE_ENGLISH, FALSE);
  g_autofree char *th_digits = ita_format_baht (2500000, ITA_LANGUAGE_THAI, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      g_autofree char *a = ita_format_amount (amounts[i].satang, FALSE);
      g_autofree char *t = ita_format_amount (amounts[i].satang, TRUE);
      g_autoptr(GError) error = NULL;
      gint64 back = -1;

      g_assert_cmpstr (a, ==, amounts[i].ascii);
      g_assert_cmpstr (t, ==, amounts[i].thai);
      /* what is shown can be typed back */
      g_assert_true (ita_parse_baht (t, &back, &error));
      g_assert_no_error (error);
      g_assert_cmpint (back, ==, amounts[i].satang);
    }
  g_assert_cmpstr (th, ==, "1,250,000.00 บาท");
  g_assert_cmpstr (en, ==, "1,250,000.00 baht");
  g_assert_cmpstr (th_digits, ==, "๒๕,๐๐๐.๐๐ บาท");

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 v = -1;

      g_assert_true (ita_parse_baht (typed[i].text, &v, &error));
      g_assert_no_error (error);
      g_assert_cmpint (v, ==, typed[i].satang);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 v = -1;

      g_assert_false (ita_parse_baht (bad[i], &v, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_cmpint (v, ==, -1);
    }
}

static void
test_language (void)
{
  ItaLanguage l = ITA_LANGUAGE_INTERFACE;

  g_assert_true (ita_language_is_thai (ITA_LANGUAGE_THAI));
  g_assert_false (ita_language_is_thai (ITA_LANGUAGE_ENGLISH));
  /* no Thai catalogue is bound in this test: the interface is English */
  g_assert_false (ita_language_is_thai (ITA_LANGUAGE_INTERFACE));
  g_assert_true (ita_language_from_string ("th", &l));
  g_assert_cmpint (l, ==, ITA_LANGUAGE_THAI);
  g_assert_true (ita_language_from_string ("en", &l));
  g_assert_cmpint (l, ==, ITA_LANGUAGE_ENGLISH);
  g_assert_false (ita_language_from_string ("de", &l));
  g_assert_cmpint (l, ==, ITA_LANGUAGE_ENGLISH);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/thai/digits", test_digits);
  g_test_add_func ("/core/thai/fiscal-year", test_fiscal_year);
  g_test_add_func ("/core/thai/months", test_months);
  g_test_add_func ("/core/thai/format-date", test_format_date);
  g_test_add_func ("/core/thai/parse-date", test_parse_date);
  g_test_add_func ("/core/thai/baht", test_baht);
  g_test_add_func ("/core/thai/language", test_language);

  return g_test_run ();
}
