// Bytes to text for user data: size limit, BOM, refusal of GBK, UTF-16, Excel workbooks and binary, JSON-or-CSV detection.
import { describe, expect, it } from 'vitest';
import { decodeBytes, detectFormat, MAX_BYTES, sizeError } from './io/decode.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** 青岛蓝谷 in GBK, the encoding Chinese Excel uses for "CSV". */
const QINGDAO_BLUE_VALLEY_GBK = [0xc7, 0xe0, 0xb5, 0xba, 0xc0, 0xb6, 0xb9, 0xc8];

describe('decodeBytes', () => {
  it('decodes UTF-8 and drops a leading BOM', () => {
    expect(decodeBytes(utf8('\uFEFFid,名称\n'))).toEqual({ ok: true, text: 'id,名称\n' });
    expect(decodeBytes(utf8('id\n').buffer)).toEqual({ ok: true, text: 'id\n' });
  });

  it('accepts exactly MAX_BYTES and refuses one byte more, before decoding', () => {
    expect(MAX_BYTES).toBe(5 * 1024 * 1024);
    expect(decodeBytes(new Uint8Array(MAX_BYTES).fill(0x61)).ok).toBe(true);
    const result = decodeBytes(new Uint8Array(MAX_BYTES + 1));
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large', params: { limit: 5 } } });
    expect(sizeError(MAX_BYTES)).toBeNull();
  });

  it('recognises GBK and refuses it with advice rather than guessing', () => {
    const bytes = new Uint8Array([...utf8('id,name_zh\nx,'), ...QINGDAO_BLUE_VALLEY_GBK, 0x0a]);
    expect(new TextDecoder('gbk').decode(bytes)).toContain('青岛蓝谷');
    expect(decodeBytes(bytes)).toEqual({
      ok: false,
      error: { code: 'encoding', params: { encoding: 'GBK/GB18030' } },
    });
  });

  it.each([
    ['UTF-16 LE', [0xff, 0xfe, 0x69, 0x00], 'encoding'],
    ['UTF-16 BE', [0xfe, 0xff, 0x00, 0x69], 'encoding'],
    ['an Excel workbook', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'xlsx'],
    ['binary bytes', [0xff, 0xff, 0xff, 0x00, 0x80], 'not-text'],
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
