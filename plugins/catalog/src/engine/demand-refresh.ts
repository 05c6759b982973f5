import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Granularity } from "../lib/series/calendar"
import { FINESSE_CATALOG_MODULE } from "../modules/finesse-catalog"
import type FinesseCatalogModuleService from "../modules/finesse-catalog/service"
import { lineFactsChangedUntil, refreshDemandRows } from "../reads/core-tables"

type Watermark = { facts_until: string | null; from: string; until?: string }

/** Facts written in a transaction that began before the last refresh may commit after it: look back this far. */
const OVERLAP_MS = 10 * 60_000

/**
 * Brings the demand table of a granularity up to date: the first time (or with `rebuild`) from every fact in the
 * window, afterwards only the (variant, period) pairs whose facts or fulfillments changed since the last refresh.
 * One refresh at a time (a transaction-scoped advisory lock), so two workers never interleave their rewrites.
 */
export async function refreshDemand(container: MedusaContainer, g: Granularity, o: { from: Date; until: Date; rebuild?: boolean }) {
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const svc = container.resolve<FinesseCatalogModuleService>(FINESSE_CATALOG_MODULE)
  const key = `demand_watermark:${g}`
  const mark = await svc.getSetting<Watermark>(key)
  const full = !!o.rebuild || !mark
  const until = await lineFactsChangedUntil(db)
  const since = !full && mark?.facts_until ? new Date(new Date(mark.facts_until).getTime() - OVERLAP_MS) : null
  if (full) {
    // a first run often follows a bulk import: fresh statistics keep the location joins on a good plan
    for (const t of ["finesse_order_line_fact", "fulfillment_item", "fulfillment", "order_fulfillment", "reservation_item"]) {
      await db.raw(`analyze ${t}`).catch(() => undefined)
    }
  }
  const result = await db.transaction(async (trx) => {
    await trx.raw(`select pg_advisory_xact_lock(hashtext(?))`, [`finesse_catalog_demand_${g}`])
    // the demand table holds complete periods only: periods since the last refresh's end are built from every fact
    // in them (their facts may predate the watermark); earlier periods only where facts or fulfillments changed
    const doneUntil = full || !mark?.until ? o.until.getTime() : Math.min(o.until.getTime(), new Date(mark.until).getTime())
    const r = await refreshDemandRows(trx, g, { from: o.from, until: new Date(Math.max(o.from.getTime(), doneUntil)), full, factsSince: since })
    let tail = { deleted: 0, written: 0, pairs: 0 }
    if (doneUntil < o.until.getTime()) {
      tail = await refreshDemandRows(trx, g, { from: new Date(Math.max(o.from.getTime(), doneUntil)), until: o.until, full: false, factsSince: new Date(0), slide: false })
    }
    return { deleted: r.deleted + tail.deleted, written: r.written + tail.written, pairs: r.pairs + tail.pairs }
  })
  await svc.setSetting(key, { facts_until: until?.toISOString() ?? null, from: o.from.toISOString(), until: o.until.toISOString() })
  return { full, ...result }
}
