/* ita-score-row.c: one row of the Scores tree and its figures */
#include "config.h"

#include "ita-score-row.h"

struct _ItaScoreRow
{
  GObject          parent_instance;

  /* owned */
  char            *key;
  char            *code;
  char            *text;
  GListStore      *children;

  /* plain data */
  ItaScoreRowKind  kind;
  ItaCenti         score;
  ItaCenti         official;
  ItaCenti         computed;
  ItaCategory      category;
  guint            revision;
};

enum {
  PROP_0,
  PROP_REVISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ItaScoreRow, ita_score_row, G_TYPE_OBJECT)

static void
ita_score_row_dispose (GObject *object)
{
  ItaScoreRow *self = ITA_SCORE_ROW (object);

  g_clear_object (&self->children);

  G_OBJECT_CLASS (ita_score_row_parent_class)->dispose (object);
}

static void
ita_score_row_finalize (GObject *object)
{
  ItaScoreRow *self = ITA_SCORE_ROW (object);

  g_free (self->key);
  g_free (self->code);
  g_free (self->text);

  G_OBJECT_CLASS (ita_score_row_parent_class)->finalize (object);
}

static void
ita_score_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ItaScoreRow *self = ITA_SCORE_ROW (object);

  switch (prop_id)
    {
    case PROP_REVISION:
      g_value_set_uint (value, self->revision);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ita_score_row_class_init (ItaScoreRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ita_score_row_dispose;
  object_class->finalize = ita_score_row_finalize;
  object_class->get_property = ita_score_row_get_property;

  properties[PROP_REVISION] =
    g_param_spec_uint ("revision", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ita_score_row_init (ItaScoreRow *self)
{
  self->score = ITA_CENTI_NONE;
  self->official = ITA_CENTI_NONE;
  self->computed = ITA_CENTI_NONE;
  self->category = ITA_CATEGORY_NONE;
}

ItaScoreRow *
ita_score_row_new (ItaScoreRowKind  kind,
                   const char      *key,
                   const char      *code,
                   const char      *text)
{
  ItaScoreRow *self;

  g_return_val_if_fail (key != NULL, NULL);

  self = g_object_new (ITA_TYPE_SCORE_ROW, NULL);
  self->kind = kind;
  self->key = g_strdup (key);
  self->code = g_strdup (code ? code : key);
  self->text = g_strdup (text ? text : "");
  if (kind != ITA_SCORE_ROW_ITEM && kind != ITA_SCORE_ROW_PART)
    self->children = g_list_store_new (ITA_TYPE_SCORE_ROW);
  return self;
}

ItaScoreRowKind
ita_score_row_get_kind (ItaScoreRow *self)
{
  g_return_val_if_fail (ITA_IS_SCORE_ROW (self), ITA_SCORE_ROW_ITEM);
  return self->kind;
}

const char *
ita_score_row_get_key (ItaScoreRow *self)
{
  g_return_val_if_fail (ITA_IS_SCORE_ROW (self), NULL);
  return self->key;
}

const char *
ita_score_row_get_code (ItaScoreRow *self)
{
  g_return_val_if_fail (ITA_IS_SCORE_ROW (self), NULL);
  return self->code;
}

const char *
ita_score_row_get_text (ItaScoreRow *self)
{
  g_return_val_if_fail (ITA_IS_SCORE_ROW (self), NULL);
  return self->text;
}

GListStore *
ita_score_row_get_children (ItaScoreRow *self)
{
  g_return_val_if_fail (ITA_IS_SCORE_ROW (self), NULL);
  return self->children;
}

void
ita_score_row_append (ItaScoreRow *self,
                      ItaScoreRow *child)
{
  g_return_if_fail (ITA_IS_SCORE_ROW (self));
  g_return_if_fail (ITA_IS_SCORE_ROW (child));
  g_return_if_fail (self->children != NULL);

  g_list_store_append (self->children, child);
}

void
ita_score_row_update (ItaScoreRow *self,
                      ItaCenti     score,
                      ItaCenti     official,
                      ItaCenti     computed,
                      ItaCategory  category)
{
  g_return_if_fail (ITA_IS_SCORE_ROW (self));

  if (self->score == score && self->official == official &&
      self->computed == computed && self->category == category)
    return;
  self->score = score;
  self->official = official;
  self->computed = computed;
  self->category = category;
  self->revision++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVISION]);
}

ItaCenti
ita_score_row_get_score (ItaScoreRow *self)
{
  g_return_val_if_fail (ITA_IS_SCORE_ROW (self), ITA_CENTI_NONE);
  return self->score;
}

ItaCenti
ita_score_row_get_official (ItaScoreRow *self)
{
  g_return_val_if_fail (ITA_IS_SCORE_ROW (self), ITA_CENTI_NONE);
  return self->official;
}

ItaCenti
ita_score_row_get_computed (ItaScoreRow *self)
{
  g_return_val_if_fail (ITA_IS_SCORE_ROW (self), ITA_CENTI_NONE);
  return self->computed;
}

ItaCategory
ita_score_row_get_category (ItaScoreRow *self)
{
  g_return_val_if_fail (ITA_IS_SCORE_ROW (self), ITA_CATEGORY_NONE);
  return self->category;
}

gboolean
ita_score_row_get_differs (ItaScoreRow *self)
{
  g_return_val_if_fail (ITA_IS_SCORE_ROW (self), FALSE);
  return self->official != ITA_CENTI_NONE && self->computed != ITA_CENTI_NONE &&
         self->official != self->computed;
}

guint
ita_score_row_get_revision (ItaScoreRow *self)
{
  g_return_val_if_fail (ITA_IS_SCORE_ROW (self), 0);
  return self->revision;
}
