import { compileRiskLists } from "../../lists/risk-lists"
import { DAY, lookups, NOW, order } from "../../__tests__/order-fixture"
import { LINKED_ACCOUNTS } from "../linked-accounts-signal"
import { LIST_ALLOW, LIST_BLOCK } from "../list-signals"
import { COUNTRY_MISMATCH, DISPOSABLE_EMAIL, FIRST_ORDER_HIGH_VALUE } from "../order-signals"
import { RISK_SIGNALS } from "../registry"
import { hashRiskKeys, riskKeys } from "../risk-keys"
import type { RiskLookups, RiskOrderFacts, SignalContext } from "../types"
import { VELOCITY_SIGNALS } from "../velocity-signals"
import { disposableDomains, matchDisposableDomain } from "../../disposable/is-disposable-domain"
import { DISPOSABLE_DOMAINS_SOURCE } from "../../disposable/disposable-domains"

const noLists = compileRiskLists()
function ctx(f: Partial<RiskOrderFacts> = {}, l: Partial<RiskLookups> = {}, lists = noLists): SignalContext {
  const facts = order(f)
  return { facts, keys: riskKeys(facts), lookups: lookups(l), lists }
}
const velocity = (dim: string) => VELOCITY_SIGNALS.find((s) => s.code === `velocity_${dim}`)!

describe("signal registry", () => {
  it("has unique, stable codes and valid default arguments", () => {
    const codes = RISK_SIGNALS.map((s) => s.code)
    expect(codes).toEqual([
      "list_allow",
      "list_block",
      "velocity_email",
      "velocity_ip",
      "velocity_card",
      "velocity_address",
      "velocity_device",
      "first_order_high_value",
      "country_mismatch",
      "disposable_email",
      "linked_accounts",
    ])
    for (const s of RISK_SIGNALS) expect(s.argsSchema.safeParse(s.defaultArgs).success).toBe(true)
  })
})

describe("risk keys", () => {
  it("normalises the identifiers once and can hash the personal ones for storage", () => {
    const k = riskKeys(order({ email: "Jane.Doe+promo@gmail.com" }))
    expect(k).toEqual({
      email: "janedoe@gmail.com",
      emailDomain: "gmail.com",
      emailPlusTag: true,
      ip: "iph_1",
      card: "fp_1",
      address: "DE|10115|12 main st|berlin",
      device: "dev_1",
    })
    const hashed = hashRiskKeys(k, (v) => `h(${v.length})`)
    expect([hashed.email, hashed.address, hashed.device, hashed.emailDomain]).toEqual(["h(17)", "h(26)", "dev_1", "gmail.com"])
  })
})

describe("velocity signals", () => {
  it.each([
    // dimension, counts of earlier orders, hit, reason
    ["device", { "24h": 5 }, true, "6 orders from this device in 24 h, limit 5"],
    ["device", { "24h": 4 }, false, "5 orders from this device in 24 h, limit 5"],
    ["device", {}, false, "1 order from this device in 24 h, limit 5"],
    ["email", { "24h": 5 }, true, "6 orders from this email in 24 h, limit 5"],
    ["email", { "24h": 4 }, false, "5 orders from this email in 24 h, limit 5"],
    ["card", { "24h": 3 }, true, "4 orders from this card in 24 h, limit 3"],
    ["ip", { "1h": 5, "24h": 5 }, true, "6 orders from this IP address in 1 h, limit 5"],
    ["ip", { "1h": 1, "24h": 22 }, true, "23 orders from this IP address in 24 h, limit 20"],
    ["address", { "24h": 1, "168h": 10 }, true, "11 orders from this shipping address in 7 d, limit 10"],
    ["address", { "24h": 5, "168h": 6 }, true, "6 orders from this shipping address in 24 h, limit 5"],
  ])("%s %j → hit %s", (dim, counts, hit, reason) => {
    const s = velocity(dim as string)
    const out = s.evaluate(s.defaultArgs, ctx({}, { velocity: { [dim as string]: counts } }))
    expect(out).toEqual({ hit, reason })
  })

  it("says what is missing when the order has no such identifier", () => {
    const s = velocity("card")
    expect(s.evaluate(s.defaultArgs, ctx({ cardFingerprint: null }, { velocity: { card: { "24h": 9 } } }))).toEqual({
      hit: false,
      reason: "no card fingerprint from the payment provider",
    })
  })

  it("rejects bad windows", () => {
    const s = velocity("email")
    expect(s.argsSchema.safeParse({ windows: [] }).success).toBe(false)
    expect(s.argsSchema.safeParse({ windows: [{ hours: 24, limit: 0 }] }).success).toBe(false)
  })
})

describe("first order of high value", () => {
  const s = FIRST_ORDER_HIGH_VALUE
  it.each([
    [60000, 0, "eur", true, "first order, 600.00 EUR, threshold 500.00 EUR"],
    [50000, 0, "eur", true, "first order, 500.00 EUR, threshold 500.00 EUR"],
    [49999, 0, "eur", false, "first order, 499.99 EUR below 500.00 EUR"],
    [90000, 2, "eur", false, "2 earlier order(s); 900.00 EUR"],
    [90000, 0, "jpy", false, "no threshold for JPY"],
  ])("%d minor, %d earlier orders, %s → %s", (amount, priorOrders, currency, hit, reason) => {
    expect(s.evaluate(s.defaultArgs, ctx({ amount, currency }, { priorOrders }))).toEqual({ hit, reason })
  })

  it("uses the default amount for other currencies, in their own minor units", () => {
    const args = { amounts: {}, defaultAmount: 50000 }
    expect(s.evaluate(args, ctx({ amount: 60000, currency: "jpy" }, { priorOrders: 0 }))).toEqual({ hit: true, reason: "first order, 60,000 JPY, threshold 50,000 JPY" })
  })
})

describe("country mismatch", () => {
  const s = COUNTRY_MISMATCH
  it.each([
    [{}, false, "countries agree (billing DE, shipping DE, IP DE)"],
    [{ shippingCountry: "ng" }, true, "billing ≠ shipping, ip ≠ shipping (billing DE, shipping NG, IP DE)"],
    [{ ipCountry: "RU" }, true, "ip ≠ billing, ip ≠ shipping (billing DE, shipping DE, IP RU)"],
    [{ ipCountry: null, shippingCountry: "FR" }, true, "billing ≠ shipping (billing DE, shipping FR, IP ?)"],
    [{ ipCountry: null, billingCountry: null }, false, "countries agree (billing ?, shipping DE, IP ?)"],
  ])("%j → %s", (f, hit, reason) => {
    expect(s.evaluate(s.defaultArgs, ctx(f))).toEqual({ hit, reason })
  })

  it("checks only the configured pairs", () => {
    expect(s.evaluate({ pairs: ["billing_shipping"] }, ctx({ ipCountry: "RU" })).hit).toBe(false)
  })
})

describe("disposable email", () => {
  const s = DISPOSABLE_EMAIL
  it("ships a list of a few thousand domains with its source", () => {
    expect(disposableDomains().size).toBe(DISPOSABLE_DOMAINS_SOURCE.domains)
    expect(disposableDomains().size).toBeGreaterThan(3000)
    expect(DISPOSABLE_DOMAINS_SOURCE.licence).toBe("CC0-1.0")
  })

  it.each([
    ["x@mailinator.com", true, "email domain mailinator.com is a disposable-mail domain"],
    ["x@mx.mailinator.com", true, "email domain mx.mailinator.com is a disposable-mail domain (under mailinator.com)"],
    ["x@gmail.com", false, "email domain gmail.com is not a known disposable-mail domain"],
    [null, false, "no email"],
  ])("%s → %s", (email, hit, reason) => {
    expect(s.evaluate(s.defaultArgs, ctx({ email }))).toEqual({ hit, reason })
  })

  it("takes a store's own extra and ignored domains", () => {
    expect(s.evaluate({ extraDomains: ["burner.test"], ignoreDomains: [] }, ctx({ email: "a@burner.test" })).hit).toBe(true)
    expect(s.evaluate({ extraDomains: [], ignoreDomains: ["mailinator.com"] }, ctx({ email: "a@mailinator.com" })).hit).toBe(false)
    expect(matchDisposableDomain("co.uk")).toBeNull()
  })
})

describe("allow and block lists", () => {
  const lists = compileRiskLists({ allow: { customers: ["cus_vip"] }, block: { devices: ["dev_bad"], ips: ["203.0.113.0/24"] } })
  it("hits on a listed identifier and names it", () => {
    expect(LIST_BLOCK.evaluate({}, ctx({ deviceId: "dev_bad" }, {}, lists))).toEqual({ hit: true, reason: "on the block list: IP address, device" })
    expect(LIST_BLOCK.evaluate({}, ctx({ ip: "198.51.100.1" }, {}, lists))).toEqual({ hit: false, reason: "not on the block list" })
    expect(LIST_ALLOW.evaluate({}, ctx({ customerId: "cus_vip" }, {}, lists))).toEqual({ hit: true, reason: "on the allow list: customer" })
  })
})

describe("linked accounts", () => {
  const s = LINKED_ACCOUNTS
  const linked = (accounts: number, newAccounts: number, device = 2, address = 1, card = 0) => ({
    linked: { accounts, newAccounts, newAccountDays: 30, shared: { device, address, card } },
  })
  const young = { accountCreatedAt: NOW - 2 * DAY }

  it("hits a new account in a group of new accounts, naming the numbers", () => {
    expect(s.evaluate(s.defaultArgs, ctx(young, linked(5, 4)))).toEqual({
      hit: true,
      reason: "linked to 4 other accounts through 2 shared devices and 1 shared address; 4 of the group's 5 accounts created in the last 30 d, limit 1 with a shared device or card",
    })
  })

  it("needs more new accounts when only addresses are shared, and counts that as weak evidence", () => {
    expect(s.evaluate(s.defaultArgs, ctx(young, linked(2, 2, 0, 1, 0)))).toEqual({
      hit: false,
      reason: "linked to 1 other account through 1 shared address; 2 of the group's 2 accounts created in the last 30 d, limit 2",
    })
    expect(s.evaluate(s.defaultArgs, ctx(young, linked(2, 2, 1, 0, 0)))).toEqual({ hit: true, reason: expect.any(String) })
    expect(s.evaluate(s.defaultArgs, ctx(young, linked(3, 3, 0, 2, 0)))).toEqual({
      hit: true,
      reason: "linked to 2 other accounts through 2 shared addresses; 3 of the group's 3 accounts created in the last 30 d, limit 2 (address links only: weak evidence)",
      strength: 0.25,
    })
  })

  it.each([
    ["below the new-account count", young, linked(3, 1), false],
    ["an old account", {}, linked(6, 5), false],
    ["nobody linked", young, linked(1, 1, 0, 0, 0), false],
    ["no lookup", young, { linked: null }, false],
  ])("does not hit %s", (_name, f, l, hit) => {
    expect(s.evaluate(s.defaultArgs, ctx(f, l as Partial<RiskLookups>)).hit).toBe(hit)
  })

  it("can score old accounts too when asked", () => {
    expect(s.evaluate({ ...s.defaultArgs, requireNewAccount: false }, ctx({}, linked(6, 5))).hit).toBe(true)
  })
})
