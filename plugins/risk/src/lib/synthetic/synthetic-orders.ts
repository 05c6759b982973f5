import { createRng, poisson, type Rng } from "../math/prng"
import type { RiskOrderFacts } from "../signals/types"

export type SyntheticOrderOptions = {
  seed: number
  /** Epoch ms of the first day. */
  start: number
  days: number
  customers?: number
  /** Mean orders per customer over the period. */
  ordersPerCustomer?: number
  /** Share of orders placed as guests. */
  guestShare?: number
  /** Lone fraudsters per day (new account, often disposable mail, mismatched countries, card testing bursts). */
  fraudstersPerDay?: number
  /** Legitimate orders that end in a chargeback anyway ("friendly fraud"): label noise. */
  friendlyFraudRate?: number
  /** A planted fraud ring: new accounts sharing a few devices, addresses and cards. */
  ring?: { accounts: number; devices: number; addresses: number; cards: number; startDay: number; spanDays: number; ordersPerAccount: number } | null
}

export type SyntheticOrders = {
  /** Sorted by placedAt. */
  orders: RiskOrderFacts[]
  /** 1 fraud, 0 good, aligned with `orders`. */
  labels: Array<0 | 1>
  ringOrderIds: Set<string>
  ringAccounts: string[]
}

const DAY = 86_400_000
const HOUR = 3_600_000
const COUNTRIES = ["DE", "FR", "GB", "NL", "ES", "IT", "BE", "AT"]
const FREE_MAIL = ["gmail.com", "outlook.com", "yahoo.com", "web.de", "orange.fr", "icloud.com"]
const DISPOSABLE = ["mailinator.com", "guerrillamail.com", "yopmail.com", "10minutemail.com", "trashmail.com"]
const STREETS = ["Main Street", "High Road", "Station Avenue", "Church Lane", "Mill Road", "Park Place", "King Street"]

function pick<T>(rng: Rng, a: readonly T[]): T {
  return a[rng.int(a.length)]
}

function address(rng: Rng, country: string, i: number) {
  return { address1: `${1 + rng.int(200)} ${pick(rng, STREETS)}`, address2: null, city: `City ${i % 97}`, postalCode: `${10000 + rng.int(89999)}`, province: null, countryCode: country }
}

function ip(rng: Rng): { ip: string; ipKey: string } {
  const v = `${11 + rng.int(200)}.${rng.int(256)}.${rng.int(256)}.${1 + rng.int(254)}`
  return { ip: v, ipKey: `iph_${v}` }
}

/**
 * A store's order history with known outcomes, for tests, back-tests and benchmarks: regular customers (some
 * households share an address, some buy gifts abroad), guests, lone fraudsters and, optionally, a fraud ring of
 * new accounts over shared devices, addresses and cards. Deterministic for a seed.
 */
export function syntheticOrders(o: SyntheticOrderOptions): SyntheticOrders {
  const rng = createRng(o.seed)
  const customers = o.customers ?? 2000
  const perCustomer = o.ordersPerCustomer ?? 3
  const guestShare = o.guestShare ?? 0.15
  const end = o.start + o.days * DAY
  const rows: Array<{ facts: RiskOrderFacts; label: 0 | 1; ring: boolean }> = []
  let seq = 0
  const id = () => `ord_${(++seq).toString().padStart(7, "0")}`

  // regular customers; one in twenty shares its household address with the previous customer
  let prevAddress = address(rng, "DE", 0)
  for (let c = 0; c < customers; c++) {
    const country = rng.next() < 0.7 ? pick(rng, COUNTRIES.slice(0, 3)) : pick(rng, COUNTRIES)
    const createdAt = o.start - Math.floor(rng.next() * 700 * DAY) + Math.floor(rng.next() < 0.2 ? rng.next() * o.days * DAY : 0)
    const home = rng.next() < 0.05 ? prevAddress : address(rng, country, c)
    prevAddress = home
    const device = `dev_c${c}`
    const card = `card_c${c}`
    const email = `customer.${c}@${pick(rng, FREE_MAIL)}`
    const net = ip(rng)
    const n = poisson(rng, perCustomer)
    for (let k = 0; k < n; k++) {
      const placedAt = Math.max(createdAt + HOUR, o.start + Math.floor(rng.next() * (end - o.start)))
      if (placedAt >= end) continue
      const gift = rng.next() < 0.03
      const shipCountry = gift ? pick(rng, COUNTRIES) : country
      const guest = rng.next() < guestShare
      rows.push({
        label: rng.next() < (o.friendlyFraudRate ?? 0.002) ? 1 : 0,
        ring: false,
        facts: {
          orderId: "",
          placedAt,
          amount: Math.round(6000 * Math.exp(0.6 * rng.normal())),
          currency: "eur",
          customerId: guest ? null : `cus_${c}`,
          accountCreatedAt: guest ? null : createdAt,
          email,
          ip: net.ip,
          ipKey: net.ipKey,
          ipCountry: rng.next() < 0.95 ? country : pick(rng, COUNTRIES),
          billingCountry: country,
          shippingCountry: shipCountry,
          shippingAddress: gift ? address(rng, shipCountry, c + 100000) : home,
          cardFingerprint: rng.next() < 0.9 ? card : `card_c${c}_2`,
          deviceId: rng.next() < 0.85 ? device : `dev_c${c}_m`,
        },
      })
    }
  }

  // lone fraudsters: a fresh account, a stolen card tried a few times within hours
  const fraudsters = Math.round((o.fraudstersPerDay ?? 0.5) * o.days)
  for (let f = 0; f < fraudsters; f++) {
    const t0 = o.start + Math.floor(rng.next() * (end - o.start - DAY))
    const country = pick(rng, COUNTRIES)
    const ship = rng.next() < 0.6 ? pick(rng, ["NG", "RU", "UA", "BR", ...COUNTRIES]) : country
    const email = `${rng.next() < 0.4 ? "x" : "buyer"}${f}@${rng.next() < 0.4 ? pick(rng, DISPOSABLE) : pick(rng, FREE_MAIL)}`
    const net = ip(rng)
    const burst = rng.next() < 0.3 ? 2 + rng.int(4) : 1
    const shipTo = address(rng, ship, 200000 + f)
    for (let k = 0; k < burst; k++) {
      rows.push({
        label: 1,
        ring: false,
        facts: {
          orderId: "",
          placedAt: t0 + k * Math.floor(rng.next() * 2 * HOUR),
          amount: Math.round(25000 * Math.exp(0.5 * rng.normal())),
          currency: "eur",
          customerId: `cus_f${f}`,
          accountCreatedAt: t0 - Math.floor(rng.next() * HOUR),
          email,
          ip: net.ip,
          ipKey: net.ipKey,
          ipCountry: rng.next() < 0.5 ? pick(rng, ["RU", "NG", "VN", "US"]) : country,
          billingCountry: country,
          shippingCountry: ship,
          shippingAddress: shipTo,
          cardFingerprint: `card_f${f}_${rng.int(2)}`,
          deviceId: `dev_f${f}`,
        },
      })
    }
  }

  // the ring: new accounts, ordinary-looking emails, a handful of devices, drop addresses and cards between them
  const ringAccounts: string[] = []
  if (o.ring) {
    const r = o.ring
    const t0 = o.start + r.startDay * DAY
    const addresses = Array.from({ length: r.addresses }, (_, i) => address(rng, "DE", 300000 + i))
    for (let a = 0; a < r.accounts; a++) {
      const account = `cus_ring${a}`
      ringAccounts.push(account)
      const createdAt = t0 + Math.floor(rng.next() * r.spanDays * DAY)
      const net = ip(rng)
      for (let k = 0; k < r.ordersPerAccount; k++) {
        const placedAt = createdAt + HOUR + Math.floor(rng.next() * 3 * DAY)
        if (placedAt >= end) continue
        rows.push({
          label: 1,
          ring: true,
          facts: {
            orderId: "",
            placedAt,
            amount: Math.round(18000 * Math.exp(0.4 * rng.normal())),
            currency: "eur",
            customerId: account,
            accountCreatedAt: createdAt,
            email: `${pick(rng, ["anna", "max", "lena", "paul", "mia"])}.${a}${rng.int(90)}@${pick(rng, FREE_MAIL)}`,
            ip: net.ip,
            ipKey: net.ipKey,
            ipCountry: "DE",
            billingCountry: "DE",
            shippingCountry: "DE",
            shippingAddress: addresses[(a + k) % r.addresses],
            cardFingerprint: `card_ring${(a * 7 + k) % r.cards}`,
            deviceId: `dev_ring${(a + k) % r.devices}`,
          },
        })
      }
    }
  }

  rows.sort((x, y) => x.facts.placedAt - y.facts.placedAt)
  const ringOrderIds = new Set<string>()
  for (const row of rows) {
    row.facts.orderId = id()
    if (row.ring) ringOrderIds.add(row.facts.orderId)
  }
  return { orders: rows.map((r) => r.facts), labels: rows.map((r) => r.label), ringOrderIds, ringAccounts }
}
