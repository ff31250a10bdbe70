/* ita-agency-view.c: the Agency view — profile and responsible units
 *
 * The profile is saved field by field (Enter or leaving the field); the
 * units are a tree shown as an indented list, edited with the buttons
 * beside it (or Alt+arrows). A unit that something refers to is not
 * removed: the view lists what refers to it.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-agency-view.h"

struct _ItaAgencyView
{
  ItaView     parent_instance;

  /* template widgets */
  GtkEntry    *name_entry;
  GtkDropDown *kind_dropdown;
  GtkEntry    *kind_entry;
  GtkEntry    *district_entry;
  GtkEntry    *province_entry;
  GtkEntry    *website_entry;
  GtkLabel    *profile_message;
  GtkListBox  *units_list;
  GtkEntry    *unit_name_entry;
  GtkDropDown *unit_kind_dropdown;
  GtkLabel    *units_message;

  /* borrowed: the loaded session's project (ItaView holds it) */
  ItaProject  *project;

  /* owned */
  GPtrArray   *units;          /* of ItaUnit, in display order */
  gint64       selected_id;
  gboolean     loading;        /* filling the widgets: do not save */
};

static const char * const agency_kinds[] = {
  "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร", "องค์การบริหารส่วนตำบล", NULL
};

static const ItaUnitKind unit_kinds[] = {
  ITA_UNIT_KIND_OFFICE, ITA_UNIT_KIND_DIVISION, ITA_UNIT_KIND_SECTION,
  ITA_UNIT_KIND_WORK, ITA_UNIT_KIND_OTHER,
};

G_DEFINE_FINAL_TYPE (ItaAgencyView, ita_agency_view, ITA_TYPE_VIEW)

const char * const *
ita_agency_kinds (void)
{
  return agency_kinds;
}

static gboolean
writable (ItaAgencyView *self)
{
  return self->project != NULL && !ita_project_get_read_only (self->project);
}

/* --- profile -------------------------------------------------------- */

static guint
kind_index (const char *kind)
{
  guint n = g_strv_length ((char **) agency_kinds);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (kind, agency_kinds[i]) == 0)
      return i;
  return n;  /* other */
}

static void
update_kind_entry (ItaAgencyView *self)
{
  gboolean other = gtk_drop_down_get_selected (self->kind_dropdown) ==
                   g_strv_length ((char **) agency_kinds);

  gtk_widget_set_visible (GTK_WIDGET (self->kind_entry), other);
}

static void
load_profile (ItaAgencyView *self)
{
  g_autoptr(ItaAgency) agency = self->project ? ita_project_get_agency (self->project) : ita_agency_new ();
  guint kind = kind_index (agency->kind);
  gboolean can_edit = writable (self);

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), agency->name);
  gtk_drop_down_set_selected (self->kind_dropdown, kind);
  gtk_editable_set_text (GTK_EDITABLE (self->kind_entry),
                         kind == g_strv_length ((char **) agency_kinds) ? agency->kind : "");
  gtk_editable_set_text (GTK_EDITABLE (self->district_entry), agency->district);
  gtk_editable_set_text (GTK_EDITABLE (self->province_entry), agency->province);
  gtk_editable_set_text (GTK_EDITABLE (self->website_entry), agency->website);
  update_kind_entry (self);
  self->loading = FALSE;

  gtk_editable_set_editable (GTK_EDITABLE (self->name_entry), can_edit);
  gtk_editable_set_editable (GTK_EDITABLE (self->kind_entry), can_edit);
  gtk_editable_set_editable (GTK_EDITABLE (self->district_entry), can_edit);
  gtk_editable_set_editable (GTK_EDITABLE (self->province_entry), can_edit);
  gtk_editable_set_editable (GTK_EDITABLE (self->website_entry), can_edit);
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_dropdown), can_edit);
}

static char *
entry_text (GtkEntry *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

static void
save_profile (ItaAgencyView *self)
{
  g_autoptr(ItaAgency) old = NULL;
  g_autoptr(ItaAgency) agency = ita_agency_new ();
  g_autoptr(GError) error = NULL;
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);

  if (self->loading || !writable (self))
    return;

  old = ita_project_get_agency (self->project);
  g_free (agency->name);
  agency->name = entry_text (self->name_entry);
  g_free (agency->kind);
  agency->kind = kind < g_strv_length ((char **) agency_kinds) ? g_strdup (agency_kinds[kind])
                                                               : entry_text (self->kind_entry);
  g_free (agency->district);
  agency->district = entry_text (self->district_entry);
  g_free (agency->province);
  agency->province = entry_text (self->province_entry);
  g_free (agency->website);
  agency->website = entry_text (self->website_entry);

  if (g_strcmp0 (old->name, agency->name) == 0 && g_strcmp0 (old->kind, agency->kind) == 0 &&
      g_strcmp0 (old->district, agency->district) == 0 &&
      g_strcmp0 (old->province, agency->province) == 0 &&
      g_strcmp0 (old->website, agency->website) == 0)
    return;

  if (!ita_project_set_agency (self->project, agency, &error))
    {
      gtk_label_set_text (self->profile_message, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->profile_message), TRUE);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->profile_message), FALSE);
}

static void
on_profile_activate (GtkEntry      *entry,
                     ItaAgencyView *self)
{
  save_profile (self);
}

static void
on_profile_focus_leave (GtkEventControllerFocus *controller,
                        ItaAgencyView           *self)
{
  save_profile (self);
}

static void
on_kind_selected (GtkDropDown   *dropdown,
                  GParamSpec    *pspec,
                  ItaAgencyView *self)
{
  update_kind_entry (self);
  if (gtk_drop_down_get_selected (dropdown) < g_strv_length ((char **) agency_kinds))
    save_profile (self);
}

static void
watch_entry (ItaAgencyView *self,
             GtkEntry      *entry)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (entry, "activate", G_CALLBACK (on_profile_activate), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_profile_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (entry), focus);
}

/* --- units ---------------------------------------------------------- */

static const ItaUnit *
find_unit (ItaAgencyView *self,
           gint64         id)
{
  for (guint i = 0; self->units != NULL && i < self->units->len; i++)
    {
      const ItaUnit *unit = g_ptr_array_index (self->units, i);
      if (unit->id == id)
        return unit;
    }
  return NULL;
}

/* The siblings of a unit (same parent), in order, and its index among them. */
static GPtrArray *
siblings_of (ItaAgencyView *self,
             const ItaUnit *unit,
             guint         *index)
{
  GPtrArray *siblings = g_ptr_array_new ();

  for (guint i = 0; i < self->units->len; i++)
    {
      const ItaUnit *other = g_ptr_array_index (self->units, i);
      if (other->parent_id != unit->parent_id)
        continue;
      if (other->id == unit->id)
        *index = siblings->len;
      g_ptr_array_add (siblings, (gpointer) other);
    }
  return siblings;
}

static void
show_units_message (ItaAgencyView *self,
                    const char    *message)
{
  gtk_label_set_text (self->units_message, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->units_message), message != NULL);
}

static GtkWidget *
unit_row (const ItaUnit *unit)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = gtk_label_new (unit->name);
  GtkWidget *kind = gtk_label_new (ita_unit_kind_label (unit->kind));
  g_autofree char *a11y = g_strdup_printf ("%s (%s)", unit->name, ita_unit_kind_label (unit->kind));

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12 + 28 * (int) unit->depth);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD);
  gtk_widget_set_hexpand (name, TRUE);
  if (unit->depth == 0)
    gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_widget_add_css_class (kind, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), kind);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  return row;
}

static void
update_unit_actions (ItaAgencyView *self)
{
  const ItaUnit *unit = find_unit (self, self->selected_id);
  gboolean can_edit = writable (self);
  gboolean first = TRUE, last = TRUE;

  if (unit != NULL)
    {
      guint index = 0;
      g_autoptr(GPtrArray) siblings = siblings_of (self, unit, &index);
      first = index == 0;
      last = index + 1 >= siblings->len;
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agency.add-unit", can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agency.add-subunit", can_edit && unit != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agency.remove-unit", can_edit && unit != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agency.move-up", can_edit && unit != NULL && !first);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agency.move-down", can_edit && unit != NULL && !last);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agency.indent", can_edit && unit != NULL && !first);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agency.outdent",
                                 can_edit && unit != NULL && unit->parent_id != ITA_ID_NONE);
  gtk_editable_set_editable (GTK_EDITABLE (self->unit_name_entry), can_edit && unit != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->unit_kind_dropdown), can_edit && unit != NULL);
}

static void
load_units (ItaAgencyView *self)
{
  GtkListBoxRow *child;

  self->loading = TRUE;
  /* rows only: the placeholder stays */
  while ((child = gtk_list_box_get_row_at_index (self->units_list, 0)) != NULL)
    gtk_list_box_remove (self->units_list, GTK_WIDGET (child));
  g_clear_pointer (&self->units, g_ptr_array_unref);
  if (self->project != NULL)
    self->units = ita_project_get_units (self->project);

  for (guint i = 0; self->units != NULL && i < self->units->len; i++)
    {
      const ItaUnit *unit = g_ptr_array_index (self->units, i);
      GtkWidget *row = unit_row (unit);

      gtk_list_box_append (self->units_list, row);
      if (unit->id == self->selected_id)
        gtk_list_box_select_row (self->units_list, GTK_LIST_BOX_ROW (row));
    }
  if (find_unit (self, self->selected_id) == NULL)
    {
      self->selected_id = ITA_ID_NONE;
      gtk_editable_set_text (GTK_EDITABLE (self->unit_name_entry), "");
    }
  self->loading = FALSE;
  update_unit_actions (self);
}

static void
on_unit_selected (GtkListBox    *box,
                  GtkListBoxRow *row,
                  ItaAgencyView *self)
{
  const ItaUnit *unit;

  if (self->loading)
    return;
  self->selected_id = ITA_ID_NONE;
  if (row != NULL && self->units != NULL)
    {
      unit = g_ptr_array_index (self->units, gtk_list_box_row_get_index (row));
      self->selected_id = unit->id;
      self->loading = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->unit_name_entry), unit->name);
      for (guint i = 0; i < G_N_ELEMENTS (unit_kinds); i++)
        if (unit_kinds[i] == unit->kind)
          gtk_drop_down_set_selected (self->unit_kind_dropdown, i);
      self->loading = FALSE;
    }
  show_units_message (self, NULL);
  update_unit_actions (self);
}

static void
report (ItaAgencyView *self,
        gboolean       ok,
        GError        *error)
{
  show_units_message (self, ok ? NULL : error->message);
}

static void
on_unit_name_activate (GtkEntry      *entry,
                       ItaAgencyView *self)
{
  g_autofree char *name = entry_text (entry);
  const ItaUnit *unit = find_unit (self, self->selected_id);
  g_autoptr(GError) error = NULL;

  if (unit == NULL || !writable (self) || g_strcmp0 (name, unit->name) == 0)
    return;
  if (*name == '\0')
    {
      show_units_message (self, _("A unit needs a name."));
      return;
    }
  report (self, ita_project_rename_unit (self->project, unit->id, name, &error), error);
}

static void
on_unit_kind_selected (GtkDropDown   *dropdown,
                       GParamSpec    *pspec,
                       ItaAgencyView *self)
{
  const ItaUnit *unit = find_unit (self, self->selected_id);
  guint i = gtk_drop_down_get_selected (dropdown);
  g_autoptr(GError) error = NULL;

  if (self->loading || unit == NULL || !writable (self) || i >= G_N_ELEMENTS (unit_kinds) ||
      unit_kinds[i] == unit->kind)
    return;
  report (self, ita_project_set_unit_kind (self->project, unit->id, unit_kinds[i], &error), error);
}

static void
add_unit (ItaAgencyView *self,
          gint64         parent_id)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ITA_ID_NONE;
  GtkListBoxRow *row;

  if (!ita_project_add_unit (self->project, parent_id, _("New unit"),
                             parent_id == ITA_ID_NONE ? ITA_UNIT_KIND_DIVISION : ITA_UNIT_KIND_WORK,
                             &id, &error))
    {
      report (self, FALSE, error);
      return;
    }
  self->selected_id = id;
  load_units (self);
  row = gtk_list_box_get_selected_row (self->units_list);
  if (row != NULL)
    on_unit_selected (self->units_list, row, self);
  gtk_widget_grab_focus (GTK_WIDGET (self->unit_name_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->unit_name_entry), 0, -1);
}

static void
add_unit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  add_unit (ITA_AGENCY_VIEW (widget), ITA_ID_NONE);
}

static void
add_subunit_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  ItaAgencyView *self = ITA_AGENCY_VIEW (widget);

  if (self->selected_id != ITA_ID_NONE)
    add_unit (self, self->selected_id);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  ItaAgencyView *self = ITA_AGENCY_VIEW (widget);
  const ItaUnit *unit = find_unit (self, self->selected_id);
  g_autoptr(GPtrArray) siblings = NULL;
  g_autoptr(GError) error = NULL;
  guint index = 0;
  gboolean ok = TRUE;

  if (unit == NULL || !writable (self))
    return;
  siblings = siblings_of (self, unit, &index);

  if (g_str_equal (action_name, "agency.move-up") && index > 0)
    ok = ita_project_move_unit (self->project, unit->id, unit->parent_id, (int) index - 1, &error);
  else if (g_str_equal (action_name, "agency.move-down") && index + 1 < siblings->len)
    ok = ita_project_move_unit (self->project, unit->id, unit->parent_id, (int) index + 1, &error);
  else if (g_str_equal (action_name, "agency.indent") && index > 0)
    {
      const ItaUnit *above = g_ptr_array_index (siblings, index - 1);
      ok = ita_project_move_unit (self->project, unit->id, above->id, -1, &error);
    }
  else if (g_str_equal (action_name, "agency.outdent") && unit->parent_id != ITA_ID_NONE)
    {
      const ItaUnit *parent = find_unit (self, unit->parent_id);
      guint parent_index = 0;
      g_autoptr(GPtrArray) parent_siblings = parent ? siblings_of (self, parent, &parent_index) : NULL;

      if (parent != NULL)
        ok = ita_project_move_unit (self->project, unit->id, parent->parent_id,
                                    (int) parent_index + 1, &error);
    }
  report (self, ok, error);
}

static void
remove_unit_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  ItaAgencyView *self = ITA_AGENCY_VIEW (widget);
  const ItaUnit *unit = find_unit (self, self->selected_id);
  g_auto(GStrv) references = NULL;
  g_autoptr(GError) error = NULL;

  if (unit == NULL || !writable (self))
    return;
  references = ita_project_get_unit_references (self->project, unit->id);
  if (references != NULL && references[0] != NULL)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      g_string_append_printf (text, _("“%s” is not removed because it is still named in:"), unit->name);
      for (guint i = 0; references[i] != NULL; i++)
        g_string_append_printf (text, "\n• %s", references[i]);
      g_string_append (text, "\n");
      g_string_append (text, _("Choose another unit there first."));
      show_units_message (self, text->str);
      return;
    }
  report (self, ita_project_remove_unit (self->project, unit->id, &error), error);
}

/* --- session -------------------------------------------------------- */

static void
ita_agency_view_changed (ItaView          *view,
                         ItaProjectChange  kind,
                         const char       *key)
{
  ItaAgencyView *self = ITA_AGENCY_VIEW (view);

  if (kind == ITA_PROJECT_CHANGE_AGENCY || kind == ITA_PROJECT_CHANGE_ALL)
    load_profile (self);
  if (kind == ITA_PROJECT_CHANGE_UNITS || kind == ITA_PROJECT_CHANGE_ALL)
    load_units (self);
}

static void
ita_agency_view_session_set (ItaView    *view,
                             ItaSession *session)
{
  ItaAgencyView *self = ITA_AGENCY_VIEW (view);

  self->project = session ? ita_session_get_project (session) : NULL;
  self->selected_id = ITA_ID_NONE;
  show_units_message (self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->profile_message), FALSE);
  load_profile (self);
  load_units (self);
}

/* "unit:<id>" selects a unit; "name", "kind", "district", "province",
 * "website" move the focus to that field of the profile. */
static gboolean
ita_agency_view_reveal (ItaView    *view,
                        const char *key)
{
  ItaAgencyView *self = ITA_AGENCY_VIEW (view);
  struct { const char *key; GtkWidget *widget; } fields[] = {
    { "name", GTK_WIDGET (self->name_entry) },
    { "kind", GTK_WIDGET (self->kind_dropdown) },
    { "district", GTK_WIDGET (self->district_entry) },
    { "province", GTK_WIDGET (self->province_entry) },
    { "website", GTK_WIDGET (self->website_entry) },
  };

  if (g_str_has_prefix (key, "unit:"))
    {
      gint64 id = g_ascii_strtoll (key + strlen ("unit:"), NULL, 10);

      for (guint i = 0; self->units != NULL && i < self->units->len; i++)
        if (((ItaUnit *) g_ptr_array_index (self->units, i))->id == id)
          {
            GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->units_list, (int) i);

            gtk_list_box_select_row (self->units_list, row);
            gtk_widget_grab_focus (GTK_WIDGET (row));
            return TRUE;
          }
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (key, fields[i].key))
      {
        gtk_widget_grab_focus (fields[i].widget);
        return TRUE;
      }
  return FALSE;
}

/* --- GObject -------------------------------------------------------- */

static void
ita_agency_view_dispose (GObject *object)
{
  ItaAgencyView *self = ITA_AGENCY_VIEW (object);
  GtkWidget *child;

  self->project = NULL;
  /* the template's top child has no id: unparent it ourselves */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  gtk_widget_dispose_template (GTK_WIDGET (self), ITA_TYPE_AGENCY_VIEW);
  g_clear_pointer (&self->units, g_ptr_array_unref);

  G_OBJECT_CLASS (ita_agency_view_parent_class)->dispose (object);
}

static void
ita_agency_view_class_init (ItaAgencyViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ItaViewClass *view_class = ITA_VIEW_CLASS (klass);

  object_class->dispose = ita_agency_view_dispose;

  view_class->session_set = ita_agency_view_session_set;
  view_class->changed = ita_agency_view_changed;
  view_class->reveal = ita_agency_view_reveal;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ita-agency-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ItaAgencyView, name_entry);
  gtk_widget_class_bind_template_child (widget_class, ItaAgencyView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ItaAgencyView, kind_entry);
  gtk_widget_class_bind_template_child (widget_class, ItaAgencyView, district_entry);
  gtk_widget_class_bind_template_child (widget_class, ItaAgencyView, province_entry);
  gtk_widget_class_bind_template_child (widget_class, ItaAgencyView, website_entry);
  gtk_widget_class_bind_template_child (widget_class, ItaAgencyView, profile_message);
  gtk_widget_class_bind_template_child (widget_class, ItaAgencyView, units_list);
  gtk_widget_class_bind_template_child (widget_class, ItaAgencyView, unit_name_entry);
  gtk_widget_class_bind_template_child (widget_class, ItaAgencyView, unit_kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ItaAgencyView, units_message);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_name_activate);

  gtk_widget_class_install_action (widget_class, "agency.add-unit", NULL, add_unit_action);
  gtk_widget_class_install_action (widget_class, "agency.add-subunit", NULL, add_subunit_action);
  gtk_widget_class_install_action (widget_class, "agency.remove-unit", NULL, remove_unit_action);
  gtk_widget_class_install_action (widget_class, "agency.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "agency.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "agency.indent", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "agency.outdent", NULL, move_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "agency.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "agency.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "agency.indent", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "agency.outdent", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "agencyview");
}

static void
ita_agency_view_init (ItaAgencyView *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new ((const char * const *) agency_kinds);
  g_autoptr(GtkStringList) unit_kind_labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  {
    GtkWidget *placeholder = gtk_label_new (_("No units yet. Add the offices and divisions (สำนัก/กอง) of the agency, then their sections and work units (ฝ่าย/งาน)."));

    gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
    gtk_label_set_max_width_chars (GTK_LABEL (placeholder), 50);
    gtk_label_set_justify (GTK_LABEL (placeholder), GTK_JUSTIFY_CENTER);
    gtk_widget_set_margin_top (placeholder, 24);
    gtk_widget_set_margin_bottom (placeholder, 24);
    gtk_widget_set_margin_start (placeholder, 12);
    gtk_widget_set_margin_end (placeholder, 12);
    gtk_widget_add_css_class (placeholder, "dim-label");
    gtk_list_box_set_placeholder (self->units_list, placeholder);
  }

  /* TRANSLATORS: an agency type not in the list */
  gtk_string_list_append (kinds, _("Other…"));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  for (guint i = 0; i < G_N_ELEMENTS (unit_kinds); i++)
    gtk_string_list_append (unit_kind_labels, ita_unit_kind_label (unit_kinds[i]));
  gtk_drop_down_set_model (self->unit_kind_dropdown, G_LIST_MODEL (unit_kind_labels));

  watch_entry (self, self->name_entry);
  watch_entry (self, self->kind_entry);
  watch_entry (self, self->district_entry);
  watch_entry (self, self->province_entry);
  watch_entry (self, self->website_entry);
  g_signal_connect (self->kind_dropdown, "notify::selected", G_CALLBACK (on_kind_selected), self);
  g_signal_connect (self->unit_kind_dropdown, "notify::selected", G_CALLBACK (on_unit_kind_selected), self);

  load_profile (self);
  load_units (self);
}

GtkWidget *
ita_agency_view_new (void)
{
  return g_object_new (ITA_TYPE_AGENCY_VIEW, NULL);
}
