package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleDonorListWith names money given in apposition to each donor of a list
// of donors: "Japan, with $77 million, and Norway, with $20 million".
const ruleDonorListWith = "frame.donor-list-with"

// donorWithFrames reads a list of donors whose amounts follow each one
// after "with" or "at": "Among the donors were Japan, with $77 million,
// and Norway, with $20 million", "Japan with $77 million and Norway with
// $20 million were the largest donors", "The largest contributions came
// from Japan, at $77 million, and Norway, at $20 million". The sentence
// must name donors, contributions or pledges, and hold two such donors
// or more (a list, not "Japan, with its $4 trillion economy"); a country
// after "to" or "for" is a recipient and gives none.
func (a *analysis) donorWithFrames(emit func(frame, quantity, string)) {
	type cand struct {
		am actorMention
		q  quantity
	}
	for si, s := range a.sents {
		var found []cand
		for _, q := range a.quantsOf(si) {
			if q.sent != si || q.kind != news.KindMoney || q.num == nil || q.conversion {
				continue
			}
			p := q.start - 1
			if a.lw(p) != "with" && a.lw(p) != "at" {
				continue
			}
			p--
			if a.tx(p) == "," {
				p--
			}
			n := a.actorEndingAt(p, s)
			if n < 0 {
				continue
			}
			am := a.actors[n]
			if am.end != p+1 || len(am.code) != 2 || am.cls == cGroup || am.cls == cDemonym || a.recipientMention(am) {
				continue
			}
			found = append(found, cand{am, q})
		}
		if len(found) < 2 || !a.donorSentence(s) {
			continue
		}
		for _, c := range found {
			f := frame{actors: []actorMention{c.am}, anchor: span{c.q.start - 1, c.q.start}, rule: ruleDonorListWith,
				window: span{s.start, s.end}, conf: 0.55}
			emit(f, c.q, c.q.item)
		}
	}
}

// donorSentence reports whether s names donors, contributions or
// pledges: the amounts of its list are given.
func (a *analysis) donorSentence(s span) bool {
	for k := s.start; k < s.end; k++ {
		switch a.lw(k) {
		case "donor", "donors", "contributor", "contributors", "contributions", "pledges", "pledged",
			"gave", "contributed", "donated", "given":
			return true
		}
	}
	return false
}
