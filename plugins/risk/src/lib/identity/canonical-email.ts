export type CanonicalEmail = {
  /** The address velocity and lists are keyed on: lower-case, "+tag" removed, Gmail dots removed. */
  canonical: string
  /** Lower-case domain of the address as typed (googlemail.com is kept here, canonical uses gmail.com). */
  domain: string
  /** The address as typed had a "+tag" (plus-addressing). */
  plusTag: boolean
}

const GMAIL = new Set(["gmail.com", "googlemail.com"])

/**
 * Canonical form of an email for counting one person once. Every provider in common use ignores a "+tag"
 * (Gmail, Outlook, iCloud, Fastmail, Proton), so it is dropped for every domain; dots are ignored by Gmail only,
 * so they are dropped only there. Returns null for text that is not an address (no "@", empty side).
 */
export function canonicalEmail(email: string | null | undefined): CanonicalEmail | null {
  if (!email) return null
  const s = email.trim().toLowerCase()
  const at = s.lastIndexOf("@")
  if (at <= 0 || at === s.length - 1) return null
  let local = s.slice(0, at)
  let domain = s.slice(at + 1)
  if (domain.endsWith(".")) domain = domain.slice(0, -1)
  if (!domain.includes(".") || /\s/.test(domain) || /\s/.test(local)) return null
  const plus = local.indexOf("+")
  const plusTag = plus >= 0
  if (plusTag) local = local.slice(0, plus)
  let canonicalDomain = domain
  if (GMAIL.has(domain)) {
    local = local.replace(/\./g, "")
    canonicalDomain = "gmail.com"
  }
  if (local === "") return null
  return { canonical: `${local}@${canonicalDomain}`, domain, plusTag }
}
