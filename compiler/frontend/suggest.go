package frontend

import "strings"

// suggest returns the candidate closest to name by edit distance when it is
// close enough to be a plausible typo, else "".
func suggest(name string, candidates []string) string {
	best, bestDist := "", len(name)/3+2
	if bestDist > 4 {
		bestDist = 4
	}
	for _, c := range candidates {
		dist := editDistance(strings.ToLower(name), strings.ToLower(c))
		if dist < bestDist || (dist == bestDist && best != "" && c < best) {
			best, bestDist = c, dist
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		if a == b {
			return 0
		}
		return 64
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
