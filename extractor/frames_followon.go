package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleEquipFollowOn names the frame of followOnFrame.
const ruleEquipFollowOn = "equipment.follow-on"

// followOnFrame reads a sentence that adds counted materiel without
// naming a giver, right after a sentence in which one country gives
// materiel: "Canada has sent 20 armoured vehicles. Another 40 trucks will
// follow", "… In addition, 40 trucks will be sent", "A further 40 trucks
// are to be delivered in May". The giver is the country that is the
// subject of the sentence before. The sentence must name no actor, open
// with the quantity (after at most a few words such as "another", "in
// addition", "a further"), and go on with a passive verb of giving
// ("will be sent") or "follow"/"arrive"; a quantity read as the subject
// of anything else ("40 trucks were destroyed") is left alone.
func (a *analysis) followOnFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindEquipment || q.num == nil || q.start-s.start > 4 || q.sent <= 0 {
		return frame{}, false
	}
	// a clause after a semicolon belongs to its line ("Chile: two aircraft
	// delivered; a further 10 trucks …"), which other frames read
	if len(a.actorsOf(s)) > 0 || s.start > 0 && a.tx(s.start-1) == ";" {
		return frame{}, false
	}
	for k := s.start; k < q.start; k++ {
		if a.toks[k].kind == tNum || a.has(k, cCasualty) {
			return frame{}, false
		}
	}
	// the verb after the quantity: "will be sent", "are to be delivered",
	// "will follow", "are expected to arrive"
	anchor := span{-1, -1}
	for k := q.end; k < s.end && k < q.end+6; k++ {
		if a.has(k, cCasualty, cDeclined) || a.lw(k) == "not" || a.lw(k) == "never" {
			return frame{}, false
		}
		switch a.lw(k) {
		case "follow", "follows", "arrive", "arrives":
			anchor = span{k, k + 1}
		}
		if a.has(k, cPassiveAux) && k+1 < s.end {
			if m, ok := a.longest(k+1, s.end, cTrigger, cDeliveryPast); ok {
				anchor = span{m.start, m.end}
			}
		}
		if anchor.start >= 0 {
			break
		}
	}
	if anchor.start < 0 {
		return frame{}, false
	}
	// the giver: the one country that is a subject of the sentence before,
	// where it gives materiel
	prev := a.sents[q.sent-1]
	gives := false
	for _, p := range a.quants {
		if p.sent == q.sent-1 && p.kind == news.KindEquipment {
			gives = true
			break
		}
	}
	if !gives {
		return frame{}, false
	}
	var giver []actorMention
	for _, am := range a.actorsOf(prev) {
		if len(am.code) != 2 || am.cls == cGroup || !am.subject {
			continue
		}
		if len(giver) > 0 && giver[0].code != am.code {
			return frame{}, false // two givers: which one adds?
		}
		if len(giver) == 0 {
			giver = append(giver, am)
		}
	}
	if len(giver) == 0 {
		return frame{}, false
	}
	giver[0].far = true
	return frame{actors: giver, anchor: anchor, rule: rulePronoun, name: ruleEquipFollowOn,
		window: span{s.start, s.end}, conf: 0.5, anaphor: span{q.start, q.start}}, true
}
