/**
 * A phrase naming an account without saying whose ("the account", "das Konto", "účet",
 * "акаунт") gives the handle only through a link that names it ("is called", "heißt", "je",
 * "heter") or a colon: "My sister runs the account @x" and "Її акаунт — @x" name someone else's
 * account, and the requester's own handle further on is the one to erase.
 */
import { describe, expect, it } from 'vitest';
import { findInstagramUsername } from '../../../src/understanding/instagram-username.js';

describe('an account named without its owner', () => {
  it.each([
    ['en', "My sister runs the account @bella.draws, leave hers alone. But please delete MY data, I'm @nina_k.writes on Instagram.", 'nina_k.writes'],
    ['uk', 'Її акаунт — @bondarenko.olena, її дані не чіпайте. Видаліть лише мої дані. Мій інстаграм: @maria_bondarenko.ua', 'maria_bondarenko.ua'],
    ['de', 'Meine Frau betreut das Konto @lena.shop_de. Bitte löscht nur meine Daten, mein Instagram ist @jonas.w_84.', 'jonas.w_84'],
    ['es', 'Mi hermana usa la cuenta @sofi.glez para su tienda. Borren solo mis datos, mi Instagram es @lucia_glez_', 'lucia_glez_'],
  ])('%s: the other account is not taken', (_lang, text, handle) => {
    expect(findInstagramUsername(text, '')).toBe(handle);
  });

  it.each([
    ['en', 'The account is called tom.h_9', 'tom.h_9'],
    ['de', 'Bitte löscht alles, das Konto heißt jonas.w_84', 'jonas.w_84'],
    ['sv', 'Hej, radera min data tack. Kontot heter lina.berg_92', 'lina.berg_92'],
    ['cs', 'Prosím o smazání mých údajů, účet na IG je pavel_novak', 'pavel_novak'],
    ['en', 'Please delete my data. The account: tom.h_9', 'tom.h_9'],
  ])('%s: the account named by a link or a colon is read', (_lang, text, handle) => {
    expect(findInstagramUsername(text, '')).toBe(handle);
  });
});
