import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleMetadata } from '../../server/src/node/articleMetadata';
import { parseCsv } from '../../server/src/node/csv';
import { tempDir, write } from '../support/run';

describe('CSV of article metadata', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and a BOM', () => {
    const t = parseCsv('\ufeffID,Title,Date\r\nfakes-1,"Toll rises, monitor says",2017-04-05\r\n\r\nfakes-2,"He said ""86""\r\nthen",2017-04-06\r\n');
    assert.deepEqual(t.header, ['id', 'title', 'date']);
    assert.deepEqual(t.rows, [
      ['fakes-1', 'Toll rises, monitor says', '2017-04-05'],
      ['fakes-2', 'He said "86"\r\nthen', '2017-04-06'],
    ]);
    assert.equal(t.unclosedQuote, false);
  });
  it('says when a quote is left open', () => {
    const t = parseCsv('id,date\na,"2017-04-05\nb,2017-04-06\n');
    assert.equal(t.unclosedQuote, true);
    assert.equal(t.rows.length, 1);
  });
});

describe('article metadata files', () => {
  it('dates an article by a metadata.csv in its folder or the folder above, by name, name without extension or path', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'articles'));
    mkdirSync(join(dir, 'other'));
    write(dir, 'metadata.csv', 'id,title,outlet,date\nfakes-1,A,nna,2017-04-05\nfakes-2,B,nna,2017-04-06T10:00:00Z\n');
    write(dir, 'other/metadata.csv', 'path,published\nsub/a.txt,2016-07-19\nb.txt,2016-07-20\nc.txt,19/07/2016\n');
    const m = new ArticleMetadata();
    m.prepare([join(dir, 'articles/fakes-1.txt'), join(dir, 'other/sub/a.txt')]);
    assert.equal(m.dateOf(join(dir, 'articles/fakes-1.txt')), '2017-04-05');
    assert.equal(m.dateOf(join(dir, 'articles/fakes-2.txt')), '2017-04-06');
    assert.equal(m.dateOf(join(dir, 'articles/fakes-3.txt')), undefined);
    assert.equal(m.dateOf(join(dir, 'other/sub/a.txt')), '2016-07-19');
    assert.equal(m.dateOf(join(dir, 'other/b.txt')), '2016-07-20');
    // a day first in figures, as the file's own 19/07 tells
    assert.equal(m.dateOf(join(dir, 'other/c.txt')), '2016-07-19');
    assert.deepEqual(m.warnings, []);
    assert.equal(new ArticleMetadata([], false).dateOf(join(dir, 'articles/fakes-1.txt')), undefined);
  });
  it("reads each article's outlet beside its date, also for a row whose date it cannot read", () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'other'));
    write(dir, 'metadata.csv', 'id,title,outlet,date\nfakes-1,A,Reuters,2017-04-05\nfakes-2,B, SANA ,April 6 2017\nfakes-3,C,,2017-04-07\n');
    write(dir, 'other/metadata.csv', 'file,date\nd.txt,2017-04-08\n');
    const m = new ArticleMetadata();
    m.prepare([join(dir, 'fakes-1.txt'), join(dir, 'other/d.txt')]);
    assert.equal(m.outletOf(join(dir, 'fakes-1.txt')), 'Reuters');
    assert.equal(m.outletOf(join(dir, 'fakes-2.txt')), 'SANA');
    assert.equal(m.dateOf(join(dir, 'fakes-2.txt')), '2017-04-06');
    assert.equal(m.outletOf(join(dir, 'fakes-3.txt')), undefined);
    assert.equal(m.dateOf(join(dir, 'fakes-3.txt')), '2017-04-07');
    // a file with no outlet column: dates only
    assert.equal(m.outletOf(join(dir, 'other/d.txt')), undefined);
    assert.equal(m.dateOf(join(dir, 'other/d.txt')), '2017-04-08');
  });
  it('reads dates as spreadsheets and feeds write them, and the order of day and month the file tells', () => {
    const dir = tempDir();
    const metadata = (rows: string): ArticleMetadata => {
      write(dir, 'metadata.csv', `file,date\n${rows}`);
      const m = new ArticleMetadata();
      m.prepare([join(dir, 'a.txt')]);
      return m;
    };
    const dates = (m: ArticleMetadata, names: string[]): (string | undefined)[] => names.map((n) => m.dateOf(join(dir, n)));
    const written = metadata('a,"April 5, 2017"\nb,5 Apr 2017\nc,"Wed, 05 Apr 2017 10:00:00 GMT"\nd,2017/04/05\ne,2017-04-05T08:00:00Z\nf,soon\ng,2017-02-30\n');
    assert.deepEqual(dates(written, ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt', 'g.txt']), ['2017-04-05', '2017-04-05', '2017-04-05', '2017-04-05', '2017-04-05', undefined, undefined]);
    assert.deepEqual(written.warnings, [`${join(dir, 'metadata.csv')}: 2 rows with a date that is not one (write YYYY-MM-DD), not used`]);
    // figures: a row with a day over 12 tells the order for the whole file, either way round
    assert.deepEqual(dates(metadata('a,05/04/2017\nb,19.07.2016\n'), ['a.txt', 'b.txt']), ['2017-04-05', '2016-07-19']);
    assert.deepEqual(dates(metadata('a,04/05/2017\nb,07/19/2016\n'), ['a.txt', 'b.txt']), ['2017-04-05', '2016-07-19']);
    // no row tells, or rows tell both: none of them is guessed
    const unordered = metadata('a,05/04/2017\nb,2017-04-06\n');
    assert.deepEqual(dates(unordered, ['a.txt', 'b.txt']), [undefined, '2017-04-06']);
    assert.deepEqual(unordered.warnings, [
      `${join(dir, 'metadata.csv')}: 1 row with a date in figures (like 05/04/2017) whose day and month no row of the file tells apart, not used (write YYYY-MM-DD)`,
    ]);
    assert.deepEqual(dates(metadata('a,19/07/2016\nb,07/19/2016\nc,05/04/2017\n'), ['a.txt', 'b.txt', 'c.txt']), [undefined, undefined, undefined]);
  });
  it('passes over a metadata.csv that lists no articles, refuses one given that does not', () => {
    const dir = tempDir();
    const other = write(dir, 'metadata.csv', 'name,value\nfakes-1,2017-04-05\n');
    assert.equal(new ArticleMetadata().dateOf(join(dir, 'fakes-1.txt')), undefined);
    assert.throws(() => new ArticleMetadata([other]), /metadata\.csv: article metadata needs a column naming the article \(file, filename, path, id, article\) and a date column/);
    assert.throws(() => new ArticleMetadata([join(dir, 'missing.csv')]), /missing\.csv: cannot read article metadata: no such file/);
  });
  it('tells the metadata read apart by content', () => {
    const dir = tempDir();
    write(dir, 'metadata.csv', 'id,date\na,2017-04-05\n');
    const before = new ArticleMetadata();
    before.prepare([join(dir, 'a.txt')]);
    write(dir, 'metadata.csv', 'id,date\na,2017-04-06\n');
    const after = new ArticleMetadata();
    after.prepare([join(dir, 'a.txt')]);
    assert.notEqual(before.fingerprint(), after.fingerprint());
    assert.deepEqual(after.sources(), [join(dir, 'metadata.csv')]);
  });
});
