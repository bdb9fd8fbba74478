#!/usr/bin/env python3
"""Count which words act as attribution cues and source heads in a PolNeAR split.

A development aid for building ``rules/lexicons/{reporting_verbs,attribution,sources}.yaml``:
it prints word *counts* only (cue words, cue first tokens, source head words, source position
relative to its cue). It never writes PolNeAR text or annotations anywhere; the corpus is
copyrighted and stays in ../shared.

Usage: mine_polnear_cues.py [--split-dir ../shared/corpora/polnear/train] [--top 150]
"""

from __future__ import annotations

import argparse
import glob
import os
import re
from collections import Counter

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def read_relations(ann_path: str) -> list[dict[str, list[tuple[int, int]]]]:
    """Parse one brat .ann file into attribution relations: role -> list of (start, end)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    relations = []
    with open(ann_path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue
            if re.match(r"^T\d+$", parts[0]):
                _, _, offs = parts[1].partition(" ")
                spans[parts[0]] = [tuple(map(int, x.split())) for x in offs.split(";")]
            elif re.match(r"^E\d+$", parts[0]):
                roles: dict[str, list[tuple[int, int]]] = {}
                for item in parts[1].split()[1:]:
                    role, _, tid = item.partition(":")
                    roles.setdefault(re.sub(r"\d+$", "", role), []).extend(spans.get(tid, []))
                relations.append(roles)
    return relations


def first_ann_files(split_dir: str) -> dict[str, str]:
    """The first annotator's file per article, as the evaluator uses."""
    out: dict[str, str] = {}
    for ann in sorted(glob.glob(os.path.join(split_dir, "attributions", "*.ann"))):
        out.setdefault(os.path.basename(ann)[:-9], ann)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--split-dir", default=os.path.join("..", "shared", "corpora", "polnear", "train")
    )
    ap.add_argument("--top", type=int, default=150)
    args = ap.parse_args()
    counts = {
        k: Counter()
        for k in ("cue_word", "cue_first", "source_head", "source_first", "position", "source_len")
    }
    for base, ann in first_ann_files(args.split_dir).items():
        with open(os.path.join(args.split_dir, "text", base + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        for rel in read_relations(ann):
            cues = rel.get("Cue", [])
            for a, b in cues:
                words = [w.lower() for w in WORD.findall(text[a:b])]
                counts["cue_word"].update(words)
                if words:
                    counts["cue_first"][words[0]] += 1
            for a, b in rel.get("Source", []):
                words = WORD.findall(text[a:b])
                if words:
                    counts["source_head"][words[-1].lower()] += 1
                    counts["source_first"][words[0].lower()] += 1
                counts["source_len"][min(len(words), 8)] += 1
                if cues:
                    counts["position"]["before_cue" if b <= cues[0][0] else "after_cue"] += 1
    for name, c in counts.items():
        print(f"== {name}")
        print(", ".join(f"{w}:{n}" for w, n in c.most_common(args.top)))


if __name__ == "__main__":
    main()
