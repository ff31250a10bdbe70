/* ita-chart.h: the charts library — include this */
#pragma once

#include "ita-chart-kind.h"
#include "ita-chart-style.h"
#include "ita-chart-data.h"
#include "ita-chart-layout.h"
#include "ita-chart-export.h"
