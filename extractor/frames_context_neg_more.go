package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// More context guards of the generated near-miss table: what a recipient
// wants or hopes for, a frame inside an unconfirmed report, a cost, and a loan paid back.

const (
	// guardWanted stops what someone wants or hopes a country gives:
	// "Ukraine wants 40 tanks from Japan", "Kyiv hopes that Germany will
	// send 5,000 troops".
	guardWanted = "guard.wanted"
	// guardReportedThat stops a frame inside a report the sentence
	// opens with: "Reports that France had sent 40 tanks were
	// unconfirmed".
	guardReportedThat = "guard.reported-that"
	// guardCostVerb stops money that something costs: "the programme
	// will cost $2 billion".
	guardCostVerb = "guard.cost-verb"
	// guardRepaid stops money paid back: "Poland paid back $2 billion",
	// "repaid a loan".
	guardRepaid = "guard.repaid"
)

// negGuard returns the id of the first of these guards that stops frame f
// for quantity q, or "".
func (a *analysis) negGuard(f *frame, q *quantity) string {
	switch {
	case a.foreignMedia(f):
		return guardForeignMedia
	case a.era(f):
		return guardEra
	case a.deniedClaim(f):
		return guardDeniedClaim
	case a.inStorage(q):
		return guardInStorage
	case a.wanted(f, q):
		return guardWanted
	case a.reportedThat(f):
		return guardReportedThat
	case a.costVerb(q):
		return guardCostVerb
	case a.repaid(f, q):
		return guardRepaid
	}
	return a.negGuard3(q)
}

// wanted reports a quantity that someone wants from the frame's actor, or
// a frame whose actor follows a verb of hoping: "wants 40 tanks from
// Japan" (a word of wanting at most three tokens before q, the actors all
// after q), "hopes that Germany will send" (the actor right after the
// hope, or after "that").
func (a *analysis) wanted(f *frame, q *quantity) bool {
	if len(f.actors) == 0 || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	if f.actors[0].start >= q.end {
		for k := q.start - 1; k >= s.start && q.start-k <= 3; k-- {
			switch a.lw(k) {
			// (not "expects": "expects the remaining €4 billion of a
			// promised package from the EU" is the donor's)
			case "wants", "want", "wanted", "wanting", "seeks", "sought", "hopes", "hoped":
				return true
			}
		}
	}
	a0 := f.actors[0].start
	j := a0 - 1
	if j >= s.start && a.lw(j) == "that" {
		j--
	}
	if j >= s.start {
		switch a.lw(j) {
		case "hopes", "hoped", "hoping", "wishes", "wished", "wants", "wanted":
			return true
		}
	}
	return false
}

// reportedThat reports a frame inside "Reports that …" or "Claims that
// …" opening the sentence (past "Unconfirmed", "The", "Media"), unless the
// sentence confirms them.
func (a *analysis) reportedThat(f *frame) bool {
	si := a.sentOfToken(f.anchor.start)
	if si < 0 {
		return false
	}
	s := a.sents[si]
	k := s.start
	for k < s.end && k < s.start+2 {
		switch a.lw(k) {
		case "the", "unconfirmed", "media", "press", "earlier":
			k++
			continue
		}
		break
	}
	if k+1 >= s.end || a.lw(k+1) != "that" || k+1 >= f.anchor.start {
		return false
	}
	switch a.lw(k) {
	case "reports", "report", "claims", "claim", "rumours", "rumors", "allegations", "speculation":
	default:
		return false
	}
	for j := f.anchor.end; j < s.end; j++ {
		switch a.lw(j) {
		case "confirmed", "confirms", "confirm":
			return false
		}
	}
	return true
}

// costVerb reports money that is what something costs: the verb "cost"
// right before the amount, past a hedge ("will cost an estimated $2
// billion"), and not the noun ("the cost of").
func (a *analysis) costVerb(q *quantity) bool {
	if q.kind != news.KindMoney || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	for k := q.start - 1; k >= s.start && q.start-k <= 3; k-- {
		switch a.lw(k) {
		case "cost", "costs", "costing":
			if k > s.start {
				switch a.lw(k - 1) {
				case "the", "a", "its", "their", "total", "full", "whole":
					return false // the noun
				}
			}
			return true
		case "an", "estimated", "about", "around", "roughly", "some", "nearly", "almost", "up", "to", "over", "more", "than":
			continue
		}
		return false
	}
	return false
}

// repaid reports money paid back: an anchor "repaid" / "repays", or a verb
// of paying followed by "back" or "off".
func (a *analysis) repaid(f *frame, q *quantity) bool {
	if q.kind != news.KindMoney {
		return false
	}
	for k := f.anchor.start; k < f.anchor.end+1 && k < len(a.toks); k++ {
		switch a.lw(k) {
		case "repaid", "repay", "repays", "repaying":
			return true
		case "back", "off":
			if k > 0 {
				switch a.lw(k - 1) {
				case "paid", "pay", "pays", "paying":
					return true
				}
			}
		}
	}
	return false
}

// Guards of round 3 of the generated table.
const (
	// guardOccupied stops troops or equipment moved into land the
	// mover occupies: "Russia deployed 5,000 troops to occupied Crimea".
	guardOccupied = "guard.occupied"
	// guardSettlement stops money paid to settle a case: "agreed to pay
	// $2 billion to settle the lawsuit".
	guardSettlement = "guard.settlement"
	// guardDrillPart stops troops or equipment that take part in a
	// drill: "5,000 troops from Germany are taking part in the exercise".
	guardDrillPart = "guard.drill-part"
)

// negGuard3 returns the id of the first round-3 guard that stops q, or "".
func (a *analysis) negGuard3(q *quantity) string {
	if q.sent < 0 || q.sent >= len(a.sents) {
		return ""
	}
	s := a.sents[q.sent]
	switch {
	case a.occupiedPlace(q, s):
		return guardOccupied
	case a.settlement(q, s):
		return guardSettlement
	case a.drillPart(q, s):
		return guardDrillPart
	case a.homePurpose(q):
		return guardHomePurpose
	}
	return ""
}

// occupiedPlace reports troops or equipment followed (within five tokens)
// by "to", "into" or "in" and "occupied": land the mover holds.
func (a *analysis) occupiedPlace(q *quantity, s span) bool {
	if q.kind != news.KindTroops && q.kind != news.KindEquipment {
		return false
	}
	for k := q.end; k+1 < s.end && k < q.end+5; k++ {
		switch a.lw(k) {
		case "to", "into", "in":
			j := k + 1
			if a.lw(j) == "the" {
				j++
			}
			if j < s.end && a.lw(j) == "occupied" {
				return true
			}
		}
	}
	return false
}

// settlement reports money in a sentence that settles a legal case: a
// "lawsuit", or "settle" / "settlement" with "case", "claims", "dispute"
// at most three tokens after it.
func (a *analysis) settlement(q *quantity, s span) bool {
	if q.kind != news.KindMoney || !a.sentsHave(s.start, s.end, wSettle) {
		return false
	}
	for k := s.start; k < s.end; k++ {
		switch a.lw(k) {
		case "lawsuit", "lawsuits":
			return true
		case "settle", "settles", "settled", "settlement":
			// (a legal case, not "settled a currency swap facility")
			for j := k + 1; j < s.end && j <= k+3; j++ {
				switch a.lw(j) {
				case "case", "cases", "claim", "claims", "dispute", "suit", "charges", "lawsuit":
					return true
				}
			}
		}
	}
	return false
}

// drillPart reports troops or equipment whose clause says they take part
// in a drill: a verb of taking part after q and a drill word at most four
// tokens after it.
func (a *analysis) drillPart(q *quantity, s span) bool {
	if q.kind != news.KindTroops && q.kind != news.KindEquipment {
		return false
	}
	for k := q.end; k < s.end && k < q.end+8; k++ {
		if a.lw(k) != "part" && a.lw(k) != "participate" && a.lw(k) != "participating" && a.lw(k) != "participated" {
			continue
		}
		for j := k + 1; j < s.end && j <= k+4; j++ {
			if drillWord(a.lw(j)) {
				return true
			}
		}
	}
	return false
}

// guardHomePurpose stops money for a purpose at home: "The French
// parliament approved $2 billion for pensions".
const guardHomePurpose = "guard.home-purpose"

// homePurpose reports money followed by "for" and a word of domestic
// spending (at most three tokens after the amount), with no country named
// after the amount ("for hospitals in Ukraine" stays).
func (a *analysis) homePurpose(q *quantity) bool {
	if q.kind != news.KindMoney || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	found := false
	for k := q.end; k+1 < s.end && k < q.end+3 && !found; k++ {
		if a.lw(k) != "for" {
			continue
		}
		switch a.lw(k + 1) {
		// (not "schools", "housing": parts of aid abroad, "€2 million
		// for schools")
		case "pensions", "pensioners", "salaries", "wages", "tax":
			found = true
		}
	}
	if !found {
		return false
	}
	for k := q.end; k < s.end; k++ {
		if _, ok := a.countryAt(k, q.sent); ok {
			return false
		}
		if m, ok := a.longest(k, s.end, cDemonym); ok && len(m.value) == 2 {
			return false
		}
	}
	return true
}
