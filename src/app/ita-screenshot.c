/* ita-screenshot.c: draw a window into a PNG once it is loaded */
#include "config.h"

#include <glib/gi18n.h>

#include "ita-screenshot.h"
#include "ita-window.h"

/* Frames to let pass before the window counts as loaded and drawn: the
 * first frames still lay out, load fonts and size list rows. */
#define SETTLE_FRAMES 6

typedef struct {
  GtkWidget *window;  /* borrowed: the application keeps it alive */
  char      *path;
  char      *view;
  guint      frames;
  gboolean   view_shown;
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
  g_free (shot->path);
  g_free (shot->view);
  g_free (shot);
}

static gboolean
save_png (GtkWidget   *window,
          const char  *path,
          GError     **error)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer;
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);

  if (width <= 0 || height <= 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The window has no size yet; nothing to draw."));
      return FALSE;
    }

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The window drew nothing."));
      return FALSE;
    }

  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write “%s”. Check that the folder exists and is writable."), path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  Shot *shot = user_data;
  g_autoptr(GError) error = NULL;

  if (++shot->frames < SETTLE_FRAMES)
    {
      gtk_widget_queue_draw (widget);
      return G_SOURCE_CONTINUE;
    }

  if (shot->view != NULL && !shot->view_shown)
    {
      shot->view_shown = TRUE;
      if (!ita_window_show_view (ITA_WINDOW (widget), shot->view))
        {
          g_printerr (_("ita-planner: the view “%s” cannot be shown (open a project first, or the view is not available in this version)\n"),
                      shot->view);
          exit_status = 1;
          g_application_quit (g_application_get_default ());
          return G_SOURCE_REMOVE;
        }
      shot->frames = 0;
      gtk_widget_queue_draw (widget);
      return G_SOURCE_CONTINUE;
    }

  if (!save_png (widget, shot->path, &error))
    {
      g_printerr ("ita-planner: %s\n", error->message);
      exit_status = 1;
    }
  g_application_quit (g_application_get_default ());
  return G_SOURCE_REMOVE;
}

void
ita_screenshot_take_when_ready (GtkWidget  *window,
                                const char *path,
                                const char *view)
{
  Shot *shot;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (path != NULL);

  shot = g_new0 (Shot, 1);
  shot->window = window;
  shot->path = g_strdup (path);
  shot->view = g_strdup (view);
  /* Without shadows and rounded corners the client-side decorations take
   * no room, so the PNG has exactly the window's default size. */
  gtk_widget_add_css_class (window, "screenshot");
  gtk_widget_add_tick_callback (window, on_tick, shot, (GDestroyNotify) shot_free);
}
