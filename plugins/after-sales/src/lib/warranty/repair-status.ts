/**
 * The repair flow behind a repair case (Medusa has no repair primitive). An out-of-warranty repair goes through a
 * quote the customer accepts; an item that cannot be repaired is replaced (a Medusa claim) or sent back.
 * Stored in the database: never rename a status.
 */
export const REPAIR_STATUSES = [
  "requested",
  "approved",
  "awaiting_item",
  "received",
  "diagnosing",
  "quote_sent",
  "repairing",
  "repaired",
  "shipped_back",
  "completed",
  "replaced",
  "returned_unrepaired",
  "rejected",
  "cancelled",
] as const
export type RepairStatus = (typeof REPAIR_STATUSES)[number]

const NEXT: Record<RepairStatus, readonly RepairStatus[]> = {
  requested: ["approved", "rejected", "cancelled"],
  approved: ["awaiting_item", "cancelled"],
  awaiting_item: ["received", "cancelled"],
  received: ["diagnosing"],
  diagnosing: ["repairing", "quote_sent", "replaced", "returned_unrepaired"],
  // the customer accepts (repairing) or declines (returned_unrepaired) a paid repair
  quote_sent: ["repairing", "returned_unrepaired"],
  repairing: ["repaired", "replaced", "returned_unrepaired"],
  repaired: ["shipped_back"],
  shipped_back: ["completed"],
  completed: [],
  replaced: [],
  returned_unrepaired: ["completed"],
  rejected: [],
  cancelled: [],
}

/** Statuses after which nothing more happens to the repair. */
export const FINAL_REPAIR_STATUSES: readonly RepairStatus[] = ["completed", "replaced", "rejected", "cancelled"]

export class RepairTransitionError extends Error {
  readonly code = "repair.invalid_transition"
  constructor(readonly from: RepairStatus, readonly to: string) {
    super(`a repair cannot go from ${from} to ${to}; next: ${NEXT[from]?.join(", ") || "none (final)"}`)
    this.name = "RepairTransitionError"
  }
}

export function nextRepairStatuses(from: RepairStatus): readonly RepairStatus[] {
  return NEXT[from]
}

/** Checks a repair status change; returns the new status or throws RepairTransitionError. */
export function applyRepairTransition(from: RepairStatus, to: RepairStatus): RepairStatus {
  if (!NEXT[from]?.includes(to)) throw new RepairTransitionError(from, to)
  return to
}

/** What a repair in warranty versus out of warranty starts as: in warranty it is approved, out of it the store decides (and may quote). */
export function initialRepairStatus(warranty: "in_warranty" | "out_of_warranty" | "no_warranty", coveredIssue: boolean | null): RepairStatus {
  return warranty === "in_warranty" && coveredIssue !== false ? "approved" : "requested"
}
