package extractor

import (
	"slices"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// dropVagueTroops drops troops without a number when the same actor has
// troops with a number in the same sentence: "has sent 24 soldiers and
// police officers" is one commitment.
func dropVagueTroops(cs []news.Commitment, order []int) ([]news.Commitment, []int) {
	n := 0
	for i, c := range cs {
		if c.Kind == news.KindTroops && c.Troops == nil && slices.ContainsFunc(cs, func(o news.Commitment) bool {
			return o.Kind == news.KindTroops && o.Troops != nil && o.Actor == c.Actor && o.Start == c.Start && o.Status == c.Status
		}) {
			continue
		}
		// the same troops without a number said again in the text: one line
		if c.Kind == news.KindTroops && c.Troops == nil && slices.ContainsFunc(cs[:i], func(o news.Commitment) bool {
			return o.Kind == news.KindTroops && o.Troops == nil && o.Actor == c.Actor && o.Status == c.Status && o.Start != c.Start
		}) {
			continue
		}
		cs[n], order[n] = c, order[i]
		n++
	}
	return cs[:n], order[:n]
}

// dropRepeats keeps one commitment of each actor, kind, stated value and
// status per text: a headline, a summary and the body often repeat the
// same pledge ("Norway increases support: NOK 3.5 billion" … "The
// Government is today announcing NOK 3.5 billion"). The one with the
// higher confidence stays (the earlier on a tie).
func dropRepeats(cs []news.Commitment, order []int) ([]news.Commitment, []int) {
	same := func(x, y news.Commitment) bool {
		if x.Actor != y.Actor || x.Kind != y.Kind || x.Currency != y.Currency {
			return false
		}
		if x.Status != y.Status && (unvalued(x) || unvalued(y)) {
			return false
		}
		// rows of a table: the same count to two recipients is two gifts
		if x.Recipient != "" && y.Recipient != "" && x.Recipient != y.Recipient && slices.Contains(x.Rules, ruleTable) && slices.Contains(y.Rules, ruleTable) {
			return false
		}
		switch {
		case x.Troops != nil && y.Troops != nil:
			return *x.Troops == *y.Troops
		case x.Amount != nil && y.Amount != nil:
			return *x.Amount == *y.Amount
		case x.Count != nil && y.Count != nil:
			return *x.Count == *y.Count && x.Item == y.Item
		case unvalued(x) && unvalued(y):
			// no number: "Belgium is sending ships" in the headline and
			// the body, "Norway will provide air-defence systems" and
			// later "… NASAMS" (uncounted items of one actor are one line)
			return true
		}
		return false
	}
	drop := make([]bool, len(cs))
	for i := range cs {
		for j := range cs {
			if i != j && !drop[j] && cs[i].Start != cs[j].Start && same(cs[i], cs[j]) &&
				(cs[j].Confidence > cs[i].Confidence || cs[j].Confidence == cs[i].Confidence && cs[j].Start < cs[i].Start) {
				drop[i] = true
				break
			}
		}
	}
	n := 0
	for i, c := range cs {
		if !drop[i] {
			cs[n], order[n] = c, order[i]
			n++
		}
	}
	return cs[:n], order[:n]
}

// byEvidence sorts commitments by the start of their evidence, then by the
// position of what is committed, moving the two slices together.
type byEvidence struct {
	cs    []news.Commitment
	order []int
}

func (b byEvidence) Len() int { return len(b.cs) }

func (b byEvidence) Less(i, j int) bool {
	if b.cs[i].Start != b.cs[j].Start {
		return b.cs[i].Start < b.cs[j].Start
	}
	return b.order[i] < b.order[j]
}

func (b byEvidence) Swap(i, j int) {
	b.cs[i], b.cs[j] = b.cs[j], b.cs[i]
	b.order[i], b.order[j] = b.order[j], b.order[i]
}

// unvalued reports whether c states no number: troops, equipment or money
// without one, or support.
func unvalued(c news.Commitment) bool {
	return c.Troops == nil && c.Amount == nil && c.Count == nil
}
