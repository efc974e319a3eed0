package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleOffersOf names the support of the givers after "from" behind a
// noun of offering or promising and a kind of support: "offers of
// assistance from Spain, the UK and Qatar", "initial promises of
// logistical support from the United States".
const ruleOffersOf = "support.offers-of"

// offersOfFrames finds a noun of offering or promising ("offers",
// "promises", "pledges"), "of", a kind of support of the sentence (also
// the bare "assistance", "support", "help") and "from" with a list of
// countries: one support line per country, considering after an offer,
// pledged after a promise or a pledge or an offer accepted. Countries that already have a
// support line in the sentence (committed) get none; a group ("from
// donor countries") gives none; a sentence with a money amount of the
// same giver is left to the money frames (dropGenericSupport drops the
// generic line beside it).
func (a *analysis) offersOfFrames(emit func(frame, quantity, string), committed func(actor string, start int) bool) {
	emit = a.unlessQuestion(a.unlessSupported(emit, committed))
	for si, s := range a.sents {
		if a.stats.sentCls[si]&(1<<cSupportNoun) == 0 && !a.sentHas(si, wHelpHead) {
			continue
		}
		for k := s.start; k+3 < s.end; k++ {
			status, ok := offerNoun(a.lw(k))
			if !ok || a.lw(k+1) != "of" {
				continue
			}
			q, ok := a.offeredSupportAt(k+2, si)
			if !ok || q.end >= s.end || a.lw(q.end) != "from" {
				continue
			}
			var actors []actorMention
			for _, am := range a.listAt(q.end+1, s) {
				if len(am.code) == 2 && am.cls != cGroup && !a.modifiesGroup(am, s) {
					actors = append(actors, am)
				}
			}
			if len(actors) == 0 {
				continue
			}
			if status == news.StatusConsidering && a.acceptedBefore(k, s) {
				status = news.StatusPledged // "accepted offers of assistance from …": agreed
			}
			last := actors[len(actors)-1].end
			f := frame{actors: actors, anchor: span{k, k + 1}, rule: ruleOffersOf, conf: 0.55,
				window: span{k, last}, forced: status}
			q.sent = si
			emit(f, q, q.item)
			k = last - 1
		}
	}
}

// offerNoun returns the status of a noun of offering or promising:
// considering for an offer, pledged for a promise or a pledge.
func offerNoun(w string) (news.Status, bool) {
	switch w {
	case "offer", "offers":
		return news.StatusConsidering, true
	case "promise", "promises", "pledge", "pledges":
		return news.StatusPledged, true
	}
	return "", false
}

// offeredSupportAt returns the kind of support of sentence si that
// starts at token k or up to three words later ("initial", "financial
// and logistical support"), or a bare "assistance", "support" or "help"
// at k.
func (a *analysis) offeredSupportAt(k, si int) (quantity, bool) {
	s := a.sents[si]
	for _, q := range a.quantsOf(si) {
		if q.sent != si || q.kind != news.KindSupport || q.start < k || q.start > k+3 {
			continue
		}
		words := true
		for j := k; j < q.start; j++ {
			if a.toks[j].kind != tWord || a.has(j, cClauseBreak) || a.actorAt[j] >= 0 {
				words = false
			}
		}
		if words {
			return q, true
		}
	}
	if k < s.end && a.tokHas(k, wHelpHead) {
		return quantity{span: span{k, k + 1}, kind: news.KindSupport, sent: si, item: a.lw(k)}, true
	}
	return quantity{}, false
}

// acceptedBefore reports whether a form of "accept" or "acceptance"
// stands in the three tokens before token k of sentence s: "accepted
// offers of help", "its acceptance of offers of assistance".
func (a *analysis) acceptedBefore(k int, s span) bool {
	for p := max(s.start, k-3); p < k; p++ {
		switch a.lw(p) {
		case "accept", "accepts", "accepted", "accepting", "acceptance":
			return true
		}
	}
	return false
}
