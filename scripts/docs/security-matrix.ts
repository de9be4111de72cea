/**
 * `npm run docs:security`: writes the access matrix of tests/integration/matriks-akses.ts into
 * docs/security.md, between its markers. The integration suite fails while the two differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { denganMatriks } from '../../tests/integration/matriks-akses-md';

const PATH = 'docs/security.md';
writeFileSync(PATH, denganMatriks(readFileSync(PATH, 'utf8')));
console.log(`${PATH}: matriks akses diperbarui.`);
