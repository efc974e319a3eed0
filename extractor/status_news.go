package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// Cues of status of unseen news, by grammar: a preposition "to" inside
// the giver's noun phrase (no infinitive), a giver that announces its own
// progressive handing over, refusals to say, negated withdrawals, a verb
// of giving before a noun anchor, money parts already given, troops on
// standby and the past of giving at a pledging event.

// modalBetween reports whether a modal, a hedge, a refusal or an
// infinitive "to" lies in [from, to), like irrealis, but a "to" that
// opens a noun phrase in the anchor's own sentence is a preposition and
// does not count: "Japan's ambassador to Kenya handed over", "the envoy
// to the UN sent".
func (a *analysis) modalBetween(from, to int) bool {
	// the giver's noun phrase lies in the anchor's sentence
	same := from < to && a.sentOfToken(max(0, from)) == a.sentOfToken(to-1)
	for k := max(0, from); k < to; k++ {
		if !a.has(k, cIrrealis, cConsidering, cDeclined) {
			continue
		}
		if same && a.lw(k) == "to" && a.prepositionTo(k) {
			continue
		}
		return true
	}
	return false
}

// prepositionTo reports whether "to" at token k opens a noun phrase: a
// determiner or possessive, an actor, a number or a capitalised name
// follows it ("to the Philippines", "to Kenya", "to 2024").
func (a *analysis) prepositionTo(k int) bool {
	j := k + 1
	if j >= len(a.toks) {
		return false
	}
	switch a.lw(j) {
	case "the", "a", "an", "its", "their", "his", "her", "our":
		return true
	}
	if j < len(a.actorAt) && a.actorAt[j] >= 0 {
		return true
	}
	return a.toks[j].kind == tNum || a.toks[j].kind == tWord && a.upper(j)
}

// announcedNow reports a progressive of handing over ("is sending", "are
// deploying") that its giver announces: a pronoun subject after a verb
// of saying or announcing ("Britain says it is sending 1,200 troops",
// "Greece announced that it is sending a team"). What a government says
// it is doing is announced: pledged. The progressive told by the news
// itself ("Belgium and Italy are sending ships") is pledged in body text
// too, and delivered in a headline (see deliveredNow).
func (a *analysis) announcedNow(f *frame) (string, bool) {
	k := f.anchor.start
	if f.rule == rulePassive || len(f.actors) == 0 || k < 1 || k >= len(a.toks) || !a.progressiveGiving(k) {
		return "", false
	}
	if f.anaphor.end > f.anaphor.start {
		// the verb of saying before the pronoun, past "that" and a time:
		// "Spain said on Monday that it is deploying"
		j := f.anaphor.start - 1
		if j >= 0 && a.lw(j) == "that" {
			for n := j - 1; n >= 0 && n >= j-4 && a.toks[n].kind == tWord; n-- {
				if a.has(n, cReporting) || announceVerb(a.lw(n)) {
					j = n
					break
				}
			}
		}
		if j >= 0 && (a.has(j, cReporting) || announceVerb(a.lw(j))) {
			return "announced " + a.lw(k), true
		}
	}
	return "", false
}

// progressiveGiving reports whether token k is a verb of handing over
// in the progressive after "is" or "are" (past "also", "now"): "is
// sending", "are now deploying".
func (a *analysis) progressiveGiving(k int) bool {
	switch a.lw(k) {
	case "sending", "deploying", "delivering", "shipping", "transferring", "dispatching", "handing", "giving", "donating":
	default:
		return false
	}
	prev := k - 1
	for prev > 0 && (a.lw(prev) == "also" || a.lw(prev) == "now") {
		prev--
	}
	return a.lw(prev) == "is" || a.lw(prev) == "are"
}

// announceVerb reports whether w is a verb of announcing that the
// reporting class lacks.
func announceVerb(w string) bool {
	switch w {
	case "announced", "announces", "announce", "say", "declared", "declares", "tells", "confirms":
		return true
	}
	return false
}

// refusalToSay reports whether a refusal ending at token k refuses to
// tell, not to give: "would not say how many", "declined to specify the
// number", "did not disclose the amount", "refused to comment on the
// timing". Read after the anchor, the commitment itself stands.
func (a *analysis) refusalToSay(k int) bool {
	if a.lw(k) == "to" {
		k++
	}
	switch a.lw(k) {
	case "say", "specify", "disclose", "comment", "elaborate", "reveal", "detail", "confirm", "indicate", "name", "identify", "describe":
		return true
	case "give", "provide":
		switch a.lw(k + 1) {
		case "details", "detail", "figures", "numbers", "a", "further", "specifics", "more":
			// "would not give details", "declined to give a figure", not
			// "would not give tanks"
			return a.lw(k+1) != "a" || a.lw(k+2) == "figure" || a.lw(k+2) == "number" || a.lw(k+2) == "timeline" || a.lw(k+2) == "date"
		}
	}
	return false
}

// negatedWithdrawal reports a negated anchor that is itself a verb of
// withdrawal or cut, in the perfect or the past: "have not withdrawn
// loans worth $2 billion", "did not pull out its 300 troops". What was
// not taken back stays given: delivered. A refusal to withdraw in the
// future ("will not withdraw") is no fact yet and stays declined with
// the rest.
func (a *analysis) negatedWithdrawal(f *frame) (string, bool) {
	k := f.anchor.start
	switch a.lw(k) {
	case "withdrawn", "withdrew", "cut", "reduced", "recalled", "pulled", "halted", "suspended", "frozen", "cancelled", "canceled":
	default:
		return "", false
	}
	for j := k - 1; j >= f.window.start && j >= k-3; j-- {
		switch a.lw(j) {
		case "has", "have", "had", "did":
			return "not " + a.lw(k), true
		case "not", "n't", "yet", "never":
			continue
		}
		return "", false
	}
	return "", false
}

// verbBeforeNoun returns the verb of handing over whose object is the
// frame's noun anchor: "has provided funding of $6.6 million", "Japan
// gave a grant of ¥500 million", "sent a contingent of 200 troops". Only
// determiners and a few adjectives of amount may stand between them.
func (a *analysis) verbBeforeNoun(f *frame) (int, bool) {
	k := f.anchor.start
	if f.rule == rulePassive || f.anchor.end != k+1 || !a.has(k, cTriggerNoun, cMoneyObject) && !a.determinedNoun(k) {
		return 0, false // not a preposition: "will be provided by Germany"
	}
	for j := k - 1; j >= f.window.start && j >= k-4; j-- {
		switch a.lw(j) {
		case "a", "an", "the", "its", "their", "new", "additional", "further", "more", "fresh", "extra", "financial", "emergency":
			continue
		}
		if nounSizeAdjective(a.lw(j)) {
			continue
		}
		if a.has(j, cDeliveryPast) && a.toks[j].kind == tWord && !a.upper(j) {
			return j, true
		}
		return 0, false
	}
	return 0, false
}

// partGiven reports a money part whose own participle says it is handed
// over: "pledged $510 million, including $156 million already given",
// "of which €50 million has already been disbursed", "including $20
// million already paid out". The part is delivered whatever the verb of
// the total says. The participle must follow the amount within six
// tokens, before any comma, "and" or verb of another kind.
func (a *analysis) partGiven(q *quantity) (string, bool) {
	if q.kind != news.KindMoney || q.start < 1 {
		return "", false
	}
	switch a.lw(q.start - 1) {
	case "including", "includes", "which":
	default:
		return "", false
	}
	already := false
	for k := q.end; k < len(a.toks) && k < q.end+6; k++ {
		if a.tx(k) == "," || a.tx(k) == ";" || a.lw(k) == "and" || a.has(k, cIrrealis) {
			return "", false
		}
		switch a.lw(k) {
		case "already":
			already = true
			continue
		case "has", "have", "had", "been", "was", "were":
			continue
		}
		if already || k > q.end && a.has(k-1, cPassiveAux) && a.lw(k-1) != "is" && a.lw(k-1) != "are" && a.lw(k-1) != "be" {
			if m, ok := a.longest(k, len(a.toks), cDeliveryPast); ok {
				return "already " + a.text[a.toks[m.start].start:a.toks[m.end-1].end], true
			}
		}
	}
	return "", false
}

// onStandby reports troops held ready at home: "on standby", "in
// reserve", "on alert", "at readiness" in the frame's sentence before
// any comma after the anchor. Troops kept ready are not deployed, so the
// presence or the past of "kept" does not make them delivered; a hedge
// ("if needed") has already made them considering.
func (a *analysis) onStandby(f *frame) (string, bool) {
	si := a.sentOfToken(f.anchor.start)
	if si < 0 || !a.troopsIn(f) && f.rule != rulePresence {
		return "", false
	}
	s := a.sents[si]
	for k := max(s.start, f.window.start); k < s.end && k < f.window.end+4; k++ {
		if k > f.anchor.end && (a.tx(k) == ";" || a.has(k, cClauseBreak)) {
			break
		}
		switch a.lw(k) {
		case "standby", "stand-by":
			return "on standby", true
		case "reserve", "alert", "readiness":
			switch a.lw(k - 1) {
			case "in", "on", "at", "high":
				return "on " + a.lw(k), true
			}
		}
	}
	return "", false
}

// pledgingEvent reports whether the frame's sentence tells a donors'
// conference or pledging event: "conference" or "pledging" with a word of
// pledges or donors in the same sentence. A past verb of giving there
// ("Qatar contributed $500mn", "Japan gave $100 million at the
// conference") reads as the pledge made at the event, not as money handed
// over.
func (a *analysis) pledgingEvent(f *frame) bool {
	si := a.sentOfToken(f.anchor.start)
	if si < 0 {
		return false
	}
	s := a.sents[si]
	event, pledges := false, false
	for k := s.start; k < s.end; k++ {
		switch a.lw(k) {
		case "conference", "pledging":
			event = true
		case "pledge", "pledges", "pledged", "donor", "donors", "donors'":
			pledges = true
		}
	}
	return event && pledges
}

// hedgedTime reports whether the hedge adverb m, after the anchor, hedges
// only the time of the commitment: "will send 200 troops, possibly as
// early as next month", "perhaps by June", "potentially within weeks",
// "possibly more" (a hedge on what may follow).
// The commitment itself stands.
func (a *analysis) hedgedTime(m match, f *frame) bool {
	if m.end-m.start != 1 || m.start < f.anchor.end {
		return false
	}
	switch a.lw(m.start) {
	case "possibly", "perhaps", "potentially":
	default:
		return false
	}
	switch a.lw(m.end) {
	case "by", "within", "next", "before", "later", "soon", "early", "this", "until", "more":
		return true
	case "as":
		n := a.lw(m.end + 1)
		return n == "early" || n == "soon"
	case "in":
		// "possibly in March", "perhaps in the coming weeks"
		return monthName(a.lw(m.end+1)) || a.lw(m.end+1) == "the" && (a.lw(m.end+2) == "coming" || a.lw(m.end+2) == "next") || a.isYear(m.end+1)
	}
	return false
}

// monthName reports whether w is the lower-cased name of a month.
func monthName(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december":
		return true
	}
	return false
}

// determinedNoun reports whether the verb form at token k is a noun after
// a determiner and any adjectives of size or order: "an entire ship",
// "the first shipment", "a whole batch". A verb of giving before it is
// the frame's verb ("delivered an entire ship full of equipment").
func (a *analysis) determinedNoun(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch a.lw(j) {
		case "a", "an", "the":
			return j < k-1 || a.toks[k].kind == tWord && !a.upper(k)
		}
		if !nounSizeAdjective(a.lw(j)) {
			return false
		}
	}
	return false
}

// nounSizeAdjective reports whether w is an adjective of size or order
// that may stand between a verb of giving and its object noun: "an
// entire", "a large", "the first".
func nounSizeAdjective(w string) bool {
	switch w {
	case "entire", "whole", "large", "big", "huge", "major", "massive", "small", "first", "second", "third",
		"latest", "initial", "full", "special", "sizeable", "sizable", "substantial", "significant":
		return true
	}
	return false
}
