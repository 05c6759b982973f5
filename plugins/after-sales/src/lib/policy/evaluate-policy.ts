import { CompiledPolicy, compileReturnPolicyOrThrow } from "./compile-policy"
import { Outcome, Resolution, ReturnPolicy, ReturnRequest, RuleVerdict, VerdictNumbers } from "./policy-types"
import { lineValueMinor } from "./rule-scope"

export type DecidingRule = { ruleCode: string; ruleId: string }

export type LineDecision = {
  lineId: string
  outcome: Outcome
  /** The rule that decided the outcome (the first refusal, else the first review, else the approval); null when the policy default decided. */
  decidedBy: DecidingRule | null
  message: string
  /** The deciding rule's figures. */
  numbers: VerdictNumbers
  /** What the customer may choose for this line (empty when refused). */
  resolutionOptions: Resolution[]
  requestedResolution: Resolution | null
  quantity: number
  valueMinor: number
  /** Every rule's verdict on this line, request-wide ones included, in policy order. */
  verdicts: RuleVerdict[]
}

export type PolicyDecision = {
  /** refuse when every line is refused; review when any line needs a person; else approve. */
  outcome: Outcome
  /** Approved, but some lines were refused. */
  partial: boolean
  decidedBy: DecidingRule | null
  message: string
  lines: LineDecision[]
  /** Markers raised by rules (e.g. serial_returner). */
  flags: string[]
  approvedUnits: number
  approvedValueMinor: number
  /** Verdicts about the whole request (e.g. the serial-returner check). */
  requestVerdicts: RuleVerdict[]
}

const ofVerdict = (v: RuleVerdict): DecidingRule => ({ ruleCode: v.ruleCode, ruleId: v.ruleId })
/** The store's own list of resolutions, named when it is the reason a resolution is not offered. */
const POLICY_RESOLUTIONS: DecidingRule = { ruleCode: "policy_resolutions", ruleId: "policy_resolutions" }

function decideLine(policy: CompiledPolicy, line: ReturnRequest["lines"][number], verdicts: RuleVerdict[]): LineDecision {
  let options: Resolution[] = [...policy.resolutions]
  const removedBy = new Map<Resolution, { rule: DecidingRule; numbers: VerdictNumbers }>()
  for (const r of ["refund", "store_credit", "exchange"] as const) {
    if (!options.includes(r)) removedBy.set(r, { rule: POLICY_RESOLUTIONS, numbers: {} })
  }
  let lastNarrowing: RuleVerdict | null = null
  for (const v of verdicts) {
    if (!v.resolutions) continue
    const keep = options.filter((r) => v.resolutions?.includes(r))
    for (const r of options) if (!keep.includes(r)) removedBy.set(r, { rule: ofVerdict(v), numbers: v.numbers })
    if (keep.length !== options.length) lastNarrowing = v
    options = keep
  }
  const requested = line.requestedResolution ?? null
  const base = { lineId: line.lineId, requestedResolution: requested, quantity: line.quantity, valueMinor: lineValueMinor(line), verdicts }
  const refusal = verdicts.find((v) => v.outcome === "refuse")
  if (refusal) return { ...base, outcome: "refuse", decidedBy: ofVerdict(refusal), message: refusal.message, numbers: refusal.numbers, resolutionOptions: [] }
  if (options.length === 0) {
    const by = lastNarrowing as RuleVerdict
    return { ...base, outcome: "refuse", decidedBy: ofVerdict(by), message: "no resolution is left for this item under the policy", numbers: by.numbers, resolutionOptions: [] }
  }
  if (requested !== null && !options.includes(requested)) {
    const r = removedBy.get(requested) ?? { rule: POLICY_RESOLUTIONS, numbers: {} }
    return {
      ...base,
      outcome: "refuse",
      decidedBy: r.rule,
      message: `${requested.replace("_", " ")} is not offered for this item; offered: ${options.join(", ")}`,
      numbers: { ...r.numbers, requested },
      resolutionOptions: options,
    }
  }
  const review = verdicts.find((v) => v.outcome === "review")
  if (review) return { ...base, outcome: "review", decidedBy: ofVerdict(review), message: review.message, numbers: review.numbers, resolutionOptions: options }
  const approval = verdicts.find((v) => v.outcome === "approve")
  if (approval) return { ...base, outcome: "approve", decidedBy: ofVerdict(approval), message: approval.message, numbers: approval.numbers, resolutionOptions: options }
  return {
    ...base,
    outcome: policy.defaultOutcome,
    decidedBy: null,
    message: policy.defaultOutcome === "review" ? "no rule approves this item automatically" : "no rule objects",
    numbers: {},
    resolutionOptions: options,
  }
}

/**
 * Runs a return policy on a request: every rule in policy order (each sees the verdicts before it), then a
 * decision per line and overall, with the rule and the numbers that decided each. Accepts a stored policy
 * (validated here, throws PolicyConfigError) or one compiled once with compileReturnPolicy.
 */
export function evaluateReturnPolicy(policy: ReturnPolicy | CompiledPolicy, request: ReturnRequest, now: number): PolicyDecision {
  const compiled = "compiled" in policy ? policy : compileReturnPolicyOrThrow(policy)
  const lineIds = new Set<string>()
  for (const l of request.lines) {
    if (lineIds.has(l.lineId)) throw new RangeError(`line ${l.lineId} appears twice in the request`)
    lineIds.add(l.lineId)
  }
  const all: RuleVerdict[] = []
  for (const r of compiled.rules) {
    if (r.kinds && !r.kinds.includes(request.kind)) continue
    for (const f of r.rule.evaluate(r.args, { request, now, prior: all })) {
      if (f.lineId !== null && !lineIds.has(f.lineId)) throw new Error(`rule ${r.code} returned a verdict for unknown line ${f.lineId}`)
      all.push({ ruleCode: r.code, ruleId: r.id, ...f })
    }
  }
  const requestVerdicts = all.filter((v) => v.lineId === null)
  const lines = request.lines.map((line) => decideLine(compiled, line, all.filter((v) => v.lineId === null || v.lineId === line.lineId)))
  const flags = [...new Set(all.flatMap((v) => v.flags ?? []))].sort()
  const approved = lines.filter((l) => l.outcome === "approve")
  const refusedLines = lines.filter((l) => l.outcome === "refuse")
  const reviewLine = lines.find((l) => l.outcome === "review")
  let outcome: Outcome
  let decidedBy: DecidingRule | null
  let message: string
  if (lines.length === 0) {
    outcome = "refuse"
    decidedBy = null
    message = "the request has no line"
  } else if (reviewLine) {
    outcome = "review"
    decidedBy = reviewLine.decidedBy
    message = `needs review: ${reviewLine.message}`
  } else if (approved.length > 0) {
    outcome = "approve"
    decidedBy = approved[0].decidedBy
    message = refusedLines.length ? `${approved.length} of ${lines.length} lines approved; refused: ${refusedLines.map((l) => `${l.lineId} (${l.decidedBy?.ruleCode ?? "policy"})`).join(", ")}` : "approved"
  } else {
    outcome = "refuse"
    decidedBy = refusedLines[0].decidedBy
    message = `refused: ${refusedLines[0].message}`
  }
  return {
    outcome,
    partial: outcome === "approve" && refusedLines.length > 0,
    decidedBy,
    message,
    lines,
    flags,
    approvedUnits: approved.reduce((s, l) => s + l.quantity, 0),
    approvedValueMinor: approved.reduce((s, l) => s + l.valueMinor, 0),
    requestVerdicts,
  }
}
