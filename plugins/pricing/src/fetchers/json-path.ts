/**
 * A small JSON path: `$.offers[0].price`, `offers[*].price`, `data['unit price']`. Dots and brackets, numeric
 * indexes and `[*]` over arrays; no filters or recursion (a mapping config should stay readable).
 * Returns every value the path reaches (several with `[*]`), skipping missing branches.
 */
export type PathStep = { key: string } | { index: number } | { all: true }

export function parseJsonPath(path: string): PathStep[] {
  let s = path.trim()
  if (s.startsWith("$")) s = s.slice(1)
  const steps: PathStep[] = []
  let i = 0
  while (i < s.length) {
    const ch = s[i]
    if (ch === ".") {
      i++
      continue
    }
    if (ch === "[") {
      const close = s.indexOf("]", i)
      if (close < 0) throw new Error(`unclosed [ in JSON path ${JSON.stringify(path)}`)
      const inner = s.slice(i + 1, close).trim()
      if (inner === "*") steps.push({ all: true })
      else if (/^\d+$/.test(inner)) steps.push({ index: Number(inner) })
      else if (/^(['"]).*\1$/.test(inner)) steps.push({ key: inner.slice(1, -1) })
      else throw new Error(`bad [${inner}] in JSON path ${JSON.stringify(path)}`)
      i = close + 1
      continue
    }
    let j = i
    while (j < s.length && s[j] !== "." && s[j] !== "[") j++
    steps.push({ key: s.slice(i, j) })
    i = j
  }
  return steps
}

export function selectJsonPath(value: unknown, path: string | PathStep[]): unknown[] {
  const steps = typeof path === "string" ? parseJsonPath(path) : path
  let current: unknown[] = [value]
  for (const step of steps) {
    const next: unknown[] = []
    for (const v of current) {
      if (v === null || v === undefined) continue
      if ("all" in step) {
        if (Array.isArray(v)) next.push(...v)
        else if (typeof v === "object") next.push(...Object.values(v as object))
      } else if ("index" in step) {
        if (Array.isArray(v) && step.index < v.length) next.push(v[step.index])
      } else if (typeof v === "object" && Object.prototype.hasOwnProperty.call(v, step.key)) {
        next.push((v as Record<string, unknown>)[step.key])
      }
    }
    current = next
  }
  return current.filter((v) => v !== undefined)
}

export function firstJsonPath(value: unknown, path: string | PathStep[]): unknown {
  return selectJsonPath(value, path)[0]
}
