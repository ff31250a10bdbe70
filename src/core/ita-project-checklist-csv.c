/* ita-project-checklist-csv.c: the checklist CSV read back (docs/csv-exports.md)
 *
 * The officer sends each unit its part of the checklist as CSV; the unit
 * fills in statuses, URLs, dates in Excel or LibreOffice and sends it
 * back. Reading it gives a preview of every change; nothing is applied
 * until the officer agrees, and then all of it in one undo step. A file
 * with one bad row changes nothing: every bad row is reported by line.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ita-project-private.h"
#include "ita-scores.h"
#include "ita-thai.h"
#include "ita-url.h"

struct _ItaChecklistImport
{
  GPtrArray *changes;   /* of ItaChecklistChange */
  guint      n_rows;
};

typedef enum {
  COL_ITEM,
  COL_STATUS,
  COL_URLS,
  COL_EXPLANATION,
  COL_UNITS,
  COL_DUE,
  COL_NOTE,
  COL_LAST_CHECKED,
  N_COLS
} Column;

/* The header names of the export (ita-project-csv.c) in English and in
 * Thai (as po/th.po translates them), whatever the interface language of
 * the session that reads the file. */
static const struct {
  const char *en;
  const char *th;
  const char *other;
} column_names[N_COLS] = {
  [COL_ITEM] = { N_("Item"), "ข้อ", "Code" },
  [COL_STATUS] = { N_("Status"), "สถานะ", NULL },
  [COL_URLS] = { N_("URLs"), "ที่อยู่ URL", "URL" },
  [COL_EXPLANATION] = { N_("Explanation"), "คำอธิบาย", NULL },
  [COL_UNITS] = { N_("Unit"), "หน่วยงานที่รับผิดชอบ", "Units" },
  [COL_DUE] = { N_("Due date"), "กำหนดแล้วเสร็จ", NULL },
  [COL_NOTE] = { N_("Note"), "หมายเหตุ", NULL },
  [COL_LAST_CHECKED] = { N_("Last checked"), "ตรวจสอบล่าสุด", NULL },
};

static const struct {
  ItaEvidenceStatus  status;
  const char        *code;
  const char        *en;
  const char        *th;
} status_names[] = {
  { ITA_EVIDENCE_NOT_CHECKED, "not-checked", "Not checked", "ยังไม่ได้ตรวจ" },
  { ITA_EVIDENCE_PRESENT, "present", "Present", "มี" },
  { ITA_EVIDENCE_INCOMPLETE, "incomplete", "Incomplete", "ไม่สมบูรณ์" },
  { ITA_EVIDENCE_MISSING, "missing", "Missing", "ไม่มี" },
};

/* Reading CSV --------------------------------------------------------- */

typedef struct {
  guint      line;     /* where the record starts */
  GPtrArray *cells;    /* of char *, NULL-terminated */
} Record;

static void
record_free (Record *record)
{
  g_ptr_array_unref (record->cells);
  g_free (record);
}

/* The separator of the first line: comma, or semicolon or tab when a
 * spreadsheet saved it so. */
static char
guess_separator (const char *p,
                 const char *end)
{
  guint commas = 0, semicolons = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (; p < end && (quoted || (*p != '\n' && *p != '\r')); p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted)
        {
          commas += *p == ',';
          semicolons += *p == ';';
          tabs += *p == '\t';
        }
    }
  if (tabs > commas && tabs >= semicolons)
    return '\t';
  if (semicolons > commas)
    return ';';
  return ',';
}

/* Splits data into records (RFC 4180: quoted cells may hold separators,
 * doubled quotes and line breaks). FALSE with *bad_line set when a quoted
 * cell is never closed. Line breaks inside cells become "\n". */
static gboolean
split_records (const char *p,
               const char *end,
               GPtrArray  *records,
               guint      *bad_line)
{
  char sep = guess_separator (p, end);
  guint line = 1;

  while (p < end)
    {
      Record *record = g_new0 (Record, 1);
      GString *cell = g_string_new (NULL);
      gboolean done = FALSE;

      record->line = line;
      record->cells = g_ptr_array_new_null_terminated (8, g_free, TRUE);
      g_ptr_array_add (records, record);
      while (!done)
        {
          if (p < end && *p == '"')
            {
              guint start = line;

              for (p++;; p++)
                {
                  if (p >= end)
                    {
                      *bad_line = start;
                      g_string_free (cell, TRUE);
                      return FALSE;
                    }
                  if (*p == '"' && p + 1 < end && p[1] == '"')
                    {
                      g_string_append_c (cell, '"');
                      p++;
                    }
                  else if (*p == '"')
                    {
                      p++;
                      break;
                    }
                  else if (*p == '\r' && p + 1 < end && p[1] == '\n')
                    continue;
                  else
                    {
                      line += *p == '\n';
                      g_string_append_c (cell, *p);
                    }
                }
            }
          /* the rest of the cell, unquoted (or after a closing quote) */
          while (p < end && *p != sep && *p != '\n' && *p != '\r')
            g_string_append_c (cell, *p++);
          g_ptr_array_add (record->cells, g_string_free (cell, FALSE));
          cell = NULL;
          if (p < end && *p == sep)
            {
              p++;
              cell = g_string_new (NULL);
              continue;
            }
          if (p < end && *p == '\r')
            p++;
          if (p < end && *p == '\n')
            p++;
          line++;
          done = TRUE;
        }
    }
  return TRUE;
}

/* The line of the first byte that is not UTF-8 (or a NUL), 0 when none. */
static guint
bad_text_line (const char *data,
               gsize       length)
{
  const char *end_valid = NULL;
  guint line = 1;

  /* a NUL byte fails the check too */
  if (g_utf8_validate_len (data, length, &end_valid))
    return 0;
  for (const char *p = data; p < end_valid; p++)
    line += *p == '\n';
  return line;
}

/* The cell text as the officer meant it: the export's guard apostrophe
 * before = + - @ removed, spaces around it trimmed. */
static char *
cell_text (Record *record,
           int     index)
{
  const char *text;

  if (index < 0 || (guint) index >= record->cells->len)
    return g_strdup ("");
  text = g_ptr_array_index (record->cells, index);
  if (text[0] == '\'' && text[1] != '\0' && strchr ("=+-@\t\r", text[1]) != NULL)
    text++;
  return g_strstrip (g_strdup (text));
}

static gboolean
record_is_empty (Record *record)
{
  for (guint i = 0; i < record->cells->len; i++)
    {
      g_autofree char *text = g_strstrip (g_strdup (g_ptr_array_index (record->cells, i)));

      if (*text != '\0')
        return FALSE;
    }
  return TRUE;
}

/* Matching ----------------------------------------------------------- */

static gboolean
same_words (const char *a,
            const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  fa = g_utf8_casefold (a, -1);
  fb = g_utf8_casefold (b, -1);
  return g_str_equal (fa, fb);
}

static int
column_of (const char *header)
{
  for (int c = 0; c < N_COLS; c++)
    {
      if (same_words (header, column_names[c].en) || same_words (header, column_names[c].th) ||
          same_words (header, column_names[c].other) ||
          same_words (header, g_dgettext (GETTEXT_PACKAGE, column_names[c].en)))
        return c;
    }
  return -1;
}

gboolean
ita_evidence_status_from_text (const char        *text,
                               ItaEvidenceStatus *out)
{
  g_autofree char *clean = NULL;

  g_return_val_if_fail (out != NULL, FALSE);

  clean = g_strstrip (g_strdup (text ? text : ""));
  if (*clean == '\0')
    {
      *out = ITA_EVIDENCE_NOT_CHECKED;
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (status_names); i++)
    {
      if (same_words (clean, status_names[i].code) || same_words (clean, status_names[i].en) ||
          same_words (clean, status_names[i].th) ||
          same_words (clean, ita_evidence_status_label (status_names[i].status)))
        {
          *out = status_names[i].status;
          return TRUE;
        }
    }
  return FALSE;
}

typedef struct {
  ItaProject *project;
  GPtrArray  *units;     /* of ItaUnit */
  GString    *errors;
  guint       n_bad;
  GHashTable *lines;     /* item → first line */
  int         cols[N_COLS];
} Reader;

static void
bad_row (Reader     *r,
         guint       line,
         const char *format,
         ...) G_GNUC_PRINTF (3, 4);

static void
bad_row (Reader     *r,
         guint       line,
         const char *format,
         ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (r->errors->len > 0)
    g_string_append_c (r->errors, '\n');
  g_string_append_printf (r->errors, _("line %u: %s"), line, message);
  r->n_bad++;
}

static gboolean
find_unit_named (Reader      *r,
                 const char  *name,
                 gint64      *out,
                 char       **why)
{
  return ita_project_unit_by_label (r->units, name, out, why);
}

/* One unit a line; a line that names no unit may list several with
 * commas, as the measures CSV writes them. */
static gboolean
parse_units (Reader      *r,
             const char  *text,
             GArray      *out,
             char       **why)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *name = g_strstrip (lines[i]);
      g_autofree char *first_why = NULL;
      g_auto(GStrv) parts = NULL;
      gint64 id;

      if (*name == '\0')
        continue;
      if (find_unit_named (r, name, &id, &first_why))
        {
          g_array_append_val (out, id);
          continue;
        }
      parts = g_strsplit (name, ",", -1);
      if (g_strv_length (parts) < 2)
        {
          *why = g_steal_pointer (&first_why);
          return FALSE;
        }
      for (guint k = 0; parts[k] != NULL; k++)
        {
          char *part = g_strstrip (parts[k]);
          g_autofree char *part_why = NULL;

          if (*part == '\0')
            continue;
          if (!find_unit_named (r, part, &id, &part_why))
            {
              *why = g_steal_pointer (&first_why);
              return FALSE;
            }
          g_array_append_val (out, id);
        }
    }
  return TRUE;
}

static gboolean
parse_urls (const char   *text,
            char       ***out,
            char        **why)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GStrvBuilder) urls = g_strv_builder_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *url = NULL;

      if (*g_strstrip (lines[i]) == '\0')
        continue;
      url = ita_url_check (lines[i], NULL, &error);
      if (url == NULL)
        {
          *why = g_strdup (error->message);
          return FALSE;
        }
      g_strv_builder_add (urls, url);
    }
  *out = g_strv_builder_end (urls);
  return TRUE;
}

static gboolean
parse_date (const char  *text,
            GDate       *out,
            char       **why)
{
  g_autoptr(GError) error = NULL;

  g_date_clear (out, 1);
  if (*text == '\0')
    return TRUE;
  if (!ita_thai_parse_date (text, out, &error))
    {
      *why = g_strdup (error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
dates_differ (const GDate *a,
              const GDate *b)
{
  if (g_date_valid (a) != g_date_valid (b))
    return TRUE;
  return g_date_valid (a) && g_date_compare (a, b) != 0;
}

static ItaChecklistFields
fields_changed (const ItaChecklistEntry *a,
                const ItaChecklistEntry *b)
{
  ItaChecklistFields fields = 0;
  gboolean units_same = a->unit_ids->len == b->unit_ids->len;

  for (guint i = 0; units_same && i < a->unit_ids->len; i++)
    units_same = g_array_index (a->unit_ids, gint64, i) == g_array_index (b->unit_ids, gint64, i);
  if (a->status != b->status)
    fields |= ITA_CHECKLIST_FIELD_STATUS;
  if (!g_strv_equal ((const char * const *) a->urls, (const char * const *) b->urls))
    fields |= ITA_CHECKLIST_FIELD_URLS;
  if (g_strcmp0 (a->explanation, b->explanation) != 0)
    fields |= ITA_CHECKLIST_FIELD_EXPLANATION;
  if (!units_same)
    fields |= ITA_CHECKLIST_FIELD_UNITS;
  if (dates_differ (&a->due_date, &b->due_date))
    fields |= ITA_CHECKLIST_FIELD_DUE_DATE;
  if (g_strcmp0 (a->note, b->note) != 0)
    fields |= ITA_CHECKLIST_FIELD_NOTE;
  if (dates_differ (&a->last_checked, &b->last_checked))
    fields |= ITA_CHECKLIST_FIELD_LAST_CHECKED;
  return fields;
}

static void
change_free (ItaChecklistChange *change)
{
  ita_checklist_entry_free (change->before);
  ita_checklist_entry_free (change->after);
  g_free (change);
}

/* Fills after from the row's cells; FALSE (after reporting) when a cell
 * is bad. */
static gboolean
read_cells (Reader            *r,
            Record            *record,
            ItaChecklistEntry *after)
{
  g_autofree char *why = NULL;
  g_autofree char *text = NULL;
  const char *code = after->item;

#define CELL(col) (g_free (text), text = cell_text (record, r->cols[col]))
  if (r->cols[COL_STATUS] >= 0 && !ita_evidence_status_from_text (CELL (COL_STATUS), &after->status))
    {
      bad_row (r, record->line, _("%s: “%s” is not a status; write Present, Incomplete, Missing "
                                  "or Not checked (มี, ไม่สมบูรณ์, ไม่มี, ยังไม่ได้ตรวจ)"),
               code, text);
      return FALSE;
    }
  if (r->cols[COL_URLS] >= 0)
    {
      char **urls = NULL;

      if (!parse_urls (CELL (COL_URLS), &urls, &why))
        {
          bad_row (r, record->line, "%s: %s", code, why);
          return FALSE;
        }
      g_strfreev (after->urls);
      after->urls = urls;
    }
  if (r->cols[COL_EXPLANATION] >= 0)
    {
      g_free (after->explanation);
      after->explanation = g_strdup (CELL (COL_EXPLANATION));
    }
  if (r->cols[COL_NOTE] >= 0)
    {
      g_free (after->note);
      after->note = g_strdup (CELL (COL_NOTE));
    }
  if (r->cols[COL_UNITS] >= 0)
    {
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

      if (!parse_units (r, CELL (COL_UNITS), ids, &why))
        {
          bad_row (r, record->line, "%s: %s", code, why);
          return FALSE;
        }
      g_array_set_size (after->unit_ids, 0);
      for (guint i = 0; i < ids->len; i++)
        ita_checklist_entry_add_unit (after, g_array_index (ids, gint64, i));
    }
  if ((r->cols[COL_DUE] >= 0 && !parse_date (CELL (COL_DUE), &after->due_date, &why)) ||
      (r->cols[COL_LAST_CHECKED] >= 0 &&
       !parse_date (CELL (COL_LAST_CHECKED), &after->last_checked, &why)))
    {
      bad_row (r, record->line, "%s: %s", code, why);
      return FALSE;
    }
#undef CELL
  return TRUE;
}

static void
read_row (Reader             *r,
          Record             *record,
          ItaChecklistImport *import)
{
  g_autofree char *code = cell_text (record, r->cols[COL_ITEM]);
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaChecklistEntry) before = NULL;
  g_autoptr(ItaChecklistEntry) after = NULL;
  ItaFramework *edition = ita_project_get_edition (r->project);
  const ItaItemDef *def;
  gpointer first;
  ItaChecklistFields fields;

  if (record_is_empty (record))
    return;
  import->n_rows++;
  if (*code == '\0')
    {
      bad_row (r, record->line, _("the row has no item code (such as o12) in the Item column"));
      return;
    }
  key = ita_scores_normalize_key (edition, code, NULL);
  def = key != NULL ? ita_framework_lookup_item (edition, key) : NULL;
  if (def == NULL || def->tool != ITA_TOOL_OIT)
    {
      bad_row (r, record->line, _("“%s” is not an OIT item of edition %s"), code,
               ita_framework_get_id (edition));
      return;
    }
  if (g_hash_table_lookup_extended (r->lines, def->code, NULL, &first))
    {
      bad_row (r, record->line, _("%s is already given on line %u"), def->code, GPOINTER_TO_UINT (first));
      return;
    }
  g_hash_table_insert (r->lines, def->code, GUINT_TO_POINTER (record->line));

  before = ita_project_get_checklist_entry (r->project, def->code);
  after = ita_checklist_entry_copy (before);
  if (!read_cells (r, record, after))
    return;
  if (!ita_project_check_checklist_entry (r->project, after, &error))
    {
      bad_row (r, record->line, "%s", error->message);
      return;
    }
  fields = fields_changed (before, after);
  if (fields != 0)
    {
      ItaChecklistChange *change = g_new0 (ItaChecklistChange, 1);

      change->line = record->line;
      change->fields = fields;
      change->before = g_steal_pointer (&before);
      change->after = g_steal_pointer (&after);
      g_ptr_array_add (import->changes, change);
    }
}

static gboolean
read_header (Reader  *r,
             Record  *header)
{
  for (int c = 0; c < N_COLS; c++)
    r->cols[c] = -1;
  for (guint i = 0; i < header->cells->len; i++)
    {
      g_autofree char *name = cell_text (header, (int) i);
      int c = column_of (name);

      if (c < 0)
        continue;   /* a column that is read only (Evidence, Data period …) */
      if (r->cols[c] >= 0)
        {
          bad_row (r, header->line, _("the column “%s” is there twice"), name);
          return FALSE;
        }
      r->cols[c] = (int) i;
    }
  if (r->cols[COL_ITEM] < 0)
    {
      bad_row (r, header->line, _("the first row has no “Item” column; start from a checklist CSV "
                                  "exported by ITA Planner"));
      return FALSE;
    }
  return TRUE;
}

ItaChecklistImport *
ita_project_preview_checklist_csv (ItaProject  *self,
                                   const char  *data,
                                   gsize        length,
                                   GError     **error)
{
  g_autoptr(ItaChecklistImport) import = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) record_free);
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GHashTable) lines = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) errors = g_string_new (NULL);
  Reader r = { self, NULL, errors, 0, lines, { 0 } };
  const char *p = data;
  guint bad_line = 0;
  guint first = 0;

  g_return_val_if_fail (ITA_IS_PROJECT (self), NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!ita_project_check_open (self, error))
    return NULL;
  import = g_new0 (ItaChecklistImport, 1);
  import->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  if (length >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    {
      p += 3;
      length -= 3;
    }
  if ((bad_line = bad_text_line (p, length)) > 0)
    bad_row (&r, bad_line, _("the line is not UTF-8 text; save the file as “CSV UTF-8”"));
  else if (!split_records (p, p + length, records, &bad_line))
    bad_row (&r, bad_line, _("a quoted cell starts here and is never closed"));
  else
    {
      units = ita_project_get_units (self);
      r.units = units;
      while (first < records->len && record_is_empty (g_ptr_array_index (records, first)))
        first++;
      if (first == records->len)
        {
          g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID,
                       _("The file is empty; export the checklist as CSV, fill it in and read it "
                         "back."));
          return NULL;
        }
      if (read_header (&r, g_ptr_array_index (records, first)))
        for (guint i = first + 1; i < records->len; i++)
          read_row (&r, g_ptr_array_index (records, i), import);
    }
  if (r.n_bad > 0)
    {
      g_set_error_literal (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID, errors->str);
      return NULL;
    }
  return g_steal_pointer (&import);
}

GPtrArray *
ita_checklist_import_get_changes (ItaChecklistImport *import)
{
  g_return_val_if_fail (import != NULL, NULL);
  return import->changes;
}

guint
ita_checklist_import_get_n_rows (ItaChecklistImport *import)
{
  g_return_val_if_fail (import != NULL, 0);
  return import->n_rows;
}

void
ita_checklist_import_free (ItaChecklistImport *import)
{
  if (import == NULL)
    return;
  g_ptr_array_unref (import->changes);
  g_free (import);
}

gboolean
ita_project_apply_checklist_import (ItaProject          *self,
                                    ItaChecklistImport  *import,
                                    GError             **error)
{
  g_autofree char *label = NULL;
  GPtrArray *changes;

  g_return_val_if_fail (ITA_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (import != NULL, FALSE);

  if (!ita_project_check_open (self, error))
    return FALSE;
  changes = import->changes;
  for (guint i = 0; i < changes->len; i++)
    {
      ItaChecklistChange *change = g_ptr_array_index (changes, i);
      g_autoptr(ItaChecklistEntry) now = ita_project_get_checklist_entry (self, change->before->item);

      if (now == NULL || !ita_checklist_entry_equal (now, change->before))
        {
          g_set_error (error, ITA_PROJECT_ERROR, ITA_PROJECT_ERROR_INVALID,
                       _("OIT item %s was changed after the file was read, so nothing was "
                         "imported; read the file again to see its changes."),
                       change->before->item);
          return FALSE;
        }
    }
  if (changes->len == 0)
    return TRUE;
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Import the OIT checklist (%u item)",
                                        "Import the OIT checklist (%u items)", changes->len),
                           changes->len);
  if (!ita_project_begin_edit (self, error))
    return FALSE;
  for (guint i = 0; i < changes->len; i++)
    {
      ItaChecklistChange *change = g_ptr_array_index (changes, i);

      if (!ita_project_write_checklist_entry (self, change->after, error))
        return ita_project_abort_edit (self);
    }
  return ita_project_end_edit (self, ITA_PROJECT_CHANGE_CHECKLIST,
                               changes->len == 1 ? ((ItaChecklistChange *) changes->pdata[0])->after->item
                                                 : NULL,
                               label, error);
}

const char *
ita_checklist_field_label (ItaChecklistFields field)
{
  switch (field)
    {
    case ITA_CHECKLIST_FIELD_STATUS:
      return _("Status");
    case ITA_CHECKLIST_FIELD_URLS:
      return _("URLs");
    case ITA_CHECKLIST_FIELD_EXPLANATION:
      return _("Explanation");
    case ITA_CHECKLIST_FIELD_UNITS:
      return _("Unit");
    case ITA_CHECKLIST_FIELD_DUE_DATE:
      return _("Due date");
    case ITA_CHECKLIST_FIELD_NOTE:
      return _("Note");
    case ITA_CHECKLIST_FIELD_LAST_CHECKED:
      return _("Last checked");
    default:
      return "";
    }
}
