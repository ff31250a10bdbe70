/* ita-limits.h: the sizes ITA Planner accepts, in one place
 *
 * No real project comes near them (a เทศบาล has tens of units and
 * measures, not thousands); they exist so that a hostile or broken file
 * is refused quickly with a message naming the limit, instead of making
 * the application crash, hang or print without end. docs/limits.md lists
 * them for users; keep both in step.
 */
#pragma once

/* JSON: project JSON, edition files, the edition stored in a project */
#define ITA_LIMIT_JSON_DEPTH          64                   /* nested objects and lists */
#define ITA_LIMIT_PROJECT_JSON_BYTES  (64 * 1024 * 1024)   /* a project JSON file */
#define ITA_LIMIT_EDITION_BYTES       (16 * 1024 * 1024)   /* an edition file */

/* Scores CSV */
#define ITA_LIMIT_CSV_BYTES           (16 * 1024 * 1024)   /* a scores CSV file */
#define ITA_LIMIT_CSV_FIELD_CHARS     64                   /* a score key or measure target */
#define ITA_LIMIT_CSV_FIELD_BYTES     2048                 /* a field of the scores CSV: a code as results
                                                              print it, with the item's title (≤ 640 bytes) */
#define ITA_LIMIT_CSV_MESSAGES        20                   /* bad rows told one by one; the rest counted */

/* What a project holds */
#define ITA_LIMIT_UNITS               2000
#define ITA_LIMIT_UNIT_DEPTH          10                   /* levels of sub-units */
#define ITA_LIMIT_MEASURES            2000
#define ITA_LIMIT_MEASURE_LIST        1000                 /* targets, steps, units or progress entries of one measure */
#define ITA_LIMIT_LIMITATIONS         1000
#define ITA_LIMIT_LINKS               100
#define ITA_LIMIT_URLS                100                  /* evidence URLs of one OIT item */
#define ITA_LIMIT_SETTINGS            1000

/* Text, in characters */
#define ITA_LIMIT_NAME_CHARS          500                  /* agency profile fields, unit names, measure titles */
#define ITA_LIMIT_URL_CHARS           2000                 /* a URL, the agency website */
#define ITA_LIMIT_TEXT_CHARS          20000                /* explanations, notes, methods, steps, progress, limitations */
#define ITA_LIMIT_PATH_CHARS          4096                 /* a linked file's path */
#define ITA_LIMIT_SETTING_CHARS       20000                /* a setting's name or value */

/* Linked files (ita_project_resolve_link, the project JSON import) */
#define ITA_LIMIT_LINK_UP_LEVELS      3                    /* leading "../" in a relative path */
