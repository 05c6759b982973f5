import fs from "node:fs"
import path from "node:path"

/**
 * The host admin's CSS is the dashboard's own stylesheet plus what Tailwind generates from the dashboard's and the UI
 * kit's files and from each plugin's `admin` bundle (Medusa's admin-bundler, createTailwindConfig). The admin kit is built next to core's admin folder,
 * not in it, and only the pieces core's own pages use are inlined into core's bundle: a class that only the kit
 * writes (an arbitrary `min-w-[260px]`) is missing from the CSS when another plugin renders it. So the kit writes
 * only classes the dashboard or the UI kit use as well (or inline styles), which this test checks.
 */
const KIT = path.resolve(__dirname, "..")

/** Files Medusa's Tailwind config scans for a package: `**\/*.{js,ts,jsx,tsx}` below its entry's folder. */
function scanned(entry: string): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else if (/\.(js|ts|jsx|tsx)$/.test(e.name)) out.push(p)
    }
  }
  walk(path.dirname(require.resolve(entry)))
  return out
}

/** The string literals inside `className=…` and `clx(…)` of a source file. */
export function classTokens(source: string): string[] {
  const tokens: string[] = []
  const literals = (expr: string) => {
    // a literal compared with (`tone === "figure"`) is a value, not a class
    expr = expr.replace(/[=!]==\s*("[^"]*"|'[^']*')|("[^"]*"|'[^']*')\s*[=!]==/g, "")
    for (const m of expr.matchAll(/"([^"\n]*)"|'([^'\n]*)'|`([^`$\n]*)`/g)) tokens.push(...(m[1] ?? m[2] ?? m[3]).split(/\s+/))
  }
  for (const m of source.matchAll(/className="([^"]*)"/g)) tokens.push(...m[1].split(/\s+/))
  for (const m of source.matchAll(/className=\{|clx\(/g)) {
    // the balanced expression after the opening brace or parenthesis
    let depth = 1
    let i = m.index! + m[0].length
    const start = i
    while (i < source.length && depth > 0) {
      const ch = source[i]
      if (ch === "{" || ch === "(") depth++
      else if (ch === "}" || ch === ")") depth--
      i++
    }
    literals(source.slice(start, i - 1))
  }
  return [...new Set(tokens.filter((t) => /^[a-z!-]/.test(t) && /[a-z]/.test(t)))]
}

describe("admin kit class names", () => {
  it("finds the class names of a className and a clx call", () => {
    expect(classTokens(`<div className="flex gap-x-2" /><p className={clx("px-6", on && "py-4", { "text-ui-fg-error": bad }, tone === "axis" && "pr-3")} />`)).toEqual([
      "flex",
      "gap-x-2",
      "px-6",
      "py-4",
      "text-ui-fg-error",
      "pr-3",
    ])
  })

  it("uses only classes that the host admin's Tailwind generates anyway", () => {
    const known = new Set<string>()
    for (const file of [...scanned("@medusajs/dashboard"), ...scanned("@medusajs/ui")]) {
      for (const t of fs.readFileSync(file, "utf8").split(/[\s"'`\\]+/)) known.add(t)
    }
    // the dashboard's stylesheet (`@medusajs/dashboard/css`, imported by the host's index.css)
    const css = fs.readFileSync(path.join(path.dirname(require.resolve("@medusajs/dashboard")), "app.css"), "utf8")
    for (const m of css.matchAll(/\.((?:\\.|[A-Za-z0-9_-])+)/g)) known.add(m[1].replace(/\\(.)/g, "$1"))
    const missing = new Map<string, string[]>()
    for (const f of fs.readdirSync(KIT).filter((f) => f.endsWith(".tsx"))) {
      for (const t of classTokens(fs.readFileSync(path.join(KIT, f), "utf8"))) {
        if (!known.has(t)) missing.set(t, [...(missing.get(t) ?? []), f])
      }
    }
    expect(Object.fromEntries(missing)).toEqual({})
  })
})
