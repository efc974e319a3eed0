package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// Goods in an agentless passive that a country reports: "Spain said that
// 20 ambulances would be delivered", "Turkey, one of the first to
// respond, announced that two field hospitals were being sent by ship",
// "Officials in Oslo said 12 howitzers are being transferred", "…, the
// Danish defence ministry said" (equipment.reported-passive).

// ruleEquipReported names a frame.passive frame of goods read from the
// country that reports the passive.
const ruleEquipReported = "equipment.reported-passive"

// reportedGoodsFrame matches goods q followed by a passive of giving
// (passive auxiliaries or a modal, then a verb of giving or a past verb of
// delivery: "would be delivered", "were being sent", "have been
// shipped") with no agent ("by" and an actor) after it, the clause
// reported by a country:
//   - right before the verb of saying, or whose official or ministry says
//     ("Spain said that", "Japan's foreign ministry said", "the Estonian
//     defence ministry announced");
//   - at the start of the sentence with an apposition before the verb
//     ("Turkey, one of the first countries to respond, announced");
//   - after the clause (", the Danish defence ministry said").
//
// Not: goods that name their own country ("Russian tanks were
// destroyed"), a verb that is no giving (destroyed, bought, captured:
// not in the classes), a country that received goods before in the text
// or after the verb ("Ukraine said 30 tanks had been delivered to
// Ukraine").
func (a *analysis) reportedGoodsFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindEquipment {
		return frame{}, false
	}
	for k := q.start; k < q.end; k++ {
		if a.has(k, cDemonym, cCountry) {
			return frame{}, false // "Russian tanks", "the Leopard tanks of Germany"
		}
	}
	k := a.pastCoordinatedGoods(a.pastShipName(q.end, s), q, s)
	passive := false
	for n := 0; k < s.end && n < 5 && (a.has(k, cPassiveAux, cPerfectAux) || a.passiveModal(k) || a.lw(k) == "also" || a.lw(k) == "already" || a.lw(k) == "now"); n++ {
		passive = passive || a.has(k, cPassiveAux)
		k++
	}
	m, ok := a.longest(k, s.end, cTrigger, cDeliveryPast)
	if !passive || !ok {
		return frame{}, false
	}
	// an agent after the verb is the other frames' ("were donated by Japan")
	for j := m.end; j+1 < s.end && j < m.end+3; j++ {
		if a.lw(j) == "by" && a.actorAt[j+1] >= 0 {
			return frame{}, false
		}
	}
	mk := func(am actorMention, conf float64) (frame, bool) {
		if len(am.code) != 2 || a.recipientBefore(q.sent, am.code) {
			return frame{}, false
		}
		// "Ukraine said 30 tanks were delivered to Ukraine": the sayer received
		for _, o := range a.actorsNear(m.end, s.end) {
			if o.sent == q.sent && o.start > m.end && o.code == am.code && recipientPrep(a.lw(o.start-1)) {
				return frame{}, false
			}
		}
		return frame{actors: []actorMention{am}, anchor: span{m.start, m.end}, rule: rulePassive, name: ruleEquipReported,
			window: span{q.start, m.end}, conf: conf}, true
	}
	if am, ok := a.trailingSayer(m.end, s); ok {
		return mk(am, 0.55)
	}
	j := q.start - 1
	for j > s.start && (a.lw(j) == "that" || a.has(j, cQualifier) || a.lw(j) == "the" || a.lw(j) == "some") {
		j--
	}
	// "said on Tuesday that", "announced on Wednesday evening that"
	for n := 0; j > s.start && n < 3 && (isWeekday(a.lw(j)) || a.lw(j) == "on" || a.lw(j) == "evening" || a.lw(j) == "morning" || a.lw(j) == "night"); n++ {
		j--
	}
	if j <= s.start || !a.has(j, cReporting) || a.lw(j) == "according" {
		return frame{}, false
	}
	// "Turkey, one of the first countries to respond, announced": the
	// country opens the sentence, an apposition between commas follows it
	if a.tx(j-1) == "," {
		if n := a.actorAt[s.start]; n >= 0 && a.actors[n].cls != cDemonym && a.actors[n].end < j && a.tx(a.actors[n].end) == "," {
			return mk(a.actors[n], 0.5)
		}
		return frame{}, false
	}
	// the sayer right before the verb of saying, or its official or
	// ministry ("Japan's foreign ministry said")
	for p := j - 1; p >= s.start && j-p <= 5; p-- {
		if a.toks[p].kind == tPunct && !isApostropheText(a.tx(p)) {
			break
		}
		n := a.actorEndingAt(p, s)
		if n < 0 {
			continue
		}
		am := a.actors[n]
		if am.cls == cDemonym && !a.institutionAfter(am.start+1, j) || am.start != s.start && a.lw(am.start-1) != "the" && a.lw(am.start-1) != "in" {
			return frame{}, false
		}
		return mk(am, 0.55)
	}
	return frame{}, false
}
