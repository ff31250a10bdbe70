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
