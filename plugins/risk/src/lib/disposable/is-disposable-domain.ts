import { DISPOSABLE_DOMAINS_TEXT } from "./disposable-domains"

let shipped: Set<string> | null = null

/** The shipped disposable-mail domains as a set (parsed once, on first use). */
export function disposableDomains(): ReadonlySet<string> {
  if (!shipped) shipped = new Set(DISPOSABLE_DOMAINS_TEXT.split("\n").filter((d) => d !== ""))
  return shipped
}

/**
 * The listed domain an email domain falls under ("mx.mailinator.com" → "mailinator.com"), checking the domain
 * and each parent down to two labels; `extra` adds a store's own domains. Null when none is listed.
 */
export function matchDisposableDomain(domain: string, extra?: ReadonlySet<string>): string | null {
  const set = disposableDomains()
  let d = domain.toLowerCase()
  for (;;) {
    if (set.has(d) || extra?.has(d)) return d
    const dot = d.indexOf(".")
    if (dot === -1 || d.indexOf(".", dot + 1) === -1) return null
    d = d.slice(dot + 1)
  }
}
