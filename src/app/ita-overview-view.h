/* ita-overview-view.h: the Overview — total, grade and its explanation,
 * tools, indicator bars, last year beside this year, warnings and where
 * the points are */
#pragma once

#include <gtk/gtk.h>

#include "ita-project.h"
#include "ita-view.h"

G_BEGIN_DECLS

#define ITA_TYPE_OVERVIEW_VIEW (ita_overview_view_get_type ())
G_DECLARE_FINAL_TYPE (ItaOverviewView, ita_overview_view, ITA, OVERVIEW_VIEW, ItaView)

GtkWidget  *ita_overview_view_new         (void);

G_END_DECLS
