/**
 * Where an imported file's bytes come from. A source opens the file from its first byte each
 * time it is called, because the import reads it more than once (a scan, then the import; an
 * XLSX keeps its shared strings after the sheets), and never holds the whole file.
 * In the browser: `sumberDariBlob(file)`; in Node: `() => fs.createReadStream(path)`.
 */
export type SumberBerkas = () => AsyncIterable<Uint8Array>;

/** One row of the file: its number as a spreadsheet shows it (the header is 1) and its cells. */
export interface BarisBerkas {
  nomor: number;
  sel: string[];
}

/**
 * A file the user picked. Read through the stream's reader rather than `for await` over the
 * stream, which older browsers (Safari among them) do not offer.
 */
export function sumberDariBlob(berkas: Blob): SumberBerkas {
  return async function* () {
    const pembaca = berkas.stream().getReader();
    try {
      for (;;) {
        const { done, value } = await pembaca.read();
        if (done) return;
        yield value;
      }
    } finally {
      // A reader that stops early (a corrupt file, a finished pass) lets go of the file.
      await pembaca.cancel();
    }
  };
}
