package extractor

import (
	"math"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Rule ids of the money frames.
const (
	ruleMoneyFrom  = "frame.money-from"
	ruleMoneyJoint = "frame.money-joint"
)

// moneyFromFrame matches money followed by its source: "$150 million from
// Saudi Arabia", "$200m each from Kuwait and the UAE", "received $300mn
// from the US". The countries after "from" gave the money; a possessive
// ("from Ukraine's budget") names an owner, not a donor.
func (a *analysis) moneyFromFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	k := q.end
	if k < s.end && (a.lw(k) == "each" || a.lw(k) == "apiece") {
		k++
	}
	// "$18 million in contributions from …"
	if k < s.end && a.lw(k) == "in" {
		j := k + 1
		for j < s.end && j <= k+3 && !a.has(j, cMoneyObject, cTriggerNoun) && a.isModifier(j) {
			j++
		}
		if m, ok := a.longest(j, s.end, cMoneyObject, cTriggerNoun); ok {
			k = m.end
		}
	}
	if k >= s.end || a.lw(k) != "from" {
		return frame{}, false
	}
	actors := a.listAt(k+1, s)
	if len(actors) == 0 {
		return frame{}, false
	}
	last := actors[len(actors)-1]
	if _, ok := a.isPossessive(last.end, s.end); ok {
		return frame{}, false
	}
	for _, am := range actors {
		if strings.HasPrefix(am.code, "group:") || am.cls == cGroup {
			return frame{}, false
		}
	}
	for j := s.start; j < s.end; j++ {
		if notGivenFrom(a.lw(j)) {
			return frame{}, false // "imported $40 million from Vietnam"
		}
	}
	// the verb before the amount gives the status: "received … from"
	start := q.start
	if t, ok := a.triggerBefore(q.start, s, 6); ok {
		start = t.start
	} else {
		// "received a loan of $2 billion from …"
		for k := q.start - 1; k >= s.start && q.start-k <= 6; k-- {
			if a.has(k, cDelivered, cReceive) {
				start = k
				break
			}
		}
	}
	return frame{actors: actors, anchor: span{k, k + 1}, rule: ruleMoneyFrom, window: span{start, last.end}, conf: 0.75}, true
}

// moneyFrame adjusts the frame of a money quantity: ok is false when the
// amount is not the actors' commitment (a price, money they raise), and a
// joint amount becomes one group line (see jointMoney).
func (a *analysis) moneyFrame(f frame, q quantity) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return f, true
	}
	if a.salePrice(q) || a.raised(f, q) {
		return f, false
	}
	if g, ok := a.moneyRespectively(f, q); ok {
		return g, true
	}
	return a.jointMoney(f, q), true
}

// respectively pairs coordinated actors with coordinated amounts in order:
// "The U.S. and Japan pledged $17 million and $10 million, respectively".
func (a *analysis) moneyRespectively(f frame, q quantity) (frame, bool) {
	if len(f.actors) < 2 {
		return f, false
	}
	s := a.sents[q.sent]
	resp := -1
	for k := q.end; k < s.end && k < q.end+30; k++ {
		if a.lw(k) == "respectively" {
			resp = k
			break
		}
	}
	if resp < 0 {
		return f, false
	}
	idx, n := -1, 0
	for _, o := range a.quants {
		if o.sent != q.sent || o.kind != news.KindMoney || o.num == nil || o.conversion || o.start < f.anchor.end || o.end > resp {
			continue
		}
		if o.start == q.start {
			idx = n
		}
		n++
	}
	if idx < 0 || n != len(f.actors) {
		return f, false
	}
	g := f
	g.actors = []actorMention{f.actors[idx]}
	return g, true
}

// salePrice reports whether money q is the price of a sale or purchase
// named before it in its clause: "intends to buy 250 tanks worth $4bn",
// "approved a possible arms sale to Chile worth $95 million". A purchase
// for another country ("will buy air defence for Ukraine worth €1bn") is
// a donation and stays.
func (a *analysis) salePrice(q quantity) bool {
	s := a.sents[q.sent]
	// the amount is a price: "worth", "valued at", "for", "costing"
	if p := q.start - 1; p < s.start {
		return false
	} else if w := a.lw(p); w != "worth" && w != "for" && w != "costing" && w != "at" && w != "cost" {
		return false
	}
	for k := q.start - 1; k >= s.start && q.start-k <= 12; k-- {
		if a.has(k, cClauseBreak) || a.tx(k) == ";" {
			return false
		}
		if !a.has(k, cSale) {
			continue
		}
		// "Denmark funded the purchase of shells worth DKK 1bn": a donation
		for j := k - 1; j >= s.start && k-j <= 6; j-- {
			switch a.lw(j) {
			case "fund", "funds", "funded", "funding", "finance", "finances", "financed", "financing",
				"pay", "pays", "paid", "paying", "donate", "donates", "donated", "cover", "covers", "covered":
				return false
			}
		}
		for j := k + 1; j < q.start; j++ {
			if a.lw(j) == "for" && a.actorEndingAt(j+1, s) >= 0 {
				return false
			}
			if a.lw(j) == "for" && a.lw(j+1) == "the" && a.actorEndingAt(j+2, s) >= 0 {
				return false
			}
		}
		return true
	}
	return false
}

// raised reports whether money q is what its subject raises ("Haiti
// hopes to raise $3.8 billion", "the $3.8 billion that Haiti hopes to
// raise", and any amount after it in the clause): funds sought, not
// given. "raised its aid to $50 million" is a new total and stays.
func (a *analysis) raised(f frame, q quantity) bool {
	if f.anchor.end <= f.anchor.start {
		return false
	}
	switch a.lw(f.anchor.start) {
	case "raise", "raises", "raised", "raising":
	default:
		return false
	}
	if f.anchor.start > q.end {
		return true // a relative clause: "the $3.8 billion that X hopes to raise"
	}
	for k := f.anchor.end; k < q.start; k++ {
		if a.lw(k) == "to" {
			return false // "raised its aid to $50 million": the new total
		}
	}
	return true
}

// jointMoney turns one amount committed by coordinated subjects ("France,
// Germany and the EU have pledged more than €2 billion", "Sweden, Norway
// and Denmark will jointly contribute $500 million") into one group
// commitment: the amount is the sum of their shares, not each one's. A
// distributive word ("each", "both", "apiece", "respectively") keeps one
// commitment per donor.
func (a *analysis) jointMoney(f frame, q quantity) frame {
	if q.kind != news.KindMoney || q.num == nil || len(f.actors) < 1 || f.rule != ruleActive && f.rule != ruleGapped && f.rule != ruleMoneyFrom {
		return f
	}
	first, last := f.actors[0], f.actors[len(f.actors)-1]
	s := a.sents[q.sent]
	if len(f.actors) == 1 {
		return a.withMembers(f, q)
	}
	from := first.start
	if f.rule == ruleMoneyFrom {
		from = q.start // "$200m each from Kuwait and the UAE"
	} else if first.end > q.start {
		return f
	}
	for k := from; k < min(s.end, max(q.end, last.end)+3); k++ {
		switch a.lw(k) {
		case "each", "both", "apiece", "respectively", "every", "per":
			return f
		}
	}
	g := f
	g.actors = []actorMention{{span: span{first.start, last.end}, cls: cGroup, sent: first.sent, subject: true,
		code: "group:" + a.text[a.toks[first.start].start:a.toks[last.end-1].end]}}
	g.rule = ruleMoneyJoint
	return g
}

// implicitMoney reads a scaled number without a currency as money in the
// currency the text used last, when its context makes it money: "10
// million in direct aid" (in + a money object), "a package of 150
// million", "a tranche of 50 million" (of after a commitment noun or a
// container), "disbursed 50 million." (right after a verb of commitment,
// with no noun after it). The text must have written an amount with an
// explicit currency before. ok is false otherwise.
func (a *analysis) implicitMoney(p numPhrase, si int, s span) (quantity, bool) {
	if !p.scaled || p.words || p.value < 1e6 {
		return quantity{}, false
	}
	cur, bare := "", false
	for n := len(a.quants) - 1; n >= 0; n-- {
		if o := a.quants[n]; o.kind == news.KindMoney && o.currency != "" && o.num != nil {
			cur, bare = o.currency, o.bareDollar
			break
		}
	}
	if cur == "" {
		return quantity{}, false
	}
	money := false
	k := p.end
	// "10 million in direct aid"
	if k < s.end && a.lw(k) == "in" {
		for j := k + 1; j < s.end && j <= k+3; j++ {
			if a.has(j, cMoneyObject) {
				money = true
				break
			}
			if !a.isModifier(j) {
				break
			}
		}
	}
	// "a package of 150 million", "a consignment of 50 million"
	if b := p.start - 1; !money && b > s.start && a.lw(b) == "of" {
		if _, ok := a.triggerNounEndingAt(b-1, s); ok || a.containerOf(b, s) {
			money = true
		}
	}
	// "disbursed 50 million.", "pledged another 2 billion to …"
	if !money && (k >= s.end || a.toks[k].kind == tPunct || a.has(k, cLocPrep) || a.lw(k) == "this" || a.lw(k) == "by") {
		b := p.start - 1
		if b > s.start && (a.lw(b) == "another" || a.lw(b) == "additional" || a.lw(b) == "further" || a.lw(b) == "an") {
			b--
		}
		if b >= s.start && a.has(b, cTrigger, cDeliveryPast) {
			money = true
		}
	}
	if !money {
		return quantity{}, false
	}
	return quantity{span: span{p.start, p.end}, kind: news.KindMoney, num: newNum(p), currency: cur, bareDollar: bare, sent: si}, true
}

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
	sub, ok := a.subjectFrame(match{entry: verb.entry, start: verb.start, end: verb.end}, s)
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

// coordinatedAmount reads a number before "and" or "or" and a scaled amount
// of money as money with the same scale and currency: "17 and 10 million
// dollars", "2 or 3 billion euros". ok is false otherwise.
func (a *analysis) coordinatedAmount(p numPhrase, si int, s span) (quantity, bool) {
	k := p.end
	if p.scaled || k+1 >= s.end || a.lw(k) != "and" && a.lw(k) != "or" && a.tx(k) != "," {
		return quantity{}, false
	}
	p2, ok := parseNumberAt(&a.doc, a.ann, k+1, s.end)
	if !ok || !p2.scaled || p2.value == 0 {
		return quantity{}, false
	}
	cur, ok := a.longest(p2.end, s.end, cCurSuffix, cCurCode)
	if !ok {
		return quantity{}, false
	}
	// the scale of the second applies to the first
	core, _, _, ok := parseCore(&a.doc, a.ann, p2.start, s.end)
	if q, has := hasClass(a.ann, p2.start, cQualifier); has {
		core, _, _, ok = parseCore(&a.doc, a.ann, q.end, s.end)
	}
	if !ok || core == 0 {
		return quantity{}, false
	}
	p.value = math.Round(p.value*(p2.value/core)*1e3) / 1e3
	p.scaled = true
	return quantity{span: span{p.start, p.end}, kind: news.KindMoney, num: newNum(p), currency: cur.value, sent: si}, true
}

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
func (a *analysis) totalFrame(q quantity, s span) (frame, bool) {
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
	if a.lw(to) == "by" && to-verb.end > 1 {
		return frame{}, false // "increased by €1 billion": the verb right before "by"
	}
	// "increased by NOK 1 billion, to NOK 5 billion": the increase is the
	// commitment, the new total includes what was given before
	for _, o := range a.quants {
		if a.lw(to) == "to" && o.sent == q.sent && o.kind == news.KindMoney && o.start > verb.end && o.end <= to && a.lw(o.start-1) == "by" {
			return frame{}, false
		}
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
		} else if am, ok := a.moneyDonorBefore(q.sent, s.start); ok {
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
	case "brings", "brought", "takes", "took":
		if !modal {
			f.forced = news.StatusDelivered
		}
	}
	return f, true
}

// valueFrame matches the size of a package given with no committer in
// its clause: "The total value of the support package is approximately
// SEK 3.4 billion", "The total amount of financing is up to €50 billion".
// The committer is the one of the money before, else the subject of the
// sentences before, else the only country whose currency the amount is
// in. A guess: review it.
func (a *analysis) valueFrame(q quantity, s span, own map[string]string) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	// the link right before the amount: "is", "was", "amounts to", "totals"
	k := q.start - 1
	linked := false
	for k > s.start && q.start-k <= 3 {
		switch a.lw(k) {
		case "is", "was", "will", "be", "amounts", "amounted", "totals", "totalled", "totaled", "stands", "stood", "comes", "came", "reaches", "reached":
			linked = true
			k--
			continue
		case "to", "at":
			k--
			continue
		}
		break
	}
	if !linked {
		return frame{}, false
	}
	// back to the value noun, over "of the (new) (support) package"
	v := -1
	for j := k; j >= s.start && k-j <= 12; j-- {
		if d, ok := a.longest(j, k+1, cDemonym); ok && !a.namesRecipient(d.value, d.end, k+1, s) {
			return frame{}, false
		}
		// "the package to Ukraine": the recipient may be named
		if n := a.actorEndingAt(j, s); n >= 0 && !(a.actors[n].start > s.start && a.lw(a.actors[n].start-1) == "to") &&
			!a.namesRecipient(a.actors[n].code, a.actors[n].end, k+1, s) {
			return frame{}, false
		}
		if a.has(j, cValueNoun) && j+1 < s.end && a.lw(j+1) == "of" {
			v = j
		}
	}
	if v < 0 {
		return frame{}, false
	}
	// no verb of commitment or actor before it: "X pledged …, the total value of which is …"
	for j := s.start; j < v; j++ {
		if a.has(j, cTrigger, cDeliveryPast) || a.actorAt[j] >= 0 {
			return frame{}, false
		}
	}
	f := frame{anchor: span{v, v + 1}, rule: ruleValue, window: span{v, q.end}, conf: 0.5}
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

// ruleOwnerAfter marks money whose donor is named right after it.
const ruleOwnerAfter = "frame.money-owner-after"

// ownerAfterFrame matches an amount followed by its donor as a modifier of
// an aid noun: "SR2bn Saudi aid for Yemen", "$500m US aid package",
// "€40 million German funding".
func (a *analysis) ownerAfterFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil || q.end >= s.end {
		return frame{}, false
	}
	var am actorMention
	if n := a.actorEndingAt(q.end, s); n >= 0 && a.actors[n].start == q.end && len(a.actors[n].code) == 2 {
		am = a.actors[n]
	} else if d, ok := a.longest(q.end, s.end, cDemonym); ok {
		am = actorMention{span: span{d.start, d.end}, code: d.value, cls: cDemonym, sent: q.sent}
	} else {
		return frame{}, false
	}
	for j := am.end; j < s.end && j <= am.end+2; j++ {
		if m, ok := a.longest(j, s.end, cMoneyObject, cTriggerNoun); ok {
			return frame{actors: []actorMention{am}, anchor: span{m.start, m.end}, rule: ruleOwnerAfter, window: span{q.start, m.end}, conf: 0.7}, true
		}
		if !a.isModifier(j) {
			break
		}
	}
	return frame{}, false
}

// rulePart marks a sub-amount of a total.
const rulePart = "frame.money-part"

// partFrame matches a sub-amount of the money before it in the sentence:
// "up to €50 billion, of which €33 billion is provided as loans and €17
// billion as grants", "$1 billion, including $500 million for food".
// The part has the committer of the total; later parts joined by "and"
// or a comma follow the first.
func (a *analysis) partFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	k := q.start - 1
	var total *quantity
	prev := func(before int) *quantity {
		for n := len(a.quants) - 1; n >= 0; n-- {
			o := &a.quants[n]
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
			if f, ok := a.partFrame(*p, s); ok {
				return f, true
			}
		}
		return frame{}, false
	}
	if total == nil || total.num.value <= q.num.value {
		return frame{}, false
	}
	f, ok := a.frameFor(*total)
	if !ok || len(f.actors) == 0 || f.rule == ruleMoneyJoint {
		return frame{}, false
	}
	f.rule = rulePart
	f.conf = min(f.conf, 0.7)
	return f, true
}

// withMembers turns "the European Union and its member states have
// allocated €50 billion" into one group line: the actor with its members,
// allies or partners is a collective.
func (a *analysis) withMembers(f frame, q quantity) frame {
	am := f.actors[0]
	s := a.sents[q.sent]
	k := am.end
	if k+2 >= s.end || a.lw(k) != "and" || a.lw(k+1) != "its" && a.lw(k+1) != "their" {
		return f
	}
	end := -1
	for j := k + 2; j < s.end && j <= k+4; j++ {
		switch a.lw(j) {
		case "members", "states", "allies", "partners":
			end = j + 1
		}
	}
	if end < 0 || end > f.anchor.start {
		return f
	}
	g := f
	g.actors = []actorMention{{span: span{am.start, end}, cls: cGroup, sent: am.sent, subject: true,
		code: "group:" + a.text[a.toks[am.start].start:a.toks[end-1].end]}}
	g.rule = ruleMoneyJoint
	return g
}

// ruleVerbNoun marks money that a verb with a commitment noun commits.
const ruleVerbNoun = "frame.money-verb-noun"

// verbNounFrame matches a light or commitment verb with a commitment noun
// whose amount follows "of": "Norway is making an additional contribution
// of around NOK 20 million", "Japan announced a grant of $5 million". The
// committer is the subject of the verb.
func (a *analysis) verbNounFrame(q quantity, s span) (frame, bool) {
	k := q.start - 1
	if q.kind != news.KindMoney || q.num == nil || k-1 <= s.start || a.lw(k) != "of" {
		return frame{}, false
	}
	n, ok := a.triggerNounEndingAt(k-1, s)
	if !ok {
		return frame{}, false
	}
	v := n.start - 1
	for steps := 0; v > s.start && steps < 4 && (a.lw(v) == "a" || a.lw(v) == "an" || a.lw(v) == "the" || a.isModifier(v) && !a.has(v, cMakeVerb)); steps++ {
		v--
	}
	m, ok := a.longest(v, n.start, cMakeVerb, cTrigger, cDeliveryPast)
	if !ok {
		return frame{}, false
	}
	f, ok := a.subjectFrame(m, s)
	if !ok {
		return frame{}, false
	}
	f.rule = ruleVerbNoun
	f.window = span{f.window.start, min(s.end, q.end+3)}
	f.conf = min(f.conf, 0.8)
	return f, true
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
		if t, ok := a.longest(k, s.end, cTrigger, cDeliveryPast); ok && k > q.end {
			if t.end >= s.end || a.lw(t.end) != "by" {
				return frame{}, false
			}
			actors := a.listAt(t.end+1, s)
			if len(actors) == 0 {
				// "by Canadian Prime Minister X": a demonym before a title
				if d, ok := a.longest(t.end+1, s.end, cDemonym); ok {
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
			continue
		}
		f, ok := a.subjectFrame(m, s)
		if !ok {
			return frame{}, false
		}
		f.rule = ruleWith
		f.window = span{f.window.start, min(s.end, q.end+3)}
		f.conf = min(f.conf, 0.8)
		return f, true
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
	if k >= s.end {
		return frame{}, false
	}
	switch a.lw(k) {
	case "is", "are", "was", "were", "represents", "comes", "came":
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
		if _, ok := a.isPossessive(am.end, s.end); ok || j > 0 && a.lw(j-1) == "from" {
			return frame{actors: []actorMention{am}, anchor: span{link, link + 1}, rule: rulePredicate, window: span{q.start, am.end}, conf: 0.7}, true
		}
		return frame{}, false
	}
	return frame{}, false
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

// ruleOwnerLink marks the size of a country's aid given with a link verb.
const ruleOwnerLink = "frame.money-owner-link"

// ownerLinkFrame matches the size of a country's aid with a link verb:
// "German aid to Kyiv has amounted to €16.8 billion", "Japan's assistance
// now totals $12 billion". Such a running total is what has been given:
// delivered.
func (a *analysis) ownerLinkFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	k := q.start - 1
	cumulative := false
	for link := true; link && k > s.start && q.start-k <= 4; {
		switch a.lw(k) {
		case "amounted", "amounts", "totals", "totalled", "totaled", "reached", "reaches", "stands", "stood":
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
		} else {
			return frame{}, false
		}
		return frame{actors: []actorMention{am}, anchor: span{k + 1, q.start}, rule: ruleOwnerLink, window: span{am.start, q.end},
			conf: 0.7, forced: news.StatusDelivered}, true
	}
	return frame{}, false
}
