/* fuzz-scores-csv.c: libFuzzer harness for the scores CSV reader
 * (ita_scores_parse_csv, docs/scores-csv.md) against every edition's
 * codes. Any input must give scores or a GError, never a crash, a leak
 * or undefined behaviour. */
#include "fuzz-harness.h"

#include "ita-scores.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static ItaFramework *editions[2];
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaScores) scores = NULL;
  ItaFramework *edition;

  if (editions[0] == NULL)
    {
      editions[0] = ita_catalogue_lookup ("ita-2568", NULL);
      editions[1] = ita_catalogue_lookup ("ita-2562", NULL);
      g_assert (editions[0] != NULL && editions[1] != NULL);
    }
  /* the first byte picks the edition (a rating and a letter scheme) */
  edition = editions[size > 0 ? data[0] & 1 : 0];
  scores = ita_scores_parse_csv (edition, (const char *) data, size, &error);
  g_assert ((scores == NULL) == (error != NULL));
  if (scores != NULL)
    {
      g_auto(GStrv) keys = ita_scores_get_keys (scores);

      for (guint i = 0; keys[i] != NULL; i++)
        g_assert (ita_scores_check_value (edition, keys[i], ita_scores_get (scores, keys[i]), NULL));
    }
  return 0;
}
