package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// Cues of status of unseen news: handing over that goes on or is already
// done whatever the tense says (roll-overs, ongoing supply, a past
// passive, a headline of receiving), and hedge words that do not hedge
// the commitment they stand near (an approved "potential" sale, troops
// sent to a "proposed" force, a limit on use).

// rolledOver reports a roll-over in the frame's window: "has rolled over
// a $2 billion loan", "the loan has been rolled over", "will roll over $3
// billion in deposits", "a rollover of the deposit". What is rolled over
// was given before: delivered, even in the future.
func (a *analysis) rolledOver(w span) (string, bool) {
	end := w.end
	if si := a.sentOfToken(max(w.start, 0)); si >= 0 {
		end = max(end, a.sents[si].end) // "a loan from China has been rolled over"
	}
	for k := max(w.start, 0); k < end && k < len(a.toks); k++ {
		if k >= w.end && (a.has(k, cClauseBreak) || a.tx(k) == ";") {
			break
		}
		switch a.lw(k) {
		case "rollover", "roll-over", "rolled-over":
			return a.tx(k), true
		case "roll", "rolls", "rolled", "rolling":
			if k+1 < len(a.toks) && a.lw(k+1) == "over" {
				return a.tx(k) + " over", true
			}
		}
	}
	return "", false
}

// depositExtended reports whether money quantity q names deposits that
// the frame's verb extends or rolls over: "extends $1bn oil facility, $5bn
// deposits", "extended $2 billion in deposits". Deposits already placed
// with a central bank are delivered; a new deposit ("will deposit $3
// billion") is not named after its amount and stays a pledge.
func (a *analysis) depositExtended(f frame, q quantity) bool {
	if q.kind != news.KindMoney || f.anchor.end <= f.anchor.start || f.anchor.start >= len(a.toks) {
		return false
	}
	switch a.lw(f.anchor.start) {
	case "extend", "extends", "extended", "extending":
	default:
		return false
	}
	k := q.end
	if k < len(a.toks) && a.lw(k) == "in" {
		k++
	}
	return k < len(a.toks) && (a.lw(k) == "deposit" || a.lw(k) == "deposits")
}

// continuedGiving reports a verb of handing over after a verb of going
// on or in the perfect progressive, not under a modal or a promise: "the
// US continues to supply weapons", "Germany has continued to send
// ammunition", "continued providing generators", "has been supplying
// tanks". Supply that goes on has been handed over; "will
// continue to send", "pledged to continue supplying" promise it.
func (a *analysis) continuedGiving(f frame) (string, bool) {
	k := f.anchor.start
	if f.rule == rulePassive || len(f.actors) == 0 || k < 1 || k >= len(a.toks) {
		return "", false
	}
	prev := k - 1
	if a.lw(prev) == "to" {
		prev--
	} else if !a.ingForm(k) {
		return "", false
	}
	if prev < 0 || prev < f.window.start {
		return "", false
	}
	switch a.lw(prev) {
	case "continues", "continue", "continued":
	case "been":
		// a perfect progressive: "Britain has been supplying tanks",
		// "NATO has been leading the operation since 1999"
		if a.lw(k-1) != "been" || prev < 1 || !a.has(prev-1, cPerfectAux) {
			return "", false
		}
	default:
		return "", false
	}
	if a.irrealis(f.window.start, prev) {
		return "", false
	}
	return a.tx(prev) + " " + a.tx(k), true
}

// ingForm reports whether token k is a word that ends in "ing".
func (a *analysis) ingForm(k int) bool {
	w := a.lw(k)
	return len(w) > 4 && w[len(w)-3:] == "ing"
}

// pastPassiveAux reports whether token k is the auxiliary of a past
// passive ("were provided", "has been delivered", "had been sent", "were
// being dispatched"), not
// under a modal ("will have been sent", "could have been given").
func (a *analysis) pastPassiveAux(k int) bool {
	if k < 0 {
		return false
	}
	switch a.lw(k) {
	case "was", "were":
		return true
	case "being":
		// "were being dispatched on Monday"
		return k >= 1 && (a.lw(k-1) == "was" || a.lw(k-1) == "were")
	case "been":
		if k < 1 || !a.has(k-1, cPerfectAux) {
			return false
		}
		return k < 2 || !a.has(k-2, cIrrealis)
	}
	return false
}

// receivedHeadline reports a headline whose verb of receiving stands before
// the thing received, its giver after "from" ("Moldova Receives 20
// Armoured Vehicles From Germany"), or whose verb of arrival follows the
// giver ("Twenty Ambulances From Japan Arrive In Armenia"). What is
// received or arrives in a headline is handed over; a pledge received
// ("Receives Pledge Of …") or an arrival to come ("… set to arrive") is
// not.
func (a *analysis) receivedHeadline(f frame) (string, bool) {
	if f.rule != ruleFrom || !a.headline(f.anchor.start) {
		return "", false
	}
	si := a.sentOfToken(f.anchor.start)
	if si < 0 {
		return "", false
	}
	for k := a.sents[si].start; k < f.anchor.start; k++ {
		switch a.lw(k) {
		case "receives", "receive", "gets", "get":
			for j := k + 1; j < f.anchor.start && j <= k+3; j++ {
				if a.has(j, cTriggerNoun) {
					return "", false
				}
			}
			return "headline " + a.tx(k), true
		}
	}
	// "Twenty Ambulances From Japan Arrive In Armenia"
	for k := f.anchor.end; k < a.sents[si].end; k++ {
		switch a.lw(k) {
		case "arrive", "arrives", "land", "lands", "reach", "reaches":
			if a.irrealis(f.anchor.end, k) {
				return "", false
			}
			return "headline " + a.tx(k), true
		}
	}
	return "", false
}

// hedgeModifier reports whether the hedge m is an adjective that does not
// hedge the commitment: "potential" or "possible" after a verb of
// approval ("has approved a potential sale of 12 jets": an approval is a
// pledge), or "proposed", "potential", "planned" on the place the
// commitment goes to ("pledged troops to a proposed force").
func (a *analysis) hedgeModifier(m match) bool {
	if m.end-m.start != 1 || m.start < 1 {
		return false
	}
	w := a.lw(m.start)
	if w != "potential" && w != "possible" && w != "proposed" && w != "planned" {
		return false
	}
	for j := m.start - 1; j >= 0 && j >= m.start-6 && a.tx(j) != ","; j-- {
		switch a.lw(j) {
		case "approved", "approves", "approve", "approving", "cleared", "clears", "authorized", "authorised", "authorizes", "authorises":
			return w != "proposed" && w != "planned"
		}
	}
	j := m.start - 1
	switch a.lw(j) {
	case "a", "an", "the":
		j--
	}
	if j < 0 {
		return false
	}
	switch a.lw(j) {
	case "to", "for", "into", "in", "with":
	default:
		return false
	}
	// the commitment itself after the adjective hedges: "extending to
	// potential troop deployments"
	for k := m.end; k < len(a.toks) && k < m.end+3 && a.toks[k].kind == tWord; k++ {
		if a.has(k, cTriggerNoun) || a.lw(k) == "troop" || a.lw(k) == "troops" {
			return false
		}
	}
	return true
}

// limitOfUse reports whether a negation ending at token k limits the use
// of what is given, not the giving: "the weapons it has supplied cannot
// be used to strike Russian territory", "may not be used against".
func (a *analysis) limitOfUse(k int) bool {
	return k+1 < len(a.toks) && a.lw(k) == "be" && a.lw(k+1) == "used"
}

// otherActorSubject reports whether token k names an actor that is none of
// the frame's actors and can be a subject: "…, but Peru backtracked".
func (a *analysis) otherActorSubject(f frame, k int) bool {
	if k < 0 || k >= len(a.actorAt) || a.actorAt[k] < 0 {
		return false
	}
	am := a.actors[a.actorAt[k]]
	if !am.subject || am.reporter {
		return false
	}
	for _, x := range f.actors {
		if x.code == am.code {
			return false
		}
	}
	return true
}

// retracted reports a retraction after a contrast later in the frame's
// sentence, with no other country as its subject: "had said it was
// willing to deploy 20,000 troops, but officials have since walked that
// back", "pledged 500 troops but has backtracked", "but the government
// later reversed the decision". What was offered is withdrawn: declined.
func (a *analysis) retracted(f frame) (string, bool) {
	si := a.sentOfToken(f.anchor.start)
	if si < 0 {
		return "", false
	}
	end := a.sents[si].end
	contrast := false
	for k := f.anchor.end; k < end; k++ {
		if a.has(k, cClauseBreak) && !a.adverbYet(k) {
			contrast = true
			continue
		}
		if !contrast {
			continue
		}
		if a.otherActorSubject(f, k) {
			return "", false
		}
		switch a.lw(k) {
		case "walked", "walks", "backtracked", "backtracks", "backtracking", "backpedalled", "backpedaled", "reversed", "retracted", "retracts":
			if m, ok := a.longest(k, end, cDeclined); ok {
				return a.text[a.toks[m.start].start:a.toks[m.end-1].end], true
			}
		}
	}
	return "", false
}

// currentState reports "currently" or "presently" before the anchor in
// the frame's clause, with no modal, infinitive or hedge after it and not
// before a progressive: "the force currently includes troops from Kenya",
// "Italy currently has 1,000 soldiers in Lebanon". A present state is in
// place: delivered. "is currently preparing to send", "currently plans to
// send", "is currently negotiating a loan" are not.
func (a *analysis) currentState(f frame) (string, bool) {
	si := a.sentOfToken(f.anchor.start)
	if si < 0 || f.rule == rulePassive {
		return "", false
	}
	for k := f.anchor.start - 1; k >= a.sents[si].start && k >= f.anchor.start-12; k-- {
		if a.has(k, cClauseBreak) || a.tx(k) == ";" || a.tx(k) == "," {
			return "", false // "Germany, which currently chairs the group, pledged …"
		}
		switch a.lw(k) {
		case "currently", "presently":
			if k+1 < len(a.toks) && a.ingForm(k+1) && a.lw(k+1) != "serving" {
				return "", false
			}
			if a.irrealis(k+1, f.anchor.end) {
				return "", false
			}
			return a.tx(k), true
		}
	}
	return "", false
}

// subjectPredicate reads the status of a commitment that is the subject
// of its clause from the predicate after it: a gerund ("sending a
// contingent to the force is not on the agenda", "that deploying troops
// is out of the question") or a support noun phrase ("the US-led mission
// to protect shipping is already well underway"). Nothing but the
// subject's own words may stand before the anchor in the clause: no verb,
// modal or auxiliary. The first copula after the anchor decides: a
// refusal after it is declined, a hedge considering, "already",
// "underway" or "in place" delivered.
func (a *analysis) subjectPredicate(f frame) (news.Status, string, bool) {
	si := a.sentOfToken(f.anchor.start)
	if si < 0 || len(f.actors) == 0 {
		return "", "", false
	}
	s := a.sents[si]
	cs := s.start // the start of the clause: after "that"
	for k := f.anchor.start - 1; k >= s.start; k-- {
		if a.lw(k) == "that" {
			cs = k + 1
			break
		}
	}
	// a gerund of giving that opens the clause holds the anchor:
	// "sending a contingent to participate in the force is …"
	if !(cs < f.anchor.start && a.ingForm(cs) && a.has(cs, cTrigger)) {
		if f.rule != ruleSupport && !a.ingForm(f.anchor.start) {
			return "", "", false
		}
		for k := cs; k < f.anchor.start; k++ {
			if a.has(k, cPerfectAux, cPassiveAux, cIrrealis, cTrigger, cReporting, cConsidering, cDeclined) || a.lw(k) == "by" || a.lw(k) == "of" {
				return "", "", false
			}
		}
	}
	for j := f.anchor.end; j < s.end && j < f.anchor.end+25; j++ {
		if a.tx(j) == "," || a.tx(j) == ";" || a.has(j, cClauseBreak, cIrrealis, cPerfectAux) {
			return "", "", false
		}
		switch a.lw(j) {
		case "that", "which", "who":
			return "", "", false
		case "is", "are", "was", "were", "remains", "remain":
		default:
			continue
		}
		for k := j + 1; k < s.end && k <= j+3; k++ {
			if m, ok := a.longest(k, s.end, cDeclined); ok {
				return news.StatusDeclined, a.text[a.toks[m.start].start:a.toks[m.end-1].end], true
			}
			if m, ok := a.longest(k, s.end, cConsidering); ok {
				return news.StatusConsidering, a.text[a.toks[m.start].start:a.toks[m.end-1].end], true
			}
			switch a.lw(k) {
			case "already", "underway", "operational":
				return news.StatusDelivered, a.tx(k), true
			case "under", "in":
				if k+1 < s.end && (a.lw(k+1) == "way" || a.lw(k+1) == "place") {
					return news.StatusDelivered, a.tx(k) + " " + a.tx(k+1), true
				}
			}
		}
		return "", "", false
	}
	return "", "", false
}

// noObject reports a verb of giving whose object is "no" (past a
// recipient named before it): "Japan has sent no weapons", "has given
// Ukraine no tanks". "no fewer than", "no more than" and "no less than"
// bound a number that was given.
func (a *analysis) noObject(f frame) (string, bool) {
	k := f.anchor.end
	if k < len(a.toks) && k < len(a.actorAt) && a.actorAt[k] >= 0 {
		k = a.actors[a.actorAt[k]].end // "has given Ukraine no tanks"
	}
	if k+1 >= len(a.toks) || a.lw(k) != "no" {
		return "", false
	}
	switch a.lw(k + 1) {
	case "fewer", "less", "more", "later", "longer":
		return "", false
	}
	return "no", true
}
