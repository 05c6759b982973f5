/** Formatting shared by the recommendation pages (the same conventions as the core Insights and Jobs pages). */
export function formatDateTime(v: string | Date | null | undefined): string {
  if (!v) return "–"
  return new Date(v).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })
}

export function formatDuration(ms: number | null | undefined): string {
  if (ms == null || !Number.isFinite(ms)) return "–"
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const s = Math.round(ms / 1000)
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`
}

export function formatNumber(v: number | null | undefined, digits = 0): string {
  if (v == null || !Number.isFinite(v)) return "–"
  return new Intl.NumberFormat(undefined, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(v)
}

export function formatPercent(v: number | null | undefined, digits = 1): string {
  if (v == null || !Number.isFinite(v)) return "–"
  return new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: digits, minimumFractionDigits: digits }).format(v)
}

function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: currency.toUpperCase() }).resolvedOptions().maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

/** Money from minor units. */
export function formatMinor(minor: number, currency: string): string {
  return new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(minor / 10 ** currencyDigits(currency))
}

/** Money as Medusa returns it (major units). */
export function formatMajor(amount: number, currency: string): string {
  return new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(amount)
}

/** Revenue per currency ({ eur: 12345 }) as one line. */
export function formatRevenue(revenue: Record<string, number> | undefined): string {
  const parts = Object.entries(revenue ?? {}).filter(([, v]) => v)
  return parts.length ? parts.map(([c, v]) => formatMinor(v, c)).join(" · ") : "–"
}
