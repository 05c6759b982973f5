import { compileCalendar, validateCalendar } from "../business-calendar"
import { addBusinessMs, businessMsBetween, mergeSpans } from "../business-time"
import { dayNumber, localDay, parseIsoDate, wallTime, zonedInstant, zoneOffset } from "../zoned-time"

const H = 3_600_000
const M = 60_000
const t = (iso: string) => Date.parse(iso)

// Mon-Fri 09:00-17:00 in London; Christmas and Boxing Day closed, Christmas Eve until 13:00
const london = compileCalendar({
  timeZone: "Europe/London",
  weekly: Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [{ open: "09:00", close: "17:00" }]])),
  holidays: ["2024-12-25", { date: "2024-12-26", name: "Boxing Day" }, { date: "2024-12-24", hours: [{ open: "09:00", close: "13:00" }] }],
})
const allWeekLondon = compileCalendar({
  timeZone: "Europe/London",
  weekly: Object.fromEntries(["sun", "mon", "tue", "wed", "thu", "fri", "sat"].map((d) => [d, [{ open: "00:00", close: "24:00" }]])),
})
const newYorkSundays = compileCalendar({ timeZone: "America/New_York", weekly: { sun: [{ open: "00:00", close: "24:00" }] } })
// a split day with a lunch break, in a zone east of UTC
const berlin = compileCalendar({
  timeZone: "Europe/Berlin",
  weekly: Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [{ open: "08:00", close: "12:00" }, { open: "13:00", close: "17:00" }]])),
})

describe("zoned time through Intl", () => {
  it.each([
    // [zone, instant, expected offset in hours, local wall hour]
    ["Europe/London", "2024-01-15T12:00:00Z", 0, 12],
    ["Europe/London", "2024-07-15T12:00:00Z", 1, 13],
    ["America/New_York", "2024-01-15T12:00:00Z", -5, 7],
    ["America/New_York", "2024-07-15T12:00:00Z", -4, 8],
    ["Asia/Kolkata", "2024-07-15T12:00:00Z", 5.5, 17],
    ["Australia/Sydney", "2024-01-15T12:00:00Z", 11, 23],
  ])("%s at %s is UTC%+d", (zone, iso, hours, wallHour) => {
    expect(zoneOffset(zone, t(iso))).toBe(hours * H)
    expect(wallTime(zone, t(iso)).hour).toBe(wallHour)
  })

  it("turns local wall times into instants across DST, Temporal's 'compatible' way", () => {
    const d = (s: string) => parseIsoDate(s)
    // London springs forward at 01:00 UTC on 2024-03-31: 01:30 local does not exist and moves to 02:30 BST
    expect(zonedInstant("Europe/London", d("2024-03-31"), 90)).toBe(t("2024-03-31T01:30:00Z"))
    expect(zonedInstant("Europe/London", d("2024-03-31"), 9 * 60)).toBe(t("2024-03-31T08:00:00Z"))
    // London falls back at 01:00 UTC on 2024-10-27: 01:30 local happens twice, the first is 00:30 UTC
    expect(zonedInstant("Europe/London", d("2024-10-27"), 90)).toBe(t("2024-10-27T00:30:00Z"))
    // New York: 2024-03-10 02:30 does not exist (02:00 EST → 03:00 EDT) and becomes 03:30 EDT
    expect(zonedInstant("America/New_York", d("2024-03-10"), 150)).toBe(t("2024-03-10T07:30:00Z"))
    // midnight ending a day is the next day's midnight
    expect(zonedInstant("Europe/London", d("2024-07-01"), 1440)).toBe(t("2024-07-01T23:00:00Z"))
  })

  it("finds the local day of an instant", () => {
    expect(localDay("America/New_York", t("2024-07-02T03:00:00Z"))).toBe(dayNumber(2024, 7, 1))
    expect(localDay("Asia/Tokyo", t("2024-07-01T16:00:00Z"))).toBe(dayNumber(2024, 7, 2))
    expect(() => parseIsoDate("2024-02-30")).toThrow(RangeError)
  })
})

describe("calendar definitions", () => {
  it("names what is wrong", () => {
    expect(validateCalendar({ timeZone: "Europe/London", weekly: { mon: [{ open: "09:00", close: "17:00" }] } })).toEqual([])
    expect(validateCalendar({ timeZone: "Mars/Olympus", weekly: {} })).toEqual(['unknown time zone: "Mars/Olympus"'])
    expect(validateCalendar({ timeZone: "UTC", weekly: { mon: [{ open: "17:00", close: "09:00" }] } })).toEqual(["mon: opening 17:00 is not before closing 09:00"])
    expect(validateCalendar({ timeZone: "UTC", weekly: { mon: [{ open: "09:00", close: "13:00" }, { open: "12:00", close: "17:00" }] } })).toEqual(["mon: opening spans overlap"])
    expect(validateCalendar({ timeZone: "UTC", weekly: { mon: [{ open: "9:00", close: "17:00" }] } })[0]).toMatch(/^weekly\.mon\.0\.open/)
    expect(validateCalendar({ timeZone: "UTC", weekly: { funday: [] } })[0]).toMatch(/funday|Unrecognized/)
    expect(validateCalendar({ timeZone: "UTC", weekly: {}, holidays: ["2024-13-01"] })[0]).toMatch(/2024-13-01/)
  })

  it("knows when it is open", () => {
    expect(london.isOpenAt(t("2024-03-04T10:00:00Z"))).toBe(true) // Monday
    expect(london.isOpenAt(t("2024-03-09T10:00:00Z"))).toBe(false) // Saturday
    expect(london.isOpenAt(t("2024-07-01T08:30:00Z"))).toBe(true) // 09:30 BST
    expect(london.isOpenAt(t("2024-07-01T16:30:00Z"))).toBe(false) // 17:30 BST
    expect(london.isOpenAt(t("2024-12-25T10:00:00Z"))).toBe(false)
    expect(london.nextOpening(t("2024-03-08T18:00:00Z"))).toBe(t("2024-03-11T09:00:00Z"))
    expect(london.nextOpening(t("2024-12-24T13:30:00Z"))).toBe(t("2024-12-27T09:00:00Z"))
  })
})

describe("business time between two instants (hand-worked)", () => {
  it.each([
    ["same day", london, "2024-03-04T10:00:00Z", "2024-03-04T15:00:00Z", 5 * H],
    ["across a night: 16-17 + 09-10", london, "2024-03-04T16:00:00Z", "2024-03-05T10:00:00Z", 2 * H],
    ["across a weekend: Fri 16-17 + Mon 09-10", london, "2024-03-08T16:00:00Z", "2024-03-11T10:00:00Z", 2 * H],
    ["starting on a Saturday", london, "2024-03-09T12:00:00Z", "2024-03-11T09:30:00Z", 30 * M],
    ["a whole week is 5 x 8 h", london, "2024-03-04T00:00:00Z", "2024-03-11T00:00:00Z", 40 * H],
    ["Christmas Eve 09-13 only, 25th and 26th closed: 12-13 + 27th 09-10", london, "2024-12-24T12:00:00Z", "2024-12-27T10:00:00Z", 2 * H],
    // Fri 29 March 16:00 GMT → Mon 1 April 10:00 BST (09:00Z): 1 h + 1 h; reading 09-17 as UTC would give 1 h
    ["across the spring DST change", london, "2024-03-29T16:00:00Z", "2024-04-01T09:00:00Z", 2 * H],
    // Fri 25 Oct 16:00 BST (15:00Z) → Mon 28 Oct 10:00 GMT: 1 h + 1 h
    ["across the autumn DST change", london, "2024-10-25T15:00:00Z", "2024-10-28T10:00:00Z", 2 * H],
    // Sat 12:00 GMT → Sun 12:00 BST is one wall-clock day but 23 real hours
    ["a 24/7 calendar over the short night", allWeekLondon, "2024-03-30T12:00:00Z", "2024-03-31T11:00:00Z", 23 * H],
    // the New York Sunday of 3 Nov 2024 lasts 25 hours (01:00-02:00 happens twice)
    ["a 25-hour Sunday in New York", newYorkSundays, "2024-11-02T00:00:00Z", "2024-11-05T00:00:00Z", 25 * H],
    ["lunch break excluded (Berlin, CET)", berlin, "2024-01-15T10:00:00Z", "2024-01-15T14:00:00Z", 3 * H],
    ["empty range", london, "2024-03-04T15:00:00Z", "2024-03-04T10:00:00Z", 0],
  ])("%s", (_label, cal, from, to, expected) => {
    expect(businessMsBetween(cal, t(from), t(to))).toBe(expected)
  })

  it("subtracts pauses (waiting on the customer)", () => {
    // Mon 10:00 → Tue 12:00 with a pause Mon 14:00 → Tue 10:00: Mon 10-14 (4 h) + Tue 10-12 (2 h)
    const pauses = [{ from: t("2024-03-04T14:00:00Z"), to: t("2024-03-05T10:00:00Z") }]
    expect(businessMsBetween(london, t("2024-03-04T10:00:00Z"), t("2024-03-05T12:00:00Z"))).toBe(10 * H)
    expect(businessMsBetween(london, t("2024-03-04T10:00:00Z"), t("2024-03-05T12:00:00Z"), pauses)).toBe(6 * H)
    // overlapping pauses count once; wall clock: 26 h minus the 20 h pause
    const twice = [...pauses, { from: t("2024-03-04T15:00:00Z"), to: t("2024-03-04T16:00:00Z") }]
    expect(businessMsBetween(null, t("2024-03-04T10:00:00Z"), t("2024-03-05T12:00:00Z"), twice)).toBe(6 * H)
    expect(mergeSpans([{ from: 5, to: 9 }, { from: 1, to: 3 }, { from: 2, to: 6 }, { from: 10, to: 10 }])).toEqual([{ from: 1, to: 9 }])
  })
})

describe("due instants (hand-worked)", () => {
  it.each([
    // Fri 15:00 + 8 business hours: Fri 15-17 (2 h) + Mon 09-15 (6 h)
    ["over a weekend", london, "2024-03-08T15:00:00Z", 8 * H, "2024-03-11T15:00:00Z"],
    // the same over the DST weekend: Monday 15:00 BST is 14:00Z
    ["over the spring DST weekend", london, "2024-03-29T15:00:00Z", 8 * H, "2024-04-01T14:00:00Z"],
    // Fri 25 Oct 16:00 BST + 2 h: 16-17 BST, then Monday 09:00-10:00 GMT (clocks went back on Sunday)
    ["over the autumn DST weekend", london, "2024-10-25T15:00:00Z", 2 * H, "2024-10-28T10:00:00Z"],
    // 80 % of 8 h = 6 h 24 min: Fri 2 h + Mon 09:00-13:24 BST
    ["a warning at 80 %", london, "2024-03-29T15:00:00Z", 6.4 * H, "2024-04-01T12:24:00Z"],
    // starting on Christmas Eve at 12:00: 1 h that day, closed 25-26, then 3 h on the 27th
    ["over Christmas", london, "2024-12-24T12:00:00Z", 4 * H, "2024-12-27T12:00:00Z"],
    ["before opening starts at opening", london, "2024-03-04T07:00:00Z", 30 * M, "2024-03-04T09:30:00Z"],
    ["ending exactly at closing", london, "2024-03-04T16:00:00Z", 1 * H, "2024-03-04T17:00:00Z"],
    ["over the lunch break", berlin, "2024-01-15T10:30:00Z", 1 * H, "2024-01-15T12:30:00Z"],
    ["a wall-clock target", null, "2024-03-30T12:00:00Z", 24 * H, "2024-03-31T12:00:00Z"],
  ])("%s", (_label, cal, from, ms, expected) => {
    expect(addBusinessMs(cal, t(from), ms)).toBe(t(expected))
  })

  it("is the inverse of the elapsed time", () => {
    const from = t("2024-03-27T11:17:00Z")
    for (const ms of [1, 45 * M, 7 * H, 13 * H + 5 * M, 100 * H]) {
      const due = addBusinessMs(london, from, ms) as number
      expect(businessMsBetween(london, from, due)).toBe(ms)
    }
  })

  it("skips pauses and stops at an open-ended pause", () => {
    // Mon 10:00 + 6 h with a pause Mon 14:00 → Tue 10:00: due Tue 12:00 (as in the elapsed example)
    const pauses = [{ from: t("2024-03-04T14:00:00Z"), to: t("2024-03-05T10:00:00Z") }]
    expect(addBusinessMs(london, t("2024-03-04T10:00:00Z"), 6 * H, pauses)).toBe(t("2024-03-05T12:00:00Z"))
    // still waiting on the customer since Mon 14:00: 4 h reached before it, 6 h never known
    const open = [{ from: t("2024-03-04T14:00:00Z"), to: Infinity }]
    expect(addBusinessMs(london, t("2024-03-04T10:00:00Z"), 4 * H, open)).toBe(t("2024-03-04T14:00:00Z"))
    expect(addBusinessMs(london, t("2024-03-04T10:00:00Z"), 6 * H, open)).toBeNull()
    expect(addBusinessMs(null, t("2024-03-04T10:00:00Z"), 6 * H, open)).toBeNull()
    expect(addBusinessMs(compileCalendar({ timeZone: "UTC", weekly: {} }), 0, H)).toBeNull()
  })
})
