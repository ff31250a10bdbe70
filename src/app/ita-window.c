/* ita-window.c: the main window — welcome page or the views of one project */
#include "config.h"

#include <glib/gi18n.h>

#include "ita-display.h"
#include "ita-view.h"
#include "ita-views.h"
#include "ita-window-private.h"

G_DEFINE_FINAL_TYPE (ItaWindow, ita_window, GTK_TYPE_APPLICATION_WINDOW)

gboolean
ita_window_is_view_name (const char *name)
{
  return ita_views_is_name (name);
}

static void
update_title (ItaWindow *self)
{
  g_autoptr(ItaAgency) agency = NULL;
  g_autofree char *title = NULL;
  g_autofree char *year = NULL;

  if (self->project == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("ITA Planner"));
      gtk_label_set_text (self->title_label, _("ITA Planner"));
      gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), FALSE);
      return;
    }

  agency = ita_project_get_agency (self->project);
  year = ita_session_format_year (self->session, ita_project_get_fiscal_year (self->project));
  if (agency->name != NULL && *agency->name != '\0')
    title = g_strdup_printf ("%s — %s", agency->name, year);
  else
    title = g_strdup_printf ("%s — %s", _("Untitled agency"), year);

  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->subtitle_label,
                      ita_project_get_read_only (self->project)
                        ? _("Read-only: changes cannot be made")
                        : _("All changes saved"));
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), TRUE);
}

static void
on_session_changed (ItaSession       *session,
                    ItaProjectChange  kind,
                    const char       *key,
                    ItaWindow        *self)
{
  if (kind == ITA_PROJECT_CHANGE_AGENCY || kind == ITA_PROJECT_CHANGE_ALL ||
      g_strcmp0 (key, "thai-digits") == 0)
    update_title (self);
  ita_window_actions_update (self);
}

static void
on_project_notify (ItaProject *project,
                   GParamSpec *pspec,
                   ItaWindow  *self)
{
  ita_window_actions_update (self);
}

/* The welcome page is made when first shown, or when it has an error to
 * show: a window opened on a file never needs it, and it reads the whole
 * recent files list. */
static ItaWelcomePage *
ensure_welcome_page (ItaWindow *self)
{
  if (self->welcome_page == NULL)
    {
      self->welcome_page = g_object_new (ITA_TYPE_WELCOME_PAGE,
                                         "hexpand", TRUE,
                                         "vexpand", TRUE,
                                         NULL);
      gtk_box_append (GTK_BOX (self->welcome_slot), GTK_WIDGET (self->welcome_page));
    }
  return self->welcome_page;
}

static void
welcome_slot_map (GtkWidget *slot,
                  ItaWindow *self)
{
  ensure_welcome_page (self);
}

void
ita_window_show_error (ItaWindow  *self,
                       const char *message)
{
  g_return_if_fail (ITA_IS_WINDOW (self));

  if (self->project == NULL)
    ita_welcome_page_set_error (ensure_welcome_page (self), message);
  else
    {
      gtk_label_set_text (self->project_error_label, message ? message : "");
      gtk_revealer_set_reveal_child (GTK_REVEALER (self->project_error_revealer), message != NULL);
    }
}

static void
dismiss_project_error (GtkButton *button,
                       ItaWindow *self)
{
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->project_error_revealer), FALSE);
}

/* Views are made when first shown: the sidebar lists every view of the
 * table from the start, each page holding an empty box until the view is
 * needed, so opening a project builds and fills only the view on screen. */
GtkWidget *
ita_window_get_view (ItaWindow  *self,
                     const char *name)
{
  const ItaViewInfo *info;
  GtkWidget *page;
  GtkWidget *view;

  g_return_val_if_fail (ITA_IS_WINDOW (self), NULL);

  info = ita_views_lookup (name);
  page = gtk_stack_get_child_by_name (self->view_stack, name);
  if (info == NULL || info->get_type == NULL || page == NULL)
    return NULL;

  view = gtk_widget_get_first_child (page);
  if (view == NULL)
    {
      view = g_object_new (info->get_type (), "session", self->session, NULL);
      gtk_widget_set_hexpand (view, TRUE);
      gtk_widget_set_vexpand (view, TRUE);
      gtk_box_append (GTK_BOX (page), view);
    }
  return view;
}

static void
on_visible_view_changed (GtkStack   *stack,
                         GParamSpec *pspec,
                         ItaWindow  *self)
{
  const char *name = gtk_stack_get_visible_child_name (stack);

  if (name != NULL && self->project != NULL)
    ita_window_get_view (self, name);
}

static void
set_views_session (ItaWindow  *self,
                   ItaSession *session)
{
  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (self->view_stack));
       page != NULL;
       page = gtk_widget_get_next_sibling (page))
    {
      GtkWidget *view = gtk_widget_get_first_child (page);

      if (ITA_IS_VIEW (view))
        ita_view_set_session (ITA_VIEW (view), session);
    }
}

void
ita_window_set_project (ItaWindow  *self,
                        ItaProject *project)
{
  g_return_if_fail (ITA_IS_WINDOW (self));
  g_return_if_fail (project == NULL || ITA_IS_PROJECT (project));

  if (self->project == project)
    return;

  if (self->project != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->project, self);
      g_signal_handlers_disconnect_by_data (self->session, self);
      set_views_session (self, NULL);
      ita_project_close (self->project);
      g_clear_object (&self->session);
      g_clear_object (&self->project);
    }

  if (project != NULL)
    {
      self->project = g_object_ref (project);
      self->session = ita_session_new (project, self->settings);
      g_signal_connect_object (self->session, "changed", G_CALLBACK (on_session_changed), self, 0);
      g_signal_connect_object (project, "notify", G_CALLBACK (on_project_notify), self, 0);
      set_views_session (self, self->session);
      if (self->welcome_page != NULL)
        ita_welcome_page_set_error (self->welcome_page, NULL);
      gtk_stack_set_visible_child_name (self->main_stack, "project");
      on_visible_view_changed (self->view_stack, NULL, self);
    }
  else
    gtk_stack_set_visible_child_name (self->main_stack, "welcome");

  update_title (self);
  ita_window_actions_update (self);
}

ItaProject *
ita_window_get_project (ItaWindow *self)
{
  g_return_val_if_fail (ITA_IS_WINDOW (self), NULL);
  return self->project;
}

gboolean
ita_window_has_project (ItaWindow *self)
{
  g_return_val_if_fail (ITA_IS_WINDOW (self), FALSE);
  return self->project != NULL;
}

void
ita_window_open_default (ItaWindow *self)
{
  g_return_if_fail (ITA_IS_WINDOW (self));
  gtk_stack_set_visible_child_name (self->main_stack, self->project ? "project" : "welcome");
}

gboolean
ita_window_reveal (ItaWindow  *self,
                   const char *view,
                   const char *key)
{
  const char *name;
  GtkWidget *widget;

  g_return_val_if_fail (ITA_IS_WINDOW (self), FALSE);

  if (self->session == NULL)
    return FALSE;
  name = ita_views_resolve (view, key, ita_session_get_edition (self->session));
  if (name == NULL || !ita_window_show_view (self, name))
    return FALSE;
  widget = ita_window_get_view (self, name);
  return ita_view_reveal (ITA_VIEW (widget), key != NULL && *key != '\0' ? key : NULL);
}

ItaSession *
ita_window_get_session (ItaWindow *self)
{
  g_return_val_if_fail (ITA_IS_WINDOW (self), NULL);
  return self->session;
}

void
ita_window_set_keep_size (ItaWindow *self,
                          gboolean   keep_size)
{
  g_return_if_fail (ITA_IS_WINDOW (self));
  self->keep_size = keep_size;
}

/* The size and state the window opens with next time. Saved on every way
 * out: closing the window (close_request) and quitting the application,
 * which destroys its windows (dispose). */
static void
save_size (ItaWindow *self)
{
  int width, height;

  if (!self->keep_size || self->settings == NULL)
    return;
  self->keep_size = FALSE;  /* once */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
}

const char *
ita_window_get_visible_view (ItaWindow *self)
{
  g_return_val_if_fail (ITA_IS_WINDOW (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "project") != 0)
    return "welcome";
  return gtk_stack_get_visible_child_name (self->view_stack);
}

gboolean
ita_window_show_view (ItaWindow  *self,
                      const char *name)
{
  g_return_val_if_fail (ITA_IS_WINDOW (self), FALSE);

  if (g_strcmp0 (name, "welcome") == 0)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
      return TRUE;
    }
  if (self->project == NULL || ita_window_get_view (self, name) == NULL)
    return FALSE;

  gtk_stack_set_visible_child_name (self->main_stack, "project");
  gtk_stack_set_visible_child_name (self->view_stack, name);
  return TRUE;
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         ItaWindow     *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    {
      g_autofree char *name = g_file_get_basename (l->data);

      if (name != NULL && g_str_has_suffix (name, "." ITA_PROJECT_EXTENSION))
        {
          ita_window_open_file (self, l->data);
          return TRUE;
        }
    }
  ita_window_show_error (self, _("Only ITA Planner projects (.ita files) can be opened by dropping them here."));
  return FALSE;
}

static gboolean
ita_window_close_request (GtkWindow *window)
{
  ItaWindow *self = ITA_WINDOW (window);

  save_size (self);
  if (self->project != NULL)
    ita_project_close (self->project);

  return GTK_WINDOW_CLASS (ita_window_parent_class)->close_request (window);
}

static void
ita_window_dispose (GObject *object)
{
  ItaWindow *self = ITA_WINDOW (object);

  save_size (self);
  if (self->project != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->project, self);
      g_signal_handlers_disconnect_by_data (self->session, self);
      ita_project_close (self->project);
      g_clear_object (&self->session);
      g_clear_object (&self->project);
    }
  g_clear_object (&self->settings);
  /* GtkWindow disposes its own child; no gtk_widget_dispose_template here */

  G_OBJECT_CLASS (ita_window_parent_class)->dispose (object);
}

static void
ita_window_class_init (ItaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ita_window_dispose;
  window_class->close_request = ita_window_close_request;

  {
    guint n;
    const ItaViewInfo *views = ita_views_get_table (&n);

    for (guint i = 0; i < n; i++)
      if (views[i].get_type != NULL)
        g_type_ensure (views[i].get_type ());
  }

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ita-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ItaWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ItaWindow, welcome_slot);
  gtk_widget_class_bind_template_child (widget_class, ItaWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, ItaWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, ItaWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, ItaWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, ItaWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, ItaWindow, project_error_revealer);
  gtk_widget_class_bind_template_child (widget_class, ItaWindow, project_error_label);
  gtk_widget_class_bind_template_callback (widget_class, dismiss_project_error);
  gtk_widget_class_bind_template_callback (widget_class, welcome_slot_map);

  ita_window_actions_init (klass);
}

static void
ita_window_init (ItaWindow *self)
{
  GtkDropTarget *drop;
  const ItaViewInfo *views;
  guint n_views;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->keep_size = TRUE;
  self->settings = g_settings_new (APPLICATION_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* the views of this version, in the table's order: the sidebar */
  views = ita_views_get_table (&n_views);
  for (guint i = 0; i < n_views; i++)
    if (views[i].get_type != NULL)
      gtk_stack_add_titled (self->view_stack, gtk_box_new (GTK_ORIENTATION_VERTICAL, 0),
                            views[i].name, _(views[i].title));
  g_signal_connect (self->view_stack, "notify::visible-child",
                    G_CALLBACK (on_visible_view_changed), self);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  if (g_str_has_suffix (APPLICATION_ID, ".Devel"))
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  update_title (self);
  ita_window_actions_update (self);
}

ItaWindow *
ita_window_new (ItaApplication *application)
{
  return g_object_new (ITA_TYPE_WINDOW, "application", application, NULL);
}
