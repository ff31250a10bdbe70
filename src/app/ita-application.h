/* ita-application.h: the GtkApplication of ITA Planner */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ITA_TYPE_APPLICATION (ita_application_get_type ())
G_DECLARE_FINAL_TYPE (ItaApplication, ita_application, ITA, APPLICATION, GtkApplication)

ItaApplication *ita_application_new            (void);
GSettings      *ita_application_get_settings   (ItaApplication *self);

/* Sets LANGUAGE from --lang=th|en on the command line or the "language"
 * setting, before gettext is initialised. */
void            ita_application_apply_language (int    argc,
                                                char **argv);
/* Before anything uses GSettings or GTK: connects to the D-Bus session
 * bus (returned, to keep for the run: GApplication and GTK use the same
 * connection). Without one, the preferences would go to dconf through a
 * bus that is not there and be lost, so they are kept in a key file
 * (GSETTINGS_BACKEND=keyfile, unless the environment chose a backend),
 * and a note says how to run with a bus. Returns NULL then (main.c then
 * drops GTK's own warning about the missing bus). */
GDBusConnection *ita_application_check_session_bus (void);

/* The application's own styles (style.css) on the default display; done
 * at startup (the UI tests, which make windows without the application,
 * call it themselves). */
void            ita_application_install_css    (void);

G_END_DECLS
