import { Button, Input, Text } from "@medusajs/ui"
import { DataTable, SectionCard, runWithToast, type Column } from "@finesse/core/admin-kit"
import { useState } from "react"
import { useDeleteTerm, useSaveTerm, useWarrantyTerms } from "../../hooks/after-sales"

const list = (s: string) => s.split(/[\s,]+/).filter(Boolean)

/** Warranty terms: months of cover per product, category or the store default, what they cover and exclude. */
export const WarrantyEditor = () => {
  const { data } = useWarrantyTerms()
  const save = useSaveTerm()
  const del = useDeleteTerm()
  const [form, setForm] = useState({ name: "", months: "24", covers: "defective", excludes: "accidental_damage", categories: "", products: "" })
  const columns: Column<any>[] = [
    { key: "name", header: "Term", cell: (t) => t.name },
    { key: "scope", header: "Applies to", cell: (t) => (t.product_ids?.length ? `${t.product_ids.length} products` : t.category_ids?.length ? `${t.category_ids.length} categories` : "every product") },
    { key: "months", header: "Months", align: "right", cell: (t) => t.months },
    { key: "covers", header: "Covers", cell: (t) => (t.covers ?? []).join(", ") },
    { key: "excludes", header: "Excludes", cell: (t) => (t.excludes ?? []).join(", ") || "–" },
    { key: "del", header: "", cell: (t) => <Button size="small" variant="transparent" onClick={() => runWithToast(() => del.mutateAsync(t.id), "Term deleted")}>Delete</Button> },
  ]
  return (
    <SectionCard title="Warranty terms" subtitle="A product term beats a category term, which beats the default; the repair check uses the issue the customer names" testId="policy-warranty">
      <DataTable columns={columns} rows={data?.warranty_terms} rowTestId="warranty-row" empty="No warranty terms: repair requests go to review until you add one." />
      <div className="flex flex-wrap items-center gap-2 px-6 py-3">
        <Input size="small" className="w-[180px]" placeholder="Name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        <Input size="small" className="w-[70px]" placeholder="Months" value={form.months} onChange={(e) => setForm({ ...form, months: e.target.value })} />
        <Input size="small" className="w-[160px]" placeholder="Covers" value={form.covers} onChange={(e) => setForm({ ...form, covers: e.target.value })} />
        <Input size="small" className="w-[160px]" placeholder="Excludes" value={form.excludes} onChange={(e) => setForm({ ...form, excludes: e.target.value })} />
        <Input size="small" className="w-[200px]" placeholder="Category ids (optional)" value={form.categories} onChange={(e) => setForm({ ...form, categories: e.target.value })} />
        <Input size="small" className="w-[200px]" placeholder="Product ids (optional)" value={form.products} onChange={(e) => setForm({ ...form, products: e.target.value })} />
        <Button
          size="small"
          variant="secondary"
          disabled={!form.name || !form.covers}
          onClick={() =>
            runWithToast(
              () =>
                save.mutateAsync({
                  name: form.name,
                  months: Number(form.months),
                  covers: list(form.covers),
                  excludes: list(form.excludes),
                  category_ids: list(form.categories).length ? list(form.categories) : null,
                  product_ids: list(form.products).length ? list(form.products) : null,
                }),
              "Warranty term added"
            )
          }
        >
          Add term
        </Button>
        <Text size="xsmall" className="text-ui-fg-muted">
          Issues are the store's own words (defective, battery, stitching…)
        </Text>
      </div>
    </SectionCard>
  )
}
