/* ita-cli-private.h: the subcommands of ita-cli
 *
 * Each subcommand is a function taking its own argv (argv[0] is the
 * subcommand name) and returning the process exit status: 0 on success,
 * 1 when the input was bad (the message is on stderr), 2 on usage errors.
 */
#pragma once

#include <glib.h>

#include "ita-engine.h"
#include "ita-project.h"
#include "ita-years.h"

G_BEGIN_DECLS

typedef int (*ItaCliCommandFunc) (int argc, char **argv);

typedef struct {
  const char        *name;
  const char        *summary;   /* N_() marked */
  ItaCliCommandFunc  func;
} ItaCliCommand;

/* TRUE when the interface language is Thai: the result texts that come
 * in both languages (reasons, conditions) are then printed in Thai. */
gboolean ita_cli_thai (void);

/* Prints "ita-cli: <message>" to stderr. */
void ita_cli_error (const char *format, ...) G_GNUC_PRINTF (1, 2);

/* Writes to standard output and flushes it; FALSE after saying why (a
 * full disk, a closed pipe). */
gboolean ita_cli_write_stdout (const char *data,
                               gsize       size);

/* Parses options of a subcommand; prints usage errors itself. Returns FALSE
 * on a usage error. */
gboolean ita_cli_parse_options (GOptionContext  *context,
                                int             *argc,
                                char          ***argv);

/* ita-cli-framework.c: `ita-cli framework list|show|validate|install` */
int      ita_cli_framework       (int argc, char **argv);

/* ita-cli-score.c: `ita-cli score --edition ID --scores FILE.csv [--json]` */
int      ita_cli_score           (int argc, char **argv);
/* Prints a result to stdout: the JSON of docs/score-json.md, or the
 * human summary (total, grade and why, tools, indicators, differences
 * between official and computed figures, top gains). */
void     ita_cli_score_print     (ItaResult *result,
                                  gboolean   json);
/* --fix CODES (comma-separated, repeatable): prints the result and the
 * total if those items were fixed; in JSON a "what_if" member is added.
 * FALSE, after saying why, when a code is not an item. */
gboolean ita_cli_score_what_if   (ItaResult          *result,
                                  ItaScores          *scores,
                                  const char * const *fix,
                                  gboolean            json);
/* The edition named by an id ("ita-2568"), a year ("2568", Thai digits
 * allowed) or an edition file ("ita-2569.json"); NULL with an error. */
ItaFramework *ita_cli_find_edition (const char  *name,
                                    GError     **error);

/* ita-cli-project.c: the project file commands */
/* Opens a project file named on the command line; NULL after saying why. */
ItaProject *ita_cli_open_project (const char          *path,
                                  ItaProjectOpenFlags  flags);
/* Writes data to path atomically, or to stdout when path is NULL or "-";
 * FALSE after saying why. */
gboolean ita_cli_write_output    (const char *path,
                                  GBytes     *data);
int      ita_cli_new             (int argc, char **argv);
int      ita_cli_info            (int argc, char **argv);
int      ita_cli_scores          (int argc, char **argv);
int      ita_cli_export          (int argc, char **argv);
int      ita_cli_import          (int argc, char **argv);
/* `ita-cli score FILE.ita [--json] [--fix CODES]`: computes from a
 * project file. */
int      ita_cli_project_score   (const char         *path,
                                  gboolean            json,
                                  const char * const *fix);

/* ita-cli-edition.c: `ita-cli switch-edition FILE.ita EDITION [--dry-run]` */
int      ita_cli_switch_edition  (int argc, char **argv);
/* When the project stands on another year's edition: says so, and how to
 * move it to its year's edition (path as the user gave it). */
void     ita_cli_print_provisional (ItaProject *project,
                                    const char *path);

/* ita-cli-plan.c: `ita-cli measures FILE.ita [--csv] [--json] [--at DATE]`
 * and `ita-cli suggest FILE.ita [--json] [--accept TARGET]` */
int      ita_cli_measures        (int argc, char **argv);
int      ita_cli_suggest         (int argc, char **argv);

/* ita-cli-oit.c: `ita-cli oit FILE.ita [--unit NAME] [--status S] [--csv] [--json]`,
 * `ita-cli oit-set FILE.ita CODE [--status S] [--url URL]… [--unit NAME]… [--due DATE]
 * [--note TEXT] [--explanation TEXT]`, `ita-cli oit-import FILE.ita FILE.csv [--dry-run]` */
int      ita_cli_oit             (int argc, char **argv);
int      ita_cli_oit_set         (int argc, char **argv);
int      ita_cli_oit_import      (int argc, char **argv);

/* ita-cli-chart.c: `ita-cli chart KIND FILE.ita -o OUT` and
 * `ita-cli charts FILE.ita --outdir DIR` */
int      ita_cli_chart           (int argc, char **argv);
int      ita_cli_charts          (int argc, char **argv);

/* ita-cli-deck.c: `ita-cli deck FILE.ita [--format pptx|pdf]
 * [--aspect 16:9|4:3] [--lang th|en] -o OUT` */
int      ita_cli_deck            (int argc, char **argv);
/* The linked earlier years of project (ita-years.h), with a warning on
 * standard error for each file left out of the charts. */
ItaYears *ita_cli_open_years     (ItaProject *project);
/* ita-cli-report.c: `ita-cli report FILE.ita --document KIND -o OUT.pdf` */
int      ita_cli_report          (int argc, char **argv);

/* ita-cli-links.c: `ita-cli check-links FILE.ita [--unit NAME] [--json]
 * [--timeout SECONDS]`; exits 0 when every link works, 3 when some
 * failed, 1 on an error, 130 when interrupted (docs/link-check.md) */
int      ita_cli_check_links     (int argc, char **argv);

G_END_DECLS
