package extractor

import "math"

// Scales and currency symbols around a number: a scale word or glued
// letter after it ("1.6 billion", "500m", "1 lakh crore"), a currency
// code, symbol or word glued before it ("USD34.6", "SR2bn"), and whether
// a one-letter symbol stands for a currency.

// currencyEndsAt reports whether a currency code, symbol or word ends
// right before token i ("USD34.6", "SR2bn", "$NZ300", "Rs57").
func currencyEndsAt(ann [][]match, i int) bool {
	for j := max(0, i-3); j < i; j++ {
		for _, m := range ann[j] {
			if m.end == i && (m.class == cCurCode || m.class == cCurPrefix || m.class == cCurAmbiguous) {
				return true
			}
		}
	}
	return false
}

// scaleAt reports the scale word at token j: spelled-out words may stand
// apart ("1.6 billion"); single letters must be glued ("500m", "10k").
func scaleAt(d *doc, ann [][]match, j, lim int) (match, bool) {
	m, ok := hasClass(ann, j, cScale)
	if !ok || m.end > lim {
		return match{}, false
	}
	switch d.lw(j) {
	case "m", "k", "b", "md", "mds":
		// glued to the number ("500m"), or before a glued currency
		// symbol in the French style ("10 M€", "1,5 Md$"); the German
		// "Mrd" is no English word and stands alone ("€1,5 Mrd")
		if !d.toks[j].glued && !(m.end < lim && d.toks[m.end].glued && d.toks[m.end].kind != tWord && d.toks[m.end].kind != tNum && hasCurSymbol(ann, m.end)) {
			return match{}, false
		}
	}
	// a glued scale must end the word: "5mn" yes, "5mph" is not in the lexicon anyway
	return m, true
}

// hasCurSymbol reports whether a currency symbol ("€", "$") starts at
// token j.
func hasCurSymbol(ann [][]match, j int) bool {
	_, ok := hasClass(ann, j, cCurPrefix)
	return ok
}

// applyScale multiplies p by a scale word at token i and returns the index
// after it.
// A scale may follow a hyphen ("2.5-billion-euro", "$1.2-billion"), and
// a second scale multiplies the first ("1 lakh crore").
func applyScale(d *doc, ann [][]match, p *numPhrase, i, lim int) int {
	j := i
	if j+1 < lim && d.isJoiner(j) {
		j++
	}
	m, ok := scaleAt(d, ann, j, lim)
	if !ok || j > i && len(d.lw(j)) < 3 {
		return i // "5-m" is no scale
	}
	scale := m.num
	end := m.end
	if m2, ok := scaleAt(d, ann, end, lim); ok && m2.num > 1 && len(d.lw(end)) > 2 {
		scale *= m2.num
		end = m2.end
	}
	// whole units: 1.7 × 1e9 is 1700000000, not 1700000000.0000002
	p.value = math.Round(p.value*scale*1e3) / 1e3
	p.scaled = true
	return end
}

// newNum returns a copy of p on the heap: taking the address of a local
// phrase would move every parsed number there.
func newNum(p numPhrase) *numPhrase { return &p }

// keepNum is newNum in memory of the analysis that the next text reuses:
// for the numbers of the quantities found by analyze, which live no
// longer than the analysis (lines copy their values).
func (a *analysis) keepNum(p numPhrase) *numPhrase {
	if len(a.numMem) == cap(a.numMem) {
		// a new block: the numbers handed out stay where they are
		a.numMem = make([]numPhrase, 0, max(64, 2*cap(a.numMem)))
	}
	a.numMem = append(a.numMem, p)
	return &a.numMem[len(a.numMem)-1]
}

// letterSymbol reports whether the currency symbol m is one letter ("R"
// for rand, "W" for won).
func (a *analysis) letterSymbol(m match) bool {
	return m.end == m.start+1 && a.toks[m.start].kind == tWord && len(a.tx(m.start)) == 1
}

// letterSymbolOK reports whether a currency symbol before a number stands
// as one: a one-letter symbol only in capitals and glued to the number
// ("R984 368 057", "W49.3 billion"), never "a R" or "W 5".
func (a *analysis) letterSymbolOK(m match) bool {
	if !a.letterSymbol(m) {
		return true
	}
	return m.end < len(a.toks) && a.toks[m.end].kind == tNum && a.toks[m.end].glued && a.upper(m.start)
}

// scaledOnlySymbol reports whether a currency symbol before a number is
// the letter "P" (Philippine pesos), which stands for money only before a
// scaled number ("P270 million", "P8.5bn"): "P5" and "P8" are names.
func (a *analysis) scaledOnlySymbol(m match) bool {
	return a.letterSymbol(m) && a.tx(m.start) == "P"
}

// wordsRemainder adds to a number in words scaled by thousands the words
// of the hundreds after it: "two thousand five hundred" is 2,500, "three
// thousand and fifty" 3,050. The remainder is a number in words below a
// thousand with no scale of its own; it returns the end of the phrase.
func wordsRemainder(d *doc, ann [][]match, p *numPhrase, i, lim int) int {
	if !p.words || !p.scaled || p.value < 1000 || math.Mod(p.value, 1000) != 0 || i >= lim {
		return i
	}
	j := i
	if d.lw(j) == "and" && j+1 < lim {
		j++
	}
	if w := d.lw(j); w == "a" || w == "an" || w == "half" || w == "quarter" {
		return i
	}
	v, end, words, ok := parseCore(d, ann, j, lim)
	if !ok || !words || v <= 0 || v >= 1000 {
		return i
	}
	if _, sc := scaleAt(d, ann, end, lim); sc {
		return i // "two thousand five million": no sum
	}
	p.value += v
	return end
}
