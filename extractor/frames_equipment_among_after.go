package extractor

// Goods listed before "were among the …": "Armored vehicles, patrol
// boats and pistols were among the equipment included in the package",
// "Twenty trucks are among the items donated by Japan". The giver is the
// agent of the tail ("donated by Japan") or, for a definite tail, the
// giver of the goods told in the sentences before.

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleAmongAfter names goods listed before "were among the <goods>".
const ruleAmongAfter = "frame.among-after"

// amongAfterFrame matches equipment q in a list that opens its sentence
// and ends at "is/are/was/were (also) among the" and a noun of goods or of
// a package ("equipment", "items", "donation", "package"). The giver is
// a country after "by" or "from" in the tail, else one named in the tail
// as an owner ("among the Japanese donations"), else the giver of the
// goods of the three sentences before (goodsGiverBefore) or the source
// of what the sentence before says was received (receivedFromBefore), a
// guess below the review threshold. It reports false when the list does not open the
// sentence ("Russia says tanks were among the targets") or the tail names
// no goods.
func (a *analysis) amongAfterFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindEquipment || a.stats.sentCls[q.sent]&(1<<cEquipNoun) == 0 {
		return frame{}, false
	}
	// forward over the rest of the list to the copula
	k := q.end
	for n := 0; k < s.end && n < 30; n++ {
		if o, ok := a.quantityAt(k, q.sent); ok && o.kind == news.KindEquipment {
			k = o.end
			continue
		}
		switch a.lw(k) {
		case ",", "and", "as", "well", "plus", "other", "some", "several":
			k++
			continue
		}
		break
	}
	cop := k
	switch a.lw(cop) {
	case "were", "are", "was", "is":
	default:
		return frame{}, false
	}
	k = cop + 1
	if k < s.end && a.lw(k) == "also" {
		k++
	}
	if k+2 >= s.end || a.lw(k) != "among" || a.lw(k+1) != "the" {
		return frame{}, false
	}
	// the list opens the sentence: only list words before q
	if !a.listOpens(s.start, q.start, q.sent) {
		return frame{}, false
	}
	head := -1
	for j := k + 2; j < s.end && j <= k+5; j++ {
		if goodsHeads[a.lw(j)] || packageHeads[a.lw(j)] {
			head = j
			break
		}
	}
	if head < 0 {
		return frame{}, false
	}
	anchor := span{head, head + 1}
	f := frame{anchor: anchor, rule: ruleAmongAfter, window: span{s.start, min(s.end, head+8)}, conf: 0.6}
	// "were among the items donated": goods handed over, unless the tail
	// only promises them ("among the items pledged")
	if w := a.lw(cop); (w == "were" || w == "was") && !a.irrealis(s.start, s.end) {
		f.forced = news.StatusDelivered
		for j := head + 1; j < s.end && j <= head+3; j++ {
			if a.has(j, cTrigger) && !a.has(j, cDeliveryPast) {
				f.forced = ""
			}
		}
	}
	// the tail's agent or source: "among the items donated by Japan"
	for _, am := range a.actorsNear(head, min(s.end, head+10)) {
		if am.start > head && am.end <= s.end && len(am.code) == 2 && am.start > 0 && (a.lw(am.start-1) == "by" || a.lw(am.start-1) == "from" ||
			a.lw(am.start-1) == "the" && am.start > 1 && (a.lw(am.start-2) == "by" || a.lw(am.start-2) == "from")) {
			f.actors = []actorMention{am}
			return f, true
		}
	}
	// an owner before the head: "among the Japanese donations"
	for j := k + 2; j < head; j++ {
		if m, ok := a.longest(j, head, cDemonym); ok && len(m.value) == 2 {
			f.actors = []actorMention{{span: span{m.start, m.end}, code: m.value, cls: cDemonym, sent: q.sent}}
			return f, true
		}
	}
	am, ok := a.goodsGiverBefore(q.sent)
	if ok && a.otherGiverIn(am) {
		return frame{}, false
	}
	if !ok {
		// "Zimbabwe has received a large donation from China."
		if am, ok = a.receivedFromBefore(q.sent); !ok {
			return frame{}, false
		}
	}
	f.actors, f.conf, f.anaphor = []actorMention{am}, 0.5, span{k + 1, head + 1}
	return f, true
}

// receivedFromBefore returns the country after "from" in the sentence
// before si when that sentence tells a receiving ("has received a large
// donation from China"): the giver of what the sentence si lists.
func (a *analysis) receivedFromBefore(si int) (actorMention, bool) {
	if si <= 0 || a.stats.sentCls[si-1]&(1<<cReceive) == 0 {
		return actorMention{}, false
	}
	s := a.sents[si-1]
	for k := s.start; k < s.end; k++ {
		if !a.has(k, cReceive) {
			continue
		}
		for j := k + 1; j+1 < s.end && j <= k+8; j++ {
			if a.lw(j) != "from" {
				continue
			}
			n := a.actorAt[j+1]
			if n < 0 && a.lw(j+1) == "the" && j+2 < s.end {
				n = a.actorAt[j+2]
			}
			if n >= 0 && len(a.actors[n].code) == 2 {
				return a.actors[n], true
			}
			return actorMention{}, false
		}
	}
	return actorMention{}, false
}

// quantityAt returns the quantity of sentence si that starts at token k.
func (a *analysis) quantityAt(k, si int) (quantity, bool) {
	for _, o := range a.quantsNear(k, k+1) {
		if o.sent == si && o.start == k {
			return o, true
		}
	}
	return quantity{}, false
}

// listOpens reports whether the tokens [from, to) of sentence si hold
// only the items and separators of a list: the list that ends at to
// opens the sentence.
func (a *analysis) listOpens(from, to, si int) bool {
	k := from
	for k < to {
		if o, ok := a.quantityAt(k, si); ok && o.kind == news.KindEquipment {
			k = o.end
			continue
		}
		switch a.lw(k) {
		case ",", "and", "as", "well", "plus":
			k++
			continue
		}
		return false
	}
	return true
}

// goodsForOthers reports whether counted equipment q follows "for" right
// after another item of goods: "modernization kits for 79 F-16s",
// "ammunition for 40 howitzers", "spare parts for 12 helicopters". The
// count is of what the goods serve, often the recipient's own, and no
// gift of its own.
func (a *analysis) goodsForOthers(q *quantity) bool {
	if q.kind != news.KindEquipment || q.num == nil || q.start < 2 {
		return false
	}
	k := q.start - 1
	if a.has(k, cQualifier) && k > 1 {
		k-- // "for more than 40 howitzers" (one-word qualifiers)
	}
	if a.lw(k) != "for" {
		return false
	}
	o, ok := a.quantityEndingAt(k-1, q.sent)
	return ok && o.kind == news.KindEquipment
}

// comesWith reports whether equipment q follows "comes with", "come with",
// or "together with", "along with", "coupled with" (goods given with others),
// or "came with": the contents of a package ("the donation comes with
// spare parts"), which packageFrame reads, not goods after a preposition;
// or "loaded with", "laden with", "filled with", "packed with": the cargo
// of a vehicle ("two planes loaded with tents"), which cargoFrame reads.
func (a *analysis) comesWith(q *quantity) bool {
	if q.kind != news.KindEquipment || q.start < 2 || a.lw(q.start-1) != "with" {
		return false
	}
	switch a.lw(q.start - 2) {
	case "comes", "come", "came":
		return true
	case "loaded", "laden", "filled", "packed", "stocked":
		return true
	case "together", "along", "coupled":
		// "19 howitzers and 25 tanks, together with ammunition": goods
		// added to the goods before them are given with them
		return true
	}
	return false
}

// listNoun returns the length (one or two words) of a plain item of a
// comma list that starts at token k, before limit: lower-case words of no
// lexicon class of a verb, an actor or a function word, right after a
// comma and followed by a comma or "and" ("…, equipment, …", "…,
// facilities and …"); 0 when there is none.
func (a *analysis) listNoun(k, limit int) int {
	if k == 0 || a.tx(k-1) != "," {
		return 0
	}
	n := 0
	for j := k; j < limit && n < 3; j++ {
		t := a.toks[j]
		if t.kind != tWord || a.upper(j) || a.actorAt[j] >= 0 || a.has(j, cTrigger, cDeliveryPast, cStop, cPassiveAux, cPerfectAux, cIrrealis, cClauseBreak, cTriggerNoun) {
			break
		}
		switch a.lw(j) {
		case "and", "or", "as", "well", "plus", "also", "other":
		default:
			n++
			continue
		}
		break
	}
	if n == 0 || n > 2 || k+n >= limit {
		return 0
	}
	if w := a.lw(k + n); w != "," && w != "and" {
		return 0
	}
	return n
}

// verbBefore reports whether a verb of giving comes before token k in
// sentence si, at most 20 tokens back.
func (a *analysis) verbBefore(k, si int) bool {
	_, ok := a.triggerBefore(k, a.sents[si], 20)
	return ok
}

// passiveListEnd reports whether a participle of giving and "by" follow q
// ("… and ammunition donated by Canada"): the list before is the subject
// of a passive.
func (a *analysis) passiveListEnd(q *quantity) bool {
	k := q.end
	if k < len(a.toks) && a.tx(k) == "," {
		k++
	}
	return k+1 < len(a.toks) && a.has(k, cTrigger, cDeliveryPast) && a.lw(k+1) == "by"
}

// numberOfGoods reports whether equipment q follows "the (total) number
// of" (optionally "such" between): "raising to 10 the number of such aircraft
// in its fleet", "the number of tanks sent so far". A count of goods held
// or given in total, not a gift of its own.
func (a *analysis) numberOfGoods(q *quantity) bool {
	if q.kind != news.KindEquipment || q.num != nil || q.start < 3 {
		return false
	}
	k := q.start - 1
	if a.lw(k) == "such" || a.lw(k) == "these" || a.lw(k) == "those" {
		k--
	}
	if k < 2 || a.lw(k) != "of" || a.lw(k-1) != "number" && a.lw(k-1) != "total" {
		return false
	}
	// ("a large number of tanks", "a significant number of vehicles" count
	// the goods given)
	j := k - 2
	if a.lw(j) == "total" && j > 0 {
		j--
	}
	return a.lw(j) == "the"
}
