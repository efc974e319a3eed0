package extractor

// Bare numbers that count civilians: "France dispatched 139 aid
// personnel, Austria 105, Switzerland 80" gives support lines, not troops.

import "github.com/pledgewatch/pledgewatch/internal/news"

// civilianCounts turns the bare numbers of a sentence that counts a
// civilian team into support: after civilianTeams made "139 rescue
// personnel" support, "Austria 105" and "will send more than 100" in the
// same sentence count rescuers too. A sentence that also counts troops
// by their noun ("200 soldiers") keeps its bare numbers as troops.
func (a *analysis) civilianCounts() {
	for si := range a.sents {
		if a.stats.sentCls[si]&(1<<cCivilian) == 0 {
			continue
		}
		civilian, soldiers := false, false
		qs := a.quantsOf(si)
		for _, q := range qs {
			if q.sent != si {
				continue
			}
			switch {
			case q.kind == news.KindSupport && a.civilianIn(q.span):
				civilian = true
			case q.kind == news.KindTroops && q.num != nil && !a.bareCount(&q):
				soldiers = true
			}
		}
		if !civilian || soldiers {
			continue
		}
		for i := range qs {
			if q := &qs[i]; q.sent == si && q.kind == news.KindTroops && q.num != nil && a.bareCount(q) {
				q.kind, q.num = news.KindSupport, nil
			}
		}
	}
}

// civilianIn reports whether a word of civilians starts inside sp or in
// the three words after it ("a team of 12 civilian experts").
func (a *analysis) civilianIn(sp span) bool {
	for k := sp.start; k < sp.end+3 && k < len(a.toks); k++ {
		if a.has(k, cCivilian) {
			return true
		}
	}
	return false
}

// bareCount reports whether troops q are a number alone, without a noun
// of their own ("Austria 105", "send more than 100").
func (a *analysis) bareCount(q *quantity) bool {
	return q.num != nil && q.end <= q.num.end
}
