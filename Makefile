# ITA Planner — the two commands of the README:
#   make run     build and start the application (the sample project, or FILE=…)
#   make check   build and run the whole test suite (also under ASan/UBSan)
#   make fuzz    run each libFuzzer harness of tests/fuzz for FUZZ_TIME seconds
# Both install missing build dependencies with apt-get first.

BUILDDIR   ?= _build
ASANDIR    ?= _build-asan
FUZZDIR    ?= _build-fuzz
FUZZ_TIME  ?= 60
FUZZ_HARNESSES := scores-csv project-json edition project-file
MESON      ?= meson
FILE       ?=

HAVE_DISPLAY := $(if $(or $(DISPLAY),$(WAYLAND_DISPLAY)),yes,)
XVFB       := $(if $(HAVE_DISPLAY),,xvfb-run -a -s "-screen 0 1920x1200x24")

# Run from the build tree: schemas, translations and the sample project.
RUN_ENV = GSETTINGS_SCHEMA_DIR=$(BUILDDIR)/data \
          ITA_LOCALEDIR=$(BUILDDIR)/po \
          ITA_SAMPLE_DIR=$(BUILDDIR)/data/sample \
          XDG_DATA_DIRS=$(BUILDDIR)/data:$${XDG_DATA_DIRS:-/usr/local/share:/usr/share}

.PHONY: all deps build run check check-asan bench fuzz clean

all: build

deps:
	@sh tools/install-deps.sh

$(BUILDDIR)/build.ninja:
	$(MESON) setup $(BUILDDIR) -Dprofile=development

build: deps $(BUILDDIR)/build.ninja
	$(MESON) compile -C $(BUILDDIR)

run: build
	@if [ -z "$(HAVE_DISPLAY)" ]; then \
	  echo "make run: no display (neither DISPLAY nor WAYLAND_DISPLAY is set)."; \
	  echo "To look at the application without a screen, take a screenshot under Xvfb:"; \
	  echo "  $(RUN_ENV) xvfb-run -a $(BUILDDIR)/src/app/ita-planner --sample --screenshot=overview.png --view=overview"; \
	  echo "or run the application in a virtual display:  xvfb-run -a make run"; \
	  exit 1; \
	fi
	$(RUN_ENV) $(BUILDDIR)/src/app/ita-planner $(if $(FILE),$(FILE),--sample)

check: build
	rm -f $(BUILDDIR)/meson-logs/testlog.json $(ASANDIR)/meson-logs/testlog.json
	-$(XVFB) $(MESON) test -C $(BUILDDIR) --print-errorlogs
	$(MAKE) --no-print-directory check-asan || true
	@echo "check: all tests, then the tests that need no display under ASan/UBSan:"
	@python3 tools/test-summary.py $(BUILDDIR)/meson-logs/testlog.json $(ASANDIR)/meson-logs/testlog.json

$(ASANDIR)/build.ninja:
	$(MESON) setup $(ASANDIR) -Dgui=disabled -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug

check-asan: deps $(ASANDIR)/build.ninja
	$(MESON) compile -C $(ASANDIR)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:halt_on_error=1:fast_unwind_on_malloc=0 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	$(MESON) test -C $(ASANDIR) --no-suite ui --print-errorlogs --timeout-multiplier 3

bench: build
	@for b in $(BUILDDIR)/bench/bench-*; do \
	  if [ -f "$$b" ] && [ -x "$$b" ]; then echo "== $$b"; $(RUN_ENV) $(XVFB) $$b || exit 1; fi; \
	done

# libFuzzer with ASan/UBSan, clang only. Each harness runs FUZZ_TIME
# seconds from its seed corpus (tests/fuzz/corpus/NAME, grown in
# $(FUZZDIR)/corpus/NAME); a crash is written to $(FUZZDIR)/artifacts/ and
# makes the target fail: copy it into tests/fuzz/regressions/NAME/, where
# the fuzz-NAME test of make check replays it, and fix the bug.
$(FUZZDIR)/build.ninja:
	CC=clang $(MESON) setup $(FUZZDIR) -Dfuzz=true -Dgui=disabled -Db_sanitize=address,undefined \
	  -Db_lundef=false -Dbuildtype=debugoptimized

fuzz: deps $(FUZZDIR)/build.ninja
	$(MESON) compile -C $(FUZZDIR)
	@mkdir -p $(FUZZDIR)/artifacts; failed=""; \
	for h in $(FUZZ_HARNESSES); do \
	  mkdir -p $(FUZZDIR)/corpus/$$h; \
	  dict=tests/fuzz/json.dict; [ $$h = scores-csv ] && dict=tests/fuzz/csv.dict; [ $$h = project-file ] && dict=tests/fuzz/sql.dict; \
	  echo "== fuzz-$$h for $(FUZZ_TIME) s"; \
	  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	  $(FUZZDIR)/tests/fuzz-$$h -max_total_time=$(FUZZ_TIME) -max_len=65536 -timeout=10 \
	    -rss_limit_mb=2048 -print_final_stats=1 -dict=$$dict \
	    -artifact_prefix=$(FUZZDIR)/artifacts/$$h- \
	    $(FUZZDIR)/corpus/$$h tests/fuzz/corpus/$$h tests/fuzz/regressions/$$h \
	    || failed="$$failed $$h"; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz: crashes in:$$failed (see $(FUZZDIR)/artifacts)"; exit 1; fi; \
	echo "fuzz: no crash in $(FUZZ_HARNESSES)"

clean:
	rm -rf $(BUILDDIR) $(ASANDIR) $(FUZZDIR)
