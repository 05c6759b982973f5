import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getJobEntry } from "@finesse/core/job-runtime"
import { updateCustomerPersonasWorkflow } from "@finesse/personas/workflows"

/**
 * The measured part of the `personas` benchmark (`medusa exec`, on a database the suite filled with synthetic facts):
 *   1. the `personas.recompute` job handler itself (the processor the job runtime runs: read facts through core's
 *      read API, fit, cluster, write profiles/cards/models), timed, with this process's peak RSS (the recompute's
 *      worker thread is part of this process);
 *   2. the incremental update after an order: for BENCH_INCREMENTAL customers, a new order fact is written (as core's
 *      order subscriber would) and `updateCustomerPersonasWorkflow` (what the finesse.facts.updated subscriber runs)
 *      is timed, with three segments (one auto-synced) so memberships are evaluated too.
 * Prints one line `PERSONAS_BENCH {...}`.
 */
export default async function personasBench({ container }: ExecArgs) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const entry = getJobEntry("personas.recompute")
  if (!entry?.handler) throw new Error("personas.recompute has no processor in this process (is @finesse/personas built?)")
  const rssBefore = process.memoryUsage().rss
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const abort = new AbortController()
  const progress: string[] = []
  const result = (await entry.handler({
    id: "personas.recompute-bench",
    kind: "personas.recompute",
    payload: { run: "bench" },
    attempt: 1,
    container,
    checkpoint: null,
    signal: abort.signal,
    progress: async (p: number, m?: string) => void progress.push(`${Math.round(p)} ${m ?? ""}`),
    saveCheckpoint: async () => undefined,
    logger: { info: (m: string) => console.error(`[bench] ${m}`), warn: console.error, error: console.error },
  })) as Record<string, any>
  const seconds = (performance.now() - t0) / 1000
  const cpu = process.cpuUsage(cpu0)
  const peakRss = process.resourceUsage().maxRSS * 1024

  // the incremental path
  const personas: any = container.resolve("finesse_personas")
  await personas.createFinessePersonaSegments([
    { name: "Champions", rules: { all: [{ field: "profile.rfm_segment", op: "eq", value: "Champions" }] } },
    { name: "Likely to buy", rules: { all: [{ field: "profile.order_count", op: "gte", value: 2 }] }, score: { field: "profile.p_buy_90d", enter: 0.6, exit: 0.5 } },
    { name: "VIP", rules: { all: [{ field: "profile.spend_level", op: "in", value: ["high", "top"] }] }, sync_enabled: true, auto_sync: true },
  ])
  const n = Number(process.env.BENCH_INCREMENTAL ?? 200)
  const { rows } = await db.raw(`select id from finesse_persona_profile order by md5(id) limit ?`, [n])
  const latencies: number[] = []
  let i = 0
  for (const { id } of rows as { id: string }[]) {
    const orderId = `order_inc${String(++i).padStart(6, "0")}`
    await db.raw(
      `insert into finesse_order_fact (id, customer_id, currency_code, placed_at, status, item_count, units, subtotal, discount_total, total, created_at, updated_at)
       values (?, ?, 'eur', date_trunc('milliseconds', now() - interval '1 second'), 'completed', 1, 1, 4200, 0, 4200, now(), now())`,
      [orderId, id]
    )
    await db.raw(
      `insert into finesse_order_line_fact (id, order_id, placed_at, status, customer_id, currency_code, product_id, category_id, quantity, unit_price, subtotal, total, created_at, updated_at)
       select ?, id, placed_at, 'completed', customer_id, 'eur', 'prod_b1', 'pcat_b1', 1, 4200, 4200, 4200, now(), now() from finesse_order_fact where id = ?`,
      [`${orderId}_1`, orderId]
    )
    const t = performance.now()
    await updateCustomerPersonasWorkflow(container).run({ input: { customer_ids: [id] } })
    latencies.push(performance.now() - t)
  }
  const check = await db.raw(`select count(*)::int n from finesse_persona_profile where id = any(?) and order_count > 0 and computed_at > now() - interval '10 minutes'`, [
    (rows as { id: string }[]).map((r) => r.id),
  ])
  console.log(
    `PERSONAS_BENCH ${JSON.stringify({
      seconds,
      cpu_seconds: (cpu.user + cpu.system) / 1e6,
      peak_rss: peakRss,
      rss_before: rssBefore,
      result,
      progress_updates: progress.length,
      incremental_ms: latencies,
      incremental_updated: check.rows[0].n,
    })}`
  )
}
