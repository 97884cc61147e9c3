#!/usr/bin/env python3
"""Check the review-83 test pages (HTML + JSON pairs) in this directory."""
import glob
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sv",
         "no", "fi", "hu", "ro", "el", "ru", "uk", "ja", "zh", "ko"]
MIN_BYTES, MAX_BYTES = 6 * 1024, 20 * 1024
NAME_RE = re.compile(r"^(\d\d)-([a-z]{2})-([a-z0-9-]+)\.html$")


class TextNodes(HTMLParser):
    """Collects text nodes; with convert_charrefs a run of text between tags is one node."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.html_lang = None

    def handle_starttag(self, tag, attrs):
        if tag == "html" and self.html_lang is None:
            self.html_lang = dict(attrs).get("lang", "")

    def handle_data(self, data):
        self.nodes.append(data)


def check_page(html_path):
    errors = []
    base = os.path.basename(html_path)
    m = NAME_RE.match(base)
    if not m:
        return [f"bad file name {base}"], None
    nn, lang = int(m.group(1)), m.group(2)
    json_path = html_path[:-5] + ".json"
    if not os.path.exists(json_path):
        return [f"missing {os.path.basename(json_path)}"], lang

    size = os.path.getsize(html_path)
    if not (MIN_BYTES <= size <= MAX_BYTES):
        errors.append(f"HTML size {size} bytes outside {MIN_BYTES}..{MAX_BYTES}")

    with open(html_path, encoding="utf-8") as f:
        raw = f.read()
    if not raw.lstrip().lower().startswith("<!doctype html"):
        errors.append("missing doctype")
    if "<title>" not in raw.lower():
        errors.append("missing <title>")

    parser = TextNodes()
    parser.feed(raw)
    parser.close()
    nodes = parser.nodes
    unescaped = html.unescape(raw)

    page_lang = (parser.html_lang or "").lower()
    ok_lang = page_lang.startswith(lang) or (lang == "no" and page_lang[:2] in ("nb", "nn"))
    if not ok_lang:
        errors.append(f"<html lang={page_lang!r}> does not match {lang}")

    try:
        with open(json_path, encoding="utf-8") as f:
            data = json.load(f)
    except Exception as exc:  # noqa: BLE001
        return errors + [f"JSON does not parse: {exc}"], lang

    spec = {"url": str, "title": str, "byline": str, "keep": list,
            "drop": list, "images": list, "note": str}
    for key, typ in spec.items():
        if key not in data:
            errors.append(f"JSON missing field {key}")
        elif not isinstance(data[key], typ):
            errors.append(f"JSON field {key} should be {typ.__name__}")
    if errors and any(e.startswith("JSON") for e in errors):
        return errors, lang

    if not data["url"].startswith("https://"):
        errors.append("url must start with https://")
    for key in ("title", "byline", "note"):
        if not data[key].strip():
            errors.append(f"{key} is empty")
    if data["byline"].lower().startswith("by "):
        errors.append("byline must not start with 'By'")
    if data["title"] not in unescaped:
        errors.append("title not found in HTML")
    if data["byline"] and not all(part.strip() in unescaped for part in re.split(r",| and | und ", data["byline"])):
        errors.append("byline name(s) not found in HTML")

    if len(data["keep"]) < 7:
        errors.append(f"keep has {len(data['keep'])} items, need >= 7")
    if len(data["drop"]) < 4:
        errors.append(f"drop has {len(data['drop'])} items, need >= 4")

    for kind in ("keep", "drop"):
        for s in data[kind]:
            if not isinstance(s, str) or not s.strip():
                errors.append(f"{kind}: non-string or empty item {s!r}")
                continue
            if any(ch in s for ch in "&<>"):
                errors.append(f"{kind}: contains & < or >: {s[:60]!r}")
            holders = [n for n in nodes if s in n]
            if len(holders) != 1:
                errors.append(f"{kind}: in {len(holders)} text nodes (need 1): {s[:70]!r}")
            elif holders[0].count(s) != 1:
                errors.append(f"{kind}: repeated inside its text node: {s[:70]!r}")
            cnt = unescaped.count(s)
            if cnt != 1:
                errors.append(f"{kind}: occurs {cnt} times in unescaped HTML (need 1): {s[:70]!r}")
    overlap = set(data["keep"]) & set(data["drop"])
    if overlap:
        errors.append(f"strings in both keep and drop: {sorted(overlap)}")
    for d in data["drop"]:
        for k in data["keep"]:
            if d in k:
                errors.append(f"drop string appears inside a keep string: {d[:60]!r}")

    for name in data["images"]:
        if not isinstance(name, str) or not name:
            errors.append(f"images: bad entry {name!r}")
            continue
        if "/" in name or "?" in name:
            errors.append(f"images: {name!r} must be a bare file name")
        if name not in raw:
            errors.append(f"images: {name!r} not found in HTML")

    return errors, lang


def main():
    pages = sorted(glob.glob(os.path.join(HERE, "*.html")))
    total_errors = 0
    seen_langs = []
    numbers = []
    for p in pages:
        errs, lang = check_page(p)
        seen_langs.append(lang)
        m = NAME_RE.match(os.path.basename(p))
        if m:
            numbers.append(int(m.group(1)))
        status = "OK  " if not errs else "FAIL"
        print(f"{status} {os.path.basename(p)} ({os.path.getsize(p)} bytes)")
        for e in errs:
            print(f"      - {e}")
        total_errors += len(errs)
    for j in sorted(glob.glob(os.path.join(HERE, "*.json"))):
        if not os.path.exists(j[:-5] + ".html"):
            print(f"FAIL {os.path.basename(j)} has no HTML partner")
            total_errors += 1
    if len(pages) != 20:
        print(f"FAIL expected 20 pages, found {len(pages)}")
        total_errors += 1
    if numbers != list(range(1, len(pages) + 1)):
        print(f"FAIL page numbers not 01..NN in order: {numbers}")
        total_errors += 1
    if sorted(l for l in seen_langs if l) != sorted(LANGS) and len(pages) == 20:
        print(f"FAIL languages {seen_langs} are not the 20 expected ones")
        total_errors += 1
    if len(set(seen_langs)) != len(seen_langs):
        print("FAIL duplicate languages")
        total_errors += 1
    print(f"\n{len(pages)} pages checked, {total_errors} problem(s).")
    return 0 if total_errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
