import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * Signed tokens for links in messages (one-click unsubscribe, open pixel, click tracking): `<payload>.<mac>` with the
 * payload base64url JSON and the MAC a truncated HMAC-SHA256. They need no storage and cannot be forged or edited.
 */
export type PushToken =
  | { t: "u"; c: string; ch: string } // unsubscribe customer c from channel ch ("all" = every channel)
  | { t: "o"; d: string } // delivery d opened
  | { t: "k"; d: string; p: string } // delivery d, product p clicked

function mac(secret: string, payload: string): string {
  return createHmac("sha256", secret).update(payload).digest("base64url").slice(0, 22)
}

export function signToken(secret: string, token: PushToken): string {
  const payload = Buffer.from(JSON.stringify(token)).toString("base64url")
  return `${payload}.${mac(secret, payload)}`
}

export function verifyToken(secret: string, value: string): PushToken | null {
  const dot = value.lastIndexOf(".")
  if (dot <= 0) return null
  const payload = value.slice(0, dot)
  const given = Buffer.from(value.slice(dot + 1))
  const expected = Buffer.from(mac(secret, payload))
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  try {
    const t = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
    if (t?.t === "u" && typeof t.c === "string" && typeof t.ch === "string") return t
    if (t?.t === "o" && typeof t.d === "string") return t
    if (t?.t === "k" && typeof t.d === "string" && typeof t.p === "string") return t
    return null
  } catch {
    return null
  }
}
