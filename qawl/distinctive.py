"""Words most distinctive of one set of articles against another: the weighted log-odds
ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words",
section 3.5.1). The prior is the two sets' pooled word frequencies scaled to `prior_size`
pseudo-counts, so rare words are shrunk towards no difference and frequent words are not
favoured merely for being frequent; z-scores rank the words."""
from __future__ import annotations

import numpy as np
import pandas as pd

PRIOR_SIZE = 1000.0


def log_odds(target: pd.Series, contrast: pd.Series, prior_size: float = PRIOR_SIZE) -> pd.DataFrame:
    """For word counts `target` and `contrast` (Series indexed by word): one row per word
    with its counts, `delta` (log-odds of the word in target minus in contrast) and `z`
    (delta over its standard deviation), largest z first. Positive z: typical of target."""
    counts = pd.concat([target.rename("target"), contrast.rename("contrast")], axis=1).fillna(0)
    pooled = counts["target"] + counts["contrast"]
    alpha = prior_size * pooled / pooled.sum()
    a0 = alpha.sum()

    def log_odds_in(y: pd.Series) -> pd.Series:
        n = y.sum()
        return np.log((y + alpha) / (n + a0 - y - alpha))

    delta = log_odds_in(counts["target"]) - log_odds_in(counts["contrast"])
    variance = 1.0 / (counts["target"] + alpha) + 1.0 / (counts["contrast"] + alpha)
    frame = counts.assign(delta=delta, z=delta / np.sqrt(variance))
    frame.index.name = "key"
    return frame.sort_values("z", ascending=False).reset_index()
