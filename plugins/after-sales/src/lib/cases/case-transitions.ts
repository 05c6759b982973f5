import { assertCanViewCase, CaseActor, CasePermissionError } from "./case-actor"
import { CaseKind, CaseStatus, RETURN_LIKE_KINDS } from "./case-model"

/** Everything that can happen to a case. Stored in the case's event log: never rename one. */
export const CASE_ACTIONS = [
  "agent_reply",
  "request_info",
  "customer_reply",
  "approve",
  "refuse",
  "resolve",
  "reopen",
  "close",
  "cancel",
  "assign",
  "set_priority",
] as const
export type CaseAction = (typeof CASE_ACTIONS)[number]

/**
 * What the caller must do after a transition; the lib decides, the workflow acts:
 * - first_response_met: stop the first-response clock (the first agent answer)
 * - stop_first_response_clock: stop it without an answer (withdrawn before anyone replied)
 * - pause/resume/stop/restart_resolution_clock: the resolution SLA clock
 * - create_remedy: create the Medusa return / exchange / claim, or start the repair
 * - cancel_remedy: cancel that Medusa return / exchange / claim / repair
 * - send_survey: schedule the satisfaction survey
 * - notify_customer: tell the customer the status changed
 */
export type CaseEffect =
  | "first_response_met"
  | "stop_first_response_clock"
  | "pause_resolution_clock"
  | "resume_resolution_clock"
  | "stop_resolution_clock"
  | "restart_resolution_clock"
  | "create_remedy"
  | "cancel_remedy"
  | "send_survey"
  | "notify_customer"

export type CaseState = {
  kind: CaseKind
  status: CaseStatus
  customerId: string | null
  /** When the case was last resolved (epoch ms); customers may reopen within the reopen window. */
  resolvedAt?: number | null
}

export type TransitionOptions = {
  /** Epoch ms; needed only when a customer reopens or replies to a resolved case. */
  now?: number
  /** Days after resolution during which a customer may reopen by replying (default 14). */
  reopenWindowDays?: number
}

export type Transition = { action: CaseAction; from: CaseStatus; to: CaseStatus; effects: CaseEffect[] }

/** An error with a stable code the HTTP layer maps to 400 (`case.invalid_transition`). */
export class CaseTransitionError extends Error {
  readonly code = "case.invalid_transition"
  constructor(
    readonly action: CaseAction,
    readonly from: CaseStatus,
    readonly kind: CaseKind,
    message: string
  ) {
    super(message)
    this.name = "CaseTransitionError"
  }
}

type ActorType = CaseActor["type"]
type Rule = {
  actors: ActorType[]
  /** Only these kinds (default: every kind). */
  kinds?: readonly CaseKind[]
  /** from-status → to-status; "same" keeps the status. */
  moves: Partial<Record<CaseStatus, CaseStatus | "same">>
  /** Extra statuses a customer may not start this action from. */
  customerFromExcluded?: CaseStatus[]
}

const WORKING: CaseStatus[] = ["new", "open", "waiting_on_customer"]

const RULES: Record<CaseAction, Rule> = {
  agent_reply: {
    actors: ["agent"],
    moves: { new: "open", open: "same", waiting_on_customer: "open", approved: "same", refused: "same", resolved: "same" },
  },
  request_info: { actors: ["agent"], moves: { new: "waiting_on_customer", open: "waiting_on_customer" } },
  customer_reply: {
    actors: ["customer"],
    moves: { new: "same", open: "same", waiting_on_customer: "open", approved: "same", refused: "open", resolved: "open" },
  },
  approve: { actors: ["agent", "system"], kinds: RETURN_LIKE_KINDS, moves: { new: "approved", open: "approved", waiting_on_customer: "approved" } },
  refuse: { actors: ["agent", "system"], kinds: RETURN_LIKE_KINDS, moves: { new: "refused", open: "refused", waiting_on_customer: "refused" } },
  resolve: {
    actors: ["agent", "system"],
    moves: { new: "resolved", open: "resolved", waiting_on_customer: "resolved", approved: "resolved" },
  },
  reopen: { actors: ["agent", "customer", "system"], moves: { resolved: "open", refused: "open" } },
  close: { actors: ["agent", "system"], moves: { resolved: "closed", refused: "closed", cancelled: "closed" } },
  cancel: {
    actors: ["agent", "customer"],
    moves: { new: "cancelled", open: "cancelled", waiting_on_customer: "cancelled", approved: "cancelled" },
    // once approved, goods or money may be moving: only an agent can call it off
    customerFromExcluded: ["approved"],
  },
  assign: { actors: ["agent", "system"], moves: Object.fromEntries(["new", "open", "waiting_on_customer", "approved", "refused", "resolved"].map((s) => [s, "same"])) },
  set_priority: { actors: ["agent", "system"], moves: Object.fromEntries(["new", "open", "waiting_on_customer", "approved", "refused", "resolved"].map((s) => [s, "same"])) },
}

function effectsOf(action: CaseAction, from: CaseStatus, to: CaseStatus): CaseEffect[] {
  const fx: CaseEffect[] = []
  // an answer that leaves "new" is the first response, whatever form it takes
  if (from === "new" && (action === "agent_reply" || action === "request_info" || action === "approve" || action === "refuse" || action === "resolve")) {
    fx.push("first_response_met")
  }
  if (to === "waiting_on_customer") fx.push("pause_resolution_clock")
  if (from === "waiting_on_customer" && (to === "open" || to === "approved")) fx.push("resume_resolution_clock")
  if (to === "refused" || to === "resolved" || to === "cancelled") fx.push("stop_resolution_clock")
  // a case withdrawn before anyone answered neither met nor breached its first-response target
  if (from === "new" && to === "cancelled") fx.push("stop_first_response_clock")
  if ((from === "resolved" || from === "refused") && to === "open") fx.push("restart_resolution_clock")
  if (to === "approved") fx.push("create_remedy")
  if (from === "approved" && to === "cancelled") fx.push("cancel_remedy")
  if (to === "resolved") fx.push("send_survey")
  if (from !== to && action !== "customer_reply" && action !== "agent_reply" && action !== "request_info") fx.push("notify_customer")
  return fx
}

const DAY_MS = 86_400_000

/**
 * Applies an action to a case and says what follows. Throws CasePermissionError when the actor may not do it
 * (a customer acting on another customer's case, a customer approving), CaseTransitionError when the case's
 * status or kind does not allow it. Pure: the caller persists `to` and carries out `effects`.
 */
export function applyCaseAction(state: CaseState, action: CaseAction, actor: CaseActor, options: TransitionOptions = {}): Transition {
  const rule = RULES[action]
  if (!rule) throw new CaseTransitionError(action, state.status, state.kind, `unknown action ${JSON.stringify(action)}`)
  assertCanViewCase(state, actor)
  if (!rule.actors.includes(actor.type)) {
    throw new CasePermissionError(`a ${actor.type} may not ${action.replace(/_/g, " ")} a case`)
  }
  if (rule.kinds && !rule.kinds.includes(state.kind)) {
    throw new CaseTransitionError(action, state.status, state.kind, `a ${state.kind} case cannot be ${action === "approve" ? "approved" : "refused"}`)
  }
  const move = rule.moves[state.status]
  if (move === undefined) {
    const hint = state.status === "closed" ? "; open a follow-up case instead" : ""
    throw new CaseTransitionError(action, state.status, state.kind, `cannot ${action.replace(/_/g, " ")} a ${state.status.replace(/_/g, " ")} case${hint}`)
  }
  if (actor.type === "customer" && rule.customerFromExcluded?.includes(state.status)) {
    throw new CasePermissionError(`a customer may not ${action} a case that is already ${state.status}`)
  }
  if (actor.type === "customer" && state.status === "resolved" && (action === "reopen" || action === "customer_reply")) {
    const window = options.reopenWindowDays ?? 14
    if (options.now === undefined || state.resolvedAt == null) {
      throw new RangeError("reopening a resolved case as a customer needs options.now and state.resolvedAt")
    }
    if (options.now - state.resolvedAt > window * DAY_MS) {
      throw new CaseTransitionError(action, state.status, state.kind, `the case was resolved more than ${window} days ago; open a follow-up case instead`)
    }
  }
  const to = move === "same" ? state.status : move
  return { action, from: state.status, to, effects: effectsOf(action, state.status, to) }
}

/** The actions an actor may take now (for the buttons of a case page or the store API's `allowed_actions`). */
export function allowedCaseActions(state: CaseState, actor: CaseActor, options: TransitionOptions = {}): CaseAction[] {
  const out: CaseAction[] = []
  for (const action of CASE_ACTIONS) {
    try {
      applyCaseAction(state, action, actor, options)
      out.push(action)
    } catch (e) {
      if (!(e instanceof CaseTransitionError || e instanceof CasePermissionError || e instanceof RangeError)) throw e
    }
  }
  return out
}
