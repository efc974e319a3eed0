package extractor

import (
	"strings"
	"testing"
)

// TestASCIILowerBytes checks the eight-bytes-at-a-time lower-casing
// against the byte-by-byte rule, at every alignment.
func TestASCIILowerBytes(t *testing.T) {
	var all []byte
	for c := 0; c < 256; c++ {
		all = append(all, byte(c), 'Q', byte(c))
	}
	for off := 0; off < 9; off++ {
		b := append([]byte(nil), all[off:]...)
		asciiLowerBytes(b)
		for i, c := range all[off:] {
			w := c
			if c >= 'A' && c <= 'Z' {
				w = c + 'a' - 'A'
			}
			if b[i] != w {
				t.Fatalf("offset %d, byte %#x: got %#x, want %#x", off, c, b[i], w)
			}
		}
	}
}

// TestLowerNonASCII checks the lower forms of words with non-ASCII letters
// (lowerInto's path) against strings.ToLower with ’ folded to ' (the
// possessive ’s is a token of its own).
func TestLowerNonASCII(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Côte", "côte"},
		{"CÔTE d’Ivoire’s", "côte d'ivoire s"},
		{"ÉLYSÉE Élysée élysée", "élysée élysée élysée"},
		{"Kyiv’s", "kyiv s"},
		{"İSTANBUL", "istanbul"},
		{"ΑΘΗΝΑ and Zürich", "αθηνα and zürich"},
		{"naïve", "naïve"},
		{"O’Neill", "o'neill"},
	} {
		d := tokenize(tc.text)
		var got []string
		for k := range d.toks {
			if d.toks[k].kind != tWord {
				continue
			}
			if want := lowerToken(d.tx(k)); d.lw(k) != want {
				t.Errorf("%q: token %q lower %q, want %q", tc.text, d.tx(k), d.lw(k), want)
			}
			got = append(got, d.lw(k))
		}
		if s := strings.Join(got, " "); s != tc.want {
			t.Errorf("%q: lower words %q, want %q", tc.text, s, tc.want)
		}
	}
}
