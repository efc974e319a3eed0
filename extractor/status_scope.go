package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// The scope of a status cue: which verb phrase a negation, "already", a
// verb of giving or a hedge belongs to ("will not withdraw them" keeps
// the troops, "has given its approval" gives no goods, "whether it can
// send" weighs, "already joined the initiative" promises), and the
// status a list takes from the lead of the text.

// leadStatus returns the status that the lead of the text (its first
// three sentences, before sentence si) gives the frame of a bullet when
// the lead names actor code: a list of goods under a header without a
// verb details the gift the lead tells ("Germany sends new aid package
// to Ukraine" … "The new package includes:"). A refusal or a hedge in
// the lead, or no lead with the actor, gives "" (no forced status).
func (a *analysis) leadStatus(f *frame, code string, si int) news.Status {
	for sj := 0; sj < 3 && sj < si; sj++ {
		named := false
		for _, am := range a.actorsOf(a.sents[sj]) {
			named = named || am.code == code
		}
		if !named {
			continue
		}
		g := *f
		g.forced = ""
		ok := a.headerStatus(&g, a.sents[sj], a.sents[sj].end)
		if ok && (g.forced == news.StatusPledged || g.forced == news.StatusDelivered) {
			return g.forced
		}
	}
	return ""
}

// negatedLeave reports a negation cue m ("will not", "won't", "has no
// plans", "never") followed, past "be", "been", "to" and adverbs, by a
// verb of taking back ("withdraw", "withdrawn", "pull out", "cut",
// "reduce", "leave"), after the frame's anchor: "has 300 troops in
// Romania and will not withdraw them", "the 900 troops will not be
// withdrawn", "has no plans to cut its aid". What is not taken back
// stays: the cue is no refusal. It returns the end of the verb. A
// withdrawal verb that is the anchor itself is read by negatedAnchor.
func (a *analysis) negatedLeave(m match, f *frame) (int, bool) {
	if m.start < f.anchor.end {
		return 0, false
	}
	switch strings.ToLower(a.text[a.toks[m.start].start:a.toks[m.end-1].end]) {
	case "will not", "won't", "would not", "wouldn't", "no plans", "no plan", "no intention", "never", "does not intend", "do not intend", "did not intend":
	default:
		return 0, false
	}
	k := m.end
	for k < len(a.toks) && k < m.end+4 && (a.lw(k) == "be" || a.lw(k) == "been" || a.lw(k) == "to" || a.lw(k) == "not" || a.lw(k) == "of" || hasLySuffix(a.lw(k))) {
		k++
	}
	if k >= len(a.toks) {
		return 0, false
	}
	switch a.lw(k) {
	case "withdraw", "withdrawn", "withdrawing", "leave", "leaving", "cut", "cutting", "reduce", "reduced", "reducing", "recall", "recalled":
		return k + 1, true
	case "pull", "pulled", "pulling", "bring", "brought":
		if k+1 < len(a.toks) && (a.lw(k+1) == "out" || a.lw(k+1) == "back" || a.lw(k+1) == "home") {
			return k + 2, true
		}
	}
	return 0, false
}

// givenConsent reports a verb of giving m ("has given", "gave") whose
// object is a consent, not the goods: "has given its approval for the
// delivery of 18 tanks", "gave the green light to send troops", "has
// granted permission to re-export". The goods are promised: pledged.
func (a *analysis) givenConsent(m match) bool {
	switch a.lw(m.start) {
	case "given", "gave", "granted":
	default:
		return false
	}
	k := m.end
	for k < len(a.toks) && k < m.end+3 {
		switch a.lw(k) {
		case "its", "the", "a", "their", "his", "her", "final", "formal", "official":
			k++
			continue
		case "approval", "permission", "go-ahead", "consent", "nod", "assurance", "assurances", "guarantee", "guarantees",
			"authorisation", "authorization", "clearance", "backing", "blessing":
			return true
		case "green":
			return k+1 < len(a.toks) && a.lw(k+1) == "light"
		}
		return false
	}
	return false
}

// whetherSubject reports a frame whose subject (its pronoun, or its
// actor right before the anchor's verb phrase) opens a clause after
// "whether": "is assessing whether it can send more howitzers", "it is
// unclear whether Germany will send tanks". What is asked is weighed:
// considering.
func (a *analysis) whetherSubject(f *frame) bool {
	start := -1
	switch {
	case f.anaphor.end > f.anaphor.start:
		start = f.anaphor.start
	case len(f.actors) == 1 && f.actors[0].start < f.anchor.start:
		start = f.actors[0].start
	}
	if start < 1 {
		return false
	}
	k := start - 1
	if a.lw(k) == "the" && k >= 1 {
		k-- // "whether the Netherlands will send"
	}
	return a.lw(k) == "whether"
}

// joinedInitiative reports an anchor of joining or signing ("joined",
// "signed") whose object, within four tokens, is an initiative, a
// coalition or a written undertaking: "have already joined the
// initiative", "has signed the declaration". Joining promises a share:
// "already" and "so far" do not make it handed over.
func (a *analysis) joinedInitiative(f *frame) bool {
	k := f.anchor.start
	switch a.lw(k) {
	case "joined", "join", "joins", "joining", "signed", "sign", "signs", "signing":
	default:
		return false
	}
	for j := f.anchor.end; j < len(a.toks) && j < f.anchor.end+4; j++ {
		switch a.lw(j) {
		case "initiative", "initiatives", "coalition", "coalitions", "declaration", "pact", "memorandum", "agreement", "scheme", "framework", "alliance":
			return true
		}
	}
	return false
}

// sharedProgressive finds, before the "and" at token and (back to token
// from, within 12 tokens and in one clause), the "been" of a perfect
// progressive whose participle the participle after "and" shares: "has
// been sending humanitarian aid to Ukraine and contributing to its
// reconstruction". It returns the index of "been".
func (a *analysis) sharedProgressive(and, from int) (int, bool) {
	for j := and - 1; j >= from && j >= and-12 && j >= 1; j-- {
		if a.toks[j].kind == tPunct && a.tx(j) != "," || a.has(j, cClauseBreak) {
			return 0, false
		}
		if a.lw(j) == "been" && a.has(j-1, cPerfectAux) && j+1 < and && a.ingForm(j+1) {
			return j, true
		}
	}
	return 0, false
}

// ruleStatusPackage: what a package holds takes the status of the
// package: a delivery or a shipment that "included" goods, a package
// that "arrived", or a package handed over in the sentence before ("The
// US delivered a new aid package last week. The package included 20
// Bradley vehicles"): delivered.
const ruleStatusPackage = "status.package-handed-over"

// packageHandedOver reports a frame of the contents of a package
// (rulePackage) whose package is handed over: its head is a noun of
// delivery ("the latest delivery from Germany contained 18 tanks",
// "Germany's shipment includes …"), its subject tells an arrival ("the
// shipment from Japan, which arrived on Monday, included …"), or the
// subject is "it" or "the"/"this" and a head, and the sentence before
// hands over a package ("Germany handed over a new package on Monday.
// It included 18 Leopard tanks"). Not after a modal or a hedge, nor for
// a package still to come ("the next delivery", "the planned
// shipment"). It returns the cue.
func (a *analysis) packageHandedOver(f *frame, q *quantity) (string, bool) {
	if f.rule != rulePackage || q.sent < 0 || q.sent >= len(a.sents) {
		return "", false
	}
	s := a.sents[q.sent]
	link := f.anchor.start
	if link <= s.start || link >= s.end || a.irrealis(s.start, link) {
		return "", false
	}
	head := -1
	for j := s.start; j < link; j++ {
		switch a.lw(j) {
		case "next", "upcoming", "future", "planned", "proposed", "promised", "pledged", "announced", "new", "expected":
			if a.lw(j) != "new" || !deliveryNoun(a.lw(j+1)) {
				return "", false // "the next delivery will …", "the new package includes": to come
			}
		case "arrived", "landed", "reached":
			return a.tx(j), true // "the shipment from Japan, which arrived on Monday, included …"
		}
		if packageHeads[a.lw(j)] || deliveryNoun(a.lw(j)) || a.lw(j) == "it" && j == s.start {
			head = j
		}
	}
	if head < 0 {
		return "", false
	}
	if deliveryNoun(a.lw(head)) {
		return a.tx(head) + " " + a.tx(link), true
	}
	if q.sent == 0 || head != s.start && a.lw(s.start) != "the" && a.lw(s.start) != "this" {
		return "", false
	}
	// the sentence before hands over a package: "… handed over a new package"
	p := a.sents[q.sent-1]
	if a.stats.sentCls[q.sent-1]&(1<<cDeliveryPast) == 0 {
		return "", false
	}
	for k := p.start; k < p.end; k++ {
		if a.has(k, cIrrealis, cConsidering, cDeclined) && a.lw(k) != "to" {
			return "", false
		}
		if !a.has(k, cDeliveryPast) || a.toks[k].kind != tWord || a.upper(k) || k > p.start && (a.lw(k-1) == "to" || a.lw(k-1) == "be" || a.lw(k-1) == "is" || a.lw(k-1) == "are") {
			continue
		}
		for j := k + 1; j < p.end && j <= k+6; j++ {
			if packageHeads[a.lw(j)] || deliveryNoun(a.lw(j)) {
				return a.tx(k) + " " + a.tx(j), true
			}
		}
	}
	return "", false
}

// deliveryNoun reports whether w is a noun of goods on their way or
// handed over: "delivery", "shipment", "consignment", "cargo".
func deliveryNoun(w string) bool {
	switch w {
	case "delivery", "deliveries", "shipment", "shipments", "consignment", "consignments", "cargo":
		return true
	}
	return false
}

// helpedWith reports a past of a verb of help at token k with "with"
// after it, within six tokens and before end: "has supported Ukraine
// with €28 billion", "assisted the country with $50 million". The sum
// the help came with was given.
func (a *analysis) helpedWith(k, end int) bool {
	switch a.lw(k) {
	case "supported", "assisted", "helped", "aided":
	default:
		return false
	}
	for j := k + 1; j < end && j < k+7 && j < len(a.toks); j++ {
		if a.lw(j) == "with" {
			return true
		}
		if a.toks[j].kind == tPunct {
			return false
		}
	}
	return false
}
