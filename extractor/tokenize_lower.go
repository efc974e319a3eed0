package extractor

// The lower-cased form of a word: lowerToken, the reference form (folds
// ’ to '), and the tokenizer's fast paths that write the same form without
// an intermediate string (lowerInto) and lower-case ASCII eight bytes at a
// time (asciiLowerBytes).

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
)

// asciiLowerBytes lower-cases the ASCII letters of b in place, eight
// bytes at a time.
func asciiLowerBytes(b []byte) {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		low7 := x &^ highs
		ge := low7 + (0x80-'A')*ones   // high bit: byte >= 'A'
		gt := low7 + (0x80-'Z'-1)*ones // high bit: byte > 'Z'
		upper := ge &^ gt &^ x & highs // ASCII and in A-Z
		binary.LittleEndian.PutUint64(b[i:], x|upper>>2)
	}
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
}

// lowerInto returns where the lower form of the word s (written at offset
// at of the text) lies in buf: in place when ASCII lower-casing gives it,
// else appended to buf. The form is lowerToken(s), written into buf
// without an intermediate string (a word is valid UTF-8: scanWord stops
// at an invalid byte).
func lowerInto(s string, buf []byte, at int) (int32, int32, []byte) {
	from := len(buf)
	for _, r := range s {
		if r == '’' {
			buf = append(buf, '\'')
			continue
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	if string(buf[from:]) == string(buf[at:at+len(s)]) {
		return int32(at), int32(at + len(s)), buf[:from]
	}
	return int32(from), int32(len(buf)), buf
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
