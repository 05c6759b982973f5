/** Human durations: 850 ms, 12.4 s, 3 min 05 s, 2 h 10 min. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms == null || !Number.isFinite(ms)) return "–"
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const s = Math.round(ms / 1000)
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")} min`
}

export function formatDateTime(v: string | Date | null | undefined): string {
  if (!v) return "–"
  const d = new Date(v)
  return d.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "medium" })
}

/** Money from minor units in a currency, in the browser's locale. */
export function formatMoney(minor: number, currency: string): string {
  const code = currency.toUpperCase()
  const digits = new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2
  return new Intl.NumberFormat(undefined, { style: "currency", currency: code }).format(minor / 10 ** digits)
}

export function formatNumber(v: number, digits = 0): string {
  return new Intl.NumberFormat(undefined, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(v)
}

export function formatPercent(v: number | null | undefined, digits = 1): string {
  if (v == null || !Number.isFinite(v)) return "–"
  return new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: digits, minimumFractionDigits: digits }).format(v)
}
