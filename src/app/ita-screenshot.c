/* ita-screenshot.c: draw a window into a PNG once it is loaded
 *
 * No waiting on a clock: the view is shown before the window is first
 * drawn and animations are off for the run (a stack's crossfade, a
 * revealer, the fading scroll bars end at once), so the first frame is
 * what stays on screen, and it is written out right after it is drawn.
 * test-ui-smoke checks that a later frame shows nothing else.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ita-first-frame.h"
#include "ita-screenshot.h"
#include "ita-window.h"


typedef struct {
  GtkWidget *window;   /* borrowed: the application keeps it alive */
  char      *path;
  GdkFrameClock *clock;
  guint      frames;
  guint      wanted;   /* the frame to write out: the first */
  gulong     handler;
} Shot;

static int exit_status = 0;

int
ita_screenshot_get_exit_status (void)
{
  return exit_status;
}

static void
shot_free (Shot *shot)
{
  if (shot->handler != 0)
    g_signal_handler_disconnect (shot->clock, shot->handler);
  g_free (shot->path);
  g_free (shot);
}

static void
quit (void)
{
  g_application_quit (g_application_get_default ());
}

static GskRenderNode *
window_node (GtkWidget *window)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (window), gtk_widget_get_height (window));
  return gtk_snapshot_free_to_node (snapshot);
}

static gboolean
save_png (GtkWidget     *window,
          GskRenderNode *node,
          const char    *path,
          GError       **error)
{
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);

  if (width <= 0 || height <= 0 || node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The window has no size yet; nothing to draw."));
      return FALSE;
    }
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write “%s”. Check that the folder exists and is writable."), path);
      return FALSE;
    }
  return TRUE;
}

static void
on_after_paint (GdkFrameClock *clock,
                Shot          *shot)
{
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GError) error = NULL;

  if (++shot->frames < shot->wanted)
    {
      gtk_widget_queue_draw (shot->window);
      return;
    }

  g_signal_handler_disconnect (clock, shot->handler);
  shot->handler = 0;
  node = window_node (shot->window);
  if (!save_png (shot->window, node, shot->path, &error))
    {
      g_printerr ("ita-planner: %s\n", error->message);
      exit_status = 1;
    }
  /* bench/bench-startup.c */
  if (g_getenv ("ITA_BENCH_FIRST_FRAME") != NULL)
    ita_first_frame_print ("SHOT_WRITTEN");
  quit ();
}

static void
on_map (GtkWidget *window,
        Shot      *shot)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_handlers_disconnect_by_func (window, on_map, shot);
  shot->clock = clock;
  shot->handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), shot);
}

void
ita_screenshot_take_when_ready (GtkWidget  *window,
                                const char *path,
                                const char *view)
{
  Shot *shot;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (path != NULL);

  if (view != NULL && !ita_window_show_view (ITA_WINDOW (window), view))
    {
      g_printerr (_("ita-planner: the view “%s” cannot be shown (open a project first, or the view is not available in this version)\n"),
                  view);
      exit_status = 1;
      /* once the application runs its loop */
      g_idle_add_once ((GSourceOnceFunc) quit, NULL);
      return;
    }

  /* transitions end at once and the text cursor does not blink: what is
   * written is what stays on screen */
  g_object_set (gtk_settings_get_default (),
                "gtk-enable-animations", FALSE,
                "gtk-cursor-blink", FALSE,
                NULL);

  shot = g_new0 (Shot, 1);
  shot->window = window;
  shot->path = g_strdup (path);
  /* ITA_SCREENSHOT_FRAME=N writes the Nth frame instead: the UI tests
   * check that a later frame shows nothing the first did not */
  shot->wanted = g_getenv ("ITA_SCREENSHOT_FRAME")
                 ? (guint) CLAMP (g_ascii_strtoull (g_getenv ("ITA_SCREENSHOT_FRAME"), NULL, 10), 1, 100) : 1;
  /* Without shadows and rounded corners the client-side decorations take
   * no room, so the PNG has exactly the window's default size. */
  gtk_widget_add_css_class (window, "screenshot");
  /* neither where the pointer happens to be (Xvfb puts it mid-screen) nor
   * when the window manager makes the window active may show: no hover,
   * no scroll bar woken by it, no focused field whose selection changes
   * as the window gains focus */
  gtk_widget_set_can_target (window, FALSE);
  gtk_widget_set_can_focus (window, FALSE);
  g_signal_connect (window, "map", G_CALLBACK (on_map), shot);
  g_object_set_data_full (G_OBJECT (window), "ita-screenshot", shot, (GDestroyNotify) shot_free);
}
