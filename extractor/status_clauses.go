package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// Cues of status read from the clause around the anchor in unseen news:
// hedge words that do not hedge the commitment they stand near (an
// approved "potential" sale, troops sent to a "proposed" force, a limit
// on use), another country's clause after a contrast, a retraction after
// it, the predicate of a commitment that is the subject of its clause, and
// "no" as the object of the verb of giving.

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
func (a *analysis) otherActorSubject(f *frame, k int) bool {
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
func (a *analysis) retracted(f *frame) (string, bool) {
	si := a.sentOfToken(f.anchor.start)
	if si < 0 || !a.sentHas(si, wRetract) {
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

// subjectPredicate reads the status of a commitment that is the subject
// of its clause from the predicate after it: a gerund ("sending a
// contingent to the force is not on the agenda", "that deploying troops
// is out of the question"), a support noun phrase ("the US-led mission
// to protect shipping is already well underway") or a noun of giving
// (giftNounAnchor: "Italy's contribution of three planes and a naval unit
// is still under consideration"). Nothing but the
// subject's own words may stand before the anchor in the clause: no verb,
// modal or auxiliary. The first copula after the anchor decides: a
// refusal after it is declined, a hedge considering, "already",
// "underway" or "in place" delivered.
func (a *analysis) subjectPredicate(f *frame) (news.Status, string, bool) {
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
		if f.rule != ruleSupport && !a.ingForm(f.anchor.start) && !giftNounAnchor(a.lw(f.anchor.start), f.anchor) {
			return "", "", false
		}
		for k := cs; k < f.anchor.start; k++ {
			if a.has(k, cPerfectAux, cPassiveAux, cIrrealis, cTrigger, cReporting, cConsidering, cDeclined) || a.lw(k) == "by" || a.lw(k) == "of" {
				return "", "", false
			}
		}
	}
	// (the items of a noun of giving may be a list: "the contribution of
	// three planes, a naval unit and 500 personnel was still under
	// evaluation")
	listed := giftNounAnchor(a.lw(f.anchor.start), f.anchor)
	for j := f.anchor.end; j < s.end && j < f.anchor.end+25; j++ {
		if a.tx(j) == "," && !listed || a.tx(j) == ";" || a.has(j, cClauseBreak, cIrrealis, cPerfectAux) {
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
func (a *analysis) noObject(f *frame) (string, bool) {
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
