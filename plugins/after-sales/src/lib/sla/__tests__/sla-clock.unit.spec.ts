import { compileCalendar } from "../business-calendar"
import { caseTimeline, dueSlaAlerts, evaluateCaseSla, nextSlaCheckAt, StatusChange } from "../case-sla"
import { evaluateSlaClock } from "../sla-clock"
import { DEFAULT_SLA_POLICY, resolveSlaTarget, SlaPolicy, slaPolicySchema } from "../sla-policy"
import { suggestAssignee, summarizeWorkload, worseSlaState } from "../agent-workload"
import { compareInboxUrgency } from "../inbox-order"

const H = 3_600_000
const M = 60_000
const t = (iso: string) => Date.parse(iso)
const london = compileCalendar({
  timeZone: "Europe/London",
  weekly: Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [{ open: "09:00", close: "17:00" }]])),
})

describe("one SLA clock", () => {
  // started Monday 4 March 2024 09:00 GMT with a 4 business-hour target
  const base = { startedAt: t("2024-03-04T09:00:00Z"), targetMinutes: 240, calendar: london, warnAtFraction: 0.8 }

  it.each([
    ["ok at 3 h", "2024-03-04T12:00:00Z", "ok", 3 * H],
    ["warning at 80 % (3 h 12 min)", "2024-03-04T12:12:00Z", "warning", 192 * M],
    ["not yet breached at exactly 4 h", "2024-03-04T13:00:00Z", "warning", 4 * H],
    ["breached after 4 h", "2024-03-04T13:30:00Z", "breached", 4.5 * H],
    ["the night does not count", "2024-03-05T08:00:00Z", "breached", 8 * H],
  ])("%s", (_l, now, state, elapsed) => {
    const c = evaluateSlaClock({ ...base, now: t(now) })
    expect(c.state).toBe(state)
    expect(c.elapsedMs).toBe(elapsed)
    expect(c.remainingMs).toBe(4 * H - elapsed)
    expect(c.dueAt).toBe(t("2024-03-04T13:00:00Z"))
    expect(c.warnAt).toBe(t("2024-03-04T12:12:00Z"))
  })

  it("met or missed once stopped", () => {
    expect(evaluateSlaClock({ ...base, stoppedAt: t("2024-03-04T11:00:00Z"), now: t("2024-03-06T00:00:00Z") })).toMatchObject({ state: "met", elapsedMs: 2 * H })
    expect(evaluateSlaClock({ ...base, stoppedAt: t("2024-03-05T10:00:00Z"), now: t("2024-03-06T00:00:00Z") })).toMatchObject({ state: "missed", elapsedMs: 9 * H })
  })

  it("does not move while paused, and the due instant waits for the customer", () => {
    // waiting on the customer since 10:00: at 16:00 only 1 h has elapsed, and no due instant is known
    const waiting = evaluateSlaClock({ ...base, pauses: [{ from: t("2024-03-04T10:00:00Z"), to: null }], now: t("2024-03-04T16:00:00Z") })
    expect(waiting).toMatchObject({ state: "ok", paused: true, elapsedMs: 1 * H, dueAt: null, warnAt: null })
    // the customer answered Tue 09:30: 1 h + Tue 09:30-12:00; due Tue 12:30
    const answered = evaluateSlaClock({ ...base, pauses: [{ from: t("2024-03-04T10:00:00Z"), to: t("2024-03-05T09:30:00Z") }], now: t("2024-03-05T12:00:00Z") })
    expect(answered).toMatchObject({ state: "warning", paused: false, elapsedMs: 3.5 * H, dueAt: t("2024-03-05T12:30:00Z") })
    // breached before the pause began: the breach instant is still known
    const late = evaluateSlaClock({ ...base, pauses: [{ from: t("2024-03-04T14:00:00Z"), to: null }], now: t("2024-03-05T12:00:00Z") })
    expect(late).toMatchObject({ state: "breached", paused: true, elapsedMs: 5 * H, dueAt: t("2024-03-04T13:00:00Z") })
  })

  it("counts every hour for a calendar target", () => {
    const c = evaluateSlaClock({ startedAt: t("2024-03-09T10:00:00Z"), targetMinutes: 60, calendar: null, warnAtFraction: 0.8, now: t("2024-03-09T10:50:00Z") })
    expect(c).toMatchObject({ state: "warning", elapsedMs: 50 * M, dueAt: t("2024-03-09T11:00:00Z") })
  })
})

describe("SLA targets", () => {
  it("takes the most specific matching target", () => {
    const p = DEFAULT_SLA_POLICY
    expect(resolveSlaTarget(p, "first_response", { priority: "urgent", channel: "email", kind: "question" })?.minutes).toBe(60)
    expect(resolveSlaTarget(p, "first_response", { priority: "normal", channel: "chat", kind: "question" })?.minutes).toBe(5)
    expect(resolveSlaTarget(p, "first_response", { priority: "low", channel: "email", kind: "return" })?.minutes).toBe(960)
    const specific: SlaPolicy = {
      ...p,
      targets: [...p.targets, { metric: "resolution", priority: "high", kind: "claim", minutes: 120, hours: "calendar" }],
    }
    expect(resolveSlaTarget(specific, "resolution", { priority: "high", channel: "web", kind: "claim" })).toMatchObject({ minutes: 120, hours: "calendar" })
    expect(resolveSlaTarget({ ...p, targets: [] }, "resolution", { priority: "high", channel: "web", kind: "claim" })).toBeNull()
    expect(slaPolicySchema.safeParse(p).success).toBe(true)
    expect(slaPolicySchema.safeParse({ ...p, warnAtFraction: 1.5 }).success).toBe(false)
  })
})

describe("a case's clocks from its status history", () => {
  const history: StatusChange[] = [
    { at: t("2024-03-04T09:00:00Z"), status: "new" },
    { at: t("2024-03-04T09:30:00Z"), status: "open" }, // first response
    { at: t("2024-03-04T11:00:00Z"), status: "waiting_on_customer" },
    { at: t("2024-03-05T10:00:00Z"), status: "open" },
    { at: t("2024-03-05T12:00:00Z"), status: "resolved" },
    { at: t("2024-03-06T09:00:00Z"), status: "open" }, // reopened
    { at: t("2024-03-06T10:00:00Z"), status: "resolved" },
  ]

  it("reads answers, waits, stops and reopens", () => {
    expect(caseTimeline(history)).toEqual({
      createdAt: t("2024-03-04T09:00:00Z"),
      firstResponseAt: t("2024-03-04T09:30:00Z"),
      firstResponseWithdrawnAt: null,
      stoppedAt: t("2024-03-06T10:00:00Z"),
      waiting: [{ from: t("2024-03-04T11:00:00Z"), to: t("2024-03-05T10:00:00Z") }],
      dormant: [{ from: t("2024-03-05T12:00:00Z"), to: t("2024-03-06T09:00:00Z") }],
    })
    expect(caseTimeline([{ at: 0, status: "new" }, { at: 5, status: "cancelled" }])).toMatchObject({ firstResponseAt: null, firstResponseWithdrawnAt: 5, stoppedAt: 5 })
    expect(caseTimeline([{ at: 0, status: "open" }]).firstResponseAt).toBe(0)
  })

  it("resolution = Mon 09-11 + Tue 10-12 + Wed 09-10 = 5 business hours", () => {
    const sla = evaluateCaseSla({ history, priority: "normal", channel: "email", kind: "question" }, DEFAULT_SLA_POLICY, london, t("2024-03-08T00:00:00Z"))
    expect(sla.firstResponse).toMatchObject({ state: "met", elapsedMs: 30 * M, targetMs: 480 * M })
    expect(sla.resolution).toMatchObject({ state: "met", elapsedMs: 5 * H, targetMs: 1440 * M })
    // without pausing while waiting, Mon 11-17 and Tue 09-10 count as well: 12 h
    const noPause = evaluateCaseSla({ history, priority: "normal", channel: "email", kind: "question" }, { ...DEFAULT_SLA_POLICY, pauseWhileWaiting: false }, london, t("2024-03-08T00:00:00Z"))
    expect(noPause.resolution?.elapsedMs).toBe(12 * H)
  })

  it("an unanswered urgent case breaches on the wall clock", () => {
    const sla = evaluateCaseSla({ history: [{ at: t("2024-03-09T10:00:00Z"), status: "new" }], priority: "urgent", channel: "web", kind: "claim" }, DEFAULT_SLA_POLICY, london, t("2024-03-09T11:30:00Z"))
    expect(sla.firstResponse).toMatchObject({ state: "breached", elapsedMs: 90 * M })
    expect(sla.resolution).toMatchObject({ state: "ok", elapsedMs: 90 * M, dueAt: t("2024-03-09T18:00:00Z") })
  })
})

describe("agent workload", () => {
  const c = (assigneeId: string | null, status: any, priority: any, slaState: any, createdAt = 0, dueAt: number | null = null) => ({ assigneeId, status, priority, slaState, createdAt, dueAt })
  it("weights priorities, halves waiting cases, counts SLA pressure", () => {
    const w = summarizeWorkload(
      [
        c("ann", "open", "urgent", "breached", 5, 100),
        c("ann", "waiting_on_customer", "normal", "ok", 3, null),
        c("bob", "open", "high", "warning", 9, 50),
        c("bob", "resolved", "urgent", "met"),
        c(null, "new", "normal", "ok", 1, 70),
      ],
      ["ann", "bob", "cid"]
    )
    expect(w.map((x) => [x.agentId, x.load, x.active, x.breached, x.warning])).toEqual([
      ["ann", 4.5, 2, 1, 0],
      ["bob", 2, 1, 0, 1],
      [null, 1, 1, 0, 0],
      ["cid", 0, 0, 0, 0],
    ])
    expect(w[0]).toMatchObject({ oldestCreatedAt: 3, nextDueAt: 100, waitingOnCustomer: 1, byPriority: { low: 0, normal: 1, high: 0, urgent: 1 } })
    expect(suggestAssignee(w, ["ann", "bob", "cid"])).toBe("cid")
    expect(suggestAssignee(w, ["ann", "bob"])).toBe("bob")
    expect(suggestAssignee(w, [])).toBeNull()
    expect(worseSlaState("ok", "breached")).toBe("breached")
    expect(worseSlaState(null, "warning")).toBe("warning")
  })
})

describe("inbox order", () => {
  it("puts breached first, then warnings, then by due instant, priority and age", () => {
    const c = (id: string, slaState: any, dueAt: number | null, priority: any = "normal", createdAt = 0) => ({ id, slaState, dueAt, priority, createdAt })
    const list = [
      c("ok-late", "ok", 900),
      c("paused", "ok", null),
      c("warn", "warning", 500),
      c("breach-2", "breached", 300),
      c("ok-soon", "ok", 400, "low"),
      c("ok-soon-urgent", "ok", 400, "urgent"),
      c("breach-1", "breached", 100),
      c("none", null, null, "high"),
    ]
    expect(list.sort(compareInboxUrgency).map((x) => x.id)).toEqual(["breach-1", "breach-2", "warn", "ok-soon-urgent", "ok-soon", "ok-late", "paused", "none"])
  })
})

describe("SLA alerts and the next check", () => {
  const history: StatusChange[] = [{ at: t("2024-03-04T09:00:00Z"), status: "new" }]
  const facts = { history, priority: "high" as const, channel: "email" as const, kind: "question" as const }
  // high: first response 240 business minutes (due 13:00, warning 12:12), resolution 960 (2 business days)
  it("sends a warning once, then the breach, never a late warning", () => {
    const at = (iso: string) => evaluateCaseSla(facts, DEFAULT_SLA_POLICY, london, t(iso))
    expect(dueSlaAlerts(at("2024-03-04T11:00:00Z"), [])).toEqual([])
    expect(nextSlaCheckAt(at("2024-03-04T11:00:00Z"), t("2024-03-04T11:00:00Z"))).toBe(t("2024-03-04T12:12:00Z"))
    expect(dueSlaAlerts(at("2024-03-04T12:30:00Z"), [])).toEqual([{ metric: "first_response", type: "warning", at: t("2024-03-04T12:12:00Z") }])
    expect(dueSlaAlerts(at("2024-03-04T12:30:00Z"), [{ metric: "first_response", type: "warning" }])).toEqual([])
    expect(nextSlaCheckAt(at("2024-03-04T12:30:00Z"), t("2024-03-04T12:30:00Z"))).toBe(t("2024-03-04T13:00:00Z"))
    expect(dueSlaAlerts(at("2024-03-04T14:00:00Z"), [])).toEqual([{ metric: "first_response", type: "breach", at: t("2024-03-04T13:00:00Z") }])
    // first response breached: the next look is the resolution warning, 80 % of 16 h = 12 h 48 min → Tue 13:48
    expect(nextSlaCheckAt(at("2024-03-04T14:00:00Z"), t("2024-03-04T14:00:00Z"))).toBe(t("2024-03-05T13:48:00Z"))
  })
})
