/**
 * `@finesse/core/demo-seed`: the one seam through which a capability plugin adds its part of the demo store.
 *
 * A plugin exports a definition from `src/seed/demo.ts`:
 *
 *   export default defineDemoSeed({ plugin: "pricing", about: "competitors, observations, one applied batch", steps: [
 *     { name: "competitors", run: async (ctx) => { …; return "3 competitors" } },
 *   ] })
 *
 * The host's demo seed (`npm start`) runs every installed plugin's steps in the order of medusa-config, after the
 * base store (catalog, customers, orders, events) is written and its order facts and daily rollups are built. A
 * finished step is recorded and skipped by the next run, so a killed seed resumes; a step must itself be safe to
 * run again (look up what exists before writing). The seed runs inside `medusa exec`, where jobs are only queued
 * (they run once the app starts): a step that needs a job's result calls the same engine function the job calls.
 */
import fs from "node:fs"
import path from "node:path"
import type { ConfigModule, Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getResolvedPlugins } from "@medusajs/framework/utils"
import type FinesseDataModuleService from "../modules/finesse-data/service"

export type DemoSeedContext = {
  /** The Medusa container of the seed script: query, every module, workflows. */
  container: MedusaContainer
  logger: Logger
  /** "Today" of the demo store: its history ends the day before. */
  now: Date
  historyStart: Date
  historyEnd: Date
  /** The demo's seed and scale (DEMO_SEED, DEMO_SCALE): a plugin's demo data follows them. */
  seed: number
  scale: number
  /** A deterministic random stream in [0, 1) per name (the same seed gives the same numbers). */
  random(name: string): () => number
}

export type DemoSeedStep = { name: string; run(ctx: DemoSeedContext): Promise<string | void> }

export type DemoSeedDefinition = {
  plugin: string
  /** What it plants, in a line (printed by the seed). */
  about: string
  steps: DemoSeedStep[]
}

/** The marker of a plugin whose every step ran (what `npm start` checks to know whether to run the seed). */
export const DEMO_SEED_COMPLETE = "__complete"

export function defineDemoSeed(definition: DemoSeedDefinition): DemoSeedDefinition {
  const names = new Set<string>()
  for (const s of definition.steps) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(s.name) || names.has(s.name)) {
      throw new Error(`demo seed of ${definition.plugin}: step names must be unique kebab-case, got ${JSON.stringify(s.name)}`)
    }
    names.add(s.name)
  }
  return definition
}

/** The file a plugin's demo seed lives in, relative to its compiled `src`. */
export const DEMO_SEED_FILE = path.join("seed", "demo.js")

/** The demo seeds of the installed plugins, in medusa-config order (the host app itself has none). */
export async function discoverDemoSeeds(configModule: ConfigModule, rootDir = process.cwd()): Promise<DemoSeedDefinition[]> {
  const plugins = await getResolvedPlugins(rootDir, configModule, true)
  const seeds: DemoSeedDefinition[] = []
  for (const plugin of plugins) {
    const file = path.join(plugin.resolve, DEMO_SEED_FILE)
    if (!plugin.resolve.includes(`${path.sep}.medusa${path.sep}server`) || !fs.existsSync(file)) continue
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(file)
    const def: DemoSeedDefinition | undefined = mod.default ?? mod.demoSeed
    if (!def?.plugin || !Array.isArray(def.steps)) throw new Error(`${file} does not export a defineDemoSeed(...) definition`)
    seeds.push(def)
  }
  return seeds
}

function mulberry32(a: number) {
  return () => {
    a |= 0
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function hash32(s: string) {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** Runs every installed plugin's pending demo seed steps; returns what each did. */
export async function runDemoSeeds(
  base: Omit<DemoSeedContext, "random">
): Promise<{ plugin: string; step: string; summary: string }[]> {
  const configModule = base.container.resolve(ContainerRegistrationKeys.CONFIG_MODULE) as ConfigModule
  const data = base.container.resolve<FinesseDataModuleService>("finesse_data")
  const ran: { plugin: string; step: string; summary: string }[] = []
  for (const def of await discoverDemoSeeds(configModule)) {
    const done = await data.demoSeedStepsDone(def.plugin)
    if (done.has(DEMO_SEED_COMPLETE)) continue
    base.logger.info(`[seed] ${def.plugin}: ${def.about}`)
    for (const step of def.steps) {
      if (done.has(step.name)) continue
      const t0 = Date.now()
      const ctx: DemoSeedContext = { ...base, random: (name) => mulberry32(hash32(`${base.seed}:${def.plugin}:${step.name}:${name}`)) }
      const summary = (await step.run(ctx)) || "done"
      await data.markDemoSeedStep(def.plugin, step.name, summary)
      base.logger.info(`[seed] ${def.plugin} / ${step.name}: ${summary} (${((Date.now() - t0) / 1000).toFixed(1)} s)`)
      ran.push({ plugin: def.plugin, step: step.name, summary })
    }
    await data.markDemoSeedStep(def.plugin, DEMO_SEED_COMPLETE, `${def.steps.length} steps`)
  }
  return ran
}
