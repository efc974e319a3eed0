package extractor

// Shares of a gift named in brackets: a sentence that takes up a gift
// named before and splits it over places or projects, each with its
// amount in brackets ("The funding will support projects in Chad (€50
// million); Mali (€24 million) and Niger (€12 million)", "The loans go
// to a port project (¥15 billion) and a rail line (¥25 billion)"). By
// the conventions money sub-amounts are lines of their own; the giver
// is the giver of the line before (contextDonorFrame), the status that
// of the line they detail.

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleMoneyShare marks a share of a gift named in brackets after the
// place or project it goes to.
const ruleMoneyShare = "money.bracket-share"

// shareBracketAnchor finds the bracket that opens right before money q
// after a name (not a number, a currency or another amount: that is a
// conversion) and closes or goes on right after it ("Chad (€57.9
// million, including …)"). Every actor of the sentence must stand
// before such a bracket or in a list of places: the first one after
// "in", "to", "for" or "across", so that "Japan ($77 million), Germany
// ($50 million)", a list of givers, gives nothing here. It returns the
// bracket's span.
func (a *analysis) shareBracketAnchor(q *quantity, s span) (span, bool) {
	if q.num == nil || q.conversion || q.start-2 < s.start || a.tx(q.start-1) != "(" || q.end >= s.end {
		return span{}, false
	}
	switch a.lw(q.end) {
	case ")", ",", ";", "or":
	default:
		return span{}, false
	}
	p := q.start - 2
	if a.toks[p].kind == tNum || a.toks[p].kind == tPunct && a.tx(p) != ")" || a.has(p, cCurCode, cCurSuffix, cCurAmbiguous, cNumWord) {
		return span{}, false
	}
	for _, n := range a.numbersNear(p, p+1) {
		if n.end == p+1 {
			return span{}, false // "1.5 billion ($1.6 billion)": a conversion
		}
	}
	for _, o := range a.quantsOf(q.sent) {
		if o.end == q.start-1 || o.end == p+1 && o.kind == q.kind {
			return span{}, false // "$5 million (€4.6 million)": a conversion
		}
	}
	if a.shareClauseAfterSemicolon(q.sent) {
		s = a.sents[q.sent-1] // "…; Mali (€24 million) and Niger (€12 million)": the list began there
	}
	if !a.placeListStart(s) {
		return span{}, false // "Japan ($77 million)": a giver of its own
	}
	return span{q.start - 1, q.start}, true
}

// placeListStart reports whether the first actor of s that is no
// reporter follows a preposition of place or purpose, or s names none.
func (a *analysis) placeListStart(s span) bool {
	for _, am := range a.actorsOf(s) {
		if !am.reporter {
			return a.placePrepBefore(am.start)
		}
	}
	return true
}

// shareClauseAfterSemicolon reports whether sentence si goes on after a
// semicolon that closes a bracket: "… in Chad (€57.9 million); Mali (€24
// million) …".
func (a *analysis) shareClauseAfterSemicolon(si int) bool {
	if si < 1 || si >= len(a.sents) {
		return false
	}
	st := a.sents[si].start
	return st >= 2 && a.tx(st-1) == ";" && a.tx(st-2) == ")"
}

// placePrepBefore reports whether actor token k follows a preposition of
// place or purpose ("in", "to", "for", "across"), over "the".
func (a *analysis) placePrepBefore(k int) bool {
	if k > 0 && a.lw(k-1) == "the" {
		k--
	}
	if k < 1 {
		return false
	}
	switch a.lw(k - 1) {
	case "in", "to", "for", "across":
		return true
	}
	return false
}

// orgBracketItem reports whether money o follows, in brackets, the name
// of an organisation (capitalised words that name no country, after
// "the" or not): "from the World Bank ($10 million)", an item of a list
// of givers that gives no line of its own. before is the word before
// the name ("from"), "" at the start of the sentence.
func (a *analysis) orgBracketItem(o *quantity, s span) (before string, ok bool) {
	if o.sent != a.sentOf(s) || o.kind != news.KindMoney || o.num == nil || o.start-2 < s.start || a.tx(o.start-1) != "(" || o.end >= s.end || a.tx(o.end) != ")" {
		return "", false
	}
	k := o.start - 2
	for k >= s.start && o.start-2-k < 5 && a.toks[k].kind == tWord && a.upper(k) && (a.actorAt[k] < 0 || len(a.actors[a.actorAt[k]].code) != 2) {
		k-- // (a group or an organisation named as an actor: "the United Nations")
	}
	if k == o.start-2 {
		return "", false
	}
	if k >= s.start && a.lw(k) == "the" {
		k--
	}
	if k < s.start {
		return "", true
	}
	return a.lw(k), true
}
