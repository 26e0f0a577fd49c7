#!/usr/bin/env python3
"""Writes Resources/units/en.tsv from quantulum3's unit list (quantulum3/units.json, MIT licence).

Usage: python3 Tools/generate-units-en.py path/to/quantulum3/units.json path/to/Resources/words/en.tsv > Resources/units/en.tsv

quantulum3 (github.com/nielstron/quantulum3, read at commit 168aef7c83dea3e34ef36170ceddd393788488a0) names each unit
("milliampere-hour", "parts-per-billion", "newton metre") with the symbols it is written with ("mAh", "ppb", "Nm").
The figure engine reads these symbols only after a number and only in the exact case written here: "450 Nm" is a
torque, "450 nm" a wavelength. Its names ("gigapascal", "milliampere hour", "newton metres") are read in any case, as
the [unit] table is, but only those WordNet does not know as a word, which the engine reads as a counted noun already.
One line per symbol or name, tab-separated:
  symbol|name  text  unit name (quantulum3's)  category (Distance, Area, Duration or Dimension)
A unit with SI prefixes in quantulum3 ("Hz": k, M, G) gets its prefixed symbols too ("kHz" kilohertz).
Left out: symbols of one character ("F", "b", "a": too often a letter), symbols with anything but letters, currencies
(the hand-written [unit] and [prefix-unit] of Figures/Resources/en.txt name them by ISO code), counts ("dozen", "pair"),
symbols that name two units ("kt" is a knot and a kiloton), lower-case symbols of two letters ("st", "ly": "21st")
or that are English words in WordNet ("min", "in", "gal", "den"), and the capitalised abbreviations prose writes after
a number for something else (PROSE: "10 St James", "Mt Everest"), and a litre's capital L ("mL", "cL"), which writes the
same unit as "ml" and is left to the [unit] table, read in any case. A capital inside a symbol or a letter pattern no word
has ("mAh", "GPa", "ppb") is what makes a symbol safe.
"""
import json
import re
import sys

units_path = sys.argv[1]
words_path = sys.argv[2]

words = set()
with open(words_path, encoding="utf-8") as f:
    for line in f:
        if not line.startswith("#"):
            words.add(line.split("\t")[0])

categories = {"length": "Distance", "area": "Area", "time": "Duration"}
skipped_entities = {"currency", "dimensionless"}
keep_dimensionless = {"parts-per-million", "parts-per-billion", "parts-per-trillion", "basis point"}
shape = re.compile(r"^[^\W\d_]{2,}$")
micro = ("µ", "μ")
# Names that are also people's names or ordinary words in news ("Dalton", "Stokes", "dots"), and phrases that are not a
# unit after a number ("per second", "speed of light").
NAMES_IN_PROSE = {"dalton", "darcy", "darcy unit", "galileo", "faraday", "stokes", "tex", "dots", "rhe", "hartree", "gaj",
                  "per second", "speed of light", "lightspeed", "barrie", "bary", "barie", "kgs", "stere", "twip", "nyble",
                  "tetrade", "quadbit", "thermie", "pferdestarke", "force pound", "force ounce", "force gram", "force ton",
                  "force tonne", "force kilogram", "inverse second", "reciprocal second", "barrel dry", "quart dry",
                  "quart liquid", "pint dry", "pint liquid", "cu mile", "cu yard", "cu foot", "cu inch", "minute arc",
                  "second arc", "millimetre mercury", "millimeter mercury", "inch mercury", "inch water column"}
PROSE = {"St", "Mt", "Rd", "Fr", "Pa", "Da", "Ha", "Ba", "Bd", "Eh", "Gal", "Cal", "Ly", "At", "AT", "AU", "UA", "MP",
         "TR", "Mx", "Ci", "Gs", "Rd", "Ws", "VA", "BF", "Tb", "Pb", "Yb", "Zb", "Eb", "Gb"}
PREFIXES = {"k": "kilo", "M": "mega", "G": "giga", "T": "tera", "P": "peta", "E": "exa", "m": "milli", "µ": "micro",
            "n": "nano", "p": "pico", "f": "femto", "a": "atto"}


def safe(symbol):
    if not shape.match(symbol) or symbol in PROSE or symbol.endswith("L"):
        return False
    if symbol.islower():
        return (len(symbol) >= 3 or symbol.startswith(micro)) and symbol not in words
    return True

with open(units_path, encoding="utf-8") as f:
    units = json.load(f)

def plural(name):
    """The plural a name takes after a number: its head word's ("newton metres", "cubic feet per second",
    "degrees Celsius", "inches of mercury"); none where the head ends in s, z or x already ("hertz", "stokes")."""
    words = name.split(" ")
    if "per" in words or "of" in words:
        head = min(words.index(w) for w in ("per", "of") if w in words) - 1
    elif words[0] == "degree":
        head = 0
    else:
        head = len(words) - 1
    word = words[head]
    if word[-1] in "szx":
        return None
    words[head] = word[:-4] + "feet" if word.endswith("foot") else word + "es" if word.endswith(("ch", "sh")) else word + "s"
    return " ".join(words)


named = {}
names = {}
for name, unit in units.items():
    entity = unit.get("entity", "")
    if entity in skipped_entities and name not in keep_dimensionless:
        continue
    category = categories.get(entity, "Dimension")
    for symbol in unit.get("symbols", []):
        if not safe(symbol):
            continue
        for variant in {symbol, symbol.replace("µ", "μ")}:
            named.setdefault(variant, set()).add((name, category))
        for prefix in unit.get("prefixes", []):
            if prefix in PREFIXES and safe(prefix + symbol):
                named.setdefault(prefix + symbol, set()).add((PREFIXES[prefix] + name, category))

    for surface in unit.get("surfaces", []):
        if surface in NAMES_IN_PROSE or surface.lower() in NAMES_IN_PROSE or not re.match(r"^[^\W\d_][^\W\d_ -]*([ -][^\W\d_]+)*$", surface):
            continue
        if " " not in surface and "-" not in surface and surface.lower() in words:
            continue
        for form in (surface, plural(surface)):
            if form:
                names.setdefault(form.lower(), set()).add((name, category))

print("# Generated by Tools/generate-units-en.py from quantulum3's units.json (MIT licence, LICENSE-quantulum3.txt).")
print("# symbol|name\ttext\tunit\tcategory")
for symbol in sorted(named):
    senses = named[symbol]
    if len(senses) != 1:
        continue
    name, category = next(iter(senses))
    print(f"symbol\t{symbol}\t{name}\t{category}")
for surface in sorted(names):
    senses = names[surface]
    if len(senses) != 1:
        continue
    name, category = next(iter(senses))
    print(f"name\t{surface}\t{name}\t{category}")
