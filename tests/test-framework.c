/* test-framework.c: loading, validation and the catalogue of editions */
#include "ita-framework.h"

#include <glib/gstdio.h>
#include <string.h>

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "frameworks", name, NULL);
}

static char *
load_base (void)
{
  g_autofree char *path = fixture_path ("ita-2599.json");
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static ItaFramework *
load_text (const char  *text,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  return ita_framework_new_from_bytes (bytes, "test.json", error);
}

/* ---- the small valid edition ------------------------------------------ */

static void
test_fixture_loads (void)
{
  g_autofree char *text = load_base ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) fw = load_text (text, &error);
  const ItaToolDef *eit;
  const ItaGrading *grading;
  const ItaItemDef *o1, *o2;

  g_assert_no_error (error);
  g_assert_nonnull (fw);
  g_assert_cmpstr (ita_framework_get_id (fw), ==, "ita-2599");
  g_assert_cmpint (ita_framework_get_fiscal_year (fw), ==, 2599);
  g_assert_cmpuint (ita_framework_get_n_items (fw), ==, 9);
  g_assert_cmpstr (ita_framework_get_notes (fw)[0], ==, "A small edition for the tests: every kind of element once.");
  g_assert_true (g_bytes_get_size (ita_framework_get_json (fw)) == strlen (text));

  eit = ita_framework_get_tool (fw, ITA_TOOL_EIT);
  g_assert_cmpint (eit->weight, ==, 3000);
  g_assert_cmpuint (eit->n_parts, ==, 2);
  g_assert_cmpstr (eit->parts[1].code, ==, "EIT2");
  g_assert_cmpint (eit->item_list, ==, ITA_ITEM_LIST_PARTIAL);
  g_assert_cmpint (ita_framework_get_tool (fw, ITA_TOOL_OIT)->confidence, ==, ITA_CONFIDENCE_INF);
  g_assert_cmpint (ita_framework_get_tool (fw, ITA_TOOL_IIT)->confidence, ==, ITA_CONFIDENCE_C1);

  grading = ita_framework_get_grading (fw);
  g_assert_cmpint (grading->scheme, ==, ITA_GRADING_RATING);
  g_assert_cmpint (grading->pass_mark, ==, 8500);
  g_assert_cmpuint (grading->n_bands, ==, 5);
  g_assert_cmpint (grading->bands[3].max, ==, 8499);
  g_assert_cmpint (grading->bands[0].tools_min, ==, 9500);
  g_assert_cmpint (grading->bands[2].tools_min, ==, ITA_CENTI_NONE);

  g_assert_cmpuint (ita_framework_get_indicator (fw, 9)->n_subs, ==, 2);
  g_assert_null (ita_framework_get_indicator (fw, 11));
  g_assert_nonnull (ita_framework_lookup_subindicator (fw, "9.2"));
  g_assert_cmpint (ita_framework_lookup_subindicator (fw, "9.2")->confidence, ==, ITA_CONFIDENCE_GAP);
  g_assert_null (ita_framework_lookup_subindicator (fw, "9.3"));

  o1 = ita_framework_lookup_item (fw, "O1");
  g_assert_nonnull (o1);
  g_assert_cmpstr (o1->code, ==, "o1");
  g_assert_cmpint (o1->sub_index, ==, 0);
  g_assert_cmpint (o1->scale, ==, ITA_SCALE_OIT_0_100);
  g_assert_true (ita_framework_lookup_continuity (fw, "oit.authority") == o1);
  g_assert_true (ita_framework_lookup_continuity (fw, "oit.structure") == o1);
  o2 = ita_framework_lookup_item (fw, "o2");
  g_assert_cmpint (o2->period, ==, ITA_PERIOD_CURRENT_FY);
  g_assert_cmpstr (o2->period_text_th, ==, "ปีปัจจุบัน");
  g_assert_true (ita_confidence_is_unverified (o2->confidence));
  g_assert_cmpint (ita_framework_lookup_item (fw, "o3")->sub_index, ==, -1);
  g_assert_null (ita_framework_lookup_item (fw, "o4"));
}

/* ---- every kind of bad edition ------------------------------------------ */

typedef struct {
  const char *name;
  const char *old;      /* replaced once in the base edition */
  const char *new;
  int         code;
  const char *message;  /* the message must contain this */
} BadCase;

static const BadCase bad_cases[] = {
  { "duplicate-item", "\"code\": \"o2\"", "\"code\": \"o1\"", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: items[7].code: duplicate item code “o1”" },
  { "unknown-indicator", "\"code\": \"o3\", \"indicator\": 10", "\"code\": \"o3\", \"indicator\": 11", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: items[8].indicator: indicator 11 does not exist" },
  { "unknown-subindicator", "\"subindicator\": \"9.2\"", "\"subindicator\": \"9.7\"", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: items[7].subindicator: sub-indicator “9.7” does not exist in indicator 9" },
  { "missing-subindicator", "\"subindicator\": \"9.2\", ", "", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: items[7].subindicator: indicator 9 has sub-indicators" },
  { "subindicator-without-subs", "\"code\": \"o3\", \"indicator\": 10,", "\"code\": \"o3\", \"indicator\": 10, \"subindicator\": \"10.1\",", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: items[8].subindicator: indicator 10 has no sub-indicators" },
  { "weights", "\"weight\": 30, \"item_list\"", "\"weight\": 31, \"item_list\"", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: tools: the weights sum to 101.00, not 100" },
  { "weight-decimals", "\"weight\": 30.00", "\"weight\": 30.001", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: tools[1].weight: must have at most two decimals" },
  { "band-overlap", "\"min\": 70, \"max\": 84.99", "\"min\": 69.99, \"max\": 84.99", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: grading.bands[3]: 69.99–84.99 overlaps bands[4] (0.00–69.99)" },
  { "band-gap", "\"min\": 70, \"max\": 84.99", "\"min\": 71, \"max\": 84.99", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: grading.bands: no band covers the totals 70.00–70.99" },
  { "band-gap-top", "\"label_en\": \"Pass\", \"min\": 85, \"max\": 100", "\"label_en\": \"Pass\", \"min\": 85, \"max\": 99.99", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: grading.bands: no band covers the totals 100.00–100.00" },
  { "duplicate-band", "\"min\": 95, \"max\": 100, \"tools_min\": 95},", "\"min\": 95, \"max\": 100, \"tools_min\": 95}, {\"code\": \"good\", \"label_th\": \"ก\", \"label_en\": \"x\", \"min\": 0, \"max\": 1},", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: grading.bands[2].code: duplicate band code “good”" },
  { "band-code", "\"code\": \"urgent\"", "\"code\": \"F\"", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: grading.bands[4].code: “F” is not a band of the rating scheme" },
  { "scheme", "\"scheme\": \"rating\"", "\"scheme\": \"stars\"", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: grading.scheme: unknown value “stars”" },
  { "empty-thai-name", "\"name_th\": \"การใช้อำนาจ\"", "\"name_th\": \"  \"", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: indicators[2].name_th: must not be empty" },
  { "missing-thai-name", "\"name_th\": \"การใช้อำนาจ\", ", "", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: indicators[2].name_th: this member is missing" },
  { "missing-thai-tool-name", "\"name_th\": \"แบบตรวจ\"", "\"name_th\": 5", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: tools[2].name_th: must be a string" },
  { "missing-thai-band-label", "\"label_th\": \"ผ่าน\"", "\"label_th\": \"\"", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: grading.bands[2].label_th: must not be empty" },
  { "unknown-scale", "\"scale\": \"yes_no\"", "\"scale\": \"five_level\"", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: items[2].scale: unknown value “five_level”" },
  { "unknown-period", "{\"rule\": \"previous_fy\"}", "{\"rule\": \"last_year\"}", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: items[8].period.rule: unknown value “last_year”" },
  { "unknown-confidence", "\"confidence\": \"INF\"", "\"confidence\": \"C3\"", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: tools[2].confidence: unknown value “C3”" },
  { "prefix", "\"code\": \"i2\"", "\"code\": \"o9\"", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: items[1].code: o9 does not match indicator 2" },
  { "item-code", "\"code\": \"i2\"", "\"code\": \"I-2\"", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: items[1].code: “I-2” is not an item code" },
  { "duplicate-continuity", "\"continuity\": \"oit.plan\"", "\"continuity\": \"oit.authority\"", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: items[7].continuity: duplicate continuity key “oit.authority”" },
  { "continuity-prefix", "\"continuity\": \"iit.two\"", "\"continuity\": \"oit.two\"", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: items[1].continuity: “oit.two” must start with “iit.”" },
  { "empty-text", "\"text_th\": \"มาตรการ\"", "\"text_th\": \"\"", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: items[8].text_th: the Thai text is empty" },
  { "tool-order", "{\"code\": \"OIT\"", "{\"code\": \"EIT\"", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: tools[2].code: expected OIT here" },
  { "unknown-tool", "{\"code\": \"OIT\"", "{\"code\": \"XIT\"", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: tools[2].code: unknown value “XIT”" },
  { "indicator-twice", "{\"number\": 10,", "{\"number\": 9,", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: indicators[9].number: indicator 9 is listed twice" },
  { "indicator-tool", "{\"number\": 6, \"tool\": \"EIT\"", "{\"number\": 6, \"tool\": \"IIT\"", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: indicators[5].tool: indicator 6 belongs to EIT, not IIT" },
  { "indicator-without-items", "{\"code\": \"i5\", \"indicator\": 5", "{\"code\": \"i5\", \"indicator\": 4", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: items: indicator 5 has no items, but the item list of IIT is “complete”" },
  { "items-of-unknown-list", "\"item_list\": \"partial\"", "\"item_list\": \"unknown\"", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: items[5]: the item list of EIT is “unknown”" },
  { "subs-outside-oit", "{\"number\": 1, \"tool\": \"IIT\", \"name_th\": \"การปฏิบัติหน้าที่\", \"name_en\": \"Duty\"}",
    "{\"number\": 1, \"tool\": \"IIT\", \"name_th\": \"การปฏิบัติหน้าที่\", \"name_en\": \"Duty\", \"subindicators\": [{\"code\": \"1.1\", \"name_th\": \"ก\", \"name_en\": \"a\"}]}", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: indicators[0].subindicators: only OIT indicators have sub-indicators" },
  { "duplicate-part", "\"code\": \"EIT2\"", "\"code\": \"EIT1\"", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: tools[1].parts[1].code: duplicate part code “EIT1”" },
  { "part-from", "\"name_en\": \"EIT part 1\", \"from\": \"items\"", "\"name_en\": \"EIT part 1\", \"from\": \"survey\"", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: tools[1].parts[0].from: unknown value “survey”; expected one of: entered, items" },
  { "two-items-parts", "\"name_en\": \"EIT part 2\"}", "\"name_en\": \"EIT part 2\", \"from\": \"items\"}", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: tools[1].parts[1].from: only one part of a tool is measured by its items (parts[0] already is)" },
  { "rule-without-reason", "\"name_en\": \"Prevention\"}", "\"name_en\": \"Prevention\", \"rule\": {\"confidence\": \"GAP\", \"reason_th\": \"ยังไม่ทราบ\"}}", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: indicators[9].rule.reason_en: a provisional rule (GAP, UNV, or INF that reproduces no source) needs the reason shown beside its figures" },
  { "rule-unknown-source", "\"reproduces\": [\"T1\"]", "\"reproduces\": [\"T1\", \"S9\"]", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: total_rule.reproduces[1]: “S9” is not the id of one of the edition’s sources" },
  { "rule-confidence", "\"total_rule\": {\"confidence\": \"INF\", ", "\"total_rule\": {", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: total_rule.confidence: this member is missing" },
  { "rule-not-object", "\"name_en\": \"Prevention\"}", "\"name_en\": \"Prevention\", \"rule\": \"GAP\"}", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: indicators[9].rule: must be an object" },
  { "missing-id", "\"id\": \"ita-2599\",", "", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: id: this member is missing" },
  { "fiscal-year", "\"fiscal_year\": 2599", "\"fiscal_year\": \"2599\"", ITA_FRAMEWORK_ERROR_INVALID,
    "test.json: fiscal_year: must be a whole number" },
  { "newer-format", "\"format\": 1", "\"format\": 2", ITA_FRAMEWORK_ERROR_NEWER,
    "test.json: this edition file was made for a newer ITA Planner" },
  { "malformed", "\"fiscal_year\": 2599,", "\"fiscal_year\": 2599,,", ITA_FRAMEWORK_ERROR_PARSE,
    "test.json: line 4, column " },
  { "not-an-object", "{\n  \"format\"", "[\n  \"format\"", ITA_FRAMEWORK_ERROR_PARSE, NULL },
  /* text is kept exactly or refused: json-glib would cut or empty these */
  { "nul-in-text", "\"name_th\": \"การใช้อำนาจ\"", "\"name_th\": \"การใช้\\u0000อำนาจ\"",
    ITA_FRAMEWORK_ERROR_INVALID, "test.json: indicators[2].name_th: the text holds a \\u0000" },
  { "lone-surrogate", "\"text_th\": \"มาตรการ\"", "\"text_th\": \"มาตรการ \\uDE00\"",
    ITA_FRAMEWORK_ERROR_INVALID, "test.json: items[8].text_th: the text holds half of" },
};

static void
test_bad_edition (gconstpointer data)
{
  const BadCase *c = data;
  g_autofree char *base = load_base ();
  g_autoptr(GString) text = g_string_new (base);
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) fw = NULL;
  guint n;

  n = g_string_replace (text, c->old, c->new, 1);
  g_assert_cmpuint (n, ==, 1);

  fw = load_text (text->str, &error);
  g_assert_null (fw);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  if (g_str_equal (c->name, "not-an-object"))
    return;   /* json-glib may or may not parse it; either way it is refused */
  g_assert_error (error, ITA_FRAMEWORK_ERROR, c->code);
  if (c->message != NULL)
    g_assert_nonnull (strstr (error->message, c->message));
}

static void
test_band_never_applies (void)
{
  g_autofree char *base = load_base ();
  g_autoptr(GString) text = g_string_new (base);
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) fw = NULL;

  /* the plain "pass" band listed before "good", which it would shadow */
  g_string_replace (text,
                    "{\"code\": \"pass\", \"label_th\": \"ผ่าน\", \"label_en\": \"Pass\", \"min\": 85, \"max\": 100},\n", "", 1);
  g_string_replace (text, "{\"code\": \"good\"",
                    "{\"code\": \"pass\", \"label_th\": \"ผ่าน\", \"label_en\": \"Pass\", \"min\": 85, \"max\": 100},\n{\"code\": \"good\"", 1);
  fw = load_text (text->str, &error);
  g_assert_null (fw);
  g_assert_error (error, ITA_FRAMEWORK_ERROR, ITA_FRAMEWORK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "test.json: grading.bands[2]: never applies: bands[1] (“pass”)"));
}

static void
test_empty_and_garbage (void)
{
  const char *inputs[] = { "", "   ", "not json", "{\"format\": 1", "\xff\xfe{}" };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ItaFramework) fw = load_text (inputs[i], &error);

      g_assert_null (fw);
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, "test.json: "));
    }
}

/* An edition nested ~75,000 deep crashed json-glib: also an edition stored
 * in a project file, read back at every open. */
static void
test_deep_nesting (void)
{
  GString *text = g_string_new ("{\"format\": 1, \"notes\": ");
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) fw = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '}');
  fw = load_text (text->str, &error);
  g_string_free (text, TRUE);
  g_assert_null (fw);
  g_assert_error (error, ITA_FRAMEWORK_ERROR, ITA_FRAMEWORK_ERROR_PARSE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "64"));
}

/* ---- the shipped editions ------------------------------------------------ */

static void
test_shipped_editions (void)
{
  const char *root = g_getenv ("ITA_SOURCE_ROOT");
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (root);
  for (int year = 2562; year <= 2569; year++)
    {
      g_autofree char *name = g_strdup_printf ("ita-%d.json", year);
      g_autofree char *path = g_build_filename (root, "data", "frameworks", name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(ItaFramework) fw = ita_framework_new_from_file (file, &error);
      g_autofree char *id = g_strdup_printf ("ita-%d", year);

      g_assert_no_error (error);
      g_assert_cmpstr (ita_framework_get_id (fw), ==, id);
      g_assert_cmpint (ita_framework_get_fiscal_year (fw), ==, year);
      for (guint t = 0; t < ITA_N_TOOLS; t++)
        g_assert_cmpint (ita_framework_get_tool (fw, (ItaTool) t)->weight, ==, t == ITA_TOOL_OIT ? 4000 : 3000);
    }

  /* and the same eight are in the built-in catalogue, in year order */
  list = ita_catalogue_list (&error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 8);
  for (guint i = 0; i < list->len; i++)
    g_assert_cmpint (ita_framework_get_fiscal_year (g_ptr_array_index (list, i)), ==, 2562 + (int) i);
}

static void
test_shipped_facts (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) fw2562 = ita_catalogue_lookup ("ita-2562", &error);
  g_autoptr(ItaFramework) fw2566 = ita_catalogue_for_year (2566);
  g_autoptr(ItaFramework) fw2567 = ita_catalogue_for_year (2567);
  g_autoptr(ItaFramework) fw2568 = ita_catalogue_for_year (2568);
  guint n_oit = 0;

  g_assert_no_error (error);
  g_assert_cmpint (ita_framework_get_grading (fw2562)->scheme, ==, ITA_GRADING_LETTER);
  g_assert_cmpint (ita_framework_get_grading (fw2566)->scheme, ==, ITA_GRADING_PASS_FAIL);
  g_assert_cmpint (ita_framework_get_grading (fw2568)->scheme, ==, ITA_GRADING_RATING);
  g_assert_cmpuint (ita_framework_get_indicator (fw2562, 9)->n_subs, ==, 5);
  g_assert_cmpuint (ita_framework_get_indicator (fw2562, 10)->n_subs, ==, 2);
  g_assert_cmpuint (ita_framework_get_indicator (fw2568, 9)->n_subs, ==, 0);
  g_assert_cmpuint (ita_framework_get_tool (fw2568, ITA_TOOL_EIT)->n_parts, ==, 2);
  /* 2567: the O1–O43 list of research officers-and-peers §1.1 with the 2567
   * meanings its sources show, each with its confidence */
  g_assert_cmpint (ita_framework_get_tool (fw2567, ITA_TOOL_OIT)->item_list, ==, ITA_ITEM_LIST_COMPLETE);
  g_assert_cmpint (ita_framework_get_tool (fw2567, ITA_TOOL_IIT)->item_list, ==, ITA_ITEM_LIST_UNKNOWN);
  g_assert_cmpuint (ita_framework_get_n_items (fw2567), ==, 43);
  g_assert_cmpstr (ita_framework_lookup_item (fw2567, "o10")->continuity, ==, "oit.operations_manual");
  g_assert_cmpint (ita_framework_lookup_item (fw2567, "o10")->confidence, ==, ITA_CONFIDENCE_C1);
  g_assert_cmpstr (ita_framework_lookup_item (fw2567, "o25")->text_th, ==, "การเปิดโอกาสให้เกิดการมีส่วนร่วม");
  g_assert_cmpint (ita_framework_lookup_item (fw2567, "o25")->scale, ==, ITA_SCALE_OIT_0_100);
  g_assert_cmpstr (ita_framework_lookup_item (fw2567, "o4")->continuity, ==, "oit.contact");
  g_assert_cmpint (ita_framework_lookup_item (fw2567, "o5")->confidence, ==, ITA_CONFIDENCE_GAP);
  g_assert_cmpint (ita_framework_lookup_item (fw2567, "o20")->confidence, ==, ITA_CONFIDENCE_UNV);
  g_assert_cmpint (ita_framework_lookup_item (fw2567, "o43")->indicator, ==, 10);
  /* the same subject as 2566 by its key, whatever its code */
  g_assert_cmpstr (ita_framework_lookup_continuity (fw2566, "oit.operations_manual")->code, ==, "o14");
  g_assert_cmpstr (ita_framework_lookup_continuity (fw2568, "oit.participation")->code, ==, "o20");
  g_assert_true (ita_rule_is_provisional (&ita_framework_get_indicator (fw2567, 9)->rule));

  /* the EIT parts: part 1 is what the e-items measure, part 2 is entered */
  g_assert_cmpint (ita_framework_get_items_part (fw2568, ITA_TOOL_EIT)->from, ==, ITA_PART_FROM_ITEMS);
  g_assert_cmpstr (ita_framework_get_items_part (fw2566, ITA_TOOL_EIT)->code, ==, "EIT1");
  g_assert_cmpint (ita_framework_get_tool (fw2568, ITA_TOOL_EIT)->parts[1].from, ==, ITA_PART_FROM_ENTERED);
  g_assert_null (ita_framework_get_items_part (fw2568, ITA_TOOL_IIT));
  /* the mean of the parts reproduces S1: inferred, not provisional; the
   * 2568 OIT aggregation is a gap */
  g_assert_true (ita_framework_get_tool (fw2568, ITA_TOOL_EIT)->rule.present);
  g_assert_false (ita_rule_is_provisional (&ita_framework_get_tool (fw2568, ITA_TOOL_EIT)->rule));
  g_assert_true (ita_rule_is_provisional (&ita_framework_get_indicator (fw2568, 10)->rule));
  g_assert_false (ita_rule_is_provisional (ita_framework_get_total_rule (fw2568)));
  g_assert_false (ita_framework_get_total_rule (fw2562)->present);

  for (guint i = 0; i < ita_framework_get_n_items (fw2562); i++)
    n_oit += ita_framework_get_item (fw2562, i)->tool == ITA_TOOL_OIT;
  g_assert_cmpuint (n_oit, ==, 48);
  g_assert_nonnull (ita_framework_lookup_item (fw2568, "o28"));
  g_assert_null (ita_framework_lookup_item (fw2568, "o29"));
  g_assert_cmpint (ita_framework_lookup_item (fw2568, "o7")->confidence, ==, ITA_CONFIDENCE_GAP);
  g_assert_true (ita_confidence_is_unverified (ita_framework_get_confidence (fw2567)));
}

/* ---- the user's editions ------------------------------------------------- */

static void
test_catalogue_lookup_unknown (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) fw = ita_catalogue_lookup ("ita-2601", &error);

  g_assert_null (fw);
  g_assert_error (error, ITA_FRAMEWORK_ERROR, ITA_FRAMEWORK_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "ita-2601"));
  g_assert_nonnull (strstr (error->message, "ita-2568"));
  g_assert_null (ita_catalogue_for_year (2601));
}

static void
test_catalogue_install (void)
{
  g_autofree char *path = fixture_path ("ita-2599.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ItaFramework) installed = NULL;
  g_autoptr(ItaFramework) found = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *target = NULL;

  installed = ita_catalogue_install (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ita_framework_get_id (installed), ==, "ita-2599");

  target = g_build_filename (g_get_user_data_dir (), "ita-planner", "frameworks", "ita-2599.json", NULL);
  g_assert_true (g_file_test (target, G_FILE_TEST_IS_REGULAR));

  list = ita_catalogue_list (&error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 9);
  g_assert_cmpstr (ita_framework_get_id (g_ptr_array_index (list, 8)), ==, "ita-2599");
  g_assert_cmpstr (ita_framework_get_origin (g_ptr_array_index (list, 8)), ==, target);

  found = ita_catalogue_for_year (2599);
  g_assert_nonnull (found);
  g_assert_cmpuint (ita_framework_get_n_items (found), ==, 9);

  /* a bad file is refused and nothing is written */
  {
    g_autofree char *bad_path = g_build_filename (g_get_tmp_dir (), "ita-bad.json", NULL);
    g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
    g_autoptr(ItaFramework) refused = NULL;

    g_file_set_contents (bad_path, "{\"format\": 1}", -1, &error);
    g_assert_no_error (error);
    refused = ita_catalogue_install (bad, &error);
    g_assert_null (refused);
    g_assert_error (error, ITA_FRAMEWORK_ERROR, ITA_FRAMEWORK_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "ita-bad.json: id: this member is missing"));
    g_remove (bad_path);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/framework/fixture", test_fixture_loads);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *name = NULL;

      if (bad_cases[i].message == NULL && bad_cases[i].code == ITA_FRAMEWORK_ERROR_INVALID)
        continue;
      name = g_strdup_printf ("/core/framework/bad/%s", bad_cases[i].name);
      g_test_add_data_func (name, &bad_cases[i], test_bad_edition);
    }
  g_test_add_func ("/core/framework/bad/band-never-applies", test_band_never_applies);
  g_test_add_func ("/core/framework/bad/empty-and-garbage", test_empty_and_garbage);
  g_test_add_func ("/core/framework/bad/deep-nesting", test_deep_nesting);
  g_test_add_func ("/core/framework/shipped/validate", test_shipped_editions);
  g_test_add_func ("/core/framework/shipped/facts", test_shipped_facts);
  g_test_add_func ("/core/framework/catalogue/unknown", test_catalogue_lookup_unknown);
  g_test_add_func ("/core/framework/catalogue/install", test_catalogue_install);

  return g_test_run ();
}
