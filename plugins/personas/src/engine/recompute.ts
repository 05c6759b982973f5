import fs from "node:fs"
import path from "node:path"
import { Worker } from "node:worker_threads"
import type { MedusaContainer } from "@medusajs/framework/types"
import { storeCards } from "../lib/cluster/match-cards"
import { DAY_MS } from "../lib/orders/order-table"
import type { TraitDefinition } from "../lib/traits/trait-definition"
import { FINESSE_PERSONAS_MODULE } from "../modules/finesse-personas"
import type FinessePersonasModuleService from "../modules/finesse-personas/service"
import { FINESSE_DATA_MODULE, type FactsReadApi } from "../facts/read-api"
import { readStoreFacts, traitNeeds } from "../facts/read-facts"
import { computeRun, type ComputeInput, type ComputeOutput } from "./compute-run"

export type RecomputeReport = (percent: number, message: string) => Promise<void>

export type RecomputeResult = {
  version: number | null
  customers: number
  orders: number
  profiles_written: number
  k: number | null
  silhouette: number | null
  cards: { id: string; name: string; size: number }[]
  retired: { deleted: number; emptied: number } | null
  seconds: Record<string, number>
  skipped?: string
}

/**
 * Runs the CPU part in a worker thread (the in-process job backend shares the server's event loop; a 100,000
 * customer fit would stall HTTP for many seconds). The typed arrays of the order table are transferred, not copied.
 * FINESSE_PERSONAS_INLINE=1 (or a missing compiled worker, e.g. under ts-node) runs it on this thread.
 */
async function compute(
  input: ComputeInput,
  report: (p: number, m: string) => void,
  onChunk: (json: string) => void
): Promise<ComputeOutput> {
  const file = path.join(__dirname, "recompute-worker.js")
  if (process.env.FINESSE_PERSONAS_INLINE === "1" || !fs.existsSync(file)) return computeRun(input, report, onChunk)
  const t = input.table
  const transferList = [t.offsets, t.time, t.netMinor, t.itemCount, t.discountMinor, t.productOffsets, t.productIndex, t.categoryOffsets, t.categoryIndex].map(
    (a) => a.buffer as ArrayBuffer
  )
  return new Promise<ComputeOutput>((resolve, reject) => {
    const worker = new Worker(file, { workerData: input, transferList })
    // cloned into the worker: this thread's copies can go (views can be hundreds of thousands of objects)
    input.views = new Map()
    input.records = new Map()
    let settled = false
    worker.on("message", (m: { type: string; percent?: number; message?: string; json?: string; out?: ComputeOutput; name?: string; stack?: string }) => {
      if (m.type === "progress") report(m.percent!, m.message!)
      else if (m.type === "chunk") onChunk(m.json!)
      else if (m.type === "done") ((settled = true), resolve(m.out!))
      else if (m.type === "error") {
        settled = true
        const e = new Error(m.message)
        e.name = m.name ?? "Error"
        e.stack = m.stack
        reject(e)
      }
    })
    worker.on("error", (e) => !settled && ((settled = true), reject(e)))
    worker.on("exit", (code) => !settled && ((settled = true), reject(new Error(`recompute worker exited with code ${code}`))))
  })
}

/**
 * Writes serialised profile chunks as they arrive, two statements in flight (Postgres works on one while the
 * next is sent); `drain` waits for all of them and rethrows the first error.
 */
function chunkWriter(write: (json: string) => Promise<void>, onWritten: (n: number) => Promise<void>) {
  const queue: string[] = []
  let running = 0
  let written = 0
  let error: unknown = null
  let idle: (() => void) | null = null
  const pump = () => {
    while (running < 2 && queue.length && !error) {
      const json = queue.shift()!
      running++
      write(json)
        .then(() => onWritten(++written))
        .catch((e) => (error ??= e))
        .finally(() => {
          running--
          pump()
          if (!running && (!queue.length || error)) idle?.()
        })
    }
  }
  return {
    push(json: string) {
      queue.push(json)
      pump()
    },
    async drain() {
      if (running || (queue.length && !error)) await new Promise<void>((r) => (idle = r))
      if (error) throw error
      return written
    },
  }
}

/**
 * The full recompute: read every order fact (with lines) and recent views through core's read API, fit the models
 * and clusters (cards matched to the previous run's), evaluate computed traits, and write profiles, cards and the
 * stored models. Writes are idempotent upserts keyed by customer and card id, so a retried job converges.
 */
export async function recomputePersonasForStore(
  container: MedusaContainer,
  opts: { jobId?: string | null; report?: RecomputeReport; signal?: AbortSignal; now?: Date; pageSize?: number }
): Promise<RecomputeResult> {
  const personas = container.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE)
  const data = container.resolve<FactsReadApi & { countOrdersForFacts?: () => Promise<number> }>(FINESSE_DATA_MODULE)
  const options = personas.options()
  const report = opts.report ?? (async () => undefined)
  const seconds: Record<string, number> = {}
  let mark = performance.now()
  let cpuMark = process.cpuUsage()
  // wall and CPU seconds per stage (CPU of the whole process, the worker thread included): on a shared machine the
  // wall clock says little without the CPU it took
  const lap = (name: string) => {
    const now = performance.now()
    const cpu = process.cpuUsage(cpuMark)
    seconds[name] = Math.round(now - mark) / 1000
    seconds[`${name}_cpu`] = Math.round((cpu.user + cpu.system) / 1000) / 1000
    mark = now
    cpuMark = process.cpuUsage()
  }
  const startedAt = opts.now ?? new Date()
  const asOf = startedAt.getTime()
  const traitRows = await personas.listFinessePersonaTraits({}, { take: null as unknown as number })
  const traits = traitRows.map((t) => t.definition as unknown as TraitDefinition)
  const expected = (await data.countOrdersForFacts?.().catch(() => 0)) ?? 0

  await report(1, "reading order facts")
  const facts = await readStoreFacts(data, {
    asOf: startedAt,
    viewSince: new Date(asOf - (options.viewWindowDays ?? 180) * DAY_MS),
    traits: traitNeeds(traits, asOf),
    pageSize: opts.pageSize,
    onProgress: (n) => report(Math.min(35, 1 + (34 * n) / Math.max(n, expected, 1)), `read ${n} orders`),
  })
  lap("read")
  opts.signal?.throwIfAborted()
  const empty = (skipped: string): RecomputeResult => ({
    version: null,
    customers: 0,
    orders: facts.orders,
    profiles_written: 0,
    k: null,
    silhouette: null,
    cards: [],
    retired: null,
    seconds,
    skipped,
  })
  if (facts.table.customerIds.length === 0) return empty("no orders with a customer yet")

  const version = await personas.nextModelVersion()
  const previous = await personas.previousCards()
  await report(36, `fitting models on ${facts.table.customerIds.length} customers`)
  let pending: Promise<void> = Promise.resolve()
  const input: ComputeInput = {
    table: facts.table,
    views: facts.views,
    records: facts.records,
    traits,
    asOf,
    version,
    previousCards: previous,
    utcOffsetMinutes: options.utcOffsetMinutes,
    cluster: options.clusters,
    trainingRows: options.trainingRows ?? 50_000,
    cardMinShare: options.cardMinShare ?? 0.03,
  }
  // `input` holds the only references from here on; compute() drops them once the worker has its copies
  facts.views = new Map()
  facts.records = new Map()
  // profiles are written while the worker serialises the rest (progress follows the computation meanwhile)
  const writer = chunkWriter(
    (json) => personas.upsertProfileJson(json),
    async () => undefined
  )
  const out = await compute(
    input,
    (p, m) => {
      pending = pending.then(() => report(36 + p * 0.5, m)).catch(() => undefined)
    },
    (json) => writer.push(json)
  )
  await pending
  Object.assign(seconds, Object.fromEntries(Object.entries(out.stages).map(([k, v]) => [`compute_${k}`, v])))
  lap("compute")
  await report(87, `writing ${out.rows} profiles`)
  for (const json of out.chunks) writer.push(json)
  await writer.drain()
  await report(95, `wrote ${out.rows} profiles`)
  opts.signal?.throwIfAborted()
  const total = out.rows
  lap("write_profiles")
  const retired = await personas.retireUnscoredProfiles(version, startedAt)
  await personas.saveCards(out.cards, version)
  const cluster = out.models.cluster
  await personas.insertModel({
    version,
    as_of: startedAt,
    currency_code: facts.currency,
    customers: out.cards.reduce((s, c) => s + c.size, 0),
    orders: facts.orders,
    k: cluster.k,
    method: cluster.method,
    silhouette: cluster.silhouette,
    models: out.models,
    cards: storeCards(out.cards),
    stats: { seconds, silhouette_by_k: cluster.silhouetteByK, traits: traits.length },
    job_id: opts.jobId ?? null,
  })
  lap("write_models")
  await report(99, "saved")
  return {
    version,
    customers: out.cards.reduce((s, c) => s + c.size, 0),
    orders: facts.orders,
    profiles_written: total,
    k: cluster.k,
    silhouette: cluster.silhouette,
    cards: out.cards.map((c) => ({ id: c.id, name: c.name, size: c.size })),
    retired,
    seconds,
  }
}
