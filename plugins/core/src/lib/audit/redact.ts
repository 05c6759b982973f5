/**
 * What an audit entry may keep of a request body: ids, amounts, rules and settings, never personal data or secrets.
 * Fields with these names are replaced by "[redacted]" at any depth (the log keeps that they were sent).
 */
const SENSITIVE = /^(password|pass|secret|token|api_?key|authorization|cookie|email|phone|first_name|last_name|name_on_card|address(_\d)?|address_1|address_2|postal_code|city|ip|card|cvc|iban|note|message|body_text|text)$/i

export function redactForAudit(value: unknown, depth = 0): unknown {
  if (depth > 6) return "[…]"
  if (Array.isArray(value)) {
    const head = value.slice(0, 50).map((v) => redactForAudit(v, depth + 1))
    return value.length > 50 ? [...head, `[+${value.length - 50} more]`] : head
  }
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      out[k] = SENSITIVE.test(k) ? "[redacted]" : redactForAudit(v, depth + 1)
    }
    return out
  }
  if (typeof value === "string" && value.length > 500) return `${value.slice(0, 500)}…`
  return value
}

/** `/admin/finesse/pricing/batches/fpb_01J…/approve` → `/admin/finesse/pricing/batches/:id/approve`, and the ids. */
export function normaliseRoute(path: string): { route: string; ids: string[] } {
  const ids: string[] = []
  const parts = path.split("?")[0].split("/").map((seg) => {
    // Medusa ids (prefix_ULID), bare ULIDs, UUIDs and numbers are parameters
    if (/^[a-z]+_[0-9A-HJKMNP-TV-Z]{20,}$/i.test(seg) || /^[0-9A-HJKMNP-TV-Z]{26}$/.test(seg) || /^[0-9a-f-]{36}$/i.test(seg) || /^\d+$/.test(seg)) {
      ids.push(decodeURIComponent(seg))
      return ":id"
    }
    return seg
  })
  return { route: parts.join("/"), ids }
}
