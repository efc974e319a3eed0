package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleListInline marks money of a donor in a list run into one sentence
// after a header with a colon.
const ruleListInline = "frame.list-inline"

// inlineListFrame matches an item of a list of donors run into one
// sentence after a header of donors or pledges and a colon: "Other
// donors: Italy, €20 million; Spain, €15 million.", "Other
// contributors: Italy, 500 troops; Spain, 300 troops.", "Contributions:
// Germany €5 million, France €3 million.", "Germany: €5 million,
// France: €3 million." Each item is a country, an optional comma, colon
// or dash, and the money; the item starts right after the colon or a
// separator (";" or ","), and no verb of giving lies between the colon
// and the money. A header of recipients ("Recipients: Kenya, $5
// million") or one that names a country ("Japan gave aid to two
// countries: Kenya, $5 million; …") names no donors.
func (a *analysis) inlineListFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney && q.kind != news.KindTroops || q.num == nil || q.conversion || q.start-2 < s.start {
		return frame{}, false
	}
	p := q.start - 1
	switch a.tx(p) {
	case ",", ":", "–", "—", "-":
		p--
	}
	n := a.actorEndingAt(p, s)
	if n < 0 || a.actors[n].end != p+1 || len(a.actors[n].code) != 2 {
		return frame{}, false
	}
	am := a.actors[n]
	b := am.start - 1
	if b >= 0 && a.lw(b) == "the" {
		b--
	}
	// the items may be cut into sentences at their semicolons: the list
	// starts in the first of the sentences joined by ";"
	hs := q.sent
	for hs > 0 && q.sent-hs < 12 && a.tx(a.sents[hs].start-1) == ";" {
		hs--
	}
	from := a.sents[hs].start
	if b < from {
		return frame{}, false
	}
	switch a.tx(b) {
	case ";", ",", ":":
	default:
		return frame{}, false
	}
	// the colon of the header, with no verb of giving after it (a status
	// in brackets is no verb: "Germany: €5 million (pledged), France: …")
	colon := -1
	for k := q.start - 1; k >= from; k-- {
		if a.tx(k) == ":" && k < am.start {
			colon = k
			break
		}
		if a.has(k, cTrigger, cDeliveryPast, cReceive) && (k == 0 || a.tx(k-1) != "(") {
			return frame{}, false
		}
	}
	if colon < 0 {
		return frame{}, false
	}
	hdr := a.sents[hs]
	for j := hs; j <= q.sent; j++ {
		if a.recipientSentence(a.sents[j]) {
			return frame{}, false
		}
	}
	// the header speaks of donors or pledges: "Other donors:", "The
	// pledges:", "Contributions:"; or it is the first item itself
	// ("Germany: €5 million, France: …")
	header := false
	for _, h := range a.actorsOf(hdr) {
		if h.start < colon && h.start > hdr.start+1 {
			return frame{}, false // "Japan gave aid to two countries: Kenya, $5 million; …": recipients
		}
	}
	for k := hdr.start; k < colon; k++ {
		if a.has(k, cTrigger, cDeliveryPast, cTriggerNoun) || donorNoun(a.lw(k)) || a.lw(k) == "donors" || a.lw(k) == "contributors" {
			header = true
			break
		}
	}
	if !header {
		if f := a.actorEndingAt(colon-1, hdr); f < 0 || a.actors[f].start > hdr.start+1 {
			return frame{}, false
		}
	}
	return frame{actors: []actorMention{am}, anchor: span{b, b + 1}, rule: ruleListInline, window: span{am.start, q.end}, conf: 0.7}, true
}
