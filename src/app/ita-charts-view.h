/* ita-charts-view.h: the Charts view — a gallery of every chart of the
 * project, a large preview, and export to files or the clipboard */
#pragma once

#include <gtk/gtk.h>

#include "ita-chart.h"
#include "ita-chart-data-project.h"
#include "ita-project.h"
#include "ita-view.h"

G_BEGIN_DECLS

#define ITA_TYPE_CHARTS_VIEW (ita_charts_view_get_type ())
G_DECLARE_FINAL_TYPE (ItaChartsView, ita_charts_view, ITA, CHARTS_VIEW, ItaView)

GtkWidget     *ita_charts_view_new           (void);

/* The chart shown in the large preview (selects it in the gallery). */
ItaChartKind   ita_charts_view_get_kind      (ItaChartsView *self);
void           ita_charts_view_set_kind      (ItaChartsView *self,
                                              ItaChartKind   kind);

/* Writes the selected chart to file with the view's size, DPI, language
 * and digits, in the format chosen in the view (what Export… does once
 * the file is chosen). FALSE with the error when the size typed is not
 * valid or the file cannot be written. */
gboolean       ita_charts_view_export_to     (ItaChartsView *self,
                                              GFile         *file,
                                              GError       **error);
/* Writes every kind into folder as <kind>.png|svg|pdf (what Export All…
 * does once the folder is chosen); stops at the first failure. */
gboolean       ita_charts_view_export_all_to (ItaChartsView *self,
                                              GFile         *folder,
                                              GError       **error);
/* Puts the selected chart on the clipboard as an image (what Copy does). */
gboolean       ita_charts_view_copy          (ItaChartsView *self,
                                              GError       **error);

G_END_DECLS
