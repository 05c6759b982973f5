// A driver's route sheet as CSV (RFC 4180 quoting): one row per stop, in visiting order.
import { clock } from "./dispatch-instance"
import type { PlannedRoute } from "./dispatch-plan"

export type SheetAddress = { name: string; address: string; postal_code: string; city: string; phone: string }

export const ROUTE_SHEET_COLUMNS = ["date", "driver", "vehicle", "stop", "order", "arrival", "window", "units", "name", "address", "postal_code", "city", "phone", "lat", "lng"] as const

export function csvCell(v: string | number | null | undefined): string {
  const s = v === null || v === undefined ? "" : String(v)
  // a leading = + - @ would be run as a formula by spreadsheets
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function routeSheetCsv(
  route: PlannedRoute,
  o: { date: string; driver: string; vehicle: string; addresses: ReadonlyMap<string, SheetAddress>; orderLabel?: (orderId: string) => string }
): string {
  const rows: string[] = [ROUTE_SHEET_COLUMNS.join(",")]
  for (const s of route.stops) {
    const a = o.addresses.get(s.order_id)
    rows.push(
      [
        o.date,
        o.driver,
        o.vehicle,
        s.sequence,
        o.orderLabel ? o.orderLabel(s.order_id) : s.order_id,
        clock(s.arrival_min),
        `${clock(s.window[0])}-${clock(s.window[1])}`,
        s.units,
        a?.name ?? "",
        a?.address ?? "",
        a?.postal_code ?? "",
        a?.city ?? "",
        a?.phone ?? "",
        s.lat.toFixed(5),
        s.lng.toFixed(5),
      ]
        .map(csvCell)
        .join(",")
    )
  }
  return rows.join("\r\n") + "\r\n"
}
