package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// mobiliseAbroad reports whether troops q, the object of a verb of
// raising them (mobilise, mobilize), are raised for a force or mission
// of others rather than at home: "can mobilise up to 20,000 troops as a
// potential contribution to the force", "will mobilise 1,000 soldiers
// for the stabilisation force". It reads the six tokens after q in its
// sentence: "as" or "for" before a contribution or an operation noun.
func (a *analysis) mobiliseAbroad(q *quantity) bool {
	s := a.sents[q.sent]
	k := q.end
	if k >= s.end || (a.lw(k) != "as" && a.lw(k) != "for") {
		return false
	}
	for j := k + 1; j < s.end && j <= k+6; j++ {
		if strings.HasPrefix(a.lw(j), "contribution") || a.has(j, cOperationNoun) {
			return true
		}
		if a.toks[j].kind != tWord {
			return false
		}
	}
	return false
}

// militaryItem reports whether the troop noun phrase item is marked as
// military ("military rescuers", "military doctors", "combat
// personnel"): such personnel are troops even where the head noun alone
// would be civilian.
func militaryItem(item string) bool {
	w := strings.ToLower(item)
	return strings.HasPrefix(w, "military ") || strings.HasPrefix(w, "combat ")
}

// superlativeOf reports whether a number ending at token k is "one of"
// (or "two of", …) a superlative class ("one of the largest troop
// deployments", "two of the biggest contingents"): it counts members of
// a class, not personnel.
func (a *analysis) superlativeOf(k int, s span) bool {
	if k+2 >= s.end || a.lw(k) != "of" {
		return false
	}
	switch a.lw(k + 1) {
	case "the", "its", "their":
	default:
		return false
	}
	w := a.lw(k + 2)
	return strings.HasSuffix(w, "est") || w == "most" || w == "main" || w == "top" || w == "leading"
}

// unForceBetween reports whether the tokens [from, to), the object of a
// verb that sets a new troop level, name a force of the United Nations
// ("boost UN force numbers to almost 10,000", "raise the United Nations
// peacekeeping force there to 15,000"): the size of a UN force is no
// country's commitment. A country or an owner before the UN ("its
// contingent in the UN mission") makes the troops the country's.
func (a *analysis) unForceBetween(from, to int) bool {
	un := false
	for k := max(0, from); k < to && k < len(a.toks); k++ {
		if !un && (a.lw(k) == "its" || a.lw(k) == "their" || a.lw(k) == "his" || a.codeStartsAt(k)) {
			return false // "raise its contingent in the UN mission to 900": the country's
		}
		switch a.tx(k) {
		case "UN", "U.N.", "UNIFIL", "MONUSCO", "MINUSMA", "UNMISS":
			un = true
		case "United":
			un = un || k+1 < to && a.tx(k+1) == "Nations"
		}
		if un && a.lw(k) == "force" || un && a.lw(k) == "mission" || un && a.lw(k) == "peacekeepers" {
			return true
		}
	}
	return false
}

// unForceLevel reports whether troops q, a number after "to", is the new
// size of a United Nations force named before it in its clause ("boost
// UN force numbers to almost 10,000"): no country's commitment.
func (a *analysis) unForceLevel(q *quantity) bool {
	s := a.sents[q.sent]
	k := q.start - 1
	for k > s.start && a.has(k, cQualifier) {
		k--
	}
	if k <= s.start || a.lw(k) != "to" {
		return false
	}
	// the object of the verb of a new level before "to"
	for v := k - 1; v >= s.start && v >= k-8; v-- {
		if a.has(v, cTotalVerb) {
			return a.unForceBetween(v+1, k)
		}
	}
	return false
}

// armyAtHome reports whether the troops q of frame f stay in their own
// country: deployed "across the country", "throughout the country" or
// "nationwide" by anyone, or "to the south of the country" by a
// country's army ("the Lebanese army would deploy 15,000 troops to the
// south of the country").
func (a *analysis) armyAtHome(f *frame, q *quantity) bool {
	if len(f.actors) != 1 {
		return false
	}
	s := a.sents[q.sent]
	place := ""
	for k := q.end; k < s.end && k < q.end+10 && place == ""; k++ {
		if a.has(k, cClauseBreak) || a.tx(k) == ";" {
			break
		}
		if a.lw(k) == "nationwide" {
			place = "across"
		}
		if (a.lw(k) == "country" || a.lw(k) == "nation") && k-2 >= s.start && a.lw(k-1) == "the" {
			switch a.lw(k - 2) {
			case "across", "throughout", "around":
				place = "across"
			case "of":
				place = "of"
			}
		}
	}
	switch place {
	case "across":
		return true
	case "of":
		am := f.actors[0]
		for k := am.start; k <= am.end && k < s.end; k++ {
			switch a.lw(k) {
			case "army", "military", "armed":
				return true
			}
		}
	}
	return false
}

// codeStartsAt reports whether a country or a demonym (a two-letter code)
// starts at token k.
func (a *analysis) codeStartsAt(k int) bool {
	for _, m := range a.ann[k] {
		if (m.class == cCountry || m.class == cDemonym) && len(m.value) == 2 {
			return true
		}
	}
	return false
}

// shareFrom reports whether frame f reads its troops as coming "from"
// the countries it names ("including 800 troops from Ghana") or gives
// their country by a predicate ("of which 500 are French"): a country's
// share of a total is its own line, unlike a breakdown of the total by
// kind of personnel.
func (a *analysis) shareFrom(f *frame) bool {
	return f.rule == ruleFrom || f.rule == ruleTroopsFrom || f.name == ruleTroopsAreDemonym
}

// unitOwnerAfter returns the country of counted troops q named by the
// unit they belong to after "of the": "150 soldiers of the Malaysian
// battalion", "40 members of the Irish contingent". Only a battalion or
// a contingent (a unit serving abroad), not an army ("soldiers of the
// Ukrainian army" may be trainees or the recipient's own).
func (a *analysis) unitOwnerAfter(q *quantity, s span) (actorMention, bool) {
	k := q.end
	if q.num == nil || k+3 >= s.end+1 || a.lw(k) != "of" || a.lw(k+1) != "the" {
		return actorMention{}, false
	}
	for _, m := range a.ann[k+2] {
		if m.class != cDemonym || len(m.value) != 2 || m.end >= s.end {
			continue
		}
		switch a.lw(m.end) {
		case "battalion", "contingent":
			return actorMention{span: span{m.start, m.end}, code: m.value, cls: m.class, sent: q.sent}, true
		}
	}
	return actorMention{}, false
}

// unNamedBefore reports whether the United Nations ("UN", "U.N.",
// "United Nations") is named in the four tokens before token k: "the UN
// force", "the United Nations Interim Force".
func (a *analysis) unNamedBefore(k int) bool {
	for j := max(0, k-4); j < k; j++ {
		switch a.tx(j) {
		case "UN", "U.N.", "Nations":
			return true
		}
	}
	return false
}

// furtherCount reports whether the bare number [i, end) is a further
// count of the troops before it: "another" or "further" before it or
// "more" after it (more tells whether end already took "more"), then a
// time, a place or a participle rather than a noun ("and another 200 in
// June", "with another 800 expected in the coming weeks", "plans to send
// 150 more next year").
func (a *analysis) furtherCount(i, end int, more bool, s span) bool {
	if !more && !(i-1 > s.start && (a.lw(i-1) == "another" || a.lw(i-1) == "further" || a.lw(i-1) == "additional")) {
		return false
	}
	return a.furtherFollower(end, s)
}

// furtherFollower reports whether token k, after a bare further count,
// ends it or starts a time, a place or a participle: "in June", "next
// year", "expected", "to follow".
func (a *analysis) furtherFollower(k int, s span) bool {
	if k >= s.end {
		return true
	}
	switch a.lw(k) {
	case "in", "on", "by", "at", "next", "this", "later", "expected", "due", "over", "within", "during", "before", "after",
		"early", "soon", "set", "scheduled", "from", "were", "will", "are", "would", "to":
		return true
	}
	return a.toks[k].kind == tPunct
}

// totalOutOf reports whether troops q are the whole a share was taken
// out of, named after it: "will deploy up to 600 soldiers, out of a
// planned force of 1,200", "500 of a total of 4,000 troops". The whole
// is no one's commitment; the share before it is.
func (a *analysis) totalOutOf(q *quantity) bool {
	s := a.sents[q.sent]
	for k := q.start - 1; k > s.start && k >= q.start-6; k-- {
		if a.has(k, cClauseBreak) || a.tx(k) == ";" || a.toks[k].kind == tNum {
			return false
		}
		if a.lw(k) == "out" && a.lw(k+1) == "of" && k+2 < q.start {
			switch a.lw(k + 2) { // "out of a planned force of", not "backed out of sending"
			case "a", "an", "the", "its", "their":
				return true
			}
			return false
		}
		if a.lw(k) == "total" && k-2 >= s.start && a.lw(k-1) == "a" && a.lw(k-2) == "of" && a.lw(k+1) == "of" {
			return k-3 >= s.start && a.toks[k-3].kind == tNum // "500 of a total of 4,000"
		}
	}
	return false
}

// ledForceSize reports whether troops q are the size of a force that
// the committer leads, given beside its own contribution: "Canada will
// lead the 2,000-strong battlegroup in Latvia, contributing 800
// soldiers". A head count ("-strong", "-member") after "lead", "leads",
// "head" or "command" and "the" or "a", with another counted troop
// quantity in the sentence, is the force's size, not the country's
// share.
func (a *analysis) ledForceSize(q *quantity) bool {
	s := a.sents[q.sent]
	k := q.start - 1
	for k > s.start && (a.lw(k) == "the" || a.lw(k) == "a" || a.lw(k) == "an" || a.has(k, cQualifier)) {
		k--
	}
	if k < s.start || k == q.start-1 {
		return false
	}
	w := a.lw(k)
	if !strings.HasPrefix(w, "lead") && w != "led" && !strings.HasPrefix(w, "head") && !strings.HasPrefix(w, "command") {
		return false
	}
	if q.num.end >= s.end || a.tx(q.num.end) != "-" && a.lw(q.num.end) != "strong" && a.lw(q.num.end) != "membered" {
		return false // a head count: "the 2,000-strong battlegroup"
	}
	for _, o := range a.quantsOf(q.sent) {
		if o.sent == q.sent && o.kind == news.KindTroops && o.num != nil && o.start != q.start {
			return true
		}
	}
	return false
}

// heldTotalBefore reports whether a verb of holding in the present
// ("has", "have", "includes", "comprises", "numbers") comes before troops
// q in their clause, within fifteen tokens, with no modal between: the
// total q is a share of is in place ("The UN mission has 10,000
// peacekeepers, including 800 from Ghana").
func (a *analysis) heldTotalBefore(q *quantity) bool {
	s := a.sents[q.sent]
	for k := q.start - 1; k >= s.start && k >= q.start-15; k-- {
		if a.has(k, cIrrealis, cClauseBreak) {
			return false
		}
		switch a.lw(k) {
		case "has", "have", "includes", "include", "comprises", "numbers", "counts":
			return k == s.start || !a.has(k-1, cIrrealis)
		}
	}
	return false
}
