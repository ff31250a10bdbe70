/* bench-links.c: how long the link checker takes for a whole checklist
 *
 * 20 local web servers, one on each of 127.0.0.1 … 127.0.0.20 (every
 * 127.0.0.x is the loopback on Linux), stand for 20 websites; each holds
 * 10 evidence URLs that answer after 50–300 ms (fixed by a seed), 7 PDFs
 * (one HEAD) and 3 web pages (HEAD, then GET to look for a login form,
 * each delayed). The checker runs with several limits, and the wall time
 * is printed beside:
 *   - the slowest single reply (the least any check can take),
 *   - the best the per-host limit allows: the slowest host's replies
 *     shared among its slots,
 *   - the serial sum (one request after another).
 * Also the issue's case: 60 URLs on 10 hosts. Prints; asserts nothing.
 */
#include <locale.h>
#include <stdio.h>

#include "ita-link-checker.h"
#include "link-test-server.h"

#define N_HOSTS      20
#define URLS_PER_HOST 10

typedef struct {
  GPtrArray *checks;
  gboolean   done;
} Wait;

static void
on_checked (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  Wait *w = data;

  w->checks = ita_link_checker_check_finish (ITA_LINK_CHECKER (source), result, NULL);
  w->done = TRUE;
}

typedef struct {
  GPtrArray *targets;
  guint      n_hosts;
  double     slowest_reply_ms;   /* one request */
  double     slowest_url_ms;     /* one URL: HEAD + GET for a page */
  double     serial_ms;
  double    *host_ms;            /* per host: the sum of its URLs */
  double    *host_max_ms;
} Plan;

static void
plan_free (Plan *plan)
{
  g_ptr_array_unref (plan->targets);
  g_free (plan->host_ms);
  g_free (plan->host_max_ms);
}

static void
make_plan (Plan            *plan,
           LinkTestServer **servers,
           guint            n_hosts,
           guint            per_host,
           guint32          seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  plan->targets = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_link_target_free);
  plan->n_hosts = n_hosts;
  plan->slowest_reply_ms = plan->slowest_url_ms = plan->serial_ms = 0;
  plan->host_ms = g_new0 (double, n_hosts);
  plan->host_max_ms = g_new0 (double, n_hosts);
  for (guint h = 0; h < n_hosts; h++)
    {
      for (guint i = 0; i < per_host; i++)
        {
          guint ms = (guint) g_rand_int_range (rand, 50, 301);
          gboolean page = i % 10 >= 7;
          g_autofree char *path = page ? g_strdup_printf ("/delay/%u/page-%u", ms, i)
                                       : g_strdup_printf ("/delay/%u/ok-%u.pdf", ms, i);
          g_autofree char *url = link_test_server_url (servers[h], NULL, path);
          g_autofree char *item = g_strdup_printf ("o%u", 1 + (h * per_host + i) % 27);
          double cost = page ? 2.0 * ms : ms;

          g_ptr_array_add (plan->targets, ita_link_target_new (item, url));
          plan->slowest_reply_ms = MAX (plan->slowest_reply_ms, ms);
          plan->slowest_url_ms = MAX (plan->slowest_url_ms, cost);
          plan->serial_ms += cost;
          plan->host_ms[h] += cost;
          plan->host_max_ms[h] = MAX (plan->host_max_ms[h], cost);
        }
    }
}

/* The least the per-host limit allows: each host's URLs on its slots. */
static double
best_for_limit (const Plan *plan,
                guint       per_host)
{
  double best = 0;

  for (guint h = 0; h < plan->n_hosts; h++)
    best = MAX (best, MAX (plan->host_max_ms[h], plan->host_ms[h] / per_host));
  return best;
}

static void
run (const char *what,
     const Plan *plan,
     guint       per_host,
     guint       max_connections)
{
  g_autoptr(ItaLinkChecker) checker = ita_link_checker_new ();
  Wait w = { 0 };
  gint64 start;
  double wall_ms;
  guint ok = 0;

  ita_link_checker_set_max_per_host (checker, per_host);
  ita_link_checker_set_max_connections (checker, max_connections);
  start = g_get_monotonic_time ();
  ita_link_checker_check_async (checker, plan->targets, NULL, NULL, NULL, NULL, on_checked, &w);
  while (!w.done)
    g_main_context_iteration (NULL, TRUE);
  wall_ms = (g_get_monotonic_time () - start) / 1000.0;
  for (guint i = 0; i < w.checks->len; i++)
    ok += ita_url_outcome_is_ok (((ItaUrlCheck *) g_ptr_array_index (w.checks, i))->outcome);

  printf ("%-34s %2u/host %2u in all  %7.0f ms   (%u of %u ok)  wall/slowest reply %.1f×, "
          "wall/best for the limit %.2f×\n",
          what, per_host, max_connections, wall_ms, ok, plan->targets->len,
          wall_ms / plan->slowest_reply_ms, wall_ms / best_for_limit (plan, per_host));
  g_ptr_array_unref (w.checks);
}

int
main (int   argc,
      char *argv[])
{
  LinkTestServer *servers[N_HOSTS];
  Plan big;
  Plan issue;

  setlocale (LC_ALL, "");
  for (guint h = 0; h < N_HOSTS; h++)
    {
      g_autofree char *address = g_strdup_printf ("127.0.0.%u", h + 1);

      servers[h] = link_test_server_new (address, NULL);
    }

  make_plan (&big, servers, N_HOSTS, URLS_PER_HOST, 2568);
  printf ("200 URLs on 20 hosts (7 PDFs and 3 web pages each; replies 50–300 ms):\n");
  printf ("  slowest single reply %.0f ms; slowest URL (HEAD + GET of a page) %.0f ms;\n"
          "  best with 2 per host %.0f ms, with 3 per host %.0f ms; one after another %.0f ms\n",
          big.slowest_reply_ms, big.slowest_url_ms, best_for_limit (&big, 2),
          best_for_limit (&big, 3), big.serial_ms);
  run ("  defaults", &big, 2, 32);
  run ("  no global cap in the way", &big, 2, 64);
  run ("  3 per host", &big, 3, 64);
  run ("  a tight global cap", &big, 2, 8);

  make_plan (&issue, servers, 10, 6, 2569);
  printf ("\n60 URLs on 10 hosts (the issue's case):\n");
  printf ("  slowest single reply %.0f ms; best with 2 per host %.0f ms; one after another %.0f ms\n",
          issue.slowest_reply_ms, best_for_limit (&issue, 2), issue.serial_ms);
  run ("  defaults", &issue, 2, 32);

  plan_free (&big);
  plan_free (&issue);
  for (guint h = 0; h < N_HOSTS; h++)
    link_test_server_free (servers[h]);
  return 0;
}
