/* test-office-xlsx.c: the project's tables as an Excel workbook */
#include <glib/gstdio.h>
#include <string.h>

#include "ita-office.h"
#include "ita-thai.h"
#include "office-test-util.h"

static const char *
test_dir (void)
{
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  return g_get_user_cache_dir ();
}

/* Splits one CSV record (quoted fields, "" for a quote); advances *p. */
static GPtrArray *
csv_record (const char **p)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  const char *s = *p;
  gboolean quoted = FALSE;

  if (g_str_has_prefix (s, "\xEF\xBB\xBF"))
    s += 3;
  for (;; s++)
    {
      if (quoted)
        {
          if (*s == '\0')
            break;
          if (*s == '"' && s[1] == '"')
            {
              g_string_append_c (field, '"');
              s++;
            }
          else if (*s == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *s);
          continue;
        }
      if (*s == '"')
        quoted = TRUE;
      else if (*s == ',')
        {
          g_ptr_array_add (fields, g_string_free (field, FALSE));
          field = g_string_new (NULL);
        }
      else if (*s == '\r' || *s == '\n' || *s == '\0')
        {
          if (*s == '\r' && s[1] == '\n')
            s++;
          if (*s != '\0')
            s++;
          break;
        }
      else
        g_string_append_c (field, *s);
    }
  g_ptr_array_add (fields, g_string_free (field, FALSE));
  *p = s;
  return fields;
}

static char *
write_sample_xlsx (ItaProject *project)
{
  g_autofree char *path = g_build_filename (test_dir (), "sample.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (ita_office_write_xlsx (project, NULL, 0, file, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

/* Excel's serial day number: days since 1899-12-30. */
static gint64
excel_serial (const GDate *date)
{
  GDate epoch;

  g_date_clear (&epoch, 1);
  g_date_set_dmy (&epoch, 30, G_DATE_DECEMBER, 1899);
  return g_date_days_between (&epoch, date);
}

static const char *
cell_value (JsonObject *cell)
{
  return cell != NULL && !json_object_get_null_member (cell, "v")
         ? json_object_get_string_member (cell, "v") : NULL;
}

/* Every cell of the workbook is the table's cell, with its type: text as
 * shared strings (Thai intact), scores and money as numbers, dates as
 * date serials with a date format. */
static void
assert_sheet_matches (JsonObject           *sheet,
                      const ItaOfficeTable *table)
{
  for (guint c = 0; c < ita_office_table_get_n_columns (table); c++)
    {
      const ItaOfficeColumn *column = g_ptr_array_index (table->columns, c);

      g_assert_cmpstr (cell_value (office_cell (sheet, 0, c)), ==, column->title);
    }
  for (guint r = 0; r < ita_office_table_get_n_rows (table); r++)
    for (guint c = 0; c < ita_office_table_get_n_columns (table); c++)
      {
        const ItaOfficeColumn *column = g_ptr_array_index (table->columns, c);
        const ItaOfficeCell *want = ita_office_table_get_cell (table, r, c);
        JsonObject *got = office_cell (sheet, r + 1, c);
        const char *value = cell_value (got);
        const char *fmt = got != NULL ? json_object_get_string_member (got, "fmt") : NULL;

        if (want->empty)
          {
            g_assert_null (value);
            continue;
          }
        g_assert_nonnull (value);
        if (want->label)   /* a word in a typed column: a string cell */
          {
            g_assert_cmpstr (json_object_get_string_member (got, "t"), ==, "s");
            g_assert_cmpstr (value, ==, want->text);
            continue;
          }
        switch (column->type)
          {
          case ITA_OFFICE_COLUMN_TEXT:
            g_assert_cmpstr (json_object_get_string_member (got, "t"), ==, "s");
            g_assert_cmpstr (value, ==, want->text);
            break;
          case ITA_OFFICE_COLUMN_SCORE:
          case ITA_OFFICE_COLUMN_MONEY:
            g_assert_cmpstr (json_object_get_string_member (got, "t"), ==, "n");
            g_assert_cmpint ((gint64) (g_ascii_strtod (value, NULL) * 100 + (want->number >= 0 ? 0.5 : -0.5)),
                             ==, want->number);
            g_assert_cmpstr (fmt, ==, column->type == ITA_OFFICE_COLUMN_SCORE ? "0.00" : "#,##0.00");
            break;
          case ITA_OFFICE_COLUMN_INTEGER:
            g_assert_cmpstr (json_object_get_string_member (got, "t"), ==, "n");
            g_assert_cmpint (g_ascii_strtoll (value, NULL, 10), ==, want->number);
            break;
          case ITA_OFFICE_COLUMN_DATE:
            g_assert_cmpstr (json_object_get_string_member (got, "t"), ==, "n");
            g_assert_cmpint (g_ascii_strtoll (value, NULL, 10), ==, excel_serial (&want->date));
            g_assert_nonnull (strstr (fmt, "d mmm yyyy"));
            break;
          default:
            g_assert_not_reached ();
          }
      }
}

static void
test_sample_workbook (void)
{
  g_autoptr(ItaProject) project = office_sample_project (test_dir (), NULL);
  g_autofree char *path = write_sample_xlsx (project);
  g_autoptr(JsonObject) check = office_check (path, FALSE);
  JsonArray *sheets;
  JsonObject *names;
  static const char *titles[] = { "Scores", "OIT checklist", "Measures", "Limitations" };

  office_assert_sound (check);
  sheets = office_sheets (check);
  g_assert_cmpuint (json_array_get_length (sheets), ==, ITA_OFFICE_N_TABLES);
  names = json_object_get_object_member (json_object_get_object_member (check, "xlsx"), "defined_names");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (names, "_xlnm.Print_Area")), ==,
                    ITA_OFFICE_N_TABLES);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (names, "_xlnm.Print_Titles")), ==,
                    ITA_OFFICE_N_TABLES);

  for (ItaOfficeTableKind k = 0; k < ITA_OFFICE_N_TABLES; k++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ItaOfficeTable) table = ita_office_table_new_for_project (project, k, &error);
      JsonObject *sheet = json_array_get_object_element (sheets, k);
      g_autofree char *filter = NULL;

      g_assert_no_error (error);
      g_assert_cmpstr (json_object_get_string_member (sheet, "name"), ==, titles[k]);
      g_assert_cmpuint (ita_office_table_get_n_rows (table), >, 0);
      assert_sheet_matches (sheet, table);
      /* the header stays on screen and on every printed page; A4, one page across */
      g_assert_cmpint (json_object_get_int_member (sheet, "frozen_rows"), ==, 1);
      g_assert_cmpstr (json_object_get_string_member (sheet, "paper"), ==, "9");
      g_assert_cmpstr (json_object_get_string_member (sheet, "fit_width"), ==, "1");
      g_assert_cmpstr (json_object_get_string_member (sheet, "fit_height"), ==, "0");
      filter = g_strdup_printf ("A1:%c%u", 'A' + ita_office_table_get_n_columns (table) - 1,
                                ita_office_table_get_n_rows (table) + 1);
      g_assert_cmpstr (json_object_get_string_member (sheet, "autofilter"), ==, filter);
      g_assert_nonnull (strstr (json_object_get_string_member (sheet, "header"), "FY 2568"));
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (sheet, "widths")), ==,
                        ita_office_table_get_n_columns (table));
    }
}

/* The total's value is the engine's, as a number; long Thai names get a
 * wide column; the steps of a measure make a tall row. */
static void
test_scores_and_widths (void)
{
  g_autoptr(ItaProject) project = office_sample_project (test_dir (), NULL);
  g_autoptr(ItaResult) result = ita_project_compute (project);
  g_autofree char *path = write_sample_xlsx (project);
  g_autoptr(JsonObject) check = office_check (path, FALSE);
  g_autofree char *total = ita_decimal_format (ita_result_get_total (result)->value, FALSE);
  JsonObject *scores = office_sheet (check, "Scores");
  JsonObject *measures = office_sheet (check, "Measures");
  JsonArray *widths = json_object_get_array_member (scores, "widths");
  JsonArray *rows = json_object_get_array_member (measures, "rows");
  JsonObject *first = json_array_get_object_element (rows, 1);

  g_assert_cmpstr (cell_value (office_cell (scores, 1, 0)), ==, "TOTAL");
  /* "88.98": the number as written, not a string */
  g_assert_cmpfloat_with_epsilon (g_ascii_strtod (cell_value (office_cell (scores, 1, 5)), NULL),
                                  g_ascii_strtod (total, NULL), 1e-9);
  g_assert_cmpfloat (json_array_get_double_element (widths, 2), >=, 40);
  g_assert_cmpfloat (json_array_get_double_element (widths, 0), <, 15);
  g_assert_cmpfloat (json_array_get_double_element (widths, 2), <=, 61);
  g_assert_false (json_object_get_null_member (first, "ht"));
  g_assert_cmpfloat (g_ascii_strtod (json_object_get_string_member (first, "ht"), NULL), >, 30);
}

static ItaOfficeTable *
small_table (const char *title)
{
  ItaOfficeTable *t = ita_office_table_new ("x", title);

  ita_office_table_add_column (t, "ข้อความ", ITA_OFFICE_COLUMN_TEXT);
  ita_office_table_begin_row (t, ITA_OFFICE_ROW_NORMAL);
  ita_office_table_add_text (t, "ทดสอบ");
  return t;
}

/* Sheet names Excel accepts: no []:*?/\, at most 31 characters, unique;
 * Thai letters kept. */
static void
test_sheet_names (void)
{
  g_autoptr(ItaOfficeTable) a = small_table ("Scores: 2568/2569 [draft]");
  g_autoptr(ItaOfficeTable) b = small_table ("รายการตรวจสอบข้อมูลสาธารณะ OIT ประจำปีงบประมาณ");
  g_autoptr(ItaOfficeTable) c = small_table ("รายการตรวจสอบข้อมูลสาธารณะ OIT ประจำปีงบประมาณ");
  ItaOfficeTable *tables[] = { a, b, c };
  g_autofree char *path = g_build_filename (test_dir (), "names.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) check = NULL;
  JsonArray *sheets;
  const char *name_b, *name_c;

  g_assert_true (ita_office_write_xlsx_tables (tables, 3, "names", file, &error));
  g_assert_no_error (error);
  check = office_check (path, FALSE);
  office_assert_sound (check);
  sheets = office_sheets (check);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (sheets, 0), "name"), ==,
                   "Scores  2568 2569  draft");
  name_b = json_object_get_string_member (json_array_get_object_element (sheets, 1), "name");
  name_c = json_object_get_string_member (json_array_get_object_element (sheets, 2), "name");
  g_assert_cmpint (g_utf8_strlen (name_b, -1), <=, 31);
  g_assert_cmpint (g_utf8_strlen (name_c, -1), <=, 31);
  g_assert_true (g_str_has_prefix (name_b, "รายการตรวจสอบข้อมูลสาธารณะ"));
  g_assert_true (g_str_has_suffix (name_c, " (2)"));
  g_assert_cmpstr (cell_value (office_cell (json_array_get_object_element (sheets, 1), 1, 0)), ==, "ทดสอบ");
}

/* A failed export leaves the old file as it was. */
static void
test_keeps_old_file (void)
{
  g_autoptr(ItaProject) project = office_sample_project (test_dir (), NULL);
  g_autofree char *path = g_build_filename (test_dir (), "old.xlsx", NULL);
  g_autofree char *missing = g_build_filename (test_dir (), "no-such-folder", "new.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));

  /* nothing chosen */
  g_assert_false (ita_office_write_xlsx_tables (NULL, 0, NULL, file, &error));
  g_assert_error (error, ITA_OFFICE_ERROR, ITA_OFFICE_ERROR_INVALID);
  g_clear_error (&error);

  /* a folder that does not exist: the message names the file */
  g_assert_false (ita_office_write_xlsx (project, NULL, 0, missing_file, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "new.xlsx"));
  g_clear_error (&error);

  /* the project went away meanwhile */
  ita_project_close (project);
  g_assert_false (ita_office_write_xlsx (project, NULL, 0, file, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CLOSED);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
}

/* Text from anywhere: markup characters, control characters that XML
 * cannot hold, formula-looking text, a cell longer than Excel takes. The
 * workbook stays readable; the text is kept as text. */
static void
test_hostile_text (void)
{
  g_autofree char *ita = g_build_filename (test_dir (), "hostile.ita", NULL);
  g_autofree char *path = g_build_filename (test_dir (), "hostile.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (ita);
  g_autoptr(GFile) out = g_file_new_for_path (path);
  g_autoptr(ItaFramework) edition = ita_catalogue_for_year (2568);
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaProject) project = ita_project_create (file, edition, 0, &error);
  g_autoptr(ItaMeasure) m = ita_measure_new ();
  g_autoptr(GString) huge = g_string_new (NULL);
  g_autoptr(JsonObject) check = NULL;
  JsonObject *measures;
  const char *steps;
  char *step_list[2];

  g_assert_no_error (error);
  /* within the 20,000 characters a step may have, and over the 32,767
   * bytes an Excel cell takes */
  for (int i = 0; i < 1100; i++)
    g_string_append (huge, "ขั้นตอนที่ยาวมาก ");
  g_free (m->title);
  m->title = g_strdup ("=HYPERLINK(\"x\") & <b>มาตรการ</b> \x01\x1f");
  step_list[0] = huge->str;
  step_list[1] = NULL;
  g_strfreev (m->steps);
  m->steps = g_strdupv (step_list);
  g_assert_true (ita_project_add_measure (project, m, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (ita_office_write_xlsx (project, NULL, 0, out, &error));
  g_assert_no_error (error);
  check = office_check (path, FALSE);
  office_assert_sound (check);
  measures = office_sheet (check, "Measures");
  g_assert_cmpstr (json_object_get_string_member (office_cell (measures, 1, 1), "t"), ==, "s");
  g_assert_true (g_str_has_prefix (cell_value (office_cell (measures, 1, 1)), "=HYPERLINK(\"x\") & <b>มาตรการ</b>"));
  steps = cell_value (office_cell (measures, 1, 5));
  g_assert_true (g_str_has_suffix (steps, "…"));
  g_assert_cmpuint (strlen (steps), <=, 32767);
  g_assert_true (g_utf8_validate (steps, -1, NULL));
}

/* LibreOffice opens the workbook and shows the same figures. */
static void
test_libreoffice (void)
{
  g_autofree char *soffice = office_find_soffice ();
  g_autoptr(ItaProject) project = NULL;
  g_autoptr(ItaResult) result = NULL;
  g_autoptr(GPtrArray) checklist = NULL;
  g_autofree char *path = NULL;
  g_autofree char *outdir = NULL;
  g_autofree char *scores_csv = NULL;
  g_autofree char *checklist_csv = NULL;
  g_autofree char *total = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *pdf_text = NULL;
  gboolean found_total = FALSE;
  const char *p;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }
  project = office_sample_project (test_dir (), NULL);
  result = ita_project_compute (project);
  total = ita_decimal_format (ita_result_get_total (result)->value, FALSE);
  checklist = ita_project_get_checklist (project);
  path = write_sample_xlsx (project);
  outdir = g_build_filename (test_dir (), "lo", NULL);

  /* every sheet as CSV, as shown (token 9), UTF-8 (76), -1: all sheets */
  g_assert_true (office_soffice_convert (soffice, path,
                                         "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
                                         outdir));
  {
    g_autofree char *f = g_build_filename (outdir, "sample-Scores.csv", NULL);
    g_autofree char *g = g_build_filename (outdir, "sample-OIT checklist.csv", NULL);

    if (!g_file_test (f, G_FILE_TEST_EXISTS))
      {
        g_test_skip ("this LibreOffice cannot export every sheet as CSV (7.2 or later can)");
        return;
      }
    g_assert_true (g_file_get_contents (f, &scores_csv, NULL, NULL));
    g_assert_true (g_file_get_contents (g, &checklist_csv, NULL, NULL));
  }

  /* the total row: code, …, value with two decimals */
  for (p = scores_csv; *p != '\0';)
    {
      g_autoptr(GPtrArray) record = csv_record (&p);

      if (record->len >= 6 && g_str_equal (g_ptr_array_index (record, 0), "TOTAL"))
        {
          g_assert_cmpstr (g_ptr_array_index (record, 5), ==, total);
          found_total = TRUE;
        }
    }
  g_assert_true (found_total);

  /* a Thai item text and a date shown through the date format */
  p = checklist_csv;
  g_ptr_array_unref (csv_record (&p));   /* header */
  {
    g_autoptr(GPtrArray) record = csv_record (&p);
    ItaChecklistEntry *e = g_ptr_array_index (checklist, 0);
    const ItaItemDef *def = ita_framework_lookup_item (ita_project_get_edition (project), e->item);
    g_autofree char *shown = ita_format_date_en (&e->last_checked, TRUE);

    g_assert_cmpstr (g_ptr_array_index (record, 0), ==, e->item);
    g_assert_cmpstr (g_ptr_array_index (record, 2), ==, def->text_th);
    g_assert_true (g_date_valid (&e->last_checked));
    g_assert_cmpstr (g_ptr_array_index (record, 9), ==, shown);
  }

  /* and prints it: the PDF has the Thai names */
  g_assert_true (office_soffice_convert (soffice, path, "pdf", outdir));
  pdf = g_build_filename (outdir, "sample.pdf", NULL);
  g_assert_cmpuint (office_pdf_pages (pdf), >=, ITA_OFFICE_N_TABLES);
  pdf_text = office_pdf_text (pdf);
  if (pdf_text != NULL)
    {
      g_autofree char *all = office_text_skeleton (pdf_text);
      g_autofree char *name = office_text_skeleton (ita_framework_get_indicator (ita_project_get_edition (project),
                                                                                 1)->name_th);

      g_assert_nonnull (strstr (all, name));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/office/xlsx/sample-workbook", test_sample_workbook);
  g_test_add_func ("/office/xlsx/scores-and-widths", test_scores_and_widths);
  g_test_add_func ("/office/xlsx/sheet-names", test_sheet_names);
  g_test_add_func ("/office/xlsx/keeps-old-file", test_keeps_old_file);
  g_test_add_func ("/office/xlsx/hostile-text", test_hostile_text);
  g_test_add_func ("/office/xlsx/libreoffice", test_libreoffice);

  return g_test_run ();
}
