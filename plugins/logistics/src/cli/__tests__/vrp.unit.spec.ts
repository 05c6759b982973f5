import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { run } from "../vrp"

// Five customers on a line (x = 1..5), capacity 20, demands 10: three vehicles are needed, and a route costs twice
// its farthest customer, so the optimum pairs 5 with 4 and 3 with 2: {4,5} 10 + {2,3} 6 + {1} 2 = 18.
const TEXT = `LINE5

VEHICLE
NUMBER     CAPACITY
  5         20

CUSTOMER
CUST NO.   XCOORD.   YCOORD.    DEMAND   READY TIME   DUE DATE   SERVICE TIME

    0          0       0           0       0        1000          0
    1          1       0          10       0        1000          1
    2          2       0          10       0        1000          1
    3          3       0          10       0        1000          1
    4          4       0          10       0        1000          1
    5          5       0          10       0        1000          1
    oops
`

function capture(): { out: string[]; err: string[]; restore: () => void } {
  const out: string[] = []
  const err: string[] = []
  const o = jest.spyOn(process.stdout, "write").mockImplementation((s) => (out.push(String(s)), true))
  const e = jest.spyOn(process.stderr, "write").mockImplementation((s) => (err.push(String(s)), true))
  return { out, err, restore: () => (o.mockRestore(), e.mockRestore()) }
}

describe("vrp CLI", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "vrp-cli-"))
  const file = path.join(dir, "line5.txt")
  writeFileSync(file, TEXT)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test("prints vehicles, distance with 2 decimals and one line per route by Solomon number", async () => {
    const io = capture()
    const code = await run(["--instance", file, "--seconds", "2", "--seed", "2"])
    io.restore()
    expect(code).toBe(0)
    const lines = io.out.join("").trim().split("\n")
    expect(lines[0]).toBe("vehicles=3 distance=18.00")
    expect(lines.slice(1).map((l) => l.replace(/^Route #\d+: /, "").split(" ").map(Number).sort().join(",")).sort()).toEqual(["1", "2,3", "4,5"])
    lines.slice(1).forEach((l, k) => expect(l.startsWith(`Route #${k + 1}: `)).toBe(true))
    expect(io.err.join("")).toMatch(/skipped 1 malformed line/)
  })

  test.each([
    [["--instance", "/nonexistent/file.txt"]],
    [["--seconds", "1"]],
    [["--instance", "x", "--seconds", "-1"]],
    [["--instance", "x", "--seed", "1.5"]],
  ])("bad options exit with code 2: %j", async (argv) => {
    const io = capture()
    const code = await run(argv)
    io.restore()
    expect(code).toBe(2)
  })

  test("--help explains the objective and exits 0", async () => {
    const io = capture()
    const code = await run(["--help"])
    io.restore()
    expect(code).toBe(0)
    const text = io.out.join("")
    expect(text).toMatch(/fewest vehicles/)
    expect(text).toMatch(/exact Euclidean/)
  })
})
