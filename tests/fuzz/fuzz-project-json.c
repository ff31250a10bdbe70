/* fuzz-project-json.c: libFuzzer harness for the project JSON import
 * (ita_project_import_json, docs/project-json.md). Each input is imported
 * into a new file in a private folder (on /dev/shm when there is one, so
 * that SQLite's syncs cost nothing), exported again when accepted, and
 * removed. Any input must give a project or a GError, and leave nothing
 * behind when refused. */
#include "fuzz-harness.h"

#include <glib/gstdio.h>
#include <stdlib.h>

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
      g_autofree char *tmpl = g_build_filename (base, "ita-fuzz-XXXXXX", NULL);

      dir = g_mkdtemp (g_steal_pointer (&tmpl));
      g_assert (dir != NULL);
      atexit (remove_work_dir);
    }
  return dir;
}

static void
empty_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (work_dir (), "fuzz.ita", NULL);
  g_autoptr(GFile) dest = g_file_new_for_path (path);
  ItaProject *project = ita_project_import_json (bytes, dest, &error);

  g_assert ((project == NULL) == (error != NULL));
  if (project != NULL)
    {
      g_autoptr(GBytes) json = ita_project_export_json (project, &error);
      g_autoptr(ItaResult) result = ita_project_compute (project);
      g_autoptr(GPtrArray) units = ita_project_get_units (project);

      g_assert (json != NULL);
      g_assert (result != NULL && units != NULL);
      g_object_unref (project);
    }
  else
    g_assert (!g_file_test (path, G_FILE_TEST_EXISTS));
  empty_dir (work_dir ());
  return 0;
}
