package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// Status rules of the verb phrase a quantity belongs to when it is not the
// anchor's own: a second verb phrase of the same subject after "and",
// and a participle clause after a comma that tells the result of the
// main verb.

// Rule ids of the status family, reported beside the status cue.
const (
	// ruleStatusSecond: the quantity is the object of a second verb
	// phrase of the frame's subject after "and" ("has provided €9 billion
	// and is preparing a new package worth €8 billion"); that phrase's
	// cues decide.
	ruleStatusSecond = "status.second-predicate"
	// ruleStatusParticiple: a participle clause of result after a comma
	// ("deployed 40 more soldiers, increasing its contingent to 120")
	// takes the past of its main verb: delivered.
	ruleStatusParticiple = "status.participle-result"
)

// secondPredicate reads the status of quantity q when it is the object of
// a second verb phrase of the frame's subject, after "and" past the
// anchor: "has provided €9 billion since February and is preparing a new
// package worth €8 billion", "pledged €100 million and has delivered €50
// million", "sent 30 howitzers and may send 12 more". The first verb
// phrase has an object of its own (a number between the anchor and
// "and"); the second opens with an auxiliary, a modal, a hedge, a refusal
// or a verb of giving, and has no subject of its own. The status of that
// phrase is returned, read as a frame anchored on its verb.
func (a *analysis) secondPredicate(f *frame, q *quantity) (news.Status, string, bool) {
	if f.anchor.end <= f.anchor.start || q.start <= f.anchor.end || q.sent < 0 || q.sent >= len(a.sents) {
		return "", "", false
	}
	s := a.sents[q.sent]
	if f.anchor.start < s.start || f.anchor.end > s.end {
		return "", "", false
	}
	for k := q.start - 1; k > f.anchor.end; k-- {
		if a.tx(k) == ";" || a.has(k, cClauseBreak) {
			return "", "", false // another clause: status reads it
		}
		if a.lw(k) != "and" {
			continue
		}
		if !a.numberBetween(f.anchor.end, k) || a.actorAt[k+1] >= 0 {
			return "", "", false
		}
		v := k + 1
		for v < q.start && (a.lw(v) == "also" || a.lw(v) == "now" || hasLySuffix(a.lw(v))) {
			v++
		}
		if v >= q.start || !a.opensVerbPhrase(v) {
			return "", "", false
		}
		g := *f
		g.forced = ""
		g.window = span{k + 1, max(f.window.end, q.end)}
		g.anchor = span{v, v + 1}
		for j := v; j < q.start; j++ {
			if a.has(j, cTrigger) || a.has(j, cDeliveryPast) {
				g.anchor = span{j, j + 1}
				break
			}
		}
		st, cue := a.status(&g)
		return st, cue, true
	}
	return "", "", false
}

// opensVerbPhrase reports whether token v opens a verb phrase of its own:
// an auxiliary or modal ("has", "will", "may"), a hedge or refusal cue
// ("is preparing a", "ruled out"), a copula before one of these ("is
// ready to"), or a lower-case verb of giving ("sent").
func (a *analysis) opensVerbPhrase(v int) bool {
	if a.toks[v].kind != tWord || a.upper(v) {
		return false
	}
	switch a.lw(v) {
	case "to", "if", "not", "unless":
		return false // an infinitive or a condition, not a verb phrase
	case "is", "are", "was", "were":
		return a.has(v, cConsidering) || a.has(v, cDeclined) || a.has(v+1, cConsidering) || a.has(v+1, cDeclined) || a.has(v+1, cTrigger)
	}
	return a.has(v, cIrrealis) || a.has(v, cPerfectAux) || a.has(v, cConsidering) || a.has(v, cDeclined) ||
		a.has(v, cTrigger) || a.has(v, cDeliveryPast)
}

// participleResult reports a participle of result right after a comma as
// the frame's anchor ("…, increasing its contingent to 120", "…, raising
// its total to $50 million") whose main clause, before the comma, has a
// past verb of handing over with no modal, infinitive, negation or hedge
// before it in the sentence: "Poland deployed 40 more soldiers, increasing
// its contingent to 120". What the result tells has happened: delivered.
// "aims to increase its deployment, raising the limit to 600" stays
// pledged.
func (a *analysis) participleResult(f *frame) (string, bool) {
	k := f.anchor.start
	if f.anchor.end != k+1 || k < 2 || a.tx(k-1) != "," {
		return "", false
	}
	switch a.lw(k) {
	case "increasing", "raising", "bringing", "boosting", "taking", "lifting", "expanding", "doubling", "tripling", "adding":
	default:
		return "", false
	}
	si := a.sentOfToken(k)
	if si < 0 {
		return "", false
	}
	s := a.sents[si]
	for v := k - 2; v >= s.start; v-- {
		if a.tx(v) == "," || a.tx(v) == ";" || a.has(v, cClauseBreak) {
			continue
		}
		if !a.has(v, cDeliveryPast) || a.toks[v].kind != tWord || a.upper(v) {
			continue
		}
		// a passive of the present or a future: "are deployed", "be sent"
		if v > s.start && (a.lw(v-1) == "is" || a.lw(v-1) == "are" || a.lw(v-1) == "be" || a.lw(v-1) == "being") {
			return "", false
		}
		if a.irrealis(s.start, v) {
			return "", false
		}
		return a.tx(v) + ", " + a.lw(k), true
	}
	return "", false
}

// fulfilledPromise reports a promise kept before the anchor's infinitive:
// "has fulfilled its commitment to provide F-16s", "honoured its pledge to
// deliver 20 howitzers", "made good on its promise to send troops". What
// the promise named is handed over: delivered. Not "has not fulfilled …",
// "has yet to fulfil …" or "will fulfil …" (no past participle kept).
func (a *analysis) fulfilledPromise(f *frame) (string, bool) {
	k := f.anchor.start - 1
	if f.rule == rulePassive || k < 4 || a.lw(k) != "to" {
		return "", false
	}
	switch a.lw(k - 1) {
	case "commitment", "commitments", "pledge", "pledges", "promise", "promises", "obligation", "obligations", "vow":
	default:
		return "", false
	}
	j := k - 2
	switch a.lw(j) {
	case "its", "their", "his", "her", "the", "our":
		j--
	}
	v := j
	switch a.lw(v) {
	case "fulfilled", "fulfiled", "honoured", "honored", "kept", "met":
	case "on":
		// "made good on", "delivered on"
		if a.lw(v-1) == "delivered" {
			v--
		} else if a.lw(v-1) == "good" && a.lw(v-2) == "made" {
			v -= 2
		} else {
			return "", false
		}
	default:
		return "", false
	}
	for n := v - 1; n >= 0 && n >= v-3 && n >= f.window.start; n-- {
		switch a.lw(n) {
		case "not", "n't", "never", "yet", "to", "will", "would", "could", "may", "might":
			return "", false
		}
	}
	return a.text[a.toks[v].start:a.toks[k-1].end], true
}

// promisedSubject reports a promised quantity that is the subject of a
// predicate of handing over after its noun phrase: "Canada's previously
// promised $7 million in lethal aid has been delivered", "the pledged 20
// tanks have arrived". The anchor is a participle that modifies the
// quantity (after "previously", "already", a determiner or a possessive);
// the cue of delivery follows the quantity within six tokens, before any
// punctuation, clause break or verb of giving.
func (a *analysis) promisedSubject(f *frame, q *quantity) (string, bool) {
	k := f.anchor.start
	if f.anchor.end != k+1 || k < 1 || q.start < f.anchor.end || q.start > f.anchor.end+1 || q.sent < 0 {
		return "", false
	}
	switch a.lw(k) {
	case "promised", "pledged", "committed", "announced", "allocated", "earmarked":
	default:
		return "", false
	}
	switch a.lw(k - 1) {
	case "previously", "already", "earlier", "recently", "the", "its", "their", "s":
	default:
		return "", false
	}
	end := a.sents[q.sent].end
	for j := q.end; j < end && j < q.end+6; j++ {
		if a.toks[j].kind == tPunct || a.has(j, cClauseBreak) || a.has(j, cTrigger) {
			return "", false
		}
		if m, ok := a.longest(j, end, cDelivered); ok && j > q.end && !cumulativeCue(a.text[a.toks[m.start].start:a.toks[m.end-1].end]) {
			return a.text[a.toks[m.start].start:a.toks[m.end-1].end], true
		}
	}
	return "", false
}

// promisedTotal reports whether the noun of a new total, in [from, to)
// between an amount and its total ("…, taking our commitment to $165
// million", "bringing its total pledges to €2 billion"), names promises:
// the total is a sum of what was promised, pledged, not money handed
// over.
func (a *analysis) promisedTotal(from, to int) bool {
	for k := max(0, from); k < to && k < len(a.toks); k++ {
		switch a.lw(k) {
		case "commitment", "commitments", "pledge", "pledges", "promise", "promises", "pledged", "committed", "promised":
			return true
		}
	}
	return false
}
