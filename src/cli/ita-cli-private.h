/* ita-cli-private.h: the subcommands of ita-cli
 *
 * Each subcommand is a function taking its own argv (argv[0] is the
 * subcommand name) and returning the process exit status: 0 on success,
 * 1 when the input was bad (the message is on stderr), 2 on usage errors.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef int (*ItaCliCommandFunc) (int argc, char **argv);

typedef struct {
  const char        *name;
  const char        *summary;   /* N_() marked */
  ItaCliCommandFunc  func;
} ItaCliCommand;

/* Prints "ita-cli: <message>" to stderr. */
void ita_cli_error (const char *format, ...) G_GNUC_PRINTF (1, 2);

/* Parses options of a subcommand; prints usage errors itself. Returns FALSE
 * on a usage error. */
gboolean ita_cli_parse_options (GOptionContext  *context,
                                int             *argc,
                                char          ***argv);

G_END_DECLS
