package extractor

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Recall-first fallback frames: money or goods that no other pass turned
// into a line (frameFor found no frame for it, and no later pass used it)
// still give one line when a simple ranking finds the committer: a
// country in its own clause before it (for goods, only the text's main
// donor); for goods in a sentence that names no actor, the actor of the
// nearest goods line one or two sentences before, else the text's main
// donor. The guesses go to the
// review queue (confidence at most fallbackConf), and every guard of the
// other frames applies (settle and emit's notCommitted). Each rule was
// kept because the lines it adds were right at least half of the time on
// unseen news and 60% over the development sets; troops and support, and
// the other ranks for each kind, were not.

// Rule ids of the fallback frames.
const (
	// ruleFallbackClause: the committer is a country in the quantity's
	// clause, before it, that is not its recipient nor a group.
	ruleFallbackClause = "fallback.clause"
	// ruleFallbackPrevious: the committer of the nearest line at most
	// fallbackBack sentences before.
	ruleFallbackPrevious = "fallback.previous"
	// ruleFallbackDocument: the text's main donor.
	ruleFallbackDocument = "fallback.document"
)

// fallbackBack is how many sentences back fallback.previous looks for a
// line; fallbackConf the highest confidence of a fallback line.
const (
	fallbackBack = 2
	fallbackConf = 0.4
)

// fallbackFrames emits a fallback line for each quantity of money or
// equipment in unframed (the quantities that frameFor gave no frame, in
// text order; a quantity whose frame a guard rejected gets no fallback)
// that no later pass turned into a line either: lines holds the text's
// lines so far and order the token of each line's quantity, as
// commitments keeps them. commitments marks the new lines (markFallback)
// for the drop steps, so that a fallback line never takes the place of
// another line, and unmarks them after (unmarkFallback). A sentence
// where a guard rejected the frame of another quantity gives no fallback
// line either ("The exercise involves 40 tanks and 25 aircraft"). The
// pass reads unframed once, the lines once (after a sort) and the
// quantities of each candidate's sentence, so its cost is linear in their
// number, but for the logs of the sort and the searches.
func (a *analysis) fallbackFrames(emit func(frame, quantity, string), lines []news.Commitment, order []int, unframed []quantity) {
	if len(a.sents) == 0 || len(unframed) == 0 || len(lines) == 0 {
		return // a text with no line has no giver to fall back on
	}
	covered := coveredTokens(order)
	// the lines in the order of their quantities
	byTok := make([]int, len(order))
	for i := range byTok {
		byTok[i] = i
	}
	slices.SortStableFunc(byTok, func(x, y int) int { return order[x] - order[y] })
	fc := fallbackText{donor: a.mainDonor(lines), givers: map[string]bool{}, takers: map[string]bool{}, goods: map[string]bool{}}
	for _, c := range lines {
		fc.givers[c.Actor] = true
		fc.goods[c.Actor] = fc.goods[c.Actor] || c.Kind == news.KindEquipment
		if c.Recipient != "" {
			fc.takers[c.Recipient] = true
		}
	}
	li := 0    // next line in byTok
	prev := -1 // the line nearest before the quantity, -1 for none
	var sc fallbackSent
	sc.si = -1
	for _, q := range unframed {
		for li < len(byTok) && order[byTok[li]] < q.start {
			prev = byTok[li]
			li++
		}
		if q.kind != news.KindMoney && q.kind != news.KindEquipment || q.conversion || q.prepped ||
			q.sent < 0 || q.sent >= len(a.sents) || lineAt(covered, q.span) {
			continue
		}
		if sc.si != q.sent {
			sc = a.fallbackSentence(q.sent, covered, unframed)
		}
		if q.kind == news.KindMoney && !sc.money || q.kind == news.KindEquipment && !sc.goods || a.quantityIsHeading(&q) {
			continue
		}
		if _, org := a.orgBracketItem(&q, a.sents[q.sent]); org {
			continue // "…, the World Bank ($74 million) …": the organisation's, no country's
		}
		fc.prevActor, fc.prevBack, fc.prevKind, fc.prevStatus = "", -1, "", ""
		if prev >= 0 {
			c := &lines[prev]
			fc.prevActor, fc.prevBack, fc.prevKind, fc.prevStatus = c.Actor, q.sent-a.sentAfter(order[prev]), c.Kind, c.Status
		}
		fc.definite = sc.definiteAt >= 0 && sc.definiteAt < q.start
		fc.sentLine = lineAt(covered, a.sents[q.sent])
		a.readClause(&sc, q.start)
		fc.from, fc.trig = sc.clause, sc.trig
		f, ok := a.fallbackFrame(&q, &fc)
		if !ok {
			continue
		}
		if _, cue := a.status(&f); cue == "" && f.rule != ruleFallbackClause && fc.prevStatus != "" {
			f.forced = fc.prevStatus // no cue of its own: as the line it goes with
		}
		if f, ok = a.settle(f, &q); ok {
			emit(f, q, q.item)
		}
	}
}

// fallbackText is what the fallback frames know of the text's lines: its
// main donor, the actors of its lines (givers), those with lines of goods
// (goods) and the recipients (takers), and the actor and kind of the line
// nearest before the quantity at hand with the number of sentences back
// to it (-1 for none).
type fallbackText struct {
	donor                 string
	givers, takers, goods map[string]bool
	prevActor             string
	prevBack              int
	prevKind              news.Kind
	prevStatus            news.Status
	// definite is true when a definite determiner before the quantity
	// takes up goods already told ("The vehicles included 40 trucks").
	definite bool
	// sentLine is true when the quantity's sentence has a line.
	sentLine bool
	// from is the first token of the quantity's clause, trig the last
	// verb or noun of giving in it before the quantity (-1 for none).
	from, trig int
}

// coveredTokens returns the quantity tokens of the lines (order, as
// commitments keeps it), sorted, for lineAt.
func coveredTokens(order []int) []int {
	covered := slices.Clone(order)
	slices.Sort(covered)
	return covered
}

// lineAt reports whether a token of sorted (the sorted quantity tokens of
// the lines) lies in s.
func lineAt(sorted []int, s span) bool {
	i, _ := slices.BinarySearch(sorted, s.start)
	return i < len(sorted) && sorted[i] < s.end
}

// fallbackFrame builds the fallback frame of q by the ranking of the
// committer:
//   - fallback.clause: for money, the giver of its clause (clauseGiver)
//     when it is not the recipient of q's sentence; for goods, the same
//     when it is the text's main donor and the sentence has no line
//     (donorInClause);
//   - goods in a sentence that names no actor at all, not after a
//     definite determiner (definiteGoods: goods already told) nor after
//     "to" ("allows the president to transfer weapons"),
//     fallback.previous: the actor of the nearest line, of goods, one or
//     two sentences back;
//   - else fallback.document: the text's main donor, when it gives goods
//     and the nearest line before is its own and not in q's sentence (a
//     sentence with a line has its committer already), or there is none.
//
// The result is false when no rank fits. (Money without a giver in its
// clause, and goods with another giver there, gave fallback lines right
// less than half of the time on the development sets.)
func (a *analysis) fallbackFrame(q *quantity, fc *fallbackText) (frame, bool) {
	s := a.sents[q.sent]
	from := fc.from
	anchor := a.fallbackAnchor(q, fc.trig, s)
	lo, hi := min(anchor.start, q.start), max(anchor.end, q.end)
	f := frame{anchor: anchor, conf: fallbackConf, window: span{max(from, lo-4), min(s.end, hi+8)}}
	switch {
	case q.kind == news.KindMoney:
		am, ok := a.clauseGiver(q, fc)
		if !ok {
			return frame{}, false
		}
		f.actors, f.rule = []actorMention{am}, ruleFallbackClause
		if a.recipient(&f, s) == am.code || a.namedRecipient(s, am.code) {
			return frame{}, false
		}
		return f, true
	case a.donorInClause(q, fc, &f, s):
		return f, true // goods: the text's main donor named in the clause
	case len(a.actorsOf(s)) > 0 || a.definiteGoods(q, s, fc) || anchor.end > anchor.start && a.lw(anchor.start-1) == "to":
		// a sentence that names an actor is another's; "allows the
		// president to transfer weapons": a purpose or a power, no gift
		return frame{}, false
	case fc.prevActor != "" && fc.prevBack >= 1 && fc.prevBack <= fallbackBack && fc.prevKind == q.kind:
		f.rule = ruleFallbackPrevious
		f.actors = []actorMention{{code: fc.prevActor, cls: cCountry, subject: true, sent: q.sent}}
		return f, true
	case fc.donor != "" && fc.goods[fc.donor] && (fc.prevActor == "" || fc.prevActor == fc.donor && fc.prevBack >= 1):
		f.rule = ruleFallbackDocument
		f.actors = []actorMention{{code: fc.donor, cls: cCountry, subject: true, sent: q.sent}}
		return f, true
	}
	return frame{}, false
}

// clauseGiver returns the country nearest before q in its clause
// (clauseActor) when it is a subject or a person (not a demonym that
// modifies a noun other than a title: "the Saudi Development Fund"),
// commits other lines of the text and receives none, and no capitalised
// name stands right before q ("…, the Regional Bank $4 billion": an
// entry of another name).
func (a *analysis) clauseGiver(q *quantity, fc *fallbackText) (actorMention, bool) {
	am, ok := a.clauseActor(q, fc.from)
	if !ok || !fc.givers[am.code] || fc.takers[am.code] || !am.subject && !am.person && am.cls != cLeader {
		return actorMention{}, false
	}
	if am.cls == cDemonym && !am.person && !a.has(am.end, cTitle) {
		return actorMention{}, false
	}
	if p := q.start - 1; p > am.end && a.actorAt[p] < 0 && a.tx(p) != "" && isUpperASCII(a.tx(p)[0]) {
		return actorMention{}, false
	}
	return am, true
}

// donorInClause reports whether goods q have the text's main donor as
// their clause's giver (clauseGiver), and sets f to the fallback.clause
// frame of it; the donor must not be the sentence's recipient, and the
// sentence must have no line (goods that a sentence with a line leaves
// out are carriers, names or purposes: "dispatched two ships carrying
// relief supplies", "will join the drone coalition").
func (a *analysis) donorInClause(q *quantity, fc *fallbackText, f *frame, s span) bool {
	if fc.sentLine {
		return false
	}
	am, ok := a.clauseGiver(q, fc)
	if !ok || am.code != fc.donor {
		return false
	}
	f.actors, f.rule = []actorMention{am}, ruleFallbackClause
	return a.recipient(f, s) != am.code && !a.namedRecipient(s, am.code)
}

// definiteGoods reports whether a definite determiner stands up to three
// tokens before q in its sentence ("the 39 vehicles", "these new
// ambulances"), or fc.definite holds.
func (a *analysis) definiteGoods(q *quantity, s span, fc *fallbackText) bool {
	for k := q.start - 1; k >= q.start-3 && k >= s.start; k-- {
		if definiteDeterminer(a.lw(k)) {
			return true
		}
	}
	return fc.definite
}

// fallbackAnchor returns the verb or noun of giving trig (the last one
// before q in its clause), else the first one after q in its clause, at
// most six tokens on, else an empty span at q.
func (a *analysis) fallbackAnchor(q *quantity, trig int, s span) span {
	if trig >= 0 {
		return span{trig, trig + 1}
	}
	for k := q.end; k < s.end && k < q.end+6; k++ {
		if a.has(k, cClauseBreak) || a.tx(k) == ";" {
			break
		}
		if a.has(k, cTrigger, cDeliveryPast, cTriggerNoun, cSupportVerb) {
			return span{k, k + 1}
		}
	}
	return span{q.start, q.start}
}

// clauseActor returns the actor nearest before q in its clause (from on)
// that is a country, the EU or NATO, not a group, and not after a
// preposition of a recipient or a place ("to Ukraine", "for Gaza", "in
// Poland").
func (a *analysis) clauseActor(q *quantity, from int) (actorMention, bool) {
	as := a.actorsNear(from, q.start)
	for i := len(as) - 1; i >= 0; i-- {
		am := as[i]
		if am.start < from || am.end > q.start || am.sent != q.sent {
			continue
		}
		if am.cls == cGroup || strings.HasPrefix(am.code, "group:") {
			continue
		}
		switch a.lw(am.start - 1) {
		case "to", "for", "into", "in", "at", "on", "against", "with", "toward", "towards", "across", "inside":
			continue
		}
		return am, true
	}
	return actorMention{}, false
}

// namedRecipient reports whether sentence s names code after a
// preposition of a recipient ("to Ukraine", "for Moldova").
func (a *analysis) namedRecipient(s span, code string) bool {
	for _, am := range a.actorsOf(s) {
		if am.code != code {
			continue
		}
		switch a.lw(am.start - 1) {
		case "to", "for", "into", "toward", "towards":
			return true
		}
	}
	return false
}

// mainDonor returns the text's main donor: textDonor, else the country
// of the first sentence (the title) that commits a line of the text.
func (a *analysis) mainDonor(lines []news.Commitment) string {
	if d := a.textDonor(lines); d != "" {
		return d
	}
	for _, am := range a.actorsOf(a.sents[0]) {
		if am.cls == cGroup || strings.HasPrefix(am.code, "group:") {
			continue
		}
		for _, c := range lines {
			if c.Actor == am.code {
				return am.code
			}
		}
	}
	return ""
}
