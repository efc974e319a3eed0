package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Members of an initiative or operation named in a list rather than as
// subjects: after an operation noun ("… joined our initiative – from A,
// B and C"), after "participants include", and after "in partnership
// with". Each member gets one line of the join frame: support, or
// equipment when the sentences before speak of materiel.

// participantList reads the members named after an operation noun that
// ends at token k: "… joined our initiative – from Canada, Germany and
// the Netherlands to Poland". It reports whether it found any.
func (a *analysis) participantList(si int, s span, k int, anchor span, emit func(frame, quantity, string)) bool {
	j := k
	for j < s.end && j < k+3 && (a.tx(j) == "-" || a.tx(j) == "–" || a.tx(j) == "—" || a.tx(j) == ":") {
		j++
	}
	if j == k {
		return false
	}
	if j < s.end && a.lw(j) == "from" {
		j++
	}
	actors := a.listAt(j, s)
	if len(actors) == 0 {
		return false
	}
	// "from A and B to C"
	last := actors[len(actors)-1].end
	if last+1 < s.end && a.lw(last) == "to" {
		if n := a.actorEndingAt(last+1, s); n >= 0 && a.actors[n].start == last+1 {
			actors = append(actors, a.actors[n])
		}
	}
	a.emitParticipants(si, actors, anchor, emit)
	return true
}

// participantsInclude reads "the countries taking part (also) include A,
// B and C", "participants include …": one line per member named.
func (a *analysis) participantsInclude(si int, s span, emit func(frame, quantity, string)) {
	for k := s.start; k < s.end; k++ {
		if !a.has(k, cGroupNoun) && a.lw(k) != "participants" {
			continue
		}
		j := k + 1
		taking := a.lw(k) == "participants"
		for j < s.end && j < k+5 && !strings.HasPrefix(a.lw(j), "includ") {
			switch a.lw(j) {
			case "taking", "part", "participating", "involved":
				taking = true
				j++
				continue
			case "also", "in", "the", "it", "this":
				j++
				continue
			}
			break
		}
		// ("the countries include …" alone says nothing of taking part)
		if !taking || j >= s.end || !strings.HasPrefix(a.lw(j), "include") {
			continue
		}
		var actors []actorMention
		for _, am := range a.listAt(j+1, s) {
			actors = append(actors, am)
		}
		if len(actors) > 0 {
			a.emitParticipants(si, actors, span{j, j + 1}, emit)
		}
		return
	}
}

// emitParticipants gives one line to each country member of an initiative:
// equipment when the sentences just before speak of materiel (an initiative
// to buy shells), else support.
func (a *analysis) emitParticipants(si int, actors []actorMention, anchor span, emit func(frame, quantity, string)) {
	var named []actorMention
	for _, am := range actors {
		if len(am.code) == 2 {
			named = append(named, am)
		}
	}
	if len(named) == 0 {
		return
	}
	q := quantity{span: anchor, kind: news.KindSupport, sent: si, item: "participation"}
	for _, o := range a.quantsOfSents(si-3, si) {
		if o.sent >= si-3 && o.sent <= si && o.kind == news.KindEquipment {
			q.kind, q.item = news.KindEquipment, "participation: "+o.item
		}
	}
	f := frame{actors: named, anchor: anchor, rule: ruleJoin, window: anchor, conf: 0.55, forced: news.StatusPledged}
	emit(f, q, q.item)
}

// partnershipFrame reads the partners listed after "in partnership with"
// at token k ("partnership"): "… with 12 other nations – A, B and C".
func (a *analysis) partnershipFrame(si int, s span, k int, emit func(frame, quantity, string)) {
	j := k + 2
	// a numbered group that announces the list: "12 other nations"
	if n := a.actorEndingAt(j, s); n >= 0 && a.actors[n].start == j && a.actors[n].cls == cGroup {
		j = a.actors[n].end
		for j < s.end && a.toks[j].kind == tPunct {
			j++
		}
	}
	var actors []actorMention
	for _, am := range a.listAt(j, s) {
		if len(am.code) == 2 {
			actors = append(actors, am)
		}
	}
	if len(actors) == 0 {
		return
	}
	// what is run in partnership: the subject before "in partnership"
	item := "partnership"
	for p := k - 2; p >= s.start && p > k-8; p-- {
		if a.has(p, cOperationNoun) {
			item = a.text[a.toks[p].start:a.toks[p].end]
		}
	}
	f := frame{actors: actors, anchor: span{k - 1, k + 2}, rule: ruleJoin, window: span{k - 1, k + 2}, conf: 0.65}
	// "is delivered in partnership with": the partners take part now
	for p := k - 2; p >= s.start && p >= k-4; p-- {
		if a.has(p, cPassiveAux) && (a.lw(p) == "is" || a.lw(p) == "are") {
			f.forced = news.StatusDelivered
		}
	}
	q := quantity{span: span{k - 1, k + 2}, kind: news.KindSupport, sent: si, item: "participation in " + item}
	emit(f, q, q.item)
}
