/** A Medusa amount or quantity as a plain number: query results carry numbers, strings or BigNumber objects. */
export function num(v: unknown): number {
  if (v === null || v === undefined) return 0
  if (typeof v === "number") return v
  if (typeof v === "string") return Number(v)
  const o = v as { numeric?: number; value?: string | number; toJSON?: () => unknown }
  if (typeof o.numeric === "number") return o.numeric
  if (o.value !== undefined) return Number(o.value)
  return Number(o.toJSON ? o.toJSON() : v)
}
