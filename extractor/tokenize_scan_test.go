package extractor

import (
	"testing"
	"unicode/utf8"
)

// scanWordRune is scanWord decoding every byte after the ASCII letters as
// a rune, as it was written first: the reference of its ASCII exit.
func scanWordRune(text string, i int) (int, bool) {
	nonASCII := false
	for i < len(text) {
		for i < len(text) && asciiLetter[text[i]] {
			i++
		}
		if i >= len(text) {
			break
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
				if r3, _ := utf8.DecodeRuneInString(text[after:]); !isLetter(r3) {
					break
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

// FuzzScanWord checks scanWord against scanWordRune at every offset.
func FuzzScanWord(f *testing.F) {
	for _, s := range []string{"won't", "Trump's", "d'Ivoire", "Côte d’Ivoire", "ÉLYSÉE,", "a-b", "x'", "Kyiv’s ", "naïve.", "\xffab", "ab\xff", "1,5",
		"internationally", "Peacekeepers’ mission", "ABCDEFGHIJ@[`{z", "abcdefgh\xc3\xa9ijklmnop", "counter-offensive"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for i := range len(text) {
			end, non := scanWord(text, i)
			wantEnd, wantNon := scanWordRune(text, i)
			if end != wantEnd || non != wantNon {
				t.Fatalf("scanWord(%q, %d) = %d, %v; want %d, %v", text, i, end, non, wantEnd, wantNon)
			}
		}
	})
}

// TestASCIILetters8 checks asciiLetters8 against the byte table for every
// byte value at every one of the eight places, after lower and upper
// case letters.
func TestASCIILetters8(t *testing.T) {
	for _, base := range []string{"abcdefgh", "ABCDEFGH", "zZaAyYbB"} {
		for p := range 8 {
			for c := range 256 {
				b := []byte(base)
				b[p] = byte(c)
				want := 8
				for k := range 8 {
					if !asciiLetter[b[k]] {
						want = k
						break
					}
				}
				if got := asciiLetters8(string(b)+"tail", 0); got != want {
					t.Fatalf("asciiLetters8(%q) = %d, want %d", b, got, want)
				}
			}
		}
	}
}
