package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// runInListing returns the listing verb of sentence s that opens a list
// of counted goods run into the sentence with no colon ("The equipment
// includes two ultrasound scanners, ten suction pumps, two blood gas
// analysers and …", "a package including 12 howitzers, 40 trucks and
// six field kitchens"), or -1. The list must already hold two counted
// goods the lexicon knows (quantities of the sentence from index nq on,
// after the verb): the counted items it does not know are then goods too
// (inlineItems gives them a quantity); uncounted ones share their
// clause's line.
func (a *analysis) runInListing(s span, nq int) int {
	for k := s.start; k < s.end-2; k++ {
		if w := a.lw(k); !listingVerb(w) && w != "including" {
			continue
		}
		known := 0
		for _, q := range a.quants[nq:] {
			if q.start > k && q.kind == news.KindEquipment && q.num != nil {
				known++
			}
		}
		if known >= 2 {
			return k
		}
		return -1 // the first listing verb decides
	}
	return -1
}

// ruleRunInItem marks goods the lexicon does not know, read as a counted
// item of a list run in after a listing verb (runInListing).
const ruleRunInItem = "equipment.run-in-item"

// runInItem reports whether listed goods q were read from a list run in
// after a listing verb with no colon between (runInListing), not from a
// header's list.
func (a *analysis) runInItem(q *quantity) bool {
	if !q.listed {
		return false
	}
	s := a.sents[q.sent]
	for k := q.start - 1; k >= s.start; k-- {
		if a.tx(k) == ":" {
			return false
		}
		if w := a.lw(k); listingVerb(w) || w == "including" {
			return true
		}
	}
	return false
}
