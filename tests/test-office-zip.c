/* test-office-zip.c: the pieces of the office files — the ZIP writer, the
 * XML writer, typed tables and their CSV, column widths of Thai text */
#include <glib/gstdio.h>
#include <string.h>

#include "ita-office.h"
#include "ita-xml-writer.h"
#include "ita-zip-writer.h"
#include "office-test-util.h"

/* The test's own folder (G_TEST_OPTION_ISOLATE_DIRS). */
static const char *
test_dir (void)
{
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  return g_get_user_cache_dir ();
}

static char *
temp_path (const char *name)
{
  return g_build_filename (test_dir (), name, NULL);
}

static void
write_bytes (const char *path,
             GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
}

/* Another ZIP reader (Python's) reads back every entry, stored or
 * deflated, with Thai names and contents. */
static void
test_zip_round_trip (void)
{
  g_autoptr(ItaZipWriter) zip = ita_zip_writer_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonObject) check = NULL;
  g_autofree char *path = temp_path ("round-trip.zip");
  g_autoptr(GString) big = g_string_new (NULL);
  JsonObject *entries, *methods;

  for (int i = 0; i < 2000; i++)
    g_string_append (big, "<row>ผลการประเมินคุณธรรมและความโปร่งใส 99.33</row>\n");
  g_assert_true (ita_zip_writer_add (zip, "[Content_Types].xml", "<Types/>", 8, ITA_ZIP_DEFLATE, &error));
  g_assert_true (ita_zip_writer_add (zip, "ppt/slides/slide1.xml", big->str, big->len, ITA_ZIP_DEFLATE, &error));
  g_assert_true (ita_zip_writer_add (zip, "media/รูป.png", "\x89PNG\r\n\x1a\n", 8, ITA_ZIP_STORE, &error));
  g_assert_true (ita_zip_writer_add (zip, "empty.txt", "", 0, ITA_ZIP_DEFLATE, &error));
  g_assert_no_error (error);
  bytes = ita_zip_writer_finish (zip, &error);
  g_assert_no_error (error);
  /* deflate did something */
  g_assert_cmpuint (g_bytes_get_size (bytes), <, big->len / 4);
  write_bytes (path, bytes);

  check = office_check (path, TRUE);
  office_assert_sound (check);
  entries = json_object_get_object_member (check, "entries");
  methods = json_object_get_object_member (check, "methods");
  g_assert_cmpuint (json_object_get_size (entries), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (entries, "[Content_Types].xml"), ==, "<Types/>");
  g_assert_cmpstr (json_object_get_string_member (entries, "ppt/slides/slide1.xml"), ==, big->str);
  g_assert_cmpstr (json_object_get_string_member (entries, "empty.txt"), ==, "");
  g_assert_true (json_object_has_member (entries, "media/รูป.png"));
  g_assert_cmpint (json_object_get_int_member (methods, "ppt/slides/slide1.xml"), ==, 8);
  g_assert_cmpint (json_object_get_int_member (methods, "media/รูป.png"), ==, 0);
}

static void
test_zip_refuses_duplicates (void)
{
  g_autoptr(ItaZipWriter) zip = ita_zip_writer_new (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (ita_zip_writer_add (zip, "a.xml", "a", 1, ITA_ZIP_DEFLATE, &error));
  g_assert_false (ita_zip_writer_add (zip, "a.xml", "b", 1, ITA_ZIP_DEFLATE, &error));
  g_assert_error (error, ITA_OFFICE_ERROR, ITA_OFFICE_ERROR_FAILED);
}

/* The same entries give the same bytes (no clock in the archive). */
static void
test_zip_deterministic (void)
{
  g_autoptr(GBytes) a = NULL;
  g_autoptr(GBytes) b = NULL;

  for (int i = 0; i < 2; i++)
    {
      g_autoptr(ItaZipWriter) zip = ita_zip_writer_new (NULL);

      g_assert_true (ita_zip_writer_add (zip, "x.xml", "<x/>", 4, ITA_ZIP_DEFLATE, NULL));
      if (i == 0)
        a = ita_zip_writer_finish (zip, NULL);
      else
        b = ita_zip_writer_finish (zip, NULL);
    }
  g_assert_true (g_bytes_equal (a, b));
}

/* XML: escaping, characters XML cannot hold dropped, empty elements. */
static gboolean saw_text;
static GString *collected;

static void
collect_text (GMarkupParseContext *context,
              const char          *text,
              gsize                len,
              gpointer             data,
              GError             **error)
{
  g_string_append_len (collected, text, len);
  saw_text = TRUE;
}

static void
test_xml_writer (void)
{
  g_autoptr(ItaXmlWriter) x = ita_xml_writer_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  GMarkupParser parser = { .text = collect_text };
  const char *xml;
  gsize len;

  ita_xml_start (x, "doc");
  ita_xml_attr (x, "title", "A \"quoted\" <b> & 'c'\nline");
  ita_xml_start (x, "empty");
  ita_xml_end (x);
  /* a form feed and an escape code pasted from somewhere: not XML 1.0 */
  ita_xml_element (x, "t", "ข้อ o12 < 85 & \x0c\x1b" "ดี");
  ita_xml_end (x);
  bytes = ita_xml_writer_finish (x);
  xml = g_bytes_get_data (bytes, &len);

  g_assert_true (g_str_has_prefix (xml, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"));
  g_assert_nonnull (strstr (xml, "<empty/>"));
  g_assert_nonnull (strstr (xml, "&#10;line"));
  g_assert_null (memchr (xml, '\x0c', len));

  collected = g_string_new (NULL);
  context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_assert_true (g_markup_parse_context_parse (context, strchr (xml, '\n') + 1, -1, &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_true (saw_text);
  g_assert_cmpstr (collected->str, ==, "ข้อ o12 < 85 & ดี");
  g_string_free (collected, TRUE);
}

static void
test_xml_clean_text (void)
{
  g_autofree char *a = ita_xml_clean_text ("tab\tnew\nline\r\x01" "end");
  g_autofree char *b = ita_xml_clean_text ("bad \xff utf8");

  g_assert_cmpstr (a, ==, "tab\tnew\nline\rend");
  g_assert_true (g_utf8_validate (b, -1, NULL));
}

/* Widths: Thai vowels above and below and tone marks take no room. */
static void
test_text_width (void)
{
  /* ท + ี + ่ is one column wide, like "0" */
  g_assert_cmpfloat (ita_office_text_width ("ที่"), ==, ita_office_text_width ("0"));
  g_assert_cmpfloat (ita_office_text_width ("ผลการประเมิน"), ==, 11 * ita_office_text_width ("0"));
  g_assert_cmpfloat (ita_office_text_width ("short\na much longer line"), ==,
                     ita_office_text_width ("a much longer line"));
  g_assert_cmpfloat (ita_office_text_width (""), ==, 0);
}

/* A table keeps types; a short row is completed; the CSV follows
 * docs/csv-exports.md. */
static void
test_table_csv (void)
{
  g_autoptr(ItaOfficeTable) t = ita_office_table_new ("t", "Table");
  g_autoptr(GBytes) csv = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_OCTOBER, 2024);
  ita_office_table_add_column (t, "Name", ITA_OFFICE_COLUMN_TEXT);
  ita_office_table_add_column (t, "Score", ITA_OFFICE_COLUMN_SCORE);
  ita_office_table_add_column (t, "Budget", ITA_OFFICE_COLUMN_MONEY);
  ita_office_table_add_column (t, "Date", ITA_OFFICE_COLUMN_DATE);
  ita_office_table_begin_row (t, ITA_OFFICE_ROW_NORMAL);
  ita_office_table_add_text (t, "=SUM(A1) \"x\"\nline");
  ita_office_table_add_score (t, 9933);
  ita_office_table_add_money (t, 2500000);
  ita_office_table_add_date (t, &date);
  ita_office_table_begin_row (t, ITA_OFFICE_ROW_EMPHASIS);
  ita_office_table_add_text (t, "ไม่มีคะแนน");
  ita_office_table_add_score (t, ITA_CENTI_NONE);

  g_assert_cmpuint (ita_office_table_get_n_rows (t), ==, 2);
  g_assert_true (ita_office_table_get_cell (t, 1, 1)->empty);
  g_assert_true (ita_office_table_get_cell (t, 1, 3)->empty);
  g_assert_cmpint (ita_office_table_get_cell (t, 0, 1)->number, ==, 9933);

  csv = ita_office_table_to_csv (t);
  g_assert_cmpstr (g_bytes_get_data (csv, NULL), ==,
                   "\xEF\xBB\xBF\"Name\",\"Score\",\"Budget\",\"Date\"\r\n"
                   "\"'=SUM(A1) \"\"x\"\"\r\nline\",\"99.33\",\"25000.00\",\"2024-10-01\"\r\n"
                   "\"ไม่มีคะแนน\",\"\",\"\",\"\"\r\n");
}

/* The project's tables give the same CSV, byte for byte, as the CSV
 * exports: same rows, same columns. */
static void
test_project_tables_match_csv (void)
{
  g_autoptr(ItaProject) project = office_sample_project (test_dir (), NULL);
  static const struct { ItaOfficeTableKind table; ItaProjectCsv csv; } pairs[] = {
    { ITA_OFFICE_TABLE_SCORES, ITA_PROJECT_CSV_SCORES },
    { ITA_OFFICE_TABLE_CHECKLIST, ITA_PROJECT_CSV_CHECKLIST },
    { ITA_OFFICE_TABLE_MEASURES, ITA_PROJECT_CSV_MEASURES },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ItaOfficeTable) table = ita_office_table_new_for_project (project, pairs[i].table, &error);
      g_autoptr(GBytes) expected = ita_project_export_csv (project, pairs[i].csv, &error);
      g_autoptr(GBytes) got = NULL;

      g_assert_no_error (error);
      got = ita_office_table_to_csv (table);
      if (!g_bytes_equal (expected, got))
        g_test_message ("expected:\n%s\ngot:\n%s", (const char *) g_bytes_get_data (expected, NULL),
                        (const char *) g_bytes_get_data (got, NULL));
      g_assert_true (g_bytes_equal (expected, got));
    }
}

static void
test_limitations_csv (void)
{
  g_autoptr(ItaProject) project = office_sample_project (test_dir (), NULL);
  g_autoptr(GPtrArray) limitations = ita_project_get_limitations (project);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) csv = ita_office_export_csv (project, ITA_OFFICE_TABLE_LIMITATIONS, &error);
  g_auto(GStrv) lines = NULL;
  const char *text;

  g_assert_no_error (error);
  text = g_bytes_get_data (csv, NULL);
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF\"No.\",\"Kind\",\"Limitation\"\r\n"));
  lines = g_strsplit (text, "\r\n", -1);
  g_assert_cmpuint (limitations->len, >, 0);
  /* header, one line each, and the empty string after the last CRLF */
  g_assert_cmpuint (g_strv_length (lines), ==, limitations->len + 2);
  g_assert_nonnull (strstr (lines[1], ((ItaLimitation *) g_ptr_array_index (limitations, 0))->text));
}

static void
test_closed_project (void)
{
  g_autoptr(ItaProject) project = office_sample_project (test_dir (), NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaOfficeTable) table = NULL;

  ita_project_close (project);
  table = ita_office_table_new_for_project (project, ITA_OFFICE_TABLE_SCORES, &error);
  g_assert_null (table);
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CLOSED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/office/zip/round-trip", test_zip_round_trip);
  g_test_add_func ("/office/zip/refuses-duplicates", test_zip_refuses_duplicates);
  g_test_add_func ("/office/zip/deterministic", test_zip_deterministic);
  g_test_add_func ("/office/xml/writer", test_xml_writer);
  g_test_add_func ("/office/xml/clean-text", test_xml_clean_text);
  g_test_add_func ("/office/table/text-width", test_text_width);
  g_test_add_func ("/office/table/csv", test_table_csv);
  g_test_add_func ("/office/table/project-matches-csv", test_project_tables_match_csv);
  g_test_add_func ("/office/table/limitations-csv", test_limitations_csv);
  g_test_add_func ("/office/table/closed-project", test_closed_project);

  return g_test_run ();
}
