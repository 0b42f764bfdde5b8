"""Data conversion for the nl_sessie_sm training recipe.

Pure-Python helpers (no spaCy import at module level) so that they can be unit-tested on tiny
fixtures:

* UD Dutch CoNLL-U: parsing, sentence de-duplication, repairs of the 2017 files (punctuation
  attached to the root, ``cc`` on the first conjunct, ``flat:name``, underscores in compound
  lemmas, XPOS copied from UPOS, self-loops), their older annotation conventions brought to
  the current ones (:mod:`conventions`) and conversion to spaCy ``Doc`` objects;
* CoNLL-2002 Dutch NER: repair of the broken é/ë byte, reading articles/sentences, conversion to
  ``Doc`` objects (one ``Doc`` per ``-DOCSTART-`` article by default).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import conventions

_SRC = Path(__file__).resolve().parent.parent / "src"
#: where the training data sits in a checkout: ../shared/nlp-data beside the repository
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "nlp-data"
try:  # the library may not be installed in the venv: fall back to the source tree
    import sessietool  # noqa: F401
except ImportError:  # pragma: no cover
    import sys

    sys.path.insert(0, str(_SRC))

# --------------------------------------------------------------------------------------------
# CoNLL-U
# --------------------------------------------------------------------------------------------


@dataclass
class Token:
    id: int
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    misc: str = "_"

    @property
    def space_after(self) -> bool:
        return "SpaceAfter=No" not in self.misc.split("|")


@dataclass
class Sentence:
    tokens: list[Token]
    comments: list[str] = field(default_factory=list)
    source: str = ""

    @property
    def text(self) -> str:
        out = []
        for t in self.tokens:
            out.append(t.form + (" " if t.space_after else ""))
        return "".join(out).strip()

    def key(self) -> str:
        return dedup_key(self.text)


def dedup_key(text: str) -> str:
    """Key for de-duplication: sentence text with all whitespace removed."""
    return re.sub(r"\s+", "", text)


def parse_conllu(text: str, source: str = "") -> list[Sentence]:
    """Parse CoNLL-U text. Multi-word token ranges and empty nodes are skipped."""
    sents: list[Sentence] = []
    toks: list[Token] = []
    comments: list[str] = []
    for line in text.splitlines():
        line = line.rstrip("\n\r")
        if not line.strip():
            if toks:
                sents.append(Sentence(toks, comments, source))
            toks, comments = [], []
            continue
        if line.startswith("#"):
            comments.append(line)
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise ValueError(f"bad CoNLL-U line in {source}: {line!r}")
        if "-" in cols[0] or "." in cols[0]:
            continue
        head = int(cols[6]) if cols[6] != "_" else 0
        toks.append(
            Token(int(cols[0]), cols[1], cols[2], cols[3], cols[4], cols[5], head, cols[7], cols[9])
        )
    if toks:
        sents.append(Sentence(toks, comments, source))
    return sents


def read_conllu(path: Path) -> list[Sentence]:
    return parse_conllu(Path(path).read_text(encoding="utf-8"), source=Path(path).name)


def to_conllu(sents: Iterable[Sentence]) -> str:
    lines = []
    for s in sents:
        lines.extend(s.comments)
        for t in s.tokens:
            lines.append(
                "\t".join(
                    [str(t.id), t.form, t.lemma, t.upos, t.xpos, t.feats, str(t.head), t.deprel,
                     "_", t.misc]
                )
            )
        lines.append("")
    return "\n".join(lines) + "\n"


def dedup(sents: Iterable[Sentence], seen: set[str] | None = None) -> list[Sentence]:
    """Keep sentences whose key is not in ``seen`` (and not repeated); updates ``seen``."""
    seen = set() if seen is None else seen
    out = []
    for s in sents:
        k = s.key()
        if k in seen:
            continue
        seen.add(k)
        out.append(s)
    return out


# ---- tree checks and repairs ---------------------------------------------------------------


def has_self_loop(sent: Sentence) -> bool:
    return any(t.head == t.id for t in sent.tokens)


def is_tree(sent: Sentence) -> bool:
    """Exactly one root, heads in range, no self-loops and no cycles."""
    n = len(sent.tokens)
    heads = {t.id: t.head for t in sent.tokens}
    if sorted(heads) != list(range(1, n + 1)):
        return False
    if sum(1 for h in heads.values() if h == 0) != 1:
        return False
    for i, h in heads.items():
        if h == i or h < 0 or h > n:
            return False
    for i in heads:
        seen = set()
        j = i
        while j != 0:
            if j in seen:
                return False
            seen.add(j)
            j = heads[j]
    return True


def _crosses(a: int, b: int, arcs: Iterable[tuple[int, int]]) -> bool:
    lo, hi = min(a, b), max(a, b)
    for c, d in arcs:
        lo2, hi2 = min(c, d), max(c, d)
        if lo < lo2 < hi < hi2 or lo2 < lo < hi2 < hi:
            return True
    return False


def _depth(i: int, heads: dict[int, int]) -> int:
    d = 0
    while heads.get(i, 0) != 0 and d < 1000:
        i = heads[i]
        d += 1
    return d


def reattach_punct(sent: Sentence) -> Sentence:
    """Re-attach punctuation hanging from the root (old UD convention) to a neighbouring head.

    For each ``punct`` token attached to the root, take the nearest non-punctuation token on the
    left and on the right, climb from each towards the root as long as the new arc stays
    projective, and attach to the higher of the two candidates (left preferred on ties). A
    sentence-final full stop therefore usually stays on the root, while commas and brackets
    inside a clause move to the phrase they belong to.
    """
    toks = [replace(t) for t in sent.tokens]
    heads = {t.id: t.head for t in toks}
    root = next((t.id for t in toks if t.head == 0), None)
    if root is None:
        return Sentence(toks, list(sent.comments), sent.source)
    is_punct = {t.id: t.upos == "PUNCT" or t.deprel == "punct" for t in toks}
    for t in toks:
        if t.deprel != "punct" or t.head != root:
            continue
        p = t.id
        other_arcs = [(i, h) for i, h in heads.items() if h != 0 and i != p]
        # candidates: the nearest non-punct token to either side, then their ancestors
        cands = []
        for step in (-1, 1):
            j = p + step
            while j in heads and is_punct[j]:
                j += step
            if j not in heads:
                continue
            best = None
            k = j
            while k != 0:
                if not _crosses(p, k, other_arcs) and not _is_descendant(k, p, heads):
                    best = k
                k = heads[k]
            if best is not None:
                cands.append(best)
        if not cands:
            continue
        new = min(cands, key=lambda k: (_depth(k, heads), abs(k - p)))
        heads[p] = new
        t.head = new
    return Sentence(toks, list(sent.comments), sent.source)


def _is_descendant(k: int, p: int, heads: dict[int, int]) -> bool:
    """True if ``k`` is ``p`` or lies below ``p``."""
    seen = 0
    while k != 0 and seen < 1000:
        if k == p:
            return True
        k = heads[k]
        seen += 1
    return False


def reattach_cc(sent: Sentence) -> Sentence:
    """Attach ``cc`` to the following conjunct instead of the first conjunct (old convention)."""
    toks = [replace(t) for t in sent.tokens]
    by_id = {t.id: t for t in toks}
    for t in toks:
        if t.deprel != "cc" or t.head == 0 or t.head > t.id:
            continue
        h = by_id[t.head]
        conj_after = [
            c.id for c in toks
            if c.head == h.id and c.deprel.startswith("conj") and c.id > t.id
        ]
        if conj_after:
            t.head = min(conj_after)
    return Sentence(toks, list(sent.comments), sent.source)


_LEMMA_UNDERSCORE = re.compile(r"(?<=[^\W_])_(?=[^\W_])")


def fix_lemma(lemma: str, form: str = "") -> str:
    """Remove the underscores that mark compound parts in Alpino lemmas (basis_niveau)."""
    if "_" in form or lemma == "_":
        return lemma
    return _LEMMA_UNDERSCORE.sub("", lemma)


def fix_sentence(sent: Sentence, legacy: bool, harmonise: str = "full") -> Sentence | None:
    """Apply all repairs. ``legacy`` marks the 2017 files (punct/cc conventions, no XPOS).

    ``harmonise`` is the :func:`conventions.harmonise` mode for legacy sentences. Returns
    ``None`` for trees that must be dropped (self-loops, not a tree).
    """
    if has_self_loop(sent) or not is_tree(sent):
        return None
    toks = []
    for t in sent.tokens:
        t = replace(t)
        if t.deprel == "flat:name":
            t.deprel = "flat"
        t.lemma = fix_lemma(t.lemma, t.form)
        if legacy and (t.xpos in ("_", "") or t.xpos == t.upos):
            t.xpos = "_"
        toks.append(t)
    sent = Sentence(toks, list(sent.comments), sent.source)
    if legacy:
        sent = reattach_cc(reattach_punct(sent))
        if not is_tree(sent):
            return None
        current = conventions.harmonise(sent, harmonise)
        # only head swaps ("full") can break a tree; then this sentence is relabelled only
        sent = current if is_tree(current) else conventions.harmonise(sent, "labels")
    return sent


#: the UD Dutch files of each split (ud-dutch/NOTES.md); the 2017 ones follow older conventions
UD_FILES = {
    "train": ("nl_lassysmall-ud-train.2017.conllu", "nl_alpino-ud-train.2017-partial.conllu",
              "nl_alpino-ud-dev.conllu", "nl_lassysmall-ud-dev.conllu"),
    "dev": ("nl_alpino-ud-test.conllu",),
    "test": ("nl_lassysmall-ud-test.conllu",),
}
UD_LEGACY = frozenset({"nl_lassysmall-ud-train.2017.conllu",
                       "nl_alpino-ud-train.2017-partial.conllu"})


def read_ud_files(data_dir: Path) -> dict[str, list[Sentence]]:
    """Every file of :data:`UD_FILES` as read, by file name."""
    d = Path(data_dir) / "ud-dutch"
    return {name: read_conllu(d / name) for names in UD_FILES.values() for name in names}


def build_ud_splits(data_dir: Path, harmonise: str = "full",
                    files: dict[str, list[Sentence]] | None = None) -> dict[str, list[Sentence]]:
    """The split recipe of ud-dutch/NOTES.md, with all repairs applied.

    train: 2017 LassySmall train + 2017 partial Alpino train + current Alpino dev + current
    LassySmall dev (sentences not already in train); dev: current Alpino test (minus train);
    test: current LassySmall test sentences not in any train or dev file. ``files`` are the
    files already read by :func:`read_ud_files` (read from ``data_dir`` when not given).
    """
    files = files if files is not None else read_ud_files(data_dir)
    train, dev, test = ({name: files[name] for name in UD_FILES[split]}
                        for split in ("train", "dev", "test"))
    return make_splits(train, dev, test, legacy=UD_LEGACY, harmonise=harmonise)


def make_splits(
    train: dict[str, list[Sentence]],
    dev: dict[str, list[Sentence]],
    test: dict[str, list[Sentence]],
    legacy: set[str] | frozenset[str] = frozenset(),
    harmonise: str = "full",
) -> dict[str, list[Sentence]]:
    """De-duplicate (train first, then dev, then test) and repair. Order of dicts is kept."""
    seen: set[str] = set()
    out: dict[str, list[Sentence]] = {}
    for split, files in (("train", train), ("dev", dev), ("test", test)):
        sents: list[Sentence] = []
        for name, file_sents in files.items():
            for s in dedup(file_sents, seen):
                fixed = fix_sentence(s, legacy=name in legacy, harmonise=harmonise)
                if fixed is not None:
                    sents.append(fixed)
        out[split] = sents
    return out


def sentences_to_docs(vocab: Any, sents: Sequence[Sentence], n_sents: int = 10) -> list[Any]:
    """Group ``n_sents`` consecutive sentences into one ``Doc`` with gold annotation."""
    from spacy.tokens import Doc

    docs = []
    for i in range(0, len(sents), n_sents):
        group = sents[i : i + n_sents]
        words, spaces, tags, pos, morphs, lemmas, heads, deps, starts = ([] for _ in range(9))
        offset = 0
        for s in group:
            for k, t in enumerate(s.tokens):
                words.append(t.form)
                spaces.append(t.space_after)
                tags.append(t.xpos if t.xpos != "_" else "")
                pos.append(t.upos if t.upos != "_" else "")
                morphs.append(t.feats if t.feats != "_" else "")
                lemmas.append(t.lemma if not (t.lemma == "_" and t.form != "_") else "")
                heads.append(offset + (t.head - 1 if t.head else k))
                deps.append("ROOT" if t.deprel == "root" else t.deprel)
                starts.append(k == 0)
            if spaces:
                spaces[-1] = True
            offset += len(s.tokens)
        if spaces:
            spaces[-1] = False
        docs.append(
            Doc(vocab, words=words, spaces=spaces, tags=tags, pos=pos, morphs=morphs,
                lemmas=lemmas, heads=heads, deps=deps, sent_starts=starts)
        )
    return docs


# --------------------------------------------------------------------------------------------
# CoNLL-2002
# --------------------------------------------------------------------------------------------

from sessietool.evaluation.ner import (  # noqa: E402  (single source of truth)
    CONLL2002_POS,
    IOBSentence,
    iob1_to_iob2,
    parse_iob,
    read_iob,
    repair_line,
    repair_token,
)

__all_iob__ = (CONLL2002_POS, IOBSentence, iob1_to_iob2, parse_iob, read_iob, repair_line,
               repair_token)


def group_articles(sents: Sequence[IOBSentence]) -> list[list[IOBSentence]]:
    arts: list[list[IOBSentence]] = []
    for s in sents:
        if s.doc_start or not arts:
            arts.append([])
        arts[-1].append(s)
    return arts


def iob_to_docs(
    vocab: Any, sents: Sequence[IOBSentence], per: str = "article", max_sents: int = 0
) -> list[Any]:
    """``Doc`` objects with entities and sentence starts.

    ``per="article"`` makes one doc per ``-DOCSTART-`` article (optionally cut into chunks of
    ``max_sents`` sentences); ``per="sentence"`` one doc per sentence.
    """
    from spacy.tokens import Doc

    if per == "sentence":
        groups = [[s] for s in sents]
    else:
        groups = []
        for art in group_articles(sents):
            if max_sents:
                groups.extend(art[i : i + max_sents] for i in range(0, len(art), max_sents))
            else:
                groups.append(art)
    docs = []
    for g in groups:
        words = [w for s in g for w in s.words]
        ents = [t for s in g for t in s.tags]
        starts = [i == 0 for s in g for i in range(len(s.words))]
        docs.append(Doc(vocab, words=words, ents=ents, sent_starts=starts))
    return docs


def iter_chunks(seq: Sequence[Any], n: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i : i + n]
