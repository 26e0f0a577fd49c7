#!/usr/bin/env python3
"""Writes Resources/words/en.tsv from Debian's wordnet-base (WordNet 3.0, Princeton; WordNet 3.0 licence).

Usage: python3 Tools/generate-words-en.py /usr/share/wordnet > Resources/words/en.tsv

One line per word the figure engine may meet after a number, lower case, tab-separated:
  word  n|a|na|np|nap…  a common noun (n), an adjective (a) or both, in its dictionary form; p marks a noun whose
                        first (most frequent) sense names a person ("journalist", "refugee"), who may become a casualty;
                        s a noun one of whose two most frequent senses names a person or a group of people (WordNet's
                        noun.person and noun.group: "rescuer", "utility", "league", "airline"), who may speak;
                        v an adjective that is also a verb's past form (WordNet's verb.exc and regular "-ed" of a
                        verb: "struck", "reported"), which after a noun starts the clause's verb, not the noun's name;
                        h a noun one of whose two most frequent senses names a person, unless the first names an
                        animal ("boater": a hat, then a person; "individual"; not "dog"), whom a fate said of it befalls
                        ("2 missing boaters");
                        z a noun whose first sense is an animal (WordNet's noun.animal: "dog", "fish", "cattle"), which
                        a fate said of it ("1,000 dead fish") never makes a casualty: casualties are people;
                        i a noun whose first sense is an illness (under WordNet's "ill health": "dengue", "Ebola",
                        "cholera"), which names a kind of case even when written with a capital ("10,000 Ebola cases");
                        m a word both noun and adjective whose noun senses WordNet's sense-tagged corpus (cntlist) counts
                        at least three times as often as its adjective senses ("home" 119 to 10, "world", "metal"):
                        before a noun it is a noun modifier and stays in the compound ("home games" -> "home game"),
                        where an adjective ("individual" 65 to 52, "light", "federal") describes and is left out
  word  n  lemma        an irregular plural and its singular (WordNet's noun.exc: "men" -> "man"), or a noun that
                        is its own lemma though it looks like a plural ("species": "specie" has no use in cntlist)
Regular plurals are not listed: the engine strips the endings in [plural-ending] of Figures/Resources/en.txt and
looks the stem up, as WordNet's own morphy does. Only single words are kept (hyphenated ones count as one word):
the engine reads compounds ("artillery rounds") word by word. Proper names are left out: a capitalised noun is kept
only when one of its senses is a class rather than an instance ("Ukrainian" the person is kept, "Wagner" the
composer is not).
"""
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
word_shape = re.compile(r"^[a-z][a-z'-]*[a-z]$")
pos = {}


def add(word, tag):
    word = word.lower()
    if word_shape.match(word) and "--" not in word:
        pos.setdefault(word, set()).add(tag)


def synsets(name):
    with open(f"{root}/{name}", encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split(" ")
            count = int(fields[3], 16)
            words = [fields[4 + 2 * k] for k in range(count)]
            pointer_at = 4 + 2 * count
            pointers = [fields[pointer_at + 1 + 4 * k] for k in range(int(fields[pointer_at]))]
            yield fields[0], int(fields[1]), words, pointers


NOUN_PERSON = 18  # lexicographer file noun.person
NOUN_GROUP = 14  # lexicographer file noun.group
NOUN_ANIMAL = 5  # lexicographer file noun.animal
person_synsets = set()
group_synsets = set()
animal_synsets = set()
for offset, lexfile, words, pointers in synsets("data.noun"):
    if lexfile == NOUN_PERSON:
        person_synsets.add(offset)
    elif lexfile == NOUN_GROUP:
        group_synsets.add(offset)
    elif lexfile == NOUN_ANIMAL:
        animal_synsets.add(offset)
    instance = "@i" in pointers
    for w in words:
        if w[0].isupper() and instance:
            continue
        add(w, "n")

for _, _, words, _ in synsets("data.adj"):
    for w in words:
        add(re.sub(r"\([a-z]+\)$", "", w), "a")

ILL_HEALTH = "14052046"  # ill health, unhealthiness, health problem: diseases, infections, disorders
hypernyms = {}
with open(f"{root}/data.noun", encoding="latin-1") as f:
    for line in f:
        if line.startswith("  "):
            continue
        fields = line.split(" ")
        pointer_at = 4 + 2 * int(fields[3], 16)
        hypernyms[fields[0]] = [fields[pointer_at + 2 + 4 * k] for k in range(int(fields[pointer_at]))
                                if fields[pointer_at + 1 + 4 * k] in ("@", "@i")]
illness = {}


def is_illness(offset, depth=0):
    if offset == ILL_HEALTH:
        return True
    if offset not in illness:
        illness[offset] = depth < 40 and any(is_illness(h, depth + 1) for h in hypernyms.get(offset, ()))
    return illness[offset]


with open(f"{root}/index.noun", encoding="latin-1") as f:
    for line in f:
        if line.startswith("  "):
            continue
        fields = line.split()
        senses = fields[-int(fields[2]):]
        if fields[0] not in pos:
            continue
        if is_illness(senses[0]):
            pos[fields[0]].add("i")
        if senses[0] in person_synsets:
            pos[fields[0]].add("p")
        if senses[0] in animal_synsets:
            pos[fields[0]].add("z")
        elif senses[0] not in person_synsets and senses[1:2] and senses[1] in person_synsets:
            pos[fields[0]].add("h")
        # Who may speak: a person or a group in one of the two most frequent senses ("the utility said", "the league
        # said"); a third or later sense is too rare to make "the bank of the river" a speaker.
        if any(s in person_synsets or s in group_synsets for s in senses[:2]):
            pos[fields[0]].add("s")

verbs = set()
with open(f"{root}/index.verb", encoding="latin-1") as f:
    for line in f:
        if not line.startswith("  "):
            verbs.add(line.split()[0])
past_forms = set()
with open(f"{root}/verb.exc", encoding="latin-1") as f:
    for line in f:
        form, *lemmas = line.split()
        if any(lemma in verbs for lemma in lemmas):
            past_forms.add(form)
for word, tags in pos.items():
    regular = word.endswith("ed") and (word[:-2] in verbs or word[:-1] in verbs
                                       or (len(word) > 4 and word[-3] == word[-4] and word[:-3] in verbs)
                                       or (word.endswith("ied") and word[:-3] + "y" in verbs))
    if "a" in tags and (word in past_forms or regular):
        tags.add("v")

irregular = {}
with open(f"{root}/noun.exc", encoding="latin-1") as f:
    for line in f:
        plural, *singulars = line.split()
        singular = next((s for s in singulars if "n" in pos.get(s, ())), None)
        if singular and word_shape.match(plural) and plural != singular:
            irregular[plural] = singular

# "species", "series": a noun that also looks like the regular plural of a noun nobody uses ("specie", "serie": no tagged
# sense in WordNet's cntlist) is its own lemma; "troops" stays the plural of "troop", which is used.
frequency = {}
with open(f"{root}/cntlist.rev", encoding="latin-1") as f:
    for line in f:
        key, _, count = line.split()
        if "%1:" in key:
            lemma = key.split("%")[0]
            frequency[lemma] = frequency.get(lemma, 0) + int(count)


# A word of both kinds is read as a noun modifier before a noun when its noun senses are tagged in SemCor at least
# NOUN_FIRST times as often as its adjective senses, and at least NOUN_FIRST times in all.
NOUN_FIRST = 3
adjective_frequency = {}
with open(f"{root}/cntlist.rev", encoding="latin-1") as f:
    for line in f:
        key, _, count = line.split()
        if "%3:" in key or "%5:" in key:
            lemma = key.split("%")[0]
            adjective_frequency[lemma] = adjective_frequency.get(lemma, 0) + int(count)
for word, tags in pos.items():
    if "n" in tags and "a" in tags and frequency.get(word, 0) >= NOUN_FIRST * max(1, adjective_frequency.get(word, 0)):
        tags.add("m")


def regular_stem(word):
    for ending, stem in (("s", ""),):
        if word.endswith(ending) and len(word) > len(ending) + 1 and "n" in pos.get(word[: -len(ending)] + stem, ()):
            return word[: -len(ending)] + stem
    return None


for word, tags in pos.items():
    stem = regular_stem(word)
    if "n" in tags and stem and frequency.get(word, 0) > 0 and frequency.get(stem, 0) == 0 and word not in irregular:
        irregular[word] = word

print("# English nouns and adjectives for the figure engine, generated from WordNet 3.0 by Tools/generate-words-en.py.")
print("# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence: LICENSE-WordNet.txt.")
for word in sorted(set(pos) | set(irregular)):
    if word in irregular and ("n" not in pos.get(word, ()) or irregular[word] == word):
        print(f"{word}\tn\t{irregular[word]}")
    else:
        tags = pos[word]
        print(f"{word}\t{''.join(t for t in 'napsvmihz' if t in tags)}")
