package extractor

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleContextDonor marks a commitment whose giver is named in one of the
// two sentences before its own: the giver of the last line there.
const ruleContextDonor = "frame.context-donor"

// contextDonorFrame gives a quantity that no frame links to an actor the
// giver of the nearest line in the two sentences before, when its
// sentence is shaped like a commitment without a giver:
//
//   - a noun that takes up what was given, then a verb of inclusion, then
//     the quantity in what follows: "The vehicles included 30 trucks and
//     12 ambulances", "That funding is expected to include €2 billion",
//     "Items donated include 50 motorcycles". The line takes the status of
//     the line it details.
//   - a country as the subject of a verb of receiving, then the quantity:
//     "Moldova will receive €10 million", "Iraq will also be given 400
//     rifles". The country must not be the giver, and must be the
//     recipient of the line before when that line has one.
//   - the quantity as the subject of a passive of giving with no agent:
//     "12 howitzers were also handed over", "A further 200 soldiers will
//     be deployed in May" (agentlessAnchor).
//
// Guards: the giver's sentence names no second giver as a subject, no
// sentence in between names another country as a subject, the quantity's
// sentence names no actor but the recipient, a reporter or a mention after
// a preposition, and no casualty, purchase or sale. Only the two sentences
// before are read (per-sentence work). The guess goes to review
// (confidence 0.5).
func (a *analysis) contextDonorFrame(q *quantity, done []news.Commitment, donor string) (frame, bool) {
	if q.sent < 1 || q.sent >= len(a.sents) || q.conversion || q.kind == news.KindSupport {
		return frame{}, false
	}
	s := a.sents[q.sent]
	if s.start > 0 && a.tx(s.start-1) == ";" {
		return frame{}, false // a clause after a semicolon belongs to its list line
	}
	if a.spanHasCls(s, 1<<cCasualty|1<<cSale|1<<cDeclined|1<<cHypothetical) {
		return frame{}, false
	}
	if f, ok := a.possessivePlanFrame(q, s, donor); ok {
		return f, true
	}
	anchor, recipient, ok := a.inclusionAnchor(q, s)
	partOf := false
	if !ok {
		anchor, ok = a.partOfAnchor(q, s) // "Of this, €40 million is for …": a part of the line before
		partOf = ok
	}
	if !ok {
		anchor, ok = a.appositionAnchor(q, s) // "The funding, €40 million in total, will go to …"
	}
	inclusion := ok
	if !ok {
		anchor, recipient, ok = a.receiveAnchor(q, s)
	}
	var past news.Status
	if !ok {
		anchor, past, ok = a.agentlessAnchor(q, s)
	}
	if !ok {
		anchor, past, ok = a.troopPresenceAnchor(q, s) // "The first 200 soldiers will arrive in May"
	}
	if !ok {
		return frame{}, false
	}
	line, name, ok := a.contextLine(q.sent, done, donor, inclusion)
	if ok && partOf && cumulativeGiving(line) {
		return frame{}, false // cumulative giving is not split
	}
	if !ok || line.Actor == recipient || recipient != "" && line.Recipient != "" && line.Recipient != recipient {
		return frame{}, false // the giver itself, or another country than the one it gives to
	}
	if q.kind == news.KindMoney && line.Kind == news.KindMoney && line.Currency != "" && q.currency != line.Currency && !slices.Contains(q.candidates, line.Currency) {
		return frame{}, false // "… worth DKK 700 million. An additional $10 million …": not the same purse
	}
	if line.Kind == q.kind && q.start-2 >= s.start && (a.lw(q.start-1) == "remaining" || a.lw(q.start-2) == "remaining") {
		return frame{}, false // "500 million doses … The remaining 300 million": a part of the line's whole
	}
	am := actorMention{code: line.Actor, cls: cCountry, subject: true, sent: q.sent}
	f := frame{actors: []actorMention{am}, anchor: anchor, rule: ruleContextDonor, name: name, conf: 0.5,
		window: span{max(s.start, min(anchor.start, q.start)-4), min(s.end, max(anchor.end, q.end)+3)}}
	if inclusion {
		f.forced = line.Status // the list details the gift before
	}
	if past != "" {
		also := false // "… 40 buses were also handed over": one more gift of the same giver
		for k := q.end; k < anchor.start; k++ {
			also = also || a.lw(k) == "also"
		}
		if line.Kind != "" && line.Kind != q.kind && !also {
			return frame{}, false // "Japan pledged $5 million. 40 buses were delivered …": not that line's
		}
		f.forced = past
	}
	return f, true
}

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
		if inclusionVerb(a.lw(k)) {
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
	if a.lw(v) == "included" && (v == s.start || v == s.start+1 && a.lw(s.start) == "also") && v+1 < q.start && a.has(v+1, cPassiveAux) {
		return span{v, end}, "", true // "Also included are 12 howitzers": inverted
	}
	if h == s.start && (a.lw(h) == "these" || a.lw(h) == "they") {
		return span{v, end}, "", true // "These include 12 howitzers": the goods just named
	}
	if h < s.start || !giftHead(a, h) && !a.wholeTakenUp2(h) {
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
	from := a.reportedLead(s, q.start) // "He added that 40 trucks were handed over"
	if q.num == nil || q.start-from > 4 {
		return span{}, "", false
	}
	for k := from; k < q.start; k++ {
		if a.toks[k].kind == tNum || a.actorAt[k] >= 0 || a.has(k, cTrigger, cCasualty, cReporting) {
			return span{}, "", false
		}
	}
	for _, am := range a.actorsOf(s) {
		if !a.afterPrep(am.start) {
			return span{}, "", false
		}
	}
	for k := q.end; k < s.end && k < q.end+5; k++ {
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
		if !ok || m.end < s.end && a.lw(m.end) == "by" {
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

// contextLine returns the line of the giver for sentence si: the last
// line of a named actor in the nearest of the two sentences before that
// has one, when that sentence names no other country but after a
// preposition and no sentence between names another country as a subject
// or a source; else a line of the subject country of the sentence before
// when it announces a noun of commitment without an amount
// (announcerBefore); else of donor, the one donor of the text (textDonor),
// when the two sentences before name no other country as a subject or a
// source; else, when anyCountry is set (a list after a verb of
// inclusion), of the one country named in the two sentences before
// (onlyCountryBefore). Before the last, when there is no donor of the
// text, the current donor of the sentences before (discourseDonor); name
// is then ruleDiscourseDonor. The last four have no status. ok is false
// when there is none.
func (a *analysis) contextLine(si int, done []news.Commitment, donor string, anyCountry bool) (news.Commitment, string, bool) {
	ix := a.syncLines(done)
lines:
	for cj := si - 1; cj >= 0 && cj >= si-2; cj-- {
		j, ok := ix.owner[cj]
		if !ok || j >= len(done) {
			continue
		}
		line := &done[j]
		if a.otherActorIn(cj, line.Actor) {
			return news.Commitment{}, "", false // two givers: no way to choose
		}
		for bj := cj + 1; bj < si; bj++ {
			if a.otherSubjectIn(bj, line.Actor) {
				break lines // a third party between: it may be the giver (announcerBefore, discourseDonor)
			}
		}
		return *line, "", true
	}
	if code := a.announcerBefore(si); code != "" {
		return news.Commitment{Actor: code}, "", true
	}
	// the one donor of the text, when the two sentences before name no
	// other country as a subject or a source; else the one country named
	// in them, not after a preposition ("The US ambassador says aid has
	// arrived. He says the equipment includes …")
	if donor == "" {
		if am, ok := a.discourseDonor(si); ok {
			return news.Commitment{Actor: am.code}, ruleDiscourseDonor, true // the current donor of the sentences before
		}
		if !anyCountry {
			return news.Commitment{}, "", false
		}
		code := a.onlyCountryBefore(si)
		given := false // a verb of giving in the two sentences ("Russia massed forces …" gives nothing)
		for bj := max(0, si-2); bj < si; bj++ {
			given = given || a.stats.sentCls[bj]&(1<<cTrigger|1<<cDeliveryPast|1<<cDelivered) != 0
		}
		return news.Commitment{Actor: code}, "", code != "" && given
	}
	for bj := max(0, si-2); bj < si; bj++ {
		if a.otherSubjectIn(bj, donor) {
			return news.Commitment{}, "", false
		}
	}
	return news.Commitment{Actor: donor}, "", true
}

// otherSubjectIn reports whether sentence si names, as a subject or a
// source, a country other than code.
func (a *analysis) otherSubjectIn(si int, code string) bool {
	for _, am := range a.actorsOf(a.sents[si]) {
		if (am.subject || am.reporter) && am.code != code && !strings.HasPrefix(am.code, "group:") {
			return true
		}
	}
	return false
}

// onlyCountryBefore returns the one country (or the EU or NATO) named in
// the two sentences before si, not after "to", "for" or "in" (a recipient
// or a place); "" when there is none or more than one.
func (a *analysis) onlyCountryBefore(si int) string {
	code := ""
	for bj := max(0, si-2); bj < si; bj++ {
		for _, am := range a.actorsOf(a.sents[bj]) {
			if strings.HasPrefix(am.code, "group:") || am.start > 0 && recipientPrep(a.lw(am.start-1)) {
				continue // "to Lebanon", "in Beirut": a recipient or a place
			}
			if code != "" && am.code != code {
				return ""
			}
			code = am.code
		}
	}
	return code
}

// recipientPrep reports a preposition before a recipient or a place.
func recipientPrep(w string) bool {
	return w == "to" || w == "for" || w == "in" || w == "into"
}

// otherActorIn reports whether sentence si names a country other than
// code that is not a source and not after a preposition: "Germany and
// France handed over …", "X announced the US Army presented it with …".
func (a *analysis) otherActorIn(si int, code string) bool {
	for _, am := range a.actorsOf(a.sents[si]) {
		if !am.reporter && am.code != code && !strings.HasPrefix(am.code, "group:") && !a.afterPrep(am.start) {
			return true
		}
	}
	return false
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

// takeUpDeterminer reports a determiner that takes up a noun named before.
func takeUpDeterminer(w string) bool {
	switch w {
	case "the", "this", "that", "these", "those", "all", "its", "their":
		return true
	}
	return false
}

// giftHead reports whether token j can head a noun phrase that takes up
// what was given: a noun of commitment ("package", "aid"), a noun of
// materiel ("vehicles", "equipment"), or a noun of a consignment.
func giftHead(a *analysis, j int) bool {
	if commitmentHead(a, j) || a.has(j, cEquipNoun) {
		return true
	}
	switch a.lw(j) {
	case "items", "goods", "supplies", "donation", "donations", "shipment", "consignment", "delivery",
		"deliveries", "batch", "gift", "gifts", "proposal", "equipment", "materiel", "vehicles":
		return true
	}
	return false
}
