package extractor

// Subjects that stand for a country: a head of government's or a
// minister's title before the verb (personTitle, titleThenVerb), a
// legislature ("Parliament approved sending 300 troops", legislature) and
// the demonym owning a noun of intent before "to" ("the German decision to
// send tanks", intentOwner). subjectOf reads them.

// titleThenVerb reports whether a title or an institution starting at k
// is followed by nothing but auxiliaries, adverbs and a hedge up to the
// verb at v: "the prime minister is also considering sending", "the
// chancellor has ruled out sending".
func (a *analysis) titleThenVerb(k, v int) bool {
	m, ok := a.longest(k, v, cTitle, cInstitution)
	if !ok || v-m.end > 5 {
		return false
	}
	for j := m.end; j < v; j++ {
		if h, ok := a.longest(j, v, cConsidering, cDeclined); ok {
			j = h.end - 1 // "has ruled out sending"
			continue
		}
		if !a.has(j, cSubjectFollower, cPerfectAux, cIrrealis, cPassiveAux) && a.lw(j) != "also" && a.lw(j) != "to" {
			return false
		}
	}
	return true
}

// personTitle reports whether a title of a head of government or a
// minister starts at token k and ends before token lim: "foreign
// minister", "prime minister", "chancellor", "president".
func (a *analysis) personTitle(k, lim int) bool {
	m, ok := a.longest(k, lim, cTitle)
	if !ok {
		return false
	}
	switch a.lw(m.end - 1) {
	case "minister", "president", "chancellor", "premier", "secretary":
		return true
	}
	return false
}

// intentNouns are nouns of deciding or promising whose "to" names what
// their owner gives: "the German decision to send tanks".
var intentNouns = map[string]bool{"decision": true, "plan": true, "plans": true, "promise": true, "pledge": true,
	"commitment": true, "offer": true, "intention": true, "move": true, "readiness": true, "willingness": true,
	"proposal": true, "refusal": true, "reluctance": true, "agreement": true, "vow": true, "bid": true}

// intentOwner reads the owner of a noun of intent right before "to" and
// the verb t when the owner is a demonym: "Kyiv welcomed the German
// decision to send tanks", "the French offer to train pilots". (A
// possessive owner, "Germany's decision to send", is a subject of its
// own and is read by subjectOf.)
func (a *analysis) intentOwner(t match, s span) (frame, bool) {
	to := t.start - 1
	if to-2 < s.start || a.lw(to) != "to" || !intentNouns[a.lw(to-1)] {
		return frame{}, false
	}
	// "the German decision", "the new Dutch plan", "the German government's decision"
	for j := to - 2; j >= s.start && j >= to-4; j-- {
		if d, ok := a.longest(j, s.end, cDemonym); ok && len(d.value) == 2 && d.end <= to-1 {
			// only modifiers between the demonym and the noun
			for k := d.end; k < to-1; k++ {
				if !a.isModifier(k) && !a.has(k, cInstitution, cTitle) {
					return frame{}, false
				}
			}
			am := actorMention{span: span{d.start, d.end}, code: d.value, cls: cDemonym, sent: a.sentOf(s)}
			return frame{actors: []actorMention{am}, anchor: span{t.start, t.end}, rule: ruleActive,
				window: span{d.start, t.end}, conf: 0.7}, true
		}
		if n := a.actorAt[j]; n >= 0 {
			// "the German government decision": an actor of demonym and title
			am := a.actors[n]
			if len(am.code) != 2 || am.end > to-1 {
				break
			}
			for k := am.end; k < to-1; k++ {
				if !a.isModifier(k) {
					return frame{}, false
				}
			}
			return frame{actors: []actorMention{am}, anchor: span{t.start, t.end}, rule: ruleActive,
				window: span{am.start, t.end}, conf: 0.7}, true
		}
		if a.toks[j].kind == tPunct {
			break
		}
	}
	return frame{}, false
}

// legislature reports whether w names a country's legislature, which
// stands for the country the text is about: "Parliament approved
// sending 300 troops", "the Senate voted to send".
func legislature(w string) bool {
	switch w {
	case "parliament", "senate", "legislature", "lawmakers", "legislators", "mps":
		return true
	}
	return false
}
