/* test-project-crash.c: a process killed at any moment never damages the
 * file nor loses an edit it had acknowledged
 *
 * The test re-executes itself as a child (--edit FILE ROUND) that applies
 * edits one after another and prints "ack N" after each commit returns.
 * The parent kills it with SIGKILL after a random delay, then reopens the
 * file (which also rolls back the interrupted transaction and recognises
 * the dead process's lock as stale), runs PRAGMA integrity_check and
 * looks for every acknowledged edit. Unix only (SIGKILL).
 */
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <glib/gstdio.h>
#ifdef G_OS_UNIX
# include <signal.h>
#endif

#include "ita-project-private.h"

#define N_ROUNDS 40
#define IMPORT_ROUNDS 8

static const char *self_exe;

#ifdef G_OS_UNIX
static int
child_edit (const char *path,
            const char *round)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaProject) p = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);

  if (p == NULL)
    {
      g_printerr ("child: %s\n", error->message);
      return 1;
    }
  for (guint n = 0; ; n++)
    {
      g_autofree char *name = g_strdup_printf ("crash.%s.%u", round, n);
      g_autofree char *key = g_strdup_printf ("i%u", n % 15 + 1);
      gboolean ok;

      switch (n % 3)
        {
        case 0:
          ok = ita_project_set_setting (p, name, round, &error);
          break;
        case 1:
          ok = ita_project_add_limitation (p, ITA_LIMITATION_OTHER, name, NULL, &error);
          break;
        default:
          /* a score (maybe unchanged: then no undo step), and an undone
           * and redone setting */
          ok = ita_project_set_score (p, key, (ItaCenti) (n % 10001), &error) &&
               ita_project_set_setting (p, name, "redone", &error) &&
               ita_project_undo (p, &error) && ita_project_redo (p, &error);
          break;
        }
      if (!ok)
        {
          g_printerr ("child: %s\n", error->message);
          return 1;
        }
      printf ("ack %u\n", n);
      fflush (stdout);
    }
  return 0;
}

/* --import JSON DEST: imports, saying "start" first. */
static int
child_import (const char *json_path,
              const char *dest_path)
{
  g_autoptr(GFile) dest = g_file_new_for_path (dest_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(ItaProject) p = NULL;
  char *data = NULL;
  gsize len = 0;

  if (!g_file_get_contents (json_path, &data, &len, &error))
    return 1;
  json = g_bytes_new_take (data, len);
  g_ptr_array_unref (ita_catalogue_list (NULL));   /* loaded before the clock starts */
  printf ("start\n");
  fflush (stdout);
  p = ita_project_import_json (json, dest, &error);
  if (p == NULL)
    {
      g_printerr ("child: %s\n", error->message);
      return 1;
    }
  return 0;
}

static gboolean
limitation_exists (GPtrArray  *list,
                   const char *text)
{
  for (guint i = 0; i < list->len; i++)
    {
      if (g_str_equal (((ItaLimitation *) list->pdata[i])->text, text))
        return TRUE;
    }
  return FALSE;
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

static void
check_integrity (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* One round: returns how many edits the child acknowledged. */
static guint
run_round (const char *path,
           guint       round,
           GRand      *rand)
{
  g_autofree char *round_s = g_strdup_printf ("%u", round);
  const char *argv[] = { self_exe, "--edit", path, round_s, NULL };
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ItaProject) p = NULL;
  g_autoptr(GPtrArray) limitations = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  char *line;
  guint acked = 0;

  child = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  /* Most rounds wait for the first acknowledged edit, so that the kill
   * lands among edits however slowly the child starts (sanitizers, a
   * loaded machine); every fourth round kills it during start-up. */
  if (round % 4 != 0)
    {
      line = g_data_input_stream_read_line (out, NULL, NULL, NULL);
      if (line != NULL && g_str_has_prefix (line, "ack "))
        acked = 1;
      g_free (line);
    }
  g_usleep (g_rand_int_range (rand, 0, 150) * 1000);
  g_subprocess_send_signal (child, SIGKILL);
  g_subprocess_wait (child, NULL, &error);
  g_assert_no_error (error);

  /* what the child printed before it died */
  while ((line = g_data_input_stream_read_line (out, NULL, NULL, NULL)) != NULL)
    {
      if (g_str_has_prefix (line, "ack "))
        acked = (guint) g_ascii_strtoull (line + 4, NULL, 10) + 1;
      g_free (line);
    }

  p = ita_project_open (file, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  limitations = ita_project_get_limitations (p);
  for (guint n = 0; n < acked; n++)
    {
      g_autofree char *name = g_strdup_printf ("crash.%u.%u", round, n);

      if (n % 3 != 1)
        {
          g_autofree char *value = ita_project_get_setting (p, name);

          g_assert_cmpstr (value, ==, n % 3 == 0 ? round_s : "redone");
        }
      else if (n % 3 == 1 && !limitation_exists (limitations, name))
        g_error ("round %u: acknowledged edit %u (of %u) is missing; %u limitations",
                 round, n, acked, limitations->len);
    }
  g_clear_object (&p);
  check_integrity (path);
  return acked;
}

static void
test_sigkill (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ita-crash-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "crash.ita", NULL);
  g_autofree char *lock = g_strconcat (path, ".lock", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ItaFramework) edition = ita_catalogue_lookup ("ita-2568", &error);
  g_autoptr(ItaProject) p = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  guint total = 0;
  guint killed_mid = 0;

  g_assert_no_error (error);
  p = ita_project_create (file, edition, 0, &error);
  g_assert_no_error (error);
  g_clear_object (&p);

  for (guint round = 0; round < N_ROUNDS; round++)
    {
      guint acked = run_round (path, round, rand);

      total += acked;
      if (acked > 0)
        killed_mid++;
    }
  g_test_message ("%u edits acknowledged over %u rounds (%u rounds killed after edits)",
                  total, N_ROUNDS, killed_mid);
  /* the kills must have landed among edits, not only at start-up */
  g_assert_cmpuint (killed_mid, >=, N_ROUNDS / 2);

  g_remove (lock);
  remove_tree (dir);
}

/* A project JSON with n_measures measures (the sample's agency and units). */
static GBytes *
big_project_json (const char *dir,
                  guint       n_measures)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "big-source.ita", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ItaFramework) edition = ita_catalogue_lookup ("ita-2568", &error);
  g_autoptr(ItaProject) p = ita_project_create (file, edition, 0, &error);
  GBytes *json;

  g_assert_no_error (error);
  for (guint i = 0; i < n_measures; i++)
    {
      g_autoptr(ItaMeasure) m = ita_measure_new ();

      g_free (m->title);
      m->title = g_strdup_printf ("มาตรการที่ %u", i + 1);
      g_assert_true (ita_project_add_measure (p, m, NULL, &error));
    }
  json = ita_project_export_json (p, &error);
  g_assert_no_error (error);
  ita_project_close (p);
  g_remove (path);
  return json;
}

/* An import killed at any moment leaves either no file at all, or the
 * whole project; never a file that looks real, is incomplete, and blocks
 * the next import. */
static void
test_import_killed (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ita-crash-import-XXXXXX", &error);
  g_autofree char *json_path = g_build_filename (dir, "big.json", NULL);
  g_autofree char *dest_path = g_build_filename (dir, "imported.ita", NULL);
  g_autoptr(GFile) dest = g_file_new_for_path (dest_path);
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  g_autoptr(GBytes) json = big_project_json (dir, 100);
  gint64 start, took;
  guint n_absent = 0, n_complete = 0;

  g_assert_true (g_file_set_contents (json_path, g_bytes_get_data (json, NULL),
                                      (gssize) g_bytes_get_size (json), &error));
  /* how long one import takes here, to spread the kills over it */
  start = g_get_monotonic_time ();
  {
    g_autoptr(ItaProject) p = ita_project_import_json (json, dest, &error);

    g_assert_no_error (error);
  }
  took = g_get_monotonic_time () - start;
  g_test_message ("one import: %" G_GINT64_FORMAT " µs", took);
  for (guint round = 0; round < IMPORT_ROUNDS; round++)
    {
      const char *argv[] = { self_exe, "--import", json_path, dest_path, NULL };
      g_autoptr(GSubprocess) child = NULL;
      g_autoptr(GDataInputStream) out = NULL;
      g_autofree char *line = NULL;
      g_autofree char *lock = g_strconcat (dest_path, ".lock", NULL);

      g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);

      g_remove (dest_path);
      /* the isolated folders of this test, not the /dev/null home of the process */
      g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
      g_subprocess_launcher_setenv (launcher, "HOME", g_get_home_dir (), TRUE);
      child = g_subprocess_launcher_spawnv (launcher, argv, &error);
      g_assert_no_error (error);
      out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
      line = g_data_input_stream_read_line (out, NULL, NULL, NULL);
      g_assert_cmpstr (line, ==, "start");
      g_usleep ((gulong) g_rand_int_range (rand, 0, (gint32) (took * 3 / 2) + 1));
      g_subprocess_send_signal (child, SIGKILL);
      g_subprocess_wait (child, NULL, &error);
      g_assert_no_error (error);
      /* killed, or finished its import: never failed on its own */
      if (!g_subprocess_get_if_signaled (child))
        g_assert_cmpint (g_subprocess_get_exit_status (child), ==, 0);

      if (g_file_test (dest_path, G_FILE_TEST_EXISTS))
        {
          g_autoptr(ItaProject) p = ita_project_open (dest, ITA_PROJECT_OPEN_DEFAULT, &error);
          g_autoptr(GPtrArray) measures = NULL;

          g_assert_no_error (error);
          measures = ita_project_get_measures (p);
          g_assert_cmpuint (measures->len, ==, 100);
          n_complete++;
        }
      else
        {
          /* nothing there: the same import works at once */
          g_autoptr(ItaProject) p = ita_project_import_json (json, dest, &error);

          g_assert_no_error (error);
          n_absent++;
        }
    }
  g_test_message ("import killed %u times: %u left no file, %u a complete one", IMPORT_ROUNDS,
                  n_absent, n_complete);
  remove_tree (dir);
}
#endif

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  self_exe = argv[0];
#ifdef G_OS_UNIX
  if (argc == 4 && g_str_equal (argv[1], "--edit"))
    return child_edit (argv[2], argv[3]);
  if (argc == 4 && g_str_equal (argv[1], "--import"))
    return child_import (argv[2], argv[3]);
#endif
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
#ifdef G_OS_UNIX
  g_test_add_func ("/core/project-crash/sigkill", test_sigkill);
  g_test_add_func ("/core/project-crash/import-killed", test_import_killed);
#endif
  return g_test_run ();
}
