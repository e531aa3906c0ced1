/**
 * A CSV reader for article metadata files (RFC 4180: quoted fields with commas, line breaks and
 * doubled quotes; CRLF or LF; a byte-order mark). Metadata files are small (a row per article),
 * so the whole text is read into rows at once.
 */

export interface CsvTable {
  /** Column names of the first row, trimmed and lower-cased. */
  header: string[];
  rows: string[][];
  /** A quote left open at the end of the text: the rows after it are cut short. */
  unclosedQuote: boolean;
}

export function parseCsv(text: string): CsvTable {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = (): void => {
    row.push(field);
    field = '';
    // a blank line is no row
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
  };
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') endRow();
    else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) endRow();
  const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
  return { header, rows, unclosedQuote: quoted };
}
