package extractor

// Money frames with a link verb: an amount whose donor is named in the
// predicate ("$2 million of this funding is Japan's annual contribution")
// and the size of a country's aid ("Japan's assistance now totals $12
// billion").

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// rulePredicate marks money whose donor is named in the predicate.
const rulePredicate = "frame.money-predicate"

// predicateFrame matches an amount that is the subject of "is" with its
// donor in the predicate: "AUD 5 million is additional budget support
// from Australia's crisis window", "$2 million of this funding is
// Japan's annual contribution".
func (a *analysis) predicateFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	k := q.end
	// "of this funding"
	if k+2 < s.end && a.lw(k) == "of" && (a.lw(k+1) == "this" || a.lw(k+1) == "the" || a.lw(k+1) == "that") {
		k += 2
		for k < s.end && a.toks[k].kind == tWord && a.actorAt[k] < 0 && k < q.end+5 {
			switch a.lw(k) {
			case "is", "are", "was", "were":
			default:
				k++
				continue
			}
			break
		}
	}
	if k+1 < s.end && a.tx(k) == "," && q.start > s.start && a.tx(q.start-1) == "," {
		k++ // an apposition: "The largest share, $50 million, comes from Japan"
	}
	// "will come from", "would come from"
	if k+1 < s.end && (a.lw(k) == "will" || a.lw(k) == "would") && a.lw(k+1) == "come" {
		k++
	}
	if k >= s.end {
		return frame{}, false
	}
	switch a.lw(k) {
	case "is", "are", "was", "were", "represents", "comes", "came", "come":
	default:
		return frame{}, false
	}
	link := k
	for j := k + 1; j < s.end && j <= k+7; j++ {
		if a.has(j, cClauseBreak) || a.tx(j) == "," || a.tx(j) == ";" {
			return frame{}, false
		}
		n := a.actorEndingAt(j, s)
		if n < 0 || a.actors[n].start != j || len(a.actors[n].code) != 2 && a.actors[n].code != "EU" {
			continue
		}
		am := a.actors[n]
		if j > 0 && a.lw(j-1) == "from" && a.ownBudget(am, s) {
			return frame{}, false // "will come from Moldova's state budget"
		}
		if _, ok := a.isPossessive(am.end, s.end); ok || j > 0 && a.lw(j-1) == "from" || j > 1 && a.lw(j-1) == "the" && a.lw(j-2) == "from" {
			return frame{actors: []actorMention{am}, anchor: span{link, link + 1}, rule: rulePredicate, window: span{q.start, am.end}, conf: 0.7}, true
		}
		return frame{}, false
	}
	return frame{}, false
}

// ruleOwnerLink marks the size of a country's aid given with a link verb.
const ruleOwnerLink = "frame.money-owner-link"

// ownerLinkFrame matches the size of a country's aid with a link verb:
// "German aid to Kyiv has amounted to €16.8 billion", "Japan's assistance
// now totals $12 billion", "US aid to Kenya totalled $60 million", "… has
// exceeded €28 billion" (a
// country before the noun only with a recipient after it: "Kenya aid" is
// aid to Kenya). Such a running total is what has been given:
// delivered.
func (a *analysis) ownerLinkFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	k := q.start - 1
	cumulative := false
	for link := true; link && k > s.start && q.start-k <= 4; {
		switch a.lw(k) {
		case "amounted", "amounts", "amount", "totals", "total", "totalled", "totaled", "reached", "reaches", "reach", "stands", "stand", "stood",
			"exceeded", "exceeds", "surpassed", "surpasses", "topped", "tops":
			cumulative = true // "German aid to Ukraine has exceeded €28 billion"
			k--
		case "to", "at", "has", "have", "now", "already", "so", "far":
			k--
		default:
			link = false
		}
	}
	if !cumulative {
		return frame{}, false
	}
	// the subject: an owner and an aid noun, "German (military) aid (to Kyiv)"
	// (a prepositional phrase may stand between: "US aid to Ukraine during
	// the full-scale invasion totalled $37 billion")
	for j := k; j >= s.start && k-j <= 10; j-- {
		if a.tx(j) == "," || a.tx(j) == ";" || a.has(j, cClauseBreak, cReporting) {
			return frame{}, false
		}
		if !a.has(j, cMoneyObject, cTriggerNoun, cSupportNoun) {
			continue
		}
		b := j - 1
		for n := 0; n < 2 && b > s.start && a.isModifier(b) && !a.has(b, cDemonym) && !(a.lw(b) == "s" && isApostropheText(a.tx(b-1))); n++ {
			b--
		}
		if b < s.start && j != s.start {
			return frame{}, false
		}
		var am actorMention
		if b < s.start {
			// "Support to Kenya now reaches …": the noun opens the sentence
			d, ok := a.unnamedAidOwner(j, q.start, s)
			if !ok {
				return frame{}, false
			}
			am = d
		} else if d, ok := a.longest(b, j, cDemonym); ok && d.end <= j {
			am = actorMention{span: span{d.start, d.end}, code: d.value, cls: cDemonym, sent: q.sent}
		} else if b-1 >= s.start && a.lw(b) == "s" && isApostropheText(a.tx(b-1)) {
			n := a.actorEndingAt(b-2, s)
			if n < 0 || len(a.actors[n].code) != 2 && a.actors[n].code != "EU" {
				return frame{}, false
			}
			am = a.actors[n]
		} else if n := a.actorEndingAt(b, s); n >= 0 && len(a.actors[n].code) == 2 && j+2 <= k && (a.lw(j+1) == "to" || a.lw(j+1) == "for") && a.actorAt[j+2] >= 0 {
			am = a.actors[n] // "US aid to Kenya": a country before the noun, the recipient after it
		} else if d, ok := a.unnamedAidOwner(j, q.start, s); ok {
			am = d // "Its total aid to Kenya now stands at …": the current donor
		} else {
			return frame{}, false
		}
		f := frame{actors: []actorMention{am}, anchor: span{k + 1, q.start}, rule: ruleOwnerLink, window: span{min(am.start, j), q.end},
			conf: 0.7, forced: news.StatusDelivered}
		if am.far {
			f.name, f.conf, f.window.start = ruleDiscourseDonor, 0.5, s.start
		}
		if a.has(j, cTriggerNoun) && !a.has(j, cMoneyObject) && !a.sinceBefore(q, s) {
			// "Japan's contribution amounts to $300 million": the size of
			// one commitment, not a running total
			f.forced = news.StatusPledged
		}
		return f, true
	}
	return frame{}, false
}
