package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// possessiveFrame matches an owner before the quantity and a commitment
// noun after it: "Germany's €1bn pledge", "the EU's €50 billion aid package",
// "Japan's $4.5 billion in aid".
func (a *analysis) possessiveFrame(q *quantity, s span) (frame, bool) {
	p := q.start - 2
	// "Japan's latest $1 billion tranche", "the EU's third €1.5 billion
	// disbursement": an ordinal or a word of newness before the amount
	for n := 0; n < 2 && p > s.start && orderWord(a.lw(p+1)); n++ {
		p--
	}
	if p+1 > s.start && isApostropheText(a.tx(p+1)) && strings.HasSuffix(a.lw(p), "s") {
		p++ // "the United States' $1 billion pledge"
	} else if p-1 < s.start || !isApostropheText(a.tx(p)) || a.lw(p+1) != "s" {
		return frame{}, false
	}
	n := a.actorEndingAt(p-1, s)
	if n < 0 || a.actors[n].end != p {
		return frame{}, false
	}
	for k := q.end; k < min(s.end, q.end+4); k++ {
		m, ok := a.longest(k, s.end, cTriggerNoun)
		if !ok && k == q.end && a.lw(k) == "in" && q.num != nil && q.currency != "" {
			// "Japan's $4.5 billion in (new) aid"
			for j := k + 1; j < s.end && j <= k+3 && !ok; j++ {
				if m, ok = a.longest(j, s.end, cMoneyObject); !ok && !a.isModifier(j) {
					break
				}
			}
		}
		if ok {
			am := a.actors[n]
			// the verb right after the noun may tell the status:
			// "Japan's latest $1 billion tranche arrived"
			end := m.end
			if q.kind == news.KindMoney && end < s.end && a.has(end, cDelivered) {
				end++
			}
			f := frame{actors: []actorMention{am}, anchor: span{m.start, m.end}, rule: ruleNoun,
				window: span{am.start, end}, conf: 0.75}
			if q.kind == news.KindMoney && a.receivedOwnerBefore(am.start, s) {
				f.forced = news.StatusDelivered // "had received the UAE's $3bn in aid"
			}
			return f, true
		}
		// a headline without the noun: "Japan's $50m for Kenya"
		if k == q.end && q.num != nil && q.currency != "" && (a.lw(k) == "for" || a.lw(k) == "to") && k+1 < s.end {
			j := k + 1
			if a.lw(j) == "the" {
				j++
			}
			if r := a.actorAt[j]; j < s.end && r >= 0 && a.actors[r].start == j && a.actors[r].code != a.actors[n].code && len(a.actors[r].code) == 2 {
				am := a.actors[n]
				return frame{actors: []actorMention{am}, anchor: span{k, k + 1}, rule: ruleNoun, window: span{am.start, q.end}, conf: 0.65}, true
			}
		}
		// "Britain's £2.3 billion military aid programme", "the EU's €5
		// billion Ukraine Assistance Fund": a money noun or a name before
		// the commitment noun
		if !a.isModifier(k) && !a.has(k, cMoneyObject, cSupportNoun) && !(a.actorAt[k] >= 0 && a.upper(k)) {
			break
		}
	}
	return frame{}, false
}

// nounFrame matches an owner, a commitment noun and a link before the
// quantity, with no verb of commitment: "Australia's contribution
// includes 49 Abrams tanks", "Japan's package of $1.2bn", "the Danish
// package, worth DKK 1.7 billion". The owner is a possessive actor or a
// demonym; quantities coordinated after the first share the frame.
func (a *analysis) nounFrame(q *quantity, s span) (frame, bool) {
	k := q.start - 1
	mods := 0
	for steps := 0; k >= s.start && steps < 12; steps++ {
		if m, ok := a.triggerNounEndingAt(k, s); ok {
			return a.nounOwner(m, q, s)
		}
		// "German (financial) aid of €500 million": a money noun whose
		// owner is named right before it
		if m, ok := a.moneyObjectEndingAt(k, s); ok && q.num != nil && q.currency != "" {
			if f, ok := a.nounOwner(m, q, s); ok {
				return f, true
			}
		}
		tx := a.tx(k)
		switch {
		case a.has(k, cNounLink) || tx == "," || tx == "(" || tx == "–" || tx == "—" || tx == ":":
			k--
		case a.isModifier(k) && mods < 2:
			mods++
			k--
		case a.lw(k) == "and" || a.lw(k) == "plus":
			k--
		default:
			// "Norway's gift to Ukraine: NOK 10 billion": the recipient
			// after the noun
			if n := a.actorEndingAt(k, s); n >= 0 && a.actors[n].start-1 > s.start {
				if p := a.actors[n].start - 1; a.lw(p) == "to" || a.lw(p) == "for" {
					k = p - 1
					continue
				}
			}
			// skip a quantity coordinated before this one
			jumped := false
			for _, o := range a.quantsOf(q.sent) {
				if o.sent == q.sent && o.end == k+1 && o.start < q.start {
					k, jumped = o.start-1, true
					break
				}
			}
			if !jumped {
				return frame{}, false
			}
		}
	}
	return frame{}, false
}

// moneyObjectEndingAt returns a money noun ("aid", "funding",
// "financial support") that ends at token k.
func (a *analysis) moneyObjectEndingAt(k int, s span) (match, bool) {
	for j := k; j >= s.start && j > k-3; j-- {
		for _, m := range a.ann[j] {
			if m.class == cMoneyObject && m.end == k+1 {
				return m, true
			}
		}
	}
	return match{}, false
}

// triggerNounEndingAt returns a commitment noun that ends at token k.
func (a *analysis) triggerNounEndingAt(k int, s span) (match, bool) {
	for j := k; j >= s.start && j > k-3; j-- {
		for _, m := range a.ann[j] {
			if m.class == cTriggerNoun && m.end == k+1 {
				return m, true
			}
		}
	}
	return match{}, false
}

// nounOwner finds the owner of the commitment noun m: "Australia's
// (latest) contribution", "the Danish (aid) package".
func (a *analysis) nounOwner(m match, q *quantity, s span) (frame, bool) {
	p := m.start - 1
	for n := 0; n < 2 && p >= s.start && (a.isModifier(p) || a.participleAdj(p)) && !a.has(p, cDemonym) && !(a.lw(p) == "s" && p > s.start && isApostropheText(a.tx(p-1))); n++ {
		p--
	}
	if p < s.start {
		return frame{}, false
	}
	win := func(start int) span { return span{start, min(s.end, q.end+3)} }
	if p-1 >= s.start && isApostropheText(a.tx(p-1)) && a.lw(p) == "s" {
		// "the country's contribution": the country named before
		if p-3 >= s.start && a.lw(p-2) == "country" && a.lw(p-3) == "the" {
			if list, ok := a.resolvePronoun(p-2, s); ok && len(list[0].code) == 2 {
				return frame{actors: list[:1], anchor: span{m.start, m.end}, rule: rulePronoun, window: win(p - 3), conf: 0.5,
					anaphor: span{p - 3, p - 1}}, true
			}
			return frame{}, false
		}
		n := a.actorEndingAt(p-2, s)
		if n < 0 || a.actors[n].end != p-1 || a.actors[n].cls == cGroup && !strings.HasPrefix(a.actors[n].code, "group:") {
			return frame{}, false
		}
		am := a.actors[n]
		return frame{actors: []actorMention{am}, anchor: span{m.start, m.end}, rule: ruleNoun, window: win(am.start), conf: 0.75}, true
	}
	for j := p; j >= s.start && j > p-3; j-- {
		for _, d := range a.ann[j] {
			if d.class == cDemonym && d.end == p+1 {
				if a.jointDemonyms(d.start, s) {
					return frame{}, false // "a joint German-French package": the subjects' joint line
				}
				am := actorMention{span: span{d.start, d.end}, code: d.value, cls: cDemonym, sent: q.sent}
				return frame{actors: []actorMention{am}, anchor: span{m.start, m.end}, rule: ruleNoun, window: win(d.start), conf: 0.65}, true
			}
		}
	}
	if f, ok := a.nounAgentAfter(m, q, s); ok {
		return f, true
	}
	return frame{}, false
}

// gappedFrame matches the elided verb of a donor list: in "Germany
// pledged EUR 120m, Switzerland CHF 50 million and Sweden 300 million
// kronor" each later amount has its own actor right before it, after a
// comma or "and", with the trigger of the first. Goods may follow their
// donor after a dash or a colon and be coordinated ("France sent 100
// generators, Prague – heaters and medical kits, Riga – heat guns":
// gappedGoodsStart).
func (a *analysis) gappedFrame(t match, q *quantity, s span) (frame, bool) {
	// "will give Kenya $50 million and Uganda $30 million": the verb's
	// first object is a recipient, so are the gapped ones
	if r := a.actorAt[min(t.end, len(a.actorAt)-1)]; t.end < s.end && r >= 0 && a.actors[r].start == t.end {
		for _, o := range a.quantsOf(q.sent) {
			if o.sent == q.sent && o.start == a.actors[r].end && o.kind == q.kind {
				return frame{}, false
			}
		}
	}
	at := q.start
	if q.kind == news.KindEquipment {
		at = a.gappedGoodsStart(q, s)
	}
	for _, am := range a.actorsOf(s) {
		if am.start < t.end || am.end != at || am.cls == cDemonym {
			continue
		}
		p := am.start - 1
		if p > t.end && a.lw(p) == "the" {
			p-- // "… and the United States $38 million"
		}
		if p <= t.end || (a.tx(p) != "," && a.lw(p) != "and") {
			return frame{}, false
		}
		win := span{am.start, min(s.end, q.end+3)}
		f := frame{actors: []actorMention{am}, anchor: span{t.start, t.end}, rule: ruleGapped, window: win, conf: 0.75}
		if at != q.start {
			f.name = ruleGappedGoods
		}
		return f, true
	}
	return frame{}, false
}

// ruleGappedGoods names goods of a gapped donor entry after a dash or a
// colon, or coordinated after the entry's first goods (gappedGoodsStart).
const ruleGappedGoods = "equipment.gapped-goods"

// gappedGoodsStart returns where the entry of equipment q in a gapped
// donor list starts its goods: the first of the goods coordinated with q
// ("heaters and medical kits"), or the dash or colon after the donor
// before them ("Prague – heaters"). It is q.start when neither applies.
func (a *analysis) gappedGoodsStart(q *quantity, s span) int {
	at := a.enumStart(q)
	if at-1 > s.start {
		switch a.tx(at - 1) {
		case "–", "—", ":":
			return at - 1
		case "-":
			if !a.toks[at-1].glued { // (not a compound's hyphen)
				return at - 1
			}
		}
	}
	return at
}
