import type { z } from "@medusajs/framework/zod"
import type { AddressInput } from "../identity/normalize-address"
import type { CompiledRiskLists } from "../lists/risk-lists"

/**
 * What is known about one order when it is placed. The glue fills it from the cart, the customer and the
 * payment session; every field but the id, time and amount may be missing. `ip` is the raw address, used only
 * for list and CIDR checks while scoring; counters and stored assessments use `ipKey` (a keyed hash made by core).
 */
export type RiskOrderFacts = {
  orderId: string
  /** Epoch milliseconds. */
  placedAt: number
  /** Order total in integer minor units. */
  amount: number
  currency: string
  customerId: string | null
  /** Epoch milliseconds; null for a guest checkout. */
  accountCreatedAt: number | null
  email: string | null
  ip: string | null
  ipKey: string | null
  ipCountry: string | null
  billingCountry: string | null
  shippingCountry: string | null
  shippingAddress: AddressInput | null
  /** The payment provider's card fingerprint, when it gives one (Stripe: payment_method.card.fingerprint). */
  cardFingerprint: string | null
  /** A device id or the storefront's anonymous id. */
  deviceId: string | null
}

/** The identifiers velocity, lists and account links are keyed on (see `riskKeys`). */
export type VelocityDimension = "email" | "ip" | "card" | "address" | "device"
export const VELOCITY_DIMENSIONS: readonly VelocityDimension[] = ["email", "ip", "card", "address", "device"]

export type RiskKeys = Record<VelocityDimension, string | null> & {
  /** Lower-case domain of the email as typed. */
  emailDomain: string | null
  emailPlusTag: boolean
}

/** Identifiers whose sharing links accounts (an email or IP is not: NAT and households share them innocently). */
export type LinkKind = "device" | "address" | "card"
export const LINK_KINDS: readonly LinkKind[] = ["device", "address", "card"]

/** The connected group of accounts this order's account belongs to (see `linkedAccountStats`). */
export type LinkedAccountStats = {
  /** Accounts in the group, this one included. */
  accounts: number
  /** Accounts in the group created within `newAccountDays` before the order, this one included. */
  newAccounts: number
  newAccountDays: number
  /** Identifiers of each kind used by two or more accounts of the group. */
  shared: Record<LinkKind, number>
}

/**
 * Precomputed lookups, so scoring does no scan: the glue reads them from its counters (one indexed read per
 * key and window) before calling the evaluator.
 */
export type RiskLookups = {
  /** Orders placed before this one per identifier and window label ("24h"), this order not counted. */
  velocity: Partial<Record<VelocityDimension, Record<string, number>>>
  /** Earlier orders of this customer (for a guest: of the canonical email); 0 means this is the first. */
  priorOrders: number
  linked?: LinkedAccountStats | null
}

export type SignalContext = {
  facts: RiskOrderFacts
  keys: RiskKeys
  lookups: RiskLookups
  lists: CompiledRiskLists
}

/** What a signal's evaluate says; `strength` in (0, 1] scales the points (1 when omitted). */
export type SignalOutcome = { hit: boolean; reason: string; strength?: number }

/** One evaluated signal as shown in the review queue and stored with the assessment. */
export type SignalResult = { code: string; hit: boolean; points: number; reason: string }

/**
 * A risk signal. `code` is stable (stored with assessments and back-tests; never renamed), `weight` is the
 * default points of a hit (a store may override it), `argsSchema` validates the store's arguments.
 */
export type RiskSignal<A = any> = {
  code: string
  title: string
  description: string
  weight: number
  argsSchema: z.ZodType<A>
  defaultArgs: A
  evaluate(args: A, ctx: SignalContext): SignalOutcome
}
