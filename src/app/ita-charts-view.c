/* ita-charts-view.c: the Charts view — gallery, preview, export and copy
 *
 * The chart data of each kind is built from the session (its result and
 * its earlier years) when a chart is first drawn and dropped on every
 * change, so edits made in other views cost nothing until the charts are
 * looked at again (ItaView holds the changes while the view is hidden).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ita-charts-view-private.h"
#include "ita-display.h"
#include "ita-thai.h"

/* Thumbnails are drawn on a canvas of this size and scaled down, so
 * they show the chart's shape as it will be rather than a cramped
 * small-canvas layout. */
#define THUMB_CANVAS_WIDTH  640.0
#define THUMB_CANVAS_HEIGHT 360.0
#define THUMB_WIDTH         200
#define THUMB_HEIGHT        113
#define PREVIEW_PADDING     6.0

enum {
  SIZE_16_9,
  SIZE_4_3,
  SIZE_CUSTOM
};


G_DEFINE_FINAL_TYPE (ItaChartsView, ita_charts_view, ITA_TYPE_VIEW)

/* The gallery's names of the kinds, in the interface language. */
static const char * const kind_names[ITA_CHART_N_KINDS] = {
  [ITA_CHART_INDICATORS] = N_("Scores by indicator"),
  [ITA_CHART_TOOLS] = N_("Tool contributions"),
  [ITA_CHART_GAUGE] = N_("Total and grade"),
  [ITA_CHART_YEARS] = N_("Year by year"),
  [ITA_CHART_TREND] = N_("Trend of the total"),
  [ITA_CHART_RADAR] = N_("Radar, this year against last"),
  [ITA_CHART_OIT] = N_("OIT progress"),
  [ITA_CHART_TIMELINE] = N_("Action plan timeline"),
};

/* --- the project's data ---------------------------------------------- */

gboolean
ita_charts_view_has_project (ItaChartsView *self)
{
  return self->session != NULL && !ita_project_is_closed (self->project);
}

static gboolean
kind_uses_other_years (ItaChartKind kind)
{
  return kind == ITA_CHART_YEARS || kind == ITA_CHART_TREND || kind == ITA_CHART_RADAR;
}

ItaChartData *
ita_charts_view_get_data (ItaChartsView *self,
                          ItaChartKind   kind)
{
  if (self->data[kind] == NULL && ita_charts_view_has_project (self))
    self->data[kind] = ita_chart_data_new_for_project (self->project, kind,
                                                       ita_session_get_result (self->session),
                                                       kind_uses_other_years (kind)
                                                         ? ita_session_get_years (self->session) : NULL);
  return self->data[kind];
}

static void
clear_data (ItaChartsView *self)
{
  for (guint i = 0; i < ITA_CHART_N_KINDS; i++)
    g_clear_pointer (&self->data[i], ita_chart_data_unref);
  g_clear_pointer (&self->preview_layout, ita_chart_layout_free);
}

/* --- options --------------------------------------------------------- */

ItaChartStyle *
ita_charts_view_make_style (ItaChartsView *self)
{
  ItaChartStyle *style = ita_chart_style_new ();

  style->language = gtk_drop_down_get_selected (self->language_dropdown) == 1
                    ? ITA_CHART_LANG_EN : ITA_CHART_LANG_TH;
  style->thai_digits = gtk_check_button_get_active (self->thai_digits_check);
  return style;
}

ItaChartFormat
ita_charts_view_get_format (ItaChartsView *self)
{
  switch (gtk_drop_down_get_selected (self->format_dropdown))
    {
    case 1:
      return ITA_CHART_FORMAT_SVG;
    case 2:
      return ITA_CHART_FORMAT_PDF;
    default:
      return ITA_CHART_FORMAT_PNG;
    }
}

double
ita_charts_view_get_dpi (ItaChartsView *self)
{
  /* take a value typed but not yet confirmed with Enter */
  gtk_spin_button_update (self->dpi_spin);
  return gtk_spin_button_get_value (self->dpi_spin);
}

/* A whole number of pixels within the export limits; Thai digits too. */
static gboolean
parse_dimension (const char *text,
                 int        *out)
{
  g_autofree char *ascii = ita_thai_digits_to_ascii (text);
  guint64 value;

  g_strstrip (ascii);
  if (!g_ascii_string_to_unsigned (ascii, 10, ITA_CHART_MIN_SIZE, ITA_CHART_MAX_SIZE, &value, NULL))
    return FALSE;
  *out = (int) value;
  return TRUE;
}

void
ita_charts_view_set_size_error (ItaChartsView *self,
                                GError       **error)
{
  g_set_error (error, ITA_CHART_ERROR, ITA_CHART_ERROR_BAD_SIZE,
               _("Type the width and the height in pixels, each a whole number from %d to %d (for example 1920 and 1080)."),
               ITA_CHART_MIN_SIZE, ITA_CHART_MAX_SIZE);
}

static gboolean
read_size (ItaChartsView *self,
           int           *width,
           int           *height,
           GError       **error)
{
  switch (gtk_drop_down_get_selected (self->size_dropdown))
    {
    case SIZE_16_9:
      *width = 1920;
      *height = 1080;
      return TRUE;
    case SIZE_4_3:
      *width = 1024;
      *height = 768;
      return TRUE;
    default:
      if (parse_dimension (gtk_editable_get_text (GTK_EDITABLE (self->width_entry)), width) &&
          parse_dimension (gtk_editable_get_text (GTK_EDITABLE (self->height_entry)), height))
        return TRUE;
      ita_charts_view_set_size_error (self, error);
      return FALSE;
    }
}

static void
update_actions (ItaChartsView *self)
{
  gboolean can = ita_charts_view_has_project (self) && self->size_valid;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "charts.export", can);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "charts.export-all", can);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "charts.copy", can);
}

/* --- banner ---------------------------------------------------------- */

void
ita_charts_view_show_banner (ItaChartsView *self,
                             BannerKind     kind,
                             const char    *message)
{
  static const char * const icons[] = { "dialog-error-symbolic", "dialog-warning-symbolic", "emblem-ok-symbolic" };
  static const char * const names[] = { N_("Error"), N_("Warning"), N_("Done") };

  gtk_widget_remove_css_class (self->banner_box, "error-banner");
  gtk_widget_remove_css_class (self->banner_box, "warning-banner");
  gtk_widget_remove_css_class (self->banner_box, "card");
  gtk_widget_add_css_class (self->banner_box,
                            kind == BANNER_ERROR ? "error-banner"
                            : kind == BANNER_WARNING ? "warning-banner" : "card");
  gtk_image_set_from_icon_name (self->banner_icon, icons[kind]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->banner_icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(names[kind]), -1);
  gtk_label_set_text (self->banner_label, message);
  gtk_revealer_set_reveal_child (self->banner_revealer, TRUE);
}

static void
dismiss_banner (GtkButton     *button,
                ItaChartsView *self)
{
  gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
}

/* --- drawing --------------------------------------------------------- */

/* Draws a chart laid out on a w × h canvas, scaled to fit the area and
 * centred on a page with a thin frame. */
static void
draw_fitted (cairo_t              *cr,
             const ItaChartLayout *layout,
             double                area_width,
             double                area_height,
             double                padding)
{
  double w = ita_chart_layout_get_width (layout);
  double h = ita_chart_layout_get_height (layout);
  double scale = MIN ((area_width - 2 * padding) / w, (area_height - 2 * padding) / h);
  double x, y;

  if (scale <= 0)
    return;
  x = floor ((area_width - w * scale) / 2);
  y = floor ((area_height - h * scale) / 2);

  cairo_save (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
  cairo_rectangle (cr, x - 1, y - 1, w * scale + 2, h * scale + 2);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, w * scale, h * scale);
  cairo_fill (cr);
  cairo_rectangle (cr, x, y, w * scale, h * scale);
  cairo_clip (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  ita_chart_layout_draw (layout, cr);
  cairo_restore (cr);
}

static void
draw_thumb (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  ItaChartsView *self = user_data;
  ItaChartKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (area), "ita-kind"));
  g_autoptr(ItaChartStyle) style = NULL;
  g_autoptr(ItaChartLayout) layout = NULL;
  ItaChartData *data = ita_charts_view_get_data (self, kind);

  if (data == NULL)
    return;
  style = ita_charts_view_make_style (self);
  layout = ita_chart_layout_new (kind, data, style, THUMB_CANVAS_WIDTH, THUMB_CANVAS_HEIGHT);
  draw_fitted (cr, layout, width, height, 1);
}

static const ItaChartLayout *
get_preview_layout (ItaChartsView *self)
{
  ItaChartData *data;
  g_autoptr(ItaChartStyle) style = NULL;

  if (self->preview_layout != NULL)
    return self->preview_layout;
  data = ita_charts_view_get_data (self, self->kind);
  if (data == NULL)
    return NULL;
  style = ita_charts_view_make_style (self);
  self->preview_layout = ita_chart_layout_new (self->kind, data, style, self->width, self->height);
  return self->preview_layout;
}

static void
draw_preview (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  ItaChartsView *self = user_data;
  const ItaChartLayout *layout = get_preview_layout (self);

  if (layout != NULL)
    draw_fitted (cr, layout, width, height, PREVIEW_PADDING);
}

/* "ITA scores by indicator. Agency · FY 2568" (and "No data yet …"):
 * the texts that name the chart, as the chart writes them. */
static char *
describe_layout (const ItaChartLayout *layout)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = ita_chart_layout_get_n_shapes (layout);

  for (guint i = 0; i < n; i++)
    {
      const ItaChartShape *shape = ita_chart_layout_get_shape (layout, i);

      if (shape->type != ITA_CHART_SHAPE_TEXT || shape->text == NULL ||
          (shape->role != ITA_CHART_ROLE_TITLE && shape->role != ITA_CHART_ROLE_SUBTITLE &&
           shape->role != ITA_CHART_ROLE_EMPTY_MESSAGE))
        continue;
      if (text->len > 0)
        g_string_append (text, ". ");
      g_string_append (text, pango_layout_get_text (shape->text));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
show_link_problems (ItaChartsView *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) problems = ita_years_dup_problems (ita_session_get_years (self->session));

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      ItaYear *year = g_ptr_array_index (problems, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, _("The file of fiscal year %d is left out of the charts: %s"),
                              ita_year_get_fiscal_year (year), ita_year_get_error (year)->message);
    }
  if (text->len > 0)
    ita_charts_view_show_banner (self, BANNER_WARNING, text->str);
}

/* Lays the preview out again and redraws every chart. */
static void
refresh_now (ItaChartsView *self)
{
  const ItaChartLayout *layout;

  g_clear_pointer (&self->preview_layout, ita_chart_layout_free);

  layout = get_preview_layout (self);
  if (layout != NULL)
    {
      g_autofree char *description = describe_layout (layout);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->preview_area),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
    }
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->preview_area),
                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  gtk_widget_queue_draw (GTK_WIDGET (self->preview_area));
  for (guint i = 0; i < ITA_CHART_N_KINDS; i++)
    gtk_widget_queue_draw (self->thumbs[i]);
}

/* Something the charts show changed: lay out and redraw (a drawing area
 * that is not on screen is not drawn). */
static void
invalidate (ItaChartsView *self,
            gboolean       data_changed)
{
  if (data_changed)
    clear_data (self);
  refresh_now (self);
}

/* --- option changes -------------------------------------------------- */

static void
on_size_changed (ItaChartsView *self)
{
  gboolean custom = gtk_drop_down_get_selected (self->size_dropdown) == SIZE_CUSTOM;
  g_autoptr(GError) error = NULL;
  int width, height;

  gtk_widget_set_visible (self->custom_box, custom);
  self->size_valid = read_size (self, &width, &height, &error);
  gtk_widget_set_visible (GTK_WIDGET (self->size_error_label), !self->size_valid);
  if (self->size_valid)
    {
      self->width = width;
      self->height = height;
      invalidate (self, FALSE);
    }
  else
    gtk_label_set_text (self->size_error_label, error->message);
  update_actions (self);
}

static void
on_size_dropdown_changed (GtkDropDown   *dropdown,
                          GParamSpec    *pspec,
                          ItaChartsView *self)
{
  if (gtk_drop_down_get_selected (dropdown) == SIZE_CUSTOM &&
      *gtk_editable_get_text (GTK_EDITABLE (self->width_entry)) == '\0')
    {
      g_autofree char *w = g_strdup_printf ("%d", self->width);
      g_autofree char *h = g_strdup_printf ("%d", self->height);

      gtk_editable_set_text (GTK_EDITABLE (self->width_entry), w);
      gtk_editable_set_text (GTK_EDITABLE (self->height_entry), h);
    }
  on_size_changed (self);
}

static void
on_entry_changed (GtkEditable   *editable,
                  ItaChartsView *self)
{
  if (gtk_drop_down_get_selected (self->size_dropdown) == SIZE_CUSTOM)
    on_size_changed (self);
}

static void
on_style_changed (GObject       *object,
                  GParamSpec    *pspec,
                  ItaChartsView *self)
{
  invalidate (self, FALSE);
}

/* Thai digits typed into the DPI field. */
static int
on_dpi_input (GtkSpinButton *spin,
              double        *new_value,
              gpointer       user_data)
{
  g_autofree char *ascii = ita_thai_digits_to_ascii (gtk_editable_get_text (GTK_EDITABLE (spin)));
  char *end = NULL;
  double value;

  g_strstrip (ascii);
  value = g_ascii_strtod (ascii, &end);
  if (end == ascii || *end != '\0')
    return GTK_INPUT_ERROR;
  *new_value = value;
  return TRUE;
}

static void
on_gallery_row_selected (GtkListBox    *box,
                         GtkListBoxRow *row,
                         ItaChartsView *self)
{
  int index;

  if (row == NULL)
    return;
  index = gtk_list_box_row_get_index (row);
  if (index < 0 || index >= ITA_CHART_N_KINDS || (ItaChartKind) index == self->kind)
    return;
  self->kind = (ItaChartKind) index;
  invalidate (self, FALSE);
}

static void
sync_thai_digits (ItaChartsView *self)
{
  gtk_check_button_set_active (self->thai_digits_check,
                               self->session != NULL && ita_session_get_thai_digits (self->session));
}

/* --- the gallery ----------------------------------------------------- */

static void
build_gallery (ItaChartsView *self)
{
  for (ItaChartKind kind = 0; kind < ITA_CHART_N_KINDS; kind++)
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *area = gtk_drawing_area_new ();
      GtkWidget *label = gtk_label_new (_(kind_names[kind]));
      g_autofree char *row_name = g_strdup_printf ("charts-%s", ita_chart_kind_to_string (kind));

      gtk_widget_set_name (row, row_name);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), THUMB_WIDTH);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), THUMB_HEIGHT);
      g_object_set_data (G_OBJECT (area), "ita-kind", GINT_TO_POINTER (kind));
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_thumb, self, NULL);
      gtk_accessible_update_state (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
      gtk_box_append (GTK_BOX (box), area);
      gtk_box_append (GTK_BOX (box), label);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(kind_names[kind]), -1);
      gtk_list_box_append (self->gallery, row);
      self->thumbs[kind] = area;
    }
  gtk_list_box_select_row (self->gallery, gtk_list_box_get_row_at_index (self->gallery, 0));
}

/* --- session -------------------------------------------------------- */

static void
ita_charts_view_changed (ItaView          *view,
                         ItaProjectChange  change,
                         const char       *key)
{
  ItaChartsView *self = ITA_CHARTS_VIEW (view);

  if (change == ITA_PROJECT_CHANGE_LINKS || change == ITA_PROJECT_CHANGE_ALL)
    {
      gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
      show_link_problems (self);
    }
  if (change == ITA_PROJECT_CHANGE_ALL ||
      (change == ITA_PROJECT_CHANGE_SETTINGS && g_strcmp0 (key, "thai-digits") == 0))
    sync_thai_digits (self);
  invalidate (self, TRUE);
}

static void
ita_charts_view_session_set (ItaView    *view,
                             ItaSession *session)
{
  ItaChartsView *self = ITA_CHARTS_VIEW (view);

  self->session = session;
  self->project = session ? ita_session_get_project (session) : NULL;
  clear_data (self);

  gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
  if (session != NULL)
    show_link_problems (self);
  sync_thai_digits (self);
  update_actions (self);
  invalidate (self, TRUE);
}

/* A chart kind by its name ("indicators", "years" …). */
static gboolean
ita_charts_view_reveal (ItaView    *view,
                        const char *key)
{
  ItaChartKind kind;

  if (!ita_chart_kind_from_string (key, &kind))
    return FALSE;
  ita_charts_view_set_kind (ITA_CHARTS_VIEW (view), kind);
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (ITA_CHARTS_VIEW (view)->gallery, (int) kind)));
  return TRUE;
}

ItaChartKind
ita_charts_view_get_kind (ItaChartsView *self)
{
  g_return_val_if_fail (ITA_IS_CHARTS_VIEW (self), ITA_CHART_INDICATORS);
  return self->kind;
}

void
ita_charts_view_set_kind (ItaChartsView *self,
                          ItaChartKind   kind)
{
  g_return_if_fail (ITA_IS_CHARTS_VIEW (self));
  g_return_if_fail (kind < ITA_CHART_N_KINDS);

  gtk_list_box_select_row (self->gallery, gtk_list_box_get_row_at_index (self->gallery, (int) kind));
}

/* --- GObject --------------------------------------------------------- */

static void
ita_charts_view_dispose (GObject *object)
{
  ItaChartsView *self = ITA_CHARTS_VIEW (object);
  GtkWidget *child;

  self->session = NULL;
  self->project = NULL;
  clear_data (self);
  /* the template's top child has no id: unparent it ourselves */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  gtk_widget_dispose_template (GTK_WIDGET (self), ITA_TYPE_CHARTS_VIEW);

  G_OBJECT_CLASS (ita_charts_view_parent_class)->dispose (object);
}

static void
ita_charts_view_class_init (ItaChartsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ItaViewClass *view_class = ITA_VIEW_CLASS (klass);

  object_class->dispose = ita_charts_view_dispose;

  view_class->session_set = ita_charts_view_session_set;
  view_class->changed = ita_charts_view_changed;
  view_class->reveal = ita_charts_view_reveal;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ita-charts-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ItaChartsView, gallery);
  gtk_widget_class_bind_template_child (widget_class, ItaChartsView, preview_area);
  gtk_widget_class_bind_template_child (widget_class, ItaChartsView, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, ItaChartsView, banner_box);
  gtk_widget_class_bind_template_child (widget_class, ItaChartsView, banner_icon);
  gtk_widget_class_bind_template_child (widget_class, ItaChartsView, banner_label);
  gtk_widget_class_bind_template_child (widget_class, ItaChartsView, size_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ItaChartsView, custom_box);
  gtk_widget_class_bind_template_child (widget_class, ItaChartsView, width_entry);
  gtk_widget_class_bind_template_child (widget_class, ItaChartsView, height_entry);
  gtk_widget_class_bind_template_child (widget_class, ItaChartsView, size_error_label);
  gtk_widget_class_bind_template_child (widget_class, ItaChartsView, dpi_spin);
  gtk_widget_class_bind_template_child (widget_class, ItaChartsView, format_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ItaChartsView, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ItaChartsView, thai_digits_check);
  gtk_widget_class_bind_template_callback (widget_class, dismiss_banner);

  ita_charts_view_install_actions (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "chartsview");
}

static void
connect_options (ItaChartsView *self)
{
  g_signal_connect (self->size_dropdown, "notify::selected", G_CALLBACK (on_size_dropdown_changed), self);
  g_signal_connect (self->width_entry, "changed", G_CALLBACK (on_entry_changed), self);
  g_signal_connect (self->height_entry, "changed", G_CALLBACK (on_entry_changed), self);
  g_signal_connect (self->language_dropdown, "notify::selected", G_CALLBACK (on_style_changed), self);
  g_signal_connect (self->thai_digits_check, "notify::active", G_CALLBACK (on_style_changed), self);
  g_signal_connect (self->dpi_spin, "input", G_CALLBACK (on_dpi_input), self);
  g_signal_connect (self->gallery, "row-selected", G_CALLBACK (on_gallery_row_selected), self);
}

static void
ita_charts_view_init (ItaChartsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->kind = ITA_CHART_INDICATORS;
  self->width = 1920;
  self->height = 1080;
  self->size_valid = TRUE;

  gtk_drop_down_set_selected (self->language_dropdown, ita_display_is_english () ? 1 : 0);
  sync_thai_digits (self);
  gtk_drawing_area_set_draw_func (self->preview_area, draw_preview, self, NULL);
  build_gallery (self);
  connect_options (self);

  ita_charts_view_add_shortcuts (self);

  update_actions (self);
}

GtkWidget *
ita_charts_view_new (void)
{
  return g_object_new (ITA_TYPE_CHARTS_VIEW, NULL);
}
