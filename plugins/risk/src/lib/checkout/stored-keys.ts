import type { RiskKeys, VelocityDimension } from "../signals/types"
import { VELOCITY_DIMENSIONS } from "../signals/types"

/**
 * A keyed hash (hex, e.g. HMAC-SHA-256 from core's field cipher) folded to a signed 64-bit integer in decimal, the
 * form the counter table indexes: 8 bytes instead of 64 characters per key. With 2^64 values, a store with
 * ten million distinct identifiers has a chance of about 3·10⁻⁶ that any two collide (birthday bound n²/2^65).
 */
export function hashToInt64(hex: string): string {
  if (!/^[0-9a-f]{16}/i.test(hex)) throw new RangeError(`expected a hex hash, got ${JSON.stringify(hex.slice(0, 20))}`)
  return BigInt.asIntN(64, BigInt(`0x${hex.slice(0, 16)}`)).toString()
}

/** The counter-table keys of an order: each identifier as `dimension:key`, hashed and folded (null when absent). */
export function storedKeyColumns(keys: RiskKeys, hash: (value: string) => string): Record<VelocityDimension, string | null> {
  const out = {} as Record<VelocityDimension, string | null>
  for (const d of VELOCITY_DIMENSIONS) {
    const k = keys[d]
    out[d] = k ? hashToInt64(hash(`${d}:${k}`)) : null
  }
  return out
}

/** The counter-table key of the account an order is kept under (a customer id or `guest:<canonical email>`). */
export function storedAccountKey(account: string, hash: (value: string) => string): string {
  return hashToInt64(hash(`account:${account}`))
}

/**
 * Every key of `RiskKeys` hashed (emails, IPs, cards, addresses, devices): what an assessment stores for later
 * back-tests. The email domain stays in clear, since the disposable-domain signal reads it.
 */
export function hashAllRiskKeys(keys: RiskKeys, hash: (value: string) => string): RiskKeys {
  const out: RiskKeys = { ...keys }
  for (const d of VELOCITY_DIMENSIONS) out[d] = keys[d] ? hash(`${d}:${keys[d]}`) : null
  return out
}
