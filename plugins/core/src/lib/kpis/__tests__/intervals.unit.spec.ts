import { bucketKey, bucketKeys, bucketStart, fillBuckets, monthKey, sumByBucket } from "../intervals"

const t = (iso: string) => Date.parse(iso)

describe("bucketKey", () => {
  it.each([
    ["2011-03-09T23:59:59Z", "day", "2011-03-09"],
    ["2011-03-09T00:00:00Z", "day", "2011-03-09"],
    // 2011-03-09 is a Wednesday: its ISO week starts on Monday 2011-03-07
    ["2011-03-09T12:00:00Z", "week", "2011-03-07"],
    ["2011-03-07T00:00:00Z", "week", "2011-03-07"],
    // a Sunday belongs to the week that started six days earlier
    ["2011-03-13T23:00:00Z", "week", "2011-03-07"],
    // weeks cross month and year boundaries: Sunday 2012-01-01 is in the week of Monday 2011-12-26
    ["2012-01-01T10:00:00Z", "week", "2011-12-26"],
    ["2011-03-31T23:59:59Z", "month", "2011-03-01"],
    ["2011-12-09T12:50:00Z", "month", "2011-12-01"],
    ["1969-12-31T12:00:00Z", "day", "1969-12-31"],
  ] as const)("%s by %s is %s", (iso, interval, key) => {
    expect(bucketKey(t(iso), interval)).toBe(key)
  })

  it("works in UTC regardless of an offset in the input", () => {
    // 01:30 in UTC+02:00 is 23:30 UTC of the previous day
    expect(bucketKey(t("2011-03-10T01:30:00+02:00"), "day")).toBe("2011-03-09")
  })

  it("rejects a time that is not a number", () => {
    expect(() => bucketStart(NaN, "day")).toThrow(RangeError)
  })

  it("labels months as YYYY-MM", () => {
    expect(monthKey(t("2010-12-01T08:26:00Z"))).toBe("2010-12")
  })
})

describe("bucketKeys", () => {
  it("lists every day of a half-open range", () => {
    expect(bucketKeys(t("2011-02-27T00:00:00Z"), t("2011-03-02T00:00:00Z"), "day")).toEqual([
      "2011-02-27",
      "2011-02-28",
      "2011-03-01",
    ])
  })

  it("includes the partial first and last buckets", () => {
    expect(bucketKeys(t("2011-03-09T10:00:00Z"), t("2011-03-21T00:00:01Z"), "week")).toEqual([
      "2011-03-07",
      "2011-03-14",
      "2011-03-21",
    ])
    expect(bucketKeys(t("2010-12-15T00:00:00Z"), t("2011-02-01T00:00:00Z"), "month")).toEqual([
      "2010-12-01",
      "2011-01-01",
    ])
  })

  it("gives nothing for an empty or inverted range", () => {
    expect(bucketKeys(t("2011-03-01T00:00:00Z"), t("2011-03-01T00:00:00Z"), "day")).toEqual([])
    expect(bucketKeys(t("2011-03-02T00:00:00Z"), t("2011-03-01T00:00:00Z"), "month")).toEqual([])
  })

  it("refuses an absurd number of buckets", () => {
    expect(() => bucketKeys(0, t("2100-01-01T00:00:00Z"), "day")).toThrow(/buckets/)
  })
})

describe("fillBuckets and sumByBucket", () => {
  it("shows empty buckets as zeros and drops unlisted keys", () => {
    const values = new Map([
      ["2011-01-01", 5],
      ["2011-03-01", 7],
      ["2011-09-01", 100],
    ])
    expect(fillBuckets(["2011-01-01", "2011-02-01", "2011-03-01"], values, () => 0)).toEqual([
      { key: "2011-01-01", value: 5 },
      { key: "2011-02-01", value: 0 },
      { key: "2011-03-01", value: 7 },
    ])
  })

  it("sums points per week over the range only", () => {
    const points = [
      { time: t("2011-03-07T09:00:00Z"), value: 2 },
      { time: t("2011-03-13T23:59:59Z"), value: 3 },
      { time: t("2011-03-22T00:00:00Z"), value: 4 },
      { time: t("2011-03-28T00:00:00Z"), value: 50 }, // at `to`: excluded
      { time: t("2011-03-06T23:59:59Z"), value: 60 }, // before `from`: excluded
    ]
    const range = { from: t("2011-03-07T00:00:00Z"), to: t("2011-03-28T00:00:00Z") }
    expect(sumByBucket(points, range, "week")).toEqual([
      { key: "2011-03-07", value: 5 },
      { key: "2011-03-14", value: 0 },
      { key: "2011-03-21", value: 4 },
    ])
  })
})
