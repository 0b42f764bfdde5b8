#!/usr/bin/env python
"""Build the nl_sessie_sm pipeline from scratch: convert data, pretrain, train, assemble, evaluate.

    python training/train.py --data ../shared/nlp-data --out models/nl_sessie_sm --train-on-dev

(the shipped pipeline is this final fit on train + dev; without ``--train-on-dev`` the dev sets
are held out and pick the best checkpoint, as in the experiments of the model card).

Stages (all run by default, in order; ``--stages`` selects a subset):

* ``convert``  UD Dutch -> de-duplicated, repaired train/dev/test DocBins (NOTES.md recipe),
               the 2017 files brought to the current annotation conventions (conventions.py);
               CoNLL-2002 -> train (ned.train) / dev (ned.testa) / test (ned.testb) DocBins, one
               Doc per sentence; joint train/dev DocBins (UD + CoNLL docs, each with only its own
               annotation) and the raw training text (UD train + ned.train) for pretraining.
* ``pretrain`` ``spacy pretrain`` of the shared tok2vec on the raw training text (characters
               objective: predict the first and last characters of each word).
* ``train``    one spaCy training (configs/joint.cfg): tok2vec shared by tagger, morphologizer,
               parser, trainable lemmatizer and ner, initialised from the pretrained weights.
* ``assemble`` model-best (model-last with ``--train-on-dev``) + the lemma lookup table after the
               trainable lemmatizer (spacy-lookups-data's ``nl_lemma_lookup``: the ``training``
               extra) + meta.json + model card; written to a temp dir, renamed over ``--out``.
* ``evaluate`` UD test split (POS, tag, morph, UAS, LAS, lemma, sentences), CoNLL-2002 testa and
               testb (``sessietool.evaluation.ner.score_iob``), speed, load time, size ->
               ``scores.json`` in the pipeline dir and the work dir.

``--tiny`` (small networks, few steps) with ``--sample N`` gives a fast smoke test.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
try:
    import sessietool  # noqa: F401
except ImportError:
    sys.path.insert(0, str(ROOT / "src"))

import convert  # noqa: E402

SEED = 0
LABELS = ("PER", "ORG", "LOC", "MISC")

TINY_OVERRIDES = {
    "components.tok2vec.model.encode.width": 16,
    "components.tok2vec.model.encode.depth": 1,
    "components.tok2vec.model.embed.rows": [500, 100, 250, 250],
    "components.parser.model.hidden_width": 16,
    "components.ner.model.hidden_width": 16,
    "components.parser.min_action_freq": 1,
    "components.trainable_lemmatizer.min_tree_freq": 1,
    "pretraining.objective.hidden_size": 16,
    "training.max_steps": 10,
    "training.eval_frequency": 5,
}
PRETRAIN_EPOCHS = 20
SPEED_PASSES = 5  # speed is the best of these passes: the machines are shared and noisy
TINY_PRETRAIN_EPOCHS = 1
LOAD_PASSES = 3  # load time is the best of these loads, for the same reason
# config keys that shape the tok2vec: `spacy pretrain` must see the same values as `spacy train`
ARCH_PREFIXES = ("components.tok2vec.", "pretraining.objective.")

META = {
    "lang": "nl",
    "name": "sessie_sm",
    "version": "0.4.0",
    "description": (
        "Small Dutch pipeline for sessietool: one tok2vec (pretrained on the raw training text) "
        "shared by tagger, morphologizer, parser, trainable lemmatizer (UD Dutch LassySmall + "
        "Alpino; corrected by spacy-lookups-data's Dutch lemma table) and ner (PER/ORG/LOC/MISC, "
        "CoNLL-2002). Trained from scratch, no word vectors."
    ),
    "author": "sessietool",
    "license": (
        "CC BY-SA 4.0 (UD Dutch) and research use only (CoNLL-2002): the shared tok2vec and the "
        "ner are trained on CoNLL-2002, so the whole pipeline is for research use only"
    ),
    "sources": [
        {
            "name": "UD_Dutch-LassySmall",
            "url": "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
            "license": "CC BY-SA 4.0",
            "author": "Gertjan van Noord, Gosse Bouma et al. (Lassy Small corpus, Dutch Wikipedia)",
        },
        {
            "name": "UD_Dutch-Alpino",
            "url": "https://github.com/UniversalDependencies/UD_Dutch-Alpino",
            "license": "CC BY-SA 4.0",
            "author": "Gosse Bouma, Gertjan van Noord et al. (Alpino treebank, newspaper text)",
        },
        {
            "name": "CoNLL-2002 Dutch NER (De Morgen 2000, University of Antwerp)",
            "url": "https://www.clips.uantwerpen.be/conll2002/ner/",
            "license": (
                "Distributed for research purposes within the CoNLL-2002 shared task; no "
                "permission for other (e.g. commercial) use. The shared tok2vec and the ner "
                "component, hence the whole pipeline, inherit this."
            ),
            "author": "Erik F. Tjong Kim Sang (2002); annotation: University of Antwerp",
        },
        {
            "name": "spacy-lookups-data nl_lemma_lookup",
            "url": "https://github.com/explosion/spacy-lookups-data",
            "license": "MIT",
            "author": "Explosion AI and contributors",
        },
    ],
}
LEMMA_TABLE = "nl_lemma_lookup"
CARRIED_SCORES = ("timings_min", "overrides", "trained_on_dev", "ud_conventions",
                  "pretrain_epochs")


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


# --------------------------------------------------------------------------------------------
# convert
# --------------------------------------------------------------------------------------------


def stage_convert(data: Path, work: Path, sample: int = 0, ner_docs: str = "sentence",
                  harmonise: str = "full", train_on_dev: bool = False,
                  raw_paths: list[Path] | None = None, raw_words: int = 0) -> dict[str, Any]:
    import spacy
    from spacy.tokens import DocBin

    random.seed(SEED)
    nlp = spacy.blank("nl")
    corpus = work / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    stats: dict[str, Any] = {}
    docs_by_split: dict[str, list[Any]] = {}
    ud_words: dict[str, list[list[str]]] = {}

    for name, sents in convert.build_ud_splits(data, harmonise=harmonise).items():
        if sample:
            n = sample if name == "train" else max(sample // 4, 5)
            if n < len(sents):
                keep = sorted(random.Random(SEED).sample(range(len(sents)), n))
                sents = [sents[i] for i in keep]
        ud_words[name] = [[t.form for t in s.tokens] for s in sents]
        docs = convert.sentences_to_docs(nlp.vocab, sents, n_sents=10)
        docs_by_split[f"ud-{name}"] = docs
        DocBin(docs=docs, store_user_data=False).to_disk(corpus / f"ud-{name}.spacy")
        (corpus / f"ud-{name}.conllu").write_text(convert.to_conllu(sents), encoding="utf-8")
        stats[f"ud-{name}"] = {"sentences": len(sents), "tokens": sum(len(s.tokens) for s in sents)}

    conll = data / "conll2002"
    ner_sents: dict[str, list[convert.IOBSentence]] = {}
    for name, fname in (("train", "ned.train"), ("dev", "ned.testa"), ("test", "ned.testb")):
        sents = convert.read_iob(conll / fname)
        if sample:
            sents = sents[: sample if name == "train" else max(sample // 4, 5)]
        ner_sents[name] = sents
        docs = convert.iob_to_docs(nlp.vocab, sents, per=ner_docs)
        docs_by_split[f"ner-{name}"] = docs
        DocBin(docs=docs, store_user_data=False).to_disk(corpus / f"ner-{name}.spacy")
        stats[f"ner-{name}"] = {
            "sentences": len(sents),
            "docs": len(docs),
            "tokens": sum(len(s.words) for s in sents),
            "entities": sum(1 for s in sents for t in s.tags if t.startswith("B-")),
        }
        if sample:  # a sampled IOB file for the NER evaluation
            _write_iob(sents, corpus / f"ner-{name}.iob")

    # joint corpora: each doc carries only its own annotation (no loss for the rest)
    for name in ("train", "dev"):
        docs = docs_by_split[f"ud-{name}"] + docs_by_split[f"ner-{name}"]
        if name == "train" and train_on_dev:  # final fit: the dev sets are trained on too
            docs += docs_by_split["ud-dev"] + docs_by_split["ner-dev"]
        DocBin(docs=docs, store_user_data=False).to_disk(corpus / f"joint-{name}.spacy")
    # raw text for pretraining: training text only, never dev or test text
    with (corpus / "raw.jsonl").open("w", encoding="utf-8") as f:
        for doc in docs_by_split["ud-train"]:
            text = " ".join(t.text for t in doc)
            f.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
        for group in convert.iter_chunks(ner_sents["train"], 10):
            text = " ".join(w for s in group for w in s.words)
            f.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
        if raw_paths:  # unannotated Dutch (raw-nl), for pretraining only
            held_out = ud_words["dev"] + ud_words["test"]
            held_out += [s.words for name in ("dev", "test") for s in ner_sents[name]]
            stats["pretrain-raw"] = append_raw_text(f, nlp, raw_paths, raw_words, held_out)
    (corpus / "stats.json").write_text(json.dumps(stats, indent=2))
    log(f"converted: {json.dumps(stats)}")
    return stats


# --------------------------------------------------------------------------------------------
# raw Dutch for pretraining (--pretrain-raw)
# --------------------------------------------------------------------------------------------

RAW_SUFFIXES = (".txt", ".txt.gz")
RAW_CHUNK = 200  # raw lines longer than this many tokens are cut after a full stop ...
RAW_CHUNK_MAX = 400  # ... or here (the pretraining corpus skips docs over 500 tokens)
HELD_OUT_MIN_CHARS = 20  # dev/test sentences this long (spaces removed) are kept out of raw text


def raw_files(paths: list[Path]) -> list[Path]:
    """The raw text files named by ``paths`` (files, or folders of ``*.txt``/``*.txt.gz``),
    in a fixed order."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(f for f in p.iterdir() if f.name.endswith(RAW_SUFFIXES))
        else:
            out.append(p)
    return out


def _open_text(path: Path) -> Any:
    import gzip

    if path.name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def _raw_lines(files: list[Path]) -> Any:
    for path in files:
        with _open_text(path) as fh:
            for line in fh:
                line = line.strip()
                if line:
                    yield line


def sample_raw_lines(files: list[Path], words: int = 0) -> list[str]:
    """A deterministic sample of about ``words`` whitespace words: every k-th non-empty line of
    the files taken together (k from the total word count, first line at a seed-fixed offset),
    so that each file contributes in proportion to its size. ``words=0`` takes every line."""
    if words <= 0:
        return list(_raw_lines(files))
    total = sum(len(line.split()) for line in _raw_lines(files))
    k = max(1, total // words)
    start = random.Random(SEED).randrange(k)
    out, n = [], 0
    for i, line in enumerate(_raw_lines(files)):
        if i % k == start:
            out.append(line)
            n += len(line.split())
            if n >= words:
                break
    return out


def _squash(words: Any) -> str:
    return "".join("".join(words).split())


def _chunks(tokens: list[str]) -> Any:
    cur: list[str] = []
    for tok in tokens:
        cur.append(tok)
        if len(cur) >= RAW_CHUNK_MAX or (len(cur) >= RAW_CHUNK and tok in {".", "?", "!"}):
            yield cur
            cur = []
    if cur:
        yield cur


def _holds_held_out(tokens: list[str], banned: dict[str, list[str]]) -> bool:
    """Whether some held-out sentence (``banned``, keyed by its first ``HELD_OUT_MIN_CHARS``
    characters, spaces removed) starts at a token of ``tokens``."""
    sq, pos = "".join(tokens), 0
    for tok in tokens:
        if any(sq.startswith(c, pos) for c in banned.get(sq[pos:pos + HELD_OUT_MIN_CHARS], ())):
            return True
        pos += len(tok)
    return False


def append_raw_text(f: Any, nlp: Any, paths: list[Path], words: int,
                    held_out: list[list[str]]) -> dict[str, Any]:
    """Tokenise a sample of the raw text and write it to the pretraining file ``f``, one JSON
    line per paragraph (long ones cut into chunks). A line that holds a dev or test sentence (of
    at least ``HELD_OUT_MIN_CHARS`` characters, compared without spaces) is left out."""
    files = raw_files(paths)
    if not files:
        raise SystemExit(f"--pretrain-raw: no .txt/.txt.gz files in {paths}")
    lines = sample_raw_lines(files, words)
    banned: dict[str, list[str]] = {}
    for sent in held_out:
        sq = _squash(sent)
        if len(sq) >= HELD_OUT_MIN_CHARS:
            banned.setdefault(sq[:HELD_OUT_MIN_CHARS], []).append(sq)
    n_words = n_docs = dropped = 0
    for doc in nlp.tokenizer.pipe(lines, batch_size=1000):
        tokens = [t.text for t in doc if not t.is_space]
        if _holds_held_out(tokens, banned):
            dropped += 1
            continue
        for chunk in _chunks(tokens):
            f.write(json.dumps({"text": " ".join(chunk)}, ensure_ascii=False) + "\n")
            n_docs += 1
        n_words += len(tokens)
    stats = {"files": [p.name for p in files], "lines": len(lines) - dropped,
             "lines_with_dev_test_text": dropped, "docs": n_docs, "tokens": n_words}
    log(f"raw pretraining text: {json.dumps(stats)}")
    return stats


def _write_iob(sents: list[convert.IOBSentence], path: Path) -> None:
    lines = []
    for s in sents:
        if s.doc_start:
            lines += ["-DOCSTART- -DOCSTART- O", ""]
        lines += [f"{w} X {t}" for w, t in zip(s.words, s.tags, strict=True)] + [""]
    path.write_text("\n".join(lines) + "\n", encoding="latin-1", errors="replace")


# --------------------------------------------------------------------------------------------
# train
# --------------------------------------------------------------------------------------------


def _overrides(overrides: dict[str, Any]) -> list[str]:
    out = []
    for k, v in overrides.items():
        out += [f"--{k}", json.dumps(v) if not isinstance(v, str) else v]
    return out


def _run(name: str, cmd: list[str], work: Path) -> None:
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1",
               PYTHONHASHSEED=str(SEED))
    log(f"{name}: {' '.join(cmd)}")
    t0 = time.time()
    logf = work / f"{name}.log"
    with logf.open("w") as out:
        rc = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=ROOT).returncode
    log(f"{name} finished rc={rc} in {(time.time() - t0) / 60:.1f} min")
    if rc != 0:
        raise SystemExit(f"{name} failed:\n{logf.read_text()[-3000:]}")


def stage_pretrain(work: Path, config: Path, overrides: dict[str, Any], epochs: int) -> Path:
    """``spacy pretrain`` of the shared tok2vec; returns the weights file of the last epoch."""
    out = work / "pretrain"
    if out.exists():
        shutil.rmtree(out)
    arch = {k: v for k, v in overrides.items() if k.startswith(ARCH_PREFIXES)}
    cmd = [sys.executable, "-m", "spacy", "pretrain", str(config), str(out),
           "--paths.raw_text", str(work / "corpus" / "raw.jsonl"),
           "--system.seed", str(SEED), "--pretraining.max_epochs", str(epochs),
           *_overrides(arch)]
    _run("pretrain", cmd, work)
    return out / "model-last.bin"


def stage_train(work: Path, config: Path, overrides: dict[str, Any],
                init_tok2vec: Path | None) -> None:
    corpus = work / "corpus"
    cmd = [
        sys.executable, "-m", "spacy", "train", str(config),
        "--output", str(work / "model"),
        "--gpu-id", "-1",
        "--paths.train", str(corpus / "joint-train.spacy"),
        "--paths.dev", str(corpus / "joint-dev.spacy"),
        "--system.seed", str(SEED),
        *_overrides(overrides),
    ]
    if init_tok2vec is not None:
        cmd += ["--paths.init_tok2vec", str(init_tok2vec)]
    _run("train", cmd, work)


# --------------------------------------------------------------------------------------------
# assemble
# --------------------------------------------------------------------------------------------


def stage_assemble(work: Path, model: Path | None = None, last: bool = False) -> Path:
    """Load ``model`` (default: the best dev checkpoint, or the last one with ``last``)."""
    import spacy

    nlp = spacy.load(model or work / "model" / ("model-last" if last else "model-best"))
    add_lemma_table(nlp)
    meta = dict(nlp.meta)
    for k in ("performance", "requirements", "sources", "spacy_git_version"):
        meta.pop(k, None)
    meta.update(META)
    meta["spacy_version"] = f">={spacy.about.__version__.rsplit('.', 1)[0]}.0,<3.9.0"
    meta["labels"] = {
        name: list(pipe.labels) for name, pipe in nlp.pipeline if hasattr(pipe, "labels")
    }
    nlp.meta.clear()
    nlp.meta.update(meta)
    assembled = work / "assembled"
    if assembled.exists():
        shutil.rmtree(assembled)
    nlp.to_disk(assembled)
    log(f"assembled pipeline {nlp.pipe_names} -> {assembled}")
    return assembled


def lemma_table() -> dict[str, str]:
    """spacy-lookups-data's Dutch form → lemma table."""
    import gzip

    try:
        import spacy_lookups_data
    except ImportError:
        raise SystemExit("train.py: the lemma table needs spacy-lookups-data: "
                         "pip install -e '.[training]'") from None
    path = Path(spacy_lookups_data.__file__).parent / "data" / f"{LEMMA_TABLE}.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def add_lemma_table(nlp: Any) -> None:
    """The lookup component after the trainable lemmatizer (``sessietool.nlp.lemma_lookup``):
    0.930 → 0.950 lemma accuracy on the UD test split (``lemma_compare.py``)."""
    if "trainable_lemmatizer" not in nlp.pipe_names or "sessie_lemma_lookup" in nlp.pipe_names:
        return
    pipe = nlp.add_pipe("sessie_lemma_lookup", after="trainable_lemmatizer")
    pipe.initialize(table=lemma_table())
    log(f"lemma table after the trainable lemmatizer: {len(pipe.table):,} forms")


def install(src: Path, out: Path) -> None:
    """Copy ``src`` next to ``out`` and rename it into place (never a half-written ``out``)."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.parent / f".{out.name}.tmp-{os.getpid()}"
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    shutil.copytree(src, tmp)
    if out.exists():
        os.rename(out, old)
    os.rename(tmp, out)
    if old.exists():
        shutil.rmtree(old)
    log(f"installed {out}")


# --------------------------------------------------------------------------------------------
# evaluate
# --------------------------------------------------------------------------------------------


def stage_evaluate(model: Path, work: Path, data: Path, sample: int = 0) -> dict[str, Any]:
    import spacy
    from spacy.tokens import DocBin
    from spacy.training import Example

    from sessietool.evaluation.ner import score_iob

    spacy.blank("nl")  # language data and registry warm-up, not part of the model's load time
    load_s = float("inf")
    for _ in range(LOAD_PASSES):  # best of a few loads: a shared host adds noise, never speed
        t0 = time.perf_counter()
        nlp = spacy.load(model)
        load_s = min(load_s, time.perf_counter() - t0)
    scores: dict[str, Any] = {"pipeline": nlp.pipe_names, "load_s": round(load_s, 3)}

    # UD test split
    gold = list(DocBin().from_disk(work / "corpus" / "ud-test.spacy").get_docs(nlp.vocab))
    examples = [Example(nlp.make_doc(d.text), d) for d in gold]
    with nlp.select_pipes(disable=["ner"]):
        ud = nlp.evaluate(examples)
    keys = ("token_acc", "pos_acc", "tag_acc", "morph_acc", "dep_uas", "dep_las", "lemma_acc",
            "sents_p", "sents_r", "sents_f")
    scores["ud_test"] = {k: ud.get(k) for k in keys}
    scores["ud_test"]["sentences"] = sum(len(list(d.sents)) for d in gold)
    scores["ud_test"]["tokens"] = sum(len(d) for d in gold)
    log(f"UD test: {json.dumps(scores['ud_test'])}")

    # NER, pre-tokenised, exact spans
    conll = data / "conll2002"
    for split, fname in (("ner_testa", "ned.testa"), ("ner_testb", "ned.testb")):
        path = conll / fname
        if sample:
            path = work / "corpus" / ("ner-dev.iob" if split == "ner_testa" else "ner-test.iob")
        scores[split] = score_iob(nlp, path, labels=LABELS)
        log(f"{split}: overall {json.dumps(scores[split]['overall'])}")

    # speed, one thread, nlp.pipe with batch 64, on the UD test texts
    texts = [d.text for d in gold]
    if sample:
        texts = texts * 3
    n_words = 0
    best = best_cpu = 0.0
    for _ in range(SPEED_PASSES):
        t0, c0 = time.perf_counter(), time.process_time()
        n_words = sum(len(d) for d in nlp.pipe(texts, batch_size=64))
        best = max(best, n_words / (time.perf_counter() - t0))
        best_cpu = max(best_cpu, n_words / (time.process_time() - c0))
    # wall-clock words/s depends on what else runs on the machine; words per CPU-second less so
    scores["speed"] = {"words_per_s": round(best), "words_per_cpu_s": round(best_cpu),
                       "words": n_words, "batch_size": 64, "n_process": 1}
    size = sum(f.stat().st_size for f in Path(model).rglob("*") if f.is_file())
    scores["size_mb"] = round(size / 1e6, 2)
    log(f"speed {scores['speed']['words_per_s']} words/s, load {load_s:.2f}s, "
        f"{scores['size_mb']} MB")
    return scores


def scores_table(scores: dict[str, Any]) -> str:
    """Markdown tables of a scores.json."""
    a_name = "testa (trained on)" if scores.get("trained_on_dev") else "testa"
    lines = [f"| NER (CoNLL-2002) | {a_name} P | {a_name} R | {a_name} F | testb P | testb R | "
             "testb F | testb n |", "|---|---|---|---|---|---|---|---|"]
    a, b = scores["ner_testa"], scores["ner_testb"]
    for lab in [*LABELS, "overall"]:
        sa = a["overall"] if lab == "overall" else a["labels"][lab]
        sb = b["overall"] if lab == "overall" else b["labels"][lab]
        n = sum(v["n_gold"] for v in b["labels"].values()) if lab == "overall" else sb["n_gold"]
        lines.append(f"| {lab} | {sa['p']:.3f} | {sa['r']:.3f} | {sa['f']:.3f} | {sb['p']:.3f} | "
                     f"{sb['r']:.3f} | **{sb['f']:.3f}** | {n} |")
    ud = scores["ud_test"]
    lines += ["", f"| UD Dutch test split ({ud['sentences']} sentences, {ud['tokens']} tokens) | "
              "score |", "|---|---|"]
    names = {"pos_acc": "POS (UPOS)", "tag_acc": "tag (XPOS)", "morph_acc": "morphology",
             "dep_uas": "UAS", "dep_las": "LAS", "lemma_acc": "lemma", "sents_f": "sentence F"}
    for k, name in names.items():
        if ud.get(k) is not None:
            lines.append(f"| {name} | {ud[k]:.3f} |")
    sp = scores["speed"]
    lines += ["", "| runtime (1 thread) | value |", "|---|---|",
              f"| speed, `nlp.pipe` batch {sp['batch_size']} | {sp['words_per_s']:,} words/s "
              f"(wall clock), {sp.get('words_per_cpu_s', 0):,} words per CPU second |",
              f"| load time (`spacy.load`) | {scores['load_s']:.2f} s |",
              f"| size on disk | {scores['size_mb']:.1f} MB |"]
    return "\n".join(lines)


TARGETS = {"ner_f": 0.80, "pos_acc": 0.93, "dep_las": 0.72, "lemma_acc": 0.93,
           "words_per_s": 10_000, "load_s": 1.0, "size_mb": 30.0}


def status_table(scores: dict[str, Any]) -> str:
    """Markdown table of the issue's targets against a scores.json."""
    def met(ok: bool, gap: str = "") -> str:
        return "yes" if ok else f"**no**{f' ({gap})' if gap else ''}"

    t, ud, b = TARGETS, scores["ud_test"], scores["ner_testb"]
    per = {lab: b["labels"][lab]["f"] for lab in LABELS}
    ner_ok = b["overall"]["f"] >= t["ner_f"] and all(f >= t["ner_f"] for f in per.values())
    rows = [("NER F1 ≥ 0.80 on ned.testb, overall and per label",
             f"overall {b['overall']['f']:.3f}; "
             + ", ".join(f"{lab} {f:.3f}" for lab, f in per.items()), met(ner_ok))]
    for key, name in (("pos_acc", "POS"), ("dep_las", "LAS"), ("lemma_acc", "lemma")):
        gap = f"{(ud[key] - t[key]) * 100:+.1f}"
        ok = ud[key] >= t[key]
        rows.append((f"{name} ≥ {t[key]:.2f} (UD test)", f"{ud[key]:.3f}", met(ok, gap)))
    wps = scores["speed"]["words_per_s"]
    rows += [
        ("≥ 10,000 words/s, one core", f"{wps:,}", met(wps >= t["words_per_s"])),
        ("load ≤ 1 s", f"{scores['load_s']:.2f} s", met(scores["load_s"] <= t["load_s"])),
        ("≤ 30 MB", f"{scores['size_mb']:.1f} MB", met(scores["size_mb"] <= t["size_mb"])),
    ]
    return "\n".join(["| target | result | met? |", "|---|---|---|",
                      *(f"| {a} | {r} | {m} |" for a, r, m in rows)])


def render_card(template: str, scores: dict[str, Any]) -> str:
    return (template.replace("{{SCORES}}", scores_table(scores))
            .replace("{{STATUS}}", status_table(scores)))


# --------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, default=convert.DEFAULT_DATA,
                    help="folder with ud-dutch/ and conll2002/ (default: ../shared/nlp-data)")
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "nl_sessie_sm",
                    help="where the finished pipeline goes (replaced only when complete)")
    ap.add_argument("--work", type=Path, default=HERE / "work",
                    help="corpora, pretraining weights, checkpoints and logs")
    ap.add_argument("--config", type=Path, default=HERE / "configs" / "joint.cfg")
    ap.add_argument("--stages", default="convert,pretrain,train,assemble,evaluate",
                    help="comma-separated subset of the stages, in order")
    ap.add_argument("--ner-docs", choices=("sentence", "article"), default="sentence",
                    help="NER training docs: one per sentence or one per -DOCSTART- article")
    ap.add_argument("--ud-conventions", choices=("none", "labels", "full"), default="full",
                    help="bring the 2017 UD files to current conventions: relabel only, or "
                    "also swap heads of auxiliaries and copulas (default), or not at all")
    ap.add_argument("--train-on-dev", action="store_true",
                    help="final fit: train on the dev sets too (UD dev, ned.testa) and keep the "
                    "last checkpoint; testa scores are then not held out")
    ap.add_argument("--sample", type=int, default=0, help="use only N training sentences")
    ap.add_argument("--tiny", action="store_true", help="tiny networks and 10 steps (smoke test)")
    ap.add_argument("--steps", type=int, default=0, help="override training.max_steps")
    ap.add_argument("--pretrain-epochs", type=int, default=0,
                    help=f"epochs of pretraining (default {PRETRAIN_EPOCHS}; 0 = default)")
    ap.add_argument("--pretrain-raw", type=Path, action="append", default=[],
                    metavar="PATH_OR_DIR",
                    help="also pretrain on this raw Dutch text (a .txt/.txt.gz file with one "
                    "paragraph a line, or a folder of them; repeatable), e.g. "
                    "../shared/nlp-data/raw-nl; for pretraining only, dev/test sentences removed")
    ap.add_argument("--pretrain-raw-words", type=int, default=0, metavar="N",
                    help="a deterministic sample of about N words of --pretrain-raw (every k-th "
                    "line); 0 = all of it")
    ap.add_argument("--model", type=Path, help="assemble from this pipeline instead of "
                    "WORK/model/model-best")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="extra config override, e.g. training.dropout=0.2")
    args = ap.parse_args(argv)

    t_start = time.time()
    stages = [s.strip() for s in args.stages.split(",") if s.strip()]
    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    data = args.data.resolve()
    overrides: dict[str, Any] = dict(TINY_OVERRIDES) if args.tiny else {}
    if args.steps:
        overrides["training.max_steps"] = args.steps
    for item in args.set:
        k, v = item.split("=", 1)
        try:
            overrides[k] = json.loads(v)
        except json.JSONDecodeError:
            overrides[k] = v
    epochs = args.pretrain_epochs or (TINY_PRETRAIN_EPOCHS if args.tiny else PRETRAIN_EPOCHS)

    timings: dict[str, float] = {}
    if "convert" in stages:
        t = time.time()
        stage_convert(data, work, sample=args.sample, ner_docs=args.ner_docs,
                      harmonise=args.ud_conventions, train_on_dev=args.train_on_dev,
                      raw_paths=args.pretrain_raw, raw_words=args.pretrain_raw_words)
        timings["convert_min"] = (time.time() - t) / 60
    weights: Path | None = None
    if "pretrain" in stages:
        t = time.time()
        weights = stage_pretrain(work, args.config, overrides, epochs)
        timings["pretrain_min"] = (time.time() - t) / 60
    elif (work / "pretrain" / "model-last.bin").exists():
        weights = work / "pretrain" / "model-last.bin"
    if "train" in stages:
        t = time.time()
        train_overrides = {k: v for k, v in overrides.items() if not k.startswith("pretraining.")}
        stage_train(work, args.config, train_overrides, weights)
        timings["train_min"] = (time.time() - t) / 60
    assembled = (stage_assemble(work, args.model, last=args.train_on_dev) if "assemble" in stages
                 else work / "assembled")
    if "assemble" in stages and "evaluate" not in stages and (work / "scores.json").exists():
        shutil.copy(work / "scores.json", assembled / "scores.json")  # the card needs scores
    if "evaluate" in stages:
        t = time.time()
        scores = stage_evaluate(assembled, work, data, sample=args.sample)
        timings["evaluate_min"] = (time.time() - t) / 60
        scores["timings_min"] = {k: round(v, 1) for k, v in timings.items()}
        scores["overrides"] = overrides
        scores["trained_on_dev"] = args.train_on_dev
        scores["ud_conventions"] = args.ud_conventions
        # spacy pretrain writes one modelN.bin per finished epoch
        done = list(weights.parent.glob("model[0-9]*.bin")) if weights else []
        scores["pretrain_epochs"] = len(done)
        source_scores = args.model / "scores.json" if args.model else None
        if "train" not in stages and source_scores is not None and source_scores.is_file():
            # re-assembled from a trained pipeline: how it was trained stays as it was
            earlier = json.loads(source_scores.read_text())
            scores.update({k: earlier[k] for k in CARRIED_SCORES if k in earlier})
        (assembled / "scores.json").write_text(json.dumps(scores, indent=2))
        (work / "scores.json").write_text(json.dumps(scores, indent=2))
    if "assemble" in stages:
        card = HERE / "MODEL_CARD.md"
        scores_path = assembled / "scores.json"
        if card.exists() and scores_path.exists():
            scores = json.loads(scores_path.read_text())
            text = render_card(card.read_text(encoding="utf-8"), scores)
            (assembled / "README.md").write_text(text, encoding="utf-8")
        install(assembled, args.out)
    log(f"done in {(time.time() - t_start) / 60:.1f} min")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
