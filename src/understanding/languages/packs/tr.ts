import type { LanguagePack } from '../language-pack.js';

/** Turkish: one stem carries the whole verb ("silinmesini"). */
export const tr: LanguagePack = {
  code: 'tr',
  name: 'Turkish',
  verbLast: true,
  erase: ['sil', 'silin', 'silme', 'kaldır', 'kaldir', 'imha', 'yok et', 'unut', 'kapat', 'temizle'],
  onlyThis: ['sadece', 'yalnızca', 'yalnizca', 'yalnız'],
  data: [
    'veri', 'veriler', 'verilerim', 'kişisel veri', 'kisisel veri', 'bilgi', 'bilgiler', 'bilgilerim', 'kayıt',
    'kayıtlar', 'geçmiş', 'içerik', 'token', 'her şey', 'ne varsa',
  ],
  account: ['hesap', 'hesab', 'hesabım', 'hesabim', 'profil', 'bağlantı', 'üyelik'],
  privacy: [
    'gizlilik', 'kvkk', 'kişisel verilerin korunması', 'unutulma hakkı', 'silme talebi', 'silinme talebi',
    'veri silme', 'gdpr', 'madde 17', 'madde 11',
  ],
  mine: ['benim', 'bana', 'beni', 'bizim', 'kendi'],
  opposite: [
    'vazgeçtim', 'vazgectim', 'fikrimi değiştirdim', 'fikrimi degistirdim',
    'silmeyin', 'silmeyiniz', 'silinmesin', 'silinmesini istemiyorum', 'kaldırmayın', 'silmek istemiyorum',
    'hesabımı tutun', 'ben istemedim', 'talep etmedim', 'böyle bir talepte bulunmadım', 'ben değildim',
    'talebimi iptal', 'iptal edin', 'hala kullanıyorum', 'hâlâ kullanıyorum',
  ],
  contrast: ['ama şimdi', 'fakat şimdi', 'ancak şimdi', 'ama simdi'],
  nowOpens: ['şimdi', 'simdi'],
  condition: ['eğer', 'eger', 'şayet'],
  othersAsk: ['birisi', 'biri benim', 'yabancı biri', 'hacker', 'hacklendi', 'talep aldık', 'talep alındı', 'talebi alındı'],
  done: [
    'silindi', 'silinmiş', 'silinmis', 'sildiniz', 'sildin', 'silmişsiniz', 'silmissiniz', 'kaldırıldı', 'kaldirildi',
    'kaldırdınız', 'kaldirdiniz', 'silinip silinmediğ', 'silinip silinmedig',
  ],
  askedBefore: [
    'talep etmiştim', 'talep ettim', 'istemiştim', 'istedim', 'yazmıştım', 'yazdım', 'göndermiştim', 'gönderdim',
    'talepte bulundum', 'talepte bulunmuştum', 'rica etmiştim', 'rica ettim', 'başvurdum', 'başvuru yaptım',
    'talepte bulunmuştum',
  ],
  otherwise: [
    'silinmediyse', 'silinmemişse', 'silinmemisse', 'değilse', 'degilse', 'yoksa', 'aksi halde', 'aksi takdirde',
  ],
  undecided: ['emin değilim', 'emin degilim', 'kararsızım', 'kararsizim', 'karar veremedim', 'karar veremiyorum', 'bilmiyorum', 'ne yapacağımı bilmiyorum', 'belki de değil'],
  apology: ['kusura bakmayın', 'kusura bakmayin', 'özür dilerim', 'ozur dilerim', 'pardon', 'affedersiniz'],
  negation: ['değil', 'degil', 'yok', 'asla', 'hiç', 'hic', 'hiçbir', 'ne'],
  question: ['nasıl', 'nasil', 'ne zaman', 'neden', 'niçin', 'hangi', 'ne kadar', 'mümkün mü', 'miyim', 'misiniz'],
  asks: [
    'lütfen', 'lutfen', 'rica ederim', 'rica ediyorum',
  ],
  usernameLabels: ['kullanıcı adı', 'kullanici adi', 'kullanıcı adım', 'kullanici adim', 'hesap adı', 'hesap adım', 'hesabım', 'hesap', 'profil'],
  handlePhrases: [
    'insta hesab', 'instagram hesab', 'ig hesab', 'kullanıcı ad', 'kullanici ad', 'kullanıcı adı', 'kullanici adi', 'instagram kullanıcı ad', 'hesabım',
    'hesabim', 'instam', 'instagramım',
    // Who the person is there: "insta'da x", "instagram'da ben x".
    "insta'da", "instagram'da", "ig'de", 'instada', 'instagramda',
  ],
  handleLinks: ['ise', 'de', 'da', 'şu', 'su', 'benim', "instagram'ı", 'instagram’ı', "instagram'i", "insta'sı", 'insta’sı', "ig'si"],
  selfNaming: ['ben'],
  ownHandlePhrases: ['benimki', 'kendi hesabım', 'asıl hesabım', 'benim hesabım'],
  // "ayse.k hesabımın verileri", "ayse.k adlı hesap": the handle first.
  accountAfterHandle: ['hesab', 'adlı', 'adli', 'isimli', 'kullanıcı adlı', 'kullanici adli', 'profil'],
  onBehalf: ['adına', 'namına'],
  clients: ['müşteri', 'musteri', 'müvekkil', 'muvekkil', 'patron', 'işveren', 'isveren', 'müdür', 'mudur'],
  passOn: ['iletmem', 'iletiyorum', 'ilettim', 'iletmek', 'yönlendir'],
  handsOff: ['dokunmay', 'dokunmayın', 'elleme', 'ellemeyin'],
  confirmation: [
    'adresine gönderin', 'adresime', 'onay', 'bildirin', 'bilgi verin', 'dönüş', 'yanıt', 'cevap', 'e-posta adresim',
    'e-posta', 'eposta', 'mail adresim', 'iletişim',
  ],
  confirmationAsks: ['onay', 'teyit', 'bildir', 'yanıt', 'cevap'],
  confirmationTargets: ['adresine', 'adresime', 'e-posta adresime'],
  addressWords: ['adres', 'e-posta', 'eposta', 'mail'],
  quoteHeaders: ['şunu yazdı', 'yazdı'],
  originalMessage: ['orijinal ileti', 'özgün ileti', 'orijinal mesaj'],
  forwardMarkers: ['yönlendirilen ileti', 'yönlendirilmiş ileti', 'iletilen ileti', 'yönlendirilen iletinin başlangıcı'],
  headerFrom: ['kimden', 'gönderen'],
  headerSent: ['gönderildi', 'gönderilme tarihi', 'tarih'],
  headerOther: ['kime', 'bilgi', 'konu'],
  replyPrefixes: ['ynt', 'cvp', 'yanıt'],
  forwardPrefixes: ['ilt', 'ilet', 'fw', 'fwd'],
  signatureMarkers: [
    'saygılarımla', 'saygilarimla', 'saygılar', 'teşekkürler', 'tesekkurler', 'teşekkür ederim', 'iyi çalışmalar',
    'kolay gelsin', 'sevgiler', 'iyi günler',
  ],
  sentFrom: ["*'dan gönderildi", "*'den gönderildi", "*'umdan gönderildi", "*'imden gönderildi", "*'ımdan gönderildi", '*dan gönderildi', '*den gönderildi'],
  autoReplySubjects: [
    'otomatik yanıt', 'otomatik yanit', 'otomatik cevap', 'otomatik yanıtlayıcı', 'ofis dışında', 'ofis disinda',
    'izindeyim', 'teslim edilemedi', 'iletilemedi',
  ],
};
