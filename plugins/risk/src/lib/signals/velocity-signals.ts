import { z } from "@medusajs/framework/zod"
import { formatHours, plural, windowLabel } from "./format"
import type { RiskSignal, VelocityDimension } from "./types"

export const velocityArgsSchema = z
  .object({
    windows: z
      .array(z.object({ hours: z.number().positive().max(24 * 366), limit: z.number().int().min(1) }).strict())
      .min(1)
      .max(6),
  })
  .strict()
export type VelocityArgs = z.infer<typeof velocityArgsSchema>

const NOUNS: Record<VelocityDimension, { key: string; missing: string }> = {
  email: { key: "this email", missing: "no email" },
  ip: { key: "this IP address", missing: "no IP address" },
  card: { key: "this card", missing: "no card fingerprint from the payment provider" },
  address: { key: "this shipping address", missing: "no shipping address" },
  device: { key: "this device", missing: "no device or anonymous id" },
}

function velocitySignal(dimension: VelocityDimension, weight: number, windows: VelocityArgs["windows"], description: string): RiskSignal<VelocityArgs> {
  const noun = NOUNS[dimension]
  return {
    code: `velocity_${dimension}`,
    title: `Orders per ${dimension === "ip" ? "IP address" : dimension === "address" ? "shipping address" : dimension}`,
    description,
    weight,
    argsSchema: velocityArgsSchema,
    defaultArgs: { windows },
    evaluate(args, ctx) {
      if (!ctx.keys[dimension]) return { hit: false, reason: noun.missing }
      const counts = ctx.lookups.velocity[dimension] ?? {}
      // the window furthest over its limit explains the hit best; without a hit, the one closest to it
      let best: { count: number; hours: number; limit: number; ratio: number } | null = null
      for (const w of args.windows) {
        const count = (counts[windowLabel(w.hours)] ?? 0) + 1
        const ratio = count / w.limit
        if (!best || ratio > best.ratio) best = { count, hours: w.hours, limit: w.limit, ratio }
      }
      const b = best!
      const text = `${plural(b.count, "order")} from ${noun.key} in ${formatHours(b.hours)}, limit ${b.limit}`
      return { hit: b.count > b.limit, reason: text }
    },
  }
}

/**
 * One velocity signal per identifier: orders in a window, this order included, against a limit. The defaults
 * need real evidence: a customer who reorders the same day to the same address, or a sandbox's test orders,
 * stay below the review line on their own (email 20 + address 15 + address-only links 15 = 50 < 55); a card
 * or device reused across orders counts more, and loopback or private IPs are not counted at all (the glue
 * leaves `ipKey` empty for them: behind a proxy they are the proxy, not the shopper).
 */
export const VELOCITY_SIGNALS: RiskSignal<VelocityArgs>[] = [
  velocitySignal("email", 20, [{ hours: 24, limit: 5 }], "Orders from one canonical email (lower-case, +tag and Gmail dots removed)."),
  velocitySignal("ip", 25, [{ hours: 1, limit: 5 }, { hours: 24, limit: 20 }], "Orders from one public IP address (counted by its keyed hash)."),
  velocitySignal("card", 40, [{ hours: 24, limit: 3 }], "Orders paid with one card fingerprint, when the payment provider gives one."),
  velocitySignal("address", 15, [{ hours: 24, limit: 5 }, { hours: 168, limit: 10 }], "Orders shipped to one normalised address."),
  velocitySignal("device", 25, [{ hours: 24, limit: 5 }], "Orders from one device or anonymous storefront id."),
]
