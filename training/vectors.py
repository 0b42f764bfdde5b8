"""Static floret vectors for nl_sessie_sm from the raw Dutch text (issue 20).

    .venv/bin/python training/vectors.py --data ../shared/nlp-data --out /tmp/vectors \
        --every 8 --dim 100 --bucket 50000

Steps: read the raw-nl files (one paragraph a line), keep every ``--every``-th line of the two
legislation files (a deterministic spread over all laws, not the first N) plus every speech,
tokenise each line with spaCy's blank ``nl`` tokenizer (the same tokens the pipeline looks up),
keep case (vectors are looked up by ORTH; capitals matter for NER), write one sentence a line,
train floret (mode floret; floret's own fixed seed 0, which its Python API does not expose;
bit-identical vectors need ``--threads 1``, as fastText's threads race) and run
``spacy init vectors nl vectors.floret OUT/nlp --mode floret``.
"""
from __future__ import annotations

import argparse
import gzip
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

FILES = ("nl_bwb_2017.regelgeving.txt.gz", "nl_bwb_2017.verdragen_selectielijsten.txt.gz")
SPEECHES = "parlspeech_v2_tweedekamer_sample.txt"
SEED = 0  # floret's built-in default seed (train_unsupervised takes no seed argument)


def raw_lines(raw: Path, every: int = 1, limit: int = 0) -> Iterator[str]:
    """Every ``every``-th line of the legislation files, then all speeches; ``limit`` caps lines."""
    n = 0
    for name in FILES:
        path = raw / name
        if not path.exists():
            continue
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i % every == 0 and line.strip():
                    yield line.strip()
                    n += 1
                    if limit and n >= limit:
                        return
    speeches = raw / SPEECHES
    if speeches.exists():
        for line in speeches.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield line.strip()
                n += 1
                if limit and n >= limit:
                    return


def tokenise(lines: Iterator[str], out: Path, lower: bool = False) -> int:
    """spaCy ``nl`` tokens, space-separated, one paragraph a line; returns the word count."""
    import spacy

    nlp = spacy.blank("nl")
    words = 0
    with out.open("w", encoding="utf-8") as fh:
        for doc in nlp.tokenizer.pipe(lines, batch_size=1000):
            toks = [t.text.lower() if lower else t.text for t in doc if not t.is_space]
            if toks:
                fh.write(" ".join(toks) + "\n")
                words += len(toks)
    return words


def train_floret(text: Path, out_stem: Path, *, dim: int, bucket: int, minn: int, maxn: int,
                 epoch: int, model: str, threads: int) -> Path:
    import floret

    vec = floret.train_unsupervised(
        str(text), model=model, mode="floret", hashCount=2, bucket=bucket, dim=dim,
        minn=minn, maxn=maxn, epoch=epoch, thread=threads, minCount=5)
    vec.save_floret_vectors(str(out_stem) + ".floret")
    return Path(str(out_stem) + ".floret")


def init_vectors(floret_file: Path, out_dir: Path) -> None:
    subprocess.run([sys.executable, "-m", "spacy", "init", "vectors", "nl", str(floret_file),
                    str(out_dir), "--mode", "floret"], check=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/nlp-data"))
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--every", type=int, default=8, help="keep every N-th legislation line")
    ap.add_argument("--limit", type=int, default=0, help="at most N lines (tests)")
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--bucket", type=int, default=50000)
    ap.add_argument("--minn", type=int, default=4)
    ap.add_argument("--maxn", type=int, default=5)
    ap.add_argument("--epoch", type=int, default=5)
    ap.add_argument("--model", choices=("cbow", "skipgram"), default="cbow")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--lower", action="store_true")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    text = args.out / "text.txt"
    words = tokenise(raw_lines(args.data / "raw-nl", args.every, args.limit), text, args.lower)
    print(f"tokenised {words} words -> {text}", flush=True)
    vec = train_floret(text, args.out / "vectors", dim=args.dim, bucket=args.bucket,
                       minn=args.minn, maxn=args.maxn, epoch=args.epoch, model=args.model,
                       threads=args.threads)
    init_vectors(vec, args.out / "nlp")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
