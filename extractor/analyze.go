package extractor

import (
	"strings"
	"unicode/utf8"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// span is a range of token indexes, end exclusive.
type span struct{ start, end int }

// actorMention is a phrase that names a possible committer.
type actorMention struct {
	span
	code string // ISO alpha-2, EU, NATO, or "group:<text>"
	cls  class  // cCountry, cDemonym, cMetonym, cLeader or cGroup
	// person is true for a leader or a titled official: the antecedent of
	// "he" or "she".
	person bool
	// subject is true when the mention can be the subject of a verb: not
	// after a preposition ("in Paris"), not a modifier ("U.S. involvement").
	subject bool
	// reporter is true for "X said": the source, not the committer.
	reporter bool
	// far is true for an antecedent found more than one sentence back.
	far  bool
	sent int
}

// quantity is something that can be committed: an amount of money, a
// number of troops, equipment or a kind of support.
type quantity struct {
	span
	kind news.Kind
	num  *numPhrase // nil when the text gives no number
	// currency is the ISO code for money; candidates lists the codes of an
	// ambiguous currency word ("kroner") instead.
	currency   string
	candidates []string
	// fallback is the candidate read when the actor's currency is none of
	// them ("kronor": SEK).
	fallback string
	item     string
	// prepped is true when a preposition precedes the phrase ("£1bn in
	// missile exports", "participation in monitoring"): it describes
	// something else, it is not what is committed.
	prepped bool
	// conversion is true for an amount that restates the one before it
	// in another currency: "NOK 10 billion ($950 million)", "…, or about
	// $950 million".
	conversion bool
	// bareDollar is true for money written with a lone "$" (USD assumed).
	bareDollar bool
	sent       int
}

// analysis is everything the grammar found in one text.
type analysis struct {
	doc
	// outBuf and orderBuf are scratch memory of commitments.
	outBuf   []news.Commitment
	orderBuf []int
	ann      [][]match
	all      []match // backing array of ann
	// cls[k] has bit c set when a match of class c starts at token k.
	cls     []uint64
	sents   []span
	claimed []bool
	actors  []actorMention
	quants  []quantity
	numbers []numPhrase // numbers that are none of the above
	// actorAt[k] is the index in actors of the mention covering token k, or -1.
	actorAt []int32
	// sentActors[i] is the range of actors (indexes) in sentence i.
	sentActors []span
	// spanBuf is scratch memory of the actor and value spans of outBuf;
	// the result gets its own copy.
	spanBuf [][2]int
	// featBuf holds the features of the lines emitted for this text, and
	// featIdx the index in featBuf of each line returned (see confidence.go).
	featBuf []lineFeat
	featIdx []int
	// stats are counts over the text for the features (features.go).
	stats textStats
	// usdContext is true when the text itself says its dollars are US
	// dollars: an explicit USD amount or phrase, or a US dateline.
	usdContext bool
	// ownCurrency maps a country code to its currency (the Extractor's).
	ownCurrency map[string]string
	// inDonor is true while moneyDonorBefore reads the frames of earlier
	// money: they may not look further back themselves.
	inDonor bool
}

// abbreviations are words whose trailing dot does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "lt": true, "col": true,
	"sgt": true, "maj": true, "capt": true, "adm": true, "prof": true, "sen": true, "rep": true, "gov": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "no": true, "nos": true, "vs": true, "etc": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "jr": true, "sr": true, "fig": true, "approx": true,
	"e.g": true, "i.e": true, "fr": true, "u.s": true, "u.k": true,
}

// actorsOf returns the actor mentions of sentence s, in text order.
func (a *analysis) actorsOf(s span) []actorMention {
	si := a.sentOf(s)
	if si < 0 {
		return nil
	}
	r := a.sentActors[si]
	return a.actors[r.start:r.end]
}

// grow returns s resized to n, reusing its memory when it can.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// release returns the memory of a to the free list. Its tokens keep the last
// text alive until the next use (clearing them costs more than it saves).
func (e *Extractor) release(a *analysis) {
	if cap(a.toks) > 1<<18 {
		return // do not keep the memory of a huge text
	}
	select {
	case e.free <- a:
	default: // the list is full: let the garbage collector have it
	}
}

// sentences splits the tokens into sentences: at line breaks, after ! ? ;,
// and after a dot that ends a sentence (not "U.S." or "Mr."). It appends to
// out.
func (d *doc) sentences(out []span) []span {
	toks := d.toks
	start := 0
	for j := 1; j < len(toks); j++ {
		brk := toks[j].nl
		if !brk && toks[j-1].kind == tPunct {
			switch d.tx(j - 1) {
			case "!", "?", ";":
				brk = true
			case ".":
				brk = d.sentenceDot(j - 1)
			}
			if brk {
				// closing quotes and brackets stay with their sentence
				for j < len(toks) && toks[j].glued && !toks[j].nl && isCloser(d.tx(j)) {
					j++
				}
				if j >= len(toks) {
					break
				}
			}
		}
		if brk {
			out = append(out, span{start, j})
			start = j
		}
	}
	if start < len(toks) {
		out = append(out, span{start, len(toks)})
	}
	return out
}

func isCloser(s string) bool {
	switch s {
	case "”", "\"", "'", "’", ")", "]", "»":
		return true
	}
	return false
}

// sentenceDot reports whether the dot at token p ends a sentence.
func (d *doc) sentenceDot(p int) bool {
	toks := d.toks
	if p == 0 || p+1 >= len(toks) {
		return p+1 >= len(toks)
	}
	prev, next := p-1, p+1
	if toks[prev].kind == tWord && (utf8.RuneCountInString(d.tx(prev)) == 1 && d.upper(prev) || abbreviations[d.lw(prev)]) {
		return false
	}
	// a currency abbreviation before its number: "Rs. 500 crore", "kr. 200"
	if toks[prev].kind == tWord && toks[next].kind == tNum && !toks[next].nl {
		switch d.lw(prev) {
		case "rs", "kr", "rp", "ksh", "tk":
			return false
		}
	}
	// skip closing quotes: `again.” While` ends a sentence
	n := p + 1
	for n < len(toks) && toks[n].glued && isCloser(d.tx(n)) {
		n++
	}
	if n > p+1 {
		if n >= len(toks) {
			return true
		}
		if toks[n].nl || toks[n].kind != tWord {
			return true
		}
		return d.upper(n)
	}
	if toks[next].glued {
		// "Ukraine.A key discussion": a lower-case word glued to a capital
		return toks[prev].kind == tWord && len(d.tx(prev)) > 1 && !d.upper(prev) && toks[next].kind == tWord && d.upper(next)
	}
	if toks[next].kind == tWord {
		return d.upper(next)
	}
	return true
}

// isPossessive reports whether tokens j… start with "'s" and returns the
// index after it.
func (d *doc) isPossessive(j, lim int) (int, bool) {
	toks := d.toks
	if j+1 < lim && toks[j].kind == tPunct && isApostropheText(d.tx(j)) && toks[j].glued &&
		toks[j+1].glued && d.lw(j+1) == "s" {
		return j + 2, true
	}
	// "Jones'" style: apostrophe alone after a word ending in s
	return j, false
}

func isApostropheText(s string) bool { return s == "'" || s == "’" }

// has reports whether token j starts a match of any of the classes.
func (a *analysis) has(j int, cs ...class) bool {
	if j < 0 || j >= len(a.cls) {
		return false
	}
	m := a.cls[j]
	if m == 0 {
		return false
	}
	for _, c := range cs {
		if m&(1<<c) != 0 {
			return true
		}
	}
	return false
}

// longest returns the longest match at j among the classes.
func (a *analysis) longest(j, lim int, cs ...class) (match, bool) {
	if j < 0 || j >= len(a.cls) || a.cls[j] == 0 {
		return match{}, false
	}
	var want uint64
	for _, c := range cs {
		want |= 1 << c
	}
	if a.cls[j]&want == 0 {
		return match{}, false
	}
	for _, m := range a.ann[j] { // longest first
		if m.end > lim {
			continue
		}
		for _, c := range cs {
			if m.class == c {
				return m, true
			}
		}
	}
	return match{}, false
}

// analyze tokenizes text, matches the lexicons in one pass, splits
// sentences and finds the mentions of each sentence.
//
// The analysis holds memory from e's free list: the caller returns it with
// e.release once nothing refers to it any more.
func (e *Extractor) analyze(text string) *analysis {
	var a *analysis
	select {
	case a = <-e.free:
	default:
		a = &analysis{}
	}
	a.doc.tokenize(text)
	a.ownCurrency = e.actorCurrency
	a.ann, a.all = e.trie.matchAllInto(&a.doc, a.ann, a.all)
	a.cls = grow(a.cls, len(a.toks))
	clear(a.cls)
	for _, m := range a.all {
		a.cls[m.start] |= 1 << m.class
	}
	a.sents = a.doc.sentences(a.sents[:0])
	a.claimed = grow(a.claimed, len(a.toks))
	clear(a.claimed)
	a.actors, a.quants, a.numbers = a.actors[:0], a.quants[:0], a.numbers[:0]
	a.usdContext = a.usDateline()
	for _, m := range a.all {
		if m.class == cUSDContext {
			a.usdContext = true
			break
		}
	}
	a.sentActors = grow(a.sentActors, len(a.sents))
	for si, s := range a.sents {
		first := len(a.actors)
		for i := s.start; i < s.end; {
			if n := e.numberLed(a, si, s, i); n > i {
				i = n
				continue
			}
			if n := a.actorMentionAt(si, s, i); n > i {
				i = n
				continue
			}
			if n := a.itemAt(si, s, i); n > i {
				i = n
				continue
			}
			i++
		}
		a.sentActors[si] = span{first, len(a.actors)}
		a.markSubjects(s)
	}
	a.actorAt = grow(a.actorAt, len(a.toks))
	for k := range a.actorAt {
		a.actorAt[k] = -1
	}
	for n, am := range a.actors {
		for k := am.start; k < am.end; k++ {
			a.actorAt[k] = int32(n)
		}
	}
	a.troopEllipsis()
	return a
}

// usDateline reports whether the text opens with a US dateline
// ("WASHINGTON (Reuters) -", "New York, March 3 —"): a place of class
// us_dateline at the start of the first line, followed within four tokens
// by a bracket, comma or dash.
func (a *analysis) usDateline() bool {
	for k := 0; k < len(a.toks) && k < 3; k++ {
		m, ok := a.longest(k, len(a.toks), cUSDateline)
		if !ok {
			continue
		}
		for j := m.end; j < len(a.toks) && j < m.end+4 && !a.toks[j].nl; j++ {
			switch a.tx(j) {
			case "(", ",", "-", "–", "—":
				return true
			}
		}
		return false
	}
	return false
}

// isConversion reports whether money starting at token start, in currency
// cur, restates the money quantity right before it: after "(" or ", or",
// with an optional qualifier ("(about $950 million)"), or in another
// currency after a comma and a qualifier ("10 billion yen, roughly $67
// million, to …").
func (a *analysis) isConversion(start, si int, cur string) bool {
	if len(a.quants) == 0 {
		return false
	}
	prev := a.quants[len(a.quants)-1]
	if prev.kind != news.KindMoney || prev.sent != si {
		return false
	}
	k := prev.end
	if k < start && (a.tx(k) == "(" || a.tx(k) == "[" || a.tx(k) == "/") {
		k++
	} else if k+1 < start && a.tx(k) == "," && a.lw(k+1) == "or" {
		k += 2
	} else if k < start && a.lw(k) == "or" {
		k++
	} else if k+1 <= start && a.tx(k) == "," && cur != "" && prev.currency != "" && cur != prev.currency && a.has(k+1, cQualifier) {
		k++
	} else if !(k+2 < start && a.tx(k) == "," && a.lw(k+1) == "equivalent") {
		return false
	}
	// "(equivalent to about $190 million)", ", equivalent to $190 million"
	if k < start && a.tx(k) == "," {
		k++
	}
	if k+1 < start && (a.lw(k) == "equivalent" || a.lw(k) == "equal") && a.lw(k+1) == "to" {
		k += 2
	}
	if q, ok := a.longest(k, start+1, cQualifier); ok && q.end <= start {
		k = q.end
	}
	return k == start
}

func (a *analysis) claim(from, to int) {
	for k := from; k < to && k < len(a.claimed); k++ {
		a.claimed[k] = true
	}
}

// numberLed recognises phrases that start with a number (or a currency
// before one) at token i: money, troops, equipment counts, numbered
// groups ("26 allied countries"), else a bare number. It returns the index
// after the phrase, or i.
func (e *Extractor) numberLed(a *analysis, si int, s span, i int) int {
	toks := a.toks
	if toks[i].kind != tNum && !a.has(i, cQualifier, cCurPrefix, cCurCode, cCurAmbiguous, cNumWord) && !(a.lw(i) == "thousand" && i > 0 && additionWord(a.lw(i-1))) {
		return i // fast path: nothing numeric starts here
	}
	// "handed over 30 drones": the verb's particle, not "more than"
	if a.verbParticle(i) {
		return i
	}
	// a model code, not a count: "MiG-29", "Mi-17", "COVID-19"
	if toks[i].kind == tNum && toks[i].glued && i >= 2 && a.tx(i-1) == "-" && toks[i-1].glued && toks[i-2].kind == tWord {
		return i
	}
	// money with the currency first: "$1 billion", "up to €5bn", "EUR 500m", "USD34.6 million"
	j, qual := i, ""
	if q, ok := a.longest(i, s.end, cQualifier); ok {
		j, qual = q.end, q.value
	}
	if cur, ok := a.longest(j, s.end, cCurPrefix, cCurCode, cCurAmbiguous); ok && cur.end < s.end {
		// "Japanese Yen (JPY) 232 billion": a code in brackets before the number
		if cur.class == cCurCode && cur.start > s.start && a.tx(cur.start-1) == "(" && cur.end+1 < s.end && a.tx(cur.end) == ")" && toks[cur.end+1].kind == tNum {
			cur.end++
		}
		if cur.class == cCurPrefix && a.letterSymbolOK(cur) || cur.class != cCurPrefix && e.codeBeforeNumber(a, cur, s.end) {
			if p, ok := parseNumberQ(&a.doc, a.ann, cur.end, s.end, qual); ok {
				p.start = i
				q := quantity{span: span{i, p.end}, kind: news.KindMoney, currency: cur.value, sent: si}
				if cur.class == cCurAmbiguous {
					// "Rs 100 million": a word shared by several currencies
					q.currency, q.candidates, q.fallback = "", strings.Split(cur.value, "|"), cur.fallback
				}
				// an explicit code after a symbol wins: "$500 million CAD"
				if code, ok := a.longest(p.end, s.end, cCurCode, cCurSuffix); ok {
					q.currency, q.end, p.end = code.value, code.end, code.end
				}
				q.num = newNum(p)
				if q.currency == "USD" {
					if a.tx(cur.start) == "$" && cur.end == cur.start+1 {
						q.bareDollar = true
					} else {
						a.usdContext = true
					}
				}
				q.conversion = a.isConversion(q.start, si, q.currency)
				a.quants = append(a.quants, q)
				a.claim(i, p.end)
				return p.end
			}
		}
	}
	p, ok := parseNumberAt(&a.doc, a.ann, i, s.end)
	if !ok {
		return i
	}
	end := p.end
	// money with the currency after: "500 million euros", "2bn Norwegian kroner", "10 million EUR",
	// "a 2.5-billion-euro package"
	curAt := end
	if curAt+1 < s.end && a.isJoiner(curAt) && p.scaled {
		curAt++
	}
	cur, ok := a.longest(curAt, s.end, cCurSuffix, cCurCode, cCurAmbiguous)
	if !ok {
		// a symbol after the number, in the French style: "10 M€", "1,5 Md$", "500 €"
		if sym, sok := a.longest(end, s.end, cCurPrefix); sok && toks[end].kind != tWord && (sym.end >= s.end || toks[sym.end].kind != tNum) && !a.letterSymbol(sym) {
			cur, ok = sym, true
		}
	}
	if ok {
		q := quantity{span: span{i, cur.end}, kind: news.KindMoney, num: newNum(p), sent: si}
		if cur.class == cCurAmbiguous {
			q.candidates, q.fallback = strings.Split(cur.value, "|"), cur.fallback
		} else {
			q.currency = cur.value
			if q.currency == "USD" {
				// "$5 million", "5 million dollars": a dollar the text does not name
				if cur.class == cCurPrefix && a.tx(cur.start) == "$" && cur.end == cur.start+1 ||
					cur.class == cCurSuffix && cur.end == cur.start+1 && (a.lw(cur.start) == "dollars" || a.lw(cur.start) == "dollar") {
					q.bareDollar = true
				} else {
					a.usdContext = true
				}
			}
		}
		q.conversion = a.isConversion(q.start, si, q.currency)
		a.quants = append(a.quants, q)
		a.claim(i, cur.end)
		return cur.end
	}
	// a numbered group: "26 allied countries", "nineteen nations"
	k := end
	for k < s.end && a.has(k, cGroupAdj) {
		k++
	}
	if g, ok := a.longest(k, s.end, cGroupNoun); ok && !(headWord(a.lw(k)) && a.troopsAfterOf(k+1, s) >= 0) {
		// "a coalition of 31 countries" is one group
		if i-2 >= s.start && a.lw(i-1) == "of" && a.has(i-2, cCollective) && !a.claimed[i-2] {
			i -= 2
		}
		a.actors = append(a.actors, actorMention{span: span{i, g.end}, code: "group:" + a.text[toks[i].start:toks[g.end-1].end], cls: cGroup, sent: si})
		a.claim(i, g.end)
		return g.end
	}
	// troops: "5,000 troops", "600 British soldiers", "a 300-strong contingent"
	k = end
	// "a 300-strong contingent", "a 216-member team", "a 40-man unit":
	// the number counts people, whatever the noun
	sized := false
	if k+1 < s.end && (a.tx(k) == "-" || a.tx(k) == "–") && personCount(a.lw(k+1)) {
		k += 2
		sized = true
	}
	// "a 1,000-plus contingent": a head count that the number parser read
	// with its "-plus"
	if k-2 > i && a.lw(k-1) == "plus" && a.tx(k-2) == "-" && p.qualifier == "more than" {
		sized = true
	}
	k = a.partitiveOf(k, s)
	for n := 0; n < 3 && k < s.end; n++ {
		if a.has(k, cTroopNoun) || sized && sizedUnit(a.lw(k)) {
			break
		}
		// "10,000 U.S. troops", "500 South Korean soldiers"
		if m, ok := a.longest(k, s.end, cCountry, cDemonym); ok && m.end > k+1 {
			k = m.end
			continue
		}
		if !a.isModifier(k) && a.lw(k) != "more" {
			break
		}
		k++
		if k < s.end && a.isJoiner(k) {
			k++
		}
	}
	t, ok := a.longest(k, s.end, cTroopNoun)
	// "60 members of its Self-Defense Forces", "200 men of the French
	// Foreign Legion": the head word counts the troops named after "of"
	if !ok && end < s.end && headWord(a.lw(end)) {
		if j := a.troopsAfterOf(end+1, s); j >= 0 {
			t, ok = match{start: j, end: j + 1}, true
			if m, found := a.longest(j, s.end, cTroopNoun); found {
				t = m
			}
		}
	}
	// a longer name of materiel that starts with the troop noun wins:
	// "200 personnel carriers", "30 infantry fighting vehicles"
	if eq, isEq := a.longest(t.start, s.end, cEquipNoun); ok && isEq && eq.end > t.end {
		ok = false
	}
	if !ok && sized && k < s.end && sizedUnit(a.lw(k)) {
		t, ok = match{start: k, end: k + 1}, true // "a 300-strong detachment"
	}
	if ok && !a.casualtyNear(i, t.end, s) {
		t.end = a.extendTroops(t.end, s.end)
		q := quantity{span: span{i, t.end}, kind: news.KindTroops, num: newNum(p), sent: si,
			item: a.text[toks[t.start].start:toks[t.end-1].end]}
		if !sized && a.unitCount(t) {
			q.num = nil // "two battalions", "at least one battalion": units, not people
		}
		a.quants = append(a.quants, q)
		a.claim(i, t.end)
		return t.end
	}
	// equipment: "40 Leopard 2 tanks", "two Patriot batteries", "12 F-16s"
	k = end
	// "60 of its T-72 tanks", "14 of their own helicopters": a part of a stock
	itemStart := end
	if k+2 < s.end && a.lw(k) == "of" && (a.lw(k+1) == "its" || a.lw(k+1) == "their" || a.lw(k+1) == "his" || a.lw(k+1) == "her" || a.lw(k+1) == "our") {
		k += 2
		if a.lw(k) == "own" {
			k++
		}
		itemStart = k
	}
	for n := 0; n < 4 && k < s.end; n++ {
		if a.has(k, cEquipNoun) {
			break
		}
		// a model number after a name: "two ASC 890 aircraft", "six CV 90 vehicles"
		modelNum := toks[k].kind == tNum && k > end && toks[k-1].kind == tWord && isUpperASCII(a.text[toks[k-1].start])
		// a hyphenated model code whose name is also a word: "30 AS-90 guns"
		modelNum = modelNum || toks[k].kind == tWord && k+2 < s.end && a.tx(k+1) == "-" && toks[k+1].glued && toks[k+2].glued && isUpperASCII(a.text[toks[k].start])
		if !a.isModifier(k) && !(toks[k].kind == tNum && toks[k].glued) && !modelNum && a.lw(k) != "more" {
			break
		}
		k++
		// a model code is one modifier: "12 M88A2 recovery vehicles"
		for k < s.end && k < end+8 && toks[k].glued && (toks[k].kind != tPunct || a.tx(k) == "-" && k+1 < s.end && toks[k+1].glued) {
			k++
		}
		if k < s.end && a.isJoiner(k) {
			k++
		}
	}
	if eq, ok := a.longest(k, s.end, cEquipNoun); ok && !a.casualtyNear(i, eq.end, s) {
		itemEnd := a.extendEquipment(eq.end, s.end)
		q := quantity{span: span{i, itemEnd}, kind: news.KindEquipment, num: newNum(p), sent: si,
			item: a.text[toks[itemStart].start:toks[itemEnd-1].end]}
		a.quants = append(a.quants, q)
		a.claim(i, itemEnd)
		return itemEnd
	}
	// "10 million in direct aid": the currency of the text's last amount;
	// "17 and 10 million dollars": the scale and currency of the next
	q, ok := a.implicitMoney(p, si, s)
	if !ok {
		q, ok = a.coordinatedAmount(p, si, s)
	}
	if !ok {
		q, ok = a.parenCount(p, si, s) // "Serbia (48), Australia (15)"
	}
	if !ok {
		q, ok = a.headerMoney(p, si, s) // "(in million euros):" then "Germany 500"
	}
	if ok {
		a.quants = append(a.quants, q)
		a.claim(i, end)
		return end
	}
	// "Germany will send 14 tanks and Poland 10": the item of the count before
	if q, ok := a.elidedItem(p, si, s); ok {
		a.quants = append(a.quants, q)
		a.claim(i, end)
		return end
	}
	a.numbers = append(a.numbers, p)
	a.claim(i, end)
	return end
}

// elidedItem reads a bare count whose noun is left out because it repeats
// the counted item before it in the sentence: after a country in a gapped
// list ("Germany will send 14 tanks, Poland 10 and Norway 8") or after a
// verb of giving ("…; Poland will send 10."), or before "from" and a giver
// ("14 tanks from Germany and 10 from Poland"). The count must end its
// clause; a year is no count.
func (a *analysis) elidedItem(p numPhrase, si int, s span) (quantity, bool) {
	i, end := p.start, p.end
	if a.isYear(i) || p.scaled {
		return quantity{}, false
	}
	// "14 tanks from Germany and 10 from Poland": the giver follows
	from := end+1 < s.end && a.lw(end) == "from" && i-1 > s.start && (a.lw(i-1) == "and" || a.tx(i-1) == ",")
	if end < s.end && !from {
		switch a.lw(end) {
		case ",", ".", ";", "and", "each", "apiece", ")", ":", "–", "—":
		default:
			return quantity{}, false
		}
	}
	gapped := from
	if n := len(a.actors); n > 0 {
		am := a.actors[n-1]
		b := am.start - 1
		if b > s.start && a.lw(b) == "the" {
			b-- // "and the Czech Republic 200"
		}
		if am.sent == si && am.end == i && am.cls != cGroup && b > s.start {
			switch a.lw(b) {
			case ",", "and", ";", "while", "whereas":
				gapped = true
			}
		}
	}
	after := false
	if i-1 > s.start {
		if m, ok := a.longest(i-1, s.end, cTrigger, cDeliveryPast); ok && m.end == i {
			after = true
		}
	}
	if !gapped && !after {
		return quantity{}, false
	}
	for k := len(a.quants) - 1; k >= 0; k-- {
		o := a.quants[k]
		if o.sent != si {
			break
		}
		if o.num == nil || o.kind != news.KindEquipment && o.kind != news.KindTroops {
			return quantity{}, false
		}
		return quantity{span: span{i, end}, kind: o.kind, num: newNum(p), sent: si, item: o.item}, true
	}
	return quantity{}, false
}

// gluedSpan reports whether the tokens of [from, to) are written without
// spaces between them ("A$", "C$").
func (a *analysis) gluedSpan(from, to int) bool {
	for k := from + 1; k < to; k++ {
		if !a.toks[k].glued {
			return false
		}
	}
	return true
}

// extendTroops extends a troop noun over the troop nouns right after it:
// "340 Defence Forces personnel", "a military police contingent".
func (a *analysis) extendTroops(end, lim int) int {
	for end < lim {
		// "engineers and medical staff", "soldiers and police officers"
		if a.lw(end) == "and" && end+1 < lim {
			k := end + 1
			if a.isModifier(k) && !a.has(k, cTroopNoun) && k+1 < lim {
				k++
			}
			if m, ok := a.longest(k, lim, cTroopNoun); ok {
				end = m.end
				continue
			}
			return end
		}
		m, ok := a.longest(end, lim, cTroopNoun)
		if !ok {
			return end
		}
		end = m.end
	}
	return end
}

// codeBeforeNumber reports whether an ISO code stands as a currency before
// a number: always when glued to it, and for codes that are also words
// ("ALL", "CAD") only then or before a scale word ("CAD 10 million").
func (e *Extractor) codeBeforeNumber(a *analysis, cur match, lim int) bool {
	toks := a.toks
	if cur.end >= len(toks) || toks[cur.end].kind != tNum {
		return false
	}
	if toks[cur.end].glued || !e.ambiguousCodes[cur.value] {
		return true
	}
	// "CAD 10 million": a scale word after the number makes it an amount
	_, scaled := scaleAt(&a.doc, a.ann, cur.end+1, lim)
	return scaled
}

// extendEquipment extends an equipment noun phrase to the right over
// further equipment nouns and model numbers ("Leopard 2 tanks").
func (a *analysis) extendEquipment(end, lim int) int {
	for end < lim {
		if m, ok := a.longest(end, lim, cEquipNoun, cEquipSuffix); ok {
			end = m.end
			continue
		}
		// a model suffix glued to the name: "Leopard 2A4", "F-16AM"
		if t := a.toks[end]; t.glued && t.kind != tPunct {
			end++
			continue
		}
		if a.toks[end].kind == tNum && end+1 < lim && a.has(end+1, cEquipNoun) {
			end++
			continue
		}
		if a.isJoiner(end) && end+1 < lim && a.toks[end+1].kind == tNum {
			end += 2
			continue
		}
		// "two batteries of Patriot missiles": what the units hold is the item
		if a.lw(end) == "of" && end+1 < lim && unitNoun(a.lw(end-1)) {
			k := end + 1
			for n := 0; n < 2 && k < lim && !a.has(k, cEquipNoun); n++ {
				// a calibre: "rounds of 155-mm ammunition"
				if a.toks[k].kind == tNum && k+2 < lim && a.tx(k+1) == "-" && a.toks[k+1].glued && a.toks[k+2].glued {
					k += 3
					continue
				}
				if !a.isModifier(k) {
					break
				}
				k++
			}
			if m, ok := a.longest(k, lim, cEquipNoun); ok {
				end = m.end
				continue
			}
		}
		// modifiers before another equipment noun: "CV90 infantry fighting vehicles"
		k := end
		for n := 0; n < 3 && k < lim && (a.isModifier(k) || a.has(k, cTroopNoun)) && !a.has(k, cEquipNoun); n++ {
			k++
			// a hyphenated modifier is one: "self-propelled anti-aircraft guns"
			for k+1 < lim && a.tx(k) == "-" && a.toks[k].glued && a.toks[k+1].glued && a.toks[k+1].kind == tWord {
				k += 2
			}
		}
		if k > end && k < lim {
			if m, ok := a.longest(k, lim, cEquipNoun); ok {
				end = m.end
				continue
			}
		}
		break
	}
	return end
}

// isModifier reports whether token k can sit inside a noun phrase before
// its head: a word (or glued numeral) that is no function word or cue.
func (a *analysis) isModifier(k int) bool {
	t := a.toks[k]
	if a.claimed[k] {
		return false
	}
	if t.kind != tWord {
		return false
	}
	// "step up intelligence sharing", "hand over": the end of a verb of giving
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if m, ok := a.longest(j, len(a.toks), cTrigger); ok && m.end == k+1 {
			return false
		}
	}
	return !a.has(k, cStop, cTrigger, cDeliveryPast, cLocPrep, cClauseBreak, cDeclined, cConsidering,
		cReporting, cPronoun, cSubjectFollower, cCurSuffix, cCurPrefix, cCasualty, cQualifier, cTriggerNoun, cPerfectAux, cPassiveAux, cNounLink)
}

// casualtyNear reports whether a casualty word is within two tokens of
// [from, to): "5,000 troops killed" is not a pledge.
func (a *analysis) casualtyNear(from, to int, s span) bool {
	for k := max(s.start, from-2); k < min(s.end, to+2); k++ {
		if a.has(k, cCasualty) {
			return true
		}
	}
	return false
}

// actorMentionAt recognises an actor mention at token i and returns the index
// after it, or i.
func (a *analysis) actorMentionAt(si int, s span, i int) int {
	m, ok := a.longest(i, s.end, cCountry, cMetonym, cLeader, cGroup, cDemonym)
	if !ok || a.claimed[i] {
		return i
	}
	// prefer an actor class over a group/demonym of the same length
	for _, c := range []class{cCountry, cMetonym, cLeader, cGroup, cDemonym} {
		if mm, ok := a.longest(i, s.end, c); ok && mm.end == m.end {
			m = mm
			break
		}
	}
	toks := a.toks
	am := actorMention{span: span{i, m.end}, code: m.value, cls: m.class, person: m.class == cLeader, sent: si}
	if m.value == "XK" {
		// Kosovo has no ISO 3166-1 code ("XK" is user-assigned): a group, as in the gold files
		m.class, am.cls = cGroup, cGroup
	}
	if m.class == cGroup {
		am.code = "group:" + a.text[toks[i].start:toks[m.end-1].end]
	}
	end := m.end
	// "U.S. President Donald Trump", "the German government", "Trump's administration"
	j := end
	if pj, ok := a.isPossessive(j, s.end); ok {
		j = pj
	}
	// "British Africa minister", "German Development Minister": a demonym,
	// up to two capitalised words, then a title
	if m.class == cDemonym {
		if _, ok := a.longest(j, s.end, cTitle); !ok {
			for n := j; n < s.end && n < j+2 && toks[n].kind == tWord && a.upper(n); n++ {
				if _, ok := a.longest(n+1, s.end, cTitle); ok && !a.has(n, cCountry, cMetonym, cLeader) {
					j = n + 1
					break
				}
			}
		}
	}
	if t, ok := a.longest(j, s.end, cTitle); ok {
		end = t.end
		// "the Swedish defence ministry spokesperson": titles in a row
		for n := 0; n < 3; n++ {
			t2, ok := a.longest(end, s.end, cTitle)
			if !ok {
				break
			}
			end = t2.end
		}
		am.person = true
		for end < s.end && toks[end].kind == tWord && a.upper(end) && !a.has(end, cTrigger, cReporting, cDeliveryPast) {
			end++
		}
		if l, ok := a.longest(end, s.end, cLeader); ok {
			end = l.end
		}
	} else if m.class == cDemonym && !a.demonymSubject(i, end, s) {
		return i // a demonym alone is an adjective ("Russian aggression"), not an actor
	}
	am.end = end
	a.actors = append(a.actors, am)
	a.claim(i, end)
	return end
}

// itemAt recognises a quantity without a number at token i: equipment
// ("long-range missiles"), troops ("ground troops"), a unit with a number
// after it ("a contingent of 300"), or a kind of support ("air support").
func (a *analysis) itemAt(si int, s span, i int) int {
	m, ok := a.longest(i, s.end, cEquipNoun, cTroopNoun, cSupportNoun)
	if !ok || a.claimed[i] {
		return i
	}
	// "instructors", "trainers" without a number are support; with one
	// (numberLed, "a team of 40 instructors") they are troops
	if m.class == cTroopNoun {
		if sm, ok := a.longest(i, s.end, cSupportNoun); ok && sm.end >= m.end {
			m = sm
		}
	}
	toks := a.toks
	q := quantity{sent: si}
	end := m.end
	switch m.class {
	case cEquipNoun:
		q.kind = news.KindEquipment
		end = a.extendEquipment(end, s.end)
	case cTroopNoun:
		q.kind = news.KindTroops
		end = a.extendTroops(end, s.end)
		// "a contingent of 300 (soldiers)", "a brigade of about 4,000",
		// "a battalion consisting of between 500 and 650 members"
		if a.has(i, cTroopUnit) {
			if n := a.unitSizeAt(end, s.end); n > end {
				if p, ok := parseNumberAt(&a.doc, a.ann, n, s.end); ok {
					q.num = newNum(p)
					end = p.end
					// "a contingent of 400 Kenyan police officers": the
					// country of the troops before their noun
					if d, ok := a.longest(end, s.end, cDemonym, cCountry); ok && a.has(d.end, cTroopNoun) {
						end = d.end
					}
					if t, ok := a.longest(end, s.end, cTroopNoun); ok {
						end = a.extendTroops(t.end, s.end)
					} else if end < s.end && headWord(a.lw(end)) {
						end++
					}
				}
			}
		}
		// "a force 1,500 strong", "a contingent some 300 strong": the
		// head count after the unit
		if a.has(i, cTroopUnit) && q.num == nil && end < s.end {
			n := end
			if a.lw(n) == "some" || a.lw(n) == "about" || a.lw(n) == "around" {
				n++
			}
			if p, ok := parseNumberAt(&a.doc, a.ann, n, s.end); ok && p.end < s.end && a.lw(p.end) == "strong" {
				q.num = newNum(p)
				end = p.end + 1
			}
		}
		// "Italian peacekeepers number about 1,100", "the Italian
		// contingent totals 1,100": a verb of size and a bare number
		if q.num == nil && end+1 < s.end {
			switch a.lw(end) {
			case "number", "numbers", "numbered", "total", "totals", "totalled", "totaled":
				if p, ok := parseNumberAt(&a.doc, a.ann, end+1, s.end); ok && !p.scaled && !a.isYear(p.start) &&
					(p.end >= s.end || a.toks[p.end].kind == tPunct || a.lw(p.end) == "in" || a.lw(p.end) == "and") {
					q.num = newNum(p)
					end = p.end
				}
			}
		}
		// "gendarmerie trainers": a head that is also support, without a number
		if sm, ok := a.longest(end-1, s.end, cSupportNoun); ok && q.num == nil && sm.end == end && end-1 > i {
			q.kind = news.KindSupport
		}
	default:
		q.kind = news.KindSupport
		// "logistics support", "training and intelligence support"
		for end < s.end {
			m, ok := a.longest(end, s.end, cSupportNoun)
			if !ok {
				break
			}
			end = m.end
		}
	}
	// modifiers before the head: "long-range", "ground", "non-combat", "military"
	start := i
	for n := 0; n < 3 && start > s.start; n++ {
		k := start - 1
		if a.isJoiner(k) && k > s.start {
			k--
		}
		if !a.isModifier(k) || a.has(k, cTitle, cGroupAdj) && q.kind != news.KindSupport || a.has(k, cReceive) {
			break
		}
		start = k
	}
	q.span = span{start, end}
	q.item = a.text[toks[start].start:toks[end-1].end]
	// a preposition before the phrase makes it a description ("in missile exports")
	k := start - 1
	for k > s.start && toks[k].kind == tPunct && (a.tx(k) == "“" || a.tx(k) == "\"" || a.tx(k) == "'") {
		k--
	}
	// "maintenance for the jets", "shells for Ukraine's howitzers": what
	// the goods or the help serve, after a determiner or a possessor
	if f := a.forBeforeDeterminer(k, s); f >= 0 {
		k = f
	}
	// "requests for Taurus missiles": what is asked for (see requestFrame)
	if k >= s.start && a.has(k, cLocPrep) && !a.containerOf(k, s) && !(a.lw(k) == "for" && k > s.start && a.has(k-1, cRequestNoun)) {
		q.prepped = true
	}
	// "provided training to a team from the navy": troops after "to a"
	// receive, they are not committed
	if m.class == cTroopNoun && k > s.start && (a.lw(k) == "a" || a.lw(k) == "an") && (a.lw(k-1) == "to" || a.lw(k-1) == "for") {
		q.prepped = true
	}
	if q.num != nil && q.num.value <= 0 {
		q.num = nil
	}
	// "lead the force", "the Haitian National Police", "UNIFIL's Maritime
	// Task Force": a definite or named unit refers to one that exists; it
	// is not what is committed
	if q.kind == news.KindTroops && q.num == nil && (a.definite(a.nameStart(start, s), s) || i > s.start && a.upper(i)) {
		q.prepped = true
	}
	a.quants = append(a.quants, q)
	a.claim(i, end)
	return end
}

// containerOf reports whether token k is "of" after a noun that only
// counts or packs what follows ("a fleet of", "a batch of", "a shipment
// of"): what follows is then what is committed, not a description.
func (a *analysis) containerOf(k int, s span) bool {
	if a.lw(k) != "of" || k-1 < s.start {
		return false
	}
	for j := k - 1; j >= s.start && j >= k-3; j-- {
		for _, m := range a.ann[j] {
			if m.class == cContainer && m.end == k {
				return true
			}
		}
	}
	return false
}

// definite reports whether the noun phrase starting at token start is
// determined by "the" or a possessive "'s".
func (a *analysis) definite(start int, s span) bool {
	k := start - 1
	if k < s.start {
		return false
	}
	if a.lw(k) == "the" {
		return true
	}
	return a.lw(k) == "s" && k > s.start && isApostropheText(a.tx(k-1))
}

// subjectFollower reports whether the token after an actor mention lets
// it be a subject: a verb or auxiliary, a cue, punctuation, a conjunction.
func (a *analysis) subjectFollower(j int, s span) bool {
	if j >= s.end {
		return true
	}
	t := a.toks[j]
	if t.kind == tPunct {
		return true
	}
	low := a.lw(j)
	switch low {
	case "and", "or", "&", "who", "which", "plus", "together", "as":
		return true
	case "to":
		// a headline infinitive: "UK to send 200 troops"
		return a.has(j+1, cTrigger)
	}
	if strings.HasSuffix(low, "ly") {
		return true
	}
	// a lower-case word in -ed or -s is likely a verb: "Russia annexed", "Germany spends"
	if t.kind == tWord && len(low) > 3 && !a.upper(j) && (strings.HasSuffix(low, "ed") || strings.HasSuffix(low, "s") && !strings.HasSuffix(low, "ss")) &&
		!a.has(j, cTroopNoun, cEquipNoun, cSupportNoun, cGroupNoun) {
		return true
	}
	return a.has(j, cSubjectFollower, cTrigger, cDeliveryPast, cDeclined, cConsidering, cDelivered,
		cReporting, cTitle, cSupportCue, cPerfectAux, cPassiveAux, cTriggerNoun, cMakeVerb)
}

// separators join the members of a coordinated list of actors.
func (d *doc) isSeparator(k int) bool {
	switch d.lw(k) {
	case ",", "and", "&", "the", "plus", "as", "well", "along", "together", "with", "or":
		return true
	}
	return false
}

// markSubjects decides, for the actors of sentence s, which are subjects
// and which are reporters. Members of a coordinated list share the
// decision of the list.
func (a *analysis) markSubjects(s span) {
	r := a.sentActors[a.sentOf(s)]
	acts := a.actors[r.start:r.end]
	for n := 0; n < len(acts); {
		// the coordinated list starting at acts[n]
		m := n
		for m+1 < len(acts) && a.joined(acts[m].end, acts[m+1].start) && !a.reports(acts[m+1].end, s) && !a.apposedOwner(acts[m], acts[m+1], s) {
			m++
		}
		// "In Brussels, Saudi Arabia pledged": an introductory place is not in the list
		for m > n && a.locatedAt(acts[n].start, s) && a.tx(acts[n].end) == "," &&
			acts[n].end+1 == acts[n+1].start && a.subjectFollower(acts[m].end, s) {
			n++
		}
		first, last := acts[n], acts[m]
		located := false
		p := first.start - 1
		for p >= s.start && (a.lw(p) == "the" || a.lw(p) == "both" || a.lw(p) == "either" || a.tx(p) == "“" || a.tx(p) == "\"" || a.has(p, cPlaceAdj)) {
			p--
		}
		// after a preposition it is a place or an object ("in Paris", "by the U.S.");
		// after a verb it is an object ("supporting the Ukrainian army")
		if p >= s.start && (a.has(p, cLocPrep, cTrigger, cDeliveryPast, cSupportVerb) || a.toks[p].kind == tWord && strings.HasSuffix(a.lw(p), "ing")) {
			located = true
		}
		// "the Government of Canada", "the President of France" name the actor
		if located && a.lw(p) == "of" && p-1 >= s.start && a.endsTitle(p-1) {
			located = false
		}
		// an owner is the subject of its commitment noun or cue ("Trump's pledge",
		// "Washington's willingness", "Germany's €1bn"), not of any noun ("Ukraine's allies")
		possessive, owner := false, false
		if j, ok := a.isPossessive(last.end, s.end); ok {
			// "Turkey's Defence Industry Agency will donate": an agency
			// named in capitals stands for its country
			n := j
			for n < s.end && n < j+5 && a.toks[n].kind == tWord && a.upper(n) && !a.has(n, cCountry, cMetonym, cLeader, cDemonym) {
				n++
			}
			owner = n == j || n >= s.end || !a.subjectFollower(n, s) || a.toks[n].kind == tPunct

			for n := 0; n < 2 && j < s.end && a.isModifier(j) && !a.has(j, cTriggerNoun, cSupportCue, cConsidering); n++ {
				j++
			}
			possessive = j < s.end && (a.has(j, cTriggerNoun, cSupportCue, cConsidering, cCurPrefix) || a.toks[j].kind == tNum)
		}
		// a person is never a modifier: "Chancellor Merz met …" is a
		// subject; the owner of any other noun is not ("Kyiv's largest
		// supplier", "Mali's UN mission")
		subject := possessive || !located && !owner && (last.person || a.subjectFollower(last.end, s))
		if last.end <= a.datelineEnd(s) {
			subject = false // "BEIRUT (AP) —", "KINSHASA, Congo (Reuters) -": where, not who
		}
		if a.receiverAt(last.end, s) {
			subject = false // "Ukraine will also receive:": the recipient
		}
		reporter := a.reports(last.end, s) && !located
		if reporter {
			subject = false
		}
		for k := n; k <= m; k++ {
			acts[k].subject = subject
			acts[k].reporter = reporter
		}
		// "…, with Qatar alone committing $1bn": the subject of a gerund
		w := last.start - 1
		if w > s.start && a.lw(w) == "the" {
			w-- // ", with the EU giving $1.2 billion"
		}
		if w >= s.start && a.lw(w) == "with" && a.gerundAfter(last.end, s) {
			acts[m].subject = true
		}
		n = m + 1
	}
}

// datelineEnd returns the index of the dash that ends a dateline at the
// start of sentence s ("BEIRUT (AP) —", "PORT-AU-PRINCE, Haiti, Oct 7
// (Reuters) -"), or -1: a line that opens with a word in capitals and has
// an unglued dash within 14 tokens.
func (a *analysis) datelineEnd(s span) int {
	if !a.toks[s.start].nl {
		return -1
	}
	t, tx := a.toks[s.start], a.tx(s.start)
	if t.kind != tWord || len(tx) < 3 || strings.ToUpper(tx) != tx {
		return -1
	}
	for k := s.start + 1; k < s.end && k < s.start+14; k++ {
		switch a.tx(k) {
		case "—", "–", "-":
			if !a.toks[k].glued || k+1 < s.end && !a.toks[k+1].glued {
				return k
			}
		}
	}
	return -1
}

// endsTitle reports whether a title phrase ("government", "foreign
// minister") ends at token k.
func (a *analysis) endsTitle(k int) bool {
	for j := max(0, k-3); j <= k; j++ {
		for _, m := range a.ann[j] {
			if m.class == cTitle && m.end == k+1 {
				return true
			}
		}
	}
	return false
}

// locatedAt reports whether a preposition precedes the mention starting
// at token start ("in Paris", "in the U.S.").
func (a *analysis) locatedAt(start int, s span) bool {
	p := start - 1
	for p >= s.start && (a.lw(p) == "the" || a.has(p, cPlaceAdj)) {
		p--
	}
	return p >= s.start && a.has(p, cLocPrep)
}

// reports reports whether a verb of saying follows token j ("Paris said",
// ", officials said").
func (a *analysis) reports(j int, s span) bool {
	if j < s.end && a.tx(j) == "," {
		j++
	}
	// "The Philippines Wednesday said", "Germany on Tuesday said"
	if j+1 < s.end && a.lw(j) == "on" && isWeekday(a.lw(j+1)) {
		j++
	}
	if j < s.end && isWeekday(a.lw(j)) {
		j++
	}
	return j < s.end && a.has(j, cReporting)
}

// isWeekday reports whether w is the lower-case name of a day of the week.
func isWeekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// joined reports whether only list separators lie between two mentions.
func (a *analysis) joined(from, to int) bool {
	if to-from > 4 || to <= from {
		return false // "NATO allies": adjacent mentions are not a list
	}
	for k := from; k < to; k++ {
		if !a.isSeparator(k) {
			return false
		}
	}
	return true
}

// unitNoun reports whether w counts units of a weapon named after "of":
// "two batteries of Patriot missiles", "1 million rounds of ammunition".
// (A carrier is not: "two aircraft of relief items" counts the aircraft.)
func unitNoun(w string) bool {
	switch w {
	case "battery", "batteries", "round", "rounds", "system", "systems", "unit", "units", "set", "sets",
		"shells", "launchers", "squadron", "squadrons", "pieces":
		return true
	}
	return false
}

// troopsAfterOf returns where a troop noun starts after "of" at token k
// ("members of its armed forces"), within a few words and before any
// punctuation, or -1.
func (a *analysis) troopsAfterOf(k int, s span) int {
	if k+1 >= s.end || a.lw(k) != "of" {
		return -1
	}
	for j := k + 1; j < s.end && j <= k+5; j++ {
		if a.has(j, cTroopNoun) {
			return j
		}
		if a.toks[j].kind == tPunct || a.has(j, cClauseBreak) {
			return -1
		}
	}
	return -1
}

// isUpperASCII reports whether b is an ASCII capital letter.
func isUpperASCII(b byte) bool { return b >= 'A' && b <= 'Z' }
