import { LinkGraph, type LinkGraphOptions } from "../graph/link-graph"
import { velocityLookupPlan } from "../score/lookup-plan"
import type { CompiledRiskConfig } from "../score/risk-config"
import { riskKeys } from "../signals/risk-keys"
import type { RiskKeys, RiskLookups, RiskOrderFacts } from "../signals/types"
import { LINK_KINDS, VELOCITY_DIMENSIONS } from "../signals/types"
import { VelocityIndex } from "./velocity-index"

/** The account an order's links and first-order check are kept under: the customer, or the guest's email. */
export function riskAccountId(facts: RiskOrderFacts, keys: RiskKeys): string | null {
  if (facts.customerId) return facts.customerId
  return keys.email ? `guest:${keys.email}` : null
}

export type ReplayedOrder = { facts: RiskOrderFacts; keys: RiskKeys; lookups: RiskLookups }

/**
 * Recomputes, for every historical order, the lookups the glue would have read when it was placed: velocity per
 * identifier and window, earlier orders of the account, the linked group. Orders must be sorted by `placedAt`.
 * Use it to back-test on history recorded before the risk plugin ran, to train the model, and in benchmarks.
 */
export function replayHistory(orders: readonly RiskOrderFacts[], config: CompiledRiskConfig, links: LinkGraphOptions = {}): ReplayedOrder[] {
  const velocity = new VelocityIndex()
  const graph = new LinkGraph(links)
  const prior = new Map<string, number>()
  const out: ReplayedOrder[] = new Array(orders.length)
  let last = -Infinity
  for (let i = 0; i < orders.length; i++) {
    const facts = orders[i]
    if (facts.placedAt < last) throw new RangeError(`replayHistory: orders must be sorted by placedAt (order ${facts.orderId})`)
    last = facts.placedAt
    const keys = riskKeys(facts)
    const lookups: RiskLookups = { velocity: {}, priorOrders: 0, linked: null }
    for (const q of velocityLookupPlan(config, keys)) {
      const byWindow = (lookups.velocity[q.dimension] ??= {})
      byWindow[q.label] = velocity.count(q.dimension, q.key, facts.placedAt, q.hours)
    }
    const account = riskAccountId(facts, keys)
    if (account) {
      lookups.priorOrders = prior.get(account) ?? 0
      prior.set(account, lookups.priorOrders + 1)
      for (const kind of LINK_KINDS) {
        const key = keys[kind]
        if (key) graph.addUse(account, facts.accountCreatedAt, kind, key, facts.placedAt)
      }
      lookups.linked = graph.stats(account, facts.placedAt)
    }
    for (const dim of VELOCITY_DIMENSIONS) {
      const key = keys[dim]
      if (key) velocity.add(dim, key, facts.placedAt)
    }
    out[i] = { facts, keys, lookups }
  }
  return out
}
