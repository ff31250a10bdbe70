/* bench-project.c: how fast a large project opens, loads and computes,
 * and how long one edit takes
 *
 * Builds two linked years (FY 2567 and FY 2568) in a temporary folder,
 * the 2568 file with 300 measures and 500 evidence URLs, then times:
 *   open + load (agency, units, scores, checklist, measures, links)
 *   + compute, best and median of 20 runs (target: under 30 ms);
 *   one edit (a score, one transaction, fsync'd), over 1,000 edits.
 * Prints its figures; asserts nothing.
 */
#include <locale.h>
#include <stdio.h>
#include <glib/gstdio.h>

#include "ita-project.h"

#define N_MEASURES 300
#define N_URLS     500
#define N_RUNS     20
#define N_EDITS    1000

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static ItaProject *
make_year (const char *dir,
           const char *name,
           const char *edition_id,
           GError    **error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ItaFramework) edition = ita_catalogue_lookup (edition_id, error);

  if (edition == NULL)
    return NULL;
  return ita_project_create (file, edition, 0, error);
}

static gboolean
fill (ItaProject *p,
      GError    **error)
{
  g_autoptr(ItaScores) scores = ita_scores_new ();
  ItaFramework *fw = ita_project_get_edition (p);
  guint n_oit = 0;
  gint64 unit = 0;

  if (!ita_project_add_unit (p, 0, "สำนักปลัด", ITA_UNIT_KIND_OFFICE, &unit, error))
    return FALSE;
  for (guint i = 0; i < ita_framework_get_n_items (fw); i++)
    {
      const ItaItemDef *def = ita_framework_get_item (fw, i);

      ita_scores_set (scores, def->code, def->tool == ITA_TOOL_OIT ? (i % 3 ? 10000 : 0)
                                                                  : (ItaCenti) (9000 + i * 13 % 1000));
      if (def->tool == ITA_TOOL_OIT)
        n_oit++;
    }
  if (!ita_project_set_scores (p, scores, FALSE, error))
    return FALSE;
  for (guint i = 0; i < ita_framework_get_n_items (fw) && n_oit > 0; i++)
    {
      const ItaItemDef *def = ita_framework_get_item (fw, i);
      g_autoptr(ItaChecklistEntry) e = NULL;
      guint per_item = N_URLS / n_oit + (i % n_oit < N_URLS % n_oit ? 1 : 0);

      if (def->tool != ITA_TOOL_OIT)
        continue;
      e = ita_project_get_checklist_entry (p, def->code);
      g_strfreev (e->urls);
      e->urls = g_new0 (char *, per_item + 1);
      for (guint k = 0; k < per_item; k++)
        e->urls[k] = g_strdup_printf ("https://www.example.go.th/oit/%s/evidence-%u.pdf", def->code, k);
      e->status = ITA_EVIDENCE_PRESENT;
      ita_checklist_entry_add_unit (e, unit);
      if (!ita_project_set_checklist_entry (p, e, error))
        return FALSE;
    }
  for (guint i = 0; i < N_MEASURES; i++)
    {
      g_autoptr(ItaMeasure) m = ita_measure_new ();
      const char *steps[] = { "แต่งตั้งคณะทำงาน", "ดำเนินการตามแผน", "ติดตามและรายงานผล", NULL };
      ItaProgress *pr = ita_progress_new ();

      g_free (m->title);
      m->title = g_strdup_printf ("มาตรการที่ %u เพื่อยกระดับการเปิดเผยข้อมูลสาธารณะ", i + 1);
      g_strfreev (m->steps);
      m->steps = g_strdupv ((char **) steps);
      g_strfreev (m->targets);
      m->targets = g_strsplit ("ind:9,ind:10", ",", -1);
      g_array_append_val (m->unit_ids, unit);
      g_date_set_dmy (&pr->date, 1, 3, 2026);
      g_free (pr->done);
      pr->done = g_strdup ("ดำเนินการแล้วบางส่วน");
      g_ptr_array_add (m->progress, pr);
      if (!ita_project_add_measure (p, m, NULL, error))
        return FALSE;
    }
  return TRUE;
}

static double
open_load_compute (GFile *file)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(ItaProject) p = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_autoptr(ItaAgency) agency = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) checklist = NULL;
  g_autoptr(GPtrArray) measures = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(ItaResult) result = NULL;
  g_autoptr(ItaProject) last_year = NULL;
  g_autoptr(ItaResult) last_result = NULL;

  if (p == NULL)
    g_error ("%s", error->message);
  agency = ita_project_get_agency (p);
  units = ita_project_get_units (p);
  checklist = ita_project_get_checklist (p);
  measures = ita_project_get_measures (p);
  links = ita_project_get_links (p);
  result = ita_project_compute (p);
  /* the linked year, as the overview shows it */
  last_year = ita_project_open_link (p, links->pdata[0], &error);
  if (last_year == NULL)
    g_error ("%s", error->message);
  last_result = ita_project_compute (last_year);
  g_assert (measures->len == N_MEASURES);
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ita-bench-XXXXXX", &error);
  g_autoptr(ItaProject) y2567 = NULL;
  g_autoptr(ItaProject) y2568 = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *p2567 = NULL;
  g_autoptr(GFile) f2567 = NULL;
  gint64 start;
  double edit_ms;
  const char *names[] = { "plan-2567.ita", "plan-2568.ita", "plan-2567.ita.lock",
                          "plan-2568.ita.lock", NULL };

  setlocale (LC_ALL, "");
  if (dir == NULL)
    g_error ("%s", error->message);
  y2567 = make_year (dir, "plan-2567.ita", "ita-2566", &error);
  y2568 = y2567 ? make_year (dir, "plan-2568.ita", "ita-2568", &error) : NULL;
  if (y2568 == NULL || !fill (y2567, &error) || !fill (y2568, &error))
    g_error ("%s", error->message);
  p2567 = g_build_filename (dir, "plan-2567.ita", NULL);
  f2567 = g_file_new_for_path (p2567);
  g_clear_object (&y2567);
  if (!ita_project_add_link (y2568, f2567, NULL, &error))
    g_error ("%s", error->message);
  file = g_object_ref (ita_project_get_file (y2568));

  /* per edit: a score, as typed in the scores view */
  start = g_get_monotonic_time ();
  for (guint i = 0; i < N_EDITS; i++)
    {
      if (!ita_project_set_score (y2568, "i1", (ItaCenti) (i % 10001), &error))
        g_error ("%s", error->message);
    }
  edit_ms = (g_get_monotonic_time () - start) / 1000.0 / N_EDITS;
  g_clear_object (&y2568);

  for (guint i = 0; i < N_RUNS; i++)
    {
      double t = open_load_compute (file);

      g_array_append_val (times, t);
    }
  g_array_sort (times, compare_double);

  printf ("bench-project: two linked years, %d measures, %d evidence URLs\n", N_MEASURES, N_URLS);
  printf ("  open + load + compute (both years): best %.2f ms, median %.2f ms, worst %.2f ms "
          "(target < 30 ms)\n",
          g_array_index (times, double, 0), g_array_index (times, double, N_RUNS / 2),
          g_array_index (times, double, N_RUNS - 1));
  printf ("  one edit (set a score, one fsync'd transaction): %.3f ms mean over %d edits\n",
          edit_ms, N_EDITS);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *p = g_build_filename (dir, names[i], NULL);

      g_remove (p);
    }
  g_rmdir (dir);
  return 0;
}
