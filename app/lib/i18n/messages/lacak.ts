/** The public status page: a citizen checks a case by its tracking code (namespace `lacak`). */
export default {
  id: {
    judul: 'Cek status keluhan atau usulan',
    intro: 'Masukkan kode lacak dari tanda terima Anda. Tidak perlu masuk.',
    kode: 'Kode lacak',
    kodeBantuan: 'Contoh: 7401-K3QM-8ZTD. Huruf besar/kecil dan spasi tidak berpengaruh.',
    kodeTidakSah: 'Kode lacak harus berbentuk 7401-XXXX-XXXX (4 angka, lalu 8 huruf/angka).',
    cek: 'Cek status',
    mencari: 'Mencari…',
    status: 'Status',
    tanggal: 'Langkah terakhir',
    tidakDitemukan: 'Kode lacak tidak ditemukan. Periksa kembali kode pada tanda terima Anda.',
    terlaluSering: 'Terlalu banyak pencarian. Coba lagi dalam {detik} detik.',
    gagal: 'Status belum dapat diperiksa: server tidak dapat dihubungi. Coba lagi sebentar lagi.'
  },
  en: {
    judul: 'Check a complaint or proposal',
    intro: 'Enter the tracking code from your receipt. No login needed.',
    kode: 'Tracking code',
    kodeBantuan: 'Example: 7401-K3QM-8ZTD. Case and spaces do not matter.',
    kodeTidakSah: 'A tracking code looks like 7401-XXXX-XXXX (4 digits, then 8 letters/digits).',
    cek: 'Check the status',
    mencari: 'Searching…',
    status: 'Status',
    tanggal: 'Last step',
    tidakDitemukan: 'Tracking code not found. Check the code on your receipt again.',
    terlaluSering: 'Too many searches. Try again in {detik} seconds.',
    gagal: 'The status cannot be checked: the server cannot be reached. Try again shortly.'
  }
};
