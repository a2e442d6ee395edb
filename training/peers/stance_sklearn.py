#!/usr/bin/python3
"""scikit-learn peer for the stancekit stance benchmarks.

Two peer variants, both TF-IDF + LogisticRegression(class_weight='balanced'):
  "default"  TfidfVectorizer() defaults (word unigrams, raw tf)
  "ngram12"  word 1-2 grams, sublinear tf
stance-vi : 5-fold stratified CV on the annotated articles with the fold assignment read from
            (or, with --write-folds, written to) a TSV file that stancekit uses too.
ruwa      : trained on title + desc of rt, ukrinform, reuters, msnbc (or --train-outlets) and tested on
            the other outlets (outlet alignment as label).

Prints one JSON object per benchmark and variant on stdout.
"""
import argparse
import csv
import json
import sys

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

RUWA_ALIGNMENT = {
    "rt.com": "russia", "tass.com": "russia", "en.news-front.info": "russia",
    "ukrinform.net": "ukraine", "censor.net": "ukraine",
    "reuters.com": "west", "bbc.co.uk": "west", "www.msnbc.com": "west", "aljazeera.com": "west",
}
RUWA_TRAIN = {"rt.com", "ukrinform.net", "reuters.com", "www.msnbc.com"}


VARIANTS = ("default", "ngram12")


def model(variant):
    if variant == "default":
        vec = TfidfVectorizer()
    else:
        vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    return vec, LogisticRegression(class_weight="balanced", max_iter=2000)


def scores(y_true, y_pred, labels):
    per = f1_score(y_true, y_pred, labels=labels, average=None, zero_division=0)
    return {"macro_f1": float(np.mean(per)), "per_class_f1": {l: float(f) for l, f in zip(labels, per)}}


def stance_vi(args, variant):
    rows = [json.loads(l) for l in open(args.annotated, encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in rows]
    y = np.array([r["label"] for r in rows])
    texts = [r["text"] for r in rows]
    if args.write_folds:
        skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=args.seed)
        fold = {}
        for k, (_, test) in enumerate(skf.split(texts, y)):
            for i in test:
                fold[ids[i]] = k
        with open(args.folds, "w", encoding="utf-8") as f:
            f.write("id\tfold\n")
            for i in ids:
                f.write(f"{i}\t{fold[i]}\n")
    fold = {}
    with open(args.folds, encoding="utf-8") as f:
        for line in list(f)[1:]:
            i, k = line.rstrip("\n").split("\t")
            fold[i] = int(k)
    folds = np.array([fold[i] for i in ids])
    pred = np.empty(len(rows), dtype=object)
    for k in sorted(set(folds)):
        tr, te = folds != k, folds == k
        vec, clf = model(variant)
        xtr = vec.fit_transform([t for t, m in zip(texts, tr) if m])
        clf.fit(xtr, y[tr])
        pred[te] = clf.predict(vec.transform([t for t, m in zip(texts, te) if m]))
    labels = sorted(set(y))
    out = {"benchmark": "stance-vi-cv", "system": "sklearn tfidf+logreg(balanced) " + variant, "n": len(rows)}
    out.update(scores(y, pred, labels))
    return out


def ruwa(args, variant):
    train_x, train_y, test_x, test_y = [], [], [], []
    with open(args.ruwa, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            site = r["Site"].strip()
            text = " ".join(p for p in (r["title"].strip(), r["desc"].strip()) if p)
            if site not in RUWA_ALIGNMENT or not text:
                continue
            if site in args.train_outlets:
                train_x.append(text); train_y.append(RUWA_ALIGNMENT[site])
            elif not args.test_outlets or site in args.test_outlets:
                test_x.append(text); test_y.append(RUWA_ALIGNMENT[site])
    vec, clf = model(variant)
    clf.fit(vec.fit_transform(train_x), train_y)
    pred = clf.predict(vec.transform(test_x))
    labels = sorted(set(train_y))
    out = {"benchmark": "ruwa-cross-outlet", "system": "sklearn tfidf+logreg(balanced) " + variant,
           "n_train": len(train_x), "n_test": len(test_x)}
    out.update(scores(np.array(test_y), pred, labels))
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("benchmark", choices=["stance-vi", "ruwa", "all"])
    p.add_argument("--annotated", default="../shared/data/stance-vi/annotated.jsonl")
    p.add_argument("--folds", default="training/stance-vi-folds.tsv")
    p.add_argument("--write-folds", action="store_true", help="(re)write the fold file before evaluating")
    p.add_argument("--ruwa", default="../shared/data/ruwa/ruwa.csv")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--train-outlets", default=",".join(sorted(RUWA_TRAIN)),
                   help="ruwa: comma-separated outlets to train on")
    p.add_argument("--test-outlets", default="",
                   help="ruwa: comma-separated outlets to test on (default: every other outlet)")
    args = p.parse_args()
    args.train_outlets = set(o.strip() for o in args.train_outlets.split(",") if o.strip())
    args.test_outlets = set(o.strip() for o in args.test_outlets.split(",") if o.strip())
    for variant in VARIANTS:
        if args.benchmark in ("stance-vi", "all"):
            print(json.dumps(stance_vi(args, variant), ensure_ascii=False), flush=True)
            args.write_folds = False
        if args.benchmark in ("ruwa", "all"):
            print(json.dumps(ruwa(args, variant), ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
