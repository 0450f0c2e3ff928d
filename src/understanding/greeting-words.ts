/**
 * The words of a greeting line, in the packs' languages: greetings, team and help-desk words
 * ("Dear Instagram team", "Sayın Trendyol Yetkilisi", "Hei Wolt / asiakastuki"), and the small
 * words a greeting may hold. Stems of four letters or more may run on ("поддержки", "ekibine").
 */
/** Words that greet or address a person ("hello", "dear", "sehr geehrte", "様"), in the packs' languages. */
const SALUTATIONS = [
  // en
  'hi', 'hello', 'hey', 'dear', 'greetings', 'sir', 'madam', 'good', 'morning', 'afternoon', 'evening',
  // es, pt, it, fr
  'hola', 'buenas', 'buenos', 'días', 'dias', 'tardes', 'estimado', 'estimada', 'estimados', 'estimadas', 'querido', 'querida',
  'olá', 'ola', 'oi', 'prezado', 'prezada', 'prezados', 'bom', 'dia', 'boa', 'tarde', 'caro', 'cara', 'cari', 'gentile', 'spettabile', 'buongiorno', 'buonasera', 'salve', 'ciao',
  'bonjour', 'bonsoir', 'salut', 'cher', 'chère', 'chere', 'chers', 'madame', 'monsieur',
  // de, nl, tr
  'hallo', 'liebe', 'lieber', 'liebes', 'sehr', 'geehrte', 'geehrter', 'geehrtes', 'geehrten', 'guten', 'tag', 'damen', 'herren', 'herr', 'frau',
  'beste', 'geachte', 'hoi', 'goedendag', 'goedemiddag', 'goedemorgen',
  'merhaba', 'sayın', 'sayin', 'değerli', 'degerli',
  // ru, uk, pl, cs
  'здравствуйте', 'привет', 'добрый', 'день', 'вечер', 'утро', 'уважаем',
  'вітаю', 'добрий', 'доброго', 'шановн', 'dzień', 'dobry', 'szanown', 'witam', 'cześć',
  'dobrý', 'den', 'vážen', 'zdravím',
  // sv, da, no, fi, hu, ro
  'hej', 'hei', 'kära', 'kære', 'kjære', 'moi', 'hyvä',
  'kedves', 'tisztelt', 'jó', 'napot', 'bună', 'buna', 'ziua', 'stimat', 'dragă', 'draga',
  // id, vi, el
  'halo', 'hai', 'yth', 'kepada', 'xin', 'chào', 'chao', 'kính', 'gửi',
  'γεια', 'σας', 'αγαπητ', 'αξιότιμ', 'προς',
  // zh, ja, ko, th
  '尊敬的', '您好', '你好', '亲爱的', '親愛的',
  '様', '各位', 'こんにちは', '拝啓', 'お問い合わせ',
  '안녕하세요', '친애하는', 'สวัสดี', 'เรียน', 'ครับ', 'ค่ะ',
  // fa, ar, he, hi
  'سلام', 'درود', 'مرحبا', 'السلام', 'عليكم', 'عزيزي',
  'שלום', 'לכבוד', 'नमस्ते', 'प्रिय',
];
/**
 * Words that name a team, a help desk or a company's staff ("team",
 * "support", "Kundenservice", "yetkili", "asiakastuki", "客服"): a greeting of a company holds one,
 * a greeting of a person ("Hello Anna") or a role ("Dear DPO") does not.
 */
export const TEAM = [
  'support', 'team', 'staff', 'help', 'helpdesk', 'customer', 'service', 'care', 'center', 'centre',
  'soporte', 'equipo', 'atención', 'atencion', 'ayuda', 'cliente', 'clientes', 'suporte', 'equipa', 'equipe', 'atendimento', 'ajuda', 'supporto', 'assistenza', 'clienti',
  'équipe', 'assistance', 'client', 'clientèle', 'kundenservice', 'kundendienst', 'ondersteuning', 'klantenservice',
  'destek', 'ekib', 'ekip', 'müşteri', 'hizmet', 'yetkili', 'служб', 'поддержк', 'команд', 'техподдержк', 'підтримк',
  'zespół', 'zespoł', 'zespol', 'wsparci', 'obsług', 'pomoc', 'podpor', 'tým', 'týme',
  'supporten', 'kundtjänst', 'kundeservice', 'brukerstøtte', 'tuki', 'tiimi', 'asiakaspalvelu', 'asiakastuki', 'ügyfélszolgálat', 'csapat', 'echip', 'suport', 'asistență', 'asistenta',
  'tim', 'dukungan', 'layanan', 'pelanggan', 'đội', 'ngũ', 'hỗ', 'trợ', 'bộ', 'phận', 'ομάδα', 'ομάδ', 'υποστήριξ', 'εξυπηρέτησ', 'πελατών',
  '团队', '團隊', '客服', '支持', '支援', '中心', 'サポート', 'チーム', '運営', '事務局', 'カスタマー', 'センター', 'ご担当者', '担当者', '御中',
  '팀', '고객센터', '고객', '지원', 'ทีม', 'ฝ่าย', 'สนับสนุน', 'บริการ', 'ลูกค้า', 'پشتیبانی', 'تیم', 'فريق', 'الدعم', 'دعم', 'خدمة', 'العملاء',
  'צוות', 'תמיכה', 'שירות', 'לקוחות', 'टीम', 'सहायता', 'सपोर्ट',
];
/** Words that greet or name a team or a help desk, in the packs' languages: at least one stands beside the name in a greeting. */
export const GREETING: readonly string[] = [...SALUTATIONS, ...TEAM];
/** Small words a greeting may hold: "To the Instagram team", "equipo de Instagram", "ομάδα ... του Instagram". */
export const FILLER = [
  'to', 'the', 'of', 'at', 'de', 'del', 'dell', 'la', 'le', 'les', 'aux', 'el', 'do', 'da', 'du', 'der', 'des', 'di', 'van', 'het', 'l', 'd', 'und', 'and', 'y', 'e', 'et',
  'του', 'την', 'τη', 'της', 'τον', 'και', 'na', 'и', 'і', 'в', 've', 'của', 'og', 'och', 'ja', 'és', 'și', 'dan', '的', 'の', 'と',
];

/**
 * Words that say a company's name follows, in greetings where names bear no capital ("บริษัท
 * ฟู้ดดีลิเวอรี่ไทย จำกัด (แอป FoodGo)"): the word after one is a name, and the greeting names a company.
 */
export const COMPANY = ['บริษัท', 'แอป', 'แอปพลิเคชัน', 'จำกัด', 'société', 'firma', 'empresa', 'azienda', 'şirketi', 'компания', 'компанії', '株式会社', '회사'];
