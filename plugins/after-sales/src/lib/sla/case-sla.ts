import { CaseStatus } from "../cases/case-model"
import { BusinessCalendar } from "./business-calendar"
import { evaluateSlaClock, Pause, SlaClock } from "./sla-clock"
import { resolveSlaTarget, SlaCaseFacts, SlaPolicy, SlaTarget } from "./sla-policy"

/** One entry of a case's status history; the first entry is the creation (status "new"). */
export type StatusChange = { at: number; status: CaseStatus }

const STOPPED: readonly CaseStatus[] = ["resolved", "refused", "cancelled", "closed"]

export type CaseTimeline = {
  createdAt: number
  /** When the case first left "new" for an answer; null while unanswered. */
  firstResponseAt: number | null
  /** The case left "new" without an answer (cancelled): the first-response clock stops without a verdict. */
  firstResponseWithdrawnAt: number | null
  /** When the case last stopped (resolved, refused, cancelled, closed) and has stayed stopped; null if active. */
  stoppedAt: number | null
  /** Spans spent waiting on the customer. */
  waiting: Pause[]
  /** Spans between a stop and a reopen: nobody owed the customer anything then. */
  dormant: Pause[]
}

/** Reads the clock-relevant facts out of a status history (ordered by time). */
export function caseTimeline(history: readonly StatusChange[]): CaseTimeline {
  if (history.length === 0) throw new RangeError("a case history needs at least its creation")
  const createdAt = history[0].at
  // a case an agent opened (not "new") owes no first response
  let firstResponseAt: number | null = history[0].status === "new" ? null : createdAt
  let firstResponseWithdrawnAt: number | null = null
  const waiting: Pause[] = []
  const dormant: Pause[] = []
  let prev = history[0].status
  let since = createdAt
  let stoppedSince = createdAt
  for (let i = 1; i < history.length; i++) {
    const h = history[i]
    if (h.at < since) throw new RangeError("status history must be ordered by time")
    if (h.status === prev) continue
    if (prev === "new" && firstResponseAt === null && firstResponseWithdrawnAt === null) {
      if (h.status === "cancelled") firstResponseWithdrawnAt = h.at
      else firstResponseAt = h.at
    }
    if (prev === "waiting_on_customer") waiting.push({ from: since, to: h.at })
    const wasStopped = STOPPED.includes(prev)
    const isStopped = STOPPED.includes(h.status)
    if (wasStopped && !isStopped) dormant.push({ from: stoppedSince, to: h.at })
    if (!wasStopped && isStopped) stoppedSince = h.at
    prev = h.status
    since = h.at
  }
  if (prev === "waiting_on_customer") waiting.push({ from: since, to: null })
  return { createdAt, firstResponseAt, firstResponseWithdrawnAt, stoppedAt: STOPPED.includes(prev) ? stoppedSince : null, waiting, dormant }
}

export type CaseSlaInput = SlaCaseFacts & { history: readonly StatusChange[] }

export type CaseSlaClock = SlaClock & { target: SlaTarget }

export type CaseSla = {
  firstResponse: CaseSlaClock | null
  resolution: CaseSlaClock | null
}

/**
 * Both SLA clocks of a case from its status history. First response runs from creation to the first answer and
 * never pauses; resolution runs from creation to the last stop, paused while waiting on the customer (when the
 * policy says so) and between a resolution and a reopen. A target with hours "business" counts the calendar's
 * opening hours.
 */
export function evaluateCaseSla(input: CaseSlaInput, policy: SlaPolicy, calendar: BusinessCalendar, now: number): CaseSla {
  const t = caseTimeline(input.history)
  const cal = (target: SlaTarget) => (target.hours === "business" ? calendar : null)
  const fr = resolveSlaTarget(policy, "first_response", input)
  const res = resolveSlaTarget(policy, "resolution", input)
  let firstResponse: CaseSlaClock | null = null
  if (fr && t.firstResponseWithdrawnAt === null) {
    const clock = evaluateSlaClock({
      startedAt: t.createdAt,
      stoppedAt: t.firstResponseAt,
      targetMinutes: fr.minutes,
      calendar: cal(fr),
      warnAtFraction: policy.warnAtFraction,
      now,
    })
    firstResponse = { ...clock, target: fr }
  }
  let resolution: CaseSlaClock | null = null
  if (res) {
    const pauses = policy.pauseWhileWaiting ? [...t.waiting, ...t.dormant] : t.dormant
    const clock = evaluateSlaClock({
      startedAt: t.createdAt,
      stoppedAt: t.stoppedAt,
      pauses,
      targetMinutes: res.minutes,
      calendar: cal(res),
      warnAtFraction: policy.warnAtFraction,
      now,
    })
    resolution = { ...clock, target: res }
  }
  return { firstResponse, resolution }
}

export type SlaAlertType = "warning" | "breach"
export type SlaAlert = { metric: "first_response" | "resolution"; type: SlaAlertType; /** when the threshold was crossed */ at: number | null }

/**
 * The notifications a case's clocks call for now that were not sent yet (keyed by metric and type, so a job that
 * runs twice sends each once). A clock already breached sends only the breach, never a late warning.
 */
export function dueSlaAlerts(sla: CaseSla, alreadySent: ReadonlyArray<{ metric: string; type: SlaAlertType }>): SlaAlert[] {
  const sent = new Set(alreadySent.map((a) => `${a.metric}:${a.type}`))
  const out: SlaAlert[] = []
  for (const metric of ["first_response", "resolution"] as const) {
    const c = sla[metric === "first_response" ? "firstResponse" : "resolution"]
    if (!c) continue
    if (c.state === "breached" && !sent.has(`${metric}:breach`)) out.push({ metric, type: "breach", at: c.dueAt })
    else if (c.state === "warning" && !sent.has(`${metric}:warning`) && !sent.has(`${metric}:breach`)) out.push({ metric, type: "warning", at: c.warnAt })
  }
  return out
}

/**
 * When the SLA job should look at this case again: the next warning or due instant of a running, unpaused clock,
 * or null when nothing will change by itself (stopped, paused, or already breached).
 */
export function nextSlaCheckAt(sla: CaseSla, now: number): number | null {
  let next: number | null = null
  for (const c of [sla.firstResponse, sla.resolution]) {
    if (!c || c.paused || c.state === "met" || c.state === "missed" || c.state === "breached") continue
    const at = c.state === "ok" ? c.warnAt : c.dueAt
    if (at !== null && at > now && (next === null || at < next)) next = at
  }
  return next
}
