import { answerTraits, summarizeResponses, validateAnswers, validateSurveyQuestions, type SurveyQuestion } from "../survey-definition"

const questions: SurveyQuestion[] = [
  { key: "fit", type: "single_choice", prompt: "Which fit?", options: ["slim", "regular", "loose"], required: true },
  { key: "colours", type: "multiple_choice", prompt: "Colours?", options: ["red", "blue", "green"] },
  { key: "nps", type: "scale", prompt: "Recommend us?", min: 0, max: 10, required: true },
  { key: "comment", type: "free_text", prompt: "Anything else?" },
]

describe("validateSurveyQuestions", () => {
  it("accepts a well-formed questionnaire", () => {
    expect(validateSurveyQuestions(questions)).toEqual([])
  })

  it("names the bad question by path", () => {
    const errors = validateSurveyQuestions([
      { key: "fit", type: "single_choice", prompt: "Fit?", options: ["slim"] },
      { key: "fit", type: "free_text", prompt: "Again?" },
      { key: "Bad Key", type: "scale", prompt: "x", min: 5, max: 5 },
      { key: "notes", type: "free_text", prompt: " ", options: ["a"] },
    ])
    expect(errors.map((e) => e.path)).toEqual([
      "questions[0].options",
      "questions[1].key",
      "questions[2].key",
      "questions[2].max",
      "questions[3].prompt",
      "questions[3].options",
    ])
    expect(validateSurveyQuestions([])).toEqual([{ path: "questions", message: "a survey needs at least one question" }])
  })
})

describe("validateAnswers", () => {
  it("cleans valid answers", () => {
    const r = validateAnswers(questions, { fit: "slim", colours: ["green", "red", "red"], nps: 9, comment: "  great  " })
    expect(r.errors).toEqual([])
    expect(r.values).toEqual({ fit: "slim", colours: ["red", "green"], nps: 9, comment: "great" })
  })

  it("names every bad answer", () => {
    const r = validateAnswers(questions, { fit: "tight", colours: ["pink"], nps: 11, extra: 1 })
    expect(r.errors.map((e) => e.path).sort()).toEqual(["answers.colours", "answers.extra", "answers.fit", "answers.nps"])
    expect(validateAnswers(questions, { colours: [] }).errors.map((e) => e.path)).toEqual(["answers.fit", "answers.nps"])
    expect(validateAnswers(questions, { fit: "slim", nps: 2.5 }).errors[0]).toEqual({ path: "answers.nps", message: "expected a whole number from 0 to 10" })
    expect(validateAnswers(questions, "yes").errors[0].path).toBe("answers")
  })

  it("turns answers into traits under the survey key", () => {
    expect(answerTraits("style", { fit: "slim", nps: 9 })).toEqual({ "style.fit": "slim", "style.nps": 9 })
  })
})

describe("summarizeResponses", () => {
  it("counts choices, averages scales and keeps the latest texts", () => {
    const s = summarizeResponses(
      questions,
      [
        { answers: { fit: "slim", colours: ["red", "blue"], nps: 10, comment: "newest" } },
        { answers: { fit: "slim", colours: ["red"], nps: 6 } },
        { answers: { fit: "loose", nps: 8, comment: "older" } },
      ],
      1,
    )
    expect(s[0]).toMatchObject({ answered: 3, choices: [{ option: "slim", count: 2 }, { option: "regular", count: 0 }, { option: "loose", count: 1 }] })
    expect(s[1].choices!.find((c) => c.option === "red")).toEqual({ option: "red", count: 2, share: 1 })
    expect(s[2].scale!.mean).toBe(8)
    expect(s[2].scale!.histogram).toHaveLength(11)
    expect(s[2].scale!.histogram[10]).toEqual({ value: 10, count: 1 })
    expect(s[3].texts).toEqual(["newest"])
  })
})
