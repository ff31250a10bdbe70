/* ita-display.c: how the views show numbers, names and categories */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-display.h"
#include "ita-thai.h"

gboolean
ita_display_is_english (void)
{
  const char * const *names = g_get_language_names ();

  /* LANGUAGE (set by --lang and the language preference) comes first. */
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "th"))
        return FALSE;
      if (g_str_equal (names[i], "C"))
        break;
      return TRUE;
    }
  return TRUE;
}

const char *
ita_display_pick (const char *th,
                  const char *en)
{
  if (ita_display_is_english () && en != NULL && *en != '\0')
    return en;
  return th != NULL ? th : "";
}

const char *
ita_display_item_text (const ItaItemDef *item)
{
  const char *text = ita_display_pick (item->text_th, item->text_en);

  return *text != '\0' ? text : _("(the text of this item is not known)");
}

gboolean
ita_display_thai_digits (GSettings  *settings,
                         ItaProject *project)
{
  if (settings != NULL && g_settings_get_boolean (settings, "thai-digits"))
    return TRUE;
  return project != NULL && !ita_project_is_closed (project) &&
         ita_project_get_thai_digits (project);
}

char *
ita_display_score (ItaCenti value,
                   gboolean thai_digits)
{
  if (value == ITA_CENTI_NONE)
    return g_strdup ("–");
  return ita_decimal_format (value, thai_digits);
}

char *
ita_display_change (ItaCenti now,
                    ItaCenti before,
                    gboolean thai_digits)
{
  g_autofree char *number = NULL;
  ItaCenti delta;

  if (now == ITA_CENTI_NONE || before == ITA_CENTI_NONE)
    return g_strdup ("–");
  delta = now - before;
  number = ita_decimal_format (ABS (delta), thai_digits);
  /* a no-break space: the arrow never leaves its number */
  if (delta > 0)
    return g_strdup_printf ("▲\u00a0+%s", number);
  if (delta < 0)
    return g_strdup_printf ("▼\u00a0−%s", number);
  return g_strdup_printf ("=\u00a0%s", number);
}

char *
ita_display_int (int      value,
                 gboolean thai_digits)
{
  g_autofree char *ascii = g_strdup_printf ("%d", value);

  return thai_digits ? ita_thai_digits_from_ascii (ascii) : g_steal_pointer (&ascii);
}

char *
ita_display_fiscal_year (const char *year)
{
  /* TRANSLATORS: the fiscal year in full (window title, recent projects):
   * "FY 2568", in Thai "ปีงบประมาณ พ.ศ. 2568" */
  g_autofree char *text = g_strdup_printf (C_("fiscal year", "FY %s"), year);

  return ita_display_bind_years (text);
}

char *
ita_display_bind_years (const char *text)
{
  return ita_thai_bind_years (text);
}

const char *
ita_display_category_label (ItaCategory category)
{
  switch (category)
    {
    case ITA_CATEGORY_MAINTAIN:
      /* TRANSLATORS: next-year category of a score ≥ 95 (รักษาระดับ) */
      return _("Maintain");
    case ITA_CATEGORY_RAISE:
      /* TRANSLATORS: next-year category of a score 90–94.99 (ยกระดับ) */
      return _("Raise");
    case ITA_CATEGORY_IMPROVE:
      /* TRANSLATORS: next-year category of a score below 90 (ต้องปรับปรุง) */
      return _("Improve");
    case ITA_CATEGORY_NONE:
    default:
      return NULL;
    }
}

const char *
ita_display_category_icon (ItaCategory category)
{
  switch (category)
    {
    case ITA_CATEGORY_MAINTAIN:
      return "emblem-ok-symbolic";
    case ITA_CATEGORY_RAISE:
      return "go-up-symbolic";
    case ITA_CATEGORY_IMPROVE:
      return "dialog-warning-symbolic";
    case ITA_CATEGORY_NONE:
    default:
      return NULL;
    }
}

