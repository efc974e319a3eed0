package extractor

// The verb that governs a quantity when the frame's anchor is not its
// verb: the predicate after a subject quantity ("China's $500 million
// loan has been fully disbursed", "the 31 tanks pledged by the US have
// all been delivered", "all 18 tanks promised by Germany are now in
// Ukraine"), a participle after a comma ("…, handing over 14 Leopards"),
// and a relative clause after the quantity ("the $1.8 billion the US has
// provided"). "made a contribution of", a past verb over a promised
// participle or "under" ("delivered a portion of the promised jets") and
// the other past verbs that govern a quantity's noun phrase are read in
// status_governing.go.

// ruleStatusSubject: the quantity is the subject of a past or perfect
// passive of handing over, of a past verb of arrival, or of "is now in";
// what it counts has been handed over: delivered.
const ruleStatusSubject = "status.subject-handed-over"

// subjectHandedOver reports whether quantity q is the subject of a
// predicate of handing over after its noun phrase, in the same clause
// and within 14 tokens: a past or perfect passive of a verb of handing
// over with adverbs allowed between ("were delivered", "has been fully
// disbursed", "have all been sent"), a past or perfect verb of arrival
// ("arrived", "have reached"), or a present of being there now ("are now
// in Ukraine", "is already at the front"). The frame's anchor must not
// stand before the quantity (the quantity is then the object of the
// anchor's verb). The noun phrase may hold a reduced relative ("pledged
// by the United States") or a source ("from the EU"); the search stops at
// a comma, a semicolon, a clause break, a relative pronoun, a modal, a
// negation or a verb of giving in the present. It returns the cue.
func (a *analysis) subjectHandedOver(f *frame, q *quantity) (string, bool) {
	if q.sent < 0 || q.sent >= len(a.sents) || f.anchor.start < q.start {
		return "", false
	}
	end := a.sents[q.sent].end
	for j := q.end; j < end && j < q.end+14; j++ {
		w := a.lw(j)
		if a.toks[j].kind == tPunct || a.has(j, cClauseBreak) {
			return "", false
		}
		switch w {
		case "that", "which", "who", "whose", "not", "never", "if", "unless", "will", "would", "could", "may", "might", "shall",
			"should", "must", "can", "'ll", "yet", "still", "expected", "due", "set", "scheduled", "planned", "supposed":
			return "", false
		case "was", "were":
			if v, ok := a.afterAdverbs(j+1, end); ok && (a.handedOverParticiple(v) || a.lw(v) == "used" || a.lw(v) == "spent") {
				return a.tx(j) + " " + a.tx(v), true
			}
			return "", false
		case "has", "have", "had":
			v, ok := a.afterAdverbs(j+1, end)
			if !ok {
				return "", false
			}
			if a.lw(v) == "been" {
				if p, ok := a.afterAdverbs(v+1, end); ok && (a.handedOverParticiple(p) || a.lw(p) == "used" || a.lw(p) == "spent") {
					return a.tx(j) + " been " + a.tx(p), true
				}
				return "", false
			}
			if arrivalPast(a.lw(v)) {
				return a.tx(j) + " " + a.tx(v), true
			}
			return "", false
		case "is", "are":
			v, ok := a.afterAdverbs(j+1, end)
			if ok && v > j+1 && (a.lw(v) == "in" || a.lw(v) == "at" || a.lw(v) == "on") {
				for n := j + 1; n < v; n++ {
					if a.lw(n) == "now" || a.lw(n) == "already" {
						return a.tx(j) + " " + a.tx(n) + " " + a.tx(v), true // "are now in Ukraine"
					}
				}
			}
			return "", false
		}
		if (w == "arrived" || w == "landed" || w == "docked" || effectPast(w, a.lw(j+1)) || w == "departed" || w == "left" && a.departureFor(j)) && j > q.end {
			// ("departed" and "left … for" a mission: status_departure.go)
			// "the first 18 jets from the Netherlands arrived", "the $5
			// million from Australia helped rebuild 40 schools"
			return a.tx(j), true
		}
	}
	return "", false
}

// effectPast reports whether w, followed by next, is a past verb that
// tells what money or goods did once handed over ("helped rebuild",
// "funded the construction", "went to weapons", "enabled the country
// to pay"): a sum that did something was given.
func effectPast(w, next string) bool {
	switch w {
	case "helped", "enabled", "funded", "financed", "paid", "bought", "built", "rebuilt", "covered":
		return true
	case "went":
		return next == "to" || next == "toward" || next == "towards"
	}
	return false
}

// handedOverParticiple reports whether token k is a participle of handing
// over that tells the goods or money moved: not "given" (also a
// preposition), nor "extended", "kept", "maintained" or "brought" ("the
// credit line was extended by a year": its term, not a payment).
func (a *analysis) handedOverParticiple(k int) bool {
	switch a.lw(k) {
	case "given", "extended", "kept", "maintained", "brought":
		return false
	}
	return a.has(k, cDeliveryPast)
}

// afterAdverbs returns the first token from k on (before end) that is not
// an adverb of time, degree or manner ("all", "now", "already", "fully",
// "finally", "also", "-ly"), and whether there is one.
func (a *analysis) afterAdverbs(k, end int) (int, bool) {
	for k < end && k < len(a.toks) {
		switch w := a.lw(k); {
		case w == "all", w == "now", w == "already", w == "also", w == "since", w == "both", w == "each", w == "mostly", hasLySuffix(w) && w != "only":
			k++
		default:
			return k, a.toks[k].kind == tWord
		}
	}
	return k, false
}

// arrivalPast reports whether w is a past participle of a verb of
// arrival after "has" or "have": what has arrived has been handed over.
func arrivalPast(w string) bool {
	switch w {
	case "arrived", "reached", "landed", "docked":
		return true
	}
	return false
}

// ruleStatusAdjunct: the quantity is the object of a participle of
// handing over after a comma ("Poland was the first to send tanks,
// handing over 14 Leopards in February") whose main clause is in the
// past: the participle shares that past: delivered.
const ruleStatusAdjunct = "status.participle-adjunct"

// participleObject reports whether quantity q is the object of a
// participle of handing over that opens a clause after a comma, at or
// past the frame's anchor ("…, delivering 14 Challengers in March"), with no verb
// of giving between the participle and q, and the main clause before
// the comma is in the past: a past verb of handing over or a past or
// perfect of "be" or "become" ("was the first to send tanks", "has been
// the largest donor, giving $66 billion"), with no modal,
// negation, verb of promising or of announcing in it. It returns the
// cue.
func (a *analysis) participleObject(f *frame, q *quantity) (string, bool) {
	if q.sent < 0 || q.sent >= len(a.sents) || f.anchor.end > q.start {
		return "", false
	}
	s := a.sents[q.sent]
	v := -1
	for k := q.start - 1; k >= f.anchor.start && k > s.start; k-- {
		if handingOverProgressive(a.lw(k)) || a.lw(k) == "providing" || a.lw(k) == "supplying" || a.lw(k) == "giving" || a.lw(k) == "donating" {
			if a.tx(k-1) == "," {
				v = k
			}
			break
		}
		if a.toks[k].kind == tPunct || k >= f.anchor.end && a.has(k, cTrigger, cDeliveryPast, cClauseBreak) {
			return "", false
		}
	}
	if v < 0 {
		return "", false
	}
	past := ""
	for k := s.start; k < v-1; k++ {
		w := a.lw(k)
		switch {
		case w == "will" || w == "would" || w == "could" || w == "may" || w == "might" || w == "should" || w == "must" ||
			w == "can" || w == "shall" || w == "'ll" || w == "not" || w == "if" || a.promiseVerb(k) || announceVerb(w) || a.has(k, cReporting):
			return "", false
		case past == "" && (w == "was" || w == "were" || w == "became"):
			past = a.tx(k)
		case past == "" && w == "been" && k > s.start && a.has(k-1, cPerfectAux):
			past = a.tx(k-1) + " been" // "has been the largest donor, giving …"
		case past == "" && a.has(k, cDeliveryPast) && k > s.start && a.lw(k-1) != "to" && !a.has(k-1, cPassiveAux):
			past = a.tx(k)
		}
	}
	if past == "" {
		return "", false
	}
	return past + ", " + a.lw(v), true
}

// ruleStatusRelative: a relative clause right after the quantity's noun
// phrase whose subject is a country or a pronoun and whose verb is a
// past of handing over ("the more than $1.8 billion in aid the US has
// provided since 2021", "the 18 tanks that Germany sent last year")
// says what the quantity counts was handed over: delivered.
const ruleStatusRelative = "status.relative-given"

// relativeGiven reports a relative clause after quantity q, within 12
// tokens of its end and in its sentence, with "that" or "which" or no
// relative pronoun, whose subject is a country, a capital or a pronoun
// ("it", "they", "we") and whose verb is a past or perfect of handing
// over with adverbs allowed between ("the US has provided", "Germany
// sent", "it had already delivered"). The noun phrase of q may go on
// with nouns, adjectives and commas of a list ("$1.8 billion in
// development, economic and humanitarian aid"). A modal, a negation, a
// verb of promising or another clause stops the search. It returns the
// cue.
func (a *analysis) relativeGiven(q *quantity) (string, bool) {
	if q.sent < 0 || q.sent >= len(a.sents) {
		return "", false
	}
	end := a.sents[q.sent].end
	for j := q.end; j < end && j < q.end+12; j++ {
		if a.tx(j) == ";" || a.has(j, cClauseBreak) || a.has(j, cIrrealis) && a.lw(j) != "to" || a.has(j, cTrigger, cDeliveryPast, cReporting) {
			return "", false
		}
		subj := j
		if a.lw(j) == "that" || a.lw(j) == "which" {
			subj = j + 1
		}
		if subj >= end {
			return "", false
		}
		if subj == j && j > 0 && (a.toks[j-1].kind == tPunct || a.lw(j-1) == "and" || a.lw(j-1) == "or" || a.lw(j-1) == "as") {
			continue // "…, and Spain dispatched …": a clause of its own, not a relative
		}
		v := -1
		if am := a.actorAt[subj]; am >= 0 {
			v = subj + 1
			for v < end && a.actorAt[v] == am {
				v++
			}
		} else if w := a.lw(subj); (w == "it" || w == "they" || w == "we") && subj > j {
			v = subj + 1 // "that it has provided": a pronoun after "that" only
		}
		if v < 0 {
			continue
		}
		if a.has(v, cPerfectAux) {
			v++
		}
		p, ok := a.afterAdverbs(v, end)
		if !ok || !a.has(p, cDeliveryPast) || a.lw(p) == "given" && p == v {
			return "", false
		}
		return a.text[a.toks[subj].start:a.toks[p].end], true
	}
	return "", false
}
