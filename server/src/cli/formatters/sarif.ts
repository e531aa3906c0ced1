/**
 * SARIF 2.1.0: one run, the rule registry as the driver's rules, results with related locations
 * and fixes. Columns are UTF-16 code units (`columnKind`), artifact URIs relative to the working
 * directory (`%SRCROOT%`). The document is made in parts, a result at a time: one string of a
 * large corpus's report is longer than V8 allows (10,000 articles make ~600 MB of SARIF).
 */
import { pathToFileURL } from 'node:url';
import { presentMessage } from '../../core/present';
import { RULES } from '../../core/rules';
import type { ReportFile } from './report';
import { displayPath } from './report';

/** The results' depth in the document: sarif.runs[0].results[i]. */
const RESULT_INDENT = ' '.repeat(8);
const LEVEL: Record<string, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function* formatSarif(report: readonly ReportFile[], cwd: string, version: string, readmeUrl: string): Generator<string> {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id as string, i]));
  const artifactIndex = new Map(report.map((f, i) => [f.filePath, i]));
  const location = (path: string, line: number, column: number, endLine: number, endColumn: number) => ({
    physicalLocation: {
      artifactLocation: { uri: encodeURI(displayPath(path, cwd)), uriBaseId: '%SRCROOT%', index: artifactIndex.get(path) ?? -1 },
      region: { startLine: line, startColumn: column, endLine, endColumn: Math.max(endColumn, endLine === line ? column : 1) },
    },
  });
  function* results(): Generator<Record<string, unknown>> {
    for (const file of report) {
      for (const m of file.messages) {
        const result: Record<string, unknown> = {
          ruleId: m.ruleId ?? 'corpus-lint/file',
          level: LEVEL[m.level] ?? 'warning',
          message: { text: presentMessage(m) },
          locations: [location(file.filePath, m.line, m.column, m.endLine, m.endColumn)],
        };
        const idx = m.ruleId ? ruleIndex.get(m.ruleId) : undefined;
        if (idx !== undefined) result.ruleIndex = idx;
        if (m.related && m.related.length > 0) {
          result.relatedLocations = m.related.map((r, i) => ({
            id: i + 1,
            ...location(r.filePath, r.line, r.column, r.endLine, r.endColumn),
            message: { text: r.message },
          }));
        }
        if (m.fix) {
          result.fixes = [
            {
              description: { text: `Replace with "${m.fix.text}"` },
              artifactChanges: [
                {
                  artifactLocation: { uri: encodeURI(file.displayPath), uriBaseId: '%SRCROOT%', index: artifactIndex.get(file.filePath) ?? -1 },
                  replacements: [
                    {
                      deletedRegion: { charOffset: m.fix.range[0], charLength: m.fix.range[1] - m.fix.range[0] },
                      insertedContent: { text: m.fix.text },
                    },
                  ],
                },
              ],
            },
          ];
        }
        yield result;
      }
    }
  }
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'corpus-lint',
            version,
            informationUri: readmeUrl,
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
              shortDescription: { text: r.description },
              helpUri: `${readmeUrl}#${r.id}`,
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        artifacts: report.map((f) => ({ location: { uri: encodeURI(f.displayPath), uriBaseId: '%SRCROOT%' }, encoding: 'utf-8' })),
        columnKind: 'utf16CodeUnits',
        results: [],
      },
    ],
  };
  // as JSON.stringify(sarif with its results, null, 2) would print it: each result indented to
  // its depth (a JSON string holds no raw line break), `[]` when there is none
  const skeleton = JSON.stringify(sarif, null, 2);
  const at = skeleton.lastIndexOf('"results": []') + '"results": ['.length;
  let first = true;
  for (const result of results()) {
    yield `${first ? skeleton.slice(0, at) : ','}\n${RESULT_INDENT}${JSON.stringify(result, null, 2).replace(/\n/g, `\n${RESULT_INDENT}`)}`;
    first = false;
  }
  yield first ? `${skeleton}\n` : `\n${RESULT_INDENT.slice(2)}${skeleton.slice(at)}\n`;
}
