package extractor

import (
	"math"
	"strings"
)

// parseNumeral parses one numeric token as written in news text: "5000",
// "5,000", "5 000" (already joined by the caller), "1.6", "1,5",
// "1.000.000", "1,234.5", "1.234,5". dotThousands says how to read a single
// dot followed by exactly three digits ("5.000"): as a thousands separator
// (true) or as a decimal point. ok is false for shapes that are not one
// number ("05,2025", "1,23,4").
func parseNumeral(s string, dotThousands bool) (v float64, ok bool) {
	if s == "" {
		return 0, false
	}
	lastDot, lastComma := strings.LastIndexByte(s, '.'), strings.LastIndexByte(s, ',')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && c != '.' && c != ',' {
			return 0, false
		}
	}
	if s[0] < '0' || s[0] > '9' || s[len(s)-1] < '0' || s[len(s)-1] > '9' {
		return 0, false
	}
	var intPart, frac string
	var group byte
	switch {
	case lastDot < 0 && lastComma < 0:
		intPart = s
	case lastDot >= 0 && lastComma >= 0:
		// Both: the later one is the decimal mark.
		if lastDot > lastComma {
			intPart, frac, group = s[:lastDot], s[lastDot+1:], ','
		} else {
			intPart, frac, group = s[:lastComma], s[lastComma+1:], '.'
		}
	case lastComma >= 0:
		if tail := len(s) - lastComma - 1; strings.Count(s, ",") == 1 && tail != 3 {
			if tail > 2 {
				return 0, false // "05,2025" is two numbers run together
			}
			intPart, frac = s[:lastComma], s[lastComma+1:] // "1,5"
		} else {
			intPart, group = s, ','
		}
	default: // dots only
		n := strings.Count(s, ".")
		tail := len(s) - lastDot - 1
		switch {
		case n > 1:
			intPart, group = s, '.'
		case tail == 3 && dotThousands && s[0] != '0':
			intPart, group = s, '.'
		default:
			intPart, frac = s[:lastDot], s[lastDot+1:]
		}
	}
	if group != 0 {
		parts := strings.Split(intPart, string(group))
		for i, p := range parts {
			if p == "" || (i == 0 && len(p) > 3) || (i > 0 && len(p) != 3) {
				if group == ',' && lakhGroups(parts) {
					break // "1,63,887": South Asian grouping
				}
				return 0, false
			}
		}
		intPart = strings.Join(parts, "")
	}
	if strings.ContainsAny(intPart, ".,") || strings.ContainsAny(frac, ".,") {
		return 0, false
	}
	if len(intPart) > 1 && intPart[0] == '0' && group != 0 {
		return 0, false
	}
	for i := 0; i < len(intPart); i++ {
		v = v*10 + float64(intPart[i]-'0')
	}
	scale := 0.1
	for i := 0; i < len(frac); i++ {
		v += float64(frac[i]-'0') * scale
		scale /= 10
	}
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

// lakhGroups reports whether comma groups follow the South Asian style:
// the last of three digits, the ones before of two, the first of one or
// two ("1,63,887", "12,34,567").
func lakhGroups(parts []string) bool {
	if len(parts) < 3 || len(parts[len(parts)-1]) != 3 || parts[0] == "" || len(parts[0]) > 2 {
		return false
	}
	for _, p := range parts[1 : len(parts)-1] {
		if len(p) != 2 {
			return false
		}
	}
	return true
}

// numPhrase is a number as stated in the text, with its scale and
// qualifier: "up to 10,000", "£1.6bn" (without the £), "two thousand".
type numPhrase struct {
	start, end int // token indexes, end exclusive
	value      float64
	qualifier  string
	scaled     bool // a scale word (million, bn …) was applied
	words      bool // written out in words
}

// hasClass reports whether a match of class c starts at token i, and
// returns the longest.
func hasClass(ann [][]match, i int, c class) (match, bool) {
	if i < 0 || i >= len(ann) {
		return match{}, false
	}
	for _, m := range ann[i] {
		if m.class == c {
			return m, true
		}
	}
	return match{}, false
}

// spaceThousand reports whether toks[j] continues toks[j-1] as a
// space-separated thousands group ("5 000").
func spaceThousand(d *doc, j int) bool {
	toks, text := d.toks, d.text
	if j <= 0 || j >= len(toks) || toks[j].kind != tNum || toks[j-1].kind != tNum || toks[j].glued || toks[j].nl {
		return false
	}
	prev, cur := toks[j-1], toks[j]
	if cur.end-cur.start != 3 || strings.ContainsAny(d.tx(j), ".,") || strings.ContainsAny(d.tx(j-1), ".") {
		return false
	}
	gap := text[prev.end:cur.start]
	if gap != " " && gap != "\u00a0" && gap != "\u202f" && gap != "\u2009" {
		return false
	}
	// the first group of a space-grouped number has 1-3 digits, or is itself grouped
	first := d.tx(j - 1)
	if i := strings.LastIndexByte(first, ','); i >= 0 {
		return false
	}
	return len(first) <= 3 || j >= 2 && spaceThousand(d, j-1)
}

// vagueMultiplier reports whether w makes the round number after it
// vague: "several hundred", "a few hundred", "a few dozen".
func vagueMultiplier(w string) bool {
	switch w {
	case "several", "few", "many":
		return true
	}
	return false
}

// additionWord reports whether w adds to a count before it: "another",
// "additional", "further", "extra".
func additionWord(w string) bool {
	switch w {
	case "another", "additional", "further", "extra":
		return true
	}
	return false
}

// numericRange reports whether the dash at token j joins two numerals
// of a range ("800-1,000 troops", "$1-2 billion"): a numeral glued before
// it that is no year ("2014-15" is a period).
func numericRange(d *doc, j int) bool {
	if j < 1 || j+1 >= len(d.toks) || d.tx(j) != "-" && d.tx(j) != "–" || !d.toks[j].glued || d.toks[j-1].kind != tNum {
		return false
	}
	w := d.tx(j - 1)
	if j >= 2 && d.isJoiner(j-2) && d.toks[j-1].glued {
		return false // "F-16-18", "1-2-3": no range
	}
	return !(len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")))
}

// parseNumberAt reads a number phrase starting at token i of toks[:lim]
// (qualifier, numeral or number words, scale, "-plus", a range). ok is
// false when no number starts there.
func parseNumberAt(d *doc, ann [][]match, i, lim int) (numPhrase, bool) {
	return parseNumberQ(d, ann, i, lim, "")
}

// parseNumberQ is parseNumberAt with a qualifier already read before a
// currency ("between SEK 2 and 3 billion").
func parseNumberQ(d *doc, ann [][]match, i, lim int, qual string) (numPhrase, bool) {
	toks := d.toks
	p := numPhrase{start: i, qualifier: qual}
	if q, ok := hasClass(ann, i, cQualifier); ok && q.end < lim {
		p.qualifier = q.value
		i = q.end
	}
	v, end, words, ok := parseCore(d, ann, i, lim)
	if !ok {
		return numPhrase{}, false
	}
	p.value, p.words, i = v, words, end
	i = applyScale(d, ann, &p, i, lim)
	// ranges: "between 5,000 and 10,000", "5,000-10,000", "2 to 3 billion",
	// "€1.5bn-€2bn" (the same symbol again)
	if i+1 < lim && (d.lw(i) == "and" && p.qualifier == "between" || d.lw(i) == "to" && !changeFrom(d, p.start) || d.tx(i) == "-" || d.tx(i) == "–") {
		next := i + 1
		if cur, ok := hasClass(ann, next, cCurPrefix); ok && cur.end < lim && toks[cur.end].kind == tNum && p.scaled {
			next = cur.end
		}
		// a glued hyphen joins a range only up to a larger number: "5-10",
		// "£1-1.5bn", not "2023-24"
		joined := (d.tx(i) == "-" || d.tx(i) == "–") && toks[next].glued && toks[next].kind == tNum && toks[i].glued
		if v2, end2, w2, ok := parseCoreJoined(d, ann, next, lim, joined); ok && (d.lw(i) != "to" || !w2) && (!joined || v2 > v) {
			q := numPhrase{value: v2}
			end2 = applyScale(d, ann, &q, end2, lim)
			switch {
			case q.scaled:
				p.scaled = true
			case p.scaled && v != 0:
				// "2 billion to 3": the scale of the first applies to both
				q.value = math.Round(q.value*(p.value/v)*1e3) / 1e3
			}
			// a range keeps its upper bound, the most that is committed
			p.value = q.value
			p.qualifier = "between"
			i = end2
		}
	}
	// "$1 billion-plus"
	if i+1 < lim && d.tx(i) == "-" && toks[i].glued && d.lw(i+1) == "plus" && toks[i+1].glued {
		p.qualifier = "more than"
		i += 2
	}
	p.end = i
	if math.IsInf(p.value, 0) || math.IsNaN(p.value) || p.value > 1e16 {
		return numPhrase{}, false
	}
	return p, true
}

// changeFrom reports whether the number at token start follows "by" or
// "from" (over a currency symbol): "increased by €500 million to €5
// billion", "from 500 to 700" name a change, not a range.
func changeFrom(d *doc, start int) bool {
	k := start - 1
	if k >= 0 && d.toks[k].kind == tPunct {
		k--
	}
	return k >= 0 && (d.lw(k) == "by" || d.lw(k) == "from")
}

// parseCore reads a numeral (joining space-separated groups) or a run of
// number words at token i.
func parseCore(d *doc, ann [][]match, i, lim int) (v float64, end int, words, ok bool) {
	return parseCoreJoined(d, ann, i, lim, false)
}

// parseCoreJoined is parseCore; joined allows a numeral glued after a
// joiner, the upper bound of a range ("5-10", "£1-1.5bn").
func parseCoreJoined(d *doc, ann [][]match, i, lim int, joined bool) (v float64, end int, words, ok bool) {
	toks := d.toks
	if i >= lim {
		return 0, i, false, false
	}
	t := toks[i]
	if t.kind == tNum {
		// a numeral glued after a letter or a joiner is part of a name ("F-16", "Leopard2")
		if t.glued && i > 0 && !currencyEndsAt(ann, i) && (toks[i-1].kind == tWord || d.isJoiner(i-1) && !joined && !numericRange(d, i-1)) {
			return 0, i, false, false
		}
		s := d.tx(i)
		j := i + 1
		for j < lim && spaceThousand(d, j) {
			s += d.tx(j)
			j++
		}
		if j > i+1 {
			s = strings.ReplaceAll(s, ",", "") // "5 000" only; mixed shapes were rejected
		}
		// A dot before three digits is a thousands mark unless a scale word follows ("1.500 billion").
		sc, scaleNext := scaleAt(d, ann, j, lim)
		// A single comma before three digits and a scale of a billion or
		// more is a decimal comma: "€1,610 billion" is 1.61 billion (a
		// thousand billion would be written as a trillion); "£1,500
		// million" stays 1,500 million.
		if scaleNext && sc.num >= 1e9 && strings.Count(s, ",") == 1 && !strings.Contains(s, ".") && len(s)-strings.IndexByte(s, ',') == 4 {
			s = strings.Replace(s, ",", ".", 1)
		}
		v, ok := parseNumeral(s, !scaleNext)
		if !ok {
			return 0, i, false, false
		}
		// a numeral glued to a following digit-word ("15th") is an ordinal
		if j < lim && toks[j].glued && toks[j].kind == tWord {
			switch d.lw(j) {
			case "th", "st", "nd", "rd":
				return 0, i, false, false
			}
		}
		return v, j, false, true
	}
	// "another thousand troops", "an additional thousand": a bare
	// "thousand" after a word of addition counts one thousand
	if t.kind == tWord && d.lw(i) == "thousand" && i > 0 && additionWord(d.lw(i-1)) {
		return 1000, i + 1, true, true
	}
	// number words: "nineteen", "twenty-five", "two hundred", "a thousand"
	total, cur, j, seen := 0.0, 0.0, i, false
	for j < lim {
		if j > i && d.isJoiner(j) {
			j++
			continue
		}
		m, isNum := hasClass(ann, j, cNumWord)
		if !isNum || m.end > lim {
			break
		}
		w := d.lw(j)
		switch {
		case w == "hundred":
			if j == i && i > 0 && vagueMultiplier(d.lw(i-1)) {
				return 0, i, false, false // "several hundred troops": no number
			}
			if cur == 0 {
				cur = 1
			}
			cur *= 100
		case w == "a" || w == "an":
			if seen {
				return total + cur, j, true, seen
			}
			// "a" counts only before hundred, dozen or a scale word
			nx := j + 1
			if nx >= lim {
				return 0, i, false, false
			}
			if n, ok := hasClass(ann, nx, cNumWord); !(ok && (d.lw(nx) == "hundred" || d.lw(nx) == "dozen" || d.lw(nx) == "half" || d.lw(nx) == "quarter") && n.end <= lim) {
				if _, ok := scaleAt(d, ann, nx, lim); !ok {
					return 0, i, false, false
				}
			}
			cur = 1
		case w == "dozen":
			if j == i && i > 0 && vagueMultiplier(d.lw(i-1)) {
				return 0, i, false, false // "a few dozen soldiers": no number
			}
			if cur == 0 {
				cur = 1
			}
			cur *= 12
		case w == "half" || w == "quarter" || w == "quarters":
			// "half a dozen", "a half-dozen", "half a million", "a quarter
			// of a billion", "three quarters of a million": only before
			// dozen or a scale word; "half the troops" is no number
			nx := m.end
			if nx < lim && d.isJoiner(nx) {
				nx++
			}
			if w != "half" && nx < lim && d.lw(nx) == "of" {
				nx++
			}
			if nx < lim && (d.lw(nx) == "a" || d.lw(nx) == "an") {
				nx++
			}
			if _, sc := scaleAt(d, ann, nx, lim); !(nx < lim && d.lw(nx) == "dozen" || sc) {
				if seen {
					return total + cur, j, true, seen
				}
				return 0, i, false, false
			}
			if cur == 0 {
				cur = 1
			}
			cur *= m.num
			seen = true
			j = nx
			continue
		default:
			cur += m.num
		}
		seen = true
		j = m.end
		// "one and a half billion", "two and a half thousand": only
		// before a scale word
		if j+3 < lim && d.lw(j) == "and" && d.lw(j+1) == "a" && d.lw(j+2) == "half" {
			if _, sc := scaleAt(d, ann, j+3, lim); sc {
				cur += 0.5
				j += 3
				continue
			}
		}
		if j < lim && d.lw(j) == "and" && j+1 < lim {
			if _, ok := hasClass(ann, j+1, cNumWord); ok && cur >= 100 {
				j++
			}
		}
	}
	if !seen {
		return 0, i, false, false
	}
	return total + cur, j, true, true
}

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
