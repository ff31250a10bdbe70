/* replay.c: runs a fuzz harness on its seed corpus and on the inputs that
 * once crashed it (tests/fuzz/corpus/NAME, tests/fuzz/regressions/NAME),
 * one test per file, so that a crash found by make fuzz stays fixed. */
#include <locale.h>

#include "fuzz-harness.h"

static void
replay_file (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize size = 0;

  g_file_get_contents (path, &contents, &size, &error);
  g_assert_no_error (error);
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, size);
}

static void
add_folder (const char *kind)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "fuzz", kind, FUZZ_NAME, NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      if (name[0] != '.')
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  for (guint i = 0; i < names->len; i++)
    {
      const char *n = g_ptr_array_index (names, i);
      g_autofree char *test = g_strdup_printf ("/fuzz/%s/%s/%s", FUZZ_NAME, kind, n);

      g_test_add_data_func_full (test, g_build_filename (dir, n, NULL), replay_file, g_free);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  add_folder ("corpus");
  add_folder ("regressions");
  return g_test_run ();
}
