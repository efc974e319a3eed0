package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// thankedGiver finds, in s before token lim, a country thanked for what
// follows: "Zelensky thanked Denmark for …", "Ukraine is grateful to
// Norway for …". It returns the country's mention and the index of
// "for". The thanked country is the antecedent of a pronoun after it:
// "Ukraine thanked Norway for the 14 tanks it delivered" (resolvePronoun).
// Thanks alone commit nothing ("Zelensky thanked Germany for the 40
// tanks" is no line).
func (a *analysis) thankedGiver(s span, lim int) (actorMention, int, bool) {
	return a.thanked(s, lim, true)
}

// thankedBefore finds the country thanked in sentence s whatever follows
// it: "Kyiv thanked Japan." The sentence after reads it as the giver:
// "The country has provided 30 generators" (resolvePronoun).
func (a *analysis) thankedBefore(s span) (actorMention, bool) {
	am, _, ok := a.thanked(s, s.end, false)
	return am, ok
}

// thanked finds, in s before token lim, a country within three tokens
// after a word of thanks; with needFor it must be followed by "for".
func (a *analysis) thanked(s span, lim int, needFor bool) (actorMention, int, bool) {
	for k := s.start; k < lim; k++ {
		switch a.lw(k) {
		case "thank", "thanks", "thanked", "thanking", "grateful", "gratitude", "praised", "praises", "hailed", "hails":
		default:
			continue
		}
		for _, am := range a.actorsOf(s) {
			if am.start <= k || am.start > k+3 || am.end >= lim {
				continue
			}
			if len(am.code) != 2 || am.cls == cGroup || needFor && a.lw(am.end) != "for" {
				break
			}
			return am, am.end, true
		}
	}
	return actorMention{}, 0, false
}

// ruleEquipReportedPackage names the frame of reportedPackageFrame.
const ruleEquipReportedPackage = "equipment.reported-package"

// reportedPackageFrame reads a package or "it" as the subject of a verb
// of giving whose country is the reporter after it: "The package includes
// 10 tanks, the Swedish defence ministry said", "The aid will provide 20
// howitzers, Norway's government said". The reporter (a country, its
// ministry or leader) is the giver, unless the text names it as a
// receiver ("to Ukraine", "for Kyiv") anywhere.
func (a *analysis) reportedPackageFrame(q *quantity, s span) (frame, bool) {
	if q.kind == news.KindSupport || q.kind == news.KindTroops {
		return frame{}, false
	}
	anchor := -1
	for k := q.start - 1; k > s.start && q.start-k <= 10; k-- {
		if a.has(k, cClauseBreak) || a.tx(k) == ";" {
			break
		}
		if !a.has(k, cTrigger, cDeliveryPast, cNounLink) || a.has(k, cLocPrep, cStop) || a.lw(k) == "a" || a.lw(k) == "an" {
			continue
		}
		if a.commitmentSubject(k, s) {
			anchor = k
		}
		break
	}
	if anchor < 0 {
		return frame{}, false
	}
	for _, am := range a.actorsOf(s) {
		if am.start < q.end {
			if am.subject || am.reporter {
				return frame{}, false // a giver named before
			}
			continue
		}
		if !am.reporter || len(am.code) != 2 || am.cls == cGroup || a.receiverInText(am.code) {
			continue
		}
		return frame{actors: []actorMention{am}, anchor: span{anchor, anchor + 1}, rule: ruleActive, name: ruleEquipReportedPackage,
			window: span{anchor, q.end}, conf: 0.6}, true
	}
	return frame{}, false
}

// receiverInText reports whether the country code is named after "to" or
// "for" anywhere in the text: a receiver, not a giver.
func (a *analysis) receiverInText(code string) bool {
	if a.receivers == nil {
		// every code named so, once per text
		a.receivers = map[string]bool{}
		for _, am := range a.actors {
			k := am.start - 1
			if k >= 0 && a.lw(k) == "the" {
				k--
			}
			if k >= 0 && (a.lw(k) == "to" || a.lw(k) == "for") {
				a.receivers[am.code] = true
			}
		}
	}
	return a.receivers[code]
}
