package extractor

import (
	"encoding/binary"
	"math/bits"
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

// token is one unit of text. Offsets are bytes into the text. A token
// holds no pointers: its text and lower-cased form are offsets into the
// strings of its doc, so the token slice costs the garbage collector
// nothing to scan and writing a token needs no write barrier.
type token struct {
	start, end int
	// lstart and lend locate the lower-cased form of the token (with the
	// typographic apostrophe ’ folded to ') in doc.lower.
	lstart, lend int32
	kind         tokKind
	// glued is true when no white space separates this token from the
	// previous one ("£" and "1.6" in "£1.6bn", "bn" and "1.6").
	glued bool
	// nl is true when a line break precedes this token (or it is the first
	// token of the text).
	nl bool
	// up is true when the token starts with an upper-case letter (doc.upper).
	up bool
}

// doc is a tokenized text.
type doc struct {
	text string
	// lower is text with ASCII letters lower-cased (same offsets), followed
	// by the lower forms of tokens that differ in length or need Unicode
	// case folding. It aliases lowerBuf: it stays valid only until the doc
	// is tokenized again, so lower forms are compared and looked up, never
	// stored in results.
	lower    string
	toks     []token
	lowerBuf []byte
	// ids holds the vocabulary id of each token (see trie.matchAllInto).
	ids []int32
	// lws[k] is the lower-cased form of token k (a slice of lower): lw
	// reads it with one load, the rules ask for it very often.
	lws []string
}

// tx returns token k as written, or "" if there is no token k: rules that
// look a few tokens ahead or behind need not check the ends of the text
// (pages are often cut mid-sentence).
func (d *doc) tx(k int) string {
	if uint(k) >= uint(len(d.toks)) {
		return ""
	}
	t := &d.toks[k]
	return d.text[t.start:t.end]
}

// lw returns the lower-cased form of token k, or "" if there is no token k.
func (d *doc) lw(k int) string {
	if uint(k) >= uint(len(d.lws)) {
		return ""
	}
	return d.lws[k]
}

// tokenize splits text into tokens. It never fails: every byte of text is
// either white space or inside exactly one token.
func tokenize(text string) *doc {
	d := &doc{}
	d.tokenize(text)
	return d
}

// tokenize splits text into d's tokens, reusing d's memory.
func (d *doc) tokenize(text string) {
	d.text = text
	// the lowered text, then "'" (the lower form of ’), then other forms
	buf := append(d.lowerBuf[:0], text...)
	asciiLowerBytes(buf)
	apos := int32(len(buf))
	buf = append(buf, '\'')
	toks := d.toks[:0]
	if cap(toks) == 0 {
		toks = make([]token, 0, len(text)/4+1)
	}
	glued, nl := false, true
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
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
			case aLetter:
				start := i
				end, nonASCII := scanWord(text, i)
				t := token{start: start, end: end, lstart: int32(start), lend: int32(end), kind: tWord, glued: glued && len(toks) > 0, nl: nl, up: c <= 'Z'}
				if nonASCII {
					t.lstart, t.lend, buf = lowerInto(text[start:end], buf, start)
				}
				toks = append(toks, t)
				glued, nl = true, false
				i = end
				if i < len(text) && text[i] == ' ' {
					// the one space after most words, without a turn
					// of the loop
					glued = false
					i++
				}
				continue
			case aDigit:
				start := i
				i = scanNumber(text, i)
				toks = append(toks, token{start: start, end: i, lstart: int32(start), lend: int32(i), kind: tNum, glued: glued && len(toks) > 0, nl: nl})
				glued, nl = true, false
				continue
			case aPunct:
				toks = append(toks, token{start: i, end: i + 1, lstart: int32(i), lend: int32(i + 1), kind: tPunct, glued: glued && len(toks) > 0, nl: nl})
				glued, nl = true, false
				i++
				if i < len(text) && text[i] == ' ' {
					glued = false
					i++
				}
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '’', '‘', '“', '”', '—', '–', '…', '•', '€', '£':
			// common typographic punctuation: skip the Unicode tables
			t := token{start: i, end: i + size, lstart: int32(i), lend: int32(i + size), kind: tPunct, glued: glued && len(toks) > 0, nl: nl}
			if r == '’' {
				t.lstart, t.lend = apos, apos+1
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
		t := token{start: start, end: i, lstart: int32(start), lend: int32(i), kind: kind, glued: glued && len(toks) > 0, nl: nl, up: unicode.IsUpper(r)}
		if kind == tWord && nonASCII {
			t.lstart, t.lend, buf = lowerInto(text[start:i], buf, start)
		}
		toks = append(toks, t)
		glued, nl = true, false
	}
	d.toks, d.lowerBuf = toks, buf
	if len(buf) > 0 {
		d.lower = unsafe.String(&buf[0], len(buf))
	}
	if cap(d.lws) < len(toks) {
		d.lws = make([]string, len(toks), len(toks)+len(toks)/4)
	}
	lws, lower := d.lws[:len(toks)], d.lower
	for i := range toks {
		t := &toks[i]
		lws[i] = lower[t.lstart:t.lend]
	}
	d.lws = lws
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// ASCII byte classes for the tokenizer's fast path.
const (
	aOther uint8 = iota
	aSpace
	aNewline
	aLetter
	aDigit
	aPunct // ASCII punctuation and symbols: one token each
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
	for c := '0'; c <= '9'; c++ {
		t[c] = aDigit
	}
	for c := '!'; c <= '~'; c++ {
		if t[c] == aOther {
			t[c] = aPunct
		}
	}
	return t
}()

// asciiLetter[c] is true for the ASCII letters (false for bytes of
// other runes).
var asciiLetter = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = asciiClass[c] == aLetter
	}
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
		// the ASCII letters eight at a time, then one table load a byte
		for i+8 <= len(text) {
			if m := letterBits(load8(text, i)); m != highBits {
				i += bits.TrailingZeros64(^m&highBits) / 8
				break
			}
			i += 8
		}
		for i < len(text) && asciiLetter[text[i]] {
			i++
		}
		if i >= len(text) {
			break
		}
		if c := text[i]; c < utf8.RuneSelf && c != '\'' {
			break // an ASCII byte other than a letter or an apostrophe
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

// asciiLetters8 returns how many of the eight bytes of text from i (there
// must be eight) are ASCII letters before the first byte that is not one.
func asciiLetters8(text string, i int) int {
	return bits.TrailingZeros64(^letterBits(load8(text, i))&highBits) / 8
}

// highBits has the high bit of each of eight bytes.
const highBits = 0x8080808080808080

// load8 returns the eight bytes of text from i (there must be eight) as a
// little-endian word.
func load8(text string, i int) uint64 {
	return binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(text[i:i+8]), 8))
}

// letterBits returns the high bit of each byte of x that is an ASCII
// letter. A byte below 0x80 is a letter when, with bit 5 set (A-Z to
// a-z), it lies in a-z: ge has the high bit of the bytes >= 'a', gt of
// the bytes > 'z' (no byte carries into the next: all are below 0x80).
func letterBits(x uint64) uint64 {
	const ones = 0x0101010101010101
	y := (x | 0x20*ones) &^ highBits
	ge := y + (0x80-'a')*ones
	gt := y + (0x80-'z'-1)*ones
	return ge &^ gt &^ x & highBits
}

// upper reports whether token k starts with an upper-case letter (read
// once by tokenize).
func (d *doc) upper(k int) bool {
	return d.toks[k].up
}

// phraseTokens tokenizes a lexicon phrase into lower-cased keys, dropping
// hyphens glued between two parts (long-range ≡ long range).
func phraseTokens(phrase string) (keys []string, surface []string) {
	d := tokenize(phrase)
	for i := range d.toks {
		if d.isJoiner(i) {
			continue
		}
		keys = append(keys, strings.Clone(d.lw(i)))
		surface = append(surface, d.tx(i))
	}
	return keys, surface
}

// isJoiner reports whether token i is a hyphen glued to tokens on both
// sides, as in "long-range" or "F-16": the matcher skips it.
func (d *doc) isJoiner(i int) bool {
	t := &d.toks[i]
	if t.kind != tPunct || !t.glued || i == 0 || i+1 >= len(d.toks) || !d.toks[i+1].glued {
		return false
	}
	s := d.text[t.start:t.end]
	return s == "-" || s == "‐"
}
