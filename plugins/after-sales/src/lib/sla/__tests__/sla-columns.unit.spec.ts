import { compileCalendar } from "../business-calendar"
import { StatusChange } from "../case-sla"
import { evaluateSlaColumns } from "../sla-columns"
import { DEFAULT_SLA_POLICY } from "../sla-policy"

const t = (iso: string) => Date.parse(iso)
const london = compileCalendar({
  timeZone: "Europe/London",
  weekly: Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [{ open: "09:00", close: "17:00" }]])),
})
// a normal-priority web case opened Monday 4 March 2024 09:00 GMT: first response within 8 business hours
// (due Mon 17:00, warning at 80 % = 15:24), resolution within 24 business hours (due Wed 17:00)
const facts = { priority: "normal" as const, channel: "web" as const, kind: "question" as const }
const opened: StatusChange[] = [{ at: t("2024-03-04T09:00:00Z"), status: "new" }]
const cols = (history: StatusChange[], now: string) => evaluateSlaColumns({ ...facts, history }, DEFAULT_SLA_POLICY, london, t(now)).columns

describe("SLA columns of a case row", () => {
  it.each([
    ["fresh: both clocks run, first response due first", opened, "2024-03-04T10:00:00Z", { slaState: "ok", slaRank: 2, slaDueAt: t("2024-03-04T17:00:00Z"), nextCheckAt: t("2024-03-04T15:24:00Z") }],
    ["past 80 % of the first response", opened, "2024-03-04T16:00:00Z", { slaState: "warning", slaRank: 1, slaDueAt: t("2024-03-04T17:00:00Z"), nextCheckAt: t("2024-03-04T17:00:00Z") }],
    ["first response breached", opened, "2024-03-05T10:00:00Z", { slaState: "breached", slaRank: 0, firstResponseState: "breached" }],
    [
      "answered in time, waiting on the customer: paused, no due instant",
      [...opened, { at: t("2024-03-04T11:00:00Z"), status: "waiting_on_customer" }],
      "2024-03-06T10:00:00Z",
      { slaState: "paused", slaRank: 2, slaDueAt: null, firstResponseState: "met", resolutionState: "ok", nextCheckAt: null },
    ],
    [
      "resolved: only verdicts, nothing to check",
      [...opened, { at: t("2024-03-04T11:00:00Z"), status: "open" }, { at: t("2024-03-04T12:00:00Z"), status: "resolved" }],
      "2024-03-06T10:00:00Z",
      { slaState: "met", slaRank: 3, slaDueAt: null, nextCheckAt: null, resolutionState: "met" },
    ],
  ] as const)("%s", (_label, history, now, expected) => {
    expect(cols([...history], now)).toMatchObject(expected)
  })
})
