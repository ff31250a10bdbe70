/* ita-office.c: what the office writers share */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ita-office.h"

G_DEFINE_QUARK (ita-office-error-quark, ita_office_error)

gboolean
ita_office_replace_file (GFile   *file,
                         GBytes  *bytes,
                         GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *name = NULL;
  gsize size = 0;
  const char *data;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = g_bytes_get_data (bytes, &size);
  if (g_file_replace_contents (file, data, size, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                               NULL, NULL, &local))
    return TRUE;
  name = g_file_get_parse_name (file);
  g_set_error (error, local->domain, local->code,
               _("“%s” could not be written (an existing file was kept as it was): %s"),
               name, local->message);
  return FALSE;
}
