package extractor

// Lines under a list header that ends with a colon: a bullet that starts
// with the quantity and names no actor, whose committer is the header's
// owner or the last subject before it (bulletFrame, headerOwner), and a
// row of recipients under a header that names the donor (recipientRow),
// with the tests of what makes a line an item of such a list.

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// bulletFrame matches a bullet line that starts with the quantity and
// names no actor, under a header that ends with a colon ("The package
// includes:" then "- NOK 1.2 billion for air defence"): the committer is
// the last actor named as a subject before the header. A guess: review it.
func (a *analysis) bulletFrame(q *quantity, s span) (frame, bool) {
	ls := a.lineStart(s)
	// "(2) Relief goods: $0.6 million": money after the label of its line
	labelled := ls >= s.start && q.kind == news.KindMoney && q.num != nil && q.start != ls && q.start == a.afterLabel(ls, s)
	if ls < s.start || q.start != ls && !labelled || q.num == nil && !q.listed && (q.kind != news.KindEquipment || ls == s.start) {
		return frame{}, false // an uncounted item only after a bullet mark: "• Apache helicopters"
	}
	for _, am := range a.actorsOf(s) {
		if am.start < q.start && !labelled {
			return frame{}, false
		}
	}
	si := q.sent - 1
	for si >= 0 && a.listItem(si, q.kind) {
		si-- // earlier bullets of the same list
	}
	if si < 0 || !a.listHeaderEnd(si) {
		return frame{}, false
	}
	am, ok := a.headerOwner(si)
	if !ok {
		am, ok = a.headerAgent(si) // "The following aid will be provided by Japan:"
	}
	if !ok {
		am, ok = a.antecedent(si, 6)
	}
	name := ""
	if !ok && si+1 < len(a.sents) {
		// "…," the Japanese prime minister said. The package includes:":
		// the current donor, a speaker or a source
		am, ok = a.discourseDonor(si + 1)
		name = ruleDiscourseDonor
	}
	if !ok {
		return frame{}, false
	}
	if labelled && !a.labelOf(am, q, s) {
		return frame{}, false // "(3) Germany: €5 million": a country of its own
	}
	// "Ukraine will also receive:": the header's subject is the recipient;
	// the donor is the subject named before it
	recipient := ""
	if am.sent == si && a.moneyReceives(am, a.sents[si]) {
		recipient = am.code
		if am, ok = a.antecedentExcept(si, 6, recipient); !ok {
			return frame{}, false
		}
	}
	colon := a.sents[si].end - 1
	f := frame{actors: []actorMention{am}, anchor: span{colon, colon + 1}, rule: ruleBullet, window: span{q.start, q.end}, conf: 0.55, to: recipient}
	if q.listed {
		f.name = ruleListLine
	} else if name != "" {
		f.name = name
	}
	// a bullet without a cue of its own has the status of its header:
	// "Germany has also provided:" then "- 20 drones;" (delivered)
	if st, _ := a.status(&f); st == news.StatusPledged && recipient == "" {
		if !a.headerStatus(&f, a.sents[si], colon) && am.sent < si && !a.anyOf(a.sents[si], cReceive) {
			// "Germany has delivered more aid. The delivery consists of:":
			// a header without a verb has the status of the giver's sentence
			a.headerStatus(&f, a.sents[am.sent], a.sents[am.sent].end)
			if f.forced == news.StatusDeclined || f.forced == news.StatusConsidering {
				// "Scholz has refused Taurus missiles. The new package
				// includes:": a list of goods details a gift, whatever
				// the giver refused or weighed before; the lead tells it
				f.forced = a.leadStatus(&f, am.code, si)
			}
		}
	}
	return f, true
}

// listHeaderEnd reports whether sentence si ends like the header of a
// list: a colon, or a semicolon after "the following" or "as follows"
// ("Japan decided to provide the following assistance;").
func (a *analysis) listHeaderEnd(si int) bool {
	s := a.sents[si]
	switch a.tx(s.end - 1) {
	case ":":
		return true
	case ";":
		for k := s.start; k < s.end-1; k++ {
			if w := a.lw(k); w == "following" || w == "follows" {
				return true
			}
		}
	}
	return false
}

// headerOwner finds the owner of the aid a list header names: "Germany's
// new aid includes:", "The new German package contains:" (a possessive
// country or a demonym before a money or commitment noun).
func (a *analysis) headerOwner(si int) (actorMention, bool) {
	s := a.sents[si]
	for k := s.start; k < s.end; k++ {
		if !a.has(k, cMoneyObject, cTriggerNoun) {
			continue
		}
		m := match{start: k, end: k + 1}
		if f, ok := a.nounOwner(m, &quantity{sent: si, span: span{k, k + 1}}, s); ok && len(f.actors) == 1 && len(f.actors[0].code) == 2 {
			return f.actors[0], true
		}
	}
	return actorMention{}, false
}

// recipientRow reads a list line under a header that names its donor and
// says the lines are recipients ("Japan has provided funding to the
// following countries:", "Japan's grants by country:"): the line's
// country is the recipient, the header's donor the committer. ok is false
// when there is no such header.
func (a *analysis) recipientRow(q *quantity, s span, line actorMention) (frame, bool) {
	si := q.sent - 1
	for si >= 0 && q.sent-si < 30 && a.lineStart(a.sents[si]) >= 0 && a.tx(a.sents[si].end-1) != ":" && a.holdsKind(si, q.kind) {
		si-- // earlier rows of the same list
	}
	if si < 0 || a.tx(a.sents[si].end-1) != ":" {
		return frame{}, false
	}
	h := a.sents[si]
	colon := h.end - 1
	cue := false
	for k := h.start; k < colon; k++ {
		switch a.lw(k) {
		case "to", "for", "among", "between", "recipients", "beneficiaries", "allocate", "allocated", "distribute", "distributed", "split", "divided":
			cue = true
		case "country", "countries":
			if k > h.start && (a.lw(k-1) == "by" || a.lw(k-1) == "per" || a.lw(k-1) == "following") {
				cue = true
			}
		case "donor", "donors", "pledges", "contributors", "from":
			return frame{}, false // "Pledges from donors:": the lines are donors
		}
	}
	if !cue {
		return frame{}, false
	}
	var donor actorMention
	var forced news.Status
	found := false
	for k := h.start; k < colon && !found; k++ {
		t, ok := a.longest(k, colon, cTrigger, cDeliveryPast)
		if !ok {
			continue
		}
		f, ok := a.subjectFrame(t, h)
		if !ok {
			break // "Japan's grants by country:": a noun, the owner below
		}
		if f.rule != ruleActive || len(f.actors) != 1 || len(f.actors[0].code) != 2 {
			return frame{}, false
		}
		donor, found = f.actors[0], true
		f.window = span{h.start, colon}
		forced, _ = a.status(&f) // the header's status holds for its rows
	}
	if !found {
		if donor, found = a.headerOwner(si); !found {
			return frame{}, false
		}
	}
	if donor.code == line.code {
		return frame{}, false
	}
	return frame{actors: []actorMention{donor}, anchor: span{colon, colon + 1}, rule: ruleList, window: span{q.start, q.end}, conf: 0.6, to: line.code, forced: forced}, true
}

// holdsKind reports whether sentence si holds a numbered quantity of kind k.
func (a *analysis) holdsKind(si int, k news.Kind) bool {
	for _, q := range a.quantsOf(si) {
		if q.sent == si && q.kind == k && q.num != nil {
			return true
		}
	}
	return false
}

// antecedentExcept is antecedent skipping mentions of the actor code.
func (a *analysis) antecedentExcept(si, n int, code string) (actorMention, bool) {
	for k := si; k >= 0 && k > si-n; k-- {
		for _, am := range a.actorsOf(a.sents[k]) {
			if am.subject && am.code != code && am.cls != cGroup && !strings.HasPrefix(am.code, "group:") {
				return am, true
			}
		}
	}
	return actorMention{}, false
}

// listItem reports whether sentence si is an item of a list: a line
// with a bullet or a number, or a line without one that starts with a
// quantity of kind k ("$4 million to the fund;" under a header).
func (a *analysis) listItem(si int, k news.Kind) bool {
	s := a.sents[si]
	if a.numberMark(s) {
		return true
	}
	ls := a.lineStart(s)
	if ls > s.start {
		return true
	}
	if ls < 0 {
		return false
	}
	for _, q := range a.quantsOf(si) {
		if q.sent == si && q.start == ls && (q.kind == k && q.num != nil || q.listed) {
			return true
		}
	}
	return false
}
