#!/usr/bin/env python3
"""Writes Resources/words/fr.tsv from Debian's hunspell-fr (Dicollecte French dictionary 7.0, MPL-2.0).

Usage: python3 Tools/generate-words-fr.py /usr/share/hunspell/fr > Resources/words/fr.tsv

Expands the Hunspell dictionary (fr.dic with its suffix rules in fr.aff) into every form of its nouns (po:nom) and
adjectives (po:adj), and writes one line per form, lower case, tab-separated:
  form  n|a|na          a singular or invariable form that is its own lemma
  form  n|a|na  lemma   any other form, with what the figure engine reduces it to: a noun to its dictionary form
                        ("réfugiées" -> "réfugié"), an adjective to its singular of the same gender, since it agrees
                        with the noun it follows ("planantes" -> "planante" in "bombes planantes")
A noun's forms are also marked "p" (a person, who may be counted as people, aged, or wounded) and "s" (who may speak as
a claim's source: "…, a expliqué le brancardier") when the dictionary gives
it as a noun only (no po:adj) that either inflects for gender (a flag of the F or W families: "préfet"/"préfète",
"prévenu"/"prévenue", "enquêteur"/"enquêtrice") or is epicene (is:epi: "ministre", "journaliste", "porte-parole"); most
such nouns name people, while nouns of things have one fixed gender.
A compound the dictionary lists in the plural as an entry of its own, with its plural on the first part or on every
part ("années-lumière", "chefs-lieux", "arcs-en-ciel"), takes the singular the dictionary gives it (st:) or, when it
gives none, the singular entry its parts reduce to ("année-lumière", "chef-lieu").
A form whose lemma is the form minus a final "s" or "x" is not listed: the engine strips the endings in
[plural-ending] of Figures/Resources/fr.txt and looks the stem up. Prefixes (elided articles) are not expanded.
"""
import re
import sys
from collections import defaultdict

base = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/hunspell/fr"

rules = defaultdict(list)
with open(base + ".aff", encoding="utf-8") as f:
    for line in f:
        parts = line.split()
        if len(parts) >= 5 and parts[0] == "SFX":
            flag, strip, add, condition = parts[1], parts[2], parts[3], parts[4]
            add = add.split("/")[0]
            rules[flag].append((
                "" if strip == "0" else strip,
                "" if add == "0" else add,
                re.compile("(" + condition + ")$") if condition != "." else None,
                parts[5:],
            ))

word_shape = re.compile(r"^[a-zàâäçéèêëîïôöùûüÿœæ][a-zàâäçéèêëîïôöùûüÿœæ'-]*$")
forms = {}  # form -> {pos: lemma}
persons = set()  # noun lemmas that name people
plural_compounds = {}  # a hyphenated plural noun listed as an entry of its own -> the singular the dictionary gives, or None


def record(form, pos, lemma):
    form = form.lower()
    if word_shape.match(form):
        forms.setdefault(form, {}).setdefault(pos, lemma.lower())


with open(base + ".dic", encoding="utf-8") as f:
    next(f)
    for line in f:
        line = line.rstrip("\n")
        if "po:nom" not in line and "po:adj" not in line:
            continue
        head, _, morph = line.partition(" ")
        word, _, flags = head.partition("/")
        kinds = [p for p in ("n", "a") if ("po:nom" if p == "n" else "po:adj") in morph]
        tags = morph.split()
        flag_list = [flags[k:k + 2] for k in range(0, len(flags), 2)]
        if kinds == ["n"] and word.islower() and len(word) > 3 and (
                "is:epi" in tags or any(flag[0] in "FW" for flag in flag_list if flag != "()")):
            persons.add(word.lower())
        if "n" in kinds and "-" in word and "is:pl" in tags:
            stem = next((t[3:] for t in tags if t.startswith("st:")), None)
            plural_compounds[word.lower()] = stem.replace("’", "'").lower() if stem else None
        generated = []  # (form, gender, number)
        if "()" not in flag_list:
            generated.append((word, "mas" if "is:mas" in tags else "fem" if "is:fem" in tags else "epi",
                              "pl" if "is:pl" in tags else "sg"))
        for flag in flag_list:
            for strip, add, condition, extra in rules.get(flag, []):
                if word.endswith(strip) and (condition is None or condition.search(word)):
                    all_tags = tags + extra
                    gender = "mas" if "is:mas" in all_tags else "fem" if "is:fem" in all_tags else "epi"
                    number = "pl" if "is:pl" in all_tags else "sg"
                    generated.append((word[:len(word) - len(strip)] + add, gender, number))
        singular_of = {g: w for w, g, n in generated if n == "sg"}
        for form, gender, number in generated:
            for pos in kinds:
                if pos == "n":
                    lemma = word
                else:
                    lemma = singular_of.get(gender) or singular_of.get("epi") or word if number == "pl" else form
                record(form, pos, lemma)

def singular_compound(plural):
    """The singular noun entry a hyphenated plural reduces to, its parts stripped of a final "s" or "x" where that
    makes one ("années-lumière" -> "année-lumière", "chefs-lieux" -> "chef-lieu"); None when no such entry exists."""
    choices = [[part] + ([part[:-1]] if len(part) > 2 and part[-1] in "sx" else []) for part in plural.split("-")]
    candidates = [""]
    for options in choices:
        candidates = [c + ("-" if c else "") + o for c in candidates for o in options]
    return next((c for c in candidates if c != plural and forms.get(c, {}).get("n") == c), None)


for plural, stem in plural_compounds.items():
    lemma = stem if stem and stem in forms else singular_compound(plural)
    if lemma and forms.get(plural, {}).get("n") == plural:
        forms[plural]["n"] = lemma

print("# French nouns and adjectives for the figure engine, generated from the Dicollecte dictionary 7.0 (hunspell-fr)")
print("# by Tools/generate-words-fr.py. Copyright 2007-2018 Dicollecte contributors. MPL-2.0: LICENSE-MPL-2.0.txt.")
for form in sorted(forms):
    by_pos = forms[form]
    pos = "".join(p for p in "na" if p in by_pos) + ("ps" if by_pos.get("n") in persons else "")
    # One lemma a form: the noun's when it is both ("blessés" -> "blessé").
    lemma = by_pos.get("n") or by_pos["a"]
    if len(form) == len(lemma) + 1 and form.startswith(lemma) and form[-1] in "sx" and lemma in forms:
        continue
    if lemma == form:
        print(f"{form}\t{pos}")
    else:
        print(f"{form}\t{pos}\t{lemma}")
