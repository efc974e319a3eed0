package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleLeaveCountry marks a country that leaves the country its troops
// serve in, in a passage about troops: "Sweden and Canada have decided to
// leave the country", "Norway withdrew from Mali last year". Its troops,
// declined (the conventions: a withdrawal is troops, declined).
const ruleLeaveCountry = "troops.leave-country"

// troopsAround reports whether sentence si or one of the two before it
// names troops or a multinational operation: the passage is about
// troops abroad, so a country leaving a place takes its troops home.
func (a *analysis) troopsAround(si int) bool {
	for j := max(0, si-2); j <= si; j++ {
		if a.stats.sentCls[j]&(1<<cTroopNoun|1<<cOperationNoun) != 0 {
			return true
		}
	}
	return false
}

// hostLeftAfter returns the place left right after a verb of leaving
// ending at k: a country name ("withdrew from Mali") or "the country" with
// up to three words before the noun ("leave the West African country").
func (a *analysis) hostLeftAfter(k int, s span) (span, bool) {
	if k >= s.end {
		return span{}, false
	}
	if n := a.actorEndingAt(k, s); n >= 0 && a.actors[n].start == k {
		if am := a.actors[n]; am.cls == cCountry && len(am.code) == 2 {
			return am.span, true
		}
		// ("the West African country": a group name inside the noun phrase)
	}
	if a.lw(k) != "the" {
		return span{}, false
	}
	for j := k + 1; j < s.end && j <= k+4; j++ {
		switch a.lw(j) {
		case "country", "nation":
			return span{k, j + 1}, true
		}
		if a.toks[j].kind != tWord {
			return span{}, false
		}
	}
	return span{}, false
}

// countriesLeave reports whether the leavers of f are countries named as
// such (not leaders, who leave a country on a visit, nor peoples) and the
// place left, when named, is none of them; sentence si names no troops
// (their own frames read them); the leaving (the verb at k)
// is not denied ("will never leave", "did not leave") and the subject is
// the country itself, not something it owns ("Italy's minister left").
func (a *analysis) countriesLeave(f frame, place span, k, si int, s span) bool {
	last := f.actors[len(f.actors)-1]
	if _, owns := a.isPossessive(last.end, s.end); owns || a.negatedBetween(last.end, k) {
		return false
	}
	for j := last.end; j < k; j++ {
		if a.lw(j) == "never" {
			return false
		}
	}
	for _, q := range a.quantsOf(si) {
		if q.kind == news.KindTroops {
			return false // "will withdraw from Mali and send troops to Iraq": the troops' frames read it
		}
	}
	for _, am := range f.actors {
		if am.cls != cCountry || am.person || am.end-am.start > 3 || len(am.code) != 2 {
			return false
		}
		if n := a.actorEndingAt(place.start, span{place.start, place.end}); n >= 0 && a.actors[n].code == am.code {
			return false
		}
	}
	return true
}

// troopUnitHead reports whether an operation noun ends in the name of a
// land unit ("multinational brigade", "multinational unit"): joining,
// contributing to or leaving it concerns troops.
func troopUnitHead(w string) bool {
	switch w {
	case "unit", "units", "brigade", "brigades", "battalion", "battalions", "division", "corps":
		return true
	}
	return false
}
