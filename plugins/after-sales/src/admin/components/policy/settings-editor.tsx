import { Button, Input, Label, Switch, Text } from "@medusajs/ui"
import { OptionSelect, SectionCard, runWithToast } from "@finesse/core/admin-kit"
import { useEffect, useState } from "react"
import { useSavePolicy } from "../../hooks/after-sales"

const Line = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div className="flex items-center justify-between gap-x-4 py-1">
    <Label size="small">{label}</Label>
    <div className="flex items-center gap-x-2">{children}</div>
  </div>
)

/** What happens without an agent, the survey, notification channels and the refund limit. */
export const SettingsEditor = ({ settings }: { settings: any }) => {
  const [s, setS] = useState(settings)
  const save = useSavePolicy()
  useEffect(() => setS(settings), [JSON.stringify(settings)])
  const put = (path: string[], v: unknown) =>
    setS((old: any) => {
      const next = structuredClone(old)
      let o = next
      for (const k of path.slice(0, -1)) o = o[k]
      o[path[path.length - 1]] = v
      return next
    })
  return (
    <SectionCard
      title="Settings"
      subtitle="Automatic decisions, satisfaction surveys, notifications"
      testId="policy-settings"
      actions={
        <Button size="small" isLoading={save.isPending} onClick={() => runWithToast(() => save.mutateAsync({ settings: s }), "Settings saved")}>
          Save settings
        </Button>
      }
    >
      <div className="flex flex-col px-6 py-3">
        <Line label="Approve requests the policy approves (creates the Medusa return at once)">
          <Switch checked={s.auto_approve} onCheckedChange={(v) => put(["auto_approve"], v)} />
        </Line>
        <Line label="Refuse requests the policy refuses, naming the rule">
          <Switch checked={s.auto_refuse} onCheckedChange={(v) => put(["auto_refuse"], v)} />
        </Line>
        <Line label="A customer's reply reopens a resolved case within (days)">
          <Input size="small" className="w-[80px]" value={s.reopen_window_days} onChange={(e) => put(["reopen_window_days"], Number(e.target.value))} />
        </Line>
        <Line label="Refunds above this need an approver (minor units)">
          <Input size="small" className="w-[120px]" value={s.refund_approver_above} onChange={(e) => put(["refund_approver_above"], Number(e.target.value))} />
        </Line>
        <Line label="Satisfaction survey after resolution">
          <Switch checked={s.survey.enabled} onCheckedChange={(v) => put(["survey", "enabled"], v)} />
          <OptionSelect value={s.survey.scale} onChange={(v) => put(["survey", "scale"], v)} options={[{ value: "csat", label: "CSAT (1–5)" }, { value: "nps", label: "NPS (0–10)" }]} className="w-[130px]" />
          <Input size="small" className="w-[70px]" value={s.survey.delay_hours} onChange={(e) => put(["survey", "delay_hours"], Number(e.target.value))} />
          <Text size="small" className="text-ui-fg-subtle">
            h later, channel
          </Text>
          <Input size="small" className="w-[90px]" value={s.survey.channel} onChange={(e) => put(["survey", "channel"], e.target.value)} />
        </Line>
        <Line label="A low score (CSAT at most / NPS at most) reopens or follows up">
          <Input size="small" className="w-[60px]" value={s.follow_up.csatAtMost} onChange={(e) => put(["follow_up", "csatAtMost"], Number(e.target.value))} />
          <Input size="small" className="w-[60px]" value={s.follow_up.npsAtMost} onChange={(e) => put(["follow_up", "npsAtMost"], Number(e.target.value))} />
        </Line>
        <Line label="Notification channels: agents (SLA alerts) / customers">
          <Input size="small" className="w-[90px]" value={s.notifications.agent_channel} onChange={(e) => put(["notifications", "agent_channel"], e.target.value)} />
          <Input size="small" className="w-[90px]" value={s.notifications.customer_channel} onChange={(e) => put(["notifications", "customer_channel"], e.target.value)} />
          <Switch checked={s.notifications.notify_customer} onCheckedChange={(v) => put(["notifications", "notify_customer"], v)} />
        </Line>
        <Line label="Storefront URL (links in messages)">
          <Input size="small" className="w-[260px]" value={s.storefront_url} onChange={(e) => put(["storefront_url"], e.target.value)} />
        </Line>
      </div>
    </SectionCard>
  )
}
