/* ita-application.c: application actions, command line, screenshots */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "ita-application.h"
#include "ita-first-frame.h"
#include "ita-preferences-window.h"
#include "ita-screenshot.h"
#include "ita-window.h"

struct _ItaApplication
{
  GtkApplication  parent_instance;

  /* owned */
  GSettings      *settings;
  char           *screenshot_path;
  char           *screenshot_view;
  int             screenshot_width;
  int             screenshot_height;
  gboolean        open_sample;
  GThread        *warm_up;
};

G_DEFINE_FINAL_TYPE (ItaApplication, ita_application, GTK_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "screenshot", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Draw the window into a PNG file once it is loaded, then quit"), N_("FILE.png") },
  { "view", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The view to show: welcome, overview, scores, oit, plan, charts, compare, agency"), N_("NAME") },
  { "size", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Window size for --screenshot (default 1280x800)"), N_("WIDTHxHEIGHT") },
  { "sample", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open a copy of the bundled sample project"), NULL },
  { "lang", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Interface language for this run: th or en"), N_("LANG") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and quit"), NULL },
  { NULL }
};

GDBusConnection *
ita_application_check_session_bus (void)
{
  g_autoptr(GError) error = NULL;
  GDBusConnection *bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_autofree char *where = NULL;

  if (bus != NULL)
    return bus;

  if (g_getenv ("GSETTINGS_BACKEND") != NULL)
    return NULL;
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
  where = g_build_filename (g_get_user_config_dir (), "glib-2.0", "settings", "keyfile", NULL);
  /* not translated: gettext is not set up yet, and this is for whoever
   * starts the program from a terminal */
  g_printerr ("ita-planner: no D-Bus session bus (%s); preferences are kept in %s. "
              "To use the desktop's settings, run ita-planner in a desktop session, "
              "or under dbus-run-session (dbus-run-session -- ita-planner).\n",
              error->message, where);
  return NULL;
}

void
ita_application_apply_language (int    argc,
                                char **argv)
{
  const char *lang = NULL;
  g_autofree char *from_settings = NULL;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--lang="))
        lang = argv[i] + strlen ("--lang=");
      else if (g_str_equal (argv[i], "--lang") && i + 1 < argc)
        lang = argv[i + 1];
    }

  if (lang == NULL)
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema = NULL;

      if (source != NULL)
        schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
      if (schema != NULL)
        {
          g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
          from_settings = g_settings_get_string (settings, "language");
          lang = from_settings;
        }
    }

  if (lang != NULL && (g_str_equal (lang, "th") || g_str_equal (lang, "en")))
    {
      /* LANGUAGE outranks LANG/LC_MESSAGES for gettext; "en" means the
       * untranslated source strings. */
      g_setenv ("LANGUAGE", g_str_equal (lang, "th") ? "th" : "en", TRUE);
    }
}

static gboolean
parse_size (const char *text,
            int        *width,
            int        *height)
{
  g_auto(GStrv) parts = NULL;
  gint64 w, h;

  if (text == NULL)
    return FALSE;
  parts = g_strsplit (text, "x", 2);
  if (g_strv_length (parts) != 2)
    return FALSE;
  if (!g_ascii_string_to_signed (parts[0], 10, 320, 7680, &w, NULL) ||
      !g_ascii_string_to_signed (parts[1], 10, 240, 4320, &h, NULL))
    return FALSE;
  *width = (int) w;
  *height = (int) h;
  return TRUE;
}

static int
ita_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  ItaApplication *self = ITA_APPLICATION (app);
  const char *screenshot = NULL;
  const char *view = NULL;
  const char *size = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("ita-planner %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "view", "&s", &view))
    {
      if (!ita_window_is_view_name (view))
        {
          g_printerr (_("ita-planner: unknown view “%s”. Views: %s\n"),
                      view, "welcome, overview, scores, oit, plan, charts, compare, agency");
          return 2;
        }
      self->screenshot_view = g_strdup (view);
    }

  if (g_variant_dict_contains (options, "sample"))
    self->open_sample = TRUE;

  if (g_variant_dict_lookup (options, "size", "&s", &size))
    {
      if (!parse_size (size, &self->screenshot_width, &self->screenshot_height))
        {
          g_printerr (_("ita-planner: “%s” is not a size; write it as WIDTHxHEIGHT, for example 1280x800\n"), size);
          return 2;
        }
    }

  if (g_variant_dict_lookup (options, "screenshot", "^&ay", &screenshot))
    {
      /* A screenshot run is its own process: it never hands over to (or
       * becomes) the primary instance. */
      self->screenshot_path = g_strdup (screenshot);
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }

  return -1;
}

/* Work the first window will need that does not need the display runs in
 * a thread while GTK connects to the display and loads its theme (≈ 60 ms
 * on the main thread), and is joined before the first window is made. */
static gpointer
warm_up_thread (gpointer data)
{
  /* Pango breaks Thai lines with libthai, which reads its dictionary on
   * first use (≈ 4 ms); the agency's name alone is Thai. */
  static const char thai[] = "การประเมินคุณธรรมและความโปร่งใส";
  PangoLogAttr attrs[G_N_ELEMENTS (thai)];
  g_autoptr(GdkPixbuf) icon = NULL;

  pango_get_log_attrs (thai, -1, -1, pango_language_from_string ("th"),
                       attrs, G_N_ELEMENTS (attrs));

  /* The icon theme's symbolic icons are SVG: load the image loader and
   * its library once (≈ 3 ms). */
  icon = gdk_pixbuf_new_from_resource_at_scale (RESOURCE_PREFIX "/icons/symbolic/apps/"
                                                APPLICATION_ID "-symbolic.svg",
                                                16, 16, TRUE, NULL);
  return NULL;
}

static void
finish_warm_up (ItaApplication *self)
{
  if (self->warm_up != NULL)
    g_thread_join (g_steal_pointer (&self->warm_up));
}

static ItaWindow *
new_window (ItaApplication *self)
{
  ItaWindow *window;

  finish_warm_up (self);
  window = ita_window_new (self);

  if (self->screenshot_path != NULL)
    {
      int width = self->screenshot_width > 0 ? self->screenshot_width : 1280;
      int height = self->screenshot_height > 0 ? self->screenshot_height : 800;

      /* The size request makes the drawn window exactly this size: the
       * default size would also count the decorations' resize borders. */
      ita_window_set_keep_size (window, FALSE);
      gtk_window_unmaximize (GTK_WINDOW (window));
      gtk_widget_set_size_request (GTK_WIDGET (window), width, height);
      gtk_window_set_default_size (GTK_WINDOW (window), width, height);
    }
  return window;
}

static void
present (ItaApplication *self,
         ItaWindow      *window)
{
  /* bench/bench-startup.c */
  if (g_getenv ("ITA_BENCH_FIRST_FRAME") != NULL)
    ita_first_frame_report (GTK_WIDGET (window), self->screenshot_path == NULL);

  if (self->screenshot_path != NULL)
    {
      ita_screenshot_take_when_ready (GTK_WIDGET (window),
                                      self->screenshot_path,
                                      self->screenshot_view);
      g_clear_pointer (&self->screenshot_path, g_free);
    }
  else if (self->screenshot_view != NULL)
    ita_window_show_view (window, self->screenshot_view);
  gtk_window_present (GTK_WINDOW (window));
}

static void
ita_application_activate (GApplication *app)
{
  ItaApplication *self = ITA_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL || self->screenshot_path != NULL)
    {
      ItaWindow *win = new_window (self);
      ita_window_open_default (win);
      if (self->open_sample)
        {
          self->open_sample = FALSE;
          gtk_widget_activate_action (GTK_WIDGET (win), "win.open-sample", NULL);
        }
      present (self, win);
      return;
    }
  gtk_window_present (window);
}

static void
ita_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  ItaApplication *self = ITA_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      ItaWindow *window = NULL;
      GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (app));

      /* Reuse a window that shows no project yet. */
      if (active != NULL && ITA_IS_WINDOW (active) &&
          !ita_window_has_project (ITA_WINDOW (active)) && self->screenshot_path == NULL)
        window = ITA_WINDOW (active);
      else
        window = new_window (self);

      ita_window_open_file (window, files[i]);
      present (self, window);
    }
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  ItaApplication *self = ITA_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWindow *prefs = ita_preferences_window_new (self->settings);

  gtk_window_set_transient_for (prefs, parent);
  gtk_window_present (prefs);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  ItaApplication *self = ITA_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { _("The ITA Planner developers"), NULL };

  gtk_show_about_dialog (parent,
                         "program-name", _("ITA Planner"),
                         "logo-icon-name", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Plan, score and report the Integrity and Transparency Assessment (ITA) of a Thai public agency"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", developers,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "preferences", preferences_activated },
  { "about", about_activated },
};

static void
ita_application_startup (GApplication *app)
{
  ItaApplication *self = ITA_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *prefs_accels[] = { "<Control>comma", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };

  self->warm_up = g_thread_new ("ita-warm-up", warm_up_thread, NULL);

  G_APPLICATION_CLASS (ita_application_parent_class)->startup (app);

  self->settings = g_settings_new (APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", prefs_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay", help_accels);

  gtk_window_set_default_icon_name (APPLICATION_ID);
  ita_application_install_css ();
}

void
ita_application_install_css (void)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* Quitting (Ctrl+Q, or a screenshot run) leaves windows open: destroy
 * them so each closes its project and removes its lock file. */
static void
ita_application_shutdown (GApplication *app)
{
  GList *windows;

  finish_warm_up (ITA_APPLICATION (app));
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (GTK_WINDOW (windows->data));

  G_APPLICATION_CLASS (ita_application_parent_class)->shutdown (app);
}

static void
ita_application_finalize (GObject *object)
{
  ItaApplication *self = ITA_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->screenshot_path, g_free);
  g_clear_pointer (&self->screenshot_view, g_free);

  G_OBJECT_CLASS (ita_application_parent_class)->finalize (object);
}

static void
ita_application_class_init (ItaApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = ita_application_finalize;
  app_class->handle_local_options = ita_application_handle_local_options;
  app_class->activate = ita_application_activate;
  app_class->open = ita_application_open;
  app_class->startup = ita_application_startup;
  app_class->shutdown = ita_application_shutdown;
}

static void
ita_application_init (ItaApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE.ita…]"));
}

ItaApplication *
ita_application_new (void)
{
  return g_object_new (ITA_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

GSettings *
ita_application_get_settings (ItaApplication *self)
{
  g_return_val_if_fail (ITA_IS_APPLICATION (self), NULL);
  return self->settings;
}
