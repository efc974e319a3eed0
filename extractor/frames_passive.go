package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Passive frames: the agent after "by" commits the quantity ("missiles
// supplied by Norway"), also in the second half of a gapped passive and
// with the recipient as subject ("Ukraine has been given 14 tanks by
// Germany"); a passive of handing over without an agent goes to the
// country that is the sentence's source, below review confidence.

// passiveFrame matches "missiles supplied by the U.S. and Norway",
// "€115bn contributed by the United States": a trigger after the quantity
// followed by "by" and the actors.
func (a *analysis) passiveFrame(q *quantity, s span) (frame, bool) {
	if f, ok := a.recipientPassiveFrame(q, s); ok {
		return f, true
	}
	if f, ok := a.gappedPassiveFrame(q, s); ok {
		return f, true
	}
	if q.kind == news.KindMoney && q.num != nil {
		// "Japan's $4.5 billion pledge to Ukraine was welcomed by Kyiv":
		// the owner gives, not the agent of a later verb
		if f, ok := a.possessiveFrame(q, s); ok {
			return f, true
		}
	}
	from := q.end
	if q.kind == news.KindMoney && from < s.end && (a.lw(from) == "in" || a.lw(from) == "of") {
		// "€50 million in (development) aid was pledged by Germany"
		for j := from + 1; j < s.end && j <= from+3; j++ {
			if m, ok := a.longest(j, s.end, cMoneyObject, cSupportNoun); ok { // "in military aid"
				from = m.end
				break
			}
			if !a.isModifier(j) {
				break
			}
		}
		// "… in aid to Mali was pledged by Germany"
		if from > q.end+1 && from < s.end && a.lw(from) == "to" {
			if acts := a.listAt(from+1, s); len(acts) > 0 {
				from = acts[len(acts)-1].end
			}
		}
	}
	if q.kind == news.KindEquipment {
		from = a.goodsOfEnd(q, s) // "1 million doses of the vaccine donated by Japan"
		if from == q.end {
			from = a.coordinatedGoodsEnd(q, s) // "Drones and radars were donated by Lithuania"
		}
	}
	// "a 150-person team of soldiers will be deployed by Canada": the
	// troop noun after "of" names the members of the counted unit
	if q.kind == news.KindTroops && from+1 < s.end && a.lw(from) == "of" {
		if m, ok := a.longest(from+1, s.end, cTroopNoun); ok {
			from = m.end
		}
	}
	for k := from; k < min(s.end, from+4); k++ {
		t, ok := a.longest(k, s.end, cTrigger, cDeliveryPast)
		if ok && q.kind != news.KindMoney && a.moneyOnlyAt(k) {
			return a.agentlessFrame(q, s) // "80 howitzers, paid for by Ukraine"
		}
		if !ok {
			if a.toks[k].kind == tWord && !a.has(k, cPassiveAux) && !strings.HasSuffix(a.lw(k), "ly") && !passiveModal(a.lw(k)) && !a.passiveModal(k) {
				return a.agentlessFrame(q, s)
			}
			continue
		}
		if q.kind == news.KindMoney && leadVerb(a.lw(t.start)) {
			return frame{}, false // "pledges reached $2.6 billion, led by A and B": a ranking, not a gift
		}
		by := t.end
		// "deployed earlier by France"
		for by < s.end && by < t.end+2 && (strings.HasSuffix(a.lw(by), "ly") || a.lw(by) == "earlier" || a.lw(by) == "already" || a.lw(by) == "also") {
			by++
		}
		// "delivered to Ukraine by Germany": the recipient may come first
		by = a.skipRecipientBeforeBy(by, s)
		by = a.agentAfterPlace(by, s)
		if by >= s.end || a.lw(by) != "by" && !(a.lw(by) == "from" && a.donatedFrom(t)) {
			return a.agentlessFrame(q, s)
		}
		actors := a.byAgent(by+1, s)
		if len(actors) == 0 {
			return frame{}, false
		}
		f := frame{actors: actors, anchor: span{t.start, t.end}, rule: rulePassive, window: span{q.start, s.end}, conf: 0.8}
		if q.kind == news.KindEquipment && from > q.end {
			f.name = ruleGoodsPassive // "doses of the vaccine donated by", "…, which was handed over by"
		}
		return f, true
	}
	return frame{}, false
}

// gappedPassiveFrame matches the second half of a passive whose verb is
// gapped: "EUR 20 million was pledged by Italy and EUR 15 million by
// Spain", "12 tanks were sent by Poland, 8 by Czechia". The quantity
// follows "and" or a comma and is followed by "by" and the actors; a
// quantity of the same kind before it in the sentence has a passive
// frame with an agent.
func (a *analysis) gappedPassiveFrame(q *quantity, s span) (frame, bool) {
	if q.start-1 <= s.start || q.end >= s.end || a.lw(q.end) != "by" || a.lw(q.start-1) != "and" && a.tx(q.start-1) != "," {
		return frame{}, false
	}
	actors := a.listAt(q.end+1, s)
	if len(actors) == 0 {
		return frame{}, false
	}
	qs := a.quantsOf(q.sent)
	for i := range qs {
		o := &qs[i] // read only
		if o.sent != q.sent || o.kind != q.kind || o.end > q.start || o.end >= s.end || a.lw(o.end) == "by" {
			continue
		}
		f, ok := a.passiveFrame(o, s)
		if !ok || f.rule != rulePassive || f.anchor.end > q.start {
			continue
		}
		return frame{actors: actors, anchor: f.anchor, rule: rulePassive, window: span{q.start, min(s.end, actors[len(actors)-1].end)}, conf: 0.75}, true
	}
	return frame{}, false
}

// recipientPassiveFrame matches a passive whose subject is the recipient
// and whose agent follows the quantity: "Ukraine has been given 14 tanks
// by Germany", "Kyiv was promised 40 vehicles by Berlin", "Ukraine will be
// provided with 12 howitzers by Norway". The verb is a participle of
// giving right after a passive auxiliary, at most "with" between it and
// the quantity.
func (a *analysis) recipientPassiveFrame(q *quantity, s span) (frame, bool) {
	if q.end >= s.end || a.lw(q.end) != "by" {
		return frame{}, false
	}
	k := q.start
	if k-1 > s.start && a.lw(k-1) == "with" {
		k--
	}
	for j := k - 1; j > s.start && j >= k-3; j-- {
		t, ok := a.longest(j, s.end, cTrigger, cDeliveryPast)
		if !ok || t.end != k || !a.has(j-1, cPassiveAux) {
			continue
		}
		actors := a.listAt(q.end+1, s)
		if len(actors) == 0 {
			return frame{}, false
		}
		return frame{actors: actors, anchor: span{t.start, t.end}, rule: rulePassive, window: span{j - 1, s.end}, conf: 0.75}, true
	}
	return frame{}, false
}

// passiveModal reports whether w may sit between the quantity and a
// passive participle: "twelve helicopters will be supplied by Poland",
// "tanks have been sent by Germany".
func passiveModal(w string) bool {
	switch w {
	case "will", "would", "shall", "should", "can", "could", "may", "might", "must",
		"has", "have", "had", "to", "already", "also", "now", "soon", "not":
		return true
	}
	return false
}

// skipRecipientBeforeBy returns the position of "by" after a short
// "to X" or "for X" phrase at k ("delivered to Ukraine by Germany",
// "sent to the Ukrainian army by Poland", "deployed to the African Union
// force in Somalia by Italy"), else k. The phrase may not hold a comma,
// a clause break, a verb or a second "to".
func (a *analysis) skipRecipientBeforeBy(k int, s span) int {
	if k >= s.end || (a.lw(k) != "to" && a.lw(k) != "for") {
		return k
	}
	for j := k + 1; j < s.end && j <= k+8; j++ {
		if a.tx(j) == "," || a.has(j, cClauseBreak, cTrigger, cPassiveAux) || a.lw(j) == "to" {
			return k // "sent to Ukraine to be used by": a clause of its own
		}
		if a.lw(j) == "by" {
			return j
		}
	}
	return k
}

// agentlessFrame matches a passive of handing over without an agent,
// in a sentence whose source is a country: "the 12 aircraft promised in
// May have been handed over, the Dutch defence ministry said". The source
// is taken as the committer, with a confidence below review.
func (a *analysis) agentlessFrame(q *quantity, s span) (frame, bool) {
	if q.kind == news.KindTroops && len(a.troopOwners(q, s)) > 0 {
		return frame{}, false // "300 Russian troops were deployed, Ukraine said": not the sayer's
	}
	for k := q.end; k < s.end && k < q.end+8; k++ {
		if a.tx(k) == "," || a.has(k, cClauseBreak, cReporting) {
			return frame{}, false
		}
		if !a.has(k, cPassiveAux) || a.lw(k) == "be" || a.lw(k) == "being" {
			continue
		}
		j := k + 1
		for j < s.end && (a.has(j, cPassiveAux) || strings.HasSuffix(a.lw(j), "ly") || a.lw(j) == "already") {
			j++
		}
		t, ok := a.longest(j, s.end, cDeliveryPast)
		if !ok || t.end < s.end && a.lw(t.end) == "by" {
			return frame{}, false
		}
		for _, am := range a.actorsOf(s) {
			if am.reporter && am.start >= t.end && len(am.code) == 2 {
				return frame{actors: []actorMention{am}, anchor: span{t.start, t.end}, rule: rulePassive,
					window: span{q.start, t.end}, conf: 0.55}, true
			}
		}
		// "Russian S-400 systems are being delivered to India": the owner
		if am, ok := a.goodsDemonym(q, s); ok {
			return frame{actors: []actorMention{am}, anchor: span{t.start, t.end}, rule: rulePassive, name: ruleOwnerPassive,
				window: span{q.start, t.end}, conf: 0.55}, true
		}
		return frame{}, false
	}
	return frame{}, false
}
