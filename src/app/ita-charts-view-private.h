/* ita-charts-view-private.h: the Charts view's struct, shared by
 * ita-charts-view.c (gallery, preview, options) and
 * ita-charts-view-export.c (export, copy, their dialogs and shortcuts) */
#pragma once

#include "ita-charts-view.h"

G_BEGIN_DECLS

typedef enum {
  BANNER_ERROR,
  BANNER_WARNING,
  BANNER_DONE
} BannerKind;

struct _ItaChartsView
{
  ItaView         parent_instance;

  /* template widgets */
  GtkListBox      *gallery;
  GtkDrawingArea  *preview_area;
  GtkRevealer     *banner_revealer;
  GtkWidget       *banner_box;
  GtkImage        *banner_icon;
  GtkLabel        *banner_label;
  GtkDropDown     *size_dropdown;
  GtkWidget       *custom_box;
  GtkEntry        *width_entry;
  GtkEntry        *height_entry;
  GtkLabel        *size_error_label;
  GtkSpinButton   *dpi_spin;
  GtkDropDown     *format_dropdown;
  GtkDropDown     *language_dropdown;
  GtkCheckButton  *thai_digits_check;

  /* borrowed: the thumbnails in the gallery, by kind */
  GtkWidget       *thumbs[ITA_CHART_N_KINDS];

  /* borrowed: the loaded session's (ItaView holds it) */
  ItaSession      *session;
  ItaProject      *project;

  /* owned */
  ItaChartData    *data[ITA_CHART_N_KINDS];
  ItaChartLayout  *preview_layout;

  ItaChartKind     kind;
  int              width;          /* the last valid size */
  int              height;
  gboolean         size_valid;
};
gboolean        ita_charts_view_has_project     (ItaChartsView  *self);
/* The data of kind, built from the project when first needed; NULL
 * without a project. */
ItaChartData   *ita_charts_view_get_data        (ItaChartsView  *self,
                                                 ItaChartKind    kind);
/* The style of the options: language and digits (free it). */
ItaChartStyle  *ita_charts_view_make_style      (ItaChartsView  *self);
ItaChartFormat  ita_charts_view_get_format      (ItaChartsView  *self);
double          ita_charts_view_get_dpi         (ItaChartsView  *self);
void            ita_charts_view_set_size_error  (ItaChartsView  *self,
                                                 GError        **error);
void            ita_charts_view_show_banner     (ItaChartsView  *self,
                                                 BannerKind      kind,
                                                 const char     *message);

/* ita-charts-view-export.c */
void            ita_charts_view_install_actions (GtkWidgetClass *widget_class);
void            ita_charts_view_add_shortcuts   (ItaChartsView  *self);

G_END_DECLS
