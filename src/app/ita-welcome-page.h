/* ita-welcome-page.h: what the window shows when no project is open */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ITA_TYPE_WELCOME_PAGE (ita_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (ItaWelcomePage, ita_welcome_page, ITA, WELCOME_PAGE, GtkWidget)

/* Shows message in the page's error banner (NULL hides it). */
void ita_welcome_page_set_error (ItaWelcomePage *self,
                                 const char     *message);

G_END_DECLS
