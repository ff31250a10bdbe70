/* ita-report-build.c: what every document builder shares — figures into
 * words in the document's language and digits, tables, marks, the
 * signature — and ita_report_build() itself */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-report-build-private.h"
#include "ita-thai.h"

#define NBSP "\u00A0"

static const char * const kind_names[ITA_REPORT_N_KINDS] = { "analysis", "measures", "progress", "oit" };

const char *
ita_report_kind_to_string (ItaReportKind kind)
{
  g_return_val_if_fail (kind < ITA_REPORT_N_KINDS, NULL);

  return kind_names[kind];
}

gboolean
ita_report_kind_from_string (const char    *name,
                             ItaReportKind *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  for (guint k = 0; name != NULL && k < ITA_REPORT_N_KINDS; k++)
    {
      if (g_ascii_strcasecmp (name, kind_names[k]) == 0)
        {
          *out = k;
          return TRUE;
        }
    }
  return FALSE;
}

ItaReportYear *
ita_report_year_new (int           fiscal_year,
                     ItaResult    *result,
                     ItaFramework *edition)
{
  ItaReportYear *year;

  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (ITA_IS_FRAMEWORK (edition), NULL);

  year = g_new0 (ItaReportYear, 1);
  year->fiscal_year = fiscal_year;
  year->result = result;
  year->edition = g_object_ref (edition);
  return year;
}

void
ita_report_year_free (ItaReportYear *year)
{
  if (year == NULL)
    return;
  g_clear_pointer (&year->result, ita_result_free);
  g_clear_object (&year->edition);
  g_free (year);
}

GPtrArray *
ita_report_years_from (ItaYears *years)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_report_year_free);

  for (guint i = 0; years != NULL && i < ita_years_get_n_years (years); i++)
    {
      ItaYear *year = ita_years_get_year (years, i);
      ItaResult *result = ita_year_get_result (year);

      if (result != NULL)
        g_ptr_array_add (out, ita_report_year_new (ita_year_get_fiscal_year (year), ita_result_ref (result),
                                                   ita_result_get_framework (result)));
    }
  return out;
}

void
ita_report_options_init (ItaReportOptions *options,
                         ItaReportKind     kind)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->kind = kind;
  options->language = ITA_REPORT_LANG_TH;
  g_date_clear (&options->date, 1);
  options->unit_id = ITA_ID_NONE;
}

/* Words ---------------------------------------------------------------------- */

const char *
ita_report_pick (ItaReportBuilder *b,
                 const char       *th,
                 const char       *en)
{
  if (b->en && en != NULL && *en != '\0')
    return en;
  return th != NULL && *th != '\0' ? th : (en != NULL ? en : "");
}

static gboolean
starts_with_digit (const char *p)
{
  gunichar c = g_utf8_get_char (p);

  return g_unichar_isdigit (c) || (c >= 0x0E50 && c <= 0x0E59);
}

/* "พ.ศ. 2568" → "พ.ศ.\u00A02568" (also ค.ศ., and the numbered names of
 * tables, figures, indicators and measures), so that no line break falls
 * between a word and its number. */
static char *
glue_eras (const char *text)
{
  static const char * const eras[] = { "พ.ศ.", "ค.ศ.", "ตารางที่", "แผนภูมิที่", "ตัวชี้วัดที่", "มาตรการที่",
                                       "Table", "Figure", "Indicator", "indicator", "Measure" };
  GString *s = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      gboolean glued = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (eras) && !glued; i++)
        {
          gsize n = strlen (eras[i]);
          const char *q = p + n;

          if (strncmp (p, eras[i], n) != 0 || *q != ' ')
            continue;
          while (*q == ' ')
            q++;
          if (!starts_with_digit (q))
            continue;
          g_string_append (s, eras[i]);
          g_string_append (s, NBSP);
          p = q;
          glued = TRUE;
        }
      if (!glued)
        {
          const char *next = g_utf8_next_char (p);

          g_string_append_len (s, p, next - p);
          p = next;
        }
    }
  return g_string_free (s, FALSE);
}

char *
ita_report_words (ItaReportBuilder *b,
                  const char       *text)
{
  g_autofree char *glued = glue_eras (text != NULL ? text : "");

  return b->options->thai_digits ? ita_thai_digits_from_ascii (glued) : g_steal_pointer (&glued);
}

char *
ita_report_printf (ItaReportBuilder *b,
                   const char       *format,
                   ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  return ita_report_words (b, text);
}

char *
ita_report_score (ItaReportBuilder *b,
                  ItaCenti          value)
{
  if (value == ITA_CENTI_NONE)
    return g_strdup ("–");
  return ita_decimal_format (value, b->options->thai_digits);
}

char *
ita_report_score_short (ItaReportBuilder *b,
                        ItaCenti          value)
{
  if (value == ITA_CENTI_NONE)
    return g_strdup ("–");
  return ita_decimal_format_short (value, b->options->thai_digits);
}

char *
ita_report_int (ItaReportBuilder *b,
                gint64            value)
{
  g_autofree char *ascii = g_strdup_printf ("%" G_GINT64_FORMAT, value);

  return ita_report_words (b, ascii);
}

char *
ita_report_baht (ItaReportBuilder *b,
                 gint64            satang)
{
  g_autofree char *digits = NULL;
  GString *s;
  gsize n;

  if (satang == ITA_BUDGET_NONE)
    return g_strdup (TR (b, "ไม่ใช้งบประมาณ", "no budget"));
  digits = g_strdup_printf ("%" G_GINT64_FORMAT, satang / 100);
  n = strlen (digits);
  s = g_string_new (NULL);
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (s, ',');
      g_string_append_c (s, digits[i]);
    }
  g_string_append_printf (s, ".%02d %s", (int) (satang % 100), TR (b, "บาท", "baht"));
  {
    g_autofree char *ascii = g_string_free (s, FALSE);

    return ita_report_words (b, ascii);
  }
}

static char *
join_nbsp (char *text)
{
  g_autofree char *owned = text;
  g_auto(GStrv) parts = g_strsplit (owned, " ", -1);

  return g_strjoinv (NBSP, parts);
}

char *
ita_report_date (ItaReportBuilder *b,
                 const GDate      *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("–");
  if (b->en)
    {
      g_autofree char *en = ita_format_date_en (date, FALSE);

      return join_nbsp (ita_report_words (b, en));
    }
  return join_nbsp (ita_thai_format_date (date, FALSE, b->options->thai_digits));
}

char *
ita_report_date_short (ItaReportBuilder *b,
                       const GDate      *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("–");
  if (b->en)
    {
      g_autofree char *en = ita_format_date_en (date, TRUE);

      return join_nbsp (ita_report_words (b, en));
    }
  return join_nbsp (ita_thai_format_date (date, TRUE, b->options->thai_digits));
}

char *
ita_report_fiscal_year (ItaReportBuilder *b,
                        int               year_be)
{
  return ita_report_printf (b, TR (b, "ปีงบประมาณ พ.ศ. %d", "fiscal year %d"), year_be);
}

char *
ita_report_fiscal_year_title (ItaReportBuilder *b,
                              int               year_be)
{
  return ita_report_printf (b, TR (b, "ปีงบประมาณ พ.ศ. %d", "Fiscal year %d"), year_be);
}

char *
ita_report_period (ItaReportBuilder *b,
                   const GDate      *start,
                   const GDate      *end)
{
  g_autofree char *from = ita_report_date_short (b, start);
  g_autofree char *to = ita_report_date_short (b, end);

  if ((start == NULL || !g_date_valid (start)) && (end == NULL || !g_date_valid (end)))
    return g_strdup (TR (b, "ไม่ได้กำหนด", "not set"));
  return g_strdup_printf ("%s – %s", from, to);
}

const char *
ita_report_category_label (ItaReportBuilder *b,
                           ItaCategory       category)
{
  switch (category)
    {
    case ITA_CATEGORY_MAINTAIN:
      return TR (b, "รักษาระดับ", "maintain");
    case ITA_CATEGORY_RAISE:
      return TR (b, "ยกระดับ", "raise");
    case ITA_CATEGORY_IMPROVE:
      return TR (b, "ต้องปรับปรุง", "improve");
    case ITA_CATEGORY_NONE:
    default:
      return TR (b, "ไม่มีคะแนน", "no score");
    }
}

ItaReportTone
ita_report_category_tone (ItaCategory category)
{
  switch (category)
    {
    case ITA_CATEGORY_MAINTAIN:
      return ITA_REPORT_TONE_MAINTAIN;
    case ITA_CATEGORY_RAISE:
      return ITA_REPORT_TONE_RAISE;
    case ITA_CATEGORY_IMPROVE:
      return ITA_REPORT_TONE_IMPROVE;
    case ITA_CATEGORY_NONE:
    default:
      return ITA_REPORT_TONE_MUTED;
    }
}

const char *
ita_report_tool_name (ItaReportBuilder *b,
                      const ItaToolDef *tool)
{
  return ita_report_pick (b, tool->name_th, tool->name_en);
}

const char *
ita_report_indicator_name (ItaReportBuilder      *b,
                           const ItaIndicatorDef *indicator)
{
  return ita_report_pick (b, indicator->name_th, indicator->name_en);
}

char *
ita_report_indicator_title (ItaReportBuilder      *b,
                            const ItaIndicatorDef *indicator)
{
  return ita_report_printf (b, TR (b, "ตัวชี้วัดที่ %d %s", "Indicator %d: %s"), indicator->number,
                            ita_report_indicator_name (b, indicator));
}

const char *
ita_report_item_text (ItaReportBuilder *b,
                      const ItaItemDef *item)
{
  const char *text = ita_report_pick (b, item->text_th, item->text_en);

  return *text != '\0' ? text : TR (b, "(ไม่ทราบข้อความของข้อนี้)", "(the text of this item is not known)");
}

char *
ita_report_item_code (ItaReportBuilder *b,
                      const char       *code)
{
  return ita_report_words (b, code);
}

const char *
ita_report_unit_name (ItaReportBuilder *b,
                      gint64            id)
{
  if (id == ITA_UNIT_ALL)
    return TR (b, "ทุกหน่วยงาน", "all units");
  for (guint i = 0; i < b->units->len; i++)
    {
      ItaUnit *unit = g_ptr_array_index (b->units, i);

      if (unit->id == id)
        return unit->name;
    }
  return NULL;
}

char *
ita_report_unit_list (ItaReportBuilder *b,
                      GArray           *unit_ids)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; unit_ids != NULL && i < unit_ids->len; i++)
    {
      const char *name = ita_report_unit_name (b, g_array_index (unit_ids, gint64, i));

      if (name != NULL)
        g_ptr_array_add (names, (gpointer) name);
    }
  if (names->len == 0)
    return g_strdup ("–");
  g_ptr_array_add (names, NULL);
  {
    g_autofree char *joined = g_strjoinv (", ", (char **) names->pdata);

    return ita_report_words (b, joined);
  }
}

int
ita_report_target_indicator (ItaReportBuilder *b,
                             const char       *key)
{
  const ItaItemDef *item;
  const ItaSubindicatorDef *sub;

  if (g_str_has_prefix (key, "ind:"))
    return (int) g_ascii_strtoll (key + 4, NULL, 10);
  if (g_str_has_prefix (key, "sub:"))
    return (sub = ita_framework_lookup_subindicator (b->edition, key + 4)) != NULL ? sub->indicator : 0;
  item = ita_framework_lookup_item (b->edition, key);
  return item != NULL ? item->indicator : 0;
}

char *
ita_report_target_label (ItaReportBuilder *b,
                         const char       *key)
{
  const ItaLevel *level = ita_result_get_level (b->result, key);
  g_autofree char *score = ita_report_score (b, level != NULL ? level->value : ITA_CENTI_NONE);
  const ItaItemDef *item;

  if (g_str_has_prefix (key, "ind:"))
    {
      const ItaIndicatorDef *def = ita_framework_get_indicator (b->edition, ita_report_target_indicator (b, key));
      g_autofree char *title = NULL;

      if (def == NULL)
        return NULL;
      title = ita_report_indicator_title (b, def);
      return g_strdup_printf ("%s (%s)", title, score);
    }
  if (g_str_has_prefix (key, "sub:"))
    {
      const ItaSubindicatorDef *sub = ita_framework_lookup_subindicator (b->edition, key + 4);
      g_autofree char *code = NULL;

      if (sub == NULL)
        return NULL;
      code = ita_report_words (b, sub->code);
      return g_strdup_printf ("%s %s %s (%s)", TR (b, "ตัวชี้วัดย่อยที่", "sub-indicator"), code,
                              ita_report_pick (b, sub->name_th, sub->name_en), score);
    }
  item = ita_framework_lookup_item (b->edition, key);
  if (item != NULL)
    {
      g_autofree char *code = ita_report_item_code (b, item->code);
      g_autofree char *text = ita_report_words (b, ita_report_item_text (b, item));

      return g_strdup_printf ("%s %s (%s)", code, text, score);
    }
  {
    ItaTool tool;

    if (ita_tool_from_string (key, &tool))
      return g_strdup_printf ("%s (%s)", key, score);
  }
  return NULL;
}

/* Marks ---------------------------------------------------------------------- */

static ItaConfidence
key_confidence (ItaReportBuilder *b,
                const char       *key,
                char            **what)
{
  const ItaItemDef *item;
  ItaTool tool;

  if (g_str_has_prefix (key, "ind:"))
    {
      const ItaIndicatorDef *def = ita_framework_get_indicator (b->edition, (int) g_ascii_strtoll (key + 4, NULL, 10));

      if (def == NULL)
        return ITA_CONFIDENCE_C2;
      *what = ita_report_printf (b, TR (b, "ตัวชี้วัดที่ %d", "indicator %d"), def->number);
      return def->confidence;
    }
  if (g_str_has_prefix (key, "sub:"))
    {
      const ItaSubindicatorDef *sub = ita_framework_lookup_subindicator (b->edition, key + 4);

      if (sub == NULL)
        return ITA_CONFIDENCE_C2;
      *what = ita_report_printf (b, TR (b, "ตัวชี้วัดย่อยที่ %s", "sub-indicator %s"), sub->code);
      return sub->confidence;
    }
  if (g_ascii_strncasecmp (key, "EIT", 3) == 0 && key[3] != '\0')
    key = "EIT";
  if (ita_tool_from_string (key, &tool))
    {
      *what = g_strdup (key);
      return ita_framework_get_tool (b->edition, tool)->confidence;
    }
  if (g_str_equal (key, "TOTAL"))
    {
      *what = g_strdup (TR (b, "เกณฑ์ระดับผลการประเมิน", "the grading"));
      return ita_framework_get_grading (b->edition)->confidence;
    }
  item = ita_framework_lookup_item (b->edition, key);
  if (item == NULL)
    return ITA_CONFIDENCE_C2;
  *what = ita_report_printf (b, TR (b, "ข้อ %s", "item %s"), item->code);
  return item->confidence;
}

static const char *
confidence_reason (ItaReportBuilder *b,
                   ItaConfidence     confidence)
{
  switch (confidence)
    {
    case ITA_CONFIDENCE_INF:
      return TR (b, "อนุมานจากผลที่ประกาศ ยังไม่พบในคู่มือการประเมิน",
                 "inferred from published results, not found in the assessment manual");
    case ITA_CONFIDENCE_GAP:
      return TR (b, "ไม่มีในเอกสารที่ใช้จัดทำเกณฑ์ฉบับนี้", "missing from the sources of this edition");
    case ITA_CONFIDENCE_UNV:
    default:
      return TR (b, "ยังไม่ได้ตรวจสอบกับเอกสารของสำนักงาน ป.ป.ช.", "not yet checked against NACC's documents");
    }
}

const char *
ita_report_mark (ItaReportBuilder *b,
                 const char       *key)
{
  g_autofree char *what = NULL;
  ItaConfidence confidence = key_confidence (b, key, &what);
  ItaReportMark mark;

  if (!ita_confidence_is_unverified (confidence) || what == NULL)
    return "";
  for (guint i = 0; i < b->marks->len; i++)
    if (g_str_equal (g_array_index (b->marks, ItaReportMark, i).what, what))
      return "†";
  mark.what = g_steal_pointer (&what);
  mark.why = g_strdup (confidence_reason (b, confidence));
  g_array_append_val (b->marks, mark);
  return "†";
}

void
ita_report_add_mark_note (ItaReportBuilder *b)
{
  g_autoptr(GString) s = NULL;
  g_autofree char *edition = NULL;
  ItaReportParagraph *p;

  if (b->marks->len == 0)
    return;
  edition = g_strdup (ita_framework_get_id (b->edition));   /* an id: its digits stay */
  s = g_string_new (NULL);
  g_string_append_printf (s, TR (b, " ข้อมูลของเกณฑ์ %s ที่ยังไม่ได้ยืนยันกับเอกสารทางการ: ",
                                 " Parts of edition %s not confirmed by official documents: "),
                          edition);
  /* grouped by reason */
  for (guint i = 0; i < b->marks->len; i++)
    {
      ItaReportMark *m = &g_array_index (b->marks, ItaReportMark, i);
      gboolean first = TRUE;

      if (m->why == NULL)
        continue;
      for (guint k = i; k < b->marks->len; k++)
        {
          ItaReportMark *o = &g_array_index (b->marks, ItaReportMark, k);

          if (o->why == NULL || !g_str_equal (o->why, m->why))
            continue;
          g_string_append (s, first ? (i > 0 ? "; " : "") : ", ");
          g_string_append (s, o->what);
          first = FALSE;
          if (o != m)
            g_clear_pointer (&o->why, g_free);
        }
      g_string_append_printf (s, " (%s)", m->why);
      g_clear_pointer (&m->why, g_free);
    }
  p = ita_report_document_add_paragraph (b->doc, ITA_REPORT_STYLE_NOTE, NULL);
  ita_report_paragraph_add_tone (p, "†", ITA_REPORT_RUN_SUPERSCRIPT, ITA_REPORT_TONE_MUTED);
  ita_report_paragraph_add_tone (p, s->str, ITA_REPORT_RUN_PLAIN, ITA_REPORT_TONE_MUTED);
  for (guint i = 0; i < b->marks->len; i++)
    {
      ItaReportMark *m = &g_array_index (b->marks, ItaReportMark, i);

      g_free (m->what);
      g_free (m->why);
    }
  g_array_set_size (b->marks, 0);
}

/* Blocks --------------------------------------------------------------------- */

ItaReportParagraph *
ita_report_add_para (ItaReportBuilder *b,
                     ItaReportStyle    style,
                     const char       *format,
                     ...)
{
  g_autofree char *text = NULL;
  g_autofree char *words = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  words = ita_report_words (b, text);
  return ita_report_document_add_paragraph (b->doc, style, words);
}

ItaReportParagraph *
ita_report_add_heading (ItaReportBuilder *b,
                        guint             level,
                        const char       *format,
                        ...)
{
  g_autofree char *text = NULL;
  g_autofree char *words = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  words = ita_report_words (b, text);
  return ita_report_document_add_heading (b->doc, level, words);
}

gboolean
ita_report_add_officer_text (ItaReportBuilder *b,
                             const char       *key,
                             ItaReportStyle    style)
{
  g_autofree char *text = ita_project_get_text (b->project, key);
  g_auto(GStrv) paragraphs = NULL;
  gboolean any = FALSE;

  if (text == NULL || *g_strstrip (text) == '\0')
    return FALSE;
  paragraphs = g_regex_split_simple ("\\n\\s*\\n", text, 0, 0);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autofree char *words = NULL;

      g_strstrip (paragraphs[i]);
      if (*paragraphs[i] == '\0')
        continue;
      words = ita_report_words (b, paragraphs[i]);
      ita_report_document_add_paragraph (b->doc, style, words);
      any = TRUE;
    }
  return any;
}

ItaReportTable *
ita_report_add_table (ItaReportBuilder     *b,
                      const char           *caption,
                      guint                 n_columns,
                      const double         *widths,
                      const ItaReportAlign *aligns)
{
  ItaReportTable *table = ita_report_document_add_table (b->doc, n_columns, widths, aligns);

  if (caption != NULL)
    {
      g_autofree char *text = ita_report_printf (b, TR (b, "ตารางที่ %u %s", "Table %u: %s"), ++b->n_tables,
                                                 caption);

      ita_report_table_set_caption (table, text);
    }
  return table;
}

void
ita_report_add_header_row (ItaReportBuilder *b,
                           ItaReportTable   *table,
                           const char       *first,
                           ...)
{
  ItaReportRow *row = ita_report_table_add_row (table, ITA_REPORT_ROW_HEADER);
  va_list args;

  va_start (args, first);
  for (const char *words = first; words != NULL; words = va_arg (args, const char *))
    ita_report_add_cell (b, row, 1, words);
  va_end (args);
}

ItaReportCell *
ita_report_add_cell (ItaReportBuilder *b,
                     ItaReportRow     *row,
                     guint             span,
                     const char       *text)
{
  g_autofree char *words = ita_report_words (b, text);

  return ita_report_row_add_cell (row, span, words);
}

ItaReportCell *
ita_report_add_category_cell (ItaReportBuilder *b,
                              ItaReportRow     *row,
                              ItaCategory       category)
{
  ItaReportCell *cell = ita_report_row_add_cell (row, 1, NULL);

  ita_report_paragraph_add_tone (ita_report_cell_get_paragraph (cell), ita_report_category_label (b, category),
                                 ITA_REPORT_RUN_PLAIN, ita_report_category_tone (category));
  if (category != ITA_CATEGORY_NONE)
    cell->shade = ita_report_category_tone (category);
  return cell;
}

void
ita_report_add_chart (ItaReportBuilder *b,
                      ItaChartKind      kind,
                      ItaChartData     *data,
                      double            width,
                      double            aspect,
                      const char       *caption)
{
  g_autofree char *text = ita_report_printf (b, TR (b, "แผนภูมิที่ %u %s", "Figure %u: %s"), ++b->n_figures,
                                             caption);
  ItaReportChart *chart = ita_report_document_add_chart (b->doc, kind, data, b->chart_style, width, aspect, text);

  ita_report_chart_set_caption (chart, text);
}

void
ita_report_add_signature (ItaReportBuilder *b,
                          const char       *role)
{
  g_autofree char *name = ita_project_get_text (b->project, ITA_TEXT_SIGNER_NAME);
  g_autofree char *position = ita_project_get_text (b->project, ITA_TEXT_SIGNER_POSITION);
  g_autofree char *date = ita_report_date (b, &b->date);
  const char *dots = "..........................................";

  ita_report_document_add_paragraph (b->doc, ITA_REPORT_STYLE_PLAIN, "\n");
  ita_report_add_para (b, ITA_REPORT_STYLE_SIGNATURE, "%s %s %s", TR (b, "ลงชื่อ", "Signed"), dots, role);
  if (name != NULL && *g_strstrip (name) != '\0')
    ita_report_add_para (b, ITA_REPORT_STYLE_SIGNATURE, "(%s)", name);
  else
    ita_report_add_para (b, ITA_REPORT_STYLE_SIGNATURE, "(%s)", dots);
  if (position != NULL && *g_strstrip (position) != '\0')
    ita_report_add_para (b, ITA_REPORT_STYLE_SIGNATURE, "%s", position);
  else
    ita_report_add_para (b, ITA_REPORT_STYLE_SIGNATURE, "%s %s", TR (b, "ตำแหน่ง", "Position"), dots);
  ita_report_add_para (b, ITA_REPORT_STYLE_SIGNATURE, "%s %s", TR (b, "วันที่", "Date"), date);
}

void
ita_report_add_source_note (ItaReportBuilder *b)
{
  g_autofree char *file = g_path_get_basename (ita_project_get_path (b->project));
  g_autofree char *date = ita_report_date (b, &b->date);
  g_autofree char *format = NULL;
  g_autofree char *text = NULL;
  ItaReportParagraph *p;

  /* the file name and the edition id are names: their digits stay */
  format = ita_report_words (b, TR (b, "ที่มาของข้อมูล: ตัวเลขในเอกสารนี้มาจากไฟล์โครงการ %s (เกณฑ์ %s) "
                                       "ข้อความที่บรรยายผลคะแนน ประเภทการดำเนินงาน จุดแข็ง และจุดที่ต้องพัฒนา "
                                       "ITA Planner เขียนขึ้นจากตัวเลขเหล่านั้นโดยตรง ส่วนบทนำ ข้อวิเคราะห์ "
                                       "และหมายเหตุ เป็นข้อความที่หน่วยงานเขียน คะแนนแต่ละระดับเป็นค่าทางการเมื่อมี "
                                       "มิฉะนั้นเป็นค่าที่คำนวณจากคะแนนรายข้อ จัดทำเมื่อ %s",
                                    "Source: the figures of this document come from the project file %s (edition "
                                    "%s). The sentences that describe scores, categories, strengths and weak points "
                                    "were written by ITA Planner from those figures; the introduction, the analyses "
                                    "and the remarks are the agency's own words. Each level shows the official "
                                    "figure when there is one, otherwise the figure computed from the item scores. "
                                    "Made on %s."));
  text = g_strdup_printf (format, file, ita_framework_get_id (b->edition), date);
  ita_report_document_add_paragraph (b->doc, ITA_REPORT_STYLE_PLAIN, "");
  p = ita_report_document_add_paragraph (b->doc, ITA_REPORT_STYLE_NOTE, NULL);
  ita_report_paragraph_add_tone (p, text, ITA_REPORT_RUN_PLAIN, ITA_REPORT_TONE_MUTED);
}

static const char *
agency_name (ItaReportBuilder *b)
{
  return *b->agency->name != '\0' ? b->agency->name
                                  : TR (b, "(ยังไม่ได้ระบุชื่อหน่วยงาน)", "(agency name not entered)");
}

void
ita_report_add_title_block (ItaReportBuilder *b,
                            const char       *title,
                            int               fiscal_year)
{
  g_autofree char *year = ita_report_fiscal_year_title (b, fiscal_year);

  ita_report_add_para (b, ITA_REPORT_STYLE_TITLE, "%s", title);
  ita_report_add_para (b, ITA_REPORT_STYLE_TITLE, "%s", year);
  ita_report_add_para (b, ITA_REPORT_STYLE_SUBTITLE, "%s", agency_name (b));
  if (*b->agency->district != '\0' || *b->agency->province != '\0')
    {
      g_autoptr(GString) place = g_string_new (NULL);

      if (*b->agency->district != '\0')
        g_string_append_printf (place, "%s%s", TR (b, "อำเภอ", "District "), b->agency->district);
      if (*b->agency->province != '\0')
        g_string_append_printf (place, "%s%s%s", place->len > 0 ? " " : "", TR (b, "จังหวัด", "Province "),
                                b->agency->province);
      ita_report_add_para (b, ITA_REPORT_STYLE_PLAIN, "%s", place->str)->align = ITA_REPORT_ALIGN_CENTER;
    }
}

/* The document --------------------------------------------------------------- */

static gint
compare_years (gconstpointer a,
               gconstpointer b)
{
  const ItaReportYear *ya = *(ItaReportYear * const *) a;
  const ItaReportYear *yb = *(ItaReportYear * const *) b;

  return (ya->fiscal_year > yb->fiscal_year) - (ya->fiscal_year < yb->fiscal_year);
}

static const char *
document_title (ItaReportBuilder *b)
{
  switch (b->options->kind)
    {
    case ITA_REPORT_ANALYSIS:
      return TR (b, "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ",
                 "Analysis of the Integrity and Transparency Assessment results");
    case ITA_REPORT_MEASURES:
      return TR (b, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                 "Measures to promote integrity and transparency within the agency");
    case ITA_REPORT_PROGRESS:
      return TR (b, "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                 "Progress report on the integrity and transparency measures");
    case ITA_REPORT_OIT:
    case ITA_REPORT_N_KINDS:
    default:
      return TR (b, "รายการข้อมูลที่ต้องเผยแพร่บนเว็บไซต์ของหน่วยงาน (OIT)",
                 "What to publish on the agency's website (OIT)");
    }
}

static void
builder_clear (ItaReportBuilder *b)
{
  g_clear_pointer (&b->doc, ita_report_document_unref);
  g_clear_pointer (&b->result, ita_result_free);
  g_clear_pointer (&b->agency, ita_agency_free);
  g_clear_pointer (&b->units, g_ptr_array_unref);
  g_clear_pointer (&b->chart_style, ita_chart_style_free);
  if (b->marks != NULL)
    {
      for (guint i = 0; i < b->marks->len; i++)
        {
          g_free (g_array_index (b->marks, ItaReportMark, i).what);
          g_free (g_array_index (b->marks, ItaReportMark, i).why);
        }
      g_clear_pointer (&b->marks, g_array_unref);
    }
  g_clear_pointer (&b->earlier, g_ptr_array_unref);
}

static void
setup_document (ItaReportBuilder *b)
{
  const char *title = document_title (b);
  g_autofree char *year = ita_report_fiscal_year_title (b, b->fiscal_year);
  g_autofree char *header_right = NULL;

  b->doc = ita_report_document_new (title, b->options->language);
  ita_report_document_set_thai_digits (b->doc, b->options->thai_digits);
  ita_report_document_set_font_family (b->doc, b->options->font_family);
  ita_report_document_set_metadata (b->doc, year, b->agency->name,
                                    "ITA, คุณธรรมและความโปร่งใส, integrity, transparency");
  header_right = g_strdup (year);
  ita_report_document_set_header (b->doc, b->agency->name, header_right);
}

ItaReportDocument *
ita_report_build (ItaProject             *project,
                  const ItaReportOptions *options,
                  GPtrArray              *earlier,
                  GError                **error)
{
  ItaReportBuilder b = { 0 };
  ItaReportDocument *doc;

  g_return_val_if_fail (ITA_IS_PROJECT (project), NULL);
  g_return_val_if_fail (options != NULL && options->kind < ITA_REPORT_N_KINDS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (ita_project_is_closed (project))
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CLOSED,
                   _("The project was closed; open it again to make the document."));
      return NULL;
    }
  b.project = project;
  b.options = options;
  b.edition = ita_project_get_edition (project);
  b.en = options->language == ITA_REPORT_LANG_EN;
  b.fiscal_year = ita_project_get_fiscal_year (project);
  b.result = ita_project_compute (project);
  b.agency = ita_project_get_agency (project);
  b.units = ita_project_get_units (project);
  b.marks = g_array_new (FALSE, TRUE, sizeof (ItaReportMark));
  b.earlier = g_ptr_array_new ();
  for (guint i = 0; earlier != NULL && i < earlier->len; i++)
    {
      ItaReportYear *y = g_ptr_array_index (earlier, i);

      if (y != NULL && y->fiscal_year < b.fiscal_year)
        g_ptr_array_add (b.earlier, y);
    }
  g_ptr_array_sort (b.earlier, compare_years);
  ita_project_get_thresholds (project, &b.thresholds);
  b.date = options->date;
  if (!g_date_valid (&b.date))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_set_dmy (&b.date, (GDateDay) g_date_time_get_day_of_month (now),
                      (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
    }
  b.chart_style = ita_chart_style_new ();
  b.chart_style->language = b.en ? ITA_CHART_LANG_EN : ITA_CHART_LANG_TH;
  b.chart_style->thai_digits = options->thai_digits;
  ita_chart_style_set_font_family (b.chart_style, options->font_family);

  setup_document (&b);
  switch (options->kind)
    {
    case ITA_REPORT_ANALYSIS:
      ita_report_build_analysis (&b);
      break;
    case ITA_REPORT_MEASURES:
      ita_report_build_measures (&b);
      break;
    case ITA_REPORT_PROGRESS:
      ita_report_build_progress (&b);
      break;
    case ITA_REPORT_OIT:
    case ITA_REPORT_N_KINDS:
    default:
      if (!ita_report_build_oit (&b, error))
        {
          builder_clear (&b);
          return NULL;
        }
      break;
    }
  doc = g_steal_pointer (&b.doc);
  builder_clear (&b);
  return doc;
}
