/* ita-agency-view.h: the Agency view — profile and responsible units */
#pragma once

#include <gtk/gtk.h>

#include "ita-project.h"
#include "ita-view.h"

G_BEGIN_DECLS

#define ITA_TYPE_AGENCY_VIEW (ita_agency_view_get_type ())
G_DECLARE_FINAL_TYPE (ItaAgencyView, ita_agency_view, ITA, AGENCY_VIEW, ItaView)

GtkWidget  *ita_agency_view_new         (void);

/* The agency types offered (Thai, as stored); NULL-terminated. The
 * drop-downs add "Other" after them. */
const char * const *ita_agency_kinds    (void);

G_END_DECLS
