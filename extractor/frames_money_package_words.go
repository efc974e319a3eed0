package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// packageWord reports whether token j may stand in the noun phrase between
// an amount and the "from" that names its giver: a modifier, a noun of
// commitment or money ("$4 billion support package from the EU"), or a
// word of a kind of support the sentence names ("$1.4 billion military aid
// package from Germany", "a $6.2 billion financial support package from
// Saudi Arabia"), whose tokens the support mention claims. si is the
// sentence of j, q the amount.
//
// A support word does not count after "of" and another amount ("the last
// €3 billion of the agreed €4 billion support package from the EU"): that
// package is the whole the part before it is read from.
func (a *analysis) packageWord(j, si int, q *quantity) bool {
	if a.isModifier(j) || a.has(j, cTriggerNoun, cMoneyNoun) {
		return true
	}
	if a.toks[j].kind != tWord {
		return false
	}
	inSupport, partBefore := false, false
	for _, m := range a.quantsOf(si) {
		if m.kind == news.KindSupport && m.num == nil && m.start <= j && j < m.end {
			inSupport = true
		}
		if m.kind == news.KindMoney && m.num != nil && m.end <= q.start && q.start-m.end <= 10 {
			for k := m.end; k < q.start; k++ {
				if a.lw(k) == "of" {
					partBefore = true
				}
			}
		}
	}
	return inSupport && !partBefore
}

// openListTail drops from a list of actors after "from" the members joined
// to the one before by a comma alone when no conjunction closes the list:
// in "Under a $500 million loan from Japan, the Kenyan government will
// build a port" the mention after the comma is the subject of the main
// clause, not a second giver. "from Germany, France and Italy" keeps all.
func (a *analysis) openListTail(actors []actorMention) []actorMention {
	for len(actors) > 1 {
		prev, last := actors[len(actors)-2], actors[len(actors)-1]
		conj := false
		for k := prev.end; k < last.start; k++ {
			switch a.lw(k) {
			case "and", "or", "&", "nor":
				conj = true
			}
		}
		if conj {
			return actors
		}
		actors = actors[:len(actors)-1]
	}
	return actors
}
