/* ita-year.c: one earlier year linked to a project */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ita-year.h"

struct _ItaYear
{
  GObject        parent_instance;

  /* owned */
  ItaLink       *link;
  GFile         *file;
  ItaProject    *project;   /* read-only; NULL unless OK */
  ItaResult     *result;    /* NULL unless OK */
  char          *agency;
  GError        *error;

  /* plain data */
  ItaYearStatus  status;
  int            fiscal_year;
};

enum {
  PROP_0,
  PROP_LINK_ID,
  PROP_FISCAL_YEAR,
  PROP_AGENCY,
  PROP_FILE,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ENUM_TYPE (ItaYearStatus, ita_year_status,
  G_DEFINE_ENUM_VALUE (ITA_YEAR_OK, "ok"),
  G_DEFINE_ENUM_VALUE (ITA_YEAR_MISSING, "missing"),
  G_DEFINE_ENUM_VALUE (ITA_YEAR_UNREADABLE, "unreadable"),
  G_DEFINE_ENUM_VALUE (ITA_YEAR_OTHER_YEAR, "other-year"))

G_DEFINE_FINAL_TYPE (ItaYear, ita_year, G_TYPE_OBJECT)

static void
ita_year_dispose (GObject *object)
{
  ItaYear *self = ITA_YEAR (object);

  g_clear_pointer (&self->result, ita_result_unref);
  if (self->project != NULL)
    ita_project_close (self->project);
  g_clear_object (&self->project);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (ita_year_parent_class)->dispose (object);
}

static void
ita_year_finalize (GObject *object)
{
  ItaYear *self = ITA_YEAR (object);

  g_clear_pointer (&self->link, ita_link_free);
  g_clear_error (&self->error);
  g_free (self->agency);

  G_OBJECT_CLASS (ita_year_parent_class)->finalize (object);
}

static void
ita_year_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  ItaYear *self = ITA_YEAR (object);

  switch (prop_id)
    {
    case PROP_LINK_ID:
      g_value_set_int64 (value, self->link->id);
      break;
    case PROP_FISCAL_YEAR:
      g_value_set_int (value, self->fiscal_year);
      break;
    case PROP_AGENCY:
      g_value_set_string (value, self->agency);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ita_year_class_init (ItaYearClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ita_year_dispose;
  object_class->finalize = ita_year_finalize;
  object_class->get_property = ita_year_get_property;

  properties[PROP_LINK_ID] =
    g_param_spec_int64 ("link-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FISCAL_YEAR] =
    g_param_spec_int ("fiscal-year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_AGENCY] =
    g_param_spec_string ("agency", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, ITA_TYPE_YEAR_STATUS, ITA_YEAR_OK,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ita_year_init (ItaYear *self)
{
}

/* Where the link says the file was, for a year whose file is missing. */
static GFile *
linked_location (ItaProject    *project,
                 const ItaLink *link)
{
  const char *path = ita_project_get_path (project);

  if (link->relative_path != NULL && path != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (path);
      g_autofree char *joined = g_build_filename (dir, link->relative_path, NULL);

      return g_file_new_for_path (joined);
    }
  return link->absolute_path != NULL ? g_file_new_for_path (link->absolute_path) : NULL;
}

static void
open_file (ItaYear    *self,
           ItaProject *project)
{
  g_autoptr(ItaProject) other = NULL;
  g_autoptr(ItaAgency) agency = NULL;
  GError *error = NULL;

  self->file = ita_project_resolve_link (project, self->link, &error);
  if (self->file == NULL)
    {
      self->status = ITA_YEAR_MISSING;
      self->error = error;
      self->file = linked_location (project, self->link);
      return;
    }

  other = ita_project_open (self->file, ITA_PROJECT_OPEN_COMPARISON, &error);
  if (other == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (self->file);

      self->status = ITA_YEAR_UNREADABLE;
      self->error = g_error_new (error->domain, error->code,
                                 _("The file of fiscal year %d (“%s”) could not be read: %s"),
                                 self->link->fiscal_year, name, error->message);
      g_error_free (error);
      return;
    }

  if (ita_project_get_fiscal_year (other) != self->link->fiscal_year)
    {
      g_autofree char *name = g_file_get_parse_name (self->file);

      self->status = ITA_YEAR_OTHER_YEAR;
      self->error = g_error_new (ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID,
                                 _("The file “%s” was linked as fiscal year %d but is now of fiscal "
                                   "year %d; it may have been replaced. Link the right file again."),
                                 name, self->link->fiscal_year, ita_project_get_fiscal_year (other));
      ita_project_close (other);
      return;
    }

  agency = ita_project_get_agency (other);
  if (agency->name != NULL && *agency->name != '\0')
    {
      g_free (self->agency);
      self->agency = g_strdup (agency->name);
    }
  self->result = ita_project_compute (other);
  self->project = g_steal_pointer (&other);
  self->status = ITA_YEAR_OK;
}

ItaYear *
ita_year_new_from_link (ItaProject    *project,
                        const ItaLink *link)
{
  ItaYear *self;

  g_return_val_if_fail (ITA_IS_PROJECT (project), NULL);
  g_return_val_if_fail (link != NULL, NULL);

  self = g_object_new (ITA_TYPE_YEAR, NULL);
  self->link = ita_link_copy (link);
  self->fiscal_year = link->fiscal_year;
  self->agency = g_strdup (link->agency_name ? link->agency_name : "");
  open_file (self, project);
  return self;
}

gint64
ita_year_get_link_id (ItaYear *self)
{
  g_return_val_if_fail (ITA_IS_YEAR (self), ITA_ID_NONE);
  return self->link->id;
}

int
ita_year_get_fiscal_year (ItaYear *self)
{
  g_return_val_if_fail (ITA_IS_YEAR (self), 0);
  return self->fiscal_year;
}

const char *
ita_year_get_agency (ItaYear *self)
{
  g_return_val_if_fail (ITA_IS_YEAR (self), NULL);
  return self->agency;
}

GFile *
ita_year_get_file (ItaYear *self)
{
  g_return_val_if_fail (ITA_IS_YEAR (self), NULL);
  return self->file;
}

ItaYearStatus
ita_year_get_status (ItaYear *self)
{
  g_return_val_if_fail (ITA_IS_YEAR (self), ITA_YEAR_MISSING);
  return self->status;
}

const GError *
ita_year_get_error (ItaYear *self)
{
  g_return_val_if_fail (ITA_IS_YEAR (self), NULL);
  return self->error;
}

ItaResult *
ita_year_get_result (ItaYear *self)
{
  g_return_val_if_fail (ITA_IS_YEAR (self), NULL);
  return self->result;
}

ItaProject *
ita_year_get_project (ItaYear *self)
{
  g_return_val_if_fail (ITA_IS_YEAR (self), NULL);
  return self->project;
}
