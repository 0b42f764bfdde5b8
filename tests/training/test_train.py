"""End-to-end smoke test of training/train.py on the tiny fixtures (tiny networks, 10 steps)."""
from __future__ import annotations

import json
import shutil

import pytest


@pytest.fixture
def data_dir(tmp_path, fixtures):
    ud = tmp_path / "data" / "ud-dutch"
    ner = tmp_path / "data" / "conll2002"
    ud.mkdir(parents=True)
    ner.mkdir(parents=True)
    for src, dst in [
        ("ud_legacy.conllu", "nl_lassysmall-ud-train.2017.conllu"),
        ("ud_legacy.conllu", "nl_alpino-ud-train.2017-partial.conllu"),
        ("ud_current.conllu", "nl_alpino-ud-dev.conllu"),
        ("ud_current.conllu", "nl_lassysmall-ud-dev.conllu"),
        ("ud_dev.conllu", "nl_alpino-ud-test.conllu"),
        ("ud_test.conllu", "nl_lassysmall-ud-test.conllu"),
    ]:
        shutil.copy(fixtures / src, ud / dst)
    for name in ("ned.train", "ned.testa", "ned.testb"):
        shutil.copy(fixtures / "ned.mini", ner / name)
    return tmp_path / "data"


TINY_TABLE = {"wonen": "wonen", "Marie": "Marie"}


@pytest.fixture(autouse=True)
def tiny_lemma_table(monkeypatch):
    """The real table is spacy-lookups-data's (the ``training`` extra, not installed by
    ``.[dev]``); a tiny one stands in, so the recipe is tested without it."""
    import train

    monkeypatch.setattr(train, "lemma_table", lambda: dict(TINY_TABLE))


def test_recipe_end_to_end(tmp_path, data_dir):
    import spacy
    import train

    out = tmp_path / "models" / "nl_sessie_sm"
    rc = train.main(["--data", str(data_dir), "--out", str(out), "--work", str(tmp_path / "work"),
                     "--tiny"])
    assert rc == 0
    nlp = spacy.load(out)
    assert nlp.pipe_names == ["tok2vec", "tagger", "morphologizer", "parser",
                              "trainable_lemmatizer", "sessie_lemma_lookup", "ner"]
    assert f"{nlp.meta['lang']}_{nlp.meta['name']}" == "nl_sessie_sm"
    assert nlp.meta["version"] == "0.4.0"
    assert nlp.get_pipe("sessie_lemma_lookup").table == TINY_TABLE
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC", "MISC"}
    scores = json.loads((out / "scores.json").read_text())
    assert {"ud_test", "ner_testa", "ner_testb", "speed", "load_s", "size_mb"} <= set(scores)
    assert set(scores["ner_testb"]["labels"]) == {"PER", "ORG", "LOC", "MISC"}
    doc = nlp("Jan en Marie wonen in Den Haag.")
    assert len(doc) == 8
    list(doc.noun_chunks)  # needs POS + deps; must not raise
    assert not list(out.parent.glob(".nl_sessie_sm.*"))  # no temp dirs left behind
    # one tok2vec shared by every component, initialised by the pretraining stage
    assert set(nlp.get_pipe("tok2vec").listening_components) == {
        "tagger", "morphologizer", "parser", "trainable_lemmatizer", "ner"}
    assert (tmp_path / "work" / "pretrain" / "model-last.bin").exists()
    assert scores["pretrain_epochs"] == 1


def _conllu_sentences(work, *names):
    """The sentences of the converted ``corpus/NAME.conllu`` files, words joined without spaces."""
    return [
        "".join(line.split("\t")[1] for line in block.splitlines() if line[:1].isdigit())
        for name in names
        for block in (work / "corpus" / f"{name}.conllu").read_text().split("\n\n")
        if block.strip()
    ]


def test_convert_pretraining_text_is_training_text_only(tmp_path, data_dir):
    import train

    work = tmp_path / "work"
    train.stage_convert(data_dir, work)
    raw = [json.loads(line)["text"] for line in (work / "corpus" / "raw.jsonl").open()]
    squash = "".join
    raw_text = squash(squash(t.split()) for t in raw)
    dev_test = _conllu_sentences(work, "ud-dev", "ud-test")
    train_sents = _conllu_sentences(work, "ud-train")
    assert dev_test and train_sents
    assert all(s in raw_text for s in train_sents)
    assert not any(s in raw_text for s in dev_test)
    # the joint corpora hold the UD docs and the CoNLL docs of the same split
    import spacy
    from spacy.tokens import DocBin

    vocab = spacy.blank("nl").vocab
    n = {name: len(DocBin().from_disk(work / "corpus" / f"{name}.spacy")) for name in (
        "ud-train", "ner-train", "joint-train", "ud-dev", "ner-dev", "joint-dev")}
    assert n["joint-train"] == n["ud-train"] + n["ner-train"]
    assert n["joint-dev"] == n["ud-dev"] + n["ner-dev"]
    joint = list(DocBin().from_disk(work / "corpus" / "joint-train.spacy").get_docs(vocab))
    assert any(d.has_annotation("DEP") and not d.has_annotation("ENT_IOB") for d in joint)
    assert any(d.has_annotation("ENT_IOB") and not d.has_annotation("DEP") for d in joint)


def test_convert_final_fit_trains_on_the_dev_sets(tmp_path, data_dir):
    import train
    from spacy.tokens import DocBin

    work = tmp_path / "work"
    train.stage_convert(data_dir, work, train_on_dev=True)
    n = {name: len(DocBin().from_disk(work / "corpus" / f"{name}.spacy")) for name in (
        "ud-train", "ner-train", "ud-dev", "ner-dev", "joint-train")}
    assert n["joint-train"] == n["ud-train"] + n["ner-train"] + n["ud-dev"] + n["ner-dev"]


def test_convert_harmonises_the_2017_files_only(tmp_path, data_dir, fixtures):
    import train

    shutil.copy(fixtures / "ud_conventions.conllu",
                data_dir / "ud-dutch" / "nl_lassysmall-ud-train.2017.conllu")
    for mode, expected in (("full", "root"), ("labels", "aux"), ("none", "aux")):
        work = tmp_path / mode
        train.stage_convert(data_dir, work, harmonise=mode)
        rows = [line.split("\t") for line in (work / "corpus" / "ud-train.conllu").read_text()
                .splitlines() if line[:1].isdigit()]
        assert next(r[7] for r in rows if r[1] == "wil") == expected
        assert next(r[3] for r in rows if r[1] == "als") == ("ADP" if mode == "none" else "SCONJ")


def _scores(ner_f: float = 0.85, las: float = 0.75, words_per_s: int = 12_000) -> dict:
    labels = {lab: {"p": ner_f, "r": ner_f, "f": ner_f, "n_gold": 10}
              for lab in ("PER", "ORG", "LOC", "MISC")}
    return {
        "ner_testb": {"overall": {"p": ner_f, "r": ner_f, "f": ner_f}, "labels": labels},
        "ud_test": {"pos_acc": 0.95, "dep_las": las, "lemma_acc": 0.95},
        "speed": {"words_per_s": words_per_s}, "load_s": 0.5, "size_mb": 12.0,
    }


def test_status_table_marks_each_target():
    import train

    assert "**no**" not in train.status_table(_scores())
    rows = train.status_table(_scores(ner_f=0.79, las=0.70, words_per_s=9_000)).splitlines()
    failed = [r.split("|")[1].strip() for r in rows if "**no**" in r]
    assert len(failed) == 3
    assert failed[0].startswith("NER") and failed[1].startswith("LAS") and "words/s" in failed[2]
    assert "(-2.0)" in next(r for r in rows if r.startswith("| LAS"))


def test_assemble_without_evaluate_keeps_the_card(tmp_path, data_dir):
    import train

    out = tmp_path / "models" / "nl_sessie_sm"
    work = tmp_path / "work"
    args = ["--data", str(data_dir), "--out", str(out), "--work", str(work), "--tiny"]
    assert train.main(args) == 0
    (out / "README.md").unlink()
    assert train.main([*args, "--stages", "assemble"]) == 0
    assert "| target | result | met? |" in (out / "README.md").read_text()


RAW_LINES = [
    "De raad stelt de begroting vast voor het jaar 2018.",
    "Artikel 2. De minister kan nadere regels stellen over de subsidie.",
    "Het college zegt dat Piet leest het verslag. Daarna volgt de stemming.",  # a dev sentence
    "Deze regeling treedt in werking met ingang van 1 januari.",
    "Burgemeester en wethouders maken het besluit bekend in de Staatscourant.",
    "De voorzitter sluit de vergadering om vijf uur.",
]


@pytest.fixture
def raw_dir(tmp_path):
    import gzip

    raw = tmp_path / "raw-nl"
    raw.mkdir()
    with gzip.open(raw / "wetten.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(RAW_LINES[:4]) + "\n")
    speech = " ".join(["Ik dank de minister voor zijn antwoord ."] * 60)  # 480 tokens, one line
    (raw / "speeches.txt").write_text("\n".join([*RAW_LINES[4:], speech]) + "\n",
                                      encoding="utf-8")
    (raw / "SOURCE.md").write_text("not text to train on\n", encoding="utf-8")
    return raw


def _raw_docs(work):
    return [json.loads(line)["text"] for line in (work / "corpus" / "raw.jsonl").open()]


def test_convert_pretrain_raw_adds_raw_text_but_no_dev_test_text(tmp_path, data_dir, raw_dir):
    import train

    plain, work = tmp_path / "plain", tmp_path / "work"
    train.stage_convert(data_dir, plain)
    stats = train.stage_convert(data_dir, work, raw_paths=[raw_dir])
    before, after = _raw_docs(plain), _raw_docs(work)
    assert after[: len(before)] == before  # the training text comes first, unchanged
    added = after[len(before):]
    assert "De raad stelt de begroting vast voor het jaar 2018 ." in added  # tokenised
    assert not any("verslag" in t for t in added)  # the line with a dev sentence is left out
    assert stats["pretrain-raw"]["lines_with_dev_test_text"] == 1
    assert stats["pretrain-raw"]["files"] == ["speeches.txt", "wetten.txt.gz"]
    # the long speech is cut into docs the pretraining corpus does not skip (max 500 tokens)
    assert max(len(t.split()) for t in added) <= train.RAW_CHUNK_MAX
    assert sum("Ik dank de minister" in t for t in added) >= 2
    squash = "".join
    raw_text = squash(squash(t.split()) for t in after)
    dev_test = _conllu_sentences(work, "ud-dev", "ud-test")
    assert dev_test and not any(s in raw_text for s in dev_test)
    # dev/test files are not changed by the option
    for name in ("joint-train", "joint-dev", "ud-test", "ner-test"):
        assert (work / "corpus" / f"{name}.spacy").read_bytes() == (
            plain / "corpus" / f"{name}.spacy").read_bytes()


def test_pretrain_raw_words_is_a_deterministic_sample(tmp_path, raw_dir):
    import train

    every = train.sample_raw_lines(train.raw_files([raw_dir]))
    assert len(every) == len(RAW_LINES) + 1  # SOURCE.md is not raw text
    lines = [f"regel {i} van de wet" for i in range(100)]  # 5 words a line
    (tmp_path / "many.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    files = [tmp_path / "many.txt"]
    sample = train.sample_raw_lines(files, words=100)
    assert sample == train.sample_raw_lines(files, words=100)
    assert len(sample) == 20  # every 5th line, 100 words
    picked = [lines.index(line) for line in sample]
    assert {i % 5 for i in picked} == {picked[0] % 5}
    assert train.sample_raw_lines(files, words=10**9) == lines == train.sample_raw_lines(files)


def test_main_pretrain_raw_option(tmp_path, data_dir, raw_dir):
    import train

    work = tmp_path / "work"
    words = 30
    assert train.main(["--data", str(data_dir), "--work", str(work), "--stages", "convert",
                       "--pretrain-raw", str(raw_dir / "wetten.txt.gz"),
                       "--pretrain-raw-words", str(words)]) == 0
    stats = json.loads((work / "corpus" / "stats.json").read_text())
    assert stats["pretrain-raw"]["files"] == ["wetten.txt.gz"]
    assert stats["pretrain-raw"]["tokens"] > 0
