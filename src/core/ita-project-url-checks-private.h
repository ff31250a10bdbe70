/* ita-project-url-checks-private.h: the row writer of link check results,
 * for the JSON import (inside its one transaction). */
#pragma once

#include "ita-project-private.h"

G_BEGIN_DECLS

/* Inserts or replaces the row of (check->item, check->url). Values are
 * not checked here. */
gboolean  ita_project_write_url_check (ItaProject         *self,
                                       const ItaUrlCheck  *check,
                                       GError            **error);

G_END_DECLS
