#!/usr/bin/env python3
"""Lists spelling-variant/entity-alias findings the gold does not support (false positives) and
gold variant mentions that were not flagged (misses), grouped by text. Development aid for
`npm run eval`: python3 test/eval/variant-errors.py REPORT.json [--misses]."""
import json, os, sys
from collections import Counter, defaultdict
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '../../../shared/eval'))
import score  # noqa

report = sys.argv[1]
corpus = os.path.join(os.path.dirname(__file__), '../../../shared/corpus/fakes-dev/articles')
gold = json.load(open(os.path.join(corpus, '../gold/variants.json')))['corpora']['fakes-dev']
findings, texts = score.load_findings(report, corpus)
flagged = [f for f in findings if f['rule'] in score.VARIANT_RULES]
# the entity each finding belongs to (data.entityId; '~...' = discovered in the corpus)
entity_of = {}
for file in json.load(open(report)):
    name = os.path.basename(file['filePath'])
    if name not in texts:
        continue
    starts = score.utf16_offsets(texts[name])
    for m in file['messages']:
        if m.get('ruleId') in score.VARIANT_RULES:
            entity_of[(name, score.to_offset(texts[name], starts, m['line'], m['column']))] = (m.get('data') or {}).get('entityId', '?')
occ = defaultdict(list)
for e in gold['entities']:
    lower = {x['form'].lower() for x in e['forms']}
    for fm in e['forms']:
        for o in fm['occurrences']:
            occ[o['file']].append((o['start'], o['end'], lower, fm['form'], e['id'], fm.get('caps_only') or fm.get('allcaps_dateline')))
fp = Counter()
ex = {}
for f in flagged:
    ok = False
    for (s, e, lower, form, eid, caps) in occ[f['file']]:
        if f['start'] < e and s < f['end'] and (f['fix'] is None or f['fix'].strip().lower() in lower):
            ok = True
    if not ok:
        t = texts[f['file']][f['start']:f['end']]
        k = (f['rule'], t, f['fix'], entity_of.get((f['file'], f['start']), '?'))
        fp[k] += 1
        ex[k] = (f['file'], texts[f['file']][max(0, f['start'] - 50):f['end'] + 30].replace('\n', ' '))
print('FALSE POSITIVES', sum(fp.values()))
for k, n in fp.most_common(200):
    print(n, k, '|', ex[k][0], '|', ex[k][1])
if '--misses' in sys.argv:
    by_file = defaultdict(list)
    for f in flagged:
        by_file[f['file']].append(f)
    miss = Counter()
    for e in gold['entities']:
        forms = {x['form']: x for x in e['forms']}
        for fm in e['forms']:
            if fm['kind'] == 'canonical' or fm.get('caps_only') or fm.get('allcaps_dateline'):
                continue
            for o in fm['occurrences']:
                if not any(f['start'] < o['end'] and o['start'] < f['end'] for f in by_file[o['file']]):
                    miss[(e['id'], fm['form'], fm['kind'])] += 1
    print('MISSES', sum(miss.values()))
    for k, n in miss.most_common(150):
        print(n, k)
