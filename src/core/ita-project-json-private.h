/* ita-project-json-private.h: constants of the project JSON format
 * (docs/project-json.md), shared by its writer and its reader */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The format version this build writes and reads up to. */
#define ITA_PROJECT_JSON_FORMAT 1
#define ITA_PROJECT_JSON_KIND   "ita-planner-project"

/* Budgets: satang ↔ "150000.00" (baht with two decimals). */
char     *ita_project_format_budget (gint64       satang);

G_END_DECLS
