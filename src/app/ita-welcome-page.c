/* ita-welcome-page.c: new project, open, the sample, recent projects */
#include "config.h"

#include <glib/gi18n.h>

#include "ita-display.h"
#include "ita-welcome-page.h"

#define MAX_RECENT 8

struct _ItaWelcomePage
{
  GtkWidget         parent_instance;

  /* template widgets */
  GtkWidget        *scroller;
  GtkWidget        *box;
  GtkRevealer      *error_revealer;
  GtkLabel         *error_label;
  GtkListBox       *recent_list;
  GtkWidget        *recent_box;

  /* borrowed */
  GtkRecentManager *recent_manager;
};

G_DEFINE_FINAL_TYPE (ItaWelcomePage, ita_welcome_page, GTK_TYPE_WIDGET)

static gboolean
is_project (GtkRecentInfo *info)
{
  const char *uri = gtk_recent_info_get_uri (info);

  return uri != NULL && g_str_has_suffix (uri, ".ita") && gtk_recent_info_exists (info);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *ia = *(GtkRecentInfo **) a;
  GtkRecentInfo *ib = *(GtkRecentInfo **) b;
  GDateTime *ma = gtk_recent_info_get_modified (ia);  /* transfer none */
  GDateTime *mb = gtk_recent_info_get_modified (ib);

  return g_date_time_compare (mb, ma);
}

/* The agency and the fiscal year, as the window keeps them in the recent
 * list (display name, description: ita-window-actions.c); the file name
 * for an entry without them. */
static char *
recent_title (GtkRecentInfo *info,
              const char    *file_name,
              gboolean       thai_digits)
{
  const char *agency = gtk_recent_info_get_display_name (info);
  const char *year = gtk_recent_info_get_description (info);
  gint64 fy = 0;

  if (agency == NULL || *agency == '\0' || g_strcmp0 (agency, file_name) == 0 ||
      year == NULL || !g_ascii_string_to_signed (year, 10, 2400, 2800, &fy, NULL))
    return g_strdup (file_name);
  {
    g_autofree char *digits = ita_display_int ((int) fy, thai_digits);
    g_autofree char *fiscal = ita_display_fiscal_year (digits);

    return g_strdup_printf ("%s — %s", agency, fiscal);
  }
}

static GtkWidget *
recent_row (GtkRecentInfo *info,
            gboolean       thai_digits)
{
  g_autoptr(GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *folder = parent ? g_file_get_parse_name (parent) : g_strdup ("");
  g_autofree char *heading = recent_title (info, name, thai_digits);
  g_autofree char *where = g_strcmp0 (heading, name) != 0
    /* TRANSLATORS: a recent project's file and folder: "plan-2568.ita in /home/…" */
    ? g_strdup_printf (_("%s in %s"), name, folder) : g_strdup (folder);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (heading);
  GtkWidget *subtitle = gtk_label_new (where);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_START);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-recent");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", gtk_recent_info_get_uri (info));
  gtk_widget_set_name (title, "recent-title");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, where,
                                  -1);
  return row;
}

static void
reload_recent (ItaWelcomePage *self)
{
  GList *items = gtk_recent_manager_get_items (self->recent_manager);
  g_autoptr(GPtrArray) projects = g_ptr_array_new ();
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  gboolean thai_digits = g_settings_get_boolean (settings, "thai-digits");
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  for (GList *l = items; l != NULL; l = l->next)
    if (is_project (l->data))
      g_ptr_array_add (projects, l->data);
  g_ptr_array_sort (projects, compare_recent);

  for (guint i = 0; i < projects->len && i < MAX_RECENT; i++)
    gtk_list_box_append (self->recent_list, recent_row (g_ptr_array_index (projects, i), thai_digits));

  gtk_widget_set_visible (self->recent_box, projects->len > 0);
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

static void
on_row_activated (GtkListBox    *box,
                  GtkListBoxRow *row,
                  gpointer       user_data)
{
  /* the row is actionable: activating it runs win.open-recent */
}

void
ita_welcome_page_set_error (ItaWelcomePage *self,
                            const char     *message)
{
  g_return_if_fail (ITA_IS_WELCOME_PAGE (self));

  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
dismiss_error (GtkButton      *button,
               ItaWelcomePage *self)
{
  ita_welcome_page_set_error (self, NULL);
}

static void
ita_welcome_page_dispose (GObject *object)
{
  ItaWelcomePage *self = ITA_WELCOME_PAGE (object);

  if (self->recent_manager != NULL)
    g_signal_handlers_disconnect_by_data (self->recent_manager, self);
  self->recent_manager = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), ITA_TYPE_WELCOME_PAGE);

  G_OBJECT_CLASS (ita_welcome_page_parent_class)->dispose (object);
}

static void
ita_welcome_page_class_init (ItaWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ita_welcome_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ita-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ItaWelcomePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, ItaWelcomePage, box);
  gtk_widget_class_bind_template_child (widget_class, ItaWelcomePage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, ItaWelcomePage, error_label);
  gtk_widget_class_bind_template_child (widget_class, ItaWelcomePage, recent_list);
  gtk_widget_class_bind_template_child (widget_class, ItaWelcomePage, recent_box);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, dismiss_error);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "welcomepage");
}

static void
ita_welcome_page_init (ItaWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->recent_manager = gtk_recent_manager_get_default ();
  g_signal_connect_object (self->recent_manager, "changed",
                           G_CALLBACK (reload_recent), self, G_CONNECT_SWAPPED);
  reload_recent (self);
}
