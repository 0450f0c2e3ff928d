import type { LanguagePack } from '../language-pack.js';

/** English. */
export const en: LanguagePack = {
  code: 'en',
  name: 'English',
  onlyThis: ['only'],
  erase: [
    'delete', 'deleted', 'deleting', 'deletion', 'erase', 'erased', 'erasing', 'erasure', 'remove', 'removed',
    'removing', 'removal', 'wipe', 'wiped', 'wiping', 'purge', 'purged', 'destroy', 'destroyed', 'get rid of',
    'forget me', 'clear out', 'close my account', 'deactivate', 'terminate my account',
  ],
  data: [
    'data', 'personal data', 'information', 'personal information', 'info', 'details', 'records', 'history',
    'content', 'tokens', 'everything', 'all of it', 'personal details',
  ],
  account: ['account', 'acct', 'profile', 'connection', 'connected account', 'login', 'membership'],
  privacy: [
    'privacy', 'right to erasure', 'right to be forgotten', 'right to deletion', 'data protection',
    'data subject request', 'data deletion request', 'erasure request', 'deletion request', 'privacy law',
  ],
  mine: ['my', 'mine', 'our', 'ours', 'me', 'myself'],
  opposite: [
    'do not delete', "don't delete", 'dont delete', 'keep my account', 'keep my data',
    'i did not request', "i didn't request", 'i did not ask', "i didn't ask", 'i never asked', 'i never requested',
    'not me', 'cancel my request', 'cancel the deletion', 'withdraw my request', 'stop the deletion',
    'still in use', 'changed my mind', 'ignore my previous', 'please ignore it', 'please disregard it', 'i still use the app',
    'keep using the app', 'still using the app',
  ],
  contrast: ['but now', 'but this time', 'but today', 'however now', 'now however', 'about keeping'],
  nowOpens: ['now', 'this time'],
  complement: ['that'],
  condition: ['if', 'in case'],
  othersAsk: ['someone', 'somebody', 'some one', 'a stranger', 'a hacker', 'hacked', 'nephew sent', 'nephew asked', 'niece sent', 'niece asked', 'son sent', 'son asked', 'daughter sent', 'daughter asked', 'kid sent', 'kids sent', 'received a request', 'got a request', 'a request was made', 'has been requested', 'was requested'],
  done: [
    'was my data deleted', 'were my data deleted', 'was my account deleted', 'was my information deleted',
    'been deleted', 'been removed', 'been erased', 'been wiped', 'was deleted', 'were deleted', 'was removed',
    'were removed', 'was erased', 'were erased', 'got deleted', 'already deleted', 'already removed',
    'deleted already', 'did you delete', 'did you remove', 'did you erase', 'did you already delete',
    'have you deleted', 'have you removed', 'have you already deleted', 'you deleted', 'you removed',
    "you've deleted", 'you have deleted', 'deleted or not',
  ],
  askedBefore: [
    'i asked', 'i requested', "i've asked", 'i have asked', 'i had asked', 'i already asked', "i've requested",
    'i have requested', 'i had requested', 'i already requested', 'i sent', 'i submitted', 'i made a request',
    'i wrote', 'i emailed', 'i contacted',
  ],
  otherwise: [
    'if not', 'otherwise', "if it hasn't", 'if it has not', "if they haven't", 'if they have not', 'if not yet',
  ],
  undecided: ['not sure', 'unsure', 'idk', 'i dont know', "i don't know", 'dunno', 'no idea', 'or maybe', 'maybe not', 'wait no', 'wait, no', "can't decide", 'cannot decide', 'undecided', 'torn', 'not sure if i want', 'not sure i want', 'not sure whether i want', 'not sure whether to', "don't know if i want", 'dont know if i want', "don't know whether to", 'idk if i want', "i don't know what i want", 'idk what i want', 'not sure what i want'],
  whether: ['if', 'whether'],
  apology: ['sorry', 'so sorry', 'apologies', 'my apologies', 'i apologise', 'i apologize'],
  negation: ['not', "don't", 'dont', 'do not', 'does not', "doesn't", 'never', 'no', "didn't", 'did not', 'nor'],
  question: [
    'how', 'what', 'why', 'when', 'where', 'which', 'can i', 'could i', 'is it possible', 'do you', 'does',
    'is there', 'how do i', 'how can i', 'how long', 'will you',
  ],
  asks: [
    'i want', 'i would like', "i'd like", 'i wish', 'i need', 'please', 'pls', 'plz', 'kindly', 'can you',
    'could you', 'would you',
  ],
  usernameLabels: [
    'username', 'user name', 'instagram username', 'instagram handle', 'instagram account', 'instagram name',
    'handle', 'account name', 'ig handle', 'ig username', 'ig', 'insta', 'instagram', 'profile name', 'my @',
  ],
  // "The account is called x", "my ID is x", "(acc: x)"; the hand-written sentences read the other English shapes.
  handlePhrases: [
    'the account', 'the profile', 'my id', 'acc',
    // Who the person is there: "on insta I'm x", "my name on IG is x", "my name there is x" (an answer to our question).
    "on insta i'm", 'on insta i am', "on instagram i'm", 'on instagram i am', "on ig i'm", 'on ig i am',
    'my name on insta', 'my name on ig', 'my name there',
  ],
  handleLinks: ['is', 'is called', 'is named', 'called', 'named', 'on instagram', 'on insta', 'on ig'],
  relationHas: ['has', 'has got', 'also has'],
  // "the tom.h account", "tom.h account's data": the handle first.
  accountAfterHandle: ['account', 'acct', 'profile'],
  onBehalf: ['on behalf of', 'in the name of', 'writing for', 'writing this for', 'writing to you for', 'forwarding this for', 'sending this for'],
  clients: ['client', 'customer', 'employer', 'boss', 'ceo', 'principal'],
  passOn: ['forward', 'pass this on', 'pass it on', 'passing this on', 'passing it on', 'send this on'],
  handsOff: ['don\'t touch', 'dont touch', 'do not touch', 'please don\'t touch', 'hands off', 'keep your hands off', 'leave * alone', 'leave alone'],
  confirmation: [
    'confirm to', 'confirmation to', 'send confirmation to', 'send the confirmation to', 'notify me at',
    'let me know at', 'reply to', 'respond to', 'write to me at', 'email me at', 'contact me at', 'reach me at',
    'my email is', 'my email address is', 'my address is', 'email address', 'email', 'e-mail', 'write back to',
    'get back to me at',
  ],
  quoteOpeners: ['on'],
  confirmationAsks: ['confirm', 'let me know', 'tell me', 'inform me', 'update me'],
  quoteHeaders: ['wrote'],
  originalMessage: ['original message'],
  forwardMarkers: ['forwarded message', 'begin forwarded message'],
  headerFrom: ['from'],
  headerSent: ['sent', 'date'],
  headerOther: ['to', 'cc', 'bcc', 'subject', 'reply-to'],
  replyPrefixes: ['re'],
  forwardPrefixes: ['fw', 'fwd'],
  signatureMarkers: [
    'thanks', 'thanks a lot', 'thanks so much', 'thanks again', 'thanks in advance', 'thank you', 'thank you so much',
    'thank you very much', 'thank you in advance', 'many thanks', 'best', 'best regards', 'kind regards',
    'warm regards', 'warmest regards', 'regards', 'cheers', 'sincerely', 'yours', 'yours truly', 'yours sincerely',
    'yours faithfully', 'all the best', 'take care', 'thx', 'br',
  ],
  sentFrom: [
    'sent from my *', 'sent from outlook*', 'sent from yahoo*', 'sent from mail for *', 'sent from gmail*',
    'sent from proton*', 'get outlook for *', 'sent with proton*', 'sent via *',
  ],
  autoReplySubjects: ['out of office', 'out of the office', 'automatic reply', 'automatic response', 'auto reply', 'auto-reply', 'autoreply', 'auto response', 'auto-response', 'autoresponse', 'auto responder', 'auto-responder', 'autoresponder', 'automatic-reply', 'auto:', 'away from the office', 'away from office', 'on vacation', 'vacation:', 'vacation reply', 'vacation response', 'undeliverable', 'undelivered mail', 'delivery status notification', 'delivery status', 'delivery notification', 'delivery failure', 'delivery failed', 'delivery has failed', 'message delivery failure', 'message delivery failed', 'message delivery has failed', 'mail delivery failed', 'mail delivery failure', 'mail delivery system', 'could not send message', 'failure notice', 'returned mail', 'message not delivered', 'i am out of', 'i am currently out of', 'i am away', 'i am currently away', 'i\'m out of', 'i\'m currently out of', 'i\'m away', 'i\'m currently away'],
};
