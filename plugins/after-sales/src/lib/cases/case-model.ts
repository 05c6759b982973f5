/**
 * The vocabulary of an after-sales case. One case holds one customer problem from the first message to its
 * resolution; its kind says which Medusa primitive (if any) it drives: a return, an exchange, a claim, or a repair
 * (our own flow). These strings are stored in the database and sent over HTTP: never rename one.
 */
export const CASE_KINDS = ["question", "return", "exchange", "claim", "repair"] as const
export type CaseKind = (typeof CASE_KINDS)[number]

/**
 * - new: opened, no agent has answered yet (the first-response clock runs)
 * - open: an agent is working on it
 * - waiting_on_customer: the agent asked the customer something; the resolution clock is paused
 * - approved: a return/exchange/claim/repair was approved and its Medusa counterpart is under way
 * - refused: a return/exchange/claim/repair request was refused (a policy rule or an agent)
 * - resolved: the answer or the remedy was delivered; the satisfaction survey goes out
 * - closed: final; a later message opens a follow-up case
 * - cancelled: withdrawn by the customer, or a duplicate
 */
export const CASE_STATUSES = ["new", "open", "waiting_on_customer", "approved", "refused", "resolved", "closed", "cancelled"] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]

export const CASE_PRIORITIES = ["low", "normal", "high", "urgent"] as const
export type CasePriority = (typeof CASE_PRIORITIES)[number]

/** Where the case came from; SLA targets can differ per channel. "web" is the storefront (store API). */
export const CASE_CHANNELS = ["web", "email", "chat", "phone", "social"] as const
export type CaseChannel = (typeof CASE_CHANNELS)[number]

/** Kinds that ask for goods to move and can therefore be approved or refused. */
export const RETURN_LIKE_KINDS: readonly CaseKind[] = ["return", "exchange", "claim", "repair"]

/** Statuses in which the case still needs work (the inbox's default filter, the workload count). */
export const ACTIVE_STATUSES: readonly CaseStatus[] = ["new", "open", "waiting_on_customer", "approved"]

const PRIORITY_RANK: Record<CasePriority, number> = { low: 0, normal: 1, high: 2, urgent: 3 }

/** Orders priorities from most to least urgent when used as a sort comparator. */
export function comparePriority(a: CasePriority, b: CasePriority): number {
  return PRIORITY_RANK[b] - PRIORITY_RANK[a]
}

export function priorityRank(p: CasePriority): number {
  return PRIORITY_RANK[p]
}

export function isCaseKind(v: unknown): v is CaseKind {
  return typeof v === "string" && (CASE_KINDS as readonly string[]).includes(v)
}
export function isCaseStatus(v: unknown): v is CaseStatus {
  return typeof v === "string" && (CASE_STATUSES as readonly string[]).includes(v)
}
export function isCasePriority(v: unknown): v is CasePriority {
  return typeof v === "string" && (CASE_PRIORITIES as readonly string[]).includes(v)
}

export type PriorityInput = {
  kind: CaseKind
  /** Order total in minor units, when the case is about an order. */
  orderTotalMinor?: number | null
  /** The customer is a VIP (a persona or a customer group decided by the caller). */
  vip?: boolean
  /** Words such as "broken", "dangerous" found in the first message (the caller decides which words count). */
  urgentWordFound?: boolean
}

export type PriorityRules = {
  /** Orders at or above this total start one level higher. */
  highValueMinor: number
  /** Kinds that start at "high" (a claim is a damaged or missing delivery). */
  highKinds: CaseKind[]
}

export const DEFAULT_PRIORITY_RULES: PriorityRules = { highValueMinor: 50_000, highKinds: ["claim"] }

/**
 * The priority a new case starts with. Each signal raises the level by one, capped at urgent: a claim on a
 * high-value order from a VIP is urgent, a question is normal.
 */
export function initialPriority(input: PriorityInput, rules: PriorityRules = DEFAULT_PRIORITY_RULES): CasePriority {
  let rank = rules.highKinds.includes(input.kind) ? 2 : 1
  if (input.orderTotalMinor != null && input.orderTotalMinor >= rules.highValueMinor) rank++
  if (input.vip) rank++
  if (input.urgentWordFound) rank++
  return CASE_PRIORITIES[Math.min(rank, 3)]
}
