package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Taking part in an operation named before (frame.join-elided): news
// names the operation once and then says who takes part with the object
// left out: "France will participate.", "Belgium is also taking part",
// "Spain has made clear that it will not participate", "Italy assumes
// naval command", "Sweden will join it too". One support line per
// country, or the operation's kind when it is named for materiel ("the
// drone coalition": equipment).

// ruleJoinElided names the line of a country that takes part in, or
// commands, an operation named in the sentences before, with the object
// of its verb left out.
const ruleJoinElided = "frame.join-elided"

// elidedLookBack is how many sentences before the verb's own sentence are
// searched for the operation it refers to.
const elidedLookBack = 3

// elidedJoinFrames finds countries that take part in or command an
// operation named before, the verb without an object:
//   - "participate", "take part", "join" with nothing after them but the
//     end of the clause, "too", "as well", "either" or "in it";
//   - "assume/take/hold (naval, overall …) command" with no "of" after.
//
// The subject must be a country (named, or a pronoun or a description
// that stands for one). The nearest of an operation noun and a word of a
// meeting, a vote or fighting, going back from the verb over its sentence
// and the three before, must be the operation ("Russia will not take part"
// after "the summit" gives nothing). Those asked, urged or invited to
// take part, and a past one with a year, give none. committed tells
// whether an actor has a line of the sentence that starts at a byte
// offset.
func (a *analysis) elidedJoinFrames(emit func(frame, quantity, string), committed func(actor string, start int) bool) {
	emit = a.unlessHopedOrDenied(a.unlessQuestion(a.unlessWishedOrDoubted(emit)))
	for si, s := range a.sents {
		if !a.sentHas(si, wParticipate) {
			continue
		}
		for k := s.start; k < s.end; k++ {
			if !a.tokHas(k, wParticipate) || !participateWord(a.lw(k)) {
				continue
			}
			v, ok := a.elidedVerb(k, s)
			if !ok || !a.objectElided(v.end, s) {
				continue
			}
			op, ok := a.operationBack(si, v.start)
			if !ok {
				continue
			}
			f, ok := a.subjectFrame(v, s)
			if !ok || f.rule != ruleActive && f.rule != rulePronoun {
				continue
			}
			actors := countriesOnly(f.actors)
			if len(actors) == 0 || a.invitedBetween(actors[len(actors)-1].end, v.start) || a.history(v, s) {
				continue
			}
			// "Norway will give money to it, and Sweden will join it": a
			// subject read across "and" or "but" is the other clause's
			if f.rule == ruleActive && a.clauseJoinBetween(f.actors[len(f.actors)-1].end, v.start) {
				continue
			}
			start := a.toks[s.start].start
			kept := actors[:0:0]
			for _, am := range actors {
				if !committed(am.code, start) {
					kept = append(kept, am)
				}
			}
			if len(kept) == 0 {
				continue
			}
			f.actors = kept
			f.rule, f.conf = ruleJoin, 0.6
			f.name = ruleJoinElided
			f.window = span{min(f.window.start, kept[0].start), v.end}
			opText := a.text[a.toks[op.start].start:a.toks[op.end-1].end]
			q := quantity{span: span{v.start, v.end}, kind: news.KindSupport, sent: si, item: "participation in " + opText}
			if a.lw(v.end-1) == "command" {
				q.item = "command of " + opText
			}
			if item, ok := a.materielOperation(op); ok {
				q.kind, q.item = news.KindEquipment, item // "the drone coalition"
			}
			emit(f, q, q.item)
			k = v.end - 1
		}
	}
}

// participateWord reports whether w is a word that an elided join verb
// ends with: a form of "participate", "part" of "take part", a form of
// "join", or "command" of "assume command". The tokens of wParticipate.
func participateWord(w string) bool {
	switch w {
	case "participate", "participates", "participated", "participating",
		"part", "join", "joins", "joined", "joining", "command":
		return true
	}
	return false
}

// elidedVerb returns the span of the verb that ends at token k (a
// participateWord): "participate", "take part", "join", "assume (naval)
// command".
func (a *analysis) elidedVerb(k int, s span) (match, bool) {
	switch a.lw(k) {
	case "part":
		if k-1 >= s.start && takeVerb(a.lw(k-1)) {
			return match{start: k - 1, end: k + 1}, true
		}
		return match{}, false
	case "command":
		// "assumes (the) (naval|overall …) command"
		j := k - 1
		for j > s.start && j >= k-3 && commandModifier(a.lw(j)) {
			j--
		}
		if j >= s.start && (takeVerb(a.lw(j)) || assumeVerb(a.lw(j))) {
			return match{start: j, end: k + 1}, true
		}
		return match{}, false
	}
	return match{start: k, end: k + 1}, true
}

// takeVerb reports whether w is a form of "take" or "hold".
func takeVerb(w string) bool {
	switch w {
	case "take", "takes", "took", "taken", "taking", "hold", "holds", "held", "holding":
		return true
	}
	return false
}

// assumeVerb reports whether w is a form of "assume".
func assumeVerb(w string) bool {
	switch w {
	case "assume", "assumes", "assumed", "assuming":
		return true
	}
	return false
}

// commandModifier reports whether w may stand between "take" and
// "command": "the", "naval", "overall" …
func commandModifier(w string) bool {
	switch w {
	case "the", "naval", "overall", "operational", "military", "tactical", "rotating", "full", "joint", "its":
		return true
	}
	return false
}

// objectElided reports whether the verb that ends at token j has no
// object: the clause ends there (end of the sentence, a punctuation mark,
// "and", "but"), or only "too", "as well", "either", "also", "in it" or
// "in them" follow.
func (a *analysis) objectElided(j int, s span) bool {
	for j < s.end {
		switch w := a.lw(j); {
		case w == "too" || w == "either" || w == "also":
			j++
		case w == "as" && j+1 < s.end && a.lw(j+1) == "well":
			j += 2
		case w == "in" && j+1 < s.end && (a.lw(j+1) == "it" || a.lw(j+1) == "them"):
			j += 2
		case w == "it" && j > s.start && strings.HasPrefix(a.lw(j-1), "join"):
			j++ // "will join it"
		default:
			return a.toks[j].kind == tPunct && a.tx(j) != "-" && a.tx(j) != "'" || w == "and" || w == "but"
		}
	}
	return true
}

// operationBack finds the operation an elided join verb at token v of
// sentence si refers to: going back over the sentence and the
// elidedLookBack before it, the nearest operation noun, unless a word of
// a meeting, a vote, an election or fighting comes first.
func (a *analysis) operationBack(si, v int) (match, bool) {
	first := a.sents[max(0, si-elidedLookBack)].start
	for k := v - 1; k >= first; k-- {
		if meetingNoun(a.lw(k)) || elidedNonOperation(a.lw(k)) {
			return match{}, false
		}
		if !a.has(k, cOperationNoun) {
			continue
		}
		s := a.sents[a.sentOfToken(k)]
		m, ok := a.longest(k, s.end, cOperationNoun)
		if !ok || a.diplomaticEffort(k, m) || a.politicalCoalition(m, s) {
			continue
		}
		switch a.lw(m.end - 1) {
		case "programme", "program", "effort", "efforts", "operations":
			continue // too broad to be the thing taken part in
		}
		return m, true
	}
	return match{}, false
}

// elidedNonOperation reports whether w names something taken part in that
// is no operation of help: an election, a game, fighting, an exercise.
func elidedNonOperation(w string) bool {
	switch w {
	case "election", "elections", "referendum", "games", "olympics", "tournament", "competition", "war", "fighting",
		"offensive", "attack", "attacks", "strikes", "exercise", "exercises", "drills", "parade", "boycott", "protest", "protests":
		return true
	}
	return false
}

// invitedBetween reports whether a verb of asking or inviting stands
// between tokens from and to: "Japan was invited to take part".
func (a *analysis) invitedBetween(from, to int) bool {
	for j := from; j < to; j++ {
		switch a.lw(j) {
		case "invited", "asked", "urged", "called", "encouraged", "pressed", "invites", "asks", "urges":
			return true
		}
	}
	return false
}

// materielOperation reports whether the operation m is named for materiel
// ("the drone coalition", "the Artillery Coalition"), or refers back with
// a bare head ("the Coalition") to one named so before it in the text,
// and returns the item: the materiel and the operation noun.
func (a *analysis) materielOperation(m match) (string, bool) {
	head := a.lw(m.end - 1)
	si := a.sentOfToken(m.start)
	for p := m.start - 1; p >= a.sents[si].start && p >= m.start-2; p-- {
		if a.has(p, cEquipNoun) {
			return a.text[a.toks[p].start:a.toks[m.end-1].end], true
		}
	}
	// a bare "the coalition": the one named before it (ten sentences back)
	if m.end-m.start != 1 || m.start == 0 || a.lw(m.start-1) != "the" && a.lw(m.start-1) != "this" {
		return "", false
	}
	first := a.sents[max(0, si-10)].start
	for k := m.start - 2; k >= first+1; k-- {
		if a.lw(k) != head {
			continue
		}
		for p := k - 1; p >= first && p >= k-2; p-- {
			if a.has(p, cEquipNoun) {
				return a.text[a.toks[p].start:a.toks[k].end], true
			}
		}
		if w := a.lw(k - 1); w == "the" || w == "this" || w == "that" {
			continue // another bare mention: look further back
		}
		return "", false // the nearest one is named for something else
	}
	return "", false
}

// clauseJoinBetween reports whether "and", "but" or ";" stands among the
// tokens [from, to): the verb at to has a clause of its own.
func (a *analysis) clauseJoinBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if w := a.lw(j); w == "and" || w == "but" || w == ";" {
			return true
		}
	}
	return false
}
