/* ita-decimal.h: exact two-decimal scores (hundredths) and half-up rounding
 *
 * Every score ITA publishes has two decimals. ITA Planner keeps them as
 * integers counting hundredths ("centi"): 99.33 is 9933. Means and weighted
 * sums are computed on integers and rounded half-up, so there are no
 * binary floating-point artefacts (the mean of 99.33 and 100 is 99.67).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A score in hundredths: 0 … 10000 for 0.00 … 100.00. */
typedef gint32 ItaCenti;

/* "No value": an item not yet scored, a level without an official figure. */
#define ITA_CENTI_NONE G_MININT32
#define ITA_CENTI_MAX  10000

/* Rounds num/den half-up (away from zero for .5) to an integer; den > 0. */
gint64    ita_decimal_div_round   (gint64 num,
                                   gint64 den);

/* Mean of the n values (none of them ITA_CENTI_NONE), rounded half-up to
 * hundredths. n must be > 0. */
ItaCenti  ita_decimal_mean        (const ItaCenti *values,
                                   guint           n);

/* Parses a score as a user types it: ASCII or Thai digits, optional
 * decimal point and at most two decimals, surrounding white space allowed.
 * Values outside min…max (in hundredths) are refused. On failure sets
 * ITA_DECIMAL_ERROR with a message a user can act on and returns FALSE. */
gboolean  ita_decimal_parse       (const char  *text,
                                   ItaCenti     min,
                                   ItaCenti     max,
                                   ItaCenti    *out,
                                   GError     **error);

/* Formats with exactly two decimals ("99.67", "100.00"); with thai_digits
 * the digits are ๐–๙. Returns a newly allocated string. */
char     *ita_decimal_format      (ItaCenti  value,
                                   gboolean  thai_digits);

/* Like ita_decimal_format but drops ".00" ("100", "85.5" stays "85.50"). */
char     *ita_decimal_format_short (ItaCenti  value,
                                    gboolean  thai_digits);

#define ITA_DECIMAL_ERROR (ita_decimal_error_quark ())
GQuark ita_decimal_error_quark (void);

typedef enum {
  ITA_DECIMAL_ERROR_EMPTY,
  ITA_DECIMAL_ERROR_NOT_A_NUMBER,
  ITA_DECIMAL_ERROR_TOO_MANY_DECIMALS,
  ITA_DECIMAL_ERROR_OUT_OF_RANGE,
} ItaDecimalError;

G_END_DECLS
