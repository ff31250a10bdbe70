/* ita-preferences-window.c: language (next start) and Thai digits */
#include "config.h"

#include <glib/gi18n.h>

#include "ita-preferences-window.h"

struct _ItaPreferencesWindow
{
  GtkWindow    parent_instance;

  /* template widgets */
  GtkDropDown *language_dropdown;
  GtkSwitch   *digits_switch;
  GtkLabel    *restart_label;

  /* owned */
  GSettings   *settings;
  char        *language_at_start;
};

G_DEFINE_FINAL_TYPE (ItaPreferencesWindow, ita_preferences_window, GTK_TYPE_WINDOW)

/* The order of the drop-down's entries: System, ไทย, English. */
static const char *languages[] = { "system", "th", "en" };

static gboolean
language_to_selected (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  const char *lang = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_str_equal (lang, languages[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
selected_to_language (const GValue       *value,
                      const GVariantType *type,
                      gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  return g_variant_new_string (i < G_N_ELEMENTS (languages) ? languages[i] : "system");
}

static void
update_restart_label (ItaPreferencesWindow *self)
{
  g_autofree char *now = g_settings_get_string (self->settings, "language");

  gtk_widget_set_visible (GTK_WIDGET (self->restart_label),
                          g_strcmp0 (now, self->language_at_start) != 0);
}

static void
ita_preferences_window_finalize (GObject *object)
{
  ItaPreferencesWindow *self = ITA_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  g_free (self->language_at_start);

  G_OBJECT_CLASS (ita_preferences_window_parent_class)->finalize (object);
}

static void
ita_preferences_window_class_init (ItaPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ita_preferences_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ita-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ItaPreferencesWindow, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ItaPreferencesWindow, digits_switch);
  gtk_widget_class_bind_template_child (widget_class, ItaPreferencesWindow, restart_label);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ita_preferences_window_init (ItaPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWindow *
ita_preferences_window_new (GSettings *settings)
{
  ItaPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (ITA_TYPE_PREFERENCES_WINDOW, NULL);
  self->settings = g_object_ref (settings);
  self->language_at_start = g_settings_get_string (settings, "language");

  g_settings_bind_with_mapping (settings, "language",
                                self->language_dropdown, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                language_to_selected, selected_to_language,
                                NULL, NULL);
  g_settings_bind (settings, "thai-digits", self->digits_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (settings, "changed::language",
                           G_CALLBACK (update_restart_label), self, G_CONNECT_SWAPPED);
  update_restart_label (self);

  return GTK_WINDOW (self);
}
