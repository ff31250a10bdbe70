/* ita-link-checker.c: checking evidence URLs with libsoup
 *
 * A check is a run: its targets folded into one job per distinct URL, a
 * queue of jobs, and a scheduler that starts a job only while its host
 * has fewer than max-per-host jobs going and the run fewer than
 * max-connections. A job is one URL's requests, one at a time: HEAD (or
 * GET), then a redirect, a GET, or the end. Each request has its own
 * timer; a job that redirects to another host gives back its slot and
 * queues for the new host at the front. Everything runs in the main
 * context the check was started in; the run ends (in an idle callback,
 * never from a libsoup callback) when no job is queued or going.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>
#include <math.h>
#include <string.h>

#include "ita-link-checker.h"
#include "ita-link-checker-private.h"

#define USER_AGENT "Mozilla/5.0 (compatible; ITA-Planner/" PACKAGE_VERSION \
                   "; evidence link check for the ITA assessment)"

struct _ItaLinkChecker
{
  GObject parent_instance;

  double   timeout;
  guint    max_per_host;
  guint    max_connections;
  guint    max_redirects;
  gboolean use_system_proxy;
  gboolean busy;
};

G_DEFINE_FINAL_TYPE (ItaLinkChecker, ita_link_checker, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TIMEOUT,
  PROP_MAX_PER_HOST,
  PROP_MAX_CONNECTIONS,
  PROP_MAX_REDIRECTS,
  PROP_USE_SYSTEM_PROXY,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Targets ------------------------------------------------------------ */

G_DEFINE_BOXED_TYPE (ItaLinkTarget, ita_link_target, ita_link_target_copy, ita_link_target_free)

ItaLinkTarget *
ita_link_target_new (const char *item,
                     const char *url)
{
  ItaLinkTarget *target = g_new0 (ItaLinkTarget, 1);

  target->item = g_strdup (item ? item : "");
  target->url = g_strdup (url ? url : "");
  return target;
}

ItaLinkTarget *
ita_link_target_copy (const ItaLinkTarget *target)
{
  g_return_val_if_fail (target != NULL, NULL);
  return ita_link_target_new (target->item, target->url);
}

void
ita_link_target_free (ItaLinkTarget *target)
{
  if (target == NULL)
    return;
  g_free (target->item);
  g_free (target->url);
  g_free (target);
}

const char *
ita_link_checker_user_agent (void)
{
  return USER_AGENT;
}

/* A run and its jobs ------------------------------------------------- */

typedef struct _Run Run;

typedef struct _Job Job;
typedef void (*JobNext) (Job *job);

struct _Job {
  Run           *run;           /* borrowed: the run owns its jobs */
  char          *url;           /* as given */
  GArray        *targets;       /* of guint: indexes into run->targets */

  GUri          *original;      /* NULL when the URL is not to be opened */
  char          *invalid_why;
  GUri          *uri;           /* of the current request */
  char          *host;          /* its host key */
  GHashTable    *seen;          /* addresses requested, for loops */
  guint          hops;
  gboolean       get;           /* the current request is GET */
  char          *location;      /* of the redirect being followed */

  SoupMessage   *msg;
  GInputStream  *stream;
  GByteArray    *body;
  GCancellable  *cancellable;   /* this job's requests; cancelled by its timer or the run */
  GSource       *timer;
  gboolean       timed_out;
  gboolean       has_slot;
  gboolean       finished;

  /* the result */
  ItaUrlOutcome  outcome;
  guint          status;
  char          *final_url;
  char          *message;

  JobNext        next;          /* what follows the closing of the stream */
  gsize          drained;
};

struct _Run
{
  ItaLinkChecker       *checker;       /* owned */
  GTask                *task;          /* owned until the run ends */
  GMainContext         *context;       /* owned */
  SoupSession          *session;       /* owned */
  GPtrArray            *targets;       /* of ItaLinkTarget, owned */
  GPtrArray            *results;       /* of ItaUrlCheck or NULL, per target */
  GPtrArray            *jobs;          /* of Job, owned */
  GQueue                queue;         /* of Job waiting (borrowed) */
  GHashTable           *per_host;      /* host key → jobs going */
  GHashTable           *unknown_hosts; /* host key → the DNS error: the other URLs of a
                                          host whose name was not found fail alike */
  guint                 active;
  guint                 done;
  guint                 timeout_ms;
  guint                 max_per_host;
  guint                 max_connections;
  guint                 max_redirects;

  ItaLinkCheckProgress  progress;
  gpointer              progress_data;
  GDestroyNotify        progress_data_free;

  GCancellable         *cancellable;   /* the caller's, owned ref; may be NULL */
  GSource              *cancel_source;
  GSource              *pump_source;
  gboolean              cancelled;
};

static void job_send (Job *job);
static void schedule_pump (Run *run);

static void
job_free (Job *job)
{
  g_free (job->url);
  g_array_unref (job->targets);
  g_clear_pointer (&job->original, g_uri_unref);
  g_free (job->invalid_why);
  g_free (job->location);
  g_clear_pointer (&job->uri, g_uri_unref);
  g_free (job->host);
  g_clear_pointer (&job->seen, g_hash_table_unref);
  g_clear_object (&job->msg);
  g_clear_object (&job->stream);
  g_clear_pointer (&job->body, g_byte_array_unref);
  g_clear_object (&job->cancellable);
  if (job->timer != NULL)
    {
      g_source_destroy (job->timer);
      g_source_unref (job->timer);
    }
  g_free (job->final_url);
  g_free (job->message);
  g_free (job);
}

static void
run_free (Run *run)
{
  g_clear_object (&run->checker);
  g_clear_pointer (&run->context, g_main_context_unref);
  if (run->session != NULL)
    soup_session_abort (run->session);
  g_clear_object (&run->session);
  g_clear_pointer (&run->targets, g_ptr_array_unref);
  g_clear_pointer (&run->results, g_ptr_array_unref);
  g_clear_pointer (&run->jobs, g_ptr_array_unref);
  g_queue_clear (&run->queue);
  g_clear_pointer (&run->per_host, g_hash_table_unref);
  g_clear_pointer (&run->unknown_hosts, g_hash_table_unref);
  if (run->progress_data_free != NULL)
    run->progress_data_free (run->progress_data);
  g_clear_object (&run->cancellable);
  g_free (run);
}

/* Slots -------------------------------------------------------------- */

static guint
host_count (Run        *run,
            const char *host)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (run->per_host, host));
}

static void
take_slot (Job *job)
{
  Run *run = job->run;

  g_hash_table_insert (run->per_host, g_strdup (job->host),
                       GUINT_TO_POINTER (host_count (run, job->host) + 1));
  run->active++;
  job->has_slot = TRUE;
}

static void
release_slot (Job *job)
{
  Run *run = job->run;
  guint n;

  if (!job->has_slot)
    return;
  n = host_count (run, job->host);
  if (n <= 1)
    g_hash_table_remove (run->per_host, job->host);
  else
    g_hash_table_insert (run->per_host, g_strdup (job->host), GUINT_TO_POINTER (n - 1));
  run->active--;
  job->has_slot = FALSE;
}

/* Timers ------------------------------------------------------------- */

static void
stop_timer (Job *job)
{
  if (job->timer != NULL)
    {
      g_source_destroy (job->timer);
      g_clear_pointer (&job->timer, g_source_unref);
    }
}

static gboolean
on_timeout (gpointer data)
{
  Job *job = data;

  job->timed_out = TRUE;
  g_clear_pointer (&job->timer, g_source_unref);
  g_cancellable_cancel (job->cancellable);
  return G_SOURCE_REMOVE;
}

static void
start_timer (Job *job)
{
  stop_timer (job);
  job->timer = g_timeout_source_new (job->run->timeout_ms);
  g_source_set_callback (job->timer, on_timeout, job, NULL);
  g_source_attach (job->timer, job->run->context);
}

/* Ending a job ------------------------------------------------------- */

/* Gives the job's result to each of its targets. */
static void
job_report (Job *job)
{
  Run *run = job->run;

  for (guint i = 0; i < job->targets->len; i++)
    {
      guint index = g_array_index (job->targets, guint, i);
      ItaLinkTarget *target = g_ptr_array_index (run->targets, index);
      ItaUrlCheck *check = ita_url_check_new (target->item, target->url);

      check->outcome = job->outcome;
      check->http_status = job->status;
      g_free (check->final_url);
      check->final_url = g_strdup (job->final_url ? job->final_url : "");
      g_free (check->message);
      check->message = g_strdup (job->message ? job->message : "");
      g_ptr_array_index (run->results, index) = check;
      run->done++;
      if (run->progress != NULL)
        run->progress (run->done, run->targets->len, check, run->progress_data);
    }
}

/* The job is over (with a result unless the run was cancelled); no
 * request or stream of it is pending. */
static void
job_end (Job *job)
{
  Run *run = job->run;

  stop_timer (job);
  g_clear_object (&job->msg);
  g_clear_object (&job->stream);
  job->finished = TRUE;
  release_slot (job);
  if (!run->cancelled)
    job_report (job);
  schedule_pump (run);
}

static void
job_set_result (Job           *job,
                ItaUrlOutcome  outcome,
                const char    *message)
{
  job->outcome = outcome;
  g_free (job->message);
  job->message = g_strdup (message ? message : "");
}

/* A body this small (or none: HEAD, a redirect) is read to its end
 * before the stream is closed, so that libsoup keeps the connection for
 * the next request to the host; a larger one is closed unread and libsoup
 * drops the connection. */
#define DRAIN_BYTES (16 * 1024)

static void
on_closed (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  Job *job = data;
  JobNext next = job->next;

  g_input_stream_close_finish (G_INPUT_STREAM (source), result, NULL);
  g_clear_object (&job->stream);
  job->next = NULL;
  next (job);
}

static void
close_now (Job *job)
{
  g_input_stream_close_async (job->stream, G_PRIORITY_DEFAULT, NULL, on_closed, job);
}

static void
on_drained (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  Job *job = data;
  g_autoptr(GBytes) bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result, NULL);

  if (bytes == NULL || g_bytes_get_size (bytes) == 0 || job->drained >= DRAIN_BYTES)
    {
      close_now (job);
      return;
    }
  job->drained += g_bytes_get_size (bytes);
  g_input_stream_read_bytes_async (job->stream, DRAIN_BYTES, G_PRIORITY_DEFAULT,
                                   job->cancellable, on_drained, job);
}

static gboolean
small_body (Job *job)
{
  SoupMessageHeaders *headers = soup_message_get_response_headers (job->msg);

  if (!job->get)
    return TRUE;
  switch (soup_message_headers_get_encoding (headers))
    {
    case SOUP_ENCODING_NONE:
      return TRUE;
    case SOUP_ENCODING_CONTENT_LENGTH:
      return soup_message_headers_get_content_length (headers) <= DRAIN_BYTES;
    default:
      return FALSE;
    }
}

/* Closes the answer's body, then goes on with next. */
static void
close_then (Job     *job,
            JobNext  next)
{
  if (job->stream == NULL)
    {
      next (job);
      return;
    }
  job->next = next;
  job->drained = 0;
  if (job->msg != NULL && !job->timed_out && small_body (job))
    g_input_stream_read_bytes_async (job->stream, DRAIN_BYTES, G_PRIORITY_DEFAULT,
                                     job->cancellable, on_drained, job);
  else
    close_now (job);
}

/* Errors and statuses ------------------------------------------------ */

/* FALSE when the job was cancelled with the run (no result). */
static gboolean
set_error_result (Job          *job,
                  const GError *error)
{
  if (job->timed_out || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    {
      g_autofree char *seconds = g_strdup_printf ("%g", job->run->timeout_ms / 1000.0);

      job_set_result (job, ITA_URL_OUTCOME_TIMEOUT, NULL);
      g_free (job->message);
      job->message = g_strdup_printf (_("no complete answer within %s seconds"), seconds);
      return TRUE;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return FALSE;
  if (error->domain == G_RESOLVER_ERROR)
    {
      job_set_result (job, ITA_URL_OUTCOME_DNS, error->message);
      g_hash_table_replace (job->run->unknown_hosts, g_strdup (job->host), g_strdup (error->message));
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED))
    job_set_result (job, ITA_URL_OUTCOME_REFUSED, error->message);
  else if (g_error_matches (error, G_TLS_ERROR, G_TLS_ERROR_UNAVAILABLE) ||
           g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED))
    /* this computer, not the website: no TLS backend (glib-networking) */
    job_set_result (job, ITA_URL_OUTCOME_NETWORK,
                    _("this computer cannot open secure (https) connections: "
                      "glib-networking is not installed"));
  else if (error->domain == G_TLS_ERROR)
    job_set_result (job, ITA_URL_OUTCOME_TLS, error->message);
  else
    job_set_result (job, ITA_URL_OUTCOME_NETWORK, error->message);
  return TRUE;
}

static void
set_status_result (Job *job)
{
  guint status = job->status;
  const char *reason = soup_message_get_reason_phrase (job->msg);
  ItaUrlOutcome outcome;

  if (status == SOUP_STATUS_UNAUTHORIZED)
    outcome = ITA_URL_OUTCOME_LOGIN;
  else if (status == SOUP_STATUS_FORBIDDEN)
    outcome = ITA_URL_OUTCOME_FORBIDDEN;
  else if (status == SOUP_STATUS_NOT_FOUND || status == SOUP_STATUS_GONE)
    outcome = ITA_URL_OUTCOME_NOT_FOUND;
  else if (status >= 500 && status <= 599)
    outcome = ITA_URL_OUTCOME_SERVER_ERROR;
  else if (status >= 300 && status <= 399)
    outcome = ITA_URL_OUTCOME_BAD_REDIRECT;
  else
    outcome = ITA_URL_OUTCOME_CLIENT_ERROR;
  job_set_result (job, outcome, reason);
}

/* Requests ----------------------------------------------------------- */

static void
retry_with_get (Job *job)
{
  job->get = TRUE;
  g_clear_pointer (&job->body, g_byte_array_unref);
  job_send (job);
}

static void
follow_redirect (Job *job)
{
  Run *run = job->run;
  const char *location = job->location;
  g_autoptr(GError) error = NULL;
  g_autoptr(GUri) next = NULL;
  g_autofree char *next_text = NULL;
  g_autofree char *why = NULL;
  g_autofree char *host = NULL;

  if (location == NULL || *location == '\0')
    {
      job_set_result (job, ITA_URL_OUTCOME_BAD_REDIRECT, _("a redirect without an address"));
      job_end (job);
      return;
    }
  next = g_uri_parse_relative (job->uri, location, SOUP_HTTP_URI_FLAGS, &error);
  if (next != NULL)
    {
      g_autofree char *text = g_uri_to_string (next);

      g_clear_pointer (&next, g_uri_unref);
      next = ita_link_parse_url (text, &why);
    }
  if (next == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("redirects to “%s”: %s"), location,
                                                  why ? why : _("not a web address"));

      job_set_result (job, ITA_URL_OUTCOME_BAD_REDIRECT, message);
      job_end (job);
      return;
    }
  next_text = g_uri_to_string (next);
  if (g_hash_table_contains (job->seen, next_text))
    {
      g_free (job->final_url);
      job->final_url = g_strdup (next_text);
      job_set_result (job, ITA_URL_OUTCOME_REDIRECT_LOOP, NULL);
      job_end (job);
      return;
    }
  if (job->hops >= run->max_redirects)
    {
      g_autofree char *message = g_strdup_printf (_("more than %u redirects"), run->max_redirects);

      job_set_result (job, ITA_URL_OUTCOME_TOO_MANY_REDIRECTS, message);
      job_end (job);
      return;
    }
  job->hops++;
  g_hash_table_add (job->seen, g_steal_pointer (&next_text));
  g_clear_pointer (&job->uri, g_uri_unref);
  job->uri = g_steal_pointer (&next);
  host = ita_link_host_key (job->uri);
  if (g_str_equal (host, job->host))
    {
      job_send (job);
      return;
    }
  /* another host: queue for its slots, first in line */
  stop_timer (job);
  release_slot (job);
  g_free (job->host);
  job->host = g_steal_pointer (&host);
  g_queue_push_head (&run->queue, job);
  schedule_pump (run);
}

static void
finish_ok_or_login (Job *job)
{
  if (job->body != NULL &&
      ita_link_html_has_password_field (job->body->data, job->body->len))
    job_set_result (job, ITA_URL_OUTCOME_LOGIN, _("the page holds a password field"));
  else
    job_set_result (job, ITA_URL_OUTCOME_OK, NULL);
  job_end (job);
}

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result, &error);

  if (bytes == NULL)
    {
      if (job->timed_out || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          if (!set_error_result (job, error) && !job->run->cancelled)
            job_set_result (job, ITA_URL_OUTCOME_NETWORK, error->message);
          close_then (job, job_end);
          return;
        }
      /* A body that breaks off is judged on what arrived. */
      close_then (job, finish_ok_or_login);
      return;
    }
  if (g_bytes_get_size (bytes) > 0)
    g_byte_array_append (job->body, g_bytes_get_data (bytes, NULL), (guint) g_bytes_get_size (bytes));
  if (g_bytes_get_size (bytes) == 0 || job->body->len >= ITA_LINK_SNIFF_BYTES)
    {
      close_then (job, finish_ok_or_login);
      return;
    }
  g_input_stream_read_bytes_async (job->stream, ITA_LINK_SNIFF_BYTES - job->body->len,
                                   G_PRIORITY_DEFAULT, job->cancellable, on_read, job);
}

/* A 2xx answer: what it is. */
static void
judge_success (Job *job)
{
  SoupMessageHeaders *headers = soup_message_get_response_headers (job->msg);
  const char *type = soup_message_headers_get_content_type (headers, NULL);
  gboolean html = ita_link_content_type_is_html (type);

  if (ita_link_uri_is_login (job->uri, job->original))
    {
      job_set_result (job, ITA_URL_OUTCOME_LOGIN, _("the address is a login page"));
      close_then (job, job_end);
    }
  else if (job->hops > 0 && ita_link_uri_is_home (job->uri) && !ita_link_uri_is_home (job->original))
    {
      job_set_result (job, ITA_URL_OUTCOME_HOME_PAGE, NULL);
      close_then (job, job_end);
    }
  else if (html && (ita_link_path_is_document (g_uri_get_path (job->original)) ||
                    ita_link_path_is_document (g_uri_get_path (job->uri))))
    {
      g_autofree char *message = g_strdup_printf (_("the server sends %s"), type);

      job_set_result (job, ITA_URL_OUTCOME_NOT_DOCUMENT, message);
      close_then (job, job_end);
    }
  else if ((html || type == NULL) && !job->get)
    {
      /* a web page: read its beginning for a login form */
      close_then (job, retry_with_get);
    }
  else if (html)
    {
      job->body = g_byte_array_sized_new (4096);
      g_input_stream_read_bytes_async (job->stream, ITA_LINK_SNIFF_BYTES, G_PRIORITY_DEFAULT,
                                       job->cancellable, on_read, job);
    }
  else
    {
      job_set_result (job, ITA_URL_OUTCOME_OK, NULL);
      close_then (job, job_end);
    }
}

static gboolean
is_redirect (guint status)
{
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

static void
on_sent (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;

  job->stream = soup_session_send_finish (SOUP_SESSION (source), result, &error);
  if (job->stream == NULL)
    {
      gboolean cancelled = job->run->cancelled ||
                           (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
                            !job->timed_out);

      /* A server that drops HEAD may answer GET. */
      if (!cancelled && !job->get && !job->timed_out &&
          error->domain != G_RESOLVER_ERROR && error->domain != G_TLS_ERROR &&
          !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED) &&
          !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
        {
          retry_with_get (job);
          return;
        }
      if (!set_error_result (job, error) && !job->run->cancelled)
        job_set_result (job, ITA_URL_OUTCOME_NETWORK, error->message);
      job_end (job);
      return;
    }

  job->status = soup_message_get_status (job->msg);
  g_free (job->final_url);
  job->final_url = g_uri_to_string (job->uri);

  if (is_redirect (job->status))
    {
      g_free (job->location);
      job->location = g_strdup (soup_message_headers_get_one (
        soup_message_get_response_headers (job->msg), "Location"));
      close_then (job, follow_redirect);   /* the body of a redirect is not read */
      return;
    }
  if (job->status >= 400 && !job->get)
    {
      /* HEAD refused (405, 501) or not to be trusted: ask again with GET */
      close_then (job, retry_with_get);
      return;
    }
  if (SOUP_STATUS_IS_SUCCESSFUL (job->status))
    {
      judge_success (job);
      return;
    }
  set_status_result (job);
  close_then (job, job_end);
}

static void
job_send (Job *job)
{
  Run *run = job->run;
  SoupMessageHeaders *headers;

  g_clear_object (&job->msg);
  job->msg = soup_message_new_from_uri (job->get ? SOUP_METHOD_GET : SOUP_METHOD_HEAD, job->uri);
  soup_message_add_flags (job->msg, SOUP_MESSAGE_NO_REDIRECT);
  headers = soup_message_get_request_headers (job->msg);
  soup_message_headers_replace (headers, "Accept",
                                "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8");
  start_timer (job);
  soup_session_send_async (run->session, job->msg, G_PRIORITY_DEFAULT, job->cancellable,
                           on_sent, job);
}

/* The scheduler ------------------------------------------------------ */

static void
run_complete (Run *run)
{
  GPtrArray *checks = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_url_check_free);
  GTask *task;

  for (guint i = 0; i < run->results->len; i++)
    {
      ItaUrlCheck *check = g_ptr_array_index (run->results, i);

      if (check != NULL)
        g_ptr_array_add (checks, ita_url_check_copy (check));
    }
  if (run->cancel_source != NULL)
    {
      g_source_destroy (run->cancel_source);
      g_clear_pointer (&run->cancel_source, g_source_unref);
    }
  soup_session_abort (run->session);
  run->checker->busy = FALSE;
  g_object_notify_by_pspec (G_OBJECT (run->checker), properties[PROP_BUSY]);
  task = g_steal_pointer (&run->task);
  g_task_return_pointer (task, checks, (GDestroyNotify) g_ptr_array_unref);
  g_object_unref (task);   /* may free run */
}

static gboolean
pump (gpointer data)
{
  Run *run = data;
  GList *l;

  g_clear_pointer (&run->pump_source, g_source_unref);

  if (run->cancelled)
    g_queue_clear (&run->queue);
  l = run->queue.head;
  while (l != NULL && run->active < run->max_connections)
    {
      GList *next = l->next;
      Job *job = l->data;

      if (job->original == NULL)
        {
          /* refused unopened */
          g_queue_delete_link (&run->queue, l);
          job_set_result (job, ITA_URL_OUTCOME_INVALID, job->invalid_why);
          job->finished = TRUE;
          job_report (job);
        }
      else if (g_hash_table_contains (run->unknown_hosts, job->host))
        {
          /* its host's name was not found a moment ago: not asked again */
          g_queue_delete_link (&run->queue, l);
          g_free (job->final_url);
          job->final_url = g_uri_to_string (job->uri);
          job_set_result (job, ITA_URL_OUTCOME_DNS, g_hash_table_lookup (run->unknown_hosts, job->host));
          job->finished = TRUE;
          job_report (job);
        }
      else if (host_count (run, job->host) < run->max_per_host)
        {
          g_queue_delete_link (&run->queue, l);
          take_slot (job);
          job_send (job);
        }
      l = next;
    }
  if (run->active == 0 && g_queue_is_empty (&run->queue) && run->pump_source == NULL)
    run_complete (run);
  return G_SOURCE_REMOVE;
}

static void
schedule_pump (Run *run)
{
  if (run->pump_source != NULL || run->task == NULL)
    return;
  run->pump_source = g_idle_source_new ();
  g_source_set_priority (run->pump_source, G_PRIORITY_DEFAULT);
  g_source_set_callback (run->pump_source, pump, run, NULL);
  g_source_attach (run->pump_source, run->context);
}

static gboolean
on_run_cancelled (GCancellable *cancellable,
                  gpointer      data)
{
  Run *run = data;

  run->cancelled = TRUE;
  g_queue_clear (&run->queue);
  for (guint i = 0; i < run->jobs->len; i++)
    {
      Job *job = g_ptr_array_index (run->jobs, i);

      if (job->has_slot)
        g_cancellable_cancel (job->cancellable);
    }
  g_clear_pointer (&run->cancel_source, g_source_unref);
  schedule_pump (run);
  return G_SOURCE_REMOVE;
}

/* The checker -------------------------------------------------------- */

static SoupSession *
make_session (ItaLinkChecker *self)
{
  SoupSession *session;

  session = soup_session_new_with_options ("max-conns", self->max_connections * 2,
                                           "max-conns-per-host", self->max_per_host,
                                           "user-agent", USER_AGENT,
                                           "timeout", (guint) ceil (self->timeout) + 5,
                                           "idle-timeout", 30,
                                           NULL);
  /* No credentials: libsoup adds an authentication manager by default. */
  soup_session_remove_feature_by_type (session, SOUP_TYPE_AUTH_MANAGER);
  /* No proxy: only the hosts of the URLs are contacted. */
  if (!self->use_system_proxy)
    soup_session_set_proxy_resolver (session, NULL);
  soup_session_set_accept_language (session, "th, en;q=0.8");
  return session;
}

void
ita_link_checker_check_async (ItaLinkChecker       *self,
                              GPtrArray            *targets,
                              GCancellable         *cancellable,
                              ItaLinkCheckProgress  progress,
                              gpointer              progress_data,
                              GDestroyNotify        progress_data_free,
                              GAsyncReadyCallback   callback,
                              gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GHashTable) by_url = NULL;
  Run *run;

  g_return_if_fail (ITA_IS_LINK_CHECKER (self));
  g_return_if_fail (targets != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ita_link_checker_check_async);
  /* cancelling gives the results so far, not an error */
  g_task_set_check_cancellable (task, FALSE);
  if (self->busy)
    {
      if (progress_data_free != NULL)
        progress_data_free (progress_data);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING,
                               _("The links are already being checked; wait for that check "
                                 "to end or stop it."));
      return;
    }

  run = g_new0 (Run, 1);
  run->checker = g_object_ref (self);
  run->task = g_object_ref (task);
  run->context = g_main_context_ref_thread_default ();
  run->session = make_session (self);
  run->targets = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_link_target_free);
  run->results = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_url_check_free);
  run->jobs = g_ptr_array_new_with_free_func ((GDestroyNotify) job_free);
  g_queue_init (&run->queue);
  run->per_host = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  run->unknown_hosts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  run->timeout_ms = (guint) MAX (100, lround (self->timeout * 1000));
  run->max_per_host = self->max_per_host;
  run->max_connections = self->max_connections;
  run->max_redirects = self->max_redirects;
  run->progress = progress;
  run->progress_data = progress_data;
  run->progress_data_free = progress_data_free;
  run->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);

  /* one job per distinct URL */
  by_url = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < targets->len; i++)
    {
      const ItaLinkTarget *target = g_ptr_array_index (targets, i);
      Job *job;

      g_ptr_array_add (run->targets, ita_link_target_copy (target));
      g_ptr_array_add (run->results, NULL);
      job = g_hash_table_lookup (by_url, target->url);
      if (job == NULL)
        {
          job = g_new0 (Job, 1);
          job->run = run;
          job->url = g_strdup (target->url);
          job->targets = g_array_new (FALSE, FALSE, sizeof (guint));
          job->cancellable = g_cancellable_new ();
          job->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          job->original = ita_link_parse_url (job->url, &job->invalid_why);
          if (job->original != NULL)
            {
              job->uri = g_uri_ref (job->original);
              job->host = ita_link_host_key (job->uri);
              g_hash_table_add (job->seen, g_uri_to_string (job->uri));
            }
          g_ptr_array_add (run->jobs, job);
          g_queue_push_tail (&run->queue, job);
          g_hash_table_insert (by_url, job->url, job);
        }
      g_array_append_val (job->targets, i);
    }

  self->busy = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  if (cancellable != NULL)
    {
      run->cancel_source = g_cancellable_source_new (cancellable);
      g_source_set_callback (run->cancel_source, G_SOURCE_FUNC (on_run_cancelled), run, NULL);
      g_source_attach (run->cancel_source, run->context);
    }
  schedule_pump (run);
}

GPtrArray *
ita_link_checker_check_finish (ItaLinkChecker  *self,
                               GAsyncResult    *result,
                               GError         **error)
{
  g_return_val_if_fail (ITA_IS_LINK_CHECKER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Properties --------------------------------------------------------- */

ItaLinkChecker *
ita_link_checker_new (void)
{
  return g_object_new (ITA_TYPE_LINK_CHECKER, NULL);
}

static void
ita_link_checker_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ItaLinkChecker *self = ITA_LINK_CHECKER (object);

  switch (prop_id)
    {
    case PROP_TIMEOUT:
      g_value_set_double (value, self->timeout);
      break;
    case PROP_MAX_PER_HOST:
      g_value_set_uint (value, self->max_per_host);
      break;
    case PROP_MAX_CONNECTIONS:
      g_value_set_uint (value, self->max_connections);
      break;
    case PROP_MAX_REDIRECTS:
      g_value_set_uint (value, self->max_redirects);
      break;
    case PROP_USE_SYSTEM_PROXY:
      g_value_set_boolean (value, self->use_system_proxy);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ita_link_checker_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ItaLinkChecker *self = ITA_LINK_CHECKER (object);

  switch (prop_id)
    {
    case PROP_TIMEOUT:
      ita_link_checker_set_timeout (self, g_value_get_double (value));
      break;
    case PROP_MAX_PER_HOST:
      ita_link_checker_set_max_per_host (self, g_value_get_uint (value));
      break;
    case PROP_MAX_CONNECTIONS:
      ita_link_checker_set_max_connections (self, g_value_get_uint (value));
      break;
    case PROP_MAX_REDIRECTS:
      ita_link_checker_set_max_redirects (self, g_value_get_uint (value));
      break;
    case PROP_USE_SYSTEM_PROXY:
      ita_link_checker_set_use_system_proxy (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ita_link_checker_class_init (ItaLinkCheckerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = ita_link_checker_get_property;
  object_class->set_property = ita_link_checker_set_property;

  properties[PROP_TIMEOUT] =
    g_param_spec_double ("timeout", NULL, NULL, 0.1, 600, 20, rw);
  properties[PROP_MAX_PER_HOST] =
    g_param_spec_uint ("max-per-host", NULL, NULL, 1, 8, 2, rw);
  properties[PROP_MAX_CONNECTIONS] =
    g_param_spec_uint ("max-connections", NULL, NULL, 1, 64, 32, rw);
  properties[PROP_MAX_REDIRECTS] =
    g_param_spec_uint ("max-redirects", NULL, NULL, 0, 20, 10, rw);
  properties[PROP_USE_SYSTEM_PROXY] =
    g_param_spec_boolean ("use-system-proxy", NULL, NULL, FALSE, rw);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ita_link_checker_init (ItaLinkChecker *self)
{
  self->timeout = 20;
  self->max_per_host = 2;
  self->max_connections = 32;
  self->max_redirects = 10;
}

void
ita_link_checker_set_timeout (ItaLinkChecker *self,
                              double          seconds)
{
  g_return_if_fail (ITA_IS_LINK_CHECKER (self));

  seconds = CLAMP (seconds, 0.1, 600);
  if (self->timeout == seconds)
    return;
  self->timeout = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEOUT]);
}

double
ita_link_checker_get_timeout (ItaLinkChecker *self)
{
  g_return_val_if_fail (ITA_IS_LINK_CHECKER (self), 0);
  return self->timeout;
}

void
ita_link_checker_set_max_per_host (ItaLinkChecker *self,
                                   guint           n)
{
  g_return_if_fail (ITA_IS_LINK_CHECKER (self));

  n = CLAMP (n, 1, 8);
  if (self->max_per_host == n)
    return;
  self->max_per_host = n;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_PER_HOST]);
}

guint
ita_link_checker_get_max_per_host (ItaLinkChecker *self)
{
  g_return_val_if_fail (ITA_IS_LINK_CHECKER (self), 0);
  return self->max_per_host;
}

void
ita_link_checker_set_max_connections (ItaLinkChecker *self,
                                      guint           n)
{
  g_return_if_fail (ITA_IS_LINK_CHECKER (self));

  n = CLAMP (n, 1, 64);
  if (self->max_connections == n)
    return;
  self->max_connections = n;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_CONNECTIONS]);
}

guint
ita_link_checker_get_max_connections (ItaLinkChecker *self)
{
  g_return_val_if_fail (ITA_IS_LINK_CHECKER (self), 0);
  return self->max_connections;
}

void
ita_link_checker_set_max_redirects (ItaLinkChecker *self,
                                    guint           n)
{
  g_return_if_fail (ITA_IS_LINK_CHECKER (self));

  n = MIN (n, 20);
  if (self->max_redirects == n)
    return;
  self->max_redirects = n;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_REDIRECTS]);
}

guint
ita_link_checker_get_max_redirects (ItaLinkChecker *self)
{
  g_return_val_if_fail (ITA_IS_LINK_CHECKER (self), 0);
  return self->max_redirects;
}

void
ita_link_checker_set_use_system_proxy (ItaLinkChecker *self,
                                       gboolean        use)
{
  g_return_if_fail (ITA_IS_LINK_CHECKER (self));

  use = !!use;
  if (self->use_system_proxy == use)
    return;
  self->use_system_proxy = use;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USE_SYSTEM_PROXY]);
}

gboolean
ita_link_checker_get_use_system_proxy (ItaLinkChecker *self)
{
  g_return_val_if_fail (ITA_IS_LINK_CHECKER (self), FALSE);
  return self->use_system_proxy;
}

gboolean
ita_link_checker_get_busy (ItaLinkChecker *self)
{
  g_return_val_if_fail (ITA_IS_LINK_CHECKER (self), FALSE);
  return self->busy;
}
