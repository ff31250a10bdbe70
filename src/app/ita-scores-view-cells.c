/* ita-scores-view-cells.c: the cells of the Scores view's column view —
 * code, text, editable score and official value, computed value and
 * category — made, bound and kept in step with their rows */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-display.h"
#include "ita-thai.h"
#include "ita-scores-view-private.h"


static ItaScoreRow *
list_item_row (GtkListItem *list_item)
{
  GtkTreeListRow *tree_row = gtk_list_item_get_item (list_item);

  return tree_row ? ITA_SCORE_ROW (gtk_tree_list_row_get_item (tree_row)) : NULL;
}

static GtkWidget *
make_entry_cell (ItaScoresView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *entry = gtk_entry_new ();
  /* an alert: a screen reader reads it out when it appears */
  GtkWidget *error = g_object_new (GTK_TYPE_LABEL, "accessible-role", GTK_ACCESSIBLE_ROLE_ALERT, NULL);
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 6);
  gtk_editable_set_alignment (GTK_EDITABLE (entry), 1.0);
  /* Ctrl+Z is the project's undo (ita_scores_view_on_entry_key): the cell
   * keeps no history of its own to take back instead */
  gtk_editable_set_enable_undo (GTK_EDITABLE (entry), FALSE);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
  gtk_widget_add_css_class (entry, "numeric");
  gtk_label_set_wrap (GTK_LABEL (error), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (error), PANGO_WRAP_WORD);
  gtk_label_set_width_chars (GTK_LABEL (error), 8);
  gtk_label_set_max_width_chars (GTK_LABEL (error), 22);
  gtk_label_set_xalign (GTK_LABEL (error), 0);
  /* its own colours, readable on a selected row as on any other */
  gtk_widget_add_css_class (error, "cell-error");
  gtk_widget_add_css_class (error, "caption");
  gtk_widget_set_visible (error, FALSE);

  g_signal_connect (entry, "activate", G_CALLBACK (ita_scores_view_on_entry_activate), self);
  g_signal_connect (focus, "enter", G_CALLBACK (ita_scores_view_on_entry_focus_enter), self);
  g_signal_connect (focus, "leave", G_CALLBACK (ita_scores_view_on_entry_focus_leave), self);
  gtk_widget_add_controller (entry, focus);
  /* before the entry's text sees the key (Ctrl+Z) */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (ita_scores_view_on_entry_key), self);
  gtk_widget_add_controller (entry, keys);
  g_signal_connect (gtk_editable_get_delegate (GTK_EDITABLE (entry)), "paste-clipboard",
                    G_CALLBACK (ita_scores_view_on_text_paste), self);

  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), error);
  return box;
}

static GtkWidget *
make_cell (ItaScoresView *self,
           Column         column)
{
  GtkWidget *label;

  switch (column)
    {
    case COLUMN_CODE:
      {
        GtkWidget *expander = gtk_tree_expander_new ();
        label = gtk_label_new (NULL);
        gtk_label_set_xalign (GTK_LABEL (label), 0);
        gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), label);
        return expander;
      }
    case COLUMN_SCORE:
    case COLUMN_OFFICIAL:
      return make_entry_cell (self);
    case COLUMN_CATEGORY:
      {
        GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
        gtk_box_append (GTK_BOX (box), gtk_image_new ());
        gtk_box_append (GTK_BOX (box), gtk_label_new (NULL));
        return box;
      }
    case COLUMN_TEXT:
      label = gtk_label_new (NULL);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
      gtk_label_set_width_chars (GTK_LABEL (label), 18);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      return label;
    case COLUMN_COMPUTED:
    default:
      label = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (label), 1.0);
      gtk_widget_add_css_class (label, "numeric");
      return label;
    }
}

static void
sync_entry_cell (ItaScoresView *self,
                 GtkWidget     *box,
                 ItaScoreRow   *row,
                 Column         column)
{
  GtkEntry *entry = GTK_ENTRY (gtk_widget_get_first_child (box));
  gboolean editable = (column == COLUMN_SCORE) == ita_scores_view_row_is_item (row);
  g_autofree char *text = NULL;

  gtk_widget_set_visible (box, editable);
  if (!editable)
    return;
  /* A refused value stays on screen until it is fixed or Escape. */
  if (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"))
    return;
  text = ita_scores_view_format_input (self, ita_scores_view_row_input_value (row));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static void
sync_cell (ItaScoresView *self,
           GtkWidget     *cell,
           ItaScoreRow   *row,
           Column         column)
{
  g_autofree char *text = NULL;

  switch (column)
    {
    case COLUMN_SCORE:
    case COLUMN_OFFICIAL:
      sync_entry_cell (self, cell, row, column);
      break;
    case COLUMN_COMPUTED:
      text = ita_display_score (ita_score_row_get_computed (row), self->thai_digits);
      if (ita_score_row_get_differs (row))
        {
          /* TRANSLATORS: a computed value that differs from the official one */
          g_autofree char *marked = g_strdup_printf (_("≠ %s"), text);
          gtk_label_set_text (GTK_LABEL (cell), marked);
          gtk_widget_set_tooltip_text (cell, _("The official value differs from the value computed from the levels below"));
          gtk_widget_add_css_class (cell, "warning");
        }
      else
        {
          gtk_label_set_text (GTK_LABEL (cell), text);
          gtk_widget_set_tooltip_text (cell, NULL);
          gtk_widget_remove_css_class (cell, "warning");
        }
      break;
    case COLUMN_CATEGORY:
      {
        ItaCategory category = ita_score_row_get_category (row);
        GtkWidget *image = gtk_widget_get_first_child (cell);
        const char *word = ita_display_category_label (category);

        gtk_image_set_from_icon_name (GTK_IMAGE (image), ita_display_category_icon (category));
        gtk_widget_set_visible (image, word != NULL);
        gtk_label_set_text (GTK_LABEL (gtk_widget_get_next_sibling (image)), word ? word : "");
      }
      break;
    case COLUMN_TEXT:
      /* the years and numbers in a question, in the view's digits */
      text = self->thai_digits ? ita_thai_digits_from_ascii (ita_score_row_get_text (row))
                               : g_strdup (ita_score_row_get_text (row));
      gtk_label_set_text (GTK_LABEL (cell), text);
      break;
    case COLUMN_CODE:
    default:
      break;
    }
}

static void
on_row_revision (ItaScoreRow *row,
                 GParamSpec  *pspec,
                 GtkListItem *list_item)
{
  ItaScoresView *self = g_object_get_data (G_OBJECT (list_item), "ita-view");
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (list_item), "ita-column"));

  sync_cell (self, gtk_list_item_get_child (list_item), row, column);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            ItaScoresView            *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "ita-column"));

  g_object_set_data (G_OBJECT (list_item), "ita-view", self);
  g_object_set_data (G_OBJECT (list_item), "ita-column", GINT_TO_POINTER (column));
  gtk_list_item_set_child (list_item, make_cell (self, column));
}

static void
bind_static (GtkWidget   *cell,
             GtkListItem *list_item,
             ItaScoreRow *row,
             Column       column)
{
  gboolean heading = !ita_scores_view_row_is_item (row);

  if (column == COLUMN_CODE)
    {
      GtkWidget *label = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (cell));
      gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (cell), gtk_list_item_get_item (list_item));
      gtk_label_set_text (GTK_LABEL (label), ita_score_row_get_code (row));
      cell = label;
    }
  else if (column != COLUMN_TEXT)
    return;

  if (heading)
    gtk_widget_add_css_class (cell, "heading");
  else
    gtk_widget_remove_css_class (cell, "heading");
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           ItaScoresView            *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (list_item), "ita-column"));
  ItaScoreRow *row = list_item_row (list_item);
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  gulong handler;

  if (row == NULL)
    return;
  bind_static (cell, list_item, row, column);
  if ((column == COLUMN_SCORE && ita_scores_view_row_is_item (row)) ||
      (column == COLUMN_OFFICIAL && !ita_scores_view_row_is_item (row)))
    {
      GtkWidget *entry = gtk_widget_get_first_child (cell);
      const char *key = ita_score_row_get_key (row);
      g_autofree char *name = g_strdup_printf ("%s:%s", column == COLUMN_SCORE ? "score" : "official", key);
      g_autofree char *error_name = g_strdup_printf ("error:%s", key);
      /* TRANSLATORS: accessible name of a score cell, e.g. "Score of o12" */
      g_autofree char *a11y = g_strdup_printf (column == COLUMN_SCORE ? _("Score of %s")
                                                                      : _("Official value of %s"),
                                               ita_score_row_get_code (row));

      g_object_set_data_full (G_OBJECT (entry), "ita-row", g_object_ref (row), g_object_unref);
      gtk_widget_set_name (entry, name);
      if (column == COLUMN_OFFICIAL)
        {
          /* TRANSLATORS: placeholder of an empty official value: where it comes from */
          gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("from ITAS"));
          gtk_widget_set_tooltip_text (entry, _("The official figure ITAS publishes for this level. "
                                                "Leave it empty to use the figure computed from the scores below."));
        }
      gtk_widget_set_name (gtk_widget_get_next_sibling (entry), error_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
      gtk_editable_set_editable (GTK_EDITABLE (entry),
                                 self->project != NULL && !ita_project_get_read_only (self->project));
      ita_scores_view_set_cell_error (GTK_ENTRY (entry), NULL);
      g_hash_table_insert (self->entries, g_strdup (key), entry);
    }
  sync_cell (self, cell, row, column);
  handler = g_signal_connect (row, "notify::revision", G_CALLBACK (on_row_revision), list_item);
  g_object_set_data (G_OBJECT (list_item), "ita-handler", GSIZE_TO_POINTER (handler));
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             ItaScoresView            *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (list_item), "ita-column"));
  ItaScoreRow *row = list_item_row (list_item);
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (list_item), "ita-handler"));
  GtkWidget *cell = gtk_list_item_get_child (list_item);

  if (row == NULL)
    return;
  if (handler != 0)
    g_signal_handler_disconnect (row, handler);
  g_object_set_data (G_OBJECT (list_item), "ita-handler", NULL);
  if (column == COLUMN_SCORE || column == COLUMN_OFFICIAL)
    {
      GtkWidget *entry = gtk_widget_get_first_child (cell);
      const char *key = ita_score_row_get_key (row);

      if (g_hash_table_lookup (self->entries, key) == entry)
        g_hash_table_remove (self->entries, key);
      g_object_set_data (G_OBJECT (entry), "ita-row", NULL);
    }
  if (column == COLUMN_CODE)
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (cell), NULL);
}

void
ita_scores_view_add_column (ItaScoresView *self,
            Column         column,
            const char    *title,
            int            fixed_width,
            gboolean       expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *col;

  g_object_set_data (G_OBJECT (factory), "ita-column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), self);
  col = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (col, TRUE);
  gtk_column_view_column_set_expand (col, expand);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (col, fixed_width);
  gtk_column_view_append_column (self->column_view, col);
  g_object_unref (col);
}

