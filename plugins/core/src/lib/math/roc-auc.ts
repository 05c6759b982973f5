/**
 * ROC AUC by the rank (Mann-Whitney U) formula with tied scores given their average rank, so a constant
 * scorer gets exactly 0.5. NaN when one class is empty.
 */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = scores.length
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => scores[i] - scores[j])
  let positives = 0
  let rankSum = 0
  for (let i = 0; i < n; ) {
    let j = i
    while (j + 1 < n && scores[order[j + 1]] === scores[order[i]]) j++
    const avgRank = (i + j) / 2 + 1
    for (let k = i; k <= j; k++) {
      if (labels[order[k]]) {
        positives++
        rankSum += avgRank
      }
    }
    i = j + 1
  }
  const negatives = n - positives
  if (positives === 0 || negatives === 0) return NaN
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives)
}
