package extractor

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleListLine names goods read from a verbless line of a list under a
// header that ends with a colon and names the giving ("The package
// includes:", "Japan handed over the following equipment:"): the line
// is goods even when the lexicon does not know its noun ("eight
// graders", "Spare parts"). It is reported after frame.bullet.
const ruleListLine = "equipment.list-line"

// maxListLineTokens bounds the tokens of an item line: a longer line is prose.
const maxListLineTokens = 16

// readListLine reads sentence si as a line of a list of goods. open tells
// whether a list is open before si (a header or its items came before);
// a.quants[nq:] are the quantities the lexicon found in si. A line
// without one that is a short verbless noun phrase (see goodsLine) gets
// an equipment or support quantity marked listed; a line whose only
// quantities are uncounted goods or support that its own item covers
// (see coversGoods: "five Bandvagn 206 tracked vehicles", "mine clearing
// kits") gets the goods item instead; an uncounted item at the start of the line that
// is the whole item is marked listed. It returns whether the list is open
// after si: si is a header, an item with a bullet mark, a line that holds
// a quantity or a goods line; any other line of prose closes the list.
func (a *analysis) readListLine(si int, open bool, nq int) bool {
	s := a.sents[si]
	if a.listHeader(s) {
		return true
	}
	if colon := a.headerColon(s); colon >= 0 {
		a.inlineItems(si, s, colon, nq)
		return a.endsWithSemicolon(si)
	}
	if k := a.runInListing(s, nq); k >= 0 {
		// "The equipment includes two ultrasound scanners, ten suction
		// pumps, …": the counted items the lexicon does not know
		a.inlineItems(si, s, k, nq)
	}
	if open && si > 0 && a.endsWithSemicolon(si-1) {
		// "…: eight graders; four heat guns; and ten bulldozers.": the
		// splitter cut the run-in list at its semicolons
		a.inlineItems(si, s, s.start-1, nq)
		return a.endsWithSemicolon(si)
	}
	if !open {
		return false
	}
	if a.numberMark(s) {
		return true // "1." cut off from its item as a sentence
	}
	ls := a.lineStart(s)
	if ls < 0 || ls == s.start && si > 0 && a.lineStart(a.sents[si-1]) > a.sents[si-1].start {
		return false // a line without a mark after bullets: the list is over
	}
	if ls == s.start && a.headingLine(si) {
		return false // "Training" between a blank line and prose: a heading
	}
	if len(a.quants) > nq {
		q, ok := a.goodsLine(si, s, ls)
		switch first := &a.quants[nq]; {
		case !ok:
		case first.start == ls && first.num == nil && (first.kind == q.kind || q.end <= first.end) && (first.kind == news.KindEquipment || first.kind == news.KindSupport):
			// a verbless line of goods the lexicon knows: "Spare parts"
			// alone on its line is an item like a bullet
			first.listed = true
		case (q.num != nil || q.kind == news.KindEquipment) && a.onlyUncountedGoods(nq) && a.coversGoods(&q, nq):
			// "five Bandvagn 206 tracked all-terrain vehicles": the count
			// is the line's, not a number the lexicon read apart; "mine
			// clearing kits": the head noun names the goods
			a.quants = append(a.quants[:nq], q)
			a.claim(q.start, q.end)
		}
		return ls > s.start || s.end-ls <= maxListLineTokens
	}
	if q, ok := a.goodsLine(si, s, ls); ok {
		a.quants = append(a.quants, q)
		a.claim(q.start, q.end)
		return true
	}
	return ls > s.start // an item with a verb of its own keeps a bulleted list open
}

// headingLine reports whether sentence si is a heading: no count first,
// a blank line before it and a line of prose (a sentence that does not
// start a line, or one longer than an item) after it.
func (a *analysis) headingLine(si int) bool {
	s := a.sents[si]
	if s.start == 0 || si+1 >= len(a.sents) || !strings.Contains(a.text[a.toks[s.start-1].end:a.toks[s.start].start], "\n\n") {
		return false
	}
	if _, counted := parseNumberAt(&a.doc, a.ann, s.start, s.end); counted {
		return false // "Four road graders" is an item, not a heading
	}
	n := a.sents[si+1]
	return a.lineStart(n) < 0 || n.end-n.start > maxListLineTokens
}

// coversGoods reports whether goods item q of a list line reads more
// than the quantities from index nq on: it starts before them ("five
// Bandvagn 206 vehicles", "equipment for the integration of radars"),
// ends after them ("demining equipment") or joins several ("mine
// clearing kits").
func (a *analysis) coversGoods(q *quantity, nq int) bool {
	first, last := a.quants[nq], a.quants[len(a.quants)-1]
	return q.start < first.start || q.end > last.end || len(a.quants)-nq > 1 && q.end >= last.end
}

// numberMark reports whether sentence s is only the number of a list
// item at the start of a line ("1." before "20 graders").
func (a *analysis) numberMark(s span) bool {
	return s.end-s.start == 2 && a.toks[s.start].nl && a.toks[s.start].kind == tNum && (a.tx(s.start+1) == "." || a.tx(s.start+1) == ")")
}

// onlyUncountedGoods reports whether the quantities from index nq on
// are all equipment or support without a number.
func (a *analysis) onlyUncountedGoods(nq int) bool {
	for _, q := range a.quants[nq:] {
		if q.kind != news.KindEquipment && q.kind != news.KindSupport || q.num != nil {
			return false
		}
	}
	return true
}

// listHeader reports whether sentence s is a header of a list of goods:
// it ends with a colon and holds a verb or noun of giving or receiving
// ("has handed over the following:", "Ukraine will also receive:", "The
// package includes:", "The aid consists of:", "Among the items are:").
// "Contents:", "Read more:" and "The army lacks the following:" are not.
func (a *analysis) listHeader(s span) bool {
	return s.end-s.start >= 2 && a.tx(s.end-1) == ":" && a.listCueBefore(s.start, s.end-1)
}

// listCueBefore reports whether a token in [from, to) is a verb of
// giving or receiving or says what aid holds ("includes", "consists",
// "items"; see listHeader), and no token names the list as other than
// goods ("sectors", "countries", "losses"). A noun of aid alone ("The
// package will rebuild the following:") is no cue.
func (a *analysis) listCueBefore(from, to int) bool {
	cue := false
	for k := from; k < to; k++ {
		if a.has(k, cTrigger, cDeliveryPast, cReceive) {
			cue = true
		}
		switch w := a.lw(k); {
		case listingVerb(w), w == "consists", w == "consist", w == "items":
			cue = true
		case notGoodsHeading(w):
			return false // "The pledge covers the following sectors:"
		}
	}
	return cue
}

// headerColon returns the colon of sentence s that ends a header of a
// list of goods run into the sentence ("Norway will send the following:
// 20 trucks, 12 graders and spare parts."), or -1. A header of receiving
// ("Ukraine has received the following: …") names no giver.
func (a *analysis) headerColon(s span) int {
	if s.start+1 >= s.end-1 || strings.IndexByte(a.text[a.toks[s.start+1].start:a.toks[s.end-2].end], ':') < 0 {
		return -1 // (no colon in the text of the tokens read below)
	}
	for k := s.start + 1; k < s.end-1; k++ {
		if a.tx(k) == ":" {
			if a.listCueBefore(s.start, k) && !a.anyOf(span{s.start, k}, cReceive) {
				return k
			}
			return -1
		}
	}
	return -1
}

// inlineItems reads the counted items of a list run in after the colon
// of a header (see headerColon), separated by commas, semicolons or
// "and": an item that starts with a number the lexicon left unread and
// is a short noun phrase of goods (see goodsItem) gets an equipment
// quantity. Uncounted items share the line of their clause, so they get
// none. The quantities of si, from index nq on, stay in text order.
func (a *analysis) inlineItems(si int, s span, colon, nq int) {
	added := false
	for p := colon + 1; p < s.end; p++ {
		if p > colon+1 && a.tx(p-1) != "," && a.tx(p-1) != ";" && a.lw(p-1) != "and" || a.quantAt(nq, p) {
			continue
		}
		end := p + 1
		for end < s.end && end <= p+maxListLineTokens && a.tx(end) != "," && a.tx(end) != ";" && a.lw(end) != "and" {
			end++
		}
		if q, ok := a.goodsItem(si, s, p, end); ok && q.num != nil {
			a.quants = append(a.quants, q)
			a.claim(q.start, q.end)
			added = true
		}
	}
	if added {
		slices.SortStableFunc(a.quants[nq:], func(x, y quantity) int { return x.start - y.start })
	}
}

// quantAt reports whether a quantity from index nq on covers token p.
func (a *analysis) quantAt(nq, p int) bool {
	for _, q := range a.quants[nq:] {
		if q.start <= p && p < q.end {
			return true
		}
	}
	return false
}

// goodsLine reads the line of sentence s from ls (after its bullet mark)
// as an item of goods: at most maxListLineTokens tokens, no actor, no
// verb (a trigger, a past form of giving, an auxiliary, a verb of saying,
// a clause break), no year and no colon; an optional count first, then
// a noun phrase up to a comma, a bracket or a preposition. Without a
// count its head noun must be plural or a mass noun ("Spare parts",
// "ammunition"); with one, any noun that does not count people or time
// ("eight graders", "six Falcon XR"; not "12 civilians", "3 years").
// A head that names a service ("satellite imagery services", "training")
// makes a support item.
func (a *analysis) goodsLine(si int, s span, ls int) (quantity, bool) {
	return a.goodsItem(si, s, ls, s.end)
}

// goodsItem is goodsLine for the tokens [ls, end) of sentence s.
func (a *analysis) goodsItem(si int, s span, ls, end int) (quantity, bool) {
	for end > ls && (a.toks[end-1].kind == tPunct || a.lw(end-1) == "and" || a.lw(end-1) == "or") {
		end--
	}
	if end <= ls || end-ls > maxListLineTokens {
		return quantity{}, false
	}
	for _, am := range a.actorsOf(s) {
		if am.end > ls && am.start < end {
			return quantity{}, false
		}
	}
	for k := ls; k < end; k++ {
		if a.has(k, cTrigger, cDeliveryPast, cPassiveAux, cClauseBreak, cReporting, cReceive) || notItemWord(a.lw(k)) {
			return quantity{}, false
		}
		if a.toks[k].kind == tNum && a.isYear(k) {
			return quantity{}, false
		}
		switch a.tx(k) {
		case ":", "|", "?", "!", "@", "/":
			return quantity{}, false
		}
	}
	q := quantity{sent: si, kind: news.KindEquipment, listed: true}
	from := ls
	if p, ok := parseNumberAt(&a.doc, a.ann, ls, end); ok && p.end < end && !a.calibre(ls) {
		q.num = a.keepNum(p)
		from = p.end
	}
	to := from
	for to < end {
		w := a.lw(to)
		if a.tx(to) == "(" {
			// a code in brackets inside the name: "Bandvagn 206 (BV206) vehicles"
			j := to + 1
			for j < end && j <= to+6 && a.tx(j) != ")" {
				j++
			}
			if j >= end || a.tx(j) != ")" {
				break
			}
			to = j + 1
			continue
		}
		if t := a.tx(to); t == "," || t == ";" || t == "–" || t == "—" {
			break
		}
		if w == "with" || w == "for" || w == "to" || w == "from" || w == "in" || w == "on" || w == "at" || w == "of" || w == "that" || w == "which" || w == "including" {
			break
		}
		to++
	}
	if to == from || a.toks[to-1].kind != tWord {
		return quantity{}, false
	}
	head := a.lw(to - 1)
	measured := false
	// "5 tonnes of rice": a measure counts nothing; the goods follow "of"
	if measureNoun(head) && to+1 < end && a.lw(to) == "of" {
		j := to + 1
		for j < end && a.toks[j].kind == tWord && !notGoodsAfterOf(a.lw(j)) {
			j++
		}
		if j == to+1 {
			return quantity{}, false
		}
		q.num, from, to = nil, to+1, j
		head = a.lw(to - 1)
		measured = true
	}
	switch {
	case peopleOrTime(head):
		return quantity{}, false
	case serviceNoun(head):
		q.kind = news.KindSupport
	case q.num == nil && !measured && !pluralNoun(head) && !massGoods(head):
		return quantity{}, false
	}
	q.span = span{ls, to}
	q.item = a.text[a.toks[from].start:a.toks[to-1].end]
	return q, true
}

// anyOf reports whether a token of sentence s has class c.
func (a *analysis) anyOf(s span, c class) bool {
	return a.spanHasCls(s, 1<<c)
}

// headerStatus sets f.forced to the status of the first verb of giving
// before token end in sentence h, and reports whether h has one.
func (a *analysis) headerStatus(f *frame, h span, end int) bool {
	for k := end - 1; k >= h.start; k-- {
		if t, ok := a.longest(k, end, cTrigger, cDeliveryPast); ok {
			g, ok := a.subjectFrame(t, h)
			if !ok { // "Other equipment being deployed includes:"
				g = frame{anchor: span{t.start, t.end}, rule: ruleActive}
			}
			g.window = span{h.start, end}
			f.forced, _ = a.status(&g)
			return true
		}
	}
	return false
}
