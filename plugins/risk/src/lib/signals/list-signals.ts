import { z } from "@medusajs/framework/zod"
import { describeListMatches, matchList, type ListMatch, type ListSubject } from "../lists/risk-lists"
import type { RiskSignal, SignalContext } from "./types"

export const listArgsSchema = z.object({}).strict()
export type ListArgs = z.infer<typeof listArgsSchema>

export function listSubject(ctx: SignalContext): ListSubject {
  return {
    email: ctx.keys.email,
    emailDomain: ctx.keys.emailDomain,
    ip: ctx.facts.ip,
    address: ctx.keys.address,
    card: ctx.keys.card,
    device: ctx.keys.device,
    customerId: ctx.facts.customerId,
  }
}

export function listMatches(ctx: SignalContext, list: "allow" | "block"): ListMatch[] {
  return matchList(ctx.lists[list], listSubject(ctx))
}

/** On the block list: scored, and the decision is block whatever the score (unless an allow entry matches). */
export const LIST_BLOCK: RiskSignal<ListArgs> = {
  code: "list_block",
  title: "Block list",
  description: "The customer, email, email domain, IP (or CIDR block), shipping address, card or device is on the store's block list.",
  weight: 100,
  argsSchema: listArgsSchema,
  defaultArgs: {},
  evaluate(_args, ctx) {
    const m = listMatches(ctx, "block")
    return m.length ? { hit: true, reason: `on the block list: ${describeListMatches(m)}` } : { hit: false, reason: "not on the block list" }
  },
}

/** On the allow list: no points; the decision is allow whatever the score (allow is checked first, as in Stripe Radar). */
export const LIST_ALLOW: RiskSignal<ListArgs> = {
  code: "list_allow",
  title: "Allow list",
  description: "The customer, email, email domain, IP, shipping address, card or device is on the store's allow list.",
  weight: 0,
  argsSchema: listArgsSchema,
  defaultArgs: {},
  evaluate(_args, ctx) {
    const m = listMatches(ctx, "allow")
    return m.length ? { hit: true, reason: `on the allow list: ${describeListMatches(m)}` } : { hit: false, reason: "not on the allow list" }
  },
}
