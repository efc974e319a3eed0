package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// Endings and shares of a country's troops told without a count: a
// contribution to a mission ended (troops.contribution-end), a country
// that pulls out (troops.pull-out), a verb after "and instead" past an
// ending (status.instead-conjunct), and a country's share of a troop
// count (troops.share-from).

// ruleTroopsContributionEnd names a frame on a country ending its
// contribution to a mission.
const ruleTroopsContributionEnd = "troops.contribution-end"

// contributionEndFrames reads a country that ends, withdraws or suspends
// its own contribution to a mission or force ("said it would end its
// contribution to the UN peacekeeping mission in Mali", "Sweden withdrew
// its contribution to the force") as troops without a number, declined.
// The contribution must be the subject's own ("its", "their") and go "to"
// a mission, force or operation named within six tokens; a financial
// contribution or one to a fund is money, not troops.
func (a *analysis) contributionEndFrames(emit func(frame, quantity, string)) {
	for si, s := range a.sents {
		if a.stats.sentCls[si]&(1<<cTriggerNoun) == 0 {
			continue
		}
		for k := s.start + 2; k+2 < s.end; k++ {
			if w := a.lw(k); w != "contribution" && w != "contributions" || a.lw(k+1) != "to" {
				continue
			}
			if own := a.lw(k - 1); own != "its" && own != "their" {
				continue
			}
			if a.missionWithin(k+2, s, 6) < 0 || a.quantityIn(span{k - 2, k + 2}, si) {
				continue
			}
			v := k - 2
			if !endVerb(a.lw(v)) {
				continue
			}
			f, ok := a.subjectFrame(match{start: v, end: v + 1}, s)
			if !ok || f.rule != ruleActive && f.rule != rulePronoun || len(f.actors) != 1 || len(f.actors[0].code) != 2 {
				continue
			}
			f.name, f.conf = ruleTroopsContributionEnd, min(f.conf, 0.55)
			f.window = span{f.window.start, k + 1}
			f.forced = news.StatusDeclined
			q := quantity{span: span{k - 1, k + 1}, kind: news.KindTroops, sent: si}
			emit(f, q, q.item)
		}
	}
}

// endVerb reports whether w is a form of a verb that ends or withdraws
// one's own contribution.
func endVerb(w string) bool {
	switch w {
	case "end", "ends", "ended", "ending", "terminate", "terminates", "terminated", "terminating",
		"withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing", "suspend", "suspends", "suspended", "suspending",
		"halt", "halts", "halted", "halting":
		return true
	}
	return false
}

// ruleStatusInstead names the status of a verb phrase after "and
// instead" that leaves the refusal of the phrase before it.
const ruleStatusInstead = "status.instead-conjunct"

// insteadConjunct narrows the status window of a frame whose verb opens
// a second verb phrase of the subject after "and", "and instead" or "but
// instead" when the phrase before holds a refusal or an ending: "would
// end its contribution to the UN mission and instead send troops to
// Iraq" sends (pledged); the ending is the first phrase's. Other frames
// are returned unchanged.
func (a *analysis) insteadConjunct(f frame, s span) frame {
	k := f.anchor.start - 1
	instead := false
	for k > s.start && (a.lw(k) == "instead" || a.lw(k) == "rather" || a.lw(k) == "also") {
		instead = instead || a.lw(k) != "also"
		k--
	}
	if k <= f.window.start || a.lw(k) != "and" && !(instead && a.lw(k) == "but") {
		return f
	}
	refused := false
	for j := f.window.start; j < k; j++ {
		if a.has(j, cDeclined) || endVerb(a.lw(j)) {
			refused = true
			break
		}
	}
	if !refused {
		return f
	}
	f.window = span{k + 1, f.window.end}
	f.name = cmpOr(f.name, ruleStatusInstead)
	return f
}

// cmpOr returns name when set, else def.
func cmpOr(name, def string) string {
	if name != "" {
		return name
	}
	return def
}

// ruleTroopsShareFrom names the share of a troop count that comes from
// one country.
const ruleTroopsShareFrom = "troops.share-from"

// shareFromCountry emits, after the line of a troop count q, a line
// without a number for a country named as the origin of a share of it,
// in an aside right after the count: "expanding the mission by 3,000
// troops – half from the United States –", "4,000 more soldiers, most of
// them from Germany". The share takes the status of the count's frame.
// The country must be a country (two letters), not the frame's own actor.
func (a *analysis) shareFromCountry(f frame, q *quantity, emit func(frame, quantity, string)) {
	if q.kind != news.KindTroops || q.num == nil || q.sent < 0 || q.sent >= len(a.sents) {
		return
	}
	s := a.sents[q.sent]
	k := q.end
	if k >= s.end || a.tx(k) != "–" && a.tx(k) != "—" && a.tx(k) != "," && a.tx(k) != "(" && a.tx(k) != "-" {
		return
	}
	k++
	switch {
	case k+1 < s.end && (a.lw(k) == "half" || a.lw(k) == "most" || a.lw(k) == "many" || a.lw(k) == "some"):
		k++
	case k+2 < s.end && (a.lw(k) == "a" || a.lw(k) == "the") && (a.lw(k+1) == "third" || a.lw(k+1) == "quarter" || a.lw(k+1) == "majority" || a.lw(k+1) == "bulk" || a.lw(k+1) == "half"):
		k += 2
	default:
		return
	}
	if k+2 < s.end && a.lw(k) == "of" && a.lw(k+1) == "them" {
		k += 2
	}
	if k+1 >= s.end || a.lw(k) != "from" {
		return
	}
	k++
	if a.lw(k) == "the" && k+1 < s.end {
		k++
	}
	n := a.actorEndingAt(k, s)
	if n < 0 || a.actors[n].start != k || len(a.actors[n].code) != 2 || a.actors[n].cls == cDemonym {
		return
	}
	am := a.actors[n]
	if len(f.actors) == 1 && f.actors[0].code == am.code {
		return
	}
	g := f
	g.actors = []actorMention{am}
	g.name = ruleTroopsShareFrom
	g.conf -= 0.1
	part := *q
	part.num = nil
	emit(g, part, q.item)
}

// ruleTroopsPullOut names a country that pulls out, with no object, in a
// text about troops.
const ruleTroopsPullOut = "troops.pull-out"

// pullOutFrames reads a country (or its people: "the Estonians") that
// "pulls out" or "withdraws" with no object, in a sentence that speaks of
// troops or right after one: "The Estonians will pull out at the same
// time", "Sweden withdrew last year": its troops, declined. The verb must
// be followed by the end of the clause or a word of time ("at", "by",
// "next", "soon", "in"); "pull out of a deal" is frame.leave's or none.
func (a *analysis) pullOutFrames(emit func(frame, quantity, string)) {
	for si, s := range a.sents {
		troops := a.stats.sentCls[si]&(1<<cTroopNoun) != 0 || si > 0 && a.stats.sentCls[si-1]&(1<<cTroopNoun) != 0
		if !troops {
			continue
		}
		for k := s.start + 1; k < s.end; k++ {
			end := -1
			switch a.lw(k) {
			case "pull", "pulls", "pulled", "pulling":
				if k+1 < s.end && a.lw(k+1) == "out" {
					end = k + 2
				}
			case "withdraw", "withdraws", "withdrew", "withdrawing":
				end = k + 1
			}
			if end < 0 || end < s.end && !a.has(end, cClauseBreak) && a.toks[end].kind != tPunct && !pullOutTimeWord(a.lw(end)) {
				continue
			}
			v := match{start: k, end: end}
			f, ok := a.subjectFrame(v, s)
			if !ok || f.rule != ruleActive && f.rule != rulePronoun || len(f.actors) != 1 || len(f.actors[0].code) != 2 || a.history(v, s) {
				continue
			}
			if a.subordinateBetween(f.actors[0].end, k, s) {
				continue // "keep a presence after the force begins to withdraw": the force's
			}
			f.name, f.conf = ruleTroopsPullOut, min(f.conf, 0.55)
			f.forced = news.StatusDeclined
			f.window = span{f.window.start, end}
			q := quantity{span: span{k, end}, kind: news.KindTroops, sent: si, item: "troops"}
			emit(f, q, q.item)
		}
	}
}

// pullOutTimeWord reports whether w opens a time phrase after a verb of
// leaving with no object: "at the same time", "by June", "next year".
func pullOutTimeWord(w string) bool {
	switch w {
	case "at", "by", "next", "this", "in", "soon", "later", "before", "after", "early", "within", "too", "as", "completely", "entirely", "altogether":
		return true
	}
	return false
}

// subordinateBetween reports whether a subordinate clause opens in
// [from, to): a conjunction of time or cause, or a clause break, so that
// the verb at to has a subject of its own.
func (a *analysis) subordinateBetween(from, to int, s span) bool {
	for j := max(from, s.start); j < to && j < s.end; j++ {
		if a.has(j, cClauseBreak) {
			return true
		}
		switch a.lw(j) {
		case "after", "before", "when", "until", "once", "while", "because", "if", "unless", "as", "since", "that", "which", "who":
			return true
		}
	}
	return false
}
