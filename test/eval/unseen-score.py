#!/usr/bin/env python3
"""Scores a report of `test/eval/unseen-entities.mjs`: the scorer's variant recall and precision,
and the recall on the gold entities that share a spelling with a held-out curated entity
("unseen") and on the others ("known"). Usage: unseen-score.py REPORT CORPUS GOLD HELD_OUT.json"""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '../../../shared/eval'))
import score  # noqa

report, corpus, gold_path, held_path = sys.argv[1:5]
findings, _ = score.load_findings(report, corpus)
gold = json.load(open(gold_path))['corpora']['fakes-dev']
held = set()
for e in json.load(open(held_path)):
    for name in e.get('names', []):
        held.update(f.lower() for f in name.get('forms', []))
unseen = lambda e: any(f['form'].lower() in held for f in e['forms'])

def recall(entities):
    if not entities:
        return None
    return score.score_variants(findings, dict(gold, entities=entities), corpus)['variant_recall']

full = score.score_variants(findings, gold, corpus)
print(json.dumps({
    'recall': full['variant_recall'],
    'precision': full['variant_precision'],
    'unseen_recall': recall([e for e in gold['entities'] if unseen(e)]) if held else None,
    'known_recall': recall([e for e in gold['entities'] if not unseen(e)]),
}))
