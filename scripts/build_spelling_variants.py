"""Build rulesets/spelling-variants.txt (issue 33): the American and British spellings of one word
('colour' / 'color', 'organise' / 'organize', 'licence' / 'license'), for the spelling rule's
`variant` option (plainlint/nlp/spelling_locale.py reads the table).

Inputs: the two word lists of the npm packages @cspell/dict-en-gb-mit and @cspell/dict-en_us (MIT
licence, Street Side Software; both derived from Kevin Atkinson's SCOWL), decoded to one word a
line with cspell's trie reader:

    npm pack @cspell/dict-en-gb-mit@3.1.32 @cspell/dict-en_us@4.4.43   # then tar xzf each
    cspell-trie reader package/en_GB.trie.gz -o en_gb.txt            # (npm package cspell-trie)
    cspell-trie reader package/en_US.trie.gz -o en_us.txt
    python scripts/build_spelling_variants.py en_gb.txt en_us.txt

Method. Lower-case alphabetic words only. A British word is one of the British list that the
American list lacks (GB - US); an American word one of the American list that the British list
lacks (US - GB). A pair (british, american) is made only by the named British -> American
transformations of TRANSFORMS (our -> or, tre -> ter, ise -> ize, ...), applied once or twice,
never by an arbitrary edit:

- en-US rows: a British word is flagged when a transformation of it is in the American list
  ('colour' -> 'color', 'aluminium' -> 'aluminum').
- en-GB rows: an American word is flagged when it is a transformation of a British word
  ('color' -> 'colour', 'analyze' -> 'analyse'). Pairs that differ only by -ize / -ise are left
  out: the British list accepts -ize ('organize' is in it; Oxford spelling), so en-GB here means
  Oxford-tolerant British, and an -ise suggestion is dropped when its -ize form is suggested too.

Words in EXCLUDED (reviewed: a Latin plural, a different word, a spelling both varieties use)
are left out. Several suggestions are ordered by their Google Books count (plainlint's spelling
dictionary), commonest first.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "rulesets" / "spelling-variants.txt"
sys.path.insert(0, str(ROOT))

GB_PACKAGE = "@cspell/dict-en-gb-mit 3.1.32"
US_PACKAGE = "@cspell/dict-en_us 4.4.43"

# The regular British -> American correspondences (SCOWL's variant lists and the Oxford and
# Merriam-Webster dictionaries name them), each a name, a pattern on the British form and its
# American replacement.
TRANSFORMS: tuple[tuple[str, str, str], ...] = (
    ("our -> or", r"our", r"or"),                          # colour, behaviour
    ("tre -> ter", r"([tbmc])re(s)?\b", r"\1er\2"),        # centre, fibre, litre, sabre
    ("tre -> ter", r"([tbmc])red\b", r"\1ered"),            # centred
    ("ise -> ize", r"is(e|ed|es|ing|er|ers|ation|ations|able)\b", r"iz\1"),   # organise
    ("yse -> yze", r"ys(e|ed|es|ing|er|ers)\b", r"yz\1"),  # analyse, paralyse
    ("ll -> l", r"ll(ed|ing|er|ers|ery)\b", r"l\1"),       # cancelled, travelling
    ("ogue -> og", r"ogue(s)?\b", r"og\1"),                # catalogue
    ("ence -> ense", r"ence\b", r"ense"),                  # licence, defence
    ("ae -> e", r"ae(?=[a-z])", r"e"),                     # anaemia, paediatric (not a final -ae)
    ("oe -> e", r"oe(?=[a-z])", r"e"),                     # oestrogen, manoeuvre
    ("grey -> gray", r"grey", r"gray"),
    ("lment -> llment", r"lment", r"llment"),              # enrolment, fulfilment
    ("mme -> m", r"mme(s)?\b", r"m\1"),                    # programme, kilogramme
    ("ium -> um", r"ium\b", r"um"),                        # aluminium
    ("tyre -> tire", r"tyre", r"tire"),
    ("ough -> ow", r"ough\b", r"ow"),                      # plough
    ("eing -> ing", r"eing\b", r"ing"),                    # ageing
    ("pyjama -> pajama", r"pyjama", r"pajama"),
    ("ould -> old", r"ould", r"old"),                      # mould, smoulder
    ("gement -> gment", r"gement", r"gment"),              # judgement
    ("l -> ll", r"([^l])l(s?)\b", r"\1ll\2"),              # fulfil, enrol, instil
    ("lful -> llful", r"lful", r"llful"),                  # skilful, wilful
    ("eable -> able", r"eable", r"able"),                  # likeable, sizeable
    ("cosy -> cozy", r"cosy", r"cozy"),
    ("ellery -> elry", r"ellery", r"elry"),                # jewellery
    ("sceptic -> skeptic", r"sceptic", r"skeptic"),        # sceptical, scepticism
    ("oeuvre -> euver", r"oeuvre(s?)\b", r"euver\1"),      # manoeuvre
    ("oeuvre -> euver", r"oeuvred\b", r"euvered"),         # manoeuvred
    ("oeuvre -> euver", r"oeuvr(ing|able|ability)\b", r"euver\1"),   # manoeuvring
    ("llor -> lor", r"llor(s?)\b", r"lor\1"),              # counsellor, councillor
)
_COMPILED = tuple((name, re.compile(pattern), replacement) for name, pattern, replacement in TRANSFORMS)
ISE = "ise -> ize"

# Pairs the transformations make that are not one word spelled two ways (reviewed by reading
# the table; a reason for each). Key: the flagged word.
EXCLUDED: dict[str, str] = {
    # Different words, not one word spelled two ways.
    "committeeing": "committee + ing, not 'committing'",
    "cul": "as in cul-de-sac, not 'cull'",
    "longeing": "longe (to exercise a horse) + ing, not 'longing'",
    "misseeing": "mis + seeing, not 'missing'",
    "tre": "not a word (a fragment); 'ter' is an abbreviation",
    "untyred": "not wearing tyres; 'untired' is another word",
    "untired": "not tired; 'untyred' is another word",
    "haem": "'hem' is another word (American 'heme')",
    "prising": "prise (lever open); American 'prying', 'prizing' is another word",
    "ventre": "French 'ventre', not 'venter'",
    "macule": "a skin spot; 'maculae' is the Latin plural of 'macula'",
    "librae": "Latin plural of 'libra'",
    "premial": "'proemial' is another word",
    "gormandism": "both spellings are English in both varieties",
    "gourmand": "'gormand' is an old variant, not the American spelling",
    "gourmands": "as 'gourmand'",
    "course": "'corse' is an archaic word", "courses": "as 'course'",
    "hour": "'hor' is no word", "flour": "'flor' is another word", "dour": "'dor' is another word",
    "pourer": "one who pours", "enough": "'enow' is archaic", "dough": "'dow' is another word",
    "trough": "'trow' is another word", "nil": "'nill' is archaic", "polling": "'poling' is another word",
    "taller": "'taler' is a coin", "puller": "'puler' is another word", "pullers": "as 'puller'",
    "holler": "'holer' is another word", "marshals": "plural of 'marshal' in both varieties",
    "carrel": "same in both varieties", "carrels": "as 'carrel'",
    "brimful": "same in both varieties", "bellyful": "same in both varieties", "bellyfuls": "as 'bellyful'",
    "extol": "American English writes 'extol' too", "extols": "as 'extol'",
    "glamour": "American English writes 'glamour' too", "glamours": "as 'glamour'",
    "glamoured": "as 'glamour'", "glamouring": "as 'glamour'",
    "pirogue": "a boat; 'pirog' is a pie",
    # -ogue: American English keeps it in all but 'catalog' and 'analog' (Merriam-Webster).
    **{word: "American English writes -ogue here too" for word in (
        "dialogue", "dialogues", "monologue", "monologues", "epilogue", "epilogues", "prologue",
        "prologues", "travelogue", "travelogues", "synagogue", "synagogues", "demagogue", "demagogues",
        "pedagogue", "pedagogues", "homologue")},
    # Technical terms and names written one way everywhere.
    **{word: "Unix 'daemon', not 'demon'" for word in (
        "daemonize", "daemonized", "daemonizes", "daemonizing", "daemonise", "daemonised", "daemonises",
        "daemonising")},
    "vaporware": "software term written so in British English too",
    "vapourware": "as 'vaporware'",
    "technicolor": "a trademark (Technicolor)",
    "trichloroethylene": "both spellings are chemical names in both varieties",
    "trichlorethylene": "as 'trichloroethylene'", "trichlorethylenes": "as 'trichloroethylene'",
    "ipomoea": "a genus name (Ipomoea), the same in both", "ipomea": "as 'ipomoea'",
    "dracaena": "a genus name (Dracaena), the same in both", "dracaenas": "as 'dracaena'",
    "dracena": "as 'dracaena'", "dracenas": "as 'dracaena'",
    "rerouting": "British English writes 'rerouting' too", "rerouteing": "as 'rerouting'",
    "medievals": "British English writes 'medieval' too",
    "dolor": "the Latin of 'Lorem ipsum' placeholder text far more often than English 'dolour' "
             "(79 of the first en-GB corpus findings)",
    "dolors": "as 'dolor'",
}


def read_words(path: Path) -> set[str]:
    """The plain lower-case words of a decoded cspell list ('!' lines are forbidden words)."""
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if word and word.isascii() and word.isalpha() and word.islower():
            words.add(word)
    return words


def transformations(word: str) -> dict[str, frozenset[str]]:
    """Every form one or two named transformations make of `word`, each with the names used."""
    once: dict[str, frozenset[str]] = {}
    for name, pattern, replacement in _COMPILED:
        for match in pattern.finditer(word):
            form = word[:match.start()] + match.expand(replacement) + word[match.end():]
            once.setdefault(form, frozenset({name}))
    forms = dict(once)
    for first, names in once.items():
        for name, pattern, replacement in _COMPILED:
            for match in pattern.finditer(first):
                form = first[:match.start()] + match.expand(replacement) + first[match.end():]
                forms.setdefault(form, names | {name})
    forms.pop(word, None)
    return forms


# The transformations regular enough to pair a British word the American list also accepts
# with an American-only word ('favour' / 'favor', 'centre' / 'center', 'cancelled' / 'canceled'):
# SCOWL's large American list holds many British forms as variants, so without these the en-US
# rows would miss the commonest British spellings. ae/oe, ise/yse, eable, ence and eing are not
# among them: a word both lists accept there is written so in American English too
# ('aesthetic', 'advertise', 'shareable', 'analyses' the plural).
BOTH_LISTS_TRANSFORMS = frozenset({"our -> or", "tre -> ter", "ll -> l", "lment -> llment", "gement -> gment",
                                   "l -> ll", "lful -> llful", "ould -> old", "grey -> gray", "cosy -> cozy",
                                   "pyjama -> pajama", "ogue -> og", "ough -> ow", "sceptic -> skeptic",
                                   "oeuvre -> euver", "llor -> lor"})


def pairs(gb: set[str], us: set[str]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(to_us, to_gb): British words with their American forms, American words with their
    British forms. A pair is (british, american): british in the British list, american a named
    transformation of it in the American list, and either british missing from the American
    list or american missing from the British list (a pair of two words both lists accept in
    both is no variant). Pairs with a word in EXCLUDED are left out."""
    british_only, american_only = gb - us, us - gb
    found: list[tuple[str, str, frozenset[str]]] = []
    for british in gb:
        if british in EXCLUDED:
            continue
        for american, names in transformations(british).items():
            if american in EXCLUDED:
                continue
            if british in british_only and american in us:
                found.append((british, american, names))
            elif american in american_only and names <= BOTH_LISTS_TRANSFORMS:
                found.append((british, american, names))
    to_us: dict[str, set[str]] = {}
    to_gb: dict[str, set[str]] = {}
    for british, american, names in found:
        to_us.setdefault(british, set()).add(american)
        if american in american_only and names != {ISE}:
            to_gb.setdefault(american, set()).add(british)
    for american, britishes in to_gb.items():
        # Oxford-tolerant: 'colourise' is dropped when 'colourize' is suggested too.
        britishes -= {b for b in set(britishes) if _ize_form(b) != b and _ize_form(b) in britishes}
    return to_us, to_gb


def _ize_form(word: str) -> str:
    return re.sub(r"is(e|ed|es|ing|er|ers|ation|ations|able)\b", r"iz\1", word)


HEADER = """\
# American and British spellings of one word, for the spelling rule's `variant` option (PL502,
# issue 33). Generated by scripts/build_spelling_variants.py; do not edit by hand (add reviewed
# exclusions to its EXCLUDED).
#
# Sources: the npm packages {gb} (British word list) and {us} (American word
# list), both MIT licence, Copyright (c) 2017-2025 Street Side Software
# <support@streetsidesoftware.nl>, https://github.com/streetsidesoftware/cspell-dicts; both lists
# derive from Kevin Atkinson's SCOWL (permissive, http://wordlist.aspell.net). Suggestions are
# ordered by Google Books Ngram counts (CC BY 3.0) as shipped in symspellpy's frequency list.
#
# How: lower-case alphabetic words; a pair is made only by one or two of the named British ->
# American transformations (our/or, tre/ter, ise/ize, yse/yze, ll/l, ogue/og, ence/ense, ae/e,
# oe/e, grey/gray, lment/llment, mme/m, ium/um, tyre/tire, ough/ow, eing/ing, pyjama/pajama,
# ould/old, gement/gment, l/ll, lful/llful, eable/able, cosy/cozy, ellery/elry, sceptic/skeptic,
# oeuvre/euver, llor/lor). en-US rows: a
# word of the British list that the American list lacks, one of whose transformations the
# American list has. en-GB rows: a word of the American list that the British list lacks that
# is a transformation of a British-only word; pairs differing only by -ize/-ise are left out
# (the British list accepts -ize: Oxford-tolerant). {excluded} reviewed exclusions.
#
# Row: word<TAB>suggestion[|suggestion2...]<TAB>variant whose writers should not use the word
# (en-US: a British spelling, flagged when the project writes American English; en-GB: an
# American spelling, flagged when it writes British English).
#
# MIT License. Permission is hereby granted, free of charge, to any person obtaining a copy of
# this software and associated documentation files (the "Software"), to deal in the Software
# without restriction, including without limitation the rights to use, copy, modify, merge,
# publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to
# whom the Software is furnished to do so, subject to the following conditions: The above
# copyright notice and this permission notice shall be included in all copies or substantial
# portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
# EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR
# A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE
# LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
# OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
# IN THE SOFTWARE.
"""


def rows(to_us: dict[str, set[str]], to_gb: dict[str, set[str]], count) -> list[str]:
    """The table's lines: `word<TAB>suggestions<TAB>variant`, sorted by word."""
    out = []
    for table, variant in ((to_us, "en-US"), (to_gb, "en-GB")):
        for word, suggestions in table.items():
            if word in EXCLUDED or not suggestions:
                continue
            ranked = sorted(suggestions, key=lambda s: (-count(s), s))
            out.append(f"{word}\t{'|'.join(ranked)}\t{variant}")
    return sorted(out)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    from plainlint.nlp.spelling import dictionary

    gb, us = read_words(Path(argv[0])), read_words(Path(argv[1]))
    to_us, to_gb = pairs(gb, us)
    lines = rows(to_us, to_gb, dictionary().count)
    text = HEADER.format(gb=GB_PACKAGE, us=US_PACKAGE, excluded=len(EXCLUDED)) + "\n".join(lines) + "\n"
    OUT.write_text(text, encoding="utf-8")
    us_rows = sum(line.endswith("\ten-US") for line in lines)
    print(f"{OUT.relative_to(ROOT)}: {us_rows} en-US rows, {len(lines) - us_rows} en-GB rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
