package extractor

// The sentence shapes of a commitment without a giver that
// contextDonorFrame reads: a noun that takes up a gift and a verb of
// inclusion ("The vehicles included 30 trucks", inclusionAnchor), a
// country as the subject of a verb of receiving ("Moldova will receive
// €10 million", receiveAnchor), and a passive of giving with no agent
// ("12 howitzers were also handed over", agentlessAnchor).

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// inclusionAnchor finds the verb of inclusion before q ("include",
// "comprises", "consists of", "contains") whose subject is a noun that
// takes up a gift ("the vehicles", "that funding", "items donated",
// "the donation"), with no actor before the verb but a reporter ("He
// says the equipment includes …"). It returns the verb's span.
func (a *analysis) inclusionAnchor(q *quantity, s span) (span, string, bool) {
	if q.num == nil && q.kind != news.KindMoney {
		return span{}, "", false // an uncounted list of goods stays one line
	}
	v := -1
	for k := q.start - 1; k >= s.start && q.start-k <= 40; k-- {
		if inclusionVerb(a.lw(k)) || q.kind == news.KindTroops && a.troopsNumberVerb(k) {
			v = k
			break
		}
		if a.has(k, cTrigger, cReporting, cReceive) && !a.claimed[k] {
			return span{}, "", false // a clause of its own between
		}
	}
	if v < 0 {
		return span{}, "", false
	}
	end := v + 1
	if end < s.end && a.lw(end) == "of" {
		end++
	}
	for _, am := range a.actorsOf(s) {
		if am.start < v && !am.reporter && !am.person {
			return span{}, "", false // "The Moldovan army includes …"
		}
		if am.start > v && am.subject && am.start < q.start && a.lw(am.start-1) != "the" {
			return span{}, "", false
		}
		if am.start > v && (a.lw(am.start-1) == "from" || a.lw(am.start-1) == "by") {
			return span{}, "", false // "… included $4bn from A and $3bn from B"
		}
	}
	// the head of the subject: skip "is expected to", "also", "will"
	h := v - 1
	for h > s.start && (a.has(h, cSubjectFollower, cPerfectAux, cPassiveAux, cIrrealis) || a.lw(h) == "to" || a.lw(h) == "expected" || a.lw(h) == "also" || strings.HasSuffix(a.lw(h), "ly")) {
		h--
	}
	if h > s.start && a.has(h, cTrigger, cDeliveryPast) && strings.HasSuffix(a.lw(h), "ed") {
		h-- // "Items donated include"
	}
	h = a.skipAside(h, s) // "The items, delivered last week, include"
	if a.lw(v) == "included" && (v == s.start || v == s.start+1 && a.lw(s.start) == "also") && v+1 < q.start && a.has(v+1, cPassiveAux) {
		return span{v, end}, "", true // "Also included are 12 howitzers": inverted
	}
	if h == s.start && (a.lw(h) == "these" || a.lw(h) == "they" || a.lw(h) == "this") {
		return span{v, end}, "", true // "These include 12 howitzers": the goods just named; "This includes …": the gift
	}
	if h < s.start || !giftHead(a, h) && !a.wholeTakenUp2(h) && !(q.kind == news.KindTroops && troopBodyHead(a, h)) {
		return span{}, "", false
	}
	// a determiner or the start of a clause before the head, and nothing
	// but modifiers between
	d := h - 1
	for d >= s.start && h-d <= 4 && !takeUpDeterminer(a.lw(d)) && a.toks[d].kind != tPunct && !a.has(d, cReporting) {
		d--
	}
	if d >= s.start && h-d > 4 {
		return span{}, "", false
	}
	return span{v, end}, "", true
}

// receiveAnchor finds a country as the subject of a verb of receiving
// right before q: "Moldova will receive €10 million", "Iraq will also be
// given 400 rifles", "Each of the hospitals will get …" is not read (no
// country). It returns the verb's span and the country.
func (a *analysis) receiveAnchor(q *quantity, s span) (span, string, bool) {
	var subj actorMention
	n := 0
	for _, am := range a.actorsOf(s) {
		if am.reporter || am.start >= q.start && !am.subject {
			continue
		}
		if am.start > q.start {
			return span{}, "", false // "… from Poland": a giver of its own
		}
		subj = am
		n++
	}
	// (a recipient before a verb of receiving is not marked a subject)
	if n != 1 || !subj.subject && (subj.start-s.start > 3 || a.afterPrep(subj.start)) || strings.HasPrefix(subj.code, "group:") {
		return span{}, "", false
	}
	for k := subj.end; k < q.start; k++ {
		if a.lw(k) == "given" && a.has(k-1, cPassiveAux) || a.has(k, cReceive) && a.lw(k) != "secured" && a.lw(k) != "secure" {
			if q.start-k > 10 || k-subj.end > 4 {
				return span{}, "", false
			}
			// the object runs to the quantity: "be given rifle ammunition
			// worth £1.4 million"
			for j := k + 1; j < q.start; j++ {
				if a.toks[j].kind == tPunct && a.tx(j) != "-" || a.has(j, cTrigger, cClauseBreak, cLocPrep) {
					return span{}, "", false
				}
			}
			for j := q.end; j < s.end && j < q.end+6; j++ {
				if a.lw(j) == "from" || a.lw(j) == "it" || a.lw(j) == "they" {
					return span{}, "", false // "30 tanks it bought", "from Poland"
				}
			}
			return span{k, k + 1}, subj.code, true
		}
	}
	return span{}, "", false
}

// agentlessAnchor finds a passive of giving without an agent whose
// subject is q, at the start of its sentence: "12 howitzers were also
// handed over", "In addition, €20 million will be provided as loans",
// "A further 200 soldiers will be deployed in May", "Another 200
// soldiers will follow", also after a lead of saying ("He added that 40
// trucks were handed over": reportedLead). The sentence names no country
// but after a preposition ("to Ukraine"). It returns the verb's span, and delivered
// for a past passive of delivery ("were handed over").
func (a *analysis) agentlessAnchor(q *quantity, s span) (span, news.Status, bool) {
	lead := s
	if lead.start+1 < q.start && bulletMark(a.tx(lead.start)) {
		lead.start++ // "- As part of this, €10 million will be …": a bullet
	}
	from := a.reportedLead(lead, q.start) // "He added that 40 trucks were handed over"
	if q.start-from > 4 && (a.openerBefore(q.start, lead) || a.openersBefore(q, lead)) {
		from = q.start // "As part of this package, €10 million will be …"
	}
	if q.num == nil || q.start-from > 4 {
		return span{}, "", false
	}
	for k := from; k < q.start; k++ {
		if a.toks[k].kind == tNum || a.actorAt[k] >= 0 || a.has(k, cTrigger, cCasualty, cReporting) {
			return span{}, "", false
		}
	}
	for _, am := range a.actorsOf(s) {
		if _, own := a.isPossessive(am.end, s.end); own && am.start > q.end {
			continue // "… will be allocated to strengthen Ukraine's air defence": the receiver's
		}
		if !a.afterPrep(am.start) {
			return span{}, "", false
		}
	}
	// "NOK 3 billion (€250 million) will be provided": the amount given
	// again in brackets is no part of the clause
	after := a.skipConversion(q, q.end, s)
	for k := after; k < s.end && k < after+5; k++ {
		if a.has(k, cCasualty, cDeclined, cClauseBreak) || a.lw(k) == "not" || a.lw(k) == "never" || a.toks[k].kind == tPunct {
			return span{}, "", false
		}
		if a.lw(k) == "follow" {
			return span{k, k + 1}, "", true // "Another 200 soldiers will follow"
		}
		if !a.has(k, cPassiveAux) || k+1 >= s.end {
			continue
		}
		j := k + 1
		for j < s.end && j <= k+2 && (a.lw(j) == "also" || strings.HasSuffix(a.lw(j), "ly")) {
			j++ // "were also handed over"
		}
		m, ok := a.longest(j, s.end, cTrigger, cDeliveryPast)
		if !ok && q.kind == news.KindMoney && (moneyUseVerb(a.lw(j)) || a.lw(j) == "available" && a.lw(k) == "be") {
			m.start, m.end, ok = j, j+1, true // "€10 million will be invested in …", "… will be available for …"
		}
		if !ok || m.end < s.end && a.lw(m.end) == "by" && a.passiveAgentAt(m.end+1, s) {
			return span{}, "", false // "… were delivered by Poland": the passive frame reads it
		}
		// "were also handed over", "have now been deployed": done
		if a.has(m.start, cDeliveryPast) && (a.lw(k) == "was" || a.lw(k) == "were" || a.lw(k) == "been" && k > s.start && (a.lw(k-1) == "has" || a.lw(k-1) == "have")) {
			return span{m.start, m.end}, news.StatusDelivered, true
		}
		return span{m.start, m.end}, "", true
	}
	return span{}, "", false
}

// inclusionVerb reports a verb that lists the parts of a whole.
func inclusionVerb(w string) bool {
	switch w {
	case "include", "includes", "included", "comprise", "comprises", "comprised",
		"consist", "consists", "consisted", "contain", "contains", "contained":
		return true
	}
	return false
}

// bulletMark reports a mark that opens an item of a list: "-", "–",
// "•", "*".
func bulletMark(w string) bool {
	return w == "-" || w == "–" || w == "•" || w == "*"
}

// openersBefore reports whether q follows two or three short openers
// that end in commas and name no actor, verb of giving or saying, or
// other quantity: "In addition, at the beginning of 2024, NOK 3 billion
// will be provided".
func (a *analysis) openersBefore(q *quantity, s span) bool {
	c := q.start - 1
	if c <= s.start || c-s.start > 14 || a.tx(c) != "," {
		return false
	}
	for _, o := range a.quantsOf(q.sent) {
		if o.start >= s.start && o.end <= c {
			return false // "Of the €50 million, €10 million …": a part (partOfAnchor)
		}
	}
	commas := 0
	for k := s.start; k < c; k++ {
		switch {
		case a.tx(k) == ",":
			commas++
		case a.toks[k].kind != tWord && a.toks[k].kind != tNum || a.actorAt[k] >= 0 || a.has(k, cTrigger, cDeliveryPast, cReporting):
			return false
		}
	}
	return commas >= 1 && commas <= 2
}
