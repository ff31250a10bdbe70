/* ita-years.c: the earlier years linked to a project, opened once */
#include "config.h"

#include "ita-years.h"

struct _ItaYears
{
  GObject    parent_instance;

  /* owned */
  GPtrArray *years;   /* of ItaYear, oldest first */

  /* plain data */
  int        fiscal_year;
};

static void ita_years_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ItaYears, ita_years, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, ita_years_list_model_init))

static GType
ita_years_get_item_type (GListModel *model)
{
  return ITA_TYPE_YEAR;
}

static guint
ita_years_get_n_items (GListModel *model)
{
  return ITA_YEARS (model)->years->len;
}

static gpointer
ita_years_get_item (GListModel *model,
                    guint       position)
{
  ItaYears *self = ITA_YEARS (model);

  return position < self->years->len ? g_object_ref (g_ptr_array_index (self->years, position)) : NULL;
}

static void
ita_years_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ita_years_get_item_type;
  iface->get_n_items = ita_years_get_n_items;
  iface->get_item = ita_years_get_item;
}

static void
ita_years_dispose (GObject *object)
{
  ItaYears *self = ITA_YEARS (object);

  g_clear_pointer (&self->years, g_ptr_array_unref);

  G_OBJECT_CLASS (ita_years_parent_class)->dispose (object);
}

static void
ita_years_class_init (ItaYearsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ita_years_dispose;
}

static void
ita_years_init (ItaYears *self)
{
  self->years = g_ptr_array_new_with_free_func (g_object_unref);
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  ItaYear *ya = *(ItaYear **) a;
  ItaYear *yb = *(ItaYear **) b;
  int fa = ita_year_get_fiscal_year (ya), fb = ita_year_get_fiscal_year (yb);

  if (fa != fb)
    return fa < fb ? -1 : 1;
  /* the same year twice: in the order they were linked */
  return ita_year_get_link_id (ya) < ita_year_get_link_id (yb) ? -1 : 1;
}

ItaYears *
ita_years_new (ItaProject *project)
{
  ItaYears *self;
  g_autoptr(GPtrArray) links = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (project), NULL);

  self = g_object_new (ITA_TYPE_YEARS, NULL);
  self->fiscal_year = ita_project_get_fiscal_year (project);
  links = ita_project_get_links (project);
  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      const ItaLink *link = g_ptr_array_index (links, i);
      ItaYear *year;

      if (link->fiscal_year >= self->fiscal_year)
        continue;
      year = ita_year_new_from_link (project, link);
      /* a file replaced by one of this year or later is no earlier year */
      if (ita_year_get_fiscal_year (year) >= self->fiscal_year)
        {
          g_object_unref (year);
          continue;
        }
      g_ptr_array_add (self->years, year);
    }
  g_ptr_array_sort (self->years, compare_years);
  return self;
}

int
ita_years_get_fiscal_year (ItaYears *self)
{
  g_return_val_if_fail (ITA_IS_YEARS (self), 0);
  return self->fiscal_year;
}

guint
ita_years_get_n_years (ItaYears *self)
{
  g_return_val_if_fail (ITA_IS_YEARS (self), 0);
  return self->years->len;
}

ItaYear *
ita_years_get_year (ItaYears *self,
                    guint     index)
{
  g_return_val_if_fail (ITA_IS_YEARS (self), NULL);
  g_return_val_if_fail (index < self->years->len, NULL);

  return g_ptr_array_index (self->years, index);
}

ItaYear *
ita_years_get_previous (ItaYears *self)
{
  g_return_val_if_fail (ITA_IS_YEARS (self), NULL);

  for (guint i = self->years->len; i > 0; i--)
    {
      ItaYear *year = g_ptr_array_index (self->years, i - 1);

      if (ita_year_get_status (year) == ITA_YEAR_OK)
        {
          /* the first linked of that year */
          ItaYear *first = ita_years_lookup (self, ita_year_get_fiscal_year (year));
          return first;
        }
    }
  return NULL;
}

ItaYear *
ita_years_lookup (ItaYears *self,
                  int       fiscal_year)
{
  ItaYear *any = NULL;

  g_return_val_if_fail (ITA_IS_YEARS (self), NULL);

  for (guint i = 0; i < self->years->len; i++)
    {
      ItaYear *year = g_ptr_array_index (self->years, i);

      if (ita_year_get_fiscal_year (year) != fiscal_year)
        continue;
      if (ita_year_get_status (year) == ITA_YEAR_OK)
        return year;
      any = any ? any : year;
    }
  return any;
}

GPtrArray *
ita_years_dup_results (ItaYears *self,
                       guint     max)
{
  GPtrArray *results;
  int previous = 0;

  g_return_val_if_fail (ITA_IS_YEARS (self), NULL);

  results = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_result_unref);
  for (guint i = 0; i < self->years->len; i++)
    {
      ItaYear *year = g_ptr_array_index (self->years, i);

      if (ita_year_get_status (year) != ITA_YEAR_OK || ita_year_get_fiscal_year (year) == previous)
        continue;
      previous = ita_year_get_fiscal_year (year);
      g_ptr_array_add (results, ita_result_ref (ita_year_get_result (year)));
    }
  if (max > 0 && results->len > max)
    g_ptr_array_remove_range (results, 0, results->len - max);
  return results;
}

GPtrArray *
ita_years_dup_problems (ItaYears *self)
{
  GPtrArray *problems;

  g_return_val_if_fail (ITA_IS_YEARS (self), NULL);

  problems = g_ptr_array_new ();
  for (guint i = 0; i < self->years->len; i++)
    {
      ItaYear *year = g_ptr_array_index (self->years, i);

      if (ita_year_get_status (year) != ITA_YEAR_OK)
        g_ptr_array_add (problems, year);
    }
  return problems;
}
