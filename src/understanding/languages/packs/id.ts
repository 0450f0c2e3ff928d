import type { LanguagePack } from '../language-pack.js';

/** Indonesian. */
export const id: LanguagePack = {
  code: 'id',
  name: 'Indonesian',
  erase: ['hapus', 'dihapus', 'menghapus', 'hapuskan', 'penghapusan', 'hilangkan', 'musnahkan', 'tutup akun', 'nonaktifkan', 'lupakan'],
  data: ['data', 'data pribadi', 'informasi', 'info', 'riwayat', 'catatan', 'konten', 'token', 'semua', 'seluruh'],
  account: ['akun', 'profil', 'koneksi', 'akses'],
  privacy: ['privasi', 'perlindungan data', 'pelindungan data pribadi', 'uu pdp', 'hak untuk dihapus', 'hak untuk dilupakan', 'permintaan penghapusan', 'gdpr', 'pasal 17'],
  mine: ['saya', 'aku', 'ku', 'kami', 'milik saya', 'punya saya', 'gue', 'gw'],
  opposite: [
    'berubah pikiran', 'ganti pikiran',
    'jangan hapus', 'jangan dihapus', 'jangan menghapus', 'tidak usah dihapus', 'tetap simpan', 'pertahankan akun',
    'saya tidak pernah meminta', 'saya tidak meminta', 'bukan saya', 'batalkan permintaan', 'masih saya pakai',
    'masih digunakan',
  ],
  complement: ['bahwa', 'agar', 'supaya'],
  contrast: ['tapi sekarang', 'tetapi sekarang', 'namun sekarang', 'tapi kini', 'namun kini'],
  othersAsk: ['seseorang', 'ada orang', 'ada yang', 'orang lain', 'orang asing', 'hacker', 'diretas', 'menerima permintaan'],
  negation: ['tidak', 'tak', 'jangan', 'bukan', 'belum', 'nggak', 'gak', 'enggak', 'tidak pernah'],
  nothing: ['apa pun', 'apapun', 'apa-apa', 'apa2', 'satupun', 'sedikit pun'],
  question: ['bagaimana', 'apa', 'kenapa', 'mengapa', 'kapan', 'di mana', 'dimana', 'yang mana', 'berapa', 'apakah', 'bisakah', 'bisa tidak'],
  asks: ['tolong', 'mohon', 'bisa', 'bisakah', 'bisa tolong', 'minta', 'harap', 'silakan'],
  usernameLabels: ['nama pengguna', 'username', 'akun instagram', 'nama akun', 'akun', 'id instagram', 'profil'],
  handlePhrases: [
    'username', 'nama pengguna', 'akun instagram', 'akun ig', 'akun insta', 'ig saya', 'ig aku', 'instagram saya',
    'instagram aku', 'akun saya', 'id ig', 'id instagram', 'uname', 'ig ku', 'igku', 'instaku', 'instagramku',
    'akun ku', 'di ig aku', 'di instagram aku', 'di ig saya',
    // "Nama akunnya: x" (the suffix is skipped), and Malay "akaun saya: x".
    'nama akun', 'akaun saya', 'akaun instagram', 'akaun ig', 'nama akaun',
  ],
  handleLinks: [
    'saya', 'aku', 'ku', 'adalah', 'yaitu', 'yakni', 'di instagram', 'di ig', 'di insta', 'itu', 'namanya',
    // "username-nya x": the suffix written apart after a dash.
    'nya',
  ],
  ownHandlePhrases: [
    'punyaku', 'punya aku', 'punya saya', 'milikku', 'milik aku', 'milik saya', 'akunku', 'akun asli aku',
    'akun asli saya',
  ],
  onBehalf: ['atas nama', 'mewakili', 'menulis untuk', 'menuliskan untuk'],
  confirmation: ['konfirmasi ke', 'kirim konfirmasi ke', 'kirimkan ke', 'kirim ke', 'balas ke', 'hubungi saya di', 'email saya', 'alamat email', 'surel', 'email'],
  confirmationAsks: ['konfirmasi', 'balas', 'jawab', 'kabar', 'beritahu', 'informasi', 'kirim', 'hubungi'],
  confirmationTargets: ['ke alamat', 'ke email', 'ke e-mail', 'ke'],
  addressWords: ['alamat', 'email', 'e-mail', 'surel'],
  quoteOpeners: ['pada', 'pada tanggal'],
  quoteHeaders: ['menulis'],
  originalMessage: ['pesan asli', 'pesan awal'],
  forwardMarkers: ['pesan terusan', 'pesan yang diteruskan', 'awal pesan yang diteruskan'],
  headerFrom: ['dari', 'pengirim'],
  headerSent: ['dikirim', 'tanggal', 'terkirim'],
  headerOther: ['kepada', 'cc', 'subjek', 'perihal'],
  replyPrefixes: ['balas', 'bls', 're'],
  forwardPrefixes: ['teruskan', 'trs', 'fw', 'fwd'],
  signatureMarkers: ['terima kasih', 'terimakasih', 'makasih', 'hormat saya', 'salam', 'salam hormat', 'wassalam'],
  sentFrom: ['dikirim dari *', 'terkirim dari *'],
  autoReplySubjects: ['balasan otomatis', 'balasan automatis', 'di luar kantor', 'sedang cuti', 'sedang tidak di kantor', 'tidak terkirim', 'gagal terkirim'],
};
