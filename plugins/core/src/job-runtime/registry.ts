import type { JobDefinition, JobHandler } from "./types"

type Entry = { definition: JobDefinition; handler?: JobHandler<any, any> }

/**
 * The process-wide registry of job kinds. Kept on globalThis so that a plugin that ends up with its own copy of
 * @finesse/core (a nested install) still registers into the one registry the runtime reads.
 */
const KEY = Symbol.for("finesse.job-runtime.registry")
const g = globalThis as unknown as Record<symbol, Map<string, Entry>>
const registry: Map<string, Entry> = (g[KEY] ??= new Map())

export function registerDefinition(definition: JobDefinition) {
  const existing = registry.get(definition.kind)
  if (existing && existing.definition.queue !== definition.queue) {
    throw new Error(`job kind ${definition.kind} is defined twice with different queues`)
  }
  registry.set(definition.kind, { definition, handler: existing?.handler })
}

export function registerHandler(kind: string, handler: JobHandler<any, any>) {
  const entry = registry.get(kind)
  if (!entry) throw new Error(`defineProcessor: job kind ${kind} has no definition`)
  entry.handler = handler
}

export function getJobEntry(kind: string): Entry | undefined {
  return registry.get(kind)
}

export function listJobEntries(): Entry[] {
  return [...registry.values()].sort((a, b) => a.definition.kind.localeCompare(b.definition.kind))
}
