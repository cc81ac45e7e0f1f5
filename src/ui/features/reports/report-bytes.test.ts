import { describe, expect, it } from 'vitest';
import { base64ToBytes } from './report-bytes';

describe('the stored report as bytes', () => {
  it('decodes base64 to the exact bytes, including bytes above 127', () => {
    const bytes = base64ToBytes(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0xe2, 0xe3, 0xcf, 0xd3, 0x00, 0xff]).toString('base64'));
    expect([...bytes]).toEqual([0x25, 0x50, 0x44, 0x46, 0x2d, 0xe2, 0xe3, 0xcf, 0xd3, 0x00, 0xff]);
  });
});
