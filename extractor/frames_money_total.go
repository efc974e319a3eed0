package extractor

// Money frames of totals, values and parts: "bring its aid to", "the
// total value of the package is", "of which".

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Rule ids of the money total and value frames.
const (
	ruleTotal = "frame.money-total"
	ruleValue = "frame.money-value"
)

// totalFrame matches a new total of money after "to", or an increase
// after "by" right after the verb ("has been increased by NOK 1 billion";
// the total after it is then not read): "will bring
// Britain's total military aid to Ukraine to 3 billion pounds", "brings
// the UK's total support to £77 million since 2021", "would double its aid
// to CHF 100 million", "Military assistance will increase to €370
// million". The committer is the owner of the aid (a possessive or a
// demonym), else the subject of the verb, else the committer of the money
// before. With a modal the total is pledged; "brings" or "brought" without
// one is what has been given so far, delivered.
func (a *analysis) totalFrame(q *quantity, s span) (frame, bool) {
	to := q.start - 1
	if q.kind != news.KindMoney || q.num == nil || to <= s.start || a.lw(to) != "to" && a.lw(to) != "by" {
		return frame{}, false
	}
	v := -1
	for k := to - 1; k >= s.start && to-k <= 30; k-- {
		if a.has(k, cClauseBreak) || a.tx(k) == ";" {
			break
		}
		if a.has(k, cTotalVerb) {
			v = k
			break
		}
	}
	if v < 0 {
		return frame{}, false
	}
	verb, _ := a.longest(v, s.end, cTotalVerb)
	// what grows is aid: "its aid", "total military assistance", not "prices" or "its GDP"
	aid := false
	for k := max(s.start, v-6); k < to; k++ {
		if a.has(k, cMoneyObject, cTriggerNoun, cSupportNoun, cValueNoun) {
			aid = true
			break
		}
	}
	if !aid {
		return frame{}, false
	}
	// "has doubled its own defence spending to ¥43 trillion": at home
	for k := verb.end; k < to; k++ {
		switch a.lw(k) {
		case "own", "spending", "gdp", "expenditure":
			return frame{}, false
		}
	}
	if a.lw(to) == "by" && to-verb.end > 1 {
		return frame{}, false // "increased by €1 billion": the verb right before "by"
	}
	if a.totalAfterIncrease(q) {
		return frame{}, false
	}
	f := frame{anchor: span{verb.start, verb.end}, rule: ruleTotal, window: span{v, q.end}, conf: 0.75}
	// the owner of the aid: "Britain's total", "the total Australian aid"
	for _, am := range a.actorsOf(s) {
		if am.start <= v || am.end >= to {
			continue
		}
		if _, ok := a.isPossessive(am.end, s.end); ok {
			f.actors = []actorMention{am}
			break
		}
	}
	if len(f.actors) == 0 {
		for k := verb.end; k < to && len(f.actors) == 0; k++ {
			d, ok := a.longest(k, to, cDemonym)
			if !ok {
				continue
			}
			// "the total Australian military aid", not "since the Russian invasion"
			for j := d.end; j < to && j <= d.end+2; j++ {
				if a.has(j, cMoneyObject, cTriggerNoun, cSupportNoun) {
					f.actors = []actorMention{{span: span{d.start, d.end}, code: d.value, cls: cDemonym, sent: q.sent}}
					break
				}
			}
		}
	}
	if len(f.actors) == 0 {
		if am, ok := a.relativeGiver(verb.end, to, s); ok {
			f.actors = []actorMention{am} // "brings the amount Canada has spent … to"
		}
	}
	if len(f.actors) == 0 && a.lw(to) == "by" && !a.has(v-1, cPassiveAux) {
		return frame{}, false // "they have increased by $4bn": a reserve, a budget
	}
	if len(f.actors) == 0 {
		if sub, ok := a.subjectFrame(verb, s); ok {
			if a.lw(to) == "by" && sub.rule != ruleActive {
				return frame{}, false // "it was increased by": a budget, a reserve
			}
			f.actors, f.anaphor, f.conf = sub.actors, sub.anaphor, min(sub.conf, 0.75)
			f.window.start = min(f.window.start, sub.window.start)
		} else if sub, ok := a.participleSubject(verb, s); ok {
			// "Canada announced C$500 million more, bringing its total
			// aid to C$4 billion": the subject of the main clause
			f.actors, f.anaphor, f.conf = sub.actors, sub.anaphor, min(sub.conf, 0.7)
			f.window.start = min(f.window.start, sub.window.start)
		} else if am, ok := a.moneyDonorBefore(q.sent, s.start); ok {
			f.actors, f.conf = []actorMention{am}, 0.5
		} else if am, ok := a.aidSubjectDonor(q, s); ok {
			// "Latvia said it would step up its support. Military
			// assistance to Ukraine will increase to €200 million."
			f.actors, f.conf = []actorMention{am}, 0.5
		} else {
			return frame{}, false
		}
	}
	modal := false
	for k := max(s.start, v-3); k < v; k++ {
		if a.has(k, cIrrealis) {
			modal = true
		}
	}
	switch a.lw(v) {
	case "brings", "brought", "takes", "took", "bringing", "taking":
		if !modal {
			f.forced = news.StatusDelivered
		}
	}
	return f, true
}

// totalAfterIncrease reports whether money q is the new total after an
// increase by an amount of the same verb: "increased by NOK 1 billion, to
// NOK 5 billion". The increase is the commitment; the new total includes
// what was given before and is no commitment of its own.
func (a *analysis) totalAfterIncrease(q *quantity) bool {
	to := q.start - 1
	s := a.sents[q.sent]
	if q.kind != news.KindMoney || to <= s.start || a.lw(to) != "to" {
		return false
	}
	for _, o := range a.quantsOf(q.sent) {
		if o.sent != q.sent || o.kind != news.KindMoney || o.end > to || to-o.end > 2 || o.start-2 < s.start || a.lw(o.start-1) != "by" {
			continue
		}
		for k := o.start - 2; k >= s.start && o.start-k <= 4; k-- {
			if a.has(k, cTotalVerb) {
				return true
			}
		}
	}
	return false
}

// valueFrame matches the size of a package given with no committer in
// its clause: "The total value of the support package is approximately
// SEK 3.4 billion", "The total amount of financing is up to €50 billion".
// The committer is the one of the money before, else the subject of the
// sentences before, else the only country whose currency the amount is
// in. A guess: review it.
func (a *analysis) valueFrame(q *quantity, s span, own map[string]string) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	// the link right before the amount: "is", "was", "amounts to", "totals"
	k := q.start - 1
	linked := false
	for k > s.start && q.start-k <= 3 {
		switch a.lw(k) {
		case "is", "was", "will", "be", "amounts", "amounted", "totals", "totalled", "totaled", "stands", "stood", "comes", "came", "reaches", "reached",
			"exceeds", "exceeded", "surpasses", "surpassed", "tops", "topped":
			linked = true
			k--
			continue
		case "now", "already":
			if linked {
				k-- // "now exceeds €500 million"
				continue
			}
		case "reach", "total", "amount":
			// "the total support volume can reach 50 billion euros"
			if k-1 > s.start && a.has(k-1, cIrrealis) {
				linked = true
				k -= 2
				continue
			}
		case "to", "at", "worth", "valued", "some", "about", "around", "roughly", "nearly", "approximately", "over":
			k--
			continue
		}
		break
	}
	hasValue := false
	if !linked {
		k, linked = a.hasValueOf(q, s)
		hasValue = linked
	}
	if !linked {
		return frame{}, false
	}
	// "According to the Swedish minister, the package is worth …": the
	// clause after the source
	cs := a.afterAccordingTo(s)
	// back to the value noun, over "of the (new) (support) package"
	v := -1
	var from []actorMention
	for j := k; j >= cs && k-j <= 12; j-- {
		if d, ok := a.longest(j, k+1, cDemonym); ok && !a.namesRecipient(d.value, d.end, k+1, s) {
			return frame{}, false
		}
		// "the package to Ukraine": the recipient may be named; "the
		// package from Germany": the donor
		if n := a.actorEndingAt(j, s); n >= 0 && a.actors[n].start > s.start && a.lw(a.actors[n].start-1) == "from" && len(a.actors[n].code) == 2 {
			from = []actorMention{a.actors[n]}
		} else if n >= 0 && !(a.actors[n].start > s.start && a.lw(a.actors[n].start-1) == "to") &&
			!a.namesRecipient(a.actors[n].code, a.actors[n].end, k+1, s) {
			return frame{}, false
		}
		if a.has(j, cValueNoun) && j+1 < s.end && a.lw(j+1) == "of" {
			v = j
		}
	}
	// "The package is worth €500 million": the commitment noun itself is
	// the subject of the link
	subj := k
	if from != nil {
		subj = from[0].start - 2 // "the package from Germany is worth …"
	}
	runningTotal := subj-1 >= cs && a.lw(subj) == "support" && totalWord(a.lw(subj-1)) // "the total support from Estonia"
	if v < 0 && subj > cs && subj-cs <= 8 && (a.has(subj, cTriggerNoun, cMoneyObject, cValueNoun) || runningTotal) && a.lw(subj+1) != "of" {
		switch a.lw(subj) {
		case "fund", "facility", "programme", "program", "scheme", "initiative", "instrument":
			// the size of a common vehicle is no one's commitment
		default:
			v = subj
		}
	}
	if v < 0 {
		return frame{}, false
	}
	if w := a.lw(v); (w == "volume" || w == "size") && !a.aidNounNear(v, s) {
		return frame{}, false // "trade volume": the size of something else than aid
	}
	if from != nil {
		f := frame{actors: from, anchor: span{v, v + 1}, rule: ruleValue, window: span{v, q.end}, conf: 0.7}
		if runningTotal {
			f.forced = news.StatusDelivered // given so far
		}
		for j := max(cs, v-4); hasValue && j < v; j++ {
			if w := a.lw(j); w == "total" || w == "overall" || w == "cumulative" {
				f.forced = news.StatusDelivered // "the total aid from Sweden has a value of": given so far
			}
		}
		return f, true
	}
	// no verb of commitment or actor before it: "X pledged …, the total value of which is …"
	for j := cs; j < v; j++ {
		if a.has(j, cTrigger, cDeliveryPast) || a.actorAt[j] >= 0 {
			return frame{}, false
		}
	}
	f := frame{anchor: span{v, v + 1}, rule: ruleValue, window: span{v, q.end}, conf: 0.5}
	// "According to the Swedish defence minister, the package is worth …":
	// the source's country
	for _, am := range a.actorsOf(s) {
		if am.start < cs && (len(am.code) == 2 || am.code == "EU" || am.code == "NATO") {
			f.actors = []actorMention{am}
			return f, true
		}
	}
	if am, ok := a.moneyDonorBefore(q.sent, s.start); ok {
		f.actors = []actorMention{am}
		return f, true
	}
	if am, ok := a.antecedent(q.sent-1, 3); ok {
		am.far = true
		f.actors = []actorMention{am}
		return f, true
	}
	code := ""
	for c, cur := range own {
		if cur == q.currency {
			if code != "" {
				return frame{}, false // a currency of several countries
			}
			code = c
		}
	}
	if code == "" || len(code) != 2 {
		return frame{}, false
	}
	f.actors = []actorMention{{span: span{q.start, q.start}, code: code, cls: cCountry, sent: q.sent}}
	return f, true
}

// namesRecipient reports whether tokens [from, to) of s name the country
// code after "to": "the Ukrainian aid package to Ukraine" describes what
// Ukraine gets, not who gives it.
func (a *analysis) namesRecipient(code string, from, to int, s span) bool {
	for k := from; k+1 < to; k++ {
		if a.lw(k) != "to" {
			continue
		}
		if n := a.actorEndingAt(k+1, s); n >= 0 && a.actors[n].start == k+1 && a.actors[n].code == code {
			return true
		}
	}
	return false
}

// rulePart marks a sub-amount of a total.
const rulePart = "frame.money-part"

// partFrame matches a sub-amount of the money before it in the sentence:
// "up to €50 billion, of which €33 billion is provided as loans and €17
// billion as grants", "$1 billion, including $500 million for food".
// The part has the committer of the total; later parts joined by "and"
// or a comma follow the first.
func (a *analysis) partFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	k := q.start - 1
	var total *quantity
	prev := func(before int) *quantity {
		qs := a.quantsOf(q.sent)
		for n := len(qs) - 1; n >= 0; n-- {
			o := &qs[n]
			if o.sent == q.sent && o.end <= before && o.kind == news.KindMoney && o.num != nil && !o.conversion {
				return o
			}
		}
		return nil
	}
	switch {
	case k-1 >= s.start && a.lw(k-1) == "of" && a.lw(k) == "which":
		total = prev(k - 1)
	case k >= s.start && (a.lw(k) == "including" || a.lw(k) == "includes"):
		total = prev(k)
	case k >= s.start && (a.lw(k) == "and" || a.tx(k) == ","):
		// a later part: the amount before is itself a part
		if p := prev(k); p != nil {
			for j := p.end; j < k; j++ {
				if a.actorAt[j] >= 0 || a.tx(j) == ";" {
					return frame{}, false
				}
			}
			if f, ok := a.partFrame(p, s); ok {
				return f, true
			}
		}
		return frame{}, false
	}
	if total == nil || total.num.value <= q.num.value {
		return frame{}, false
	}
	f, ok := a.frameFor(total)
	if !ok || len(f.actors) == 0 || f.rule == ruleMoneyJoint {
		return frame{}, false
	}
	f.rule = rulePart
	f.conf = min(f.conf, 0.7)
	if _, given := a.partGiven(q); given {
		f.forced = news.StatusDelivered // "including $156 million already given"
	}
	return f, true
}
