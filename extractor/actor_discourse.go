package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// The current donor of a stretch of text: the one country that the last
// few sentences put forward as the one who acts or speaks. Later
// sentences that give without naming who ("The government will also
// provide …", "The prime minister is considering sending …", "The package
// includes …", "12 howitzers will be delivered in May") take it.

// ruleDiscourseDonor names a line whose giver is the current donor of the
// sentences before (discourseDonor).
const ruleDiscourseDonor = "context.discourse-donor"

// discourseBack is how many sentences before discourseDonor reads.
const discourseBack = 3

// headlineReach is the last sentence index for which discourseDonor
// reads back to a headline when the sentences between name no one.
const headlineReach = 6

// discourseDonor returns the current donor for sentence si: the country
// named as a subject or a source (a speaker, "Germany's defence ministry
// said"; putForward) in the nearest of the discourseBack sentences before si that
// names one, not after a preposition. It resets and gives none when:
//
//   - that sentence puts two different countries forward ("Germany and
//     France said …": ambiguous);
//   - that sentence names a group of givers ("donors that include the EU
//     …", "allies"): one of many;
//   - the country is a recipient or the place of events, named after
//     "to", "for", "into" or "in" in the look-back window ("… pledged €5 million to Ukraine. Ukraine will use
//     it …": the recipient is no donor);
//   - no sentence from the donor's to si-1 has a cue of giving or support
//     (a past of handing over, a noun of commitment, a support word,
//     joining a mission, or a
//     verb of giving in a sentence that names another country), so a
//     country that only acts for itself ("Russia massed forces …", "Japan
//     hosted talks") is never a donor.
//
// A country thanked or praised there ("Ukraine's president thanked
// Germany for its support") is the donor that sentence puts forward, not
// the thanker.
//
// Only the discourseBack sentences before are read (per-sentence work),
// and a headline over the first headlineReach sentences.
func (a *analysis) discourseDonor(si int) (actorMention, bool) {
	if si <= 0 || si > len(a.sents) {
		return actorMention{}, false
	}
	lo := si - discourseBack
	if lo > 0 && si <= headlineReach && a.headline(a.sents[0].start) {
		lo = 0 // a headline stays in force over a few sentences that name no one
	}
	for sj := si - 1; sj >= 0 && sj >= lo; sj-- {
		var found actorMention
		n := 0
		th, thanked := a.thankedBefore(a.sents[sj])
		if thanked {
			found, n = th, 1 // "Kyiv thanked Germany for its support": the thanked gives, not the thanker
		}
		for _, am := range a.actorsOf(a.sents[sj]) {
			if thanked || !a.putForward(am, a.sents[sj]) {
				continue
			}
			if n > 0 && am.code != found.code {
				return actorMention{}, false // two countries put forward
			}
			found = am
			n++
		}
		if n == 0 && sj == 0 && a.headline(a.sents[0].start) {
			found, thanked = a.headlineDemonymGift() // "Japanese aid reaches …"
			if thanked {
				n = 1
			}
		}
		if n == 0 {
			continue
		}
		if a.stats.sentCls[sj]&(1<<cGroupNoun) != 0 {
			return actorMention{}, false // "donors that include the EU …": one of many givers
		}
		if a.recipientBefore(si, found.code) {
			return actorMention{}, false
		}
		for bj := sj; bj < si; bj++ {
			if a.givingCue(bj, found.code) {
				found.far = true
				return found, true
			}
		}
		return actorMention{}, false
	}
	return actorMention{}, false
}

// recipientBefore reports whether code is named after a preposition of a
// recipient or a place ("to", "for", "into", "in") in the discourseBack
// sentences before si: the country that receives, or where the events
// happen, is not the one that gives.
func (a *analysis) recipientBefore(si int, code string) bool {
	for sj := max(0, si-discourseBack); sj < si; sj++ {
		for _, am := range a.actorsOf(a.sents[sj]) {
			if am.code != code || am.start == 0 {
				continue
			}
			if p := a.prepBefore(am.start); recipientPrep(a.lw(am.start-1)) || p >= 0 && recipientPrep(a.lw(p)) {
				return true // "to Kenya", "to flood-hit Kenya"
			}
		}
	}
	return false
}

// namesOther reports whether sentence si names a country other than code.
func (a *analysis) namesOther(si int, code string) bool {
	for _, am := range a.actorsOf(a.sents[si]) {
		if am.code != code && am.cls != cGroup {
			return true
		}
	}
	return false
}

// putForward reports whether mention am of sentence s names a country
// that acts or speaks there: a subject or a source, not a group, not after
// a preposition, not the subject of a verb of receiving ("Moldova will
// receive …"), not the place of a dateline (datelineMention), and not a
// heading that is nothing but the name ("Moldova" on a line of its own
// opens a section about a recipient).
func (a *analysis) putForward(am actorMention, s span) bool {
	if am.cls == cGroup || strings.HasPrefix(am.code, "group:") || !(am.subject || am.reporter) || a.afterPrep(am.start) {
		return false
	}
	if p := a.prepBefore(am.start); p >= 0 && recipientPrep(a.lw(p)) {
		return false // "to flood-hit Pakistan": a recipient or a place
	}
	if a.moneyReceives(am, s) || a.datelineMention(am, s) || a.victimBefore(am.start) {
		return false // a recipient; the place of a dateline ("Kyiv, Ukraine"); "quake-hit Turkey"
	}
	for k := s.start; k < s.end; k++ {
		if (k < am.start || k >= am.end) && a.toks[k].kind != tPunct {
			return true
		}
	}
	return false // a heading
}

// unnamedAidOwner returns the current donor for a running total whose
// aid noun at j, before the amount at end, names no owner but a possessive or "total": "Its total aid
// to Kenya now stands at …", "Total aid to Kenya has reached …", "Their
// overall assistance amounts to …", or names its recipient and a word of
// time ("Support to Kenya now reaches …": aidToRecipient). The noun phrase opens the sentence,
// and the sentence names no group of givers ("from all donors", "Western
// aid") and no country but a recipient or a place (onlyRecipientsIn).
func (a *analysis) unnamedAidOwner(j, end int, s span) (actorMention, bool) {
	if j-s.start > 3 {
		return actorMention{}, false
	}
	for k := j; k < end; k++ {
		if a.has(k, cIrrealis, cConsidering) && a.lw(k) != "to" {
			return actorMention{}, false // "The total volume can reach …": a ceiling, not a total given
		}
	}
	poss, total := false, false
	for k := s.start; k < j; k++ {
		switch a.lw(k) {
		case "its", "their":
			poss = k == s.start
		case "total", "overall", "cumulative":
			total = true
		case "the":
		default:
			if !a.isModifier(k) || a.has(k, cGroupAdj, cDemonym) {
				return actorMention{}, false
			}
		}
	}
	if !poss && !total && !a.aidToRecipient(j, end) {
		return actorMention{}, false
	}
	si := a.sentOf(s)
	if a.stats.sentCls[si]&(1<<cGroupNoun|1<<cGroupAdj|1<<cCollective) != 0 {
		return actorMention{}, false
	}
	if !a.onlyRecipientsIn(s) {
		return actorMention{}, false
	}
	return a.discourseDonor(si)
}

// onlyRecipientsIn reports whether every country named in sentence s
// stands after a preposition of a recipient or a place ("to Kenya", "in
// Kenya", "in Juba, capital of South Sudan"), none as a subject or a
// source ("from Poland", "by Poland").
func (a *analysis) onlyRecipientsIn(s span) bool {
	for _, am := range a.actorsOf(s) {
		if am.start-2 > s.start && a.lw(am.start-1) == "of" && a.lw(am.start-2) == "capital" {
			continue // "in Juba, capital of South Sudan": a place
		}
		if am.start <= s.start || !recipientPrep(a.lw(am.start-1)) {
			return false
		}
	}
	return true
}

// troopPresenceAnchor finds troops q as the subject of a verb of presence
// or movement near the start of a sentence that names no giver: "The
// first 200 soldiers will arrive in May", "Its 300 troops are stationed
// near the border", "Up to 150 soldiers could take part". Only articles,
// "its"/"their", and words of order or extent stand before q; the
// sentence names no country but a recipient or a place; one of the two
// sentences before speaks of troops, a mission or joining one. It returns the
// verb's span, and delivered for a verb in the past or of being in place
// without a modal ("arrived", "are stationed").
func (a *analysis) troopPresenceAnchor(q *quantity, s span) (span, news.Status, bool) {
	if q.kind != news.KindTroops || q.num == nil || q.start-s.start > 4 || !a.onlyRecipientsIn(s) {
		return span{}, "", false
	}
	// the sentences before speak of a deployment or a mission ("Germany
	// pledged €5 million. 200 soldiers remain in the city" is no giver's)
	const deploy = 1<<cJoinVerb | 1<<cTroopNoun | 1<<cTroopUnit | 1<<cOperationNoun | 1<<cPresence
	si := a.sentOf(s)
	if si < 1 || (a.stats.sentCls[si-1]|a.stats.sentCls[max(0, si-2)])&deploy == 0 {
		return span{}, "", false
	}
	for k := s.start; k < q.end; k++ {
		if a.actorAt[k] >= 0 || a.has(k, cTrigger, cCasualty, cReporting, cDemonym, cGroupAdj) {
			return span{}, "", false
		}
		if k < q.start && !troopLead(a.lw(k)) && !a.has(k, cTroopUnit, cTroopNoun) {
			return span{}, "", false // "It had about 12,000 troops": a verb of its own before
		}
		switch a.lw(k) {
		case "local", "government", "enemy", "international", "multinational", "foreign", "un":
			return span{}, "", false // "200 local soldiers": not one giver's
		}
	}
	modal := false
	from := a.unitSourceEnd(q.end, s) // "… 700 engineers from the 54th Corps will arrive"
	for k := from; k < s.end && k < from+4; k++ {
		if a.has(k, cCasualty, cDeclined) || a.lw(k) == "not" || a.toks[k].kind == tPunct {
			return span{}, "", false
		}
		modal = modal || a.has(k, cIrrealis, cConsidering)
		m, ok := a.longest(k, s.end, cPresence)
		if !ok {
			continue
		}
		w := a.lw(m.end - 1)
		if !modal && (strings.HasSuffix(w, "ed") || a.has(k-1, cPassiveAux) || w == "present" || w == "left") {
			return span{m.start, m.end}, news.StatusDelivered, true
		}
		return span{m.start, m.end}, "", true
	}
	return span{}, "", false
}

// troopLead reports a word that may open a subject of counted troops:
// an article or possessive, a word of order, or a word of extent ("the
// first", "its", "another", "up to", "about", "a contingent of").
func troopLead(w string) bool {
	switch w {
	case "the", "a", "an", "its", "their", "first", "next", "last", "another", "further", "additional",
		"up", "to", "around", "about", "some", "nearly", "over", "almost", "roughly", "approximately", "of",
		"batch", "group", "wave", "rotation":
		return true
	}
	if isOrdinal(w) || strings.HasSuffix(w, "teenth") || strings.HasSuffix(w, "tieth") {
		return true // "The third batch of 700 peacekeepers", "the thirteenth rotation of"
	}
	return false
}

// givingCue reports whether sentence si has a cue of giving or support
// for the country code: a past of handing over, a noun of commitment or
// of aid ("new aid"), a support word, joining a mission, or a verb of giving in a sentence that
// names someone else to give to ("will keep helping Jordan", not "hosted
// talks" or "launched new strikes").
func (a *analysis) givingCue(si int, code string) bool {
	const cues = 1<<cDeliveryPast | 1<<cDelivered | 1<<cTriggerNoun | 1<<cSupportVerb |
		1<<cSupportNoun | 1<<cSupportCue | 1<<cSupportMain | 1<<cJoinVerb | 1<<cMoneyObject
	return a.stats.sentCls[si]&cues != 0 || a.stats.sentCls[si]&(1<<cTrigger) != 0 && a.namesOther(si, code)
}

// giverAntecedent is antecedent for a noun that takes up a gift ("The
// package includes …"): the first subject of the nearest of sentences si,
// si-1, … si-n+1 that has one and a cue of giving (givingCue), so a
// country that only acts for itself in between ("Russia launched new
// strikes") is passed over.
//
// A country thanked there is the giver (thankedBefore). A subject that
// receives ("Ukraine expects new aid from JICA": a
// receiverSubject) is no giver: the country after "from" in its sentence
// is (sourceIn), else there is none.
func (a *analysis) giverAntecedent(si, n int) (actorMention, bool) {
	for k := si; k >= 0 && k > si-n; k-- {
		if am, ok := a.thankedBefore(a.sents[k]); ok {
			return am, true // "Kyiv thanked Norway for its new package. The aid includes …"
		}
		if am, ok := a.antecedent(k, 1); ok && a.givingCue(k, am.code) {
			if a.receiverSubject(am, a.sents[k]) {
				return a.sourceIn(k, am)
			}
			return am, true
		}
	}
	return actorMention{}, false
}

// appositionAnchor finds money q set in apposition to a noun that takes
// up what a donor gives, at the start of the sentence: "The funding, €40
// million in total, will go to hospitals", "The new aid, some $5 million,
// is for …". The noun is one of what a donor gives (givenHead: not a
// common "fund" many fill). It returns the span of the comma.
func (a *analysis) appositionAnchor(q *quantity, s span) (span, bool) {
	if q.kind != news.KindMoney || q.num == nil || !a.onlyRecipientsIn(s) || !takeUpDeterminer(a.lw(s.start)) {
		return span{}, false
	}
	c := q.start - 1
	switch a.lw(c) {
	case "some", "about", "around", "nearly", "roughly", "almost", "over":
		c-- // "The funding, some €40 million, …" (not "The package, worth …": the other frames read a value)
	}
	if c-s.start < 2 || c-s.start > 3 || a.tx(c) != "," {
		return span{}, false
	}
	h := c - 1
	if !givenHead(a.lw(h)) && a.lw(h) != "sum" && a.lw(h) != "amount" {
		return span{}, false
	}
	if h == s.start+2 && !a.isModifier(s.start+1) {
		return span{}, false
	}
	return span{c, c + 1}, true
}

// unitSourceEnd returns the token after a short phrase at k that names
// the home unit of troops without a country ("from the 54th Combined
// Corps", "from bases in the north"), else k: "from", then at most five
// words with no actor, number of troops, verb or punctuation.
func (a *analysis) unitSourceEnd(k int, s span) int {
	if k >= s.end || a.lw(k) != "from" {
		return k
	}
	for j := k + 1; j < s.end && j <= k+6; j++ {
		if a.actorAt[j] >= 0 || a.toks[j].kind == tPunct || a.has(j, cTrigger, cPresence, cIrrealis, cPassiveAux, cPerfectAux) {
			if j > k+1 && a.actorAt[j] < 0 && a.toks[j].kind != tPunct {
				return j
			}
			return k
		}
	}
	return k
}
