package extractor

import (
	"strings"
	"unicode/utf8"
)

// lastFieldASCII is lastField for a text whose last word and the white
// space around it are ASCII, read byte by byte from the end; ok is false
// when it meets a byte of another rune first (lastField then decodes
// runes).
func lastFieldASCII(s string) (before, last string, ok bool) {
	end := len(s)
	for end > 0 && asciiSpace(s[end-1]) {
		end--
	}
	for i := end; i > 0; i-- {
		c := s[i-1]
		if c >= utf8.RuneSelf {
			return "", "", false
		}
		if asciiSpace(c) {
			return s[:i-1], s[i:end], true
		}
	}
	return "", s[:end], true
}

// asciiSpace reports whether c is an ASCII byte unicode.IsSpace accepts.
func asciiSpace(c byte) bool {
	return c == ' ' || c >= '\t' && c <= '\r'
}

// moreFields reports whether s has more than n fields (len(strings.Fields(s))
// > n), reading no further than the field after the n-th and allocating
// nothing.
func moreFields(s string, n int) bool {
	k := 0
	for range strings.FieldsSeq(s) {
		if k++; k > n {
			return true
		}
	}
	return false
}

// firstFields appends to buf the first fields of s, as strings.Fields
// splits them, up to cap(buf) of them (no allocation when buf has room).
func firstFields(s string, buf []string) []string {
	for w := range strings.FieldsSeq(s) {
		if len(buf) == cap(buf) {
			break
		}
		buf = append(buf, w)
	}
	return buf
}
