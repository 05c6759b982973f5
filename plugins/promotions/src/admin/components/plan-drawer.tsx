import { Button, Drawer, Input, Text, toast } from "@medusajs/ui"
import { Field, OptionSelect, errorMessage, majorInputToMinor } from "@finesse/core/admin-kit"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { useAudiences, useCreatePlan } from "../hooks/promotions"
import { TEMPLATE_LABEL } from "./labels"

const DAY = 86_400_000
const day = (t: number) => new Date(t).toISOString().slice(0, 10)
const ids = (s: string) => s.split(/[\s,]+/).map((x) => x.trim()).filter(Boolean)
const EVERYONE = "__everyone"

type Form = Record<string, string>

/** The template's arguments from the form, money in minor units; an error names the field. */
function argsOf(template: string, f: Form, currency: string): Record<string, unknown> {
  const money = (key: string, label: string, optional = false) => {
    if (optional && !f[key]) return undefined
    const v = majorInputToMinor(f[key] ?? "", currency)
    if (v === null || v <= 0) throw new Error(`${label}: enter an amount`)
    return v
  }
  const num = (key: string, label: string, optional = false) => {
    if (optional && !f[key]) return undefined
    const v = Number(f[key])
    if (!Number.isFinite(v) || v <= 0) throw new Error(`${label}: enter a number`)
    return v
  }
  switch (template) {
    case "flash_sale":
      return { percentage: num("percentage", "Percentage off"), ...(ids(f.product_ids ?? "").length ? { product_ids: ids(f.product_ids) } : {}) }
    case "tiered_spend":
      return {
        tiers: (f.tiers ?? "").split(",").map((t, i) => {
          const [spend, save] = t.split(":").map((x) => majorInputToMinor(x.trim(), currency))
          if (!spend || !save) throw new Error(`Tiers: tier ${i + 1} must look like "spend:save", e.g. 50:5`)
          return { min_subtotal: spend, amount_off: save }
        }),
      }
    case "coupon":
      return {
        type: f.coupon_type ?? "percentage",
        value: (f.coupon_type ?? "percentage") === "percentage" ? num("value", "Value") : money("value", "Value"),
        min_subtotal: money("min_subtotal", "Minimum spend", true) ?? null,
        per_customer_limit: num("per_customer_limit", "Uses per customer", true) ?? null,
        usage_limit: num("usage_limit", "Total uses", true) ?? null,
      }
    case "bundle":
      return {
        buy_product_ids: ids(f.buy_product_ids ?? ""),
        buy_quantity: num("buy_quantity", "Buy quantity"),
        get_product_ids: ids(f.get_product_ids ?? ""),
        get_quantity: num("get_quantity", "Get quantity"),
        percentage: num("percentage", "Percentage off the get items"),
      }
    default:
      return { min_subtotal: money("min_subtotal", "Minimum spend", true) ?? null }
  }
}

const TEXT: Record<string, [string, string, string?][]> = {
  flash_sale: [["percentage", "Percentage off", "20"], ["product_ids", "Products (ids, empty = whole order)", "prod_…, prod_…"]],
  tiered_spend: [["tiers", "Tiers spend:save (major units)", "50:5, 100:15"]],
  coupon: [["value", "Value (percent, or amount for fixed)", "10"], ["min_subtotal", "Minimum spend", "40"], ["per_customer_limit", "Uses per customer", "1"], ["usage_limit", "Total uses", "500"]],
  bundle: [["buy_product_ids", "Buy these products (ids)"], ["buy_quantity", "Buy quantity", "2"], ["get_product_ids", "Get these products (ids)"], ["get_quantity", "Get quantity", "1"], ["percentage", "Percentage off the get items", "100"]],
  free_shipping: [["min_subtotal", "Minimum spend", "60"]],
}

/**
 * Plans a promotion from a template: Medusa's campaign and draft promotion(s) are created, then the promotion's page
 * runs the checks, the simulation and the launch.
 */
export const PlanDrawer = ({ currency: defaultCurrency = "eur" }: { currency?: string }) => {
  const [open, setOpen] = useState(false)
  const [template, setTemplate] = useState("flash_sale")
  const now = Date.now()
  const [f, setF] = useState<Form>({ starts_at: day(now + 7 * DAY), ends_at: day(now + 10 * DAY), currency_code: defaultCurrency, expected_uplift: "20", coupon_type: "percentage" })
  const [audience, setAudience] = useState(EVERYONE)
  const audiences = useAudiences().data?.audiences ?? []
  const create = useCreatePlan()
  const navigate = useNavigate()
  const set = (k: string) => (e: { target: { value: string } }) => setF((x) => ({ ...x, [k]: e.target.value }))

  const submit = async () => {
    try {
      const currency = (f.currency_code || defaultCurrency).toLowerCase()
      const budget = f.budget ? majorInputToMinor(f.budget, currency) : null
      const body = {
        template,
        name: f.name,
        code: (f.code ?? "").toUpperCase(),
        currency_code: currency,
        starts_at: new Date(`${f.starts_at}T00:00:00Z`).toISOString(),
        ends_at: new Date(`${f.ends_at}T00:00:00Z`).toISOString(),
        audience_group_id: audience === EVERYONE ? null : audience,
        budget: budget ? { type: "spend", limit: budget } : null,
        expected_uplift: Number(f.expected_uplift || 0) / 100,
        args: argsOf(template, f, currency),
      }
      const r = await create.mutateAsync(body)
      toast.success(`${body.code} planned as a draft in Medusa`)
      setOpen(false)
      navigate(`/finesse/promotions/${r.plan.promotion_id}`)
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" data-testid="plan-promotion">
          Plan a promotion
        </Button>
      </Drawer.Trigger>
      <Drawer.Content data-testid="plan-drawer">
        <Drawer.Header>
          <Drawer.Title>Plan a promotion</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">
            A template becomes Medusa's own campaign and promotion (a draft). Check it against your data, replay the last month's orders with it, then launch it with a holdout.
          </Text>
          <Field label="Template">
            <OptionSelect value={template} onChange={setTemplate} options={Object.keys(TEXT).map((t) => ({ value: t, label: TEMPLATE_LABEL[t] }))} testId="plan-template" />
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field label="Name">
              <Input size="small" value={f.name ?? ""} onChange={set("name")} data-testid="plan-name" />
            </Field>
            <Field label="Code">
              <Input size="small" value={f.code ?? ""} onChange={set("code")} placeholder="SUMMER20" data-testid="plan-code" />
            </Field>
            <Field label="Starts">
              <Input size="small" type="date" value={f.starts_at} onChange={set("starts_at")} />
            </Field>
            <Field label="Ends">
              <Input size="small" type="date" value={f.ends_at} onChange={set("ends_at")} />
            </Field>
            <Field label="Currency">
              <Input size="small" value={f.currency_code} onChange={set("currency_code")} />
            </Field>
            <Field label="Budget cap (optional)">
              <Input size="small" value={f.budget ?? ""} onChange={set("budget")} placeholder="1000" />
            </Field>
            <Field label="Expected uplift %">
              <Input size="small" value={f.expected_uplift} onChange={set("expected_uplift")} />
            </Field>
            <Field label="Audience">
              <OptionSelect
                value={audience}
                onChange={setAudience}
                options={[{ value: EVERYONE, label: "Everyone" }, ...audiences.map((a) => ({ value: a.id, label: a.persona_segment_id ? `Persona segment: ${a.name}` : a.name }))]}
              />
            </Field>
          </div>
          {template === "coupon" && (
            <Field label="Coupon type">
              <OptionSelect value={f.coupon_type} onChange={(v) => setF((x) => ({ ...x, coupon_type: v }))} options={[{ value: "percentage", label: "Percentage" }, { value: "fixed", label: "Fixed amount" }]} />
            </Field>
          )}
          <div className="grid grid-cols-2 gap-3">
            {TEXT[template].map(([key, label, placeholder]) => (
              <Field key={key} label={label}>
                <Input size="small" value={f[key] ?? ""} onChange={set(key)} placeholder={placeholder} data-testid={`plan-arg-${key}`} />
              </Field>
            ))}
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" onClick={submit} isLoading={create.isPending} data-testid="plan-submit">
            Create draft
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
