#!/usr/bin/env python3
"""An example analysis of route simulate's tidy CSV with pandas (docs/analysis/README.md).

Usage: python3 sweep_analysis.py RUN_PREFIX OUT_DIR
  RUN_PREFIX  the path of a run's files without the suffix, such as sweep/influence for sweep/influence-summary.csv
  OUT_DIR     where to write new-vs-old.csv and new-vs-old.png

Reads NAME-summary.csv and NAME-replications.csv of a sweep over policies old and new and one or more parameters,
checks that the summary's means are the means of the replications, and computes the paired difference new - old
per replication (both policies ran with the same seed: common random numbers), with its mean and 95% t-interval.
"""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display needed
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from scipy import stats  # noqa: E402

KEY = ["scenario", "policy", "route", "metric", "unit", "horizon_weeks"]
METRICS = ["professionalHours", "effect", "carerOverloaded", "networkInvolvement"]


def main(prefix: str, out_dir: str) -> None:
    summary = pd.read_csv(prefix + "-summary.csv")
    reps = pd.read_csv(prefix + "-replications.csv")
    # the columns between 'point' and 'scenario' are the swept parameters
    cols = list(summary.columns)
    params = cols[cols.index("point") + 1:cols.index("scenario")]

    # 1. the summary's mean is the mean of the replications' values
    means = reps.groupby(["point"] + KEY, as_index=False)["value"].mean()
    check = summary.merge(means, on=["point"] + KEY)
    gap = (check["mean"] - check["value"]).abs().max()
    print(f"max |mean of replications - summary mean| = {gap:.3g}")

    # 2. paired differences new - old per replication, same parameter values
    all_cases = reps[(reps["route"] == "all") & reps["metric"].isin(METRICS)]
    wide = all_cases.pivot_table(index=params + ["metric", "replication"], columns="policy", values="value")
    wide["difference"] = wide["new"] - wide["old"]
    rows = []
    for key, group in wide.groupby(level=params + ["metric"]):
        d = group["difference"]
        half = stats.t.ppf(0.975, len(d) - 1) * d.std(ddof=1) / len(d) ** 0.5
        rows.append(list(key if isinstance(key, tuple) else (key,)) + [d.mean(), d.mean() - half, d.mean() + half,
                                                                       len(d)])
    table = pd.DataFrame(rows, columns=params + ["metric", "new_minus_old", "ci95_lower", "ci95_upper",
                                                 "replications"])
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    table.to_csv(out / "new-vs-old.csv", index=False)
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(table.to_string(index=False))

    # 3. one panel per metric: the difference against the first swept parameter
    x = params[0]
    fig, axes = plt.subplots(1, len(METRICS), figsize=(4 * len(METRICS), 3.2))
    for ax, metric in zip(axes, METRICS):
        t = table[table["metric"] == metric]
        ax.errorbar(t[x], t["new_minus_old"], yerr=[t["new_minus_old"] - t["ci95_lower"],
                                                    t["ci95_upper"] - t["new_minus_old"]], fmt="o-", capsize=3)
        ax.axhline(0, color="grey", linewidth=0.8)
        ax.set_title(metric)
        ax.set_xlabel(x)
    axes[0].set_ylabel("new - old (95% interval)")
    fig.tight_layout()
    fig.savefig(out / "new-vs-old.png", dpi=100)
    print(f"wrote {out / 'new-vs-old.csv'} and {out / 'new-vs-old.png'}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
