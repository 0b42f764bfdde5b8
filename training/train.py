#!/usr/bin/env python
"""Build the nl_sessie_sm pipeline from scratch: convert data, train, assemble, evaluate.

    python training/train.py --data ../shared/nlp-data --out models/nl_sessie_sm

Stages (all run by default, in order; ``--stages`` selects a subset):

* ``convert``  UD Dutch -> de-duplicated, repaired train/dev/test DocBins (NOTES.md recipe);
               CoNLL-2002 -> train (ned.train) / dev (ned.testa) / test (ned.testb) DocBins,
               one Doc per -DOCSTART- article.
* ``train``    two spaCy trainings, UD (configs/ud.cfg) and NER (configs/ner.cfg, own tok2vec),
               run in parallel (one core each) unless ``--jobs 1``.
* ``assemble`` UD model-best + the NER component sourced from the NER model-best; meta.json;
               written to a temp dir and renamed over ``--out``.
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
    "ud": {
        "components.tok2vec.model.encode.width": 16,
        "components.tok2vec.model.encode.depth": 1,
        "components.tok2vec.model.embed.rows": [500, 100, 250, 250],
        "components.parser.model.hidden_width": 16,
        "components.parser.min_action_freq": 1,
        "components.trainable_lemmatizer.min_tree_freq": 1,
        "training.max_steps": 10,
        "training.eval_frequency": 5,
    },
    "ner": {
        "components.ner.model.tok2vec.encode.width": 16,
        "components.ner.model.tok2vec.encode.depth": 1,
        "components.ner.model.tok2vec.embed.rows": [500, 100, 250, 250],
        "components.ner.model.hidden_width": 16,
        "training.max_steps": 10,
        "training.eval_frequency": 5,
    },
}

META = {
    "lang": "nl",
    "name": "sessie_sm",
    "version": "0.1.0",
    "description": (
        "Small Dutch pipeline for sessietool: tok2vec, tagger, morphologizer, parser, trainable "
        "lemmatizer (UD Dutch LassySmall + Alpino) and ner (PER/ORG/LOC/MISC, CoNLL-2002, own "
        "tok2vec). Trained from scratch, no word vectors."
    ),
    "author": "sessietool",
    "license": "CC BY-SA 4.0 (UD components); NER trained on CoNLL-2002: research use only",
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
                "permission for other (e.g. commercial) use. The ner component inherits this."
            ),
            "author": "Erik F. Tjong Kim Sang (2002); annotation: University of Antwerp",
        },
    ],
}


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


# --------------------------------------------------------------------------------------------
# convert
# --------------------------------------------------------------------------------------------


def stage_convert(data: Path, work: Path, sample: int = 0, ner_docs: str = "sentence",
                  only: tuple[str, ...] = ("ud", "ner")) -> dict[str, Any]:
    import spacy
    from spacy.tokens import DocBin

    random.seed(SEED)
    nlp = spacy.blank("nl")
    corpus = work / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    stats: dict[str, Any] = {}

    splits = convert.build_ud_splits(data) if "ud" in only else {}
    for name, sents in splits.items():
        if sample:
            n = sample if name == "train" else max(sample // 4, 5)
            if n < len(sents):
                keep = sorted(random.Random(SEED).sample(range(len(sents)), n))
                sents = [sents[i] for i in keep]
        docs = convert.sentences_to_docs(nlp.vocab, sents, n_sents=10)
        DocBin(docs=docs, store_user_data=False).to_disk(corpus / f"ud-{name}.spacy")
        (corpus / f"ud-{name}.conllu").write_text(convert.to_conllu(sents), encoding="utf-8")
        stats[f"ud-{name}"] = {"sentences": len(sents), "tokens": sum(len(s.tokens) for s in sents)}

    conll = data / "conll2002"
    ner_files = (("train", "ned.train"), ("dev", "ned.testa"), ("test", "ned.testb"))
    for name, fname in ner_files if "ner" in only else ():
        sents = convert.read_iob(conll / fname)
        if sample:
            sents = sents[: sample if name == "train" else max(sample // 4, 5)]
        docs = convert.iob_to_docs(nlp.vocab, sents, per=ner_docs)
        DocBin(docs=docs, store_user_data=False).to_disk(corpus / f"ner-{name}.spacy")
        stats[f"ner-{name}"] = {
            "sentences": len(sents),
            "docs": len(docs),
            "tokens": sum(len(s.words) for s in sents),
            "entities": sum(1 for s in sents for t in s.tags if t.startswith("B-")),
        }
        if sample:  # a sampled IOB file for the NER evaluation
            _write_iob(sents, corpus / f"ner-{name}.iob")
    stats_path = corpus / "stats.json"
    if stats_path.exists():
        stats = {**json.loads(stats_path.read_text()), **stats}
    stats_path.write_text(json.dumps(stats, indent=2))
    log(f"converted: {json.dumps(stats)}")
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


def _train_cmd(name: str, config: Path, work: Path, overrides: dict[str, Any]) -> list[str]:
    corpus = work / "corpus"
    cmd = [
        sys.executable, "-m", "spacy", "train", str(config),
        "--output", str(work / name),
        "--gpu-id", "-1",
        "--paths.train", str(corpus / f"{name}-train.spacy"),
        "--paths.dev", str(corpus / f"{name}-dev.spacy"),
        "--system.seed", str(SEED),
    ]
    for k, v in overrides.items():
        cmd += [f"--{k}", json.dumps(v) if not isinstance(v, str) else v]
    return cmd


def stage_train(work: Path, configs: dict[str, Path], overrides: dict[str, dict], jobs: int,
                only: list[str]) -> None:
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1",
               PYTHONHASHSEED=str(SEED))
    procs: list[tuple[str, subprocess.Popen, Any, float]] = []
    for name in only:
        cmd = _train_cmd(name, configs[name], work, overrides.get(name, {}))
        logf = open(work / f"train-{name}.log", "w")  # noqa: SIM115
        log(f"train {name}: {' '.join(cmd)}")
        p = subprocess.Popen(cmd, stdout=logf, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
        procs.append((name, p, logf, time.time()))
        if jobs <= 1:
            _wait(procs[-1])
    if jobs > 1:
        for pr in procs:
            _wait(pr)


def _wait(pr: tuple[str, subprocess.Popen, Any, float]) -> None:
    name, p, logf, t0 = pr
    rc = p.wait()
    logf.close()
    log(f"train {name} finished rc={rc} in {(time.time() - t0) / 60:.1f} min")
    if rc != 0:
        tail = (logf.name and Path(logf.name).read_text()[-3000:]) or ""
        raise SystemExit(f"training {name} failed:\n{tail}")


# --------------------------------------------------------------------------------------------
# assemble
# --------------------------------------------------------------------------------------------


def stage_assemble(work: Path, ud_model: Path | None = None, ner_model: Path | None = None) -> Path:
    import spacy

    ud = spacy.load(ud_model or work / "ud" / "model-best")
    ner = spacy.load(ner_model or work / "ner" / "model-best")
    ud.add_pipe("ner", source=ner)
    meta = dict(ud.meta)
    for k in ("performance", "requirements", "sources", "spacy_git_version"):
        meta.pop(k, None)
    meta.update(META)
    meta["spacy_version"] = f">={spacy.about.__version__.rsplit('.', 1)[0]}.0,<3.9.0"
    meta["labels"] = {
        name: list(pipe.labels) for name, pipe in ud.pipeline if hasattr(pipe, "labels")
    }
    ud.meta.clear()
    ud.meta.update(meta)
    assembled = work / "assembled"
    if assembled.exists():
        shutil.rmtree(assembled)
    ud.to_disk(assembled)
    log(f"assembled pipeline {ud.pipe_names} -> {assembled}")
    return assembled


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
    t0 = time.perf_counter()
    nlp = spacy.load(model)
    load_s = time.perf_counter() - t0
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
    for _ in range(2):
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
    lines = ["| NER (CoNLL-2002) | testa P | testa R | testa F | testb P | testb R | testb F | "
             "testb n |", "|---|---|---|---|---|---|---|---|"]
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


def render_card(template: str, scores: dict[str, Any]) -> str:
    return template.replace("{{SCORES}}", scores_table(scores))


# --------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "nlp-data")
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "nl_sessie_sm")
    ap.add_argument("--work", type=Path, default=HERE / "work")
    ap.add_argument("--ud-config", type=Path, default=HERE / "configs" / "ud.cfg")
    ap.add_argument("--ner-config", type=Path, default=HERE / "configs" / "ner.cfg")
    ap.add_argument("--stages", default="convert,train,assemble,evaluate")
    ap.add_argument("--only", default="ud,ner", help="which trainings to run (ud,ner)")
    ap.add_argument("--jobs", type=int, default=2, help="parallel trainings (1 or 2)")
    ap.add_argument("--ner-docs", choices=("sentence", "article"), default="sentence",
                    help="NER training docs: one per sentence or one per -DOCSTART- article")
    ap.add_argument("--sample", type=int, default=0, help="use only N training sentences")
    ap.add_argument("--tiny", action="store_true", help="tiny networks and 10 steps (smoke test)")
    ap.add_argument("--ud-steps", type=int, default=0, help="override training.max_steps (UD)")
    ap.add_argument("--ner-steps", type=int, default=0, help="override training.max_steps (NER)")
    ap.add_argument("--ud-model", type=Path, help="assemble from this UD pipeline instead of "
                    "WORK/ud/model-best")
    ap.add_argument("--ner-model", type=Path, help="assemble from this NER pipeline instead of "
                    "WORK/ner/model-best")
    ap.add_argument("--set", action="append", default=[], metavar="ud|ner:KEY=VALUE",
                    help="extra config override, e.g. ner:training.dropout=0.2")
    args = ap.parse_args(argv)

    t_start = time.time()
    stages = [s.strip() for s in args.stages.split(",") if s.strip()]
    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    data = args.data.resolve()
    overrides: dict[str, dict[str, Any]] = {"ud": {}, "ner": {}}
    if args.tiny:
        overrides = {k: dict(v) for k, v in TINY_OVERRIDES.items()}
    if args.ud_steps:
        overrides["ud"]["training.max_steps"] = args.ud_steps
    if args.ner_steps:
        overrides["ner"]["training.max_steps"] = args.ner_steps
    for item in args.set:
        which, kv = item.split(":", 1)
        k, v = kv.split("=", 1)
        try:
            overrides[which][k] = json.loads(v)
        except json.JSONDecodeError:
            overrides[which][k] = v

    timings: dict[str, float] = {}
    if "convert" in stages:
        t = time.time()
        only = tuple(s for s in args.only.split(",") if s)
        stage_convert(data, work, sample=args.sample, ner_docs=args.ner_docs, only=only)
        timings["convert_min"] = (time.time() - t) / 60
    if "train" in stages:
        t = time.time()
        only = [s for s in args.only.split(",") if s]
        configs = {"ud": args.ud_config, "ner": args.ner_config}
        stage_train(work, configs, overrides, args.jobs, only)
        timings["train_min"] = (time.time() - t) / 60
    if "assemble" in stages:
        assembled = stage_assemble(work, args.ud_model, args.ner_model)
    else:
        assembled = work / "assembled"
    if "evaluate" in stages:
        t = time.time()
        scores = stage_evaluate(assembled, work, data, sample=args.sample)
        timings["evaluate_min"] = (time.time() - t) / 60
        scores["timings_min"] = {k: round(v, 1) for k, v in timings.items()}
        scores["overrides"] = overrides
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
