#!/bin/sh
# The Thai translation is complete and correct:
#  1. every file with translatable strings is listed in po/POTFILES.in;
#  2. every string of the sources has a Thai translation in po/th.po
#     (msgcmp against a fresh template);
#  3. msgfmt --check: no fuzzy or untranslated entry, no broken format
#     specifier.
set -u
src=${ITA_SOURCE_ROOT:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
fail=0
ok() { n=$((n+1)); echo "ok $n - $1"; }
not_ok() { n=$((n+1)); fail=1; echo "not ok $n - $1"; }

cd "$src" || exit 1

# 1. sources with _( or translatable="yes" must be in POTFILES.in
missing=""
for f in $(grep -rlE '(^|[^a-zA-Z_])(_|N_|C_|NC_)\(|translatable="yes"' src data/ui 2>/dev/null | sort); do
  grep -qx "$f" po/POTFILES.in || missing="$missing $f"
done
if [ -z "$missing" ]; then ok "every file with strings is in POTFILES.in"; else
  not_ok "files with translatable strings missing from po/POTFILES.in:$missing"; fi

# every file listed exists
gone=""
for f in $(grep -v '^#' po/POTFILES.in | grep -v '^$'); do
  [ -f "$f" ] || gone="$gone $f"
done
if [ -z "$gone" ]; then ok "every file of POTFILES.in exists"; else not_ok "POTFILES.in lists missing files:$gone"; fi

# 2. a fresh template, compared with th.po
if xgettext --from-code=UTF-8 --add-comments=TRANSLATORS --keyword=_ --keyword=N_ \
     --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 \
     --files-from=po/POTFILES.in --directory="$src" -o "$tmp/ita-planner.pot" 2>"$tmp/xgettext.err"; then
  ok "xgettext reads every source"
else
  not_ok "xgettext failed: $(cat "$tmp/xgettext.err")"
fi
if msgcmp po/th.po "$tmp/ita-planner.pot" >"$tmp/msgcmp.out" 2>&1; then
  ok "po/th.po has every string of the sources"
else
  not_ok "po/th.po lacks strings of the sources (see Translations in HACKING.md):"
  sed 's/^/# /' "$tmp/msgcmp.out" | head -40
fi

# 3. msgfmt --check --statistics (its last line is the count; warnings
#    before it become TAP comments)
msgfmt --check --statistics -o /dev/null po/th.po >"$tmp/msgfmt.out" 2>&1
status=$?
sed '$d; s/^/# /' "$tmp/msgfmt.out"
stats=$(tail -n 1 "$tmp/msgfmt.out")
case "$stats" in
  *untranslated*|*fuzzy*) not_ok "po/th.po is incomplete: $stats" ;;
  *)
    if [ $status -eq 0 ]; then ok "po/th.po is complete and valid: $stats"; else
      not_ok "msgfmt --check failed: $stats"; fi ;;
esac

# 4. one Thai word for "file": ไฟล์, never แฟ้ม (in the translation and in
#    the Thai text of the sources)
if grep -rn "แฟ้ม" po/th.po src data/ui >"$tmp/file-word.out" 2>/dev/null; then
  not_ok "the Thai word for \"file\" is ไฟล์, not แฟ้ม:"
  sed 's/^/# /' "$tmp/file-word.out" | head -20
else
  ok "one Thai word for \"file\": ไฟล์"
fi

echo "1..$n"
exit $fail
