import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { gzipSync } from "node:zlib"
import { csvField } from "../risk-output"
import { run } from "../risk"

const dir = mkdtempSync(join(tmpdir(), "risk-cli-"))
const orders = join(dir, "orders.csv.gz")
const out = join(dir, "flags.csv")

// 70 days of an ordinary shop (weekday rhythm, two products), one day with a 20× sale, one huge line, one bad line
beforeAll(() => {
  const rows = ["InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country"]
  let inv = 500000
  for (let d = 0; d < 70; d++) {
    const date = new Date(Date.UTC(2011, 0, 3 + d)).toISOString().slice(0, 10)
    const lines = 4 + (d % 7) + (d === 60 ? 80 : 0)
    for (let k = 0; k < lines; k++) {
      rows.push(`${inv++},85123A,"WHITE HANGING HEART T-LIGHT HOLDER, LARGE",${6 + (k % 3) * 6},${date} 10:0${k % 10}:00,2.55,17850.0,United Kingdom`)
      rows.push(`${inv++},22423,REGENCY CAKESTAND 3 TIER,${3 + (k % 2) * 3},${date} 11:00:00,12.75,13047.0,France`)
    }
  }
  rows.push(`581483,23843,"PAPER CRAFT , LITTLE BIRDIE",80995,2011-03-10 09:15:00,2.08,16446.0,United Kingdom`)
  rows.push(`C581484,23843,"PAPER CRAFT , LITTLE BIRDIE",-80995,2011-03-10 09:27:00,2.08,16446.0,United Kingdom`)
  rows.push(`536999,22423,broken line,notanumber,2011-01-05 10:00:00,1.00,,United Kingdom`)
  writeFileSync(orders, gzipSync(rows.join("\n") + "\n"))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function capture() {
  let stdout = ""
  let stderr = ""
  const o = jest.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true))
  const e = jest.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true))
  return {
    get stdout() {
      return stdout
    },
    get stderr() {
      return stderr
    },
    restore() {
      o.mockRestore()
      e.mockRestore()
    },
  }
}

describe("risk CLI", () => {
  it("writes the outlier lines with their reasons", async () => {
    const io = capture()
    const code = await run(["lines", "--orders", orders, "--out", out]).finally(() => io.restore())
    expect(code).toBe(0)
    const csv = readFileSync(out, "utf8").trim().split("\n")
    expect(csv[0]).toBe("invoice,stock_code,quantity,unit_price,reason")
    expect(csv.slice(1).map((r) => r.split(",").slice(0, 4).join(","))).toEqual(["581483,23843,80995,2.08", "C581484,23843,-80995,2.08"])
    expect(csv[1]).toMatch(/,quantity 80995 is \d+× the usual \d+ of all lines/)
    expect(io.stdout).toMatch(/flagged 2 lines: 2 quantity outliers/)
    expect(io.stderr).toMatch(/1 malformed line\(s\) skipped[\s\S]*Quantity is not an integer/)
  })

  it("prints the anomalous days of GMV", async () => {
    const io = capture()
    const code = await run(["days", "--orders", orders]).finally(() => io.restore())
    expect(code).toBe(0)
    const rows = io.stdout.trim().split("\n")
    expect(rows[0]).toBe("date,observed,expected,score")
    const days = rows.slice(1).map((r) => r.split(","))
    // the 20× day (2011-03-04) and the day of the 80,995-unit line (2011-03-10) are both far above their baselines
    expect(days.map((d) => d[0])).toEqual(["2011-03-04", "2011-03-10"])
    for (const d of days) expect(Number(d[3])).toBeGreaterThan(4)
    expect(Number(days[1][1])).toBeGreaterThan(168000)
    expect(io.stderr).toMatch(/70 days from 2011-01-03 to 2011-03-13, 42 scored/)
  })

  it.each([
    [["lines", "--orders", "x.csv"], 2],
    [["days", "--orders", "x.csv", "--threshold", "abc"], 2],
    [["days", "--orders", "x.csv", "--direction", "sideways"], 2],
    [["nope"], 2],
    [[], 2],
    [["days", "--orders", "/no/such/file.csv"], 1],
    [["--help"], 0],
    [["lines", "--help"], 0],
  ])("%j exits %d", async (argv, expected) => {
    const io = capture()
    const code = await run(argv as string[]).finally(() => io.restore())
    expect(code).toBe(expected)
  })

  it("quotes CSV fields that need it", () => {
    expect(csvField("a, b")).toBe('"a, b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField("plain")).toBe("plain")
  })
})
