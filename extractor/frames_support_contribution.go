package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleRoleOf names support told as what a country's contribution, role
// or effort consists of: "The British contribution will consist of
// intelligence and logistics support", "Germany's role will be limited to
// logistics".
const ruleRoleOf = "frame.role-of"

// roleOfFrames finds support named as the content of a country's
// contribution, role or effort: the owner (a demonym or country right
// before the noun, or a possessive: "Germany's role", "a much smaller
// U.S. effort") and, after a link ("consist of", "include", "be limited
// to", "focus on", "focused on providing", "be"), a kind of support within
// ten tokens in the same clause; the kinds named in one clause share one
// line. A
// role in a war or an attack ("Russia's role in the war includes
// airstrikes") is no help given.
func (a *analysis) roleOfFrames(emit func(frame, quantity, string)) {
	for si, s := range a.sents {
		if a.stats.sentCls[si]&(1<<cSupportNoun) == 0 {
			continue
		}
		used := -1 // the role noun read last: its kinds in one clause share one line
		for _, q := range a.quantsOf(si) {
			if q.sent != si || q.kind != news.KindSupport {
				continue
			}
			r, link := -1, false
			for j := q.start - 1; j > s.start && j >= q.start-10; j-- {
				if a.toks[j].kind == tPunct && !isApostropheText(a.tx(j)) && a.tx(j) != "-" || a.has(j, cClauseBreak) {
					break
				}
				if roleNoun(a.lw(j)) {
					r = j
					break
				}
				switch a.lw(j) {
				case "of", "include", "includes", "including", "to", "on", "is", "be", "providing":
					link = true
				}
			}
			if r < 0 || !link || r == used {
				continue
			}
			// "Russia's role in the war": no help given
			if r+2 < s.end && a.lw(r+1) == "in" {
				switch a.lw(r + 2) {
				case "the", "a":
					if r+3 < s.end && hostileWord(a.lw(r+3)) {
						continue
					}
				}
			}
			am := a.roleOwner(r, s)
			if am == nil {
				continue
			}
			f := frame{actors: []actorMention{*am}, anchor: span{r, r + 1}, rule: ruleRoleOf, conf: 0.55,
				window: span{am.start, q.end}}
			emit(f, q, q.item)
			used = r
		}
	}
}

// roleNoun reports whether w names what a country gives to a common
// effort: "contribution", "role", "effort", "part".
func roleNoun(w string) bool {
	switch w {
	case "contribution", "contributions", "role", "effort", "part":
		return true
	}
	return false
}

// hostileWord reports whether w names fighting, not help: "role in the
// war", "part in the attack".
func hostileWord(w string) bool {
	switch w {
	case "war", "conflict", "fighting", "invasion", "attack", "attacks", "offensive", "coup", "crisis":
		return true
	}
	return false
}

// roleOwner returns the country that owns the role noun at token r: a
// demonym or country right before it ("The British contribution", "a
// much smaller U.S. effort") or a possessive ("Germany's role").
func (a *analysis) roleOwner(r int, s span) *actorMention {
	if r-1 < s.start {
		return nil
	}
	if am := a.officerCountryAt(r-1, s); am != nil && am.end == r {
		return am
	}
	// (a demonym match ends at r: look at its first token)
	for k := max(s.start, r-3); k < r; k++ {
		if am := a.officerCountryAt(k, s); am != nil && am.end == r {
			return am
		}
	}
	if r-3 >= s.start && strings.EqualFold(a.lw(r-1), "s") && isApostropheText(a.tx(r-2)) {
		if n := a.actorEndingAt(r-3, s); n >= 0 && len(a.actors[n].code) == 2 && a.actors[n].cls != cGroup {
			am := a.actors[n]
			return &am
		}
	}
	return nil
}
