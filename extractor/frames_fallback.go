package extractor

import (
	"slices"
	"strconv"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Recall-first fallback frames: a quantity of troops, money, equipment or
// support that no other pass turned into a line (frameFor found no frame
// for it, and no later pass used it) still gives one line when a simple
// ranking finds its committer: an actor in its own clause before it, else
// the actor of the nearest line in the sentences before it, else the
// text's main donor. The guesses go to the review queue (confidence at
// most fallbackConf), and every guard of the other frames applies (settle
// and emit's notCommitted).

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
	for _, q := range unframed {
		for li < len(byTok) && order[byTok[li]] < q.start {
			prev = byTok[li]
			li++
		}
		if lineAt(covered, q.span) || !a.fallbackCandidate(&q) || a.guardedSentence(q.sent, covered, unframed) {
			continue
		}
		fc.prevActor, fc.prevBack, fc.prevKind, fc.prevStatus = "", -1, "", ""
		if prev >= 0 {
			c := &lines[prev]
			fc.prevActor, fc.prevBack, fc.prevKind, fc.prevStatus = c.Actor, q.sent-a.sentAfter(order[prev]), c.Kind, c.Status
		}
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
}

// guardedSentence reports whether sentence si holds a quantity (not
// support, a restated amount or a phrase after a preposition) that is
// neither in unframed nor the quantity of a line (covered): a guard
// rejected its frame, and the sentence is no commitment.
func (a *analysis) guardedSentence(si int, covered []int, unframed []quantity) bool {
	for _, o := range a.quantsOf(si) {
		if o.sent != si || o.kind == news.KindSupport || o.conversion || o.prepped || lineAt(covered, o.span) {
			continue
		}
		i, found := slices.BinarySearchFunc(unframed, o.start, func(u quantity, t int) int { return u.start - t })
		for ; found && i < len(unframed) && unframed[i].start == o.start && unframed[i].kind != o.kind; i++ {
		}
		if !found || i >= len(unframed) || unframed[i].start != o.start {
			return true
		}
	}
	return false
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

// fallbackCandidate reports whether q may take a fallback line: money
// or equipment, not a restated amount, not a phrase after a preposition,
// and not in a sentence of casualties, sales, requests or hypotheses.
// (Fallback lines of troops and support were right less than a third of
// the time on the development sets: they stay out.)
func (a *analysis) fallbackCandidate(q *quantity) bool {
	if q.conversion || q.prepped || q.sent < 0 || q.sent >= len(a.sents) || q.sent >= len(a.stats.sentCls) {
		return false
	}
	if q.kind != news.KindMoney && q.kind != news.KindEquipment {
		return false
	}
	bad := uint64(1<<cHypothetical | 1<<cCasualty | 1<<cSale | 1<<cRecommend | 1<<cRequestNoun)
	if q.kind == news.KindEquipment {
		// "Partners should provide …", "The army has not received …",
		// "40 trucks will not be sent": goods of a giver told elsewhere
		bad |= 1<<cGroupNoun | 1<<cReceive | 1<<cDeclined
	}
	if a.stats.sentCls[q.sent]&bad != 0 {
		return false
	}
	s := a.sents[q.sent]
	if q.start == s.start && (q.end >= s.end || q.end == s.end-1 && a.tx(s.end-1) == ".") {
		return false // a heading: "Drones"
	}
	for k := s.start; k < s.end; k++ {
		if noGiftWords[a.lw(k)] {
			return false
		}
	}
	return true
}

// noGiftWords are words of a sentence about goods that are not given:
// fighting ("40 trucks were destroyed", "fired 4,000 shells"), needs
// ("40 more tanks are needed") and stocks ("has 90 jets at its disposal").
var noGiftWords = map[string]bool{
	"destroyed": true, "fired": true, "attack": true, "attacks": true, "strike": true, "strikes": true,
	"airstrikes": true, "shelling": true, "shot": true, "downed": true, "targeted": true, "seized": true,
	"needed": true, "needs": true, "need": true, "lacks": true, "shortage": true,
	"possess": true, "possesses": true, "disposal": true, "inventory": true, "stockpile": true, "arsenal": true,
	"built": true, "produced": true, "manufactured": true, "exercise": true, "exercises": true,
}

// fallbackFrame builds the fallback frame of q by the ranking of the
// committer:
//   - money, fallback.clause: the country nearest before q in its clause,
//     when it is a subject or a person (not a modifier, not after a
//     preposition), commits other lines of the text and receives none,
//     and is not the recipient of q's sentence;
//   - goods in a sentence that names no actor at all, and not after a
//     definite determiner ("the vehicles", "these doses": goods already
//     told), fallback.previous: the actor of the nearest line one or two
//     sentences back;
//   - else fallback.document: the text's main donor, when the nearest
//     line before is the donor's and not in q's sentence (a sentence with
//     a line has its committer already), or there is none.
//
// The result is false when no rank fits. (Goods with a committer in their
// clause, money without one, troops and support gave fallback lines right
// less than half of the time on the development sets.)
func (a *analysis) fallbackFrame(q *quantity, fc *fallbackText) (frame, bool) {
	s := a.sents[q.sent]
	from := a.clauseStart(q.start, s)
	anchor := a.fallbackAnchor(q, from, s)
	lo, hi := min(anchor.start, q.start), max(anchor.end, q.end)
	f := frame{anchor: anchor, conf: fallbackConf, window: span{max(from, lo-4), min(s.end, hi+3)}}
	switch {
	case q.kind == news.KindMoney:
		am, ok := a.clauseActor(q, from)
		if !ok || !fc.givers[am.code] || fc.takers[am.code] || !am.subject && !am.person && am.cls != cLeader {
			return frame{}, false
		}
		if am.cls == cDemonym && !am.person && !a.has(am.end, cTitle) {
			return frame{}, false // "the Saudi Development Fund": a modifier, not the giver
		}
		if p := q.start - 1; p > am.end && a.actorAt[p] < 0 && a.tx(p) != "" && isUpperASCII(a.tx(p)[0]) {
			return frame{}, false // "…, the Regional Bank $4 billion": an entry of another name
		}
		f.actors, f.rule = []actorMention{am}, ruleFallbackClause
		if a.recipient(&f, s) == am.code || a.namedRecipient(s, am.code) {
			return frame{}, false
		}
		return f, true
	case len(a.actorsOf(s)) > 0 || a.definiteGoods(q, s) || anchor.end > anchor.start && a.lw(anchor.start-1) == "to":
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

// definiteGoods reports whether a definite determiner ("the", "these",
// "those", "this", "its", "their") stands up to three tokens before q in
// its sentence ("the 39 vehicles", "these new ambulances"), or before
// goods earlier in the sentence ("The vehicles included 40 trucks").
func (a *analysis) definiteGoods(q *quantity, s span) bool {
	for k := q.start - 1; k >= s.start; k-- {
		switch a.lw(k) {
		case "the", "these", "those", "this", "its", "their":
			if k >= q.start-3 || a.has(k+1, cEquipNoun) || a.has(k+2, cEquipNoun) {
				return true
			}
		}
	}
	return false
}

// fallbackAnchor returns the verb or noun of giving nearest before q in
// its clause (from on), else the first one after q in its sentence, else an
// empty span at q.
func (a *analysis) fallbackAnchor(q *quantity, from int, s span) span {
	for k := q.start - 1; k >= from; k-- {
		if a.has(k, cTrigger, cDeliveryPast, cTriggerNoun, cSupportVerb) {
			return span{k, k + 1}
		}
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

// fallbackMark prefixes the actor of a fallback line through the drop
// steps: they see it as another actor's, so they merge fallback lines
// among themselves but neither drop nor replace another line for one.
const fallbackMark = "fallback:"

// markFallback marks the actors of the fallback lines cs.
func markFallback(cs []news.Commitment) {
	for i := range cs {
		cs[i].Actor = fallbackMark + cs[i].Actor
	}
}

// unmarkFallback restores the actors of the marked lines of cs (with
// their order tokens), and drops each that restates a line of its actor
// and kind: money of the same amount, or goods that name the same
// materiel (sameItem: the same head noun, two heads of one kind, a shared
// model name). cs and order are compacted in place.
func unmarkFallback(cs []news.Commitment, order []int) ([]news.Commitment, []int) {
	marked := false
	for _, c := range cs {
		marked = marked || strings.HasPrefix(c.Actor, fallbackMark)
	}
	if !marked {
		return cs, order
	}
	seen := map[said]bool{}
	for i := range cs {
		if !strings.HasPrefix(cs[i].Actor, fallbackMark) {
			saidKeys(&cs[i], func(k said) bool { seen[k] = true; return false })
		}
	}
	n := 0
	for i := range cs {
		c := cs[i]
		if strings.HasPrefix(c.Actor, fallbackMark) {
			c.Actor = strings.TrimPrefix(c.Actor, fallbackMark)
			if saidKeys(&c, func(k said) bool { return seen[k] }) {
				continue
			}
		}
		cs[n], order[n] = c, order[i]
		n++
	}
	clear(cs[n:])
	return cs[:n], order[:n]
}

// said is what a line says, for unmarkFallback: its actor and kind, and
// its amount and currency, an item's head noun or kind of materiel, or a
// model name of its item.
type said struct {
	actor string
	kind  news.Kind
	what  string
}

// saidKeys calls yield with each key of c (see said) until yield
// returns true, and reports whether one did.
func saidKeys(c *news.Commitment, yield func(said) bool) bool {
	k := said{actor: c.Actor, kind: c.Kind}
	if c.Kind == news.KindMoney {
		k.what = strconv.FormatFloat(c.Number(), 'g', -1, 64) + c.Currency
		return yield(k)
	}
	if c.Kind != news.KindEquipment {
		k.what = strings.ToLower(c.Item)
		return yield(k)
	}
	var buf [16]byte
	_, last := lastField(c.Item)
	if last != "" {
		head := itemStem(last, &buf)
		if kind := headKinds[head]; kind != "" {
			head = kind
		}
		k.what = "head:" + head
		if yield(k) {
			return true
		}
	}
	for w := range strings.FieldsSeq(c.Item) {
		if len(w) >= 3 && w[0] >= 'A' && w[0] <= 'Z' {
			k.what = "model:" + itemStem(w, &buf)
			if yield(k) {
				return true
			}
		}
	}
	return false
}

// capFallback lowers the confidence of the fallback lines of res to at
// most fallbackConf: they go to review.
func capFallback(res []news.Commitment) {
	for i := range res {
		if len(res[i].Rules) > 0 && strings.HasPrefix(res[i].Rules[0], "fallback.") {
			res[i].Confidence = min(res[i].Confidence, fallbackConf)
		}
	}
}
