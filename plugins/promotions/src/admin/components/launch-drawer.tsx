import { Button, Drawer, Input, Text, toast } from "@medusajs/ui"
import { Field, OptionSelect, errorMessage } from "@finesse/core/admin-kit"
import { useState } from "react"
import { useAudiences, useLaunch, type PromotionDetail } from "../hooks/promotions"

const KEEP = "__keep"

/**
 * Launches the promotion: its Medusa promotions become active. With a holdout, a stable random share of the audience
 * is kept out by a customer group (the promotion's rules then target only the treated group), so its report can say
 * what the promotion really earned. A budget above the configured limit needs an approver.
 */
export const LaunchDrawer = ({ detail }: { detail: PromotionDetail }) => {
  const [open, setOpen] = useState(false)
  const [share, setShare] = useState("10")
  const [audience, setAudience] = useState(KEEP)
  const audiences = useAudiences().data?.audiences ?? []
  const launch = useLaunch(detail.promotion.id)
  const launched = detail.plan?.status === "launched" || detail.plan?.status === "ended"
  const submit = async () => {
    try {
      const holdout = Number(share) / 100
      const r = await launch.mutateAsync({ holdout_share: holdout, ...(audience === KEEP ? {} : { audience_group_id: audience }) })
      const arms = r.experiment?.arms ?? []
      toast.success(r.experiment ? `Launched with a holdout of ${arms.find((a) => a.code === "holdout")?.member_count ?? 0} customers` : "Launched")
      setOpen(false)
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" disabled={launched} data-testid="launch-promotion">
          {launched ? "Launched" : "Launch…"}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content data-testid="launch-drawer">
        <Drawer.Header>
          <Drawer.Title>Launch {detail.promotion.code}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">
          <Text size="small" className="text-ui-fg-subtle">
            A holdout keeps a random share of the audience out of the promotion, through a customer group Finesse maintains; the promotion then targets the treated customers only. Without one, its report can only use a matched control, if any.
          </Text>
          <Field label="Holdout share (%)">
            <Input size="small" value={share} onChange={(e) => setShare(e.target.value)} data-testid="launch-holdout-share" />
          </Field>
          <Field label="Audience">
            <OptionSelect
              value={audience}
              onChange={setAudience}
              options={[{ value: KEEP, label: "As planned (its customer group, else every registered customer)" }, ...audiences.map((a) => ({ value: a.id, label: a.persona_segment_id ? `Persona segment: ${a.name}` : a.name }))]}
            />
          </Field>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" onClick={submit} isLoading={launch.isPending} data-testid="launch-submit">
            Launch
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
