package extractor

// Money frames whose donor is not the subject of a verb before the
// amount: the recipient as subject, a verb with its noun, a passive
// after the noun, and "with". The link-verb frames are in
// frames_money_link.go, the last resort in frames_money_text_donor.go.

import (
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
func (a *analysis) receiverFrame(q *quantity, s span) (frame, bool) {
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
	if a.permissionAfter(verb.end, q.start) {
		return frame{}, false // "Spain was given (the go-ahead) to go ahead for $1.3 billion": leave to buy
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
		// "the Arab Fund says Iraq will receive $1.5 billion": the source
		// is a fund or bank, not a country; no donor
		if am.reporter && am.end <= verb.start && strings.HasPrefix(am.code, "group:") {
			return f, true
		}
	}
	if a.namedSourceBefore(verb.start, s) {
		return f, true
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
	if !a.donorGuessable(q, to) {
		return f, true // another giver, a total from all donors, a counterfactual
	}
	if am, ok := a.moneyDonorBefore(q.sent, s.start); ok && am.code != to {
		f.actors = []actorMention{am}
		return f, true
	}
	si := q.sent
	for k := si - 1; k >= 0 && k >= si-3; k-- {
		for _, am := range a.actorsOf(a.sents[k]) {
			if am.code != to && am.subject && a.putForward(am, a.sents[k]) {
				am.far = true
				f.actors = []actorMention{am}
				return f, true
			}
		}
	}
	f.name = ruleReceiverNoDonor
	return f, true // no donor: not the subject's pledge
}

// ruleReceiverNoDonor names a receiver frame that found no donor around
// the sentence: the donor of the text may give the money (receiverDonor).
const ruleReceiverNoDonor = "frame.money-receiver-text-donor"

// receiverDonor gives money q, of a receiver frame f read without a
// donor ("Nepal will receive $40 million", far after a package the
// donor announced for several countries), the donor of a text about one donor, when
// that is a country, the EU or NATO other than the recipient and the
// recipient is a named country; false otherwise. A guess from the whole
// text: below review.
func (a *analysis) receiverDonor(f frame, q *quantity, donor string) (frame, bool) {
	if f.rule != ruleReceiver || f.name != ruleReceiverNoDonor || len(f.actors) > 0 || len(f.to) != 2 || donor == "" || donor == f.to || len(donor) != 2 && donor != "EU" && donor != "NATO" {
		return frame{}, false
	}
	for _, am := range a.actorsOf(a.sents[q.sent]) {
		if am.code == donor && am.subject {
			return frame{}, false // the donor is named in the sentence, and did not give
		}
	}
	f.actors = []actorMention{{code: donor, cls: cCountry, subject: true, sent: q.sent, far: true}}
	f.conf = 0.45
	return f, true
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
func (a *analysis) verbNounFrame(q *quantity, s span) (frame, bool) {
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
	for steps := 0; v > s.start && steps < 4 && (isArticleOrMore(a.lw(v)) || a.lw(v) == "its" || a.lw(v) == "their" || a.isModifier(v) && !a.has(v, cMakeVerb, cDeclined) && !a.passedBill(v, q, s)); steps++ {
		v--
	}
	m, ok := a.longest(v, lim, verbs...)
	if !ok && a.lw(k) == "of" && confirmVerb(a.lw(v)) {
		// "Saudi Arabia confirmed the rollover of $3 billion", "confirmed
		// its pledge of €750 million": the noun commits, the verb reports it
		m, ok = match{entry: &entry{}, start: v, end: v + 1}, true
	}
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
func (a *analysis) nounPassiveFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	// "a pledge for USD 500 million announced by …": the noun before the
	// amount, the participle right after it
	nounBefore := false
	if p := q.start - 1; p-1 > s.start && (a.lw(p) == "for" || a.lw(p) == "of") {
		_, nounBefore = a.triggerNounEndingAt(p-1, s)
	}
	for k := q.end; k < s.end && k < q.end+10; k++ {
		if t, ok := a.longest(k, s.end, cTrigger, cDeliveryPast, cMakeVerb); ok && (k > q.end || t.class == cMakeVerb || nounBefore) {
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
				actors = a.titleOfAgent(by+1, s) // "by the emir of Kuwait"
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
func (a *analysis) withFrame(q *quantity, s span) (frame, bool) {
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

// moneyVerbSubject is the frame of money q whose committer is the subject
// of verb m, under rule: the status window runs to just past the money,
// and the confidence is at most that of a list line.
func (a *analysis) moneyVerbSubject(m match, q *quantity, s span, rule string) (frame, bool) {
	f, ok := a.subjectFrame(m, s)
	if !ok {
		return frame{}, false
	}
	f.rule = rule
	f.window = span{f.window.start, min(s.end, q.end+3)}
	f.conf = min(f.conf, 0.8)
	return f, true
}

// donorGuessable reports whether the giver of money q, received by to,
// may be guessed from the sentences around: its sentence names no other
// giver ("Cambodia will receive $25 million a year under a loan the
// World Bank is providing"), no total from all donors before the money
// ("Total pledges we have received are $5 billion") and is no
// counterfactual ("If it had met the conditions, it would have received
// €4.5 billion").
func (a *analysis) donorGuessable(q *quantity, to string) bool {
	s := a.sents[q.sent]
	for _, am := range a.actorsOf(s) {
		if am.code != to && (am.subject || am.reporter || am.cls == cGroup) {
			return false
		}
	}
	for k := s.start; k < s.end; k++ {
		switch w := a.lw(k); {
		case w == "if" || w == "unless" || w == "have" && k > s.start && a.has(k-1, cIrrealis):
			return false
		case k < q.start && (w == "total" || w == "cumulative" || w == "accumulative" || w == "overall" || w == "combined" || w == "altogether"):
			return false
		}
	}
	return true
}
