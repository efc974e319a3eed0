package extractor

// Candidate pairs: after the rules have made their lines for a text, each
// value, goods or support mention of a sentence is paired with each actor
// of the sentence (or, when the sentence names none, the actor the page is
// about) unless a rule line already covers it. A learned acceptance model
// (candidates_model.go) decides which pairs become lines. The rules see
// one sentence at a time and fire on the sentences they were written for;
// the model weighs general features of many contexts at once
// (candidates_features.go).

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleCandidate marks a line the acceptance model made from a candidate
// pair that no rule turned into a line.
const ruleCandidate = "candidate.learned"

// candHow is how a candidate's actor was found.
type candHow uint8

const (
	// howNamed: the actor is named in the sentence.
	howNamed candHow = iota
	// howPrior: the sentence names none; the giver of the nearest rule
	// line in the two sentences before.
	howPrior
	// howTop: the sentence names none; the page's most frequent actor
	// that the page does not name as a receiver.
	howTop
)

// candidate is a quantity paired with an actor that no rule line covers.
type candidate struct {
	// q points into a.quants, which the candidate stage does not change.
	q   *quantity
	am  actorMention
	how candHow
	// rank counts the earlier candidates of the same actor and kind in
	// the sentence.
	rank int
	// inSent is the number of candidates of the sentence.
	inSent int
	// valueUsed is true when a rule line of another actor in the sentence
	// has the same value.
	valueUsed bool
}

// candidateQuantity reports whether q can be the value of a candidate:
// money with a number and a currency word, troops with a number, any
// equipment or support mention.
func candidateQuantity(q *quantity) bool {
	switch q.kind {
	case news.KindMoney:
		return q.num != nil && !q.conversion && (q.currency != "" || len(q.candidates) > 0 || q.fallback != "")
	case news.KindTroops:
		return q.num != nil
	case news.KindEquipment, news.KindSupport:
		return true
	}
	return false
}

// valueKey is an actor's value of one kind: the lines of a page that
// state it.
type valueKey struct {
	actor string
	kind  news.Kind
	value float64
}

// candidates returns the candidate pairs of a (whose commitments have
// been read) that the rule lines (a's lines, in evidence order) do not
// cover, sentence by sentence in text order. A pair is skipped when a
// rule line of the actor has the same kind and value in the page (money,
// troops), or when the actor has a line from the sentence (equipment,
// support). Groups are never actors of a candidate.
func (a *analysis) candidates(lines []news.Commitment, out []candidate) []candidate {
	if len(a.quants) == 0 || len(a.sents) == 0 {
		return out
	}
	// the values each actor's lines state, once per text
	valued := make(map[valueKey]bool, len(lines))
	for i := range lines {
		if v := lines[i].Number(); v >= 0 {
			valued[valueKey{lines[i].Actor, lines[i].Kind, v}] = true
		}
	}
	top, topOK := a.pageActor()
	li := 0
	var named []actorMention
	for si, s := range a.sents {
		qs := a.quantsOf(si)
		if len(qs) == 0 || s.end <= s.start {
			continue
		}
		sb := a.toks[s.start].start
		for li < len(lines) && lines[li].Start < sb {
			li++
		}
		lj := li
		for lj < len(lines) && lines[lj].Start == sb {
			lj++
		}
		here := lines[li:lj]
		named = a.candidateActors(si, named[:0])
		how := howNamed
		if len(named) == 0 {
			if am, ok := a.priorGiver(lines[:li], si); ok {
				named, how = append(named, am), howPrior
			} else if topOK {
				named, how = append(named, top), howTop
			} else {
				continue
			}
		}
		first := len(out)
		for qi := range qs {
			q := &qs[qi]
			if q.sent != si || !candidateQuantity(q) {
				continue
			}
			v := -1.0
			if q.num != nil {
				v = q.num.value
			}
			for _, am := range named {
				if q.kind == news.KindMoney || q.kind == news.KindTroops {
					if valued[valueKey{am.code, q.kind, v}] {
						continue
					}
				} else if hasActorLine(here, am.code) {
					continue
				}
				c := candidate{q: q, am: am, how: how}
				for _, o := range out[first:] {
					if o.am.code == am.code && o.q.kind == q.kind {
						c.rank++
					}
				}
				if dupCandidate(out[first:], &c) {
					continue
				}
				for i := range here {
					c.valueUsed = c.valueUsed || v >= 0 && here[i].Actor != am.code && here[i].Kind == q.kind && here[i].Number() == v
				}
				out = append(out, c)
			}
		}
		for i := first; i < len(out); i++ {
			out[i].inSent = len(out) - first
		}
	}
	return out
}

// dupCandidate reports whether cs holds a candidate of c's actor, kind
// and value (troops, money) or item (equipment, support).
func dupCandidate(cs []candidate, c *candidate) bool {
	for i := range cs {
		o := &cs[i]
		if o.am.code != c.am.code || o.q.kind != c.q.kind {
			continue
		}
		switch {
		case c.q.num != nil && o.q.num != nil && c.q.num.value == o.q.num.value && o.q.item == c.q.item:
			return true
		case c.q.num == nil && o.q.num == nil && o.q.item == c.q.item:
			return true
		}
	}
	return false
}

// hasActorLine reports whether a line of lines has the actor.
func hasActorLine(lines []news.Commitment, actor string) bool {
	for i := range lines {
		if lines[i].Actor == actor {
			return true
		}
	}
	return false
}

// candidateActors appends to buf the actor mentions of sentence si that
// can commit (countries, demonyms, capitals, leaders, EU, NATO; not
// groups), the first mention of each code.
func (a *analysis) candidateActors(si int, buf []actorMention) []actorMention {
	if si >= len(a.sentActors) {
		return buf
	}
	r := a.sentActors[si]
	for _, am := range a.actors[r.start:r.end] {
		if am.cls == cGroup || strings.HasPrefix(am.code, "group:") || am.code == "" {
			continue
		}
		dup := false
		for _, o := range buf {
			dup = dup || o.code == am.code
		}
		if !dup {
			buf = append(buf, am)
		}
	}
	return buf
}

// priorGiver returns the actor of the last of lines (the rule lines before
// sentence si) when it lies in one of the two sentences before si.
func (a *analysis) priorGiver(before []news.Commitment, si int) (actorMention, bool) {
	if len(before) == 0 || si == 0 {
		return actorMention{}, false
	}
	from := a.sents[max(0, si-2)]
	c := &before[len(before)-1]
	if c.Start < a.toks[from.start].start || strings.HasPrefix(c.Actor, "group:") {
		return actorMention{}, false
	}
	return actorMention{code: c.Actor, cls: cNone, sent: -1}, true
}

// pageActor returns the page's most frequent actor that is not named as a
// receiver ("to X", "for X") anywhere in it, the first such on a tie.
func (a *analysis) pageActor() (actorMention, bool) {
	best, n := "", 0
	for _, c := range a.stats.codes {
		if c.n > n && !strings.HasPrefix(c.code, "group:") && !a.receiverInText(c.code) {
			best, n = c.code, c.n
		}
	}
	if best == "" {
		return actorMention{}, false
	}
	return actorMention{code: best, cls: cNone, sent: -1}, true
}
