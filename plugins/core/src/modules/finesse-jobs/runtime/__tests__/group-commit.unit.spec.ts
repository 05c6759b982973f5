import { GroupCommit } from "../group-commit"

describe("GroupCommit", () => {
  it("writes items that arrive together in one call and resolves each with its own result", async () => {
    const calls: number[][] = []
    const gc = new GroupCommit<number, number>(async (items) => {
      calls.push(items)
      return items.map((i) => i * 10)
    })
    const results = await Promise.all([1, 2, 3].map((i) => gc.add(i)))
    expect(results).toEqual([10, 20, 30])
    expect(calls).toEqual([[1, 2, 3]])
  })

  it("batches what arrives during a slow write into the next write, up to the batch size", async () => {
    const calls: number[][] = []
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const gc = new GroupCommit<number, number>(async (items) => {
      calls.push(items)
      if (calls.length === 1) await gate
      return items
    }, 2)
    const first = gc.add(1)
    await new Promise((r) => setImmediate(r))
    const later = [2, 3, 4].map((i) => gc.add(i))
    release()
    await Promise.all([first, ...later])
    expect(calls).toEqual([[1], [2, 3], [4]])
  })

  it("rejects every item of a failed write and keeps working", async () => {
    let fail = true
    const gc = new GroupCommit<number, number>(async (items) => {
      if (fail) throw new Error("db down")
      return items
    })
    await expect(Promise.all([gc.add(1), gc.add(2)])).rejects.toThrow("db down")
    fail = false
    await expect(gc.add(3)).resolves.toBe(3)
  })
})
