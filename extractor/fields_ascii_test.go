package extractor

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// lastFieldRunes is lastField as it was written first, decoding runes:
// the reference of the ASCII fast path.
func lastFieldRunes(s string) (before, last string) {
	body := strings.TrimRightFunc(s, unicode.IsSpace)
	if i := strings.LastIndexFunc(body, unicode.IsSpace); i >= 0 {
		_, size := utf8.DecodeRuneInString(body[i:])
		return body[:i], body[i+size:]
	}
	return "", body
}

// TestLastField checks lastField against lastFieldRunes on ASCII and
// Unicode white space and words.
func TestLastField(t *testing.T) {
	for _, s := range []string{"", " ", "aid", "military aid", "military  aid ", " aid\t", "a\nb\r\n", "x\vy\f",
		"further financial\u00a0support", "support\u00a0", "\u00a0aid", "vital\u2003aid", "naïve aid", "aid naïve",
		"aid\u0085", "Élysée", "a \xff", "\xff b", "much-needed backing", "\x1c\x1faid"} {
		b, l := lastField(s)
		wb, wl := lastFieldRunes(s)
		if b != wb || l != wl {
			t.Errorf("lastField(%q) = %q, %q; want %q, %q", s, b, l, wb, wl)
		}
	}
}

// FuzzLastField checks lastField against lastFieldRunes.
func FuzzLastField(f *testing.F) {
	for _, s := range []string{"military aid", " aid\t", "vital\u2003aid", "\xff b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, l := lastField(s)
		if wb, wl := lastFieldRunes(s); b != wb || l != wl {
			t.Fatalf("lastField(%q) = %q, %q; want %q, %q", s, b, l, wb, wl)
		}
	})
}

// TestMoreFields checks moreFields against counting strings.Fields.
func TestMoreFields(t *testing.T) {
	for _, s := range []string{"", " ", "one", "one two", " one  two\tthree\n", "a\u00a0b c", "a\u2003b", strings.Repeat("word ", 20), strings.Repeat("word ", 21), strings.Repeat(" w", 22) + " "} {
		for n := range 25 {
			if got, want := moreFields(s, n), len(strings.Fields(s)) > n; got != want {
				t.Errorf("moreFields(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// TestFirstFields checks firstFields against the head of strings.Fields.
func TestFirstFields(t *testing.T) {
	for _, s := range []string{"", " ", "for", " for the Leopard tanks", "for\u00a0HIMARS systems", "a b c d e"} {
		for n := range 6 {
			got := firstFields(s, make([]string, 0, n))
			want := strings.Fields(s)
			want = want[:min(n, len(want))]
			if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
				t.Errorf("firstFields(%q, cap %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}
