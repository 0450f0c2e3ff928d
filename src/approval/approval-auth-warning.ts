/**
 * The warning `start` and `doctor` give when a staff decision would count on
 * the From header alone (STAFF_REQUIRE_DMARC off): anyone who saw a
 * notification and can forge a staff From could then approve a deletion.
 * Null when staff mail must pass DMARC or aligned DKIM at TRUSTED_AUTHSERV_ID.
 */
export function approvalAuthWarning(s: { staffRequireDmarc: boolean; trustedAuthservId: string | null }): string | null {
  if (s.staffRequireDmarc) return null;
  return s.trustedAuthservId
    ? 'approval rests on the From header alone: STAFF_REQUIRE_DMARC=false, so staff replies are not checked against ' +
        `${s.trustedAuthservId}'s DMARC/DKIM results; remove STAFF_REQUIRE_DMARC (it defaults to true) or set it to true`
    : 'approval rests on the From header alone: set TRUSTED_AUTHSERV_ID to the authserv-id your receiving mail server ' +
        'writes in Authentication-Results (e.g. mx.pickrtech.com); staff replies must then pass DMARC or aligned DKIM';
}
