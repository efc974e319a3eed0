package extractor

import (
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestInEvidenceOrder checks inEvidenceOrder against a stable sort of
// the lines and their order tokens together, on lines with many equal
// starts and tokens, and that it leaves the lines it reads in place.
func TestInEvidenceOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var perm []int32
	for _, n := range []int{1, 2, 3, 7, 12, 13, 50, 200, 1000} {
		for _, spread := range []int{1, 3, n} {
			cs := make([]news.Commitment, n)
			order := make([]int, n)
			for i := range cs {
				cs[i] = news.Commitment{Start: r.IntN(spread), Actor: string(rune('A' + i%26)), End: i}
				order[i] = r.IntN(spread)
			}
			type line struct {
				c     news.Commitment
				order int
			}
			want := make([]line, n)
			for i := range cs {
				want[i] = line{cs[i], order[i]}
			}
			sort.SliceStable(want, func(i, j int) bool {
				if want[i].c.Start != want[j].c.Start {
					return want[i].c.Start < want[j].c.Start
				}
				return want[i].order < want[j].order
			})
			var got []news.Commitment
			got, perm = inEvidenceOrder(cs, order, perm)
			if len(got) != n {
				t.Fatalf("%d lines: got %d", n, len(got))
			}
			for i := range got {
				if got[i].End != want[i].c.End {
					t.Fatalf("%d lines (starts in 0..%d): line %d is line %d, want line %d", n, spread-1, i, got[i].End, want[i].c.End)
				}
				if cs[i].End != i {
					t.Fatalf("%d lines: line %d of the input moved", n, i)
				}
			}
		}
	}
}
