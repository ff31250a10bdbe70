/* test-project-json.c: project JSON export → import → export is
 * byte-identical; bad JSON is refused with where and why */
#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "ita-project.h"

static char *tmp_dir;

static GFile *
tmp_file (const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

  g_remove (path);
  return g_file_new_for_path (path);
}

static GBytes *
sample (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("ITA_SOURCE_ROOT"), "data", "sample", name, NULL);
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize len = 0;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

static void
round_trip (const char *sample_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) input = sample (sample_name);
  g_autoptr(GFile) a = tmp_file ("a.ita");
  g_autoptr(GFile) b = tmp_file ("b.ita");
  g_autoptr(ItaProject) pa = NULL;
  g_autoptr(ItaProject) pb = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;

  pa = ita_project_import_json (input, a, &error);
  g_assert_no_error (error);
  first = ita_project_export_json (pa, &error);
  g_assert_no_error (error);
  pb = ita_project_import_json (first, b, &error);
  g_assert_no_error (error);
  second = ita_project_export_json (pb, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (first, NULL), g_bytes_get_size (first),
                   g_bytes_get_data (second, NULL), g_bytes_get_size (second));
}

static void
test_round_trip_2568 (void)
{
  round_trip ("sample-2568.json");
}

static void
test_round_trip_2567 (void)
{
  round_trip ("sample-2567.json");
}

static void
test_round_trip_edited (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) edition = ita_catalogue_lookup ("ita-2566", &error);
  g_autoptr(GFile) a = tmp_file ("edited.ita");
  g_autoptr(GFile) b = tmp_file ("edited-b.ita");
  g_autoptr(ItaProject) p = NULL;
  g_autoptr(ItaProject) q = NULL;
  g_autoptr(ItaMeasure) m = ita_measure_new ();
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  const char *tricky = "เครื่องหมาย \"คำพูด\", \\ ทับ\nบรรทัดใหม่\tแท็บ \x01";
  gint64 unit = 0;
  gint64 all = ITA_UNIT_ALL;

  p = ita_project_create (a, edition, 0, &error);
  g_assert_no_error (error);
  g_assert_true (ita_project_add_unit (p, 0, tricky, ITA_UNIT_KIND_OTHER, &unit, &error));
  g_free (m->title);
  m->title = g_strdup (tricky);
  g_array_append_val (m->unit_ids, unit);
  g_array_append_val (m->unit_ids, all);
  m->budget = 12345678905;
  g_assert_true (ita_project_add_measure (p, m, NULL, &error));
  g_assert_true (ita_project_set_score (p, "sub:9.1", 8765, &error));
  g_assert_true (ita_project_set_setting (p, "ข", "ค", &error));
  g_assert_true (ita_project_set_setting (p, "a", "b", &error));
  g_assert_no_error (error);
  first = ita_project_export_json (p, &error);
  q = ita_project_import_json (first, b, &error);
  g_assert_no_error (error);
  second = ita_project_export_json (q, &error);
  g_assert_true (g_bytes_equal (first, second));
  g_assert_nonnull (strstr (g_bytes_get_data (first, NULL), "\"budget\": \"123456789.05\""));
}

static void
expect_import_error (const char *json,
                     int         code,
                     const char *in_message)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GFile) dest = tmp_file ("bad.ita");
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaProject) p = ita_project_import_json (bytes, dest, &error);
  g_autofree char *lock = g_strconcat (g_file_peek_path (dest), ".lock", NULL);

  g_assert_null (p);
  g_assert_error (error, ITA_PROJECT_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, in_message));
  g_assert_false (g_file_query_exists (dest, NULL));
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
}

#define HEAD "{\"format\": 1, \"kind\": \"ita-planner-project\", \"fiscal_year\": 2568, \"edition\": \"ita-2568\""

static void
test_malformed (void)
{
  expect_import_error ("{\n  \"format\": 1,\n  \"kind\": }\n", ITA_PROJECT_ERROR_PARSE, "line 3, column");
  expect_import_error ("", ITA_PROJECT_ERROR_PARSE, "malformed");
  expect_import_error ("[1, 2]", ITA_PROJECT_ERROR_INVALID, "one object");
  expect_import_error ("{\"format\": 2, \"kind\": \"ita-planner-project\"}",
                       ITA_PROJECT_ERROR_NEWER_FORMAT, "newer version of ITA Planner");
  expect_import_error ("{\"format\": 1, \"kind\": \"something\"}", ITA_PROJECT_ERROR_INVALID, "kind");
  expect_import_error ("{\"format\": \"1\"}", ITA_PROJECT_ERROR_INVALID, "format");
  expect_import_error ("{\"format\": 1, \"kind\": \"ita-planner-project\", \"fiscal_year\": 2599, "
                       "\"edition\": \"ita-2599\"}", ITA_PROJECT_ERROR_NO_EDITION, "ita-2599");
}

static void
test_bad_values (void)
{
  expect_import_error (HEAD ", \"scores\": {\"o3\": \"150\"}}", ITA_PROJECT_ERROR_INVALID, "scores.o3");
  expect_import_error (HEAD ", \"scores\": {\"i1\": \"สูง\"}}", ITA_PROJECT_ERROR_INVALID, "scores.i1");
  expect_import_error (HEAD ", \"scores\": {\"i1\": 99.333}}", ITA_PROJECT_ERROR_INVALID, "two decimals");
  expect_import_error (HEAD ", \"scores\": {\"o99\": \"100\"}}", ITA_PROJECT_ERROR_INVALID, "scores.o99");
  expect_import_error (HEAD ", \"scores\": {\"i1\": \"90\", \"I1\": \"95\"}}", ITA_PROJECT_ERROR_INVALID, "twice");
  expect_import_error (HEAD ", \"units\": [{\"id\": 1, \"name\": \"ก\", \"kind\": \"office\"},"
                       "{\"id\": 1, \"name\": \"ข\", \"kind\": \"office\"}]}",
                       ITA_PROJECT_ERROR_INVALID, "units[1]");
  expect_import_error (HEAD ", \"units\": [{\"id\": 2, \"parent\": 9, \"name\": \"ก\", \"kind\": \"work\"}]}",
                       ITA_PROJECT_ERROR_INVALID, "units[0].parent");
  expect_import_error (HEAD ", \"checklist\": [{\"item\": \"o1\"}, {\"item\": \"O1\"}]}",
                       ITA_PROJECT_ERROR_INVALID, "checklist[1]");
  expect_import_error (HEAD ", \"checklist\": [{\"item\": \"o1\", \"unit\": 4}]}",
                       ITA_PROJECT_ERROR_INVALID, "checklist[0]");
  expect_import_error (HEAD ", \"checklist\": [{\"item\": \"o1\", \"due\": \"31/3/2568\"}]}",
                       ITA_PROJECT_ERROR_INVALID, "checklist[0].due");
  expect_import_error (HEAD ", \"measures\": [{\"id\": 1, \"title\": \"ก\", \"targets\": [\"o77\"]}]}",
                       ITA_PROJECT_ERROR_INVALID, "measures[0]");
  expect_import_error (HEAD ", \"measures\": [{\"id\": 1, \"title\": \"ก\", \"budget\": \"หนึ่งพัน\"}]}",
                       ITA_PROJECT_ERROR_INVALID, "measures[0].budget");
  expect_import_error (HEAD ", \"measures\": {}}", ITA_PROJECT_ERROR_INVALID, "measures");
}

/* JSON nested far deeper than any project crashed json-glib (its parser
 * recurses): the depth is checked first. */
static void
test_deep_nesting (void)
{
  GString *json = g_string_new (HEAD ", \"settings\": ");

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (json, '[');
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (json, ']');
  g_string_append (json, "}");
  expect_import_error (json->str, ITA_PROJECT_ERROR_TOO_LARGE, "64");
  g_string_free (json, TRUE);
}

static const char *
parent_of (guint i)
{
  static char buf[16];

  if (i == 1)
    return "null";
  g_snprintf (buf, sizeof buf, "%u", i - 1);
  return buf;
}

/* Sizes no real project reaches are refused with the limit named, fast. */
static void
test_hostile_sizes (void)
{
  GString *json = g_string_new (HEAD ", \"units\": [");
  g_autofree char *huge = g_strnfill (1024 * 1024, 'x');
  g_autofree char *long_name = NULL;

  for (guint i = 1; i <= 5000; i++)
    g_string_append_printf (json, "%s{\"id\": %u, \"name\": \"งาน %u\", \"kind\": \"work\"}",
                            i > 1 ? ", " : "", i, i);
  g_string_append (json, "]}");
  expect_import_error (json->str, ITA_PROJECT_ERROR_TOO_LARGE, "2000");
  g_string_free (json, TRUE);

  long_name = g_strdup_printf (HEAD ", \"agency\": {\"name\": \"%s\"}}", huge);
  expect_import_error (long_name, ITA_PROJECT_ERROR_TOO_LARGE, "agency.name");
  g_free (long_name);
  /* a huge member name is not repeated back whole */
  long_name = g_strdup_printf (HEAD ", \"scores\": {\"%s\": \"100\"}}", huge);
  {
    g_autoptr(GBytes) bytes = g_bytes_new (long_name, strlen (long_name));
    g_autoptr(GFile) dest = tmp_file ("long-key.ita");
    g_autoptr(GError) error = NULL;
    g_autoptr(ItaProject) p = ita_project_import_json (bytes, dest, &error);

    g_assert_null (p);
    g_assert_nonnull (error);
    g_assert_cmpuint (strlen (error->message), <, 1024);
  }

  /* a chain of units deeper than any agency's structure */
  json = g_string_new (HEAD ", \"units\": [");
  for (guint i = 1; i <= 50; i++)
    g_string_append_printf (json, "%s{\"id\": %u, \"parent\": %s, \"name\": \"u\", \"kind\": \"work\"}",
                            i > 1 ? ", " : "", i, parent_of (i));
  g_string_append (json, "]}");
  expect_import_error (json->str, ITA_PROJECT_ERROR_TOO_LARGE, "units[");
  g_string_free (json, TRUE);
}

/* Text is kept exactly or refused with where: json-glib would cut a string
 * at \u0000 and empty one with half a surrogate pair. */
static void
test_text_kept_or_refused (void)
{
  expect_import_error (HEAD ", \"agency\": {\"name\": \"เทศบาล\\u0000ตำบล\"}}",
                       ITA_PROJECT_ERROR_INVALID, "agency.name");
  expect_import_error (HEAD ", \"measures\": [{\"id\": 1, \"title\": \"ok\"}, "
                       "{\"id\": 2, \"title\": \"x \\uD83D y\"}]}",
                       ITA_PROJECT_ERROR_INVALID, "measures[1].title");
  expect_import_error (HEAD ", \"limitations\": [{\"id\": 1, \"kind\": \"other\", \"text\": \"\\uDC00\"}]}",
                       ITA_PROJECT_ERROR_INVALID, "limitations[0].text");
  /* a pair is one character, and kept */
  {
    static const char json[] = HEAD ", \"agency\": {\"name\": \"ก \\uD83D\\uDE00\"}}";
    g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
    g_autoptr(GFile) dest = tmp_file ("emoji.ita");
    g_autoptr(GError) error = NULL;
    g_autoptr(ItaProject) p = ita_project_import_json (bytes, dest, &error);
    g_autoptr(ItaAgency) agency = NULL;

    g_assert_no_error (error);
    agency = ita_project_get_agency (p);
    g_assert_cmpstr (agency->name, ==, "ก \xF0\x9F\x98\x80");
  }
}

/* A linked file's path may not lead outside the project's folders. */
static void
test_link_traversal (void)
{
  expect_import_error (HEAD ", \"links\": [{\"id\": 1, \"fiscal_year\": 2567, "
                       "\"relative\": \"../../../../../../home/user/secret.ita\", \"agency\": \"\"}]}",
                       ITA_PROJECT_ERROR_INVALID, "links[0].relative");
  expect_import_error (HEAD ", \"links\": [{\"id\": 1, \"fiscal_year\": 2567, "
                       "\"absolute\": \"//attacker.example/share/plan.ita\", \"agency\": \"\"}]}",
                       ITA_PROJECT_ERROR_INVALID, "links[0].absolute");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  tmp_dir = g_dir_make_tmp ("ita-json-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/core/project-json/round-trip-sample-2568", test_round_trip_2568);
  g_test_add_func ("/core/project-json/round-trip-sample-2567", test_round_trip_2567);
  g_test_add_func ("/core/project-json/round-trip-edited", test_round_trip_edited);
  g_test_add_func ("/core/project-json/malformed", test_malformed);
  g_test_add_func ("/core/project-json/bad-values", test_bad_values);
  g_test_add_func ("/core/project-json/deep-nesting", test_deep_nesting);
  g_test_add_func ("/core/project-json/hostile-sizes", test_hostile_sizes);
  g_test_add_func ("/core/project-json/text-kept-or-refused", test_text_kept_or_refused);
  g_test_add_func ("/core/project-json/link-traversal", test_link_traversal);
  ret = g_test_run ();

  {
    g_autoptr(GDir) d = g_dir_open (tmp_dir, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *p = g_build_filename (tmp_dir, name, NULL);

        g_remove (p);
      }
    g_rmdir (tmp_dir);
    g_free (tmp_dir);
  }
  return ret;
}
