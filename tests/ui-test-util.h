/* ui-test-util.h: helpers for the in-process UI tests (Xvfb) */
#pragma once

#include <gtk/gtk.h>

#include "ita-project.h"
#include "ita-window.h"

/* Initialises GTK; call before g_test_init(). */
void        ui_test_init            (void);
/* Until called again (NULL: none), log messages containing fragment are
 * not fatal: for a warning GTK itself is known to give. */
void        ui_test_ignore_message  (const char *fragment);
/* Runs the main context until nothing is pending, a few frames long. */
void        ui_test_settle          (void);
/* A project in a fresh temporary folder: a copy of the sample's FY 2568
 * file when $ITA_SAMPLE_DIR has it, else one made from seed 001's scores.
 * *dir receives the folder (remove with ui_test_remove_dir). */
GFile      *ui_test_make_project    (char **dir);
void        ui_test_remove_dir      (const char *dir);
/* A presented window showing file. */
ItaWindow  *ui_test_open_window     (GFile *file);
void        ui_test_close_window    (ItaWindow *window);
/* The first descendant of type, or named name (NULL: any). */
GtkWidget  *ui_test_find            (GtkWidget  *root,
                                     GType       type,
                                     const char *name);
/* Does a visible label under root contain text? */
gboolean    ui_test_has_label_text  (GtkWidget  *root,
                                     const char *text);
