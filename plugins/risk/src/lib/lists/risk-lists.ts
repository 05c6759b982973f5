import { canonicalEmail } from "../identity/canonical-email"
import { buildIpRangeSet, ipInRangeSet, ipRange, ipToBigInt, type IpRangeSet } from "../identity/ip-ranges"
import { addressKey, type AddressInput } from "../identity/normalize-address"

export type ListKind = "email" | "domain" | "ip" | "address" | "card" | "device" | "customer"

/** Entries of one list as a store keeps them; emails are canonicalised, addresses normalised on compile. */
export type RiskListEntries = {
  emails?: string[]
  domains?: string[]
  /** Addresses or CIDR blocks, IPv4 or IPv6. */
  ips?: string[]
  /** `addressKey` strings (as stored with an order) or address objects. */
  addresses?: Array<string | AddressInput>
  cards?: string[]
  devices?: string[]
  customers?: string[]
}

export type RiskListsInput = { allow?: RiskListEntries; block?: RiskListEntries }

export type CompiledList = {
  emails: Set<string>
  domains: Set<string>
  ips: IpRangeSet
  addresses: Set<string>
  cards: Set<string>
  devices: Set<string>
  customers: Set<string>
  size: number
}

export type InvalidListEntry = { list: "allow" | "block"; kind: ListKind; value: string; reason: string }

/** Lists ready for O(1) lookups (O(log n) for IP ranges); compile once when the lists change, not per order. */
export type CompiledRiskLists = { allow: CompiledList; block: CompiledList; invalid: InvalidListEntry[] }

export type ListMatch = { kind: ListKind; value: string }

/** What a list check looks at: the order's identifiers in the form `riskKeys` gives, plus the raw IP. */
export type ListSubject = {
  email: string | null
  emailDomain: string | null
  ip: string | null
  address: string | null
  card: string | null
  device: string | null
  customerId: string | null
}

function compileList(name: "allow" | "block", e: RiskListEntries | undefined, invalid: InvalidListEntry[]): CompiledList {
  const emails = new Set<string>()
  for (const v of e?.emails ?? []) {
    const c = canonicalEmail(v)
    if (c) emails.add(c.canonical)
    else invalid.push({ list: name, kind: "email", value: v, reason: "not an email address" })
  }
  const domains = new Set<string>()
  for (const v of e?.domains ?? []) {
    const d = v.trim().toLowerCase().replace(/^@/, "").replace(/\.$/, "")
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d)) domains.add(d)
    else invalid.push({ list: name, kind: "domain", value: v, reason: "not a domain name" })
  }
  const ranges: Array<[bigint, bigint]> = []
  for (const v of e?.ips ?? []) {
    const r = ipRange(v)
    if (r) ranges.push(r)
    else invalid.push({ list: name, kind: "ip", value: v, reason: "not an IP address or CIDR block" })
  }
  const addresses = new Set<string>()
  for (const v of e?.addresses ?? []) {
    const k = typeof v === "string" ? v : addressKey(v)
    if (k) addresses.add(k)
    else invalid.push({ list: name, kind: "address", value: JSON.stringify(v), reason: "address has no street line" })
  }
  const plain = (vs: string[] | undefined) => new Set((vs ?? []).map((v) => v.trim()).filter((v) => v !== ""))
  const list = {
    emails,
    domains,
    ips: buildIpRangeSet(ranges),
    addresses,
    cards: plain(e?.cards),
    devices: plain(e?.devices),
    customers: plain(e?.customers),
    size: 0,
  }
  list.size = emails.size + domains.size + ranges.length + addresses.size + list.cards.size + list.devices.size + list.customers.size
  return list
}

/** Compiles allow and block lists; malformed entries are reported in `invalid`, never fatal. */
export function compileRiskLists(input: RiskListsInput = {}): CompiledRiskLists {
  const invalid: InvalidListEntry[] = []
  return { allow: compileList("allow", input.allow, invalid), block: compileList("block", input.block, invalid), invalid }
}

function domainListed(domains: Set<string>, domain: string): string | null {
  let d = domain
  for (;;) {
    if (domains.has(d)) return d
    const dot = d.indexOf(".")
    if (dot === -1) return null
    d = d.slice(dot + 1)
  }
}

/** Every entry of one list the order matches, in a fixed kind order. */
export function matchList(list: CompiledList, s: ListSubject): ListMatch[] {
  if (list.size === 0) return []
  const out: ListMatch[] = []
  if (s.customerId && list.customers.has(s.customerId)) out.push({ kind: "customer", value: s.customerId })
  if (s.email && list.emails.has(s.email)) out.push({ kind: "email", value: s.email })
  if (s.emailDomain && list.domains.size) {
    const d = domainListed(list.domains, s.emailDomain)
    if (d) out.push({ kind: "domain", value: d })
  }
  if (s.ip && list.ips.starts.length) {
    const v = ipToBigInt(s.ip)
    if (v !== null && ipInRangeSet(list.ips, v)) out.push({ kind: "ip", value: s.ip })
  }
  if (s.address && list.addresses.has(s.address)) out.push({ kind: "address", value: s.address })
  if (s.card && list.cards.has(s.card)) out.push({ kind: "card", value: s.card })
  if (s.device && list.devices.has(s.device)) out.push({ kind: "device", value: s.device })
  return out
}

const KIND_WORDS: Record<ListKind, string> = {
  customer: "customer",
  email: "email",
  domain: "email domain",
  ip: "IP address",
  address: "shipping address",
  card: "card",
  device: "device",
}

export function describeListMatches(matches: ListMatch[]): string {
  return matches.map((m) => (m.kind === "domain" || m.kind === "email" ? `${KIND_WORDS[m.kind]} ${m.value}` : KIND_WORDS[m.kind])).join(", ")
}
