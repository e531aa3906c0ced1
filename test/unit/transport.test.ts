import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { FramedWriter } from '../../server/src/lsp/transport';
import { SEEDS } from '../support/paths';

/** The frames a stream received: each write's chunk, split into header and JSON body. */
function framesOf(chunks: Buffer[]): { length: number; body: unknown }[] {
  return chunks.map((chunk) => {
    const split = chunk.indexOf('\r\n\r\n');
    const header = chunk.subarray(0, split).toString('latin1');
    const body = chunk.subarray(split + 4);
    const length = Number(/^Content-Length: (\d+)$/.exec(header)?.[1]);
    // nothing before the header or after the body
    assert.equal(body.length, length, 'the chunk holds exactly the body the header counts');
    return { length, body: JSON.parse(body.toString('utf8')) };
  });
}

describe('the server transport (one write per message)', () => {
  it('writes each message as one chunk whose Content-Length counts UTF-8 bytes, in call order', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const writer = new FramedWriter(out);
    const messages = [
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.txt', diagnostics: [{ message: '"Raqqah" → "Raqqa" (الرقة) 📰' }] } },
      { jsonrpc: '2.0', id: 1, result: null },
      { jsonrpc: '2.0', method: 'corpusLint/status', params: { state: 'ready' } },
    ];
    await Promise.all(messages.map((m) => writer.write(m as never)));
    assert.equal(chunks.length, 3);
    const frames = framesOf(chunks);
    frames.forEach((f, i) => {
      assert.deepEqual(f.body, messages[i]);
      assert.equal(f.length, Buffer.byteLength(JSON.stringify(messages[i]), 'utf8'));
    });
    // the arrow, the Arabic and the emoji take more bytes than characters: a character count would cut the body
    assert.ok(frames[0].length > JSON.stringify(messages[0]).length);
  });

  it('frames a message of megabytes in a buffer of its own size, Arabic and all', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const writer = new FramedWriter(out);
    const seed = readFileSync(join(SEEDS, '004_0ac5a133c187e68b.txt'), 'utf8');
    const diagnostics = Array.from({ length: 600 }, (_, i) => ({ message: `${i} ${seed} الرقة` }));
    const message = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///export.txt', diagnostics } };
    await writer.write(message as never);
    const [frame] = framesOf(chunks);
    assert.deepEqual(frame.body, message);
    assert.ok(frame.length > 2_000_000, `${frame.length} bytes`);
    // not three bytes a character: the buffer behind the chunk is the frame's size
    assert.ok(chunks[0].buffer.byteLength < frame.length + 64, `${chunks[0].buffer.byteLength} bytes held for a frame of ${frame.length}`);
  });

  it('rejects a message JSON cannot hold, reports it, and keeps the stream whole for the next', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const writer = new FramedWriter(out);
    const errors: Error[] = [];
    writer.onError(([err]) => errors.push(err));
    const cyclic: Record<string, unknown> = { jsonrpc: '2.0', method: 'x' };
    cyclic.params = cyclic;
    await assert.rejects(writer.write(cyclic as never), /circular/i);
    const next = { jsonrpc: '2.0', id: 2, result: 'ok' };
    await writer.write(next as never);
    assert.equal(errors.length, 1);
    assert.deepEqual(framesOf(chunks), [{ length: JSON.stringify(next).length, body: next }]);
  });
});
