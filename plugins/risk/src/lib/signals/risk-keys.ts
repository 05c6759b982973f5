import { canonicalEmail } from "../identity/canonical-email"
import { addressKey } from "../identity/normalize-address"
import type { RiskKeys, RiskOrderFacts } from "./types"

/**
 * The identifiers of an order, normalised once: canonical email, hashed IP, card fingerprint, shipping address
 * key, device id. The glue increments its counters and links under exactly these keys.
 */
export function riskKeys(facts: RiskOrderFacts): RiskKeys {
  const email = canonicalEmail(facts.email)
  return {
    email: email?.canonical ?? null,
    emailDomain: email?.domain ?? null,
    emailPlusTag: email?.plusTag ?? false,
    ip: facts.ipKey || null,
    card: facts.cardFingerprint || null,
    address: addressKey(facts.shippingAddress),
    device: facts.deviceId || null,
  }
}
