#!/usr/bin/env python3
"""Prints the [reporting-verb] block of Claims/Resources/en.txt from Debian's wordnet-base (WordNet 3.0, Princeton;
WordNet 3.0 licence, permissive: Figures/Resources/words/LICENSE-WordNet.txt).

Usage: python3 Tools/generate-reporting-verbs-en.py /usr/share/wordnet Resources/en.txt

A verb whose past en.txt's [source-verb] already lists by hand ("reported", "claimed") is left to that entry.

A reporting verb is one whose first (most frequent) sense is a verb of communication (lexicographer file
verb.communication) that takes a that-clause (verb frame 26, "Somebody ----s that CLAUSE"): "disclosed that",
"boasted that", "conceded that". The verb is written as a stem and an English conjugation class of [conjugation]
(regular verbs only: WordNet's verb.exc lists the irregular ones, which en.txt lists by hand), so that
ReportingVerbForms spells out its past, its third person and its participle. A verb whose third person is also a plural
noun ("notes", "states") is marked "past": its present form is left out, as it is mostly the noun. Every verb is
written with its that-clause ("declared that"), the frame that made it a reporting verb: without it, "declared a state
of emergency" and "Israel declared war" would name a speaker.

Left out, by meaning, with the reason: verbs that deny or doubt what follows rather than say it, verbs that ask or order
rather than state, verbs whose past is mostly another word, and commitments whose object is an act, not a statement.
"""
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"

EXCLUDED = {
    # deny, doubt or dispute what follows
    "deny", "disregard", "ignore", "feign", "pretend", "dissemble", "question", "contest", "counter", "object", "oppugn",
    "repugn", "snub", "apologize", "suspect", "suppose", "bet", "hazard", "guesstimate", "hint", "imply", "connote",
    # ask, order, advise or teach rather than state
    "order", "instruct", "demand", "petition", "pray", "recommend", "advocate", "exact", "stipulate", "notify", "apprise",
    "apprize", "teach", "ask", "agree", "concur",
    # commitments to an act ("pledged to send"), forecasts (read by [forecast-verb-object] and [hedge])
    "promise", "pledge", "vow", "guarantee", "predict", "forecast", "prophesy", "prognosticate", "vaticinate",
    "forebode", "extrapolate", "predestine", "will",
    # a past that is mostly another word or sense ("barked", "piped", "pointed", "minded", "recorded", "wired")
    "bark", "pipe", "snap", "crow", "swan", "mind", "point", "record", "cable", "bulletin", "plain", "lilt", "siss",
    "sizz", "shrill", "ejaculate", "intimate", "heliograph", "telegraph", "ballyhoo", "bruit", "gasconade", "moot",
    "deliberate", "generalize", "advertise", "publicize", "promulgate", "echo", "parrot", "answer", "beef", "bitch",
    "accent", "rumor", "rumour", "volunteer", "adumbrate", "advise", "apologise", "augur", "denote", "designate",
    "enjoin", "foretell", "indicate", "plead", "plight", "predicate", "request", "signify", "urge", "guess", "speculate",
    "surmise", "debate", "deduce", "infer", "reason", "resolve", "relate", "cry", "hiss", "roar", "evidence", "tout",
    "sibilate", "squawk", "yammer", "yawp", "generalise", "publicise", "rhapsodise", "rhapsodize", "preach", "vouch",
    "grumble", "suggest", "respond", "marvel",
}


def synsets():
    result = {}
    with open(f"{root}/data.verb", encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split(" ")
            count = int(fields[3], 16)
            words = [fields[4 + 2 * k].lower() for k in range(count)]
            at = 4 + 2 * count
            at += 1 + 4 * int(fields[at])
            frames = []
            if fields[at].isdigit():
                for k in range(int(fields[at])):
                    frames.append((int(fields[at + 2 + 3 * k]), int(fields[at + 3 + 3 * k], 16)))
            result[fields[0]] = (int(fields[1]), words, frames)
    return result


def first_sense_reports(lemma, synset):
    lexfile, words, frames = synset
    number = words.index(lemma) + 1 if lemma in words else 0
    return lexfile == 32 and any(f == 26 and w in (0, number) for f, w in frames)


def lines_of(name):
    with open(f"{root}/{name}", encoding="latin-1") as f:
        return [line.split() for line in f if not line.startswith("  ")]


def stem_and_class(verb):
    """The stem and conjugation class of a regular verb: "disclos" + "ed" → disclosed; "specif" + "ied"; "admi" + "tted"."""
    vowels = "aeiou"
    if verb.endswith("e"):
        return verb, "d"
    if verb.endswith("y") and verb[-2] not in vowels:
        return verb[:-1], "ied"
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb, "es"
    # A final consonant that doubles ("admitted", "regretted"), as WordNet's verb.exc spells the past.
    if verb + verb[-1] + "ed" in doubled:
        return verb, verb[-1] + "ed"
    return verb, "ed"


doubled = set()


def past(verb, conjugation):
    if conjugation == "d":
        return verb + "d"
    if conjugation == "ied":
        return verb[:-1] + "ied"
    return verb + (conjugation[:-2] if len(conjugation) == 3 and conjugation != "ied" else "") + "ed"


def hand_listed():
    """The forms en.txt's [source-verb] lists by hand ("reported", "claimed"), whose readings are kept as they are."""
    forms, section = set(), None
    with open(sys.argv[2] if len(sys.argv) > 2 else "Resources/en.txt", encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("["):
                section = line
            elif section == "[source-verb]" and line and not line.startswith("#"):
                forms.add(line.split(" = ")[0])
    return forms


def main():
    data = synsets()
    listed = hand_listed()
    inflections = {}
    for parts in lines_of("verb.exc"):
        inflections.setdefault(parts[1], set()).add(parts[0])
    # Irregular: an inflected form that is neither a regular past ("-ed") nor a third person or a participle in "-ing".
    doubled.update(f for forms in inflections.values() for f in forms)
    irregular = {v for v, forms in inflections.items() if any(not f.endswith(("ed", "s", "ing")) for f in forms)}
    nouns = {parts[0] for parts in lines_of("index.noun")}
    verbs = []
    for parts in lines_of("index.verb"):
        lemma = parts[0]
        if "_" in lemma or "-" in lemma or lemma in EXCLUDED or lemma in irregular:
            continue
        pointers = int(parts[3])
        offsets = parts[4 + pointers + 2:]
        # Also a verb whose second sense reports, when its first is itself one of saying or thinking ("confess",
        # "testify", "affirm"), not of doing ("add" first sums, "show" first displays).
        if offsets and (first_sense_reports(lemma, data[offsets[0]]) or (
                len(offsets) > 1 and data[offsets[0]][0] in (31, 32) and first_sense_reports(lemma, data[offsets[1]]))):
            verbs.append(lemma)
    print("# Generated by Tools/generate-reporting-verbs-en.py from WordNet 3.0 (licence: Figures/Resources/words/")
    print("# LICENSE-WordNet.txt); do not edit by hand, change the generator and run it again.")
    for verb in verbs:
        stem, conjugation = stem_and_class(verb)
        if past(verb, conjugation) in listed:
            continue
        stem = stem if conjugation not in ("d",) else stem[:-1] + "e"
        third = verb + ("es" if conjugation == "es" else "s") if conjugation != "ied" else verb[:-1] + "ies"
        past_only = verb in nouns or third in nouns
        if conjugation == "d":
            stem, conjugation = verb[:-1], "ed-e"
        elif conjugation != "ied" and conjugation.endswith("ed") and len(conjugation) == 3:
            conjugation = "doubled-" + conjugation[0]
        print(f"{stem} = {conjugation}{' past' if past_only else ''} that")


main()
