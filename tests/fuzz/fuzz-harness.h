/* fuzz-harness.h: what every harness in tests/fuzz shares
 *
 * A harness defines LLVMFuzzerTestOneInput. Built with -Dfuzz=true
 * (clang) it links libFuzzer (make fuzz); in the normal build it links
 * replay.c, which runs it on every file of its seed corpus and of its
 * regressions folder, as a test of the core suite. */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);
