package extractor

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// tokKind is the lexical class of a token.
type tokKind uint8

const (
	tWord  tokKind = iota // letters (with inner apostrophes: won't)
	tNum                  // digits with inner separators: 5,000 1.6 2025
	tPunct                // one punctuation or symbol rune: , . : $ € – “
)

// token is one unit of text. Offsets are bytes into the text.
type token struct {
	start, end int
	kind       tokKind
	// glued is true when no white space separates this token from the
	// previous one ("£" and "1.6" in "£1.6bn", "bn" and "1.6").
	glued bool
	// nl is true when a line break precedes this token (or it is the first
	// token of the text).
	nl bool
	// lower is the lower-cased text of the token, with the typographic
	// apostrophe ’ folded to '.
	lower string
	// text is the token as written.
	text string
}

// tokenize splits text into tokens. It never fails: every byte of text is
// either white space or inside exactly one token.
func tokenize(text string) []token { return tokenizeInto(text, asciiLower(text), nil) }

// tokenizeInto is tokenize appending to buf[:0], to reuse its memory.
// lowered is text with ASCII letters lower-cased (asciiLower); the tokens'
// lower forms are substrings of it.
func tokenizeInto(text, lowered string, buf []token) []token {
	toks := buf[:0]
	if cap(toks) == 0 {
		toks = make([]token, 0, len(text)/4+1)
	}
	glued, nl := false, true
	i := 0
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII fast path
			switch asciiClass[c] {
			case aSpace:
				glued = false
				i++
				continue
			case aNewline:
				nl, glued = true, false
				i++
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '’', '‘', '“', '”', '—', '–', '…', '•', '€', '£':
			// common typographic punctuation: skip the Unicode tables
			t := token{start: i, end: i + size, kind: tPunct, glued: glued && len(toks) > 0, nl: nl, text: text[i : i+size]}
			t.lower = t.text
			if r == '’' {
				t.lower = "'"
			}
			toks = append(toks, t)
			glued, nl = true, false
			i += size
			continue
		}
		switch {
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			nl = true
			glued = false
			i += size
			continue
		case unicode.IsSpace(r) || r == utf8.RuneError && size == 1 || unicode.Is(unicode.Cf, r):
			glued = false
			i += size
			continue
		}
		start := i
		var kind tokKind
		nonASCII := false
		switch {
		case isDigit(r):
			kind = tNum
			i = scanNumber(text, i)
		case isLetter(r):
			kind = tWord
			i, nonASCII = scanWord(text, i)
		default:
			kind = tPunct
			i += size
		}
		t := token{start: start, end: i, kind: kind, glued: glued && len(toks) > 0, nl: nl, text: text[start:i]}
		t.lower = lowered[start:i]
		switch {
		case kind == tPunct:
			if t.text == "’" {
				t.lower = "'"
			}
		case kind == tWord && nonASCII:
			t.lower = lowerToken(t.text)
		}
		toks = append(toks, t)
		glued, nl = true, false
	}
	return toks
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// ASCII byte classes for the tokenizer's fast path.
const (
	aOther uint8 = iota
	aSpace
	aNewline
	aLetter
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = aLetter
		t[c-'a'+'A'] = aLetter
	}
	for _, c := range " \t\v\f" {
		t[c] = aSpace
	}
	t['\n'], t['\r'] = aNewline, aNewline
	return t
}()

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == aLetter
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// scanNumber returns the end of the digit run starting at i: digits with
// single inner '.' or ',' separators followed by a digit.
func scanNumber(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c >= '0' && c <= '9' {
			i++
			continue
		}
		if (c == '.' || c == ',') && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
			i++
			continue
		}
		break
	}
	return i
}

// scanWord returns the end of the letter run starting at i. An apostrophe
// between letters stays inside the word (won't, d'Ivoire) unless it starts
// a possessive "'s" that ends the word (Trump's → Trump + 's).
func scanWord(text string, i int) (end int, nonASCII bool) {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf && asciiClass[c] == aLetter {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isLetter(r) {
			i += size
			nonASCII = nonASCII || size > 1
			continue
		}
		if isApostrophe(r) && i+size < len(text) {
			r2, size2 := utf8.DecodeRuneInString(text[i+size:])
			if !isLetter(r2) {
				break
			}
			if r2 == 's' || r2 == 'S' {
				after := i + size + size2
				if after >= len(text) {
					break
				}
				r3, _ := utf8.DecodeRuneInString(text[after:])
				if !isLetter(r3) {
					break // possessive: emit separately
				}
			}
			i += size
			nonASCII = nonASCII || size > 1
			continue
		}
		break
	}
	return i, nonASCII
}

// asciiLower returns text with ASCII letters lower-cased and every other
// byte unchanged, so that offsets agree with text.
func asciiLower(text string) string {
	first := -1
	for i := 0; i < len(text); i++ {
		if c := text[i]; c >= 'A' && c <= 'Z' {
			first = i
			break
		}
	}
	if first < 0 {
		return text
	}
	// copy runs without capitals in one go: most bytes are lower case
	var b strings.Builder
	b.Grow(len(text))
	b.WriteString(text[:first])
	run := first
	for i := first; i < len(text); i++ {
		if c := text[i]; c >= 'A' && c <= 'Z' {
			if run < i {
				b.WriteString(text[run:i])
			}
			b.WriteByte(c + 'a' - 'A')
			run = i + 1
		}
	}
	b.WriteString(text[run:])
	return b.String()
}

// asciiLowerInto is asciiLower writing into buf (grown as needed). The
// string it returns aliases buf: it stays valid only until buf is reused,
// so it must never escape the analysis that owns buf (token.lower values
// are compared and looked up, never stored in results).
func asciiLowerInto(text string, buf []byte) (string, []byte) {
	if len(text) == 0 {
		return "", buf
	}
	buf = append(buf[:0], text...)
	for i, c := range buf {
		if c >= 'A' && c <= 'Z' {
			buf[i] = c + 'a' - 'A'
		}
	}
	return unsafe.String(&buf[0], len(buf)), buf
}

// lowerToken lower-cases s and folds ’ to '. It allocates only when s
// changes.
func lowerToken(s string) string {
	ascii, upper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			upper = true
		}
	}
	if ascii {
		if !upper {
			return s
		}
		b := make([]byte, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		return string(b)
	}
	return strings.ReplaceAll(strings.ToLower(s), "’", "'")
}

// isUpperInitial reports whether the token starts with an upper-case letter.
func (t token) isUpperInitial() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// phraseTokens tokenizes a lexicon phrase into lower-cased keys, dropping
// hyphens glued between two parts (long-range ≡ long range).
func phraseTokens(phrase string) (keys []string, surface []string) {
	toks := tokenize(phrase)
	for i, t := range toks {
		if isJoiner(toks, i) {
			continue
		}
		keys = append(keys, t.lower)
		surface = append(surface, t.text)
	}
	return keys, surface
}

// isJoiner reports whether toks[i] is a hyphen glued to tokens on both
// sides, as in "long-range" or "F-16": the matcher skips it.
func isJoiner(toks []token, i int) bool {
	t := toks[i]
	return t.kind == tPunct && (t.text == "-" || t.text == "‐") && t.glued &&
		i > 0 && i+1 < len(toks) && toks[i+1].glued
}
