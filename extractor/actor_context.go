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
	if f, ok := a.secondClauseFrame(q, done); ok {
		return f, true // "…, but the remaining $13 million has been blocked" (frames_money_clause.go)
	}
	if f, ok := a.withdrawalNounFrame(q, done); ok {
		return f, true // "The withdrawal of 281 soldiers …" (frames_troops_withdrawal_noun.go)
	}
	if q.sent < 1 || q.sent >= len(a.sents) || q.conversion || q.kind == news.KindSupport {
		return frame{}, false
	}
	s := a.sents[q.sent]
	if s.start > 0 && a.tx(s.start-1) == ";" {
		return frame{}, false // a clause after a semicolon belongs to its list line
	}
	for k := s.start; k < s.end; k++ {
		if a.has(k, cCasualty, cDeclined, cHypothetical) || a.has(k, cSale) && !a.fundVerbAt(k, q, s) {
			return frame{}, false
		}
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
	carry := ""
	if !ok {
		anchor, carry, ok = a.carryAnchor(q, s) // "Among the items are …", "The money will fund …" (actor_carry.go)
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
		anchor, past, ok = a.includedInPassiveAnchor(q, s) // "Aid was also provided, including … $55 million" (frames_money_clause.go)
	}
	if !ok {
		anchor, past, ok = a.troopPresenceAnchor(q, s) // "The first 200 soldiers will arrive in May"
	}
	if !ok {
		return frame{}, false
	}
	var line news.Commitment
	var name string
	if carry == ruleCarryMadeOf {
		line, name, ok = a.madeOfLineBefore(q, s, anchor, done, donor) // the giver of the parts (frames_made_of.go)
	} else {
		line, name, ok = a.contextLine(q.sent, done, donor, inclusion)
		if code, rok := a.soleReporter(s, q.start); rok && carry != "" {
			line, name, ok = news.Commitment{Actor: code}, ruleCarryReporter, true // "…, the EU said in a statement"
		}
	}
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
	if carry != "" && name != ruleCarryReporter {
		f.name = carry
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
		if a.otherActorIn(cj, line.Actor, line.Recipient) {
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
// code and its recipient to that is not a source and not after a
// preposition: "Germany and France handed over …", "X announced the US
// Army presented it with …" (not "Estonia will give Ukraine €40 million",
// nor the second place of "in South Sudan and Sudan's Darfur region").
func (a *analysis) otherActorIn(si int, code, to string) bool {
	placed := false // the actor before is after a preposition: "in Mali and Niger"
	prevEnd := -1
	for _, am := range a.actorsOf(a.sents[si]) {
		listed := placed && prevEnd >= 0 && a.joined(prevEnd, am.start)
		placed = a.afterPrep(am.start) || listed
		prevEnd = am.end
		if !am.reporter && am.code != code && am.code != to && !strings.HasPrefix(am.code, "group:") && !placed {
			return true
		}
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
