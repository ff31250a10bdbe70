/* report-test-util.c: poppler's tools, PNG pages and sample projects for
 * the report tests */
#include <glib/gstdio.h>
#include <string.h>

#include "report-test-util.h"

gboolean
report_test_have (const char *program)
{
  g_autofree char *path = g_find_program_in_path (program);

  if (path == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s is not installed (poppler-utils)", program);

      g_test_skip (message);
      return FALSE;
    }
  return TRUE;
}

static char *
run_argv (GPtrArray *argv)
{
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_ptr_array_add (argv, NULL);
  proc = g_subprocess_newv ((const char * const *) argv->pdata,
                            G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  if (g_subprocess_get_exit_status (proc) != 0)
    g_error ("%s failed: %s", (const char *) argv->pdata[0], err);
  return g_steal_pointer (&out);
}

char *
report_test_run (const char *program,
                 ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *path = g_find_program_in_path (program);
  va_list args;

  if (path == NULL)
    return NULL;
  g_ptr_array_add (argv, path);
  va_start (args, program);
  for (const char *arg = va_arg (args, const char *); arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  return run_argv (argv);
}

char *
report_test_pdf_text (const char *pdf,
                      guint       page,
                      gboolean    raw)
{
  g_autofree char *first = g_strdup_printf ("%u", page);

  if (page == 0)
    return report_test_run ("pdftotext", "-enc", "UTF-8", raw ? "-raw" : "-layout", pdf, "-", NULL);
  return report_test_run ("pdftotext", "-enc", "UTF-8", raw ? "-raw" : "-layout", "-f", first, "-l", first, pdf,
                          "-", NULL);
}

guint
report_test_pdf_n_pages (const char *pdf)
{
  g_autofree char *info = report_test_run ("pdfinfo", pdf, NULL);
  const char *pages;

  g_assert_nonnull (info);
  pages = strstr (info, "Pages:");
  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

void
report_test_save_pngs (const char *pdf,
                       const char *prefix)
{
  g_autofree char *root = g_test_build_filename (G_TEST_BUILT, prefix, NULL);
  g_autofree char *out = report_test_run ("pdftoppm", "-r", "60", "-png", pdf, root, NULL);

  if (out != NULL)
    g_test_message ("pages of %s: %s-*.png", pdf, root);
}

static void
import_sample (const char *dir,
               const char *name)
{
  g_autofree char *json_name = g_strdup_printf ("%s.json", name);
  g_autofree char *ita_name = g_strdup_printf ("%s.ita", name);
  g_autofree char *source = g_build_filename (g_getenv ("ITA_SOURCE_ROOT"), "data", "sample", json_name, NULL);
  g_autofree char *dest = g_build_filename (dir, ita_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (dest);
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaProject) project = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  g_file_get_contents (source, &data, &length, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&data), length);

    project = ita_project_import_json (bytes, file, &error);
  }
  g_assert_no_error (error);
}

ItaProject *
report_test_open_sample (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "sample-2568.ita", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  ItaProject *project;

  import_sample (dir, "sample-2567");
  import_sample (dir, "sample-2568");
  project = ita_project_open (file, ITA_PROJECT_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  return project;
}

ItaProject *
report_test_new_empty (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "empty.ita", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) edition = ita_catalogue_lookup ("ita-2568", &error);
  ItaProject *project;

  g_assert_no_error (error);
  project = ita_project_create (file, edition, 0, &error);
  g_assert_no_error (error);
  return project;
}

void
report_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        report_test_remove_dir (path);
      else
        g_remove (path);
    }
  g_rmdir (dir);
}
