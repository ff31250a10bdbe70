/* ita-decimal.c: exact two-decimal scores and half-up rounding */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-decimal.h"

G_DEFINE_QUARK (ita-decimal-error-quark, ita_decimal_error)

gint64
ita_decimal_div_round (gint64 num,
                       gint64 den)
{
  gint64 q, r;

  g_return_val_if_fail (den > 0, 0);

  q = num / den;
  r = num % den;
  /* half away from zero: |r| * 2 >= den rounds the magnitude up */
  if (r < 0)
    r = -r;
  if (r * 2 >= den)
    q += (num < 0) ? -1 : 1;
  return q;
}

ItaCenti
ita_decimal_mean (const ItaCenti *values,
                  guint           n)
{
  gint64 sum = 0;

  g_return_val_if_fail (values != NULL, ITA_CENTI_NONE);
  g_return_val_if_fail (n > 0, ITA_CENTI_NONE);

  for (guint i = 0; i < n; i++)
    {
      g_return_val_if_fail (values[i] != ITA_CENTI_NONE, ITA_CENTI_NONE);
      sum += values[i];
    }
  return (ItaCenti) ita_decimal_div_round (sum, n);
}

/* Returns the digit value of the UTF-8 character at *p (ASCII or Thai
 * ๐–๙) and advances p, or -1 without advancing. */
static int
take_digit (const char **p)
{
  gunichar c = g_utf8_get_char (*p);

  if (c >= '0' && c <= '9')
    {
      *p = g_utf8_next_char (*p);
      return (int) (c - '0');
    }
  if (c >= 0x0E50 && c <= 0x0E59)
    {
      *p = g_utf8_next_char (*p);
      return (int) (c - 0x0E50);
    }
  return -1;
}

/* The digits of a number as typed, sign and point aside. */
typedef struct {
  gboolean negative;
  gint64   whole;         /* the first 12 integer digits */
  int      n_int_digits;
  int      frac;          /* the first two decimals */
  int      decimals;
  gboolean extra_decimal; /* a third or later decimal that is not 0 */
} Digits;

/* Reads [+-]digits[.digits] from p (ASCII or Thai digits); returns where
 * it stopped. */
static const char *
scan_number (const char *p,
             Digits     *d)
{
  int digit;

  memset (d, 0, sizeof *d);
  if (*p == '-' || *p == '+')
    d->negative = (*p++ == '-');

  while ((digit = take_digit (&p)) >= 0)
    {
      if (d->n_int_digits < 12)
        d->whole = d->whole * 10 + digit;
      d->n_int_digits++;
    }

  if (*p == '.')
    {
      p++;
      while ((digit = take_digit (&p)) >= 0)
        {
          d->decimals++;
          if (d->decimals <= 2)
            d->frac = d->frac * 10 + digit;
          else if (digit != 0)
            d->extra_decimal = TRUE;
        }
    }
  return p;
}

gboolean
ita_decimal_parse (const char  *text,
                   ItaCenti     min,
                   ItaCenti     max,
                   ItaCenti    *out,
                   GError     **error)
{
  g_autofree char *trimmed = NULL;
  const char *end;
  Digits d;
  gint64 value;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, ITA_DECIMAL_ERROR, ITA_DECIMAL_ERROR_NOT_A_NUMBER,
                   _("The text is not valid UTF-8."));
      return FALSE;
    }

  trimmed = g_strstrip (g_strdup (text));
  if (*trimmed == '\0')
    {
      g_set_error (error, ITA_DECIMAL_ERROR, ITA_DECIMAL_ERROR_EMPTY,
                   _("Enter a number."));
      return FALSE;
    }

  end = scan_number (trimmed, &d);

  /* at least one digit, before or after the point, and nothing after */
  if (*end != '\0' || (d.n_int_digits == 0 && d.decimals == 0))
    {
      g_set_error (error, ITA_DECIMAL_ERROR, ITA_DECIMAL_ERROR_NOT_A_NUMBER,
                   _("“%s” is not a number. Type a score such as 85 or 99.33 (Thai digits are accepted)."),
                   trimmed);
      return FALSE;
    }
  if (d.extra_decimal)
    {
      g_set_error (error, ITA_DECIMAL_ERROR, ITA_DECIMAL_ERROR_TOO_MANY_DECIMALS,
                   _("“%s” has more than two decimals; scores have at most two (for example 99.33)."),
                   trimmed);
      return FALSE;
    }

  value = d.whole * 100 + (d.decimals == 1 ? d.frac * 10 : d.frac);
  if (d.negative)
    value = -value;

  if (d.n_int_digits > 12 || value < min || value > max)
    {
      g_autofree char *min_s = ita_decimal_format_short ((ItaCenti) min, FALSE);
      g_autofree char *max_s = ita_decimal_format_short ((ItaCenti) max, FALSE);

      g_set_error (error, ITA_DECIMAL_ERROR, ITA_DECIMAL_ERROR_OUT_OF_RANGE,
                   _("“%s” is out of range: a score must be between %s and %s."),
                   trimmed, min_s, max_s);
      return FALSE;
    }

  *out = (ItaCenti) value;
  return TRUE;
}

static char *
format_digits (const char *ascii,
               gboolean    thai_digits)
{
  GString *s;

  if (!thai_digits)
    return g_strdup (ascii);

  s = g_string_sized_new (strlen (ascii) * 3);
  for (const char *p = ascii; *p; p++)
    {
      if (*p >= '0' && *p <= '9')
        g_string_append_unichar (s, 0x0E50 + (*p - '0'));
      else
        g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

char *
ita_decimal_format (ItaCenti value,
                    gboolean thai_digits)
{
  char buf[32];
  gint64 v = value;
  gboolean neg = v < 0;

  if (value == ITA_CENTI_NONE)
    return g_strdup ("–");

  if (neg)
    v = -v;
  g_snprintf (buf, sizeof buf, "%s%" G_GINT64_FORMAT ".%02d",
              neg ? "-" : "", v / 100, (int) (v % 100));
  return format_digits (buf, thai_digits);
}

char *
ita_decimal_format_short (ItaCenti value,
                          gboolean thai_digits)
{
  char buf[32];
  gint64 v = value;
  gboolean neg = v < 0;

  if (value == ITA_CENTI_NONE)
    return g_strdup ("–");

  if (neg)
    v = -v;
  if (v % 100 == 0)
    g_snprintf (buf, sizeof buf, "%s%" G_GINT64_FORMAT, neg ? "-" : "", v / 100);
  else
    g_snprintf (buf, sizeof buf, "%s%" G_GINT64_FORMAT ".%02d",
                neg ? "-" : "", v / 100, (int) (v % 100));
  return format_digits (buf, thai_digits);
}
