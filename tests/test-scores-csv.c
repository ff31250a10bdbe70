/* test-scores-csv.c: scores, codes as officers type them, and the CSV */
#include "ita-scores.h"

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
parse (ItaFramework  *fw,
       const char    *csv,
       GError       **error)
{
  return ita_scores_parse_csv (fw, csv, strlen (csv), error);
}

static void
test_scores_object (void)
{
  g_autoptr(ItaScores) s = ita_scores_new ();
  g_autoptr(ItaScores) copy = NULL;
  g_auto(GStrv) keys = NULL;

  ita_scores_set (s, "o12", 0);
  ita_scores_set (s, "IIT", 9987);
  ita_scores_set (s, "ind:9", 3800);
  g_assert_true (ita_scores_contains (s, "o12"));
  g_assert_cmpint (ita_scores_get (s, "o12"), ==, 0);
  g_assert_cmpint (ita_scores_get (s, "o13"), ==, ITA_CENTI_NONE);
  g_assert_cmpuint (ita_scores_size (s), ==, 3);

  copy = ita_scores_copy (s);
  ita_scores_set (s, "o12", ITA_CENTI_NONE);
  g_assert_false (ita_scores_contains (s, "o12"));
  g_assert_cmpint (ita_scores_get (copy, "o12"), ==, 0);

  keys = ita_scores_get_keys (copy);
  g_assert_cmpuint (g_strv_length (keys), ==, 3);
  g_assert_cmpstr (keys[0], ==, "IIT");
  g_assert_cmpstr (keys[1], ==, "ind:9");
  g_assert_cmpstr (keys[2], ==, "o12");
}

static void
test_normalize (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(ItaFramework) fw2562 = edition ("ita-2562");
  const struct { ItaFramework *fw; const char *in, *out; } ok[] = {
    { fw, "o12", "o12" }, { fw, "O12", "o12" }, { fw, "๐๑๒", "o12" }, { fw, "๐๑", "o1" },
    { fw, "o๑๒", "o12" }, { fw, "o012", "o12" }, { fw, " i๑ ", "i1" }, { fw, "E9", "e9" },
    { fw, "ind:๙", "ind:9" }, { fw, "IND:10", "ind:10" }, { fw, "eit1", "EIT1" },
    { fw, "Eit2", "EIT2" }, { fw, "iit", "IIT" }, { fw, "total", "TOTAL" }, { fw, "OIT", "OIT" },
    { fw2562, "sub:9.1", "sub:9.1" }, { fw2562, "sub:๑๐.๒", "sub:10.2" }, { fw2562, "o48", "o48" },
  };
  const struct { ItaFramework *fw; const char *in, *message; } bad[] = {
    { fw, "o29", "ita-2568 has no item “o29”" },
    { fw, "๐๒๙", "ita-2568 has no item “o29”" },
    { fw, "ind:11", "“ind:11” is not an indicator" },
    { fw, "ind:x", "is not an indicator" },
    { fw, "sub:9.1", "ita-2568 has no sub-indicator “9.1”" },
    { fw2562, "EIT1", "“EIT1” is not a code of ita-2562" },
    { fw, "", "the code is empty" },
    { fw, "x12", "“x12” is not a code of ita-2568" },
    { fw, "12", "“12” is not a code" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *key = ita_scores_normalize_key (ok[i].fw, ok[i].in, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (key, ==, ok[i].out);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *key = ita_scores_normalize_key (bad[i].fw, bad[i].in, &error);

      g_assert_null (key);
      g_assert_error (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_UNKNOWN_CODE);
      g_assert_nonnull (strstr (error->message, bad[i].message));
    }
}

static void
test_check_value (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(ItaFramework) fw2562 = edition ("ita-2562");
  g_autoptr(GError) error = NULL;

  g_assert_true (ita_scores_check_value (fw, "o12", 5000, NULL));
  g_assert_true (ita_scores_check_value (fw, "i1", 9933, NULL));
  g_assert_true (ita_scores_check_value (fw, "ind:9", 3800, NULL));
  g_assert_false (ita_scores_check_value (fw, "o12", 7500, &error));
  g_assert_error (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_BAD_VALUE);
  g_assert_cmpstr (error->message, ==, "o12 is scored 0, 50 or 100 in ita-2568, not 75");
  g_clear_error (&error);
  g_assert_false (ita_scores_check_value (fw2562, "o1", 5000, &error));
  g_assert_cmpstr (error->message, ==, "o1 is scored 0 or 100 in ita-2562, not 50");
  g_clear_error (&error);
  g_assert_false (ita_scores_check_value (fw, "IIT", 10001, &error));
  g_assert_error (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_BAD_VALUE);
}

static void
test_csv_good (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(GError) error = NULL;
  /* BOM, CRLF, header, comment, blank line, tab separator, quotes,
   * Thai digits, Thai-zero codes, an empty trailing column, an unscored row */
  const char *csv =
    "\xEF\xBB\xBF" "code,score\r\n"
    "# from the ITAS report\r\n"
    "\r\n"
    "i1,99.33\r\n"
    "\"i2\",\"๑๐๐\"\r\n"
    "๐๑๒\t๕๐\r\n"
    "o13,0,,\r\n"
    "o14,\r\n"
    "ind:๙,๓๘.๐๐\r\n"
    "eit1,100\r\n"
    "TOTAL,83.03";
  g_autoptr(ItaScores) s = parse (fw, csv, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (ita_scores_size (s), ==, 7);
  g_assert_cmpint (ita_scores_get (s, "i1"), ==, 9933);
  g_assert_cmpint (ita_scores_get (s, "i2"), ==, 10000);
  g_assert_cmpint (ita_scores_get (s, "o12"), ==, 5000);
  g_assert_cmpint (ita_scores_get (s, "o13"), ==, 0);
  g_assert_false (ita_scores_contains (s, "o14"));
  g_assert_cmpint (ita_scores_get (s, "ind:9"), ==, 3800);
  g_assert_cmpint (ita_scores_get (s, "EIT1"), ==, 10000);
  g_assert_cmpint (ita_scores_get (s, "TOTAL"), ==, 8303);
}

static void
test_csv_empty (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaScores) a = parse (fw, "", &error);
  g_autoptr(ItaScores) b = parse (fw, "code,score\n", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (ita_scores_size (a), ==, 0);
  g_assert_cmpuint (ita_scores_size (b), ==, 0);
}

static void
test_csv_bad_rows (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(GError) error = NULL;
  const char *csv =
    "code,score\n"          /* 1 */
    "i1,99.33\n"            /* 2: good */
    "o12\n"                 /* 3: one column */
    "o13,0,100\n"           /* 4: three columns */
    "o99,100\n"             /* 5: unknown item */
    "ind:11,50\n"           /* 6: unknown indicator */
    "sub:9.1,50\n"          /* 7: no sub-indicators in 2568 */
    "i2,abc\n"              /* 8: not a number */
    "i3,99.333\n"           /* 9: three decimals */
    "i4,101\n"              /* 10: out of range */
    "o1,75\n"               /* 11: not on the 0/50/100 scale */
    "o12,0\n"               /* 12: good */
    "๐๑๒,100\n"             /* 13: duplicate of line 12 */
    "i5,\xff\xfe\n"         /* 14: not UTF-8 */
    ",100\n"                /* 15: empty code */
    "i6,-5\n";              /* 16: negative */
  g_autoptr(ItaScores) s = parse (fw, csv, &error);
  g_auto(GStrv) lines = NULL;
  const char *expected[] = {
    "line 3: expected two columns, a code and a score, but found 1",
    "line 4: expected two columns, a code and a score, but found 3",
    "line 5: ita-2568 has no item “o99”",
    "line 6: “ind:11” is not an indicator",
    "line 7: ita-2568 has no sub-indicator “9.1”",
    "line 8: i2: “abc” is not a number",
    "line 9: i3: “99.333” has more than two decimals",
    "line 10: i4: “101” is out of range",
    "line 11: o1: o1 is scored 0, 50 or 100 in ita-2568, not 75",
    "line 13: o12 is already given on line 12",
    "line 14: the line is not UTF-8 text",
    "line 15: the code is empty",
    "line 16: i6: “-5” is out of range",
  };

  g_assert_null (s);   /* nothing is applied */
  g_assert_error (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_BAD_ROWS);
  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_test_message ("%s", lines[i]);
      g_assert_true (g_str_has_prefix (lines[i], expected[i]));
    }
}

static void
test_csv_header_only_first (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaScores) s = parse (fw, "i1,100\ncode,score\n", &error);

  g_assert_null (s);
  g_assert_error (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_BAD_ROWS);
  g_assert_true (g_str_has_prefix (error->message, "line 2: "));
}


static ItaScores *
parse_file (ItaFramework *fw,
            const char   *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  ItaScores *scores;
  gsize length;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  scores = ita_scores_parse_csv (fw, data, length, &error);
  g_assert_no_error (error);
  return scores;
}

static void
assert_same_scores (ItaScores *a,
                    ItaScores *b)
{
  g_auto(GStrv) ka = ita_scores_get_keys (a);
  g_auto(GStrv) kb = ita_scores_get_keys (b);

  g_assert_cmpuint (g_strv_length (ka), ==, g_strv_length (kb));
  for (guint i = 0; ka[i] != NULL; i++)
    {
      g_assert_cmpstr (ka[i], ==, kb[i]);
      g_assert_cmpint (ita_scores_get (a, ka[i]), ==, ita_scores_get (b, kb[i]));
    }
}

/* The labels the results and the agency's documents print. */
static void
test_normalize_labels (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(ItaFramework) fw2562 = edition ("ita-2562");
  const struct { ItaFramework *fw; const char *in, *out; } ok[] = {
    { fw, "EIT ส่วนที่ 1", "EIT1" }, { fw, "EIT ส่วนที่ ๒", "EIT2" }, { fw, "eit ส่วนที่2", "EIT2" },
    { fw, "EIT part 2", "EIT2" }, { fw, "๒.EIT ส่วนที่ ๑", "EIT1" },
    { fw, "ตัวชี้วัดที่ 9", "ind:9" }, { fw, "ตัวชี้วัดที่ ๑๐", "ind:10" },
    { fw, "ตัวชี้วัดที่ ๙. การเปิดเผยข้อมูล", "ind:9" }, { fw, "ตัวชี้วัดที่ 9 การเปิดเผย ข้อมูล", "ind:9" },
    { fw, "๖. คุณภาพการดำเนินงาน", "ind:6" }, { fw, "Indicator 7", "ind:7" },
    { fw, "คะแนนรวม", "TOTAL" }, { fw, "คะแนนเฉลี่ย", "TOTAL" },
    { fw, "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", "IIT" },
    { fw, "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT)", "OIT" },
    { fw, "๐๑ โครงสร้างและอำนาจหน้าที่", "o1" }, { fw, "i๑ การปฏิบัติงานหรือให้บริการ", "i1" },
    { fw2562, "ตัวชี้วัดย่อยที่ ๙.๑", "sub:9.1" }, { fw2562, "ตัวชี้วัดย่อยที่ 10.2 มาตรการภายใน", "sub:10.2" },
  };
  const struct { const char *in, *message; } bad[] = {
    { "ตัวชี้วัดที่ 9 การปรับปรุงระบบการทำงาน", "“ตัวชี้วัดที่ 9 การปรับปรุงระบบการทำงาน” names indicator 9, but indicator 9 of ita-2568 is “การเปิดเผยข้อมูล”; check the number" },
    { "ตัวชี้วัดที่ 11", "“ตัวชี้วัดที่ 11” is not an indicator: indicators are numbered 1 to 10" },
    { "EIT ส่วนที่ 3", NULL },
    { "ตัวชี้วัดย่อยที่ 9.1", "ita-2568 has no sub-indicator “ตัวชี้วัดย่อยที่ 9.1”" },
    { "๐๙๙ ไม่มีข้อนี้", "ita-2568 has no item “o99”" },
    { "๑. การปฏิบัติหน้าที่ IIT", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *key = ita_scores_normalize_key (ok[i].fw, ok[i].in, &error);

      g_test_message ("%s", ok[i].in);
      g_assert_no_error (error);
      g_assert_cmpstr (key, ==, ok[i].out);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *key = ita_scores_normalize_key (fw, bad[i].in, &error);

      g_test_message ("%s", bad[i].in);
      g_assert_null (key);
      g_assert_error (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_UNKNOWN_CODE);
      if (bad[i].message != NULL)
        g_assert_cmpstr (error->message, ==, bad[i].message);
    }
}

/* seed 001 as its tables print it (labels, tabs, Thai digits, the rating)
 * gives the same figures as the plain codes */
static void
test_csv_printed (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(ItaScores) plain = parse_file (fw, "seed-001-2568.csv");
  g_autoptr(ItaScores) printed = parse_file (fw, "seed-001-2568-printed.csv");

  assert_same_scores (plain, printed);
  g_assert_null (ita_scores_get_grade (plain));
  g_assert_cmpstr (ita_scores_get_grade (printed), ==, "improve");
}

/* A CSV saved by Thai Excel in Windows-874 (TIS-620) is converted. */
static void
test_csv_windows_874 (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(ItaScores) plain = parse_file (fw, "seed-001-2568.csv");
  g_autoptr(ItaScores) cp874 = parse_file (fw, "seed-001-2568-cp874.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaScores) bad = NULL;
  /* "ตัวชี้วัดที่ ๙,๑๐๑" in Windows-874: a bad row is reported like any other */
  const char bad_cp874[] = "\xb5\xd1\xc7\xaa\xd5\xe9\xc7\xd1\xb4\xb7\xd5\xe8 \xf9,\xf1\xf0\xf1\r\n";

  assert_same_scores (plain, cp874);
  g_assert_cmpstr (ita_scores_get_grade (cp874), ==, "improve");

  bad = ita_scores_parse_csv (fw, bad_cp874, sizeof bad_cp874 - 1, &error);
  g_assert_null (bad);
  g_assert_error (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_BAD_ROWS);
  g_assert_true (g_str_has_prefix (error->message, "line 1: ind:9: “๑๐๑” is out of range"));
}

static void
test_csv_grade (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(ItaFramework) fw2562 = edition ("ita-2562");
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error2 = NULL;
  g_autoptr(GError) error3 = NULL;
  g_autoptr(ItaScores) a = parse (fw, "grade,ผ่านดี\nTOTAL,90\n", &error);
  g_autoptr(ItaScores) b = parse (fw, "grade,excellent\ngrade,pass\n", &error2);
  g_autoptr(ItaScores) c = parse (fw2562, "Grade,ผ่าน\n", &error3);
  g_autoptr(ItaScores) d = NULL;
  g_autoptr(ItaScores) copy = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (ita_scores_get_grade (a), ==, "good");
  g_assert_cmpuint (ita_scores_size (a), ==, 1);     /* the grade is not a score key */
  copy = ita_scores_copy (a);
  g_assert_cmpstr (ita_scores_get_grade (copy), ==, "good");

  g_assert_null (b);
  g_assert_true (strstr (error2->message, "line 2: the grade is already given on line 1") != NULL);

  /* 2562 grades are letters */
  g_assert_null (c);
  g_assert_cmpstr (error3->message, ==, "line 1: “ผ่าน” is not a grade of ita-2562: write one of AA, A, B, C, D, E, F (or AA, A, B, C, D, E, F)");
  d = parse (fw2562, "grade,b\n", NULL);
  g_assert_cmpstr (ita_scores_get_grade (d), ==, "B");
  g_assert_true (ita_scores_is_grade_code ("ระดับผลการประเมิน"));
  g_assert_false (ita_scores_is_grade_code ("TOTAL"));
}

/* Many bad rows (a million printed 149 MB; 50,000 are enough to see it):
 * every row is looked at (linear), twenty are told one by one and the rest
 * counted, so the message stays short; a field as long as a book is not
 * repeated back. */
static void
test_csv_hostile (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2568");
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaScores) s = NULL;
  GString *csv = g_string_new ("code,score\n");
  g_autofree char *huge = g_strnfill (1024 * 1024, 'x');

  for (guint i = 0; i < 50000; i++)
    g_string_append (csv, "o99,100\n");
  s = ita_scores_parse_csv (fw, csv->str, csv->len, &error);
  g_assert_null (s);
  g_assert_error (error, ITA_SCORES_ERROR, ITA_SCORES_ERROR_BAD_ROWS);
  g_assert_cmpuint (strlen (error->message), <, 4096);
  g_assert_nonnull (strstr (error->message, "line 2:"));
  g_assert_nonnull (strstr (error->message, "50000"));
  g_test_message ("%s", error->message + strlen (error->message) - 120);
  g_clear_error (&error);

  g_string_assign (csv, "code,score\n");
  g_string_append (csv, huge);
  g_string_append (csv, ",100\n");
  s = ita_scores_parse_csv (fw, csv->str, csv->len, &error);
  g_assert_null (s);
  g_assert_cmpuint (strlen (error->message), <, 1024);
  g_test_message ("%s", error->message);
  g_string_free (csv, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/scores/object", test_scores_object);
  g_test_add_func ("/core/scores/normalize", test_normalize);
  g_test_add_func ("/core/scores/check-value", test_check_value);
  g_test_add_func ("/core/scores/csv/good", test_csv_good);
  g_test_add_func ("/core/scores/csv/empty", test_csv_empty);
  g_test_add_func ("/core/scores/csv/bad-rows", test_csv_bad_rows);
  g_test_add_func ("/core/scores/csv/header-only-first", test_csv_header_only_first);
  g_test_add_func ("/core/scores/normalize-labels", test_normalize_labels);
  g_test_add_func ("/core/scores/csv/printed", test_csv_printed);
  g_test_add_func ("/core/scores/csv/windows-874", test_csv_windows_874);
  g_test_add_func ("/core/scores/csv/grade", test_csv_grade);
  g_test_add_func ("/core/scores/csv/hostile", test_csv_hostile);

  return g_test_run ();
}
