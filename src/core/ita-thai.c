/* ita-thai.c: Thai digits, Buddhist-era fiscal years and Thai dates */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-thai.h"

#define THAI_DIGIT_ZERO 0x0E50

static const char * const month_names[12] = {
  "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
  "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
};

static const char * const month_abbrevs[12] = {
  "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
  "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
};

static const char * const month_names_en[12] = {
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
};

static const char * const month_abbrevs_en[12] = {
  "Jan", "Feb", "Mar", "Apr", "May", "Jun",
  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

char *
ita_thai_digits_to_ascii (const char *text)
{
  GString *s;

  g_return_val_if_fail (text != NULL, NULL);

  s = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= THAI_DIGIT_ZERO && c <= THAI_DIGIT_ZERO + 9)
        g_string_append_c (s, (char) ('0' + (c - THAI_DIGIT_ZERO)));
      else
        g_string_append_len (s, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (s, FALSE);
}

char *
ita_thai_digits_from_ascii (const char *text)
{
  GString *s;

  g_return_val_if_fail (text != NULL, NULL);

  s = g_string_sized_new (strlen (text) * 2);
  for (const char *p = text; *p; p++)
    {
      if (*p >= '0' && *p <= '9')
        g_string_append_unichar (s, THAI_DIGIT_ZERO + (gunichar) (*p - '0'));
      else
        g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

void
ita_fiscal_year_range (int    fy_be,
                       GDate *first,
                       GDate *last)
{
  int ce = fy_be - ITA_BE_OFFSET;

  g_return_if_fail (ce > 1 && ce < 9999);

  if (first != NULL)
    g_date_set_dmy (first, 1, G_DATE_OCTOBER, (GDateYear) (ce - 1));
  if (last != NULL)
    g_date_set_dmy (last, 30, G_DATE_SEPTEMBER, (GDateYear) ce);
}

int
ita_fiscal_year_of_date (const GDate *date)
{
  int year;

  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);

  year = g_date_get_year (date);
  if (g_date_get_month (date) >= G_DATE_OCTOBER)
    year++;
  return year + ITA_BE_OFFSET;
}

const char *
ita_thai_month_name (int month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);
  return month_names[month - 1];
}

const char *
ita_thai_month_abbrev (int month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);
  return month_abbrevs[month - 1];
}

char *
ita_thai_format_date (const GDate *date,
                      gboolean     abbreviated,
                      gboolean     thai_digits)
{
  g_autofree char *ascii = NULL;
  int month, year_be;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  month = g_date_get_month (date);
  year_be = g_date_get_year (date) + ITA_BE_OFFSET;
  if (abbreviated)
    ascii = g_strdup_printf ("%d %s %02d", g_date_get_day (date),
                             month_abbrevs[month - 1], year_be % 100);
  else
    ascii = g_strdup_printf ("%d %s %d", g_date_get_day (date),
                             month_names[month - 1], year_be);

  return thai_digits ? ita_thai_digits_from_ascii (ascii) : g_steal_pointer (&ascii);
}

char *
ita_format_date_en (const GDate *date,
                    gboolean     abbreviated)
{
  int month;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  month = g_date_get_month (date);
  return g_strdup_printf ("%d %s %d", g_date_get_day (date),
                          abbreviated ? month_abbrevs_en[month - 1] : month_names_en[month - 1],
                          (int) g_date_get_year (date));
}

/* Reads an unsigned decimal number of at most max_digits digits. */
static gboolean
read_number (const char **p,
             int          max_digits,
             int         *out,
             int         *n_digits)
{
  int v = 0, n = 0;

  while (g_ascii_isdigit (**p))
    {
      if (n == max_digits)
        return FALSE;
      v = v * 10 + (**p - '0');
      n++;
      (*p)++;
    }
  *out = v;
  *n_digits = n;
  return n > 0;
}

/* 1…12 for a Thai month name or abbreviation at the start of p (the
 * abbreviation's dots optional), advancing p; 0 when none matches. */
static int
read_thai_month (const char **p)
{
  for (int m = 0; m < 12; m++)
    {
      gsize len = strlen (month_names[m]);

      if (strncmp (*p, month_names[m], len) == 0)
        {
          *p += len;
          return m + 1;
        }
    }

  for (int m = 0; m < 12; m++)
    {
      const char *a = month_abbrevs[m];
      const char *q = *p;

      /* compare ignoring the dots of the abbreviation */
      while (*a)
        {
          if (*a == '.')
            {
              a++;
              if (*q == '.')
                q++;
              continue;
            }
          if (*a != *q)
            break;
          a++;
          q++;
        }
      if (*a == '\0')
        {
          *p = q;
          return m + 1;
        }
    }
  return 0;
}

static void
skip_spaces (const char **p)
{
  while (**p == ' ' || **p == '\t')
    (*p)++;
}

/* A year as written: four digits above 2400 are BE, otherwise CE; two
 * digits are the BE year 25xx. Returns the CE year. */
static int
year_to_ce (int year,
            int n_digits)
{
  if (n_digits <= 2)
    return 2500 + year - ITA_BE_OFFSET;
  if (year > 2400)
    return year - ITA_BE_OFFSET;
  return year;
}

static gboolean
parse_date_ascii (const char *text,
                  GDate      *out)
{
  const char *p = text;
  int a, b, c, na, nb, nc;

  skip_spaces (&p);
  if (!read_number (&p, 4, &a, &na))
    return FALSE;

  if (*p == '-' && na == 4)
    {
      /* ISO year-month-day */
      p++;
      if (!read_number (&p, 2, &b, &nb) || *p != '-')
        return FALSE;
      p++;
      if (!read_number (&p, 2, &c, &nc))
        return FALSE;
      skip_spaces (&p);
      if (*p != '\0')
        return FALSE;
      a = year_to_ce (a, na);
      if (!g_date_valid_dmy ((GDateDay) c, (GDateMonth) b, (GDateYear) a))
        return FALSE;
      g_date_set_dmy (out, (GDateDay) c, (GDateMonth) b, (GDateYear) a);
      return TRUE;
    }

  if (na > 2)
    return FALSE;

  if (*p == '/')
    {
      /* day/month/year */
      p++;
      if (!read_number (&p, 2, &b, &nb) || *p != '/')
        return FALSE;
      p++;
    }
  else
    {
      /* day month-name year */
      skip_spaces (&p);
      b = read_thai_month (&p);
      if (b == 0)
        return FALSE;
      skip_spaces (&p);
    }

  if (!read_number (&p, 4, &c, &nc) || nc == 3)
    return FALSE;
  skip_spaces (&p);
  if (*p != '\0')
    return FALSE;
  c = year_to_ce (c, nc);
  if (!g_date_valid_dmy ((GDateDay) a, (GDateMonth) b, (GDateYear) c))
    return FALSE;
  g_date_set_dmy (out, (GDateDay) a, (GDateMonth) b, (GDateYear) c);
  return TRUE;
}

gboolean
ita_thai_parse_date (const char  *text,
                     GDate       *out,
                     GError     **error)
{
  g_autofree char *ascii = NULL;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (g_utf8_validate (text, -1, NULL))
    {
      ascii = ita_thai_digits_to_ascii (text);
      if (parse_date_ascii (ascii, out))
        return TRUE;
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("“%s” is not a date. Write it as 1 ต.ค. 2567, 1/10/2567 or 2024-10-01."),
               text);
  return FALSE;
}

/* Language ------------------------------------------------------------ */

gboolean
ita_language_is_thai (ItaLanguage language)
{
  switch (language)
    {
    case ITA_LANGUAGE_THAI:
      return TRUE;
    case ITA_LANGUAGE_ENGLISH:
      return FALSE;
    case ITA_LANGUAGE_INTERFACE:
    default:
      /* TRANSLATORS: the code of the language of this translation ("th"),
       * so that dates in exports follow the interface language. */
      return g_str_equal (C_("interface language code", "en"), "th");
    }
}

gboolean
ita_language_from_string (const char  *name,
                          ItaLanguage *out)
{
  if (g_strcmp0 (name, "th") == 0)
    *out = ITA_LANGUAGE_THAI;
  else if (g_strcmp0 (name, "en") == 0)
    *out = ITA_LANGUAGE_ENGLISH;
  else if (g_strcmp0 (name, "interface") == 0)
    *out = ITA_LANGUAGE_INTERFACE;
  else
    return FALSE;
  return TRUE;
}

/* Amounts in baht ------------------------------------------------------ */

#define MAX_BAHT G_GINT64_CONSTANT (1000000000000)

char *
ita_format_amount (gint64   satang,
                   gboolean thai_digits)
{
  g_autofree char *baht = NULL;
  GString *s;
  gsize len, lead;

  g_return_val_if_fail (satang >= 0, NULL);

  baht = g_strdup_printf ("%" G_GINT64_FORMAT, satang / 100);
  len = strlen (baht);
  lead = len % 3 == 0 ? 3 : len % 3;
  s = g_string_new_len (baht, (gssize) lead);
  for (gsize i = lead; i < len; i += 3)
    {
      g_string_append_c (s, ',');
      g_string_append_len (s, baht + i, 3);
    }
  g_string_append_printf (s, ".%02d", (int) (satang % 100));
  if (thai_digits)
    {
      g_autofree char *ascii = g_string_free (s, FALSE);

      return ita_thai_digits_from_ascii (ascii);
    }
  return g_string_free (s, FALSE);
}

char *
ita_format_baht (gint64      satang,
                 ItaLanguage language,
                 gboolean    thai_digits)
{
  g_autofree char *amount = ita_format_amount (satang, thai_digits);

  g_return_val_if_fail (amount != NULL, NULL);

  return g_strconcat (amount, ita_language_is_thai (language) ? " บาท" : " baht", NULL);
}

static const char *
strip_unit (char *text)
{
  static const char * const units[] = { "บาท", "baht", "Baht", "THB", NULL };

  g_strstrip (text);
  for (guint i = 0; units[i] != NULL; i++)
    {
      if (g_str_has_suffix (text, units[i]))
        {
          text[strlen (text) - strlen (units[i])] = '\0';
          g_strstrip (text);
          break;
        }
    }
  return text;
}

/* Digits with optional commas between groups of exactly three. */
static gboolean
parse_baht_digits (const char *p,
                   const char *end,
                   guint64    *out)
{
  guint64 v = 0;
  int group = 0;          /* digits since the last comma */
  gboolean comma = FALSE;
  int n = 0;

  for (; p < end; p++)
    {
      if (*p == ',')
        {
          if (n == 0 || (comma && group != 3) || (!comma && group > 3))
            return FALSE;
          comma = TRUE;
          group = 0;
          continue;
        }
      if (!g_ascii_isdigit (*p))
        return FALSE;
      v = v * 10 + (guint64) (*p - '0');
      if (v > (guint64) MAX_BAHT)
        return FALSE;
      group++;
      n++;
    }
  if (n == 0 || (comma && group != 3))
    return FALSE;
  *out = v;
  return TRUE;
}

gboolean
ita_parse_baht (const char  *text,
                gint64      *satang,
                GError     **error)
{
  g_autofree char *ascii = NULL;
  const char *s, *dot;
  guint64 baht = 0;
  int cents = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (satang != NULL, FALSE);

  if (!g_utf8_validate (text, -1, NULL))
    goto bad;
  ascii = ita_thai_digits_to_ascii (text);
  s = strip_unit (ascii);
  dot = strchr (s, '.');
  if (!parse_baht_digits (s, dot ? dot : s + strlen (s), &baht))
    goto bad;
  if (dot != NULL)
    {
      const char *d = dot + 1;
      gsize n = strlen (d);

      if (n == 0 || n > 2 || !g_ascii_isdigit (d[0]) || (n == 2 && !g_ascii_isdigit (d[1])))
        goto bad;
      cents = (d[0] - '0') * 10 + (n == 2 ? d[1] - '0' : 0);
    }
  *satang = (gint64) baht * 100 + cents;
  return TRUE;

bad:
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("“%s” is not an amount in baht. Write it as 1250000, 1,250,000.00 or "
                 "๑,๒๕๐,๐๐๐ บาท."),
               g_utf8_validate (text, -1, NULL) ? text : "?");
  return FALSE;
}

/* Years --------------------------------------------------------------- */

static gboolean
digit_at (const char *p)
{
  gunichar c = g_utf8_get_char (p);

  return (c >= '0' && c <= '9') || (c >= 0x0E50 && c <= 0x0E59);
}

char *
ita_thai_bind_years (const char *text)
{
  static const char * const before[] = { "พ.ศ.", "ค.ศ.", "FY", "ปี" };
  GString *out;

  if (text == NULL)
    return NULL;
  out = g_string_sized_new (strlen (text) + 8);
  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean bind = FALSE;

      if (*p == ' ' && digit_at (p + 1))
        for (guint i = 0; i < G_N_ELEMENTS (before) && !bind; i++)
          {
            gsize n = strlen (before[i]);

            bind = (gsize) (p - text) >= n && strncmp (p - n, before[i], n) == 0;
          }
      if (bind)
        g_string_append (out, "\u00a0");
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}
