/* test-project-lock.c: one writer per project file whatever the path it
 * is opened by; a file open somewhere is never replaced; a project learns
 * that its file was changed or replaced from outside */
#define _DEFAULT_SOURCE 1  /* symlink, link */
#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>
#ifdef G_OS_UNIX
# include <unistd.h>
#endif

#include "ita-project-private.h"

typedef struct {
  char *dir;
  char *path;
  GFile *file;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) edition = ita_catalogue_lookup ("ita-2568", &error);
  g_autoptr(ItaProject) p = NULL;

  g_assert_no_error (error);
  f->dir = g_dir_make_tmp ("ita-lock-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "plan.ita", NULL);
  f->file = g_file_new_for_path (f->path);
  p = ita_project_create (f->file, edition, 0, &error);
  g_assert_no_error (error);
  g_assert_true (ita_project_set_score (p, "i1", 9000, &error));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) d = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);

      g_remove (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_object_unref (f->file);
}

static ItaProject *
open_path (const char          *path,
           ItaProjectOpenFlags  flags,
           GError             **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return ita_project_open (file, flags, error);
}

static GBytes *
read_bytes (const char *path)
{
  char *data = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  return g_bytes_new_take (data, len);
}

#ifdef G_OS_UNIX
/* A second writer through a symbolic link, a hard link, or the folder
 * reached through a link, finds the file taken. */
static void
test_other_paths (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *symlink_path = g_build_filename (f->dir, "link.ita", NULL);
  g_autofree char *hardlink_path = g_build_filename (f->dir, "hard.ita", NULL);
  g_autofree char *dir_link = g_strconcat (f->dir, "-alias", NULL);
  g_autofree char *via_dir = g_build_filename (dir_link, "plan.ita", NULL);
  const char *others[] = { symlink_path, hardlink_path, via_dir };
  g_autoptr(ItaProject) p = NULL;

  g_assert_cmpint (symlink ("plan.ita", symlink_path), ==, 0);
  g_assert_cmpint (link (f->path, hardlink_path), ==, 0);
  g_assert_cmpint (symlink (f->dir, dir_link), ==, 0);

  p = open_path (f->path, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autoptr(ItaProject) second = open_path (others[i], ITA_PROJECT_OPEN_DEFAULT, &error);

      g_assert_null (second);
      g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_LOCKED);
      g_test_message ("%s: %s", others[i], error->message);
      g_clear_error (&error);
      /* read-only, as offered, works */
      g_clear_object (&second);
      second = open_path (others[i], ITA_PROJECT_OPEN_READ_ONLY, &error);
      g_assert_no_error (error);
    }
  /* the other way round: held through the hard link, the file is taken */
  g_clear_object (&p);
  p = open_path (hardlink_path, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  {
    g_autoptr(ItaProject) second = open_path (f->path, ITA_PROJECT_OPEN_DEFAULT, &error);

    g_assert_null (second);
    g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_LOCKED);
  }
  g_clear_object (&p);
  g_unlink (dir_link);
}
#endif

/* A lock file whose holder cannot be asked (another computer, or Windows)
 * is stale when the lock on the file is free: the holder is gone. */
static void
test_stale_lock_other_host (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *time = g_date_time_format_iso8601 (now);
  g_autofree char *lock = g_strconcat (f->path, ".lock", NULL);
  g_autofree char *contents = g_strdup_printf ("[Lock]\nUser=somchai\nRealName=Somchai\n"
                                               "Host=OTHER-PC\nPid=4242\nTime=%s\n", time);
  g_autoptr(ItaProject) p = NULL;

  g_assert_true (g_file_set_contents (lock, contents, -1, NULL));
  p = open_path (f->path, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_clear_object (&p);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
}

/* An unfinished lock file (its writer was killed before it wrote it) does
 * not keep the file taken either. */
static void
test_empty_lock_file (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *lock = g_strconcat (f->path, ".lock", NULL);
  g_autoptr(ItaProject) p = NULL;

  g_assert_true (g_file_set_contents (lock, "", 0, NULL));
  p = open_path (f->path, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

/* Replacing a file that an ITA Planner has open is refused, and the file
 * is left as it is: Save a copy over it, and an import over it. */
static void
test_replace_open_file (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *other_path = g_build_filename (f->dir, "other.ita", NULL);
  g_autoptr(GFile) other_file = g_file_new_for_path (other_path);
  g_autoptr(ItaFramework) edition = ita_catalogue_lookup ("ita-2568", &error);
  g_autoptr(ItaProject) other = ita_project_create (other_file, edition, 0, &error);
  g_autoptr(ItaProject) p = open_path (f->path, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_autoptr(GBytes) before = read_bytes (f->path);
  g_autoptr(GBytes) after = NULL;

  g_assert_no_error (error);
  g_assert_false (ita_project_save_copy (other, f->file, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_LOCKED);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "cannot be replaced"));
  g_clear_error (&error);
  after = read_bytes (f->path);
  g_assert_true (g_bytes_equal (before, after));
  /* … and the open project still writes into the file everyone sees */
  g_assert_true (ita_project_set_score (p, "i2", 8000, &error));
  g_assert_no_error (error);
  g_clear_object (&p);
  {
    g_autoptr(ItaProject) again = open_path (f->path, ITA_PROJECT_OPEN_READ_ONLY, &error);

    g_assert_no_error (error);
    g_assert_cmpint (ita_project_get_score (again, "i2"), ==, 8000);
  }
  /* closed: now it can be replaced */
  g_assert_true (ita_project_save_copy (other, f->file, &error));
  g_assert_no_error (error);
}

/* Save a copy onto the project's own file through another name. */
static void
test_copy_onto_itself (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *link_path = g_build_filename (f->dir, "same.ita", NULL);
  g_autoptr(GFile) link_file = g_file_new_for_path (link_path);
  g_autoptr(ItaProject) p = open_path (f->path, ITA_PROJECT_OPEN_DEFAULT, &error);
  g_autoptr(GBytes) before = read_bytes (f->path);
  g_autoptr(GBytes) after = NULL;

  g_assert_no_error (error);
#ifdef G_OS_UNIX
  g_assert_cmpint (link (f->path, link_path), ==, 0);
#else
  g_test_skip ("hard links");
  return;
#endif
  g_assert_false (ita_project_save_copy (p, link_file, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_EXISTS);
  g_test_message ("%s", error->message);
  after = read_bytes (f->path);
  g_assert_true (g_bytes_equal (before, after));
}

typedef struct {
  GPtrArray *events;   /* "external:replaced", "changed:all", … */
} Events;

static void
on_external (ItaProject         *p,
             ItaProjectExternal  kind,
             Events             *e)
{
  GEnumClass *klass = g_type_class_ref (ITA_TYPE_PROJECT_EXTERNAL);

  g_ptr_array_add (e->events, g_strdup_printf ("external:%s", g_enum_get_value (klass, kind)->value_nick));
  g_type_class_unref (klass);
}

static void
on_changed (ItaProject       *p,
            ItaProjectChange  kind,
            const char       *key,
            Events           *e)
{
  if (kind == ITA_PROJECT_CHANGE_ALL)
    g_ptr_array_add (e->events, g_strdup ("changed:all"));
}

static void
watch (ItaProject *p,
       Events     *e)
{
  e->events = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (p, "external-change", G_CALLBACK (on_external), e);
  g_signal_connect (p, "changed", G_CALLBACK (on_changed), e);
}

static gboolean
has_event (Events     *e,
           const char *name)
{
  for (guint i = 0; i < e->events->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (e->events, i), name))
        return TRUE;
    }
  return FALSE;
}

/* Another file renamed over the open one (as a copy program or a sync
 * client does): the project says so and writes nothing more. */
static void
test_replaced_from_outside (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *other_path = g_build_filename (f->dir, "newer.ita", NULL);
  g_autoptr(ItaProject) p = open_path (f->path, ITA_PROJECT_OPEN_DEFAULT, &error);
  Events e;

  g_assert_no_error (error);
  watch (p, &e);
  g_assert_true (ita_project_check_external (p, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (other_path, "not a project", -1, NULL));
  g_assert_cmpint (g_rename (other_path, f->path), ==, 0);

  /* the next edit says what happened instead of "saved" */
  g_assert_false (ita_project_set_score (p, "i2", 7000, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_REPLACED);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  /* … and the check the window makes on focus */
  g_assert_false (ita_project_check_external (p, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_REPLACED);
  g_clear_error (&error);
  g_assert_true (has_event (&e, "external:replaced"));
  g_assert_true (ita_project_get_read_only (p));
  g_assert_false (ita_project_set_score (p, "i2", 7000, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_REPLACED);
  g_clear_error (&error);

  /* what it holds can still be saved elsewhere */
  {
    g_autofree char *copy_path = g_build_filename (f->dir, "rescued.ita", NULL);
    g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
    g_autoptr(ItaProject) rescued = NULL;

    g_assert_true (ita_project_save_copy (p, copy, &error));
    g_assert_no_error (error);
    rescued = open_path (copy_path, ITA_PROJECT_OPEN_READ_ONLY, &error);
    g_assert_no_error (error);
    g_assert_cmpint (ita_project_get_score (rescued, "i1"), ==, 9000);
  }
  g_ptr_array_unref (e.events);
}

/* Deleted (or moved away) while open. */
static void
test_deleted_from_outside (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *moved = g_build_filename (f->dir, "moved.ita", NULL);
  g_autoptr(ItaProject) p = open_path (f->path, ITA_PROJECT_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_cmpint (g_rename (f->path, moved), ==, 0);
  g_assert_false (ita_project_check_external (p, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_REPLACED);
}

/* Another program wrote into the open file: the project reloads, clears
 * its undo history, and an edit made on what was not seen is refused. */
static void
test_changed_from_outside (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaProject) p = open_path (f->path, ITA_PROJECT_OPEN_DEFAULT, &error);
  sqlite3 *db = NULL;
  Events e;

  g_assert_no_error (error);
  watch (p, &e);
  g_assert_true (ita_project_set_score (p, "i2", 8000, &error));
  g_assert_true (ita_project_get_can_undo (p));
  /* our own edits are not "from outside" */
  g_assert_true (ita_project_check_external (p, &error));
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE score SET value = 5000 WHERE key = 'i1'",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_false (ita_project_set_score (p, "i3", 7000, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CHANGED_OUTSIDE);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_cmpint (ita_project_get_score (p, "i3"), ==, ITA_CENTI_NONE);

  /* the check scheduled by the refused edit runs at idle */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (has_event (&e, "external:changed"));
  g_assert_true (has_event (&e, "changed:all"));
  g_assert_false (ita_project_get_can_undo (p));
  g_assert_false (ita_project_get_read_only (p));
  g_assert_cmpint (ita_project_get_score (p, "i1"), ==, 5000);
  /* seen now: edits work again */
  g_assert_true (ita_project_check_external (p, &error));
  g_assert_true (ita_project_set_score (p, "i3", 7000, &error));
  g_assert_no_error (error);
  g_ptr_array_unref (e.events);
}

/* A change from outside that puts SQL into the file (a trigger) makes the
 * project read-only: it would run on the next edit. */
static void
test_trigger_added_from_outside (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaProject) p = open_path (f->path, ITA_PROJECT_OPEN_DEFAULT, &error);
  sqlite3 *db = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TRIGGER t AFTER INSERT ON score BEGIN "
                                     "DELETE FROM limitation; END;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_false (ita_project_check_external (p, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CORRUPT);
  g_clear_error (&error);
  g_assert_true (ita_project_get_read_only (p));
  g_assert_false (ita_project_set_score (p, "i5", 100, &error));
  g_assert_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_READ_ONLY);
}

static gboolean
give_up (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* With the file watched, a replacement is noticed without any call. */
static void
test_watched (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *other_path = g_build_filename (f->dir, "newer.ita", NULL);
  g_autoptr(ItaProject) p = open_path (f->path, ITA_PROJECT_OPEN_DEFAULT, &error);
  gboolean timed_out = FALSE;
  guint timeout;
  Events e;

  g_assert_no_error (error);
  watch (p, &e);
  ita_project_watch_external (p);
  g_assert_true (g_file_set_contents (other_path, "x", -1, NULL));
  g_assert_cmpint (g_rename (other_path, f->path), ==, 0);
  /* a generous bound, only so that a broken monitor cannot hang the run */
  timeout = g_timeout_add_seconds (60, give_up, &timed_out);
  while (!timed_out && !has_event (&e, "external:replaced"))
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout);
  g_assert_true (has_event (&e, "external:replaced"));
  g_assert_true (ita_project_get_read_only (p));
  ita_project_close (p);
  g_ptr_array_unref (e.events);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
#ifdef G_OS_UNIX
  ADD ("/core/project-lock/other-paths", test_other_paths);
#endif
  ADD ("/core/project-lock/stale-lock-other-host", test_stale_lock_other_host);
  ADD ("/core/project-lock/empty-lock-file", test_empty_lock_file);
  ADD ("/core/project-lock/replace-open-file", test_replace_open_file);
  ADD ("/core/project-lock/copy-onto-itself", test_copy_onto_itself);
  ADD ("/core/project-lock/replaced-from-outside", test_replaced_from_outside);
  ADD ("/core/project-lock/deleted-from-outside", test_deleted_from_outside);
  ADD ("/core/project-lock/changed-from-outside", test_changed_from_outside);
  ADD ("/core/project-lock/trigger-added-from-outside", test_trigger_added_from_outside);
  ADD ("/core/project-lock/watched", test_watched);
#undef ADD
  return g_test_run ();
}
