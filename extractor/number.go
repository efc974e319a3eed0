package extractor

import (
	"math"
	"strings"
)

// Number phrases: a number as stated in the text (numPhrase), read from
// a token with its qualifier ("about", "more than"), number words,
// ranges, thousands written with spaces, additions ("another 200") and
// the change of a level ("by 150"). Numerals are parsed in
// number_numeral.go, scales and currency symbols in number_scale.go.

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
	if calibreAfter(d, j+1) {
		return false // "40 155mm shells": a count and a calibre, not 40,155
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
	i = wordsRemainder(d, ann, &p, i, lim)
	// ranges: "between 5,000 and 10,000", "5,000-10,000", "2 to 3 billion",
	// "€1.5bn-€2bn" (the same symbol again)
	if i+1 < lim && (d.lw(i) == "and" && p.qualifier == "between" || d.lw(i) == "to" && !changeFrom(d, ann, p.start) || d.tx(i) == "-" || d.tx(i) == "–") {
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
			if q.scaled && !p.scaled && yearNumeral(d, p.start, i) {
				// "since 1995 to 900 billion yen": a year, then the amount
				p.end = i
				return p, true
			}
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
// "from" (over a currency symbol, also one of letters and a sign: "C$",
// "NZ$"): "increased by €500 million to €5 billion", "by C$300 million to
// C$900 million", "from 500 to 700" name a change, not a range.
func changeFrom(d *doc, ann [][]match, start int) bool {
	k := start - 1
	for j := start - 1; j >= 0 && j >= start-3; j-- {
		if curBefore(ann, j, start) {
			k = j - 1 // the whole prefix before the number ("C$", not "$")
		}
	}
	if k == start-1 && k >= 0 && d.toks[k].kind == tPunct {
		k--
	}
	return k >= 0 && (d.lw(k) == "by" || d.lw(k) == "from")
}

// yearNumeral reports whether tokens start to end are one four-digit
// numeral from 1900 to 2099: a year.
func yearNumeral(d *doc, start, end int) bool {
	if end != start+1 || d.toks[start].kind != tNum {
		return false
	}
	w := d.tx(start)
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20"))
}

// curBefore reports whether a currency symbol or code starting at token j
// ends right before token start.
func curBefore(ann [][]match, j, start int) bool {
	for _, c := range []class{cCurPrefix, cCurCode, cCurAmbiguous} {
		if m, ok := hasClass(ann, j, c); ok && m.end == start {
			return true
		}
	}
	return false
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
			// "four seven-metre boats": two numbers, not 11; a word
			// number adds to a round ten or hundred only ("twenty-five",
			// "two hundred and five")
			// "twenty seven-metre boats": the second number is a size
			if seen && m.end+1 < lim && d.isJoiner(m.end) && d.toks[m.end+1].glued && measureUnit(d.lw(m.end+1)) {
				return total + cur, j, true, seen
			}
			if seen && m.num < 100 && cur != 0 {
				if r := math.Mod(cur, 100); r != 0 && (r < 20 || math.Mod(r, 10) != 0 || m.num >= 10) {
					return total + cur, j, true, seen
				}
			}
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

// calibreAfter reports whether toks[k] (or toks[k+1] after a hyphen) is
// the unit "mm" of a calibre: the number before it names a calibre
// ("155mm", "155-mm", "120 mm"), never a thousands group.
func calibreAfter(d *doc, k int) bool {
	if k < len(d.toks) && d.tx(k) == "-" {
		k++
		// "13 100-bed hospitals": a size glued by a hyphen (measureUnit)
		if k < len(d.toks) && d.toks[k].glued && measureUnit(d.lw(k)) {
			return true
		}
	}
	return k < len(d.toks) && strings.EqualFold(d.tx(k), "mm")
}
