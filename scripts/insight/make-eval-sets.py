#!/usr/bin/env python3
"""Builds labelled JSON Lines sets for `momentos eval` from ../shared/data into an output folder.

The corpora stay outside the repository: this script only converts them (never commit the output).
Usage: python3 scripts/insight/make-eval-sets.py [DATA_DIR] [OUT_DIR] [AMAZON_FOOD_REVIEWS_CSV] [AIRLINE_TWEETS_CSV]
       [SPANISH_AIRLINE_TWEETS_CSV]
       (defaults: /work/shared/data and /tmp/insight-eval)
The third argument, optional, is a copy of Reviews.csv of "Amazon Fine Food Reviews" (Stanford SNAP, published
on Kaggle as snap/amazon-fine-food-reviews under CC0) or of its first 5,000 rows: it gives en_amazon_food_reviews,
a second English review set from another domain, used only to measure (it is not in ../shared/data).
The fourth, optional, is Tweets.csv of "Twitter US Airline Sentiment" (Figure Eight's Data for Everyone, published on
Kaggle as crowdflower/twitter-airline-sentiment under CC BY-NC-SA 4.0: never train on it): customers' posts to six
airlines, labelled negative/neutral/positive by annotators. It gives en_airline_tweets_restricted (each text once)
and its two halves by the SHA-256 of the text: _read (errors of this half were read to write rules) and _held
(never read: the honest figure).
The fifth, optional, is tweets_public.csv of the Kaggle competition "Spanish Arilines Tweets Sentiment Analysis"
(posts in Spanish to and about Iberia, Ryanair and other airlines, late 2017, labelled negative/neutral/positive;
competition data: never train on it). It gives es_airline_tweets_restricted and its halves _read and _held, as
above; a text counts once whatever link it ends with (the same promotion is posted with many t.co links).
Each line is {"id", "text", "label"} (negative/neutral/positive), plus "aspect" for aspect-level sets.
"""
import csv
import hashlib
import html
import json
import os
import re
import sys

DATA = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"
OUT = sys.argv[2] if len(sys.argv) > 2 else "/tmp/insight-eval"
FOOD = sys.argv[3] if len(sys.argv) > 3 and sys.argv[3] else None
AIRLINE = sys.argv[4] if len(sys.argv) > 4 and sys.argv[4] else None
SPANISH_AIRLINE = sys.argv[5] if len(sys.argv) > 5 else None
os.makedirs(OUT, exist_ok=True)


def write(name, rows):
    with open(os.path.join(OUT, name + ".jsonl"), "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{name}: {len(rows)}")


def clothing():
    rows = []
    path = os.path.join(DATA, "womens_clothing_reviews_en/womens_clothing_ecommerce_reviews_first1000.csv")
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            text = (r["Review Text"] or "").strip()
            if not text:
                continue
            title = (r["Title"] or "").strip()
            stars = int(r["Rating"])
            label = "negative" if stars <= 2 else "neutral" if stars == 3 else "positive"
            rows.append({"id": "clothing-" + r[""], "text": (title + ". " + text) if title else text, "label": label})
    write("en_clothing_reviews", rows)


def uci():
    rows = []
    folder = os.path.join(DATA, "restricted/uci_sentiment_sentences_en")
    for name in ("amazon_cells_labelled.txt", "yelp_labelled.txt"):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for n, line in enumerate(f):
                text, _, label = line.rstrip("\n").rpartition("\t")
                if text:
                    rows.append({"id": f"{name[:4]}-{n}", "text": text.strip(),
                                 "label": "positive" if label.strip() == "1" else "negative"})
    write("en_uci_sentences_restricted", rows)


def opener(lang):
    rows = []
    folder = os.path.join(DATA, "restricted/opener_hotel_es_en")
    for split in ("train", "dev", "test"):
        with open(os.path.join(folder, f"opener_{lang}_{split}.json"), encoding="utf-8") as f:
            for s in json.load(f):
                polarities = {o["Polarity"] for o in s["opinions"]}
                if polarities == {"Positive"}:
                    label = "positive"
                elif polarities == {"Negative"}:
                    label = "negative"
                elif not polarities:
                    label = "neutral"
                else:
                    continue  # mixed sentences have no single label
                rows.append({"id": s["sent_id"], "text": s["text"], "label": label})
    write(f"{lang}_opener_hotel_sentences_restricted", rows)


def semeval_es():
    rows = []
    folder = os.path.join(DATA, "restricted/semeval16_absa_restaurants_es")
    for split in ("train", "test"):
        with open(os.path.join(folder, f"semeval16_es_{split}_flat.csv"), encoding="utf-8") as f:
            for n, r in enumerate(csv.DictReader(f)):
                rows.append({"id": f"{split}-{n}", "text": r["sentence"], "aspect": r["aspect_term"],
                             "label": r["polarity"].lower()})
    write("es_semeval16_restaurant_aspects_restricted", rows)


def mams():
    rows = []
    with open(os.path.join(DATA, "mams_absa_en/mams_atsa_flat.csv"), encoding="utf-8") as f:
        for n, r in enumerate(csv.DictReader(f)):
            if r["split"] == "test":
                rows.append({"id": f"test-{n}", "text": r["sentence"], "aspect": r["aspect_term"],
                             "label": r["polarity"].lower()})
    write("en_mams_restaurant_aspects", rows)


def amazon_food(path, first=5000):
    """The reviews with ids 1..first, stars 1-2 negative, 3 neutral, 4-5 positive; summary + text like the
    clothing titles; a text repeated for another variant of the same product is kept once."""
    rows, seen = [], set()
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if not r["Id"].isdigit() or int(r["Id"]) > first or r["Score"] not in ("1", "2", "3", "4", "5"):
                continue
            text = html.unescape(r["Text"]).replace("<br />", " ").replace("<br/>", " ").strip()
            if not text or text in seen:
                continue
            seen.add(text)
            summary = (r.get("Summary") or "").strip()
            stars = int(r["Score"])
            label = "negative" if stars <= 2 else "neutral" if stars == 3 else "positive"
            rows.append({"id": "food-" + r["Id"], "text": (summary + ". " + text) if summary else text, "label": label})
    write("en_amazon_food_reviews", rows)


def airline_tweets(path, name, key=lambda text: text):
    """Each distinct text once (first occurrence, compared by key), as written (HTML entities kept); id is the row
    number. Writes the set and its two halves by the SHA-256 of the text."""
    rows, seen = [], set()
    with open(path, encoding="utf-8-sig", newline="") as f:
        for i, r in enumerate(csv.DictReader(f)):
            text = r["text"].strip()
            if not text or key(text) in seen or r["airline_sentiment"] not in ("negative", "neutral", "positive"):
                continue
            seen.add(key(text))
            rows.append({"id": str(i), "text": text, "label": r["airline_sentiment"]})
    write(name, rows)
    half = lambda row: int(hashlib.sha256(row["text"].encode("utf-8")).hexdigest(), 16) % 2
    write(name + "_read", [row for row in rows if half(row) == 0])
    write(name + "_held", [row for row in rows if half(row) == 1])


def without_links(text):
    """The same promotion is posted with many t.co links: a text counts once whatever link it ends with."""
    return re.sub(r"https?://\S+", "", text).strip()


clothing()
if FOOD:
    amazon_food(FOOD)
if AIRLINE:
    airline_tweets(AIRLINE, "en_airline_tweets_restricted")
if SPANISH_AIRLINE:
    airline_tweets(SPANISH_AIRLINE, "es_airline_tweets_restricted", without_links)
mams()
uci()
opener("en")
opener("es")
semeval_es()
