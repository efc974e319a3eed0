package extractor

// Frames of support named by a noun or a team rather than by a verb of
// giving ("Germany's offer of logistical support", "A team of Chinese
// medical experts arrived"), and the country of the forces that open a
// sentence ("British forces have helped to train …").

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// forcesOwner returns the country of the forces or the personnel that
// open sentence s and end right before token k (after its auxiliaries
// and adverbs): "British forces have also helped to train …", "Canadian
// instructors will train …". The demonym inside them names the country;
// nil when there is none.
func (a *analysis) forcesOwner(k int, s span) *actorMention {
	for k > s.start && (a.has(k, cPerfectAux, cPassiveAux, cIrrealis) || strings.HasSuffix(a.lw(k), "ly") || a.lw(k) == "also" ||
		a.isYear(k) && a.lw(k-1) == "since" || a.lw(k) == "since" && a.isYear(k+1)) {
		k--
	}
	for _, q := range a.quantsOf(a.sentOf(s)) {
		if q.start > s.start+1 || q.end-1 != k || q.kind != news.KindTroops && q.kind != news.KindSupport {
			continue
		}
		for j := q.start; j < q.end; j++ {
			for _, m := range a.ann[j] {
				if m.class == cDemonym && m.end <= q.end && len(m.value) == 2 {
					return &actorMention{span: span{m.start, m.end}, code: m.value, cls: cDemonym, sent: q.sent}
				}
			}
		}
	}
	return nil
}

// ruleSupportOffer names support named after a noun of commitment and
// "of": "Germany's offer of logistical support", "Italy made a pledge of
// training".
const ruleSupportOffer = "frame.support-offer"

// commitmentNounOf reads the support q of sentence s that follows a noun
// of commitment and "of" ("offer of", "pledge of", "promise of",
// "commitment of"): the giver owns the noun ("Germany's offer of …",
// "its pledge of …" with the owner named before) or is the subject of the
// verb that makes or announces it ("Italy made a pledge of …", "Japan
// announced an offer of …").
func (a *analysis) commitmentNounOf(q *quantity, s span) (frame, bool) {
	n := q.start - 2
	if n <= s.start || a.lw(q.start-1) != "of" {
		return frame{}, false
	}
	// "renewed pledges of support for Ukraine": support as a whole is a
	// stance here; only a concrete kind is committed
	if genericAid(q.item) || genericSupport(lowerWord(q.item)) {
		return frame{}, false
	}
	switch a.lw(n) {
	case "offer", "offers", "pledge", "pledges", "promise", "promises", "commitment", "commitments", "provision":
	default:
		return frame{}, false
	}
	// the words before the noun: a determiner, a few modifiers, a possessor
	j := n - 1
	for j > s.start && n-j < 4 && a.toks[j].kind == tWord && !a.has(j, cTrigger, cMakeVerb) && a.actorAt[j] < 0 {
		if a.lw(j) == "a" || a.lw(j) == "an" || a.lw(j) == "the" {
			j--
			break
		}
		j--
	}
	// "Germany's offer of …": the possessor
	for p := j; p > s.start && p >= n-4; p-- {
		if _, ok := a.isPossessive(p, n); ok {
			if m := a.actorEndingAt(p-1, s); m >= 0 && len(a.actors[m].code) >= 2 && a.actors[m].cls != cGroup {
				am := a.actors[m]
				return frame{actors: []actorMention{am}, anchor: span{n, n + 1}, rule: ruleSupportOffer,
					window: span{am.start, q.end}, conf: 0.6}, true
			}
		}
	}
	// "Italy made a pledge of …", "Japan announced an offer of …"
	if j >= s.start && a.has(j, cTrigger, cMakeVerb) {
		f, ok := a.subjectFrame(match{start: j, end: j + 1}, s)
		if !ok {
			return frame{}, false
		}
		f.rule = ruleSupportOffer
		f.anchor = span{j, n + 1}
		f.window = span{f.window.start, q.end}
		f.conf -= 0.1
		return f, true
	}
	return frame{}, false
}

// ruleTeamArrived names a civilian team of a country that arrived where
// it helps: "A team of Chinese medical experts arrived in the capital".
const ruleTeamArrived = "frame.team-arrived"

// teamArrived reads a civilian team (support q, a team turned from
// troops) whose country is a demonym in it or in the "of" phrase after
// it, and that "arrived" or "landed" within six tokens after it in
// sentence s: the help is delivered. The country may also own the team
// ("Japan's rescue teams", "its first rescue teams", helpOwner), and the
// team may have "started work" (or "began operations").
func (a *analysis) teamArrived(q *quantity, s span) (frame, bool) {
	team := false
	for j := q.start; j < q.end; j++ {
		if a.lw(j) == "team" || a.lw(j) == "teams" {
			team = true
		}
	}
	if !team {
		return frame{}, false
	}
	var owner *actorMention
	for j := q.start; j < s.end && j < q.end+4 && owner == nil; j++ {
		for _, m := range a.ann[j] {
			if m.class == cDemonym && len(m.value) == 2 {
				owner = &actorMention{span: span{m.start, m.end}, code: m.value, cls: cDemonym, sent: q.sent}
				break
			}
		}
	}
	if owner == nil {
		// "Japan's rescue teams", "China said its first rescue teams …"
		// (the mention may start at the "s" of the possessive)
		k := q.start
		if k+1 < q.end && a.lw(k) == "s" && k > s.start && isApostropheText(a.tx(k-1)) {
			k++
			q.start, q.item = k, a.text[a.toks[k].start:a.toks[q.end-1].end]
		}
		for n := 0; k > s.start && n < 2 && orderWord(a.lw(k-1)); n++ {
			k-- // "its first rescue teams"
		}
		am, ok := a.helpOwner(k, s)
		if !ok {
			return frame{}, false
		}
		owner = &am
	}
	for j := q.end; j < s.end && j < q.end+6; j++ {
		if a.toks[j].kind == tPunct {
			return frame{}, false
		}
		switch a.lw(j) {
		case "started", "began", "begun":
			// "its rescue teams started work in …"
			if j+1 < s.end && (a.lw(j+1) == "work" || a.lw(j+1) == "working" || a.lw(j+1) == "operations" || a.lw(j+1) == "searching") {
				return frame{actors: []actorMention{*owner}, anchor: span{j, j + 2}, rule: ruleTeamArrived,
					window: span{q.start, j + 2}, conf: 0.6, forced: news.StatusDelivered}, true
			}
		case "arrived", "landed":
			return frame{actors: []actorMention{*owner}, anchor: span{j, j + 1}, rule: ruleTeamArrived,
				window: span{q.start, j + 1}, conf: 0.6, forced: news.StatusDelivered}, true
		}
	}
	return frame{}, false
}
