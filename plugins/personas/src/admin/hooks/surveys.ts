import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "@finesse/core/admin-kit"

export type QuestionType = "single_choice" | "multiple_choice" | "scale" | "free_text"
export type Question = { key: string; type: QuestionType; prompt: string; options?: string[] | null; min?: number | null; max?: number | null; required?: boolean }
export type Incentive = { type: "percentage" | "fixed"; value: number; currency_code?: string | null }
export type Survey = {
  id: string
  key: string
  title: string
  description: string | null
  status: "draft" | "active" | "closed"
  incentive: Incentive | null
  response_count: number
  questions: (Question & { id: string; position: number })[]
  created_at: string
  updated_at: string
}
export type QuestionSummary = {
  key: string
  type: QuestionType
  prompt: string
  answered: number
  choices?: { option: string; count: number; share: number }[]
  scale?: { mean: number | null; min: number; max: number; histogram: { value: number; count: number }[] }
  texts?: string[]
}
export type SurveyBody = Partial<Omit<Survey, "id" | "response_count" | "questions" | "created_at" | "updated_at">> & { questions?: Question[] }

export function useSurveys(query: { status?: string; limit: number; offset: number }) {
  return useQuery({
    queryKey: ["personas-surveys", query],
    queryFn: () =>
      sdk.client.fetch<{ surveys: Survey[]; count: number; limit: number; offset: number }>("/admin/finesse/personas/surveys", {
        query: Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== "")),
      }),
  })
}

export function useSurveyResults(id: string | null) {
  return useQuery({
    queryKey: ["personas-survey-results", id],
    enabled: !!id,
    queryFn: () =>
      sdk.client.fetch<{ results: { survey_id: string; responses: number; incentives_given: number; questions: QuestionSummary[] } }>(
        `/admin/finesse/personas/surveys/${id}/results`
      ),
  })
}

export function useSaveSurvey(id?: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: SurveyBody) =>
      sdk.client.fetch<{ survey: Survey }>(id ? `/admin/finesse/personas/surveys/${id}` : "/admin/finesse/personas/surveys", { method: "POST", body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["personas-surveys"] }),
  })
}

export function useDeleteSurvey() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/finesse/personas/surveys/${id}`, { method: "DELETE" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["personas-surveys"] }),
  })
}
