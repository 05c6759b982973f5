// Small hand-checkable instances shared by the unit tests.
import type { VrpInstance } from "../types"

/**
 * Four customers on a line at x = 1, 2, 3, 4 (depot at 0), unit demands, wide windows, no service time.
 * Capacity 2, so two vehicles; the optimum is {1,2} and {3,4}: 2*2 + 2*4 = 12.
 */
export function line4(): VrpInstance {
  return {
    name: "line4",
    depot: { x: 0, y: 0, ready: 0, due: 100 },
    customers: [1, 2, 3, 4].map((x) => ({ id: x, x, y: 0, demand: 1, ready: 0, due: 100, service: 0 })),
    vehicles: { count: 4, capacity: 2 },
  }
}

/** A 3-4-5 triangle: depot (0,0), A (3,0), B (3,4). Used for hand-worked time windows. */
export function triangle(opts: { dueA?: number; dueB?: number; readyB?: number; service?: number; depotDue?: number; capacity?: number } = {}): VrpInstance {
  return {
    name: "triangle",
    depot: { x: 0, y: 0, ready: 0, due: opts.depotDue ?? 100 },
    customers: [
      { id: "A", x: 3, y: 0, demand: 3, ready: 0, due: opts.dueA ?? 100, service: opts.service ?? 0 },
      { id: "B", x: 3, y: 4, demand: 4, ready: opts.readyB ?? 0, due: opts.dueB ?? 100, service: opts.service ?? 0 },
    ],
    vehicles: { count: 2, capacity: opts.capacity ?? 10 },
  }
}

/** Deterministic pseudo-random instance of n customers on a 100 x 100 square (for brute-force optimality checks). */
export function randomInstance(n: number, seed: number, capacity: number, horizon = 400): VrpInstance {
  let s = seed >>> 0
  const rnd = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 4294967296
  }
  const customers = Array.from({ length: n }, (_, k) => {
    const x = Math.round(rnd() * 100)
    const y = Math.round(rnd() * 100)
    const ready = Math.round(rnd() * horizon * 0.6)
    return { id: k + 1, x, y, demand: 1 + Math.floor(rnd() * 10), ready, due: ready + 60 + Math.round(rnd() * 120), service: 10 }
  })
  return { name: `rand${n}-${seed}`, depot: { x: 50, y: 50, ready: 0, due: horizon }, customers, vehicles: { count: n, capacity } }
}
