import { monotonicFactory } from 'ulid';
import type { DocType } from './doc-types';
import { compactCode } from './wilayah';

const nextUlid = monotonicFactory();

/**
 * `keluhan:7401012001:01JD3…`: type, then the compact wilayah code, then a ULID, so ids sort
 * by type, area and time, and two offline devices never pick the same one.
 */
export function newDocId(type: DocType, wilayahCode: string, now: number = Date.now()): string {
  return `${type}:${compactCode(wilayahCode)}:${nextUlid(now)}`;
}

export interface ParsedDocId {
  type: string;
  wilayah: string;
  unique: string;
}

export function parseDocId(id: string): ParsedDocId | null {
  const m = /^([a-z]+):(\d{2,10}):([0-9A-Za-z-]+)$/.exec(id);
  return m ? { type: m[1], wilayah: m[2], unique: m[3] } : null;
}
