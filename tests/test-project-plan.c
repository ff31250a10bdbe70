/* test-project-plan.c: the action plan — the plan year, measure and
 * progress operations and their undo, the library of suggested measures,
 * suggestions for seed 001's weak results, the checks, the state at a
 * date, limitations by kind, the CSV and JSON exports, schema 4 */
#include <libintl.h>
#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "ita-project-plan.h"
#include "ita-project-private.h"

typedef struct {
  char       *dir;
  GFile      *file;
  ItaProject *project;
  gint64      office;
  gint64      finance;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) edition = ita_catalogue_lookup ("ita-2568", &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  f->dir = g_dir_make_tmp ("ita-plan-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "plan-2568.ita", NULL);
  f->file = g_file_new_for_path (path);
  f->project = ita_project_create (f->file, edition, 0, &error);
  g_assert_no_error (error);
  g_assert_true (ita_project_add_unit (f->project, ITA_ID_NONE, "สำนักปลัดเทศบาล",
                                       ITA_UNIT_KIND_OFFICE, &f->office, &error));
  g_assert_true (ita_project_add_unit (f->project, ITA_ID_NONE, "กองคลัง",
                                       ITA_UNIT_KIND_DIVISION, &f->finance, &error));
  g_assert_no_error (error);
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

static char *
snapshot (ItaProject *p)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) json = ita_project_export_json (p, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (json, NULL), g_bytes_get_size (json));
}

/* Seed 001 (เทศบาลตำบลนาคำ, ITA 2568): 14 OIT items and indicators 9 and
 * 10 below 90. */
static void
load_seed_001 (ItaProject *p)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "seed-001-2568.csv", NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize len = 0;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  g_assert_true (ita_project_import_scores_csv (p, data, len, &error));
  g_assert_no_error (error);
}

static ItaMeasure *
plain_measure (ItaProject *p,
               const char *title,
               const char *methods,
               gint64      unit)
{
  ItaMeasure *m = ita_project_new_measure (p);
  const char *steps[] = { "แต่งตั้งคณะทำงาน", NULL, NULL };
  g_autofree char *own = g_strdup_printf ("ดำเนินการ%s", title);

  steps[1] = own;
  g_free (m->title);
  m->title = g_strdup (title);
  g_free (m->methods);
  m->methods = g_strdup (methods);
  g_strfreev (m->steps);
  m->steps = g_strdupv ((char **) steps);
  if (unit != ITA_ID_NONE)
    g_array_append_val (m->unit_ids, unit);
  return m;
}

static gint64
add (ItaProject *p,
     ItaMeasure *m)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (ita_project_add_measure (p, m, &id, &error));
  g_assert_no_error (error);
  return id;
}

static ItaProgress *
progress_on (int         day,
             int         month,
             int         year,
             const char *done)
{
  ItaProgress *p = ita_progress_new ();

  if (day > 0)
    g_date_set_dmy (&p->date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  g_free (p->done);
  p->done = g_strdup (done);
  return p;
}

/* The plan year ----------------------------------------------------------- */

static void
test_plan_year (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(ItaMeasure) m = ita_project_new_measure (f->project);
  g_autofree char *start_th = NULL;
  g_autofree char *end_th = NULL;
  g_autofree char *start_digits = NULL;
  g_autoptr(GPtrArray) issues = NULL;
  GDate start, end, before, after;
  gint64 id_in, id_before, id_after;

  /* a FY 2568 assessment gives the measures of FY 2569 */
  g_assert_cmpint (ita_project_get_fiscal_year (f->project), ==, 2568);
  g_assert_cmpint (ita_project_get_plan_year (f->project), ==, 2569);
  g_date_clear (&start, 1);
  g_date_clear (&end, 1);
  ita_project_get_plan_period (f->project, &start, &end);
  g_assert_cmpint (g_date_get_year (&start), ==, 2025);
  g_assert_cmpint (g_date_get_month (&start), ==, 10);
  g_assert_cmpint (g_date_get_day (&start), ==, 1);
  g_assert_cmpint (g_date_get_year (&end), ==, 2026);
  g_assert_cmpint (g_date_get_month (&end), ==, 9);
  g_assert_cmpint (g_date_get_day (&end), ==, 30);
  g_assert_cmpint (ita_fiscal_year_of_date (&start), ==, 2569);
  g_assert_cmpint (ita_fiscal_year_of_date (&end), ==, 2569);
  /* shown in พ.ศ. */
  start_th = ita_thai_format_date (&start, FALSE, FALSE);
  end_th = ita_thai_format_date (&end, TRUE, FALSE);
  start_digits = ita_thai_format_date (&start, FALSE, TRUE);
  g_assert_cmpstr (start_th, ==, "1 ตุลาคม 2568");
  g_assert_cmpstr (end_th, ==, "30 ก.ย. 69");
  g_assert_cmpstr (start_digits, ==, "๑ ตุลาคม ๒๕๖๘");

  /* a new measure covers the whole plan year */
  g_assert_cmpint (g_date_compare (&m->start, &start), ==, 0);
  g_assert_cmpint (g_date_compare (&m->end, &end), ==, 0);
  g_assert_cmpint (m->status, ==, ITA_MEASURE_PLANNED);

  /* the bounds are inside; one day beyond either is outside */
  {
    g_autoptr(ItaMeasure) a = plain_measure (f->project, "ก", "วิธี ก", f->office);
    g_autoptr(ItaMeasure) b = plain_measure (f->project, "ข", "วิธี ข", f->office);
    g_autoptr(ItaMeasure) c = plain_measure (f->project, "ค", "วิธี ค", f->office);

    id_in = add (f->project, a);
    before = start;
    g_date_subtract_days (&before, 1);
    b->start = before;
    id_before = add (f->project, b);
    after = end;
    g_date_add_days (&after, 1);
    c->end = after;
    id_after = add (f->project, c);
  }
  issues = ita_project_check_plan (f->project);
  {
    gboolean in = FALSE, early = FALSE, late = FALSE;

    for (guint i = 0; i < issues->len; i++)
      {
        ItaPlanIssue *issue = g_ptr_array_index (issues, i);

        if (issue->check != ITA_PLAN_CHECK_OUTSIDE_YEAR)
          continue;
        in |= issue->measure_id == id_in;
        early |= issue->measure_id == id_before;
        late |= issue->measure_id == id_after;
        g_assert_nonnull (strstr (issue->message, "2569"));
      }
    g_assert_false (in);
    g_assert_true (early);
    g_assert_true (late);
  }
}

/* Measures ------------------------------------------------------------------ */

static void
test_duplicate (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaMeasure) a = plain_measure (f->project, "มาตรการ ก", "วิธีการเผยแพร่ข้อมูล", f->office);
  g_autoptr(ItaMeasure) b = plain_measure (f->project, "มาตรการ ข", "วิธีการอื่น", f->finance);
  g_autoptr(ItaProgress) p = progress_on (1, 12, 2025, "ประชุมแล้ว");
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) issues = NULL;
  ItaMeasure *copy;
  gint64 ida, idb, idc = 0;
  guint n_dup = 0;

  a->budget = 2500000;
  a->status = ITA_MEASURE_IN_PROGRESS;
  ida = add (f->project, a);
  idb = add (f->project, b);
  g_assert_true (ita_project_add_progress (f->project, ida, p, &error));
  g_assert_true (ita_project_duplicate_measure (f->project, ida, &idc, &error));
  g_assert_no_error (error);
  g_assert_cmpint (idc, >, idb);

  /* right after the original */
  list = ita_project_get_measures (f->project);
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_cmpint (((ItaMeasure *) list->pdata[0])->id, ==, ida);
  g_assert_cmpint (((ItaMeasure *) list->pdata[1])->id, ==, idc);
  g_assert_cmpint (((ItaMeasure *) list->pdata[2])->id, ==, idb);
  copy = list->pdata[1];
  g_assert_cmpstr (copy->title, ==, "มาตรการ ก (copy)");
  g_assert_cmpstr (copy->methods, ==, "วิธีการเผยแพร่ข้อมูล");
  g_assert_cmpstr (copy->steps[1], ==, "ดำเนินการมาตรการ ก");
  g_assert_cmpint (copy->budget, ==, 2500000);
  g_assert_cmpint (g_array_index (copy->unit_ids, gint64, 0), ==, f->office);
  g_assert_cmpint (copy->status, ==, ITA_MEASURE_PLANNED);
  g_assert_cmpuint (copy->progress->len, ==, 0);

  /* the copied text is reported until it is edited */
  issues = ita_project_check_plan (f->project);
  for (guint i = 0; i < issues->len; i++)
    {
      ItaPlanIssue *issue = g_ptr_array_index (issues, i);

      if (issue->check == ITA_PLAN_CHECK_DUPLICATE_TEXT)
        {
          g_assert_cmpint (issue->measure_id, ==, idc);
          g_assert_cmpint (issue->other_id, ==, ida);
          n_dup++;
        }
    }
  g_assert_cmpuint (n_dup, ==, 2);  /* methods and steps; the title differs */

  g_assert_false (ita_project_duplicate_measure (f->project, 999, NULL, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NOT_FOUND);
}

static void
test_progress (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaMeasure) m = plain_measure (f->project, "มาตรการ", "วิธี", f->office);
  g_autoptr(ItaProgress) june = progress_on (20, 6, 2026, "มิถุนายน");
  g_autoptr(ItaProgress) jan = progress_on (15, 1, 2026, "มกราคม");
  g_autoptr(ItaProgress) undated = progress_on (0, 0, 0, "ไม่ระบุวันที่");
  g_autoptr(ItaProgress) march = progress_on (31, 3, 2026, "มีนาคม");
  g_autoptr(ItaMeasure) back = NULL;
  gint64 id = add (f->project, m);

  /* added in any order, kept by date; undated last */
  g_assert_true (ita_project_add_progress (f->project, id, june, &error));
  g_assert_true (ita_project_add_progress (f->project, id, undated, &error));
  g_assert_true (ita_project_add_progress (f->project, id, jan, &error));
  g_assert_no_error (error);
  back = ita_project_get_measure (f->project, id);
  g_assert_cmpuint (back->progress->len, ==, 3);
  g_assert_cmpstr (((ItaProgress *) back->progress->pdata[0])->done, ==, "มกราคม");
  g_assert_cmpstr (((ItaProgress *) back->progress->pdata[1])->done, ==, "มิถุนายน");
  g_assert_cmpstr (((ItaProgress *) back->progress->pdata[2])->done, ==, "ไม่ระบุวันที่");
  g_clear_pointer (&back, ita_measure_free);

  /* editing the undated entry into March moves it between the two */
  g_assert_true (ita_project_update_progress (f->project, id, 2, march, &error));
  g_assert_no_error (error);
  back = ita_project_get_measure (f->project, id);
  g_assert_cmpstr (((ItaProgress *) back->progress->pdata[1])->done, ==, "มีนาคม");
  g_clear_pointer (&back, ita_measure_free);

  g_assert_true (ita_project_remove_progress (f->project, id, 0, &error));
  g_assert_no_error (error);
  back = ita_project_get_measure (f->project, id);
  g_assert_cmpuint (back->progress->len, ==, 2);
  g_assert_cmpstr (((ItaProgress *) back->progress->pdata[0])->done, ==, "มีนาคม");

  g_assert_false (ita_project_remove_progress (f->project, id, 2, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (ita_project_update_progress (f->project, 999, 0, march, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NOT_FOUND);
}

/* Undo and redo of every plan operation ---------------------------------- */

typedef gboolean (*PlanEdit) (Fixture *f, GError **error);

static gint64
first_measure (ItaProject *p)
{
  g_autoptr(GPtrArray) list = ita_project_get_measures (p);

  return ((ItaMeasure *) list->pdata[0])->id;
}

static gboolean
op_add (Fixture *f, GError **e)
{
  g_autoptr(ItaMeasure) m = plain_measure (f->project, "มาตรการใหม่", "วิธีใหม่", f->finance);

  return ita_project_add_measure (f->project, m, NULL, e);
}

static gboolean
op_update (Fixture *f, GError **e)
{
  g_autoptr(ItaMeasure) m = ita_project_get_measure (f->project, first_measure (f->project));

  g_free (m->kpi);
  m->kpi = g_strdup ("ร้อยละ 100");
  m->budget = 125000000;
  return ita_project_update_measure (f->project, m, e);
}

static gboolean
op_duplicate (Fixture *f, GError **e)
{
  return ita_project_duplicate_measure (f->project, first_measure (f->project), NULL, e);
}

static gboolean
op_move (Fixture *f, GError **e)
{
  return ita_project_move_measure (f->project, first_measure (f->project), -1, e);
}

static gboolean
op_remove (Fixture *f, GError **e)
{
  return ita_project_remove_measure (f->project, first_measure (f->project), e);
}

static gboolean
op_add_progress (Fixture *f, GError **e)
{
  g_autoptr(ItaProgress) p = progress_on (1, 2, 2026, "เผยแพร่แล้ว");

  return ita_project_add_progress (f->project, first_measure (f->project), p, e);
}

static gboolean
op_update_progress (Fixture *f, GError **e)
{
  g_autoptr(ItaProgress) p = progress_on (2, 4, 2026, "แก้ไขผลการดำเนินงาน");

  return ita_project_update_progress (f->project, first_measure (f->project), 0, p, e);
}

static gboolean
op_remove_progress (Fixture *f, GError **e)
{
  return ita_project_remove_progress (f->project, first_measure (f->project), 0, e);
}

static gboolean
op_accept (Fixture *f, GError **e)
{
  return ita_project_accept_suggestion (f->project, "o21", NULL, ITA_LANGUAGE_THAI, NULL, e);
}

static gboolean
op_set_suggestion (Fixture *f, GError **e)
{
  g_autoptr(ItaSuggestion) s = ita_project_get_suggestion (f->project, "e-service");

  g_free (s->th.title);
  s->th.title = g_strdup ("มาตรการพัฒนาระบบ E-Service ของเทศบาล");
  return ita_project_set_suggestion (f->project, s, e);
}

static gboolean
op_hide_suggestion (Fixture *f, GError **e)
{
  return ita_project_set_suggestion_hidden (f->project, "no-gift-policy", TRUE, e);
}

static gboolean
op_reset_suggestion (Fixture *f, GError **e)
{
  return ita_project_reset_suggestion (f->project, "publish-news", e);
}

static const char library_file[] =
  "{\"format\": 1, \"kind\": \"ita-planner-measures\", \"suggestions\": ["
  "{\"id\": \"town-radio\", \"continuity\": [\"oit.news\"], \"indicators\": [7],"
  " \"th\": {\"title\": \"มาตรการประชาสัมพันธ์ทางเสียงตามสาย\", \"steps\": [\"จัดรายการทุกเช้า\"]}},"
  "{\"id\": \"e-service\", \"continuity\": [\"oit.eservice\"],"
  " \"th\": {\"title\": \"E-Service ของเรา\", \"steps\": [\"เปิดแบบฟอร์มออนไลน์\"]},"
  " \"en\": {\"title\": \"Our E-Service\"}}]}";

static gboolean
op_import_suggestions (Fixture *f, GError **e)
{
  g_autoptr(GBytes) json = g_bytes_new_static (library_file, strlen (library_file));

  return ita_project_import_suggestions (f->project, json, "shared.json", NULL, e);
}

static gboolean
op_add_limitation (Fixture *f, GError **e)
{
  return ita_project_add_limitation (f->project, ITA_LIMITATION_AREA,
                                     "พื้นที่กว้าง ชุมชนอยู่ห่างไกล", NULL, e);
}

static gboolean
op_update_limitation (Fixture *f, GError **e)
{
  g_autoptr(GPtrArray) list = ita_project_get_limitations (f->project);
  ItaLimitation *l = list->pdata[0];

  l->kind = ITA_LIMITATION_ECONOMY_CULTURE;
  return ita_project_update_limitation (f->project, l, e);
}

static gboolean
op_remove_limitation (Fixture *f, GError **e)
{
  g_autoptr(GPtrArray) list = ita_project_get_limitations (f->project);

  return ita_project_remove_limitation (f->project, ((ItaLimitation *) list->pdata[0])->id, e);
}

static const struct {
  const char *name;
  PlanEdit    func;
} plan_edits[] = {
  { "add-measure", op_add },
  { "update-measure", op_update },
  { "duplicate-measure", op_duplicate },
  { "move-measure", op_move },
  { "remove-measure", op_remove },
  { "add-progress", op_add_progress },
  { "update-progress", op_update_progress },
  { "remove-progress", op_remove_progress },
  { "accept-suggestion", op_accept },
  { "set-suggestion", op_set_suggestion },
  { "hide-suggestion", op_hide_suggestion },
  { "reset-suggestion", op_reset_suggestion },
  { "import-suggestions", op_import_suggestions },
  { "add-limitation", op_add_limitation },
  { "update-limitation", op_update_limitation },
  { "remove-limitation", op_remove_limitation },
};

static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaMeasure) a = plain_measure (f->project, "มาตรการ ก", "วิธี ก", f->office);
  g_autoptr(ItaMeasure) b = plain_measure (f->project, "มาตรการ ข", "วิธี ข", f->finance);
  g_autoptr(ItaProgress) p = progress_on (15, 1, 2026, "ประชุมคณะทำงาน");
  g_autoptr(ItaSuggestion) news = NULL;
  g_autofree char *s0 = NULL;
  g_autofree char *s1 = NULL;
  g_autofree char *s = NULL;
  gint64 ida;

  load_seed_001 (f->project);
  ida = add (f->project, a);
  add (f->project, b);
  g_assert_true (ita_project_add_progress (f->project, ida, p, &error));
  g_assert_true (ita_project_add_limitation (f->project, ITA_LIMITATION_PERSONNEL,
                                             "บุคลากรไม่เพียงพอ", NULL, &error));
  news = ita_project_get_suggestion (f->project, "publish-news");
  g_assert_true (ita_project_set_suggestion (f->project, news, &error));
  g_assert_no_error (error);

  s0 = snapshot (f->project);
  g_assert_true (plan_edits[i].func (f, &error));
  g_assert_no_error (error);
  s1 = snapshot (f->project);
  g_assert_cmpstr (s0, !=, s1);
  g_assert_nonnull (ita_project_get_undo_label (f->project));

  g_assert_true (ita_project_undo (f->project, &error));
  g_assert_no_error (error);
  s = snapshot (f->project);
  g_assert_cmpstr (s, ==, s0);

  g_assert_true (ita_project_redo (f->project, &error));
  g_assert_no_error (error);
  g_clear_pointer (&s, g_free);
  s = snapshot (f->project);
  g_assert_cmpstr (s, ==, s1);

  reopen (f);
  g_clear_pointer (&s, g_free);
  s = snapshot (f->project);
  g_assert_cmpstr (s, ==, s1);
}

/* The library -------------------------------------------------------------- */

static gboolean
edition_has_key (GPtrArray  *editions,
                 const char *key)
{
  for (guint i = 0; i < editions->len; i++)
    {
      if (ita_framework_lookup_continuity (g_ptr_array_index (editions, i), key) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
test_library_builtin (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) library = ita_suggestions_builtin (&error);
  g_autoptr(GPtrArray) editions = ita_catalogue_list (&error);
  const char *topics[] = { "no-gift", "complaints", "procurement", "e-service", "risk", "ethics",
                           "planning", "participation", "hr", "budget", NULL };

  g_assert_no_error (error);
  g_assert_cmpuint (library->len, >=, 20);
  for (guint i = 0; i < library->len; i++)
    {
      ItaSuggestion *s = g_ptr_array_index (library, i);
      const ItaSuggestionText *texts[] = { &s->th, &s->en };

      g_assert_cmpint (s->origin, ==, ITA_SUGGESTION_BUILT_IN);
      g_assert_cmpstr (s->source, !=, "");
      /* both languages complete, step for step */
      for (guint t = 0; t < 2; t++)
        {
          g_assert_cmpstr (texts[t]->title, !=, "");
          g_assert_cmpstr (texts[t]->issue, !=, "");
          g_assert_cmpstr (texts[t]->methods, !=, "");
          g_assert_cmpstr (texts[t]->kpi, !=, "");
          g_assert_cmpstr (texts[t]->target, !=, "");
          g_assert_cmpuint (g_strv_length (texts[t]->steps), >, 0);
        }
      g_assert_cmpuint (g_strv_length (s->th.steps), ==, g_strv_length (s->en.steps));
      /* every key names a subject some edition has */
      for (guint k = 0; s->continuity[k] != NULL; k++)
        {
          if (!edition_has_key (editions, s->continuity[k]))
            g_error ("%s: no edition has the continuity key %s", s->id, s->continuity[k]);
        }
    }
  for (guint t = 0; topics[t] != NULL; t++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < library->len && !found; i++)
        found = g_strv_contains ((const char * const *) ((ItaSuggestion *) library->pdata[i])->subjects,
                                 topics[t]);
      if (!found)
        g_error ("no suggestion on %s", topics[t]);
    }
  /* every OIT item of the current editions has a suggestion of its own */
  for (guint e = 0; e < editions->len; e++)
    {
      ItaFramework *fw = g_ptr_array_index (editions, e);

      if (ita_framework_get_fiscal_year (fw) < 2568)
        continue;
      for (guint i = 0; i < ita_framework_get_n_items (fw); i++)
        {
          const ItaItemDef *item = ita_framework_get_item (fw, i);
          gboolean found = FALSE;

          if (item->tool != ITA_TOOL_OIT)
            continue;
          for (guint k = 0; k < library->len && !found; k++)
            {
              ItaSuggestion *s = g_ptr_array_index (library, k);

              found = ita_suggestion_answers_key (s, item->continuity);
              for (guint c = 0; !found && item->covers != NULL && item->covers[c] != NULL; c++)
                found = ita_suggestion_answers_key (s, item->covers[c]);
            }
          if (!found)
            g_error ("%s %s (%s) has no suggestion", ita_framework_get_id (fw), item->code,
                     item->continuity);
        }
    }

  /* the library file round-trips */
  {
    g_autoptr(GBytes) json = ita_suggestions_to_json (library);
    g_autoptr(GPtrArray) back = ita_suggestions_load (json, "copy.json", &error);
    g_autoptr(GBytes) again = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (back->len, ==, library->len);
    again = ita_suggestions_to_json (back);
    g_assert_true (g_bytes_equal (json, again));
  }
}

static void
expect_bad_library (const char *json,
                    int         code,
                    const char *expected)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = ita_suggestions_load (bytes, "mine.json", &error);

  g_assert_null (list);
  g_assert_error (error, ITA_SUGGESTIONS_ERROR, code);
  if (strstr (error->message, expected) == NULL || !g_str_has_prefix (error->message, "mine.json"))
    g_error ("“%s” does not say “%s”", error->message, expected);
}

#define HEAD "{\"format\": 1, \"kind\": \"ita-planner-measures\", \"suggestions\": ["
#define OK_TH "\"th\": {\"title\": \"ก\", \"steps\": [\"ข\"]}"

static void
test_library_bad (void)
{
  expect_bad_library ("{\"format\": 1,", ITA_SUGGESTIONS_ERROR_PARSE, "line 1");
  expect_bad_library ("", ITA_SUGGESTIONS_ERROR_PARSE, "empty");
  expect_bad_library ("\xff\xfe", ITA_SUGGESTIONS_ERROR_PARSE, "UTF-8");
  expect_bad_library ("[]", ITA_SUGGESTIONS_ERROR_INVALID, "one JSON object");
  expect_bad_library ("{\"format\": 2, \"kind\": \"ita-planner-measures\", \"suggestions\": []}",
                      ITA_SUGGESTIONS_ERROR_NEWER, "newer version");
  expect_bad_library ("{\"format\": 1, \"kind\": \"ita-planner-project\", \"suggestions\": []}",
                      ITA_SUGGESTIONS_ERROR_INVALID, "kind");
  expect_bad_library ("{\"format\": 1, \"kind\": \"ita-planner-measures\"}",
                      ITA_SUGGESTIONS_ERROR_INVALID, "suggestions: must be a list");
  expect_bad_library (HEAD "{\"id\": \"a\", \"indicators\": [9], \"th\": {\"steps\": [\"x\"]}}]}",
                      ITA_SUGGESTIONS_ERROR_INVALID, "suggestions[0].th.title");
  expect_bad_library (HEAD "{\"id\": \"a\", \"indicators\": [9], \"th\": {\"title\": \"ก\"}}]}",
                      ITA_SUGGESTIONS_ERROR_INVALID, "suggestions[0].th.steps");
  expect_bad_library (HEAD "{\"id\": \"a\", \"indicators\": [9], " OK_TH "},"
                      "{\"id\": \"b\", \"continuity\": [\"oit.news\", \"OIT News\"], " OK_TH "}]}",
                      ITA_SUGGESTIONS_ERROR_INVALID, "suggestions[1].continuity[1]");
  expect_bad_library (HEAD "{\"id\": \"a\", \"indicators\": [11], " OK_TH "}]}",
                      ITA_SUGGESTIONS_ERROR_INVALID, "suggestions[0].indicators[0]");
  expect_bad_library (HEAD "{\"id\": \"a\", " OK_TH "}]}",
                      ITA_SUGGESTIONS_ERROR_INVALID, "must answer something");
  expect_bad_library (HEAD "{\"id\": \"a\", \"indicators\": [9], " OK_TH "},"
                      "{\"id\": \"a\", \"indicators\": [10], " OK_TH "}]}",
                      ITA_SUGGESTIONS_ERROR_INVALID, "suggestions[1].id: this id is used twice");
  expect_bad_library (HEAD "{\"id\": \"No Gift\", \"indicators\": [9], " OK_TH "}]}",
                      ITA_SUGGESTIONS_ERROR_INVALID, "suggestions[0].id");
  expect_bad_library (HEAD "{\"id\": \"a\", \"indicators\": [9], \"subjects\": [\"No\"], " OK_TH "}]}",
                      ITA_SUGGESTIONS_ERROR_INVALID, "suggestions[0].subjects[0]");
  expect_bad_library (HEAD "{\"id\": \"a\", \"indicators\": [9], \"th\": [\"ก\"]}]}",
                      ITA_SUGGESTIONS_ERROR_INVALID, "suggestions[0].th: must be an object");
  expect_bad_library (HEAD "{\"id\": \"a\", \"indicators\": [9], " OK_TH ", \"en\": {\"steps\": \"x\"}}]}",
                      ITA_SUGGESTIONS_ERROR_INVALID, "suggestions[0].en.steps");
}

/* Suggestions for seed 001 ----------------------------------------------- */

static ItaUnanswered *
find_unanswered (GPtrArray  *list,
                 const char *target)
{
  for (guint i = 0; i < list->len; i++)
    {
      ItaUnanswered *u = g_ptr_array_index (list, i);

      if (g_str_equal (u->target, target))
        return u;
    }
  return NULL;
}

static void
test_suggest_seed_001 (Fixture       *f,
                       gconstpointer  data)
{
  static const char * const weak[] = {
    "ind:9", "ind:10", "o1", "o2", "o4", "o6", "o8", "o10", "o11", "o12", "o13", "o14", "o15",
    "o19", "o21", "o23", NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(ItaMeasure) m = NULL;
  ItaUnanswered *u;
  gint64 id = 0;

  load_seed_001 (f->project);
  list = ita_project_get_unanswered (f->project);
  g_assert_cmpuint (list->len, ==, g_strv_length ((char **) weak));
  for (guint i = 0; weak[i] != NULL; i++)
    {
      u = g_ptr_array_index (list, i);
      g_assert_cmpstr (u->target, ==, weak[i]);
      g_assert_cmpint (u->category, ==, ITA_CATEGORY_IMPROVE);
      g_assert_cmpuint (u->suggestions->len, >, 0);
      g_assert_cmpstr (u->name_th, !=, "");
    }
  u = find_unanswered (list, "ind:9");
  g_assert_cmpint (u->value, ==, 3800);
  u = find_unanswered (list, "o21");
  g_assert_cmpint (u->value, ==, 0);
  g_assert_cmpstr (((ItaSuggested *) u->suggestions->pdata[0])->suggestion->id, ==, "no-gift-policy");
  g_assert_cmpint (((ItaSuggested *) u->suggestions->pdata[0])->match, ==,
                   ITA_SUGGESTION_MATCH_CONTINUITY);
  u = find_unanswered (list, "o12");
  g_assert_cmpstr (((ItaSuggested *) u->suggestions->pdata[0])->suggestion->id, ==,
                   "procurement-disclosure");
  /* o6 covers the budget plan and six-month report: one suggestion, by
   * continuity, not repeated through its covers */
  u = find_unanswered (list, "o6");
  g_assert_cmpuint (u->suggestions->len, ==, 1);
  g_assert_cmpstr (((ItaSuggested *) u->suggestions->pdata[0])->suggestion->id, ==,
                   "publish-plans-and-reports");
  u = find_unanswered (list, "ind:9");
  {
    gboolean review = FALSE;

    for (guint i = 0; i < u->suggestions->len; i++)
      {
        ItaSuggested *s = u->suggestions->pdata[i];

        g_assert_cmpint (s->match, ==, ITA_SUGGESTION_MATCH_INDICATOR);
        review |= g_str_equal (s->suggestion->id, "website-disclosure-review");
      }
    g_assert_true (review);
  }
  /* items at 95 or more, and o7 without a score, are not listed */
  g_assert_null (find_unanswered (list, "o3"));
  g_assert_null (find_unanswered (list, "o7"));
  g_assert_null (find_unanswered (list, "ind:1"));

  /* an item in the raise category (90–94.99) is listed too */
  g_assert_true (ita_project_set_score (f->project, "i1", 9200, &error));
  g_assert_no_error (error);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = ita_project_get_unanswered (f->project);
  u = find_unanswered (list, "i1");
  g_assert_nonnull (u);
  g_assert_cmpint (u->category, ==, ITA_CATEGORY_RAISE);
  g_assert_cmpstr (((ItaSuggested *) u->suggestions->pdata[0])->suggestion->id, ==, "fair-service");

  /* accepting one answers every weak item it covers, for the plan year */
  g_assert_true (ita_project_accept_suggestion (f->project, "O12", NULL, ITA_LANGUAGE_THAI, &id, &error));
  g_assert_no_error (error);
  m = ita_project_get_measure (f->project, id);
  g_assert_cmpstr (m->title, ==, "มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้างและการจัดหาพัสดุ");
  g_assert_cmpuint (g_strv_length (m->targets), ==, 2);
  g_assert_cmpstr (m->targets[0], ==, "o12");
  g_assert_cmpstr (m->targets[1], ==, "o13");
  g_assert_cmpuint (g_strv_length (m->steps), ==, 5);
  g_assert_cmpint (g_date_get_year (&m->start), ==, 2025);
  g_assert_cmpint (g_date_get_year (&m->end), ==, 2026);
  g_assert_cmpint (m->status, ==, ITA_MEASURE_PLANNED);
  g_assert_cmpuint (m->unit_ids->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = ita_project_get_unanswered (f->project);
  g_assert_null (find_unanswered (list, "o12"));
  g_assert_null (find_unanswered (list, "o13"));
  /* and indicator 9 through its items */
  g_assert_null (find_unanswered (list, "ind:9"));
  g_assert_nonnull (find_unanswered (list, "ind:10"));

  /* in English */
  g_assert_true (ita_project_accept_suggestion (f->project, "o10", "e-service", ITA_LANGUAGE_ENGLISH,
                                                &id, &error));
  g_assert_no_error (error);
  g_clear_pointer (&m, ita_measure_free);
  m = ita_project_get_measure (f->project, id);
  g_assert_cmpstr (m->title, ==, "Develop online services (E-Service)");

  /* refused: answered, not weak, unknown, not one of its suggestions */
  g_assert_false (ita_project_accept_suggestion (f->project, "o12", NULL, ITA_LANGUAGE_THAI, NULL, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ita_project_accept_suggestion (f->project, "o3", NULL, ITA_LANGUAGE_THAI, NULL, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ita_project_accept_suggestion (f->project, "o99", NULL, ITA_LANGUAGE_THAI, NULL, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ita_project_accept_suggestion (f->project, "o21", "e-service", ITA_LANGUAGE_THAI,
                                                 NULL, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);

  /* a cancelled measure answers nothing */
  g_clear_pointer (&m, ita_measure_free);
  m = ita_project_get_measure (f->project, id);
  m->status = ITA_MEASURE_CANCELLED;
  g_assert_true (ita_project_update_measure (f->project, m, NULL));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = ita_project_get_unanswered (f->project);
  g_assert_nonnull (find_unanswered (list, "o10"));
}

static void
test_library_project (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) shown = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) builtin = ita_suggestions_builtin (NULL);
  g_autoptr(ItaSuggestion) s = NULL;
  g_autoptr(ItaSuggestion) mine = ita_suggestion_new ("town-radio");
  g_autoptr(GPtrArray) unanswered = NULL;
  g_autofree char *exported = NULL;
  guint n = 0;
  int seven = 7;

  load_seed_001 (f->project);

  /* hidden: never suggested, still listed on request */
  g_assert_true (ita_project_set_suggestion_hidden (f->project, "no-gift-policy", TRUE, &error));
  g_assert_no_error (error);
  shown = ita_project_get_suggestions (f->project, FALSE);
  all = ita_project_get_suggestions (f->project, TRUE);
  g_assert_cmpuint (shown->len, ==, builtin->len - 1);
  g_assert_cmpuint (all->len, ==, builtin->len);
  s = ita_project_get_suggestion (f->project, "no-gift-policy");
  g_assert_true (s->hidden);
  g_clear_pointer (&s, ita_suggestion_free);
  unanswered = ita_project_get_unanswered (f->project);
  {
    ItaUnanswered *u = find_unanswered (unanswered, "o21");

    for (guint i = 0; i < u->suggestions->len; i++)
      g_assert_cmpstr (((ItaSuggested *) u->suggestions->pdata[i])->suggestion->id, !=, "no-gift-policy");
  }

  /* edited: the project's copy replaces the built-in one */
  s = ita_project_get_suggestion (f->project, "e-service");
  g_free (s->th.title);
  s->th.title = g_strdup ("มาตรการ E-Service ของเทศบาลตำบลนาคำ");
  g_assert_true (ita_project_set_suggestion (f->project, s, &error));
  g_assert_no_error (error);
  g_clear_pointer (&s, ita_suggestion_free);
  s = ita_project_get_suggestion (f->project, "e-service");
  g_assert_cmpint (s->origin, ==, ITA_SUGGESTION_EDITED);
  g_assert_cmpstr (s->th.title, ==, "มาตรการ E-Service ของเทศบาลตำบลนาคำ");
  g_clear_pointer (&s, ita_suggestion_free);

  /* added: the officer's own */
  g_free (mine->th.title);
  mine->th.title = g_strdup ("มาตรการประชาสัมพันธ์ทางหอกระจายข่าว");
  g_strfreev (mine->th.steps);
  mine->th.steps = g_strsplit ("บันทึกเสียงข่าว|ออกอากาศทุกเช้า", "|", -1);
  g_array_append_val (mine->indicators, seven);
  g_assert_true (ita_project_set_suggestion (f->project, mine, &error));
  g_assert_no_error (error);
  s = ita_project_get_suggestion (f->project, "town-radio");
  g_assert_cmpint (s->origin, ==, ITA_SUGGESTION_ADDED);
  g_clear_pointer (&s, ita_suggestion_free);

  /* refused: an entry the library file would refuse */
  g_free (mine->th.title);
  mine->th.title = g_strdup ("  ");
  g_assert_false (ita_project_set_suggestion (f->project, mine, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Thai title"));
  g_clear_error (&error);

  /* the library travels with the file: export, import, the same */
  exported = snapshot (f->project);
  g_assert_nonnull (strstr (exported, "\"suggestions\": ["));
  g_assert_nonnull (strstr (exported, "หอกระจายข่าว"));
  {
    g_autofree char *path = g_build_filename (f->dir, "copy.ita", NULL);
    g_autoptr(GFile) dest = g_file_new_for_path (path);
    g_autoptr(GBytes) json = g_bytes_new (exported, strlen (exported));
    g_autoptr(ItaProject) copy = ita_project_import_json (json, dest, &error);
    g_autofree char *again = NULL;
    g_autoptr(ItaSuggestion) hidden = NULL;

    g_assert_no_error (error);
    again = snapshot (copy);
    g_assert_cmpstr (again, ==, exported);
    hidden = ita_project_get_suggestion (copy, "no-gift-policy");
    g_assert_true (hidden->hidden);
    g_assert_cmpint (hidden->origin, ==, ITA_SUGGESTION_BUILT_IN);
  }
  /* a bad entry in the project JSON is refused with its path */
  {
    g_autofree char *path = g_build_filename (f->dir, "bad.ita", NULL);
    g_autoptr(GFile) dest = g_file_new_for_path (path);
    g_autoptr(GString) bad = g_string_new (exported);
    g_autoptr(GBytes) json = NULL;
    g_autoptr(ItaProject) copy = NULL;

    g_assert_cmpuint (g_string_replace (bad, "\"มาตรการประชาสัมพันธ์ทางหอกระจายข่าว\"", "\" \"", 1), ==, 1);
    json = g_bytes_new (bad->str, bad->len);
    copy = ita_project_import_json (json, dest, &error);
    g_assert_null (copy);
    g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "suggestions[2].th.title"));
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    g_clear_error (&error);
  }

  /* and so does the next fiscal year's file */
  {
    g_autofree char *path = g_build_filename (f->dir, "plan-2569.ita", NULL);
    g_autoptr(GFile) out = g_file_new_for_path (path);
    g_autoptr(ItaProject) next = ita_project_create_next_year (f->project, out, &error);
    g_autoptr(ItaSuggestion) carried = NULL;
    g_autoptr(ItaSuggestion) hidden = NULL;

    g_assert_no_error (error);
    carried = ita_project_get_suggestion (next, "town-radio");
    g_assert_nonnull (carried);
    g_assert_cmpint (carried->origin, ==, ITA_SUGGESTION_ADDED);
    hidden = ita_project_get_suggestion (next, "no-gift-policy");
    g_assert_true (hidden->hidden);
    g_assert_cmpint (ita_project_get_plan_year (next), ==, 2570);
  }

  /* reset: the built-in entry again; an added one is removed */
  g_assert_true (ita_project_reset_suggestion (f->project, "e-service", &error));
  g_assert_true (ita_project_reset_suggestion (f->project, "town-radio", &error));
  g_assert_no_error (error);
  s = ita_project_get_suggestion (f->project, "e-service");
  g_assert_cmpint (s->origin, ==, ITA_SUGGESTION_BUILT_IN);
  g_assert_null (ita_project_get_suggestion (f->project, "town-radio"));
  g_assert_false (ita_project_reset_suggestion (f->project, "town-radio", &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (ita_project_set_suggestion_hidden (f->project, "nothing-like-this", TRUE, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* a library file: all or nothing */
  {
    g_autoptr(GBytes) good = g_bytes_new_static (library_file, strlen (library_file));
    g_autoptr(GBytes) bad = g_bytes_new_static (HEAD "{\"id\": \"x\"}]}", strlen (HEAD "{\"id\": \"x\"}]}"));
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;

    g_assert_true (ita_project_import_suggestions (f->project, good, "shared.json", &n, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n, ==, 2);
    g_clear_pointer (&s, ita_suggestion_free);
    s = ita_project_get_suggestion (f->project, "e-service");
    g_assert_cmpint (s->origin, ==, ITA_SUGGESTION_EDITED);
    g_assert_cmpstr (s->en.title, ==, "Our E-Service");
    before = snapshot (f->project);
    g_assert_false (ita_project_import_suggestions (f->project, bad, "broken.json", NULL, &error));
    g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "broken.json: suggestions[0]"));
    after = snapshot (f->project);
    g_assert_cmpstr (before, ==, after);
  }
}

/* Checks -------------------------------------------------------------------- */

static guint
count_checks (GPtrArray    *issues,
              ItaPlanCheck  check,
              gint64        measure_id)
{
  guint n = 0;

  for (guint i = 0; i < issues->len; i++)
    {
      ItaPlanIssue *issue = g_ptr_array_index (issues, i);

      if (issue->check == check && (measure_id == ITA_ID_NONE || issue->measure_id == measure_id))
        {
          g_assert_cmpstr (issue->message, !=, "");
          n++;
        }
    }
  return n;
}

static void
test_checks (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(ItaMeasure) good = plain_measure (f->project, "มาตรการที่ครบถ้วน", "วิธีการที่หนึ่ง", f->office);
  g_autoptr(ItaMeasure) no_unit = plain_measure (f->project, "ไม่มีหน่วยงาน", "วิธีการที่สอง", ITA_ID_NONE);
  g_autoptr(ItaMeasure) no_steps = plain_measure (f->project, "ไม่มีขั้นตอน", "วิธีการที่สาม", f->office);
  g_autoptr(ItaMeasure) no_period = plain_measure (f->project, "ไม่มีระยะเวลา", "วิธีการที่สี่", f->office);
  g_autoptr(ItaMeasure) done = plain_measure (f->project, "เสร็จแล้ว", "วิธีการที่ห้า", f->office);
  g_autoptr(ItaMeasure) copied = plain_measure (f->project, "  มาตรการที่ครบถ้วน ", "\tวิธีการที่หนึ่ง\n",
                                                f->finance);
  g_autoptr(ItaMeasure) cancelled = plain_measure (f->project, "ยกเลิก", "วิธีการที่หก", ITA_ID_NONE);
  g_autoptr(ItaProgress) undated = progress_on (0, 0, 0, "ไม่ระบุวันที่");
  gint64 id_good, id_no_unit, id_no_steps, id_no_period, id_done, id_copied, id_cancelled;
  gint64 none_id = 0;

  load_seed_001 (f->project);
  g_strfreev (no_steps->steps);
  no_steps->steps = g_strsplit (" |", "|", -1);   /* blank steps count as none */
  g_date_clear (&no_period->end, 1);
  done->status = ITA_MEASURE_DONE;
  g_strfreev (copied->steps);
  copied->steps = g_strsplit ("อย่างอื่น", "|", -1);
  cancelled->status = ITA_MEASURE_CANCELLED;
  g_strfreev (cancelled->steps);
  cancelled->steps = g_new0 (char *, 1);
  g_date_clear (&cancelled->start, 1);

  id_good = add (f->project, good);
  id_no_unit = add (f->project, no_unit);
  id_no_steps = add (f->project, no_steps);
  id_no_period = add (f->project, no_period);
  id_done = add (f->project, done);
  id_copied = add (f->project, copied);
  id_cancelled = add (f->project, cancelled);
  g_assert_true (ita_project_add_progress (f->project, id_good, undated, &error));
  g_assert_no_error (error);

  issues = ita_project_check_plan (f->project);
  g_assert_cmpuint (count_checks (issues, ITA_PLAN_CHECK_UNANSWERED, ITA_ID_NONE), ==, 16);
  g_assert_cmpuint (count_checks (issues, ITA_PLAN_CHECK_NO_UNIT, ITA_ID_NONE), ==, 1);
  g_assert_cmpuint (count_checks (issues, ITA_PLAN_CHECK_NO_UNIT, id_no_unit), ==, 1);
  g_assert_cmpuint (count_checks (issues, ITA_PLAN_CHECK_NO_STEPS, ITA_ID_NONE), ==, 1);
  g_assert_cmpuint (count_checks (issues, ITA_PLAN_CHECK_NO_STEPS, id_no_steps), ==, 1);
  g_assert_cmpuint (count_checks (issues, ITA_PLAN_CHECK_NO_PERIOD, ITA_ID_NONE), ==, 1);
  g_assert_cmpuint (count_checks (issues, ITA_PLAN_CHECK_NO_PERIOD, id_no_period), ==, 1);
  g_assert_cmpuint (count_checks (issues, ITA_PLAN_CHECK_OUTSIDE_YEAR, ITA_ID_NONE), ==, 0);
  g_assert_cmpuint (count_checks (issues, ITA_PLAN_CHECK_DONE_WITHOUT_PROGRESS, ITA_ID_NONE), ==, 1);
  g_assert_cmpuint (count_checks (issues, ITA_PLAN_CHECK_DONE_WITHOUT_PROGRESS, id_done), ==, 1);
  g_assert_cmpuint (count_checks (issues, ITA_PLAN_CHECK_UNDATED_PROGRESS, id_good), ==, 1);
  g_assert_cmpuint (count_checks (issues, ITA_PLAN_CHECK_NO_LIMITATIONS, ITA_ID_NONE), ==, 1);
  /* title and methods copied (white space aside); steps differ */
  g_assert_cmpuint (count_checks (issues, ITA_PLAN_CHECK_DUPLICATE_TEXT, ITA_ID_NONE), ==, 2);
  for (guint i = 0; i < issues->len; i++)
    {
      ItaPlanIssue *issue = g_ptr_array_index (issues, i);

      if (issue->check == ITA_PLAN_CHECK_DUPLICATE_TEXT)
        {
          g_assert_cmpint (issue->measure_id, ==, id_copied);
          g_assert_cmpint (issue->other_id, ==, id_good);
          g_assert_true (g_str_equal (issue->field, "title") || g_str_equal (issue->field, "methods"));
        }
      if (issue->check == ITA_PLAN_CHECK_UNANSWERED)
        g_assert_nonnull (issue->target);
      /* a cancelled measure is not checked for units, steps or period */
      if (issue->check != ITA_PLAN_CHECK_DUPLICATE_TEXT)
        g_assert_cmpint (issue->measure_id, !=, id_cancelled);
    }
  g_assert_cmpuint (count_checks (issues, ITA_PLAN_CHECK_NO_UNIT, id_good) +
                    count_checks (issues, ITA_PLAN_CHECK_NO_STEPS, id_good) +
                    count_checks (issues, ITA_PLAN_CHECK_NO_PERIOD, id_good), ==, 0);
  g_clear_pointer (&issues, g_ptr_array_unref);

  /* limitations: "no limitations" beside a real one, and an empty one */
  g_assert_true (ita_project_add_limitation (f->project, ITA_LIMITATION_NONE, "", &none_id, &error));
  g_assert_true (ita_project_add_limitation (f->project, ITA_LIMITATION_TIME, " ", NULL, &error));
  g_assert_no_error (error);
  issues = ita_project_check_plan (f->project);
  g_assert_cmpuint (count_checks (issues, ITA_PLAN_CHECK_NO_LIMITATIONS, ITA_ID_NONE), ==, 0);
  g_assert_cmpuint (count_checks (issues, ITA_PLAN_CHECK_EMPTY_LIMITATION, ITA_ID_NONE), ==, 1);
  g_assert_cmpuint (count_checks (issues, ITA_PLAN_CHECK_CONTRADICTORY_LIMITATIONS, ITA_ID_NONE), ==, 1);
  for (guint i = 0; i < issues->len; i++)
    {
      ItaPlanIssue *issue = g_ptr_array_index (issues, i);

      if (issue->check == ITA_PLAN_CHECK_CONTRADICTORY_LIMITATIONS)
        g_assert_cmpint (issue->limitation_id, ==, none_id);
    }
  g_clear_pointer (&issues, g_ptr_array_unref);

  /* the explicit "no limitations" alone is an answer */
  {
    g_autoptr(GPtrArray) list = ita_project_get_limitations (f->project);

    g_assert_true (ita_project_remove_limitation (f->project, ((ItaLimitation *) list->pdata[1])->id,
                                                  &error));
  }
  issues = ita_project_check_plan (f->project);
  g_assert_cmpuint (count_checks (issues, ITA_PLAN_CHECK_NO_LIMITATIONS, ITA_ID_NONE) +
                    count_checks (issues, ITA_PLAN_CHECK_EMPTY_LIMITATION, ITA_ID_NONE) +
                    count_checks (issues, ITA_PLAN_CHECK_CONTRADICTORY_LIMITATIONS, ITA_ID_NONE), ==, 0);
  g_assert_cmpstr (ita_plan_check_to_string (ITA_PLAN_CHECK_DUPLICATE_TEXT), ==, "duplicate-text");
  (void) id_no_unit;
}

/* The plan at a date ------------------------------------------------------- */

static void
test_state_at (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaMeasure) m = plain_measure (f->project, "มาตรการติดตาม", "วิธี", f->office);
  g_autoptr(ItaMeasure) late = plain_measure (f->project, "มาตรการครึ่งปี", "วิธีอื่น", f->office);
  g_autoptr(ItaProgress) jan = progress_on (15, 1, 2026, "เริ่มดำเนินการ");
  g_autoptr(ItaProgress) jun = progress_on (20, 6, 2026, "ดำเนินการแล้วเสร็จ");
  g_autoptr(ItaProgress) undated = progress_on (0, 0, 0, "ไม่ระบุวันที่");
  g_autoptr(GPtrArray) states = NULL;
  ItaMeasureState *s;
  GDate dec, mar, sep;
  gint64 id;

  m->status = ITA_MEASURE_DONE;
  id = add (f->project, m);
  g_date_set_dmy (&late->end, 31, 3, 2026);
  add (f->project, late);
  g_assert_true (ita_project_add_progress (f->project, id, jun, &error));
  g_assert_true (ita_project_add_progress (f->project, id, jan, &error));
  g_assert_true (ita_project_add_progress (f->project, id, undated, &error));
  g_assert_no_error (error);
  g_date_clear (&dec, 1);
  g_date_clear (&mar, 1);
  g_date_clear (&sep, 1);
  g_date_set_dmy (&dec, 31, 12, 2025);
  g_date_set_dmy (&mar, 31, 3, 2026);
  g_date_set_dmy (&sep, 30, 9, 2026);

  /* nothing reported yet, reports later: not started */
  states = ita_project_get_plan_at (f->project, &dec);
  g_assert_cmpuint (states->len, ==, 2);
  s = states->pdata[0];
  g_assert_cmpint (s->measure->id, ==, id);
  g_assert_cmpint (s->status, ==, ITA_MEASURE_PLANNED);
  g_assert_cmpint (s->basis, ==, ITA_MEASURE_STATE_NOT_YET);
  g_assert_cmpuint (s->progress->len, ==, 0);
  g_assert_false (s->overdue);
  g_clear_pointer (&states, g_ptr_array_unref);

  /* six-month report: what was reported by 31 มี.ค., in progress */
  states = ita_project_get_plan_at (f->project, &mar);
  s = states->pdata[0];
  g_assert_cmpint (s->status, ==, ITA_MEASURE_IN_PROGRESS);
  g_assert_cmpint (s->basis, ==, ITA_MEASURE_STATE_REPORTED);
  g_assert_cmpuint (s->progress->len, ==, 1);
  g_assert_cmpstr (((ItaProgress *) s->progress->pdata[0])->done, ==, "เริ่มดำเนินการ");
  /* ends 31 มี.ค.: not yet overdue on its last day */
  g_assert_false (((ItaMeasureState *) states->pdata[1])->overdue);
  g_assert_cmpint (((ItaMeasureState *) states->pdata[1])->basis, ==, ITA_MEASURE_STATE_CURRENT);
  g_clear_pointer (&states, g_ptr_array_unref);

  /* year-end report: the status as recorded, every dated entry */
  states = ita_project_get_plan_at (f->project, &sep);
  s = states->pdata[0];
  g_assert_cmpint (s->status, ==, ITA_MEASURE_DONE);
  g_assert_cmpint (s->basis, ==, ITA_MEASURE_STATE_CURRENT);
  g_assert_cmpuint (s->progress->len, ==, 2);
  g_assert_false (s->overdue);
  s = states->pdata[1];
  g_assert_cmpint (s->status, ==, ITA_MEASURE_PLANNED);
  g_assert_true (s->overdue);
  g_assert_cmpstr (ita_measure_state_basis_to_string (ITA_MEASURE_STATE_REPORTED), ==, "reported");
}

/* Units, limitations, migration -------------------------------------------- */

static void
test_unit_in_use (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaMeasure) m = plain_measure (f->project, "มาตรการของกองคลัง", "วิธี", f->finance);
  g_autoptr(ItaMeasure) back = NULL;
  g_autoptr(GPtrArray) issues = NULL;
  g_auto(GStrv) refs = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 id = add (f->project, m);

  before = snapshot (f->project);
  refs = ita_project_get_unit_references (f->project, f->finance);
  g_assert_cmpuint (g_strv_length (refs), ==, 1);
  g_assert_false (ita_project_remove_unit (f->project, f->finance, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "มาตรการของกองคลัง"));
  g_clear_error (&error);
  after = snapshot (f->project);
  g_assert_cmpstr (before, ==, after);

  /* handed to all units, the unit can go, and the measure keeps a unit */
  back = ita_project_get_measure (f->project, id);
  g_array_index (back->unit_ids, gint64, 0) = ITA_UNIT_ALL;
  g_assert_true (ita_project_update_measure (f->project, back, &error));
  g_assert_true (ita_project_remove_unit (f->project, f->finance, &error));
  g_assert_no_error (error);
  issues = ita_project_check_plan (f->project);
  g_assert_cmpuint (count_checks (issues, ITA_PLAN_CHECK_NO_UNIT, id), ==, 0);
  /* a measure cannot name the removed unit */
  g_array_index (back->unit_ids, gint64, 0) = f->finance;
  g_assert_false (ita_project_update_measure (f->project, back, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
}

static void
test_limitation_kinds (Fixture       *f,
                       gconstpointer  data)
{
  static const char * const names[] = {
    "none", "personnel", "budget", "technology", "area", "economy-culture", "time", "other"
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == ITA_N_LIMITATION_KINDS);
  for (guint k = 0; k < ITA_N_LIMITATION_KINDS; k++)
    {
      ItaLimitationKind back;

      g_assert_cmpstr (ita_limitation_kind_to_string ((ItaLimitationKind) k), ==, names[k]);
      g_assert_true (ita_limitation_kind_from_string (names[k], &back));
      g_assert_cmpint (back, ==, k);
      g_assert_cmpstr (ita_limitation_kind_label ((ItaLimitationKind) k), !=, "");
    }
  g_assert_true (ita_project_add_limitation (f->project, ITA_LIMITATION_AREA,
                                             "พื้นที่ส่วนใหญ่เป็นพื้นที่เกษตรกรรม ชุมชนอยู่ห่างไกล", NULL, &error));
  g_assert_true (ita_project_add_limitation (f->project, ITA_LIMITATION_ECONOMY_CULTURE,
                                             "ประชาชนส่วนใหญ่ไม่คุ้นเคยกับบริการออนไลน์", NULL, &error));
  g_assert_no_error (error);
  g_assert_false (ita_project_add_limitation (f->project, (ItaLimitationKind) 99, "x", NULL, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  reopen (f);
  list = ita_project_get_limitations (f->project);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpint (((ItaLimitation *) list->pdata[0])->kind, ==, ITA_LIMITATION_AREA);
  g_assert_cmpint (((ItaLimitation *) list->pdata[1])->kind, ==, ITA_LIMITATION_ECONOMY_CULTURE);

  /* in the project JSON, and back */
  {
    g_autofree char *json = snapshot (f->project);
    g_autofree char *path = g_build_filename (f->dir, "kinds.ita", NULL);
    g_autofree char *bad_text = NULL;
    g_autoptr(GFile) dest = g_file_new_for_path (path);
    g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
    g_autoptr(ItaProject) copy = NULL;
    g_autoptr(GBytes) bad = NULL;
    char *at;

    g_assert_nonnull (strstr (json, "\"kind\": \"area\""));
    g_assert_nonnull (strstr (json, "\"kind\": \"economy-culture\""));
    copy = ita_project_import_json (bytes, dest, &error);
    g_assert_no_error (error);
    g_clear_object (&copy);
    g_remove (path);
    bad_text = g_strdup (json);
    at = strstr (bad_text, "\"economy-culture\"");
    memcpy (at, "\"economy-cultur!\"", strlen ("\"economy-culture\""));
    bad = g_bytes_new (bad_text, strlen (bad_text));
    copy = ita_project_import_json (bad, dest, &error);
    g_assert_null (copy);
    g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "limitations[1]"));
    g_assert_nonnull (strstr (error->message, "economy-culture"));
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
}

static int
user_version (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int v;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  v = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return v;
}

static void
test_migration_v2 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) edition = ita_catalogue_lookup ("ita-2568", &error);
  g_autofree char *dir = g_dir_make_tmp ("ita-plan-v2-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "old.ita", NULL);
  g_autofree char *backup = g_strconcat (path, ".bak-v2", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ItaProject) p = NULL;
  g_autoptr(GPtrArray) limitations = NULL;
  g_autoptr(GPtrArray) measures = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  GBytes *json = ita_framework_get_json (edition);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_no_error (error);
  /* a file as schema version 2 wrote it */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA application_id = 1230258481;", NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (sqlite3_exec (db, ita_db_schema_step (1), NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (sqlite3_exec (db, ita_db_schema_step (2), NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO meta VALUES ('fiscal_year', '2568');"
                                 "INSERT INTO score VALUES ('o21', 0);"
                                 "INSERT INTO unit VALUES (1, 0, 0, 'สำนักปลัด', 'office');"
                                 "INSERT INTO measure VALUES (1, 0, 'มาตรการเดิม', '', '', "
                                 "  '2025-10-01', '2026-09-30', 2500000, '', '', 'in-progress');"
                                 "INSERT INTO measure_unit VALUES (1, 0, 1);"
                                 "INSERT INTO measure_progress VALUES (1, 0, '2026-01-15', 'ทำแล้ว', '', '');"
                                 "INSERT INTO limitation VALUES (1, 0, 'personnel', 'บุคลากรน้อย');"
                                 "INSERT INTO limitation VALUES (2, 1, 'weather', 'ฝนตกชุก');"
                                 "INSERT INTO limitation VALUES (3, 2, 'none', '');"
                                 "PRAGMA user_version = 2;", NULL, NULL, NULL), ==, 0);
  sqlite3_prepare_v2 (db, "INSERT INTO edition VALUES (1, 'ita-2568', ?1)", -1, &stmt, NULL);
  sqlite3_bind_blob (stmt, 1, g_bytes_get_data (json, NULL), (int) g_bytes_get_size (json), NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  p = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (user_version (path), ==, ITA_DB_SCHEMA_VERSION);
  g_assert_cmpint (user_version (backup), ==, 2);

  /* everything is there; a kind no build writes became "other" */
  measures = ita_project_get_measures (p);
  g_assert_cmpuint (measures->len, ==, 1);
  g_assert_cmpint (((ItaMeasure *) measures->pdata[0])->budget, ==, 2500000);
  g_assert_cmpuint (((ItaMeasure *) measures->pdata[0])->progress->len, ==, 1);
  limitations = ita_project_get_limitations (p);
  g_assert_cmpuint (limitations->len, ==, 3);
  g_assert_cmpint (((ItaLimitation *) limitations->pdata[0])->kind, ==, ITA_LIMITATION_PERSONNEL);
  g_assert_cmpint (((ItaLimitation *) limitations->pdata[1])->kind, ==, ITA_LIMITATION_OTHER);
  g_assert_cmpstr (((ItaLimitation *) limitations->pdata[1])->text, ==, "ฝนตกชุก");
  g_assert_cmpint (((ItaLimitation *) limitations->pdata[2])->kind, ==, ITA_LIMITATION_NONE);

  /* and what schema 4 adds works, undoably */
  g_assert_true (ita_project_add_limitation (p, ITA_LIMITATION_AREA, "พื้นที่ห่างไกล", NULL, &error));
  g_assert_true (ita_project_set_suggestion_hidden (p, "no-gift-policy", TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (ita_project_undo (p, &error));
  g_assert_no_error (error);
  suggestions = ita_project_get_suggestions (p, FALSE);
  {
    g_autoptr(GPtrArray) builtin = ita_suggestions_builtin (&error);
    g_autoptr(ItaSuggestion) shown = ita_project_get_suggestion (p, "no-gift-policy");

    g_assert_no_error (error);
    g_assert_false (shown->hidden);
    g_assert_cmpuint (suggestions->len, ==, builtin->len);
  }
  g_assert_true (ita_project_set_suggestion_hidden (p, "no-gift-policy", TRUE, &error));
  g_clear_object (&p);
  p = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  {
    g_autoptr(ItaSuggestion) s = ita_project_get_suggestion (p, "no-gift-policy");
    g_autoptr(GPtrArray) after = ita_project_get_limitations (p);

    g_assert_true (s->hidden);
    g_assert_cmpint (((ItaLimitation *) after->pdata[3])->kind, ==, ITA_LIMITATION_AREA);
  }
  g_clear_object (&p);
  remove_tree (dir);
}

/* Exports ------------------------------------------------------------------ */

static char *
bytes_text (GBytes *bytes)
{
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaMeasure) a = plain_measure (f->project, "มาตรการเผยแพร่ข้อมูล", "วิธี", f->office);
  g_autoptr(ItaMeasure) b = plain_measure (f->project, "=SUM(A1)", "วิธีอื่น", ITA_UNIT_ALL);
  g_autoptr(ItaProgress) p = progress_on (31, 3, 2026, "เผยแพร่แล้ว");
  g_autoptr(GBytes) measures = NULL;
  g_autoptr(GBytes) measures_th = NULL;
  g_autoptr(GBytes) progress = NULL;
  g_autoptr(GBytes) progress_th = NULL;
  g_autoptr(GBytes) limitations = NULL;
  g_autofree char *text = NULL;
  gint64 id;

  a->budget = 125000000;
  id = add (f->project, a);
  add (f->project, b);
  g_free (p->outcome);
  p->outcome = g_strdup ("ข้อมูลครบถ้วน");
  g_free (p->remarks);
  p->remarks = g_strdup ("ล่าช้า 1 สัปดาห์");
  g_assert_true (ita_project_add_progress (f->project, id, p, &error));
  g_assert_true (ita_project_add_limitation (f->project, ITA_LIMITATION_ECONOMY_CULTURE,
                                             "ประชาชนไม่คุ้นเคยกับบริการออนไลน์", NULL, &error));
  g_assert_no_error (error);

  /* the interface is English here: ISO dates, the columns as before */
  measures = ita_project_export_csv (f->project, ITA_PROJECT_CSV_MEASURES, &error);
  g_assert_no_error (error);
  text = bytes_text (measures);
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF\"No.\",\"Measure\",\"Issue\",\"Targets\",\"Methods\","
                                         "\"Steps\",\"Responsible units\",\"Start\",\"End\",\"Budget (baht)\","
                                         "\"KPI\",\"Target\",\"Status\",\"Progress\"\r\n"));
  g_assert_nonnull (strstr (text, "\"2025-10-01\",\"2026-09-30\",\"1250000.00\""));
  g_assert_nonnull (strstr (text, "\"2026-03-31: เผยแพร่แล้ว — ข้อมูลครบถ้วน; Remarks: ล่าช้า 1 สัปดาห์\""));
  g_assert_nonnull (strstr (text, "\"'=SUM(A1)\""));
  g_assert_nonnull (strstr (text, "\"All units\""));
  g_clear_pointer (&text, g_free);

  /* in Thai: dates in พ.ศ. */
  measures_th = ita_project_export_csv_in (f->project, ITA_PROJECT_CSV_MEASURES, ITA_LANGUAGE_THAI, &error);
  g_assert_no_error (error);
  text = bytes_text (measures_th);
  g_assert_nonnull (strstr (text, "\"1 ตุลาคม 2568\",\"30 กันยายน 2569\""));
  g_assert_nonnull (strstr (text, "31 มีนาคม 2569: เผยแพร่แล้ว"));
  g_assert_null (strstr (text, "2025-10-01"));
  g_clear_pointer (&text, g_free);

  /* progress: one row per entry, remarks in their own column; a measure
   * without entries keeps a row */
  progress = ita_project_export_csv_in (f->project, ITA_PROJECT_CSV_PROGRESS, ITA_LANGUAGE_ENGLISH, &error);
  g_assert_no_error (error);
  text = bytes_text (progress);
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF\"No.\",\"Measure\",\"Status\",\"Date\",\"What was done\","
                                         "\"Outcome\",\"Remarks\"\r\n"));
  g_assert_nonnull (strstr (text, "\"1\",\"มาตรการเผยแพร่ข้อมูล\",\"Not started\",\"2026-03-31\","
                                  "\"เผยแพร่แล้ว\",\"ข้อมูลครบถ้วน\",\"ล่าช้า 1 สัปดาห์\"\r\n"));
  g_assert_nonnull (strstr (text, "\"2\",\"'=SUM(A1)\",\"Not started\",\"\",\"\",\"\",\"\"\r\n"));
  g_clear_pointer (&text, g_free);
  progress_th = ita_project_export_csv_in (f->project, ITA_PROJECT_CSV_PROGRESS, ITA_LANGUAGE_THAI, &error);
  text = bytes_text (progress_th);
  g_assert_nonnull (strstr (text, "\"31 มีนาคม 2569\""));
  g_clear_pointer (&text, g_free);

  limitations = ita_project_export_csv (f->project, ITA_PROJECT_CSV_LIMITATIONS, &error);
  g_assert_no_error (error);
  text = bytes_text (limitations);
  g_assert_cmpstr (text, ==, "\xEF\xBB\xBF\"No.\",\"Kind\",\"Limitation\"\r\n"
                             "\"1\",\"Economy and culture\",\"ประชาชนไม่คุ้นเคยกับบริการออนไลน์\"\r\n");
}

/* With the Thai catalogue in use (the interface is Thai), the default
 * export writes Thai words and dates in พ.ศ., and the checks speak Thai. */
static void
test_thai_interface (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *po_dir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  g_autofree char *mo = g_build_filename (po_dir, "th", "LC_MESSAGES", "ita-planner.mo", NULL);

  if (!g_file_test (mo, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("the Thai catalogue is not built");
      return;
    }
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ItaMeasure) m = plain_measure (f->project, "มาตรการเผยแพร่ข้อมูล", "วิธี", ITA_ID_NONE);
      g_autoptr(GBytes) csv = NULL;
      g_autoptr(GPtrArray) issues = NULL;
      g_autofree char *text = NULL;

      g_setenv ("LANGUAGE", "th", TRUE);
      setlocale (LC_ALL, "C.UTF-8");
      bindtextdomain ("ita-planner", po_dir);
      bind_textdomain_codeset ("ita-planner", "UTF-8");
      g_assert_true (ita_language_is_thai (ITA_LANGUAGE_INTERFACE));
      add (f->project, m);
      csv = ita_project_export_csv (f->project, ITA_PROJECT_CSV_MEASURES, &error);
      g_assert_no_error (error);
      text = bytes_text (csv);
      g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF\"ลำดับ\""));
      g_assert_nonnull (strstr (text, "\"1 ตุลาคม 2568\",\"30 กันยายน 2569\""));
      g_assert_nonnull (strstr (text, "\"ยังไม่ดำเนินการ\""));
      g_clear_pointer (&text, g_free);
      g_clear_pointer (&csv, g_bytes_unref);
      /* English still on request */
      csv = ita_project_export_csv_in (f->project, ITA_PROJECT_CSV_MEASURES, ITA_LANGUAGE_ENGLISH, &error);
      text = bytes_text (csv);
      g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF\"No.\""));
      g_assert_nonnull (strstr (text, "\"2025-10-01\""));
      issues = ita_project_check_plan (f->project);
      g_assert_cmpuint (count_checks (issues, ITA_PLAN_CHECK_NO_UNIT, ITA_ID_NONE), ==, 1);
      for (guint i = 0; i < issues->len; i++)
        {
          ItaPlanIssue *issue = g_ptr_array_index (issues, i);

          if (issue->check == ITA_PLAN_CHECK_NO_UNIT)
            g_assert_nonnull (strstr (issue->message, "ยังไม่มีหน่วยงานผู้รับผิดชอบ"));
        }
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_json (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaMeasure) a = plain_measure (f->project, "มาตรการเผยแพร่ข้อมูล", "วิธี", f->office);
  g_autoptr(ItaProgress) p = progress_on (15, 1, 2026, "เริ่มแล้ว");
  g_autoptr(GBytes) plan = NULL;
  g_autoptr(GBytes) plan_at = NULL;
  g_autoptr(GBytes) suggest = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *m;
  JsonArray *list;
  GDate at;
  gint64 id;

  load_seed_001 (f->project);
  id = add (f->project, a);
  g_assert_true (ita_project_add_progress (f->project, id, p, &error));

  plan = ita_project_plan_to_json (f->project, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (plan, NULL),
                                             (gssize) g_bytes_get_size (plan), &error));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "fiscal_year"), ==, 2568);
  g_assert_cmpint (json_object_get_int_member (root, "plan_year"), ==, 2569);
  g_assert_cmpstr (json_object_get_string_member (root, "plan_start"), ==, "2025-10-01");
  g_assert_cmpstr (json_object_get_string_member (root, "plan_end"), ==, "2026-09-30");
  g_assert_true (json_object_get_null_member (root, "at"));
  list = json_object_get_array_member (root, "measures");
  g_assert_cmpuint (json_array_get_length (list), ==, 1);
  m = json_array_get_object_element (list, 0);
  g_assert_cmpint (json_object_get_int_member (m, "number"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (m, "title"), ==, "มาตรการเผยแพร่ข้อมูล");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (m, "unit_names"), 0), ==,
                   "สำนักปลัดเทศบาล");
  g_assert_false (json_object_has_member (m, "state"));
  list = json_object_get_array_member (root, "checks");
  g_assert_cmpuint (json_array_get_length (list), >, 16);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (list, 0), "check"), ==,
                   "unanswered");

  g_date_clear (&at, 1);
  g_date_set_dmy (&at, 31, 12, 2025);
  plan_at = ita_project_plan_to_json (f->project, &at, &error);
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (plan_at, NULL),
                                             (gssize) g_bytes_get_size (plan_at), &error));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "at"), ==, "2025-12-31");
  m = json_array_get_object_element (json_object_get_array_member (root, "measures"), 0);
  m = json_object_get_object_member (m, "state");
  g_assert_cmpstr (json_object_get_string_member (m, "status"), ==, "planned");
  g_assert_cmpstr (json_object_get_string_member (m, "basis"), ==, "not-yet");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (m, "progress")), ==, 0);

  suggest = ita_project_unanswered_to_json (f->project, &error);
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (suggest, NULL),
                                             (gssize) g_bytes_get_size (suggest), &error));
  root = json_node_get_object (json_parser_get_root (parser));
  list = json_object_get_array_member (root, "unanswered");
  g_assert_cmpuint (json_array_get_length (list), ==, 16);
  m = json_array_get_object_element (list, 14);
  g_assert_cmpstr (json_object_get_string_member (m, "target"), ==, "o21");
  g_assert_cmpstr (json_object_get_string_member (m, "value"), ==, "0.00");
  g_assert_cmpstr (json_object_get_string_member (m, "category"), ==, "improve");
  m = json_array_get_object_element (json_object_get_array_member (m, "suggestions"), 0);
  g_assert_cmpstr (json_object_get_string_member (m, "match"), ==, "continuity");
  g_assert_cmpstr (json_object_get_string_member (m, "origin"), ==, "built-in");
  m = json_object_get_object_member (m, "suggestion");
  g_assert_cmpstr (json_object_get_string_member (m, "id"), ==, "no-gift-policy");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (m, "en"), "title"), ==,
                   "No Gift Policy: no gifts given or received");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/core/plan/plan-year", test_plan_year);
  ADD ("/core/plan/duplicate", test_duplicate);
  ADD ("/core/plan/progress", test_progress);
  for (guint i = 0; i < G_N_ELEMENTS (plan_edits); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/plan/undo/%s", plan_edits[i].name);

      g_test_add (path, Fixture, GUINT_TO_POINTER (i), fixture_set_up, test_undo, fixture_tear_down);
    }
  g_test_add_func ("/core/plan/library/built-in", test_library_builtin);
  g_test_add_func ("/core/plan/library/bad-files", test_library_bad);
  ADD ("/core/plan/library/project", test_library_project);
  ADD ("/core/plan/suggest/seed-001", test_suggest_seed_001);
  ADD ("/core/plan/checks", test_checks);
  ADD ("/core/plan/state-at", test_state_at);
  ADD ("/core/plan/unit-in-use", test_unit_in_use);
  ADD ("/core/plan/limitation-kinds", test_limitation_kinds);
  g_test_add_func ("/core/plan/migration-v2", test_migration_v2);
  ADD ("/core/plan/csv", test_csv);
  ADD ("/core/plan/json", test_json);
  ADD ("/core/plan/thai-interface", test_thai_interface);

  return g_test_run ();
}
