import { Button, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { ErrorNote, Field, OptionSelect, SectionCard } from "@finesse/core/admin-kit"
import { useMeta, usePreview } from "../hooks/recommendations"
import { ProductList } from "./product-list"

/** What a placement shows a chosen customer (or an anonymous visitor) on a chosen product, cart or order. */
export const PlacementPreview = () => {
  const meta = useMeta()
  const [form, setForm] = useState({ placement: "for_you", customer_id: "", product_id: "", cart_id: "", order_id: "", strategy: "default", limit: "8" })
  const [query, setQuery] = useState<Record<string, unknown> | null>(null)
  const { data, isFetching, isError, error } = usePreview(query)
  const anchor = meta.data?.meta.placements.find((p) => p.value === form.placement)?.anchor
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }))
  return (
    <SectionCard testId="placement-preview" title="Placement preview" subtitle="The live pipeline (models, rules, stock, prices of the default channel) for any customer">
      <form
        className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-4"
        onSubmit={(e) => {
          e.preventDefault()
          setQuery({
            placement: form.placement,
            customer_id: form.customer_id || undefined,
            product_id: anchor === "product_id" ? form.product_id : undefined,
            cart_id: anchor === "cart_id" ? form.cart_id : undefined,
            order_id: anchor === "order_id" ? form.order_id : undefined,
            strategy: form.strategy === "default" ? undefined : form.strategy,
            limit: form.limit,
          })
        }}
      >
        <Field label="Placement">
          <OptionSelect value={form.placement} onChange={set("placement")} options={meta.data?.meta.placements} testId="preview-placement" />
        </Field>
        <Field label="Customer id (empty: anonymous)">
          <Input size="small" value={form.customer_id} onChange={(e) => set("customer_id")(e.target.value)} placeholder="cus_…" data-testid="preview-customer" />
        </Field>
        {anchor && (
          <Field label={anchor === "product_id" ? "Product id" : anchor === "cart_id" ? "Cart id" : "Order id"}>
            <Input size="small" value={form[anchor]} onChange={(e) => set(anchor)(e.target.value)} placeholder={anchor === "product_id" ? "prod_…" : anchor === "cart_id" ? "cart_…" : "order_…"} />
          </Field>
        )}
        <Field label="Strategy">
          <OptionSelect
            value={form.strategy}
            onChange={set("strategy")}
            options={[{ value: "default", label: "As served (experiments apply)" }, ...(meta.data?.meta.strategies ?? [])]}
          />
        </Field>
        <div className="flex items-end">
          <Button size="small" type="submit" isLoading={isFetching} data-testid="preview-submit">
            Preview
          </Button>
        </div>
      </form>
      {isError && <ErrorNote error={error} />}
      {data && (
        <div data-testid="preview-result">
          <Text size="xsmall" className="text-ui-fg-subtle px-6 pt-3 font-mono">
            {data.recommendation.recommendation_id} · model v{data.recommendation.model_version} · {data.recommendation.strategy}
          </Text>
          <ProductList products={data.recommendation.products} />
        </div>
      )}
    </SectionCard>
  )
}
