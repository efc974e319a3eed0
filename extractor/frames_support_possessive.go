package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// A country's concrete help as the subject of a verb of going on or
// growing (frame.help-goes-on): "Germany's training of Ukrainian troops
// will continue", "Latvia said its training of Ukrainian personnel would
// also increase", "Britain's air policing of the Baltic skies has been
// extended". The owner gives the help: one support line, the status from
// the clause ("would increase": considering).

// ruleHelpGoesOn names the support line of a country whose concrete help,
// named with its possessive, goes on or grows.
const ruleHelpGoesOn = "frame.help-goes-on"

// helpGoesOnFrames finds the support lines of a possessive owner and a
// concrete support noun followed, within eight tokens of its object and
// in the same clause, by a verb of going on or growing. Generic help
// ("Germany's support will continue", "its aid will grow") is a stance
// or a level and gives nothing; so does one's own ("its training of its
// own troops", "Poland's training of Polish recruits"). committed tells
// whether an actor has a line of the sentence that starts at a byte
// offset.
func (a *analysis) helpGoesOnFrames(emit func(frame, quantity, string), committed func(actor string, start int) bool) {
	emit = a.unlessHopedOrDenied(a.unlessQuestion(a.unlessWishedOrDoubted(emit)))
	for si, s := range a.sents {
		if a.stats.sentCls[si]&(1<<cSupportNoun) == 0 {
			continue
		}
		for _, q := range a.quantsOf(si) {
			if q.sent != si || q.kind != news.KindSupport || q.start <= s.start {
				continue
			}
			// "Germany's training": the mention may start at the "s"
			if q.start+1 < q.end && a.lw(q.start) == "s" && isApostropheText(a.tx(q.start-1)) {
				q.start, q.item = q.start+1, a.text[a.toks[q.start+1].start:a.toks[q.end-1].end]
			}
			if genericAid(q.item) {
				continue // "Germany's support will continue": a stance
			}
			owner, ok := a.helpOwner(q.start, s)
			if !ok || committed(owner.code, a.toks[s.start].start) {
				continue
			}
			v, ok := a.goesOnAfter(q.end, s)
			if !ok || a.ownPeopleBetween(owner, q.end, v.start, s) {
				continue
			}
			f := frame{actors: []actorMention{owner}, anchor: span{v.start, v.end}, rule: ruleHelpGoesOn,
				window: span{min(owner.start, q.start), v.end}, conf: 0.55}
			emit(f, q, q.item)
		}
	}
}

// helpOwner returns the country that owns the help noun at token k: a
// possessive ("Germany's training") or "its"/"their" for the subject
// before it ("Latvia said its training …").
func (a *analysis) helpOwner(k int, s span) (actorMention, bool) {
	if am, ok := a.possessorBefore(k, s); ok {
		return am, true
	}
	if w := a.lw(k - 1); w != "its" && w != "their" {
		return actorMention{}, false
	}
	list, ok := a.resolvePronoun(k-1, s)
	if !ok || len(list) != 1 || len(list[0].code) != 2 || list[0].cls == cGroup {
		return actorMention{}, false
	}
	return list[0], true
}

// goesOnAfter finds a verb of going on or growing after the help noun
// that ends at token k: right after it or past its "of …" / "for …"
// object (up to eight tokens, no punctuation or clause break), after
// modals and auxiliaries ("will continue", "would also increase", "is to
// be expanded", "has been extended").
func (a *analysis) goesOnAfter(k int, s span) (match, bool) {
	j := k
	if j < s.end && (a.lw(j) == "of" || a.lw(j) == "for" || a.lw(j) == "to" || a.lw(j) == "in") {
		for j++; j < s.end && j < k+9 && a.toks[j].kind != tPunct && !a.has(j, cClauseBreak) &&
			!a.has(j, cIrrealis, cPassiveAux, cPerfectAux) && !goesOnVerb(a.lw(j)); j++ {
		}
	}
	for n := 0; j < s.end && n < 4 && (a.has(j, cIrrealis, cPassiveAux, cPerfectAux) || a.lw(j) == "also" || a.lw(j) == "further" || a.lw(j) == "to"); n++ {
		j++
	}
	if j < s.end && goesOnVerb(a.lw(j)) {
		return match{start: j, end: j + 1}, true
	}
	return match{}, false
}

// goesOnVerb reports whether w is a verb of going on or growing.
func goesOnVerb(w string) bool {
	switch w {
	case "continue", "continues", "continued", "increase", "increases", "increased", "expand", "expands", "expanded",
		"extended", "resume", "resumes", "resumed", "intensify", "intensified", "grow", "grows", "stepped", "scaled":
		return true
	}
	return false
}

// ownPeopleBetween reports whether the words between tokens from and to name
// the owner's own people: "its own", "their own", or the owner's demonym
// ("Poland's training of Polish recruits").
func (a *analysis) ownPeopleBetween(owner actorMention, from, to int, s span) bool {
	for j := from; j < to && j < s.end; j++ {
		if a.lw(j) == "own" {
			return true
		}
		if m, ok := a.longest(j, s.end, cDemonym); ok && m.value == owner.code {
			return true
		}
	}
	return false
}
