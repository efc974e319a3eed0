package extractor

import "strings"

// Antecedents of carried donors: which country named before a sentence
// without a giver may give its lines, and which may not (a recipient, the
// place of a dateline, a victim). Used by giverAntecedent, putForward,
// discourseDonor, resolvePronoun and agentlessAnchor.

// receiverSubject reports whether subject am of sentence s is a
// recipient: a verb of receiving, awaiting, needing or asking follows
// within four tokens ("Ukraine expects a new batch of aid", "Kenya will
// receive", "Ukraine is awaiting", "Ukraine has a critical need"), or
// "the end user", "the beneficiary" or "the recipient" after a form of
// "be" ("The Philippine Navy will be the end user of …").
func (a *analysis) receiverSubject(am actorMention, s span) bool {
	for k := am.end; k < s.end && k < am.end+5; k++ {
		switch a.lw(k) {
		case "expects", "expect", "expected", "awaits", "await", "awaiting", "awaited", "user", "users",
			"beneficiary", "beneficiaries", "recipient", "recipients", "need", "needs", "needed", "asks", "asked",
			"requests", "requested":
			if a.lw(k) != "expected" || k+1 < s.end && a.lw(k+1) != "to" {
				return true // (not "is expected to send")
			}
		}
		if a.has(k, cReceive) {
			return true
		}
		if a.toks[k].kind == tPunct || a.has(k, cTrigger, cDeliveryPast) {
			return false
		}
	}
	return false
}

// sourceIn returns the country named after "from" in sentence si after a
// receiver subject (receiverSubject): the giver of "Ukraine expects new
// aid from JICA". It reports false when there is none or more than one.
func (a *analysis) sourceIn(si int, recv actorMention) (actorMention, bool) {
	var found actorMention
	n := 0
	for _, am := range a.actorsOf(a.sents[si]) {
		if am.start <= recv.end || len(am.code) != 2 || am.code == recv.code {
			continue
		}
		j := am.start - 1
		if a.lw(j) == "the" {
			j--
		}
		if a.lw(j) != "from" {
			continue
		}
		if n > 0 && found.code != am.code {
			return actorMention{}, false
		}
		found = am
		n++
	}
	return found, n > 0
}

// datelineMention reports whether mention am of sentence s is a
// dateline's place: am ends its sentence right after a comma and a place
// ("date 2023-06-01 Kyiv, Ukraine"; "WARSAW, Poland"). The place a story
// is filed from gives nothing. (A crawled page's "date …" line may hold
// the headline too: it is no dateline as a whole.)
func (a *analysis) datelineMention(am actorMention, s span) bool {
	end := am.end
	for end < s.end && a.toks[end].kind == tPunct && a.tx(end) != "," {
		end++
	}
	return end == s.end && am.start-1 > s.start && a.tx(am.start-1) == "," && a.toks[am.start-2].kind == tWord
}

// openerBefore reports whether q (at token qs) follows an opening phrase
// of its sentence that ends in a comma right before it: at most six words
// with no actor, number, verb of giving or of saying ("As part of this
// package, €10 million …", "Under the new agreement, 40 trucks …").
func (a *analysis) openerBefore(qs int, s span) bool {
	c := qs - 1
	if c <= s.start || c-s.start > 6 || a.tx(c) != "," {
		return false
	}
	for k := s.start; k < c; k++ {
		if a.toks[k].kind != tWord || a.actorAt[k] >= 0 || a.has(k, cTrigger, cDeliveryPast, cReporting) {
			return false
		}
	}
	return true
}

// moneyUseVerb reports a participle of putting money to a use that an
// agentless passive of money given before may have: "€10 million will be
// invested in …", "… will be spent on …", "… will be used for …".
func moneyUseVerb(w string) bool {
	switch w {
	case "invested", "spent", "used", "directed", "devoted":
		return true
	}
	return false
}

// passiveAgentAt reports whether the words from token j, after "by",
// may name an agent of a passive: anything but a time ("… will be
// delivered by June", "by the end of the year", "by 2026", "by next
// spring").
func (a *analysis) passiveAgentAt(j int, s span) bool {
	if j >= s.end {
		return false
	}
	if a.lw(j) == "the" && j+1 < s.end {
		switch a.lw(j + 1) {
		case "end", "middle", "start", "beginning", "spring", "summer", "autumn", "winter", "time":
			return false
		}
	}
	switch w := a.lw(j); {
	case monthName(w), a.toks[j].kind == tNum:
		return false
	case w == "next", w == "early", w == "mid", w == "late", w == "then", w == "year", w == "year's", w == "spring",
		w == "summer", w == "autumn", w == "winter", w == "end":
		return false
	}
	return true
}

// victimBefore reports whether the word before token k is a word of harm
// that makes the country after it a victim, never a giver: "quake-hit
// Turkey", "war-torn Sudan", "flood-stricken Pakistan", "embattled
// Ukraine".
func (a *analysis) victimBefore(k int) bool {
	if k <= 0 {
		return false
	}
	w := a.lw(k - 1)
	if k >= 3 && a.tx(k-2) == "-" {
		w = a.lw(k-3) + "-" + w // "quake - hit": tokens of one word
	}
	switch w {
	case "embattled", "besieged", "beleaguered", "war-torn", "cash-strapped", "crisis-hit", "impoverished":
		return true
	}
	return strings.HasSuffix(w, "-hit") || strings.HasSuffix(w, "-stricken") || strings.HasSuffix(w, "-torn") ||
		strings.HasSuffix(w, "-ravaged") || strings.HasSuffix(w, "-affected") || strings.HasSuffix(w, "-battered")
}

// headlineDemonymGift returns the country of a headline that opens with
// a demonym and a noun of what is given: "Japanese aid reaches …",
// "German tanks arrive in …", "British troops land in …". A demonym
// before a noun is no actor mention (it may name a people or an origin),
// but a headline that opens so names the donor of the text.
func (a *analysis) headlineDemonymGift() (actorMention, bool) {
	if len(a.sents) == 0 {
		return actorMention{}, false
	}
	s := a.sents[0]
	k := a.afterOpeningQuote(s)
	if a.lw(k) == "the" {
		k++
	}
	m, ok := a.longest(k, s.end, cDemonym)
	if !ok || m.end >= s.end || a.actorAt[k] >= 0 || len(m.value) != 2 {
		return actorMention{}, false
	}
	h := m.end
	if a.has(h, cSupportNoun) && h+1 < s.end && (giftHead(a, h+1) || a.has(h+1, cEquipNoun, cTroopNoun)) {
		h++ // "British military aid", "German air defence systems"
	}
	if !giftHead(a, h) && !a.has(h, cEquipNoun, cTroopNoun, cSupportNoun) {
		return actorMention{}, false
	}
	return actorMention{span: span{k, m.end}, code: m.value, cls: cCountry, subject: true, sent: 0}, true
}
