package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// equipmentPresenceFrame matches a ship or aircraft of a named country
// deployed on a mission, with no verb of giving: "the French frigate
// Nivose, attached to the operation", "two Swedish corvettes joined the
// task force", "the task force was joined by two Swedish corvettes", "its
// frigate Languedoc is now in the Red Sea" (its: the country before), and
// a named vessel after a definite article ("The frigate Hessen is already
// on its way", for the last country named as a subject, below review).
// Deployed equipment is delivered unless the clause is irrealis.
func (a *analysis) equipmentPresenceFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindEquipment {
		return frame{}, false
	}
	// the owner: a demonym or country inside the phrase
	var actors []actorMention
	for k := q.start; k < q.end && actors == nil; k++ {
		for _, m := range a.ann[k] {
			// (not the maker: "American-made", "German-built")
			if (m.class == cDemonym || m.class == cCountry) && m.end <= q.end && len(m.value) == 2 && !a.madeBy(m.end) {
				actors = []actorMention{{span: span{m.start, m.end}, code: m.value, cls: m.class, sent: q.sent}}
				break
			}
		}
	}
	// "Germany's Leopard tanks": the owner right before the phrase
	if actors == nil {
		if am, ok := a.possessorBefore(q.start, s); ok {
			actors = []actorMention{am}
		}
	}
	// "the Hellenic Navy frigate Hydra": the owner of the service before
	if actors == nil {
		if am, ok := a.serviceOwnerBefore(q.start, s, q.sent); ok {
			actors = []actorMention{am}
		}
	}
	conf := 0.65
	var anaphor span
	// a name right after the noun: "frigate Languedoc", "frigate “Hessen”"
	k := q.end
	named := false
	for k < s.end && k < q.end+4 && (a.toks[k].kind == tWord && a.upper(k) && a.actorAt[k] < 0 && !a.has(k, cSubjectFollower) ||
		a.tx(k) == "“" || a.tx(k) == "”" || a.tx(k) == "\"") {
		named = named || a.toks[k].kind == tWord
		k++
	}
	p := q.start - 1
	if actors == nil && p >= s.start && named {
		switch w := a.lw(p); {
		case w == "its" || w == "their":
			// "its frigate Languedoc": the country before
			if list, ok := a.resolvePronoun(p, s); ok && len(list[0].code) == 2 {
				actors, conf, anaphor = list[:1], 0.55, span{p, p + 1}
			}
		case w == "the" && p == s.start:
			if am, ok := a.antecedent(q.sent-1, farBack); ok && q.sent > 0 && len(am.code) == 2 {
				actors, conf, anaphor = []actorMention{am}, 0.5, span{p, q.end}
			}
		}
	}
	// a ship or aircraft somewhere is given only to a mission or to
	// another country: "the Russian frigate sailed into the
	// Mediterranean" is its own navy at sea, "Danish F-16s arrived in
	// Ukraine" are given
	if actors == nil || anaphor.end == 0 && !a.missionNear(q.sent) && !a.foreignAfter(q, actors[0].code, s) {
		return frame{}, false
	}
	if a.portVisit(s) {
		return frame{}, false // "arrived in Manila for a port call": a visit, not a mission
	}
	mk := func(anchor span) (frame, bool) {
		if a.drillAfter(anchor.end, s) {
			return frame{}, false // "is set to join the fleet's exercise"
		}
		f := frame{actors: actors, anchor: anchor, rule: rulePresence, window: span{q.start, anchor.end}, conf: conf, anaphor: anaphor}
		// in place, unless hedged or refused ("attached to" is no irrealis "to");
		// "is preparing to set sail" is not there yet
		f.forced = news.StatusDelivered
		if st, _ := a.status(&frame{actors: f.actors, anchor: f.anchor, window: f.window}); st == news.StatusDeclined || st == news.StatusConsidering {
			f.forced = st
		}
		for j := anchor.start; j < anchor.end; j++ {
			// "are expected to arrive", "is due to arrive": promised, not there yet
			if a.lw(j) == "preparing" || a.lw(j) == "expected" || a.lw(j) == "due" || a.lw(j) == "set" || a.lw(j) == "scheduled" || a.lw(j) == "to" && j+1 < anchor.end {
				f.forced = news.StatusPledged
			}
		}
		return f, true
	}
	// "was joined by two Swedish corvettes"
	if p >= s.start && a.lw(p) == "by" && p-1 >= s.start && a.has(p-1, cJoinVerb) {
		return mk(span{p - 1, p})
	}
	// "will be joined by the Hellenic Navy frigate Hydra" (the article
	// and the owner's service before the goods)
	if b := a.serviceStart(q.start, s) - 1; b > s.start && b < p && a.lw(b) == "the" && a.lw(b-1) == "by" && b-2 >= s.start && a.has(b-2, cJoinVerb) {
		return mk(span{b - 2, b - 1})
	}
	// "the task group includes HMS Duncan and the German frigate FGS Hessen"
	if v, future, ok := a.includedIn(q, s); ok {
		f, ok := mk(v)
		f.name = rulePresenceIncludes
		if future && f.forced == news.StatusDelivered {
			f.forced = news.StatusPledged
		}
		return f, ok
	}
	// "Four Hungarian Gripens and two Czech Gripens will be deployed":
	// the verb after the goods coordinated with q
	k = a.pastCoordinatedGoods(k, q, s)
	// "attached to", "is now in", "have landed in", "departed"
	for k < s.end && (a.tx(k) == "," || a.lw(k) == "which" || a.lw(k) == "that" || a.lw(k) == "also" || strings.HasSuffix(a.lw(k), "ly")) {
		k++
	}
	if m, ok := a.longest(k, s.end, cEquipPresence); ok {
		return mk(span{m.start, m.end})
	}
	// "is already on its way", "has now departed"; "will be deployed",
	// "will join": promised, not there yet
	future := false
	for n := 0; k < s.end && n < 3 && (a.has(k, cPassiveAux, cPerfectAux) || a.lw(k) == "already" || a.lw(k) == "now" || a.lw(k) == "still" || a.lw(k) == "will" || a.lw(k) == "soon" || a.lw(k) == "to"); n++ {
		future = future || a.lw(k) == "will" || a.lw(k) == "to"
		k++
	}
	if m, ok := a.longest(k, s.end, cEquipPresence); ok {
		f, ok := mk(span{m.start, m.end})
		if future && f.forced == news.StatusDelivered {
			f.forced = news.StatusPledged
		}
		return f, ok
	}
	return frame{}, false
}

// verbParticle reports whether token i ends a phrasal verb of handing
// over ("handed over 30 drones", "turned over four planes"): the "over"
// is the verb's, not the qualifier "more than".
func (a *analysis) verbParticle(i int) bool {
	if i == 0 || a.lw(i) != "over" {
		return false
	}
	m, ok := a.longest(i-1, len(a.toks), cTrigger)
	return ok && m.end == i+1
}

// purchased reports whether equipment q is bought by its subject for
// itself: "Poland intends to buy 116 Abrams tanks" is no one's commitment
// (an arms sale is the seller's, see saleFrame). Buying for another
// ("pledged enough to buy 500,000 shells for Ukraine") is a commitment.
func (a *analysis) purchased(q *quantity, s span) bool {
	if q.kind != news.KindEquipment {
		return false
	}
	buy := false
	from := q.start - 1
	if from > s.start && a.lw(from) == "of" && a.tx(from-1) == ")" {
		from = a.beforeBracket(from-1, s) // "a purchase (FMS) of": from "purchase"
	}
	for k := from; k >= s.start && k >= from-3; k-- {
		switch a.lw(k) {
		case "buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing",
			"procure", "procures", "procured", "procuring", "acquire", "acquires", "acquired", "acquiring", "order", "ordered":
			buy = true
		}
		if buy || a.toks[k].kind == tPunct {
			break
		}
	}
	if !buy {
		return false
	}
	for k := q.end; k < s.end && k < q.end+5; k++ {
		// "acquired 500 million vaccines that will be donated"
		if a.has(k, cTrigger, cDeliveryPast) {
			return false
		}
		if (a.lw(k) == "for" || a.lw(k) == "to") && k+1 < s.end {
			j := k + 1
			if a.lw(j) == "the" && j+1 < s.end {
				j++
			}
			if a.actorAt[j] >= 0 || a.has(j, cDemonym, cCountry) {
				return false
			}
		}
	}
	return true
}

// supportHeads are nouns that, right after a materiel name, make it a
// modifier of a kind of support: "a drone school", "F-16 training",
// "Patriot operators", "a tank repair hub".
var supportHeads = map[string]bool{"school": true, "schools": true, "academy": true, "training": true,
	"pilots": true, "operators": true, "crews": true, "maintenance": true, "repair": true, "repairs": true,
	"hub": true, "hubs": true, "centre": true, "center": true, "instructors": true}

// equipmentModifiers turns uncounted equipment whose phrase goes on with
// a head of support into support: "host a drone school for Ukrainian
// operators" is support, not drones.
func (a *analysis) equipmentModifiers() {
	for i := range a.quants {
		q := &a.quants[i]
		if q.kind != news.KindEquipment || q.num != nil || q.end >= a.sents[q.sent].end {
			continue
		}
		end := q.end
		for end < a.sents[q.sent].end && end < q.end+2 && supportHeads[a.lw(end)] {
			end++
		}
		if end == q.end {
			continue
		}
		q.kind, q.end = news.KindSupport, end
		q.item = a.text[a.toks[q.start].start:a.toks[end-1].end]
	}
}

// ruleReportedGerund names "X reported delivering …".
const ruleReportedGerund = "frame.reported-gerund"

// reportedGerund reads a verb of giving in -ing form right after a verb
// of saying whose subject is a country: "the German government reported
// delivering a Patriot system", "Oslo confirmed sending two radars". A
// past report of handing over is a delivery.
func (a *analysis) reportedGerund(t match, s span) (frame, bool) {
	if !strings.HasSuffix(a.lw(t.start), "ing") || t.start-2 < s.start || !a.has(t.start-1, cReporting) {
		return frame{}, false
	}
	n := a.actorEndingAt(t.start-2, s)
	if n < 0 || a.actors[n].end != t.start-1 || len(a.actors[n].code) != 2 {
		return frame{}, false
	}
	am := a.actors[n]
	f := frame{actors: []actorMention{am}, anchor: span{t.start, t.end}, rule: ruleReportedGerund, window: span{am.start, t.end}, conf: 0.7}
	if a.gerundJudged(t.end, s.end) {
		f.window.end = s.end // the judgement gives the status: "was off the table"
	} else if strings.HasSuffix(a.lw(t.start-1), "ed") || a.lw(t.start-1) == "said" || a.lw(t.start-1) == "told" {
		f.forced = news.StatusDelivered
	}
	return f, true
}

// gerundJudged reports whether the clause after a reported gerund judges
// it with a hedge or a refusal ("said sending troops was out of the
// question", "said sending tanks could be discussed"): the gerund is the
// subject of that clause, not a handing over that took place.
func (a *analysis) gerundJudged(from, to int) bool {
	for k := from; k < to; k++ {
		if a.tx(k) == "," || a.tx(k) == ";" || a.has(k, cClauseBreak) {
			return false
		}
		if a.has(k, cConsidering, cDeclined) {
			return true
		}
		switch a.lw(k) {
		case "not", "n't", "never", "will", "would", "could", "might", "may", "should", "cannot":
			return true
		}
	}
	return false
}

// madeBy reports whether the country word ending before token k names a
// maker: "American-made", "German-built", "Soviet-designed".
func (a *analysis) madeBy(k int) bool {
	if k+1 >= len(a.toks) || a.tx(k) != "-" {
		return false
	}
	switch a.lw(k + 1) {
	case "made", "built", "designed", "produced", "manufactured":
		return true
	}
	return false
}

// possessorBefore returns the country that owns the phrase starting at
// token k: "Germany's Leopard tanks", "the Netherlands' F-16s".
func (a *analysis) possessorBefore(k int, s span) (actorMention, bool) {
	j := k - 1
	if j > s.start && a.lw(j) == "s" {
		j--
	}
	if j <= s.start || !isApostropheText(a.tx(j)) {
		return actorMention{}, false
	}
	n := a.actorEndingAt(j-1, s)
	if n < 0 || a.actors[n].end != j || len(a.actors[n].code) != 2 || a.actors[n].cls == cGroup {
		return actorMention{}, false
	}
	return a.actors[n], true
}
