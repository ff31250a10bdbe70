/* test-project-edition.c: edition ita-2569, continuity 2568 → 2569, the
 * latest edition for a year, provisional projects and switching a project
 * to another edition
 *
 * Published 2569 agency results: none was found in the research
 * (research/ita-2569.md §5.1: no 2569 agency score in the pages or code
 * corpora; the GitHub pages showing "ITA 2569" scores are placeholders),
 * so no published 2569 total and rating can be recomputed here. The
 * rating rule is checked at its edges instead, with the per-tool
 * condition that P15 documents for 2568 (สตง. 94.64 "ผ่าน", not "ผ่านดี",
 * because its EIT was below 85).
 */
#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "ita-engine.h"
#include "ita-project.h"

/* ---- helpers ------------------------------------------------------------ */

static char *tmp_dir;

static ItaFramework *
edition (const char *id)
{
  g_autoptr(GError) error = NULL;
  ItaFramework *fw = ita_catalogue_lookup (id, &error);

  g_assert_no_error (error);
  return fw;
}

static GFile *
new_file (const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

  g_remove (path);
  return g_file_new_for_path (path);
}

static ItaProject *
new_project (const char *name,
             const char *edition_id,
             int         fiscal_year)
{
  g_autoptr(ItaFramework) fw = edition (edition_id);
  g_autoptr(GFile) file = new_file (name);
  g_autoptr(GError) error = NULL;
  ItaProject *project = ita_project_create (file, fw, fiscal_year, &error);

  g_assert_no_error (error);
  return project;
}

static void
set_score (ItaProject *p,
           const char *key,
           ItaCenti    value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ita_project_set_score (p, key, value, &error));
  g_assert_no_error (error);
}

static void
set_entry (ItaProject        *p,
           const char        *item,
           ItaEvidenceStatus  status,
           const char        *note)
{
  g_autoptr(ItaChecklistEntry) e = ita_project_get_checklist_entry (p, item);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (e);
  g_strfreev (e->urls);
  e->urls = g_new0 (char *, 2);
  e->urls[0] = g_strdup_printf ("https://www.example.go.th/ita/%s", item);
  e->status = status;
  g_free (e->note);
  e->note = g_strdup (note);
  g_free (e->explanation);
  e->explanation = g_strdup_printf ("หน้า ITA หัวข้อ %s", item);
  g_assert_true (ita_project_set_checklist_entry (p, e, &error));
  g_assert_no_error (error);
}

static gboolean
strv_has_prefix (char       **strv,
                 const char  *prefix)
{
  for (guint i = 0; strv[i] != NULL; i++)
    if (g_str_has_prefix (strv[i], prefix))
      return TRUE;
  return FALSE;
}

static char *
export (ItaProject *p)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) json = ita_project_export_json (p, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (json, NULL), g_bytes_get_size (json));
}

/* ---- the catalogue ------------------------------------------------------ */

static void
test_latest_for_year (void)
{
  struct { int year; const char *id; } cases[] = {
    { 2570, "ita-2569" }, { 2569, "ita-2569" }, { 2568, "ita-2568" }, { 2567, "ita-2567" },
    { 2562, "ita-2562" }, { 2600, "ita-2569" }, { 2561, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ItaFramework) fw = ita_catalogue_latest_for_year (cases[i].year);

      if (cases[i].id == NULL)
        g_assert_null (fw);
      else
        g_assert_cmpstr (ita_framework_get_id (fw), ==, cases[i].id);
    }
  g_assert_null (ita_catalogue_for_year (2570));
}

/* ---- edition ita-2569 --------------------------------------------------- */

static void
test_2569_facts (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2569");
  g_autoptr(ItaFramework) fw2568 = edition ("ita-2568");
  const ItaToolDef *eit = ita_framework_get_tool (fw, ITA_TOOL_EIT);
  const ItaToolDef *eit2568 = ita_framework_get_tool (fw2568, ITA_TOOL_EIT);
  guint n_oit = 0;

  g_assert_cmpint (ita_framework_get_fiscal_year (fw), ==, 2569);
  g_assert_cmpint (ita_framework_get_tool (fw, ITA_TOOL_IIT)->weight, ==, 3000);
  g_assert_cmpint (eit->weight, ==, 3000);
  g_assert_cmpint (ita_framework_get_tool (fw, ITA_TOOL_OIT)->weight, ==, 4000);

  /* what no source gives is shown as unverified, never as fact */
  g_assert_true (ita_confidence_is_unverified (ita_framework_get_confidence (fw)));
  for (guint t = 0; t < ITA_N_TOOLS; t++)
    g_assert_true (ita_confidence_is_unverified (ita_framework_get_tool (fw, (ItaTool) t)->confidence));
  g_assert_true (ita_confidence_is_unverified (ita_framework_get_grading (fw)->confidence));
  for (int k = 1; k <= 10; k++)
    g_assert_true (ita_confidence_is_unverified (ita_framework_get_indicator (fw, k)->confidence));
  g_assert_cmpint (ita_framework_get_tool (fw, ITA_TOOL_IIT)->item_list, ==, ITA_ITEM_LIST_UNKNOWN);
  g_assert_cmpint (eit->item_list, ==, ITA_ITEM_LIST_UNKNOWN);
  g_assert_cmpint (ita_framework_get_tool (fw, ITA_TOOL_OIT)->item_list, ==, ITA_ITEM_LIST_COMPLETE);

  /* the EIT parts are shaped exactly as 2568's */
  g_assert_cmpuint (eit->n_parts, ==, eit2568->n_parts);
  for (guint p = 0; p < eit->n_parts; p++)
    {
      g_assert_cmpstr (eit->parts[p].code, ==, eit2568->parts[p].code);
      g_assert_cmpstr (eit->parts[p].name_th, ==, eit2568->parts[p].name_th);
      g_assert_cmpstr (eit->parts[p].name_en, ==, eit2568->parts[p].name_en);
    }

  for (guint i = 0; i < ita_framework_get_n_items (fw); i++)
    {
      const ItaItemDef *def = ita_framework_get_item (fw, i);
      g_autofree char *code = g_strdup_printf ("o%u", i + 1);

      g_assert_cmpint (def->tool, ==, ITA_TOOL_OIT);
      g_assert_cmpstr (def->code, ==, code);
      g_assert_cmpint (def->indicator, ==, i < 19 ? 9 : 10);
      g_assert_cmpint (def->scale, ==, ITA_SCALE_UNKNOWN);   /* scoring is a GAP */
      g_assert_nonnull (def->note);                            /* every item names its source */
      /* a title that prints a year asks for that year's data */
      if (strstr (def->text_th, "2569") != NULL)
        g_assert_cmpint (def->period, ==, ITA_PERIOD_CURRENT_FY);
      else if (strstr (def->text_th, "2568") != NULL)
        g_assert_cmpint (def->period, ==, ITA_PERIOD_PREVIOUS_FY);
      else
        g_assert_cmpint (def->period, !=, ITA_PERIOD_PREVIOUS_FY);
      n_oit++;
    }
  g_assert_cmpuint (n_oit, ==, 26);
  g_assert_cmpint (ita_framework_lookup_item (fw, "o7")->confidence, ==, ITA_CONFIDENCE_GAP);
  g_assert_cmpstr (ita_framework_lookup_item (fw, "o20")->text_th, ==,
                   "การขับเคลื่อนนโยบาย NO GIFT POLICY จากการปฏิบัติหน้าที่และการเสริมสร้างความรู้"
                   "เกี่ยวกับหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐ");
  g_assert_cmpstr (ita_framework_lookup_item (fw, "o11")->text_th, ==,
                   "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน ประจำปีงบประมาณ พ.ศ. 2569");
}

/* Tool values in; the rating out. */
static const char *
grade_of (ItaFramework *fw,
          ItaCenti      iit,
          ItaCenti      eit1,
          ItaCenti      eit2,
          ItaCenti      oit,
          ItaCenti     *total)
{
  g_autoptr(ItaScores) scores = ita_scores_new ();
  g_autoptr(ItaResult) result = NULL;
  static char code[16];

  ita_scores_set (scores, "IIT", iit);
  ita_scores_set (scores, "EIT1", eit1);
  ita_scores_set (scores, "EIT2", eit2);
  ita_scores_set (scores, "OIT", oit);
  result = ita_engine_compute (fw, scores, NULL);
  *total = ita_result_get_total (result)->value;
  g_strlcpy (code, ita_result_get_grade (result)->code, sizeof code);
  return code;
}

static void
test_2569_rating (void)
{
  g_autoptr(ItaFramework) fw = edition ("ita-2569");
  struct {
    ItaCenti iit, eit1, eit2, oit, total;
    const char *grade;
  } cases[] = {
    /* total 85.00 with every tool ≥ 85: good; 84.99: improve */
    { 8500, 8500, 8500, 8500, 8500, "good" },
    { 8499, 8499, 8499, 8499, 8499, "improve" },
    { 8500, 8500, 8500, 8497, 8499, "improve" },    /* 25.50 + 25.50 + 33.99 */
    /* total ≥ 85 but one tool (here EIT, the mean of its parts) below 85: pass */
    { 9000, 8498, 8500, 9000, 8850, "pass" },       /* EIT 84.99 */
    { 9000, 8500, 8500, 9000, 8850, "good" },
    { 10000, 10000, 10000, 8499, 9400, "pass" },    /* OIT 84.99 */
    /* excellent needs a total ≥ 95 and every tool ≥ 95 */
    { 9500, 9500, 9500, 9500, 9500, "excellent" },
    { 10000, 10000, 10000, 9499, 9800, "good" },    /* OIT 94.99 */
    { 9499, 9499, 9499, 9499, 9499, "good" },
    /* 70.00 is the lowest "improve", 69.99 "urgent" */
    { 7000, 7000, 7000, 7000, 7000, "improve" },
    { 6999, 6999, 6999, 6999, 6999, "urgent" },
    { 0, 0, 0, 0, 0, "urgent" },
    { 10000, 10000, 10000, 10000, 10000, "excellent" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ItaCenti total = 0;
      const char *grade = grade_of (fw, cases[i].iit, cases[i].eit1, cases[i].eit2, cases[i].oit, &total);

      g_test_message ("case %u: total %d grade %s", i, total, grade);
      g_assert_cmpint (total, ==, cases[i].total);
      g_assert_cmpstr (grade, ==, cases[i].grade);
    }
}

/* ---- continuity 2568 → 2569 --------------------------------------------- */

/* research/ita-2569.md §2.2: 2568 OIT code → its 2569 counterpart */
static const struct {
  const char *from;
  const char *to;    /* NULL: dropped */
} oit_2568_2569[] = {
  { "o1", "o1" }, { "o2", "o2" }, { "o3", "o3" }, { "o4", "o4" }, { "o5", "o5" },
  { "o6", "o6" }, { "o7", "o7" }, { "o8", "o8" }, { "o9", "o9" }, { "o10", "o10" },
  { "o11", NULL },                                   /* service statistics: dropped */
  { "o12", "o11" }, { "o13", "o12" }, { "o14", "o13" }, { "o15", "o14" }, { "o16", "o15" },
  { "o17", "o16" }, { "o18", "o17" }, { "o19", "o18" }, { "o20", "o19" },
  { "o21", "o20" }, { "o22", "o20" },                /* No Gift: merged */
  { "o23", "o21" }, { "o24", "o22" }, { "o25", "o23" }, { "o26", "o24" }, { "o27", "o25" },
  { "o28", "o26" },
};

static void
test_continuity_2568_2569 (void)
{
  g_autoptr(ItaFramework) from = edition ("ita-2568");
  g_autoptr(ItaFramework) to = edition ("ita-2569");
  g_autoptr(GHashTable) reached = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (G_N_ELEMENTS (oit_2568_2569), ==, 28);
  for (guint i = 0; i < G_N_ELEMENTS (oit_2568_2569); i++)
    {
      const ItaItemDef *old = ita_framework_lookup_item (from, oit_2568_2569[i].from);
      const ItaItemDef *next = ita_framework_lookup_continuity (to, old->continuity);

      g_test_message ("%s (%s) → %s", old->code, old->continuity, next ? next->code : "dropped");
      if (oit_2568_2569[i].to == NULL)
        {
          g_assert_null (next);
          continue;
        }
      g_assert_nonnull (next);
      g_assert_cmpstr (next->code, ==, oit_2568_2569[i].to);
      g_hash_table_add (reached, next->code);
    }

  /* no 2569 item is new: each continues a 2568 item, and back again to
   * the first of the items merged into it */
  for (guint i = 0; i < ita_framework_get_n_items (to); i++)
    {
      const ItaItemDef *def = ita_framework_get_item (to, i);
      const ItaItemDef *back = ita_framework_lookup_continuity (from, def->continuity);

      g_assert_true (g_hash_table_contains (reached, def->code));
      g_assert_nonnull (back);
      g_assert_cmpstr (ita_framework_lookup_continuity (to, back->continuity)->code, ==, def->code);
    }
  g_assert_cmpstr (ita_framework_lookup_continuity (from, "oit.integrity_declaration")->code, ==, "o21");

  /* the 2568 IIT and EIT items have no 2569 counterpart (the lists are a GAP) */
  g_assert_null (ita_framework_lookup_continuity (to, ita_framework_lookup_item (from, "i1")->continuity));
  g_assert_null (ita_framework_lookup_continuity (to, ita_framework_lookup_item (from, "e9")->continuity));
}

/* ---- provisional projects ----------------------------------------------- */

static void
test_provisional (void)
{
  g_autoptr(ItaFramework) latest = ita_catalogue_latest_for_year (2570);
  g_autoptr(GFile) file = new_file ("fy2570.ita");
  g_autoptr(GFile) next_file = new_file ("fy2571.ita");
  g_autoptr(ItaProject) p2570 = NULL;
  g_autoptr(ItaProject) p2569 = new_project ("fy2569.ita", "ita-2569", 0);
  g_autoptr(ItaProject) from2569 = NULL;
  g_autoptr(ItaProject) p2571 = NULL;
  g_autoptr(GFile) from2569_file = new_file ("fy2570-next.ita");
  g_autoptr(GError) error = NULL;

  p2570 = ita_project_create (file, latest, 2570, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ita_project_get_fiscal_year (p2570), ==, 2570);
  g_assert_cmpstr (ita_framework_get_id (ita_project_get_edition (p2570)), ==, "ita-2569");
  g_assert_true (ita_project_is_provisional (p2570));
  {
    /* its figures are of FY 2570, whatever edition they stand on (the
     * charts and documents label them with this year) */
    g_autoptr(ItaResult) result = ita_project_compute (p2570);

    g_assert_cmpint (ita_result_get_fiscal_year (result), ==, 2570);
  }
  g_assert_false (ita_project_is_provisional (p2569));

  /* provisional survives reopening: it is derived from the file */
  g_clear_object (&p2570);
  p2570 = ita_project_open (file, ITA_PROJECT_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (ita_project_is_provisional (p2570));

  /* the next year of FY 2569 and of FY 2570 stand on ita-2569 */
  from2569 = ita_project_create_next_year (p2569, from2569_file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ita_project_get_fiscal_year (from2569), ==, 2570);
  g_assert_cmpstr (ita_framework_get_id (ita_project_get_edition (from2569)), ==, "ita-2569");
  g_assert_true (ita_project_is_provisional (from2569));
  p2571 = ita_project_create_next_year (from2569, next_file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ita_project_get_fiscal_year (p2571), ==, 2571);
  g_assert_true (ita_project_is_provisional (p2571));
}

/* ---- switching ---------------------------------------------------------- */

static void
on_changed (ItaProject       *project,
            ItaProjectChange  kind,
            const char       *key,
            GPtrArray        *seen)
{
  /* a view reloading on ::changed reads the edition it is told about */
  g_ptr_array_add (seen, g_strdup_printf ("%d:%s", kind,
                                          ita_framework_get_id (ita_project_get_edition (project))));
}

static void
test_switch_2568_2569_and_back (void)
{
  g_autoptr(ItaProject) p = new_project ("switch-2568.ita", "ita-2568", 0);
  g_autoptr(ItaFramework) e2568 = edition ("ita-2568");
  g_autoptr(ItaFramework) e2569 = edition ("ita-2569");
  g_autoptr(ItaMeasure) m = ita_measure_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) preview = NULL;
  g_auto(GStrv) lost = NULL;
  g_auto(GStrv) lost_back = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autoptr(GError) error = NULL;
  guint counts[4] = { 1, 2, 30, 67 };
  gint64 measure_id = 0;

  /* FY 2568 figures: item scores 0/50/100 (the 2568 scale), the tools */
  for (guint i = 1; i <= 28; i++)
    {
      g_autofree char *code = g_strdup_printf ("o%u", i);
      g_autofree char *note = g_strdup_printf ("บันทึก %s", code);

      set_score (p, code, i % 3 == 0 ? 0 : (i % 3 == 1 ? 10000 : 5000));
      set_entry (p, code, ITA_EVIDENCE_PRESENT, note);
    }
  set_score (p, "o21", 10000);
  set_score (p, "o22", 5000);
  set_entry (p, "o22", ITA_EVIDENCE_INCOMPLETE, "บันทึก o22");
  set_score (p, "i1", 9000);
  set_score (p, "IIT", 9987);
  set_score (p, "EIT1", 10000);
  set_score (p, "EIT2", 9644);
  set_score (p, "OIT", 5900);
  set_score (p, "ind:9", 3800);
  g_assert_true (ita_project_set_distribution (p, "i1", counts, 4, &error));
  g_free (m->title);
  m->title = g_strdup ("ปรับปรุงการเผยแพร่ข้อมูล");
  g_strfreev (m->targets);
  m->targets = g_strsplit ("o12,o11,ind:9,i1", ",", -1);
  g_assert_true (ita_project_add_measure (p, m, &measure_id, &error));
  g_assert_no_error (error);
  before = export (p);
  g_signal_connect (p, "changed", G_CALLBACK (on_changed), seen);

  preview = ita_project_preview_switch_edition (p, e2569, &error);
  g_assert_no_error (error);
  {
    g_autofree char *previewed = export (p);   /* a preview changes nothing */

    g_assert_cmpstr (previewed, ==, before);
  }
  g_assert_true (ita_project_switch_edition (p, e2569, &lost, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (preview), ==, g_strv_length (lost));
  for (guint i = 0; lost[i] != NULL; i++)
    {
      g_test_message ("not carried: %s", lost[i]);
      g_assert_cmpstr (preview[i], ==, lost[i]);
    }

  g_assert_cmpstr (ita_framework_get_id (ita_project_get_edition (p)), ==, "ita-2569");
  g_assert_cmpuint (seen->len, ==, 1);
  {
    g_autofree char *want = g_strdup_printf ("%d:ita-2569", ITA_PROJECT_CHANGE_ALL);
    g_assert_cmpstr (seen->pdata[0], ==, want);
  }
  g_assert_true (ita_project_is_provisional (p));        /* a FY 2568 file on the 2569 edition */

  /* every continuing item keeps its score, evidence and note */
  for (guint i = 0; i < G_N_ELEMENTS (oit_2568_2569); i++)
    {
      const char *from = oit_2568_2569[i].from;
      const char *to = oit_2568_2569[i].to;
      g_autoptr(ItaChecklistEntry) e = NULL;
      g_autofree char *url = g_strdup_printf ("https://www.example.go.th/ita/%s", from);
      g_autofree char *note = g_strdup_printf ("บันทึก %s", from);
      guint n = (guint) g_ascii_strtoull (from + 1, NULL, 10);

      if (to == NULL)
        continue;
      e = ita_project_get_checklist_entry (p, to);
      g_assert_true (g_strv_contains ((const char * const *) e->urls, url));
      g_assert_nonnull (strstr (e->note, note));
      if (g_str_equal (from, "o22"))
        continue;
      if (!g_str_equal (from, "o21"))
        g_assert_cmpint (e->status, ==, ITA_EVIDENCE_PRESENT);
      g_assert_cmpint (ita_project_get_score (p, to), ==,
                       g_str_equal (from, "o21") ? 10000 : (n % 3 == 0 ? 0 : (n % 3 == 1 ? 10000 : 5000)));
    }
  /* merged o21 + o22 → o20: both URLs and notes, o21's score, status reset */
  {
    g_autoptr(ItaChecklistEntry) o20 = ita_project_get_checklist_entry (p, "o20");

    g_assert_cmpuint (g_strv_length (o20->urls), ==, 2);
    g_assert_cmpstr (o20->note, ==, "บันทึก o21\nบันทึก o22");
    g_assert_cmpint (o20->status, ==, ITA_EVIDENCE_NOT_CHECKED);
  }
  /* official values stay */
  g_assert_cmpint (ita_project_get_score (p, "IIT"), ==, 9987);
  g_assert_cmpint (ita_project_get_score (p, "EIT2"), ==, 9644);
  g_assert_cmpint (ita_project_get_score (p, "ind:9"), ==, 3800);
  /* the measure follows its items */
  {
    g_autoptr(ItaMeasure) moved = ita_project_get_measure (p, measure_id);

    g_assert_cmpuint (g_strv_length (moved->targets), ==, 2);
    g_assert_cmpstr (moved->targets[0], ==, "o11");
    g_assert_cmpstr (moved->targets[1], ==, "ind:9");
  }
  /* and what did not continue is listed */
  g_assert_true (strv_has_prefix (lost, "Score of i1 (90.00): the item has no counterpart in ita-2569."));
  g_assert_true (strv_has_prefix (lost, "Score of o11 (50.00): the item has no counterpart in ita-2569."));
  g_assert_true (strv_has_prefix (lost, "Score of o22 (50.00): o20 already takes the score of o21."));
  g_assert_true (strv_has_prefix (lost, "Answer counts of i1:"));
  g_assert_true (strv_has_prefix (lost, "OIT item o11 (status, evidence, explanation and note)"));
  g_assert_true (strv_has_prefix (lost, "OIT item o22: merged into o20 with o21; their statuses differed"));
  g_assert_true (strv_has_prefix (lost, "Measure “ปรับปรุงการเผยแพร่ข้อมูล”: its target o11 has no counterpart"));
  g_assert_true (strv_has_prefix (lost, "Measure “ปรับปรุงการเผยแพร่ข้อมูล”: its target i1 has no counterpart"));
  g_assert_cmpuint (g_strv_length (lost), ==, 8);
  after = export (p);

  /* one undo step brings everything back, redo the switch again */
  g_assert_cmpstr (ita_project_get_undo_label (p), ==, "Switch to edition ita-2569");
  g_assert_true (ita_project_undo (p, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ita_framework_get_id (ita_project_get_edition (p)), ==, "ita-2568");
  {
    g_autofree char *want = g_strdup_printf ("%d:ita-2568", ITA_PROJECT_CHANGE_ALL);
    g_assert_cmpstr (seen->pdata[1], ==, want);
  }
  undone = export (p);
  g_assert_cmpstr (undone, ==, before);
  g_assert_true (ita_project_redo (p, &error));
  g_assert_cmpstr (ita_framework_get_id (ita_project_get_edition (p)), ==, "ita-2569");
  redone = export (p);
  g_assert_cmpstr (redone, ==, after);

  /* back to 2568 as a new switch: what 2569 holds continues */
  g_assert_true (ita_project_switch_edition (p, e2568, &lost_back, &error));
  g_assert_no_error (error);
  for (guint i = 0; lost_back[i] != NULL; i++)
    g_test_message ("not carried back: %s", lost_back[i]);
  g_assert_cmpuint (g_strv_length (lost_back), ==, 0);
  g_assert_cmpint (ita_project_get_score (p, "o12"), ==, 0);       /* 2568 o12 → o11 → o12 */
  g_assert_cmpint (ita_project_get_score (p, "o13"), ==, 10000);   /* 2568 o13 → o12 → o13 */
  g_assert_cmpint (ita_project_get_score (p, "o21"), ==, 10000);
  g_assert_cmpint (ita_project_get_score (p, "o22"), ==, ITA_CENTI_NONE);
  g_assert_cmpint (ita_project_get_score (p, "o28"), ==, 10000);

  /* switching to the edition it has changes nothing */
  {
    g_auto(GStrv) none = NULL;
    g_autofree char *label = g_strdup (ita_project_get_undo_label (p));

    g_assert_true (ita_project_switch_edition (p, e2568, &none, &error));
    g_assert_cmpuint (g_strv_length (none), ==, 0);
    g_assert_cmpstr (ita_project_get_undo_label (p), ==, label);
  }

  /* the switch is stored: reopening reads the new edition */
  {
    g_autoptr(GFile) file = g_object_ref (ita_project_get_file (p));
    g_autoptr(ItaProject) again = NULL;

    ita_project_close (p);
    again = ita_project_open (file, ITA_PROJECT_OPEN_READ_ONLY, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (ita_framework_get_id (ita_project_get_edition (again)), ==, "ita-2568");
    g_assert_cmpint (ita_project_get_score (again, "o13"), ==, 10000);
  }
}

/* A 2569 score that the 2568 scale (0/50/100) refuses is listed. */
static void
test_switch_refused_value (void)
{
  g_autoptr(ItaProject) p = new_project ("switch-2569.ita", "ita-2569", 0);
  g_autoptr(ItaFramework) e2568 = edition ("ita-2568");
  g_auto(GStrv) lost = NULL;
  g_autoptr(GError) error = NULL;

  set_score (p, "o3", 7500);
  set_score (p, "o4", 5000);
  g_assert_true (ita_project_switch_edition (p, e2568, &lost, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (lost), ==, 1);
  g_assert_true (g_str_has_prefix (lost[0], "Score of o3 (75.00): "));
  g_assert_cmpint (ita_project_get_score (p, "o3"), ==, ITA_CENTI_NONE);
  g_assert_cmpint (ita_project_get_score (p, "o4"), ==, 5000);
}

/* A test-only ita-2570: the 2569 list with o24 replaced by a new subject.
 * A FY 2570 project made on ita-2569 switches to it and keeps every score
 * and note whose item continues. */
static void
test_switch_to_2570 (void)
{
  g_autoptr(ItaFramework) e2569 = edition ("ita-2569");
  g_autoptr(GString) json = g_string_new_len (g_bytes_get_data (ita_framework_get_json (e2569), NULL),
                                              g_bytes_get_size (ita_framework_get_json (e2569)));
  g_autofree char *path = g_build_filename (tmp_dir, "ita-2570.json", NULL);
  g_autoptr(GFile) json_file = g_file_new_for_path (path);
  g_autoptr(ItaFramework) e2570 = NULL;
  g_autoptr(ItaFramework) installed = NULL;
  g_autoptr(ItaFramework) latest = NULL;
  g_autoptr(ItaProject) p = NULL;
  g_autoptr(ItaMeasure) m = ita_measure_new ();
  g_auto(GStrv) lost = NULL;
  g_autoptr(GError) error = NULL;
  gint64 measure_id = 0;

  g_assert_cmpuint (g_string_replace (json, "\"id\": \"ita-2569\"", "\"id\": \"ita-2570\"", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (json, "\"fiscal_year\": 2569", "\"fiscal_year\": 2570", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (json, "\"continuity\": \"oit.anticorruption_report_annual\"",
                                      "\"continuity\": \"oit.test_new_2570\"", 1), ==, 1);

  p = new_project ("plan-2570.ita", "ita-2569", 2570);
  g_assert_true (ita_project_is_provisional (p));
  for (guint i = 1; i <= 26; i++)
    {
      g_autofree char *code = g_strdup_printf ("o%u", i);
      g_autofree char *note = g_strdup_printf ("บันทึก %s", code);

      set_score (p, code, 2500 + 100 * i);   /* any value: the 2569 scale is unknown */
      set_entry (p, code, ITA_EVIDENCE_PRESENT, note);
    }
  set_score (p, "EIT1", 9100);
  set_score (p, "ind:10", 8000);
  g_free (m->title);
  m->title = g_strdup ("รายงานการป้องกันการทุจริต");
  g_strfreev (m->targets);
  m->targets = g_strsplit ("o24,o3,ind:10", ",", -1);
  g_assert_true (ita_project_add_measure (p, m, &measure_id, &error));

  /* NACC's edition arrives: the catalogue has it, the file still stands on 2569 */
  g_assert_true (g_file_set_contents (path, json->str, (gssize) json->len, &error));
  installed = ita_catalogue_install (json_file, &error);
  g_assert_no_error (error);
  latest = ita_catalogue_latest_for_year (2570);
  g_assert_cmpstr (ita_framework_get_id (latest), ==, "ita-2570");
  g_assert_true (ita_project_is_provisional (p));

  e2570 = ita_catalogue_lookup ("ita-2570", &error);
  g_assert_true (ita_project_switch_edition (p, e2570, &lost, &error));
  g_assert_no_error (error);
  g_assert_false (ita_project_is_provisional (p));
  for (guint i = 1; i <= 26; i++)
    {
      g_autofree char *code = g_strdup_printf ("o%u", i);
      g_autofree char *note = g_strdup_printf ("บันทึก %s", code);
      g_autoptr(ItaChecklistEntry) e = ita_project_get_checklist_entry (p, code);

      if (i == 24)
        {
          g_assert_cmpint (ita_project_get_score (p, code), ==, ITA_CENTI_NONE);
          g_assert_cmpint (e->status, ==, ITA_EVIDENCE_NOT_CHECKED);
          continue;
        }
      g_assert_cmpint (ita_project_get_score (p, code), ==, 2500 + 100 * (int) i);
      g_assert_cmpstr (e->note, ==, note);
      g_assert_cmpint (e->status, ==, ITA_EVIDENCE_PRESENT);
    }
  g_assert_cmpint (ita_project_get_score (p, "EIT1"), ==, 9100);
  g_assert_cmpint (ita_project_get_score (p, "ind:10"), ==, 8000);
  for (guint i = 0; lost[i] != NULL; i++)
    g_test_message ("not carried: %s", lost[i]);
  g_assert_cmpuint (g_strv_length (lost), ==, 3);
  g_assert_cmpstr (lost[0], ==, "Score of o24 (49.00): the item has no counterpart in ita-2570.");
  g_assert_cmpstr (lost[1], ==, "OIT item o24 (status, evidence, explanation and note): the item has "
                                "no counterpart in ita-2570.");
  g_assert_cmpstr (lost[2], ==, "Measure “รายงานการป้องกันการทุจริต”: its target o24 has no "
                                "counterpart in ita-2570 and is removed.");
  {
    g_autoptr(ItaMeasure) moved = ita_project_get_measure (p, measure_id);

    g_assert_cmpuint (g_strv_length (moved->targets), ==, 2);
  }
}

static void
test_switch_read_only (void)
{
  g_autoptr(ItaProject) p = new_project ("ro.ita", "ita-2569", 2570);
  g_autoptr(ItaFramework) e2568 = edition ("ita-2568");
  g_autoptr(GFile) file = g_object_ref (ita_project_get_file (p));
  g_autoptr(ItaProject) ro = NULL;
  g_auto(GStrv) lost = NULL;
  g_autoptr(GError) error = NULL;

  set_score (p, "o1", 10000);
  ita_project_close (p);
  ro = ita_project_open (file, ITA_PROJECT_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (ita_project_switch_edition (ro, e2568, &lost, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_READ_ONLY);
  g_assert_null (lost);
  g_assert_cmpstr (ita_framework_get_id (ita_project_get_edition (ro)), ==, "ita-2569");
  g_assert_cmpint (ita_project_get_score (ro, "o1"), ==, 10000);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  tmp_dir = g_dir_make_tmp ("ita-edition-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/core/project-edition/catalogue/latest-for-year", test_latest_for_year);
  g_test_add_func ("/core/project-edition/ita-2569/facts", test_2569_facts);
  g_test_add_func ("/core/project-edition/ita-2569/rating", test_2569_rating);
  g_test_add_func ("/core/project-edition/continuity-2568-2569", test_continuity_2568_2569);
  g_test_add_func ("/core/project-edition/provisional", test_provisional);
  g_test_add_func ("/core/project-edition/switch/2568-2569-and-back", test_switch_2568_2569_and_back);
  g_test_add_func ("/core/project-edition/switch/refused-value", test_switch_refused_value);
  g_test_add_func ("/core/project-edition/switch/to-2570", test_switch_to_2570);
  g_test_add_func ("/core/project-edition/switch/read-only", test_switch_read_only);

  status = g_test_run ();
  {
    g_autoptr(GDir) d = g_dir_open (tmp_dir, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

        g_remove (path);
      }
    g_rmdir (tmp_dir);
    g_free (tmp_dir);
  }
  return status;
}
