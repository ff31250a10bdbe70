/* ita-charts-view-export.c: the Charts view's export and copy — files
 * through the save dialog, every kind into a folder, the clipboard, and
 * the view's actions and shortcuts */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ita-charts-view-private.h"

/* --- export and copy ------------------------------------------------- */

static gboolean
check_ready (ItaChartsView *self,
             GError       **error)
{
  if (!ita_charts_view_has_project (self))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                   _("Open a project first: the charts are drawn from its figures."));
      return FALSE;
    }
  if (!self->size_valid)
    {
      ita_charts_view_set_size_error (self, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
export_kind (ItaChartsView  *self,
             ItaChartKind    kind,
             ItaChartFormat  format,
             GFile          *file,
             GError        **error)
{
  g_autoptr(ItaChartStyle) style = ita_charts_view_make_style (self);

  return ita_chart_export (kind, ita_charts_view_get_data (self, kind), style, self->width, self->height,
                           ita_charts_view_get_dpi (self), format, file, error);
}

gboolean
ita_charts_view_export_to (ItaChartsView  *self,
                           GFile          *file,
                           GError        **error)
{
  g_autofree char *name = NULL;
  ItaChartFormat format;

  g_return_val_if_fail (ITA_IS_CHARTS_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_ready (self, error))
    return FALSE;
  /* a file name with a known extension says the format; else the view's */
  name = g_file_get_basename (file);
  if (name == NULL || !ita_chart_format_from_filename (name, &format, NULL))
    format = ita_charts_view_get_format (self);
  return export_kind (self, self->kind, format, file, error);
}

gboolean
ita_charts_view_export_all_to (ItaChartsView  *self,
                               GFile          *folder,
                               GError        **error)
{
  ItaChartFormat format;

  g_return_val_if_fail (ITA_IS_CHARTS_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_ready (self, error))
    return FALSE;
  format = ita_charts_view_get_format (self);
  for (ItaChartKind kind = 0; kind < ITA_CHART_N_KINDS; kind++)
    {
      g_autofree char *name = g_strdup_printf ("%s.%s", ita_chart_kind_to_string (kind),
                                               ita_chart_format_to_string (format));
      g_autoptr(GFile) file = g_file_get_child (folder, name);

      if (!export_kind (self, kind, format, file, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
ita_charts_view_copy (ItaChartsView  *self,
                      GError        **error)
{
  g_autoptr(ItaChartStyle) style = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  g_return_val_if_fail (ITA_IS_CHARTS_VIEW (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_ready (self, error))
    return FALSE;
  style = ita_charts_view_make_style (self);
  bytes = ita_chart_export_png_bytes (self->kind, ita_charts_view_get_data (self, self->kind), style,
                                      self->width, self->height, error);
  if (bytes == NULL)
    return FALSE;
  texture = gdk_texture_new_from_bytes (bytes, error);
  if (texture == NULL)
    return FALSE;
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (GTK_WIDGET (self)), texture);
  return TRUE;
}

/* --- the file dialogs ------------------------------------------------ */

/* GtkFileChooserNative is the dialog of GTK 4.8 (Debian 12); newer GTK
 * deprecates it but keeps it working. */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS

static GtkFileChooserNative *
new_chooser (ItaChartsView        *self,
             const char           *title,
             GtkFileChooserAction  action)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;
  /* the exports go beside the project file */
  g_autoptr(GFile) folder = self->session ? ita_session_dup_folder (self->session) : NULL;

  chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         action, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  return chooser;
}

/* Adds the format's extension when the name typed has none it knows. */
static GFile *
with_extension (GFile          *file,
                ItaChartFormat  format)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFile) parent = NULL;
  g_autofree char *fixed = NULL;
  ItaChartFormat known;

  if (name == NULL || ita_chart_format_from_filename (name, &known, NULL))
    return g_object_ref (file);
  parent = g_file_get_parent (file);
  fixed = g_strconcat (name, ".", ita_chart_format_to_string (format), NULL);
  return g_file_get_child (parent, fixed);
}

static void
on_export_response (GtkNativeDialog *dialog,
                    int              response,
                    ItaChartsView   *self)
{
  g_autoptr(GFile) chosen = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (chosen != NULL)
    {
      g_autoptr(GFile) file = with_extension (chosen, ita_charts_view_get_format (self));
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_file_get_parse_name (file);

      if (ita_charts_view_export_to (self, file, &error))
        {
          g_autofree char *text = g_strdup_printf (_("Saved the chart as “%s”."), name);
          ita_charts_view_show_banner (self, BANNER_DONE, text);
        }
      else
        {
          g_autofree char *text = g_strdup_printf (_("Could not save “%s”: %s"), name, error->message);
          ita_charts_view_show_banner (self, BANNER_ERROR, text);
        }
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
on_export_all_response (GtkNativeDialog *dialog,
                        int              response,
                        ItaChartsView   *self)
{
  g_autoptr(GFile) folder = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (folder != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_file_get_parse_name (folder);

      if (ita_charts_view_export_all_to (self, folder, &error))
        {
          g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "Saved %d chart in “%s”.",
                                                                "Saved %d charts in “%s”.",
                                                                ITA_CHART_N_KINDS),
                                                   ITA_CHART_N_KINDS, name);
          ita_charts_view_show_banner (self, BANNER_DONE, text);
        }
      else
        {
          g_autofree char *text = g_strdup_printf (_("Could not save the charts in “%s”: %s"),
                                                   name, error->message);
          ita_charts_view_show_banner (self, BANNER_ERROR, text);
        }
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

static char *
suggested_name (ItaChartsView *self)
{
  return g_strdup_printf ("ita-%d-%s.%s", ita_project_get_fiscal_year (self->project),
                          ita_chart_kind_to_string (self->kind),
                          ita_chart_format_to_string (ita_charts_view_get_format (self)));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ItaChartsView *self = ITA_CHARTS_VIEW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *ext = ita_chart_format_to_string (ita_charts_view_get_format (self));
  g_autofree char *upper = g_ascii_strup (ext, -1);
  /* TRANSLATORS: a file filter, e.g. "PNG files (*.png)" */
  g_autofree char *filter_name = g_strdup_printf (_("%s files (*.%s)"), upper, ext);
  g_autofree char *pattern = g_strdup_printf ("*.%s", ext);
  g_autofree char *name = suggested_name (self);

  chooser = new_chooser (self, _("Export the Chart"), GTK_FILE_CHOOSER_ACTION_SAVE);
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ItaChartsView *self = ITA_CHARTS_VIEW (widget);
  GtkFileChooserNative *chooser;

  chooser = new_chooser (self, _("Export All Charts into a Folder"), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_all_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

G_GNUC_END_IGNORE_DEPRECATIONS

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ItaChartsView *self = ITA_CHARTS_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (ita_charts_view_copy (self, &error))
    ita_charts_view_show_banner (self, BANNER_DONE, _("Copied the chart as a picture: paste it into a slide or a document."));
  else
    {
      g_autofree char *text = g_strdup_printf (_("Could not copy the chart: %s"), error->message);
      ita_charts_view_show_banner (self, BANNER_ERROR, text);
    }
}

/* The view's shortcuts work wherever the focus is in the window, but
 * only while the view is shown. */
static gboolean
shortcut_activate (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  return gtk_widget_activate_action_variant (widget, user_data, NULL);
}

static void
add_shortcut (GtkShortcutController *controller,
              guint                  keyval,
              GdkModifierType        modifiers,
              const char            *action_name)
{
  GtkShortcutTrigger *trigger = gtk_keyval_trigger_new (keyval, modifiers);
  GtkShortcutAction *action = gtk_callback_action_new (shortcut_activate, (gpointer) action_name, NULL);

  gtk_shortcut_controller_add_shortcut (controller, gtk_shortcut_new (trigger, action));
}

void
ita_charts_view_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "charts.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "charts.export-all", NULL, export_all_action);
  gtk_widget_class_install_action (widget_class, "charts.copy", NULL, copy_action);
}

void
ita_charts_view_add_shortcuts (ItaChartsView *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_e, GDK_CONTROL_MASK, "charts.export");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "charts.copy");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_C, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "charts.copy");
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}
