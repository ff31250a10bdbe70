/* test-project.c: project operations, undo/redo of every edit, change
 * notifications, reopening */
#include <locale.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ita-project.h"

typedef struct {
  char       *dir;
  GFile      *file;
  ItaProject *project;
  GPtrArray  *changes;   /* "kind:key" */
} Fixture;

static void
on_changed (ItaProject       *project,
            ItaProjectChange  kind,
            const char       *key,
            Fixture          *f)
{
  GEnumClass *klass = g_type_class_ref (ITA_TYPE_PROJECT_CHANGE);
  GEnumValue *v = g_enum_get_value (klass, kind);

  g_ptr_array_add (f->changes, g_strdup_printf ("%s:%s", v->value_nick, key ? key : "-"));
  g_type_class_unref (klass);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) edition = ita_catalogue_lookup ("ita-2568", &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  f->dir = g_dir_make_tmp ("ita-project-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "plan-2568.ita", NULL);
  f->file = g_file_new_for_path (path);
  f->project = ita_project_create (f->file, edition, 0, &error);
  g_assert_no_error (error);
  f->changes = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (f->project, "changed", G_CALLBACK (on_changed), f);
}

static void
remove_tree (const char *dir)
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

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->project != NULL)
    g_assert_finalize_object (f->project);
  g_clear_object (&f->file);
  g_ptr_array_unref (f->changes);
  remove_tree (f->dir);
  g_free (f->dir);
}

static void
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_finalize_object (f->project);
  f->project = ita_project_open (f->file, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

/* Everything a user can see, as text, to compare states. */
static char *
snapshot (ItaProject *p)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) json = ita_project_export_json (p, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (json, NULL), g_bytes_get_size (json));
}

static gint64
add_unit (ItaProject *p,
          gint64      parent,
          const char *name,
          ItaUnitKind kind)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (ita_project_add_unit (p, parent, name, kind, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static ItaMeasure *
sample_measure (gint64 unit)
{
  ItaMeasure *m = ita_measure_new ();
  const char *targets[] = { "ind:9", "O12", NULL };
  const char *steps[] = { "แต่งตั้งคณะทำงาน", "เผยแพร่ข้อมูลบนเว็บไซต์", NULL };
  ItaProgress *p = ita_progress_new ();

  g_free (m->title);
  m->title = g_strdup ("มาตรการเปิดเผยข้อมูลสาธารณะ");
  g_strfreev (m->targets);
  m->targets = g_strdupv ((char **) targets);
  g_strfreev (m->steps);
  m->steps = g_strdupv ((char **) steps);
  g_array_append_val (m->unit_ids, unit);
  g_date_set_dmy (&m->start, 1, 10, 2025);
  g_date_set_dmy (&m->end, 30, 9, 2026);
  m->budget = 1500000;
  g_date_set_dmy (&p->date, 31, 3, 2026);
  g_free (p->done);
  p->done = g_strdup ("ประชุมคณะทำงานครั้งที่ 1");
  g_ptr_array_add (m->progress, p);
  return m;
}

static void
test_create_and_reopen (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaAgency) agency = ita_agency_new ();
  g_autoptr(ItaAgency) read = NULL;
  g_autoptr(ItaMeasure) measure = NULL;
  g_autoptr(GPtrArray) measures = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(ItaChecklistEntry) entry = ita_checklist_entry_new ("O3");
  g_autoptr(ItaChecklistEntry) back = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *urls[] = { "https://www.example.go.th/a", "https://www.example.go.th/b", NULL };
  ItaThresholds t = { 9600, 9100 };
  gint64 office, work, mid;

  g_assert_cmpint (ita_project_get_fiscal_year (f->project), ==, 2568);
  g_assert_cmpstr (ita_framework_get_id (ita_project_get_edition (f->project)), ==, "ita-2568");
  g_assert_false (ita_project_get_read_only (f->project));

  g_free (agency->name);
  agency->name = g_strdup ("  เทศบาลตำบลบ้านสวนดอกไม้ ");
  g_assert_true (ita_project_set_agency (f->project, agency, &error));
  g_assert_no_error (error);

  office = add_unit (f->project, ITA_ID_NONE, "สำนักปลัด", ITA_UNIT_KIND_OFFICE);
  work = add_unit (f->project, office, "งานธุรการ", ITA_UNIT_KIND_WORK);
  g_assert_true (ita_project_set_score (f->project, "i1", 9933, &error));
  g_assert_true (ita_project_set_score (f->project, "ind:๙", 3800, &error));
  g_assert_no_error (error);

  g_strfreev (entry->urls);
  entry->urls = g_strdupv ((char **) urls);
  entry->status = ITA_EVIDENCE_INCOMPLETE;
  ita_checklist_entry_add_unit (entry, work);
  g_date_set_dmy (&entry->due_date, 31, 3, 2025);
  g_assert_true (ita_project_set_checklist_entry (f->project, entry, &error));
  g_assert_no_error (error);

  measure = sample_measure (work);
  g_assert_true (ita_project_add_measure (f->project, measure, &mid, &error));
  g_assert_no_error (error);
  g_assert_true (ita_project_add_limitation (f->project, ITA_LIMITATION_BUDGET, "งบประมาณจำกัด",
                                             NULL, &error));
  g_assert_true (ita_project_set_thresholds (f->project, &t, &error));
  g_assert_true (ita_project_set_thai_digits (f->project, TRUE, &error));
  g_assert_no_error (error);

  before = snapshot (f->project);
  reopen (f);
  after = snapshot (f->project);
  g_assert_cmpstr (before, ==, after);

  read = ita_project_get_agency (f->project);
  g_assert_cmpstr (read->name, ==, "เทศบาลตำบลบ้านสวนดอกไม้");
  units = ita_project_get_units (f->project);
  g_assert_cmpuint (units->len, ==, 2);
  g_assert_cmpuint (((ItaUnit *) units->pdata[1])->depth, ==, 1);
  g_assert_cmpint (ita_project_get_score (f->project, "i1"), ==, 9933);
  g_assert_cmpint (ita_project_get_score (f->project, "ind:9"), ==, 3800);
  back = ita_project_get_checklist_entry (f->project, "o3");
  g_assert_cmpstr (back->urls[1], ==, urls[1]);
  g_assert_cmpint (back->status, ==, ITA_EVIDENCE_INCOMPLETE);
  g_assert_cmpint (g_date_get_day (&back->due_date), ==, 31);
  measures = ita_project_get_measures (f->project);
  g_assert_cmpuint (measures->len, ==, 1);
  g_assert_cmpstr (((ItaMeasure *) measures->pdata[0])->targets[1], ==, "o12");
  g_assert_cmpint (((ItaMeasure *) measures->pdata[0])->budget, ==, 1500000);
  g_assert_cmpuint (((ItaMeasure *) measures->pdata[0])->progress->len, ==, 1);
  ita_project_get_thresholds (f->project, &t);
  g_assert_cmpint (t.maintain, ==, 9600);
  g_assert_true (ita_project_get_thai_digits (f->project));
  /* undo history is per session */
  g_assert_false (ita_project_get_can_undo (f->project));
}

/* Each edit, its undo and redo, and the change notification. */
typedef gboolean (*EditFunc) (ItaProject *p, GError **error);

static gint64 unit_a;

static gboolean
edit_score (ItaProject *p, GError **e)
{
  return ita_project_set_score (p, "o5", 10000, e);
}

static gboolean
edit_scores (ItaProject *p, GError **e)
{
  g_autoptr(ItaScores) s = ita_scores_new ();

  ita_scores_set (s, "IIT", 9987);
  ita_scores_set (s, "EIT1", 10000);
  ita_scores_set (s, "EIT2", 9644);
  ita_scores_set (s, "OIT", 5900);
  return ita_project_set_scores (p, s, FALSE, e);
}

static gboolean
edit_agency (ItaProject *p, GError **e)
{
  g_autoptr(ItaAgency) a = ita_project_get_agency (p);

  g_free (a->province);
  a->province = g_strdup ("เชียงใหม่");
  return ita_project_set_agency (p, a, e);
}

static gboolean
edit_add_unit (ItaProject *p, GError **e)
{
  return ita_project_add_unit (p, unit_a, "งานการเงิน", ITA_UNIT_KIND_WORK, NULL, e);
}

static gboolean
edit_rename_unit (ItaProject *p, GError **e)
{
  return ita_project_rename_unit (p, unit_a, "กองคลัง", e);
}

static gboolean
edit_move_unit (ItaProject *p, GError **e)
{
  return ita_project_move_unit (p, unit_a, ITA_ID_NONE, 1, e);
}

static gboolean
edit_checklist (ItaProject *p, GError **e)
{
  return ita_project_set_checklist_status (p, "o1", ITA_EVIDENCE_PRESENT, e);
}

static gboolean
edit_add_measure (ItaProject *p, GError **e)
{
  g_autoptr(ItaMeasure) m = sample_measure (unit_a);

  return ita_project_add_measure (p, m, NULL, e);
}

static gboolean
edit_remove_measure (ItaProject *p, GError **e)
{
  g_autoptr(GPtrArray) list = ita_project_get_measures (p);

  return ita_project_remove_measure (p, ((ItaMeasure *) list->pdata[0])->id, e);
}

static gboolean
edit_update_measure (ItaProject *p, GError **e)
{
  g_autoptr(GPtrArray) list = ita_project_get_measures (p);
  ItaMeasure *m = list->pdata[0];

  m->status = ITA_MEASURE_DONE;
  g_strfreev (m->steps);
  m->steps = g_new0 (char *, 1);
  return ita_project_update_measure (p, m, e);
}

static gboolean
edit_move_measure (ItaProject *p, GError **e)
{
  g_autoptr(GPtrArray) list = ita_project_get_measures (p);

  return ita_project_move_measure (p, ((ItaMeasure *) list->pdata[1])->id, 0, e);
}

static gboolean
edit_progress (ItaProject *p, GError **e)
{
  g_autoptr(GPtrArray) list = ita_project_get_measures (p);
  g_autoptr(ItaProgress) pr = ita_progress_new ();

  g_date_set_dmy (&pr->date, 1, 6, 2026);
  return ita_project_add_progress (p, ((ItaMeasure *) list->pdata[0])->id, pr, e);
}

static gboolean
edit_limitation (ItaProject *p, GError **e)
{
  return ita_project_add_limitation (p, ITA_LIMITATION_PERSONNEL, "บุคลากรไม่เพียงพอ", NULL, e);
}

static gboolean
edit_thresholds (ItaProject *p, GError **e)
{
  ItaThresholds t = { 9000, 8000 };

  return ita_project_set_thresholds (p, &t, e);
}

static gboolean
edit_distribution (ItaProject *p, GError **e)
{
  guint counts[] = { 1, 2, 30, 67 };

  return ita_project_set_distribution (p, "i1", counts, 4, e);
}

static gboolean
edit_setting (ItaProject *p, GError **e)
{
  return ita_project_set_setting (p, "chart.palette", "okabe-ito", e);
}

static const struct {
  const char *name;
  EditFunc    func;
  const char *change;   /* expected "kind:key" prefix */
} edits[] = {
  { "score", edit_score, "scores:o5" },
  { "scores", edit_scores, "scores:-" },
  { "agency", edit_agency, "agency:-" },
  { "add-unit", edit_add_unit, "units:" },
  { "rename-unit", edit_rename_unit, "units:" },
  { "move-unit", edit_move_unit, "units:" },
  { "checklist", edit_checklist, "checklist:o1" },
  { "add-measure", edit_add_measure, "measures:" },
  { "update-measure", edit_update_measure, "measures:" },
  { "move-measure", edit_move_measure, "measures:" },
  { "progress", edit_progress, "measures:" },
  { "remove-measure", edit_remove_measure, "measures:" },
  { "limitation", edit_limitation, "limitations:" },
  { "thresholds", edit_thresholds, "settings:thresholds" },
  { "distribution", edit_distribution, "distributions:i1" },
  { "setting", edit_setting, "settings:chart.palette" },
};

static void
test_undo_redo (Fixture       *f,
                gconstpointer  data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaMeasure) m1 = NULL;
  g_autofree char *s0 = NULL;
  g_autofree char *s1 = NULL;
  g_autofree char *s = NULL;

  unit_a = add_unit (f->project, ITA_ID_NONE, "สำนักปลัด", ITA_UNIT_KIND_OFFICE);
  add_unit (f->project, ITA_ID_NONE, "กองช่าง", ITA_UNIT_KIND_DIVISION);
  m1 = sample_measure (unit_a);
  g_assert_true (ita_project_add_measure (f->project, m1, NULL, &error));
  g_assert_true (ita_project_add_measure (f->project, m1, NULL, &error));
  g_assert_no_error (error);
  g_ptr_array_set_size (f->changes, 0);

  s0 = snapshot (f->project);
  g_assert_true (edits[i].func (f->project, &error));
  g_assert_no_error (error);
  s1 = snapshot (f->project);
  g_assert_cmpstr (s0, !=, s1);
  g_assert_true (ita_project_get_can_undo (f->project));
  g_assert_nonnull (ita_project_get_undo_label (f->project));
  g_assert_cmpuint (f->changes->len, ==, 1);
  g_assert_true (g_str_has_prefix (f->changes->pdata[0], edits[i].change));

  g_assert_true (ita_project_undo (f->project, &error));
  g_assert_no_error (error);
  s = snapshot (f->project);
  g_assert_cmpstr (s, ==, s0);
  g_assert_cmpuint (f->changes->len, ==, 2);
  g_assert_cmpstr (f->changes->pdata[1], ==, f->changes->pdata[0]);
  g_assert_true (ita_project_get_can_redo (f->project));

  g_assert_true (ita_project_redo (f->project, &error));
  g_assert_no_error (error);
  g_clear_pointer (&s, g_free);
  s = snapshot (f->project);
  g_assert_cmpstr (s, ==, s1);
  g_assert_false (ita_project_get_can_redo (f->project));

  /* and the redone edit is in the file */
  reopen (f);
  g_clear_pointer (&s, g_free);
  s = snapshot (f->project);
  g_assert_cmpstr (s, ==, s1);
}

static void
test_undo_many (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *s0 = snapshot (f->project);
  g_autofree char *s = NULL;

  for (int v = 0; v <= 100; v += 10)
    g_assert_true (ita_project_set_score (f->project, "i2", v * 100, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ita_project_get_score (f->project, "i2"), ==, 10000);
  for (int k = 0; k < 5; k++)
    g_assert_true (ita_project_undo (f->project, &error));
  g_assert_cmpint (ita_project_get_score (f->project, "i2"), ==, 5000);
  /* a new edit drops the redo history */
  g_assert_true (ita_project_set_score (f->project, "i3", 100, &error));
  g_assert_false (ita_project_get_can_redo (f->project));
  while (ita_project_get_can_undo (f->project))
    g_assert_true (ita_project_undo (f->project, &error));
  g_assert_no_error (error);
  s = snapshot (f->project);
  g_assert_cmpstr (s, ==, s0);
  g_assert_false (ita_project_undo (f->project, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_FAILED);
}

static void
test_scores_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaScores) s = ita_scores_new ();
  static const char csv_bad[] = "code,score\ni1,99.5\no99,100\ni2,abc\n";
  static const char csv_good[] = "\xEF\xBB\xBF" "code,score\ni1,๙๙.๓๓\nIIT,99.87\n";

  g_assert_false (ita_project_set_score (f->project, "o99", 100, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ita_project_set_score (f->project, "i1", 10001, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  /* all or nothing */
  ita_scores_set (s, "i1", 5000);
  ita_scores_set (s, "x7", 5000);
  g_assert_false (ita_project_set_scores (f->project, s, FALSE, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (ita_project_get_score (f->project, "i1"), ==, ITA_CENTI_NONE);

  g_assert_false (ita_project_import_scores_csv (f->project, csv_bad, sizeof csv_bad - 1, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "3"));
  g_clear_error (&error);
  g_assert_cmpint (ita_project_get_score (f->project, "i1"), ==, ITA_CENTI_NONE);
  g_assert_false (ita_project_get_can_undo (f->project));

  g_assert_true (ita_project_import_scores_csv (f->project, csv_good, sizeof csv_good - 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ita_project_get_score (f->project, "i1"), ==, 9933);
  g_assert_cmpint (ita_project_get_score (f->project, "IIT"), ==, 9987);
  /* one undo step for the whole import */
  g_assert_true (ita_project_undo (f->project, &error));
  g_assert_cmpint (ita_project_get_score (f->project, "i1"), ==, ITA_CENTI_NONE);
  g_assert_cmpint (ita_project_get_score (f->project, "IIT"), ==, ITA_CENTI_NONE);
}

static void
test_compute (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaResult) result = NULL;

  /* seed 001 (เทศบาลตำบลนาคำ, FY 2568): official tool figures → total 83.03 */
  g_assert_true (edit_scores (f->project, &error));
  g_assert_no_error (error);
  result = ita_project_compute (f->project);
  g_assert_cmpint (ita_result_get_total (result)->value, ==, 8303);
}

static void
test_units (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaMeasure) m = NULL;
  g_auto(GStrv) refs = NULL;
  g_autoptr(GPtrArray) units = NULL;
  gint64 office = add_unit (f->project, ITA_ID_NONE, "สำนักปลัด", ITA_UNIT_KIND_OFFICE);
  gint64 finance = add_unit (f->project, ITA_ID_NONE, "กองคลัง", ITA_UNIT_KIND_DIVISION);
  gint64 work = add_unit (f->project, office, "งานธุรการ", ITA_UNIT_KIND_WORK);

  g_assert_false (ita_project_add_unit (f->project, ITA_ID_NONE, "   ", ITA_UNIT_KIND_WORK, NULL, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ita_project_move_unit (f->project, office, work, -1, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  m = sample_measure (work);
  g_assert_true (ita_project_add_measure (f->project, m, NULL, &error));
  g_assert_true (ita_project_set_checklist_status (f->project, "o2", ITA_EVIDENCE_MISSING, &error));
  {
    g_autoptr(ItaChecklistEntry) e = ita_project_get_checklist_entry (f->project, "o2");

    ita_checklist_entry_add_unit (e, work);
    g_assert_true (ita_project_set_checklist_entry (f->project, e, &error));
  }
  g_assert_no_error (error);

  refs = ita_project_get_unit_references (f->project, work);
  g_assert_cmpuint (g_strv_length (refs), ==, 2);
  g_assert_false (ita_project_remove_unit (f->project, work, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "o2"));
  g_assert_nonnull (strstr (error->message, "มาตรการเปิดเผยข้อมูลสาธารณะ"));
  g_clear_error (&error);
  g_assert_false (ita_project_remove_unit (f->project, office, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_IN_USE);
  g_clear_error (&error);

  /* move the work unit under กองคลัง: display order follows */
  g_assert_true (ita_project_move_unit (f->project, work, finance, 0, &error));
  units = ita_project_get_units (f->project);
  g_assert_cmpstr (((ItaUnit *) units->pdata[0])->name, ==, "สำนักปลัด");
  g_assert_cmpstr (((ItaUnit *) units->pdata[1])->name, ==, "กองคลัง");
  g_assert_cmpstr (((ItaUnit *) units->pdata[2])->name, ==, "งานธุรการ");
  g_assert_cmpuint (((ItaUnit *) units->pdata[2])->depth, ==, 1);
  g_assert_true (ita_project_remove_unit (f->project, office, &error));
  g_assert_no_error (error);
}

static void
test_checklist_refused (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaChecklistEntry) e = ita_checklist_entry_new ("i1");
  g_autoptr(GPtrArray) list = ita_project_get_checklist (f->project);
  const char *urls[] = { "www.example.go.th", NULL };

  /* 2568 has o1…o28 */
  g_assert_cmpuint (list->len, ==, 28);
  g_assert_false (ita_project_set_checklist_entry (f->project, e, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_free (e->item);
  e->item = g_strdup ("o4");
  g_strfreev (e->urls);
  e->urls = g_strdupv ((char **) urls);
  g_assert_false (ita_project_set_checklist_entry (f->project, e, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "https://"));
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaProject) other = NULL;

  g_assert_true (ita_project_set_score (f->project, "i1", 9000, &error));
  g_assert_finalize_object (g_steal_pointer (&f->project));
  other = ita_project_open (f->file, ITA_PROJECT_OPEN_COMPARISON, &error);
  g_assert_no_error (error);
  g_assert_true (ita_project_get_read_only (other));
  g_assert_cmpint (ita_project_get_score (other, "i1"), ==, 9000);
  g_assert_false (ita_project_set_score (other, "i1", 9100, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_READ_ONLY);
  g_clear_error (&error);
  /* a read-only open takes no lock: a writer can still open it */
  f->project = ita_project_open (f->file, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ita_project_close (other);
  g_assert_false (ita_project_set_score (other, "i1", 9100, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CLOSED);
}

static void
test_next_year (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  /* a FY 2567 file on the 2566 items (confirmed, unlike most of 2567's)
   * exercises the carrying of evidence by continuity key */
  g_autoptr(ItaFramework) e2566 = ita_catalogue_lookup ("ita-2566", &error);
  g_autoptr(ItaProject) old = NULL;
  g_autoptr(ItaProject) next = NULL;
  g_autoptr(ItaMeasure) m = NULL;
  g_autoptr(GPtrArray) measures = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GPtrArray) checklist = NULL;
  g_autoptr(ItaAgency) agency = ita_agency_new ();
  g_autofree char *old_path = g_build_filename (f->dir, "plan-2567.ita", NULL);
  g_autofree char *next_path = g_build_filename (f->dir, "plan-2568-next.ita", NULL);
  g_autoptr(GFile) old_file = g_file_new_for_path (old_path);
  g_autoptr(GFile) next_file = g_file_new_for_path (next_path);
  g_autoptr(ItaProject) linked = NULL;
  guint n_carried = 0;
  gint64 unit;

  g_assert_no_error (error);
  old = ita_project_create (old_file, e2566, 2567, &error);
  g_assert_no_error (error);
  g_free (agency->name);
  agency->name = g_strdup ("เทศบาลตำบลบ้านสวนดอกไม้");
  g_assert_true (ita_project_set_agency (old, agency, &error));
  unit = add_unit (old, ITA_ID_NONE, "สำนักปลัด", ITA_UNIT_KIND_OFFICE);
  for (guint i = 1; i <= 43; i++)
    {
      g_autofree char *code = g_strdup_printf ("o%u", i);
      g_autoptr(ItaChecklistEntry) e = ita_project_get_checklist_entry (old, code);

      if (e == NULL)
        continue;
      g_strfreev (e->urls);
      e->urls = g_new0 (char *, 2);
      e->urls[0] = g_strdup_printf ("https://www.example.go.th/oit/%u", i);
      e->status = ITA_EVIDENCE_PRESENT;
      ita_checklist_entry_add_unit (e, unit);
      g_assert_true (ita_project_set_checklist_entry (old, e, &error));
      g_assert_no_error (error);
    }
  m = sample_measure (unit);
  g_strfreev (m->targets);
  m->targets = g_strsplit ("ind:9,o1", ",", -1);
  g_assert_true (ita_project_add_measure (old, m, NULL, &error));
  m->status = ITA_MEASURE_DONE;
  g_free (m->title);
  m->title = g_strdup ("มาตรการที่เสร็จแล้ว");
  g_assert_true (ita_project_add_measure (old, m, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (ita_project_set_official_grade (old, "pass", &error));
  g_assert_true (ita_project_set_setting (old, "chart.palette", "dark", &error));

  next = ita_project_create_next_year (old, next_file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ita_project_get_fiscal_year (next), ==, 2568);
  g_assert_cmpstr (ita_framework_get_id (ita_project_get_edition (next)), ==, "ita-2568");
  g_clear_pointer (&agency, ita_agency_free);
  agency = ita_project_get_agency (next);
  g_assert_cmpstr (agency->name, ==, "เทศบาลตำบลบ้านสวนดอกไม้");
  measures = ita_project_get_measures (next);
  g_assert_cmpuint (measures->len, ==, 1);   /* only the unfinished one */
  g_assert_cmpstr (((ItaMeasure *) measures->pdata[0])->targets[0], ==, "ind:9");
  checklist = ita_project_get_checklist (next);
  for (guint i = 0; i < checklist->len; i++)
    {
      ItaChecklistEntry *e = checklist->pdata[i];

      g_assert_cmpint (e->status, ==, ITA_EVIDENCE_NOT_CHECKED);
      if (e->urls[0] != NULL)
        {
          n_carried++;
          g_assert_true (g_str_has_prefix (e->urls[0], "https://www.example.go.th/oit/"));
          g_assert_cmpint (g_array_index (e->unit_ids, gint64, 0), ==, unit);
        }
    }
  g_assert_cmpuint (n_carried, >, 10);
  g_assert_false (ita_project_get_can_undo (next));
  /* settings are carried, this year's official grade is not */
  g_assert_null (ita_project_get_official_grade (next));
  {
    g_autofree char *palette = ita_project_get_setting (next, "chart.palette");
    g_assert_cmpstr (palette, ==, "dark");
  }
  links = ita_project_get_links (next);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (((ItaLink *) links->pdata[0])->fiscal_year, ==, 2567);
  g_assert_cmpstr (((ItaLink *) links->pdata[0])->relative_path, ==, "plan-2567.ita");
  linked = ita_project_open_link (next, links->pdata[0], &error);
  g_assert_no_error (error);
  g_assert_true (ita_project_get_read_only (linked));

  /* FY 2569 has its own edition; FY 2570 stands on it provisionally
   * (test-project-edition.c); before the first edition there is none */
  g_clear_object (&linked);
  {
    g_autofree char *p = g_build_filename (f->dir, "plan-2569.ita", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (p);
    g_autoptr(ItaProject) y2569 = ita_project_create_next_year (next, file, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (ita_framework_get_id (ita_project_get_edition (y2569)), ==, "ita-2569");
    g_assert_false (ita_project_is_provisional (y2569));
  }
  {
    g_autoptr(ItaFramework) e2562 = ita_catalogue_lookup ("ita-2562", &error);
    g_autofree char *p = g_build_filename (f->dir, "plan-2560.ita", NULL);
    g_autofree char *q = g_build_filename (f->dir, "plan-2561.ita", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (p);
    g_autoptr(GFile) next_file2 = g_file_new_for_path (q);
    g_autoptr(ItaProject) early = ita_project_create (file, e2562, 2560, &error);
    g_autoptr(ItaProject) none = NULL;

    g_assert_no_error (error);
    none = ita_project_create_next_year (early, next_file2, &error);
    g_assert_null (none);
    g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NO_EDITION);
    g_assert_false (g_file_query_exists (next_file2, NULL));
  }
}

/* The grade NACC published: a typed setting of the year, part of the
 * scores the engine sees, one undo step, read from the CSV's grade row. */
static void
test_official_grade (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaResult) r = NULL;
  g_autoptr(ItaScores) scores = NULL;
  g_autofree char *grade = NULL;
  const char *csv = "TOTAL,83.03\nIIT,99.87\nEIT,98.22\nOIT,59.00\nระดับผลการประเมิน,: ต้องปรับปรุง\n";

  g_assert_null (ita_project_get_official_grade (f->project));
  g_assert_true (ita_project_set_official_grade (f->project, "ผ่าน", &error));
  g_assert_no_error (error);
  grade = ita_project_get_official_grade (f->project);
  g_assert_cmpstr (grade, ==, "pass");
  g_assert_cmpstr (f->changes->pdata[f->changes->len - 1], ==, "scores:grade");
  scores = ita_project_get_scores (f->project);
  g_assert_cmpstr (ita_scores_get_grade (scores), ==, "pass");

  /* refused with the grades the edition has; nothing changes */
  g_assert_false (ita_project_set_official_grade (f->project, "AA", &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "ต้องปรับปรุง"));
  g_clear_error (&error);

  /* the CSV's grade row, with the official figures: the difference from
   * the grade those figures give is gone once the right grade is in */
  g_assert_true (ita_project_import_scores_csv (f->project, csv, strlen (csv), &error));
  g_assert_no_error (error);
  g_clear_pointer (&grade, g_free);
  grade = ita_project_get_official_grade (f->project);
  g_assert_cmpstr (grade, ==, "improve");
  r = ita_project_compute (f->project);
  g_assert_cmpstr (ita_result_get_official_grade (r)->code, ==, "improve");
  g_assert_false (ita_result_grade_differs (r));

  /* undo: back to ผ่าน, which differs from what 83.03 gives */
  g_assert_true (ita_project_undo (f->project, &error));
  g_clear_pointer (&grade, g_free);
  grade = ita_project_get_official_grade (f->project);
  g_assert_cmpstr (grade, ==, "pass");

  /* cleared, and it stays across reopening */
  g_assert_true (ita_project_set_official_grade (f->project, "ต้องปรับปรุง", &error));
  reopen (f);
  g_clear_pointer (&grade, g_free);
  grade = ita_project_get_official_grade (f->project);
  g_assert_cmpstr (grade, ==, "improve");
  g_assert_true (ita_project_set_official_grade (f->project, NULL, &error));
  g_assert_null (ita_project_get_official_grade (f->project));

  /* a tampered setting is no grade */
  g_assert_true (ita_project_set_setting (f->project, "official-grade", "nonsense", &error));
  g_assert_null (ita_project_get_official_grade (f->project));
}

static void
test_save_copy (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "copy.ita", NULL);
  g_autoptr(GFile) copy = g_file_new_for_path (path);
  g_autoptr(ItaProject) p = NULL;

  g_assert_true (ita_project_set_score (f->project, "e1", 9500, &error));
  g_assert_true (ita_project_save_copy (f->project, copy, &error));
  g_assert_no_error (error);
  g_assert_false (ita_project_save_copy (f->project, f->file, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_EXISTS);
  g_clear_error (&error);
  p = ita_project_open (copy, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ita_project_get_score (p, "e1"), ==, 9500);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/core/project/create-and-reopen", test_create_and_reopen);
  ADD ("/core/project/undo-many", test_undo_many);
  ADD ("/core/project/scores-refused", test_scores_refused);
  ADD ("/core/project/compute", test_compute);
  ADD ("/core/project/units", test_units);
  ADD ("/core/project/checklist-refused", test_checklist_refused);
  ADD ("/core/project/read-only", test_read_only);
  ADD ("/core/project/next-year", test_next_year);
  ADD ("/core/project/save-copy", test_save_copy);
  ADD ("/core/project/official-grade", test_official_grade);
#undef ADD
  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/project/undo-redo/%s", edits[i].name);

      g_test_add (path, Fixture, GUINT_TO_POINTER (i), fixture_set_up, test_undo_redo,
                  fixture_tear_down);
    }
  return g_test_run ();
}
