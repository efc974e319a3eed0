package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleOwnMission names the support of a country, the EU or NATO whose
// own mission is launched, extended or renewed: "The EU monitoring
// mission in Armenia has been extended by two years".
const ruleOwnMission = "frame.own-mission"

// launchVerb reports whether w is a form of launching, extending,
// renewing or establishing.
func launchVerb(w string) bool {
	switch w {
	case "launch", "launches", "launched", "launching", "extend", "extends", "extended", "extending",
		"prolong", "prolongs", "prolonged", "renew", "renews", "renewed", "establish", "establishes", "established":
		return true
	}
	return false
}

// missionHead reports whether the operation noun m ends in a mission,
// an operation or a force (not an initiative, a programme or a coalition
// of others).
func (a *analysis) missionHead(m match) bool {
	switch a.lw(m.end - 1) {
	case "mission", "operation", "force":
		return true
	}
	return false
}

// ownMissionFrames finds missions launched, extended or renewed by their
// owner, in the passive with the owner right before the mission noun
// ("The EU monitoring mission in Armenia has been extended", "An EU naval
// mission will be launched"). The active ("The EU launched a naval
// mission") is left as the context of the lines after it, as the support
// tables have it. An extension or renewal is a new pledge
// (pledged unless a hedge or a refusal says otherwise). A mission of a
// group ("the UN mission") names no country and gives no line.
func (a *analysis) ownMissionFrames(emit func(frame, quantity, string)) {
	emit = a.unlessQuestion(emit)
	for si, s := range a.sents {
		if !a.sentHas(si, wLaunch) || a.stats.sentCls[si]&(1<<cOperationNoun) == 0 {
			continue
		}
		for k := s.start; k < s.end; k++ {
			if !launchVerb(a.lw(k)) || a.toks[k].glued && k > s.start && a.tx(k-1) == "-" {
				continue
			}
			v := match{start: k, end: k + 1}
			if a.history(v, s) && !a.extendedUntil(k, s) {
				continue
			}
			f, op, ok := a.ownerMissionBefore(k, s)
			if !ok {
				continue
			}
			f.rule, f.conf = ruleOwnMission, 0.5
			switch a.lw(k) {
			case "extend", "extends", "extended", "extending", "prolong", "prolongs", "prolonged", "renew", "renews", "renewed":
				if st, _ := a.status(&f); st == news.StatusDelivered {
					f.forced = news.StatusPledged // "has been extended": a new term promised
				}
			}
			item := a.text[a.toks[op.start].start:a.toks[op.end-1].end]
			q := quantity{span: span{op.start, op.end}, kind: news.KindSupport, sent: si, item: item}
			emit(f, q, item)
		}
	}
}

// ownerMissionBefore reads the passive at launch verb k: an auxiliary
// group right before k ("has been", "will be", "was") and, before it
// (after at most six words of a place phrase), a mission noun with its
// owner right before it ("the EU monitoring mission in Armenia", "an EU
// naval mission to the Red Sea", "NATO's training mission"). It returns
// the frame and the span of the mission noun.
func (a *analysis) ownerMissionBefore(k int, s span) (frame, span, bool) {
	p := k - 1
	aux := 0
	for p > s.start && (a.has(p, cPassiveAux, cPerfectAux) || a.lw(p) == "will" || a.lw(p) == "to") {
		p--
		aux++
	}
	if aux == 0 {
		return frame{}, span{}, false
	}
	return a.ownerMissionEndingBefore(k, p, s)
}

// ownerMissionEndingBefore finds, ending at token p or up to six words of
// a place phrase before it, a mission noun with its owner right before
// it ("the EU monitoring mission in Armenia", "NATO's training mission",
// "the Italian naval mission"); k is the verb the frame is anchored on.
// It returns the frame and the span of the mission noun.
func (a *analysis) ownerMissionEndingBefore(k, p int, s span) (frame, span, bool) {
	for j := p; j >= s.start && j >= p-6; j-- {
		if a.toks[j].kind == tPunct && !isApostropheText(a.tx(j)) {
			return frame{}, span{}, false
		}
		m, ok := a.operationEndingAt(j+1, s)
		if !ok || !a.missionHead(m) {
			continue
		}
		// the owner: an actor (or its possessive) right before the noun
		// phrase of the mission
		// ("NATO's training mission": the possessive and one word between)
		for _, am := range a.actorsNear(max(s.start, m.start-4), m.start) {
			if am.end < m.start-3 || am.end > m.start || len(am.code) != 2 && am.code != "EU" && am.code != "NATO" {
				continue
			}
			if am.end < s.end && a.tx(am.end) == "-" {
				continue // "the German-led mission": the lead, not the owner
			}
			return frame{actors: []actorMention{am}, anchor: span{k, k + 1}, rule: ruleOwnMission,
				window: span{m.start, k + 1}, conf: 0.5}, span{m.start, m.end}, true
		}
		// a demonym right before: "the Italian naval mission"
		for d := max(s.start, m.start-2); d < m.start; d++ {
			for _, dm := range a.ann[d] {
				if dm.class == cDemonym && len(dm.value) == 2 && dm.end <= m.start && !(dm.end < s.end && a.tx(dm.end) == "-") {
					am := actorMention{span: span{dm.start, dm.end}, code: dm.value, cls: cDemonym, sent: a.sentOfToken(dm.start)}
					return frame{actors: []actorMention{am}, anchor: span{k, k + 1}, rule: ruleOwnMission,
						window: span{m.start, k + 1}, conf: 0.5}, span{m.start, m.end}, true
				}
			}
		}
		return frame{}, span{}, false
	}
	return frame{}, span{}, false
}

// operationEndingAt returns the longest operation noun of sentence s that
// ends at token end.
func (a *analysis) operationEndingAt(end int, s span) (match, bool) {
	var best match
	found := false
	for k := max(s.start, end-4); k < end; k++ {
		for _, m := range a.ann[k] {
			if m.class == cOperationNoun && m.end == end && (!found || m.end-m.start > best.end-best.start) {
				best, found = m, true
			}
		}
	}
	return best, found
}

// extendedUntil reports whether the verb at k extends or renews something
// "until", "to" or "through" a later date, a year after it: "was
// extended until 2026" is a new term, not history.
func (a *analysis) extendedUntil(k int, s span) bool {
	switch a.lw(k) {
	case "extend", "extends", "extended", "prolong", "prolongs", "prolonged", "renew", "renews", "renewed":
	default:
		return false
	}
	for j := k + 1; j+1 < s.end && j < k+6; j++ {
		if (a.lw(j) == "until" || a.lw(j) == "till" || a.lw(j) == "to" || a.lw(j) == "through") && a.isYear(j+1) {
			return true
		}
	}
	return false
}
