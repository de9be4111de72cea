import { describe, expect, it } from 'vitest';
import { kasusIdSchema, refTo, teleponSchema, typeFields } from './base';

describe('refTo', () => {
  it.each([
    [refTo('rumahtangga'), 'rumahtangga:7401012001:01JP0000000000000000000001', true],
    [refTo('rumahtangga'), 'keluhan:7401012001:01JP0000000000000000000001', false],
    [refTo('rumahtangga'), 'rumahtangga:', false],
    [refTo('rumahtangga'), 'xrumahtangga:7401:1', false],
    [kasusIdSchema, 'usulan:7401012001:1', true],
    [kasusIdSchema, 'kebutuhan:7401012001:1', true],
    [kasusIdSchema, 'review:740101:1', false]
  ])('%#: %s → %s', (schema, id, ok) => {
    expect(schema.safeParse(id).success).toBe(ok);
  });

  it('names the expected types in its message', () => {
    const r = kasusIdSchema.safeParse('x');
    expect(r.success ? '' : r.error.issues[0].message).toBe('Harus ID dokumen keluhan/kebutuhan/usulan');
  });
});

describe('teleponSchema', () => {
  it.each([
    ['081234567890', true],
    ['+6281234567890', true],
    ['0401123456', true],
    ['81234567890', false],
    ['0812-3456-7890', false],
    ['+6012345678', false]
  ])('%s → %s', (telepon, ok) => {
    expect(teleponSchema.safeParse(telepon).success).toBe(ok);
  });
});

describe('typeFields', () => {
  it('fixes the type and version and takes the wilayah level from doc-types.ts', () => {
    const f = typeFields('review');
    expect(f.type.safeParse('review').success).toBe(true);
    expect(f.type.safeParse('rujukan').success).toBe(false);
    expect(f.schema.safeParse(1).success).toBe(true);
    expect(f.schema.safeParse(2).success).toBe(false);
    expect(f.wilayah.safeParse({ provinsi: '74', kabupaten: '74.01', kecamatan: '74.01.01' }).success).toBe(true);
    expect(f.wilayah.safeParse({ provinsi: '74', kabupaten: '74.01' }).success).toBe(false);
  });
});
