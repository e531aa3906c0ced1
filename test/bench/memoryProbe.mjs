// How this machine treats memory a process has not touched for a moment: the same reads of a
// 1 MB table, back to back and after a pause as long as a typist's between keys, the process
// asleep or spinning. On the machine the benchmark was written on, 5 ms was enough for the table
// to leave the caches either way (the neighbours of a virtual machine share them), so each read
// went to main memory: an edit pays that for every line of code and data it touches, and so does
// the transport's round trip (see the floors in run.mjs). Figures, never asserted.

import { pathToFileURL } from 'node:url';

const SLOTS = 1 << 18; // Int32 slots: 1 MB
const READS = 20_000;

/** A random cycle through all slots, so that each read depends on the one before it. */
function cycle(seed) {
  const order = new Int32Array(SLOTS);
  for (let i = 0; i < SLOTS; i++) order[i] = i;
  let s = seed >>> 0;
  for (let i = SLOTS - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  const next = new Int32Array(SLOTS);
  for (let i = 0; i < SLOTS; i++) next[order[i]] = order[(i + 1) % SLOTS];
  return next;
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Awake all along, touching no memory. */
const spin = async (ms) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

/**
 * Median time (ms) of READS dependent reads back to back and after a pause of `pauseMs`, asleep
 * or (`awake`) spinning, over `rounds` rounds; the same slots are read just before each pause.
 */
export async function probeMemory({ pauseMs = 150, rounds = 40, awake = false } = {}) {
  const next = cycle(7);
  let sum = 0;
  // the same READS slots each time, from slot 0
  const chase = () => {
    const t = performance.now();
    let at = 0;
    for (let i = 0; i < READS; i++) at = next[at];
    sum += at;
    return performance.now() - t;
  };
  for (let i = 0; i < 5; i++) chase(); // compiled and warm
  const warm = [];
  const cold = [];
  for (let i = 0; i < rounds; i++) {
    warm.push(chase());
    await (awake ? spin : sleep)(pauseMs);
    cold.push(chase());
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  return { reads: READS, tableBytes: SLOTS * 4, pauseMs, awake, warmMs: median(warm), coldMs: median(cold), checksum: sum };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [pauseMs, awake] of [[1, false], [5, false], [20, false], [150, false], [5, true], [150, true]]) {
    const r = await probeMemory({ pauseMs, rounds: 20, awake });
    console.log(`pause ${pauseMs} ms ${awake ? 'awake' : 'asleep'}: ${r.warmMs.toFixed(2)} ms back to back, ${r.coldMs.toFixed(2)} ms after the pause (${((r.coldMs * 1e6) / r.reads).toFixed(0)} ns a read)`);
  }
}
