/* main.c: ita-planner entry point */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ita-application.h"
#include "ita-screenshot.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ItaApplication) app = NULL;
  int status;

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
