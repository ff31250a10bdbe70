/* ita-report-document.h: a document as structure, without layout
 *
 * An ItaReportDocument is what a report says and how it is organised —
 * headings, paragraphs made of runs, lists, tables with header rows,
 * charts, page breaks, the running header and footer, the page setup and
 * the type sizes — and nothing about where anything falls on a page.
 * Pagination belongs to a backend: ita-report-render.h lays it out and
 * writes PDF; a DOCX writer can map the same structure to Word's
 * paragraphs, styles, tables (w:tblHeader on the header rows, w:cantSplit
 * on every row), numbering and section properties.
 *
 * Conventions a backend relies on:
 *  - Text is final: the builder has already chosen the language and the
 *    digits (Thai digits ๐–๙ when the document asks for them; URLs and
 *    link targets are never converted). Backends print it as it is.
 *  - U+00A0 (no-break space) joins words that must stay on one line
 *    ("พ.ศ. 2568", "1 ตุลาคม 2568"); the PDF renderer also forbids a line
 *    break inside the words it joins, which Thai line breaking would
 *    otherwise allow.
 *  - '\n' inside a run is a line break within the paragraph.
 *  - Sizes are in points (1/72 inch), lengths of the page in points.
 *
 * The fields are public for reading; build a document only through the
 * functions below. A document is reference counted and is not changed
 * after it has been handed to a renderer.
 */
#pragma once

#include <glib-object.h>

#include "ita-chart.h"

G_BEGIN_DECLS

typedef enum {
  ITA_REPORT_LANG_TH,
  ITA_REPORT_LANG_EN
} ItaReportLanguage;

/* "th" or "en" (case-insensitive). */
gboolean ita_report_language_from_string (const char        *name,
                                          ItaReportLanguage *out);

/* Text emphasis of a run. */
typedef enum {
  ITA_REPORT_RUN_PLAIN       = 0,
  ITA_REPORT_RUN_BOLD        = 1 << 0,
  ITA_REPORT_RUN_ITALIC      = 1 << 1,
  ITA_REPORT_RUN_UNDERLINE   = 1 << 2,
  ITA_REPORT_RUN_SUPERSCRIPT = 1 << 3,  /* note marks (†, ‡) */
} ItaReportRunFlags;

/* What a colour says. Backends choose the colours (ita_report_tone_rgb
 * gives the PDF's); the words always say the same, colour only adds. */
typedef enum {
  ITA_REPORT_TONE_NORMAL,
  ITA_REPORT_TONE_MUTED,     /* notes, sources, "not given" */
  ITA_REPORT_TONE_MAINTAIN,  /* รักษาระดับ (≥ 95) */
  ITA_REPORT_TONE_RAISE,     /* ยกระดับ (90–94.99) */
  ITA_REPORT_TONE_IMPROVE,   /* ต้องปรับปรุง (below 90) */
  ITA_REPORT_TONE_HEADER,    /* table header cells (shade only) */
  ITA_REPORT_TONE_GROUP,     /* table group rows (shade only) */
} ItaReportTone;

/* The colour of a tone as text (shade FALSE) or as a cell background
 * (shade TRUE); components 0–1. */
void ita_report_tone_rgb (ItaReportTone  tone,
                          gboolean       shade,
                          double        *r,
                          double        *g,
                          double        *b);

typedef struct {
  char              *text;    /* never NULL */
  ItaReportRunFlags  flags;
  ItaReportTone      tone;
  char              *link;    /* a URL the text points to; NULL when none */
} ItaReportRun;

/* Paragraph styles, by meaning. Their type size is
 * ita_report_style_size(); backends map them to their own styles. */
typedef enum {
  ITA_REPORT_STYLE_BODY,       /* body text, first line indented */
  ITA_REPORT_STYLE_PLAIN,      /* body text without the indent */
  ITA_REPORT_STYLE_TITLE,      /* the document's title (cover, first page) */
  ITA_REPORT_STYLE_SUBTITLE,   /* lines under the title */
  ITA_REPORT_STYLE_HEADING1,   /* used by heading blocks */
  ITA_REPORT_STYLE_HEADING2,
  ITA_REPORT_STYLE_HEADING3,
  ITA_REPORT_STYLE_CAPTION,    /* "ตารางที่ 1 …" above a table, under a chart */
  ITA_REPORT_STYLE_NOTE,       /* notes under tables, sources */
  ITA_REPORT_STYLE_CELL,       /* text in a table cell */
  ITA_REPORT_STYLE_SIGNATURE,  /* the signature block: centred in the right half */
  ITA_REPORT_N_STYLES
} ItaReportStyle;

typedef enum {
  ITA_REPORT_ALIGN_DEFAULT,    /* the style's (cells: the column's) */
  ITA_REPORT_ALIGN_LEFT,
  ITA_REPORT_ALIGN_CENTER,
  ITA_REPORT_ALIGN_RIGHT,
} ItaReportAlign;

typedef struct {
  ItaReportStyle  style;
  ItaReportAlign  align;
  GPtrArray      *runs;        /* of ItaReportRun; may be empty (an empty line) */
  gboolean        keep_with_next;  /* on the same page as what follows (a lead-in
                                      line before a list or table); headings always are */
} ItaReportParagraph;

typedef struct {
  gboolean   ordered;          /* numbered 1., 2. … (in the document's digits); else bullets */
  GPtrArray *items;            /* of ItaReportParagraph (style PLAIN) */
} ItaReportList;

typedef struct {
  double         width;        /* share of the table's width; the shares sum to 1 */
  ItaReportAlign align;        /* of the column's cells (LEFT, CENTER, RIGHT) */
} ItaReportColumn;

typedef struct {
  GPtrArray     *paragraphs;   /* of ItaReportParagraph (style CELL), at least one */
  guint          span;         /* columns covered, ≥ 1 */
  ItaReportTone  shade;        /* background; NORMAL for none */
} ItaReportCell;

typedef enum {
  ITA_REPORT_ROW_HEADER,  /* at the top; repeated on every page the table continues on */
  ITA_REPORT_ROW_BODY,
  ITA_REPORT_ROW_GROUP,   /* a heading inside the table; kept with the row after it */
  ITA_REPORT_ROW_TOTAL,   /* a closing row; kept with the row before it */
} ItaReportRowKind;

/* A row is never cut across pages, unless it is taller than a whole
 * page (the PDF renderer then continues its cells on the next page). */
typedef struct {
  ItaReportRowKind  kind;
  GPtrArray        *cells;     /* of ItaReportCell; their spans sum to the column count */
} ItaReportRow;

typedef struct {
  GArray             *columns;  /* of ItaReportColumn */
  GPtrArray          *rows;     /* of ItaReportRow, header rows first */
  ItaReportParagraph *caption;  /* above the table, kept with it; NULL when none */
  gboolean            keep_together;  /* not split across pages when it fits on one */
} ItaReportTable;

/* A chart, drawn from its data by src/charts: as vectors into a PDF page,
 * as a picture (ita_chart_export_png_bytes) in a word processor. */
typedef struct {
  ItaChartKind        kind;
  ItaChartData       *data;
  ItaChartStyle      *style;
  double              width;    /* share of the text width, 0–1 */
  double              aspect;   /* height / width */
  ItaReportParagraph *caption;  /* under the chart, kept with it; NULL when none */
  char               *description; /* alternative text; never NULL */
} ItaReportChart;

typedef enum {
  ITA_REPORT_BLOCK_HEADING,     /* paragraph, level 1–3; kept with what follows */
  ITA_REPORT_BLOCK_PARAGRAPH,
  ITA_REPORT_BLOCK_LIST,
  ITA_REPORT_BLOCK_TABLE,
  ITA_REPORT_BLOCK_CHART,
  ITA_REPORT_BLOCK_PAGE_BREAK,
} ItaReportBlockType;

typedef struct {
  ItaReportBlockType type;
  guint              level;     /* HEADING: 1–3; 0 otherwise */
  union {
    ItaReportParagraph *paragraph;  /* HEADING, PARAGRAPH */
    ItaReportList      *list;
    ItaReportTable     *table;
    ItaReportChart     *chart;
  };
} ItaReportBlock;

/* The running header: left and right texts (nullable) and, when
 * page_numbers, the page number in the middle ("- ๒ -"). The footer has a
 * centred text (nullable). With title_page the first page has neither
 * (a cover). */
typedef struct {
  char *left;
  char *right;
} ItaReportRunning;

/* A4 with the Thai government margins unless changed. */
typedef struct {
  double width, height;              /* 595.28 × 841.89 (A4) */
  double left, right, top, bottom;   /* 3 cm, 2 cm, 2.5 cm, 2 cm */
  double header;                     /* from the top edge to the header's baseline: 1.5 cm */
  double footer;                     /* from the bottom edge to the footer's baseline: 1.2 cm */
} ItaReportPageSetup;

#define ITA_REPORT_CM (72.0 / 2.54)

typedef struct {
  /*< public, read-only >*/
  char               *title;          /* metadata and outline */
  char               *subject;
  char               *author;         /* the agency */
  char               *keywords;
  ItaReportLanguage   language;
  gboolean            thai_digits;    /* numbers in Thai digits (list numbers too) */
  char               *font_family;    /* comma-separated family list (ITA_CHART_DEFAULT_FONTS) */
  double              font_size;      /* body size, 16 */
  ItaReportPageSetup  page;
  ItaReportRunning    header;
  char               *footer;
  gboolean            page_numbers;
  gboolean            page_number_thai_digits;
  gboolean            title_page;
  GPtrArray          *blocks;         /* of ItaReportBlock */
  /*< private >*/
  gatomicrefcount     ref_count;
} ItaReportDocument;

#define ITA_TYPE_REPORT_DOCUMENT (ita_report_document_get_type ())
GType              ita_report_document_get_type (void) G_GNUC_CONST;

/* An empty document: A4, Thai margins, ITA_CHART_DEFAULT_FONTS at 16 pt,
 * page numbers on (in Thai digits for a Thai document). */
ItaReportDocument *ita_report_document_new    (const char        *title,
                                               ItaReportLanguage  language);
ItaReportDocument *ita_report_document_ref    (ItaReportDocument *self);
void               ita_report_document_unref  (ItaReportDocument *self);

void ita_report_document_set_metadata    (ItaReportDocument *self,
                                          const char        *subject,
                                          const char        *author,
                                          const char        *keywords);
void ita_report_document_set_thai_digits (ItaReportDocument *self,
                                          gboolean           thai_digits);
/* NULL or "" restores ITA_CHART_DEFAULT_FONTS. */
void ita_report_document_set_font_family (ItaReportDocument *self,
                                          const char        *families);
void ita_report_document_set_header      (ItaReportDocument *self,
                                          const char        *left,
                                          const char        *right);
void ita_report_document_set_footer      (ItaReportDocument *self,
                                          const char        *text);
void ita_report_document_set_title_page  (ItaReportDocument *self,
                                          gboolean           title_page);
void ita_report_document_set_page_numbers (ItaReportDocument *self,
                                           gboolean           page_numbers,
                                           gboolean           thai_digits);

/* Type sizes in points for a body size (16): TITLE 20, HEADING1 20,
 * HEADING2 18, HEADING3 and SUBTITLE 16 (bold), CELL 14, NOTE 14, the
 * others the body size. Headings, title, subtitle and caption are bold. */
double   ita_report_style_size    (ItaReportStyle style,
                                   double         body_size);
gboolean ita_report_style_is_bold (ItaReportStyle style);

/* Building. Every add function appends to the document and returns the
 * new part (owned by the document) to fill in. */
ItaReportParagraph *ita_report_document_add_heading    (ItaReportDocument *self,
                                                        guint              level,
                                                        const char        *text);
ItaReportParagraph *ita_report_document_add_paragraph  (ItaReportDocument *self,
                                                        ItaReportStyle     style,
                                                        const char        *text);  /* nullable: no run yet */
ItaReportList      *ita_report_document_add_list       (ItaReportDocument *self,
                                                        gboolean           ordered);
/* widths: shares (any positive numbers; normalised to sum to 1);
 * aligns: per column, NULL for all LEFT. */
ItaReportTable     *ita_report_document_add_table      (ItaReportDocument    *self,
                                                        guint                 n_columns,
                                                        const double         *widths,
                                                        const ItaReportAlign *aligns);
ItaReportChart     *ita_report_document_add_chart      (ItaReportDocument   *self,
                                                        ItaChartKind         kind,
                                                        ItaChartData        *data,
                                                        const ItaChartStyle *style,
                                                        double               width,
                                                        double               aspect,
                                                        const char          *description);
void                ita_report_document_add_page_break (ItaReportDocument *self);

ItaReportRun       *ita_report_paragraph_add_text      (ItaReportParagraph *self,
                                                        const char         *text,
                                                        ItaReportRunFlags   flags);
ItaReportRun       *ita_report_paragraph_add_tone      (ItaReportParagraph *self,
                                                        const char         *text,
                                                        ItaReportRunFlags   flags,
                                                        ItaReportTone       tone);
ItaReportRun       *ita_report_paragraph_add_link      (ItaReportParagraph *self,
                                                        const char         *text,
                                                        const char         *url);
/* The paragraph's text, runs joined (for tests and alternative text). */
char               *ita_report_paragraph_get_text      (const ItaReportParagraph *self);

ItaReportParagraph *ita_report_list_add_item           (ItaReportList *self,
                                                        const char    *text);

ItaReportParagraph *ita_report_table_set_caption       (ItaReportTable *self,
                                                        const char     *text);
ItaReportRow       *ita_report_table_add_row           (ItaReportTable   *self,
                                                        ItaReportRowKind  kind);
guint               ita_report_table_get_n_columns     (const ItaReportTable *self);
guint               ita_report_table_get_n_header_rows (const ItaReportTable *self);
/* A cell with one paragraph holding text (nullable: empty). */
ItaReportCell      *ita_report_row_add_cell            (ItaReportRow *self,
                                                        guint         span,
                                                        const char   *text);
/* A cell's first paragraph, or another one. */
ItaReportParagraph *ita_report_cell_get_paragraph      (ItaReportCell *self);
ItaReportParagraph *ita_report_cell_add_paragraph      (ItaReportCell *self,
                                                        const char    *text);

ItaReportParagraph *ita_report_chart_set_caption       (ItaReportChart *self,
                                                        const char     *text);

/* Every word of the document in order, one block or cell per line (for
 * tests, search and alternative text). */
char               *ita_report_document_get_text       (const ItaReportDocument *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaReportDocument, ita_report_document_unref)

G_END_DECLS
