/* ita-report-build-oit.c: the OIT handout of a unit — its items, what to
 * publish, the period the data must cover, due dates, the URLs */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ita-report-build-private.h"
#include "ita-thai.h"

/* TRUE when unit id is `ancestor` or below it. */
static gboolean
unit_within (ItaReportBuilder *b,
             gint64            id,
             gint64            ancestor)
{
  for (guint depth = 0; id != ITA_ID_NONE && depth < 64; depth++)
    {
      gboolean found = FALSE;

      if (id == ancestor)
        return TRUE;
      for (guint i = 0; i < b->units->len && !found; i++)
        {
          ItaUnit *unit = g_ptr_array_index (b->units, i);

          if (unit->id == id)
            {
              id = unit->parent_id;
              found = TRUE;
            }
        }
      if (!found)
        return FALSE;
    }
  return FALSE;
}

/* The period an item's data must cover, resolved against the year. */
static char *
period_text (ItaReportBuilder *b,
             const ItaItemDef *item)
{
  GDate first, last, half;

  switch (item->period)
    {
    case ITA_PERIOD_CURRENT_FY:
      return ita_report_printf (b, TR (b, "ข้อมูลของปี พ.ศ. %d", "data of %d"), b->fiscal_year);
    case ITA_PERIOD_PREVIOUS_FY:
      return ita_report_printf (b, TR (b, "ข้อมูลของปี พ.ศ. %d (ปีก่อน)", "data of %d (the year before)"),
                                b->fiscal_year - 1);
    case ITA_PERIOD_CURRENT_FY_FIRST_HALF:
      {
        g_autofree char *range = NULL;

        ita_fiscal_year_range (b->fiscal_year, &first, &last);
        g_date_set_dmy (&half, 31, G_DATE_MARCH, g_date_get_year (&last));
        range = ita_report_period (b, &first, &half);
        return g_strdup_printf (TR (b, "ข้อมูล 6 เดือนแรกของปีงบประมาณ (%s)", "first six months of the year (%s)"),
                                range);
      }
    case ITA_PERIOD_CHANNEL:
      return g_strdup (TR (b, "ช่องทางที่ใช้งานได้จริงบนเว็บไซต์", "a channel that works on the website"));
    case ITA_PERIOD_NONE:
      return g_strdup (TR (b, "ไม่กำหนดช่วงเวลา", "no period"));
    case ITA_PERIOD_UNKNOWN:
    default:
      if (item->period_text_th != NULL && *item->period_text_th != '\0')
        return ita_report_words (b, item->period_text_th);
      return g_strdup (TR (b, "ไม่ทราบช่วงเวลาที่กำหนด", "period not known"));
    }
}

static const char *
evidence_label (ItaReportBuilder  *b,
                ItaEvidenceStatus  status)
{
  switch (status)
    {
    case ITA_EVIDENCE_PRESENT:
      return TR (b, "มี", "published");
    case ITA_EVIDENCE_INCOMPLETE:
      return TR (b, "ไม่สมบูรณ์", "incomplete");
    case ITA_EVIDENCE_MISSING:
      return TR (b, "ไม่มี", "missing");
    case ITA_EVIDENCE_NOT_CHECKED:
    default:
      return TR (b, "ยังไม่ได้ตรวจ", "not checked");
    }
}

static ItaReportTone
evidence_tone (ItaEvidenceStatus status)
{
  switch (status)
    {
    case ITA_EVIDENCE_PRESENT:
      return ITA_REPORT_TONE_MAINTAIN;
    case ITA_EVIDENCE_INCOMPLETE:
      return ITA_REPORT_TONE_RAISE;
    case ITA_EVIDENCE_MISSING:
      return ITA_REPORT_TONE_IMPROVE;
    case ITA_EVIDENCE_NOT_CHECKED:
    default:
      return ITA_REPORT_TONE_MUTED;
    }
}

static void
add_item_cell (ItaReportBuilder        *b,
               ItaReportRow            *row,
               const ItaItemDef        *item,
               const ItaChecklistEntry *entry,
               gint64                   unit_id)
{
  ItaReportCell *cell = ita_report_add_cell (b, row, 1, ita_report_item_text (b, item));
  g_autofree char *period = period_text (b, item);
  g_autofree char *line = g_strdup_printf ("%s: %s", TR (b, "ช่วงเวลาของข้อมูล", "Period"), period);
  const ItaLevel *level = ita_result_get_level (b->result, item->code);
  ItaReportParagraph *p;

  p = ita_report_cell_add_paragraph (cell, NULL);
  ita_report_paragraph_add_tone (p, line, ITA_REPORT_RUN_PLAIN, ITA_REPORT_TONE_MUTED);
  if (level != NULL && level->value != ITA_CENTI_NONE)
    {
      g_autofree char *score = ita_report_score_short (b, level->value);
      g_autofree char *year = ita_report_printf (b, "%d", b->fiscal_year);
      g_autofree char *text = g_strdup_printf (TR (b, "คะแนนปี %s: %s", "Score %s: %s"), year, score);

      ita_report_paragraph_add_tone (ita_report_cell_add_paragraph (cell, NULL), text, ITA_REPORT_RUN_PLAIN,
                                     ITA_REPORT_TONE_MUTED);
    }
  /* the units it is shared with, when it is not the handout's unit alone */
  {
    g_autoptr(GString) names = g_string_new (NULL);

    for (guint i = 0; i < entry->unit_ids->len; i++)
      {
        gint64 id = g_array_index (entry->unit_ids, gint64, i);
        const char *name = id != unit_id ? ita_report_unit_name (b, id) : NULL;

        if (name != NULL)
          g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", name);
      }
    if (names->len > 0)
      {
        g_autofree char *text = g_strdup_printf (TR (b, "ผู้รับผิดชอบ: %s", "Responsible: %s"), names->str);

        ita_report_paragraph_add_text (ita_report_cell_add_paragraph (cell, NULL), text, ITA_REPORT_RUN_ITALIC);
      }
  }
}

/* The entry names unit ITA_UNIT_ALL (every unit). */
static gboolean
entry_for_all (const ItaChecklistEntry *e)
{
  return ita_checklist_entry_has_unit (e, ITA_UNIT_ALL);
}

/* The entry names unit_id or one of its sub-units. */
static gboolean
entry_within (ItaReportBuilder        *b,
              const ItaChecklistEntry *e,
              gint64                   unit_id)
{
  for (guint i = 0; i < e->unit_ids->len; i++)
    {
      gint64 id = g_array_index (e->unit_ids, gint64, i);

      if (id != ITA_UNIT_ALL && unit_within (b, id, unit_id))
        return TRUE;
    }
  return FALSE;
}

static void
add_evidence_cell (ItaReportBuilder        *b,
                   ItaReportRow            *row,
                   const ItaChecklistEntry *entry)
{
  ItaReportCell *cell = ita_report_row_add_cell (row, 1, NULL);
  gboolean first = TRUE;

  for (guint k = 0; entry->urls[k] != NULL; k++)
    {
      ItaReportParagraph *p = first ? ita_report_cell_get_paragraph (cell) : ita_report_cell_add_paragraph (cell, NULL);

      ita_report_paragraph_add_link (p, entry->urls[k], entry->urls[k]);
      first = FALSE;
    }
  if (*entry->explanation != '\0')
    {
      g_autofree char *words = ita_report_words (b, entry->explanation);

      if (first)
        ita_report_paragraph_add_text (ita_report_cell_get_paragraph (cell), words, ITA_REPORT_RUN_PLAIN);
      else
        ita_report_cell_add_paragraph (cell, words);
      first = FALSE;
    }
  if (*entry->note != '\0')
    {
      g_autofree char *words = ita_report_words (b, entry->note);
      ItaReportParagraph *p = first ? ita_report_cell_get_paragraph (cell) : ita_report_cell_add_paragraph (cell, NULL);

      ita_report_paragraph_add_text (p, words, ITA_REPORT_RUN_ITALIC);
      first = FALSE;
    }
  if (first)
    ita_report_paragraph_add_tone (ita_report_cell_get_paragraph (cell),
                                   TR (b, "ยังไม่มีที่อยู่ของหลักฐาน", "no evidence URL yet"), ITA_REPORT_RUN_PLAIN,
                                   ITA_REPORT_TONE_MUTED);
}

static void
add_entry_row (ItaReportBuilder        *b,
               ItaReportTable          *table,
               const ItaChecklistEntry *entry,
               gint64                   unit_id)
{
  const ItaItemDef *item = ita_framework_lookup_item (b->edition, entry->item);
  ItaReportRow *row = ita_report_table_add_row (table, ITA_REPORT_ROW_BODY);
  g_autofree char *due = g_date_valid (&entry->due_date) ? ita_report_date_short (b, &entry->due_date)
                                                         : g_strdup ("–");
  ItaReportCell *status;

  ita_report_add_cell (b, row, 1, entry->item);
  add_item_cell (b, row, item, entry, unit_id);
  ita_report_row_add_cell (row, 1, due);
  status = ita_report_row_add_cell (row, 1, NULL);
  ita_report_paragraph_add_tone (ita_report_cell_get_paragraph (status), evidence_label (b, entry->status),
                                 ITA_REPORT_RUN_PLAIN, evidence_tone (entry->status));
  add_evidence_cell (b, row, entry);
}

/* Which entries a handout lists: a unit's (with its sub-units' and those
 * of every unit), or, with unit_id ITA_ID_NONE, those with no unit. */
static GPtrArray *
entries_for (ItaReportBuilder *b,
             GPtrArray        *checklist,
             gint64            unit_id)
{
  GPtrArray *entries = g_ptr_array_new ();

  for (guint i = 0; i < checklist->len; i++)
    {
      ItaChecklistEntry *e = g_ptr_array_index (checklist, i);
      gboolean take = unit_id == ITA_ID_NONE ? e->unit_ids->len == 0
                                             : entry_for_all (e) || entry_within (b, e, unit_id);

      if (take && ita_framework_lookup_item (b->edition, e->item) != NULL)
        g_ptr_array_add (entries, e);
    }
  return entries;
}

static void
add_counts (ItaReportBuilder *b,
            const char       *who,
            GPtrArray        *entries)
{
  guint counts[ITA_EVIDENCE_MISSING + 1] = { 0 }, shared = 0;
  g_autofree char *date = ita_report_date (b, &b->date);

  for (guint i = 0; i < entries->len; i++)
    {
      ItaChecklistEntry *e = g_ptr_array_index (entries, i);

      counts[e->status]++;
      if (entry_for_all (e))
        shared++;
    }
  g_autofree char *shared_text = shared == 0 ? g_strdup ("")
                                : g_strdup_printf (TR (b, " (รวมข้อที่ทุกหน่วยงานร่วมรับผิดชอบ %u ข้อ)",
                                                       " (%u of them shared by every unit)"), shared);

  ita_report_add_para (b, ITA_REPORT_STYLE_BODY,
                       TR (b, "%s รับผิดชอบข้อมูล OIT %u ข้อ%s ตามรายการตรวจสอบ ณ วันที่ %s มีข้อมูลแล้ว %u ข้อ "
                              "ไม่สมบูรณ์ %u ข้อ ไม่มี %u ข้อ และยังไม่ได้ตรวจ %u ข้อ",
                           "%s is responsible for %u OIT items%s. By the checklist on %s, %u are published, "
                           "%u incomplete, %u missing and %u not checked yet."),
                       who, entries->len, shared_text, date, counts[ITA_EVIDENCE_PRESENT],
                       counts[ITA_EVIDENCE_INCOMPLETE], counts[ITA_EVIDENCE_MISSING],
                       counts[ITA_EVIDENCE_NOT_CHECKED]);
}

static void
add_checklist_table (ItaReportBuilder *b,
                     GPtrArray        *entries,
                     gint64            unit_id)
{
  static const double widths[] = { 0.07, 0.34, 0.11, 0.13, 0.35 };
  static const ItaReportAlign aligns[] = { ITA_REPORT_ALIGN_CENTER, ITA_REPORT_ALIGN_LEFT, ITA_REPORT_ALIGN_CENTER,
                                           ITA_REPORT_ALIGN_CENTER, ITA_REPORT_ALIGN_LEFT };
  ItaReportTable *table = ita_report_add_table (b, TR (b, "ข้อมูลที่ต้องเผยแพร่", "What to publish"), 5, widths, aligns);
  int group = -1;

  ita_report_add_header_row (b, table, TR (b, "ข้อ", "Item"), TR (b, "ข้อมูลที่ต้องเผยแพร่", "What to publish"),
                             TR (b, "กำหนดส่ง", "Due"), TR (b, "สถานะ", "Status"),
                             TR (b, "ที่อยู่ (URL) และคำอธิบาย", "Where (URL)"), NULL);
  for (guint i = 0; i < entries->len; i++)
    {
      ItaChecklistEntry *e = g_ptr_array_index (entries, i);
      const ItaItemDef *item = ita_framework_lookup_item (b->edition, e->item);
      int key = item->indicator * 100 + item->sub_index + 1;

      if (key != group)
        {
          const ItaIndicatorDef *def = ita_framework_get_indicator (b->edition, item->indicator);
          g_autofree char *title = def != NULL ? ita_report_indicator_title (b, def) : g_strdup ("");
          g_autofree char *label = NULL;

          if (def != NULL && item->sub_index >= 0 && (guint) item->sub_index < def->n_subs)
            {
              g_autofree char *sub = ita_report_words (b, def->subs[item->sub_index].code);

              label = g_strdup_printf ("%s – %s %s", title, sub,
                                       ita_report_pick (b, def->subs[item->sub_index].name_th,
                                                        def->subs[item->sub_index].name_en));
            }
          ita_report_row_add_cell (ita_report_table_add_row (table, ITA_REPORT_ROW_GROUP), 5,
                                   label != NULL ? label : title);
          group = key;
        }
      add_entry_row (b, table, e, unit_id);
    }
}

static void
add_handout (ItaReportBuilder *b,
             GPtrArray        *checklist,
             gint64            unit_id,
             gboolean          first)
{
  g_autoptr(GPtrArray) entries = entries_for (b, checklist, unit_id);
  const char *who = unit_id != ITA_ID_NONE ? ita_report_unit_name (b, unit_id)
                                           : TR (b, "ข้อที่ยังไม่ได้มอบหมายหน่วยงาน", "Items not given to a unit");

  if (!first)
    ita_report_document_add_page_break (b->doc);
  b->n_tables = 0;   /* each handout stands alone */
  ita_report_add_title_block (b, b->doc->title, b->fiscal_year);
  ita_report_add_heading (b, 1, "%s", who);
  if (unit_id == ITA_ID_NONE && b->units->len == 0)
    ita_report_add_para (b, ITA_REPORT_STYLE_BODY, "%s",
                         TR (b, "ยังไม่มีหน่วยงานในไฟล์นี้: เพิ่มสำนัก กอง และงานในหน้าหน่วยงาน แล้วมอบหมายข้อ OIT "
                                "ให้แต่ละหน่วยงานในหน้ารายการตรวจสอบ OIT",
                             "There are no units in this file yet: add the offices, divisions and work units in "
                             "the Agency view, then give the OIT items to them in the OIT checklist view."));
  if (unit_id == ITA_ID_NONE)
    ita_report_add_para (b, ITA_REPORT_STYLE_BODY,
                         TR (b, "ข้อเหล่านี้ยังไม่มีหน่วยงานผู้รับผิดชอบในรายการตรวจสอบ OIT (%u ข้อ): "
                                "มอบหมายหน่วยงานในหน้ารายการตรวจสอบ OIT",
                             "These %u items have no responsible unit in the OIT checklist yet: give each one "
                             "to a unit in the OIT checklist view."),
                         entries->len);
  else
    add_counts (b, who, entries);
  if (*b->agency->website != '\0')
    {
      ItaReportParagraph *p = ita_report_document_add_paragraph (b->doc, ITA_REPORT_STYLE_PLAIN, NULL);

      ita_report_paragraph_add_text (p, TR (b, "เผยแพร่บนเว็บไซต์หลักของหน่วยงาน: ", "Publish on the agency's main website: "),
                                     ITA_REPORT_RUN_PLAIN);
      ita_report_paragraph_add_link (p, b->agency->website, b->agency->website);
    }
  else
    ita_report_add_para (b, ITA_REPORT_STYLE_PLAIN, "%s",
                         TR (b, "ยังไม่ได้ระบุเว็บไซต์หลักของหน่วยงาน: ระบุในหน้าหน่วยงาน",
                             "The agency's main website is not entered yet: enter it in the Agency view."));
  if (entries->len > 0)
    add_checklist_table (b, entries, unit_id);
  else if (unit_id != ITA_ID_NONE)
    ita_report_add_para (b, ITA_REPORT_STYLE_BODY, "%s",
                         TR (b, "ยังไม่มีข้อ OIT ที่มอบหมายให้หน่วยงานนี้: มอบหมายในหน้ารายการตรวจสอบ OIT",
                             "No OIT item is given to this unit yet: give items to it in the OIT checklist view."));
}

/* The top units that have items (directly or below them). */
static GArray *
units_with_items (ItaReportBuilder *b,
                  GPtrArray        *checklist)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < b->units->len; i++)
    {
      ItaUnit *unit = g_ptr_array_index (b->units, i);
      gboolean has = FALSE;

      if (unit->parent_id != ITA_ID_NONE)
        continue;
      for (guint k = 0; k < checklist->len && !has; k++)
        {
          ItaChecklistEntry *e = g_ptr_array_index (checklist, k);

          has = entry_within (b, e, unit->id);
        }
      if (has)
        g_array_append_val (ids, unit->id);
    }
  return ids;
}

gboolean
ita_report_build_oit (ItaReportBuilder  *b,
                      GError           **error)
{
  g_autoptr(GPtrArray) checklist = ita_project_get_checklist (b->project);
  g_autoptr(GPtrArray) unassigned = entries_for (b, checklist, ITA_ID_NONE);
  g_autoptr(GArray) units = NULL;
  g_autofree char *footer = NULL;
  g_autofree char *date = ita_report_date (b, &b->date);

  footer = g_strdup_printf (TR (b, "สถานะตามรายการตรวจสอบ ณ วันที่ %s", "Status by the checklist on %s"), date);
  ita_report_document_set_footer (b->doc, footer);
  if (b->options->unit_id != ITA_ID_NONE)
    {
      if (ita_report_unit_name (b, b->options->unit_id) == NULL || b->options->unit_id == ITA_UNIT_ALL)
        {
          g_set_error (error, ITA_REPORT_ERROR, ITA_REPORT_ERROR_NOT_FOUND,
                       _("The unit asked for is not in this project; choose one of its units."));
          return FALSE;
        }
      add_handout (b, checklist, b->options->unit_id, TRUE);
      ita_report_add_source_note (b);
      return TRUE;
    }
  units = units_with_items (b, checklist);
  for (guint i = 0; i < units->len; i++)
    add_handout (b, checklist, g_array_index (units, gint64, i), i == 0);
  if (unassigned->len > 0 || units->len == 0)
    add_handout (b, checklist, ITA_ID_NONE, units->len == 0);
  ita_report_add_source_note (b);
  return TRUE;
}
