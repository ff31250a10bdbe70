/* fuzz-edition.c: libFuzzer harness for the edition loader
 * (ita_framework_new_from_bytes, docs/framework-format.md): the files a
 * user installs, and the edition stored in every project file. Any input
 * must give an edition or a GError. */
#include "fuzz-harness.h"

#include "ita-engine.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) edition = ita_framework_new_from_bytes (bytes, "fuzz.json", &error);

  g_assert ((edition == NULL) == (error != NULL));
  if (edition != NULL)
    {
      /* an accepted edition must score without trouble */
      g_autoptr(ItaScores) scores = ita_scores_new ();
      g_autoptr(ItaResult) result = NULL;
      ItaThresholds thresholds = ITA_THRESHOLDS_DEFAULT;

      for (guint i = 0; i < ita_framework_get_n_items (edition); i++)
        {
          const ItaItemDef *item = ita_framework_get_item (edition, i);

          if (ita_scores_check_value (edition, item->code, 10000, NULL))
            ita_scores_set (scores, item->code, 10000);
        }
      result = ita_engine_compute (edition, scores, &thresholds);
      g_assert (result != NULL);
    }
  return 0;
}
