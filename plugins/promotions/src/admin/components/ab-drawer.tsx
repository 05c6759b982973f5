import { Button, Drawer, Input, Text, toast } from "@medusajs/ui"
import { Field, OptionSelect, errorMessage } from "@finesse/core/admin-kit"
import { useState } from "react"
import { useAudiences, useCreateExperiment, usePlans } from "../hooks/promotions"

const EVERYONE = "__everyone"

/** Starts an A/B test between two planned promotions (each arm's customer group goes on its promotion), launching both. */
export const AbDrawer = ({ onStarted }: { onStarted: (id: string) => void }) => {
  const [open, setOpen] = useState(false)
  const plans = usePlans({ status: "planned", limit: 100, offset: 0 }).data?.plans ?? []
  const audiences = useAudiences().data?.audiences ?? []
  const [a, setA] = useState("")
  const [b, setB] = useState("")
  const [name, setName] = useState("")
  const [holdout, setHoldout] = useState("10")
  const [audience, setAudience] = useState(EVERYONE)
  const create = useCreateExperiment()
  const options = plans.map((p) => ({ value: p.promotion_id, label: `${p.code} — ${p.name}` }))
  const submit = async () => {
    try {
      const r = await create.mutateAsync({ name: name || `${a} vs ${b}`, promotion_ids: [a, b], holdout_share: Number(holdout) / 100, audience_group_id: audience === EVERYONE ? null : audience })
      toast.success("A/B test started; both promotions are live")
      setOpen(false)
      onStarted(r.experiment.id)
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" data-testid="new-ab-test">
          New A/B test
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>A/B test two promotions</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">
          <Text size="small" className="text-ui-fg-subtle">
            The audience is split by a stable hash: each arm gets one promotion through its own customer group, an optional holdout gets neither.
          </Text>
          <Field label="Name">
            <Input size="small" value={name} onChange={(e) => setName(e.target.value)} />
          </Field>
          <Field label="Arm A">
            <OptionSelect value={a} onChange={setA} options={options} placeholder="A planned promotion" />
          </Field>
          <Field label="Arm B">
            <OptionSelect value={b} onChange={setB} options={options.filter((o) => o.value !== a)} placeholder="Another planned promotion" />
          </Field>
          <Field label="Holdout share (%)">
            <Input size="small" value={holdout} onChange={(e) => setHoldout(e.target.value)} />
          </Field>
          <Field label="Audience">
            <OptionSelect value={audience} onChange={setAudience} options={[{ value: EVERYONE, label: "Every registered customer" }, ...audiences.map((x) => ({ value: x.id, label: x.persona_segment_id ? `Persona segment: ${x.name}` : x.name }))]} />
          </Field>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" onClick={submit} disabled={!a || !b} isLoading={create.isPending}>
            Start
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
