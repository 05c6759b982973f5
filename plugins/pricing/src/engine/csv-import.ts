import type { MedusaContainer } from "@medusajs/framework/types"
import { parseObservationCsv } from "../lib/competitors/parse-observations-csv"
import { ingestObservations, type IncomingObservation } from "./observation-ingest"
import { pricingService, silent, type Reporter } from "./context"

export type CsvLineError = { line: number; field: string | null; message: string }
export type CsvImportResult = { import_id: string; lines: number; imported: number; written: number; errors: CsvLineError[]; error_count: number; fatal: string | null }

const CHUNK = 10_000
const MAX_ERRORS_KEPT = 1000

/**
 * Imports an uploaded observations CSV: every line is checked (the lib's parser names the field of a bad line),
 * good lines are resolved to our variants and written in chunks, and each line that fails either way is reported
 * with its line number. One bad line never stops the others. Safe to run twice (observations are keyed).
 */
export async function importObservationsCsv(container: MedusaContainer, importId: string, now: Date, report: Reporter = silent): Promise<CsvImportResult> {
  const svc = pricingService(container)
  const [file] = await svc.listFinessePricingImports({ id: importId }, { take: 1 })
  if (!file) throw new Error(`observation import ${importId} was not found`)
  const parsed = parseObservationCsv(file.content, now.getTime())
  const errors: CsvLineError[] = [...parsed.errors]
  let imported = 0
  let written = 0
  if (!parsed.fatal) {
    for (let at = 0; at < parsed.rows.length; at += CHUNK) {
      const part = parsed.rows.slice(at, at + CHUNK)
      const incoming: IncomingObservation[] = part.map((r) => ({
        competitor: r.competitor,
        variant_id: r.variantId,
        sku: r.sku,
        gtin: r.gtin,
        offer_id: r.offerId,
        price: r.price,
        currency_code: r.currencyCode,
        in_stock: r.inStock,
        observed_at: new Date(r.observedAt),
        url: r.url,
      }))
      const res = await ingestObservations(container, incoming, "csv", now)
      imported += res.accepted
      written += res.written
      for (const rej of res.rejected) errors.push({ line: part[rej.index].line, field: rej.field, message: rej.message })
      await report(Math.round((100 * (at + part.length)) / parsed.rows.length), `${at + part.length} of ${parsed.rows.length} lines`)
    }
  }
  errors.sort((a, b) => a.line - b.line)
  const result: CsvImportResult = {
    import_id: importId,
    lines: parsed.rows.length + parsed.errors.length,
    imported,
    written,
    errors: errors.slice(0, MAX_ERRORS_KEPT),
    error_count: errors.length,
    fatal: parsed.fatal ?? null,
  }
  await svc.updateFinessePricingImports({ id: importId, status: parsed.fatal ? "failed" : "done", result })
  return result
}
