// Bytes to text for user data: size limit, UTF-8 (BOM or not), GB18030/GBK, UTF-16 with BOM, workbooks, binary refused, JSON-or-CSV.
import { describe, expect, it } from 'vitest';
import { decodeBytes, detectFormat, MAX_BYTES, sizeError } from './io/decode.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** 青岛蓝谷 in GBK, the encoding Chinese Excel uses for "CSV". */
const QINGDAO_BLUE_VALLEY_GBK = [0xc7, 0xe0, 0xb5, 0xba, 0xc0, 0xb6, 0xb9, 0xc8];

describe('decodeBytes', () => {
  it('decodes UTF-8 and drops a leading BOM', () => {
    expect(decodeBytes(utf8('\uFEFFid,名称\n'))).toEqual({
      ok: true,
      kind: 'text',
      text: 'id,名称\n',
      encoding: 'UTF-8',
    });
    expect(decodeBytes(utf8('id\n').buffer)).toEqual({ ok: true, kind: 'text', text: 'id\n', encoding: 'UTF-8' });
  });

  it('accepts exactly MAX_BYTES and refuses one byte more, before decoding', () => {
    expect(MAX_BYTES).toBe(5 * 1024 * 1024);
    expect(decodeBytes(new Uint8Array(MAX_BYTES).fill(0x61)).ok).toBe(true);
    const result = decodeBytes(new Uint8Array(MAX_BYTES + 1));
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large', params: { limit: 5 } } });
    expect(sizeError(MAX_BYTES)).toBeNull();
  });

  it('reads GBK (what Chinese Excel saves as plain "CSV") as GB18030 when it is not UTF-8', () => {
    const bytes = new Uint8Array([...utf8('id,name_zh\nx,'), ...QINGDAO_BLUE_VALLEY_GBK, 0x0a]);
    expect(decodeBytes(bytes)).toEqual({
      ok: true,
      kind: 'text',
      text: 'id,name_zh\nx,青岛蓝谷\n',
      encoding: 'GB18030',
    });
  });

  it('reads UTF-16 with its BOM, little- and big-endian', () => {
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x52, 0x97]))).toMatchObject({
      text: 'i青',
      encoding: 'UTF-16LE',
    });
    expect(decodeBytes(new Uint8Array([0xfe, 0xff, 0x00, 0x69, 0x97, 0x52]))).toMatchObject({
      text: 'i青',
      encoding: 'UTF-16BE',
    });
  });

  it.each([
    ['an .xlsx workbook (a ZIP package)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'xlsx'],
    ['an .xls workbook (an OLE2 file)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00], 'xls'],
  ])('recognises %s', (_name, bytes, workbook) => {
    expect(decodeBytes(new Uint8Array(bytes))).toEqual({ ok: true, kind: 'workbook', workbook });
  });

  it.each([
    ['binary bytes', [0xff, 0xff, 0xff, 0x00, 0x80], 'not-text'],
    ['text with NUL bytes (UTF-16 without its BOM)', [0x69, 0x00, 0x64, 0x00], 'not-text'],
    ['nothing', [], 'empty'],
    ['white space', [0x20, 0x0a, 0x0d, 0x0a], 'empty'],
  ])('refuses %s', (_name, bytes, code) => {
    expect(decodeBytes(new Uint8Array(bytes))).toMatchObject({ ok: false, error: { code } });
  });
});

describe('detectFormat', () => {
  it.each([
    ['{"format":1}', '', 'json'],
    ['  \n[1]', 'zones.csv', 'json'],
    ['id,name\n', 'zones.json', 'json'],
    ['id,name\n', 'zones.csv', 'csv'],
    ['id,name\n', '', 'csv'],
  ])('%j named %j is %s', (text, name, format) => {
    expect(detectFormat(text, name)).toBe(format);
  });
});
