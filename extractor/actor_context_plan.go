package extractor

import "strings"

// possessivePlanFrame reads a plan owned by a possessive pronoun, then
// "to" and a verb of giving right before q: "his proposals to deploy an
// additional 107 soldiers", "Her plan is to send 300 troops", "its offer
// to provide €5 million". The giver is the country of the person named
// last before "his"/"her" in the sentence or the one before (a leader or
// a titled official), or of the subject country before "its"/"their";
// else the one donor of the text.
func (a *analysis) possessivePlanFrame(q *quantity, s span, donor string) (frame, bool) {
	k := -1
	for j := q.start - 1; j > s.start+2 && j >= q.start-4; j-- {
		if a.toks[j].kind == tPunct {
			return frame{}, false
		}
		if a.has(j, cTrigger) && !a.has(j, cTriggerNoun) {
			k = j
			break
		}
	}
	if k < 0 || a.lw(k-1) != "to" {
		return frame{}, false
	}
	j := k - 2
	if a.lw(j) == "is" || a.lw(j) == "was" {
		j-- // "His plan is to send"
	}
	if j <= s.start || !planNoun(a, j) {
		return frame{}, false
	}
	if a.isModifier(j-1) && j-2 >= s.start {
		j-- // "his new plan"
	}
	poss := a.lw(j - 1)
	var giver string
	switch poss {
	case "his", "her":
		giver = a.personBefore(q.sent, j-1)
	case "its", "their":
		if am, ok := a.antecedent(q.sent, 2); ok {
			giver = am.code
		}
	default:
		return frame{}, false
	}
	if giver == "" {
		giver = donor
	}
	if giver == "" || strings.HasPrefix(giver, "group:") {
		return frame{}, false
	}
	am := actorMention{code: giver, cls: cCountry, subject: true, sent: q.sent}
	return frame{actors: []actorMention{am}, anchor: span{k, k + 1}, rule: ruleContextDonor, name: ruleContextPlan, conf: 0.5,
		window: span{max(s.start, j-4), min(s.end, q.end+3)}, anaphor: span{j - 1, j}}, true
}

// ruleContextPlan names the frame of possessivePlanFrame.
const ruleContextPlan = "context.possessive-plan"

// planNoun reports a noun of a plan or a commitment: "proposal", "plan",
// "decision", "offer", "pledge".
func planNoun(a *analysis, j int) bool {
	switch a.lw(j) {
	case "proposal", "proposals", "plan", "plans", "decision", "intention", "intent", "aim":
		return true
	}
	return a.has(j, cTriggerNoun)
}

// personBefore returns the country of the last person (a leader or a
// titled official) named as a subject or a source before token end in
// sentence si, else of the last one in the sentence before ("to help the
// Lebanese authorities" is no owner); "" when there is none.
func (a *analysis) personBefore(si, end int) string {
	for sj := si; sj >= 0 && sj >= si-1; sj-- {
		code := ""
		for _, am := range a.actorsOf(a.sents[sj]) {
			if am.person && (am.subject || am.reporter) && am.start < end && len(am.code) == 2 {
				code = am.code
			}
		}
		if code != "" {
			return code
		}
	}
	return ""
}

// demonymPlural returns the plural noun of a demonym that names the
// people of a country ("Americans", "Germans", "Italians"), for "the
// Americans will send …"; "" for a demonym with no plural in -s
// ("British", "French", "Japanese").
func demonymPlural(d string) string {
	if strings.HasSuffix(d, "an") && !strings.ContainsAny(d, " .-") {
		return d + "s"
	}
	return ""
}
