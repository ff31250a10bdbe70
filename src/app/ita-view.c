/* ita-view.c: the base of the window's views
 *
 * Owns the "project" property every view has: holds the project, follows
 * its ::changed signal, and hands both to the subclass through the
 * project_set and project_changed virtual functions.
 */
#include "config.h"

#include "ita-view.h"

typedef struct
{
  /* owned */
  ItaProject *project;
} ItaViewPrivate;

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (ItaView, ita_view, GTK_TYPE_WIDGET)

static void
on_project_changed (ItaProject       *project,
                    ItaProjectChange  kind,
                    const char       *key,
                    ItaView          *self)
{
  ItaViewClass *klass = ITA_VIEW_GET_CLASS (self);

  if (klass->project_changed != NULL)
    klass->project_changed (self, kind, key);
}

ItaProject *
ita_view_get_project (ItaView *self)
{
  ItaViewPrivate *priv = ita_view_get_instance_private (self);

  g_return_val_if_fail (ITA_IS_VIEW (self), NULL);
  return priv->project;
}

void
ita_view_set_project (ItaView    *self,
                      ItaProject *project)
{
  ItaViewPrivate *priv = ita_view_get_instance_private (self);
  ItaViewClass *klass;

  g_return_if_fail (ITA_IS_VIEW (self));
  g_return_if_fail (project == NULL || ITA_IS_PROJECT (project));

  if (priv->project == project)
    return;

  if (priv->project != NULL)
    g_signal_handlers_disconnect_by_func (priv->project, on_project_changed, self);
  g_set_object (&priv->project, project);
  if (project != NULL)
    g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed), self, 0);

  klass = ITA_VIEW_GET_CLASS (self);
  if (klass->project_set != NULL)
    klass->project_set (self, project);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

static void
ita_view_dispose (GObject *object)
{
  ItaViewPrivate *priv = ita_view_get_instance_private (ITA_VIEW (object));

  if (priv->project != NULL)
    g_signal_handlers_disconnect_by_func (priv->project, on_project_changed, object);
  g_clear_object (&priv->project);

  G_OBJECT_CLASS (ita_view_parent_class)->dispose (object);
}

static void
ita_view_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, ita_view_get_project (ITA_VIEW (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ita_view_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_PROJECT:
      ita_view_set_project (ITA_VIEW (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ita_view_class_init (ItaViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ita_view_dispose;
  object_class->get_property = ita_view_get_property;
  object_class->set_property = ita_view_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, ITA_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ita_view_init (ItaView *self)
{
}
