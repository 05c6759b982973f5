import { Button, Input } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Field, OptionSelect, SectionCard, runWithToast } from "@finesse/core/admin-kit"
import { useStatus, useUpdateSettings } from "../hooks/recommendations"

const BASES = [
  { value: "click", label: "Last click" },
  { value: "impression", label: "Last impression (view-through)" },
]
const CONSENT = [
  { value: "opt_in", label: "Opt-in (consent required)" },
  { value: "opt_out", label: "Opt-out" },
]

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
    <Field label={label}>
      <Input size="small" type={type} value={f[k] ?? ""} onChange={(e) => set(k)(e.target.value)} />
    </Field>
  )
  return (
    <SectionCard testId="settings" title="Settings" subtitle="Serving and messages pick changes up within seconds">
      <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-4">
        {input("window", "Attribution window (hours)")}
        <Field label="Attribution basis">
          <OptionSelect value={f.basis ?? "click"} onChange={set("basis")} options={BASES} />
        </Field>
        {input("margin", "Margin boost strength (0–1)")}
        {input("perCategory", "Max per category (empty: per placement)")}
        {input("quietStart", "Quiet hours from (local hour)")}
        {input("quietEnd", "Quiet hours until")}
        {input("perDay", "Messages per customer per day")}
        {input("perWeek", "Messages per customer per week")}
        <Field label="Consent">
          <OptionSelect value={f.consent ?? "opt_in"} onChange={set("consent")} options={CONSENT} />
        </Field>
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
    </SectionCard>
  )
}
