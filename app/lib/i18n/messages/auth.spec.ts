import { describe, expect, it } from 'vitest';
import { DOC_TYPE_NAMES } from '$lib/domain/doc-types';
import { JOB_ROLES } from '$lib/domain/roles';
import auth from './auth';

describe('auth messages', () => {
  it('name every job role and every document type the home page can show', () => {
    for (const locale of ['id', 'en'] as const) {
      const keys = Object.keys(auth[locale]);
      for (const role of JOB_ROLES) expect(keys, `${locale}: ${role}`).toContain(`role.${role}`);
      for (const type of DOC_TYPE_NAMES) expect(keys, `${locale}: ${type}`).toContain(`type.${type}`);
    }
  });
});
