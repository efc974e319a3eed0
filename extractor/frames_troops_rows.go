package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleTroopsRow names a count of troops written bare after its country in
// a list under a header of troops: "Troop contributions: Italy 2,450,
// Spain 1,100, France 700".
const ruleTroopsRow = "troops.row"

// troopRowCount reads a bare number right after a country (or after its
// colon) as that country's troops when the sentence opens with troops
// and a colon before the first country ("Troop contributions: Italy
// 2,450, Spain 1,100") and holds at least two such pairs. The number
// must end its item (a comma, a semicolon, "and", the end) and be
// neither written in words nor scaled nor a year.
func (a *analysis) troopRowCount(p numPhrase, si int, s span) (quantity, bool) {
	if p.words || p.scaled || p.start == 0 || a.isYear(p.start) {
		return quantity{}, false
	}
	if len(a.actors) == 0 {
		return quantity{}, false
	}
	am := a.actors[len(a.actors)-1]
	if am.sent != si || len(am.code) != 2 || !a.rowItem(am.end, p.start, p.end, s) {
		return quantity{}, false
	}
	// the header: troops, then a colon, before the first country
	colon := -1
	for k := s.start; k < s.end && k < am.start; k++ {
		if a.tx(k) == ":" {
			colon = k
		}
	}
	if colon < 0 || !a.spanHasCls(span{s.start, colon}, 1<<cTroopNoun) || a.casualtyNear(s.start, colon, s) {
		return quantity{}, false // ("Casualties among the troops: Italy 24": losses, not troops sent)
	}
	// at least two "Name N" items in the sentence (the countries after
	// this one are not read yet: a capitalised word before a number)
	items := 0
	for j := colon + 2; j < s.end; j++ {
		if a.toks[j].kind != tNum {
			continue
		}
		w := j - 1
		if a.tx(w) == ":" {
			w--
		}
		if w > colon && a.toks[w].kind == tWord && isUpperASCII(a.text[a.toks[w].start]) {
			items++
		}
	}
	if items < 2 {
		return quantity{}, false
	}
	return quantity{span: span{p.start, p.end}, kind: news.KindTroops, num: newNum(p), sent: si}, true
}

// rowItem reports whether the number at [start, end) follows the country
// ending at actorEnd (next to it or after a colon) and ends its item.
func (a *analysis) rowItem(actorEnd, start, end int, s span) bool {
	gap := start - actorEnd
	if gap < 0 || gap > 1 || gap == 1 && a.tx(actorEnd) != ":" {
		return false
	}
	if end >= s.end {
		return true
	}
	switch a.lw(end) {
	case ",", ";", ".", "and":
		return true
	}
	return false
}

// troopRowFrame links a count read by troopRowCount to its country. A
// roster counts troops in place; a modal or a verb of promising in the
// sentence makes them pledged.
func (a *analysis) troopRowFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil || q.start == 0 {
		return frame{}, false
	}
	n := a.actorEndingAt(q.start-1, s)
	if n < 0 || a.tx(q.start-1) == ":" {
		n = a.actorEndingAt(q.start-2, s)
	}
	if n < 0 || len(a.actors[n].code) != 2 || !a.rowItem(a.actors[n].end, q.start, q.end, s) {
		return frame{}, false
	}
	colon := false
	for k := s.start; k < a.actors[n].start; k++ {
		colon = colon || a.tx(k) == ":"
	}
	if !colon {
		return frame{}, false
	}
	f := frame{actors: []actorMention{a.actors[n]}, anchor: span{q.start, q.end}, rule: rulePresence, name: ruleTroopsRow,
		window: span{a.actors[n].start, q.end}, conf: 0.55, forced: news.StatusDelivered}
	for k := s.start; k < s.end; k++ {
		switch a.lw(k) {
		case "will", "would", "could", "may", "might", "plans", "planned":
			f.forced = ""
		case "pledged", "promised", "pledges", "pledge", "commitments":
			if f.forced == news.StatusDelivered {
				f.forced = news.StatusPledged
			}
		}
	}
	return f, true
}

// troopsAtCount reads a bare number after "at" right after a troop noun
// as a count of those troops: "will contribute the largest number of
// troops at 4,500". The number must end its clause (a comma, "while",
// "and", the end of the sentence), be neither a year nor written in
// words nor scaled, and be at least 20 (not a clock time).
func (a *analysis) troopsAtCount(p numPhrase, si int, s span) (quantity, bool) {
	if p.words || p.scaled || p.start < s.start+2 || a.isYear(p.start) || p.value < 20 {
		return quantity{}, false
	}
	if a.lw(p.start-1) != "at" || !a.has(p.start-2, cTroopNoun) && !a.troopNounEndsAt(p.start-1, s) {
		return quantity{}, false
	}
	if p.end < s.end {
		switch a.lw(p.end) {
		case ",", ";", ".", "while", "and", "whereas":
		default:
			return quantity{}, false
		}
	}
	return quantity{span: span{p.start, p.end}, kind: news.KindTroops, num: newNum(p), sent: si}, true
}

// troopNounEndsAt reports whether a troop noun match ends right before
// token end ("peacekeeping troops at 900").
func (a *analysis) troopNounEndsAt(end int, s span) bool {
	for k := max(s.start, end-3); k < end; k++ {
		if m, ok := a.longest(k, s.end, cTroopNoun); ok && m.end == end {
			return true
		}
	}
	return false
}

// ruleTroopsEngaged names a presence on "has" whose troops are engaged in
// a task abroad ("has 1,900 soldiers engaged in reconstruction in
// northern Iraq"): see engagedAbroad.
const ruleTroopsEngaged = "troops.engaged"

// engagedAbroad reports whether the troops that the subject before "has"
// (token h) holds are said, at token k, to be engaged in a task abroad:
// "has 1,900 soldiers engaged in reconstruction efforts in northern
// Iraq", "has 300 troops involved in the training mission". A verb of
// taking part and "in" must follow the troops, then, within eleven words,
// a mission or operation or, after a preposition of place, another
// country than the subject's (the frame is named ruleTroopsEngaged).
func (a *analysis) engagedAbroad(h, k int, s span) bool {
	if k+2 >= s.end || a.lw(k+1) != "in" {
		return false
	}
	switch a.lw(k) {
	case "engaged", "involved", "participating":
	default:
		return false
	}
	subj := ""
	for j := h - 1; j >= s.start && j >= h-3 && subj == ""; j-- { // "Spain currently has"
		if n := a.actorEndingAt(j, s); n >= 0 {
			subj = a.actors[n].code
		}
	}
	place := false // a preposition of place after the task: "in northern Iraq", "in the north of Iraq"
	for j := k + 2; j < s.end && j <= k+12; j++ {
		if a.has(j, cOperationNoun, cCasualty) {
			return !a.has(j, cCasualty)
		}
		if n := a.actorEndingAt(j, s); n >= 0 && a.actors[n].start == j && len(a.actors[n].code) == 2 {
			return subj != "" && a.actors[n].code != subj && place
		}
		place = place || a.has(j, cLocPrep)
		if a.has(j, cClauseBreak) {
			return false
		}
	}
	return false
}
