import { CasePriority, priorityRank } from "../cases/case-model"
import { SlaClockState } from "./sla-clock"

export type InboxCase = {
  id: string
  priority: CasePriority
  createdAt: number
  /** The worse of the case's clock states (worseSlaState), null without a running target. */
  slaState: SlaClockState | null
  /** The earliest due instant of its running clocks; null while paused or without a target. */
  dueAt: number | null
}

const STATE_RANK: Record<string, number> = { breached: 0, warning: 1, ok: 2 }

/**
 * The inbox's "most urgent first" order: breached cases, then those past the warning fraction, then the rest;
 * within each, the earliest due first (no due instant last), then higher priority, then the oldest, then the id
 * (a stable order for pagination).
 */
export function compareInboxUrgency(a: InboxCase, b: InboxCase): number {
  const sa = STATE_RANK[a.slaState ?? ""] ?? 3
  const sb = STATE_RANK[b.slaState ?? ""] ?? 3
  if (sa !== sb) return sa - sb
  if (a.dueAt !== b.dueAt) {
    if (a.dueAt === null) return 1
    if (b.dueAt === null) return -1
    return a.dueAt - b.dueAt
  }
  return priorityRank(b.priority) - priorityRank(a.priority) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}
