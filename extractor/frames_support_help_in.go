package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Help "in" a task (frame.help-in): "help", "assist" or "support" as a
// verb, the helped country or its forces optionally between, then "in"
// and a concrete kind of help, a support noun or the gerund of a verb of
// help: "Japan will support in repairing cultural heritage", "Korea
// will assist in the reconstruction of the port", "Germany will help
// Ukraine in demining its farmland", "pledged to assist in rebuilding
// schools". The subject gives one support line; the helped country
// receives. "Join" with a partner before "in" is help too ("Germany will
// join France in training pilots"; the partner does not receive). The
// status is read from the clause as for every frame.
//
// Not a noun of help ("needs help in rebuilding", "asked for help in"),
// a task that is no concrete help ("help in the fight against",
// "assist in the investigation", "support in the vote"), nor a
// subject with another line of the sentence.

// ruleHelpIn names the support line of "help in" a concrete task.
const ruleHelpIn = "frame.help-in"

// helpInFrames finds "help in" a concrete task in the sentences that hold
// a verb of helping (word class wHelpVerb). committed tells whether an
// actor has a line of the sentence that starts at a byte offset.
func (a *analysis) helpInFrames(emit func(frame, quantity, string), committed func(actor string, start int) bool) {
	emit = a.unlessHopedOrDenied(a.unlessQuestion(a.unlessWishedOrDoubted(emit)))
	for si, s := range a.sents {
		if !a.sentHas(si, wHelpVerb) && a.stats.sentCls[si]&(1<<cJoinVerb) == 0 {
			continue
		}
		for k := s.start + 1; k < s.end; k++ {
			join := joinPartner(a.lw(k))
			if !a.tokHas(k, wHelpVerb) && !join || !a.verbUse(k, s) {
				continue
			}
			if join {
				// "Germany will join France in training pilots": the
				// partner must be named between
				if n := a.actorEndingAt(k+1, s); n < 0 || a.actors[n].start != k+1 {
					continue
				}
			}
			j, n := a.helpedAfter(k, s)
			if j >= s.end || a.lw(j) != "in" && (a.lw(j) != "with" || join) {
				continue // ("help Ukraine with the training of medics": with names the task too)
			}
			item, ok := a.helpTask(j+1, si)
			if !ok {
				continue
			}
			f, ok := a.helpGiverFrame(k, match{start: k, end: k + 1}, s)
			if !ok {
				continue
			}
			var named []actorMention
			for _, am := range f.actors {
				if len(am.code) == 2 && am.cls != cGroup && !committed(am.code, a.toks[s.start].start) {
					named = append(named, am)
				}
			}
			if len(named) == 0 {
				continue
			}
			f.actors, f.rule, f.conf = named, ruleHelpIn, 0.55
			if a.helpGoingOn(k, s) {
				f.forced = news.StatusDelivered // "has helped in", "is helping … in"
			}
			f.window = span{f.window.start, item.end}
			if n > 0 && !join {
				if am := a.actorEndingAt(k+1, s); am >= 0 && len(a.actors[am].code) == 2 {
					f.to = a.actors[am].code // "help Ukraine in demining"
				} else if am := a.actorEndingAt(k+2, s); am >= 0 && len(a.actors[am].code) == 2 {
					f.to = a.actors[am].code // "help the Ukrainians in …"
				}
			}
			q := quantity{span: span{k, item.end}, kind: news.KindSupport, sent: si, item: a.text[a.toks[item.start].start:a.toks[item.end-1].end]}
			emit(f, q, q.item)
			k = item.end - 1
		}
	}
}

// joinPartner reports whether w is a form of "join" that takes a partner
// and "in" a task: "will join France in training pilots".
func joinPartner(w string) bool {
	switch w {
	case "join", "joins", "joined", "joining":
		return true
	}
	return false
}

// verbUse reports whether the help word at token k is a verb: after a
// modal or auxiliary, "to", an actor, or an adverb after one of these;
// not a noun ("needs help in", "for help in", "with the help").
func (a *analysis) verbUse(k int, s span) bool {
	p := k - 1
	for p > s.start && (a.lw(p) == "also" || a.lw(p) == "further" || a.lw(p) == "not" || a.lw(p) == "n't" ||
		a.lw(p) == "actively" || a.lw(p) == "already" || a.lw(p) == "jointly") {
		p--
	}
	if a.lw(p) == "to" {
		return true
	}
	if a.has(p, cIrrealis, cPerfectAux) && a.lw(p) != "if" && a.lw(p) != "unless" {
		return true
	}
	if (progressiveAux(a.lw(p)) || a.lw(p) == "been") && strings.HasSuffix(a.lw(k), "ing") {
		return true // "is helping", "has been assisting"
	}
	return a.actorEndingAt(p, s) >= 0 && !strings.HasSuffix(a.lw(k), "ing")
}

// helpGoingOn reports whether the help verb at token k is a perfect
// ("has helped", "have assisted") or a progressive ("is helping"), with
// no negation or modal before it: help given or under way.
func (a *analysis) helpGoingOn(k int, s span) bool {
	p := k - 1
	for p > s.start && (a.lw(p) == "also" || a.lw(p) == "already" || a.lw(p) == "actively") {
		p--
	}
	w := a.lw(k)
	if a.has(p, cPerfectAux) && strings.HasSuffix(w, "ed") {
		return !a.has(p-1, cIrrealis) // ("could have helped")
	}
	return (progressiveAux(a.lw(p)) || a.lw(p) == "been" && !a.has(p-2, cIrrealis)) && strings.HasSuffix(w, "ing")
}

// helpTask reads the task after "in" at token j of sentence si: a support
// noun of the sentence that starts there (after an article), or the
// gerund of a verb of help (frames_support_agents.go) with its object.
// It returns the task's span.
func (a *analysis) helpTask(j, si int) (span, bool) {
	s := a.sents[si]
	if j >= s.end {
		return span{}, false
	}
	k := j
	if a.lw(k) == "the" || a.lw(k) == "its" || a.lw(k) == "their" {
		k++ // "in its relief efforts"
	}
	for _, q := range a.quantsOf(si) {
		if q.sent == si && q.kind == news.KindSupport && q.start == k && !genericSupport(a.lw(k)) && !a.has(q.end, cOperationNoun) {
			end := q.end
			// "the reconstruction of the port": the object of the noun
			if end+1 < s.end && a.lw(end) == "of" {
				end = a.phraseEnd(end+1, s, 5)
			}
			return span{j, end}, true
		}
	}
	w := a.lw(j)
	lemma, ok := agentHelpVerb(w)
	if !ok && (w == "reconstructing" || w == "rehabilitating") {
		lemma, ok = "rebuild", true
	}
	if !ok || !strings.HasSuffix(w, "ing") || lemma == "help" || lemma == "assist" {
		return span{}, false
	}
	end := a.phraseEnd(j+1, s, 5)
	if end == j+1 && lemma != "demine" && lemma != "train" {
		return span{}, false // a gerund with no object: "assist in clearing"
	}
	return span{j, end}, true
}

// phraseEnd returns the end of the words from token j of sentence s, at
// most n, before a punctuation mark or a clause break.
func (a *analysis) phraseEnd(j int, s span, n int) int {
	end := j
	for end < s.end && end < j+n && a.toks[end].kind == tWord && !a.has(end, cClauseBreak) {
		end++
	}
	return end
}

// helpGiverFrame is the frame of the giver of the verb of help at token
// k of sentence s: after "to", the country the infinitive depends on
// (toSupportFrameAt, else a headline's "X to help"); else the subject of
// verb (k itself, or "help" with it: "will help defend"). Only a frame of
// a named subject or a pronoun for one counts (frame.active,
// frame.pronoun, frame.support).
func (a *analysis) helpGiverFrame(k int, verb match, s span) (frame, bool) {
	var f frame
	var ok bool
	if a.lw(k-1) == "to" {
		if f, ok = a.toSupportFrameAt(k, s); !ok {
			f, ok = a.headlineTo(k-1, k, s)
		}
	} else {
		f, ok = a.subjectFrame(verb, s)
	}
	if !ok || f.rule != ruleActive && f.rule != rulePronoun && f.rule != ruleSupport {
		return frame{}, false
	}
	return f, true
}
