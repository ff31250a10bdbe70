/* test-checklist-csv.c: the OIT checklist CSV for the units — export of
 * the whole or one unit's part, and reading it back with a preview of
 * every change: Thai text round trip, files edited in Excel, one bad row
 * changing nothing, every bad row reported by line */
#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "ita-project.h"

typedef struct {
  char       *dir;
  ItaProject *project;
  gint64      office;     /* สำนักปลัดเทศบาล */
  gint64      admin;      /*   งานธุรการ */
  gint64      legal;      /*   งานนิติการ */
  gint64      finance;    /* กองคลัง */
  gint64      admin2;     /*   งานธุรการ (the same name) */
  gint64      supplies;   /*   งานพัสดุ */
} Fixture;

static gint64
add_unit (ItaProject  *p,
          gint64       parent,
          const char  *name,
          ItaUnitKind  kind)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (ita_project_add_unit (p, parent, name, kind, &id, &error));
  g_assert_no_error (error);
  return id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) edition = ita_catalogue_lookup ("ita-2568", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  g_assert_no_error (error);
  f->dir = g_dir_make_tmp ("ita-checklist-csv-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "plan-2568.ita", NULL);
  file = g_file_new_for_path (path);
  f->project = ita_project_create (file, edition, 0, &error);
  g_assert_no_error (error);
  f->office = add_unit (f->project, ITA_ID_NONE, "สำนักปลัดเทศบาล", ITA_UNIT_KIND_OFFICE);
  f->admin = add_unit (f->project, f->office, "งานธุรการ", ITA_UNIT_KIND_WORK);
  f->legal = add_unit (f->project, f->office, "งานนิติการ", ITA_UNIT_KIND_WORK);
  f->finance = add_unit (f->project, ITA_ID_NONE, "กองคลัง", ITA_UNIT_KIND_DIVISION);
  f->admin2 = add_unit (f->project, f->finance, "งานธุรการ", ITA_UNIT_KIND_WORK);
  f->supplies = add_unit (f->project, f->finance, "งานพัสดุ", ITA_UNIT_KIND_WORK);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_assert_finalize_object (f->project);
  d = g_dir_open (f->dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static char *
snapshot (ItaProject *p)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) json = ita_project_export_json (p, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (json, NULL), g_bytes_get_size (json));
}

static char *
bytes_text (GBytes *bytes)
{
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static ItaChecklistImport *
preview (ItaProject  *p,
         const char  *csv,
         GError     **error)
{
  return ita_project_preview_checklist_csv (p, csv, strlen (csv), error);
}

/* Thai text that a CSV must carry: quotes, commas, a line break, and a
 * cell that starts like a formula. */
static void
fill_thai (Fixture *f)
{
  static const struct {
    const char        *item;
    ItaEvidenceStatus  status;
    const char        *urls[3];
    const char        *explanation;
    const char        *note;
  } rows[] = {
    { "o1", ITA_EVIDENCE_PRESENT, { "https://www.example.go.th/about/structure", NULL },
      "เมนู “เกี่ยวกับเรา” > โครงสร้าง, อำนาจหน้าที่", "" },
    { "o6", ITA_EVIDENCE_INCOMPLETE,
      { "https://www.example.go.th/plan/2568", "https://www.example.go.th/plan/2568/รายงาน-6-เดือน", NULL },
      "หน้า \"แผนงาน\"\nหัวข้อแผนดำเนินงานประจำปี", "=ยังขาดรายงานรอบ 6 เดือน" },
    { "o12", ITA_EVIDENCE_MISSING, { NULL }, "", "กองคลังแจ้งว่าจะส่งภายใน ๑๕ มี.ค." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ItaChecklistEntry) e = ita_project_get_checklist_entry (f->project, rows[i].item);

      e->status = rows[i].status;
      g_strfreev (e->urls);
      e->urls = g_strdupv ((char **) rows[i].urls);
      g_free (e->explanation);
      e->explanation = g_strdup (rows[i].explanation);
      g_free (e->note);
      e->note = g_strdup (rows[i].note);
      g_date_set_dmy (&e->due_date, 31, 3, 2025);
      g_date_set_dmy (&e->last_checked, 15, 2, 2025);
      g_assert_true (ita_project_set_checklist_entry (f->project, e, &error));
      g_assert_no_error (error);
    }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ItaChecklistEntry) o6 = ita_project_get_checklist_entry (f->project, "o6");
    g_autoptr(ItaChecklistEntry) o12 = ita_project_get_checklist_entry (f->project, "o12");
    g_autoptr(ItaChecklistEntry) o4 = ita_project_get_checklist_entry (f->project, "o4");

    ita_checklist_entry_add_unit (o6, f->admin2);      /* "กองคลัง / งานธุรการ" */
    ita_checklist_entry_add_unit (o6, f->office);
    ita_checklist_entry_add_unit (o12, f->supplies);
    ita_checklist_entry_add_unit (o4, ITA_UNIT_ALL);
    g_assert_true (ita_project_set_checklist_entry (f->project, o6, &error));
    g_assert_true (ita_project_set_checklist_entry (f->project, o12, &error));
    g_assert_true (ita_project_set_checklist_entry (f->project, o4, &error));
    g_assert_no_error (error);
  }
}

/* Export --------------------------------------------------------------- */

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) whole = NULL;
  g_autoptr(GBytes) same = NULL;
  g_autoptr(GBytes) part = NULL;
  g_autofree char *text = NULL;
  g_autofree char *part_text = NULL;
  g_auto(GStrv) lines = NULL;

  fill_thai (f);
  whole = ita_project_export_checklist_csv (f->project, ITA_ID_NONE, 0, &error);
  g_assert_no_error (error);
  same = ita_project_export_csv (f->project, ITA_PROJECT_CSV_CHECKLIST, &error);
  g_assert_true (g_bytes_equal (whole, same));
  text = bytes_text (whole);
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF\"Item\",\"Sub-indicator\",\"Evidence\",\"Status\","
                                         "\"URLs\",\"Explanation\",\"Unit\",\"Due date\",\"Note\","
                                         "\"Last checked\",\"Last link check\",\"Link check results\",\"Data period\"\r\n"));
  /* a header and 28 rows; o6's cells with their quotes, line breaks,
   * both units (the shared name with its parent) and its data period */
  g_assert_nonnull (strstr (text, "\"หน้า \"\"แผนงาน\"\"\r\nหัวข้อแผนดำเนินงานประจำปี\""));
  g_assert_nonnull (strstr (text, "\"กองคลัง / งานธุรการ\r\nสำนักปลัดเทศบาล\""));
  g_assert_nonnull (strstr (text, "\"'=ยังขาดรายงานรอบ 6 เดือน\""));
  g_assert_nonnull (strstr (text, "\"2025-03-31\""));
  g_assert_nonnull (strstr (text, "\"Data of fiscal year 2568\""));
  g_assert_nonnull (strstr (text, "\"All units\""));

  /* กองคลัง's part: its own items, its sub-units', and those of all units */
  part = ita_project_export_checklist_csv (f->project, f->finance, 0, &error);
  g_assert_no_error (error);
  part_text = bytes_text (part);
  g_assert_true (g_str_has_prefix (part_text, "\xEF\xBB\xBF\"Item\""));
  lines = g_strsplit (part_text, "\r\n\"o", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);   /* header + o4, o6, o12 */
  g_assert_true (g_str_has_prefix (lines[1], "4\""));
  g_assert_true (g_str_has_prefix (lines[2], "6\""));
  g_assert_true (g_str_has_prefix (lines[3], "12\""));
}

/* Round trip with Thai text: export, clear, read back → the same project. */
static void
test_round_trip_thai (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(ItaChecklistImport) again = NULL;
  g_autoptr(ItaChecklistImport) back = NULL;
  g_autofree char *before = NULL;
  g_autofree char *cleared = NULL;
  g_autofree char *after = NULL;
  GPtrArray *changes;

  fill_thai (f);
  before = snapshot (f->project);
  csv = ita_project_export_checklist_csv (f->project, ITA_ID_NONE, 0, &error);
  g_assert_no_error (error);

  /* read back unchanged: nothing to do */
  again = ita_project_preview_checklist_csv (f->project, g_bytes_get_data (csv, NULL),
                                             g_bytes_get_size (csv), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ita_checklist_import_get_n_rows (again), ==, 28);
  g_assert_cmpuint (ita_checklist_import_get_changes (again)->len, ==, 0);

  /* every entry back to nothing */
  for (const char * const *code = (const char * const[]) { "o1", "o4", "o6", "o12", NULL }; *code; code++)
    {
      g_autoptr(ItaChecklistEntry) empty = ita_checklist_entry_new (*code);

      g_assert_true (ita_project_set_checklist_entry (f->project, empty, &error));
      g_assert_no_error (error);
    }
  cleared = snapshot (f->project);
  g_assert_cmpstr (cleared, !=, before);

  back = ita_project_preview_checklist_csv (f->project, g_bytes_get_data (csv, NULL),
                                            g_bytes_get_size (csv), &error);
  g_assert_no_error (error);
  changes = ita_checklist_import_get_changes (back);
  g_assert_cmpuint (changes->len, ==, 4);
  {
    ItaChecklistChange *o6 = g_ptr_array_index (changes, 2);

    g_assert_cmpstr (o6->after->item, ==, "o6");
    g_assert_cmpuint (o6->line, ==, 7);   /* the header, then o1…o5 on a line each */
    g_assert_cmpint (o6->fields, ==, ITA_CHECKLIST_FIELD_STATUS | ITA_CHECKLIST_FIELD_URLS |
                                     ITA_CHECKLIST_FIELD_EXPLANATION | ITA_CHECKLIST_FIELD_UNITS |
                                     ITA_CHECKLIST_FIELD_DUE_DATE | ITA_CHECKLIST_FIELD_NOTE |
                                     ITA_CHECKLIST_FIELD_LAST_CHECKED);
    g_assert_cmpint (o6->before->status, ==, ITA_EVIDENCE_NOT_CHECKED);
    g_assert_cmpstr (o6->after->note, ==, "=ยังขาดรายงานรอบ 6 เดือน");
  }
  /* the preview changed nothing */
  g_clear_pointer (&after, g_free);
  after = snapshot (f->project);
  g_assert_cmpstr (after, ==, cleared);

  g_assert_true (ita_project_apply_checklist_import (f->project, back, &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, g_free);
  after = snapshot (f->project);
  g_assert_cmpstr (after, ==, before);

  /* one step */
  g_assert_cmpstr (ita_project_get_undo_label (f->project), ==, "Import the OIT checklist (4 items)");
  g_assert_true (ita_project_undo (f->project, &error));
  g_clear_pointer (&after, g_free);
  after = snapshot (f->project);
  g_assert_cmpstr (after, ==, cleared);
}

/* A unit's file as it comes back from Excel on a Thai Windows: no BOM,
 * semicolons, Thai headers and statuses, Thai dates and digits, one
 * column deleted and one moved. */
static void
test_edited_in_thai (Fixture       *f,
                     gconstpointer  data)
{
  static const char csv[] =
    "ข้อ;สถานะ;ที่อยู่ URL;หน่วยงานที่รับผิดชอบ;กำหนดแล้วเสร็จ;หมายเหตุ\r\n"
    "๐๑๒;มี;https://www.example.go.th/procurement/2568;งานพัสดุ;31 มี.ค. 2568;ส่งแล้ว\r\n"
    "O6;ไม่สมบูรณ์;\"https://www.example.go.th/plan\n https://www.example.go.th/plan/6\";"
    "\"กองคลัง / งานธุรการ\nทุกหน่วยงาน\";๓๑/๓/๒๕๖๘;\r\n"
    ";;;;;\r\n"
    "o13;Missing;;กองคลัง, งานนิติการ;2568-04-30;'=ขอเอกสารเพิ่ม\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaChecklistImport) import = preview (f->project, csv, &error);
  g_autoptr(ItaChecklistEntry) o6 = NULL;
  g_autoptr(ItaChecklistEntry) o12 = NULL;
  g_autoptr(ItaChecklistEntry) o13 = NULL;
  GPtrArray *changes;

  g_assert_no_error (error);
  g_assert_cmpuint (ita_checklist_import_get_n_rows (import), ==, 3);
  changes = ita_checklist_import_get_changes (import);
  g_assert_cmpuint (changes->len, ==, 3);
  g_assert_cmpuint (((ItaChecklistChange *) changes->pdata[0])->line, ==, 2);
  g_assert_cmpuint (((ItaChecklistChange *) changes->pdata[1])->line, ==, 3);
  g_assert_cmpuint (((ItaChecklistChange *) changes->pdata[2])->line, ==, 7);   /* o6 took three lines */
  g_assert_true (ita_project_apply_checklist_import (f->project, import, &error));
  g_assert_no_error (error);

  o12 = ita_project_get_checklist_entry (f->project, "o12");
  g_assert_cmpint (o12->status, ==, ITA_EVIDENCE_PRESENT);
  g_assert_cmpstr (o12->urls[0], ==, "https://www.example.go.th/procurement/2568");
  g_assert_cmpint (g_array_index (o12->unit_ids, gint64, 0), ==, f->supplies);
  g_assert_cmpint (g_date_get_year (&o12->due_date), ==, 2025);
  g_assert_cmpstr (o12->note, ==, "ส่งแล้ว");
  o6 = ita_project_get_checklist_entry (f->project, "o6");
  g_assert_cmpint (o6->status, ==, ITA_EVIDENCE_INCOMPLETE);
  g_assert_cmpuint (g_strv_length (o6->urls), ==, 2);
  g_assert_cmpstr (o6->urls[1], ==, "https://www.example.go.th/plan/6");
  g_assert_cmpuint (o6->unit_ids->len, ==, 2);
  g_assert_cmpint (g_array_index (o6->unit_ids, gint64, 0), ==, f->admin2);
  g_assert_cmpint (g_array_index (o6->unit_ids, gint64, 1), ==, ITA_UNIT_ALL);
  g_assert_cmpint (g_date_get_day (&o6->due_date), ==, 31);
  o13 = ita_project_get_checklist_entry (f->project, "o13");
  g_assert_cmpint (o13->status, ==, ITA_EVIDENCE_MISSING);
  g_assert_cmpuint (o13->unit_ids->len, ==, 2);
  g_assert_cmpint (g_array_index (o13->unit_ids, gint64, 1), ==, f->legal);
  g_assert_cmpstr (o13->note, ==, "=ขอเอกสารเพิ่ม");
}

/* One bad row: nothing is applied, and every bad row is named by line. */
static void
test_bad_rows (Fixture       *f,
               gconstpointer  data)
{
  static const char csv[] =
    "\xEF\xBB\xBF\"Item\",\"Status\",\"URLs\",\"Unit\",\"Due date\"\r\n"
    "\"o1\",\"Present\",\"https://www.example.go.th/a\",\"กองคลัง\",\"2025-03-31\"\r\n"   /* 2: good */
    "\"o2\",\"Done\",\"\",\"\",\"\"\r\n"                                                   /* 3: status */
    "\"o3\",\"Present\",\"https://www.example.go.th/b\r\njavascript:alert(1)\",\"\",\"\"\r\n" /* 4–5: URL */
    "\"o4\",\"Present\",\"\",\"กองช่าง\",\"\"\r\n"                                         /* 6: unit */
    "\"o5\",\"Present\",\"\",\"งานธุรการ\",\"\"\r\n"                                       /* 7: two such units */
    "\"o99\",\"Present\",\"\",\"\",\"\"\r\n"                                               /* 8: code */
    "\"o7\",\"Missing\",\"\",\"\",\"30/02/2568\"\r\n"                                      /* 9: date */
    "\"O1\",\"Missing\",\"\",\"\",\"\"\r\n"                                                /* 10: twice */
    "\"o8\",\"Present\",\"www.example.go.th/manual\",\"\",\"\"\r\n";                       /* 11: no https */
  static const char * const expected[] = {
    "line 3:", "line 4:", "line 6:", "line 7:", "line 8:", "line 9:", "line 10:", "line 11:",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (f->project);
  g_autofree char *after = NULL;
  g_autoptr(ItaChecklistImport) import = preview (f->project, csv, &error);
  g_auto(GStrv) lines = NULL;

  g_assert_null (import);
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
  g_test_message ("%s", error->message);
  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_true (g_str_has_prefix (lines[i], expected[i]));
  g_assert_nonnull (strstr (lines[0], "Done"));
  g_assert_nonnull (strstr (lines[1], "javascript:"));
  g_assert_nonnull (strstr (lines[2], "กองช่าง"));
  g_assert_nonnull (strstr (lines[3], "สำนักปลัดเทศบาล / งานธุรการ"));
  g_assert_nonnull (strstr (lines[4], "o99"));
  g_assert_nonnull (strstr (lines[5], "30/02/2568"));
  g_assert_nonnull (strstr (lines[6], "line 2"));
  g_assert_nonnull (strstr (lines[7], "https://www.example.go.th/manual"));

  after = snapshot (f->project);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (ita_project_get_undo_label (f->project), ==, "Add unit");   /* no step added */
}

static void
expect_refused (Fixture    *f,
                const char *data,
                gsize       length,
                const char *in_message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaChecklistImport) import = ita_project_preview_checklist_csv (f->project, data, length,
                                                                            &error);

  g_assert_null (import);
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, in_message));
}

static void
test_malformed (Fixture       *f,
                gconstpointer  data)
{
  static const char latin1[] = "Item,Note\r\no1,ok\r\no2,caf\xe9\r\n";
  static const char nul[] = "Item,Note\r\no1,a\0b\r\n";
  static const char unclosed[] = "Item,Note\r\no1,\"never closed\r\no2,x\r\n";
  static const char no_item[] = "Code?,Status\r\no1,Present\r\n";
  static const char twice[] = "Item,Status,สถานะ\r\no1,Present,มี\r\n";
  g_autofree char *before = snapshot (f->project);
  g_autofree char *after = NULL;

  expect_refused (f, latin1, sizeof latin1 - 1, "line 3: ");
  expect_refused (f, nul, sizeof nul - 1, "line 2: ");
  expect_refused (f, unclosed, sizeof unclosed - 1, "line 2: ");
  expect_refused (f, no_item, sizeof no_item - 1, "line 1: ");
  expect_refused (f, twice, sizeof twice - 1, "สถานะ");
  expect_refused (f, "", 0, "empty");
  expect_refused (f, "\xEF\xBB\xBF\r\n\r\n", 7, "empty");
  after = snapshot (f->project);
  g_assert_cmpstr (after, ==, before);
}

/* An item edited between the preview and applying it: nothing applied. */
static void
test_stale_preview (Fixture       *f,
                    gconstpointer  data)
{
  static const char csv[] = "Item,Status\r\no1,Present\r\no2,Missing\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaChecklistImport) import = preview (f->project, csv, &error);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (ita_checklist_import_get_changes (import)->len, ==, 2);
  g_assert_true (ita_project_set_checklist_status (f->project, "o2", ITA_EVIDENCE_INCOMPLETE, &error));
  before = snapshot (f->project);
  g_assert_false (ita_project_apply_checklist_import (f->project, import, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "o2"));
  after = snapshot (f->project);
  g_assert_cmpstr (after, ==, before);
}

static void
test_field_labels (void)
{
  g_assert_cmpstr (ita_checklist_field_label (ITA_CHECKLIST_FIELD_STATUS), ==, "Status");
  g_assert_cmpstr (ita_checklist_field_label (ITA_CHECKLIST_FIELD_UNITS), ==, "Unit");
  g_assert_cmpstr (ita_checklist_field_label (ITA_CHECKLIST_FIELD_LAST_CHECKED), ==, "Last checked");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/core/checklist-csv/export", test_export);
  ADD ("/core/checklist-csv/round-trip-thai", test_round_trip_thai);
  ADD ("/core/checklist-csv/edited-in-thai", test_edited_in_thai);
  ADD ("/core/checklist-csv/bad-rows", test_bad_rows);
  ADD ("/core/checklist-csv/malformed", test_malformed);
  ADD ("/core/checklist-csv/stale-preview", test_stale_preview);
#undef ADD
  g_test_add_func ("/core/checklist-csv/field-labels", test_field_labels);
  return g_test_run ();
}
