/**
 * The words of a greeting line, in the packs' languages: greetings, team and help-desk words
 * ("Dear Instagram team", "Sayın Trendyol Yetkilisi", "Hei Wolt / asiakastuki"), and the small
 * words a greeting may hold. Stems of four letters or more may run on ("поддержки", "ekibine").
 */
/** Words that greet or name a team or a help desk, in the packs' languages: at least one stands beside the name in a greeting. */
export const GREETING = [
  // en
  'hi', 'hello', 'hey', 'dear', 'greetings', 'support', 'team', 'staff', 'help', 'helpdesk', 'customer', 'service', 'care', 'center', 'centre', 'sir', 'madam', 'good', 'morning', 'afternoon', 'evening',
  // es, pt, it, fr
  'hola', 'buenas', 'buenos', 'días', 'dias', 'tardes', 'estimado', 'estimada', 'estimados', 'estimadas', 'querido', 'querida', 'soporte', 'equipo', 'atención', 'atencion', 'ayuda', 'cliente', 'clientes',
  'olá', 'ola', 'oi', 'prezado', 'prezada', 'prezados', 'bom', 'dia', 'boa', 'tarde', 'suporte', 'equipa', 'equipe', 'atendimento', 'ajuda', 'caro', 'cara', 'cari', 'gentile', 'spettabile', 'buongiorno', 'buonasera', 'salve', 'ciao', 'supporto', 'assistenza', 'clienti',
  'bonjour', 'bonsoir', 'salut', 'cher', 'chère', 'chere', 'chers', 'madame', 'monsieur', 'équipe', 'assistance', 'client', 'clientèle',
  // de, nl, tr
  'hallo', 'liebe', 'lieber', 'liebes', 'sehr', 'geehrte', 'geehrter', 'geehrtes', 'geehrten', 'guten', 'tag', 'kundenservice', 'kundendienst', 'damen', 'herren', 'herr', 'frau',
  'beste', 'geachte', 'hoi', 'goedendag', 'goedemiddag', 'goedemorgen', 'ondersteuning', 'klantenservice',
  'merhaba', 'sayın', 'sayin', 'değerli', 'degerli', 'destek', 'ekib', 'ekip', 'müşteri', 'hizmet', 'yetkili',
  // ru, uk, pl, cs
  'здравствуйте', 'привет', 'добрый', 'день', 'вечер', 'утро', 'уважаем', 'служб', 'поддержк', 'команд', 'техподдержк',
  'вітаю', 'добрий', 'доброго', 'шановн', 'підтримк', 'dzień', 'dobry', 'szanown', 'witam', 'cześć', 'zespół', 'zespoł', 'zespol', 'wsparci', 'obsług', 'pomoc',
  'dobrý', 'dobry', 'den', 'vážen', 'zdravím', 'podpor', 'tým', 'týme',
  // sv, da, no, fi, hu, ro
  'hej', 'hei', 'kära', 'kære', 'kjære', 'supporten', 'kundtjänst', 'kundeservice', 'brukerstøtte', 'moi', 'hyvä', 'tuki', 'tiimi', 'asiakaspalvelu', 'asiakastuki',
  'kedves', 'tisztelt', 'jó', 'napot', 'ügyfélszolgálat', 'csapat', 'bună', 'buna', 'ziua', 'stimat', 'dragă', 'draga', 'echip', 'suport', 'asistență', 'asistenta',
  // id, vi, el
  'halo', 'hai', 'yth', 'kepada', 'tim', 'dukungan', 'layanan', 'pelanggan', 'xin', 'chào', 'chao', 'kính', 'gửi', 'đội', 'ngũ', 'hỗ', 'trợ', 'bộ', 'phận',
  'γεια', 'σας', 'αγαπητ', 'αξιότιμ', 'προς', 'ομάδα', 'ομάδ', 'υποστήριξ', 'εξυπηρέτησ', 'πελατών',
  // zh, ja, ko, th
  '尊敬的', '您好', '你好', '亲爱的', '親愛的', '团队', '團隊', '客服', '支持', '支援', '中心',
  'サポート', 'チーム', '運営', '事務局', 'カスタマー', 'センター', 'ご担当者', '担当者', '御中', '様', '各位', 'こんにちは', '拝啓', 'お問い合わせ',
  '안녕하세요', '친애하는', '팀', '고객센터', '고객', '지원', 'สวัสดี', 'ครับ', 'ค่ะ', 'ทีม', 'ฝ่าย', 'สนับสนุน', 'บริการ', 'ลูกค้า',
  // fa, ar, he, hi
  'سلام', 'درود', 'پشتیبانی', 'تیم', 'مرحبا', 'السلام', 'عليكم', 'عزيزي', 'فريق', 'الدعم', 'دعم', 'خدمة', 'العملاء',
  'שלום', 'לכבוד', 'צוות', 'תמיכה', 'שירות', 'לקוחות', 'नमस्ते', 'प्रिय', 'टीम', 'सहायता', 'सपोर्ट',
];
/**
 * The words of {@link GREETING} that name a team, a help desk or a company's staff ("team",
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
/** Small words a greeting may hold: "To the Instagram team", "equipo de Instagram", "ομάδα ... του Instagram". */
export const FILLER = [
  'to', 'the', 'of', 'at', 'de', 'del', 'dell', 'la', 'el', 'do', 'da', 'du', 'der', 'des', 'di', 'van', 'het', 'l', 'd', 'und', 'and', 'y', 'e', 'et',
  'του', 'την', 'τη', 'της', 'τον', 'και', 'na', 'и', 'і', 'в', 've', 'của', 'og', 'och', 'ja', 'és', 'și', 'dan', '的', 'の', 'と',
];

