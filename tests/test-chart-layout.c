/* test-chart-layout.c: every chart lays out and draws at every size, in
 * both languages, with its labels inside the canvas and apart; bars and
 * the pass line stand where their values say */
#include "config.h"

#include <math.h>
#include <string.h>

#include "chart-fixtures.h"

static ChartFixtures *the_fixtures;

/* Built inside the first test: the isolated XDG folders exist only there. */
static ChartFixtures *
get_fixtures (void)
{
  if (the_fixtures == NULL)
    {
      g_autofree char *data_dir = g_test_build_filename (G_TEST_DIST, "data", NULL);

      the_fixtures = chart_fixtures_new (data_dir);
    }
  return the_fixtures;
}

#define fixtures (get_fixtures ())

static const int sizes[][2] = {
  { 640, 360 }, { 1024, 768 }, { 1920, 1080 }, { 3840, 2160 },
};

static gboolean
rects_overlap (const ItaChartRect *a,
               const ItaChartRect *b)
{
  const double slack = 0.5;

  return a->x + slack < b->x + b->width && b->x + slack < a->x + a->width &&
         a->y + slack < b->y + b->height && b->y + slack < a->y + a->height;
}

/* Every text inside the canvas, no two texts on top of each other. */
static void
check_labels (ItaChartLayout *layout,
              const char     *what)
{
  double w = ita_chart_layout_get_width (layout);
  double h = ita_chart_layout_get_height (layout);
  guint n = ita_chart_layout_get_n_shapes (layout);

  for (guint i = 0; i < n; i++)
    {
      const ItaChartShape *a = ita_chart_layout_get_shape (layout, i);

      if (a->type != ITA_CHART_SHAPE_TEXT)
        continue;
      if (a->rect.x < -0.5 || a->rect.y < -0.5 || a->rect.x + a->rect.width > w + 0.5 ||
          a->rect.y + a->rect.height > h + 0.5)
        g_error ("%s: “%s” leaves the canvas (%.1f,%.1f %.1f×%.1f)", what, pango_layout_get_text (a->text),
                 a->rect.x, a->rect.y, a->rect.width, a->rect.height);
      if (a->rect.width <= 0 || a->rect.height <= 0)
        g_error ("%s: “%s” has no size", what, pango_layout_get_text (a->text));
      for (guint j = i + 1; j < n; j++)
        {
          const ItaChartShape *b = ita_chart_layout_get_shape (layout, j);

          if (b->type == ITA_CHART_SHAPE_TEXT && rects_overlap (&a->rect, &b->rect))
            g_error ("%s: “%s” (%.1f,%.1f %.1fx%.1f) overlaps “%s” (%.1f,%.1f %.1fx%.1f)", what, pango_layout_get_text (a->text), a->rect.x, a->rect.y, a->rect.width, a->rect.height,
                     pango_layout_get_text (b->text), b->rect.x, b->rect.y, b->rect.width, b->rect.height);
        }
    }
}

static void
render (ItaChartKind   kind,
        ItaChartData  *data,
        ItaChartStyle *style,
        int            w,
        int            h)
{
  g_autofree char *what = g_strdup_printf ("%s %d×%d %s%s", ita_chart_kind_to_string (kind), w, h,
                                           style->language == ITA_CHART_LANG_TH ? "th" : "en",
                                           style->thai_digits ? " thai-digits" : "");
  g_autoptr(ItaChartLayout) layout = ita_chart_layout_new (kind, data, style, w, h);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cairo_t *cr = cairo_create (surface);

  g_assert_nonnull (layout);
  g_assert_cmpuint (ita_chart_layout_get_n_shapes (layout), >, 10);
  g_assert_false (ita_chart_layout_is_empty (layout));
  check_labels (layout, what);
  ita_chart_layout_draw (layout, cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_every_kind (gconstpointer user_data)
{
  ItaChartKind kind = GPOINTER_TO_UINT (user_data);

  for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
    for (guint lang = 0; lang < 2; lang++)
      for (guint digits = 0; digits < 2; digits++)
        {
          g_autoptr(ItaChartStyle) style = ita_chart_style_new ();

          style->language = lang;
          style->thai_digits = digits;
          render (kind, fixtures->data[kind], style, sizes[z][0], sizes[z][1]);
        }
}

static void
test_hard_cases (void)
{
  struct { ItaChartKind kind; ItaChartData *data; } cases[] = {
    { ITA_CHART_YEARS, fixtures->six_years },
    { ITA_CHART_GAUGE, fixtures->letter_gauge },
    { ITA_CHART_OIT, fixtures->oit_subindicators },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
      for (guint lang = 0; lang < 2; lang++)
        {
          g_autoptr(ItaChartStyle) style = ita_chart_style_new ();

          style->language = lang;
          render (cases[c].kind, cases[c].data, style, sizes[z][0], sizes[z][1]);
        }
}

/* A font list that does not exist must still draw (Pango falls back). */
static void
test_unknown_font (void)
{
  g_autoptr(ItaChartStyle) style = ita_chart_style_new ();

  ita_chart_style_set_font_family (style, "No Such Font Family 12345");
  render (ITA_CHART_INDICATORS, fixtures->data[ITA_CHART_INDICATORS], style, 1024, 768);
  ita_chart_style_set_font_family (style, NULL);
  g_assert_cmpstr (style->font_family, ==, ITA_CHART_DEFAULT_FONTS);
}

static const ItaChartShape *
find_shape (ItaChartLayout *layout,
            ItaChartRole    role,
            int             category,
            int             series)
{
  for (guint i = 0; i < ita_chart_layout_get_n_shapes (layout); i++)
    {
      const ItaChartShape *s = ita_chart_layout_get_shape (layout, i);

      if (s->role == role && (category < 0 || s->category == category) && (series < 0 || s->series == series))
        return s;
    }
  return NULL;
}

static const char *
find_text (ItaChartLayout *layout,
           ItaChartRole    role,
           int             category)
{
  const ItaChartShape *s = NULL;

  for (guint i = 0; i < ita_chart_layout_get_n_shapes (layout); i++)
    {
      const ItaChartShape *t = ita_chart_layout_get_shape (layout, i);

      if (t->type == ITA_CHART_SHAPE_TEXT && t->role == role && (category < 0 || t->category == category))
        {
          s = t;
          break;
        }
    }
  return s != NULL ? pango_layout_get_text (s->text) : NULL;
}

/* Seed 001, FY 2568: the pass line at 85, each bar ends at its score. */
static void
test_indicator_geometry (void)
{
  static const ItaCenti expected[10] = { 9978, 9955, 10000, 10000, 10000, 9800, 9920, 9747, 3800, 8000 };
  g_autoptr(ItaChartStyle) style = ita_chart_style_new ();

  for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
    {
      g_autoptr(ItaChartLayout) layout = ita_chart_layout_new (ITA_CHART_INDICATORS,
                                                               fixtures->data[ITA_CHART_INDICATORS],
                                                               style, sizes[z][0], sizes[z][1]);
      const ItaChartRect *plot = ita_chart_layout_get_plot (layout);
      const ItaChartShape *pass = find_shape (layout, ITA_CHART_ROLE_PASS_LINE, -1, -1);

      g_assert_nonnull (pass);
      g_assert_cmpfloat_with_epsilon (pass->x0, plot->x + plot->width * 0.85, 1.0);
      g_assert_cmpfloat (pass->y0, <=, plot->y);
      g_assert_cmpfloat (pass->y1, >=, plot->y + plot->height - 1);

      for (int i = 0; i < 10; i++)
        {
          const ItaChartShape *bar = find_shape (layout, ITA_CHART_ROLE_BAR, i, -1);

          g_assert_nonnull (bar);
          g_assert_cmpint (bar->value, ==, expected[i]);
          g_assert_cmpfloat_with_epsilon (bar->rect.x, plot->x, 1.0);
          g_assert_cmpfloat_with_epsilon (bar->rect.x + bar->rect.width,
                                          plot->x + plot->width * expected[i] / 10000.0, 1.0);
          /* below the pass mark is hatched, not only another colour */
          g_assert_cmpint (bar->pattern, ==, expected[i] >= 8500 ? ITA_CHART_PATTERN_SOLID
                                                                 : ITA_CHART_PATTERN_HATCH);
        }
      g_assert_cmpstr (find_text (layout, ITA_CHART_ROLE_VALUE_LABEL, 8), ==, "38.00");
      g_assert_cmpstr (find_text (layout, ITA_CHART_ROLE_VALUE_LABEL, 0), ==, "99.78");
    }
}

/* Seed 000 and 001 as years: bar tops at their values, pass line at 85. */
static void
test_years_geometry (void)
{
  g_autoptr(ItaChartStyle) style = ita_chart_style_new ();
  g_autoptr(ItaChartLayout) layout = ita_chart_layout_new (ITA_CHART_YEARS, fixtures->data[ITA_CHART_YEARS],
                                                           style, 1920, 1080);
  const ItaChartRect *plot = ita_chart_layout_get_plot (layout);
  const ItaChartShape *pass = find_shape (layout, ITA_CHART_ROLE_PASS_LINE, -1, -1);
  guint bars = 0;

  g_assert_cmpfloat_with_epsilon (pass->y0, plot->y + plot->height * 0.15, 1.0);
  for (guint i = 0; i < ita_chart_layout_get_n_shapes (layout); i++)
    {
      const ItaChartShape *s = ita_chart_layout_get_shape (layout, i);

      if (s->role != ITA_CHART_ROLE_BAR)
        continue;
      bars++;
      g_assert_cmpfloat_with_epsilon (s->rect.y, plot->y + plot->height * (1 - s->value / 10000.0), 1.0);
      g_assert_cmpfloat_with_epsilon (s->rect.y + s->rect.height, plot->y + plot->height, 1.0);
    }
  /* 2562 and 2568 have all ten indicators; 2563 (seed 002) has none and
   * is left out rather than drawn as a gap */
  g_assert_cmpuint (bars, ==, 20);
  g_assert_nonnull (find_shape (layout, ITA_CHART_ROLE_BAR, 0, 0));
  g_assert_null (find_shape (layout, ITA_CHART_ROLE_BAR, 0, 1));
}

static void
test_gauge_geometry (void)
{
  g_autoptr(ItaChartStyle) style = ita_chart_style_new ();
  g_autoptr(ItaChartLayout) layout = ita_chart_layout_new (ITA_CHART_GAUGE, fixtures->data[ITA_CHART_GAUGE],
                                                           style, 1920, 1080);
  const ItaChartShape *needle = find_shape (layout, ITA_CHART_ROLE_NEEDLE, -1, -1);
  double angle = atan2 (needle->y1 - needle->y0, needle->x1 - needle->x0);

  /* 83.03 is 83.03 % of the half circle from the left */
  g_assert_cmpfloat_with_epsilon (angle + 2 * G_PI, G_PI + G_PI * 0.8303, 0.001);
  g_assert_cmpstr (find_text (layout, ITA_CHART_ROLE_BIG_VALUE, -1), ==, "83.03");
  g_assert_cmpstr (find_text (layout, ITA_CHART_ROLE_GRADE_LABEL, -1), ==, "ระดับ ต้องปรับปรุง");
}

static void
test_seed_000_letter_grade (void)
{
  g_autoptr(ItaChartStyle) style = ita_chart_style_new ();
  g_autoptr(ItaChartLayout) layout = NULL;

  style->language = ITA_CHART_LANG_EN;
  layout = ita_chart_layout_new (ITA_CHART_GAUGE, fixtures->letter_gauge, style, 1024, 768);
  g_assert_cmpint (fixtures->letter_gauge->total, ==, 7939);
  g_assert_cmpstr (find_text (layout, ITA_CHART_ROLE_BIG_VALUE, -1), ==, "79.39");
  g_assert_nonnull (strstr (find_text (layout, ITA_CHART_ROLE_GRADE_LABEL, -1), "B"));
}

static void
test_thai_digits (void)
{
  g_autoptr(ItaChartStyle) style = ita_chart_style_new ();
  g_autoptr(ItaChartLayout) layout = NULL;

  style->thai_digits = TRUE;
  layout = ita_chart_layout_new (ITA_CHART_INDICATORS, fixtures->data[ITA_CHART_INDICATORS], style, 1920, 1080);
  g_assert_cmpstr (find_text (layout, ITA_CHART_ROLE_VALUE_LABEL, 0), ==, "๙๙.๗๘");
  g_assert_cmpstr (find_text (layout, ITA_CHART_ROLE_SUBTITLE, -1), ==,
                   "เทศบาลตำบลนาคำ · ปีงบประมาณ พ.ศ.\u00a0๒๕๖๘");
}

static gboolean
has_ascii_digit (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      return TRUE;
  return FALSE;
}

/* With Thai digits, every line of every chart has them: the values, the
 * ticks, the years, and the numbers inside the fixed words ("ตัวชี้วัด
 * ทั้ง 10 ตัว", "เกณฑ์ผ่าน 85"); and every "พ.ศ." keeps its year on its line. */
static void
test_thai_digits_everywhere (void)
{
  g_autoptr(ItaChartStyle) style = ita_chart_style_new ();

  style->thai_digits = TRUE;
  for (ItaChartKind k = 0; k < ITA_CHART_N_KINDS; k++)
    for (guint empty = 0; empty < 2; empty++)
      for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
        {
          ItaChartData *data = empty ? fixtures->empty[k] : fixtures->data[k];
          g_autoptr(ItaChartLayout) layout = ita_chart_layout_new (k, data, style, sizes[z][0], sizes[z][1]);

          for (guint i = 0; i < ita_chart_layout_get_n_shapes (layout); i++)
            {
              const ItaChartShape *shape = ita_chart_layout_get_shape (layout, i);
              const char *text;
              const char *year;

              if (shape->type != ITA_CHART_SHAPE_TEXT)
                continue;
              text = pango_layout_get_text (shape->text);
              if (has_ascii_digit (text))
                g_error ("%s %dx%d%s: “%s” has ASCII digits", ita_chart_kind_to_string (k),
                         sizes[z][0], sizes[z][1], empty ? " (empty)" : "", text);
              g_assert_null (strstr (text, "พ.ศ. "));
              /* the year after "พ.ศ." is on the same line as it */
              for (year = strstr (text, "พ.ศ.\u00a0"); year != NULL; year = strstr (year + 1, "พ.ศ.\u00a0"))
                {
                  int line_start, line_year, x;

                  pango_layout_index_to_line_x (shape->text, (int) (year - text), FALSE, &line_start, &x);
                  pango_layout_index_to_line_x (shape->text, (int) (year - text) + strlen ("พ.ศ.\u00a0"),
                                                FALSE, &line_year, &x);
                  g_assert_cmpint (line_start, ==, line_year);
                }
            }
        }
}

/* Long measure names on the timeline take two lines, or are shortened
 * after a whole word with "…": never cut inside a Thai word. */
static void
test_timeline_long_names (void)
{
  static const char * const titles[] = {
    "โครงการส่งเสริมการเปิดเผยข้อมูลการจัดซื้อจัดจ้างและการบริหารงานบุคคลผ่านเว็บไซต์หลักของหน่วยงานอย่างต่อเนื่องตลอดปีงบประมาณ",
    "มาตรการป้องกันการรับสินบนและการแสวงหาประโยชน์ทับซ้อนของเจ้าหน้าที่ทุกระดับในการให้บริการประชาชนและการอนุมัติอนุญาต",
    "การประชุมชี้แจงแนวทางการประเมิน ITA ให้แก่หัวหน้าส่วนราชการและเจ้าหน้าที่ผู้รับผิดชอบทุกกอง",
    "จัดทำคู่มือ",
  };
  g_autoptr(ItaChartStyle) style = ita_chart_style_new ();
  g_autoptr(ItaChartData) data = ita_chart_data_new (ITA_CHART_TIMELINE, "เทศบาลตำบลนาคำ", 2569);
  PangoLanguage *thai = pango_language_from_string ("th");
  GDate start, end;

  g_date_clear (&start, 1);
  g_date_clear (&end, 1);
  g_date_set_dmy (&start, 1, 10, 2025);
  g_date_set_dmy (&end, 30, 9, 2026);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    ita_chart_data_add_measure (data, titles[i], "กองคลัง", &start, &end, ITA_CHART_MEASURE_PLANNED);

  for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
    {
      g_autoptr(ItaChartLayout) layout = ita_chart_layout_new (ITA_CHART_TIMELINE, data, style,
                                                               sizes[z][0], sizes[z][1]);
      guint shortened = 0;

      for (guint i = 0; i < ita_chart_layout_get_n_shapes (layout); i++)
        {
          const ItaChartShape *shape = ita_chart_layout_get_shape (layout, i);
          const char *text, *title, *shown;
          gsize kept;

          if (shape->type != ITA_CHART_SHAPE_TEXT || shape->role != ITA_CHART_ROLE_CATEGORY_LABEL ||
              shape->category < 0 || (guint) shape->category >= G_N_ELEMENTS (titles))
            continue;
          text = pango_layout_get_text (shape->text);
          title = titles[shape->category];
          g_assert_cmpint (pango_layout_get_line_count (shape->text), <=, 2);
          g_assert_false (pango_layout_is_ellipsized (shape->text));
          shown = strstr (text, ". ");
          g_assert_nonnull (shown);
          shown += 2;
          if (!g_str_has_suffix (shown, "…"))
            {
              g_assert_cmpstr (shown, ==, title);
              continue;
            }
          /* a start of the title, ending where a word ends */
          shortened++;
          kept = strlen (shown) - strlen ("…");
          g_assert_true (strncmp (shown, title, kept) == 0);
          {
            glong n_chars = g_utf8_strlen (title, -1);
            glong at = g_utf8_pointer_to_offset (title, title + kept);
            g_autofree PangoLogAttr *attrs = g_new0 (PangoLogAttr, n_chars + 1);

            pango_get_log_attrs (title, -1, -1, thai, attrs, n_chars + 1);
            g_test_message ("%dx%d: “%s”", sizes[z][0], sizes[z][1], shown);
            g_assert_true (attrs[at].is_line_break || attrs[at].is_word_boundary);
          }
        }
      /* the longest names do not fit two lines of the smallest canvas */
      if (z == 0)
        g_assert_cmpuint (shortened, >, 0);
    }
}

/* The indicators chart says what 85 and 90 mean, as the Scores view
 * does: 85 the grade's pass mark, below 90 "improve" next year. */
static void
test_indicators_thresholds (void)
{
  g_autoptr(ItaChartStyle) style = ita_chart_style_new ();
  g_autoptr(ItaChartLayout) layout = NULL;
  gboolean pass_legend = FALSE, raise_legend = FALSE, raise_line = FALSE;

  g_assert_cmpint (fixtures->data[ITA_CHART_INDICATORS]->raise_mark, ==, 9000);
  layout = ita_chart_layout_new (ITA_CHART_INDICATORS, fixtures->data[ITA_CHART_INDICATORS], style, 1920, 1080);
  for (guint i = 0; i < ita_chart_layout_get_n_shapes (layout); i++)
    {
      const ItaChartShape *shape = ita_chart_layout_get_shape (layout, i);

      if (shape->role == ITA_CHART_ROLE_THRESHOLD_LINE && shape->value == 9000)
        raise_line = TRUE;
      if (shape->type == ITA_CHART_SHAPE_TEXT && shape->role == ITA_CHART_ROLE_LEGEND_LABEL)
        {
          const char *text = pango_layout_get_text (shape->text);

          if (strstr (text, "85") && strstr (text, "ระดับผลการประเมิน"))
            pass_legend = TRUE;
          if (strstr (text, "90") && strstr (text, "ต้องปรับปรุง"))
            raise_legend = TRUE;
        }
    }
  g_assert_true (raise_line);
  g_assert_true (pass_legend);
  g_assert_true (raise_legend);
}

static void
test_english_title (void)
{
  g_autoptr(ItaChartStyle) style = ita_chart_style_new ();
  g_autoptr(ItaChartLayout) layout = NULL;

  style->language = ITA_CHART_LANG_EN;
  layout = ita_chart_layout_new (ITA_CHART_TIMELINE, fixtures->data[ITA_CHART_TIMELINE], style, 1920, 1080);
  g_assert_cmpstr (find_text (layout, ITA_CHART_ROLE_SUBTITLE, -1), ==, "เทศบาลตำบลนาคำ · FY\u00a02569");
  g_assert_cmpstr (find_text (layout, ITA_CHART_ROLE_TITLE, -1), ==, "Action plan timeline");
}

/* Without its title (a slide writes it as text): no title or subtitle
 * shapes, the plot starts higher, the labels still fit; the words the
 * slide writes are those the chart would have drawn. */
static void
test_no_title (void)
{
  for (ItaChartKind k = 0; k < ITA_CHART_N_KINDS; k++)
    {
      g_autoptr(ItaChartStyle) style = ita_chart_style_new ();
      g_autoptr(ItaChartLayout) titled = ita_chart_layout_new (k, fixtures->data[k], style, 1776, 814);
      g_autoptr(ItaChartLayout) untitled = NULL;
      g_autofree char *subtitle = ita_chart_get_subtitle (style, fixtures->data[k]);

      g_assert_cmpstr (find_text (titled, ITA_CHART_ROLE_TITLE, -1), ==, ita_chart_get_title (style, k));
      g_assert_cmpstr (find_text (titled, ITA_CHART_ROLE_SUBTITLE, -1), ==, subtitle);
      style->no_title = TRUE;
      untitled = ita_chart_layout_new (k, fixtures->data[k], style, 1776, 814);
      g_assert_null (find_text (untitled, ITA_CHART_ROLE_TITLE, -1));
      g_assert_null (find_text (untitled, ITA_CHART_ROLE_SUBTITLE, -1));
      if (k != ITA_CHART_GAUGE && k != ITA_CHART_RADAR)
        g_assert_cmpfloat (ita_chart_layout_get_plot (untitled)->y, <, ita_chart_layout_get_plot (titled)->y);
      check_labels (untitled, ita_chart_kind_to_string (k));
    }
}

/* The timeline runs ต.ค.–ก.ย. in Thai month abbreviations. */
static void
test_timeline_months (void)
{
  static const char *months[] = {
    "ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.",
  };
  g_autoptr(ItaChartStyle) style = ita_chart_style_new ();
  g_autoptr(ItaChartLayout) layout = ita_chart_layout_new (ITA_CHART_TIMELINE, fixtures->data[ITA_CHART_TIMELINE],
                                                           style, 1920, 1080);
  const ItaChartRect *plot = ita_chart_layout_get_plot (layout);
  guint m = 0;

  for (guint i = 0; i < ita_chart_layout_get_n_shapes (layout); i++)
    {
      const ItaChartShape *s = ita_chart_layout_get_shape (layout, i);

      if (s->role == ITA_CHART_ROLE_TICK_LABEL && s->type == ITA_CHART_SHAPE_TEXT)
        g_assert_cmpstr (pango_layout_get_text (s->text), ==, months[m++]);
    }
  g_assert_cmpuint (m, ==, 12);

  /* measure 2 runs Oct 2025 – Mar 2026: 182 of the 365 days of FY 2569 */
  {
    const ItaChartShape *bar = find_shape (layout, ITA_CHART_ROLE_BAR, 1, -1);

    g_assert_cmpfloat_with_epsilon (bar->rect.x, plot->x, 1.0);
    g_assert_cmpfloat_with_epsilon (bar->rect.width, plot->width * 182 / 365.0, 1.0);
    g_assert_cmpint (bar->pattern, ==, ITA_CHART_PATTERN_SOLID);   /* done */
  }
}

/* A new project: every kind says "no data yet" in words. */
static void
test_empty (void)
{
  for (guint k = 0; k < ITA_CHART_N_KINDS; k++)
    for (guint lang = 0; lang < 2; lang++)
      for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
        {
          g_autoptr(ItaChartStyle) style = ita_chart_style_new ();
          g_autoptr(ItaChartLayout) layout = NULL;
          cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, sizes[z][0], sizes[z][1]);
          cairo_t *cr = cairo_create (surface);

          style->language = lang;
          g_assert_true (ita_chart_data_is_empty (fixtures->empty[k]));
          layout = ita_chart_layout_new (k, fixtures->empty[k], style, sizes[z][0], sizes[z][1]);
          g_assert_true (ita_chart_layout_is_empty (layout));
          g_assert_cmpstr (find_text (layout, ITA_CHART_ROLE_EMPTY_MESSAGE, -1), ==,
                           lang == ITA_CHART_LANG_TH ? "ยังไม่มีข้อมูล" : "No data yet");
          g_assert_null (find_shape (layout, ITA_CHART_ROLE_BAR, -1, -1));
          check_labels (layout, ita_chart_kind_to_string (k));
          ita_chart_layout_draw (layout, cr);
          g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
          cairo_destroy (cr);
          cairo_surface_destroy (surface);
        }
}

static void
test_kind_names (void)
{
  static const char *names[] = { "indicators", "tools", "gauge", "years", "trend", "radar", "oit", "timeline" };
  ItaChartKind kind;

  for (guint k = 0; k < ITA_CHART_N_KINDS; k++)
    {
      g_assert_cmpstr (ita_chart_kind_to_string (k), ==, names[k]);
      g_assert_true (ita_chart_kind_from_string (names[k], &kind));
      g_assert_cmpint (kind, ==, k);
    }
  g_assert_false (ita_chart_kind_from_string ("pie", &kind));
}

/* Builders from the engine: the official figures of seed 001 flow in. */
static void
test_builders (void)
{
  ItaChartData *tools = fixtures->data[ITA_CHART_TOOLS];
  ItaChartData *oit = fixtures->data[ITA_CHART_OIT];
  const ItaChartSeries *points = g_ptr_array_index (tools->series, 1);
  const ItaChartSeries *scores = g_ptr_array_index (tools->series, 0);
  guint items = 0;

  g_assert_cmpint (tools->total, ==, 8303);
  g_assert_cmpint (scores->values[0], ==, 9987);
  g_assert_cmpint (scores->values[2], ==, 5900);
  g_assert_cmpint (points->values[2], ==, 2360);   /* 40 % of 59.00 */
  g_assert_cmpint (((ItaChartCategory *) g_ptr_array_index (tools->categories, 2))->weight, ==, 4000);
  g_assert_cmpint (fixtures->data[ITA_CHART_GAUGE]->pass_mark, ==, 8500);
  g_assert_cmpstr (fixtures->data[ITA_CHART_GAUGE]->grade_th, ==, "ต้องปรับปรุง");

  /* 2568 has no OIT sub-indicators: one bar per indicator; o7 is missing
   * from the seed, so one item is not checked */
  g_assert_cmpuint (oit->categories->len, ==, 2);
  for (guint i = 0; i < oit->categories->len; i++)
    {
      const ItaChartCategory *c = g_ptr_array_index (oit->categories, i);

      for (guint k = 0; k < ITA_CHART_OIT_N_STATES; k++)
        items += c->counts[k];
    }
  g_assert_cmpuint (items, ==, 28);
  g_assert_cmpuint (((ItaChartCategory *) g_ptr_array_index (oit->categories, 0))->counts[ITA_CHART_OIT_UNCHECKED],
                    ==, 1);
  /* 2562 has sub-indicators 9.1 … 10.2 */
  g_assert_cmpstr (((ItaChartCategory *) g_ptr_array_index (fixtures->oit_subindicators->categories, 0))->key,
                   ==, "9.1");
}

/* Figures that are not final say so on the chart, in words: a note under
 * the title and a mark on their labels; seed 001's items alone never show
 * a grade. Every kind still lays out at every size. */
static void
test_not_final (void)
{
  ItaChartData *ind = fixtures->not_final[ITA_CHART_INDICATORS];
  ItaChartData *gauge = fixtures->not_final[ITA_CHART_GAUGE];
  g_autoptr(ItaChartStyle) th = ita_chart_style_new ();
  g_autoptr(ItaChartStyle) en = ita_chart_style_new ();
  g_autoptr(ItaChartLayout) layout = NULL;
  const char *note, *label;

  en->language = ITA_CHART_LANG_EN;
  g_assert_true (g_str_has_prefix (ind->status_th, "* ยังไม่ใช่ผลสุดท้าย"));
  g_assert_nonnull (strstr (ind->status_en, "provisional (rule not confirmed): indicator 9, indicator 10"));
  g_assert_true (((ItaChartCategory *) g_ptr_array_index (ind->categories, 8))->marked);
  g_assert_false (((ItaChartCategory *) g_ptr_array_index (ind->categories, 0))->marked);
  g_assert_nonnull (strstr (fixtures->not_final[ITA_CHART_TOOLS]->status_en, "EIT part 2 not entered"));
  g_assert_cmpstr (gauge->grade_en, ==, "not decided *");
  g_assert_null (gauge->note_en);           /* no explanation naming a band */
  g_assert_null (strstr (gauge->grade_th, "ผ่าน"));
  g_assert_nonnull (strstr (fixtures->not_final[ITA_CHART_TREND]->status_en, "FY 2568 (incomplete, provisional)"));

  /* the seed with its official figures is final: no note, no mark */
  g_assert_null (fixtures->data[ITA_CHART_INDICATORS]->status_th);
  g_assert_null (fixtures->data[ITA_CHART_GAUGE]->status_th);

  layout = ita_chart_layout_new (ITA_CHART_INDICATORS, ind, en, 1920, 1080);
  note = find_text (layout, ITA_CHART_ROLE_NOTE, -1);
  g_assert_nonnull (note);
  g_assert_true (g_str_has_prefix (note, "* Not final — incomplete:"));
  label = find_text (layout, ITA_CHART_ROLE_CATEGORY_LABEL, 8);
  g_assert_nonnull (label);
  g_assert_true (g_str_has_prefix (label, "* 9 "));

  for (guint k = 0; k < ITA_CHART_N_KINDS; k++)
    {
      if (fixtures->not_final[k] == NULL)
        continue;
      for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
        {
          render (k, fixtures->not_final[k], th, sizes[z][0], sizes[z][1]);
          render (k, fixtures->not_final[k], en, sizes[z][0], sizes[z][1]);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint k = 0; k < ITA_CHART_N_KINDS; k++)
    {
      g_autofree char *path = g_strdup_printf ("/charts/layout/every-size/%s", ita_chart_kind_to_string (k));

      g_test_add_data_func (path, GUINT_TO_POINTER (k), test_every_kind);
    }
  g_test_add_func ("/charts/layout/hard-cases", test_hard_cases);
  g_test_add_func ("/charts/layout/unknown-font", test_unknown_font);
  g_test_add_func ("/charts/layout/indicator-geometry", test_indicator_geometry);
  g_test_add_func ("/charts/layout/years-geometry", test_years_geometry);
  g_test_add_func ("/charts/layout/gauge-geometry", test_gauge_geometry);
  g_test_add_func ("/charts/layout/seed-000-letter-grade", test_seed_000_letter_grade);
  g_test_add_func ("/charts/layout/thai-digits", test_thai_digits);
  g_test_add_func ("/charts/layout/thai-digits-everywhere", test_thai_digits_everywhere);
  g_test_add_func ("/charts/layout/timeline-long-names", test_timeline_long_names);
  g_test_add_func ("/charts/layout/indicators-thresholds", test_indicators_thresholds);
  g_test_add_func ("/charts/layout/english", test_english_title);
  g_test_add_func ("/charts/layout/no-title", test_no_title);
  g_test_add_func ("/charts/layout/timeline-months", test_timeline_months);
  g_test_add_func ("/charts/layout/empty", test_empty);
  g_test_add_func ("/charts/kind/names", test_kind_names);
  g_test_add_func ("/charts/data/builders-seed-001", test_builders);
  g_test_add_func ("/charts/layout/not-final", test_not_final);

  status = g_test_run ();
  chart_fixtures_free (the_fixtures);
  return status;
}
