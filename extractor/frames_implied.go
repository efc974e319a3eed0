package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleImplied marks a commitment whose giver is not named in its sentence
// but is the one donor of the text.
const ruleImplied = "frame.implied-donor"

// textDonor returns the donor of a text about one donor: the country (or
// the EU or NATO) of at least two of the commitments found so far and of
// at least two thirds of those of named actors; "" when there is none.
func textDonor(cs []news.Commitment) string {
	counts := map[string]int{}
	total := 0
	for _, c := range cs {
		if strings.HasPrefix(c.Actor, "group:") {
			continue
		}
		counts[c.Actor]++
		total++
	}
	best, n := "", 0
	for code, k := range counts {
		if k > n || k == n && code < best {
			best, n = code, k
		}
	}
	if n < 2 || 3*n < 2*total {
		return ""
	}
	return best
}

// impliedFrame gives a quantity that no frame links to an actor the donor
// of a text about one donor, when its sentence commits without naming who:
// its subject is "it" or a noun of commitment ("The new package will
// provide funding for …", "It includes 60 boats", "The package is worth
// CAD 95 million"), or the quantity is the subject of a passive of giving
// ("€33 billion is provided in the form of loans"). The sentence names no
// actor other than the donor except after a preposition (a recipient or a
// place), and no person or group. The guess goes to review (confidence
// 0.5).
func (a *analysis) impliedFrame(q quantity, donor string) (frame, bool) {
	if donor == "" || q.prepped || q.conversion || q.sent < 0 || q.sent >= len(a.sents) {
		return frame{}, false
	}
	s := a.sents[q.sent]
	for _, am := range a.actorsOf(s) {
		if am.code != donor && (am.subject || am.reporter || am.cls == cGroup || am.person) {
			return frame{}, false
		}
	}
	for k := s.start; k < s.end; k++ {
		if a.has(k, cTitle, cGroupNoun, cReporting, cCasualty) {
			return frame{}, false
		}
	}
	anchor := span{-1, -1}
	// the subject: "It", "The new package", "This contribution"
	k := s.start
	for k < s.end && k < s.start+4 && a.toks[k].kind != tNum && !a.has(k, cTriggerNoun) && a.lw(k) != "it" {
		switch w := a.lw(k); {
		case w == "the" || w == "this" || w == "that" || w == "new" || w == "latest" || w == "additional" || a.isModifier(k):
			k++
			continue
		}
		break
	}
	if k < q.start && (a.lw(k) == "it" || a.has(k, cTriggerNoun)) {
		// its verb, before the quantity
		for j := k + 1; j < q.start && j <= k+6; j++ {
			if a.has(j, cTrigger, cDeliveryPast) || a.has(j, cNounLink) && a.lw(j) != "of" && a.lw(j) != "a" && a.lw(j) != "an" && a.lw(j) != "the" {
				anchor = span{j, j + 1}
				break
			}
		}
	}
	if anchor.start < 0 && q.start == s.start {
		// "€33 billion is provided …", "500 soldiers will be deployed"
		for j := q.end + 1; j < s.end && j < q.end+4; j++ {
			if a.has(j, cTrigger, cDeliveryPast) && a.has(j-1, cPassiveAux) && (j+1 >= s.end || a.lw(j+1) != "by") {
				anchor = span{j, j + 1}
				break
			}
		}
	}
	if anchor.start < 0 {
		return frame{}, false
	}
	am := actorMention{code: donor, cls: cCountry, subject: true, sent: q.sent}
	lo, hi := min(anchor.start, q.start), max(anchor.end, q.end)
	return frame{actors: []actorMention{am}, anchor: anchor, rule: ruleImplied, conf: 0.5,
		window: span{max(s.start, lo-4), min(s.end, hi+3)}}, true
}
