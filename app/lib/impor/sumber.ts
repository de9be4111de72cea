/**
 * A file to import, opened from its first byte each time it is called (a browser `File`:
 * `file.stream()`; Node: `fs.createReadStream`). The import reads it more than once — a
 * scan, then the import itself — so no pass needs to hold the whole file in memory.
 */
export type SumberBerkas = () => AsyncIterable<Uint8Array>;

/** One row of the file: its number as a spreadsheet shows it (the header is 1) and its cells. */
export interface BarisBerkas {
  nomor: number;
  sel: string[];
}
