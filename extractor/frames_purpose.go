package extractor

import (
	"strings"
)

// purpose reports whether the support verb at token k opens a purpose
// rather than a commitment: its object is the recipient's own effort
// ("to defend itself", "to help Ukraine fight", "to help it acquire") or a
// means follows that is the commitment ("to bolster its air defence by
// donating …").
func (a *analysis) purpose(k int, s span) bool {
	for j := k + 1; j < s.end && j <= k+8; j++ {
		w := a.lw(j)
		switch {
		case w == "itself" || w == "themselves" || w == "himself" || w == "herself":
			return true
		case w == "by" && j+1 < s.end && strings.HasSuffix(a.lw(j+1), "ing"):
			return true
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
