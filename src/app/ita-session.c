/* ita-session.c: what every view of one open project shares
 *
 * The result and the scores it came from are dropped on each change
 * that can alter them and computed again when first asked for, so that
 * one edit costs one computation however many views show it (none when
 * no view on screen asks). The earlier years are opened when first asked
 * for and kept until the links change.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ita-display.h"
#include "ita-session.h"
#include "ita-thai.h"

struct _ItaSession
{
  GObject      parent_instance;

  /* owned */
  ItaProject  *project;
  GSettings   *settings;
  ItaResult   *result;        /* NULL: not computed since the last change */
  ItaScores   *scores;        /* what result was computed from */
  ItaYears    *years;         /* NULL: not opened since the links changed */
  GHashTable  *comparisons;   /* ItaYear → ItaComparison, for this result */

  /* plain data */
  gboolean     thai_digits;
};

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_SETTINGS,
  PROP_RESULT,
  PROP_YEARS,
  PROP_THAI_DIGITS,
  PROP_LANGUAGE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ItaSession, ita_session, G_TYPE_OBJECT)

/* --- what a change makes stale ---------------------------------------- */

static gboolean
changes_result (ItaProjectChange kind,
                const char      *key)
{
  switch (kind)
    {
    case ITA_PROJECT_CHANGE_SCORES:
    case ITA_PROJECT_CHANGE_ALL:
      return TRUE;
    case ITA_PROJECT_CHANGE_SETTINGS:
      return key == NULL || g_str_has_prefix (key, "thresholds");
    case ITA_PROJECT_CHANGE_DISTRIBUTIONS:
    case ITA_PROJECT_CHANGE_AGENCY:
    case ITA_PROJECT_CHANGE_UNITS:
    case ITA_PROJECT_CHANGE_CHECKLIST:
    case ITA_PROJECT_CHANGE_MEASURES:
    case ITA_PROJECT_CHANGE_LIMITATIONS:
    case ITA_PROJECT_CHANGE_LINKS:
    default:
      return FALSE;
    }
}

static void
drop_result (ItaSession *self)
{
  g_clear_pointer (&self->result, ita_result_unref);
  g_clear_pointer (&self->scores, ita_scores_unref);
  g_hash_table_remove_all (self->comparisons);
}

static void
drop_years (ItaSession *self)
{
  g_hash_table_remove_all (self->comparisons);
  g_clear_object (&self->years);
}

static gboolean
read_thai_digits (ItaSession *self)
{
  if (g_settings_get_boolean (self->settings, "thai-digits"))
    return TRUE;
  return !ita_project_is_closed (self->project) && ita_project_get_thai_digits (self->project);
}

/* TRUE when the digits changed (and were notified). */
static gboolean
update_thai_digits (ItaSession *self)
{
  gboolean digits = read_thai_digits (self);

  if (digits == self->thai_digits)
    return FALSE;
  self->thai_digits = digits;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THAI_DIGITS]);
  return TRUE;
}

static void
on_project_changed (ItaProject       *project,
                    ItaProjectChange  kind,
                    const char       *key,
                    ItaSession       *self)
{
  if (changes_result (kind, key))
    {
      drop_result (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
    }
  if (kind == ITA_PROJECT_CHANGE_LINKS || kind == ITA_PROJECT_CHANGE_ALL)
    {
      drop_years (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEARS]);
    }
  if (kind == ITA_PROJECT_CHANGE_SETTINGS || kind == ITA_PROJECT_CHANGE_ALL)
    update_thai_digits (self);

  g_signal_emit (self, signals[CHANGED], 0, kind, key);
}

static void
on_thai_digits_setting (GSettings  *settings,
                        const char *key,
                        ItaSession *self)
{
  if (update_thai_digits (self))
    g_signal_emit (self, signals[CHANGED], 0, ITA_PROJECT_CHANGE_SETTINGS, "thai-digits");
}

/* --- GObject ------------------------------------------------------------ */

static void
ita_session_constructed (GObject *object)
{
  ItaSession *self = ITA_SESSION (object);

  G_OBJECT_CLASS (ita_session_parent_class)->constructed (object);

  g_assert (self->project != NULL);
  if (self->settings == NULL)
    self->settings = g_settings_new (APPLICATION_ID);
  self->thai_digits = read_thai_digits (self);
  g_signal_connect_object (self->project, "changed", G_CALLBACK (on_project_changed), self, 0);
  g_signal_connect_object (self->settings, "changed::thai-digits",
                           G_CALLBACK (on_thai_digits_setting), self, 0);
}

static void
ita_session_dispose (GObject *object)
{
  ItaSession *self = ITA_SESSION (object);

  drop_result (self);
  drop_years (self);
  g_clear_object (&self->settings);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (ita_session_parent_class)->dispose (object);
}

static void
ita_session_finalize (GObject *object)
{
  ItaSession *self = ITA_SESSION (object);

  g_hash_table_unref (self->comparisons);

  G_OBJECT_CLASS (ita_session_parent_class)->finalize (object);
}

static void
ita_session_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ItaSession *self = ITA_SESSION (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_RESULT:
      g_value_set_boxed (value, ita_session_get_result (self));
      break;
    case PROP_YEARS:
      g_value_set_object (value, ita_session_get_years (self));
      break;
    case PROP_THAI_DIGITS:
      g_value_set_boolean (value, self->thai_digits);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, ita_session_get_language (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ita_session_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  ItaSession *self = ITA_SESSION (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ita_session_class_init (ItaSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ita_session_constructed;
  object_class->dispose = ita_session_dispose;
  object_class->finalize = ita_session_finalize;
  object_class->get_property = ita_session_get_property;
  object_class->set_property = ita_session_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, ITA_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESULT] =
    g_param_spec_boxed ("result", NULL, NULL, ITA_TYPE_RESULT,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEARS] =
    g_param_spec_object ("years", NULL, NULL, ITA_TYPE_YEARS,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_THAI_DIGITS] =
    g_param_spec_boolean ("thai-digits", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, "th",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, ITA_TYPE_PROJECT_CHANGE, G_TYPE_STRING);
}

static void
ita_session_init (ItaSession *self)
{
  self->comparisons = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) ita_comparison_unref);
}

ItaSession *
ita_session_new (ItaProject *project,
                 GSettings  *settings)
{
  g_return_val_if_fail (ITA_IS_PROJECT (project), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (ITA_TYPE_SESSION, "project", project, "settings", settings, NULL);
}

/* --- the shared figures ------------------------------------------------- */

ItaProject *
ita_session_get_project (ItaSession *self)
{
  g_return_val_if_fail (ITA_IS_SESSION (self), NULL);
  return self->project;
}

ItaFramework *
ita_session_get_edition (ItaSession *self)
{
  g_return_val_if_fail (ITA_IS_SESSION (self), NULL);
  return ita_project_get_edition (self->project);
}

static void
ensure_result (ItaSession *self)
{
  ItaThresholds thresholds;

  if (self->result != NULL)
    return;
  self->scores = ita_project_get_scores (self->project);
  ita_project_get_thresholds (self->project, &thresholds);
  self->result = ita_engine_compute (ita_project_get_edition (self->project), self->scores, &thresholds);
}

ItaResult *
ita_session_get_result (ItaSession *self)
{
  g_return_val_if_fail (ITA_IS_SESSION (self), NULL);

  ensure_result (self);
  return self->result;
}

ItaScores *
ita_session_get_scores (ItaSession *self)
{
  g_return_val_if_fail (ITA_IS_SESSION (self), NULL);

  ensure_result (self);
  return self->scores;
}

ItaYears *
ita_session_get_years (ItaSession *self)
{
  g_return_val_if_fail (ITA_IS_SESSION (self), NULL);

  if (self->years == NULL)
    self->years = ita_years_new (self->project);
  return self->years;
}

ItaYear *
ita_session_get_previous (ItaSession *self)
{
  g_return_val_if_fail (ITA_IS_SESSION (self), NULL);

  return ita_years_get_previous (ita_session_get_years (self));
}

ItaComparison *
ita_session_get_comparison (ItaSession *self,
                            ItaYear    *year)
{
  ItaComparison *comparison;

  g_return_val_if_fail (ITA_IS_SESSION (self), NULL);
  g_return_val_if_fail (ITA_IS_YEAR (year), NULL);

  if (ita_year_get_result (year) == NULL)
    return NULL;
  comparison = g_hash_table_lookup (self->comparisons, year);
  if (comparison == NULL)
    {
      comparison = ita_comparison_new (ita_session_get_result (self), ita_year_get_result (year));
      g_hash_table_insert (self->comparisons, year, comparison);
    }
  return comparison;
}

/* --- display ------------------------------------------------------------ */

gboolean
ita_session_get_thai_digits (ItaSession *self)
{
  g_return_val_if_fail (ITA_IS_SESSION (self), FALSE);
  return self->thai_digits;
}

const char *
ita_session_get_language (ItaSession *self)
{
  g_return_val_if_fail (ITA_IS_SESSION (self), "th");
  return ita_display_is_english () ? "en" : "th";
}

char *
ita_session_format_score (ItaSession *self,
                          ItaCenti    value)
{
  g_return_val_if_fail (ITA_IS_SESSION (self), NULL);
  return ita_display_score (value, self->thai_digits);
}

char *
ita_session_format_int (ItaSession *self,
                        int         value)
{
  g_return_val_if_fail (ITA_IS_SESSION (self), NULL);
  return ita_display_int (value, self->thai_digits);
}

char *
ita_session_format_text (ItaSession *self,
                         const char *text)
{
  g_return_val_if_fail (ITA_IS_SESSION (self), NULL);

  if (text == NULL)
    return NULL;
  return self->thai_digits ? ita_thai_digits_from_ascii (text) : g_strdup (text);
}

char *
ita_session_format_year (ItaSession *self,
                         int         fiscal_year)
{
  g_autofree char *year = NULL;

  g_return_val_if_fail (ITA_IS_SESSION (self), NULL);

  year = ita_session_format_int (self, fiscal_year);
  return ita_display_fiscal_year (year);
}

GFile *
ita_session_dup_folder (ItaSession *self)
{
  GFile *file;

  g_return_val_if_fail (ITA_IS_SESSION (self), NULL);

  file = ita_project_get_file (self->project);
  return file != NULL ? g_file_get_parent (file) : NULL;
}
