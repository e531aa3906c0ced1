// The floor under the scan: an LSP server that does no work. Once initialized it sends the frames
// a scan of our server published (recorded by benchServer's `record`), as they were, straight from
// the file to stdout, then says it is ready; so the bench can show what delivering a scan's
// diagnostics to the client costs here, with no analysis, rules or serialising.
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createConnection, ProposedFeatures } = require('vscode-languageserver/node');

const connection = createConnection(ProposedFeatures.all);
let frames = '';
connection.onInitialize((params) => {
  frames = params.initializationOptions?.replay ?? '';
  return { capabilities: {} };
});
connection.onInitialized(async () => {
  // nothing else is written while the file streams: the frames stay whole
  for await (const chunk of createReadStream(frames, { highWaterMark: 1 << 20 })) {
    if (!process.stdout.write(chunk)) await new Promise((ok) => process.stdout.once('drain', ok));
  }
  await connection.sendNotification('corpusLint/status', { state: 'ready', scanned: 0, total: 0, problems: 0 });
});
connection.listen();
