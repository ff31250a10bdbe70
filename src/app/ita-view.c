/* ita-view.c: the base of the window's views
 *
 * Owns the "session" property every view has: holds the session, follows
 * its ::changed signal, and hands both to the subclass through the
 * session_set and changed hooks — at once while the view is mapped, when
 * it is next mapped otherwise (see ita-view.h).
 */
#include "config.h"

#include "ita-view.h"

typedef struct
{
  /* owned */
  ItaSession       *session;      /* as the window set it */
  char             *pending_key;

  /* plain data */
  gboolean          loaded;       /* session_set was called with session */
  gboolean          has_pending;  /* changes not given to changed yet */
  ItaProjectChange  pending_kind;
} ItaViewPrivate;

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (ItaView, ita_view, GTK_TYPE_WIDGET)

static void
clear_pending (ItaViewPrivate *priv)
{
  priv->has_pending = FALSE;
  g_clear_pointer (&priv->pending_key, g_free);
}

/* Gives the view what it has not shown yet. */
static void
catch_up (ItaView *self)
{
  ItaViewPrivate *priv = ita_view_get_instance_private (self);
  ItaViewClass *klass = ITA_VIEW_GET_CLASS (self);

  if (priv->session != NULL && !priv->loaded)
    {
      priv->loaded = TRUE;
      clear_pending (priv);
      if (klass->session_set != NULL)
        klass->session_set (self, priv->session);
      return;
    }
  if (priv->has_pending)
    {
      g_autofree char *key = g_steal_pointer (&priv->pending_key);
      ItaProjectChange kind = priv->pending_kind;

      clear_pending (priv);
      if (klass->changed != NULL)
        klass->changed (self, kind, key);
    }
}

static void
merge_change (ItaViewPrivate   *priv,
              ItaProjectChange  kind,
              const char       *key)
{
  if (!priv->has_pending)
    {
      priv->has_pending = TRUE;
      priv->pending_kind = kind;
      priv->pending_key = g_strdup (key);
      return;
    }
  if (priv->pending_kind != kind)
    {
      priv->pending_kind = ITA_PROJECT_CHANGE_ALL;
      g_clear_pointer (&priv->pending_key, g_free);
    }
  else if (g_strcmp0 (priv->pending_key, key) != 0)
    g_clear_pointer (&priv->pending_key, g_free);
}

static void
on_session_changed (ItaSession       *session,
                    ItaProjectChange  kind,
                    const char       *key,
                    ItaView          *self)
{
  ItaViewPrivate *priv = ita_view_get_instance_private (self);
  ItaViewClass *klass = ITA_VIEW_GET_CLASS (self);

  if (!priv->loaded)
    return;  /* the load reads everything */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      merge_change (priv, kind, key);
      return;
    }
  if (klass->changed != NULL)
    klass->changed (self, kind, key);
}

ItaSession *
ita_view_get_session (ItaView *self)
{
  ItaViewPrivate *priv = ita_view_get_instance_private (self);

  g_return_val_if_fail (ITA_IS_VIEW (self), NULL);
  return priv->loaded ? priv->session : NULL;
}

ItaProject *
ita_view_get_project (ItaView *self)
{
  ItaSession *session = ita_view_get_session (self);

  return session != NULL ? ita_session_get_project (session) : NULL;
}

void
ita_view_set_session (ItaView    *self,
                      ItaSession *session)
{
  ItaViewPrivate *priv = ita_view_get_instance_private (self);
  ItaViewClass *klass;
  gboolean was_loaded;

  g_return_if_fail (ITA_IS_VIEW (self));
  g_return_if_fail (session == NULL || ITA_IS_SESSION (session));

  if (priv->session == session)
    return;

  klass = ITA_VIEW_GET_CLASS (self);
  was_loaded = priv->loaded;
  if (priv->session != NULL)
    g_signal_handlers_disconnect_by_func (priv->session, on_session_changed, self);
  g_set_object (&priv->session, session);
  priv->loaded = FALSE;
  clear_pending (priv);
  if (session != NULL)
    g_signal_connect_object (session, "changed", G_CALLBACK (on_session_changed), self, 0);

  if (session != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    catch_up (self);
  else if (was_loaded && klass->session_set != NULL)
    /* drop the old one now; the new one is loaded when shown */
    klass->session_set (self, NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

gboolean
ita_view_reveal (ItaView    *self,
                 const char *key)
{
  ItaViewClass *klass;

  g_return_val_if_fail (ITA_IS_VIEW (self), FALSE);

  catch_up (self);
  if (key == NULL)
    return TRUE;
  klass = ITA_VIEW_GET_CLASS (self);
  return klass->reveal != NULL && klass->reveal (self, key);
}

gboolean
ita_view_is_stale (ItaView *self)
{
  ItaViewPrivate *priv = ita_view_get_instance_private (self);

  g_return_val_if_fail (ITA_IS_VIEW (self), FALSE);
  return (priv->session != NULL && !priv->loaded) || priv->has_pending;
}

static void
ita_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ita_view_parent_class)->map (widget);
  catch_up (ITA_VIEW (widget));
}

static void
ita_view_dispose (GObject *object)
{
  ItaViewPrivate *priv = ita_view_get_instance_private (ITA_VIEW (object));

  if (priv->session != NULL)
    g_signal_handlers_disconnect_by_func (priv->session, on_session_changed, object);
  g_clear_object (&priv->session);
  priv->loaded = FALSE;
  clear_pending (priv);

  G_OBJECT_CLASS (ita_view_parent_class)->dispose (object);
}

static void
ita_view_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  ItaViewPrivate *priv = ita_view_get_instance_private (ITA_VIEW (object));

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, priv->session);
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
    case PROP_SESSION:
      ita_view_set_session (ITA_VIEW (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ita_view_class_init (ItaViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ita_view_dispose;
  object_class->get_property = ita_view_get_property;
  object_class->set_property = ita_view_set_property;
  widget_class->map = ita_view_map;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, ITA_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ita_view_init (ItaView *self)
{
}
