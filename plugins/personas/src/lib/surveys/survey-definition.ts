import type { SurveyQuestionType } from "../segments/profile-fields"
import type { ValidationError } from "../traits/trait-definition"

export const SURVEY_QUESTION_TYPES = ["single_choice", "multiple_choice", "scale", "free_text"] as const satisfies readonly SurveyQuestionType[]

/** One question of a questionnaire. `key` names the answer in traits and segment rules (survey.<survey>.<key>). */
export type SurveyQuestion = {
  key: string
  type: SurveyQuestionType
  prompt: string
  /** Choices of single_choice / multiple_choice questions. */
  options?: string[] | null
  /** Bounds of a scale question (integers, inclusive); default 1..5. */
  min?: number | null
  max?: number | null
  required?: boolean | null
}

export type AnswerValue = string | string[] | number

/** Longest free-text answer kept, in characters. */
export const MAX_FREE_TEXT = 2000
const KEY_RE = /^[a-z][a-z0-9_]{0,62}$/

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v)

export function scaleBounds(q: Pick<SurveyQuestion, "min" | "max">): [number, number] {
  return [q.min ?? 1, q.max ?? 5]
}

/**
 * Checks a questionnaire's questions (the parts a zod schema cannot: unique keys, options that fit the type,
 * scale bounds). Errors name the question by path, e.g. `questions[2].options`.
 */
export function validateSurveyQuestions(questions: readonly SurveyQuestion[], root = "questions"): ValidationError[] {
  const errors: ValidationError[] = []
  const err = (path: string, message: string) => errors.push({ path: `${root}${path}`, message })
  if (questions.length === 0) err("", "a survey needs at least one question")
  const seen = new Set<string>()
  questions.forEach((q, i) => {
    const at = `[${i}]`
    if (!KEY_RE.test(q.key)) err(`${at}.key`, "expected a snake_case key starting with a letter")
    else if (seen.has(q.key)) err(`${at}.key`, `duplicate key "${q.key}"`)
    seen.add(q.key)
    if (!q.prompt.trim()) err(`${at}.prompt`, "must not be empty")
    const choice = q.type === "single_choice" || q.type === "multiple_choice"
    if (choice) {
      const options = q.options ?? []
      if (options.length < 2) err(`${at}.options`, "a choice question needs at least two options")
      if (new Set(options.map((o) => o.trim())).size !== options.length) err(`${at}.options`, "options must be distinct")
      if (options.some((o) => !o.trim())) err(`${at}.options`, "options must not be empty")
    } else if (q.options?.length) {
      err(`${at}.options`, `only choice questions have options, not ${q.type}`)
    }
    if (q.type === "scale") {
      const [lo, hi] = scaleBounds(q)
      if (!Number.isInteger(lo) || !Number.isInteger(hi)) err(`${at}.min`, "scale bounds must be integers")
      else if (lo >= hi) err(`${at}.max`, "must be greater than min")
      else if (hi - lo > 100) err(`${at}.max`, "a scale has at most 101 points")
    } else if ((q.min ?? null) !== null || (q.max ?? null) !== null) {
      err(`${at}.min`, `only scale questions have bounds, not ${q.type}`)
    }
  })
  return errors
}

/**
 * Validates a customer's answers against the questions and returns them cleaned (free text trimmed, choice
 * lists de-duplicated in option order). Unknown keys, missing required answers and values outside the options
 * or bounds are errors named `answers.<key>`.
 */
export function validateAnswers(
  questions: readonly SurveyQuestion[],
  answers: unknown,
  root = "answers",
): { errors: ValidationError[]; values: Record<string, AnswerValue> } {
  const errors: ValidationError[] = []
  const values: Record<string, AnswerValue> = {}
  if (!isObject(answers)) return { errors: [{ path: root, message: "expected an object of answers by question key" }], values }
  const byKey = new Map(questions.map((q) => [q.key, q]))
  for (const k of Object.keys(answers)) if (!byKey.has(k)) errors.push({ path: `${root}.${k}`, message: "no such question" })
  for (const q of questions) {
    const path = `${root}.${q.key}`
    const v = answers[q.key]
    const blank = v === undefined || v === null || (typeof v === "string" && !v.trim()) || (Array.isArray(v) && v.length === 0)
    if (blank) {
      if (q.required) errors.push({ path, message: "an answer is required" })
      continue
    }
    switch (q.type) {
      case "single_choice":
        if (typeof v !== "string" || !(q.options ?? []).includes(v)) {
          errors.push({ path, message: `expected one of ${(q.options ?? []).map((o) => JSON.stringify(o)).join(", ")}` })
        } else values[q.key] = v
        break
      case "multiple_choice": {
        const options = q.options ?? []
        if (!Array.isArray(v) || !v.every((x) => typeof x === "string")) {
          errors.push({ path, message: "expected a list of options" })
          break
        }
        const bad = v.filter((x) => !options.includes(x))
        if (bad.length) errors.push({ path, message: `not an option: ${bad.map((b) => JSON.stringify(b)).join(", ")}` })
        else values[q.key] = options.filter((o) => v.includes(o))
        break
      }
      case "scale": {
        const [lo, hi] = scaleBounds(q)
        if (typeof v !== "number" || !Number.isInteger(v) || v < lo || v > hi) {
          errors.push({ path, message: `expected a whole number from ${lo} to ${hi}` })
        } else values[q.key] = v
        break
      }
      case "free_text":
        if (typeof v !== "string") errors.push({ path, message: "expected text" })
        else if (v.trim().length > MAX_FREE_TEXT) errors.push({ path, message: `at most ${MAX_FREE_TEXT} characters` })
        else values[q.key] = v.trim()
        break
    }
  }
  return { errors, values }
}

/** Answers as profile traits, keyed `<survey key>.<question key>` (read by rules as survey.<survey>.<question>). */
export function answerTraits(surveyKey: string, answers: Record<string, AnswerValue>): Record<string, AnswerValue> {
  return Object.fromEntries(Object.entries(answers).map(([k, v]) => [`${surveyKey}.${k}`, v]))
}

export type QuestionSummary = {
  key: string
  type: SurveyQuestionType
  prompt: string
  /** Responses that answered this question. */
  answered: number
  /** Choice questions: every option with its count and share of the answers (multiple choice: of respondents). */
  choices?: { option: string; count: number; share: number }[]
  /** Scale questions: mean and a count per point. */
  scale?: { mean: number | null; min: number; max: number; histogram: { value: number; count: number }[] }
  /** Free text: the latest answers, newest first. */
  texts?: string[]
}

/** Result summaries for the admin; `responses` newest first (free-text answers keep that order). */
export function summarizeResponses(
  questions: readonly SurveyQuestion[],
  responses: readonly { answers: Record<string, unknown> }[],
  latestTexts = 20,
): QuestionSummary[] {
  return questions.map((q) => {
    const given = responses.map((r) => r.answers?.[q.key]).filter((v) => v !== undefined && v !== null)
    const base = { key: q.key, type: q.type, prompt: q.prompt, answered: given.length }
    if (q.type === "single_choice" || q.type === "multiple_choice") {
      const counts = new Map((q.options ?? []).map((o) => [o, 0]))
      for (const v of given) for (const o of Array.isArray(v) ? v : [v]) if (counts.has(o as string)) counts.set(o as string, counts.get(o as string)! + 1)
      return { ...base, choices: [...counts].map(([option, count]) => ({ option, count, share: given.length ? count / given.length : 0 })) }
    }
    if (q.type === "scale") {
      const [lo, hi] = scaleBounds(q)
      const nums = given.filter((v): v is number => typeof v === "number")
      const histogram = Array.from({ length: hi - lo + 1 }, (_, i) => ({ value: lo + i, count: nums.filter((n) => n === lo + i).length }))
      return { ...base, scale: { mean: nums.length ? nums.reduce((s, n) => s + n, 0) / nums.length : null, min: lo, max: hi, histogram } }
    }
    return { ...base, texts: given.filter((v): v is string => typeof v === "string").slice(0, latestTexts) }
  })
}
