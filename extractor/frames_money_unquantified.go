package extractor

// Money committed without an amount: a money noun as the object of a verb
// of giving, considering or declining ("could make a further
// contribution", "would not make a new pledge"). moneyNounFrames runs
// before supportFrames (frames_support.go), which skips the spans it
// returns.

import "github.com/pledgewatch/pledgewatch/internal/news"

// moneyNounFrames finds money pledged, considered or declined without an
// amount: a money noun as the object of a verb ("could make a further
// contribution", "is expected to announce its contribution", "would not
// make a new pledge", "ready to contribute to a reconstruction fund"),
// when the sentence gives that actor no amount. It returns the spans it
// used, so that their words are not read again as support.
func (a *analysis) moneyNounFrames(emit func(frame, quantity, string), done []news.Commitment) []span {
	var used []span
	si := 0
	for _, m := range a.all { // in token order: cheaper than asking every token
		if m.class != cMoneyNoun {
			continue
		}
		for si < len(a.sents) && a.sents[si].end <= m.start {
			si++
		}
		if si >= len(a.sents) {
			break
		}
		s := a.sents[si]
		k := m.start
		if k == s.start || m.end > s.end || len(used) > 0 && used[len(used)-1].end > k {
			continue
		}
		// what follows is not an amount or a purpose: "pledge of €1bn", "pledge to protect"
		if m.end < s.end && (a.lw(m.end) == "of" || a.lw(m.end) == "to" || a.toks[m.end].kind == tNum || a.has(m.end, cCurPrefix, cCurCode)) {
			continue
		}
		// right after "to" or a modal the word is a verb: "agreed to pledge
		// tanks", "will fund training"; its object is read by other frames
		if a.has(k-1, cIrrealis) {
			continue
		}
		// "its training contribution", "an intelligence contribution": a kind
		// of support, read by supportFrames
		if a.has(k-1, cSupportNoun) {
			continue
		}
		// "its troop contribution": troops, read by the troop frames
		if a.has(k-1, cTroopNoun) {
			continue
		}
		v := k - 1
		for n := 0; v > s.start && n < 5 && (a.isJoiner(v) || a.toks[v].kind == tWord && a.actorAt[v] < 0 &&
			!a.has(v, cTrigger, cMakeVerb, cClauseBreak, cLocPrep, cReporting)); n++ {
			v--
		}
		if v > s.start && a.lw(v) == "to" && a.has(v-1, cTrigger) {
			v-- // "contribute to a … fund"
		}
		if !a.has(v, cTrigger, cMakeVerb) {
			continue
		}
		f, ok := a.subjectFrame(match{start: v, end: v + 1}, s)
		if !ok {
			continue
		}
		f.window = span{f.window.start, m.end}
		f.conf -= 0.05
		var actors []actorMention
		for _, am := range f.actors {
			// an amount of the same actor in the sentence says it all
			if !a.hasLine(done, am.code, news.KindMoney, a.toks[s.start].start) {
				actors = append(actors, am)
			}
		}
		if len(actors) == 0 {
			continue
		}
		f.actors = actors
		q := quantity{span: span{m.start, m.end}, kind: news.KindMoney, sent: si}
		emit(f, q, a.text[a.toks[m.start].start:a.toks[m.end-1].end])
		used = append(used, span{v, m.end})
	}
	return used
}
