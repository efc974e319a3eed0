package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// The status of a commitment (pledged, delivered, considering, declined)
// from the cues in its frame's window: declined over considering over
// delivered over pledged, counting only cues of the frame's own clause.
// The cues are in status_cues.go (negation and doubt in
// status_negation.go), the tests on the verb phrase in status_verb.go,
// and the clause, condition and news rules in the other status_*.go
// files.

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
		if a.lw(k) == "and" && k > w.start && (k+1 == f.anchor.start && !a.sharedInfinitive(w.start, k, f.anchor.start) || a.has(k+1, cPerfectAux, cIrrealis, cConsidering, cDeclined) && a.actorAt[k+1] < 0 ||
			(a.lw(k+1) == "is" || a.lw(k+1) == "are") && a.has(k+2, cConsidering) && a.actorAt[k+1] < 0) {
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
		if cue, ok := a.negatedWithdrawal(f); ok { // "has not withdrawn its loans": kept
			return news.StatusDelivered, cue
		}
		return news.StatusDeclined, "not"
	}
	// "… 1,500 troops stationed there will start withdrawing", "its last
	// troops had withdrawn": the troops themselves leave
	if cue, ok := a.troopsLeave(f); ok {
		return news.StatusDeclined, cue
	}
	future := a.futureAnchor(f.anchor.start, w.start)
	covered := -1 // the end of a hedge that holds a cue of refusal: "not ruling out"
	// "have already joined the initiative": joining is a promise too
	promise := a.promiseVerb(f.anchor.start) || a.joinedInitiative(f)
	contrast := false // past "but", "while" … after the anchor: "had pledged 200 troops but has so far sent only 50"
	scheduled := ""   // "are expected to arrive": promised, not yet handed over
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
		ms := a.ann[k]
		if a.cls[k]&(1<<cDeclined|1<<cConsidering|1<<cDelivered) == 0 {
			ms = nil // no cue starts at k
		}
	cues:
		for _, m := range ms {
			// (only the three classes below are cues)
			if m.end > w.end+3 || m.class != cDeclined && m.class != cConsidering && m.class != cDelivered {
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
				// "has 300 troops there and will not withdraw them", "the
				// 900 troops will not be withdrawn": a negated taking back
				// keeps what is given
				if end, ok := a.negatedLeave(m, f); ok {
					covered = max(covered, end)
					break cues
				}
				// "left the capital on Tuesday for South Sudan": a departure
				// toward the mission (status_departure.go)
				if a.departureFor(m.end - 1) {
					covered = max(covered, m.end)
					break cues
				}
				// "the weapons it has supplied cannot be used to strike …",
				// "intended to send troops but would not say how many"
				if a.limitOfUse(m.end) || k >= f.anchor.end && (a.refusalToSay(m.end) || a.notIncluded(m.end)) {
					covered = max(covered, m.end+2)
					break cues
				}
				return news.StatusDeclined, cue
			case cConsidering:
				if a.scheduledArrival(m, f) {
					scheduled = cue // on its way, not yet there
					continue
				}
				if a.monthMay(m.start) || a.hedgeModifier(m) || a.hedgedTime(m, f) {
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
	// "Finland is assessing whether it can send more howitzers"
	if considering == "" && a.whetherSubject(f) {
		considering = "whether"
	}
	// "Fiji offered more than 500 troops": an offer of a number waits
	// for its acceptance
	if considering == "" && a.offersNumber(f) {
		considering = a.tx(f.anchor.start)
	}
	if considering != "" {
		return news.StatusConsidering, considering
	}
	if cue, ok := a.onStandby(f); ok { // "a battalion kept on standby consists of 600 troops"
		return news.StatusPledged, cue
	}
	// "will roll over $3 billion in deposits": given before
	if cue, ok := a.rolledOver(f, w); ok {
		return news.StatusDelivered, cue
	}
	if scheduled != "" && delivered == "" {
		// "the ammunition donated by Canada is expected to be in Ukraine
		// in the coming weeks": not the past of the participle
		return news.StatusPledged, scheduled
	}
	if delivered != "" {
		return news.StatusDelivered, delivered
	}
	// "has largely fulfilled its commitment to provide F-16s"
	if cue, ok := a.fulfilledPromise(f); ok {
		return news.StatusDelivered, cue
	}
	// a list line: "Poland: 550 power generators delivered"
	if f.rule == ruleList {
		for k := f.anchor.end; k < w.end; k++ {
			if m, ok := a.longest(k, w.end, cDeliveryPast); ok && !a.irrealis(f.anchor.end, k) {
				return news.StatusDelivered, a.text[a.toks[m.start].start:a.toks[m.end-1].end]
			}
		}
	}
	if cue, ok := a.announcedNow(f); ok { // "Britain says it is sending 1,200 troops"
		return news.StatusPledged, cue
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
	if cue, ok := a.toldDelivered(f); ok { // "NATO announced that 1,400 personnel have been deployed"
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
	// "made its first contribution of €10 million"
	if cue, ok := a.madeGift(f); ok {
		return news.StatusDelivered, cue
	}
	// "has delivered a portion of the promised jets", "boats provided under Japan's grant aid worth …"
	if cue, ok := a.governingPast(f); ok {
		return news.StatusDelivered, cue
	}
	// a past form of a verb of handing over, active or perfect: "Germany sent", "has provided"
	anchor := f.anchor.start
	if v, ok := a.verbBeforeNoun(f); ok { // "has provided funding of $6.6 million"
		anchor = v
	}
	m, ok := a.longest(anchor, len(a.toks), cDeliveryPast)
	if !ok && anchor < len(a.toks) && (a.lw(anchor) == "spent" || a.helpedWith(anchor, w.end)) && f.rule != rulePassive {
		// "has spent $66 billion on aid to Ukraine", "has supported Ukraine with €28 billion"
		m, ok = match{start: anchor, end: anchor + 1}, true
	}
	if ok {
		if a.pledgingEvent(f) { // "at the donor conference, Qatar contributed $500mn"
			return news.StatusPledged, "pledging event"
		}
		if a.givenConsent(m) { // "has given its approval for the delivery of 18 tanks"
			return news.StatusPledged, "consent"
		}
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
		case prev >= 0 && a.pastPassiveAux(prev) && !a.irrealis(max(w.start, prev-2), prev):
			// a past passive whatever finds the giver: "1.6 million doses
			// were provided in August", "the loan has been disbursed",
			// "€5 million was also transferred" (adverbs between)
			return news.StatusDelivered, a.tx(prev) + " " + a.tx(m.start)
		case len(f.actors) > 0 && a.lw(m.start) != "given" && !a.modalBetween(a.ownPredicateStart(f, max(f.actors[len(f.actors)-1].end, skipTo+1), anchor), anchor):
			// not past an aside between commas: "Portugal, unwilling to wait, sent"
			return news.StatusDelivered, a.tx(m.start)
		}
	}
	return news.StatusPledged, ""
}
