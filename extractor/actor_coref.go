package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// The value of a gift told before: a sentence that puts a sum of money on
// a gift it takes up with a determiner, and names no giver ("The
// donation, valued at $3 million, came at the right time", "The estimated
// $28 million donation was presented to the minister", "This measure is
// worth €12 million", "The $4m of equipment includes …"). The giver is
// found outside the sentence, in this order:
//
//  1. the giver of the nearest line in the two sentences before, or the
//     one donor of the text, or the current donor of the sentences before
//     (contextLine): context.gift-value;
//  2. the text's main donor (mainDonor: the one donor of the text, else
//     the country of the headline that commits a line), when the two
//     sentences before put no other country forward:
//     context.gift-value-headline, with a lower confidence.

// Rule ids of giftValueFrame.
const (
	ruleGiftValue         = "context.gift-value"
	ruleGiftValueHeadline = "context.gift-value-headline"
	ruleBudgetFor         = "context.budget-for"
)

// outsideGiverFrame is the frame of the passes of this file for a
// quantity no other frame took: the value of a gift told before
// (giftValueFrame).
func (a *analysis) outsideGiverFrame(q *quantity, done []news.Commitment, donor string) (frame, bool) {
	return a.giftValueFrame(q, done, donor)
}

// giftValueFrame gives money q, which no other frame linked to an actor,
// the giver of the gift whose value it states (giftValueAnchor), found
// outside q's sentence by the order above. The sentence must name no
// country as a subject, a source or a person but that giver (a recipient
// or a place after a preposition is fine), and have no casualty, sale,
// hypothesis or recommendation. The status is the sentence's own, else
// the status of the line the value goes with. The guess goes to review
// (confidence 0.5, 0.4 for the headline's donor).
func (a *analysis) giftValueFrame(q *quantity, done []news.Commitment, donor string) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil || q.conversion || q.sent < 1 || q.sent >= len(a.sents) || q.currency == "" {
		return frame{}, false // (an ambiguous currency word needs the giver's own currency: not guessed here)
	}
	const noGift = 1<<cCasualty | 1<<cSale | 1<<cHypothetical | 1<<cRecommend
	if q.sent >= len(a.stats.sentCls) || a.stats.sentCls[q.sent]&noGift != 0 {
		return frame{}, false
	}
	s := a.sents[q.sent]
	anchor, ok := a.giftValueAnchor(q, s)
	to := ""
	if !ok {
		anchor, to, ok = a.budgetForAnchor(q, s) // "The federal budget includes $200 million for Ukraine"
	}
	if !ok {
		return frame{}, false
	}
	line, name, ok := a.contextLine(q.sent, done, donor, false)
	if ok && line.Kind == "" && !a.givenBefore(q.sent) {
		ok = false // "Germany criticised the aid package. The package, worth …": no gift told
	}
	if ok && a.has(anchor.start, cEquipNoun) && !a.has(anchor.start, cTriggerNoun) && !a.goodsLineBefore(done, line.Actor, q.sent) {
		ok = false // "Germany announced new aid. The tanks are worth …": goods not told as given
	}
	rule, conf := ruleGiftValue, 0.5
	if name == ruleDiscourseDonor {
		conf = 0.45
	}
	if !ok || line.Actor == "" {
		line = news.Commitment{Actor: a.mainDonor(done)}
		rule, conf = ruleGiftValueHeadline, 0.4
		for bj := max(0, q.sent-2); bj < q.sent && line.Actor != ""; bj++ {
			if a.otherSubjectIn(bj, line.Actor) {
				line.Actor = "" // another country put forward since
			}
		}
	}
	code := line.Actor
	if code == "" || code == to || strings.HasPrefix(code, "group:") || rule == ruleGiftValueHeadline && a.has(anchor.start, cEquipNoun) && !a.has(anchor.start, cTriggerNoun) {
		return frame{}, false
	}
	for _, am := range a.actorsOf(s) {
		if am.code != code && (am.subject && !a.afterPrep(am.start) || am.reporter || am.person || am.cls == cGroup) {
			return frame{}, false // "Officials of Japan said the donation …": another's words or gift
		}
	}
	if a.has(anchor.start, cEquipNoun) && !a.has(anchor.start, cTriggerNoun) && a.othersGoodsBetween(q.sent, code, done) {
		return frame{}, false // "Russia lost 300 tanks. The tanks were worth …": the goods just told are another's
	}
	am := actorMention{code: code, cls: cCountry, subject: true, sent: q.sent}
	lo, hi := min(anchor.start, q.start), max(anchor.end, q.end)
	f := frame{actors: []actorMention{am}, anchor: anchor, rule: ruleContextDonor, name: rule, conf: conf,
		window: span{max(s.start, lo-4), min(s.end, hi+6)}}
	if to != "" {
		f.forced, f.name = news.StatusPledged, ruleBudgetFor // a budget allots: pledged
	} else if v, ok := a.pastPassiveAfter(hi, s); ok {
		f.forced = news.StatusDelivered // "… was handed over to the minister"
		f.window.end = max(f.window.end, min(s.end, v+3))
	} else if _, cue := a.status(&f); cue == "" && line.Status != "" {
		f.forced = line.Status // no cue of its own: as the line it values
	}
	return f, true
}

// pastPassiveAfter finds a past passive of handing over within six tokens
// from k in sentence s, with no clause break before it: "was granted",
// "were handed over", "has been delivered" (not "was approved": a
// pledge). It returns the verb's token.
func (a *analysis) pastPassiveAfter(k int, s span) (int, bool) {
	for j := k; j < s.end && j < k+6; j++ {
		if a.has(j, cClauseBreak) || a.tx(j) == ";" || a.lw(j) == "not" {
			return -1, false
		}
		w := a.lw(j)
		if w != "was" && w != "were" && !(w == "been" && j > s.start && (a.lw(j-1) == "has" || a.lw(j-1) == "have")) {
			continue
		}
		v := j + 1
		for v < s.end && v <= j+2 && (a.lw(v) == "also" || strings.HasSuffix(a.lw(v), "ly")) {
			v++
		}
		if v < s.end && (a.has(v, cDeliveryPast) || a.lw(v) == "granted") {
			return v, true
		}
		return -1, false
	}
	return -1, false
}

// giftValueAnchor finds the noun of a gift whose value money q states, in
// one of three shapes, and returns the span of the noun:
//
//   - the noun before q and a word of value right before q: "the
//     donation, worth $3 million", "the vehicles are valued at $3 million",
//     "this measure is worth €12 million", "the grant amounts to $5
//     million";
//   - q before the noun, after a determiner: "the estimated $28 million
//     donation", "a $5 million grant";
//   - q, "of" and the noun: "the $4m of equipment".
//
// The noun is one of what a donor gives (giftValueHead), after a
// determiner that opens its clause (giftPhraseOpens).
func (a *analysis) giftValueAnchor(q *quantity, s span) (span, bool) {
	// q before the noun: "the (estimated) $28 million (military) donation", "the $4m of equipment"
	d := q.start - 1
	for d > s.start && valueHedge(a.lw(d)) {
		d--
	}
	if d >= s.start && (takeUpDeterminer(a.lw(d)) || a.lw(d) == "a" || a.lw(d) == "an") && a.giftPhraseOpens(d, s) {
		h := q.end
		if h < s.end && a.tx(h) == "(" {
			// "the 172m pesos ($4m) of equipment": past the amount in brackets
			for j := h + 1; j < s.end && j < h+8; j++ {
				if a.tx(j) == ")" {
					h = j + 1
					break
				}
			}
		}
		if h < s.end && a.lw(h) == "of" {
			h++
		}
		for n := 0; n < 2 && h+1 < s.end && a.isModifier(h) && !a.giftValueHead(h); n++ {
			h++
		}
		if h < s.end && a.giftValueHead(h) && !a.has(h, cLocPrep) {
			return span{h, h + 1}, true
		}
	}
	// a word of value before q, and the noun before it
	v := q.start - 1
	for v > s.start && valueHedge(a.lw(v)) {
		v--
	}
	if v <= s.start {
		return span{}, false
	}
	switch a.lw(v) {
	case "worth", "totalling", "totaling", "totals", "totalled", "totaled":
	case "at":
		if w := a.lw(v - 1); w != "valued" && w != "estimated" && w != "put" {
			return span{}, false
		}
		v--
	case "to":
		if w := a.lw(v - 1); w != "amounts" && w != "amounted" && w != "amounting" && w != "amount" {
			return span{}, false
		}
		v--
	default:
		return span{}, false
	}
	h := v - 1
	for h > s.start && (a.has(h, cPassiveAux, cIrrealis, cPerfectAux) || a.lw(h) == "," || a.lw(h) == "be" || a.lw(h) == "been" || a.lw(h) == "also" || a.lw(h) == "reportedly") {
		h--
	}
	if h <= s.start || !a.giftValueHead(h) {
		return span{}, false
	}
	d = h - 1
	for d > s.start && h-d <= 3 && !takeUpDeterminer(a.lw(d)) && (a.isModifier(d) || a.has(d, cEquipNoun, cTriggerNoun)) {
		d--
	}
	if !takeUpDeterminer(a.lw(d)) || !a.giftPhraseOpens(d, s) {
		return span{}, false
	}
	return span{h, h + 1}, true
}

// giftPhraseOpens reports whether the determiner at d opens its clause:
// the start of the sentence (after an opener such as "In addition,"), or
// right after a verb of saying ("officials said (that) the donation …").
func (a *analysis) giftPhraseOpens(d int, s span) bool {
	if d == s.start {
		return true
	}
	p := d - 1
	if a.lw(p) == "that" && p > s.start {
		p--
	}
	if a.has(p, cReporting) {
		return true
	}
	if a.tx(p) != "," {
		return false
	}
	// "In addition, the donation …", "Meanwhile, the grant …": a short opener
	for k := s.start; k < p; k++ {
		if a.actorAt[k] >= 0 || a.toks[k].kind == tNum || a.has(k, cTrigger) {
			return false
		}
	}
	return p-s.start <= 3
}

// giftValueHead reports whether token j is a noun of what a donor gives
// and that a sum can value: a donation, grant, package or aid, an
// assistance measure, a consignment, or materiel. Nouns of a common pot
// ("fund", "facility", "programme") and of money lent ("loan") are not:
// many fill a fund, and a loan's value is its own line.
func (a *analysis) giftValueHead(j int) bool {
	switch a.lw(j) {
	case "fund", "funds", "facility", "programme", "program", "instrument", "scheme", "initiative", "loan", "loans",
		"credit", "budget", "deal", "contract", "project", "deployment", "deployments":
		return false
	case "measure", "measures", "donation", "donations", "gift", "gifts", "grant", "grants", "package", "aid",
		"assistance", "consignment", "shipment", "batch", "supplies", "goods", "items", "equipment", "materiel":
		return true
	}
	return a.has(j, cTriggerNoun, cEquipNoun)
}

// valueHedge reports a word that may stand between a word of value and
// the sum ("worth about $3 million", "the estimated $28 million").
func valueHedge(w string) bool {
	switch w {
	case "about", "around", "some", "approximately", "roughly", "nearly", "almost", "over", "more", "than",
		"estimated", "total", "overall", "additional":
		return true
	}
	return false
}

// givenBefore reports whether one of the two sentences before si has a
// verb of giving or of adopting ("pledged", "handed over", "adopted"):
// a gift was told there, not only talked about ("criticised the package").
func (a *analysis) givenBefore(si int) bool {
	for sj := max(0, si-2); sj < si; sj++ {
		if a.stats.sentCls[sj]&(1<<cTrigger|1<<cDeliveryPast) != 0 {
			return true
		}
		s := a.sents[sj]
		for k := s.start; k < s.end; k++ {
			if adoptVerb(a.lw(k)) {
				return true
			}
		}
	}
	return false
}

// goodsLineBefore reports whether done holds a line of goods of actor
// code whose evidence starts before sentence si: the goods that "the
// tanks" takes up were told as given.
func (a *analysis) goodsLineBefore(done []news.Commitment, code string, si int) bool {
	at := a.toks[a.sents[si].start].start
	for i := range done {
		if done[i].Actor == code && done[i].Kind == news.KindEquipment && done[i].Start < at {
			return true
		}
	}
	return false
}

// lineOfIn reports whether done holds a line of actor code whose evidence
// starts in sentence si.
func (a *analysis) lineOfIn(done []news.Commitment, code string, si int) bool {
	s := a.sents[si]
	from, to := a.toks[s.start].start, a.toks[s.end-1].end
	for i := range done {
		if done[i].Actor == code && done[i].Start >= from && done[i].Start < to {
			return true
		}
	}
	return false
}

// othersGoodsBetween reports whether the nearest sentence of the two
// before si that counts goods has no line of actor code: the goods that
// "the tanks" takes up are another's.
func (a *analysis) othersGoodsBetween(si int, code string, done []news.Commitment) bool {
	for bj := si - 1; bj >= 0 && bj >= si-2; bj-- {
		for _, o := range a.quantsOf(bj) {
			if o.sent == bj && o.kind == news.KindEquipment {
				return !a.lineOfIn(done, code, bj)
			}
		}
	}
	return false
}
