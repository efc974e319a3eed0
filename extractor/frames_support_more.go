package extractor

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Helpers of the support frames: support received "from" a country and
// the verbs before a main verb of support ("help train", "to end").

// supportFrom reads the giver of support received "from" a country:
// "Ukraine will receive training from Britain", "Kyiv has received
// intelligence support from Washington". A verb of receiving (not
// negated) must come before the support, the countries right after it.
func (a *analysis) supportFrom(q *quantity, s span) (frame, bool) {
	if q.end+1 >= s.end || a.lw(q.end) != "from" {
		return frame{}, false
	}
	received := false
	for j := s.start; j < q.start; j++ {
		if a.has(j, cReceive) && !a.notBefore(j, s) {
			received = true
		}
		// "received calls for funding support from X": X asks, not gives
		if received && a.has(j, cRequestNoun) {
			return frame{}, false
		}
	}
	if !received {
		return frame{}, false
	}
	var actors []actorMention
	for _, am := range a.listAt(q.end+1, s) {
		if (len(am.code) == 2 || am.code == "EU" || am.code == "NATO") && !a.modifiesGroup(am, s) {
			actors = append(actors, am)
		}
	}
	if len(actors) == 0 {
		return frame{}, false
	}
	last := actors[len(actors)-1]
	return frame{actors: actors, anchor: span{q.end, q.end + 1}, rule: ruleFrom, conf: 0.65,
		window: span{max(s.start, q.start-16), min(s.end, last.end+4)}}, true
}

// isHelp reports whether w is a form of "help", which may stand before a
// bare verb of support: "will help train pilots".
func isHelp(w string) bool {
	return w == "help" || w == "helps" || w == "helped" || w == "helping"
}

// helpOrAssist reports whether w is a form of "help" or "assist", which
// may stand before "by" and a gerund of support: "will help by training
// engineers", "offered to assist by sharing data".
func helpOrAssist(w string) bool {
	switch w {
	case "assist", "assists", "assisted", "assisting":
		return true
	}
	return isHelp(w)
}

// stopVerb reports whether w is a verb of support main verbs that ends
// support rather than gives it ("end", "halt", "suspend").
func stopVerb(w string) bool {
	switch w {
	case "end", "ends", "ended", "halt", "halts", "halted", "suspend", "suspends", "suspended", "pause", "pauses", "paused":
		return true
	}
	return false
}

// helpCountryWith matches "help", "assist" or "support" with the helped
// country between the verb and "with": "will help Ukraine with demining",
// "has offered to assist Kyiv with air defence training", "pledged to
// support Ukraine with training". The match runs from
// the verb to "with", like the support main verb "help with".
func (a *analysis) helpCountryWith(k int, s span) (match, bool) {
	// (any lexicon entry of the verb: the frame reads only its span; most
	// tokens have none, so this is asked first)
	if len(a.ann[k]) == 0 {
		return match{}, false
	}
	w := a.lw(k)
	switch w {
	case "assist", "assists", "assisted", "assisting", "support", "supports", "supported", "supporting":
	default:
		if !isHelp(w) {
			return match{}, false
		}
	}
	v := a.ann[k][0]
	// "assist Moldovan forces with", "help the Ukrainian army with": the
	// helped country's forces or institutions (frames_support_vocab.go)
	j, n := a.helpedAfter(k, s)
	if n == 0 || j >= s.end || a.lw(j) != "with" {
		return match{}, false
	}
	return match{entry: v.entry, start: k, end: j + 1}, true
}

// progressiveAux reports whether w is a form of "be" that makes a
// progressive: "is training", "are sharing".
func progressiveAux(w string) bool {
	return w == "is" || w == "are" || w == "was" || w == "were"
}

// ruleTrainedBy names the support of a country that trains others, read
// from a passive: "Ukrainian pilots will be trained by Denmark".
const ruleTrainedBy = "frame.trained-by"

// trainedBy finds a passive of training with countries as its agents:
// "Ukrainian pilots will be trained by Denmark" (pledged), "the recruits
// were trained by Britain and Canada" (delivered). A form of "be" must
// stand right before "trained"; the trainees before it give the recipient.
func (a *analysis) trainedBy(emit func(frame, quantity, string)) {
	for si, s := range a.sents {
		if !a.sentHas(si, wTrained) {
			continue
		}
		for k := s.start + 1; k+2 < s.end; k++ {
			if a.lw(k) != "trained" || a.lw(k+1) != "by" || !a.has(k-1, cPassiveAux) {
				continue
			}
			var actors []actorMention
			for _, am := range a.listAt(k+2, s) {
				if (len(am.code) == 2 || am.code == "EU" || am.code == "NATO") && !a.modifiesGroup(am, s) {
					actors = append(actors, am)
				}
			}
			if len(actors) == 0 {
				continue
			}
			f := frame{actors: actors, anchor: span{k, k + 2}, rule: ruleTrainedBy, conf: 0.6,
				window: span{s.start, actors[len(actors)-1].end}}
			// "have been trained", "were trained": done, unless hedged
			switch a.lw(k - 1) {
			case "been", "were", "was", "are", "is":
				if !a.irrealis(s.start, k) {
					f.forced = news.StatusDelivered
				}
			}
			for j := s.start; j < k; j++ {
				if m, ok := a.longest(j, k, cDemonym); ok && !slices.ContainsFunc(actors, func(x actorMention) bool { return x.code == m.value }) {
					f.to = m.value
					break
				}
			}
			q := quantity{span: span{k, k + 1}, kind: news.KindSupport, sent: si, item: "training"}
			emit(f, q, q.item)
		}
	}
}

// modifiesGroup reports whether the mention am only modifies a group
// noun after it: "NATO allies", "EU countries", "EU member states" are a
// group, not the alliance or the union.
func (a *analysis) modifiesGroup(am actorMention, s span) bool {
	k := am.end
	if k < s.end && a.lw(k) == "member" {
		k++
	}
	return k < s.end && a.has(k, cGroupNoun)
}

// headlineTo reads a headline "X to VERB": a country that opens the
// sentence right before "to" at token to, with the verb of support at k
// ("Britain to train Ukrainian pilots", "Japan to share radar data").
func (a *analysis) headlineTo(to, k int, s span) (frame, bool) {
	n := a.actorEndingAt(to-1, s)
	if n < 0 {
		return frame{}, false
	}
	am := a.actors[n]
	if am.end != to || len(am.code) != 2 || am.cls == cGroup {
		return frame{}, false
	}
	start := s.start
	if start < am.start && a.lw(start) == "the" {
		start++
	}
	if am.start != start {
		return frame{}, false
	}
	return frame{actors: []actorMention{am}, anchor: span{to, k + 1}, rule: ruleSupport,
		window: span{am.start, k + 1}, conf: 0.6}, true
}

// ruleSupportBy names support whose giver is the agent of a passive or
// of a noun of support: "Logistical support will be provided by
// Germany", "Training of Ukrainian pilots by Denmark".
const ruleSupportBy = "frame.support-by"

// supportByAgent reads the giver of support q as the agent after "by":
//   - a passive of giving or running right after the support noun:
//     "Logistical support will be provided by Germany", "Air policing is
//     carried out by Italy and Spain" (a present or past one is
//     delivered, a future one pledged);
//   - the noun of support with its object: "Training of Ukrainian pilots
//     by Denmark" (no verb between the noun and "by").
//
// Other participles ("requested by", "voiced by") name no giver.
func (a *analysis) supportByAgent(q *quantity, s span) (frame, bool) {
	k := q.end
	// "demining assistance was provided by": a head noun of help after the kind
	if k < s.end && (a.lw(k) == "assistance" || a.lw(k) == "support" || a.lw(k) == "help") {
		k++
	}
	// "Air policing over the Baltic states is carried out by": a short
	// place or purpose after the noun; "Training of Ukrainian pilots will
	// be provided by", "Medical support for the mission will be provided
	// by": its object or beneficiary (read below when no passive follows)
	if k < s.end && a.lw(k) != "by" && (a.has(k, cLocPrep) || a.lw(k) == "along" || a.lw(k) == "of" || a.lw(k) == "for") {
		for j := k + 1; j < s.end && j <= k+5; j++ {
			if a.has(j, cPassiveAux, cIrrealis) {
				k = j
				break
			}
			if a.toks[j].kind == tPunct || a.has(j, cTrigger, cClauseBreak) || a.lw(j) == "by" {
				break
			}
		}
	}
	pp := k > q.end
	st := news.Status("")
	passive := false
	// (the auxiliaries are counted from where they start: after the
	// place or the object too)
	aux := k
	for k < s.end && k < aux+4 && (a.has(k, cPassiveAux, cPerfectAux, cIrrealis) || strings.HasSuffix(a.lw(k), "ly")) {
		switch a.lw(k) {
		case "is", "are", "was", "were", "been", "being":
			if st == "" {
				st = news.StatusDelivered
			}
		case "will", "would", "could", "may", "might", "shall", "to":
			st = "-"
		}
		k++
	}
	switch a.lw(k) {
	case "provided", "given", "offered", "supplied", "delivered", "shared", "conducted", "run", "organised", "organized", "handled", "led",
		"sent", "extended", "pledged", "promised", "committed":
		passive = k > q.end && (!pp || a.has(k-1, cPassiveAux))
		if passive && st == news.StatusDelivered && (a.lw(k) == "pledged" || a.lw(k) == "promised" || a.lw(k) == "committed") {
			st = news.StatusPledged // "training was pledged by Norway"
		}
		k++
		if passive {
			k = a.skipRecipientBeforeBy(k, s) // "was provided to Kyiv by Norway"
		}
	case "carried":
		if k+1 < s.end && a.lw(k+1) == "out" && k > q.end {
			passive = true
			k += 2
		}
	case "of":
		// "Training of Ukrainian pilots by Denmark": the object, then "by"
		if k == q.end {
			for j := k + 1; j < s.end && j <= k+5; j++ {
				if a.lw(j) == "by" {
					k = j
					break
				}
				if a.toks[j].kind == tPunct || a.has(j, cTrigger, cPassiveAux, cIrrealis, cClauseBreak) {
					break
				}
			}
		}
		st = ""
	}
	if st == "-" {
		st = ""
	}
	if !passive && a.lw(k) != "by" || passive && (k >= s.end || a.lw(k) != "by") {
		return frame{}, false
	}
	actors := countriesOnly(a.listAt(k+1, s))
	if len(actors) == 0 || slices.ContainsFunc(actors, func(am actorMention) bool { return a.modifiesGroup(am, s) }) {
		return frame{}, false
	}
	if !passive {
		st = ""
	}
	last := actors[len(actors)-1]
	return frame{actors: actors, anchor: span{k, k + 1}, rule: ruleSupportBy, conf: 0.6, forced: st,
		window: span{q.start, last.end}}, true
}
