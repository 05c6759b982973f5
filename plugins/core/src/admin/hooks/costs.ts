import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk, type Job } from "../../admin-kit"

/** HTTP shapes of the costs API (amounts in minor units of `currency_code`). */
export type VariantCost = {
  id: string
  variant_id?: string
  currency_code: string
  amount: number
  source: string
  updated_by?: string | null
  updated_at: string
}

export type VariantCosts = {
  variant_id: string
  title: string | null
  sku: string | null
  prices: { currency_code: string; amount: number }[]
  costs: VariantCost[]
}

export type ProductCosts = { product_id: string; variants: VariantCosts[] }

export type CostInput = { variant_id: string; currency_code: string; amount: number }

export type CostsImportResult = {
  imported: number
  skipped: number
  errors: { line: number; message: string }[]
  errors_truncated?: boolean
}

const productCostsKey = (id: string) => ["finesse-product-costs", id]

export function useProductCosts(productId: string) {
  return useQuery({
    queryKey: productCostsKey(productId),
    queryFn: () => sdk.client.fetch<ProductCosts>(`/admin/finesse/products/${encodeURIComponent(productId)}/costs`),
    enabled: !!productId,
  })
}

/** Costs feed margins: a change invalidates the product's costs and every KPI report. */
export function useInvalidateCosts() {
  const qc = useQueryClient()
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: ["finesse-product-costs"] }),
      qc.invalidateQueries({ queryKey: ["finesse-kpis"] }),
    ])
}

export function useUpsertCosts() {
  const invalidate = useInvalidateCosts()
  return useMutation({
    mutationFn: (costs: CostInput[]) =>
      sdk.client.fetch<{ costs: VariantCost[] }>("/admin/finesse/costs", { method: "POST", body: { costs } }),
    onSuccess: invalidate,
  })
}

export function useDeleteCost() {
  const invalidate = useInvalidateCosts()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ id: string; deleted: boolean }>(`/admin/finesse/costs/${encodeURIComponent(id)}`, {
        method: "DELETE",
      }),
    onSuccess: invalidate,
  })
}

export function useImportCosts() {
  return useMutation({
    mutationFn: (body: { csv: string; filename?: string }) =>
      sdk.client.fetch<{ job: Job }>("/admin/finesse/costs/import", { method: "POST", body }),
  })
}
