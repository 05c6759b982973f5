import { retentionCohorts } from "../retention-cohorts"

const t = (iso: string) => Date.parse(iso)

describe("retentionCohorts", () => {
  // January cohort: a, b, c; February: d; March: nobody new; April: e.
  const customers = [
    [t("2011-01-05T10:00:00Z"), t("2011-02-10T10:00:00Z"), t("2011-02-20T10:00:00Z"), t("2011-04-01T00:00:00Z")], // a
    [t("2011-01-31T23:59:59Z"), t("2011-03-01T00:00:00Z")], // b
    [t("2011-01-15T00:00:00Z")], // c
    [t("2011-03-02T00:00:00Z"), t("2011-02-28T12:00:00Z")], // d (times unsorted)
    [t("2011-04-30T00:00:00Z")], // e
    [], // a customer without orders is no cohort member
  ]

  it("builds the matrix by first-order month", () => {
    const rows = retentionCohorts(customers)
    expect(rows.map((r) => [r.cohort, r.size, r.active])).toEqual([
      ["2011-01", 3, [3, 1, 1, 1]], // Feb: a; Mar: b; Apr: a
      ["2011-02", 1, [1, 1, 0]], // Mar: d
      ["2011-03", 0, [0, 0]],
      ["2011-04", 1, [1]],
    ])
    expect(rows[0].shares).toEqual([1, 1 / 3, 1 / 3, 1 / 3])
    expect(rows[2].shares).toEqual([null, null])
  })

  it("counts a customer once per month however many orders", () => {
    const rows = retentionCohorts([[t("2011-05-01T00:00:00Z"), t("2011-05-02T00:00:00Z"), t("2011-05-03T00:00:00Z")]])
    expect(rows).toEqual([{ cohort: "2011-05", size: 1, active: [1], shares: [1] }])
  })

  it("stops at `until` and pads to it", () => {
    const rows = retentionCohorts(customers, { until: t("2011-02-15T00:00:00Z") })
    expect(rows.map((r) => [r.cohort, r.size, r.active])).toEqual([
      ["2011-01", 3, [3, 1]],
      ["2011-02", 1, [1]],
    ])
    const padded = retentionCohorts([[t("2011-01-10T00:00:00Z")]], { until: t("2011-03-10T00:00:00Z") })
    expect(padded[0].active).toEqual([1, 0, 0])
  })

  it("is empty without orders", () => {
    expect(retentionCohorts([])).toEqual([])
    expect(retentionCohorts([[], [NaN]])).toEqual([])
  })
})
