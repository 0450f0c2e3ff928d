import type { LanguagePack } from '../language-pack.js';

/** Hinglish: Hindi written in Latin letters, English nouns and verbs with Hindi grammar ("mera data delete kar do"). */
export const hiLatn: LanguagePack = {
  code: 'hi-Latn',
  name: 'Hinglish',
  verbLast: true,
  erase: ['delete', 'hata', 'hatao', 'hataiye', 'hata do', 'hata dijiye', 'mita', 'mitao', 'mita do', 'remove', 'saaf', 'khatam', 'band kar'],
  data: ['data', 'jaankari', 'jankari', 'details', 'information', 'info', 'record', 'history', 'sab kuch', 'saara', 'sara'],
  account: ['account', 'khata', 'profile', 'id'],
  privacy: ['privacy', 'gopniyata', 'data protection', 'dpdp', 'right to erasure', 'deletion request'],
  mine: ['mera', 'meri', 'mere', 'mujhe', 'hamara', 'humara', 'hamare', 'apna', 'apni', 'apne', 'main', 'hum'],
  opposite: [
    'mind change', 'mind badal', 'man badal', 'galti se bhej', 'galti se bheji', 'usko cancel', 'use cancel',
    'delete mat', 'delete mat karo', 'delete mat karna', 'mat hatao', 'mat mitao', 'delete nahi', 'delete na karein',
    'maine request nahi', 'maine koi request nahi', 'request nahi bheji', 'request nahi bheja', 'request nahi ki', 'request nahi kiya', 'maine nahi bheji', 'maine nahi bheja', 'maine nahi manga', 'maine nahi kaha', 'main nahi tha', 'request cancel',
    'abhi use kar raha', 'abhi use kar rahi', 'account rakhna',
  ],
  contrast: ['lekin ab', 'par ab', 'magar ab', 'but ab', 'pr ab'],
  done: [
    'aapne', 'kya aapne', 'kya apne', 'delete kar diya', 'delete kar diye', 'delete ho gaya', 'delete ho gya',
    'delete ho gayi', 'delete ho gaye', 'delete ho chuka', 'delete hua', 'hata diya', 'mita diya', 'ho gaya ya nahi',
    'ho gaya ki nahi', 'hua ya nahi', 'hua ki nahi', 'kiya ya nahi', 'kiya ki nahi', 'delete kiya gaya',
  ],
  askedBefore: [
    'request bheji thi', 'request bheja tha', 'request ki thi', 'request kiya tha', 'bola tha', 'kaha tha',
    'mail kiya tha', 'likha tha', 'bheji thi', 'bheja tha', 'request daali thi', 'request dali thi',
    'request kari thi', 'mail bheja tha',
  ],
  otherwise: [
    'agar nahi', 'nahi to', 'nahi toh', 'warna', 'varna',
  ],
  negation: ['nahi', 'nahin', 'mat', 'na', 'kabhi nahi', 'bilkul nahi'],
  nothing: ['kuch bhi', 'koi bhi', 'kuch'],
  question: ['kaise', 'kya', 'kyun', 'kyon', 'kab', 'kahan', 'kaun', 'kitna', 'kitne', 'kitni', 'kya main', 'kya aap', 'ho sakta'],
  asks: ['please', 'plz', 'pls', 'kripya', 'kripaya', 'kar do', 'kar dijiye', 'kar de', 'karwa do', 'request hai', 'kya aap'],
  usernameLabels: ['username', 'user name', 'insta id', 'instagram id', 'id', 'account name', 'handle'],
  handlePhrases: [
    'insta id', 'insta handle', 'insta username', 'ig id', 'ig handle', 'instagram id', 'instagram handle',
    'mera insta', 'mera ig', 'mera instagram', 'meri insta', 'meri id', 'mera username', 'mera handle', 'insta pe main',
    'insta par main', 'ig pe main', 'instagram pe main', 'insta pe mera', 'ig pe mera', 'username', 'user name',
    // "mera ID x hai": the masculine beside "meri id".
    'mera id',
  ],
  handleLinks: [
    'mera', 'meri', 'ka', 'ki', 'toh', 'to', 'id', 'handle', 'username', 'pe', 'par', 'hai', 'he', 'hu', 'hoon', 'main',
    'ye', 'yeh', 'ye rha', 'ye raha',
  ],
  ownHandlePhrases: ['mera wala', 'mera khud ka', 'meri wali', 'mera asli'],
  // "rahul.s wala account", "rahul.s naam ka account": the handle first.
  accountAfterHandle: ['wala', 'wale', 'wali', 'naam ka', 'naam ki', 'naam se', 'naam wala'],
  handsOff: ['mat chhed', 'mat ched', 'mat chhu', 'mat chu', 'mat cheda', 'haath mat laga', 'na chhed', 'na chhu'],
  confirmation: ['confirmation bhejo', 'confirm karo', 'is email par', 'is mail par', 'mera email', 'meri email', 'mail karo', 'email par', 'reply karo'],
  confirmationAsks: ['confirm', 'reply', 'jawab', 'batana', 'batao'],
  confirmationTargets: ['pe', 'par', 'bhejna', 'bhejo', 'bhej do', 'bhejiye', 'bhej dena'],
  addressWords: ['mail', 'email', 'e-mail', 'id'],
  quoteOpeners: ['on'],
  quoteHeaders: ['wrote', 'ne likha'],
  originalMessage: ['original message'],
  forwardMarkers: ['forwarded message'],
  headerFrom: ['from'],
  headerSent: ['sent', 'date'],
  headerOther: ['to', 'cc', 'subject'],
  replyPrefixes: ['re'],
  forwardPrefixes: ['fwd', 'fw'],
  signatureMarkers: ['dhanyavaad', 'dhanyawad', 'shukriya', 'thanks', 'thank you', 'regards', 'aapka', 'aapki'],
  sentFrom: ['sent from my *'],
  autoReplySubjects: ['out of office', 'automatic reply', 'auto reply', 'chhutti par', 'office se bahar'],
};
