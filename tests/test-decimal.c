/* test-decimal.c: exact two-decimal arithmetic */
#include <locale.h>
#include "ita-decimal.h"

static void
test_mean_exact (void)
{
  /* binary floating point gives 99.66 for (99.33 + 100) / 2 */
  ItaCenti a[] = { 9933, 10000 };
  ItaCenti b[] = { 6667, 10000, 7143, 10000, 8000 };

  g_assert_cmpint (ita_decimal_mean (a, 2), ==, 9967);
  /* OIT indicator 9 of seed 000 from its sub-indicators: 83.62 */
  g_assert_cmpint (ita_decimal_mean (b, 5), ==, 8362);
}

static void
test_div_round_half_up (void)
{
  g_assert_cmpint (ita_decimal_div_round (5, 10), ==, 1);
  g_assert_cmpint (ita_decimal_div_round (4, 10), ==, 0);
  g_assert_cmpint (ita_decimal_div_round (15, 2), ==, 8);
  g_assert_cmpint (ita_decimal_div_round (-15, 2), ==, -8);
  g_assert_cmpint (ita_decimal_div_round (2, 3), ==, 1);
  g_assert_cmpint (ita_decimal_div_round (1, 3), ==, 0);
}

static void
test_parse (void)
{
  ItaCenti v = 0;
  g_autoptr(GError) error = NULL;
  struct { const char *in; ItaCenti out; } ok[] = {
    { "99.33", 9933 }, { "100", 10000 }, { " 0 ", 0 }, { "85.5", 8550 },
    { "๙๙.๓๓", 9933 }, { "๑๐๐", 10000 }, { "84.99", 8499 }, { ".5", 50 },
    { "85.00", 8500 }, { "85.000", 8500 }, { "7.", 700 },
  };
  struct { const char *in; int code; } bad[] = {
    { "", ITA_DECIMAL_ERROR_EMPTY }, { "   ", ITA_DECIMAL_ERROR_EMPTY },
    { "abc", ITA_DECIMAL_ERROR_NOT_A_NUMBER }, { "9x", ITA_DECIMAL_ERROR_NOT_A_NUMBER },
    { "99.333", ITA_DECIMAL_ERROR_TOO_MANY_DECIMALS },
    { "100.01", ITA_DECIMAL_ERROR_OUT_OF_RANGE }, { "-1", ITA_DECIMAL_ERROR_OUT_OF_RANGE },
    { "1e2", ITA_DECIMAL_ERROR_NOT_A_NUMBER }, { ".", ITA_DECIMAL_ERROR_NOT_A_NUMBER },
    { "99999999999999999999", ITA_DECIMAL_ERROR_OUT_OF_RANGE },
    { "1,5", ITA_DECIMAL_ERROR_NOT_A_NUMBER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      g_assert_true (ita_decimal_parse (ok[i].in, 0, ITA_CENTI_MAX, &v, &error));
      g_assert_no_error (error);
      g_assert_cmpint (v, ==, ok[i].out);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      v = 4242;
      g_assert_false (ita_decimal_parse (bad[i].in, 0, ITA_CENTI_MAX, &v, &error));
      g_assert_error (error, ITA_DECIMAL_ERROR, bad[i].code);
      g_assert_cmpint (v, ==, 4242);
      g_clear_error (&error);
    }
}

static void
test_format (void)
{
  g_autofree char *a = ita_decimal_format (9967, FALSE);
  g_autofree char *b = ita_decimal_format (10000, TRUE);
  g_autofree char *c = ita_decimal_format_short (10000, FALSE);
  g_autofree char *d = ita_decimal_format (5, FALSE);
  g_autofree char *e = ita_decimal_format_short (8550, TRUE);

  g_assert_cmpstr (a, ==, "99.67");
  g_assert_cmpstr (b, ==, "๑๐๐.๐๐");
  g_assert_cmpstr (c, ==, "100");
  g_assert_cmpstr (d, ==, "0.05");
  g_assert_cmpstr (e, ==, "๘๕.๕๐");
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/core/decimal/mean-exact", test_mean_exact);
  g_test_add_func ("/core/decimal/div-round-half-up", test_div_round_half_up);
  g_test_add_func ("/core/decimal/parse", test_parse);
  g_test_add_func ("/core/decimal/format", test_format);
  return g_test_run ();
}
