package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Cues of status of unseen news: handing over that has begun, goes on or
// is already done whatever the tense says (a start of giving, roll-overs,
// ongoing supply, a present state, a past passive, a headline of
// receiving or arrival).

// rolledOver reports a roll-over in the window w of frame f, or in the
// clause after its anchor: "has rolled over a $2 billion loan", "the loan
// has been rolled over", "will roll over $3 billion in deposits", "a
// rollover of the deposit". What is rolled over was given before:
// delivered, even in the future.
func (a *analysis) rolledOver(f *frame, w span) (string, bool) {
	end := w.end
	if si := a.sentOfToken(max(w.start, 0)); si >= 0 {
		if end <= a.sents[si].end && !a.sentHas(si, wRollOver) {
			return "", false // the words read below all lie in sentence si
		}
		end = max(end, a.sents[si].end) // "a loan from China has been rolled over"
	}
	for k := max(w.start, 0); k < end && k < len(a.toks); k++ {
		// not another clause after the anchor: "…, and the bank rolled over its loan"
		if k >= f.anchor.end && (a.has(k, cClauseBreak) || a.tx(k) == ";" || a.tx(k) == ",") {
			break
		}
		switch a.lw(k) {
		case "rollover", "roll-over", "rolled-over":
			return a.tx(k), true
		case "roll", "rolls", "rolled", "rolling":
			if k+1 < len(a.toks) && a.lw(k+1) == "over" {
				return a.tx(k) + " over", true
			}
		}
	}
	return "", false
}

// depositExtended reports whether money quantity q names deposits that
// the frame's verb extends or rolls over: "extends $1bn oil facility, $5bn
// deposits", "extended $2 billion in deposits". Deposits already placed
// with a central bank are delivered; a new deposit ("will deposit $3
// billion") is not named after its amount and stays a pledge.
func (a *analysis) depositExtended(f *frame, q *quantity) bool {
	if q.kind != news.KindMoney || f.anchor.end <= f.anchor.start || f.anchor.start >= len(a.toks) {
		return false
	}
	switch a.lw(f.anchor.start) {
	case "extend", "extends", "extended", "extending":
	default:
		return false
	}
	k := q.end
	if k < len(a.toks) && a.lw(k) == "in" {
		k++
	}
	return k < len(a.toks) && (a.lw(k) == "deposit" || a.lw(k) == "deposits")
}

// continuedGiving reports a verb of handing over after a verb of going
// on or in the perfect progressive, not under a modal or a promise: "the
// US continues to supply weapons", "Germany has continued to send
// ammunition", "continued providing generators", "has been supplying
// tanks". Supply that goes on has been handed over; "will
// continue to send", "pledged to continue supplying" promise it.
func (a *analysis) continuedGiving(f *frame) (string, bool) {
	k := f.anchor.start
	if f.rule == rulePassive || len(f.actors) == 0 || k < 1 || k >= len(a.toks) {
		return "", false
	}
	prev := k - 1
	if a.lw(prev) == "to" {
		prev--
	} else if !a.ingForm(k) {
		return "", false
	} else if a.lw(prev) == "and" {
		// a second participle of the same progressive: "has been sending
		// aid to Ukraine and contributing to its reconstruction"
		if j, ok := a.sharedProgressive(prev, f.window.start); ok {
			prev, k = j, j+1
		}
	}
	if prev < 0 || prev < f.window.start {
		return "", false
	}
	switch a.lw(prev) {
	case "continues", "continue", "continued":
	case "been":
		// a perfect progressive: "Britain has been supplying tanks",
		// "NATO has been leading the operation since 1999"
		if a.lw(k-1) != "been" || prev < 1 || !a.has(prev-1, cPerfectAux) {
			return "", false
		}
	default:
		return "", false
	}
	if a.irrealis(f.window.start, prev) {
		return "", false
	}
	return a.tx(prev) + " " + a.tx(k), true
}

// ingForm reports whether token k is a word that ends in "ing".
func (a *analysis) ingForm(k int) bool {
	w := a.lw(k)
	return len(w) > 4 && w[len(w)-3:] == "ing"
}

// pastPassiveAux reports whether token k is the auxiliary of a past
// passive ("were provided", "has been delivered", "had been sent", "were
// being dispatched"), not
// under a modal ("will have been sent", "could have been given").
func (a *analysis) pastPassiveAux(k int) bool {
	if k < 0 {
		return false
	}
	switch a.lw(k) {
	case "was", "were":
		return true
	case "being":
		// "were being dispatched on Monday"
		return k >= 1 && (a.lw(k-1) == "was" || a.lw(k-1) == "were")
	case "been":
		if k < 1 || !a.has(k-1, cPerfectAux) {
			return false
		}
		return k < 2 || !a.has(k-2, cIrrealis)
	}
	return false
}

// receivedHeadline reports a headline whose verb of receiving stands before
// the thing received, its giver after "from" ("Moldova Receives 20
// Armoured Vehicles From Germany"), or whose verb of arrival follows the
// giver ("Twenty Ambulances From Japan Arrive In Armenia"). What is
// received or arrives in a headline is handed over; a pledge received
// ("Receives Pledge Of …") or an arrival to come ("… set to arrive") is
// not.
func (a *analysis) receivedHeadline(f *frame) (string, bool) {
	if f.rule != ruleFrom || !a.headline(f.anchor.start) {
		return "", false
	}
	si := a.sentOfToken(f.anchor.start)
	if si < 0 {
		return "", false
	}
	for k := a.sents[si].start; k < f.anchor.start; k++ {
		switch a.lw(k) {
		case "receives", "receive", "gets", "get":
			for j := k + 1; j < f.anchor.start && j <= k+3; j++ {
				if a.has(j, cTriggerNoun) {
					return "", false
				}
			}
			return "headline " + a.tx(k), true
		}
	}
	// "Twenty Ambulances From Japan Arrive In Armenia"
	for k := f.anchor.end; k < a.sents[si].end; k++ {
		switch a.lw(k) {
		case "arrive", "arrives", "land", "lands", "reach", "reaches":
			if a.irrealis(f.anchor.end, k) {
				return "", false
			}
			return "headline " + a.tx(k), true
		}
	}
	return "", false
}

// currentState reports "currently" or "presently" before the anchor in
// the frame's clause, with no modal, infinitive or hedge after it and not
// before a progressive: "the force currently includes troops from Kenya",
// "Italy currently has 1,000 soldiers in Lebanon". A present state is in
// place: delivered. "is currently preparing to send", "currently plans to
// send", "is currently negotiating a loan" are not.
func (a *analysis) currentState(f *frame) (string, bool) {
	si := a.sentOfToken(f.anchor.start)
	if si < 0 || f.rule == rulePassive {
		return "", false
	}
	for k := f.anchor.start - 1; k >= a.sents[si].start && k >= f.anchor.start-12; k-- {
		if a.has(k, cClauseBreak) || a.tx(k) == ";" || a.tx(k) == "," {
			return "", false // "Germany, which currently chairs the group, pledged …"
		}
		switch a.lw(k) {
		case "currently", "presently":
			if k+1 < len(a.toks) && a.ingForm(k+1) && a.lw(k+1) != "serving" {
				return "", false
			}
			if a.irrealis(k+1, f.anchor.end) {
				return "", false
			}
			return a.tx(k), true
		}
	}
	return "", false
}

// begunGiving reports a verb of handing over whose start is told in the
// past: "Portugal began delivering tanks", "has started to deploy
// troops", "resumed sending", a headline "Portugal begins sending
// tanks". A start still to come ("will begin
// delivering", "plans to start sending") is not: its verb is not a past.
func (a *analysis) begunGiving(f *frame) (string, bool) {
	k := f.anchor.start
	if f.rule == rulePassive || len(f.actors) == 0 || k < 1 || k >= len(a.toks) {
		return "", false
	}
	prev := k - 1
	if a.lw(prev) == "to" {
		prev--
	} else if !strings.HasSuffix(a.lw(k), "ing") {
		return "", false
	}
	for prev > f.window.start && (a.lw(prev) == "already" || a.lw(prev) == "now" || a.lw(prev) == "also") {
		prev--
	}
	if prev < 0 || prev < f.window.start {
		return "", false
	}
	switch a.lw(prev) {
	case "began", "begun", "started", "commenced", "resumed":
	case "begins", "starts", "resumes", "begin", "start", "resume":
		// a headline in the present: "Portugal begins sending tanks"
		if !a.headline(prev) {
			return "", false
		}
	default:
		return "", false
	}
	if a.irrealis(f.window.start, prev) {
		return "", false
	}
	return a.tx(prev) + " " + a.tx(k), true
}
