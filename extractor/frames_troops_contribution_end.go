package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleTroopsContributionEnd names a frame on a country ending its
// contribution to a mission.
const ruleTroopsContributionEnd = "troops.contribution-end"

// contributionEndFrames reads a country that ends, withdraws or suspends
// its own contribution to a mission or force ("said it would end its
// contribution to the UN peacekeeping mission in Mali", "Sweden withdrew
// its contribution to the force") as troops without a number, declined.
// The contribution must be the subject's own ("its", "their") and go "to"
// a mission, force or operation named within six tokens; a financial
// contribution or one to a fund is money, not troops.
func (a *analysis) contributionEndFrames(emit func(frame, quantity, string)) {
	for si, s := range a.sents {
		if a.stats.sentCls[si]&(1<<cTriggerNoun) == 0 {
			continue
		}
		for k := s.start + 2; k+2 < s.end; k++ {
			if w := a.lw(k); w != "contribution" && w != "contributions" || a.lw(k+1) != "to" {
				continue
			}
			if own := a.lw(k - 1); own != "its" && own != "their" {
				continue
			}
			if a.missionWithin(k+2, s, 6) < 0 || a.quantityIn(span{k - 2, k + 2}, si) {
				continue
			}
			v := k - 2
			if !endVerb(a.lw(v)) {
				continue
			}
			f, ok := a.subjectFrame(match{start: v, end: v + 1}, s)
			if !ok || f.rule != ruleActive && f.rule != rulePronoun || len(f.actors) != 1 || len(f.actors[0].code) != 2 {
				continue
			}
			f.name, f.conf = ruleTroopsContributionEnd, min(f.conf, 0.55)
			f.window = span{f.window.start, k + 1}
			f.forced = news.StatusDeclined
			q := quantity{span: span{k - 1, k + 1}, kind: news.KindTroops, sent: si}
			emit(f, q, q.item)
		}
	}
}

// endVerb reports whether w is a form of a verb that ends or withdraws
// one's own contribution.
func endVerb(w string) bool {
	switch w {
	case "end", "ends", "ended", "ending", "terminate", "terminates", "terminated", "terminating",
		"withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing", "suspend", "suspends", "suspended", "suspending",
		"halt", "halts", "halted", "halting":
		return true
	}
	return false
}
