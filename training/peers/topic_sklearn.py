#!/usr/bin/python3
"""scikit-learn peer for the VNTC-10 topic benchmark: TF-IDF (syllable n-grams) + LinearSVC.

Usage: topic_sklearn.py TRAIN.jsonl.gz TEST.jsonl.gz [--ngram-max 2] [--c 1.0] [--min-df 2] [--max-df 1.0]
Prints one JSON line: accuracy, macro_f1, accuracy/macro_f1 on the test set without texts shared with train, timings.
"""
import argparse, gzip, json, re, sys, time, unicodedata, hashlib

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC
from sklearn.metrics import accuracy_score, f1_score


def read(path):
    op = gzip.open if path.endswith(".gz") else open
    with op(path, "rt", encoding="utf-8") as f:
        rows = [json.loads(l) for l in f if l.strip()]
    return [r["text"] for r in rows], [r["label"] for r in rows]


def fingerprint(t):
    t = re.sub(r"\s+", " ", unicodedata.normalize("NFC", t).lower()).strip()
    return hashlib.sha256(t.encode("utf-8")).hexdigest()[:32]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("train"); ap.add_argument("test")
    ap.add_argument("--ngram-max", type=int, default=2)
    ap.add_argument("--c", type=float, default=1.0)
    ap.add_argument("--min-df", type=int, default=2)
    ap.add_argument("--max-df", type=float, default=1.0)
    a = ap.parse_args()
    xtr, ytr = read(a.train); xte, yte = read(a.test)
    t0 = time.time()
    vec = TfidfVectorizer(ngram_range=(1, a.ngram_max), min_df=a.min_df, max_df=a.max_df, sublinear_tf=True,
                          token_pattern=r"(?u)\b\w+\b", lowercase=True)
    Xtr = vec.fit_transform(xtr)
    clf = LinearSVC(C=a.c).fit(Xtr, ytr)
    train_s = time.time() - t0
    pred = clf.predict(vec.transform(xte))
    seen = {fingerprint(t) for t in xtr}
    keep = [i for i, t in enumerate(xte) if fingerprint(t) not in seen]
    yk = [yte[i] for i in keep]; pk = [pred[i] for i in keep]
    print(json.dumps({"peer": "scikit-learn TF-IDF + LinearSVC", "ngram_max": a.ngram_max, "c": a.c,
                      "features": len(vec.vocabulary_), "train_s": round(train_s, 1),
                      "accuracy": accuracy_score(yte, pred), "macro_f1": f1_score(yte, pred, average="macro"),
                      "dedup_n": len(keep), "dedup_accuracy": accuracy_score(yk, pk),
                      "dedup_macro_f1": f1_score(yk, pk, average="macro")}))


if __name__ == "__main__":
    main()
