/* ita-office-deck.c: the charts of a project as a slide deck — what the
 * deck holds and where things go; ita-office-pptx.c and
 * ita-office-deck-pdf.c write it */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ita-chart-data-project.h"
#include "ita-office.h"
#include "ita-office-deck-private.h"
#include "ita-thai.h"

/* The deck's own words, in both languages (see ita-office-deck.h). */
#define COVER_TITLE_TH "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)"
#define COVER_TITLE_EN "Integrity and Transparency Assessment (ITA) results"

void
ita_office_deck_options_init (ItaOfficeDeckOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->format = ITA_OFFICE_DECK_PPTX;
  options->aspect = ITA_OFFICE_ASPECT_16_9;
  g_date_clear (&options->date, 1);
}

const char *
ita_office_deck_format_to_string (ItaOfficeDeckFormat format)
{
  switch (format)
    {
    case ITA_OFFICE_DECK_PPTX:
      return "pptx";
    case ITA_OFFICE_DECK_PDF:
      return "pdf";
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
ita_office_deck_format_from_string (const char          *name,
                                    ItaOfficeDeckFormat *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  if (name == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (name, "pptx") == 0)
    *out = ITA_OFFICE_DECK_PPTX;
  else if (g_ascii_strcasecmp (name, "pdf") == 0)
    *out = ITA_OFFICE_DECK_PDF;
  else
    return FALSE;
  return TRUE;
}

gboolean
ita_office_aspect_from_string (const char      *name,
                               ItaOfficeAspect *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  if (name == NULL)
    return FALSE;
  if (g_str_equal (name, "16:9") || g_ascii_strcasecmp (name, "16x9") == 0)
    *out = ITA_OFFICE_ASPECT_16_9;
  else if (g_str_equal (name, "4:3") || g_ascii_strcasecmp (name, "4x3") == 0)
    *out = ITA_OFFICE_ASPECT_4_3;
  else
    return FALSE;
  return TRUE;
}

static void
slide_free (gpointer p)
{
  ItaDeckSlide *s = p;

  ita_chart_data_unref (s->data);
  g_free (s->title);
  g_free (s->subtitle);
  g_free (s);
}

static void
deck_free (ItaDeck *deck)
{
  if (deck == NULL)
    return;
  ita_chart_style_free (deck->style);
  g_free (deck->lang_tag);
  g_free (deck->font);
  g_free (deck->title);
  g_free (deck->agency);
  g_free (deck->year);
  g_free (deck->date);
  g_clear_pointer (&deck->created, g_date_time_unref);
  g_ptr_array_unref (deck->slides);
  g_free (deck);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ItaDeck, deck_free)

static char *
digits (const ItaDeck *deck,
        char          *text)
{
  char *converted;

  if (!deck->style->thai_digits)
    return text;
  converted = ita_thai_digits_from_ascii (text);
  g_free (text);
  return converted;
}

/* Where things go: margins of half an inch, the title at the top, the
 * chart below it down to the bottom margin. */
static void
place (ItaDeck *deck)
{
  const double margin = 0.5;

  deck->width = deck->aspect == ITA_OFFICE_ASPECT_4_3 ? 10.0 : 40.0 / 3.0;
  deck->height = 7.5;

  deck->cover_title = (ItaDeckBox) { 0.75, 0.9, deck->width - 1.5, 3.0 };
  deck->cover_subtitle = (ItaDeckBox) { 0.75, 4.05, deck->width - 1.5, 2.7 };

  deck->title_box = (ItaDeckBox) { margin, 0.25, deck->width - 2 * margin, 0.85 };
  deck->subtitle_box = (ItaDeckBox) { margin, 1.05, deck->width - 2 * margin, 0.45 };
  deck->content_px_width = (int) lround ((deck->width - 2 * margin) * ITA_DECK_DPI);
  deck->content_px_height = (int) lround ((deck->height - 1.55 - 0.3) * ITA_DECK_DPI);
  deck->content = (ItaDeckBox) {
    margin, 1.55, deck->content_px_width / ITA_DECK_DPI, deck->content_px_height / ITA_DECK_DPI
  };
}

static char *
first_family (const char *families)
{
  g_auto(GStrv) list = g_strsplit (families != NULL ? families : "", ",", -1);

  for (guint i = 0; list[i] != NULL; i++)
    {
      g_strstrip (list[i]);
      if (*list[i] != '\0')
        return g_strdup (list[i]);
    }
  return g_strdup ("Sans");
}

static ItaDeck *
deck_new (ItaProject                 *project,
          const ItaOfficeDeckOptions *options,
          GError                    **error)
{
  g_autoptr(ItaDeck) deck = g_new0 (ItaDeck, 1);
  g_autoptr(ItaAgency) agency = ita_project_get_agency (project);
  g_autofree char *year = NULL;
  GDate date;
  guint n_kinds = options->kinds != NULL ? options->n_kinds : ITA_CHART_N_KINDS;

  deck->aspect = options->aspect;
  deck->style = options->style != NULL ? ita_chart_style_copy (options->style) : ita_chart_style_new ();
  deck->style->no_title = TRUE;
  deck->thai = deck->style->language == ITA_CHART_LANG_TH;
  deck->lang_tag = g_strdup (deck->thai ? "th-TH" : "en-US");
  deck->font = first_family (deck->style->font_family);
  deck->font_scale = g_str_has_prefix (deck->font, "TH ") ? 1.0 : 0.7;
  deck->slides = g_ptr_array_new_with_free_func (slide_free);
  deck->created = g_date_time_new_now_utc ();
  place (deck);

  deck->title = g_strdup (deck->thai ? COVER_TITLE_TH : COVER_TITLE_EN);
  deck->agency = g_strdup (agency != NULL && agency->name != NULL ? agency->name : "");
  year = g_strdup_printf (deck->thai ? "ปีงบประมาณ พ.ศ. %d" : "Fiscal year %d",
                          ita_project_get_fiscal_year (project));
  deck->year = digits (deck, g_steal_pointer (&year));

  date = options->date;
  if (!g_date_valid (&date))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                      g_date_time_get_year (now));
    }
  deck->date = deck->thai ? ita_thai_format_date (&date, FALSE, deck->style->thai_digits)
                          : digits (deck, ita_format_date_en (&date, FALSE));

  for (guint i = 0; i < n_kinds; i++)
    {
      ItaChartKind kind = options->kinds != NULL ? options->kinds[i] : (ItaChartKind) i;
      ItaDeckSlide *slide;
      ItaChartData *data;

      if (kind >= ITA_CHART_N_KINDS)
        {
          g_set_error (error, ITA_OFFICE_ERROR, ITA_OFFICE_ERROR_INVALID,
                       _("Unknown chart kind %u"), (guint) kind);
          return NULL;
        }
      data = ita_chart_data_new_for_project (project, kind, NULL, options->years);
      if (data == NULL)
        continue;
      if (options->kinds == NULL && ita_chart_data_is_empty (data))
        {
          ita_chart_data_unref (data);
          continue;
        }
      slide = g_new0 (ItaDeckSlide, 1);
      slide->kind = kind;
      slide->data = data;
      slide->title = g_strdup (ita_chart_get_title (deck->style, kind));
      slide->subtitle = ita_chart_get_subtitle (deck->style, data);
      g_ptr_array_add (deck->slides, slide);
    }
  if (deck->slides->len == 0)
    {
      g_set_error (error, ITA_OFFICE_ERROR, ITA_OFFICE_ERROR_INVALID,
                   _("There is nothing to show in a deck yet: enter the scores, check the OIT items "
                     "or add measures first."));
      return NULL;
    }
  return g_steal_pointer (&deck);
}

GBytes *
ita_office_deck_bytes (ItaProject                  *project,
                       const ItaOfficeDeckOptions  *options,
                       GError                     **error)
{
  ItaOfficeDeckOptions defaults;
  g_autoptr(ItaDeck) deck = NULL;

  g_return_val_if_fail (ITA_IS_PROJECT (project), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    {
      ita_office_deck_options_init (&defaults);
      options = &defaults;
    }
  g_return_val_if_fail (options->kinds != NULL || options->n_kinds == 0, NULL);
  if (ita_project_is_closed (project))
    {
      g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_CLOSED,
                   _("The project was closed; open it again."));
      return NULL;
    }

  deck = deck_new (project, options, error);
  if (deck == NULL)
    return NULL;
  switch (options->format)
    {
    case ITA_OFFICE_DECK_PPTX:
      return ita_office_pptx_bytes (deck, error);
    case ITA_OFFICE_DECK_PDF:
      return ita_office_deck_pdf_bytes (deck, error);
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
ita_office_write_deck (ItaProject                  *project,
                       const ItaOfficeDeckOptions  *options,
                       GFile                       *file,
                       GError                     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = ita_office_deck_bytes (project, options, error);
  return bytes != NULL && ita_office_replace_file (file, bytes, error);
}
