#!/usr/bin/env python3
"""Scores publication dates against Trafilatura's human-made ones.

    python3 score_dates.py --corpus ../shared/bench/corpora/trafilatura --pred target/pred/traf [-v]

PRED holds ExtractCorpus's <id>.json (or Readability.js's); a page's date is the first ten characters of its
"publishedTime", as the page wrote it (no time-zone conversion). Counted over the pages whose key names a date:
right, wrong (another date) and missing (none); pages whose key names none are counted apart, since a date found
there may still be the page's. stdlib only.
"""
import argparse
import json
from collections import Counter
from pathlib import Path


def key_date(value):
    if not value:
        return None
    parts = str(value).split("-")
    return "-".join(p.zfill(2) for p in parts) if len(parts) == 3 else str(value)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--pred", required=True)
    parser.add_argument("-v", action="store_true", help="list each wrong and missing page")
    args = parser.parse_args()
    truth = json.loads((Path(args.corpus) / "ground-truth.json").read_text(encoding="utf-8"))
    counts = Counter()
    for pid, page in sorted(truth.items()):
        path = Path(args.pred) / f"{pid}.json"
        found = (json.loads(path.read_text(encoding="utf-8")).get("publishedTime") or "")[:10] if path.exists() else ""
        want = key_date(page.get("date"))
        if want:
            kind = "right" if found == want else ("missing" if not found else "wrong")
        else:
            kind = "dated where the key names none" if found else "undated where the key names none"
        counts[kind] += 1
        if args.v and kind in ("wrong", "missing"):
            print(f"{kind:8} {pid} key={want} found={found or None} {page.get('url', '')[:90]}")
    keyed = counts["right"] + counts["wrong"] + counts["missing"]
    print(", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print(f"dates right {counts['right']} of {keyed} ({counts['right'] / keyed:.3f}), wrong {counts['wrong']}, "
          f"missing {counts['missing']}")


if __name__ == "__main__":
    main()
