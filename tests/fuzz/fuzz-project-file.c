/* fuzz-project-file.c: libFuzzer harness for opening a project file that
 * arrived from anywhere: each input is written as a .ita file (on
 * /dev/shm when there is one), opened read-only, and everything a window
 * or ita-cli reads from it is read (agency, units, scores, checklist,
 * measures, limitations, links, settings, the computed result, the JSON
 * and CSV exports). Any input must open or give a GError, never crash or
 * leak, and the file must not be changed. */
#include "fuzz-harness.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "ita-project.h"

static char *dir;

static void
remove_work_dir (void)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

/* A private folder, removed when the process exits. */
static char *
work_dir (void)
{

  if (dir == NULL)
    {
      const char *base = g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : g_get_tmp_dir ();
      g_autofree char *tmpl = g_build_filename (base, "ita-fuzz-file-XXXXXX", NULL);

      dir = g_mkdtemp (g_steal_pointer (&tmpl));
      g_assert (dir != NULL);
      atexit (remove_work_dir);
    }
  return dir;
}

static void
read_everything (ItaProject *p)
{
  g_autoptr(ItaAgency) agency = ita_project_get_agency (p);
  g_autoptr(GPtrArray) units = ita_project_get_units (p);
  g_autoptr(ItaScores) scores = ita_project_get_scores (p);
  g_autoptr(GPtrArray) checklist = ita_project_get_checklist (p);
  g_autoptr(GPtrArray) measures = ita_project_get_measures (p);
  g_autoptr(GPtrArray) limitations = ita_project_get_limitations (p);
  g_autoptr(GPtrArray) links = ita_project_get_links (p);
  g_autoptr(ItaResult) result = ita_project_compute (p);
  g_autoptr(GBytes) json = NULL;
  g_autofree char *setting = ita_project_get_setting (p, "chart.palette");
  ItaThresholds thresholds;

  g_assert (agency != NULL && units != NULL && scores != NULL && result != NULL);
  g_assert (checklist != NULL && measures != NULL && limitations != NULL);
  g_assert (setting == NULL || g_utf8_validate (setting, -1, NULL));
  g_assert (g_utf8_validate (agency->name, -1, NULL));
  for (guint i = 0; i < units->len; i++)
    {
      ItaUnit *u = g_ptr_array_index (units, i);
      g_autoptr(ItaUnit) again = ita_project_get_unit (p, u->id);
      g_auto(GStrv) refs = ita_project_get_unit_references (p, u->id);

      g_assert (g_utf8_validate (u->name, -1, NULL));
      g_assert (again != NULL && refs != NULL);
    }
  for (guint i = 0; i < links->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) target = ita_project_resolve_link (p, g_ptr_array_index (links, i), &error);

      g_assert ((target == NULL) == (error != NULL));
    }
  ita_project_get_thresholds (p, &thresholds);
  json = ita_project_export_json (p, NULL);
  for (int which = ITA_PROJECT_CSV_SCORES; which <= ITA_PROJECT_CSV_MEASURES; which++)
    {
      g_autoptr(GBytes) csv = ita_project_export_csv (p, which, NULL);

      (void) csv;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *path = g_build_filename (work_dir (), "fuzz.ita", NULL);
  g_autofree char *lock = g_strconcat (path, ".lock", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  gsize after_len = 0;
  ItaProject *p;

  g_assert (g_file_set_contents (path, (const char *) data, (gssize) size, NULL));
  p = ita_project_open (file, ITA_PROJECT_OPEN_READ_ONLY, &error);
  g_assert ((p == NULL) == (error != NULL));
  if (p != NULL)
    {
      read_everything (p);
      g_object_unref (p);
    }
  /* read-only means untouched */
  g_assert (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert (after_len == size && memcmp (after, data, size) == 0);
  g_assert (!g_file_test (lock, G_FILE_TEST_EXISTS));
  g_remove (path);
  return 0;
}
