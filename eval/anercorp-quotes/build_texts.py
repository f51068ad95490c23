#!/usr/bin/env python3
"""Rebuild readable article texts from the ANERcorp CAMeL Lab test split.

1. Read ANERCorp_CamelLab_test.txt (token TAG per line, blank line = sentence end).
2. Repair the first token of each test sentence: in this file the first token of
   (almost) every sentence is a wrong word (e.g. "برند جلالته" for "وأكد جلالته").
   The correct token is taken mechanically from the original ANERCorp_Benajiba.txt:
   the sentence's tokens 2..6 are located in the original token stream (forward
   scan) and the token just before them replaces the first token (its tag too).
3. Detokenise the chosen stretches of consecutive sentences (STRETCHES below) and
   write texts/anercorp_test_XX.txt (one paragraph per line, PER_LINE sentences per line).
Usage: python3 build_texts.py [--dump]   (--dump prints all repaired sentences)
"""
import os, re, sys
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'corpora', 'anercorp-camellab', '')
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'texts')

# (id, first sentence, last sentence) 0-based sentence numbers in the test file, inclusive
STRETCHES = [
    ('anercorp_test_01', 42, 59),    # British press review: Iraq, Woodward, Israel/Syria
    ('anercorp_test_02', 80, 87),    # Iran nuclear talks, Solana/Larijani, Bush
    ('anercorp_test_03', 88, 108),   # al-Zawahiri recording
    ('anercorp_test_04', 109, 125),  # Abbas / Hamas unity government
    ('anercorp_test_05', 131, 148),  # Italians and the euro changeover
    ('anercorp_test_06', 149, 159),  # Duisenberg, ECB
    ('anercorp_test_07', 215, 222),  # Enron ends ties with Andersen
    ('anercorp_test_08', 223, 234),  # Arafat letters to Lahoud and Ben Ali
    ('anercorp_test_09', 245, 259),  # Erdogan rejects Ocalan ceasefire call
    ('anercorp_test_10', 260, 271),  # Shinzo Abe and the constitution
]
PER_LINE = 2


def read_camel(fn):
    sents, cur = [], []
    for line in open(D + fn, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            if cur:
                sents.append(cur); cur = []
            continue
        tok, tag = line.rsplit(' ', 1)
        cur.append([tok, tag])
    if cur:
        sents.append(cur)
    return sents


def read_benajiba():
    toks, tags = [], []
    for line in open(D + 'ANERCorp_Benajiba.txt', encoding='utf-8'):
        line = line.rstrip('\n').replace('\u200f', '')
        if not line.strip():
            continue
        parts = line.split(' ')
        toks.append(parts[0].replace('\u00b7', '.').replace('\u2022', '.'))
        tags.append(parts[-1] if len(parts) > 1 else 'O')
    return toks, tags


def repaired_test():
    """Return the test sentences as lists of [token, tag] taken from the ORIGINAL
    token stream, with the CAMeL sentence boundaries (token-level alignment)."""
    import difflib
    test = read_camel('ANERCorp_CamelLab_test.txt')
    btoks, btags = read_benajiba()
    ct, starts = [], []
    for s in test:
        starts.append(len(ct)); ct += [t for t, _ in s]
    # locate the start of the test part in the original: first 8 tokens of sentence 0
    first = ct[:8]
    b0 = next(p for p in range(len(btoks)) if btoks[p:p + 8] == first)
    seg = btoks[b0:b0 + len(ct) + 500]
    sm = difflib.SequenceMatcher(None, ct, seg, autojunk=False)
    J = [None] * (len(ct) + 1)
    nrep = 0
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != 'equal':
            nrep += max(i2 - i1, j2 - j1)
        for i in range(i1, i2):
            J[i] = min(j1 + (i - i1), j2) if op != 'delete' else j1
        J[i2] = j2 if J[i2] is None else J[i2]
    J[len(ct)] = J[len(ct)] or len(seg)
    bounds = []
    for a in starts:
        j = J[a]
        # a boundary that falls inside a changed block goes right after the nearest '.'
        if j > 0 and seg[j - 1] not in ('.', '..', '؟', '?', '!', '"'):
            k = j - 1
            while k > j - 4 and k > 0 and seg[k - 1] not in ('.', '..'):
                k -= 1
            if k > 0 and seg[k - 1] in ('.', '..'):
                j = k
        bounds.append(j)
    bounds.append(J[len(ct)])
    out = []
    for k in range(len(test)):
        a, b = bounds[k], bounds[k + 1]
        out.append([[seg[x], btags[b0 + x]] for x in range(a, max(a, b))])
    return out, nrep


CLOSE = set('.،,:؛;؟?!)]»”') | {'..', '...'}
OPEN = set('([«“')


def detok(tokens, dq_open=False):
    """Detokenise one sentence. dq_open: straight double quote state carried over
    from the previous sentence of the same stretch. Returns (string, dq_open)."""
    out = ''
    attach_next = True          # no space before the next token
    for t in tokens:
        if t == '"':
            if not dq_open:     # opening quote: space before, none after
                out += ('' if attach_next else ' ') + '"'
                attach_next = True
            else:               # closing quote: attach to previous
                out += '"'
                attach_next = False
            dq_open = not dq_open
            continue
        if t in CLOSE or (t and set(t) <= set('.')):
            out += t
            attach_next = False
            continue
        if t.endswith('ـ'):   # "ل ـ" -> "لـ", attached to the next word
            out += ('' if attach_next or t == 'ـ' else ' ') + t
            attach_next = True
            continue
        out += ('' if attach_next else ' ') + t
        attach_next = t in OPEN
    return out, dq_open


def detok_stretch(sents):
    """Detokenise consecutive sentences with a shared straight-quote state; a
    closing quote that begins a sentence is attached to the previous sentence."""
    res, opened, dq = [], [], False
    for toks in sents:
        toks = list(toks)
        if res and dq and toks and toks[0] == '"':
            res[-1] += '"'; opened[-1] = False; dq = False; toks = toks[1:]
        s, dq = detok(toks, dq)
        if s:
            res.append(s)
            opened.append(dq)
    return res, opened


def write_stretch(out, art_id, sents, opened, tagged):
    """Write out/<art_id>.txt and .tags. PER_LINE sentences per paragraph line; fragments of
    < 5 words (split datelines such as "انقرة - (أ." "ف." "ب): ...") do not count, and a line
    never ends while a straight double quotation is still open."""
    lines, cur, n = [], [], 0
    for snt, still_open in zip(sents, opened):
        cur.append(snt)
        n += len(snt.split()) >= 5
        if n >= PER_LINE and not still_open:
            lines.append(' '.join(cur)); cur, n = [], 0
    if cur:
        lines.append(' '.join(cur))
    with open(os.path.join(out, art_id + '.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    with open(os.path.join(out, art_id + '.tags'), 'w', encoding='utf-8') as f:
        for sent in tagged:
            f.write(' '.join(f'{t}/{g}' for t, g in sent) + '\n')


def main():
    test, nfix = repaired_test()
    if '--dump' in sys.argv:
        for i, s in enumerate(test):
            print(f'[{i}] ' + detok([t for t, _ in s])[0])
        print(f'# tokens in changed alignment blocks: {nfix}', file=sys.stderr)
        return
    os.makedirs(OUT, exist_ok=True)
    for art_id, a, b in STRETCHES:
        sents, opened = detok_stretch([[t for t, _ in test[i]] for i in range(a, b + 1)])
        write_stretch(OUT, art_id, sents, opened, test[a:b + 1])
        print(art_id, a, b, len(sents), 'sentences')
    print(f'tokens in changed alignment blocks: {nfix}', file=sys.stderr)


if __name__ == '__main__':
    main()
