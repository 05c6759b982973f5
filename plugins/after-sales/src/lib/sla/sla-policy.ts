import { z } from "@medusajs/framework/zod"
import { CASE_CHANNELS, CASE_KINDS, CASE_PRIORITIES, CaseChannel, CaseKind, CasePriority } from "../cases/case-model"

export const SLA_METRICS = ["first_response", "resolution"] as const
export type SlaMetric = (typeof SLA_METRICS)[number]

/**
 * One target. Unset priority/channel/kind match any case; the most specific matching target wins (the one that
 * names the most of the three), the first listed among equally specific ones. `hours: "business"` counts only
 * opening hours of the calendar; "calendar" counts every hour (e.g. urgent cases, 24/7 chat).
 */
export type SlaTarget = {
  metric: SlaMetric
  minutes: number
  hours: "business" | "calendar"
  priority?: CasePriority
  channel?: CaseChannel
  kind?: CaseKind
}

export type SlaPolicy = {
  targets: SlaTarget[]
  /** Fraction of the target after which a warning goes out (0.8 = at 80 % elapsed). */
  warnAtFraction: number
  /** Pause the resolution clock while the case waits on the customer (first response never pauses). */
  pauseWhileWaiting: boolean
}

export const slaTargetSchema = z
  .object({
    metric: z.enum(SLA_METRICS),
    minutes: z.number().int().positive(),
    hours: z.enum(["business", "calendar"]),
    priority: z.enum(CASE_PRIORITIES).optional(),
    channel: z.enum(CASE_CHANNELS).optional(),
    kind: z.enum(CASE_KINDS).optional(),
  })
  .strict()

export const slaPolicySchema = z
  .object({ targets: z.array(slaTargetSchema), warnAtFraction: z.number().gt(0).lt(1), pauseWhileWaiting: z.boolean() })
  .strict()

/**
 * Defaults in the range helpdesks publish for e-commerce (business hours unless urgent): first response within
 * 1 h urgent (24/7), 4 h high, 8 h normal, 16 h low, 5 minutes on chat; resolution within 8 h urgent (24/7),
 * 2 business days high, 3 normal, 5 low (a business day = 8 h of a 9-17 calendar).
 */
export const DEFAULT_SLA_POLICY: SlaPolicy = {
  warnAtFraction: 0.8,
  pauseWhileWaiting: true,
  targets: [
    { metric: "first_response", priority: "urgent", minutes: 60, hours: "calendar" },
    { metric: "first_response", channel: "chat", minutes: 5, hours: "business" },
    { metric: "first_response", priority: "high", minutes: 240, hours: "business" },
    { metric: "first_response", priority: "normal", minutes: 480, hours: "business" },
    { metric: "first_response", minutes: 960, hours: "business" },
    { metric: "resolution", priority: "urgent", minutes: 480, hours: "calendar" },
    { metric: "resolution", priority: "high", minutes: 960, hours: "business" },
    { metric: "resolution", priority: "normal", minutes: 1440, hours: "business" },
    { metric: "resolution", minutes: 2400, hours: "business" },
  ],
}

export type SlaCaseFacts = { priority: CasePriority; channel: CaseChannel; kind: CaseKind }

/** The target that applies to a case for a metric, or null when the policy has none. */
export function resolveSlaTarget(policy: SlaPolicy, metric: SlaMetric, facts: SlaCaseFacts): SlaTarget | null {
  let best: SlaTarget | null = null
  let bestScore = -1
  for (const t of policy.targets) {
    if (t.metric !== metric) continue
    if (t.priority !== undefined && t.priority !== facts.priority) continue
    if (t.channel !== undefined && t.channel !== facts.channel) continue
    if (t.kind !== undefined && t.kind !== facts.kind) continue
    const score = (t.priority !== undefined ? 1 : 0) + (t.channel !== undefined ? 1 : 0) + (t.kind !== undefined ? 1 : 0)
    if (score > bestScore) {
      best = t
      bestScore = score
    }
  }
  return best
}
