import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parseMetricLine } from "../evaluate-output"
import { run } from "../promotions"
import { readIdFile } from "../read-ids"

const HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country"
// customers 1..4 treatment, 5..8 control; window 2011-09-01..2011-09-30
const LINES = [
  HEADER,
  "A1,10001,MUG,2,2011-08-10 10:00,5.00,1.0,UK", // pre: 1000
  "A2,10001,MUG,4,2011-09-05 10:00,5.00,1.0,UK", // window: 2000
  'A3,10002,"BOX, LARGE",1,2011-09-06 11:00,30.00,2.0,UK', // window: 3000
  "A4,10001,MUG,1,2011-09-07 11:00,5.00,3.0,UK", // window: 500
  "A4,10003,JAR,1,2011-09-07 11:00,5.00,3.0,UK", // same invoice: 500 more
  "C5,10001,MUG,-1,2011-09-08 11:00,5.00,3.0,UK", // cancellation: dropped
  "A6,POST,POSTAGE,1,2011-09-08 11:00,18.00,4.0,UK", // not a product: dropped
  "A7,10001,MUG,2,2011-09-09 12:00,5.00,5.0,UK", // control window: 1000
  "A8,10001,MUG,1,2011-07-01 12:00,5.00,6.0,UK", // control pre: 500
  "A9,10001,MUG,1,2011-10-01 12:00,5.00,7.0,UK", // after the window
  "broken,line",
].join("\n")

let dir: string
let out: string
let err: string
const spyOut = jest.spyOn(process.stdout, "write")
const spyErr = jest.spyOn(process.stderr, "write")

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "promotions-cli-"))
  writeFileSync(join(dir, "orders.csv"), LINES)
  writeFileSync(join(dir, "t.txt"), "CustomerID\n1.0\n2\n3\n4\n4\n")
  writeFileSync(join(dir, "c.txt"), "# control\n5\n6\n7\n8\n\n")
  writeFileSync(join(dir, "overlap.txt"), "1\n5\n")
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))
beforeEach(() => {
  out = ""
  err = ""
  spyOut.mockImplementation((s: string | Uint8Array) => ((out += String(s)), true))
  spyErr.mockImplementation((s: string | Uint8Array) => ((err += String(s)), true))
})
afterEach(() => {
  spyOut.mockReset()
  spyErr.mockReset()
})

const args = (extra: string[] = []) => [
  "evaluate",
  "--orders", join(dir, "orders.csv"),
  "--treatment", join(dir, "t.txt"),
  "--control", join(dir, "c.txt"),
  "--from", "2011-09-01",
  "--to", "2011-09-30",
  ...extra,
]

describe("promotions evaluate", () => {
  it("prints the metric lines with hand-checkable numbers", async () => {
    expect(await run(args())).toBe(0)
    const lines = out.split("\n").filter((l) => l.startsWith("metric="))
    expect(lines.map((l) => parseMetricLine(l).metric)).toEqual([
      "gmv_per_customer",
      "gmv_per_customer_welch",
      "orders_per_customer",
      "orders_per_customer_welch",
      "conversion_rate",
    ])
    const welch = parseMetricLine(lines[1])
    // treatment GMV £20, £30, £10, £0 → mean 15; control £10, 0, 0, 0 → mean 2.5
    expect(Number(welch.mean_treatment)).toBeCloseTo(15, 4)
    expect(Number(welch.mean_control)).toBeCloseTo(2.5, 4)
    expect(Number(welch.diff)).toBeCloseTo(12.5, 4)
    const conv = parseMetricLine(lines[4])
    expect(Number(conv.diff)).toBeCloseTo(0.75 - 0.25, 6)
    expect(conv.estimator).toBe("two_proportion")
    const cuped = parseMetricLine(lines[0])
    expect(cuped.estimator).toBe("cuped")
    expect(cuped.covariate).toBe("pre_period_gmv")
    for (const l of lines.map(parseMetricLine)) {
      expect(Number(l.ci_low)).toBeLessThanOrEqual(Number(l.diff))
      expect(Number(l.ci_high)).toBeGreaterThanOrEqual(Number(l.diff))
      expect(Number(l.p)).toBeGreaterThanOrEqual(0)
    }
    expect(out).toContain("1 malformed")
    expect(out).toContain("1 duplicate ids")
    expect(err).toContain("malformed line(s) skipped")
  })

  it("exits 2 on bad options and 1 on a missing file", async () => {
    expect(await run(args(["--alpha", "2"]))).toBe(2)
    expect(await run(["evaluate", "--orders", "x"])).toBe(2)
    expect(await run([...args().slice(0, -4), "--from", "2011-09-31", "--to", "2011-10-01"])).toBe(2)
    expect(await run([...args().slice(0, -4), "--from", "2011-09-10", "--to", "2011-09-01"])).toBe(2)
    expect(await run(args().map((a) => (a.endsWith("c.txt") ? join(dir, "overlap.txt") : a)))).toBe(2)
    expect(err).toContain("in both groups")
    expect(await run(args().map((a) => (a.endsWith("orders.csv") ? join(dir, "missing.csv") : a)))).toBe(1)
    expect(await run(["nope"])).toBe(2)
  })

  it("explains every line in --help", async () => {
    expect(await run(["evaluate", "--help"])).toBe(0)
    for (const m of ["gmv_per_customer_welch", "orders_per_customer", "conversion_rate", "CUPED", "p_holm", "prob_better"]) expect(out).toContain(m)
  })
})

describe("readIdFile", () => {
  it("skips headers, comments and duplicates; counts junk", async () => {
    writeFileSync(join(dir, "ids.txt"), "customer_id\n12.0\n# note\n13,extra\n12\nnot an id\n")
    const r = await readIdFile(join(dir, "ids.txt"))
    expect(r.ids).toEqual(["12", "13"])
    expect(r.duplicates).toBe(1)
    expect(r.malformed.map((m) => m.lineNo)).toEqual([6])
  })
})
