import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "@finesse/core/admin-kit"

export type CampaignFigures = { sent: number; scheduled: number; skipped: number; failed: number; opened: number; clicked: number; orders: number; revenue: Record<string, number> }
export type Campaign = {
  id: string
  number: number
  name: string
  trigger: string
  channel: string
  status: "draft" | "active" | "paused"
  template: string
  subject: string | null
  item_count: number
  cooldown_days: number
  params: Record<string, number> | null
  last_run_at: string | null
  figures: CampaignFigures
}
export type Delivery = {
  id: string
  customer_id: string
  channel: string
  to: string | null
  status: string
  reason: string | null
  scheduled_for: string
  sent_at: string | null
  opened_at: string | null
  clicked_at: string | null
  product_ids: string[] | null
}

const base = "/admin/finesse/campaigns"

export function useCampaigns(page: { limit: number; offset: number }) {
  return useQuery({ queryKey: ["finesse-campaigns", page], queryFn: () => sdk.client.fetch<{ campaigns: Campaign[]; count: number }>(base, { query: page }), refetchInterval: 10_000 })
}

export function useDeliveries(id: string | null, page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: ["finesse-campaign-deliveries", id, page],
    queryFn: () => sdk.client.fetch<{ deliveries: Delivery[]; count: number }>(`${base}/${id}/deliveries`, { query: page }),
    enabled: !!id,
    refetchInterval: 10_000,
  })
}

function useAction<B, R>(fn: (b: B) => Promise<R>) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ["finesse-campaigns"] })
      qc.invalidateQueries({ queryKey: ["finesse-campaign-deliveries"] })
    },
  })
}

export const useCreateCampaign = () => useAction((body: Record<string, unknown>) => sdk.client.fetch<{ campaign: Campaign }>(base, { method: "POST", body }))
export const useUpdateCampaign = () => useAction(({ id, ...body }: { id: string } & Record<string, unknown>) => sdk.client.fetch<{ campaign: Campaign }>(`${base}/${id}`, { method: "POST", body }))
export const useRunCampaign = () => useAction(({ id, send }: { id: string; send: boolean }) => sdk.client.fetch<{ job: { id: string } }>(`${base}/${id}/run`, { method: "POST", body: { send } }))
