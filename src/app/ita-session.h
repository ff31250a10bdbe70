/* ita-session.h: what every view of one open project shares — the
 * project, its result (computed once per change), the linked earlier
 * years, and how figures are shown (language, Thai digits)
 *
 * The window makes one session per open project and gives it to its
 * views (ItaView's "session" property). A view never computes a result,
 * reads the score table or opens another year's file itself: it asks the
 * session, which does it at most once per change, and only when a view
 * asks.
 *
 * ::changed (ItaProjectChange kind, const char *key) follows the
 * project's ::changed: it is emitted after the session has dropped what
 * the change made stale, so that every handler sees the new result. A
 * change of the Thai digits preference is announced as
 * (ITA_PROJECT_CHANGE_SETTINGS, "thai-digits") too.
 */
#pragma once

#include <gio/gio.h>

#include "ita-project.h"
#include "ita-years.h"

G_BEGIN_DECLS

#define ITA_TYPE_SESSION (ita_session_get_type ())
G_DECLARE_FINAL_TYPE (ItaSession, ita_session, ITA, SESSION, GObject)

/* settings: the application's (schema APPLICATION_ID) for the Thai
 * digits preference; NULL makes one. */
ItaSession    *ita_session_new              (ItaProject *project,
                                             GSettings  *settings);

/* "project" (construct-only) and its edition. */
ItaProject    *ita_session_get_project      (ItaSession *self);
ItaFramework  *ita_session_get_edition      (ItaSession *self);

/* "result": the engine's result for the current scores and thresholds,
 * computed when first asked for after a change (transfer none; take a
 * reference to keep it past the next change). */
ItaResult     *ita_session_get_result       (ItaSession *self);
/* The scores that result was computed from (transfer none): read once
 * per change, like the result. */
ItaScores     *ita_session_get_scores       (ItaSession *self);

/* "years": the linked earlier years, opened when first asked for and
 * again after the links change (transfer none). */
ItaYears      *ita_session_get_years        (ItaSession *self);
/* The latest earlier year with a result, or NULL (transfer none). */
ItaYear       *ita_session_get_previous     (ItaSession *self);
/* This year's result against year's (an item of the years), made once
 * per change (transfer none). */
ItaComparison *ita_session_get_comparison   (ItaSession *self,
                                             ItaYear    *year);

/* "thai-digits": numbers in Thai digits (the preference, or the
 * project's setting). */
gboolean       ita_session_get_thai_digits  (ItaSession *self);
/* "language": "th" or "en", the interface language of this run. */
const char    *ita_session_get_language     (ItaSession *self);

/* Numbers as every view shows them, in the session's digits: a score
 * ("88.98", "–" for ITA_CENTI_NONE), a whole number (a fiscal year), and
 * any text with ASCII digits in it (the grade's explanation). */
char          *ita_session_format_score     (ItaSession *self,
                                             ItaCenti    value);
char          *ita_session_format_int       (ItaSession *self,
                                             int         value);
char          *ita_session_format_text      (ItaSession *self,
                                             const char *text);
/* "FY 2568" in the interface language, in the session's digits, with a
 * no-break space so that the year never leaves its label. */
char          *ita_session_format_year      (ItaSession *self,
                                             int         fiscal_year);

/* The folder file dialogs open in: the project's (transfer full). */
GFile         *ita_session_dup_folder       (ItaSession *self);

G_END_DECLS
