package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleEquipFollowOn names the frame of followOnFrame.
const ruleEquipFollowOn = "equipment.follow-on"

// followOnFrame reads a sentence that adds counted materiel without
// naming a giver, right after a sentence in which one country gives
// materiel: "Canada has sent 20 armoured vehicles. Another 40 trucks will
// follow", "… In addition, 40 trucks will be sent", "A further 40 trucks
// are to be delivered in May". The giver is the country that is the
// subject of the sentence before. The sentence must name no actor but a
// place after a preposition past the quantity ("arrive in Ukraine"), open
// with the quantity (after at most a few words such as "another", "in
// addition", "a further"), and go on with a passive verb of giving
// ("will be sent") or "follow"/"arrive"; a quantity read as the subject
// of anything else ("40 trucks were destroyed") is left alone.
func (a *analysis) followOnFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindEquipment || q.num == nil || q.start-s.start > 4 || q.sent <= 0 {
		return frame{}, false
	}
	// a clause after a semicolon belongs to its line ("Chile: two aircraft
	// delivered; a further 10 trucks …"), which other frames read
	if s.start > 0 && a.tx(s.start-1) == ";" {
		return frame{}, false
	}
	// a place after the verb is no giver: "… should arrive in Ukraine by May"
	for _, am := range a.actorsOf(s) {
		if am.subject || am.start < q.end || am.start-1 <= q.end {
			return frame{}, false
		}
		switch a.lw(am.start - 1) {
		case "in", "to", "at", "into":
		default:
			return frame{}, false // "… from Germany will arrive": another giver
		}
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
	for _, p := range a.quantsOf(q.sent - 1) {
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

// ruleEquipDisposal names the frame of materielDisposalFrame.
const ruleEquipDisposal = "equipment.disposal"

// materielDisposalFrame reads materiel or money put at someone's disposal
// or made available, with the quantity between the verb and its
// complement: "Poland put 20 armoured vehicles at Ukraine's disposal",
// "Spain has placed two frigates at the disposal of NATO", "Japan made 30
// generators available to Turkey". The subject of the verb commits them; a
// past or perfect verb not under a modal is delivered. (Troops made
// at someone's disposal or made available are read by disposalFrame and
// availableFrame.)
func (a *analysis) materielDisposalFrame(q *quantity, s span) (frame, bool) {
	if q.kind == news.KindSupport || q.kind == news.KindTroops || q.end >= s.end {
		return frame{}, false
	}
	switch {
	case a.lw(q.end) == "available":
	case a.lw(q.end) == "at":
		k := q.end + 1
		for k < s.end && k < q.end+6 && a.lw(k) != "disposal" && (a.toks[k].kind == tWord || a.tx(k) == "'" || a.tx(k) == "’") {
			k++
		}
		if k >= s.end || a.lw(k) != "disposal" {
			return frame{}, false
		}
	default:
		return frame{}, false
	}
	k := q.start - 1
	for k > s.start && (a.lw(k) == "a" || a.lw(k) == "an" || a.lw(k) == "further" || a.lw(k) == "another" || a.lw(k) == "additional" || a.has(k, cQualifier)) {
		k--
	}
	switch a.lw(k) {
	case "make", "makes", "made", "making", "put", "puts", "putting", "place", "places", "placed", "placing":
	default:
		return frame{}, false
	}
	f, ok := a.subjectFrame(match{start: k, end: k + 1}, s)
	if !ok {
		// "Poland put …": a country right before a bare past verb that
		// the analysis did not mark as its subject
		n := a.actorEndingAt(k-1, s)
		if n < 0 || a.actors[n].end != k || len(a.actors[n].code) != 2 || a.actors[n].cls == cGroup {
			return frame{}, false
		}
		f = frame{actors: a.coordinated(n, s), anchor: span{k, k + 1}, rule: ruleActive, conf: 0.7}
		f.window = span{f.actors[0].start, k + 1}
	}
	f.name = ruleEquipDisposal
	f.window = span{f.window.start, q.end + 1}
	switch a.lw(k) {
	case "made", "put", "placed":
		if !a.irrealis(f.window.start, k) {
			f.forced = news.StatusDelivered
		}
	}
	return f, true
}

// ruleEquipPart names the line of the part in "20 of the 30 tanks".
const ruleEquipPart = "equipment.part"

// partOf returns the number of the part in "20 of the 30 tanks (it
// promised)", "has delivered 12 of its 18 howitzers": the part is what
// the verb says (delivered). The whole after "of the" is the pledge
// (whole is true), also after a bare "of" ("the first two of seven
// vessels"); after "of its"/"of their" it is the giver's own stock and no
// line. Not for money ("$2 billion of the $5 billion" is read by
// the money rules).
func (a *analysis) partOf(q *quantity) (part numPhrase, whole, ok bool) {
	if q.num == nil || q.kind == news.KindMoney || q.kind == news.KindSupport {
		return numPhrase{}, false, false
	}
	s := a.sents[q.sent]
	k := q.num.start - 1 // "the", "its", "their"
	if k-1 > s.start && a.lw(k) == "of" && q.kind == news.KindEquipment {
		k++ // "the first two of seven vessels": the whole without a determiner
	}
	if k-2 < s.start || a.lw(k-1) != "of" {
		return numPhrase{}, false, false
	}
	switch a.lw(k) {
	case "the":
		whole = true
	case "its", "their":
	default:
		whole = k == q.num.start
		if !whole {
			return numPhrase{}, false, false
		}
	}
	for _, p := range a.numbersNear(k-1, k-1) {
		if p.end == k-1 && p.value > 0 && p.value < q.num.value && !a.isYear(p.start) {
			return p, whole, true
		}
	}
	return numPhrase{}, false, false
}
