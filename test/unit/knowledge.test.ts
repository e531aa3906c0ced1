import * as assert from 'node:assert/strict';
import curated from '../../server/src/core/knowledge/entities.json';
import type { EntitySpec } from '../../server/src/core/knowledge/entities';
import { summarize } from '../../server/src/core/analysis/summarize';
import { Knowledge } from '../../server/src/core/knowledge/knowledge';

const specs = curated.entities as EntitySpec[];

/** Every spelling an entry lists, in lower case. */
function spellingsOf(e: EntitySpec): string[] {
  const names = e.names.flatMap((n) => [...n.forms, ...(n.expansions ?? []), ...(n.acronyms ?? [])]);
  return [...new Set([...names, ...(e.surnames ?? []), ...(e.short ?? [])].map((s) => s.toLowerCase()))];
}

describe('the curated entity list', () => {
  it('gives each entity its own id and each spelling one entity, but for a name that needs its context', () => {
    const ids = new Set<string>();
    const owner = new Map<string, EntitySpec>();
    for (const e of specs) {
      assert.ok(!ids.has(e.id), `id ${e.id} twice`);
      ids.add(e.id);
      for (const s of spellingsOf(e)) {
        const other = owner.get(s);
        // Al Mayadeen is the town and the channel: the channel's entry says it needs a cue
        assert.ok(!other || other.contextual || e.contextual, `"${s}" is a spelling of ${other?.id} and of ${e.id}`);
        owner.set(s, e);
      }
    }
  });

  it('places each place in a governorate the list holds, and names a canonical spelling among its forms', () => {
    const byId = new Map(specs.map((e) => [e.id, e]));
    for (const e of specs) {
      if (e.region) assert.equal(byId.get(e.region)?.kind, 'place', `${e.id}: region ${e.region}`);
      if (!e.canonical) continue;
      // a canonical spelling may add the article (al-Jamiliyeh for Jamiliyeh)
      const bare = e.canonical.replace(/^(al|el|Al|El)[- ]/, '');
      assert.ok(spellingsOf(e).includes(e.canonical.toLowerCase()) || spellingsOf(e).includes(bare.toLowerCase()), `${e.id}: canonical ${e.canonical}`);
    }
  });

  it('finds every spelling of every entry in a sentence, as that entity', () => {
    const knowledge = Knowledge.default();
    assert.equal(knowledge.entities.size, specs.length);
    const missed: string[] = [];
    // a spelling the town shares with the channel of its name is read by its context
    const contextual = new Set([...knowledge.entities.values()].filter((e) => e.contextual).flatMap((e) => e.forms.map((f) => f.spelling.toLowerCase())));
    for (const e of knowledge.entities.values()) {
      if (e.contextual) continue;
      for (const f of e.forms) {
        if (f.role === 'surname' || f.role === 'short' || contextual.has(f.spelling.toLowerCase())) continue;
        const text = `Fighting was reported near ${f.spelling} on Monday.`;
        const start = text.indexOf(f.spelling);
        // a closing apostrophe (Izra') is the possessive's, not the name's
        const name = f.spelling.replace(/['\u2019]$/, '');
        const { mentions } = summarize({ uri: 'file:///a.txt', version: 1, text }, knowledge);
        if (!mentions.some((m) => m.entityId === e.id && m.start === start && text.slice(m.start, m.end) === name)) missed.push(`${e.id}: ${f.spelling}`);
      }
    }
    assert.deepEqual(missed, []);
  });
});
