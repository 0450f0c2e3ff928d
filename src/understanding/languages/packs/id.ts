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
    'jangan hapus', 'jangan dihapus', 'jangan menghapus', 'tidak usah dihapus', 'tetap simpan', 'pertahankan akun',
    'saya tidak pernah meminta', 'saya tidak meminta', 'bukan saya', 'batalkan permintaan', 'masih saya pakai',
    'masih digunakan',
  ],
  negation: ['tidak', 'tak', 'jangan', 'bukan', 'belum', 'nggak', 'gak', 'enggak', 'tidak pernah'],
  question: ['bagaimana', 'apa', 'kenapa', 'mengapa', 'kapan', 'di mana', 'dimana', 'yang mana', 'berapa', 'apakah', 'bisakah', 'bisa tidak'],
  usernameLabels: ['nama pengguna', 'username', 'akun instagram', 'nama akun', 'akun', 'id instagram', 'profil'],
  handlePhrases: [
    'username', 'nama pengguna', 'akun instagram', 'akun ig', 'akun insta', 'ig saya', 'ig aku', 'instagram saya',
    'instagram aku', 'akun saya', 'id ig', 'id instagram', 'uname',
  ],
  handleLinks: ['saya', 'aku', 'ku', 'adalah', 'yaitu', 'yakni', 'di instagram', 'di ig', 'di insta', 'itu'],
  ownHandlePhrases: [
    'punyaku', 'punya aku', 'punya saya', 'milikku', 'milik aku', 'milik saya', 'akunku', 'akun asli aku',
    'akun asli saya',
  ],
  confirmation: ['konfirmasi ke', 'kirim konfirmasi ke', 'kirimkan ke', 'kirim ke', 'balas ke', 'hubungi saya di', 'email saya', 'alamat email', 'surel', 'email'],
  confirmationAsks: ['konfirmasi', 'balas', 'jawab', 'kabar', 'beritahu', 'informasi', 'kirim'],
  confirmationTargets: ['ke alamat', 'ke email', 'ke e-mail', 'ke'],
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
