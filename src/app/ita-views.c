/* ita-views.c: the table of the window's views */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ita-agency-view.h"
#include "ita-charts-view.h"
#include "ita-overview-view.h"
#include "ita-scores-view.h"
#include "ita-scores.h"
#include "ita-views.h"

/* The views of DESIGN.md §4, in sidebar order. */
static const ItaViewInfo views[] = {
  { "overview", N_("Overview"),      ita_overview_view_get_type },
  { "scores",   N_("Scores"),        ita_scores_view_get_type },
  { "oit",      N_("OIT checklist"), NULL },
  { "plan",     N_("Action plan"),   NULL },
  { "charts",   N_("Charts"),        ita_charts_view_get_type },
  { "compare",  N_("Compare"),       NULL },
  { "agency",   N_("Agency"),        ita_agency_view_get_type },
};

const ItaViewInfo *
ita_views_get_table (guint *n_views)
{
  if (n_views != NULL)
    *n_views = G_N_ELEMENTS (views);
  return views;
}

const ItaViewInfo *
ita_views_lookup (const char *name)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (views); i++)
    if (g_str_equal (views[i].name, name))
      return &views[i];
  return NULL;
}

gboolean
ita_views_is_available (const char *name)
{
  const ItaViewInfo *info = ita_views_lookup (name);

  return info != NULL && info->get_type != NULL;
}

guint
ita_views_get_number (const char *name)
{
  guint number = 0;

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      if (views[i].get_type == NULL)
        continue;
      number++;
      if (g_strcmp0 (views[i].name, name) == 0)
        return number <= 9 ? number : 0;
    }
  return 0;
}

char *
ita_views_dup_names (void)
{
  GString *names = g_string_new ("welcome");

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    g_string_append_printf (names, ", %s", views[i].name);
  return g_string_free (names, FALSE);
}

gboolean
ita_views_is_name (const char *name)
{
  return g_strcmp0 (name, "welcome") == 0 || ita_views_lookup (name) != NULL;
}

const char *
ita_views_resolve (const char   *view,
                   const char   *key,
                   ItaFramework *edition)
{
  g_autofree char *score_key = NULL;

  if (ita_views_is_available (view))
    return view;
  if (key == NULL || edition == NULL)
    return NULL;
  score_key = ita_scores_normalize_key (edition, key, NULL);
  return score_key != NULL ? "scores" : NULL;
}
