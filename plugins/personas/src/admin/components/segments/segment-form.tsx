import { Button, Container, Heading, Input, Label, Switch, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { EmptyNote, Field, OptionSelect, runWithToast } from "@finesse/core/admin-kit"
import { useFields, useSaveSegment, type RuleNode, type ScoreBand, type Segment } from "../../hooks/segments"
import { RuleBuilder } from "./rule-builder"
import { SegmentPreview } from "./segment-preview"

const STARTER: RuleNode = {
  all: [
    { field: "profile.rfm_segment", op: "in", value: ["Champions", "Loyal"] },
    { field: "profile.last_order_at", op: "within_last", value: { days: 90 } },
  ],
}

/** Create or edit a segment: name, rules with live preview, optional score thresholds and group sync settings. */
export const SegmentForm = ({ segment, currency }: { segment?: Segment; currency: string | null }) => {
  const fields = useFields()
  const save = useSaveSegment(segment?.id)
  const navigate = useNavigate()
  const [name, setName] = useState(segment?.name ?? "")
  const [description, setDescription] = useState(segment?.description ?? "")
  const [rules, setRules] = useState<RuleNode>(segment?.rules ?? STARTER)
  const [score, setScore] = useState<ScoreBand | null>(segment?.score ?? null)
  const [sync, setSync] = useState(segment?.sync_enabled ?? false)
  const [autoSync, setAutoSync] = useState(segment?.auto_sync ?? true)
  const [groupName, setGroupName] = useState(segment?.customer_group_name ?? "")

  if (!fields.data)
    return (
      <Container className="p-0">
        <EmptyNote>Loading fields…</EmptyNote>
      </Container>
    )
  const numberFields = fields.data.fields.filter((f) => f.type === "number")

  const submit = () =>
    runWithToast(
      async () => {
        const { segment: saved } = await save.mutateAsync({
          name,
          description: description || null,
          rules,
          score,
          sync_enabled: sync,
          auto_sync: autoSync,
          customer_group_name: groupName || null,
        })
        if (!segment) navigate(`/finesse/personas/segments/${saved.id}`)
      },
      segment ? "Segment saved; members are being refreshed" : "Segment created; members are being computed"
    )

  return (
    <div className="grid grid-cols-1 gap-3 xl:grid-cols-[3fr_2fr]">
      <Container className="flex flex-col gap-y-5 px-6 py-4" data-testid="segment-form">
        <Heading level="h2">{segment ? "Rules" : "New segment"}</Heading>
        <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
          <Field label="Name" htmlFor="segment-name">
            <Input id="segment-name" size="small" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Loyal spenders" />
          </Field>
          <Field label="Description" htmlFor="segment-description">
            <Textarea id="segment-description" rows={1} value={description} onChange={(e) => setDescription(e.target.value)} />
          </Field>
        </div>
        <RuleBuilder node={rules} fields={fields.data.fields} operators={fields.data.operators} onChange={setRules} />

        <div className="flex flex-col gap-y-2">
          <div className="flex items-center gap-x-2">
            <Switch id="score-band" checked={!!score} onCheckedChange={(on) => setScore(on ? { field: "profile.p_buy_90d", enter: 0.6, exit: 0.5 } : null)} />
            <Label size="small" htmlFor="score-band">
              Gate by a score with enter and exit thresholds (customers near the boundary do not flap)
            </Label>
          </div>
          {score && (
            <div className="flex flex-wrap items-center gap-2 pl-10">
              <OptionSelect
                ariaLabel="Score"
                value={score.field}
                onChange={(field) => setScore({ ...score, field })}
                options={numberFields.map((f) => ({ value: f.field, label: f.label }))}
                className="w-72"
              />
              <Text size="small">enter above</Text>
              <Input size="small" type="number" step="any" className="w-24" value={score.enter} onChange={(e) => setScore({ ...score, enter: Number(e.target.value) })} />
              <Text size="small">leave below</Text>
              <Input size="small" type="number" step="any" className="w-24" value={score.exit} onChange={(e) => setScore({ ...score, exit: Number(e.target.value) })} />
            </div>
          )}
        </div>

        <div className="flex flex-col gap-y-2">
          <div className="flex items-center gap-x-2">
            <Switch id="sync-enabled" checked={sync} onCheckedChange={setSync} />
            <Label size="small" htmlFor="sync-enabled">
              Sync to a customer group (promotions and price lists can target it)
            </Label>
          </div>
          {sync && (
            <div className="flex flex-wrap items-center gap-3 pl-10">
              <Input size="small" className="w-72" placeholder={`Segment: ${name || "…"}`} value={groupName} onChange={(e) => setGroupName(e.target.value)} />
              <div className="flex items-center gap-x-2">
                <Switch id="auto-sync" checked={autoSync} onCheckedChange={setAutoSync} />
                <Label size="small" htmlFor="auto-sync">
                  Sync automatically when members change
                </Label>
              </div>
            </div>
          )}
        </div>
        <div className="flex justify-end gap-x-2">
          <Button size="small" onClick={submit} isLoading={save.isPending} disabled={!name.trim()} data-testid="segment-save">
            {segment ? "Save" : "Create segment"}
          </Button>
        </div>
      </Container>
      <SegmentPreview rules={rules} score={score} segmentId={segment?.id} currency={currency} />
    </div>
  )
}
