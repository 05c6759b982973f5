import { Button, Container, Heading, Input, Label, Select, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useStatus, useUpdateSettings } from "../hooks/recommendations"
import { runWithToast } from "@finesse/core/admin-kit"

/** Attribution window, margin boost, diversity, and the push defaults (quiet hours, caps, consent, links). */
export const SettingsCard = () => {
  const { data } = useStatus()
  const save = useUpdateSettings()
  const s = data?.status.settings
  const [f, setF] = useState<Record<string, string>>({})
  useEffect(() => {
    if (!s) return
    setF({
      window: String(s.attribution_window_hours),
      basis: s.attribution_basis,
      margin: String(s.margin_boost_strength),
      perCategory: s.max_per_category == null ? "" : String(s.max_per_category),
      quietStart: String(s.push.quiet_hours.start),
      quietEnd: String(s.push.quiet_hours.end),
      perDay: String(s.push.caps.per_day),
      perWeek: String(s.push.caps.per_week),
      consent: s.push.consent_mode,
      storefront: s.push.storefront_url,
      backend: s.push.backend_url,
    })
  }, [s])
  const set = (k: string) => (v: string) => setF((x) => ({ ...x, [k]: v }))
  const input = (k: string, label: string, type = "number") => (
    <div className="flex flex-col gap-y-1">
      <Label size="xsmall">{label}</Label>
      <Input size="small" type={type} value={f[k] ?? ""} onChange={(e) => set(k)(e.target.value)} />
    </div>
  )
  return (
    <Container className="divide-y p-0" data-testid="settings">
      <div className="px-6 py-4">
        <Heading level="h2">Settings</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Serving and messages pick changes up within seconds
        </Text>
      </div>
      <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-4">
        {input("window", "Attribution window (hours)")}
        <div className="flex flex-col gap-y-1">
          <Label size="xsmall">Attribution basis</Label>
          <Select size="small" value={f.basis ?? "click"} onValueChange={set("basis")}>
            <Select.Trigger>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="click">Last click</Select.Item>
              <Select.Item value="impression">Last impression (view-through)</Select.Item>
            </Select.Content>
          </Select>
        </div>
        {input("margin", "Margin boost strength (0–1)")}
        {input("perCategory", "Max per category (empty: per placement)")}
        {input("quietStart", "Quiet hours from (local hour)")}
        {input("quietEnd", "Quiet hours until")}
        {input("perDay", "Messages per customer per day")}
        {input("perWeek", "Messages per customer per week")}
        <div className="flex flex-col gap-y-1">
          <Label size="xsmall">Consent</Label>
          <Select size="small" value={f.consent ?? "opt_in"} onValueChange={set("consent")}>
            <Select.Trigger>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="opt_in">Opt-in (consent required)</Select.Item>
              <Select.Item value="opt_out">Opt-out</Select.Item>
            </Select.Content>
          </Select>
        </div>
        {input("storefront", "Storefront URL", "url")}
        {input("backend", "Backend URL (links in messages)", "url")}
        <div className="flex items-end">
          <Button
            size="small"
            isLoading={save.isPending}
            onClick={() =>
              runWithToast(
                () =>
                  save.mutateAsync({
                    attribution_window_hours: Number(f.window),
                    attribution_basis: f.basis,
                    margin_boost_strength: Number(f.margin),
                    max_per_category: f.perCategory ? Number(f.perCategory) : null,
                    push: {
                      quiet_hours: { start: Number(f.quietStart), end: Number(f.quietEnd) },
                      caps: { per_day: Number(f.perDay), per_week: Number(f.perWeek) },
                      consent_mode: f.consent,
                      storefront_url: f.storefront,
                      backend_url: f.backend,
                    },
                  }),
                "Settings saved"
              )
            }
          >
            Save
          </Button>
        </div>
      </div>
    </Container>
  )
}
