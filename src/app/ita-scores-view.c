/* ita-scores-view.c: the Scores view — a GtkColumnView over the tree of
 * tools, indicators, sub-indicators and items, with editable scores
 * (items) and official values (every other level)
 *
 * The tree of ItaScoreRow objects is built once per project from its
 * edition; a change of the project only updates the figures of the rows,
 * so expanded rows and the focus stay where they are.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-display.h"
#include "ita-scores-view-private.h"


G_DEFINE_FINAL_TYPE (ItaScoresView, ita_scores_view, ITA_TYPE_VIEW)

/* --- building the tree ---------------------------------------------- */

static ItaScoreRow *
add_row (ItaScoresView   *self,
         ItaScoreRow     *parent,
         ItaScoreRowKind  kind,
         const char      *key,
         const char      *code,
         const char      *text)
{
  g_autofree char *bound = ita_display_bind_years (text);
  ItaScoreRow *row = ita_score_row_new (kind, key, code, bound);

  g_hash_table_insert (self->rows, g_strdup (key), row);
  if (parent != NULL)
    {
      g_hash_table_insert (self->parents, g_strdup (key), g_strdup (ita_score_row_get_key (parent)));
      ita_score_row_append (parent, row);
    }
  else
    g_ptr_array_add (self->pending_roots, g_object_ref (row));
  if (kind == ITA_SCORE_ROW_ITEM)
    g_ptr_array_add (self->items, row);
  return row;
}

static void
add_items (ItaScoresView *self,
           ItaScoreRow   *parent,
           ItaFramework  *edition,
           int            indicator,
           int            sub_index)
{
  guint n = ita_framework_get_n_items (edition);

  for (guint i = 0; i < n; i++)
    {
      const ItaItemDef *item = ita_framework_get_item (edition, i);
      const char *text;

      if (item->indicator != indicator || item->sub_index != sub_index)
        continue;
      text = ita_display_item_text (item);
      add_row (self, parent, ITA_SCORE_ROW_ITEM, item->code, item->code, text);
    }
}

static void
add_indicators (ItaScoresView *self,
                ItaScoreRow   *tool_row,
                ItaFramework  *edition,
                ItaTool        tool)
{
  for (int n = 1; n <= 10; n++)
    {
      const ItaIndicatorDef *def = ita_framework_get_indicator (edition, n);
      g_autofree char *key = NULL;
      g_autofree char *code = NULL;
      ItaScoreRow *ind_row;

      if (def == NULL || def->tool != tool)
        continue;
      key = g_strdup_printf ("ind:%d", n);
      code = g_strdup_printf ("%d", n);
      ind_row = add_row (self, tool_row, ITA_SCORE_ROW_INDICATOR, key, code,
                         ita_display_pick (def->name_th, def->name_en));
      for (guint s = 0; s < def->n_subs; s++)
        {
          g_autofree char *sub_key = g_strdup_printf ("sub:%s", def->subs[s].code);
          ItaScoreRow *sub_row = add_row (self, ind_row, ITA_SCORE_ROW_SUBINDICATOR, sub_key,
                                          def->subs[s].code,
                                          ita_display_pick (def->subs[s].name_th, def->subs[s].name_en));
          add_items (self, sub_row, edition, n, (int) s);
        }
      add_items (self, ind_row, edition, n, -1);
    }
}

static void
build_tree (ItaScoresView *self)
{
  ItaFramework *edition;

  g_list_store_remove_all (self->roots);
  g_hash_table_remove_all (self->rows);
  g_hash_table_remove_all (self->parents);
  g_ptr_array_set_size (self->items, 0);
  g_clear_pointer (&self->focus_key, g_free);

  if (self->project == NULL)
    return;

  edition = ita_project_get_edition (self->project);
  add_row (self, NULL, ITA_SCORE_ROW_TOTAL, "TOTAL", _("Total"),
           _("Total score (weighted sum of the tools)"));
  for (ItaTool t = ITA_TOOL_IIT; t < ITA_N_TOOLS; t++)
    {
      const ItaToolDef *def = ita_framework_get_tool (edition, t);
      ItaScoreRow *tool_row = add_row (self, NULL, ITA_SCORE_ROW_TOOL, def->code, def->code,
                                       ita_display_pick (def->name_th, def->name_en));

      for (guint p = 0; p < def->n_parts; p++)
        add_row (self, tool_row, ITA_SCORE_ROW_PART, def->parts[p].code, def->parts[p].code,
                 ita_display_pick (def->parts[p].name_th, def->parts[p].name_en));
      add_indicators (self, tool_row, edition, t);
    }
  /* Added only now so that the tree model sees every row's children and
   * expands them all. */
  g_list_store_splice (self->roots, 0, 0, self->pending_roots->pdata, self->pending_roots->len);
  g_ptr_array_set_size (self->pending_roots, 0);
}

static GListModel *
create_child_model (gpointer item,
                    gpointer user_data)
{
  GListStore *children = ita_score_row_get_children (ITA_SCORE_ROW (item));

  if (children == NULL || g_list_model_get_n_items (G_LIST_MODEL (children)) == 0)
    return NULL;
  return G_LIST_MODEL (g_object_ref (children));
}

/* --- figures -------------------------------------------------------- */

static void
update_header (ItaScoresView *self,
               ItaResult     *result)
{
  const ItaLevel *total = ita_result_get_total (result);
  const ItaGrade *grade = ita_result_get_grade (result);
  g_autofree char *value = ita_display_score (total ? total->value : ITA_CENTI_NONE, self->thai_digits);
  g_autofree char *text = g_strdup_printf (_("Total %s"), value);
  g_autofree char *explanation = NULL;

  gtk_label_set_text (self->total_label, text);
  gtk_label_set_text (self->grade_label,
                      grade ? ita_display_pick (grade->label_th, grade->label_en) : _("No grade yet"));
  explanation = ita_session_format_text (self->session,
                                         grade ? ita_display_pick (grade->explanation_th, grade->explanation_en)
                                               : _("Enter the scores of the items, or the official figures, to see the total."));
  gtk_label_set_text (self->explanation_label, explanation);

  {
    const ItaThresholds *t = ita_result_get_thresholds (result);
    g_autofree char *maintain = ita_decimal_format_short (t->maintain, self->thai_digits);
    g_autofree char *raise = ita_decimal_format_short (t->raise, self->thai_digits);
    g_autofree char *below = ita_decimal_format (t->maintain - 1, self->thai_digits);
    /* TRANSLATORS: the next-year categories of the last column, e.g.
     * "… 95 or more: Maintain; 90 to 94.99: Raise; below 90: Improve." */
    g_autofree char *text = g_strdup_printf (_("Next year (the last column) is not the grade: %s or more: %s; %s to %s: %s; below %s: %s."),
                                             maintain, ita_display_category_label (ITA_CATEGORY_MAINTAIN),
                                             raise, below, ita_display_category_label (ITA_CATEGORY_RAISE),
                                             raise, ita_display_category_label (ITA_CATEGORY_IMPROVE));

    gtk_label_set_text (self->categories_label, text);
  }
}

/* The next-year categories (รักษาระดับ, ยกระดับ, ต้องปรับปรุง) are of
 * items, sub-indicators and indicators: the total and the tools have a
 * grade instead, whose words must not be read as a category. */
static gboolean
has_category (ItaScoreRow *row)
{
  switch (ita_score_row_get_kind (row))
    {
    case ITA_SCORE_ROW_TOTAL:
    case ITA_SCORE_ROW_TOOL:
    case ITA_SCORE_ROW_PART:
      return FALSE;
    case ITA_SCORE_ROW_INDICATOR:
    case ITA_SCORE_ROW_SUBINDICATOR:
    case ITA_SCORE_ROW_ITEM:
    default:
      return TRUE;
    }
}

static void
refresh (ItaScoresView *self)
{
  ItaResult *result;
  ItaScores *scores;
  GHashTableIter iter;
  gpointer value;

  if (self->session == NULL || ita_project_is_closed (self->project))
    return;

  result = ita_session_get_result (self->session);
  scores = ita_session_get_scores (self->session);
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      ItaScoreRow *row = value;
      const char *key = ita_score_row_get_key (row);
      ItaCategory category = has_category (row) ? ita_result_get_category (result, key) : ITA_CATEGORY_NONE;

      if (ita_score_row_get_kind (row) == ITA_SCORE_ROW_ITEM)
        {
          ItaCenti score = ita_scores_get (scores, key);
          ita_score_row_update (row, score, ITA_CENTI_NONE, score, category);
        }
      else
        {
          const ItaLevel *level = ita_result_get_level (result, key);
          ItaCenti official = ita_scores_get (scores, key);

          ita_score_row_update (row, ITA_CENTI_NONE, official,
                                level ? level->computed : ITA_CENTI_NONE, category);
        }
    }
  update_header (self, result);
}

/* Redraws every bound cell (after a change of the digits setting). */
static void
touch_all_rows (ItaScoresView *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_object_notify (value, "revision");
}

static void
update_digits (ItaScoresView *self)
{
  gboolean digits = ita_session_get_thai_digits (self->session);

  if (digits == self->thai_digits)
    return;
  self->thai_digits = digits;
  touch_all_rows (self);
  refresh (self);
}

/* --- messages ------------------------------------------------------- */

static void
show_message (ItaScoresView *self,
              const char    *message)
{
  gtk_label_set_text (self->message_label, message ? message : "");
  gtk_revealer_set_reveal_child (self->message_revealer, message != NULL);
}

static void
dismiss_message (ItaScoresView *self)
{
  show_message (self, NULL);
}

/* --- editing -------------------------------------------------------- */

ItaCategory
ita_scores_view_get_category (ItaScoresView *self,
                              const char    *key)
{
  ItaScoreRow *row;

  g_return_val_if_fail (ITA_IS_SCORES_VIEW (self), ITA_CATEGORY_NONE);

  row = g_hash_table_lookup (self->rows, key);
  return row != NULL ? ita_score_row_get_category (row) : ITA_CATEGORY_NONE;
}

gboolean
ita_scores_view_row_is_item (ItaScoreRow *row)
{
  return ita_score_row_get_kind (row) == ITA_SCORE_ROW_ITEM;
}

ItaCenti
ita_scores_view_row_input_value (ItaScoreRow *row)
{
  return ita_scores_view_row_is_item (row) ? ita_score_row_get_score (row) : ita_score_row_get_official (row);
}

char *
ita_scores_view_format_input (ItaScoresView *self,
              ItaCenti       value)
{
  return value == ITA_CENTI_NONE ? g_strdup ("") : ita_decimal_format (value, self->thai_digits);
}

static GtkLabel *
entry_error_label (GtkEntry *entry)
{
  return GTK_LABEL (gtk_widget_get_next_sibling (GTK_WIDGET (entry)));
}

void
ita_scores_view_set_cell_error (GtkEntry   *entry,
                const char *message)
{
  GtkLabel *label = entry_error_label (entry);

  gtk_label_set_text (label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  /* Announced: the entry is invalid, described by the message, which is
   * an alert (read out when it appears; GTK 4.14 can also announce it). */
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (entry),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (entry),
                                      GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE, label, -1);
#if GTK_CHECK_VERSION (4, 14, 0)
      gtk_accessible_announce (GTK_ACCESSIBLE (entry), message,
                               GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
#endif
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE);
    }
}

/* Parses and checks what was typed for key; ITA_CENTI_NONE for an empty
 * cell (the value is removed). */
static gboolean
parse_input (ItaScoresView  *self,
             const char     *key,
             const char     *text,
             ItaCenti       *out,
             GError        **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));

  if (*stripped == '\0')
    {
      *out = ITA_CENTI_NONE;
      return TRUE;
    }
  if (!ita_decimal_parse (stripped, 0, ITA_CENTI_MAX, out, error))
    return FALSE;
  return ita_scores_check_value (ita_project_get_edition (self->project), key, *out, error);
}

static ItaScoreRow *
entry_row (GtkEntry *entry)
{
  return g_object_get_data (G_OBJECT (entry), "ita-row");
}

/* Moves the focus to the next row below that has the same kind of cell. */
static void
focus_next (ItaScoresView *self,
            ItaScoreRow   *row)
{
  GListModel *model = G_LIST_MODEL (self->tree);
  guint n = g_list_model_get_n_items (model);
  gboolean found = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) tree_row = g_list_model_get_item (model, i);
      g_autoptr(ItaScoreRow) candidate = gtk_tree_list_row_get_item (tree_row);

      if (!found)
        {
          found = candidate == row;
          continue;
        }
      if (ita_scores_view_row_is_item (candidate) == ita_scores_view_row_is_item (row))
        {
          GtkEntry *next = g_hash_table_lookup (self->entries, ita_score_row_get_key (candidate));

          gtk_selection_model_select_item (gtk_column_view_get_model (self->column_view), i, TRUE);
          if (next != NULL)
            gtk_widget_grab_focus (GTK_WIDGET (next));
          return;
        }
    }
}

static gboolean
commit_entry (ItaScoresView *self,
              GtkEntry      *entry,
              gboolean       move_next)
{
  ItaScoreRow *row = entry_row (entry);
  const char *key;
  g_autoptr(GError) error = NULL;
  ItaCenti value;

  if (row == NULL || self->project == NULL)
    return FALSE;
  key = ita_score_row_get_key (row);

  if (!parse_input (self, key, gtk_editable_get_text (GTK_EDITABLE (entry)), &value, &error))
    {
      ita_scores_view_set_cell_error (entry, error->message);
      return FALSE;
    }
  if (value != ita_scores_view_row_input_value (row) &&
      !ita_project_set_score (self->project, key, value, &error))
    {
      ita_scores_view_set_cell_error (entry, error->message);
      return FALSE;
    }
  ita_scores_view_set_cell_error (entry, NULL);
  {
    g_autofree char *text = ita_scores_view_format_input (self, ita_scores_view_row_input_value (row));
    gtk_editable_set_text (GTK_EDITABLE (entry), text);
  }
  if (move_next)
    focus_next (self, row);
  return TRUE;
}

void
ita_scores_view_on_entry_activate (GtkEntry      *entry,
                   ItaScoresView *self)
{
  commit_entry (self, entry, TRUE);
}

void
ita_scores_view_on_entry_focus_enter (GtkEventControllerFocus *controller,
                      ItaScoresView           *self)
{
  GtkEntry *entry = GTK_ENTRY (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
  ItaScoreRow *row = entry_row (entry);

  if (row != NULL && ita_scores_view_row_is_item (row))
    {
      g_free (self->focus_key);
      self->focus_key = g_strdup (ita_score_row_get_key (row));
    }
}

void
ita_scores_view_on_entry_focus_leave (GtkEventControllerFocus *controller,
                      ItaScoresView           *self)
{
  GtkEntry *entry = GTK_ENTRY (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
  ItaScoreRow *row = entry_row (entry);
  g_autofree char *shown = NULL;

  if (row == NULL)
    return;
  shown = ita_scores_view_format_input (self, ita_scores_view_row_input_value (row));
  /* Leaving a cell keeps what was typed, like Enter, but stays put. */
  if (g_strcmp0 (shown, gtk_editable_get_text (GTK_EDITABLE (entry))) != 0)
    commit_entry (self, entry, FALSE);
}

gboolean
ita_scores_view_on_entry_key (GtkEventControllerKey *controller,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              ItaScoresView         *self)
{
  GtkEntry *entry = GTK_ENTRY (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
  ItaScoreRow *row = entry_row (entry);
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();
  gboolean undo = (keyval == GDK_KEY_z || keyval == GDK_KEY_Z) && mods == GDK_CONTROL_MASK;
  gboolean redo = ((keyval == GDK_KEY_z || keyval == GDK_KEY_Z) && mods == (GDK_CONTROL_MASK | GDK_SHIFT_MASK)) ||
                  ((keyval == GDK_KEY_y || keyval == GDK_KEY_Y) && mods == GDK_CONTROL_MASK);
  g_autofree char *shown = NULL;

  if (row == NULL || (keyval != GDK_KEY_Escape && !undo && !redo))
    return FALSE;
  /* Escape gives back the stored value; so do Undo and Redo, which then
   * take back (or do again) the project's last edit, never the cell's
   * own typing. */
  shown = ita_scores_view_format_input (self, ita_scores_view_row_input_value (row));
  gtk_editable_set_text (GTK_EDITABLE (entry), shown);
  ita_scores_view_set_cell_error (entry, NULL);
  if (undo || redo)
    gtk_widget_activate_action (GTK_WIDGET (entry), undo ? "win.undo" : "win.redo", NULL);
  return TRUE;
}

/* --- pasting -------------------------------------------------------- */

static char *
first_field (const char *line)
{
  const char *tab = strchr (line, '\t');
  g_autofree char *field = tab ? g_strndup (line, tab - line) : g_strdup (line);

  return g_strstrip (g_steal_pointer (&field));
}

gboolean
ita_scores_view_paste_text (ItaScoresView  *self,
                            const char     *text,
                            GError        **error)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(ItaScores) scores = NULL;
  guint start = G_MAXUINT, n_lines;

  g_return_val_if_fail (ITA_IS_SCORES_VIEW (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (self->project == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Open a project first."));
      return FALSE;
    }
  for (guint i = 0; self->focus_key != NULL && i < self->items->len; i++)
    if (g_str_equal (ita_score_row_get_key (g_ptr_array_index (self->items, i)), self->focus_key))
      start = i;
  if (start == G_MAXUINT)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("Click the score of the first item to fill, then paste again."));
      return FALSE;
    }

  lines = g_regex_split_simple ("\r\n|\n|\r", text, 0, 0);
  n_lines = g_strv_length (lines);
  while (n_lines > 0 && *g_strstrip (lines[n_lines - 1]) == '\0')
    n_lines--;
  if (start + n_lines > self->items->len)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The clipboard has %u lines, but only %u items follow from %s."),
                   n_lines, self->items->len - start, self->focus_key);
      return FALSE;
    }

  scores = ita_scores_new ();
  for (guint l = 0; l < n_lines; l++)
    {
      const char *key = ita_score_row_get_key (g_ptr_array_index (self->items, start + l));
      g_autofree char *field = first_field (lines[l]);
      g_autoptr(GError) local = NULL;
      ItaCenti value;

      if (*field == '\0')
        continue;
      if (!parse_input (self, key, field, &value, &local))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("Nothing was pasted: line %u (%s) “%s”: %s"),
                       l + 1, key, field, local->message);
          return FALSE;
        }
      ita_scores_set (scores, key, value);
    }
  if (ita_scores_size (scores) == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("The clipboard has no numbers to paste."));
      return FALSE;
    }
  return ita_project_set_scores (self->project, scores, FALSE, error);
}

static void
paste_text_or_warn (ItaScoresView *self,
                    const char    *text)
{
  g_autoptr(GError) error = NULL;

  if (!ita_scores_view_paste_text (self, text, &error))
    show_message (self, error->message);
  else
    show_message (self, NULL);
}

static void
clipboard_text_ready (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(ItaScoresView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (text == NULL)
    {
      show_message (self, _("The clipboard holds no text to paste."));
      return;
    }
  paste_text_or_warn (self, text);
}

static void
paste_column_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL,
                                 clipboard_text_ready, g_object_ref (widget));
}

typedef struct {
  ItaScoresView *view;
  GtkEntry      *entry;
} PasteData;

static void
entry_paste_ready (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  PasteData *data = user_data;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  g_autofree char *trimmed = text ? g_strstrip (g_strdup (text)) : NULL;

  if (trimmed != NULL && strpbrk (trimmed, "\r\n") != NULL)
    paste_text_or_warn (data->view, trimmed);
  else if (trimmed != NULL)
    {
      GtkEditable *editable = GTK_EDITABLE (data->entry);
      int position;

      gtk_editable_delete_selection (editable);
      position = gtk_editable_get_position (editable);
      gtk_editable_insert_text (editable, trimmed, -1, &position);
      gtk_editable_set_position (editable, position);
    }
  g_object_unref (data->view);
  g_object_unref (data->entry);
  g_free (data);
}

/* A paste into a cell: several lines fill the column, one line goes
 * into the cell as usual. */
void
ita_scores_view_on_text_paste (GtkText       *text,
               ItaScoresView *self)
{
  PasteData *data = g_new0 (PasteData, 1);

  g_signal_stop_emission_by_name (text, "paste-clipboard");
  data->view = g_object_ref (self);
  data->entry = g_object_ref (GTK_ENTRY (gtk_widget_get_ancestor (GTK_WIDGET (text), GTK_TYPE_ENTRY)));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (text)), NULL,
                                 entry_paste_ready, data);
}

/* --- session -------------------------------------------------------- */

static void
ita_scores_view_changed (ItaView          *view,
                         ItaProjectChange  kind,
                         const char       *key)
{
  ItaScoresView *self = ITA_SCORES_VIEW (view);

  /* another edition (the project switched to it): another tree */
  if (kind == ITA_PROJECT_CHANGE_ALL && self->edition != ita_session_get_edition (self->session))
    {
      self->edition = ita_session_get_edition (self->session);
      build_tree (self);
    }
  if (kind == ITA_PROJECT_CHANGE_SETTINGS || kind == ITA_PROJECT_CHANGE_ALL)
    update_digits (self);
  if (kind == ITA_PROJECT_CHANGE_SCORES || kind == ITA_PROJECT_CHANGE_SETTINGS ||
      kind == ITA_PROJECT_CHANGE_ALL)
    refresh (self);
}

static void
ita_scores_view_session_set (ItaView    *view,
                             ItaSession *session)
{
  ItaScoresView *self = ITA_SCORES_VIEW (view);

  self->session = session;
  self->project = session ? ita_session_get_project (session) : NULL;
  self->edition = session ? ita_session_get_edition (session) : NULL;
  show_message (self, NULL);
  self->thai_digits = session ? ita_session_get_thai_digits (session) : FALSE;
  build_tree (self);
  refresh (self);
}

static gboolean
ita_scores_view_reveal (ItaView    *view,
                        const char *key)
{
  ItaScoresView *self = ITA_SCORES_VIEW (view);
  g_autofree char *normal = NULL;

  if (self->edition == NULL)
    return FALSE;
  normal = ita_scores_normalize_key (self->edition, key, NULL);
  if (normal == NULL || !g_hash_table_contains (self->rows, normal))
    return FALSE;
  ita_scores_view_reveal_key (self, normal);
  return TRUE;
}

/* --- public helpers ------------------------------------------------- */

static gboolean
expand_to (ItaScoresView *self,
           const char    *key,
           guint         *out_position)
{
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  GListModel *model = G_LIST_MODEL (self->tree);
  guint level = 0;

  for (const char *k = key; k != NULL; k = g_hash_table_lookup (self->parents, k))
    g_ptr_array_insert (chain, 0, (gpointer) k);

  for (guint i = 0; i < g_list_model_get_n_items (model) && level < chain->len; i++)
    {
      g_autoptr(GtkTreeListRow) tree_row = g_list_model_get_item (model, i);
      g_autoptr(ItaScoreRow) row = gtk_tree_list_row_get_item (tree_row);

      if (!g_str_equal (ita_score_row_get_key (row), g_ptr_array_index (chain, level)))
        continue;
      if (++level == chain->len)
        {
          *out_position = i;
          return TRUE;
        }
      gtk_tree_list_row_set_expanded (tree_row, TRUE);
    }
  return FALSE;
}

void
ita_scores_view_reveal_key (ItaScoresView *self,
                            const char    *key)
{
  guint position;
  GtkEntry *entry;

  g_return_if_fail (ITA_IS_SCORES_VIEW (self));
  g_return_if_fail (key != NULL);

  if (!g_hash_table_contains (self->rows, key) || !expand_to (self, key, &position))
    return;
  if (ita_scores_view_row_is_item (g_hash_table_lookup (self->rows, key)))
    {
      g_free (self->focus_key);
      self->focus_key = g_strdup (key);
    }
  gtk_selection_model_select_item (gtk_column_view_get_model (self->column_view), position, TRUE);
  /* the column view's rows are a GtkListView, which can scroll to a row */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
  entry = g_hash_table_lookup (self->entries, key);
  if (entry != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (entry));
}

GtkEntry *
ita_scores_view_get_entry (ItaScoresView *self,
                           const char    *key)
{
  g_return_val_if_fail (ITA_IS_SCORES_VIEW (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  return g_hash_table_lookup (self->entries, key);
}

const char *
ita_scores_view_get_error (ItaScoresView *self,
                           const char    *key)
{
  GtkEntry *entry = ita_scores_view_get_entry (self, key);
  GtkLabel *label;

  if (entry == NULL)
    return NULL;
  label = entry_error_label (entry);
  return gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_text (label) : NULL;
}

/* --- GObject -------------------------------------------------------- */

static void
ita_scores_view_dispose (GObject *object)
{
  ItaScoresView *self = ITA_SCORES_VIEW (object);
  GtkWidget *child;

  self->session = NULL;
  self->project = NULL;
  self->edition = NULL;
  /* the template's top child has no id: unparent it ourselves */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  gtk_widget_dispose_template (GTK_WIDGET (self), ITA_TYPE_SCORES_VIEW);
  g_clear_object (&self->tree);
  g_clear_object (&self->roots);
  g_clear_pointer (&self->entries, g_hash_table_unref);

  G_OBJECT_CLASS (ita_scores_view_parent_class)->dispose (object);
}

static void
ita_scores_view_finalize (GObject *object)
{
  ItaScoresView *self = ITA_SCORES_VIEW (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->pending_roots, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->parents, g_hash_table_unref);
  g_free (self->focus_key);

  G_OBJECT_CLASS (ita_scores_view_parent_class)->finalize (object);
}

static void
ita_scores_view_class_init (ItaScoresViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ItaViewClass *view_class = ITA_VIEW_CLASS (klass);

  object_class->dispose = ita_scores_view_dispose;
  object_class->finalize = ita_scores_view_finalize;

  view_class->session_set = ita_scores_view_session_set;
  view_class->changed = ita_scores_view_changed;
  view_class->reveal = ita_scores_view_reveal;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ita-scores-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ItaScoresView, column_view);
  gtk_widget_class_bind_template_child (widget_class, ItaScoresView, total_label);
  gtk_widget_class_bind_template_child (widget_class, ItaScoresView, grade_label);
  gtk_widget_class_bind_template_child (widget_class, ItaScoresView, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, ItaScoresView, categories_label);
  gtk_widget_class_bind_template_child (widget_class, ItaScoresView, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, ItaScoresView, message_label);
  gtk_widget_class_bind_template_callback (widget_class, dismiss_message);

  gtk_widget_class_install_action (widget_class, "scores.paste-column", NULL, paste_column_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "scores.paste-column", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_V, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "scores.paste-column", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "scoresview");
}

static void
ita_scores_view_init (ItaScoresView *self)
{
  GtkSingleSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->parents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->items = g_ptr_array_new ();
  self->pending_roots = g_ptr_array_new_with_free_func (g_object_unref);
  self->roots = g_list_store_new (ITA_TYPE_SCORE_ROW);
  self->tree = gtk_tree_list_model_new (G_LIST_MODEL (g_object_ref (self->roots)), FALSE, TRUE,
                                        create_child_model, NULL, NULL);
  selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->tree)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  /* widths that leave the text column room at 1024 × 768 (a projector) */
  ita_scores_view_add_column (self, COLUMN_CODE, _("Code"), 112, FALSE);
  ita_scores_view_add_column (self, COLUMN_TEXT, _("Question or evidence"), -1, TRUE);
  ita_scores_view_add_column (self, COLUMN_SCORE, _("Score"), 104, FALSE);
  ita_scores_view_add_column (self, COLUMN_OFFICIAL, _("Official (ITAS)"), 112, FALSE);
  ita_scores_view_add_column (self, COLUMN_COMPUTED, _("Computed"), 96, FALSE);
  ita_scores_view_add_column (self, COLUMN_CATEGORY, _("Next year"), 124, FALSE);
}

GtkWidget *
ita_scores_view_new (void)
{
  return g_object_new (ITA_TYPE_SCORES_VIEW, NULL);
}
