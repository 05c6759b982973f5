import type { DemoPlanOptions } from "../demo"

/** Yesterday (UTC) as YYYY-MM-DD: the default last day of history. */
export function yesterdayUtc(now: number): string {
  return new Date(now - 86_400_000).toISOString().slice(0, 10)
}

function flagValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === `--${name}`) return argv[i + 1]
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3)
    if (a.startsWith(`${name}=`)) return a.slice(name.length + 1)
  }
  return undefined
}

/**
 * Seed options from flags or else the environment (DEMO_SEED, DEMO_SCALE, DEMO_UNTIL). `medusa exec`'s yargs
 * rejects unknown `--flags` unless they follow `--` (then they stay on process.argv), and passes positional
 * `scale=0.05` words as `args`; both forms are read, `--scale 0.05` and `--scale=0.05` as well.
 * Flags win. Validation of the values is the planner's (it throws with the offending value).
 */
export function parseSeedOptions(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  now: number
): DemoPlanOptions {
  const pick = (flag: string, envName: string) => flagValue(argv, flag) ?? (env[envName] || undefined)
  const seedText = pick("seed", "DEMO_SEED")
  const scaleText = pick("scale", "DEMO_SCALE")
  const until = pick("until", "DEMO_UNTIL") ?? yesterdayUtc(now)
  const seed = seedText === undefined ? 42 : Number(seedText)
  const scale = scaleText === undefined ? 1 : Number(scaleText)
  if (seedText !== undefined && !Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seedText}`)
  if (scaleText !== undefined && !Number.isFinite(scale)) throw new Error(`scale must be a number, got ${scaleText}`)
  return { seed, scale, until }
}
