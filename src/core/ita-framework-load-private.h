/* ita-framework-load-private.h: JSON reading helpers shared by
 * ita-framework-load.c (header, tools) and ita-framework-validate.c
 * (grading, indicators, items)
 *
 * Every helper returns FALSE with the error set as
 * "<origin>: <json path>: <reason>".
 */
#pragma once

#include <json-glib/json-glib.h>

#include "ita-framework-private.h"
#include "ita-json-private.h"

G_BEGIN_DECLS

typedef struct {
  const char  *origin;
  GError     **error;
  GPtrArray   *source_ids;   /* of char *, the ids of "sources" (owned) */
} ItaLoader;

enum {
  ITA_LOAD_REQUIRED = 1 << 0,
  ITA_LOAD_NONEMPTY = 1 << 1,
};

static const char * const ita_confidence_names[] = { "C2", "C1", "INF", "UNV", "GAP", NULL };
static const char * const ita_tool_names[] = { "IIT", "EIT", "OIT", NULL };
static const char * const ita_item_list_names[] = { "complete", "partial", "unknown", NULL };

gboolean    ita_load_fail           (ItaLoader  *l,
                                     const char *path,
                                     const char *format,
                                     ...) G_GNUC_PRINTF (3, 4);
gboolean    ita_load_string         (ItaLoader   *l,
                                     JsonObject  *obj,
                                     const char  *parent,
                                     const char  *name,
                                     guint        flags,
                                     char       **out);
gboolean    ita_load_int            (ItaLoader  *l,
                                     JsonObject *obj,
                                     const char *parent,
                                     const char *name,
                                     gint64      min,
                                     gint64      max,
                                     gint64     *out);
/* a number 0–100 with at most two decimals; NONE when absent and optional */
gboolean    ita_load_centi          (ItaLoader  *l,
                                     JsonObject *obj,
                                     const char *parent,
                                     const char *name,
                                     gboolean    required,
                                     ItaCenti   *out);
/* fallback < 0: required */
gboolean    ita_load_enum           (ItaLoader          *l,
                                     JsonObject         *obj,
                                     const char         *parent,
                                     const char         *name,
                                     const char * const *values,
                                     int                 fallback,
                                     int                *out);
JsonArray  *ita_load_array          (ItaLoader  *l,
                                     JsonObject *obj,
                                     const char *parent,
                                     const char *name,
                                     gboolean    required,
                                     gboolean   *ok);
JsonObject *ita_load_element_object (ItaLoader  *l,
                                     JsonArray  *array,
                                     guint       index,
                                     const char *path);
gboolean    ita_load_confidence     (ItaLoader     *l,
                                     JsonObject    *obj,
                                     const char    *parent,
                                     ItaConfidence  inherited,
                                     ItaConfidence *out,
                                     char         **note);

/* An optional rule object (docs/framework-format.md, "Rules") at
 * parent.name; rule->present stays FALSE when there is none. */
gboolean    ita_load_rule           (ItaLoader   *l,
                                     JsonObject  *obj,
                                     const char  *parent,
                                     const char  *name,
                                     ItaRuleDef  *rule);

/* ita-framework-validate.c */
gboolean    ita_load_grading        (ItaLoader    *l,
                                     JsonObject   *root,
                                     ItaFramework *self);
gboolean    ita_load_indicators     (ItaLoader    *l,
                                     JsonObject   *root,
                                     ItaFramework *self);
gboolean    ita_load_items          (ItaLoader    *l,
                                     JsonObject   *root,
                                     ItaFramework *self);

G_END_DECLS
