import { z } from "@medusajs/framework/zod"
import { matchDisposableDomain } from "../disposable/is-disposable-domain"
import { DISPOSABLE_DOMAINS_SOURCE } from "../disposable/disposable-domains"
import { formatMoney } from "./format"
import type { RiskSignal } from "./types"

export const firstOrderHighValueArgsSchema = z
  .object({
    /** Threshold per currency (lower-case code) in minor units. */
    amounts: z.record(z.string().regex(/^[a-z]{3}$/), z.number().int().positive()),
    /** Threshold for currencies not in `amounts`; null leaves them unchecked. */
    defaultAmount: z.number().int().positive().nullable(),
  })
  .strict()
export type FirstOrderHighValueArgs = z.infer<typeof firstOrderHighValueArgsSchema>

export const FIRST_ORDER_HIGH_VALUE: RiskSignal<FirstOrderHighValueArgs> = {
  code: "first_order_high_value",
  title: "First order of high value",
  description: "The customer's (or guest email's) first order, at or above a value threshold.",
  weight: 20,
  argsSchema: firstOrderHighValueArgsSchema,
  defaultArgs: { amounts: { eur: 50000, usd: 50000, gbp: 40000 }, defaultAmount: null },
  evaluate(args, { facts, lookups }) {
    const cur = facts.currency.toLowerCase()
    const limit = args.amounts[cur] ?? args.defaultAmount
    const amount = formatMoney(facts.amount, facts.currency)
    if (limit === null || limit === undefined) return { hit: false, reason: `no threshold for ${cur.toUpperCase()}` }
    const threshold = formatMoney(limit, facts.currency)
    if (lookups.priorOrders > 0) return { hit: false, reason: `${lookups.priorOrders} earlier order(s); ${amount}` }
    if (facts.amount < limit) return { hit: false, reason: `first order, ${amount} below ${threshold}` }
    return { hit: true, reason: `first order, ${amount}, threshold ${threshold}` }
  },
}

const PAIRS = ["billing_shipping", "ip_billing", "ip_shipping"] as const
export const countryMismatchArgsSchema = z.object({ pairs: z.array(z.enum(PAIRS)).min(1) }).strict()
export type CountryMismatchArgs = z.infer<typeof countryMismatchArgsSchema>

export const COUNTRY_MISMATCH: RiskSignal<CountryMismatchArgs> = {
  code: "country_mismatch",
  title: "Country mismatch",
  description: "Billing, shipping and IP-location countries disagree (only pairs where both are known count).",
  weight: 15,
  argsSchema: countryMismatchArgsSchema,
  defaultArgs: { pairs: [...PAIRS] },
  evaluate(args, { facts }) {
    const c = {
      billing: facts.billingCountry?.toUpperCase() || null,
      shipping: facts.shippingCountry?.toUpperCase() || null,
      ip: facts.ipCountry?.toUpperCase() || null,
    }
    const shown = `billing ${c.billing ?? "?"}, shipping ${c.shipping ?? "?"}, IP ${c.ip ?? "?"}`
    const mismatched: string[] = []
    for (const pair of args.pairs) {
      const [a, b] = pair.split("_") as Array<keyof typeof c>
      if (c[a] && c[b] && c[a] !== c[b]) mismatched.push(`${a} ≠ ${b}`)
    }
    if (!mismatched.length) return { hit: false, reason: `countries agree (${shown})` }
    return { hit: true, reason: `${mismatched.join(", ")} (${shown})` }
  },
}

export const disposableEmailArgsSchema = z
  .object({
    /** More domains to treat as disposable. */
    extraDomains: z.array(z.string().min(3)),
    /** Listed domains this store accepts anyway. */
    ignoreDomains: z.array(z.string().min(3)),
  })
  .strict()
export type DisposableEmailArgs = z.infer<typeof disposableEmailArgsSchema>

const domainSets = new WeakMap<string[], Set<string>>()
function domainSet(list: string[]): Set<string> {
  let s = domainSets.get(list)
  if (!s) {
    s = new Set(list.map((d) => d.trim().toLowerCase()))
    domainSets.set(list, s)
  }
  return s
}

export const DISPOSABLE_EMAIL: RiskSignal<DisposableEmailArgs> = {
  code: "disposable_email",
  title: "Disposable email domain",
  description: `The email's domain is a throw-away mail service (shipped list: ${DISPOSABLE_DOMAINS_SOURCE.domains} domains from ${DISPOSABLE_DOMAINS_SOURCE.name}, ${DISPOSABLE_DOMAINS_SOURCE.licence}, ${DISPOSABLE_DOMAINS_SOURCE.date}).`,
  weight: 40,
  argsSchema: disposableEmailArgsSchema,
  defaultArgs: { extraDomains: [], ignoreDomains: [] },
  evaluate(args, { keys }) {
    if (!keys.emailDomain) return { hit: false, reason: "no email" }
    const listed = matchDisposableDomain(keys.emailDomain, args.extraDomains.length ? domainSet(args.extraDomains) : undefined)
    if (!listed || (args.ignoreDomains.length && domainSet(args.ignoreDomains).has(listed))) {
      return { hit: false, reason: `email domain ${keys.emailDomain} is not a known disposable-mail domain` }
    }
    return { hit: true, reason: `email domain ${keys.emailDomain} is a disposable-mail domain${listed !== keys.emailDomain ? ` (under ${listed})` : ""}` }
  },
}
