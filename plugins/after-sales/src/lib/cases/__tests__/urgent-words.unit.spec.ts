import { findUrgentWord } from "../urgent-words"

describe("urgent words", () => {
  it.each([
    ["The lamp started to SMOKE and smells", "smoke"],
    ["We love the fireplace set", null],
    ["I will file a chargeback", "chargeback"],
    ["Where is my parcel?", null],
  ])("%s", (text, word) => expect(findUrgentWord(text)).toBe(word))
})
