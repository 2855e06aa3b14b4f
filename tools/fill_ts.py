#!/usr/bin/env python3
"""Fill the unfinished messages of a Qt Linguist catalogue from a JSON dictionary.

    python3 tools/fill_ts.py translations/statusdeck_fr.ts fr.json
    python3 tools/fill_ts.py --todo translations/statusdeck_fr.ts > fr-todo.json

The JSON maps a source text (exactly as in tr(), with real newlines and quotes) to its
translation: a string, or a list of plural forms for a %n message (as many as the
catalogue's language has: 2 for de, fr, es, pt_BR; 1 for ja, zh_CN). A source that means
different things in two contexts can be given per context under "@contexts":

    {"Open": "Ouvrir", "@contexts": {"statusdeck::gui::SandboxPage": {"Clear": "Effacer"}}}

A file may also hold several languages, keyed by the catalogue's language
({"fr": {...}, "ja": {...}}); the part for the catalogue's language is used.

Only unfinished (or empty) messages are filled, unless --force. A translation that loses a
placeholder (%1, %n), an HTML tag or the accelerator (&) of its source is refused with a
message and the message stays unfinished. --todo prints the unfinished messages as a JSON
dictionary to fill. The exit status is 1 when messages are still unfinished afterwards
(so a script or CI step notices), 2 on bad usage or a broken file.

The catalogue is rewritten in lupdate's own layout, so `update_translations` leaves it as it
is. Typical use after merging new tr() strings:

    cmake --build build --target update_translations
    python3 tools/fill_ts.py --todo translations/statusdeck_ja.ts    # what is missing
    python3 tools/fill_ts.py translations/statusdeck_ja.ts ja.json   # fill it
"""

import argparse
import json
import re
import sys

MESSAGE = re.compile(r"(?P<indent>[ \t]*)<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
CONTEXT = re.compile(r"<context>\s*<name>(?P<name>.*?)</name>(?P<body>.*?)</context>", re.S)
SOURCE = re.compile(r"<source>(?P<text>.*?)</source>", re.S)
TRANSLATION = re.compile(r"(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)", re.S)
NUMERUS = re.compile(r"<numerusform>(?P<text>.*?)</numerusform>", re.S)
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")


def unescape(text):
    text = re.sub(r"&#x([0-9a-fA-F]+);", lambda m: chr(int(m.group(1), 16)), text)
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&apos;", "'").replace("&amp;", "&"))


def escape(text):
    """As lupdate writes it: the XML specials, a no-break space and control characters as references."""
    text = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))
    return re.sub(r"[\x00-\x08\x0b-\x1f\xa0]", lambda m: f"&#x{ord(m.group(0)):x};", text)


def has_accelerator(text):
    # "&File", "Fa&vourite" or "ファイル(&F)"; "&&" is a literal ampersand.
    return re.search(r"&[^&\s]", text.replace("&&", "")) is not None


def problems_of(source, translation):
    """Why a translation cannot stand for its source (empty when it can)."""
    found = []
    if not translation.strip():
        return ["empty"]
    for ph in sorted(set(PLACEHOLDER.findall(source))):
        if ph not in translation:
            found.append(f"placeholder {ph} lost")
    if sorted(TAG.findall(source)) != sorted(TAG.findall(translation)):
        found.append("HTML tags differ")
    if has_accelerator(source) and not has_accelerator(translation):
        found.append("accelerator (&) lost")
    return found


def ts_language(text):
    match = re.search(r'<TS[^>]*\blanguage="([^"]+)"', text)
    return match.group(1) if match else ""


def pick_table(data, language):
    """The part of a JSON file that is for this language: a file of several languages is
    keyed by language code ("fr", "pt_BR"), a file of one maps sources to translations."""
    languages = {k: v for k, v in data.items() if k != "@contexts"}
    if languages and all(isinstance(v, dict) for v in languages.values()):
        for key in (language, language.split("_")[0]):
            if key in languages:
                return languages[key]
        return {}
    return data


def lookup(table, context, source):
    per_context = table.get("@contexts", {}).get(context, {})
    if source in per_context:
        return per_context[source]
    return table.get(source)


def fill(text, table, force, report):
    """Returns the new catalogue text and the list of messages still unfinished."""
    remaining = []

    def fill_context(cmatch):
        context = unescape(cmatch.group("name"))

        def fill_message(mmatch):
            body = mmatch.group("body")
            source_match = SOURCE.search(body)
            tmatch = TRANSLATION.search(body)
            if not source_match or not tmatch:
                return mmatch.group(0)
            source = unescape(source_match.group("text"))
            numerus = 'numerus="yes"' in mmatch.group("attrs")
            attrs = tmatch.group("attrs") or ""
            kind = re.search(r'type="([^"]*)"', attrs)
            kind = kind.group(1) if kind else ""
            if kind in ("vanished", "obsolete"):
                return mmatch.group(0)
            inner = tmatch.group("text") or ""
            forms = [unescape(f) for f in NUMERUS.findall(inner)] if numerus else [unescape(inner)]
            unfinished = kind == "unfinished" or not any(f.strip() for f in forms)
            if not unfinished and not force:
                return mmatch.group(0)
            value = lookup(table, context, source)
            if value is None:
                if unfinished:
                    remaining.append((context, source, numerus, max(len(forms), 1)))
                return mmatch.group(0)
            if numerus:
                wanted = max(len(forms), 1)
                if isinstance(value, str):
                    value = [value]
                if len(value) != wanted:
                    report(f"{context}: '{source}': {len(value)} plural form(s) given, the language has {wanted}")
                    remaining.append((context, source, numerus, wanted))
                    return mmatch.group(0)
            else:
                if not isinstance(value, str):
                    report(f"{context}: '{source}': a list given for a message without plural forms")
                    remaining.append((context, source, numerus, 1))
                    return mmatch.group(0)
                value = [value]
            bad = [f"{p} in '{form}'" for form in value for p in problems_of(source, form)]
            if bad:
                report(f"{context}: '{source}': " + "; ".join(bad))
                remaining.append((context, source, numerus, len(value)))
                return mmatch.group(0)
            indent = tmatch.group("indent")
            if numerus:
                inner_indent = indent + "    "
                lines = "".join(f"\n{inner_indent}<numerusform>{escape(f)}</numerusform>" for f in value)
                new = f"{indent}<translation>{lines}\n{indent}</translation>"
            else:
                new = f"{indent}<translation>{escape(value[0])}</translation>"
            return mmatch.group(0).replace(tmatch.group(0), new, 1)

        return cmatch.group(0).replace(cmatch.group("body"), MESSAGE.sub(fill_message, cmatch.group("body")), 1)

    return CONTEXT.sub(fill_context, text), remaining


def todo(remaining):
    out = {}
    for context, source, numerus, count in remaining:
        out.setdefault(source, [""] * count if numerus else "")
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ts", help="the .ts file to fill (rewritten in place)")
    parser.add_argument("json", nargs="?", help="JSON {source: translation or [plural forms]}")
    parser.add_argument("--todo", action="store_true", help="print the unfinished messages as JSON and exit")
    parser.add_argument("--force", action="store_true", help="also replace finished translations")
    args = parser.parse_args()
    try:
        with open(args.ts, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        print(f"fill_ts: cannot read {args.ts}: {e.strerror}", file=sys.stderr)
        return 2
    language = ts_language(text)
    if args.todo:
        _, remaining = fill(text, {}, False, lambda m: None)
        json.dump(todo(remaining), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not args.json:
        parser.error("give a JSON file, or --todo")
    try:
        with open(args.json, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        print(f"fill_ts: cannot read {args.json}: {e}", file=sys.stderr)
        return 2
    if not isinstance(data, dict):
        print(f"fill_ts: {args.json} must hold a JSON object", file=sys.stderr)
        return 2
    table = pick_table(data, language)
    problems = []
    new_text, remaining = fill(text, table, args.force, problems.append)
    for problem in problems:
        print(f"fill_ts: refused: {problem}", file=sys.stderr)
    if new_text != text:
        with open(args.ts, "w", encoding="utf-8") as f:
            f.write(new_text)
    if remaining:
        print(f"fill_ts: {args.ts} ({language}): {len(remaining)} message(s) still unfinished:", file=sys.stderr)
        for context, source, _, _ in remaining:
            print(f"  {context}: {source!r}", file=sys.stderr)
        return 1
    print(f"fill_ts: {args.ts} ({language}): every message is translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
