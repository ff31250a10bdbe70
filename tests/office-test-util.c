/* office-test-util.c: what the office tests share */
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <string.h>

#include "office-test-util.h"

static char *
run_capture (const char * const *argv,
             int                *status)
{
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;

  proc = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  *status = g_subprocess_get_if_exited (proc) ? g_subprocess_get_exit_status (proc) : -1;
  if (*status != 0)
    g_test_message ("%s exited with %d: %s", argv[0], *status, err);
  return out;
}

JsonObject *
office_check (const char *path,
              gboolean    zip_only)
{
  const char *python = g_getenv ("OFFICE_PYTHON");
  const char *script = g_getenv ("OFFICE_CHECK");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *argv[5];
  int status = 0, n = 0;

  g_assert_nonnull (python);
  g_assert_nonnull (script);
  argv[n++] = python;
  argv[n++] = script;
  if (zip_only)
    argv[n++] = "--zip";
  argv[n++] = path;
  argv[n] = NULL;
  out = run_capture (argv, &status);
  g_assert_cmpint (status, ==, 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

void
office_assert_sound (JsonObject *check)
{
  JsonArray *errors = json_object_get_array_member (check, "errors");

  for (guint i = 0; i < json_array_get_length (errors); i++)
    g_test_message ("office-check: %s", json_array_get_string_element (errors, i));
  g_assert_cmpuint (json_array_get_length (errors), ==, 0);
}

static void
import_sample (const char *dir,
               const char *name)
{
  g_autofree char *json_name = g_strdup_printf ("%s.json", name);
  g_autofree char *ita_name = g_strdup_printf ("%s.ita", name);
  g_autofree char *src = g_build_filename (g_getenv ("ITA_SOURCE_ROOT"), "data", "sample", json_name, NULL);
  g_autofree char *dest_path = g_build_filename (dir, ita_name, NULL);
  g_autoptr(GFile) dest = g_file_new_for_path (dest_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaProject) project = NULL;
  g_autoptr(GBytes) json = NULL;
  char *data = NULL;
  gsize len = 0;

  if (g_file_test (dest_path, G_FILE_TEST_EXISTS))
    return;
  g_file_get_contents (src, &data, &len, &error);
  g_assert_no_error (error);
  json = g_bytes_new_take (data, len);
  project = ita_project_import_json (json, dest, &error);
  g_assert_no_error (error);
  ita_project_close (project);
}

ItaProject *
office_sample_project (const char  *dir,
                       ItaYears   **years)
{
  g_autofree char *path = g_build_filename (dir, "sample-2568.ita", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  ItaProject *project;

  import_sample (dir, "sample-2567");
  import_sample (dir, "sample-2568");
  project = ita_project_open (file, ITA_PROJECT_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  if (years != NULL)
    {
      g_autoptr(GPtrArray) problems = NULL;

      *years = ita_years_new (project);
      problems = ita_years_dup_problems (*years);
      g_assert_cmpuint (ita_years_get_n_years (*years), ==, 1);
      g_assert_cmpuint (problems->len, ==, 0);
    }
  return project;
}

char *
office_find_soffice (void)
{
  char *path = g_find_program_in_path ("soffice");

  if (path == NULL)
    path = g_find_program_in_path ("libreoffice");
  return path;
}

gboolean
office_soffice_convert (const char *soffice,
                        const char *file,
                        const char *filter,
                        const char *outdir)
{
  g_autofree char *profile_dir = g_build_filename (outdir, "lo-profile", NULL);
  g_autofree char *profile_uri = g_filename_to_uri (profile_dir, NULL, NULL);
  g_autofree char *profile = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);
  g_autofree char *out = NULL;
  const char *argv[] = {
    soffice, profile, "--headless", "--norestore", "--convert-to", filter, "--outdir", outdir, file, NULL
  };
  int status = 0;

  out = run_capture (argv, &status);
  g_test_message ("soffice --convert-to %s %s: %s", filter, file, out);
  return status == 0;
}

char *
office_pdf_text (const char *path)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char *argv[] = { pdftotext, "-enc", "UTF-8", path, "-", NULL };
  int status = 0;
  char *out;

  if (pdftotext == NULL)
    return NULL;
  out = run_capture (argv, &status);
  g_assert_cmpint (status, ==, 0);
  return out;
}

guint
office_pdf_pages (const char *path)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *data = NULL;
  guint pages = 0;
  gsize len = 0;

  if (pdfinfo != NULL)
    {
      const char *argv[] = { pdfinfo, path, NULL };
      int status = 0;
      g_autofree char *out = run_capture (argv, &status);
      const char *line;

      g_assert_cmpint (status, ==, 0);
      line = strstr (out, "Pages:");
      g_assert_nonnull (line);
      return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
    }
  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  for (gsize i = 0; i + 12 <= len; i++)
    if (memcmp (data + i, "/Type /Page", 11) == 0 && data[i + 11] != 's')
      pages++;
  return pages;
}

JsonArray *
office_sheets (JsonObject *check)
{
  g_assert_true (json_object_has_member (check, "xlsx"));
  return json_object_get_array_member (json_object_get_object_member (check, "xlsx"), "sheets");
}

JsonObject *
office_sheet (JsonObject *check,
              const char *name)
{
  JsonArray *sheets = office_sheets (check);

  for (guint i = 0; i < json_array_get_length (sheets); i++)
    {
      JsonObject *sheet = json_array_get_object_element (sheets, i);

      if (g_str_equal (json_object_get_string_member (sheet, "name"), name))
        return sheet;
    }
  g_test_message ("no sheet “%s”", name);
  return NULL;
}

JsonObject *
office_cell (JsonObject *sheet,
             guint       row,
             guint       column)
{
  JsonArray *rows = json_object_get_array_member (sheet, "rows");
  JsonArray *cells;
  JsonNode *node;

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *r = json_array_get_object_element (rows, i);

      if (json_object_get_int_member (r, "r") != (gint64) row + 1)
        continue;
      cells = json_object_get_array_member (r, "cells");
      if (column >= json_array_get_length (cells))
        return NULL;
      node = json_array_get_element (cells, column);
      return JSON_NODE_HOLDS_NULL (node) ? NULL : json_node_get_object (node);
    }
  return NULL;
}

char *
office_text_skeleton (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E))
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}
