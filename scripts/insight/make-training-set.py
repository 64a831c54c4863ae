#!/usr/bin/env python3
"""Builds the training file of the sentiment model from permissively licensed data only:
  - womens_clothing_reviews_en (CC0): whole reviews, 1-2 stars negative, 3 neutral, 4-5 positive;
  - only with --with-mams: mams_absa_en (Apache-2.0), ATSA train and val splits (never test, which is an eval set): review
    sentences; a sentence whose aspects are negative and neutral is negative, positive and neutral is
    positive, mixed sentences are left out (measured: it lowered our social sets by 0.03-0.06 and moved the
    review sentences by under 0.01, so the shipped model is trained without it);
  - scripts/insight/training/written_*.jsonl: short customer texts written for Momentos (es, en).
Usage: python3 scripts/insight/make-training-set.py [--with-mams] [DATA_DIR] [OUT_FILE]
       (defaults: /work/shared/data and /tmp/insight-train.jsonl); never commit the output.
Each line is {"id", "text", "label", "source"}.
"""
import collections
import csv
import glob
import json
import os
import sys

WITH_MAMS = "--with-mams" in sys.argv
ARGS = [a for a in sys.argv[1:] if a != "--with-mams"]
DATA = ARGS[0] if len(ARGS) > 0 else "/work/shared/data"
OUT = ARGS[1] if len(ARGS) > 1 else "/tmp/insight-train.jsonl"
HERE = os.path.dirname(os.path.abspath(__file__))


def clothing():
    path = os.path.join(DATA, "womens_clothing_reviews_en/womens_clothing_ecommerce_reviews_first1000.csv")
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            text = (r["Review Text"] or "").strip()
            if text:
                title = (r["Title"] or "").strip()
                stars = int(r["Rating"])
                label = "negative" if stars <= 2 else "neutral" if stars == 3 else "positive"
                yield {"id": "clothing-" + r[""], "text": (title + ". " + text) if title else text, "label": label,
                       "source": "clothing"}


def mams():
    polarities = collections.OrderedDict()
    with open(os.path.join(DATA, "mams_absa_en/mams_atsa_flat.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["split"] in ("train", "val"):
                polarities.setdefault(r["sentence"], set()).add(r["polarity"].lower())
    for n, (sentence, found) in enumerate(polarities.items()):
        opinions = found - {"neutral"}
        label = opinions.pop() if len(opinions) == 1 else None
        if label:
            yield {"id": f"mams-{n}", "text": sentence, "label": label, "source": "mams"}


def written():
    for path in sorted(glob.glob(os.path.join(HERE, "training", "written_*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    row = json.loads(line)
                    row["source"] = "written"
                    yield row


rows = list(clothing()) + (list(mams()) if WITH_MAMS else []) + list(written())
with open(OUT, "w", encoding="utf-8") as out:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(OUT, len(rows), dict(collections.Counter((r["source"], r["label"]) for r in rows)))
