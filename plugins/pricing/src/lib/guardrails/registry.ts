import { z } from "@medusajs/framework/zod"
import {
  ceilingGuardrail,
  ceilingArgs,
  cooldownGuardrail,
  cooldownArgs,
  excludedProductGuardrail,
  excludedProductArgs,
  floorGuardrail,
  floorArgs,
  killSwitchGuardrail,
  killSwitchArgs,
  mapGuardrail,
  mapArgs,
  maxStepGuardrail,
  maxStepArgs,
} from "./rules"
import type { Guardrail } from "./types"

/** Every guardrail by its stable code, in the order they are reported. */
export const GUARDRAILS: readonly Guardrail<any>[] = [killSwitchGuardrail, excludedProductGuardrail, cooldownGuardrail, floorGuardrail, ceilingGuardrail, mapGuardrail, maxStepGuardrail]

/**
 * The store's guardrail settings as the admin edits them: a guardrail is on when its key is present.
 * floor, ceiling and map are always on (a variant's own minimum, maximum and MAP are data, not options);
 * their settings only tune the cost-based part. Defaults: floor = never below cost, no cost-based ceiling.
 */
export const guardrailConfigSchema = z
  .object({
    kill_switch: killSwitchArgs.optional(),
    excluded_product: excludedProductArgs.optional(),
    cooldown: cooldownArgs.optional(),
    max_step: maxStepArgs.optional(),
    floor: floorArgs.optional(),
    ceiling: ceilingArgs.optional(),
    map: mapArgs.optional(),
  })
  .strict()
export type GuardrailConfig = z.input<typeof guardrailConfigSchema>

export type ParsedGuardrails = {
  kill_switch?: z.infer<typeof killSwitchArgs>
  excluded_product?: z.infer<typeof excludedProductArgs>
  cooldown?: z.infer<typeof cooldownArgs>
  max_step?: z.infer<typeof maxStepArgs>
  floor: z.infer<typeof floorArgs>
  ceiling: z.infer<typeof ceilingArgs>
  map: z.infer<typeof mapArgs>
}

/** Validates the settings (throws a ZodError naming the field) and fills the always-on defaults. */
export function parseGuardrailConfig(raw: unknown): ParsedGuardrails {
  const c = guardrailConfigSchema.parse(raw ?? {})
  return {
    ...c,
    floor: c.floor ?? floorArgs.parse({}),
    ceiling: c.ceiling ?? {},
    map: c.map ?? {},
  } as ParsedGuardrails
}
