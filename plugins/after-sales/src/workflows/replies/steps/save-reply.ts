import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { validateReplyTemplate } from "../../../lib/replies/reply-template"
import { service } from "../../../engine/case-change"

export type SaveReplyInput = { id?: string | null; key?: string; title?: string; body?: string; kinds?: string[] | null; reasons?: string[] | null; archived?: boolean }

/** Creates or updates a saved reply; its template is checked first, so a typo in a {{variable}} is a 400 naming it. */
export const saveReplyStep = createStep(
  "after-sales-save-reply",
  async (input: SaveReplyInput, { container }) => {
    const db = service(container).db()
    const previous = input.id ? await db("finesse_after_sales_saved_reply").where({ id: input.id }).whereNull("deleted_at").first() : null
    if (input.id && !previous) throw new MedusaError(MedusaError.Types.NOT_FOUND, `saved reply ${input.id} was not found`)
    const body = input.body ?? previous?.body
    if (body !== undefined) {
      const v = validateReplyTemplate(body)
      if (!v.ok) {
        const msg = v.issues.map((i) => (i.type === "unknown_variable" ? `unknown variable {{${i.variable}}}${i.suggestion ? ` (did you mean {{${i.suggestion}}}?)` : ""}` : `malformed tag ${i.text}`)).join("; ")
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: body: ${msg}`)
      }
    }
    if (input.key && (!previous || previous.key !== input.key)) {
      const taken = await db("finesse_after_sales_saved_reply").where({ key: input.key }).whereNull("deleted_at").first()
      if (taken) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `a saved reply with key ${input.key} exists`)
    }
    const values: Record<string, unknown> = {}
    for (const k of ["key", "title", "body", "archived"] as const) if (input[k] !== undefined) values[k] = input[k]
    for (const k of ["kinds", "reasons"] as const) if (input[k] !== undefined) values[k] = input[k] === null ? null : JSON.stringify(input[k])
    let id = previous?.id as string | undefined
    if (previous) await db("finesse_after_sales_saved_reply").where({ id }).update({ ...values, updated_at: new Date() })
    else {
      id = generateEntityId(undefined, "fasrpl")
      await db("finesse_after_sales_saved_reply").insert({ id, ...values })
    }
    const saved = await db("finesse_after_sales_saved_reply").where({ id }).first()
    return new StepResponse(saved, { id: id as string, previous: previous ?? null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const db = service(container).db()
    if (!undo.previous) await db("finesse_after_sales_saved_reply").where({ id: undo.id }).delete()
    else {
      const { id, created_at: _c, ...rest } = undo.previous
      await db("finesse_after_sales_saved_reply").where({ id }).update({ ...rest, kinds: rest.kinds ? JSON.stringify(rest.kinds) : null, reasons: rest.reasons ? JSON.stringify(rest.reasons) : null })
    }
  }
)

export const deleteReplyStep = createStep(
  "after-sales-delete-reply",
  async ({ id }: { id: string }, { container }) => {
    const db = service(container).db()
    const n = await db("finesse_after_sales_saved_reply").where({ id }).whereNull("deleted_at").update({ deleted_at: new Date() })
    if (!n) throw new MedusaError(MedusaError.Types.NOT_FOUND, `saved reply ${id} was not found`)
    return new StepResponse({ id, deleted: true }, id)
  },
  async (id, { container }) => {
    if (id) await service(container).db()("finesse_after_sales_saved_reply").where({ id }).update({ deleted_at: null })
  }
)
