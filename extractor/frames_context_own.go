package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// Context guards on the actor's own forces: the size of its army, its
// own procurement, equipment moved within its own country.
// contextGuard (frames_context_guards.go) calls them.

// ownForceSize reports troops that give the new size of the actor's own
// armed forces: "Poland to expand its army to 300,000 soldiers", "will
// grow the military to 200,000 troops". A country between the verb and
// the number ("increase its forces in Lithuania to 5,000") makes it a
// deployment abroad.
func (a *analysis) ownForceSize(f *frame, q *quantity) bool {
	if q.kind != news.KindTroops || q.num == nil || f.anchor.end > q.start || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	if q.start-1 <= s.start || a.lw(q.start-1) != "to" && !(a.has(q.start-1, cQualifier) && a.lw(q.start-2) == "to") {
		return false
	}
	force := false
	for k := f.anchor.end; k < q.start; k++ {
		switch a.lw(k) {
		case "army", "armed", "military", "navy", "forces":
			force = true
		}
	}
	if !force {
		return false
	}
	for _, m := range a.actorsNear(f.anchor.end, q.start) {
		if m.start >= f.anchor.end && m.end <= q.start {
			return false
		}
	}
	return true
}

// serviceProcurement reports equipment that an armed service of the actor
// adds or buys for itself: "The Royal Navy plans to add five frigates",
// "the army will acquire 40 howitzers". A service that sends, gives or
// delivers is read by the other frames.
func (a *analysis) serviceProcurement(f *frame, q *quantity) bool {
	if q.kind != news.KindEquipment || len(f.actors) == 0 || f.anchor.start >= len(a.toks) {
		return false
	}
	switch a.lw(f.anchor.start) {
	case "add", "adds", "added", "adding", "acquire", "acquires", "acquired", "order", "orders", "ordered",
		"buy", "buys", "bought", "procure", "procures", "procured", "receive", "receives", "received", "field", "fields", "fielded":
	default:
		return false
	}
	for _, am := range f.actors {
		for k := am.start; k < am.end; k++ {
			switch a.lw(k) {
			case "navy", "army", "armed", "military", "corps", "guard":
				return true
			}
			if a.lw(k) == "force" && k > am.start && a.lw(k-1) == "air" {
				return true
			}
		}
	}
	return false
}

// equipmentToOwnRegion reports equipment moved within the actor's own
// country: "deployed troops to its Kursk region and brought in dozens of
// artillery systems", "moved 40 tanks to its southern border". A
// preposition of movement, "its" or "their", at most two names or place
// adjectives and a noun of region stand in the sentence, which names no
// other country.
func (a *analysis) equipmentToOwnRegion(f *frame, q *quantity) bool {
	if q.kind != news.KindEquipment || len(f.actors) == 0 || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	for k := s.start + 1; k+1 < s.end; k++ {
		if a.lw(k) != "its" && a.lw(k) != "their" || !towardsOwn(a.lw(k-1)) {
			continue
		}
		for j := k + 1; j < s.end && j <= k+3; j++ {
			switch a.lw(j) {
			case "region", "regions", "province", "provinces", "oblast", "border", "borders", "frontier", "territory", "enclave", "exclave",
				"soil", "airspace", "coast", "coastline":
				return a.onlyOwnCountries(f, s)
			}
			if !a.upper(j) && !a.has(j, cPlaceAdj) && a.lw(j) != "own" { // "to its own border"
				break
			}
		}
	}
	return false
}

// armySize reports a presence frame that only gives the size of the
// actor's forces: "The Bundeswehr has 181,000 soldiers in total",
// "Estonia has 7,000 soldiers in active service". A word of size ("in
// total", "active", "regular") must follow "has" and the troops; troops
// somewhere ("has 1,500 troops in Chad", "has 900 soldiers there",
// "stationed") are a presence.
func (a *analysis) armySize(f *frame, q *quantity) bool {
	if q.kind != news.KindTroops || f.rule != rulePresence || q.sent < 0 || q.sent >= len(a.sents) || q.start < f.anchor.end || q.start > f.anchor.end+2 {
		return false
	}
	switch a.lw(f.anchor.start) {
	case "has", "have", "had":
	default:
		return false
	}
	s := a.sents[q.sent]
	size := false
	for k := f.anchor.end; k < s.end && k <= q.end+3; k++ {
		switch a.lw(k) {
		case "total", "all", "active", "regular", "active-duty", "reservists", "reserves", "wartime":
			size = true
		}
	}
	if !size {
		return false
	}
	for k := q.end; k < s.end; k++ {
		switch a.lw(k) {
		case "there", "abroad", "overseas", "stationed", "deployed", "based", "serving", "present", "posted":
			return false
		}
		if a.has(k, cLocPrep) && a.lw(k) != "of" {
			for _, m := range a.actorsNear(k+1, k+3) {
				if m.start > k && m.start <= k+3 {
					return false // "in Chad", "in the Baltic states"
				}
			}
		}
	}
	return true
}

// forOwnForces reports troops named as the beneficiary of a purchase:
// "buying 12 new fighter jets for its own air force", "rifles for their
// own soldiers". ("will send its own troops" names no beneficiary.)
func (a *analysis) forOwnForces(q *quantity) bool {
	if q.kind != news.KindTroops || q.start < 3 || q.sent < 0 || q.sent >= len(a.sents) || q.start-3 < a.sents[q.sent].start ||
		!a.sentHasFunc(q.sent, wordsOf(idIts, idTheir)) {
		return false
	}
	s := a.sents[q.sent]
	// back over "own" and modifiers ("its own air force") to "its"
	k := q.start
	for n := 0; n < 3 && k-1 > s.start && a.lw(k-1) != "its" && a.lw(k-1) != "their"; n++ {
		if a.toks[k-1].kind != tWord {
			return false
		}
		k--
	}
	return k-2 >= s.start && (a.lw(k-1) == "its" || a.lw(k-1) == "their") && a.lw(k-2) == "for" &&
		(a.lw(k) == "own" || a.lw(k+1) == "own")
}

// ownStock reports equipment that the actor grows for itself: "It is
// expanding its arms factories", "Poland is boosting its arsenal". The
// object right after the verb is "its" or "their" things and no
// recipient follows ("boosting its deliveries of shells to Ukraine"
// stays).
func (a *analysis) ownStock(f *frame, q *quantity) bool {
	if q.kind != news.KindEquipment || q.sent < 0 || q.sent >= len(a.sents) || f.anchor.end >= len(a.toks) {
		return false
	}
	switch w := a.lw(f.anchor.start); w {
	case "expand", "expands", "expanded", "expanding", "increase", "increases", "increased", "increasing",
		"boost", "boosts", "boosted", "boosting", "reinforce", "reinforces", "reinforced", "reinforcing":
	default:
		return false
	}
	k := f.anchor.end
	if a.lw(k) != "its" && a.lw(k) != "their" || q.start < k || q.start > k+3 {
		return false
	}
	s := a.sents[q.sent]
	for j := q.end; j+1 < s.end; j++ {
		if a.lw(j) != "to" && a.lw(j) != "for" {
			continue
		}
		for _, m := range a.actorsNear(j+1, j+2) {
			if m.start > j && m.start <= j+2 {
				return false
			}
		}
	}
	return true
}
