#!/usr/bin/env python3
"""Rebuild readable article texts from the ANERcorp CAMeL Lab TRAIN split (gold2).

The train file is not corrupted (unlike the test file, see build_texts.py), so the
tokens and tags are taken from ANERCorp_CamelLab_train.txt as they are.  The
detokenisation and layout rules are those of build_texts.py (imported from it):
punctuation attachment, alternating straight quotes, PER_LINE sentences per line,
fragments of < 5 words not counted, no line break inside an open straight quote.
One extra mechanical repair: decimals that the corpus splits across two sentences
("إلى 1 ." + "2 مليون ...") are rejoined ("إلى 1.2 مليون"), see merge_split_decimals.
Writes texts2/anercorp_train_XX.txt and .tags.
Usage: python3 build_texts_train.py [--dump]   (--dump prints sentences >= 2000)
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_texts import read_camel, detok, detok_stretch, write_stretch  # noqa: E402

OUT = os.path.join(HERE, 'texts2')

# (id, first sentence, last sentence) 0-based sentence numbers in the train file, inclusive
STRETCHES = [
    ('anercorp_train_01', 2299, 2313),  # Israeli landing near Baalbek (AFP)
    ('anercorp_train_02', 2330, 2349),  # UNIFIL: Chirac, Prodi, Portugal, Turkey, Bulgaria, Indonesia, Gillerman
    ('anercorp_train_03', 2488, 2503),  # Somalia: Islamic Courts, Ethiopia, Salad Hassan
    ('anercorp_train_04', 2508, 2527),  # Gaza incursions, Islamic Jihad
    ('anercorp_train_05', 2531, 2539),  # Nepal fuel shortage (dpa)
    ('anercorp_train_06', 2758, 2778),  # Naguib Mahfouz (culture)
    ('anercorp_train_07', 2903, 2925),  # UN Security Council resolution 1706 on Darfur
    ('anercorp_train_08', 3224, 3240),  # EIA oil demand forecast, OPEC, IEA (economy)
    ('anercorp_train_09', 3427, 3437),  # Saad Hariri on the Siniora government
    ('anercorp_train_10', 3798, 3813),  # Al-Wahda before the Al-Jazira match (sport)
]


def merge_split_decimals(sents):
    """ANERcorp splits decimals such as 1.2 into "1 ." + a new sentence "2 ...".
    Mechanical repair: when a sentence ends with <digits> "." and the next one
    starts with <digits>, the two sentences are joined and the number is rebuilt
    as one token ("1.2").  Returns the new list and the number of repairs."""
    out, n = [], 0
    for s in sents:
        s = list(s)
        if (out and len(out[-1]) >= 2 and out[-1][-1] == '.' and out[-1][-2].isdigit()
                and s and s[0].isdigit()):
            prev = out[-1]
            out[-1] = prev[:-2] + [prev[-2] + '.' + s[0]] + s[1:]
            n += 1
        else:
            out.append(s)
    return out, n


def main():
    sents_all = read_camel('ANERCorp_CamelLab_train.txt')
    if '--dump' in sys.argv:
        for i, s in enumerate(sents_all):
            if i >= 2000:
                print(f'[{i}] ' + detok([t for t, _ in s])[0])
        return
    os.makedirs(OUT, exist_ok=True)
    for art_id, a, b in STRETCHES:
        toks, nfix = merge_split_decimals([[t for t, _ in sents_all[i]] for i in range(a, b + 1)])
        sents, opened = detok_stretch(toks)
        write_stretch(OUT, art_id, sents, opened, sents_all[a:b + 1])
        print(art_id, a, b, len(sents), 'sentences', f'({nfix} split decimals rejoined)' if nfix else '')


if __name__ == '__main__':
    main()
