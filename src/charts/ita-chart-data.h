/* ita-chart-data.h: the plain figures a chart draws
 *
 * A chart never looks at a project or a result: a builder copies what the
 * chart needs into an ItaChartData first (ita_chart_data_new_*() below,
 * ita-chart-data-project.h for the checklist and the measures), and the
 * layout and drawing code only read it. Tests and other callers may also
 * fill one by hand with the setters.
 *
 * The fields are public for reading; change them only through the
 * functions so that the arrays stay consistent.
 */
#pragma once

#include <glib-object.h>

#include "ita-decimal.h"
#include "ita-engine.h"
#include "ita-chart-kind.h"

G_BEGIN_DECLS

/* OIT checklist states, in the order the charts stack them. */
typedef enum {
  ITA_CHART_OIT_HAVE,        /* มี */
  ITA_CHART_OIT_INCOMPLETE,  /* ไม่สมบูรณ์ */
  ITA_CHART_OIT_MISSING,     /* ไม่มี */
  ITA_CHART_OIT_UNCHECKED,   /* not checked yet */
  ITA_CHART_OIT_N_STATES
} ItaChartOitState;

typedef enum {
  ITA_CHART_MEASURE_PLANNED,
  ITA_CHART_MEASURE_IN_PROGRESS,
  ITA_CHART_MEASURE_DONE,
  ITA_CHART_MEASURE_N_STATES
} ItaChartMeasureState;

typedef struct {
  char     *key;         /* "1", "9.1", "IIT", "2566" */
  char     *name_th;
  char     *name_en;
  ItaCenti  weight;      /* tools: the tool's weight in hundredths of a percent; else NONE */
  char     *note_th;     /* trend: the grade of that year; nullable */
  char     *note_en;
  guint     counts[ITA_CHART_OIT_N_STATES];  /* oit: items per state */
  gboolean  marked;      /* its figure is not final: its label gets a leading "* ", explained by the status note */
} ItaChartCategory;

typedef struct {
  char     *name_th;     /* "พ.ศ. 2568", "คะแนน" */
  char     *name_en;
  int       year;        /* BE fiscal year of the series, 0 when not a year */
  ItaCenti *values;      /* one per category; ITA_CENTI_NONE = no value */
} ItaChartSeries;

typedef struct {
  char     *code;        /* "AA", "pass", "improve" … */
  char     *label_th;
  char     *label_en;
  ItaCenti  min;
  ItaCenti  max;
  ItaCenti  tools_min;   /* NONE unless the band also needs every tool ≥ it */
} ItaChartBand;

typedef struct {
  char                 *title;   /* as the officer typed it */
  char                 *unit;    /* responsible unit; nullable */
  GDate                 start;
  GDate                 end;
  ItaChartMeasureState  state;
} ItaChartMeasure;

typedef struct {
  /*< public, read-only >*/
  ItaChartKind  kind;
  char         *agency;        /* nullable */
  int           fiscal_year;   /* BE; 0 when unknown */
  ItaCenti      pass_mark;     /* 8500 unless the edition says otherwise */
  ItaCenti      raise_mark;    /* indicators: below it the next-year category is
                                  "improve" (ต้องปรับปรุง), 9000 by default; NONE: not shown */
  ItaCenti      total;         /* tools, gauge */
  char         *grade_th;      /* gauge: the grade; nullable */
  char         *grade_en;
  char         *note_th;       /* gauge: the grade's explanation; nullable */
  char         *note_en;
  char         *status_th;     /* "* ยังไม่ใช่ผลสุดท้าย — …": why figures drawn are not final; nullable */
  char         *status_en;
  GPtrArray    *categories;    /* of ItaChartCategory */
  GPtrArray    *series;        /* of ItaChartSeries */
  GPtrArray    *bands;         /* of ItaChartBand, best first */
  GPtrArray    *measures;      /* of ItaChartMeasure */
  /*< private >*/
  gatomicrefcount ref_count;
} ItaChartData;

#define ITA_TYPE_CHART_DATA (ita_chart_data_get_type ())
GType         ita_chart_data_get_type        (void) G_GNUC_CONST;

ItaChartData *ita_chart_data_new             (ItaChartKind  kind,
                                              const char   *agency,
                                              int           fiscal_year);
ItaChartData *ita_chart_data_ref             (ItaChartData *self);
void          ita_chart_data_unref           (ItaChartData *self);

void          ita_chart_data_set_pass_mark   (ItaChartData *self,
                                              ItaCenti      pass_mark);
void          ita_chart_data_set_raise_mark  (ItaChartData *self,
                                              ItaCenti      raise_mark);
void          ita_chart_data_set_total       (ItaChartData *self,
                                              ItaCenti      total);
void          ita_chart_data_set_grade       (ItaChartData *self,
                                              const char   *grade_th,
                                              const char   *grade_en,
                                              const char   *note_th,
                                              const char   *note_en);
/* Returns the new category's index. Adding a category extends every
 * series with ITA_CENTI_NONE. */
guint         ita_chart_data_add_category    (ItaChartData *self,
                                              const char   *key,
                                              const char   *name_th,
                                              const char   *name_en);
void          ita_chart_data_set_weight      (ItaChartData *self,
                                              guint         category,
                                              ItaCenti      weight);
void          ita_chart_data_set_note        (ItaChartData *self,
                                              guint         category,
                                              const char   *note_th,
                                              const char   *note_en);
/* The note drawn under the title when figures of the chart are
 * incomplete or provisional (a note, not colour alone); NULL removes it. */
void          ita_chart_data_set_status      (ItaChartData *self,
                                              const char   *status_th,
                                              const char   *status_en);
/* A category whose figure is not final: its label is drawn with "* ". */
void          ita_chart_data_set_marked      (ItaChartData *self,
                                              guint         category,
                                              gboolean      marked);
void          ita_chart_data_set_counts      (ItaChartData *self,
                                              guint         category,
                                              const guint   counts[ITA_CHART_OIT_N_STATES]);
/* Returns the new series' index; every value starts as ITA_CENTI_NONE. */
guint         ita_chart_data_add_series      (ItaChartData *self,
                                              const char   *name_th,
                                              const char   *name_en,
                                              int           year);
void          ita_chart_data_set_value       (ItaChartData *self,
                                              guint         series,
                                              guint         category,
                                              ItaCenti      value);
void          ita_chart_data_add_band        (ItaChartData *self,
                                              const char   *code,
                                              const char   *label_th,
                                              const char   *label_en,
                                              ItaCenti      min,
                                              ItaCenti      max,
                                              ItaCenti      tools_min);
/* Copies the bands and the pass mark of an edition's grading. */
void          ita_chart_data_set_grading     (ItaChartData     *self,
                                              const ItaGrading *grading);
void          ita_chart_data_add_measure     (ItaChartData         *self,
                                              const char          *title,
                                              const char          *unit,
                                              const GDate         *start,
                                              const GDate         *end,
                                              ItaChartMeasureState state);

/* For OIT builders: one category per OIT sub-indicator ("9.1"), or per
 * OIT indicator ("9") when the edition has no sub-indicators; the index of
 * an item's category (-1 when it has none); one more item in a state. */
void          ita_chart_data_add_oit_categories (ItaChartData     *self,
                                                 ItaFramework     *framework);
int           ita_chart_data_oit_category_for   (ItaChartData     *self,
                                                 ItaFramework     *framework,
                                                 const ItaItemDef *item);
void          ita_chart_data_count_oit          (ItaChartData     *self,
                                                 guint             category,
                                                 ItaChartOitState  state);

/* TRUE when there is nothing to draw for the data's kind (a new project):
 * the chart then says "no data yet". */
gboolean      ita_chart_data_is_empty        (const ItaChartData *self);

/* Builders from the scoring engine's results. agency may be NULL. A
 * figure that is not final (ita_result_get_flags()) marks its category
 * and the chart gets a status note saying why; the gauge names no grade
 * for incomplete figures, and shows the official grade when entered.
 * `years` and `trend` take the results of every year to show, oldest
 * first (at most six for `years`; NULL entries are skipped); `radar` takes
 * this year's and, nullable, last year's. */
ItaChartData *ita_chart_data_new_indicators  (ItaResult    *result,
                                              const char   *agency);
ItaChartData *ita_chart_data_new_tools       (ItaResult    *result,
                                              const char   *agency);
ItaChartData *ita_chart_data_new_gauge       (ItaResult    *result,
                                              const char   *agency);
ItaChartData *ita_chart_data_new_years       (ItaResult   **results,
                                              guint         n_results,
                                              const char   *agency);
ItaChartData *ita_chart_data_new_trend       (ItaResult   **results,
                                              guint         n_results,
                                              const char   *agency);
ItaChartData *ita_chart_data_new_radar       (ItaResult    *result,
                                              ItaResult    *last_year,
                                              const char   *agency);
/* OIT progress from the OIT item scores alone (100 มี, 50 ไม่สมบูรณ์,
 * 0 ไม่มี, no score: not checked), per sub-indicator or per indicator when
 * the edition has none; for a project, ita_chart_data_new_oit_from_project()
 * uses the checklist instead. */
ItaChartData *ita_chart_data_new_oit         (ItaResult    *result,
                                              const char   *agency);

#define ITA_CHART_MAX_YEARS 6

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaChartData, ita_chart_data_unref)

G_END_DECLS
