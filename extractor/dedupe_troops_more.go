package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// dropRestatedIncrement drops troops without a number that add to a
// force ("will send more troops", "decided to add more troops", "an
// extra two companies") when the same actor has troops with a number and
// the same status that add to a force too, anywhere in the text ("will
// deploy 700 more troops", "will increase from 850 to 1,000"): the
// unnumbered mention restates the numbered commitment, which is one
// line. Troops of another status (sent before, considered) stay.
func dropRestatedIncrement(cs []news.Commitment, order []int) ([]news.Commitment, []int) {
	type key struct {
		actor  string
		status news.Status
	}
	var numbered map[key]bool
	for _, c := range cs {
		// (an actor and status already known need no second reading)
		if c.Kind == news.KindTroops && c.Troops != nil && !numbered[key{c.Actor, c.Status}] && incrementEvidence(c.Evidence) {
			if numbered == nil {
				numbered = map[key]bool{}
			}
			numbered[key{c.Actor, c.Status}] = true
		}
	}
	if numbered == nil {
		return cs, order
	}
	return keepUnmarked(cs, order, func(i int) bool {
		c := &cs[i]
		return c.Kind == news.KindTroops && c.Troops == nil && numbered[key{c.Actor, c.Status}] && incrementEvidence(c.Evidence)
	})
}

// incrementEvidence reports whether evidence ev tells of adding to a
// force: "more", "additional", "extra", "further", "reinforcements" or a
// verb of increase ("add", "boost", "increase", "raise", "expand").
func incrementEvidence(ev string) bool {
	var buf [16]byte
	return anyLetterRun(ev, func(w string) bool {
		switch lowerShort(w, &buf) {
		case "more", "additional", "extra", "further", "reinforcements", "reinforce", "reinforcing",
			"add", "adding", "boost", "boosting", "increase", "increasing", "raise", "raising", "expand", "expanding":
			return true
		}
		return false
	})
}
