/* ita-overview-view.c: the Overview — what the year's figures mean
 *
 * Everything shown comes from the session: its result of the current
 * change and the latest earlier year linked (opened once by the session).
 * Each warning has a Show button that activates win.reveal with the place
 * it is about.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ita-chart-data.h"
#include "ita-chart-layout.h"
#include "ita-display.h"
#include "ita-overview-view.h"
#include "ita-views.h"

#define MAX_GAINS 6

struct _ItaOverviewView
{
  ItaView        parent_instance;

  /* template widgets */
  GtkLabel       *total_label;
  GtkLabel       *grade_label;
  GtkLabel       *explanation_label;
  GtkLabel       *last_year_label;
  GtkLabel       *edition_label;
  GtkGrid        *tools_grid;
  GtkDrawingArea *chart_area;
  GtkListBox     *warnings_list;
  GtkGrid        *gains_grid;

  /* borrowed: the loaded session's (ItaView holds it) */
  ItaSession     *session;
  ItaProject     *project;
  ItaResult      *result;         /* the session's current result */
  ItaYear        *last_year;      /* the latest earlier year with a result, or NULL */
  ItaResult      *last_result;    /* its result */

  /* owned */
  ItaChartData   *chart_data;
  gboolean        thai_digits;
};

G_DEFINE_FINAL_TYPE (ItaOverviewView, ita_overview_view, ITA_TYPE_VIEW)

/* --- helpers -------------------------------------------------------- */

static void
clear_container (GtkWidget *container)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_LIST_BOX (container))
        gtk_list_box_remove (GTK_LIST_BOX (container), child);
      else
        gtk_grid_remove (GTK_GRID (container), child);
    }
}

/* A wrapping label is laid out at its minimum width when measured: at
 * zero width, unless it has width-chars, GTK breaks its text between every
 * character (hundreds of shaping runs for one Thai sentence). Sentences get
 * a minimum of ten characters, narrower than any card. */
#define SENTENCE_MIN_CHARS 10

static void
set_wrapping (GtkLabel *label)
{
  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD);
}

static void
set_sentence_wrapping (GtkLabel *label)
{
  set_wrapping (label);
  gtk_label_set_width_chars (label, SENTENCE_MIN_CHARS);
}

/* Only text wraps: a number or a code never needs to. */
static GtkWidget *
grid_label (GtkGrid    *grid,
            const char *text,
            int         column,
            int         row,
            float       xalign,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);
  gboolean number = g_strcmp0 (css_class, "numeric") == 0;

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (!number)
    set_wrapping (GTK_LABEL (label));
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_grid_attach (grid, label, column, row, 1, 1);
  return label;
}

static char *
score_text (ItaOverviewView *self,
            const ItaLevel  *level)
{
  return ita_display_score (level ? level->value : ITA_CENTI_NONE, self->thai_digits);
}

/* Text from the engine or an edition, in the session's digits, with the
 * years bound to their "พ.ศ.". */
static char *
display_text (ItaOverviewView *self,
              const char      *text)
{
  g_autofree char *digits = ita_session_format_text (self->session, text);

  return ita_display_bind_years (digits);
}

/* --- total ---------------------------------------------------------- */

static void
update_total (ItaOverviewView *self)
{
  const ItaLevel *total = ita_result_get_total (self->result);
  const ItaGrade *grade = ita_result_get_grade (self->result);
  ItaFramework *edition = ita_project_get_edition (self->project);
  g_autofree char *value = score_text (self, total);
  g_autofree char *edition_text = NULL;
  g_autofree char *edition_shown = NULL;
  g_autofree char *explanation = NULL;

  gtk_label_set_text (self->total_label, value);
  gtk_label_set_text (self->grade_label,
                      grade ? ita_display_pick (grade->label_th, grade->label_en) : _("No grade yet"));
  explanation = display_text (self, grade ? ita_display_pick (grade->explanation_th, grade->explanation_en)
                                          : _("Enter the item scores or the official figures in the Scores view to see the total and the grade."));
  gtk_label_set_text (self->explanation_label, explanation);

  if (self->last_result != NULL)
    {
      const ItaLevel *before = ita_result_get_total (self->last_result);
      g_autofree char *before_text = score_text (self, before);
      g_autofree char *change = ita_display_change (total ? total->value : ITA_CENTI_NONE,
                                                    before ? before->value : ITA_CENTI_NONE,
                                                    self->thai_digits);
      g_autofree char *year = ita_display_int (ita_year_get_fiscal_year (self->last_year),
                                               self->thai_digits);
      /* TRANSLATORS: last year's total: "FY 2567: 80.12 (change ▲ +2.91)" */
      g_autofree char *text = g_strdup_printf (_("FY %s: %s (change %s)"), year, before_text, change);
      g_autofree char *bound = ita_display_bind_years (text);

      gtk_label_set_text (self->last_year_label, bound);
      gtk_widget_set_visible (GTK_WIDGET (self->last_year_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->last_year_label), FALSE);

  /* TRANSLATORS: %s is the edition's name, e.g. "การประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568" */
  edition_text = g_strdup_printf (_("Edition: %s"),
                                  ita_display_pick (ita_framework_get_name_th (edition),
                                                    ita_framework_get_name_en (edition)));
  edition_shown = display_text (self, edition_text);
  gtk_label_set_text (self->edition_label, edition_shown);
}

/* --- tools ---------------------------------------------------------- */

static void
update_tools (ItaOverviewView *self)
{
  ItaFramework *edition = ita_project_get_edition (self->project);
  gboolean last = self->last_result != NULL;
  int row = 1;

  clear_container (GTK_WIDGET (self->tools_grid));
  grid_label (self->tools_grid, _("Tool"), 0, 0, 0, "heading");
  grid_label (self->tools_grid, _("Weight"), 1, 0, 1, "heading");
  grid_label (self->tools_grid, _("Score"), 2, 0, 1, "heading");
  grid_label (self->tools_grid, _("Adds to total"), 3, 0, 1, "heading");
  if (last)
    {
      g_autofree char *year = ita_display_int (ita_year_get_fiscal_year (self->last_year),
                                               self->thai_digits);
      /* TRANSLATORS: a short column heading: "FY 2567" */
      g_autofree char *short_head = g_strdup_printf (_("FY %s"), year);
      g_autofree char *head = ita_display_bind_years (short_head);
      grid_label (self->tools_grid, head, 4, 0, 1, "heading");
      grid_label (self->tools_grid, _("Change"), 5, 0, 1, "heading");
    }

  for (ItaTool t = ITA_TOOL_IIT; t < ITA_N_TOOLS; t++, row++)
    {
      const ItaToolDef *def = ita_framework_get_tool (edition, t);
      const ItaLevel *level = ita_result_get_tool (self->result, t);
      g_autofree char *weight = ita_decimal_format_short (def->weight, self->thai_digits);
      g_autofree char *weight_text = g_strdup_printf ("%s %%", weight);
      g_autofree char *score = score_text (self, level);
      g_autofree char *contribution = ita_display_score (ita_result_get_contribution (self->result, t),
                                                         self->thai_digits);
      GtkWidget *name = grid_label (self->tools_grid, def->code, 0, row, 0, NULL);

      gtk_widget_set_tooltip_text (name, ita_display_pick (def->name_th, def->name_en));
      grid_label (self->tools_grid, weight_text, 1, row, 1, "numeric");
      grid_label (self->tools_grid, score, 2, row, 1, "numeric");
      grid_label (self->tools_grid, contribution, 3, row, 1, "numeric");
      if (last)
        {
          const ItaLevel *before = ita_result_get_tool (self->last_result, t);
          g_autofree char *before_text = score_text (self, before);
          g_autofree char *change = ita_display_change (level ? level->value : ITA_CENTI_NONE,
                                                        before ? before->value : ITA_CENTI_NONE,
                                                        self->thai_digits);
          grid_label (self->tools_grid, before_text, 4, row, 1, "numeric");
          grid_label (self->tools_grid, change, 5, row, 1, "numeric");
        }
    }
}

/* --- chart ---------------------------------------------------------- */

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  ItaOverviewView *self = user_data;
  g_autoptr(ItaChartStyle) style = NULL;

  if (self->chart_data == NULL)
    return;
  style = ita_chart_style_new ();
  style->language = ita_display_is_english () ? ITA_CHART_LANG_EN : ITA_CHART_LANG_TH;
  style->thai_digits = self->thai_digits;
  ita_chart_render (ITA_CHART_INDICATORS, self->chart_data, style, cr, width, height);
}

static void
update_chart (ItaOverviewView *self)
{
  g_autoptr(ItaAgency) agency = ita_project_get_agency (self->project);
  g_autoptr(GString) description = g_string_new (NULL);

  g_clear_pointer (&self->chart_data, ita_chart_data_unref);
  self->chart_data = ita_chart_data_new_indicators (self->result, agency->name);

  /* The same figures in words, for a screen reader. */
  for (int n = 1; n <= 10; n++)
    {
      const ItaLevel *level = ita_result_get_indicator (self->result, n);
      g_autofree char *value = score_text (self, level);
      /* TRANSLATORS: one indicator in the chart's description: "indicator 9: 85.50" */
      g_string_append_printf (description, _("indicator %d: %s"), n, value);
      if (n < 10)
        g_string_append (description, "; ");
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart_area),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart_area));
}

/* --- warnings ------------------------------------------------------- */

static void
on_warning_clicked (GtkButton       *button,
                    ItaOverviewView *self)
{
  const char *view = g_object_get_data (G_OBJECT (button), "ita-view");
  const char *key = g_object_get_data (G_OBJECT (button), "ita-key");

  if (g_strcmp0 (view, "win.link-year") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.link-year", NULL);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "win.reveal", "(ss)", view, key ? key : "");
}

/* Where a warning leads: win.reveal with (view, key); "win.link-year"
 * for a linked file to link again; view NULL: nothing to go to. A view not
 * in this version that cannot give way to another (ita_views_resolve)
 * gets no button. */
static void
add_warning_shown (ItaOverviewView *self,
                   const char      *icon,
                   const char      *message,
                   const char      *view,
                   const char      *key)
{
  /* a grid, not a box, around a wrapping label: see ita-overview-view.ui */
  GtkWidget *box = gtk_grid_new ();
  GtkWidget *image = gtk_image_new_from_icon_name (icon);
  GtkWidget *label = gtk_label_new (message);

  gtk_grid_set_column_spacing (GTK_GRID (box), 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Warning"), -1);
  set_sentence_wrapping (GTK_LABEL (label));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_grid_attach (GTK_GRID (box), image, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (box), label, 1, 0, 1, 1);
  if (view != NULL && !g_str_equal (view, "win.link-year") &&
      ita_views_resolve (view, key, ita_project_get_edition (self->project)) == NULL)
    view = NULL;
  if (view != NULL)
    {
      gboolean relink = g_str_equal (view, "win.link-year");
      GtkWidget *button = gtk_button_new_with_label (relink ? _("Link Again…") : _("Show"));
      g_autofree char *a11y = g_strdup_printf (relink ? _("Link again: %s") : _("Show: %s"), message);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
      g_object_set_data_full (G_OBJECT (button), "ita-view", g_strdup (view), g_free);
      g_object_set_data_full (G_OBJECT (button), "ita-key", g_strdup (key), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (on_warning_clicked), self);
      gtk_grid_attach (GTK_GRID (box), button, 2, 0, 1, 1);
    }
  gtk_list_box_append (self->warnings_list, box);
}

/* A warning's text in the session's digits (counts, values, years). */
static void
add_warning (ItaOverviewView *self,
             const char      *icon,
             const char      *message,
             const char      *view,
             const char      *key)
{
  g_autofree char *shown = display_text (self, message);

  add_warning_shown (self, icon, shown, view, key);
}

static char *
discrepancy_key (const ItaDiscrepancy *d)
{
  if (g_str_equal (d->level, "indicator"))
    return g_strdup_printf ("ind:%s", d->id);
  if (g_str_equal (d->level, "subindicator"))
    return g_strdup_printf ("sub:%s", d->id);
  return g_strdup (d->id);
}

static char *
discrepancy_name (const ItaDiscrepancy *d)
{
  if (g_str_equal (d->level, "indicator"))
    return g_strdup_printf (_("Indicator %s"), d->id);
  if (g_str_equal (d->level, "subindicator"))
    return g_strdup_printf (_("Sub-indicator %s"), d->id);
  if (g_str_equal (d->level, "total"))
    return g_strdup (_("The total"));
  return g_strdup (d->id);
}

/* One sentence first: which figures count, and where they come from. */
static void
warn_which_counts (ItaOverviewView *self,
                   GArray          *list)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *first_key = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < list->len; i++)
    {
      const ItaDiscrepancy *d = &g_array_index (list, ItaDiscrepancy, i);
      g_autofree char *name = discrepancy_name (d);

      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, name);
      if (first_key == NULL)
        first_key = discrepancy_key (d);
    }
  /* TRANSLATORS: %s lists the levels, e.g. "Indicator 9, OIT, The total" */
  text = g_strdup_printf (_("The official figures count where they differ from the computed ones (%s): copy them from the ITAS results exactly as ITAS shows them, and use the item scores only to see where points were lost."),
                          names->str);
  add_warning (self, "dialog-information-symbolic", text, "scores", first_key);
}

static void
warn_discrepancies (ItaOverviewView *self)
{
  GArray *list = ita_result_get_discrepancies (self->result);

  if (list != NULL && list->len > 0)
    warn_which_counts (self, list);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      const ItaDiscrepancy *d = &g_array_index (list, ItaDiscrepancy, i);
      g_autofree char *key = discrepancy_key (d);
      g_autofree char *name = discrepancy_name (d);
      g_autofree char *official = ita_display_score (d->official, self->thai_digits);
      g_autofree char *computed = ita_display_score (d->computed, self->thai_digits);
      /* TRANSLATORS: "Indicator 9: the official value 85.00 differs from …, 80.33" */
      g_autofree char *text = g_strdup_printf (_("%s: the official value %s differs from the value computed from the scores, %s"),
                                               name, official, computed);
      add_warning (self, "dialog-warning-symbolic", text, "scores", key);
    }
}

static void
warn_unscored (ItaOverviewView *self)
{
  ItaFramework *edition = ita_project_get_edition (self->project);
  ItaScores *scores = ita_session_get_scores (self->session);
  guint n = ita_framework_get_n_items (edition), missing = 0;
  const char *first = NULL;

  for (guint i = 0; i < n; i++)
    {
      const ItaItemDef *item = ita_framework_get_item (edition, i);
      if (!ita_scores_contains (scores, item->code))
        {
          missing++;
          first = first ? first : item->code;
        }
    }
  if (missing > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u item has no score yet",
                                                            "%u items have no score yet", missing),
                                               missing);
      add_warning (self, "dialog-information-symbolic", text, "scores", first);
    }
}

static void
warn_checklist (ItaOverviewView *self)
{
  g_autoptr(GPtrArray) entries = ita_project_get_checklist (self->project);
  guint open = 0, unchecked = 0;
  const char *first_open = NULL, *first_unchecked = NULL;

  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      const ItaChecklistEntry *e = g_ptr_array_index (entries, i);
      if (e->status == ITA_EVIDENCE_MISSING || e->status == ITA_EVIDENCE_INCOMPLETE)
        {
          open++;
          first_open = first_open ? first_open : e->item;
        }
      else if (e->status == ITA_EVIDENCE_NOT_CHECKED)
        {
          unchecked++;
          first_unchecked = first_unchecked ? first_unchecked : e->item;
        }
    }
  if (open > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u OIT item is missing or incomplete on the website",
                                                            "%u OIT items are missing or incomplete on the website", open),
                                               open);
      add_warning (self, "dialog-warning-symbolic", text, "oit", first_open);
    }
  if (unchecked > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u OIT item has not been checked yet",
                                                            "%u OIT items have not been checked yet", unchecked),
                                               unchecked);
      add_warning (self, "dialog-information-symbolic", text, "oit", first_unchecked);
    }
}

/* Linked earlier files that cannot be read: link them again. */
static void
warn_years (ItaOverviewView *self)
{
  g_autoptr(GPtrArray) problems = ita_years_dup_problems (ita_session_get_years (self->session));

  for (guint i = 0; i < problems->len; i++)
    {
      ItaYear *year = g_ptr_array_index (problems, i);
      g_autofree char *digits = ita_display_int (ita_year_get_fiscal_year (year), self->thai_digits);
      g_autofree char *text = g_strdup_printf (_("The file of FY %s is left out of the comparison: %s"),
                                               digits, ita_year_get_error (year)->message);
      g_autofree char *shown = ita_display_bind_years (text);

      /* as it is: the message names a file, whose digits are its own */
      add_warning_shown (self, "dialog-warning-symbolic", shown,
                         ita_project_get_read_only (self->project) ? NULL : "win.link-year", NULL);
    }
}

static gboolean
edition_unverified (ItaFramework *edition)
{
  if (ita_confidence_is_unverified (ita_framework_get_confidence (edition)) ||
      ita_confidence_is_unverified (ita_framework_get_grading (edition)->confidence))
    return TRUE;
  for (ItaTool t = ITA_TOOL_IIT; t < ITA_N_TOOLS; t++)
    if (ita_confidence_is_unverified (ita_framework_get_tool (edition, t)->confidence))
      return TRUE;
  return FALSE;
}

static void
warn_other (ItaOverviewView *self)
{
  ItaFramework *edition = ita_project_get_edition (self->project);
  g_autoptr(GPtrArray) measures = ita_project_get_measures (self->project);
  guint ownerless = 0;
  g_autofree char *first = NULL;

  if (edition_unverified (edition))
    {
      g_autofree char *year = ita_display_int (ita_framework_get_fiscal_year (edition), self->thai_digits);
      g_autofree char *text = g_strdup_printf (_("Parts of the FY %s edition (weights, grading or item lists) are not verified from two sources: check the figures against the official ITAS results."),
                                               year);
      add_warning (self, "dialog-information-symbolic", text, NULL, NULL);
    }
  for (guint i = 0; measures != NULL && i < measures->len; i++)
    {
      const ItaMeasure *m = g_ptr_array_index (measures, i);
      if (m->unit_ids->len == 0 && ownerless++ == 0)
        first = g_strdup_printf ("measure:%" G_GINT64_FORMAT, m->id);
    }
  if (ownerless > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u measure has no responsible unit",
                                                            "%u measures have no responsible unit", ownerless),
                                               ownerless);
      add_warning (self, "dialog-warning-symbolic", text, "plan", first);
    }
  warn_years (self);
}

static void
update_warnings (ItaOverviewView *self)
{
  clear_container (GTK_WIDGET (self->warnings_list));
  warn_discrepancies (self);
  warn_unscored (self);
  warn_checklist (self);
  warn_other (self);
  if (gtk_widget_get_first_child (GTK_WIDGET (self->warnings_list)) == NULL)
    add_warning (self, "emblem-ok-symbolic", _("No warnings: the figures are consistent."), NULL, NULL);
}

/* --- gains ---------------------------------------------------------- */

static void
update_gains (ItaOverviewView *self)
{
  GArray *gains = ita_result_get_gains (self->result);
  ItaFramework *edition = ita_project_get_edition (self->project);
  guint n = gains ? MIN (gains->len, MAX_GAINS) : 0;

  clear_container (GTK_WIDGET (self->gains_grid));
  if (n == 0)
    {
      GtkWidget *none = grid_label (self->gains_grid,
                                    _("Nothing to gain: every scored item is at 100, or no item has a score yet."),
                                    0, 0, 0, "dim-label");

      gtk_label_set_width_chars (GTK_LABEL (none), SENTENCE_MIN_CHARS);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      const ItaGain *gain = &g_array_index (gains, ItaGain, i);
      const ItaItemDef *item = ita_framework_lookup_item (edition, gain->item);
      g_autofree char *points = ita_display_score (gain->points, self->thai_digits);
      /* TRANSLATORS: points the total would gain: "+1.25" */
      g_autofree char *points_text = g_strdup_printf (_("+%s"), points);
      g_autofree char *item_text = display_text (self, item ? ita_display_item_text (item) : "");
      GtkWidget *text;

      grid_label (self->gains_grid, gain->item, 0, (int) i, 0, "heading");
      text = grid_label (self->gains_grid, item_text, 1, (int) i, 0, NULL);
      gtk_widget_set_hexpand (text, TRUE);
      gtk_label_set_width_chars (GTK_LABEL (text), SENTENCE_MIN_CHARS);
      gtk_label_set_max_width_chars (GTK_LABEL (text), 50);
      grid_label (self->gains_grid, points_text, 2, (int) i, 1, "numeric");
    }
}

/* --- refresh -------------------------------------------------------- */

static void
refresh (ItaOverviewView *self)
{
  self->result = NULL;
  self->last_year = NULL;
  self->last_result = NULL;
  if (self->session == NULL || ita_project_is_closed (self->project))
    return;

  self->thai_digits = ita_session_get_thai_digits (self->session);
  self->result = ita_session_get_result (self->session);
  self->last_year = ita_session_get_previous (self->session);
  self->last_result = self->last_year ? ita_year_get_result (self->last_year) : NULL;
  update_total (self);
  update_tools (self);
  update_chart (self);
  update_warnings (self);
  update_gains (self);
}

static void
ita_overview_view_changed (ItaView          *view,
                           ItaProjectChange  kind,
                           const char       *key)
{
  refresh (ITA_OVERVIEW_VIEW (view));
}

static void
ita_overview_view_session_set (ItaView    *view,
                               ItaSession *session)
{
  ItaOverviewView *self = ITA_OVERVIEW_VIEW (view);

  self->session = session;
  self->project = session ? ita_session_get_project (session) : NULL;
  if (session == NULL)
    g_clear_pointer (&self->chart_data, ita_chart_data_unref);
  refresh (self);
}

/* "warnings": the focus to the first warning's button. */
static gboolean
ita_overview_view_reveal (ItaView    *view,
                          const char *key)
{
  ItaOverviewView *self = ITA_OVERVIEW_VIEW (view);

  if (g_str_equal (key, "warnings"))
    {
      GtkWidget *button = NULL;

      for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->warnings_list));
           row != NULL && button == NULL; row = gtk_widget_get_next_sibling (row))
        {
          GtkWidget *grid = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
          GtkWidget *cell = gtk_grid_get_child_at (GTK_GRID (grid), 2, 0);

          if (GTK_IS_BUTTON (cell))
            button = cell;
        }
      if (button != NULL)
        gtk_widget_grab_focus (button);
      return TRUE;
    }
  return g_str_equal (key, "total");
}

/* --- GObject -------------------------------------------------------- */

static void
ita_overview_view_dispose (GObject *object)
{
  ItaOverviewView *self = ITA_OVERVIEW_VIEW (object);
  GtkWidget *child;

  self->session = NULL;
  self->project = NULL;
  self->result = NULL;
  self->last_year = NULL;
  self->last_result = NULL;
  g_clear_pointer (&self->chart_data, ita_chart_data_unref);
  /* the template's top child has no id: unparent it ourselves */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  gtk_widget_dispose_template (GTK_WIDGET (self), ITA_TYPE_OVERVIEW_VIEW);

  G_OBJECT_CLASS (ita_overview_view_parent_class)->dispose (object);
}

static void
ita_overview_view_class_init (ItaOverviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ItaViewClass *view_class = ITA_VIEW_CLASS (klass);

  object_class->dispose = ita_overview_view_dispose;

  view_class->session_set = ita_overview_view_session_set;
  view_class->changed = ita_overview_view_changed;
  view_class->reveal = ita_overview_view_reveal;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ita-overview-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ItaOverviewView, total_label);
  gtk_widget_class_bind_template_child (widget_class, ItaOverviewView, grade_label);
  gtk_widget_class_bind_template_child (widget_class, ItaOverviewView, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, ItaOverviewView, last_year_label);
  gtk_widget_class_bind_template_child (widget_class, ItaOverviewView, edition_label);
  gtk_widget_class_bind_template_child (widget_class, ItaOverviewView, tools_grid);
  gtk_widget_class_bind_template_child (widget_class, ItaOverviewView, chart_area);
  gtk_widget_class_bind_template_child (widget_class, ItaOverviewView, warnings_list);
  gtk_widget_class_bind_template_child (widget_class, ItaOverviewView, gains_grid);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "overviewview");
}

static void
ita_overview_view_init (ItaOverviewView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drawing_area_set_draw_func (self->chart_area, draw_chart, self, NULL);
}

GtkWidget *
ita_overview_view_new (void)
{
  return g_object_new (ITA_TYPE_OVERVIEW_VIEW, NULL);
}
