package extractor

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleInvolved names the support of a country whose forces, or which
// itself, is involved in a multinational operation: "Forces from Norway
// and Denmark are involved in the operation".
const ruleInvolved = "frame.involved"

// ruleRunBy names the support of countries that run an operation, read
// from a passive: "The naval operation is being undertaken by France,
// Italy and Greece", "A campaign to train pilots has been spearheaded by
// the Netherlands and Denmark".
const ruleRunBy = "frame.run-by"

// involvedFrames finds countries involved in an operation, one support
// line each (participation):
//   - "Forces from A and B are (also) involved (in the operation)";
//   - "A and B are involved in the mission" (the countries as subject);
//   - inverted: "Also involved are forces from A, B and C", "Involved in
//     the coalition are naval units from A and B".
//
// The countries are named themselves or after "from" behind a noun of
// forces or materiel ("forces", "ships", "naval units"; not "companies"
// or "officials"). What they are involved in must be an operation,
// mission, coalition … ("involved in the war", "the fighting", "the
// talks" give nothing); without "in …" an operation must be named in the
// sentence or the one before. "are involved" is delivered, "will be
// involved" pledged; "not involved" and a past one with a year give none.
func (a *analysis) involvedFrames(emit func(frame, quantity, string)) {
	for si, s := range a.sents {
		if !a.sentHas(si, wInvolved) {
			continue
		}
		for k := s.start; k < s.end; k++ {
			if !a.tokHas(k, wInvolved) {
				continue
			}
			// the auxiliary before: "are (also) involved", "will be involved"
			p := k - 1
			for p > s.start && (a.lw(p) == "also" || a.lw(p) == "already" || a.lw(p) == "now" || strings.HasSuffix(a.lw(p), "ly")) {
				p--
			}
			if a.lw(p) == "not" || a.lw(p) == "n't" || a.lw(p) == "never" {
				continue
			}
			aux := -1
			if p >= s.start && a.has(p, cPassiveAux) {
				aux = p
			}
			// what they are involved in: "in the operation"
			after := k + 1
			op := span{}
			if after < s.end && a.lw(after) == "in" {
				found := false
				for j := after + 1; j < s.end && j <= after+5; j++ {
					if m, ok := a.longest(j, s.end, cOperationNoun); ok {
						op, found = span{m.start, m.end}, true
						break
					}
					if a.toks[j].kind == tPunct {
						break
					}
				}
				if !found {
					continue // "involved in the war", "in the talks"
				}
				after = op.end
			} else if !a.operationNear(si) {
				continue
			}
			// the participants: the subject before the auxiliary, or after
			// the verb (inverted)
			var actors []actorMention
			if aux > s.start {
				// "Ships from Spain will be involved": the subject before the modal
				e := aux - 1
				for e > s.start && a.has(e, cPassiveAux, cPerfectAux, cIrrealis) && a.actorAt[e] < 0 {
					e--
				}
				actors = a.participantsEndingAt(e, s)
			}
			if len(actors) == 0 {
				j := after
				for j < s.end && j <= after+2 && (a.has(j, cPassiveAux) || a.lw(j) == "also") {
					j++
				}
				if j > after || aux >= 0 {
					actors = a.participantsAt(j, s)
				}
			}
			if len(actors) == 0 {
				continue
			}
			st := news.Status("")
			if aux >= 0 {
				switch a.lw(aux) {
				case "is", "are", "been", "being":
					st = news.StatusDelivered
				case "was", "were":
					if a.yearIn(s) {
						continue // "were involved in the operation in 2003": history
					}
					st = news.StatusDelivered
				}
			} else if j := after; j < s.end && (a.lw(j) == "are" || a.lw(j) == "is") {
				st = news.StatusDelivered // "Involved in the coalition are …"
			}
			if st == news.StatusDelivered && a.lw(actors[0].start-1) != "from" && a.coalitionInvolved(si, op) {
				st = "" // "A and B are involved in the coalition": members who pledge
			}
			item := "participation"
			if op.end > op.start {
				item = "participation in " + a.text[a.toks[op.start].start:a.toks[op.end-1].end]
			}
			last := actors[len(actors)-1]
			f := frame{actors: actors, anchor: span{k, k + 1}, rule: ruleInvolved, conf: 0.6, forced: st,
				window: span{min(k, actors[0].start), max(after, last.end)}}
			q := quantity{span: span{k, k + 1}, kind: news.KindSupport, sent: si, item: item}
			emit(f, q, q.item)
		}
	}
}

// operationNear reports whether sentence si or the one before names an
// operation, mission, coalition … (a lexicon class of the sentence).
func (a *analysis) operationNear(si int) bool {
	for i := max(0, si-1); i <= si; i++ {
		if a.stats.sentCls[i]&(1<<cOperationNoun) != 0 {
			return true
		}
	}
	return false
}

// participantsEndingAt returns the coordinated countries that end at token
// k and are the subject of what follows: named alone ("Norway and
// Denmark are …", opening the sentence or its clause) or after "from"
// behind a noun of forces ("forces from Norway and Denmark are …").
func (a *analysis) participantsEndingAt(k int, s span) []actorMention {
	n := a.actorEndingAt(k, s)
	if n < 0 || a.actors[n].end != k+1 {
		return nil
	}
	list := a.coordinatedAny(n, s)
	first := list[0].start
	if first-1 > s.start && a.lw(first-1) == "the" {
		first--
	}
	switch {
	case first-2 >= s.start && a.lw(first-1) == "from" && a.forcesNoun(first-2):
	case first == s.start, first-1 >= s.start && (a.tx(first-1) == "," || a.lw(first-1) == "and"):
	case len(list) > 1 && a.additionBefore(first, s) && a.commaBetween(list[0].end, list[len(list)-1].start):
		// "In addition to A and B, C and D are also involved": all of them
	default:
		return nil
	}
	return countriesOnly(list)
}

// participantsAt returns the countries named at token k as participants:
// "forces from A, B and C", "naval units from A and B", or the countries
// themselves.
func (a *analysis) participantsAt(k int, s span) []actorMention {
	j := k
	for j < s.end && j < k+3 && !a.forcesNoun(j) && a.toks[j].kind == tWord && a.actorAt[j] < 0 && a.lw(j) != "from" {
		j++ // "naval units", "the forces"
	}
	if j < s.end && a.forcesNoun(j) && j+1 < s.end && a.lw(j+1) == "from" {
		return countriesOnly(a.listAt(j+2, s))
	}
	return countriesOnly(a.listAt(k, s))
}

// coordinatedAny returns the coordinated list of actors that ends with
// a.actors[n] (whether or not they read as subjects).
func (a *analysis) coordinatedAny(n int, s span) []actorMention {
	out := []actorMention{a.actors[n]}
	for m := n - 1; m >= 0 && a.actors[m].start >= s.start && a.joined(a.actors[m].end, out[0].start); m-- {
		out = append([]actorMention{a.actors[m]}, out...)
	}
	return out
}

// countriesOnly keeps the countries, the EU and NATO of list (no groups,
// no "NATO allies").
func countriesOnly(list []actorMention) []actorMention {
	return slices.DeleteFunc(slices.Clone(list), func(am actorMention) bool {
		return len(am.code) != 2 && am.code != "EU" && am.code != "NATO"
	})
}

// forcesNoun reports whether token k is a noun of forces or military
// materiel that a country sends to an operation: "forces", "troops",
// "ships", "units".
func (a *analysis) forcesNoun(k int) bool {
	switch a.lw(k) {
	case "forces", "troops", "units", "ships", "warships", "vessels", "navies", "militaries", "contingents", "aircraft", "jets", "personnel":
		return true
	}
	return false
}

// runByFrames finds an operation run by countries, told as a passive
// with the countries as agents: "The naval operation is being undertaken
// by France, Italy and Greece", "The training programme will be run by
// Britain and Canada", "A campaign to train Ukrainian pilots has been
// spearheaded by the Netherlands and Denmark". The subject is an
// operation noun, or a campaign, effort or drive with a purpose of help
// ("to train …"); a campaign of another kind ("a disinformation campaign
// led by Russia") gives nothing. The passives of the join verbs ("led",
// "headed") with an operation noun right before are joinFrames'. "is",
// "has been" are delivered; "will be" pledged; "was" with a year is
// history.
func (a *analysis) runByFrames(emit func(frame, quantity, string)) {
	for si, s := range a.sents {
		if !a.sentHas(si, wRunBy) {
			continue
		}
		for k := s.start + 1; k+1 < s.end; k++ {
			if !a.tokHas(k, wRunBy) {
				continue
			}
			by := k + 1
			if a.lw(k) == "carried" {
				if a.lw(by) != "out" {
					continue
				}
				by++
			}
			if by+1 >= s.end || a.lw(by) != "by" {
				continue
			}
			join := a.has(k, cJoinVerb)
			if join {
				if _, ok := a.operationBefore(k, s); ok {
					continue // "the operation will be led by …": joinFrames
				}
			}
			op, ok := a.operationBefore(k, s)
			if !ok {
				op, ok = a.operationWithPurpose(k, s)
			}
			if !ok {
				if op, ok = a.operationBeforeAside(k, s); !ok {
					continue
				}
			}
			var actors []actorMention
			if am := a.demonymAgent(by+1, s); am != nil {
				actors = []actorMention{*am}
			} else {
				actors = countriesOnly(a.listAt(by+1, s))
			}
			if len(actors) == 0 || slices.ContainsFunc(actors, func(am actorMention) bool { return a.modifiesGroup(am, s) }) {
				continue
			}
			// "The operation was led by France in 2013": a past command
			if (a.lw(k-1) == "was" || a.lw(k-1) == "were") && a.yearIn(s) {
				continue
			}
			st := a.presentPassive(k, s)
			last := actors[len(actors)-1]
			f := frame{actors: actors, anchor: span{k, by + 1}, rule: ruleRunBy, conf: 0.6, forced: st,
				window: span{op.start, last.end}}
			q := quantity{span: span{op.start, op.end}, kind: news.KindSupport, sent: si,
				item: "participation in " + a.text[a.toks[op.start].start:a.toks[op.end-1].end]}
			emit(f, q, q.item)
			k = last.end - 1
		}
	}
}

// operationWithPurpose finds the subject of a passive at token v that is
// an operation noun, or a campaign, drive or effort, followed by its
// purpose of help: "A campaign to train Ukrainian pilots (has been
// spearheaded)", "the effort to supply shells (is led)". The purpose is
// "to" + a verb of support or giving; it returns the noun's token range.
func (a *analysis) operationWithPurpose(v int, s span) (span, bool) {
	for j := v - 1; j > s.start && j >= v-20; j-- {
		if a.toks[j].kind == tPunct && a.tx(j) != "-" || a.has(j, cClauseBreak) {
			return span{}, false // ("F-16s": a hyphen inside a word)
		}
		if a.lw(j) != "to" || j+1 >= v || !a.has(j+1, cSupportVerb, cTrigger) && !strings.HasPrefix(a.lw(j+1), "train") {
			continue
		}
		n := j - 1
		switch a.lw(n) {
		case "campaign", "drive", "effort", "initiative", "programme", "program", "mission", "operation":
			return span{n, n + 1}, true
		}
	}
	return span{}, false
}

// operationBeforeAside finds an operation noun that is the subject of the
// passive at token v across an aside between commas: "The naval
// operation, named Operation …, is being undertaken by".
func (a *analysis) operationBeforeAside(v int, s span) (span, bool) {
	k := v - 1
	for k > s.start && v-k <= 4 && (a.has(k, cPassiveAux, cPerfectAux, cIrrealis) || strings.HasSuffix(a.lw(k), "ly")) {
		k--
	}
	if a.tx(k) != "," {
		return span{}, false
	}
	for j := k - 1; j > s.start && j >= k-8; j-- {
		if a.tx(j) == "," {
			return a.operationBefore(j, s)
		}
		if a.toks[j].kind == tPunct {
			break
		}
	}
	return span{}, false
}

// additionBefore reports whether the list that starts at token first
// opens its sentence after "in addition to", "besides", "alongside" or
// "apart from": "In addition to Norway and Iceland, Belgium, Greece and
// Japan are also involved" (those named first are involved as well).
func (a *analysis) additionBefore(first int, s span) bool {
	switch {
	case first-3 == s.start && a.lw(s.start) == "in" && a.lw(s.start+1) == "addition" && a.lw(s.start+2) == "to":
		return true
	case first-2 == s.start && a.lw(s.start) == "apart" && a.lw(s.start+1) == "from":
		return true
	case first-1 == s.start && (a.lw(s.start) == "besides" || a.lw(s.start) == "alongside"):
		return true
	}
	return false
}

// commaBetween reports whether a comma stands among the tokens [from, to).
func (a *analysis) commaBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if a.tx(j) == "," {
			return true
		}
	}
	return false
}

// coalitionInvolved reports whether what countries are involved in is a
// coalition or an initiative (a group whose members pledge, not an
// operation with forces in place): the operation noun op when the
// sentence names one, else the last operation noun of sentence si or the
// one before.
func (a *analysis) coalitionInvolved(si int, op span) bool {
	if op.end > op.start {
		return coalitionHead(a.lw(op.end - 1))
	}
	head := ""
	for i := max(0, si-1); i <= si; i++ {
		s := a.sents[i]
		for k := s.start; k < s.end; k++ {
			if m, ok := a.longest(k, s.end, cOperationNoun); ok {
				head = a.lw(m.end - 1)
			}
		}
	}
	return coalitionHead(head)
}

// coalitionHead reports whether w is the head of a group whose members
// pledge: "coalition", "initiative".
func coalitionHead(w string) bool {
	return w == "coalition" || w == "coalitions" || w == "initiative"
}
