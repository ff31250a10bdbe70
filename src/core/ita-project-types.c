/* ita-project-types.c: the plain structs of a project and their enums */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ita-project-private.h"

G_DEFINE_ENUM_TYPE (ItaProjectChange, ita_project_change,
  G_DEFINE_ENUM_VALUE (ITA_PROJECT_CHANGE_SCORES, "scores"),
  G_DEFINE_ENUM_VALUE (ITA_PROJECT_CHANGE_DISTRIBUTIONS, "distributions"),
  G_DEFINE_ENUM_VALUE (ITA_PROJECT_CHANGE_AGENCY, "agency"),
  G_DEFINE_ENUM_VALUE (ITA_PROJECT_CHANGE_UNITS, "units"),
  G_DEFINE_ENUM_VALUE (ITA_PROJECT_CHANGE_CHECKLIST, "checklist"),
  G_DEFINE_ENUM_VALUE (ITA_PROJECT_CHANGE_MEASURES, "measures"),
  G_DEFINE_ENUM_VALUE (ITA_PROJECT_CHANGE_LIMITATIONS, "limitations"),
  G_DEFINE_ENUM_VALUE (ITA_PROJECT_CHANGE_LINKS, "links"),
  G_DEFINE_ENUM_VALUE (ITA_PROJECT_CHANGE_SETTINGS, "settings"),
  G_DEFINE_ENUM_VALUE (ITA_PROJECT_CHANGE_TEXTS, "texts"),
  G_DEFINE_ENUM_VALUE (ITA_PROJECT_CHANGE_ALL, "all"),
  G_DEFINE_ENUM_VALUE (ITA_PROJECT_CHANGE_URL_CHECKS, "url-checks"))

G_DEFINE_ENUM_TYPE (ItaProjectExternal, ita_project_external,
  G_DEFINE_ENUM_VALUE (ITA_PROJECT_EXTERNAL_NONE, "none"),
  G_DEFINE_ENUM_VALUE (ITA_PROJECT_EXTERNAL_CHANGED, "changed"),
  G_DEFINE_ENUM_VALUE (ITA_PROJECT_EXTERNAL_REPLACED, "replaced"))

/* Enum ↔ file string tables ------------------------------------------ */

typedef struct {
  const char *id;
  const char *label;   /* N_() */
} EnumName;

static const EnumName unit_kinds[] = {
  [ITA_UNIT_KIND_OFFICE]   = { "office",   N_("Office (สำนัก)") },
  [ITA_UNIT_KIND_DIVISION] = { "division", N_("Division (กอง)") },
  [ITA_UNIT_KIND_SECTION]  = { "section",  N_("Section (ฝ่าย)") },
  [ITA_UNIT_KIND_WORK]     = { "work",     N_("Work unit (งาน)") },
  [ITA_UNIT_KIND_OTHER]    = { "other",    N_("Other unit") },
};

static const EnumName evidence_statuses[] = {
  [ITA_EVIDENCE_NOT_CHECKED] = { "not-checked", N_("Not checked") },
  [ITA_EVIDENCE_PRESENT]     = { "present",     N_("Present") },
  [ITA_EVIDENCE_INCOMPLETE]  = { "incomplete",  N_("Incomplete") },
  [ITA_EVIDENCE_MISSING]     = { "missing",     N_("Missing") },
};

static const EnumName measure_statuses[] = {
  [ITA_MEASURE_PLANNED]     = { "planned",     N_("Not started") },
  [ITA_MEASURE_IN_PROGRESS] = { "in-progress", N_("In progress") },
  [ITA_MEASURE_DONE]        = { "done",        N_("Done") },
  [ITA_MEASURE_CANCELLED]   = { "cancelled",   N_("Cancelled") },
};

static const EnumName limitation_kinds[] = {
  [ITA_LIMITATION_NONE]       = { "none",       N_("No limitations") },
  [ITA_LIMITATION_PERSONNEL]  = { "personnel",  N_("Personnel") },
  [ITA_LIMITATION_BUDGET]     = { "budget",     N_("Budget") },
  [ITA_LIMITATION_TECHNOLOGY] = { "technology", N_("Technology") },
  [ITA_LIMITATION_AREA]       = { "area",       N_("Local area") },
  [ITA_LIMITATION_ECONOMY_CULTURE] = { "economy-culture", N_("Economy and culture") },
  [ITA_LIMITATION_TIME]       = { "time",       N_("Time") },
  [ITA_LIMITATION_OTHER]      = { "other",      N_("Other") },
};

static gboolean
enum_from_string (const EnumName *names,
                  guint           n_names,
                  const char     *s,
                  int            *out)
{
  if (s == NULL)
    return FALSE;
  for (guint i = 0; i < n_names; i++)
    {
      if (g_str_equal (names[i].id, s))
        {
          *out = (int) i;
          return TRUE;
        }
    }
  return FALSE;
}

#define DEFINE_ENUM_STRINGS(Type, prefix, table)                            \
  const char *                                                              \
  prefix##_to_string (Type value)                                           \
  {                                                                         \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), NULL);      \
    return table[value].id;                                                 \
  }                                                                         \
  gboolean                                                                  \
  prefix##_from_string (const char *s,                                      \
                        Type       *out)                                    \
  {                                                                         \
    int v;                                                                  \
    if (!enum_from_string (table, G_N_ELEMENTS (table), s, &v))             \
      return FALSE;                                                         \
    *out = (Type) v;                                                        \
    return TRUE;                                                            \
  }                                                                         \
  const char *                                                              \
  prefix##_label (Type value)                                               \
  {                                                                         \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), NULL);      \
    return g_dgettext (GETTEXT_PACKAGE, table[value].label);                \
  }                                                                         \
  const char *                                                              \
  prefix##_label_en (Type value)                                            \
  {                                                                         \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), NULL);      \
    return table[value].label;                                              \
  }

DEFINE_ENUM_STRINGS (ItaUnitKind, ita_unit_kind, unit_kinds)
DEFINE_ENUM_STRINGS (ItaEvidenceStatus, ita_evidence_status, evidence_statuses)
DEFINE_ENUM_STRINGS (ItaMeasureStatus, ita_measure_status, measure_statuses)
DEFINE_ENUM_STRINGS (ItaLimitationKind, ita_limitation_kind, limitation_kinds)

/* ItaAgency ---------------------------------------------------------- */

G_DEFINE_BOXED_TYPE (ItaAgency, ita_agency, ita_agency_copy, ita_agency_free)

ItaAgency *
ita_agency_new (void)
{
  ItaAgency *agency = g_new0 (ItaAgency, 1);

  agency->name = g_strdup ("");
  agency->kind = g_strdup ("");
  agency->district = g_strdup ("");
  agency->province = g_strdup ("");
  agency->website = g_strdup ("");
  return agency;
}

ItaAgency *
ita_agency_copy (const ItaAgency *agency)
{
  ItaAgency *copy;

  g_return_val_if_fail (agency != NULL, NULL);

  copy = g_new0 (ItaAgency, 1);
  copy->name = g_strdup (agency->name ? agency->name : "");
  copy->kind = g_strdup (agency->kind ? agency->kind : "");
  copy->district = g_strdup (agency->district ? agency->district : "");
  copy->province = g_strdup (agency->province ? agency->province : "");
  copy->website = g_strdup (agency->website ? agency->website : "");
  return copy;
}

void
ita_agency_free (ItaAgency *agency)
{
  if (agency == NULL)
    return;
  g_free (agency->name);
  g_free (agency->kind);
  g_free (agency->district);
  g_free (agency->province);
  g_free (agency->website);
  g_free (agency);
}

/* ItaUnit ------------------------------------------------------------ */

G_DEFINE_BOXED_TYPE (ItaUnit, ita_unit, ita_unit_copy, ita_unit_free)

ItaUnit *
ita_unit_copy (const ItaUnit *unit)
{
  ItaUnit *copy;

  g_return_val_if_fail (unit != NULL, NULL);

  copy = g_memdup2 (unit, sizeof *unit);
  copy->name = g_strdup (unit->name ? unit->name : "");
  return copy;
}

void
ita_unit_free (ItaUnit *unit)
{
  if (unit == NULL)
    return;
  g_free (unit->name);
  g_free (unit);
}

/* ItaChecklistEntry -------------------------------------------------- */

G_DEFINE_BOXED_TYPE (ItaChecklistEntry, ita_checklist_entry,
                     ita_checklist_entry_copy, ita_checklist_entry_free)

ItaChecklistEntry *
ita_checklist_entry_new (const char *item)
{
  ItaChecklistEntry *entry = g_new0 (ItaChecklistEntry, 1);

  entry->item = g_strdup (item ? item : "");
  entry->status = ITA_EVIDENCE_NOT_CHECKED;
  entry->urls = g_new0 (char *, 1);
  entry->explanation = g_strdup ("");
  entry->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_date_clear (&entry->due_date, 1);
  entry->note = g_strdup ("");
  g_date_clear (&entry->last_checked, 1);
  return entry;
}

static char **
strv_copy_or_empty (char * const *strv)
{
  return strv ? g_strdupv ((char **) strv) : g_new0 (char *, 1);
}

ItaChecklistEntry *
ita_checklist_entry_copy (const ItaChecklistEntry *entry)
{
  ItaChecklistEntry *copy;

  g_return_val_if_fail (entry != NULL, NULL);

  copy = g_memdup2 (entry, sizeof *entry);
  copy->item = g_strdup (entry->item ? entry->item : "");
  copy->urls = strv_copy_or_empty (entry->urls);
  copy->explanation = g_strdup (entry->explanation ? entry->explanation : "");
  copy->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (entry->unit_ids != NULL)
    g_array_append_vals (copy->unit_ids, entry->unit_ids->data, entry->unit_ids->len);
  copy->note = g_strdup (entry->note ? entry->note : "");
  return copy;
}

void
ita_checklist_entry_free (ItaChecklistEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->item);
  g_strfreev (entry->urls);
  g_free (entry->explanation);
  g_clear_pointer (&entry->unit_ids, g_array_unref);
  g_free (entry->note);
  g_free (entry);
}

gboolean
ita_checklist_entry_has_unit (const ItaChecklistEntry *entry,
                              gint64                   unit_id)
{
  g_return_val_if_fail (entry != NULL, FALSE);

  for (guint i = 0; entry->unit_ids != NULL && i < entry->unit_ids->len; i++)
    {
      if (g_array_index (entry->unit_ids, gint64, i) == unit_id)
        return TRUE;
    }
  return FALSE;
}

void
ita_checklist_entry_add_unit (ItaChecklistEntry *entry,
                              gint64             unit_id)
{
  g_return_if_fail (entry != NULL);

  if (entry->unit_ids == NULL)
    entry->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (unit_id != ITA_ID_NONE && !ita_checklist_entry_has_unit (entry, unit_id))
    g_array_append_val (entry->unit_ids, unit_id);
}

static gboolean
dates_equal (const GDate *a,
             const GDate *b)
{
  if (g_date_valid (a) != g_date_valid (b))
    return FALSE;
  return !g_date_valid (a) || g_date_compare (a, b) == 0;
}

static guint
n_units (const ItaChecklistEntry *entry)
{
  return entry->unit_ids != NULL ? entry->unit_ids->len : 0;
}

gboolean
ita_checklist_entry_equal (const ItaChecklistEntry *a,
                           const ItaChecklistEntry *b)
{
  static char *empty[] = { NULL };

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (g_strcmp0 (a->item, b->item) != 0 || a->status != b->status ||
      g_strcmp0 (a->explanation, b->explanation) != 0 || g_strcmp0 (a->note, b->note) != 0 ||
      !dates_equal (&a->due_date, &b->due_date) || !dates_equal (&a->last_checked, &b->last_checked) ||
      n_units (a) != n_units (b))
    return FALSE;
  if (!g_strv_equal ((const char * const *) (a->urls ? a->urls : empty),
                     (const char * const *) (b->urls ? b->urls : empty)))
    return FALSE;
  for (guint i = 0; i < n_units (a); i++)
    {
      if (g_array_index (a->unit_ids, gint64, i) != g_array_index (b->unit_ids, gint64, i))
        return FALSE;
    }
  return TRUE;
}

/* ItaProgress -------------------------------------------------------- */

G_DEFINE_BOXED_TYPE (ItaProgress, ita_progress, ita_progress_copy, ita_progress_free)

ItaProgress *
ita_progress_new (void)
{
  ItaProgress *progress = g_new0 (ItaProgress, 1);

  g_date_clear (&progress->date, 1);
  progress->done = g_strdup ("");
  progress->outcome = g_strdup ("");
  progress->remarks = g_strdup ("");
  return progress;
}

ItaProgress *
ita_progress_copy (const ItaProgress *progress)
{
  ItaProgress *copy;

  g_return_val_if_fail (progress != NULL, NULL);

  copy = g_memdup2 (progress, sizeof *progress);
  copy->done = g_strdup (progress->done ? progress->done : "");
  copy->outcome = g_strdup (progress->outcome ? progress->outcome : "");
  copy->remarks = g_strdup (progress->remarks ? progress->remarks : "");
  return copy;
}

void
ita_progress_free (ItaProgress *progress)
{
  if (progress == NULL)
    return;
  g_free (progress->done);
  g_free (progress->outcome);
  g_free (progress->remarks);
  g_free (progress);
}

/* ItaMeasure --------------------------------------------------------- */

G_DEFINE_BOXED_TYPE (ItaMeasure, ita_measure, ita_measure_copy, ita_measure_free)

ItaMeasure *
ita_measure_new (void)
{
  ItaMeasure *measure = g_new0 (ItaMeasure, 1);

  measure->id = ITA_ID_NONE;
  measure->title = g_strdup ("");
  measure->issue = g_strdup ("");
  measure->targets = g_new0 (char *, 1);
  measure->methods = g_strdup ("");
  measure->steps = g_new0 (char *, 1);
  measure->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_date_clear (&measure->start, 1);
  g_date_clear (&measure->end, 1);
  measure->budget = ITA_BUDGET_NONE;
  measure->kpi = g_strdup ("");
  measure->target = g_strdup ("");
  measure->status = ITA_MEASURE_PLANNED;
  measure->progress = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_progress_free);
  return measure;
}

ItaMeasure *
ita_measure_copy (const ItaMeasure *measure)
{
  ItaMeasure *copy;

  g_return_val_if_fail (measure != NULL, NULL);

  copy = g_memdup2 (measure, sizeof *measure);
  copy->title = g_strdup (measure->title ? measure->title : "");
  copy->issue = g_strdup (measure->issue ? measure->issue : "");
  copy->targets = strv_copy_or_empty (measure->targets);
  copy->methods = g_strdup (measure->methods ? measure->methods : "");
  copy->steps = strv_copy_or_empty (measure->steps);
  copy->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (measure->unit_ids != NULL)
    g_array_append_vals (copy->unit_ids, measure->unit_ids->data, measure->unit_ids->len);
  copy->kpi = g_strdup (measure->kpi ? measure->kpi : "");
  copy->target = g_strdup (measure->target ? measure->target : "");
  copy->progress = g_ptr_array_new_with_free_func ((GDestroyNotify) ita_progress_free);
  for (guint i = 0; measure->progress != NULL && i < measure->progress->len; i++)
    g_ptr_array_add (copy->progress, ita_progress_copy (g_ptr_array_index (measure->progress, i)));
  return copy;
}

void
ita_measure_free (ItaMeasure *measure)
{
  if (measure == NULL)
    return;
  g_free (measure->title);
  g_free (measure->issue);
  g_strfreev (measure->targets);
  g_free (measure->methods);
  g_strfreev (measure->steps);
  g_clear_pointer (&measure->unit_ids, g_array_unref);
  g_free (measure->kpi);
  g_free (measure->target);
  g_clear_pointer (&measure->progress, g_ptr_array_unref);
  g_free (measure);
}

gboolean
ita_measure_is_unfinished (const ItaMeasure *measure)
{
  g_return_val_if_fail (measure != NULL, FALSE);

  return measure->status != ITA_MEASURE_DONE && measure->status != ITA_MEASURE_CANCELLED;
}

/* ItaLimitation ------------------------------------------------------ */

G_DEFINE_BOXED_TYPE (ItaLimitation, ita_limitation, ita_limitation_copy, ita_limitation_free)

ItaLimitation *
ita_limitation_copy (const ItaLimitation *limitation)
{
  ItaLimitation *copy;

  g_return_val_if_fail (limitation != NULL, NULL);

  copy = g_memdup2 (limitation, sizeof *limitation);
  copy->text = g_strdup (limitation->text ? limitation->text : "");
  return copy;
}

void
ita_limitation_free (ItaLimitation *limitation)
{
  if (limitation == NULL)
    return;
  g_free (limitation->text);
  g_free (limitation);
}

/* ItaLink ------------------------------------------------------------ */

G_DEFINE_BOXED_TYPE (ItaLink, ita_link, ita_link_copy, ita_link_free)

ItaLink *
ita_link_copy (const ItaLink *link)
{
  ItaLink *copy;

  g_return_val_if_fail (link != NULL, NULL);

  copy = g_memdup2 (link, sizeof *link);
  copy->relative_path = g_strdup (link->relative_path);
  copy->absolute_path = g_strdup (link->absolute_path);
  copy->agency_name = g_strdup (link->agency_name ? link->agency_name : "");
  return copy;
}

void
ita_link_free (ItaLink *link)
{
  if (link == NULL)
    return;
  g_free (link->relative_path);
  g_free (link->absolute_path);
  g_free (link->agency_name);
  g_free (link);
}
