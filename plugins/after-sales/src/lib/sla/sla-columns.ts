import { BusinessCalendar } from "./business-calendar"
import { CaseSla, CaseSlaInput, evaluateCaseSla, nextSlaCheckAt } from "./case-sla"
import { SlaClockState } from "./sla-clock"
import { SlaPolicy } from "./sla-policy"
import { worseSlaState } from "./agent-workload"

/**
 * What a case row stores about its clocks, so the inbox filters and sorts in SQL without evaluating every case:
 * - slaState: the worse running state (breached > warning > ok), "paused" while waiting on the customer with
 *   nothing breached, else the worse final verdict (missed > met), null without targets
 * - slaRank: 0 breached, 1 warning, 2 running (ok or paused), 3 nothing running (the inbox's first sort key)
 * - slaDueAt: the earliest due instant of the clocks still running and not paused (the second sort key)
 * - nextCheckAt: when the SLA job must look again (lib nextSlaCheckAt)
 */
export type SlaColumns = {
  slaState: SlaClockState | "paused" | null
  slaRank: number
  slaDueAt: number | null
  firstResponseState: SlaClockState | null
  firstResponseDueAt: number | null
  resolutionState: SlaClockState | null
  resolutionDueAt: number | null
  nextCheckAt: number | null
}

const RUNNING: readonly SlaClockState[] = ["ok", "warning", "breached"]

export function slaColumns(sla: CaseSla, now: number): SlaColumns {
  const clocks = [sla.firstResponse, sla.resolution].filter((c): c is NonNullable<typeof c> => c !== null)
  const running = clocks.filter((c) => RUNNING.includes(c.state))
  let runningState: SlaClockState | null = null
  for (const c of running) runningState = worseSlaState(runningState, c.state)
  const pausedOnly = running.length > 0 && running.every((c) => c.paused) && runningState !== "breached"
  let finalState: SlaClockState | null = null
  for (const c of clocks) if (!RUNNING.includes(c.state)) finalState = worseSlaState(finalState, c.state)
  const slaState = running.length ? (pausedOnly ? "paused" : runningState) : finalState
  const rank = runningState === "breached" ? 0 : runningState === "warning" && !pausedOnly ? 1 : running.length ? 2 : 3
  let due: number | null = null
  for (const c of running) if (!c.paused && c.dueAt !== null && (due === null || c.dueAt < due)) due = c.dueAt
  return {
    slaState,
    slaRank: rank,
    slaDueAt: due,
    firstResponseState: sla.firstResponse?.state ?? null,
    firstResponseDueAt: sla.firstResponse?.dueAt ?? null,
    resolutionState: sla.resolution?.state ?? null,
    resolutionDueAt: sla.resolution?.dueAt ?? null,
    nextCheckAt: nextSlaCheckAt(sla, now),
  }
}

/** evaluateCaseSla then slaColumns: what a workflow step writes after every status change. */
export function evaluateSlaColumns(input: CaseSlaInput, policy: SlaPolicy, calendar: BusinessCalendar, now: number): { sla: CaseSla; columns: SlaColumns } {
  const sla = evaluateCaseSla(input, policy, calendar, now)
  return { sla, columns: slaColumns(sla, now) }
}
