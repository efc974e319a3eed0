package extractor

// The features of a candidate pair (candidates.go) that the acceptance
// model weighs: all general (grammar, positions, lexicon classes, counts
// over the page), never a word list keyed to a sentence.

import (
	"math"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Indexes of the candidate features; candNames names them.
const (
	kfKindTroops = iota
	kfKindMoney
	kfKindEquip
	kfKindSupport
	kfHasNumber
	kfValueLog // log10 of the value, 0 without one
	kfActorAfter
	kfDist1 // token distance between actor and value, bucketed
	kfDist3
	kfDist7
	kfDist15
	kfDistFar
	kfActorBetween
	kfPrepFrom
	kfPrepBy
	kfPrepTo
	kfPrepFor
	kfPrepWith
	kfPrepOf
	kfPrepIn
	kfPrepOther // another location preposition
	kfTrigger   // the sentence's trigger classes
	kfDeliveryPast
	kfTriggerNoun
	kfSupportVerb
	kfJoinVerb
	kfReceive
	kfSale
	kfMoneyNoun
	kfTriggerBetween // a trigger between actor and value
	kfTriggerBefore  // a trigger before the value in the sentence
	kfNegation
	kfIrrealis
	kfHypothetical
	kfConsidering
	kfDeclined
	kfRequest
	kfCasualty
	kfReporting
	kfTotalVerb
	kfHeadline
	kfListLine
	kfQuote
	kfActorTop
	kfActorReceiver
	kfSentActors
	kfSentQuants
	kfValueUsed
	kfActorLinesPage
	kfActorLinesSent
	kfOtherLinesSent
	kfHowCountry
	kfHowDemonym
	kfHowMetonym
	kfHowLeader
	kfHowOrg
	kfHowPrior
	kfHowTop
	kfActorSubject
	kfActorReporter
	kfActorShare
	kfActorInitial
	kfValueInitial
	kfPrepped
	kfListed
	kfRank
	kfFrame     // the rules' frame selection finds a frame for the value
	kfFrameSame // … whose first actor is the candidate's
	kfBareDollar
	kfSentLen
	kfActorKindLines // rule lines of the actor and kind in the page
	kfActorRecipient // the actor is the recipient of a rule line of the page
	kfGiverNear      // the actor gives a rule line within two sentences
	kfKindInSent     // a rule line of the candidate's kind in the sentence
	kfSentCands      // candidates of the sentence
	kfCross          // the crossed features: candCross per kind, from here
	nCand            = kfCross + 4*len(candCross)
)

// candCross are the features also crossed with the kind (a copy per kind
// that is set only for candidates of that kind): the cues whose weight
// differs most between money, troops, goods and support.
var candCross = [...]int{kfSale, kfIrrealis, kfHypothetical, kfConsidering, kfDeclined, kfNegation, kfReceive,
	kfHeadline, kfQuote, kfActorTop, kfActorReceiver, kfActorKindLines, kfGiverNear, kfFrame, kfTriggerBetween, kfValueUsed}

// crossFrame is the index of kfFrame in candCross.
const crossFrame = 13

// candKinds name the kinds of the crossed features, in the order of the
// kind features.
var candKinds = [4]string{"troops", "money", "equipment", "support"}

// candNames names the candidate features, by index. Read only.
var candNames = func() [nCand]string {
	names := candBaseNames
	for k, kind := range candKinds {
		for j, f := range candCross {
			names[kfCross+k*len(candCross)+j] = kind + "×" + candBaseNames[f]
		}
	}
	return names
}()

// candBaseNames names the features below kfCross.
var candBaseNames = [nCand]string{
	kfKindTroops: "kind.troops", kfKindMoney: "kind.money", kfKindEquip: "kind.equipment", kfKindSupport: "kind.support",
	kfHasNumber: "value.number", kfValueLog: "value.log10", kfActorAfter: "actor.after",
	kfDist1: "dist.1", kfDist3: "dist.2-3", kfDist7: "dist.4-7", kfDist15: "dist.8-15", kfDistFar: "dist.16+",
	kfActorBetween: "actor.between",
	kfPrepFrom:     "prep.from", kfPrepBy: "prep.by", kfPrepTo: "prep.to", kfPrepFor: "prep.for", kfPrepWith: "prep.with",
	kfPrepOf: "prep.of", kfPrepIn: "prep.in", kfPrepOther: "prep.other",
	kfTrigger: "sent.trigger", kfDeliveryPast: "sent.delivery-past", kfTriggerNoun: "sent.trigger-noun",
	kfSupportVerb: "sent.support-verb", kfJoinVerb: "sent.join-verb", kfReceive: "sent.receive", kfSale: "sent.sale",
	kfMoneyNoun: "sent.money-noun", kfTriggerBetween: "trigger.between", kfTriggerBefore: "trigger.before-value",
	kfNegation: "cue.negation", kfIrrealis: "cue.irrealis", kfHypothetical: "cue.hypothetical",
	kfConsidering: "cue.considering", kfDeclined: "cue.declined", kfRequest: "cue.request", kfCasualty: "cue.casualty",
	kfReporting: "cue.reporting", kfTotalVerb: "cue.total",
	kfHeadline: "line.headline", kfListLine: "line.list", kfQuote: "line.quote",
	kfActorTop: "actor.top", kfActorReceiver: "actor.receiver", kfSentActors: "sent.actors", kfSentQuants: "sent.quantities",
	kfValueUsed: "value.used-other", kfActorLinesPage: "actor.lines-page", kfActorLinesSent: "actor.lines-sentence",
	kfOtherLinesSent: "other.lines-sentence",
	kfHowCountry:     "how.country", kfHowDemonym: "how.demonym", kfHowMetonym: "how.capital", kfHowLeader: "how.leader",
	kfHowOrg: "how.org", kfHowPrior: "how.prior-line", kfHowTop: "how.page-top",
	kfActorSubject: "actor.subject", kfActorReporter: "actor.reporter", kfActorShare: "actor.share",
	kfActorInitial: "actor.initial", kfValueInitial: "value.initial", kfPrepped: "value.prepped", kfListed: "value.listed",
	kfRank: "rank", kfFrame: "rules.frame", kfFrameSame: "rules.frame-same-actor", kfBareDollar: "money.bare-dollar",
	kfSentLen: "sent.length", kfActorKindLines: "actor.kind-lines-page", kfActorRecipient: "actor.recipient-of-lines",
	kfGiverNear: "actor.giver-near", kfKindInSent: "kind.lines-sentence", kfSentCands: "sent.candidates",
}

// CandidateFeatureNames returns the names of the candidate features, in
// order: the dense features of a candidate model (internal/calibrate).
func CandidateFeatureNames() []string { return append([]string(nil), candNames[:]...) }

// candFeat is the feature vector of a candidate.
type candFeat [nCand]float64

// candPage is what the features of a page's candidates read about the
// page: its most frequent non-receiver actor and the rule lines of each
// actor.
type candPage struct {
	top    string
	counts map[string]int
	// kinds counts the rule lines of each actor and kind, recipients
	// marks the recipients of rule lines.
	kinds      map[candActorKind]int
	recipients map[string]bool
	// lines are the rule lines of the page, in evidence order.
	lines []news.Commitment
}

// candActorKind is an actor and a kind.
type candActorKind struct {
	actor string
	kind  news.Kind
}

// newCandPage counts the rule lines of the page.
func (a *analysis) newCandPage(lines []news.Commitment) *candPage {
	pg := &candPage{counts: make(map[string]int, 8), kinds: make(map[candActorKind]int, 8), recipients: map[string]bool{}, lines: lines}
	if top, ok := a.pageActor(); ok {
		pg.top = top.code
	}
	for i := range lines {
		pg.counts[lines[i].Actor]++
		pg.kinds[candActorKind{lines[i].Actor, lines[i].Kind}]++
		if r := lines[i].Recipient; r != "" {
			pg.recipients[r] = true
		}
	}
	return pg
}

// giverNear reports whether a rule line of pg within two sentences of
// sentence si has actor code; li is the index of the first line of si
// or after it.
func (a *analysis) giverNear(pg *candPage, si, li int, code string) bool {
	lo := a.toks[a.sents[max(0, si-2)].start].start
	hi := a.toks[max(0, a.sents[min(len(a.sents)-1, si+2)].end-1)].end
	for i := li - 1; i >= 0 && pg.lines[i].Start >= lo; i-- {
		if pg.lines[i].Actor == code {
			return true
		}
	}
	for i := li; i < len(pg.lines) && pg.lines[i].Start < hi; i++ {
		if pg.lines[i].Actor == code {
			return true
		}
	}
	return false
}

// candFeatures fills x with the features of candidate c; here are the
// rule lines of c's sentence, li the index in pg.lines of the first;
// frameOK tells whether the rules' frame selection finds a frame for c's
// quantity, and frameActor is the code of its first actor.
func (a *analysis) candFeatures(c *candidate, here []news.Commitment, li int, pg *candPage, frameOK bool, frameActor string, x *candFeat) {
	*x = candFeat{}
	q, am := c.q, &c.am
	si := q.sent
	s := a.sents[si]
	switch q.kind {
	case news.KindTroops:
		x[kfKindTroops] = 1
	case news.KindMoney:
		x[kfKindMoney] = 1
	case news.KindEquipment:
		x[kfKindEquip] = 1
	default:
		x[kfKindSupport] = 1
	}
	if q.num != nil {
		x[kfHasNumber] = 1
		x[kfValueLog] = math.Log10(math.Max(1, q.num.value))
	}
	x[kfBareDollar] = b2f(q.bareDollar)
	x[kfPrepped] = b2f(q.prepped)
	x[kfListed] = b2f(q.listed)
	x[kfRank] = log1(c.rank)
	x[kfValueInitial] = b2f(q.start == s.start || q.start == s.start+1 && a.listLine(s))
	x[kfValueUsed] = b2f(c.valueUsed)
	// the sentence's classes: one mask per sentence
	if si < len(a.stats.sentCls) {
		m := a.stats.sentCls[si]
		bit := func(cl class) float64 { return b2f(m&(1<<cl) != 0) }
		x[kfTrigger], x[kfDeliveryPast], x[kfTriggerNoun] = bit(cTrigger), bit(cDeliveryPast), bit(cTriggerNoun)
		x[kfSupportVerb], x[kfJoinVerb], x[kfReceive], x[kfSale] = bit(cSupportVerb), bit(cJoinVerb), bit(cReceive), bit(cSale)
		x[kfMoneyNoun] = bit(cMoneyNoun)
		x[kfIrrealis], x[kfHypothetical], x[kfConsidering] = bit(cIrrealis), bit(cHypothetical), bit(cConsidering)
		x[kfDeclined], x[kfRequest], x[kfCasualty] = bit(cDeclined), bit(cRequestNoun), bit(cCasualty)
		x[kfReporting], x[kfTotalVerb] = bit(cReporting), bit(cTotalVerb)
	}
	x[kfNegation] = b2f(a.negatedSentence(si))
	x[kfHeadline] = b2f(s.start < a.stats.head)
	x[kfListLine] = b2f(a.listLine(s))
	x[kfQuote] = b2f(a.quoted(s.start, q.start))
	x[kfSentLen] = log1(s.end - s.start)
	if si < len(a.sentActors) {
		r := a.sentActors[si]
		x[kfSentActors] = log1(r.end - r.start)
	}
	if si < len(a.stats.sentQuants) {
		x[kfSentQuants] = log1(a.stats.sentQuants[si])
	}
	const triggers = 1<<cTrigger | 1<<cDeliveryPast | 1<<cTriggerNoun | 1<<cSupportVerb | 1<<cJoinVerb
	for k := s.start; k < q.start; k++ {
		if a.cls[k]&triggers != 0 {
			x[kfTriggerBefore] = 1
			break
		}
	}
	// the actor: how it was named and where it stands
	x[kfActorTop] = b2f(pg.top == am.code)
	x[kfActorReceiver] = b2f(a.receiverInText(am.code))
	if len(a.actors) > 0 {
		x[kfActorShare] = float64(a.stats.of(am.code).n) / float64(len(a.actors))
	}
	x[kfActorLinesPage] = log1(pg.counts[am.code])
	x[kfActorKindLines] = log1(pg.kinds[candActorKind{am.code, q.kind}])
	x[kfActorRecipient] = b2f(pg.recipients[am.code])
	x[kfGiverNear] = b2f(a.giverNear(pg, si, li, am.code))
	defer a.crossFeatures(x)
	n, other := 0, 0
	x[kfSentCands] = log1(c.inSent)
	for i := range here {
		if here[i].Kind == q.kind {
			x[kfKindInSent] = 1
		}
		if here[i].Actor == am.code {
			n++
		} else {
			other++
		}
	}
	x[kfActorLinesSent], x[kfOtherLinesSent] = log1(n), log1(other)
	switch {
	case c.how == howPrior:
		x[kfHowPrior] = 1
	case c.how == howTop:
		x[kfHowTop] = 1
	case am.code == "EU" || am.code == "NATO":
		x[kfHowOrg] = 1
	case am.cls == cDemonym:
		x[kfHowDemonym] = 1
	case am.cls == cMetonym:
		x[kfHowMetonym] = 1
	case am.cls == cLeader:
		x[kfHowLeader] = 1
	default:
		x[kfHowCountry] = 1
	}
	x[kfFrame] = b2f(frameOK)
	x[kfFrameSame] = b2f(frameOK && frameActor == am.code)
	if c.how != howNamed {
		return // no position in the sentence
	}
	x[kfActorSubject] = b2f(am.subject)
	x[kfActorReporter] = b2f(am.reporter)
	x[kfActorInitial] = b2f(am.start == s.start || am.start == s.start+1 && a.listLine(s))
	after := am.start >= q.end
	x[kfActorAfter] = b2f(after)
	d := gap(am.span, q.span)
	switch {
	case d <= 1:
		x[kfDist1] = 1
	case d <= 3:
		x[kfDist3] = 1
	case d <= 7:
		x[kfDist7] = 1
	case d <= 15:
		x[kfDist15] = 1
	default:
		x[kfDistFar] = 1
	}
	lo, hi := am.end, q.start
	if after {
		lo, hi = q.end, am.start
	}
	for k := lo; k < hi; k++ {
		if a.cls[k]&triggers != 0 {
			x[kfTriggerBetween] = 1
		}
		if j := a.actorAt[k]; j >= 0 && a.actors[j].code != am.code && a.actors[j].cls != cGroup {
			x[kfActorBetween] = 1
		}
	}
	// the preposition right before the actor ("the" between them aside)
	k := am.start - 1
	if k > s.start && a.lw(k) == "the" {
		k--
	}
	if k >= s.start {
		switch a.lw(k) {
		case "from":
			x[kfPrepFrom] = 1
		case "by":
			x[kfPrepBy] = 1
		case "to":
			x[kfPrepTo] = 1
		case "for":
			x[kfPrepFor] = 1
		case "with":
			x[kfPrepWith] = 1
		case "of":
			x[kfPrepOf] = 1
		case "in":
			x[kfPrepIn] = 1
		default:
			x[kfPrepOther] = b2f(a.has(k, cLocPrep))
		}
	}
}

// crossFeatures sets the crossed features of x from its kind and base
// features.
func (a *analysis) crossFeatures(x *candFeat) {
	for k := range candKinds {
		if x[kfKindTroops+k] == 0 {
			continue
		}
		for j, f := range candCross {
			x[kfCross+k*len(candCross)+j] = x[f]
		}
	}
}
