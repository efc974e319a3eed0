package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// Missions launched by their owner in the active (frame.launch-mission):
// "The EU will launch a naval mission to protect shipping", "EU
// ministers agreed on the launch of a training mission", "France will
// set up a training mission in Poland", a headline "EU launches new
// naval mission". The subject, a country, the EU or NATO, gives one
// support line, pledged unless the clause hedges or refuses.
//
// Only a mission: "launched a military operation" or "an offensive" is
// war, not help; nor a diplomatic, trade, fact-finding, space, combat or
// bombing mission, a mission of a group ("the UN"), a past launch with
// a year ("launched a mission in 2015"), or a subject with another line
// of the sentence.

// ruleLaunchMission names the support line of a mission its owner
// launches, sets up or establishes.
const ruleLaunchMission = "frame.launch-mission"

// launchMissionFrames finds the missions launched in the active in the
// sentences that hold a verb of launching (word class wLaunch) or "set
// up". committed tells whether an actor has a line of the sentence that
// starts at a byte offset.
func (a *analysis) launchMissionFrames(emit func(frame, quantity, string), committed func(actor string, start int) bool) {
	emit = a.unlessHopedOrDenied(a.unlessQuestion(a.unlessWishedOrDoubted(emit)))
	for si, s := range a.sents {
		if a.stats.sentCls[si]&(1<<cOperationNoun) == 0 {
			continue
		}
		for k := s.start; k < s.end; k++ {
			verb, obj, ok := a.launchAt(k, s)
			if !ok {
				continue
			}
			op, ok := a.launchedMission(obj, s)
			if !ok {
				continue
			}
			if a.history(match{start: verb.start, end: verb.end}, s) {
				continue // "launched a training mission in 2015"
			}
			f, ok := a.subjectFrame(match{start: verb.start, end: verb.end}, s)
			if !ok && verb.start-1 > s.start && a.lw(verb.start-1) == "to" {
				f, ok = a.toSupportFrameAt(verb.start, s) // "agreed to launch"
			}
			if !ok || f.rule != ruleActive && f.rule != rulePronoun && f.rule != ruleSupport {
				continue
			}
			var named []actorMention
			for _, am := range f.actors {
				if (len(am.code) == 2 || am.code == "EU" || am.code == "NATO") && am.cls != cGroup && !committed(am.code, a.toks[s.start].start) {
					named = append(named, am)
				}
			}
			if len(named) == 0 {
				continue
			}
			f.actors, f.rule, f.conf = named, ruleLaunchMission, 0.5
			f.window = span{f.window.start, op.end}
			if st, _ := a.status(&f); st == news.StatusDelivered {
				f.forced = news.StatusPledged // "EU launches naval mission": a new mission promised
			}
			item := a.text[a.toks[op.start].start:a.toks[op.end-1].end]
			q := quantity{span: span{verb.start, op.end}, kind: news.KindSupport, sent: si, item: item}
			emit(f, q, item)
			k = op.end - 1
		}
	}
}

// launchAt reads a verb of launching at token k: "launch", "set up",
// "establish" (not "extend", "renew": frames_mission_owner.go), or the
// noun "the launch of" after a verb of agreeing ("agreed on the launch
// of", "approved the launch of"). It returns the verb (the verb of
// agreeing for the noun) and where its object starts.
func (a *analysis) launchAt(k int, s span) (span, int, bool) {
	w := a.lw(k)
	switch w {
	case "launch", "launches", "launched", "launching", "establish", "establishes", "established":
	case "set", "sets", "setting":
		if k+1 < s.end && a.lw(k+1) == "up" {
			return span{k, k + 2}, k + 2, true
		}
		return span{}, 0, false
	default:
		return span{}, 0, false
	}
	if a.toks[k].glued && k > s.start && a.tx(k-1) == "-" {
		return span{}, 0, false
	}
	if w == "launch" && k+1 < s.end && a.lw(k+1) == "of" && k-2 > s.start && a.lw(k-1) == "the" {
		p := k - 2
		if a.lw(p) == "on" && p-1 > s.start {
			p-- // "agreed on the launch of"
		}
		switch a.lw(p) {
		case "agreed", "agree", "agrees", "approved", "approve", "approves", "announced", "announce", "announces",
			"backed", "endorsed", "decided":
			return span{p, p + 1}, k + 2, true
		}
		return span{}, 0, false
	}
	if k > s.start && a.has(k-1, cPassiveAux) {
		return span{}, 0, false // "was launched": the passive, frames_mission_owner.go
	}
	return span{k, k + 1}, k + 1, true
}

// launchedMission finds the mission that is the object starting at token
// j: an article, "new", an owner and modifiers before a mission noun,
// within six tokens ("a new EU naval mission", "its training mission").
// A mission of war, diplomacy or trade is none.
func (a *analysis) launchedMission(j int, s span) (span, bool) {
	first := j
	for first < s.end && (a.lw(first) == "a" || a.lw(first) == "an" || a.lw(first) == "the" || a.lw(first) == "its" ||
		a.lw(first) == "their" || a.lw(first) == "new") {
		first++
	}
	for k := j; k < s.end && k < j+6; k++ {
		if a.toks[k].kind == tPunct && !isApostropheText(a.tx(k)) && a.tx(k) != "-" {
			return span{}, false
		}
		m, ok := a.longest(k, s.end, cOperationNoun)
		if !ok {
			switch a.lw(k) {
			case "diplomatic", "trade", "fact-finding", "space", "combat", "bombing", "suicide", "offensive", "un", "u.n.":
				return span{}, false // "a military operation", "a diplomatic mission", "the UN mission"
			}
			continue
		}
		switch a.lw(m.end - 1) {
		case "mission", "missions":
			return span{first, m.end}, true
		}
		return span{}, false
	}
	return span{}, false
}
