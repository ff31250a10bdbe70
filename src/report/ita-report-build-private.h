/* ita-report-build-private.h: what the document builders share — the
 * figures they read, and the helpers that turn figures into words in the
 * document's language and digits */
#pragma once

#include "ita-report-build.h"
#include "ita-report-render.h"

G_BEGIN_DECLS

/* A note mark (†) explained once under the table or section it is in. */
typedef struct {
  char *what;      /* "น้ำหนักของ IIT" */
  char *why;       /* "อนุมานจากผลที่ประกาศ" */
} ItaReportMark;

typedef struct {
  /* borrowed */
  ItaProject             *project;
  const ItaReportOptions *options;
  ItaFramework           *edition;
  GPtrArray              *earlier;      /* of ItaReportYear, oldest first; never NULL */

  /* owned */
  ItaReportDocument      *doc;
  ItaResult              *result;
  ItaAgency              *agency;
  GPtrArray              *units;        /* of ItaUnit */
  ItaChartStyle          *chart_style;
  GArray                 *marks;        /* of ItaReportMark, not yet explained */

  int                     fiscal_year;
  GDate                   date;
  gboolean                en;
  ItaThresholds           thresholds;
  guint                   n_tables;
  guint                   n_figures;
} ItaReportBuilder;

/* The words of the document's language. */
#define TR(b, th, en_) ((b)->en ? (en_) : (th))
const char *ita_report_pick        (ItaReportBuilder *b,
                                    const char       *th,
                                    const char       *en);

/* Text in the document's digits, "พ.ศ. N" joined with a no-break space.
 * Never use it on URLs. */
char       *ita_report_words       (ItaReportBuilder *b,
                                    const char       *text);
char       *ita_report_printf      (ItaReportBuilder *b,
                                    const char       *format,
                                    ...) G_GNUC_PRINTF (2, 3);
/* "99.78" (two decimals), "–" for no value */
char       *ita_report_score       (ItaReportBuilder *b,
                                    ItaCenti          value);
/* "100", "85.50" */
char       *ita_report_score_short (ItaReportBuilder *b,
                                    ItaCenti          value);
char       *ita_report_int         (ItaReportBuilder *b,
                                    gint64            value);
/* "25,000.00 บาท" / "25,000.00 baht"; NULL budget: "ไม่ใช้งบประมาณ" */
char       *ita_report_baht        (ItaReportBuilder *b,
                                    gint64            satang);
/* "1 ตุลาคม 2568" / "1 October 2025", joined by no-break spaces; "–" when invalid */
char       *ita_report_date        (ItaReportBuilder *b,
                                    const GDate      *date);
/* "1 ต.ค. 68" / "1 Oct 2025" */
char       *ita_report_date_short  (ItaReportBuilder *b,
                                    const GDate      *date);
/* "ปีงบประมาณ พ.ศ. 2568" / "fiscal year 2568" */
char       *ita_report_fiscal_year (ItaReportBuilder *b,
                                    int               year_be);
/* "ปีงบประมาณ พ.ศ. 2568" / "Fiscal year 2568" (titles and headers) */
char       *ita_report_fiscal_year_title (ItaReportBuilder *b,
                                          int               year_be);
/* "1 ต.ค. 67 – 30 ก.ย. 68" */
char       *ita_report_period      (ItaReportBuilder *b,
                                    const GDate      *start,
                                    const GDate      *end);

const char    *ita_report_category_label (ItaReportBuilder *b,
                                          ItaCategory       category);
ItaReportTone  ita_report_category_tone  (ItaCategory       category);
const char    *ita_report_tool_name      (ItaReportBuilder  *b,
                                          const ItaToolDef  *tool);
/* "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล" / "Indicator 9: Disclosure of information" */
char          *ita_report_indicator_title (ItaReportBuilder      *b,
                                           const ItaIndicatorDef *indicator);
const char    *ita_report_indicator_name (ItaReportBuilder      *b,
                                          const ItaIndicatorDef *indicator);
/* The item's text, or a plain "(text not known)" */
const char    *ita_report_item_text      (ItaReportBuilder *b,
                                          const ItaItemDef *item);
/* "o12" in the document's digits */
char          *ita_report_item_code      (ItaReportBuilder *b,
                                          const char       *code);
/* The unit's name; "ทุกหน่วยงาน" for ITA_UNIT_ALL; NULL for none/unknown. */
const char    *ita_report_unit_name      (ItaReportBuilder *b,
                                          gint64            id);
/* The units of a measure, joined ("กองคลัง, งานพัสดุ"); "–" when none. */
char          *ita_report_unit_list      (ItaReportBuilder *b,
                                          GArray           *unit_ids);
/* What a score key of a measure's targets names: "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล
 * (80.00)", "o12 …"; NULL for a key the edition does not have. */
char          *ita_report_target_label   (ItaReportBuilder *b,
                                          const char       *key);
/* The indicator a target key belongs to (0 when none). */
int            ita_report_target_indicator (ItaReportBuilder *b,
                                            const char       *key);

/* The mark of a level (a tool, an indicator, an item) whose definition in
 * the edition is not verified against NACC's documents — later also a
 * provisional figure (issue 18). Returns "†" and remembers why, or "" when
 * there is nothing to mark. key as in ita-scores.h ("IIT", "ind:9", "o7"). */
const char    *ita_report_mark           (ItaReportBuilder *b,
                                          const char       *key);
/* A note paragraph explaining the marks used since the last call. */
void           ita_report_add_mark_note  (ItaReportBuilder *b);

/* Paragraphs and headings in the document's digits (format as printf). */
ItaReportParagraph *ita_report_add_para     (ItaReportBuilder *b,
                                             ItaReportStyle    style,
                                             const char       *format,
                                             ...) G_GNUC_PRINTF (3, 4);
ItaReportParagraph *ita_report_add_heading  (ItaReportBuilder *b,
                                             guint             level,
                                             const char       *format,
                                             ...) G_GNUC_PRINTF (3, 4);
/* The officer's text for key as body paragraphs (split at blank lines);
 * FALSE (nothing added) when there is none. */
gboolean            ita_report_add_officer_text (ItaReportBuilder *b,
                                                 const char       *key,
                                                 ItaReportStyle    style);
/* A numbered table with its caption ("ตารางที่ 1 …"). */
ItaReportTable     *ita_report_add_table    (ItaReportBuilder     *b,
                                             const char           *caption,
                                             guint                 n_columns,
                                             const double         *widths,
                                             const ItaReportAlign *aligns);
/* One row: header cells from a NULL-terminated list of words. */
void                ita_report_add_header_row (ItaReportBuilder *b,
                                               ItaReportTable   *table,
                                               const char       *first,
                                               ...) G_GNUC_NULL_TERMINATED;
/* A cell with words in the document's digits. */
ItaReportCell      *ita_report_add_cell     (ItaReportBuilder *b,
                                             ItaReportRow     *row,
                                             guint             span,
                                             const char       *text);
/* A cell with a category word in its colour (and shade). */
ItaReportCell      *ita_report_add_category_cell (ItaReportBuilder *b,
                                                  ItaReportRow     *row,
                                                  ItaCategory       category);
/* A chart of the document's language and digits, with a numbered caption. */
void                ita_report_add_chart    (ItaReportBuilder *b,
                                             ItaChartKind      kind,
                                             ItaChartData     *data,
                                             double            width,
                                             double            aspect,
                                             const char       *caption);
/* The signature block: "ลงชื่อ ……", the signer's name and position (or
 * dotted lines to fill in by hand), and the document's date. */
void                ita_report_add_signature (ItaReportBuilder *b,
                                              const char       *role);
/* The closing note: where the figures come from and which words are the
 * officer's. */
void                ita_report_add_source_note (ItaReportBuilder *b);
/* The cover's lines / the title block at the top of the first page. */
void                ita_report_add_title_block (ItaReportBuilder *b,
                                                const char       *title,
                                                int               fiscal_year);

/* The documents */
void ita_report_build_analysis (ItaReportBuilder *b);
void ita_report_build_measures (ItaReportBuilder *b);
void ita_report_build_progress (ItaReportBuilder *b);
/* FALSE with NOT_FOUND when options->unit_id is not a unit. */
gboolean ita_report_build_oit  (ItaReportBuilder  *b,
                                GError           **error);

/* Shared by the analysis and the measures document: the measures table
 * grouped by indicator (seed 001's layout). */
void ita_report_add_measures_table (ItaReportBuilder *b,
                                    GPtrArray        *measures);
/* The fiscal year the measures run in: the year of the first dated
 * measure, else the project's year + 1. */
int  ita_report_measures_year      (ItaReportBuilder *b,
                                    GPtrArray        *measures);

G_END_DECLS
