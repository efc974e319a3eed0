package extractor

import (
	"cmp"
	"slices"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// inEvidenceOrder returns a new slice with the lines of cs in text order:
// by the start of their evidence, then by order[i], the token of what
// line i commits, lines equal in both in their order in cs (a stable
// sort). The lines of cs stay where they are: a permutation of their
// indices is sorted (perm is its reused memory, returned) and each line
// is copied once, not swapped through a sort.
func inEvidenceOrder(cs []news.Commitment, order []int, perm []int32) ([]news.Commitment, []int32) {
	perm = perm[:0]
	for i := range cs {
		perm = append(perm, int32(i))
	}
	slices.SortStableFunc(perm, func(i, j int32) int {
		if c := cmp.Compare(cs[i].Start, cs[j].Start); c != 0 {
			return c
		}
		return cmp.Compare(order[i], order[j])
	})
	res := make([]news.Commitment, len(cs))
	for k, i := range perm {
		res[k] = cs[i]
	}
	return res, perm
}
