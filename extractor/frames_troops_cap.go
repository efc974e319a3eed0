package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleTroopsCap names troopsCapFrame.
const ruleTroopsCap = "troops.cap"

// troopsCapFrame matches the ceiling a country sets on its own deployment,
// the size it commits to at most (pledged): "Lithuania's parliament has
// imposed a limit of 50 soldiers in Afghanistan", "The Bundestag set a
// troop ceiling of 1,100 soldiers for the mission", "Germany raised the
// cap on its deployment to 600 troops". The noun of the limit ("limit",
// "ceiling", "cap") is at most six tokens before the troops, linked by
// "of" or "to" with no comma between; the subject of the verb before the
// noun sets it. A limit with no verb ("the limit of 3,000 troops") or
// whose verb is "has", "exceeded" or "reached" is no decision.
func (a *analysis) troopsCapFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil {
		return frame{}, false
	}
	k := q.start - 1
	for k > s.start && (a.has(k, cQualifier) || a.lw(k) == "a" || a.lw(k) == "an") {
		k--
	}
	if k <= s.start || a.lw(k) != "of" && a.lw(k) != "to" {
		return frame{}, false
	}
	noun := -1
	for j := k - 1; j >= s.start && j >= k-6; j-- {
		if a.tx(j) == "," || a.tx(j) == ";" {
			break
		}
		if capNoun(a.lw(j)) {
			noun = j
			break
		}
	}
	if noun < 0 {
		return frame{}, false
	}
	v := noun - 1
	for v > s.start && capModifier(a.lw(v)) {
		v--
	}
	if v <= s.start || a.toks[v].kind != tWord {
		return frame{}, false
	}
	switch a.lw(v) {
	case "has", "have", "had", "exceeded", "exceeds", "exceed", "reached", "reaches", "reach", "within", "under", "below", "above", "over":
		return frame{}, false
	}
	f, ok := a.subjectFrame(match{start: v, end: v + 1}, s)
	if !ok || f.rule != ruleActive {
		return frame{}, false
	}
	f.name = ruleTroopsCap
	f.window = span{f.window.start, min(s.end, q.end+2)}
	f.forced = news.StatusPledged
	return f, true
}

// capNoun reports whether w names the upper bound of a deployment.
func capNoun(w string) bool {
	switch w {
	case "limit", "ceiling", "cap", "maximum":
		return true
	}
	return false
}

// capModifier reports whether w may stand between a verb and the noun of a
// limit: "raised the upper troop limit", "set a new personnel ceiling".
func capModifier(w string) bool {
	switch w {
	case "a", "an", "the", "its", "their", "his", "her", "upper", "new", "troop", "troops", "personnel", "manpower", "deployment", "legal", "strict":
		return true
	}
	return false
}
