import type { RiskLookups, RiskOrderFacts } from "../signals/types"

export const NOW = Date.UTC(2024, 4, 15, 12, 0, 0)
export const DAY = 86_400_000

/** An unremarkable order of a two-year-old customer; tests override what they need. */
export function order(over: Partial<RiskOrderFacts> = {}): RiskOrderFacts {
  return {
    orderId: "ord_1",
    placedAt: NOW,
    amount: 4999,
    currency: "eur",
    customerId: "cus_1",
    accountCreatedAt: NOW - 700 * DAY,
    email: "Jane.Doe@example.com",
    ip: "203.0.113.7",
    ipKey: "iph_1",
    ipCountry: "DE",
    billingCountry: "DE",
    shippingCountry: "DE",
    shippingAddress: { address1: "12 Main Street", city: "Berlin", postalCode: "10115", countryCode: "de" },
    cardFingerprint: "fp_1",
    deviceId: "dev_1",
    ...over,
  }
}

export function lookups(over: Partial<RiskLookups> = {}): RiskLookups {
  return { velocity: {}, priorOrders: 4, linked: null, ...over }
}
