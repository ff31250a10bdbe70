/* ita-cli-links.c: `ita-cli check-links FILE.ita [--unit NAME] [--json]
 * [--timeout SECONDS]` — checks the evidence URLs of the OIT checklist
 * and stores the results in the file (docs/link-check.md) */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#ifdef G_OS_UNIX
# include <glib-unix.h>
# include <signal.h>
# include <unistd.h>
#endif

#include "ita-cli-private.h"
#include "ita-link-checker.h"
#include "ita-thai.h"

/* Exit statuses (docs/link-check.md) */
enum {
  EXIT_ALL_OK = 0,
  EXIT_ERROR = 1,
  EXIT_USAGE = 2,
  EXIT_SOME_FAILED = 3,
  EXIT_INTERRUPTED = 130,
};

#define LINK_CHECK_JSON_FORMAT 1

typedef struct {
  GMainLoop    *loop;
  GPtrArray    *checks;
  GCancellable *cancellable;
  gboolean      progress;     /* on stderr, when it is a terminal */
  gboolean      interrupted;
} Run;

static void
on_progress (guint              done,
             guint              total,
             const ItaUrlCheck *check,
             gpointer           data)
{
  Run *run = data;

  if (run->progress)
    {
      /* TRANSLATORS: progress of ita-cli check-links on the terminal */
      g_printerr ("\r");
      g_printerr (_("Checked %u of %u links…"), done, total);
      if (done == total)
        g_printerr ("\n");
    }
}

static void
on_checked (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  Run *run = data;
  g_autoptr(GError) error = NULL;

  run->checks = ita_link_checker_check_finish (ITA_LINK_CHECKER (source), result, &error);
  if (run->checks == NULL)
    {
      ita_cli_error ("%s", error->message);
      run->checks = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_url_check_free);
    }
  g_main_loop_quit (run->loop);
}

#ifdef G_OS_UNIX
static gboolean
on_interrupt (gpointer data)
{
  Run *run = data;

  if (!run->interrupted)
    {
      run->interrupted = TRUE;
      if (run->progress)
        g_printerr ("\n");
      g_printerr ("%s\n", _("Stopping; the links checked so far are kept."));
      g_cancellable_cancel (run->cancellable);
    }
  return G_SOURCE_CONTINUE;
}
#endif

/* Opens for writing; when that is refused because the file is read-only
 * or open in ITA Planner, opens read-only and says why in why. */
static ItaProject *
open_project (const char  *path,
              char       **why)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  ItaProject *project;

  *why = NULL;
  project = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);
  if (project == NULL &&
      (g_error_matches (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_READ_ONLY) ||
       g_error_matches (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_LOCKED)))
    {
      *why = g_strdup (error->message);
      g_clear_error (&error);
      project = ita_project_open (file, ITA_PROJECT_OPEN_READ_ONLY, &error);
    }
  if (project == NULL)
    ita_cli_error ("%s", error->message);
  return project;
}

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *ca = g_utf8_casefold (a, -1);
  g_autofree char *cb = g_utf8_casefold (b, -1);
  g_autofree char *na = g_utf8_normalize (ca, -1, G_NORMALIZE_DEFAULT);
  g_autofree char *nb = g_utf8_normalize (cb, -1, G_NORMALIZE_DEFAULT);

  return g_strcmp0 (na, nb) == 0;
}

/* The URLs of the items of every unit named name (and its sub-units), in
 * checklist order; NULL, after saying why, when no unit has that name. */
static GPtrArray *
targets_for_unit_name (ItaProject *project,
                       const char *name)
{
  g_autoptr(GPtrArray) units = ita_project_get_units (project);
  g_autoptr(GHashTable) wanted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) all = NULL;
  g_autofree char *clean = g_strstrip (g_strdup (name));
  GPtrArray *targets;
  guint matched = 0;

  for (guint i = 0; i < units->len; i++)
    {
      ItaUnit *u = g_ptr_array_index (units, i);
      g_autoptr(GPtrArray) some = NULL;

      if (!same_name (u->name, clean))
        continue;
      matched++;
      some = ita_link_targets_for_unit (project, u->id);
      for (guint k = 0; k < some->len; k++)
        {
          ItaLinkTarget *t = g_ptr_array_index (some, k);

          g_hash_table_add (wanted, g_strconcat (t->item, "\n", t->url, NULL));
        }
    }
  if (matched == 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < units->len; i++)
        {
          ItaUnit *u = g_ptr_array_index (units, i);

          g_string_append_printf (names, "%s“%s”", i ? ", " : "", u->name);
        }
      if (units->len == 0)
        ita_cli_error (_("no unit is named “%s”: the project has no units yet."), clean);
      else
        ita_cli_error (_("no unit is named “%s”; the units are: %s."), clean, names->str);
      return NULL;
    }
  all = ita_link_targets_for_checklist (project);
  targets = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_link_target_free);
  for (guint i = 0; i < all->len; i++)
    {
      ItaLinkTarget *t = g_ptr_array_index (all, i);
      g_autofree char *key = g_strconcat (t->item, "\n", t->url, NULL);

      if (g_hash_table_contains (wanted, key))
        g_ptr_array_add (targets, ita_link_target_copy (t));
    }
  return targets;
}

static guint
count_hosts (GPtrArray *targets)
{
  g_autoptr(GHashTable) hosts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < targets->len; i++)
    {
      ItaLinkTarget *t = g_ptr_array_index (targets, i);
      g_autoptr(GUri) uri = g_uri_parse (t->url, G_URI_FLAGS_NONE, NULL);

      if (uri != NULL && g_uri_get_host (uri) != NULL && *g_uri_get_host (uri) != '\0')
        g_hash_table_add (hosts, g_ascii_strdown (g_uri_get_host (uri), -1));
    }
  return g_hash_table_size (hosts);
}

static char **
failed_items (GPtrArray *checks)
{
  g_autoptr(GStrvBuilder) items = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < checks->len; i++)
    {
      ItaUrlCheck *c = g_ptr_array_index (checks, i);

      if (!ita_url_outcome_is_ok (c->outcome) && g_hash_table_add (seen, c->item))
        g_strv_builder_add (items, c->item);
    }
  return g_strv_builder_end (items);
}

static void
print_text (GPtrArray  *checks,
            guint       total,
            guint       hosts,
            gint64      elapsed_us,
            gboolean    interrupted)
{
  g_auto(GStrv) failed = failed_items (checks);
  g_autofree char *seconds = g_strdup_printf ("%.1f", elapsed_us / 1e6);
  guint n_failed = 0;

  for (guint i = 0; i < checks->len; i++)
    {
      ItaUrlCheck *c = g_ptr_array_index (checks, i);
      g_autofree char *words = ita_url_check_describe (c);

      if (!ita_url_outcome_is_ok (c->outcome))
        n_failed++;
      if (ita_url_check_redirected (c))
        printf ("%s  %s  %s  → %s\n", c->item, c->url, words, c->final_url);
      else
        printf ("%s  %s  %s\n", c->item, c->url, words);
    }
  printf ("\n");
  {
    /* TRANSLATORS: the parts of the summary of ita-cli check-links:
     * "27 links checked on 3 websites in 4.2 s: 24 work, 3 failed." */
    g_autofree char *links = interrupted
      ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Stopped after %u of %u link",
                                      "Stopped after %u of %u links", total),
                         checks->len, total)
      : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u link checked", "%u links checked",
                                      checks->len),
                         checks->len);
    g_autofree char *sites = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "on %u website",
                                                           "on %u websites", hosts),
                                              hosts);

    printf (_("%s %s in %s s: %u work, %u failed.\n"), links, sites, seconds,
            checks->len - n_failed, n_failed);
  }
  if (failed[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", failed);

      printf (_("Items with failed links: %s\n"), list);
    }
}

static void
print_json (GPtrArray  *checks,
            const char *path,
            gboolean    stored,
            double      timeout,
            guint       total,
            guint       hosts,
            gint64      elapsed_us,
            gboolean    interrupted)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_auto(GStrv) failed = failed_items (checks);
  g_autofree char *text = NULL;
  guint n_failed = 0;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "format");
  json_builder_add_int_value (b, LINK_CHECK_JSON_FORMAT);
  json_builder_set_member_name (b, "kind");
  json_builder_add_string_value (b, "ita-planner-link-check");
  json_builder_set_member_name (b, "file");
  json_builder_add_string_value (b, path);
  json_builder_set_member_name (b, "stored");
  json_builder_add_boolean_value (b, stored);
  json_builder_set_member_name (b, "interrupted");
  json_builder_add_boolean_value (b, interrupted);
  json_builder_set_member_name (b, "timeout_ms");
  json_builder_add_int_value (b, (gint64) (timeout * 1000 + 0.5));
  json_builder_set_member_name (b, "links");
  json_builder_begin_array (b);
  for (guint i = 0; i < checks->len; i++)
    {
      ItaUrlCheck *c = g_ptr_array_index (checks, i);
      g_autofree char *when = ita_url_check_time_to_iso (c->checked_at);
      g_autofree char *label = ita_url_check_short_text (c);
      g_autofree char *words = ita_url_check_describe (c);

      if (!ita_url_outcome_is_ok (c->outcome))
        n_failed++;
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "item");
      json_builder_add_string_value (b, c->item);
      json_builder_set_member_name (b, "url");
      json_builder_add_string_value (b, c->url);
      json_builder_set_member_name (b, "checked");
      json_builder_add_string_value (b, when);
      json_builder_set_member_name (b, "outcome");
      json_builder_add_string_value (b, ita_url_outcome_to_string (c->outcome));
      json_builder_set_member_name (b, "ok");
      json_builder_add_boolean_value (b, ita_url_outcome_is_ok (c->outcome));
      json_builder_set_member_name (b, "http_status");
      json_builder_add_int_value (b, c->http_status);
      json_builder_set_member_name (b, "final_url");
      json_builder_add_string_value (b, c->final_url);
      json_builder_set_member_name (b, "message");
      json_builder_add_string_value (b, c->message);
      json_builder_set_member_name (b, "label");
      json_builder_add_string_value (b, label);
      json_builder_set_member_name (b, "description");
      json_builder_add_string_value (b, words);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "summary");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "total");
  json_builder_add_int_value (b, total);
  json_builder_set_member_name (b, "checked");
  json_builder_add_int_value (b, checks->len);
  json_builder_set_member_name (b, "ok");
  json_builder_add_int_value (b, checks->len - n_failed);
  json_builder_set_member_name (b, "failed");
  json_builder_add_int_value (b, n_failed);
  json_builder_set_member_name (b, "hosts");
  json_builder_add_int_value (b, hosts);
  json_builder_set_member_name (b, "elapsed_ms");
  json_builder_add_int_value (b, elapsed_us / 1000);
  json_builder_set_member_name (b, "failed_items");
  json_builder_begin_array (b);
  for (guint i = 0; failed[i] != NULL; i++)
    json_builder_add_string_value (b, failed[i]);
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  json_generator_set_indent (gen, 2);
  text = json_generator_to_data (gen, NULL);
  printf ("%s\n", text);
}

int
ita_cli_check_links (int    argc,
                     char **argv)
{
  g_autofree char *unit_name = NULL;
  g_autofree char *timeout_text = NULL;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_name,
      N_("Only the items of this unit and its sub-units"), N_("NAME") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the results as JSON"), NULL },
    { "timeout", 't', 0, G_OPTION_ARG_STRING, &timeout_text,
      N_("Seconds each request may take (default 20)"), N_("SECONDS") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.ita"));
  g_autoptr(ItaProject) project = NULL;
  g_autoptr(ItaLinkChecker) checker = NULL;
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *read_only_why = NULL;
  g_auto(GStrv) failed = NULL;
  Run run = { 0 };
  double timeout = 20;
  gboolean stored = FALSE;
  gint64 start;
  gint64 elapsed;
  guint hosts;
  int status;
#ifdef G_OS_UNIX
  guint sigint = 0;
#endif

  g_option_context_set_summary (context,
                                _("Opens every evidence URL of the OIT checklist as a consultant "
                                  "would, says which fail and why, and stores the results in the "
                                  "file. Exit status: 0 all links work, 3 some failed, 1 error, "
                                  "130 interrupted."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ita_cli_parse_options (context, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    {
      ita_cli_error ("%s", _("give the project file to check"));
      return EXIT_USAGE;
    }
  if (timeout_text != NULL)
    {
      g_autofree char *ascii = g_strstrip (ita_thai_digits_to_ascii (timeout_text));
      char *end = NULL;

      timeout = g_ascii_strtod (ascii, &end);
      if (end == ascii || *end != '\0' || !(timeout >= 0.1 && timeout <= 600))
        {
          ita_cli_error ("%s", _("--timeout takes seconds from 0.1 to 600, such as 20"));
          return EXIT_USAGE;
        }
    }

  project = open_project (argv[1], &read_only_why);
  if (project == NULL)
    return EXIT_ERROR;
  if (unit_name != NULL)
    targets = targets_for_unit_name (project, unit_name);
  else
    targets = ita_link_targets_for_checklist (project);
  if (targets == NULL)
    return EXIT_ERROR;
  hosts = count_hosts (targets);

  checker = ita_link_checker_new ();
  ita_link_checker_set_timeout (checker, timeout);
  run.loop = g_main_loop_new (NULL, FALSE);
  run.cancellable = g_cancellable_new ();
#ifdef G_OS_UNIX
  run.progress = !json && isatty (STDERR_FILENO);
  sigint = g_unix_signal_add (SIGINT, on_interrupt, &run);
#endif
  start = g_get_monotonic_time ();
  ita_link_checker_check_async (checker, targets, run.cancellable, on_progress, &run, NULL,
                                on_checked, &run);
  g_main_loop_run (run.loop);
  elapsed = g_get_monotonic_time () - start;
#ifdef G_OS_UNIX
  g_source_remove (sigint);
#endif

  if (read_only_why == NULL && run.checks->len > 0)
    {
      stored = ita_project_store_url_checks (project, run.checks, &error);
      if (!stored)
        ita_cli_error (_("the results could not be stored: %s"), error->message);
    }
  else
    stored = read_only_why == NULL;

  if (json && read_only_why != NULL)
    g_printerr (_("The file was opened read-only, so the results were not stored: %s\n"), read_only_why);
  if (json)
    print_json (run.checks, argv[1], stored, timeout, targets->len, hosts, elapsed, run.interrupted);
  else if (targets->len == 0)
    printf ("%s\n", unit_name ? _("The unit’s items have no evidence URLs to check.")
                              : _("The checklist has no evidence URLs to check."));
  else
    {
      print_text (run.checks, targets->len, hosts, elapsed, run.interrupted);
      if (read_only_why != NULL)
        printf (_("The file was opened read-only, so the results were not stored: %s\n"), read_only_why);
      else if (stored && run.checks->len > 0)
        printf (_("The results were stored in %s.\n"), argv[1]);
    }

  failed = failed_items (run.checks);
  if (error != NULL)
    status = EXIT_ERROR;
  else if (run.interrupted)
    status = EXIT_INTERRUPTED;
  else if (failed[0] != NULL)
    status = EXIT_SOME_FAILED;
  else
    status = EXIT_ALL_OK;

  g_clear_pointer (&run.checks, g_ptr_array_unref);
  g_clear_object (&run.cancellable);
  g_clear_pointer (&run.loop, g_main_loop_unref);
  return status;
}
