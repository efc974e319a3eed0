package extractor

// Money frames whose donor is not the subject of a verb before the
// amount: the recipient as subject, the predicate, a verb with its noun,
// a passive after the noun, and the committer of the money before.

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleReceiver marks money whose subject is its recipient.
const ruleReceiver = "frame.money-receiver"

// receiverFrame matches money whose subject receives it: "X will receive
// $10 million", "X was allocated $5 million", "Nigeria will get a grant
// of $750,000". The subject is the recipient; the donor is a country
// that reports it in the same sentence ("U.S. officials say X will get
// …"), else the committer of the money before, else the subject of the
// sentences just before (the article's donor), else no one: the line is not the subject's pledge. A guess:
// below review.
func (a *analysis) receiverFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	var verb match
	found := false
	for k := q.start - 1; k >= s.start && q.start-k <= 8 && !found; k-- {
		if a.has(k, cClauseBreak) || a.tx(k) == ";" {
			return frame{}, false
		}
		if m, ok := a.longest(k, q.start, cReceive); ok {
			verb, found = m, true
			break
		}
		m, ok := a.longest(k, q.start, cTrigger, cDeliveryPast)
		if !ok || k > s.start && (a.lw(k-1) == "a" || a.lw(k-1) == "an" || a.lw(k-1) == "the") {
			continue // "a grant of $750,000" is a noun
		}
		// a participle: "is providing" is progressive, "increased by" has an agent or a difference
		if last := a.lw(m.end - 1); strings.HasSuffix(last, "ing") || m.end < s.end && a.lw(m.end) == "by" {
			return frame{}, false
		}
		// "X was (on Tuesday) allocated $N": a passive with the money as object
		for j := k - 1; j >= s.start && k-j <= 4; j-- {
			if a.lw(j) == "to" {
				break // "X is (set) to give $N": an infinitive, no passive
			}
			if a.has(j, cPassiveAux) {
				verb, found = match{entry: m.entry, start: j, end: m.end}, true
				break
			}
			if a.has(j, cTrigger, cDeliveryPast, cClauseBreak) || a.actorAt[j] >= 0 {
				break
			}
		}
		if !found {
			return frame{}, false // an active verb of commitment nearer the money
		}
	}
	if !found {
		return frame{}, false
	}
	if m, ok := a.longest(verb.start, s.end, cReceive); ok && m.end <= q.start && m.end < s.end && a.lw(m.end) == "by" {
		return frame{}, false
	}
	// "Kenya has been granted $5 million (in aid) by Japan": the agent gave it
	if !a.has(verb.end-1, cReceive) {
		for k := q.end; k+1 < s.end && k <= q.end+3; k++ {
			if a.lw(k) == "by" {
				if actors := a.listAt(k+1, s); len(actors) > 0 {
					return frame{actors: actors, anchor: span{verb.start, verb.end}, rule: rulePassive, window: span{verb.start, actors[len(actors)-1].end}, conf: 0.75}, true
				}
				break
			}
			if a.tx(k) == "," || a.has(k, cClauseBreak) {
				break
			}
		}
	}
	sub, ok := a.subjectOf(match{entry: verb.entry, start: verb.start, end: verb.end}, s, false)
	if !ok || len(sub.actors) != 1 || sub.rule == ruleActive && verb.start-sub.actors[0].end > 3 {
		return frame{}, false
	}
	to := sub.actors[0].code
	f := frame{anchor: span{verb.start, verb.end}, rule: ruleReceiver, window: span{verb.start, q.end}, conf: 0.5, to: to}
	if len(to) != 2 {
		f.to = ""
	}
	// "will receive $3 billion from the IMF": a donor named, not a country
	for k := q.end; k < s.end && k <= q.end+4; k++ {
		if a.lw(k) == "from" {
			return f, true
		}
	}
	for _, am := range a.actorsOf(s) {
		if am.reporter && am.code != to && !strings.HasPrefix(am.code, "group:") {
			f.actors = []actorMention{am}
			return f, true
		}
	}
	// "In line with India's policy, Bhutan was allocated …": an owner
	// before the verb whose programme or budget it is
	for _, am := range a.actorsOf(s) {
		if am.end > verb.start || am.code == to || len(am.code) != 2 {
			continue
		}
		if _, ok := a.isPossessive(am.end, s.end); ok {
			f.actors = []actorMention{am}
			return f, true
		}
	}
	if am, ok := a.moneyDonorBefore(q.sent, s.start); ok && am.code != to {
		f.actors = []actorMention{am}
		return f, true
	}
	si := q.sent
	for k := si - 1; k >= 0 && k >= si-3; k-- {
		for _, am := range a.actorsOf(a.sents[k]) {
			if am.subject && am.code != to && am.cls != cGroup && !strings.HasPrefix(am.code, "group:") && !a.moneyReceives(am, a.sents[k]) {
				am.far = true
				f.actors = []actorMention{am}
				return f, true
			}
		}
	}
	return f, true // no donor: not the subject's pledge
}

// receives reports whether a verb of receiving follows the mention within
// three tokens ("Myanmar will get …"): a recipient, not a donor.
func (a *analysis) moneyReceives(am actorMention, s span) bool {
	for k := am.end; k < s.end && k < am.end+3; k++ {
		if a.has(k, cReceive) {
			return true
		}
	}
	return false
}

// ruleVerbNoun marks money that a verb with a commitment noun commits.
const ruleVerbNoun = "frame.money-verb-noun"

// verbNounFrame matches a light or commitment verb with a commitment noun
// whose amount follows "of": "Norway is making an additional contribution
// of around NOK 20 million", "Japan announced a grant of $5 million",
// "Japan made a $10 million donation", "has made $10 million available".
// The committer is the subject of the verb.
func (a *analysis) verbNounFrame(q quantity, s span) (frame, bool) {
	k := q.start - 1
	if q.kind != news.KindMoney || q.num == nil || k-1 <= s.start {
		return frame{}, false
	}
	var v, lim int
	verbs := []class{cMakeVerb, cTrigger, cDeliveryPast}
	if a.lw(k) == "of" {
		n, ok := a.triggerNounEndingAt(k-1, s)
		if !ok {
			return frame{}, false
		}
		v, lim = n.start-1, n.start
	} else if _, ok := a.nounAfterAmount(q, s); ok || q.end < s.end && a.lw(q.end) == "available" {
		// "made a $10 million donation": the amount inside the noun
		// phrase, after a light verb (other verbs take it as their
		// object); "ruled out a £1 billion loan": a refusal
		v, lim, verbs = k, q.start, []class{cMakeVerb, cDeclined}
	} else {
		return frame{}, false
	}
	for steps := 0; v > s.start && steps < 4 && (isArticleOrMore(a.lw(v)) || a.isModifier(v) && !a.has(v, cMakeVerb, cDeclined) && !a.passedBill(v, q, s)); steps++ {
		v--
	}
	m, ok := a.longest(v, lim, verbs...)
	if !ok && a.passedBill(v, q, s) {
		// "the Senate passed a $60 billion aid bill": a legislature's vote
		m, ok = match{start: v, end: v + 1}, true
	}
	if !ok {
		return frame{}, false
	}
	return a.moneyVerbSubject(m, q, s, ruleVerbNoun)
}

// nounPassiveFrame matches money whose noun is announced or given by an
// agent after it: "a CAN$500 million aid package announced by Canadian
// Prime Minister …", "a $100 million investment for the police which was
// announced by the Prime Minister". Between the amount and the verb lie
// only its noun, modifiers, a short "for …" phrase and "which was".
func (a *analysis) nounPassiveFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	for k := q.end; k < s.end && k < q.end+10; k++ {
		if t, ok := a.longest(k, s.end, cTrigger, cDeliveryPast, cMakeVerb); ok && (k > q.end || t.class == cMakeVerb) {
			by := a.skipWhen(t.end, s) // "was announced on Tuesday by"
			if by >= s.end || a.lw(by) != "by" {
				return frame{}, false
			}
			actors := a.listAt(by+1, s)
			if len(actors) == 0 {
				// "by Canadian Prime Minister X": a demonym before a title;
				// "by the German development ministry"
				d0 := by + 1
				if d0 < s.end && a.lw(d0) == "the" {
					d0++
				}
				if d, ok := a.longest(d0, s.end, cDemonym); ok {
					for _, am := range a.actorsOf(s) {
						if am.start == d.start {
							actors = []actorMention{am}
						}
					}
				}
			}
			if len(actors) == 0 {
				return frame{}, false
			}
			return frame{actors: actors, anchor: span{t.start, t.end}, rule: rulePassive, window: span{q.start, s.end}, conf: 0.75}, true
		}
		if a.actorAt[k] >= 0 || a.tx(k) == "," || a.tx(k) == ";" || a.has(k, cClauseBreak) {
			return frame{}, false
		}
		switch a.lw(k) {
		case "which", "that", "was", "were", "has", "have", "been", "for", "the", "to", "in":
			continue
		}
		if a.toks[k].kind != tWord {
			return frame{}, false
		}
	}
	return frame{}, false
}

// ruleWith marks money given "with" after a verb of support.
const ruleWith = "frame.money-with"

// withFrame matches money after "with" and a verb of support: "Germany
// will support Moldova with €20 million", "help the region with $5
// million". The committer is the subject of the verb.
func (a *analysis) withFrame(q quantity, s span) (frame, bool) {
	k := q.start - 1
	if q.kind != news.KindMoney || q.num == nil || k <= s.start || a.lw(k) != "with" {
		return frame{}, false
	}
	for j := k - 1; j >= s.start && k-j <= 6; j-- {
		if a.has(j, cClauseBreak) || a.tx(j) == "," || a.tx(j) == ";" {
			return frame{}, false
		}
		m, ok := a.longest(j, k, cSupportVerb)
		if !ok {
			if !withVerb(a.lw(j)) {
				continue
			}
			m = match{start: j, end: j + 1}
		}
		return a.moneyVerbSubject(m, q, s, ruleWith)
	}
	return frame{}, false
}

// rulePredicate marks money whose donor is named in the predicate.
const rulePredicate = "frame.money-predicate"

// predicateFrame matches an amount that is the subject of "is" with its
// donor in the predicate: "AUD 5 million is additional budget support
// from Australia's crisis window", "$2 million of this funding is
// Japan's annual contribution".
func (a *analysis) predicateFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	k := q.end
	// "of this funding"
	if k+2 < s.end && a.lw(k) == "of" && (a.lw(k+1) == "this" || a.lw(k+1) == "the" || a.lw(k+1) == "that") {
		k += 2
		for k < s.end && a.toks[k].kind == tWord && a.actorAt[k] < 0 && k < q.end+5 {
			switch a.lw(k) {
			case "is", "are", "was", "were":
			default:
				k++
				continue
			}
			break
		}
	}
	if k+1 < s.end && a.tx(k) == "," && q.start > s.start && a.tx(q.start-1) == "," {
		k++ // an apposition: "The largest share, $50 million, comes from Japan"
	}
	// "will come from", "would come from"
	if k+1 < s.end && (a.lw(k) == "will" || a.lw(k) == "would") && a.lw(k+1) == "come" {
		k++
	}
	if k >= s.end {
		return frame{}, false
	}
	switch a.lw(k) {
	case "is", "are", "was", "were", "represents", "comes", "came", "come":
	default:
		return frame{}, false
	}
	link := k
	for j := k + 1; j < s.end && j <= k+7; j++ {
		if a.has(j, cClauseBreak) || a.tx(j) == "," || a.tx(j) == ";" {
			return frame{}, false
		}
		n := a.actorEndingAt(j, s)
		if n < 0 || a.actors[n].start != j || len(a.actors[n].code) != 2 && a.actors[n].code != "EU" {
			continue
		}
		am := a.actors[n]
		if j > 0 && a.lw(j-1) == "from" && a.ownBudget(am, s) {
			return frame{}, false // "will come from Moldova's state budget"
		}
		if _, ok := a.isPossessive(am.end, s.end); ok || j > 0 && a.lw(j-1) == "from" || j > 1 && a.lw(j-1) == "the" && a.lw(j-2) == "from" {
			return frame{actors: []actorMention{am}, anchor: span{link, link + 1}, rule: rulePredicate, window: span{q.start, am.end}, conf: 0.7}, true
		}
		return frame{}, false
	}
	return frame{}, false
}

// ruleOwnerLink marks the size of a country's aid given with a link verb.
const ruleOwnerLink = "frame.money-owner-link"

// ownerLinkFrame matches the size of a country's aid with a link verb:
// "German aid to Kyiv has amounted to €16.8 billion", "Japan's assistance
// now totals $12 billion", "US aid to Kenya totalled $60 million" (a
// country before the noun only with a recipient after it: "Kenya aid" is
// aid to Kenya). Such a running total is what has been given:
// delivered.
func (a *analysis) ownerLinkFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	k := q.start - 1
	cumulative := false
	for link := true; link && k > s.start && q.start-k <= 4; {
		switch a.lw(k) {
		case "amounted", "amounts", "amount", "totals", "total", "totalled", "totaled", "reached", "reaches", "reach", "stands", "stand", "stood":
			cumulative = true
			k--
		case "to", "at", "has", "have", "now", "already", "so", "far":
			k--
		default:
			link = false
		}
	}
	if !cumulative {
		return frame{}, false
	}
	// the subject: an owner and an aid noun, "German (military) aid (to Kyiv)"
	for j := k; j >= s.start && k-j <= 6; j-- {
		if !a.has(j, cMoneyObject, cTriggerNoun, cSupportNoun) {
			continue
		}
		b := j - 1
		for n := 0; n < 2 && b > s.start && a.isModifier(b) && !a.has(b, cDemonym) && !(a.lw(b) == "s" && isApostropheText(a.tx(b-1))); n++ {
			b--
		}
		if b < s.start {
			return frame{}, false
		}
		var am actorMention
		if d, ok := a.longest(b, j, cDemonym); ok && d.end <= j {
			am = actorMention{span: span{d.start, d.end}, code: d.value, cls: cDemonym, sent: q.sent}
		} else if b-1 >= s.start && a.lw(b) == "s" && isApostropheText(a.tx(b-1)) {
			n := a.actorEndingAt(b-2, s)
			if n < 0 || len(a.actors[n].code) != 2 && a.actors[n].code != "EU" {
				return frame{}, false
			}
			am = a.actors[n]
		} else if n := a.actorEndingAt(b, s); n >= 0 && len(a.actors[n].code) == 2 && j+2 <= k && (a.lw(j+1) == "to" || a.lw(j+1) == "for") && a.actorAt[j+2] >= 0 {
			am = a.actors[n] // "US aid to Kenya": a country before the noun, the recipient after it
		} else {
			return frame{}, false
		}
		f := frame{actors: []actorMention{am}, anchor: span{k + 1, q.start}, rule: ruleOwnerLink, window: span{am.start, q.end},
			conf: 0.7, forced: news.StatusDelivered}
		if a.has(j, cTriggerNoun) && !a.has(j, cMoneyObject) && !a.sinceBefore(q, s) {
			// "Japan's contribution amounts to $300 million": the size of
			// one commitment, not a running total
			f.forced = news.StatusPledged
		}
		return f, true
	}
	return frame{}, false
}

// ruleTextDonor marks money given to the committer of the money before.
const ruleTextDonor = "frame.money-text-donor"

// textDonorFrame is the last resort for money in a sentence that names
// no actor but speaks of a commitment ("an additional 112 million kroner
// will be allocated in 2024 to finance donations"): the committer of the
// money just before, when that money was in the same currency. A guess
// from the text around: below review.
func (a *analysis) textDonorFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil || q.conversion || q.currency == "" && len(q.candidates) == 0 {
		return frame{}, false
	}
	if len(a.actorsOf(s)) > 0 {
		return frame{}, false
	}
	if a.ownAmountPredicate(q, s) {
		return frame{}, false // "The aid budget was about €900 million"
	}
	// a total or an increase that no total frame took: "to reach $18.9bn"
	if p := q.start - 1; p >= s.start {
		switch a.lw(p) {
		case "to", "reach", "reaching", "by":
			return frame{}, false
		}
	}
	// the cue: a verb of commitment after the money, whose subject it is
	// ("112 million kroner will be allocated"), or, in a sentence with no
	// such verb, a commitment noun near it ("an SR1 billion donation")
	cue, verb := -1, false
	for k := s.start; k < s.end; k++ {
		switch a.lw(k) {
		case "need", "needs", "needed", "require", "requires", "required", "seek", "seeks", "sought", "appeal", "shortfall":
			return frame{}, false // money asked for, not given
		}
		if a.has(k, cTrigger, cDeliveryPast, cReceive) {
			verb = true
			if k >= q.end && cue < 0 {
				cue = k
			}
		}
	}
	if verb && cue < 0 {
		return frame{}, false // a verb with another subject: "the charity will give $18m"
	}
	if !verb {
		for k := max(s.start, q.start-5); k < min(s.end, q.end+5); k++ {
			if a.has(k, cTriggerNoun, cMoneyObject) {
				cue = k
				break
			}
		}
	}
	if !verb && cue < 0 {
		cue = a.moreToFollow(q, s)
	}
	if !verb && cue < 0 {
		cue = a.moneyGoesTo(q, s)
	}
	if cue < 0 {
		return frame{}, false
	}
	am, cur, ok := a.moneyBefore(q.sent, s.start)
	if !ok {
		// the country that announced aid in the sentence before, when the
		// money is in its own currency: "Norway will increase its support
		// to Ukraine. NOK 5 billion will go to air defence."
		// (an announcement that states money of its own is read by
		// moneyBefore or not at all)
		code := ""
		if q.sent > 0 && !a.holdsKind(q.sent-1, news.KindMoney) {
			code = a.announcerBefore(q.sent)
		}
		if code == "" && q.sent > 1 && len(a.actorsOf(a.sents[q.sent-1])) == 0 && !a.holdsKind(q.sent-2, news.KindMoney) {
			code = a.announcerBefore(q.sent - 1) // a sentence of money between
		}
		own := a.ownCurrency[code]
		if code != "" && a.inwardBefore(q.sent) {
			code = "" // "increase funding to its defence industry": spending at home
		}
		if code == "" || own == "" || q.currency != own && !(q.currency == "" && slices.Contains(q.candidates, own)) {
			return frame{}, false
		}
		am = actorMention{code: code, cls: cCountry, subject: true, sent: q.sent - 1}
		cur = q.currency
		if cur == "" {
			cur = own
		}
	}
	if cur != q.currency && !(q.currency == "" && slices.Contains(q.candidates, a.ownCurrency[am.code])) {
		return frame{}, false
	}
	return frame{actors: []actorMention{am}, anchor: span{cue, cue + 1}, rule: ruleTextDonor, window: span{s.start, min(s.end, q.end+3)}, conf: 0.45}, true
}

// moreToFollow returns the verb of "A further 100 million kronor will
// follow in 2025", "Another $5 million is to come", "A further $50
// million is planned for next year": money of more whose verb says it
// comes after the money before; -1 when q is not such.
func (a *analysis) moreToFollow(q quantity, s span) int {
	if p := q.start - 1; p < s.start || a.lw(p) != "further" && a.lw(p) != "additional" && a.lw(p) != "another" && a.lw(p) != "extra" {
		return -1
	}
	for j := q.end; j < s.end && j <= q.end+3; j++ {
		switch a.lw(j) {
		case "follow", "follows", "come", "comes", "planned", "scheduled", "due", "foreseen", "envisaged":
			return j
		}
	}
	return -1
}

// inwardBefore reports whether the one or two sentences before si speak
// of spending at home: "its own", "domestic", "its defence industry".
func (a *analysis) inwardBefore(si int) bool {
	for sj := max(0, si-2); sj < si; sj++ {
		s := a.sents[sj]
		for k := s.start; k < s.end; k++ {
			switch a.lw(k) {
			case "domestic", "own", "industry", "industries", "national":
				return true
			}
		}
	}
	return false
}

// moneyGoesTo returns the verb of an allocation whose subject is money
// q: "NOK 5 billion will go to air defence", "€100 million goes to
// ammunition"; -1 when q is not such.
func (a *analysis) moneyGoesTo(q quantity, s span) int {
	for j := q.end; j+1 < s.end && j <= q.end+2; j++ {
		switch a.lw(j) {
		case "go", "goes", "going":
			if w := a.lw(j + 1); w == "to" || w == "towards" || w == "toward" {
				return j
			}
			return -1
		}
	}
	// gapped: "€100 million goes to ammunition and €50 million to drones"
	if p := q.start - 1; p > s.start && (a.lw(p) == "and" || a.lw(p) == ",") && q.end < s.end {
		if w := a.lw(q.end); w != "to" && w != "towards" && w != "toward" && w != "for" {
			return -1
		}
		for j := p - 1; j > s.start; j-- {
			if w := a.lw(j); (w == "go" || w == "goes" || w == "going") && j+1 < p && a.lw(j+1) == "to" {
				return j
			}
		}
	}
	return -1
}

// ownAmountPredicate reports money that is the predicate of a link verb
// whose subject is a budget, a cost or another sum a country has rather
// than gives: "The aid budget was about €900 million", "the cost stood at
// $2 billion".
func (a *analysis) ownAmountPredicate(q quantity, s span) bool {
	k := q.start - 1
	for k > s.start && q.start-k <= 3 {
		switch a.lw(k) {
		case "about", "around", "nearly", "some", "roughly", "approximately", "almost", "over", "at", "to", "just":
			k--
			continue
		}
		break
	}
	if k < s.start {
		return false
	}
	switch a.lw(k) {
	case "is", "was", "are", "were", "stood", "stands", "totalled", "totaled", "totals", "amounted", "amounts", "reached":
	default:
		return false
	}
	for j := k - 1; j >= s.start && k-j <= 3; j-- {
		switch a.lw(j) {
		case "budget", "budgets", "cost", "costs", "spending", "expenditure", "deficit", "revenue", "revenues",
			"reserves", "debt", "gdp", "price", "bill", "turnover":
			return true
		}
	}
	return false
}

// moneyVerbSubject is the frame of money q whose committer is the subject
// of verb m, under rule: the status window runs to just past the money,
// and the confidence is at most that of a list line.
func (a *analysis) moneyVerbSubject(m match, q quantity, s span, rule string) (frame, bool) {
	f, ok := a.subjectFrame(m, s)
	if !ok {
		return frame{}, false
	}
	f.rule = rule
	f.window = span{f.window.start, min(s.end, q.end+3)}
	f.conf = min(f.conf, 0.8)
	return f, true
}
