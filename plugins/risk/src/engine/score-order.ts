import {
  hashAllRiskKeys,
  LINK_KINDS,
  linkedAccountStats,
  riskAccountId,
  riskKeys,
  scoreOrder,
  storedAccountKey,
  storedKeyColumns,
  velocityLookupPlan,
  type AccountLinkEdge,
  type LinkKind,
  type RiskAssessment,
  type RiskLookups,
  type RiskOrderFacts,
} from "../lib"
import { saveCheckoutAssessment, type AssessmentRow, type ReviewStatus } from "../modules/finesse-risk/store/assessments"
import { readLookups, type UseRow, type VelocityRead } from "../modules/finesse-risk/store/uses"
import type { RiskServices } from "./risk-services"
import type { RiskSettings } from "./risk-settings"

const DAY = 86_400_000
/** Uses of a device, address or card older than this do not link accounts (lib default). */
export const LINK_WINDOW_DAYS = 90
/** A device, address or card used by more accounts than this links nobody (a parcel locker, a shop's pickup point). */
export const MAX_ACCOUNTS_PER_KEY = 25

export type ScoredOrder = {
  id: string
  assessment: RiskAssessment
  reviewStatus: ReviewStatus
  lookups: RiskLookups
  facts: RiskOrderFacts
}

/** Held for review (authorised, not captured), refused at checkout, or let through. */
export function reviewStatusOf(decision: RiskAssessment["decision"]): ReviewStatus {
  return decision === "review" ? "pending" : decision === "block" ? "refused" : "none"
}

/**
 * The lookups of one order from the counter table in one statement: every velocity window, the earlier orders and the
 * link neighbourhood. Nothing is scanned: each read is an index range.
 */
export async function readOrderLookups(
  s: RiskServices,
  settings: RiskSettings,
  facts: RiskOrderFacts,
  ref: string
): Promise<{ lookups: RiskLookups; keys: ReturnType<typeof riskKeys>; cols: Record<string, string | null>; account: string | null }> {
  const keys = riskKeys(facts)
  const hash = s.cipher.hash
  const cols = storedKeyColumns(keys, hash)
  const accountId = riskAccountId(facts, keys)
  const account = accountId ? storedAccountKey(accountId, hash) : null
  const at = new Date(facts.placedAt)
  const reads: VelocityRead[] = velocityLookupPlan(settings.config, keys).map((q) => ({ ...q, key: cols[q.dimension]! }))
  const linkable = account !== null && LINK_KINDS.some((k) => cols[k] !== null)
  const { counts, prior, links: neighbourhood } = await readLookups(s.db, {
    ref,
    at,
    reads,
    account,
    link: linkable ? { from: new Date(facts.placedAt - LINK_WINDOW_DAYS * DAY), device: cols.device, address: cols.address, card: cols.card } : null,
  })
  const velocity = { counts, prior }
  const lookups: RiskLookups = { velocity: {}, priorOrders: velocity.prior, linked: null }
  for (const q of reads) (lookups.velocity[q.dimension] ??= {})[q.label] = velocity.counts.get(`${q.dimension}|${q.label}`) ?? 0
  if (account !== null) {
    const edges: AccountLinkEdge[] = []
    for (const r of neighbourhood) {
      const created = r.account_created_at ? new Date(r.account_created_at).getTime() : null
      const t = new Date(r.at).getTime()
      for (const kind of LINK_KINDS) {
        const key = r[kind]
        if (key !== null) edges.push({ accountId: r.account, accountCreatedAt: created, kind, key, at: t })
      }
    }
    for (const kind of LINK_KINDS as readonly LinkKind[]) {
      const key = cols[kind]
      if (key !== null) edges.push({ accountId: account, accountCreatedAt: facts.accountCreatedAt, kind, key, at: facts.placedAt })
    }
    lookups.linked = linkedAccountStats(account, edges, {
      now: facts.placedAt,
      newAccountDays: settings.newAccountDays,
      linkWindowDays: LINK_WINDOW_DAYS,
      maxAccountsPerKey: MAX_ACCOUNTS_PER_KEY,
    })
  }
  return { lookups, keys, cols, account }
}

/** The assessment row and counter row of a scored order (no e-mail, address or IP in clear; reasons encrypted). */
export function assessmentRows(
  s: RiskServices,
  settings: RiskSettings,
  input: { ref: string; orderId: string | null; facts: RiskOrderFacts; lookups: RiskLookups; keys: ReturnType<typeof riskKeys>; cols: Record<string, string | null>; account: string | null; assessment: RiskAssessment; reviewStatus: ReviewStatus; source: "checkout" | "history" }
): { row: AssessmentRow; use: UseRow | null } {
  const { facts, assessment: a } = input
  const explanation: Record<string, string> = {}
  for (const sig of a.signals) explanation[sig.code] = sig.reason
  if (a.modelProbability !== null) explanation.model = a.reasons[a.reasons.length - 1]
  const record = {
    facts: { ...facts, orderId: input.ref, email: null, ip: null, shippingAddress: null },
    lookups: input.lookups,
    keys: hashAllRiskKeys(input.keys, s.cipher.hash),
  }
  const row: AssessmentRow = {
    ref: input.ref,
    order_id: input.orderId,
    customer_id: facts.customerId,
    placed_at: new Date(facts.placedAt),
    amount: Math.round(facts.amount),
    currency_code: facts.currency.toLowerCase(),
    score: a.score,
    rules_score: a.rulesScore,
    model_probability: a.modelProbability,
    decision: a.decision,
    decided_by: a.decidedBy,
    review_status: input.reviewStatus,
    signals: a.signals.map((x) => ({ code: x.code, hit: x.hit, points: x.points })),
    hit_codes: a.signals.filter((x) => x.hit).map((x) => x.code),
    explanation: s.cipher.encrypt(JSON.stringify(explanation)),
    record,
    rule_set_version: settings.ruleSet.version,
    model_version: settings.modelVersion,
    source: input.source,
  }
  const use: UseRow | null =
    input.account === null
      ? null
      : {
          ref: input.ref,
          order_id: input.orderId,
          account: input.account,
          account_created_at: facts.accountCreatedAt === null ? null : new Date(facts.accountCreatedAt),
          at: new Date(facts.placedAt),
          email: input.cols.email,
          ip: input.cols.ip,
          card: input.cols.card,
          address: input.cols.address,
          device: input.cols.device,
        }
  return { row, use }
}

/**
 * Scores one order as it is placed and records it: lookups (two reads), the lib's `scoreOrder`, then the assessment
 * and the order's counter row in one write. `ref` is the cart id at checkout. The decision's review status follows
 * `reviewStatusOf` unless given.
 */
export async function scoreAndRecord(
  s: RiskServices,
  settings: RiskSettings,
  facts: RiskOrderFacts,
  opts: { ref: string; orderId?: string | null; source?: "checkout" | "history"; reviewStatus?: ReviewStatus }
): Promise<ScoredOrder> {
  const { lookups, keys, cols, account } = await readOrderLookups(s, settings, facts, opts.ref)
  const assessment = scoreOrder(facts, lookups, settings.config, keys)
  const reviewStatus = opts.reviewStatus ?? reviewStatusOf(assessment.decision)
  const { row, use } = assessmentRows(s, settings, {
    ref: opts.ref,
    orderId: opts.orderId ?? null,
    facts,
    lookups,
    keys,
    cols,
    account,
    assessment,
    reviewStatus,
    source: opts.source ?? "checkout",
  })
  // an order without an account (a guest without e-mail) still gets its assessment; it has no counter row
  const id = await saveCheckoutAssessment(
    s.db,
    row,
    use ?? { ref: opts.ref, order_id: row.order_id, account: "0", account_created_at: null, at: row.placed_at, email: null, ip: cols.ip, card: cols.card, address: cols.address, device: cols.device }
  )
  return { id, assessment, reviewStatus, lookups, facts }
}
