package extractor

import "unicode/utf8"

// isAbbreviation reports whether the lower-cased word w is an
// abbreviation whose dot does not end a sentence ("Mr.", "Gen.", "Jan.").
// A switch, not a map: the compiler compares lengths and bytes without
// hashing, and sentences asks it at every dot after a word.
func isAbbreviation(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col",
		"sgt", "maj", "capt", "adm", "prof", "sen", "rep", "gov",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
		"sept", "oct", "nov", "dec", "no", "nos", "vs", "etc",
		"inc", "ltd", "co", "corp", "jr", "sr", "fig", "approx",
		"e.g", "i.e", "fr", "u.s", "u.k", "u.n":
		return true
	}
	return false
}

// sentences splits the tokens into sentences: at line breaks, after ! ? ;,
// and after a dot that ends a sentence (not "U.S." or "Mr."). It appends to
// out.
func (d *doc) sentences(out []span) []span {
	toks := d.toks
	start := 0
	for j := 1; j < len(toks); j++ {
		if p := &toks[j-1]; !toks[j].nl && (p.kind != tPunct || p.end-p.start != 1) {
			continue // most tokens: no line break, no mark before them
		}
		brk := toks[j].nl && !d.wrappedLine(j)
		if p := &toks[j-1]; !brk && p.kind == tPunct && p.end-p.start == 1 {
			// one-byte punctuation: compare the byte, not the string
			switch d.text[p.start] {
			case '!', '?', ';':
				brk = true
			case '.':
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

// wrappedLine reports whether the single line break before token j
// wraps a sentence rather than ending it: the line before ends on a
// function word ("a total of\nCAD 9.7 billion"), or a long line of prose
// ends on a word and the next line goes on in lower case ("the
// administration of the President\nreleased $60 million"). A blank line
// always ends the sentence.
func (d *doc) wrappedLine(j int) bool {
	toks := d.toks
	prev := j - 1
	if toks[prev].kind != tWord {
		return false
	}
	breaks := 0
	for _, c := range d.text[toks[prev].end:toks[j].start] {
		if c == '\n' {
			breaks++
		}
	}
	if breaks != 1 {
		return false
	}
	switch d.lw(prev) {
	case "of", "the", "a", "an", "to", "with", "and", "or", "for", "by", "from", "than":
		return true
	}
	if toks[j].kind != tWord || d.upper(j) {
		return false
	}
	// a long line of prose: at least 10 tokens since the line began
	n := 0
	for k := prev; k >= 0 && n < 10; k-- {
		n++
		if toks[k].nl {
			break
		}
	}
	return n >= 10
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
	if toks[prev].kind == tWord && (utf8.RuneCountInString(d.tx(prev)) == 1 && d.upper(prev) || isAbbreviation(d.lw(prev))) {
		return false
	}
	// a currency abbreviation before its number: "Rs. 500 crore", "kr. 200"
	if toks[prev].kind == tWord && toks[next].kind == tNum && !toks[next].nl {
		switch d.lw(prev) {
		case "rs", "kr", "rp", "ksh", "tk":
			return false
		case "app": // "app. 52.1 million USD": approximately
			return false
		}
	}
	// a German scale abbreviation before its currency: "1,5 Mrd. Euro",
	// "250 Mio. Euro"
	if toks[prev].kind == tWord && prev > 0 && toks[prev-1].kind == tNum && toks[next].kind == tWord && !toks[next].nl {
		switch d.lw(prev) {
		case "mrd", "mio", "mrds":
			switch d.lw(next) {
			case "euro", "euros", "dollar", "dollars", "franken", "pfund", "kronen", "zloty":
				return false
			}
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

// separators join the members of a coordinated list of actors.
func (d *doc) isSeparator(k int) bool {
	switch d.lw(k) {
	case ",", "and", "&", "the", "plus", "as", "well", "along", "together", "with", "or", "nor":
		return true
	}
	return false
}
