#!/bin/sh
# Writes a manual page (roff) for an Outpost program from its own --help text, the way the
# package build needs it (scripts/build-deb.sh runs it on the binaries it packages):
#
#   scripts/man/gen-man.sh [--commands] [--extra FILE] BINARY SECTION WHATIS > PAGE
#
#   --commands   also document every subcommand (`BINARY help SUB [SUB2]`, recursively) in a
#                COMMANDS section; for outpost
#   --extra FILE roff appended after the generated sections (ENVIRONMENT, FILES, SEE ALSO …):
#                scripts/man/<program>.<section>.extra
#   WHATIS       the one-line description for NAME (whatis/apropos)
#
# The help text is Swift ArgumentParser's (OVERVIEW:, discussion, USAGE:, ARGUMENTS:, OPTIONS:,
# SUBCOMMANDS:), read with COLUMNS=1000 so it comes unwrapped and groff fills it. Lines the
# help indents (examples) stay as they are; other line ends are kept after a sentence (a line
# ending in . : ! ?) and filled otherwise (the source wraps its long strings by hand). The
# date is SOURCE_DATE_EPOCH's (else today): the same binary and epoch give the same page.
# Needs only sh and awk (mawk is enough).
set -eu

usage() { sed -n '5,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
COMMANDS=0 EXTRA=""
while [ $# -gt 0 ]; do
    case $1 in
    --commands) COMMANDS=1; shift ;;
    --extra) [ $# -ge 2 ] || usage; EXTRA=$2; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) usage ;;
    *) break ;;
    esac
done
[ $# -eq 3 ] || usage
BIN=$1 SECTION=$2 WHATIS=$3
[ -x "$BIN" ] || { echo "gen-man: $BIN is not an executable" >&2; exit 2; }
[ -z "$EXTRA" ] || [ -r "$EXTRA" ] || { echo "gen-man: cannot read $EXTRA" >&2; exit 2; }
PROG=$(basename "$BIN")

# The program as a user would run it, minus anything from this shell that could leak into the
# text (HOME, OUTPOST_* variables); COLUMNS=1000: no wrapping.
run() { env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/nonexistent COLUMNS=1000 "$BIN" "$@"; }
help_of() {  # help text of a command path (empty: the program itself)
    if [ $# -eq 0 ]; then run --help; else run help "$@"; fi
}
subcommands_of() {  # names listed under SUBCOMMANDS: in a help text on stdin
    awk '/^SUBCOMMANDS:/ { on = 1; next } on && /^$/ { on = 0 } on && /^  [^ ]/ { print $1 }'
}

VERSION=$(run --version 2>/dev/null | head -1) || VERSION=""
if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
    DATE=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d 2>/dev/null || date -u -r "$SOURCE_DATE_EPOCH" +%Y-%m-%d)
else
    DATE=$(date -u +%Y-%m-%d)
fi
case $SECTION in
1) MANUAL="User Commands" ;;
8) MANUAL="System Administration" ;;
*) MANUAL="Outpost" ;;
esac

# One help text (stdin) to roff. mode=top: NAME/SYNOPSIS/DESCRIPTION/OPTIONS(/ARGUMENTS);
# mode=sub: a .SS block for "PROG path" with its own usage, text and options (the global
# --version and -h/--help left out). Helpers: esc() escapes roff (backslash, quotes, leading
# dots, hyphens that start a word become \- so options copy and paste).
# shellcheck disable=SC2016 # an awk program: its $0, $1 are awk's
ROFF_AWK='
function esc(s,    out, i, c, prev, opt) {
    gsub(/\\/, "\\e", s)
    out = ""; prev = ""; opt = 0
    for (i = 1; i <= length(s); i++) {
        c = substr(s, i, 1)
        if (index(" [](|,=<>\"/`\047", c) > 0) opt = 0
        if (c == "-" && (opt || prev == "" || index(" [(|,=<\"/`\047", prev) > 0)) { c = "\\-"; opt = 1 }
        else if (c == "\047") c = "\\(aq"
        else if (c == "`") c = "\\(ga"
        out = out c
        prev = substr(s, i, 1)
    }
    return out
}
function line(s) {  # a text line: never starting with a control character
    if (s ~ /^[.\047]/ || s ~ /^\\\(aq/) s = "\\&" s
    print s
}
function flush_text(   i, pre) {
    # the collected discussion: paragraphs at blank lines, indented lines as they are
    pre = 0
    for (i = 1; i <= ntext; i++) {
        if (text[i] == "") { if (pre) { print ".fi"; print ".RE"; pre = 0 } ; if (i > 1 && i < ntext) print ".PP"; continue }
        if (text[i] ~ /^  /) {
            if (!pre) { print ".RS 4"; print ".nf"; pre = 1 }
            sub(/^  /, "", text[i]); line(esc(text[i])); continue
        }
        if (pre) { print ".fi"; print ".RE"; print ".PP"; pre = 0 }
        line(esc(text[i]))
        # line ends of the help are kept: a break after a sentence, else filled
        if (i < ntext && text[i + 1] != "" && text[i + 1] !~ /^  / && text[i] ~ /[.:!?][\]"\047)]*$/) print ".br"
    }
    if (pre) { print ".fi"; print ".RE" }
    ntext = 0
}
function item(term, desc) {
    if (mode == "sub" && (term == "--version" || term == "-h, --help")) return
    if (block == "SUBCOMMANDS" && mode == "top" && commands) return
    print ".TP"
    if (block == "SUBCOMMANDS") {
        n = split(term, w, " ")
        t = "\\fB" esc(w[1]) "\\fR"
        if (n > 1) t = t " " esc(substr(term, length(w[1]) + 2))
        line(t)
    } else {
        gsub(/</, "\001", term); gsub(/>/, "\002", term)
        t = "\\fB" esc(term) "\\fR"
        # <value> placeholders in italics
        gsub(/\001/, "\\fI", t); gsub(/\002/, "\\fB", t)
        line(t)
    }
    line(esc(desc))
}
function keep(s,    out, i, c, depth) {  # no line break inside [...] and <...> (nor a hyphen)
    out = ""; depth = 0
    for (i = 1; i <= length(s); i++) {
        c = substr(s, i, 1)
        if (c == "[" || c == "<") { if (depth++ == 0) c = "\\%" c }
        else if ((c == "]" || c == ">") && depth > 0) depth--
        else if (c == " " && depth > 0) c = "\\ "
        out = out c
    }
    return out
}
function synopsis(s, words,    i, n, w, head) {  # the command words in bold, the rest as it is
    n = split(s, w, " "); head = ""
    for (i = 1; i <= words && i <= n; i++) head = head (i > 1 ? " " : "") w[i]
    return "\\fB" esc(head) "\\fR" keep(esc(substr(s, length(head) + 1)))
}
function end_item() { if (have_item) { item(iterm, idesc); have_item = 0 } }
BEGIN { ntext = 0; state = "head"; block = ""; have_item = 0 }
/^OVERVIEW: / && state == "head" { overview = substr($0, 11); state = "text"; next }
/^USAGE: / {
    usage_line = substr($0, 8); state = "usage"
    if (mode == "top") {
        print ".SH NAME"; line(esc(prog) " \\- " esc(whatis))
        print ".SH SYNOPSIS"; print ".nh"; print ".na"; line(synopsis(usage_line, 1)); print ".ad"; print ".hy"
        print ".SH DESCRIPTION"; line(esc(overview)); if (ntext) { print ".PP"; flush_text() }
    } else {
        print ".SS \"" esc(path) "\""
        line(esc(overview))
        print ".PP"; print ".nh"; print ".na"; line(synopsis(usage_line, split(path, pw, " "))); print ".ad"; print ".hy"
        if (ntext) { print ".PP"; flush_text() }
    }
    next
}
state == "text" { if (ntext > 0 || $0 != "") text[++ntext] = $0; next }
/^(ARGUMENTS|OPTIONS|SUBCOMMANDS):$/ {
    end_item(); block = substr($0, 1, length($0) - 1); state = "list"
    if (mode == "top") {
        if (block == "SUBCOMMANDS" && commands) next
        print ".SH " (block == "SUBCOMMANDS" ? "COMMANDS" : block)
    }
    next
}
state == "list" && /^$/ { end_item(); state = "between"; next }
state == "list" && /^  [^ ]/ {
    end_item()
    if (length($0) > 26 && substr($0, 26, 1) == " " && substr($0, 27, 1) != " ") {
        iterm = substr($0, 3, 23); sub(/ +$/, "", iterm); idesc = substr($0, 27)
    } else { iterm = substr($0, 3); sub(/ +$/, "", iterm); idesc = "" }
    have_item = 1; next
}
state == "list" && /^      / { d = $0; sub(/^ +/, "", d); idesc = (idesc == "" ? d : idesc " " d); next }
state == "between" && /^  See \047/ { next }
END { end_item() }
'

roff_of() {  # MODE PATH < help text
    awk -v mode="$1" -v path="$2" -v prog="$PROG" -v whatis="$WHATIS" -v commands="$COMMANDS" "$ROFF_AWK"
}

checked_help() {  # PATH...: help_of, failing when the program fails or says nothing
    if ! _h=$(help_of "$@") || [ -z "$_h" ]; then
        if [ $# -eq 0 ]; then _cmd="$PROG --help"; else _cmd="$PROG help $*"; fi
        echo "gen-man: '$_cmd' failed or printed nothing" >&2
        exit 1
    fi
    printf '%s\n' "$_h"
}

document_commands() {  # PATH...: the .SS blocks of the subcommands under PATH, depth first
    for sub in $(checked_help "$@" | subcommands_of); do
        _text=$(checked_help "$@" "$sub")
        if [ $# -eq 0 ]; then _path="$PROG $sub"; else _path="$PROG $* $sub"; fi
        printf '%s\n' "$_text" | roff_of sub "$_path"
        [ $# -ge 2 ] || document_commands "$@" "$sub"
    done
}

TITLE=$(printf '%s' "$PROG" | tr '[:lower:]' '[:upper:]')
printf '.\\" Generated by scripts/man/gen-man.sh from "%s --help"; do not edit.\n' "$PROG"
printf '.TH %s %s "%s" "%s %s" "%s"\n' "$TITLE" "$SECTION" "$DATE" "$PROG" "$VERSION" "$MANUAL"
TOP=$(checked_help)
printf '%s\n' "$TOP" | roff_of top ""
if [ "$COMMANDS" = 1 ]; then
    printf '%s\n' ".SH COMMANDS" \
        'Every command takes \fB\-h\fR, \fB\-\-help\fR and \fB\-\-version\fR;' \
        "\\fB$PROG help\\fR \\fIcommand\\fR [\\fIsubcommand\\fR] prints the same text as below."
    document_commands
fi
if [ -n "$EXTRA" ]; then cat "$EXTRA"; fi
