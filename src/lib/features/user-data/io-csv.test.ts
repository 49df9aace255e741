// The RFC 4180 CSV parser and writer of user data: quoting, line ends, embedded newlines, BOM, syntax errors, formula injection.
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, parseCsv, restoreFormula, writeCsv } from './io/csv.ts';

describe('parseCsv', () => {
  it.each([
    [
      'plain cells',
      'a,b,c\n1,2,3\n',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    [
      'no final line break',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'CRLF line ends',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'lone CR line ends',
      'a,b\r1,2\r',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['quoted cells with commas', '"a,b",c\n', [['a,b', 'c']]],
    ['doubled quotes', '"say ""hi""",x\n', [['say "hi"', 'x']]],
    ['newlines inside quotes', '"line 1\nline 2","a\r\nb"\n', [['line 1\nline 2', 'a\r\nb']]],
    ['empty cells', ',,\n', [['', '', '']]],
    ['an empty quoted cell at the end', 'a,""', [['a', '']]],
    ['a trailing comma', 'a,\n', [['a', '']]],
    ['blank lines as single empty cells', 'a\n\nb\n', [['a'], [''], ['b']]],
    [
      'a leading BOM',
      '\uFEFFid,name\n1,x\n',
      [
        ['id', 'name'],
        ['1', 'x'],
      ],
    ],
    ['a quote inside an unquoted cell, kept as text', 'a"b,c\n', [['a"b', 'c']]],
    ['Chinese text', '青岛,“法定机构”\n', [['青岛', '“法定机构”']]],
    ['nothing', '', []],
  ])('%s', (_name, text, rows) => {
    expect(parseCsv(text)).toEqual({ ok: true, rows });
  });

  it.each([
    ['a quote that never closes', 'a,b\n1,"2\n3,4\n', 'unclosed-quote', 2],
    ['text after a closing quote', 'a,b\n"1"x,2\n', 'stray-quote', 2],
    ['a closing quote followed by a space', '"a" ,b\n', 'stray-quote', 1],
  ])('refuses %s, naming its row', (_name, text, problem, row) => {
    expect(parseCsv(text)).toEqual({ ok: false, problem, row });
  });
});

describe('writeCsv', () => {
  it('starts with a BOM, ends rows with CRLF and quotes cells with commas, quotes or line breaks', () => {
    expect(
      writeCsv([
        ['a', 'b,c'],
        ['say "hi"', 'x\ny'],
      ]),
    ).toBe('\uFEFFa,"b,c"\r\n"say ""hi""","x\ny"\r\n');
  });

  it.each(['=1+1', '+86 10', '-5', '@SUM(A1)', '\tx', '\rx'])(
    'neutralises the formula %j with an apostrophe',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
      expect(restoreFormula(neutraliseFormula(cell))).toBe(cell);
    },
  );

  it('leaves ordinary cells, and apostrophes before ordinary text, alone', () => {
    for (const cell of ['青岛', '120.5', "'quoted'", 'a=b']) {
      expect(neutraliseFormula(cell)).toBe(cell);
      expect(restoreFormula(cell)).toBe(cell);
    }
  });

  it('round-trips through parseCsv', () => {
    const rows = [
      ['id', 'name', 'note'],
      ['x', '=HYPERLINK("http://evil.example","click")', 'a,b\r\nc'],
      ['y', '"quoted"', ''],
    ];
    const parsed = parseCsv(writeCsv(rows));
    expect(parsed.ok && parsed.rows.map((r) => r.map(restoreFormula))).toEqual(rows);
  });
});
