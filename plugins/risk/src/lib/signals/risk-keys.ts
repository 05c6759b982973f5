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

/**
 * The same keys passed through a keyed hash (core's HMAC helper, say), for what is stored: velocity counters,
 * link edges and saved assessments then hold no email or address in clear. Hash list entries with the same
 * function when matching stored keys (a back-test); scoring at placement can match the clear keys in memory.
 */
export function hashRiskKeys(keys: RiskKeys, hash: (value: string) => string): RiskKeys {
  const h = (v: string | null) => (v === null ? null : hash(v))
  return {
    email: h(keys.email),
    emailDomain: keys.emailDomain,
    emailPlusTag: keys.emailPlusTag,
    ip: keys.ip,
    card: keys.card,
    address: h(keys.address),
    device: keys.device,
  }
}
