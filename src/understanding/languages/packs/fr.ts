import type { LanguagePack } from '../language-pack.js';

/** French. */
export const fr: LanguagePack = {
  code: 'fr',
  name: 'French',
  onlyThis: ['seulement', 'uniquement'],
  erase: [
    'supprim', 'suprim', 'suppression', 'effac', 'efface', 'retir', 'détrui', 'detrui', 'oubli', 'clôtur', 'clotur',
    'désactiv', 'desactiv', 'ferm',
  ],
  data: [
    'données', 'donnees', 'donnée', 'donnee', 'données personnelles', 'informations', 'infos', 'coordonnées',
    'historique', 'contenu', 'jetons', 'tout ce', 'tous les',
  ],
  account: ['compte', 'profil', 'connexion', 'accès', 'acces'],
  privacy: [
    'vie privée', 'vie privee', 'confidentialité', 'rgpd', "droit à l'effacement", "droit a l'effacement",
    "droit à l'oubli", "droit a l'oubli", 'demande de suppression', 'protection des données', 'cnil', 'article 17',
  ],
  mine: ['mon', 'ma', 'mes', 'notre', 'nos', 'moi', 'me', "m'"],
  opposite: [
    'ne supprimez pas', 'ne pas supprimer', 'ne rien supprimer', 'ne supprimez rien', 'gardez mon compte',
    'conservez mon compte', 'conservez mes données', "je n'ai pas demandé", "je n'ai jamais demandé", 'pas moi', 'annuler ma demande', 'annulez ma demande',
    'retirer ma demande', 'arrêtez la suppression', 'toujours utilisé', 'encore utilisé',
    'annulation de ma demande', "changé d'avis",
  ],
  contrast: ['mais maintenant', 'mais cette fois', "mais aujourd'hui", 'cependant maintenant'],
  nowOpens: ['maintenant', 'désormais', "aujourd'hui"],
  complement: ['que'],
  condition: ['si', "s'il", "s'ils", 'au cas où'],
  othersAsk: ["quelqu'un", 'un inconnu', 'pirate', 'reçu une demande', 'a été demandée'],
  done: [
    'été supprimé', 'été effacé', 'avez supprimé', 'avez-vous supprimé', 'avez vous supprimé', 'avez bien supprimé',
    'avez-vous bien supprimé', 'avez déjà supprimé', 'avez-vous déjà supprimé', 'avez effacé', 'avez-vous effacé',
    'sont supprimé', 'sont bien supprimé', 'sont-elles supprimé', 'sont-elles bien supprimé', 'sont effacé',
    'est supprimé', 'est-il supprimé', 'est-elle supprimé', 'déjà supprimé', 'été effectué', 'bien été effectué',
    'été traité', 'été faite', 'est effectué', 'pu supprimer', 'bien supprimé', 'procédé à la suppression',
  ],
  askedBefore: [
    "j'ai demandé", "j'avais demandé", "j'ai déjà demandé", "j'ai envoyé", "j'avais envoyé", "j'ai fait une demande",
    "j'ai écrit", "j'ai soumis", 'je vous ai demandé', 'je vous ai écrit', 'je vous ai envoyé',
    "j'ai fait la demande", "j'avais fait", "j'ai formulé",
  ],
  otherwise: [
    'sinon', "si ce n'est pas le cas", 'dans le cas contraire', 'si non',
  ],
  undecided: ['je ne sais pas', 'je sais pas', 'sais pas', 'pas sûr', 'pas sûre', 'pas sur', 'pas certain', 'pas certaine', 'ou peut-être', 'ou peut-être pas', 'peut-être pas', 'je ne sais pas si je veux', 'je sais pas si je veux', "j'hésite", 'je ne sais plus', 'je sais plus', 'aucune idée'],
  whether: ['si', "s'il"],
  apology: ['désolé', 'désolée', 'desole', 'desolee', 'pardon', 'excusez-moi'],
  negation: ['ne', "n'", 'pas', 'jamais', 'rien', 'aucun', 'aucune', 'ni', 'non'],
  question: ['comment', 'pourquoi', 'quand', 'quel', 'quelle', 'quels', 'combien', 'est-ce que', 'est-il possible', 'puis-je', 'pouvez-vous'],
  asks: [
    "s'il vous plaît", "s'il vous plait", 'svp', 'veuillez', 'pouvez-vous', 'pourriez-vous', 'pouvez vous',
    'pourriez vous',
  ],
  usernameLabels: ["nom d'utilisateur", "nom d'usager", 'pseudo', 'identifiant', 'compte instagram', 'compte', 'profil'],
  ownHandlePhrases: ['le mien', 'la mienne', 'mon propre compte', 'mon compte perso', 'mon compte personnel', 'mon vrai compte'],
  handlePhrases: [
    'pseudo', "nom d'utilisateur", 'identifiant', 'mon insta', 'mon instagram', 'mon ig', 'mon @', 'mon compte insta',
    'mon compte instagram', 'mon compte ig',
    // The account named, then what it is called ("the account is called x"), and "my ID is x".
    'le compte', 'mon compte', 'mon id', "l'id",
    // Who the person is there: "sur insta je suis x", "mon nom sur insta est x".
    'sur insta je suis', 'sur instagram je suis', 'sur ig je suis', "sur insta je m'appelle", "sur instagram je m'appelle",
    'mon nom sur insta', 'mon nom sur ig',
  ],
  handleLinks: ['est', "c'est", "s'appelle",
    // Typed on a phone without the apostrophe: "mon insta cest x", "mon compte c est x".
    'cest', 'c est', 'sappelle', 'sur instagram', 'sur insta', 'sur ig', 'mon', 'instagram'],
  relationHas: ['a', 'a aussi'],
  selfNaming: ['je suis', "moi c'est"],
  onBehalf: ['au nom de', 'de la part de', 'pour le compte de', "j'écris pour", 'je vous écris pour'],
  passOn: ['transférer', 'transmettre', 'transfère', 'transmets', 'faire suivre'],
  handsOff: ['ne touchez pas', 'ne touche pas', 'n\'y touchez pas', 'pas touche', 'laissez * tranquille', 'laisse * tranquille', 'ne touchez surtout pas'],
  confirmation: [
    'confirmation à', 'confirmer à', 'confirmez à', 'envoyez la confirmation', 'répondre à', 'répondez à',
    'écrivez-moi à', 'ecrivez-moi', 'mon adresse', 'mon e-mail', 'mon mail', 'mon courriel', 'adresse e-mail',
    'adresse mail', 'courriel', 'me joindre à', 'me prévenir à',
  ],
  confirmationAsks: ['confirm', 'répon', 'repon', 'notifi'],
  confirmationTargets: ["à l'adresse", "a l'adresse", 'adresse', 'à', 'sur'],
  addressWords: ['adresse', 'e-mail', 'email', 'mail', 'courriel'],
  quoteOpeners: ['le'],
  quoteHeaders: ['a écrit', 'a ecrit'],
  originalMessage: ["message d'origine", 'message original'],
  forwardMarkers: ['message transféré', 'message transfere', 'début du message réexpédié', 'début du message transféré'],
  headerFrom: ['de', 'expéditeur'],
  headerSent: ['envoyé', 'envoye', 'date'],
  headerOther: ['à', 'a', 'cc', 'objet', 'destinataire'],
  replyPrefixes: ['re', 'réf'],
  forwardPrefixes: ['tr', 'fwd', 'fw'],
  signatureMarkers: [
    'cordialement', 'bien cordialement', 'bien à vous', 'bien a vous', 'merci', 'merci beaucoup', 'merci d\'avance',
    'salutations', 'sincères salutations', 'bonne journée', 'amicalement', 'bisous',
  ],
  sentFrom: ['envoyé de mon *', 'envoye de mon *', 'envoyé depuis mon *', 'envoyé à partir de *', 'obtenir outlook pour *'],
  autoReplySubjects: ['réponse automatique', 'reponse automatique', 'absence du bureau', 'absent du bureau', 'absente du bureau', 'message d\'absence', 'absence:', 'non remis', 'message non remis'],
};
