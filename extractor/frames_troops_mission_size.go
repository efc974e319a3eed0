package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleMissionSize names the troops of an EU or NATO mission (or a
// country's own) told as its present size: "The NATO-led peacekeeping
// mission currently consists of almost 3,800 troops", "the EU military
// mission (…) has more than 600 soldiers".
const ruleMissionSize = "frame.mission-size"

// missionSizeFrame reads troops q with a number as the size of a mission
// that its owner has in place: a link verb in the present right before
// the number ("consists of", "includes", "has", "numbers", "comprises",
// "counts", "totals"; "currently" may come before it) whose subject, at
// most 14 tokens back, is a mission, operation or force with its owner
// right before it ("NATO's", "the EU", "the NATO-led"). The troops are
// in place: delivered. A modal or a negation between the mission and the
// verb, or an owner that is no country, the EU or NATO, gives no frame.
func (a *analysis) missionSizeFrame(q *quantity) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil || q.sent < 0 || q.sent >= len(a.sents) {
		return frame{}, false
	}
	s := a.sents[q.sent]
	v := q.start - 1
	for v > s.start && (a.has(v, cQualifier) || sizeQualifier(a.lw(v))) {
		v--
	}
	switch a.lw(v) {
	case "includes", "has", "numbers", "comprises", "counts", "totals":
	case "of":
		if a.lw(v-1) != "consists" && a.lw(v-1) != "composed" {
			return frame{}, false
		}
		v--
	default:
		return frame{}, false
	}
	// "KFOR currently includes 4,500 troops": a mission's acronym is its owner
	if am, ok := a.missionAcronymSubject(v, s); ok {
		return frame{actors: []actorMention{am}, anchor: span{v, v + 1}, rule: ruleMissionSize, name: ruleMissionAcronym,
			window: span{v, q.end}, conf: 0.5, forced: news.StatusDelivered}, true
	}
	for p := v - 1; p >= s.start && p >= v-14; p-- {
		switch a.lw(p) {
		case "mission", "operation", "force", "battlegroup", "group", "contingent":
			// "the NATO multinational battle group deployed in X has
			// around 1,600 personnel"
		default:
			continue
		}
		if a.irrealis(p+1, v) {
			return frame{}, false // "the mission will have", "does not include"
		}
		if am, ok := a.missionOwner(p, s); ok {
			return frame{actors: []actorMention{am}, anchor: span{v, v + 1}, rule: ruleMissionSize,
				window: span{v, q.end}, conf: 0.5, forced: news.StatusDelivered}, true
		}
		return frame{}, false
	}
	return frame{}, false
}

// sizeQualifier reports whether w may stand between a link verb and the
// size it gives: "currently consists of almost 3,800", "has more than 600".
func sizeQualifier(w string) bool {
	switch w {
	case "about", "around", "some", "almost", "nearly", "over", "more", "than", "roughly", "approximately", "up", "to", "currently", "now", "a", "total":
		return true
	}
	return false
}

// missionOwner returns the owner of the mission noun at token p: an actor
// that is a country, the EU or NATO, at most four tokens before it with
// no punctuation but a hyphen or an apostrophe between ("NATO's training
// mission", "the EU military mission", "the NATO-led peacekeeping
// mission"). A country's "-led" mission is led, not owned: no owner.
func (a *analysis) missionOwner(p int, s span) (actorMention, bool) {
	for _, am := range a.actorsNear(max(s.start, p-5), p) {
		if am.start < s.start || am.end > p || p-am.end > 3 || len(am.code) != 2 && am.code != "EU" && am.code != "NATO" {
			continue
		}
		led := am.end+1 < p && a.tx(am.end) == "-" && a.lw(am.end+1) == "led"
		if led && len(am.code) == 2 {
			continue // "the German-led mission": the lead, not the owner
		}
		clean := true
		for j := am.end; j < p; j++ {
			if a.toks[j].kind == tPunct && a.tx(j) != "-" && !isApostropheText(a.tx(j)) {
				clean = false
			}
		}
		if clean {
			return am, true
		}
	}
	return actorMention{}, false
}
