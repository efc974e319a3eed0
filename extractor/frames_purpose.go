package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// purpose reports whether the support verb at token k opens a purpose
// rather than a commitment: its object is the recipient's own effort
// ("to defend itself", "to help Ukraine fight", "to help it acquire") or a
// means follows that is the commitment ("to bolster its air defence by
// donating …").
func (a *analysis) purpose(k int, s span) bool {
	if a.ownEffortObject(k, s) {
		return true // "to assist Vietnam's drive to boost its coast guard"
	}
	for j := k + 1; j < s.end && j <= k+8; j++ {
		w := a.lw(j)
		switch {
		case w == "itself" || w == "themselves" || w == "himself" || w == "herself":
			return true
		case w == "by" && j+1 < s.end && strings.HasSuffix(a.lw(j+1), "ing"):
			// ("assist by training police": the way of helping is the help)
			return !(j == k+1 && helpOrAssist(a.lw(k)) && (a.lw(j+1) == "training" || a.has(j+1, cSupportMain)))
		case a.has(j, cClauseBreak) || a.tx(j) == ";":
			return false
		}
	}
	// "help Ukraine fight", "help it acquire": a verb after the helped one
	if a.lw(k) == "help" && k+2 < s.end {
		j := k + 1
		if n := a.actorEndingAt(j, s); n >= 0 && a.actors[n].start == j {
			j = a.actors[n].end
		} else if a.has(j, cPronoun) || a.lw(j) == "them" {
			j++
		} else {
			return false
		}
		if j < s.end && a.toks[j].kind == tWord && !a.has(j, cStop, cLocPrep, cSupportNoun) && !a.upper(j) {
			return true
		}
	}
	return false
}

// endOf reports whether support q is what an end, suspension or halt
// names: "the end of military cooperation", "a halt to intelligence
// sharing", "the suspension of military aid".
func (a *analysis) endOf(q *quantity) bool {
	k := q.start - 1
	if k < 2 || a.lw(k) != "of" && a.lw(k) != "to" {
		return false
	}
	switch a.lw(k - 1) {
	case "end", "suspension", "halt", "termination", "freeze", "withdrawal", "cessation":
		return true
	}
	return false
}

// equipmentOwner returns the country of the equipment that ends at token
// k (past auxiliaries and adverbs) and is the subject of a verb: "Iranian
// jets (also recently)", "U.S. warplanes and drones (have)"; nil when the
// phrase names no country.
func (a *analysis) equipmentOwner(k int, s span) *actorMention {
	for k > s.start && (a.has(k, cPerfectAux, cPassiveAux) || strings.HasSuffix(a.lw(k), "ly") || a.lw(k) == "also") {
		k--
	}
	var chain *quantity
	qs := a.quantsNear(s.start, s.end)
	for i := len(qs) - 1; i >= 0; i-- {
		q := qs[i]
		if q.sent < 0 || q.end-1 > k || q.start < s.start || q.end > s.end {
			continue
		}
		if chain == nil {
			if q.end-1 != k || q.kind != news.KindEquipment {
				return nil
			}
			chain = &qs[i]
			continue
		}
		if q.kind == news.KindEquipment && q.end+1 == chain.start && a.lw(q.end) == "and" {
			chain = &qs[i]
		}
	}
	if chain == nil {
		return nil
	}
	for j := chain.start; j < chain.end; j++ {
		for _, m := range a.ann[j] {
			if m.class == cDemonym && m.end <= chain.end && len(m.value) == 2 {
				return &actorMention{span: span{m.start, m.end}, code: m.value, cls: cDemonym, sent: chain.sent}
			}
		}
	}
	if n := a.actorEndingAt(chain.start-1, s); n >= 0 && a.actors[n].end == chain.start && len(a.actors[n].code) == 2 {
		am := a.actors[n]
		return &am
	}
	return nil
}
