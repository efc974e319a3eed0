package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleTroopsContributor names a frame on a country described as a troop
// contributor.
const ruleTroopsContributor = "troops.contributor"

// contributorFrame matches a country described as a contributor of
// troops, with no number: an apposition ("Uganda, a key troop
// contributor to the mission, …"), a relative clause ("Ethiopia, which
// has been a troop contributor since 2014, …") or a predicate ("Rwanda is
// the largest troop contributor"). Its troops are in place (delivered);
// a modal makes them pledged, a negation or "former" no line.
func (a *analysis) contributorFrame(q *quantity, s span) (frame, bool) {
	if !a.troopContributor(q) || q.end >= s.end {
		return frame{}, false
	}
	head := q.start
	if a.lw(q.start-1) == "of" {
		head = q.start - 2 // "the largest contributor of troops"
	}
	// back over the noun phrase: "a key", "the largest", "one of the main"
	for j := head; j < q.end; j++ {
		if w := a.lw(j); w == "former" || w == "ex" || w == "onetime" {
			return frame{}, false // "a former troop contributor"
		}
	}
	k := head - 1
	for k > s.start && head-k <= 6 && a.toks[k].kind == tWord && !a.has(k, cPassiveAux, cPerfectAux, cIrrealis) && a.lw(k) != "which" && !remains(a.lw(k)) {
		if w := a.lw(k); w == "former" || w == "not" || w == "no" || w == "never" {
			return frame{}, false
		}
		k--
	}
	f := frame{anchor: span{q.end, q.end + 1}, rule: rulePresence, name: ruleTroopsContributor,
		window: span{k, q.end + 1}, conf: 0.55, forced: news.StatusDelivered}
	// "X, a key troop contributor": the apposition of the country before
	if a.tx(k) == "," {
		if n := a.actorEndingAt(k-1, s); n >= 0 && len(a.actors[n].code) == 2 && a.actors[n].cls != cDemonym {
			f.actors = []actorMention{a.actors[n]}
			f.window.start = a.actors[n].start
			return f, true
		}
		return frame{}, false
	}
	// "X, which has been …", "X is …", "X will be …": the copula and its subject
	v := k
	for v > s.start && (a.has(v, cPassiveAux, cPerfectAux, cIrrealis, cSubjectFollower) || remains(a.lw(v))) && a.lw(v) != "which" {
		if a.lw(v) == "not" || a.lw(v) == "never" {
			return frame{}, false
		}
		if a.has(v, cIrrealis) {
			f.forced = news.StatusPledged // "will be a troop contributor"
		}
		v--
	}
	if v == k || !a.has(v+1, cPassiveAux, cPerfectAux, cIrrealis) && !remains(a.lw(v+1)) {
		return frame{}, false
	}
	subj := v
	if a.lw(v) == "which" && v-1 > s.start && a.tx(v-1) == "," {
		subj = v - 2
	}
	n := a.actorEndingAt(subj, s)
	if n < 0 || a.actors[n].end != subj+1 || len(a.actors[n].code) != 2 || a.actors[n].cls == cDemonym {
		return frame{}, false
	}
	f.actors = []actorMention{a.actors[n]}
	if a.contributorPlural(q) {
		// "Chad, Niger and Togo were the largest troop contributors":
		// each country of the coordinated subject
		f.actors = f.actors[:0]
		for _, am := range a.coordinated(n, s) {
			if len(am.code) == 2 && am.cls != cDemonym {
				f.actors = append(f.actors, am)
			}
		}
		f.name = ruleTroopsContributorList
	}
	f.window.start = f.actors[0].start
	return f, true
}

// ruleTroopsContributorList names the frame on each country of a
// coordinated subject called troop contributors ("A, B and C were the
// largest troop contributors").
const ruleTroopsContributorList = "troops.contributor-list"

// contributorPlural reports whether the contributor noun of q, a troop
// contributor (troopContributor), is plural: "troop contributors",
// "contributors of troops".
func (a *analysis) contributorPlural(q *quantity) bool {
	return a.lw(q.end) == "contributors" || a.lw(q.start-2) == "contributors"
}

// troopContributor reports whether q, troops without a number, is the
// "troop" of "troop contributor" ("the largest troop contributor"): a
// description of a country, not troops named before.
func (a *analysis) troopContributor(q *quantity) bool {
	if q.kind != news.KindTroops || q.num != nil {
		return false
	}
	switch a.lw(q.end - 1) {
	case "troop", "troops":
	default:
		return false
	}
	switch a.lw(q.end) {
	case "contributor", "contributors", "contributing":
		return true
	}
	// "the largest contributor of troops"
	if q.start-2 >= 0 && a.lw(q.start-1) == "of" && q.end-q.start == 1 {
		switch a.lw(q.start - 2) {
		case "contributor", "contributors":
			return true
		}
	}
	return false
}

// remains reports whether w is a copula of staying: "remains", "remained".
func remains(w string) bool {
	return w == "remains" || w == "remained" || w == "remain"
}

// participleAdj reports whether token k is the past participle of a verb
// of commitment used as an adjective between an owner and its commitment
// noun: "Egypt's proposed contribution", "Germany's promised brigade".
func (a *analysis) participleAdj(k int) bool {
	return k > 0 && strings.HasSuffix(a.lw(k), "ed") && a.has(k, cTrigger, cConsidering) &&
		a.lw(k-1) == "s" && k > 1 && isApostropheText(a.tx(k-2))
}

// ruleTroopsContributorMembers names the troops of each country listed as
// a troop contributor to an operation ("Troop-contributing countries to
// the mission include A, B and C").
const ruleTroopsContributorMembers = "troops.contributor-members"

// troopContributorsBefore reports whether the words of sentence s before
// the operation noun at k name troop contributors: "troop" or "troops"
// and a form of "contribute" ("Troop-contributing countries to the
// mission", "The countries contributing troops to the force").
func (a *analysis) troopContributorsBefore(k int, s span) bool {
	troop, contrib := false, false
	for j := s.start; j < k; j++ {
		switch a.lw(j) {
		case "troop", "troops":
			troop = true
		case "contributing", "contributors", "contributor", "contribute":
			contrib = true
		}
	}
	return troop && contrib
}
