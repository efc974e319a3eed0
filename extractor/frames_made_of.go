package extractor

// One reader of the phrases that list the parts of a whole ("made up of",
// "comprised of", "split into" …) and one resolution of the giver of those
// parts, shared by the two places that read them: the money frame
// madeOfFrame (frames_money_possessive.go, frame.money-made-of) and the
// carried anchor madeOfAnchor (actor_carry.go, context.carry-made-of).

import "github.com/pledgewatch/pledgewatch/internal/news"

// madeOfPhrase returns the token after a phrase that lists the parts of a
// whole and starts at token v of sentence s: "made up of", "comprised
// of", "composed of", "consisting of", "consists of", "consist of",
// "comprises (of)", "comprising", "comprise", "split into", "divided
// into", "broken into", "including"; -1 when there is none.
func (a *analysis) madeOfPhrase(v int, s span) int {
	if v < s.start || v >= s.end {
		return -1
	}
	end := -1
	switch a.lw(v) {
	case "made":
		if a.lw(v+1) == "up" && a.lw(v+2) == "of" {
			end = v + 3
		}
	case "comprised", "composed", "consisting", "consists", "consist":
		if a.lw(v+1) == "of" {
			end = v + 2
		}
	case "comprises":
		end = v + 1
		if a.lw(v+1) == "of" {
			end = v + 2
		}
	case "comprising", "comprise", "including":
		end = v + 1
	case "split", "divided", "broken":
		if a.lw(v+1) == "into" {
			end = v + 2
		}
	}
	if end > s.end {
		return -1
	}
	return end
}

// madeOfBefore returns the span of a made-of phrase (madeOfPhrase) that
// ends right before token k of sentence s.
func (a *analysis) madeOfBefore(k int, s span) (span, bool) {
	for v := max(s.start, k-3); v < k; v++ {
		if a.madeOfPhrase(v, s) == k {
			return span{v, k}, true
		}
	}
	return span{}, false
}

// madeOfSource says which step of madeOfGiver found the giver.
type madeOfSource int

const (
	madeOfFrom     madeOfSource = iota + 1 // a country after "from" before the phrase
	madeOfReporter                         // the one source named after the part
	madeOfLine                             // the giver of the line before (the caller's)
	madeOfMoney                            // the committer of the money before
	madeOfSubject                          // the subject of the sentences before
)

// madeOfGiver returns the giver of the parts that the made-of phrase at
// marker (madeOfPhrase) lists in sentence s, q being one of them. Its
// order of preference joins those of the two readers of the phrase (the
// money frame put the country after "from" first, then the committer of
// the money before, then the subject of the sentences before; the carried
// anchor the one source named after the part, then the giver of the line
// before):
//
//  1. the country or the EU after "from" or "from the" before the phrase
//     (the last one): "The aid from the UAE, comprised of a $1bn grant …";
//  2. the one country named as a source after q, "…, the EU said"
//     (soleReporter);
//  3. the giver of the line before, when the caller knows the lines
//     (lineBefore not nil; the carried anchor passes contextLine);
//  4. the committer of money before the phrase, in its sentence or the
//     eight before (moneyDonorBefore);
//  5. the subject country or the EU of the three sentences before
//     (antecedent): "Japan announced new aid. The package is made up of …".
//
// Givers of steps 4 and 5 are marked far. It returns the step that found
// the giver; ok is false when none does.
func (a *analysis) madeOfGiver(q *quantity, s span, marker span, lineBefore func() (actorMention, bool)) (am actorMention, src madeOfSource, ok bool) {
	found := false
	for _, o := range a.actorsOf(s) {
		if o.end > marker.start {
			break
		}
		if o.start > s.start && a.lw(o.start-1) == "from" || o.start-1 > s.start && a.lw(o.start-1) == "the" && a.lw(o.start-2) == "from" {
			am, found = o, len(o.code) == 2 || o.code == "EU"
		}
	}
	if found {
		return am, madeOfFrom, true
	}
	if code, ok := a.soleReporter(s, q.start); ok {
		for _, o := range a.actorsOf(s) {
			if o.start >= q.start && o.code == code {
				return o, madeOfReporter, true
			}
		}
	}
	if lineBefore != nil {
		if am, ok := lineBefore(); ok {
			return am, madeOfLine, true
		}
	}
	if am, ok := a.moneyDonorBefore(q.sent, marker.start); ok {
		return am, madeOfMoney, true
	}
	if am, ok := a.antecedent(q.sent-1, 3); ok && (len(am.code) == 2 || am.code == "EU") {
		am.far = true
		return am, madeOfSubject, true
	}
	return actorMention{}, 0, false
}

// madeOfLineBefore is the giver of madeOfGiver for the carried anchor
// (contextDonorFrame): the line before of step 3 is contextLine's, with
// its name; a giver of another step stands as a line of that country
// alone (no status, kind or recipient), named ruleCarryReporter for the
// source after the part and "" (the anchor's own id) else.
func (a *analysis) madeOfLineBefore(q *quantity, s, marker span, done []news.Commitment, donor string) (news.Commitment, string, bool) {
	var line news.Commitment
	name := ""
	am, src, ok := a.madeOfGiver(q, s, marker, func() (actorMention, bool) {
		var ok bool
		line, name, ok = a.contextLine(q.sent, done, donor, true)
		return actorMention{code: line.Actor}, ok
	})
	switch {
	case !ok:
		return news.Commitment{}, "", false
	case src == madeOfLine:
		return line, name, true
	case src == madeOfReporter:
		return news.Commitment{Actor: am.code}, ruleCarryReporter, true
	}
	return news.Commitment{Actor: am.code}, "", true
}
