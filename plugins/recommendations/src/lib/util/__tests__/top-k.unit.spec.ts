import { sortScored, topK } from "../top-k"
import { decodeFloat32, decodeInt32, encodeFloat32, encodeInt32 } from "../typed-array-codec"

describe("topK", () => {
  it("returns the k best indices, best first, ties to the lower index", () => {
    expect(topK([0.1, 0.9, 0.5, 0.9, -1], 3)).toEqual([1, 3, 2])
  })
  it("skips excluded and non-finite scores, and copes with k > n", () => {
    expect(topK([NaN, 2, -Infinity, 1], 10, (i) => i === 1)).toEqual([3])
    expect(topK([1, 2], 0)).toEqual([])
  })
  it("sortScored orders by score then id", () => {
    expect(sortScored([{ itemId: "b", score: 1 }, { itemId: "a", score: 1 }, { itemId: "c", score: 2 }]).map((x) => x.itemId)).toEqual(["c", "a", "b"])
  })
})

describe("typed-array codec", () => {
  it("round-trips Float32 and Int32 arrays through base64", () => {
    const f = Float32Array.from([1.5, -2.25, 0])
    const i = Int32Array.from([0, -7, 2 ** 30])
    expect(Array.from(decodeFloat32(encodeFloat32(f)))).toEqual([1.5, -2.25, 0])
    expect(Array.from(decodeInt32(encodeInt32(i)))).toEqual([0, -7, 2 ** 30])
  })
})
