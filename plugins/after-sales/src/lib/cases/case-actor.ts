/** Who acts on a case. The system actor is a scheduled job or a subscriber (SLA, survey follow-up). */
export type CaseActor = { type: "agent"; id: string } | { type: "customer"; id: string } | { type: "system" }

/** The part of a case that permission checks need. */
export type CaseOwnership = {
  customerId: string | null
  assigneeId?: string | null
}

/** An error with a stable code the HTTP layer maps to a status (`case.not_allowed` → 403/400). */
export class CasePermissionError extends Error {
  readonly code = "case.not_allowed"
  constructor(message: string) {
    super(message)
    this.name = "CasePermissionError"
  }
}

/**
 * A customer sees only their own cases; agents and the system see all. A case without a customer (an email
 * from an unknown sender) is visible to agents only.
 */
export function canViewCase(c: CaseOwnership, actor: CaseActor): boolean {
  if (actor.type !== "customer") return true
  return c.customerId !== null && c.customerId === actor.id
}

/** Throws CasePermissionError unless the actor may view the case. */
export function assertCanViewCase(c: CaseOwnership, actor: CaseActor): void {
  if (!canViewCase(c, actor)) throw new CasePermissionError("this case belongs to another customer")
}

/** A customer opens cases only on their own orders (or without an order, for a general question). */
export function canOpenCase(order: { customerId: string | null } | null, actor: CaseActor): boolean {
  if (actor.type !== "customer") return actor.type === "agent"
  return order === null || (order.customerId !== null && order.customerId === actor.id)
}

export type CaseMessage = {
  id: string
  /** internal notes never reach the customer */
  visibility: "customer" | "internal"
  authorType: "agent" | "customer" | "system"
}

/** Messages a given actor may read: customers never see internal notes. */
export function visibleMessages<M extends CaseMessage>(messages: readonly M[], actor: CaseActor): M[] {
  return actor.type === "customer" ? messages.filter((m) => m.visibility === "customer") : [...messages]
}

/** Customers may write only customer-visible messages; only agents write internal notes. */
export function canWriteMessage(visibility: CaseMessage["visibility"], actor: CaseActor): boolean {
  if (visibility === "internal") return actor.type === "agent" || actor.type === "system"
  return true
}
