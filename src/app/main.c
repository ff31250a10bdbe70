/* main.c: ita-planner entry point */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "ita-application.h"
#include "ita-screenshot.h"

/* GTK's "Unable to acquire session bus" (and GLib's autolaunch error)
 * once ita_application_check_session_bus has said what it means. */
static GLogWriterOutput
drop_bus_warning (GLogLevelFlags   log_level,
                  const GLogField *fields,
                  gsize            n_fields,
                  gpointer         user_data)
{
  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0 &&
        (strstr (fields[i].value, "Unable to acquire session bus") != NULL ||
         strstr (fields[i].value, "dbus-launch") != NULL))
      return G_LOG_WRITER_HANDLED;
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ItaApplication) app = NULL;
  g_autoptr(GDBusConnection) bus = NULL;
  int status;

  /* Where the preferences go (no bus: a key file), before they are read. */
  bus = ita_application_check_session_bus ();
  if (bus == NULL)
    g_log_set_writer_func (drop_bus_warning, NULL, NULL);

  /* The interface language chosen in Preferences (or --lang) must be in
   * place before anything is translated. */
  ita_application_apply_language (argc, argv);

  setlocale (LC_ALL, "");
  /* ITA_LOCALEDIR lets an uninstalled build (make run) find its catalogs. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("ITA_LOCALEDIR") ? g_getenv ("ITA_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = ita_application_new ();
  status = g_application_run (G_APPLICATION (app), argc, argv);
  return status != 0 ? status : ita_screenshot_get_exit_status ();
}
