#!/usr/bin/env python3
"""Lists the real English (or, with --spanish, Spanish) words that the engine's typo rule would misread
as a sentiment word, so that it leaves them alone: "morning" is not "mourning", "treats" not "threats",
"sitting" not "shitting", "peasant" not "pleasant"; "cocina" is not "cochina".

The typo rule (SentimentLexicon.typo) reads a word of 6+ letters that no lexicon line knows as
  - a sentiment word of 7+ letters (8+ in Spanish) and |valence| >= 1.5 with one inner letter dropped
    ("exelent"), or,
  - for 7+ letters, a lexicon word with one doubled letter removed ("amazzing"), or
  - for 7+ letters, such a sentiment word with one inner letter written for another ("unconfortable").
This script applies the same rule to every word of a spelling dictionary and writes those it hits.

Dictionary: SCOWL American English (Debian package wamerican, /usr/share/dict/american-english),
Copyright 2000-2011 Kevin Atkinson, permissive licence (see NOTICE).
Usage: python3 scripts/insight/make-real-words.py [DICTIONARY] > src/main/resources/insight/lexicon/en_real_words.txt
Spanish: Debian package wspanish (/usr/share/dict/spanish, word list in the public domain), a list of lemmas to which
the script adds plural and feminine forms:
       python3 scripts/insight/make-real-words.py --spanish [DICTIONARY] > src/main/resources/insight/lexicon/es_real_words.txt
Run it again after adding lexicon words (a new sentiment word of 7+ letters can make new collisions).
"""
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON = os.path.join(HERE, "../../src/main/resources/insight/lexicon")
SPANISH = "--spanish" in sys.argv[1:]
ARGS = [a for a in sys.argv[1:] if a != "--spanish"]
# the load order of Lexicons
FILES = ["emoji.tsv", "senticon_es.tsv", "es_words.tsv", "es.tsv"] if SPANISH else [
    "emoji.tsv", "vader_en.tsv", "en_words.tsv", "en.tsv"]
DICTIONARY = ARGS[0] if ARGS else "/usr/share/dict/spanish" if SPANISH else "/usr/share/dict/american-english"

# Spelling variants that mean what the typo rule reads ("likable" is "likeable", "loosing" is
# nearly always a misspelt "losing" in feedback): left to the rule.
SAME_MEANING = {"likable", "unequalled", "focussed", "biassed", "unbiassed", "fulfil", "enthrall", "libellous",
                "tranquiller", "tranquillize", "goddamed", "numskull", "numskulls", "dumfounded", "benefited",
                "benefiting", "loosing", "marvell", "agonies"}


def fold(word):
    word = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in word if unicodedata.category(c) != "Mn" and c not in "'’‘")


def lexicon_words():
    """Single words (no phrase, no wildcard) -> valence, or None for a modifier; later lines win."""
    words = {}
    for name in FILES:
        with open(os.path.join(LEXICON, name), encoding="utf-8") as f:
            for line in f:
                if not line.strip() or line.startswith("#"):
                    continue
                fields = line.rstrip("\n").split("\t")
                directive = fields[0].startswith("@")
                if fields[0] == "@stem":
                    continue
                pattern = fold(fields[1] if directive else fields[0]).strip()
                if " " in pattern or (pattern.endswith("*") and len(pattern) > 2):
                    continue
                sentiment = {"@mixed": 2, "@both": 2, "@thanks": 2}
                if not directive:
                    words[pattern] = float(fields[1])
                elif fields[0] in sentiment:
                    words[pattern] = float(fields[sentiment[fields[0]]])
                else:
                    words[pattern] = None
    return words


def dictionary_forms(lines):
    """The folded words of the dictionary; for Spanish lemmas also their plural and feminine forms."""
    for raw in lines:
        if "'" in raw:
            continue  # possessives ("happiness's")
        form = fold(raw.strip())
        yield form
        if SPANISH and form.isalpha():
            yield form + ("s" if form[-1] in "aeiou" else "es")
            if form.endswith("o"):
                yield form[:-1] + "a"
                yield form[:-1] + "as"


def main():
    words = lexicon_words()
    missing_one = set()
    one_changed = set()
    for word, valence in words.items():
        if valence is not None and len(word) >= (8 if SPANISH else 7) and abs(valence) >= 1.5:
            for k in range(1, len(word) - 1):
                missing_one.add(word[:k] + word[k + 1:])
                one_changed.add(word[:k] + "_" + word[k + 1:])
    hits = set()
    with open(DICTIONARY, encoding="utf-8") as f:
        for form in dictionary_forms(f):
            if len(form) < 6 or form in words or not form.isalpha():
                continue
            if form in SAME_MEANING:
                continue
            if form in missing_one:
                hits.add(form)
            elif len(form) >= 7 and any(form[:k] + "_" + form[k + 1:] in one_changed for k in range(1, len(form) - 1)):
                hits.add(form)
            elif len(form) >= 7:
                for k in range(1, len(form)):
                    if form[k] == form[k - 1] and form[:k] + form[k + 1:] in words:
                        hits.add(form)
    if SPANISH:
        print("# Real Spanish words that look like a misspelt sentiment word; the typo rule leaves them alone.")
        print("# Generated by scripts/insight/make-real-words.py --spanish from wspanish (public domain; see NOTICE).")
    else:
        print("# Real English words that look like a misspelt sentiment word; the typo rule leaves them alone.")
        print("# Generated by scripts/insight/make-real-words.py from SCOWL American English (see NOTICE).")
    for form in sorted(hits):
        print(form)


main()
