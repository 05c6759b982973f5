import { canOpenCase, canViewCase, canWriteMessage, CaseActor, CasePermissionError, visibleMessages } from "../case-actor"
import { comparePriority, initialPriority } from "../case-model"
import { allowedCaseActions, applyCaseAction, CaseState, CaseTransitionError } from "../case-transitions"

const agent: CaseActor = { type: "agent", id: "user_1" }
const alice: CaseActor = { type: "customer", id: "cus_alice" }
const bob: CaseActor = { type: "customer", id: "cus_bob" }
const system: CaseActor = { type: "system" }
const DAY = 86_400_000
const state = (kind: CaseState["kind"], status: CaseState["status"], extra: Partial<CaseState> = {}): CaseState => ({ kind, status, customerId: "cus_alice", ...extra })

describe("case state machine", () => {
  it.each([
    // [kind, from, action, actor, to, effects]
    ["question", "new", "agent_reply", agent, "open", ["first_response_met"]],
    ["question", "new", "request_info", agent, "waiting_on_customer", ["first_response_met", "pause_resolution_clock"]],
    ["question", "waiting_on_customer", "customer_reply", alice, "open", ["resume_resolution_clock"]],
    ["question", "open", "resolve", agent, "resolved", ["stop_resolution_clock", "send_survey", "notify_customer"]],
    ["return", "new", "approve", system, "approved", ["first_response_met", "create_remedy", "notify_customer"]],
    ["return", "open", "refuse", agent, "refused", ["stop_resolution_clock", "notify_customer"]],
    ["return", "approved", "resolve", system, "resolved", ["stop_resolution_clock", "send_survey", "notify_customer"]],
    ["return", "approved", "cancel", agent, "cancelled", ["stop_resolution_clock", "cancel_remedy", "notify_customer"]],
    ["return", "refused", "customer_reply", alice, "open", ["restart_resolution_clock"]],
    ["question", "new", "cancel", alice, "cancelled", ["stop_resolution_clock", "stop_first_response_clock", "notify_customer"]],
    ["repair", "resolved", "close", system, "closed", ["notify_customer"]],
    ["claim", "open", "assign", agent, "open", []],
  ] as const)("%s %s --%s--> %s", (kind, from, action, actor, to, effects) => {
    expect(applyCaseAction(state(kind, from), action, actor)).toEqual({ action, from, to, effects })
  })

  it.each([
    ["question", "open", "approve", agent, CaseTransitionError, "a question case cannot be approved"],
    ["return", "closed", "customer_reply", alice, CaseTransitionError, "cannot customer reply a closed case; open a follow-up case instead"],
    ["return", "resolved", "approve", agent, CaseTransitionError, "cannot approve a resolved case"],
    ["return", "open", "approve", alice, CasePermissionError, "a customer may not approve a case"],
    ["return", "open", "customer_reply", bob, CasePermissionError, "this case belongs to another customer"],
    ["return", "approved", "cancel", alice, CasePermissionError, "a customer may not cancel a case that is already approved"],
    ["question", "open", "agent_reply", alice, CasePermissionError, "a customer may not agent reply a case"],
  ] as const)("%s %s --%s--> refused", (kind, from, action, actor, errorClass, message) => {
    let err: unknown
    try {
      applyCaseAction(state(kind, from), action, actor)
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(errorClass)
    expect((err as Error).message).toBe(message)
    expect((err as { code: string }).code).toBe(errorClass === CaseTransitionError ? "case.invalid_transition" : "case.not_allowed")
  })

  it("lets a customer reopen a resolved case only within the reopen window", () => {
    const resolved = state("question", "resolved", { resolvedAt: 10 * DAY })
    expect(applyCaseAction(resolved, "customer_reply", alice, { now: 20 * DAY }).to).toBe("open")
    expect(() => applyCaseAction(resolved, "customer_reply", alice, { now: 30 * DAY })).toThrow(/more than 14 days ago/)
    expect(applyCaseAction(resolved, "reopen", agent, { now: 300 * DAY }).effects).toEqual(["restart_resolution_clock", "notify_customer"])
  })

  it("lists what each actor may do", () => {
    expect(allowedCaseActions(state("return", "new"), alice)).toEqual(["customer_reply", "cancel"])
    expect(allowedCaseActions(state("return", "new"), agent)).toEqual(["agent_reply", "request_info", "approve", "refuse", "resolve", "cancel", "assign", "set_priority"])
    expect(allowedCaseActions(state("question", "closed"), agent)).toEqual([])
    expect(allowedCaseActions(state("return", "new"), bob)).toEqual([])
  })
})

describe("who sees what", () => {
  it("keeps customers to their own cases and public messages", () => {
    expect(canViewCase({ customerId: "cus_alice" }, alice)).toBe(true)
    expect(canViewCase({ customerId: "cus_alice" }, bob)).toBe(false)
    expect(canViewCase({ customerId: null }, alice)).toBe(false)
    expect(canViewCase({ customerId: null }, agent)).toBe(true)
    expect(canOpenCase({ customerId: "cus_alice" }, alice)).toBe(true)
    expect(canOpenCase({ customerId: "cus_bob" }, alice)).toBe(false)
    expect(canOpenCase({ customerId: null }, alice)).toBe(false)
    expect(canOpenCase(null, alice)).toBe(true)
    const msgs = [
      { id: "m1", visibility: "customer" as const, authorType: "customer" as const },
      { id: "m2", visibility: "internal" as const, authorType: "agent" as const },
    ]
    expect(visibleMessages(msgs, alice).map((m) => m.id)).toEqual(["m1"])
    expect(visibleMessages(msgs, agent).map((m) => m.id)).toEqual(["m1", "m2"])
    expect(canWriteMessage("internal", alice)).toBe(false)
    expect(canWriteMessage("internal", agent)).toBe(true)
  })
})

describe("priorities", () => {
  it("raise one level per signal, capped at urgent", () => {
    expect(initialPriority({ kind: "question" })).toBe("normal")
    expect(initialPriority({ kind: "claim" })).toBe("high")
    expect(initialPriority({ kind: "question", orderTotalMinor: 60_000 })).toBe("high")
    expect(initialPriority({ kind: "claim", orderTotalMinor: 60_000, vip: true, urgentWordFound: true })).toBe("urgent")
    expect((["low", "urgent", "normal", "high"] as const).slice().sort(comparePriority)).toEqual(["urgent", "high", "normal", "low"])
  })
})
