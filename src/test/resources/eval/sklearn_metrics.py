"""Recomputes stancekit's metrics from a predictions.jsonl with scikit-learn, printing one JSON object.

Usage: python3 sklearn_metrics.py predictions.jsonl
Labels are the score keys of the first line, in order (as stancekit reads the file).
"""
import json
import sys

import numpy as np
from sklearn import metrics


def main(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    labels = list(rows[0]["scores"].keys())
    index = {label: i for i, label in enumerate(labels)}
    y = np.array([index[r["gold"]] for r in rows])
    p = np.array([index[r["pred"]] for r in rows])
    probs = np.array([[r["scores"][label] for label in labels] for r in rows])
    present = sorted(set(y.tolist()) | set(p.tolist()))
    prec, rec, f1, sup = metrics.precision_recall_fscore_support(y, p, labels=present, zero_division=0)
    onehot = np.eye(len(labels))[y]
    out = {
        "n": len(rows),
        "accuracy": metrics.accuracy_score(y, p),
        "macro_f1": metrics.f1_score(y, p, average="macro", zero_division=0),
        "micro_f1": metrics.f1_score(y, p, average="micro", zero_division=0),
        "weighted_f1": metrics.f1_score(y, p, average="weighted", zero_division=0),
        "mcc": metrics.matthews_corrcoef(y, p),
        "kappa": metrics.cohen_kappa_score(y, p),
        "log_loss": metrics.log_loss(y, probs, labels=list(range(len(labels)))),
        "brier": float(np.mean(np.sum((probs - onehot) ** 2, axis=1))),
        "confusion": metrics.confusion_matrix(y, p, labels=list(range(len(labels)))).tolist(),
        "per_class": {labels[c]: {"precision": prec[i], "recall": rec[i], "f1": f1[i], "support": int(sup[i])}
                      for i, c in enumerate(present)},
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1])
