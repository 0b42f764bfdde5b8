"""Bring the 2017 UD Dutch files to the annotation conventions of the current release.

The 2017 LassySmall and Alpino train files make up most of the UD training data, but the test
split follows the current guidelines. Where the two differ systematically, the model learns two
answers for one question. Compared with the current dev files (same treebanks), the 2017 files:

* tag possessives as ``DET``/``det`` (``zijn boek``); now ``PRON``/``nmod:poss`` with ``Poss=Yes``;
* tag ``als`` as ``ADP`` when it introduces a clause or comparison; now always ``SCONJ``;
* tag ordinals (``eerste``, ``20ste``) as ``NUM``/``nummod``; now ``ADJ``/``amod``;
* tag degree words (``meer``, ``minder``, ``veel`` …) that modify a verb or a following noun as
  ``PRON``; now ``ADV`` (``advmod``/``amod``);
* tag the capitalised common words inside multi-word names (``Tweede Wereldoorlog``, ``Vlaams
  Gewest``) as ``NOUN``/``ADJ`` with a lower-case lemma; now ``PROPN`` with the word as lemma;
* give a verb with a separable particle (``compound:prt``) the verb alone as lemma (``kwam … op``
  → ``komen``); now mostly the particle verb (``opkomen``);
* tag ``zowel`` as ``ADV``/``cc``; now ``CCONJ``/``cc:preconj``; ``dezelfde``/``hetzelfde`` as
  ``ADJ``; now ``DET``; inherently reflexive ``zich`` as ``obj``; now mostly ``expl:pv``;
* treat ``willen``, ``laten``, ``gaan`` … as auxiliaries and ``worden``, ``blijven``, ``lijken`` …
  as copulas; now only ``zijn`` is a copula and only the verbs in ``CURRENT_AUX`` are auxiliaries,
  the others head their clause with the infinitive or predicate as ``xcomp``;
* treat ``moeten`` as a main verb with an ``xcomp`` infinitive; now it is an auxiliary.

``harmonise(sent, mode)`` applies the relabelling rules (``mode="labels"``) and, with
``mode="full"``, also the head swaps of the last two points. Pure functions, no spaCy import.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from convert import Sentence, Token

MODES = ("none", "labels", "full")

POSSESSIVE_PERSON = {
    "mijn": "1", "m'n": "1", "ons": "1", "onze": "1",
    "jouw": "2", "je": "2", "uw": "2",
    "zijn": "3", "z'n": "3", "haar": "3", "hun": "3",
}
ORDINAL = re.compile(r"^(\d+(e|de|ste)|[a-z]+(de|ste))$")
SAME = {"dezelfde", "hetzelfde", "zelfde"}
DEGREE = {"meer", "minder", "meest", "meeste", "minst", "minste", "veel", "vele", "weinig"}
#: verbs that current UD Dutch tags AUX; ``zijn`` is the only copula
CURRENT_AUX = {"zijn", "worden", "hebben", "kunnen", "zullen", "moeten", "mogen", "krijgen"}
#: modal verbs that the 2017 files treat as main verbs with an ``xcomp`` infinitive
MODAL_NOW_AUX = {"moeten"}
#: dependents of an old predicate/infinitive that belong to the clause, i.e. to the new head verb
CLAUSAL = {"nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl", "punct", "mark", "cc",
           "parataxis"}
#: with a copula, these stay on the predicate; everything else moves to the verb
PREDICATE_KEEPS = {"det", "nmod", "nmod:poss", "amod", "nummod", "appos", "case", "fixed", "flat",
                   "acl", "acl:relcl", "compound", "obl:arg", "cop", "clf"}


def harmonise(sent: Sentence, mode: str = "full") -> Sentence:
    """Return a copy of ``sent`` in current conventions (``mode``: none, labels or full)."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; expected one of {MODES}")
    toks = [replace(t) for t in sent.tokens]
    if mode != "none":
        for t in toks:
            relabel(t)
        names_as_propn(toks)
        particle_verbs(toks)
    if mode == "full":
        by_id = {t.id: t for t in toks}
        for t in toks:
            if t.upos == "AUX" and t.lemma.lower() not in CURRENT_AUX and t.deprel == "aux":
                promote(t, by_id, copula=False)
            elif t.deprel == "cop" and t.lemma.lower() != "zijn":
                promote(t, by_id, copula=True)
        for t in toks:
            if t.upos == "VERB" and t.lemma.lower() in MODAL_NOW_AUX:
                demote(t, by_id)
    return type(sent)(toks, list(sent.comments), sent.source)


def relabel(t: Token) -> None:
    """Token-level changes: tags, features and relation labels, no change of heads."""
    low = t.form.lower()
    if t.deprel == "det" and low in POSSESSIVE_PERSON and t.upos in ("DET", "PRON"):
        t.upos, t.deprel = "PRON", "nmod:poss"
        t.feats = f"Person={POSSESSIVE_PERSON[low]}|Poss=Yes|PronType=Prs"
    elif low == "als" and t.upos == "ADP":
        t.upos = "SCONJ"
    elif t.upos == "NUM" and ORDINAL.match(low):
        t.upos, t.feats = "ADJ", "_"
        if t.deprel == "nummod":
            t.deprel = "amod"
    elif low == "zowel" and t.deprel == "cc":
        t.upos, t.deprel = "CCONJ", "cc:preconj"
    elif low in SAME and t.upos == "ADJ" and t.deprel == "det":
        t.upos, t.feats = "DET", "_"
    elif low == "zich" and t.deprel == "obj":
        t.deprel = "expl:pv"
    elif low in DEGREE and t.upos == "PRON":
        if t.deprel in ("obl", "advmod"):  # "hij werkt meer"
            t.upos, t.feats, t.deprel = "ADV", "_", "advmod"
        elif t.deprel in ("amod", "nmod") and t.head > t.id:  # "de meeste mensen"
            t.upos, t.feats, t.deprel = "ADV", "_", "amod"


def _in_name(toks: list[Token], i: int) -> bool:
    """A capitalised word (not sentence-initial) next to another such word."""
    def cap(j: int) -> bool:
        return 0 < j < len(toks) and toks[j].form[:1].isupper() and toks[j].upos != "PUNCT"
    return cap(i) and (cap(i - 1) or cap(i + 1))


def names_as_propn(toks: list[Token]) -> None:
    """Common nouns and adjectives inside a run of capitalised words become ``PROPN``."""
    flags = [_in_name(toks, i) for i in range(len(toks))]
    for t, in_name in zip(toks, flags, strict=True):
        if in_name and t.upos in ("NOUN", "ADJ"):
            t.upos, t.lemma, t.feats = "PROPN", t.form, "_"


def particle_verbs(toks: list[Token]) -> None:
    """``kwam … op``: the lemma of a verb with a one-word separable particle joins the particle."""
    by_id = {t.id: t for t in toks}
    for p in toks:
        verb = by_id.get(p.head)
        if p.deprel != "compound:prt" or verb is None or verb.upos != "VERB":
            continue
        prt = p.form.lower()
        if prt.isalpha() and not verb.lemma.lower().startswith(prt):
            verb.lemma = prt + verb.lemma


def _children(head: Token, by_id: dict[int, Token]) -> list[Token]:
    return [t for t in by_id.values() if t.head == head.id]


def _finite(t: Token) -> bool:
    return "VerbForm=Fin" in t.feats.split("|")


def promote(verb: Token, by_id: dict[int, Token], copula: bool) -> None:
    """Make an old auxiliary or copula the head; its old head becomes its ``xcomp``."""
    old = by_id.get(verb.head)
    if old is None:
        return
    verb.head, verb.deprel, verb.upos = old.head, old.deprel, "VERB"
    old.head, old.deprel = verb.id, "xcomp"
    for c in _children(old, by_id):
        if c is verb:
            continue
        if copula:
            move = c.deprel not in PREDICATE_KEEPS
            if c.deprel == "advmod" and c.id == old.id - 1:
                move = False  # "zeer ziek": modifies the predicate
            if c.deprel == "conj" and c.upos not in ("VERB", "AUX"):
                move = False  # coordinated predicates
        else:
            move = c.deprel in CLAUSAL or (c.deprel in ("aux", "aux:pass") and _finite(c))
        if move:
            c.head = verb.id


def demote(verb: Token, by_id: dict[int, Token]) -> None:
    """Make an old main-verb modal (``moeten`` + ``xcomp`` infinitive) an auxiliary."""
    comps = [c for c in _children(verb, by_id)
             if c.deprel == "xcomp" and c.upos in ("VERB", "AUX") and "VerbForm=Inf" in c.feats]
    if len(comps) != 1:
        return
    inf = comps[0]
    inf.head, inf.deprel = verb.head, verb.deprel
    for c in _children(verb, by_id):
        if c is not inf:
            c.head = inf.id
    verb.head, verb.deprel, verb.upos = inf.id, "aux", "AUX"
