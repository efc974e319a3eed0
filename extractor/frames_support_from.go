package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// Help named with the countries it comes "from": "relief assistance from
// Japan, Turkey and Saudi Arabia continues to arrive", "Morocco accepted
// offers of help from Spain, Qatar and Britain" (frame.support-from).

// ruleSupportFrom: concrete help followed by "from" and the countries
// that give it.
const ruleSupportFrom = "frame.support-from"

// supportFromFrames reads concrete help followed by "from" and a list of
// countries, in sentences that hold "from": each country named in the
// list gives the help ("relief assistance from the World Bank, Japan,
// Turkey and others continues": Japan and Turkey; organisations that are
// no actor are passed over). It is delivered ("continues", "arrived",
// "received"), pledged after a noun of offering ("offers of help from"),
// declined or considering by the cues.
//
// Not: support in general or political support ("support from France",
// "diplomatic backing from"), help asked for ("requested assistance from
// Japan", "appealed for help from"), help held back or not received
// (a negation in the sentence), trade or hostile sentences, a group, a
// country that already gives support in the sentence (committed).
func (a *analysis) supportFromFrames(emit func(frame, quantity, string), committed func(actor string, start int) bool) {
	for si, s := range a.sents {
		if si < len(a.sentFunc) && a.sentFunc[si]&wordsOf(idFrom) == 0 {
			continue
		}
		for _, q := range a.quantsOf(si) {
			if q.kind != news.KindSupport || q.sent != si || q.end+1 >= s.end || a.lw(q.end) != "from" || !a.concreteHelp(&q) {
				continue
			}
			actors := a.helpGivers(q.end+1, s)
			if len(actors) == 0 || a.helpAsked(&q, s) || a.sentHas(si, wNegation) {
				continue
			}
			f := frame{anchor: span{q.end, q.end + 1}, rule: ruleSupportFrom, conf: 0.55,
				window: span{max(s.start, q.start-8), min(s.end, actors[len(actors)-1].end+6)}, forced: news.StatusDelivered}
			if st, _ := a.status(&frame{actors: actors, anchor: f.anchor, window: f.window}); st == news.StatusDeclined || st == news.StatusConsidering {
				f.forced = st
			} else if a.offerBefore(q.start, s) {
				f.forced = news.StatusPledged
			}
			for _, am := range actors {
				if committed(am.code, a.toks[s.start].start) {
					continue
				}
				g := f
				g.actors = []actorMention{am}
				emit(g, q, q.item)
			}
		}
	}
}

// concreteHelp reports whether support q names concrete help: not
// "support" or "backing" alone, nor political, diplomatic, moral, verbal
// or public support, nor a topic ("Regarding support from Germany, …"),
// nor people or teams ("rescuers from Spain": the team frames').
func (a *analysis) concreteHelp(q *quantity) bool {
	// "support" needs a word of its kind before it: "military support",
	// not "drew support", "support"
	switch a.lw(q.end - 1) {
	case "support", "backing", "participation", "protection", "cooperation":
		if q.end-q.start == 1 {
			return false
		}
		switch a.lw(q.end - 2) {
		case "military", "humanitarian", "medical", "logistical", "logistic", "technical", "air", "naval", "cyber",
			"intelligence", "training", "engineering", "maritime", "emergency", "material", "in-kind", "security", "defence",
			"defense", "budget", "financial", "economic", "energy", "relief", "rescue", "transport", "airlift":
		default:
			return false
		}
	}
	if a.teamNoun(q) {
		return false // "rescue teams from Spain": the team frames' (teamArrived)
	}
	for j := q.start; j < q.end; j++ {
		if a.has(j, cCivilian, cTroopNoun) {
			return false // "rescuers from Spain", "medical staff from Cuba": people
		}
		// "troop-contributing missions from", "the total military aid
		// from Sweden … has a value of": a mission or a sum, not help
		if a.has(j, cOperationNoun, cValueNoun) || j == q.start && j > 0 && a.has(j-1, cValueNoun) {
			return false
		}
		switch a.lw(j) {
		case "political", "diplomatic", "moral", "verbal", "public", "popular", "electoral", "voter", "party", "strong",
			"unwavering", "full", "continued", "broad", "regarding", "concerning", "on":
			return false
		}
	}
	return true
}

// helpGivers returns the countries named in the list that starts at
// token k (after "from"): actors separated by commas, "and", "the" and
// capitalised names that are no actor ("the World Bank, Japan and
// Turkey" gives Japan and Turkey); the list ends at a lower-case word
// other than "and", "the", "others", "other" or "of". Organisations,
// groups and people in the list give nothing, nor does a country that
// modifies another noun ("from EU nations", "from Japan's agency").
func (a *analysis) helpGivers(k int, s span) []actorMention {
	end := k
	for end < s.end {
		w := a.lw(end)
		if a.toks[end].kind == tWord && !a.upper(end) && a.actorAt[end] < 0 {
			if w != "and" && w != "the" && w != "others" && w != "other" && w != "of" {
				break
			}
		}
		if a.toks[end].kind == tPunct && a.tx(end) != "," && a.tx(end) != "-" && a.tx(end) != "’" && a.tx(end) != "'" {
			break
		}
		end++
	}
	var out []actorMention
	for _, am := range a.actorsNear(k, end) {
		if am.start < k || am.end > end {
			continue
		}
		if am.cls == cGroup || am.person || len(am.code) != 2 && am.code != "EU" {
			continue // "the World Bank", "26 allies": no country
		}
		if _, own := a.isPossessive(am.end, s.end); own || am.end < s.end && a.has(am.end, cGroupNoun, cGroupAdj, cTitle) {
			continue // "Japan's agency", "EU nations", "Japanese officials"
		}
		out = append(out, am)
	}
	return out
}

// helpAsked reports whether the help q of sentence s is asked for,
// held back or not given: a noun or verb of request, a verb of
// withholding, trade, hostility or casualties in the sentence.
func (a *analysis) helpAsked(q *quantity, s span) bool {
	for j := s.start; j < s.end; j++ {
		if a.has(j, cRequestNoun, cCasualty, cSale) || notGivenFrom(a.lw(j)) {
			return true
		}
		switch a.lw(j) {
		case "asked", "asks", "ask", "asking", "requested", "requests", "request", "requesting", "sought", "seek",
			"seeks", "seeking", "appealed", "appeals", "needs", "need", "needed", "withheld", "withholds", "withholding",
			"suspended", "cut", "halted", "lack", "lacks", "without":
			return true
		}
	}
	return false
}

// offerBefore reports whether a noun or verb of offering stands within
// three tokens before token k and no word of accepting right before it:
// "offers of help from", "offered assistance from" (an offer accepted,
// "accepted offers of help from", is help that comes).
func (a *analysis) offerBefore(k int, s span) bool {
	for j := k - 1; j >= s.start && j >= k-3; j-- {
		switch a.lw(j) {
		case "offer", "offers", "offered", "pledges", "promises", "promised":
			for i := j - 1; i >= s.start && i >= j-3; i-- {
				switch a.lw(i) {
				case "accepted", "accepts", "accept", "accepting", "acceptance", "welcomed", "welcomes":
					return false
				}
			}
			return true
		}
	}
	return false
}
