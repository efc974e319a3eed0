package extractor

import "strings"

// The current donor of a stretch of text: the one country that the last
// few sentences put forward as the one who acts or speaks. Later
// sentences that give without naming who ("The government will also
// provide …", "The prime minister is considering sending …", "The package
// includes …", "12 howitzers will be delivered in May") take it.

// ruleDiscourseDonor names a line whose giver is the current donor of the
// sentences before (discourseDonor).
const ruleDiscourseDonor = "context.discourse-donor"

// discourseBack is how many sentences before discourseDonor reads.
const discourseBack = 3

// discourseDonor returns the current donor for sentence si: the country
// named as a subject or a source (a speaker, "Germany's defence ministry
// said") in the nearest of the discourseBack sentences before si that
// names one, not after a preposition. It resets and gives none when:
//
//   - that sentence puts two different countries forward ("Germany and
//     France said …": ambiguous);
//   - that sentence names a group of givers ("donors that include the EU
//     …", "allies"): one of many;
//   - the country is a recipient or the place of events, named after
//     "to", "for", "into" or "in" in the look-back window ("… pledged €5 million to Ukraine. Ukraine will use
//     it …": the recipient is no donor);
//   - no sentence from the donor's to si-1 has a cue of giving or support
//     (a past of handing over, a noun of commitment, a support word, or a
//     verb of giving in a sentence that names another country), so a
//     country that only acts for itself ("Russia massed forces …", "Japan
//     hosted talks") is never a donor.
//
// Only the discourseBack sentences before are read (per-sentence work).
func (a *analysis) discourseDonor(si int) (actorMention, bool) {
	if si <= 0 || si > len(a.sents) {
		return actorMention{}, false
	}
	for sj := si - 1; sj >= 0 && sj >= si-discourseBack; sj-- {
		var found actorMention
		n := 0
		for _, am := range a.actorsOf(a.sents[sj]) {
			if am.cls == cGroup || strings.HasPrefix(am.code, "group:") || !(am.subject || am.reporter) || a.afterPrep(am.start) {
				continue
			}
			if n > 0 && am.code != found.code {
				return actorMention{}, false // two countries put forward
			}
			found = am
			n++
		}
		if n == 0 {
			continue
		}
		if a.stats.sentCls[sj]&(1<<cGroupNoun) != 0 {
			return actorMention{}, false // "donors that include the EU …": one of many givers
		}
		if a.recipientBefore(si, found.code) {
			return actorMention{}, false
		}
		const cues = 1<<cDeliveryPast | 1<<cDelivered | 1<<cTriggerNoun | 1<<cSupportVerb |
			1<<cSupportNoun | 1<<cSupportCue | 1<<cSupportMain
		for bj := sj; bj < si; bj++ {
			// a verb of giving counts with someone to give to: "will keep
			// helping Jordan", not "hosted talks"
			if a.stats.sentCls[bj]&cues != 0 || a.stats.sentCls[bj]&(1<<cTrigger) != 0 && a.namesOther(bj, found.code) {
				found.far = true
				return found, true
			}
		}
		return actorMention{}, false
	}
	return actorMention{}, false
}

// recipientBefore reports whether code is named after a preposition of a
// recipient or a place ("to", "for", "into", "in") in the discourseBack
// sentences before si: the country that receives, or where the events
// happen, is not the one that gives.
func (a *analysis) recipientBefore(si int, code string) bool {
	for sj := max(0, si-discourseBack); sj < si; sj++ {
		for _, am := range a.actorsOf(a.sents[sj]) {
			if am.code == code && am.start > 0 && recipientPrep(a.lw(am.start-1)) {
				return true
			}
		}
	}
	return false
}

// namesOther reports whether sentence si names a country other than code.
func (a *analysis) namesOther(si int, code string) bool {
	for _, am := range a.actorsOf(a.sents[si]) {
		if am.code != code && am.cls != cGroup {
			return true
		}
	}
	return false
}
