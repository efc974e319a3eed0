package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// status decides the status of a commitment from the cues in f.window.
func (a *analysis) status(f *frame) (news.Status, string) {
	if f.forced != "" {
		return f.forced, ""
	}
	w := f.window
	if f.rule == ruleBullet && f.anchor.end <= w.start {
		// a bullet is its own clause: "• Four jets that have landed in Cyprus"
		if si := a.sentOfToken(w.start); si >= 0 {
			w.end = a.sents[si].end
		}
	}
	var considering, delivered string
	// cues of another clause do not count: after "but", "while" … before
	// the anchor, or inside commas between the actor and the anchor
	// ("Germany, which has led the force since 2006, will contribute",
	// "Macron, never one to be outbid, promised")
	skipFrom, skipTo := -1, -1
	for k := w.start; k < f.anchor.start && k < w.end; k++ {
		if a.has(k, cClauseBreak) && !a.adverbYet(k) {
			w.start = k + 1
		}
		// a verb phrase of its own before the anchor's: "the UK was
		// already the largest supplier and had earmarked £200 million"
		if a.lw(k) == "and" && k > w.start && (k+1 == f.anchor.start || a.has(k+1, cPerfectAux, cIrrealis) && a.actorAt[k+1] < 0) {
			w.start = k + 1
		}
	}
	if len(f.actors) > 0 {
		last := f.actors[len(f.actors)-1].end
		if last < f.anchor.start && last >= w.start && a.tx(last) == "," {
			for k := f.anchor.start - 1; k > last; k-- {
				if a.tx(k) == "," {
					skipFrom, skipTo = last, k
					break
				}
			}
		}
	}
	// "has not yet sent the 200 troops it promised": promised, still to come
	if a.notYetAnchor(f.anchor.start, w.start) {
		return news.StatusPledged, "not yet"
	}
	// "is not supplying weapons", "its commitment to not sending
	// soldiers", "Nor will Chile provide …"
	if a.negatedAnchor(f.anchor.start, w.start) || a.norBefore(w.start) {
		return news.StatusDeclined, "not"
	}
	// "… 1,500 troops stationed there will start withdrawing", "its last
	// troops had withdrawn": the troops themselves leave
	if cue, ok := a.troopsLeave(f); ok {
		return news.StatusDeclined, cue
	}
	future := a.futureAnchor(f.anchor.start, w.start)
	covered := -1 // the end of a hedge that holds a cue of refusal: "not ruling out"
	promise := a.promiseVerb(f.anchor.start)
	contrast := false // past "but", "while" … after the anchor: "had pledged 200 troops but has so far sent only 50"
	for k := w.start; k < w.end && k < len(a.toks); k++ {
		if k >= skipFrom && k <= skipTo || k < covered {
			continue
		}
		if k >= f.anchor.end && a.has(k, cClauseBreak) && !a.adverbYet(k) {
			contrast = true
			// "sent 200 troops, but refused to send tanks": a contrast
			// with a verb of giving of its own is another commitment
			if si := a.sentOfToken(k); si >= 0 && a.ownGivingVerb(k+1, a.sents[si].end) {
				break
			}
		}
		if k > f.anchor.end && a.otherPredicate(k, f.anchor.end) {
			break
		}
		// "Chile pledged 300 troops, but Peru backtracked": past a
		// contrast, another country's subject has cues of its own
		if contrast && a.otherActorSubject(f, k) {
			break
		}
		// a relative clause with its own subject after the anchor: "the
		// 370 troops that Austria is withdrawing"
		if k > f.anchor.end && (a.lw(k) == "that" || a.lw(k) == "which") && k+1 < len(a.toks) &&
			(a.actorAt[k+1] >= 0 || a.lw(k+1) == "the" && k+2 < len(a.toks) && a.actorAt[k+2] >= 0) {
			break
		}
	cues:
		for _, m := range a.ann[k] {
			if m.end > w.end+3 {
				continue
			}
			cue := a.text[a.toks[m.start].start:a.toks[m.end-1].end]
			switch m.class {
			case cDeclined:
				// "have not arrived yet", "has not yet been delivered": promised, not refused
				if end, ok := a.notYetDelivered(m.end, w.end); ok {
					covered = max(covered, end)
					break cues
				}
				// "the weapons it has supplied cannot be used to strike …"
				// ("would not say how many": no refusal to give)
				if a.limitOfUse(m.end) || a.refusedToSay(m.end) {
					covered = max(covered, m.end+2)
					break cues
				}
				return news.StatusDeclined, cue
			case cConsidering:
				if a.monthMay(m.start) || a.scheduledArrival(m, f) || a.hedgeModifier(m) {
					continue
				}
				if considering == "" {
					considering = cue
				}
				covered = max(covered, m.end)
				break cues
			case cDelivered:
				// "has so far pledged", "committed in total": a sum of
				// promises, not of deliveries
				if promise && cumulativeCue(cue) {
					continue
				}
				if delivered == "" && !future && !contrast {
					delivered = cue
				}
			}
		}
		// "since 2022", "since February 2022", "since the full-scale
		// invasion in 2022": cumulative giving
		if a.lw(k) == "since" && delivered == "" && !future && !contrast && !promise && a.sinceStart(k) {
			delivered = "since"
		}
	}
	// "Japan has sent no weapons"
	if cue, ok := a.noObject(f); ok {
		return news.StatusDeclined, cue
	}
	// "sending a contingent … is not on the agenda"
	if st, cue, ok := a.subjectPredicate(f); ok {
		return st, cue
	}
	// "…, but officials have since walked that back"
	if cue, ok := a.retracted(f); ok {
		return news.StatusDeclined, cue
	}
	if considering == "" && a.conditional(f) {
		considering = "if"
	}
	// "Fiji offered more than 500 troops": an offer of a number waits
	// for its acceptance
	if considering == "" && a.offersNumber(f) {
		considering = a.tx(f.anchor.start)
	}
	if considering != "" {
		return news.StatusConsidering, considering
	}
	// "will roll over $3 billion in deposits": given before
	if cue, ok := a.rolledOver(f, w); ok {
		return news.StatusDelivered, cue
	}
	if delivered != "" {
		return news.StatusDelivered, delivered
	}
	// a list line: "Poland: 550 power generators delivered"
	if f.rule == ruleList {
		for k := f.anchor.end; k < w.end; k++ {
			if m, ok := a.longest(k, w.end, cDeliveryPast); ok && !a.irrealis(f.anchor.end, k) {
				return news.StatusDelivered, a.text[a.toks[m.start].start:a.toks[m.end-1].end]
			}
		}
	}
	if cue, ok := a.deliveredNow(f); ok {
		return news.StatusDelivered, cue
	}
	// "Portugal's deployment of 200 troops to Romania began in March"
	if f.rule == ruleNoun && f.anchor.end == f.anchor.start+1 {
		switch a.lw(f.anchor.start) {
		case "deployment", "dispatch", "delivery", "deliveries", "transfer", "handover", "shipment":
			if si := a.sentOfToken(f.anchor.start); si >= 0 && a.nounBegun(f.anchor.end, a.sents[si]) {
				return news.StatusDelivered, "begun"
			}
		}
	}
	// "Portugal began delivering tanks", "has started to deploy troops":
	// the handing over is under way
	if cue, ok := a.begunGiving(f); ok {
		return news.StatusDelivered, cue
	}
	// "the US continues to supply weapons": supply goes on
	if cue, ok := a.continuedGiving(f); ok {
		return news.StatusDelivered, cue
	}
	// "the force currently includes troops from Kenya"
	if cue, ok := a.currentState(f); ok {
		return news.StatusDelivered, cue
	}
	// "Moldova Receives 20 Armoured Vehicles From Germany"
	if cue, ok := a.receivedHeadline(f); ok {
		return news.StatusDelivered, cue
	}
	// "Slovakia supported Kyiv by providing howitzers": the past of the verb before "by"
	if cue, ok := a.pastBy(f); ok {
		return news.StatusDelivered, cue
	}
	// troops in place: "are stationed", "has 1,000 soldiers in UNIFIL"
	if f.rule == rulePresence && !a.irrealis(w.start, w.end) {
		return news.StatusDelivered, "presence"
	}
	// "has provided funding of $6.6 million": the perfect verb before a noun anchor
	if cue, ok := a.givenBeforeNoun(f); ok {
		return news.StatusDelivered, cue
	}
	// a past form of a verb of handing over, active or perfect: "Germany sent", "has provided"
	anchor := f.anchor.start
	if m, ok := a.longest(anchor, len(a.toks), cDeliveryPast); ok {
		prev := anchor - 1
		for prev > w.start && (strings.HasSuffix(a.lw(prev), "ly") || a.lw(prev) == "also" || a.lw(prev) == "already" || a.lw(prev) == "now") {
			prev--
		}
		switch {
		case f.rule == rulePassive:
			if prev >= 0 && a.has(prev, cPassiveAux) && a.lw(prev) != "be" && a.lw(prev) != "being" && a.lw(prev) != "is" && a.lw(prev) != "are" ||
				a.lw(prev) == "being" && a.pastPassiveAux(prev) {
				return news.StatusDelivered, a.tx(prev) + " " + a.tx(m.start)
			}
			// a reduced relative: "the patrol boats donated by China"; not
			// the agent of a future passive: "will be bolstered by 150
			// troops sent by Austria"
			if prev >= 0 && prev+1 == anchor && a.toks[prev].kind == tWord && !a.has(prev, cPassiveAux, cPerfectAux, cIrrealis, cStop) &&
				!a.irrealis(w.start, anchor) && !a.futureAgent(prev) && a.lw(m.start) != "given" && !a.exemplified(prev) {
				return news.StatusDelivered, a.tx(m.start)
			}
		case prev >= 0 && a.has(prev, cPerfectAux) && (prev == 0 || !a.has(prev-1, cIrrealis)):
			// not "will have deployed … by the end of the year"
			return news.StatusDelivered, a.tx(prev) + " " + a.tx(m.start)
		case prev+1 == anchor && a.pastPassiveAux(prev) && !a.irrealis(max(w.start, prev-2), prev):
			// a past passive whatever finds the giver: "1.6 million doses
			// were provided in August", "the loan has been disbursed"
			return news.StatusDelivered, a.tx(prev) + " " + a.tx(m.start)
		case len(f.actors) > 0 && a.lw(m.start) != "given" && !a.irrealis(max(f.actors[len(f.actors)-1].end, skipTo+1), anchor):
			// not past an aside between commas: "Portugal, unwilling to wait, sent"
			return news.StatusDelivered, a.tx(m.start)
		}
	}
	return news.StatusPledged, ""
}

// monthMay reports whether "May" at token k is the month ("in May",
// "May 2024", "12 May"), not the modal.
func (a *analysis) monthMay(k int) bool {
	if a.tx(k) != "May" {
		return false
	}
	if k+1 < len(a.toks) && a.toks[k+1].kind == tNum {
		return true
	}
	if k == 0 {
		return false
	}
	switch a.lw(k - 1) {
	case "last", "next", "this", "early", "late", "mid", "since", "until", "till", "in", "by", "from", "of", "on", "before", "after", "during", "end",
		"the", "a", "an", "its", "their", "his", "her": // "the May pledge"
		return true
	case "s":
		return k >= 2 && isApostropheText(a.tx(k-2)) // "Portugal's May pledge"
	}
	return a.toks[k-1].kind == tNum
}

// futureAgent reports whether the noun phrase that ends at token k is
// the agent of a future passive: "will be bolstered by 150 troops", "is
// to be joined by two ships". It walks back at most eight tokens to "by"
// and looks for a modal or "to" in the four tokens before it.
func (a *analysis) futureAgent(k int) bool {
	for j := k - 1; j > 0 && k-j <= 8; j-- {
		if a.toks[j].kind == tPunct && a.tx(j) != "," && a.tx(j) != "-" {
			return false
		}
		if a.lw(j) == "by" {
			return a.irrealis(max(0, j-4), j)
		}
	}
	return false
}

// irrealis reports whether a modal, a future or an infinitive marker lies
// in [from, to): "will send", "plans to send", "could have sent" are not
// deliveries.
func (a *analysis) irrealis(from, to int) bool {
	for k := max(0, from); k < to; k++ {
		if a.has(k, cIrrealis, cConsidering, cDeclined) {
			return true
		}
	}
	return false
}

func (d *doc) isYear(k int) bool {
	t := &d.toks[k]
	if t.kind != tNum || t.end-t.start != 4 {
		return false
	}
	s := d.text[t.start:t.end]
	return (s[0] == '1' && s[1] == '9') || (s[0] == '2' && s[1] == '0')
}

// ownGivingVerb reports whether a verb of giving lies in [from, to)
// before any quantity: the clause has its own object ("but refused to
// send tanks"), not a pronoun for the same one ("but may not send them").
func (a *analysis) ownGivingVerb(from, to int) bool {
	for k := from; k < to && k < len(a.toks); k++ {
		if a.has(k, cTrigger) {
			if k+1 < to {
				switch a.lw(k + 1) {
				case "them", "it", "those", "these", "any", "all":
					return false
				}
			}
			return true
		}
		if a.toks[k].kind == tNum {
			return false
		}
	}
	return false
}

// otherPredicate reports whether token k, after the anchor and a number
// after it, starts a predicate of its own whose modal is not the
// commitment's: a relative clause ("pledged 50 million euros that could
// be used for …", "which can …") or a second verb ("has sent 20 tanks
// and may send more").
func (a *analysis) otherPredicate(k, anchorEnd int) bool {
	if k+1 >= len(a.toks) {
		return false
	}
	w := a.lw(k)
	if w != "that" && w != "which" && w != "and" {
		return false // the words below, tested first: they are few
	}
	next := a.has(k+1, cIrrealis, cConsidering) || a.lw(k+1) == "can" ||
		// "and is ready to send more", "and has offered to …"
		k+2 < len(a.toks) && a.has(k+1, cPassiveAux, cPerfectAux) && a.has(k+2, cIrrealis, cConsidering, cDeclined)
	switch w {
	case "that", "which":
		return next && a.numberBetween(anchorEnd, k)
	case "and":
		return (next || a.has(k+1, cDeclined)) && a.numberBetween(anchorEnd, k)
	}
	return false
}

// numberBetween reports whether a number token lies in [from, to).
func (a *analysis) numberBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if a.toks[j].kind == tNum {
			return true
		}
	}
	return false
}

// promiseVerb reports whether token k is a verb of promising, whose sum
// "so far" or "to date" is still a promise: "has so far pledged",
// "have been pledged … so far", "committed in total", "has already
// allocated".
func (a *analysis) promiseVerb(k int) bool {
	if k < 0 || k >= len(a.toks) {
		return false
	}
	w := a.lw(k)
	for _, p := range []string{"pledg", "promis", "commit", "allocat", "earmark", "announc", "approv", "vow"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// cumulativeCue reports whether a cue of delivery only says that a sum
// has grown over time ("so far", "to date", "already", "in total"),
// not that anything was handed over.
func cumulativeCue(cue string) bool {
	switch strings.ToLower(cue) {
	case "so far", "to date", "already", "as of", "thus far", "since the start", "since the beginning",
		"since the outbreak", "cumulative", "in total":
		return true
	}
	return false
}

// notYetAnchor reports "not yet" right before the verb at token anchor
// (past "been"), after token from: "has not yet sent", "have not yet
// been delivered". What is not handed over yet is still promised.
func (a *analysis) notYetAnchor(anchor, from int) bool {
	k := anchor - 1
	if k > from && a.lw(k) == "been" {
		k--
	}
	return k-1 >= from && a.lw(k) == "yet" && (a.lw(k-1) == "not" || a.lw(k-1) == "n't")
}
