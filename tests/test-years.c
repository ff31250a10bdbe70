/* test-years.c: the earlier years linked to a project — opened once and
 * read-only, each computed with its own edition, items matched across
 * editions by continuity key; missing, damaged and replaced files */
#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "ita-counters.h"
#include "ita-years.h"

typedef struct {
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("ita-years-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) d = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);

      g_remove (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static GFile *
path_in (Fixture    *f,
         const char *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);

  return g_file_new_for_path (path);
}

/* A project of fiscal_year with the edition of edition_year and the
 * scores "key=value" (hundredths) given. */
static ItaProject *
make_project (Fixture    *f,
              const char *name,
              int         edition_year,
              int         fiscal_year,
              ...)
{
  g_autoptr(GFile) file = path_in (f, name);
  g_autoptr(ItaFramework) edition = ita_catalogue_for_year (edition_year);
  g_autoptr(ItaScores) scores = ita_scores_new ();
  g_autoptr(GError) error = NULL;
  ItaProject *project;
  va_list args;
  const char *key;

  g_assert_nonnull (edition);
  project = ita_project_create (file, edition, fiscal_year, &error);
  g_assert_no_error (error);
  va_start (args, fiscal_year);
  while ((key = va_arg (args, const char *)) != NULL)
    ita_scores_set (scores, key, va_arg (args, int));
  va_end (args);
  if (ita_scores_size (scores) > 0)
    {
      ita_project_set_scores (project, scores, FALSE, &error);
      g_assert_no_error (error);
    }
  return project;
}

static void
link_to (ItaProject *project,
         ItaProject *other)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ita_project_add_link (project, ita_project_get_file (other), NULL, &error));
  g_assert_no_error (error);
}

static const ItaChange *
change_of (ItaComparison *comparison,
           const char    *key)
{
  const ItaChange *change = ita_comparison_lookup (comparison, key);

  g_assert_nonnull (change);
  return change;
}

/* The sample project: FY 2568 linked to FY 2567 (official figures only). */
static void
test_sample (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *names[] = { "sample-2567", "sample-2568" };
  ItaProject *projects[2] = { NULL, NULL };
  g_autoptr(ItaYears) years = NULL;
  g_autoptr(ItaResult) now = NULL;
  g_autoptr(ItaComparison) comparison = NULL;
  g_autoptr(GPtrArray) results = NULL;
  ItaYear *year;
  guint computed;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *json_name = g_strdup_printf ("%s.json", names[i]);
      g_autofree char *ita_name = g_strdup_printf ("%s.ita", names[i]);
      g_autofree char *src = g_build_filename (g_getenv ("ITA_SOURCE_ROOT"), "data", "sample", json_name, NULL);
      g_autoptr(GFile) dest = path_in (f, ita_name);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (src, &contents, &length, &error));
      {
        g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
        projects[i] = ita_project_import_json (bytes, dest, &error);
      }
      g_assert_no_error (error);
    }
  /* the sample's 2567 file is found by its relative path */
  ita_project_close (projects[0]);

  computed = ita_engine_get_compute_count ();
  years = ita_years_new (projects[1]);
  g_assert_cmpuint (ita_engine_get_compute_count () - computed, ==, 1);
  g_assert_cmpint (ita_years_get_fiscal_year (years), ==, 2568);
  g_assert_cmpuint (ita_years_get_n_years (years), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (years)), ==, 1);
  year = ita_years_get_year (years, 0);
  g_assert_cmpint (ita_year_get_status (year), ==, ITA_YEAR_OK);
  g_assert_null (ita_year_get_error (year));
  g_assert_cmpint (ita_year_get_fiscal_year (year), ==, 2567);
  g_assert_cmpstr (ita_year_get_agency (year), ==, "เทศบาลตำบลบ้านสวนดอกไม้");
  g_assert_true (ita_project_get_read_only (ita_year_get_project (year)));
  g_assert_true (ita_years_get_previous (years) == year);
  g_assert_true (ita_years_lookup (years, 2567) == year);
  g_assert_null (ita_years_lookup (years, 2566));

  /* reading the years again computes nothing and opens nothing */
  results = ita_years_dup_results (years, 0);
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_true (g_ptr_array_index (results, 0) == ita_year_get_result (year));
  g_assert_cmpuint (ita_engine_get_compute_count () - computed, ==, 1);

  now = ita_project_compute (projects[1]);
  comparison = ita_comparison_new (now, ita_year_get_result (year));
  g_assert_cmpint (change_of (comparison, "TOTAL")->before, ==, 8489);
  g_assert_cmpint (change_of (comparison, "TOTAL")->now, ==, ita_result_get_total (now)->value);
  g_assert_cmpint (change_of (comparison, "TOTAL")->delta, ==, ita_result_get_total (now)->value - 8489);
  g_assert_cmpint (change_of (comparison, "OIT")->before, ==, 6969);
  g_assert_cmpint (change_of (comparison, "ind:9")->before, ==, 7063);
  g_assert_cmpint (change_of (comparison, "ind:9")->presence, ==, ITA_CHANGE_BOTH);
  g_assert_cmpuint (ita_comparison_get_n_changes (comparison, ITA_CHANGE_LEVEL_TOOL), ==, 3);
  g_assert_cmpuint (ita_comparison_get_n_changes (comparison, ITA_CHANGE_LEVEL_INDICATOR), ==, 10);
  g_object_unref (projects[0]);
  g_object_unref (projects[1]);
}

/* Editions with other item codes: 2566 → 2568, matched by continuity. */
static void
test_across_editions (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(ItaProject) y2566 = make_project (f, "a-2566.ita", 2566, 2566,
                                              "o11", 10000, "o12", 0, "o13", 0,
                                              "o22", 10000, "o41", 10000, NULL);
  g_autoptr(ItaProject) y2568 = make_project (f, "a-2568.ita", 2568, 2568,
                                              "o6", 10000, "o7", 10000, "o13", 5000, NULL);
  g_autoptr(ItaYears) years = NULL;
  g_autoptr(ItaResult) now = NULL;
  g_autoptr(ItaComparison) comparison = NULL;
  const ItaChange *change;
  gboolean found_o41 = FALSE;

  link_to (y2568, y2566);
  years = ita_years_new (y2568);
  g_assert_nonnull (ita_years_get_previous (years));
  now = ita_project_compute (y2568);
  comparison = ita_comparison_new (now, ita_year_get_result (ita_years_get_previous (years)));

  /* a merge: 2568 o6 (annual plan) continues 2566 o11 and o12; the
   * earlier value is their mean */
  change = change_of (comparison, "o6");
  g_assert_cmpint (change->presence, ==, ITA_CHANGE_BOTH);
  g_assert_cmpstr (change->continuity, ==, "oit.annual_plan");
  g_assert_cmpuint (g_strv_length ((char **) change->before_codes), ==, 2);
  g_assert_cmpstr (change->before_codes[0], ==, "o11");
  g_assert_cmpstr (change->before_codes[1], ==, "o12");
  g_assert_cmpint (change->before, ==, 5000);
  g_assert_cmpint (change->now, ==, 10000);
  g_assert_cmpint (change->delta, ==, 5000);

  /* the same subject under another code: 2568 o7 is 2566 o13 */
  change = change_of (comparison, "o7");
  g_assert_cmpstr (change->before_codes[0], ==, "o13");
  g_assert_cmpint (change->before, ==, 0);
  g_assert_cmpint (change->delta, ==, 10000);
  /* and 2568 o13 is 2566 o22, not 2566 o13 */
  change = change_of (comparison, "o13");
  g_assert_cmpstr (change->before_codes[0], ==, "o22");
  g_assert_cmpint (change->before, ==, 10000);
  g_assert_cmpint (change->delta, ==, -5000);

  /* matched but not scored this year: no change to show */
  change = change_of (comparison, "o1");
  g_assert_cmpint (change->now, ==, ITA_CENTI_NONE);
  g_assert_cmpint (change->delta, ==, ITA_CENTI_NONE);

  /* a new item of 2568, and 2566 items no 2568 item continues */
  g_assert_cmpint (change_of (comparison, "i2")->presence, ==, ITA_CHANGE_NOW_ONLY);
  g_assert_cmpuint (g_strv_length ((char **) change_of (comparison, "i2")->before_codes), ==, 0);
  for (guint i = 0; i < ita_comparison_get_n_changes (comparison, ITA_CHANGE_LEVEL_ITEM); i++)
    {
      const ItaChange *c = ita_comparison_get_change (comparison, ITA_CHANGE_LEVEL_ITEM, i);

      if (c->presence == ITA_CHANGE_BEFORE_ONLY && g_str_equal (c->key, "o41"))
        {
          found_o41 = TRUE;
          g_assert_cmpint (c->before, ==, 10000);
          g_assert_cmpint (c->now, ==, ITA_CENTI_NONE);
          g_assert_cmpstr (c->before_codes[0], ==, "o41");
        }
      /* an earlier-only item never hides this year's item of that code */
      if (c->presence == ITA_CHANGE_BEFORE_ONLY)
        g_assert_true (ita_comparison_lookup (comparison, c->key) != c);
    }
  g_assert_true (found_o41);
}

/* Three years: the latest earlier one is "previous"; results oldest
 * first; a file linked twice for the same year counts once. */
static void
test_three_years (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(ItaProject) y2566 = make_project (f, "b-2566.ita", 2566, 2566, "TOTAL", 7000, NULL);
  g_autoptr(ItaProject) y2567 = make_project (f, "b-2567.ita", 2567, 2567, "TOTAL", 8000, NULL);
  g_autoptr(ItaProject) y2568 = make_project (f, "b-2568.ita", 2568, 2568, "TOTAL", 9000, NULL);
  g_autoptr(ItaProject) y2569 = make_project (f, "b-2569.ita", 2568, 2569, "TOTAL", 9900, NULL);
  g_autoptr(ItaYears) years = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) last_two = NULL;

  /* linked out of order, and a later year that is no earlier year */
  link_to (y2568, y2567);
  link_to (y2568, y2569);
  link_to (y2568, y2566);
  years = ita_years_new (y2568);
  g_assert_cmpuint (ita_years_get_n_years (years), ==, 2);
  g_assert_cmpint (ita_year_get_fiscal_year (ita_years_get_year (years, 0)), ==, 2566);
  g_assert_cmpint (ita_year_get_fiscal_year (ita_years_get_year (years, 1)), ==, 2567);
  g_assert_cmpint (ita_year_get_fiscal_year (ita_years_get_previous (years)), ==, 2567);

  results = ita_years_dup_results (years, 0);
  g_assert_cmpuint (results->len, ==, 2);
  g_assert_cmpint (ita_result_get_total (g_ptr_array_index (results, 0))->value, ==, 7000);
  g_assert_cmpint (ita_result_get_total (g_ptr_array_index (results, 1))->value, ==, 8000);
  last_two = ita_years_dup_results (years, 1);
  g_assert_cmpuint (last_two->len, ==, 1);
  g_assert_cmpint (ita_result_get_total (g_ptr_array_index (last_two, 0))->value, ==, 8000);
}

/* A linked file that is gone, damaged or replaced: a status and a
 * message, the others still read. No lock file is taken on any. */
static void
test_problems (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(ItaProject) y2565 = make_project (f, "c-2565.ita", 2565, 2565, "TOTAL", 6000, NULL);
  g_autoptr(ItaProject) y2566 = make_project (f, "c-2566.ita", 2566, 2566, "TOTAL", 7000, NULL);
  g_autoptr(ItaProject) y2567 = make_project (f, "c-2567.ita", 2567, 2567, "TOTAL", 8000, NULL);
  g_autoptr(ItaProject) y2564 = make_project (f, "c-2564.ita", 2564, 2564, "TOTAL", 5000, NULL);
  g_autoptr(ItaProject) y2568 = make_project (f, "c-2568.ita", 2568, 2568, NULL);
  g_autoptr(ItaProject) other = make_project (f, "other.ita", 2563, 2563, NULL);
  g_autofree char *path_2565 = g_build_filename (f->dir, "c-2565.ita", NULL);
  g_autofree char *path_2566 = g_build_filename (f->dir, "c-2566.ita", NULL);
  g_autofree char *path_2564 = g_build_filename (f->dir, "c-2564.ita", NULL);
  g_autofree char *path_other = g_build_filename (f->dir, "other.ita", NULL);
  g_autofree char *lock_2567 = g_build_filename (f->dir, "c-2567.ita.lock", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaYears) years = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  ItaYear *year;

  link_to (y2568, y2564);
  link_to (y2568, y2565);
  link_to (y2568, y2566);
  link_to (y2568, y2567);
  ita_project_close (y2564);
  ita_project_close (y2565);
  ita_project_close (y2566);
  ita_project_close (y2567);
  ita_project_close (other);
  g_assert_cmpint (g_remove (path_2565), ==, 0);
  g_assert_true (g_file_set_contents (path_2566, "not a database", -1, &error));
  g_assert_cmpint (g_remove (path_2564), ==, 0);
  g_assert_cmpint (g_rename (path_other, path_2564), ==, 0);

  years = ita_years_new (y2568);
  g_assert_cmpuint (ita_years_get_n_years (years), ==, 4);

  year = ita_years_lookup (years, 2564);
  g_assert_cmpint (ita_year_get_status (year), ==, ITA_YEAR_OTHER_YEAR);
  g_assert_error (ita_year_get_error (year), ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (ita_year_get_error (year)->message, "2563"));
  g_assert_null (ita_year_get_result (year));
  /* the year is the link's, not the wrong file's */
  g_assert_cmpint (ita_year_get_fiscal_year (year), ==, 2564);

  year = ita_years_lookup (years, 2565);
  g_assert_cmpint (ita_year_get_status (year), ==, ITA_YEAR_MISSING);
  g_assert_error (ita_year_get_error (year), ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NOT_FOUND);
  g_assert_null (ita_year_get_result (year));
  g_assert_null (ita_year_get_project (year));
  /* where it should be, and the agency as linked */
  g_assert_nonnull (ita_year_get_file (year));
  g_assert_true (g_str_has_suffix (g_file_peek_path (ita_year_get_file (year)), "c-2565.ita"));

  year = ita_years_lookup (years, 2566);
  g_assert_cmpint (ita_year_get_status (year), ==, ITA_YEAR_UNREADABLE);
  g_assert_error (ita_year_get_error (year), ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NOT_A_PROJECT);
  g_assert_nonnull (strstr (ita_year_get_error (year)->message, "c-2566.ita"));

  year = ita_years_lookup (years, 2567);
  g_assert_cmpint (ita_year_get_status (year), ==, ITA_YEAR_OK);
  g_assert_true (ita_years_get_previous (years) == year);
  g_assert_false (g_file_test (lock_2567, G_FILE_TEST_EXISTS));

  problems = ita_years_dup_problems (years);
  g_assert_cmpuint (problems->len, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/core/years/sample", Fixture, NULL, fixture_set_up, test_sample, fixture_tear_down);
  g_test_add ("/core/years/across-editions", Fixture, NULL, fixture_set_up, test_across_editions, fixture_tear_down);
  g_test_add ("/core/years/three-years", Fixture, NULL, fixture_set_up, test_three_years, fixture_tear_down);
  g_test_add ("/core/years/problems", Fixture, NULL, fixture_set_up, test_problems, fixture_tear_down);
  return g_test_run ();
}
