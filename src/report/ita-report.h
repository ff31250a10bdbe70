/* ita-report.h: the report library — include this
 *
 * ita-report-document.h  the document model (structure, no layout)
 * ita-report-build.h     the four documents written from a project
 * ita-report-render.h    pagination, drawing on cairo, PDF
 */
#pragma once

#include "ita-report-document.h"
#include "ita-report-build.h"
#include "ita-report-render.h"
