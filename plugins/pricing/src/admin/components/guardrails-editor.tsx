import { Button, Input, Switch, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Field, OptionSelect, SectionCard, runWithToast } from "@finesse/core/admin-kit"
import { useSaveSettings, useSettings, type Settings } from "../hooks/pricing"

type Form = {
  floorBasis: "margin" | "markup"
  floorPct: string
  requireCost: boolean
  ceilingOn: boolean
  ceilingPct: string
  stepOn: boolean
  stepPct: string
  cooldownOn: boolean
  cooldownDays: string
  excluded: string
  autoApprove: string
  approver: string
  autoApply: boolean
  ending: Settings["default_ending"]
  undercutPct: string
  warWindow: string
  warUndercuts: string
}

const toForm = (s: Settings): Form => ({
  floorBasis: s.guardrails.floor?.basis ?? "margin",
  floorPct: String(s.guardrails.floor?.pct ?? 0),
  requireCost: !!s.guardrails.floor?.requireCost,
  ceilingOn: s.guardrails.ceiling?.maxMarkupPct != null,
  ceilingPct: String(s.guardrails.ceiling?.maxMarkupPct ?? 300),
  stepOn: !!s.guardrails.max_step,
  stepPct: String(s.guardrails.max_step?.pct ?? 10),
  cooldownOn: !!s.guardrails.cooldown,
  cooldownDays: String(s.guardrails.cooldown?.days ?? 7),
  excluded: (s.guardrails.excluded_product?.productIds ?? []).join(", "),
  autoApprove: String(s.auto_approve_max_step_pct),
  approver: String(s.approver_step_pct),
  autoApply: s.auto_apply,
  ending: s.default_ending,
  undercutPct: String(s.alerts.undercut?.pct ?? 5),
  warWindow: String(s.alerts.price_war?.windowDays ?? 14),
  warUndercuts: String(s.alerts.price_war?.minUndercuts ?? 3),
})

/**
 * Guardrails (the step limit clamps, every other guardrail blocks a proposal and names its numbers), the approval
 * thresholds, the default price ending and the alert thresholds. Saving needs the approver role.
 */
export const GuardrailsEditor = () => {
  const { data } = useSettings()
  const save = useSaveSettings()
  const [f, setF] = useState<Form | null>(null)
  useEffect(() => {
    if (data) setF(toForm(data))
  }, [data])
  if (!f || !data) return <SectionCard title="Guardrails and approval" subtitle="Loading…" testId="pricing-guardrails" />
  const set = <K extends keyof Form>(k: K) => (v: Form[K]) => setF({ ...f, [k]: v })
  const num = (k: keyof Form) => ({ size: "small" as const, type: "number", value: f[k] as string, onChange: (e: { target: { value: string } }) => set(k)(e.target.value as never), className: "w-[110px]" })
  const submit = () => {
    const g: Settings["guardrails"] = { floor: { basis: f.floorBasis, pct: Number(f.floorPct), requireCost: f.requireCost } }
    if (data.guardrails.kill_switch) g.kill_switch = data.guardrails.kill_switch
    if (f.ceilingOn) g.ceiling = { maxMarkupPct: Number(f.ceilingPct) }
    if (f.stepOn) g.max_step = { pct: Number(f.stepPct) }
    if (f.cooldownOn) g.cooldown = { days: Number(f.cooldownDays) }
    const ids = f.excluded.split(/[\s,]+/).filter(Boolean)
    if (ids.length) g.excluded_product = { productIds: ids }
    return runWithToast(
      () =>
        save.mutateAsync({
          guardrails: g,
          auto_approve_max_step_pct: Number(f.autoApprove),
          approver_step_pct: Number(f.approver),
          auto_apply: f.autoApply,
          default_ending: f.ending,
          alerts: { ...data.alerts, undercut: { ...data.alerts.undercut, pct: Number(f.undercutPct) }, price_war: { ...data.alerts.price_war, windowDays: Number(f.warWindow), minUndercuts: Number(f.warUndercuts) } },
        }),
      "Settings saved"
    )
  }
  return (
    <SectionCard testId="pricing-guardrails" title="Guardrails and approval" subtitle="A proposal that breaks a guardrail is blocked with the rule and the numbers; the step limit cuts a move down to its size instead">
      <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-2">
        <Field label="Floor: never below cost plus">
          <div className="flex items-center gap-2">
            <Input {...num("floorPct")} aria-label="Floor percent" data-testid="floor-pct" />
            <Text size="small">%</Text>
            <OptionSelect value={f.floorBasis} onChange={(v) => set("floorBasis")(v as Form["floorBasis"])} options={[{ value: "margin", label: "margin on the price" }, { value: "markup", label: "markup on the cost" }]} className="w-[190px]" />
          </div>
        </Field>
        <Field label="Without a unit cost">
          <div className="flex items-center gap-2">
            <Switch checked={f.requireCost} onCheckedChange={set("requireCost")} />
            <Text size="small">{f.requireCost ? "block the proposal (floor unknown)" : "price it; the variant's own minimum still applies"}</Text>
          </div>
        </Field>
        <Field label="Maximum step per change">
          <div className="flex items-center gap-2">
            <Switch checked={f.stepOn} onCheckedChange={set("stepOn")} />
            <Input {...num("stepPct")} disabled={!f.stepOn} aria-label="Maximum step percent" />
            <Text size="small">% (clamps)</Text>
          </div>
        </Field>
        <Field label="Cool-down between changes">
          <div className="flex items-center gap-2">
            <Switch checked={f.cooldownOn} onCheckedChange={set("cooldownOn")} />
            <Input {...num("cooldownDays")} disabled={!f.cooldownOn} aria-label="Cool-down days" />
            <Text size="small">days</Text>
          </div>
        </Field>
        <Field label="Ceiling: at most cost plus">
          <div className="flex items-center gap-2">
            <Switch checked={f.ceilingOn} onCheckedChange={set("ceilingOn")} />
            <Input {...num("ceilingPct")} disabled={!f.ceilingOn} aria-label="Ceiling markup percent" />
            <Text size="small">% markup (a variant's own maximum and MAP always apply)</Text>
          </div>
        </Field>
        <Field label="Excluded products (ids)">
          <Input size="small" value={f.excluded} onChange={(e) => set("excluded")(e.target.value)} placeholder="prod_…, prod_…" />
        </Field>
        <Field label="Auto-approve a step up to">
          <div className="flex items-center gap-2">
            <Input {...num("autoApprove")} aria-label="Auto-approve percent" />
            <Text size="small">% (0 = every proposal waits for a person)</Text>
          </div>
        </Field>
        <Field label="A step above this needs an approver">
          <div className="flex items-center gap-2">
            <Input {...num("approver")} aria-label="Approver threshold percent" />
            <Text size="small">%</Text>
          </div>
        </Field>
        <Field label="Apply auto-approved batches at once">
          <div className="flex items-center gap-2">
            <Switch checked={f.autoApply} onCheckedChange={set("autoApply")} />
            <Text size="small">when nothing in the batch waits for a person</Text>
          </div>
        </Field>
        <Field label="Default price ending">
          <OptionSelect value={f.ending} onChange={(v) => set("ending")(v as Form["ending"])} options={[{ value: "none", label: "None" }, { value: "99", label: ".99" }, { value: "95", label: ".95" }, { value: "whole", label: "Whole" }]} className="w-[160px]" />
        </Field>
        <Field label="Undercut alert above">
          <div className="flex items-center gap-2">
            <Input {...num("undercutPct")} aria-label="Undercut percent" />
            <Text size="small">% below our price</Text>
          </div>
        </Field>
        <Field label="Price war: undercuts in a row within">
          <div className="flex items-center gap-2">
            <Input {...num("warUndercuts")} aria-label="Undercuts" />
            <Text size="small">undercuts, within</Text>
            <Input {...num("warWindow")} aria-label="Window days" />
            <Text size="small">days</Text>
          </div>
        </Field>
      </div>
      <div className="flex justify-end px-6 py-3">
        <Button size="small" variant="primary" isLoading={save.isPending} onClick={submit} data-testid="guardrails-save">
          Save settings
        </Button>
      </div>
    </SectionCard>
  )
}
