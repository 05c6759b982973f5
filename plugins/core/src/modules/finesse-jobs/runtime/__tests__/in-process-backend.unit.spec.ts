import type { JobDefinition } from "../../../../job-runtime/types"
import { InProcessBackend } from "../in-process-backend"
import type { BackendHooks, Outcome } from "../types"

const def = (over: Partial<JobDefinition> = {}) =>
  ({ kind: "t.job", queue: "finesse-t", attempts: 3, backoffMs: 100, concurrency: 2, payload: {} as never, enqueue: jest.fn(), ...over }) as JobDefinition

const item = (id: string, over = {}) => ({ id, kind: "t.job", queue: "finesse-t", attempts: 3, backoffMs: 100, attempt: 1, ...over })

describe("InProcessBackend", () => {
  beforeEach(() => jest.useFakeTimers({ now: Date.parse("2026-01-01T00:00:30Z") }))
  afterEach(() => jest.useRealTimers())

  const hooks = (execute: BackendHooks["execute"]): BackendHooks => ({ execute, onCron: jest.fn(async () => undefined), onLost: jest.fn() })

  it("runs at most `concurrency` jobs of a queue at once", async () => {
    let running = 0
    let peak = 0
    const release: (() => void)[] = []
    const backend = new InProcessBackend(true)
    await backend.start([def({ concurrency: 2 })], hooks(async () => {
      running++
      peak = Math.max(peak, running)
      await new Promise<void>((r) => release.push(r))
      running--
      return { status: "completed" }
    }))
    await backend.dispatch(["a", "b", "c", "d"].map((id) => item(id)))
    expect(running).toBe(2)
    expect(await backend.has("d", "finesse-t")).toBe(true)
    while (release.length) {
      release.shift()!()
      await jest.advanceTimersByTimeAsync(0)
    }
    expect(peak).toBe(2)
    expect(await backend.has("d", "finesse-t")).toBe(false)
  })

  it("retries with exponential backoff and stops after the last attempt", async () => {
    const attempts: [number, boolean, number][] = []
    const backend = new InProcessBackend(true)
    await backend.start([def()], hooks(async (_id, _kind, attempt, last): Promise<Outcome> => {
      attempts.push([attempt, last, Date.now()])
      return { status: "retry", error: "boom" }
    }))
    const t0 = Date.now()
    await backend.dispatch([item("r")])
    await jest.advanceTimersByTimeAsync(99)
    expect(attempts).toHaveLength(1)
    await jest.advanceTimersByTimeAsync(1) // 100 ms: attempt 2
    await jest.advanceTimersByTimeAsync(200) // then 200 ms: attempt 3, the last
    await jest.advanceTimersByTimeAsync(10_000)
    expect(attempts.map(([a, l, t]) => [a, l, t - t0])).toEqual([
      [1, false, 0],
      [2, false, 100],
      [3, true, 300],
    ])
  })

  it("fires a cron slot at its due minute and arms the next", async () => {
    const backend = new InProcessBackend(true)
    const h = hooks(async () => ({ status: "completed" }))
    await backend.start([def({ schedule: { cron: "* * * * *", payload: {} } })], h)
    await jest.advanceTimersByTimeAsync(29_000)
    expect(h.onCron).not.toHaveBeenCalled()
    await jest.advanceTimersByTimeAsync(1_000)
    expect(h.onCron).toHaveBeenCalledWith("t.job", Date.parse("2026-01-01T00:01:00Z"))
    await jest.advanceTimersByTimeAsync(60_000)
    expect(h.onCron).toHaveBeenLastCalledWith("t.job", Date.parse("2026-01-01T00:02:00Z"))
    await backend.stop()
  })

  it("only records, never runs, in a server-mode process", async () => {
    const execute = jest.fn()
    const backend = new InProcessBackend(false)
    await backend.start([def({ schedule: { cron: "* * * * *", payload: {} } })], hooks(execute))
    await backend.dispatch([item("s")])
    await jest.advanceTimersByTimeAsync(120_000)
    expect(execute).not.toHaveBeenCalled()
  })
})
