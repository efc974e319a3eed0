package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleEquipPassive: goods that are the subject of a passive of handing
// over without an agent, for the giver of the goods told just before.
const ruleEquipPassive = "frame.equipment-passive"

// passiveGoodsFrame matches goods that open their clause as the subject of
// a passive of handing over with no agent ("More than 400 vehicles,
// including 162 armoured vehicles, and 4 million rounds will also be
// delivered", "According to the release, 10 armoured vehicles were
// delivered for the airborne units"), for the giver of the goods told in
// the three sentences before (goodsGiverBefore), else the country that
// owns the package just before ("… includes 60 boats. More than 400
// vehicles will also be delivered"). The status is the passive's: "will
// be delivered" is pledged, "were delivered" delivered. Below review.
//
// Not: a passive with an agent ("delivered by Norway": the passive
// frame), a sentence that names a country other than after a
// preposition, goods bought, lost, seized or destroyed, two givers of
// goods in the sentences before.
func (a *analysis) passiveGoodsFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindEquipment || q.sent == 0 {
		return frame{}, false
	}
	// the subject starts the clause: after the last comma of an opening
	// phrase with no verb ("According to the release, …"), or after
	// "that" of a report ("the minister announced that 40 trucks had been
	// handed over": the reporter is no giver)
	rep := a.reportedClauseStart(q, s)
	start := rep
	for k := start; k < q.start; k++ {
		if a.tx(k) == "," {
			start = k + 1
		}
		if a.tx(k) == ";" || a.tx(k) == ":" {
			return frame{}, false // a clause of a list line: its own frames
		}
		// (a noun after a determiner is no verb: "according to the release")
		if a.has(k, cTrigger, cDeliveryPast, cReceive, cPassiveAux) && !(k > s.start && (a.lw(k-1) == "the" || a.lw(k-1) == "a")) {
			return frame{}, false
		}
	}
	first := -1
	for _, o := range a.quantsOf(q.sent) {
		if o.sent == q.sent && o.kind == news.KindEquipment && o.start >= start {
			first = o.start
			break
		}
	}
	if first < 0 || first-start > 3 || q.start > first && start > s.start && first != a.enumStart(q) && q.start-first > 20 {
		return frame{}, false
	}
	// the passive after the subject: "(will) (also) be delivered", "were handed over"
	aux, part := -1, -1
	for k := q.end; k < s.end && k < q.end+20; k++ {
		if a.tx(k) == ";" || a.has(k, cClauseBreak) || a.actorAt[k] >= 0 && !a.afterPrep(k) {
			return frame{}, false
		}
		if !a.has(k, cPassiveAux) {
			continue
		}
		j := k + 1
		for j < s.end && (a.lw(j) == "also" || a.lw(j) == "already" || a.lw(j) == "being" || a.lw(j) == "been" || a.lw(j) == "now") {
			j++
		}
		if j < s.end && a.has(j, cDeliveryPast) {
			aux, part = k, j
		}
		break
	}
	if part < 0 || a.notBefore(part, s) {
		return frame{}, false // "40 trucks will not be sent": no gift
	}
	// the last item must come before the passive: "q" is in the subject
	if q.end > aux {
		return frame{}, false
	}
	m, _ := a.longest(part, s.end, cDeliveryPast)
	switch a.lw(part) {
	case "equipped", "armed", "fitted":
		return frame{}, false // "The drones are equipped with cameras": a description
	}
	if m.end < s.end && a.lw(m.end) == "by" {
		return frame{}, false // an agent: the passive frame
	}
	for j := s.start; j < s.end; j++ {
		if notGivenFrom(a.lw(j)) || a.has(j, cCasualty) {
			return frame{}, false
		}
	}
	for _, am := range a.actorsOf(s) {
		if am.start >= rep && !a.afterPrep(am.start) {
			return frame{}, false
		}
	}
	// "The remaining 300 million doses will be delivered in 2022": a part
	// of a total told before, not a gift of its own
	for k := start; k < first; k++ {
		switch a.lw(k) {
		case "remaining", "rest", "remainder", "balance":
			return frame{}, false
		}
	}
	giver, ok := a.goodsGiverBefore(q.sent)
	if ok && giver.sent > 0 {
		// two givers of goods just before ("Britain pledged 14 tanks. The
		// Netherlands will give 10 howitzers. … had also been handed
		// over"): no way to choose
		if other, ok2 := a.goodsGiverBefore(giver.sent); ok2 && other.code != giver.code && other.sent >= q.sent-3 {
			return frame{}, false
		}
	}
	if !ok {
		if giver, ok = a.packageOwnerBefore(q.sent - 1); !ok {
			// the country of the goods sentence just before: "What Britain
			// calls its largest package includes 60 boats."
			prev := a.sents[q.sent-1]
			if giver, ok = a.antecedent(q.sent-1, 1); !ok || len(giver.code) != 2 || !a.hasGoods(q.sent-1) || len(a.actorsOf(prev)) != 1 {
				return frame{}, false
			}
		}
	}
	f := frame{actors: []actorMention{giver}, anchor: span{part, m.end}, rule: ruleEquipPassive, conf: 0.5,
		window: span{aux, m.end}}
	// "were (also) delivered", "have been handed over": handed over
	perfect := false // "have (already) been handed over"
	for j := aux - 1; j > s.start && j >= aux-3 && a.lw(aux) == "been"; j-- {
		if a.has(j, cPerfectAux) {
			perfect = true
			break
		}
	}
	if w := a.lw(aux); w == "was" || w == "were" || perfect {
		if st, _ := a.status(&f); st != news.StatusDeclined && st != news.StatusConsidering {
			f.forced = news.StatusDelivered
		}
	}
	return f, true
}

// hasGoods reports whether sentence si names equipment.
func (a *analysis) hasGoods(si int) bool {
	for _, o := range a.quantsOf(si) {
		if o.sent == si && o.kind == news.KindEquipment {
			return true
		}
	}
	return false
}

// reportedClauseStart returns the token after "that" when q's clause is
// reported by a verb of saying or announcing right before it ("the
// minister announced that several thousand rounds had been handed
// over"), else the start of s.
func (a *analysis) reportedClauseStart(q *quantity, s span) int {
	for k := q.start - 1; k > s.start && k >= q.start-4; k-- {
		if a.lw(k) == "that" && (sayingVerb(a.lw(k-1)) || a.has(k-1, cReporting)) {
			return k + 1
		}
	}
	return s.start
}

// reportedPassiveGoods reports whether q is the subject of a passive of
// handing over in a clause reported after "that" ("the minister announced
// that 40 trucks had been handed over"): the verb of saying is then no
// verb of giving, and its subject no giver.
func (a *analysis) reportedPassiveGoods(q *quantity, s span) bool {
	if q.kind != news.KindEquipment || a.reportedClauseStart(q, s) == s.start {
		return false
	}
	for k := q.end; k+1 < s.end && k < q.end+12; k++ {
		if a.tx(k) == "," || a.tx(k) == ";" || a.actorAt[k] >= 0 {
			return false
		}
		if a.has(k, cPassiveAux) {
			j := k + 1
			for j < s.end && (a.lw(j) == "also" || a.lw(j) == "already" || a.lw(j) == "been" || a.lw(j) == "being") {
				j++
			}
			if j >= s.end || !a.has(j, cDeliveryPast) {
				return false
			}
			m, _ := a.longest(j, s.end, cDeliveryPast)
			return m.end >= s.end || a.lw(m.end) != "by"
		}
	}
	return false
}
