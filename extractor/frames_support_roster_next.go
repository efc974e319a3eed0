package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Rosters told in two steps: a counted group takes part in an operation,
// and the countries are listed after it, in the next sentence as the
// predicate of a pronoun or after a colon (frame.roster-next):
//   - "Eleven countries are involved in enforcing the no-fly zone. They
//     are A, B and C.";
//   - "Several nations have joined the coalition. These are A and B.";
//   - "Five countries take part in the mission: A, B, C, D and E.".
//
// The group noun opens its sentence (a number or quantifier before it,
// no country), its predicate is a word of taking part ("involved in",
// "taking part in", "participating in", "contributing to", "joined") or
// of weighing it ("considering joining"), and an operation or a kind of
// help (mission, coalition, no-fly zone …) follows within a few words
// (not talks, a ruling coalition or a diplomatic initiative). The list
// must hold two countries or more. "are involved", "are taking part"
// are delivered, "will", "(have) joined" pledged, a hedge considering, a
// refusal declined; "not" gives none, and so does a past one with a
// year. A country with another line of the list's sentence gets none.

// ruleRosterNext names the support line of a country listed after a
// counted group that takes part in an operation.
const ruleRosterNext = "frame.roster-next"

// rosterNextFrames finds the two-step rosters, per sentence.
func (a *analysis) rosterNextFrames(emit func(frame, quantity, string), committed func(actor string, start int) bool) {
	emit = a.unlessQuestion(emit)
	for si, s := range a.sents {
		if a.stats.sentCls[si]&(1<<cGroupNoun) == 0 {
			continue
		}
		k := a.countedGroupAt(s)
		if k < 0 {
			continue
		}
		op, end, st, ok := a.groupTakesPart(k, s)
		if !ok {
			continue
		}
		// the list: after a colon in the sentence, or opening the next one
		ls, from := s, -1
		if end < s.end && a.tx(end) == ":" {
			from = end + 1
		} else if si+1 < len(a.sents) {
			ls = a.sents[si+1]
			from = a.pronounCopula(ls)
		}
		if from < 0 {
			continue
		}
		var named []actorMention
		for _, am := range a.listAt(from, ls) {
			if len(am.code) == 2 && am.cls != cGroup && !committed(am.code, a.toks[ls.start].start) {
				named = append(named, am)
			}
		}
		if len(a.listAt(from, ls)) < 2 || len(named) == 0 {
			continue
		}
		last := named[len(named)-1]
		anchor := span{k, op.end}
		f := frame{actors: named, anchor: anchor, rule: ruleRosterNext, conf: 0.55, forced: st,
			window: span{min(k, named[0].start), max(op.end, last.end)}}
		q := quantity{span: span{op.start, op.end}, kind: news.KindSupport, sent: si,
			item: "participation in " + a.text[a.toks[op.start].start:a.toks[op.end-1].end]}
		emit(f, q, q.item)
	}
}

// countedGroupAt returns the group noun that opens sentence s as its
// subject after at most three words (a number or quantifier: "Eleven
// countries", "A number of nations", "At least five states"), or -1.
// No country and no punctuation may stand before it.
func (a *analysis) countedGroupAt(s span) int {
	for k := s.start; k < s.end && k <= s.start+4; k++ {
		if a.has(k, cGroupNoun) {
			if k == s.start {
				return -1 // "Countries …" with no count: the roster frame's
			}
			return k
		}
		if a.toks[k].kind == tPunct || a.actorAt[k] >= 0 && a.actors[a.actorAt[k]].cls != cGroup {
			return -1 // (the count may be read as a group: "Eleven countries")
		}
	}
	return -1
}

// groupTakesPart reads the predicate after the group noun at token k:
// auxiliaries and adverbs, a word of taking part (or weighing, or
// refusing) and then, within six words, an operation noun or a support
// noun. It returns the operation's tokens, where the phrase ends (the
// first punctuation after the operation, or the sentence end) and the
// status.
func (a *analysis) groupTakesPart(k int, s span) (span, int, news.Status, bool) {
	st := news.Status("")
	past, will, perfect := false, false, false
	j := k + 1
	for ; j < s.end && j <= k+4; j++ {
		w := a.lw(j)
		switch w {
		case "not", "n't", "never", "no":
			return span{}, 0, "", false
		case "are", "is", "be", "being", "currently", "now", "also", "already", "directly", "actively":
			continue
		case "were", "was":
			past = true
			continue
		case "will", "would":
			will = true
			continue
		case "have", "has", "been":
			perfect = true
			continue
		}
		if a.toks[j].kind == tWord && len(w) > 2 && w[len(w)-2:] == "ly" {
			continue
		}
		break
	}
	if j >= s.end {
		return span{}, 0, "", false
	}
	joining := false
	switch a.lw(j) {
	case "involved", "participating", "participate", "contributing", "contribute", "enforcing", "patrolling":
	case "participated", "contributed":
		past = past || !perfect
	case "joining", "joined", "join":
		joining = true
	case "taking", "take", "took":
		if j+1 >= s.end || a.lw(j+1) != "part" {
			return span{}, 0, "", false
		}
		past = past || a.lw(j) == "took"
		j++
	case "considering", "weighing", "mulling":
		st = news.StatusConsidering
	case "refused", "declined":
		st = news.StatusDeclined
	default:
		return span{}, 0, "", false
	}
	for p := j + 1; p < s.end && p <= j+7; p++ {
		if a.toks[p].kind == tPunct || a.has(p, cClauseBreak) {
			break
		}
		m, ok := a.longest(p, s.end, cOperationNoun, cSupportNoun)
		if !ok {
			continue
		}
		if a.diplomaticEffort(k, m) || a.politicalCoalition(m, s) {
			return span{}, 0, "", false
		}
		if past && a.yearIn(s) {
			return span{}, 0, "", false // "were involved in the 2011 operation": history
		}
		end := m.end
		for end < s.end && a.toks[end].kind != tPunct {
			end++
		}
		if st == "" {
			switch {
			case will || perfect || joining:
				st = news.StatusPledged // "will take part", "have joined"
			default:
				st = news.StatusDelivered // "are involved", "take part"
			}
		}
		return span{m.start, m.end}, end, st, true
	}
	return span{}, 0, "", false
}

// pronounCopula returns where the list starts in a sentence that opens
// with a pronoun or a group and "are" or "include" ("They are", "These
// are", "Those countries are", "They include", "They are:"), or -1.
func (a *analysis) pronounCopula(s span) int {
	k := s.start
	switch a.lw(k) {
	case "they", "these", "those":
		k++
	default:
		return -1
	}
	if k < s.end && a.has(k, cGroupNoun) {
		k++ // "These countries are"
	}
	if k >= s.end {
		return -1
	}
	switch a.lw(k) {
	case "are", "include", "were":
	default:
		return -1
	}
	k++
	if k < s.end && a.tx(k) == ":" {
		k++
	}
	return k
}
