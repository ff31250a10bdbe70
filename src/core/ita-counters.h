/* ita-counters.h: how much work the core has done, for tests and
 * benchmarks
 *
 * Each counter is one atomic increment where the work happens; reading
 * it costs nothing. A test takes the value before an action and after it:
 * "one score edit computes the result once and reads the scores once".
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Calls of ita_engine_compute() in this process (every computation of a
 * result: ita_project_compute() and the what-if of the engine count). */
guint ita_engine_get_compute_count      (void);

/* Reads of the whole score table of any project in this process
 * (ita_project_get_scores(), and so ita_project_compute()). */
guint ita_project_get_scores_read_count (void);

G_END_DECLS
