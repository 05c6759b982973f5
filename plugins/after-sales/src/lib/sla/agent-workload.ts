import { CasePriority, CaseStatus } from "../cases/case-model"
import { SlaClockState } from "./sla-clock"

export type WorkloadCase = {
  assigneeId: string | null
  status: CaseStatus
  priority: CasePriority
  createdAt: number
  /** The worse of the case's two clock states (or null without targets). */
  slaState: SlaClockState | null
  /** The earlier of the two running clocks' due instants, or null. */
  dueAt: number | null
}

/** Points per open case by priority; a case waiting on the customer counts half (nothing to do until they answer). */
export type WorkloadWeights = Record<CasePriority, number> & { waitingFactor: number }

export const DEFAULT_WORKLOAD_WEIGHTS: WorkloadWeights = { low: 0.5, normal: 1, high: 2, urgent: 4, waitingFactor: 0.5 }

export type AgentWorkload = {
  /** null for the unassigned queue */
  agentId: string | null
  active: number
  waitingOnCustomer: number
  byPriority: Record<CasePriority, number>
  breached: number
  warning: number
  /** Weighted points (see WorkloadWeights). */
  load: number
  oldestCreatedAt: number | null
  nextDueAt: number | null
}

const ACTIVE: readonly CaseStatus[] = ["new", "open", "waiting_on_customer", "approved"]
const SEVERITY: Record<SlaClockState, number> = { ok: 0, met: 0, warning: 1, missed: 2, breached: 2 }

/** The worse of two clock states, for WorkloadCase.slaState. */
export function worseSlaState(a: SlaClockState | null, b: SlaClockState | null): SlaClockState | null {
  if (a === null) return b
  if (b === null) return a
  return SEVERITY[b] > SEVERITY[a] ? b : a
}

/**
 * Active cases per agent (and the unassigned queue, agentId null) with SLA pressure, sorted by load, heaviest
 * first. Agents passed in `agentIds` appear even with nothing assigned, so an idle agent shows as idle.
 */
export function summarizeWorkload(cases: readonly WorkloadCase[], agentIds: readonly string[] = [], weights: WorkloadWeights = DEFAULT_WORKLOAD_WEIGHTS): AgentWorkload[] {
  const by = new Map<string | null, AgentWorkload>()
  const get = (id: string | null) => {
    let w = by.get(id)
    if (!w) {
      w = { agentId: id, active: 0, waitingOnCustomer: 0, byPriority: { low: 0, normal: 0, high: 0, urgent: 0 }, breached: 0, warning: 0, load: 0, oldestCreatedAt: null, nextDueAt: null }
      by.set(id, w)
    }
    return w
  }
  for (const id of agentIds) get(id)
  for (const c of cases) {
    if (!ACTIVE.includes(c.status)) continue
    const w = get(c.assigneeId)
    w.active++
    w.byPriority[c.priority]++
    const waiting = c.status === "waiting_on_customer"
    if (waiting) w.waitingOnCustomer++
    w.load += weights[c.priority] * (waiting ? weights.waitingFactor : 1)
    if (c.slaState === "breached") w.breached++
    else if (c.slaState === "warning") w.warning++
    if (w.oldestCreatedAt === null || c.createdAt < w.oldestCreatedAt) w.oldestCreatedAt = c.createdAt
    if (c.dueAt !== null && (w.nextDueAt === null || c.dueAt < w.nextDueAt)) w.nextDueAt = c.dueAt
  }
  return [...by.values()].sort((a, b) => b.load - a.load || (a.agentId ?? "").localeCompare(b.agentId ?? ""))
}

/**
 * The agent to give a new case to: the lowest load among the candidates, then the fewest breached, then the id
 * (so the choice is deterministic). Null when no candidate is given.
 */
export function suggestAssignee(workloads: readonly AgentWorkload[], candidates: readonly string[]): string | null {
  let best: AgentWorkload | null = null
  const byId = new Map(workloads.map((w) => [w.agentId, w]))
  for (const id of candidates) {
    const w = byId.get(id) ?? { agentId: id, load: 0, breached: 0 }
    if (
      best === null ||
      w.load < best.load ||
      (w.load === best.load && (w.breached < best.breached || (w.breached === best.breached && id < (best.agentId as string))))
    ) {
      best = w as AgentWorkload
    }
  }
  return best ? (best.agentId as string) : null
}
