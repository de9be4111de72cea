/** The shell: header, language switch, update prompt, the about page. */
export default {
  id: {
    name: 'SLRT',
    fullName: 'Sistem Layanan dan Rujukan Terpadu',
    skipToContent: 'Langsung ke isi',
    language: 'Bahasa',
    'nav.about': 'Tentang SLRT',

    'update.available': 'Versi baru tersedia.',
    'update.reload': 'Muat ulang',
    'update.later': 'Nanti',
    'update.reloading': 'Memuat versi baru…',
    'update.activeElsewhere': 'Versi baru sudah aktif di jendela lain. Muat ulang setelah pekerjaan Anda tersimpan.',
    'update.offlineReady': 'Aplikasi siap dipakai tanpa internet di perangkat ini.',
    'update.close': 'Tutup',
    'update.failed': 'Mode tanpa internet tidak dapat disiapkan di peramban ini. Aplikasi tetap dapat dipakai selama tersambung ke internet.',

    'about.title': 'Tentang SLRT',
    'about.intro':
      'SLRT (Sistem Layanan dan Rujukan Terpadu) menghubungkan rumah tangga miskin dan rentan dengan program perlindungan sosial yang sesuai: mencatat keluhan dan kebutuhan mereka, merujuknya kepada pihak yang dapat bertindak, dan memantau setiap kasus sampai selesai dan rumah tangga diberi tahu.',
    'about.offline':
      'Aplikasi ini tetap bekerja tanpa internet. Data disimpan dulu di perangkat dan dikirim ke server saat perangkat tersambung kembali.',
    'about.version': 'Versi {version}',
    'about.credits': 'Sumber data dan atribusi',
    'about.creditAreaData':
      'Nama dan kode wilayah (provinsi, kabupaten/kota, kecamatan, desa/kelurahan) berasal dari idn-area-data, di bawah Open Database License (ODbL) 1.0. Berkas wilayah turunan di aplikasi ini berada di bawah lisensi yang sama.',
    'about.creditKemendagri': 'Kode wilayah mengikuti kode wilayah administrasi pemerintahan Kementerian Dalam Negeri (Kemendagri).',
    'about.licence': 'Teks lisensi ODbL 1.0'
  },
  en: {
    name: 'SLRT',
    fullName: 'Integrated Service and Referral System',
    skipToContent: 'Skip to content',
    language: 'Language',
    'nav.about': 'About SLRT',

    'update.available': 'A new version is available.',
    'update.reload': 'Reload',
    'update.later': 'Later',
    'update.reloading': 'Loading the new version…',
    'update.activeElsewhere': 'A new version is already active in another window. Reload once your work is saved.',
    'update.offlineReady': 'The app is ready to work without internet on this device.',
    'update.close': 'Close',
    'update.failed': 'Offline mode cannot be set up in this browser. The app still works while connected to the internet.',

    'about.title': 'About SLRT',
    'about.intro':
      'SLRT (Sistem Layanan dan Rujukan Terpadu, the Integrated Service and Referral System) connects poor and vulnerable households with the social-protection programmes that fit them: it records their complaints and needs, refers them to whoever can act, and follows every case until it is resolved and the household is told.',
    'about.offline':
      'This app keeps working without internet. Data is saved on the device first and sent to the server when the device is connected again.',
    'about.version': 'Version {version}',
    'about.credits': 'Data sources and attribution',
    'about.creditAreaData':
      'Region names and codes (provinces, regencies/cities, districts, villages) come from idn-area-data, under the Open Database License (ODbL) 1.0. The region files derived from it in this app are under the same licence.',
    'about.creditKemendagri': 'Region codes follow the government administrative region codes of the Ministry of Home Affairs (Kemendagri).',
    'about.licence': 'ODbL 1.0 licence text'
  }
};
