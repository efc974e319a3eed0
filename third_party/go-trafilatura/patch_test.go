package trafilatura

import (
	"strings"
	"testing"
)

// FuzzTrim checks the fast path of trim (pledgewatch patch) against its
// definition.
func FuzzTrim(f *testing.F) {
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\u00a0b", "a\u0085", "\xff a", "é è", "a\nb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.TrimSpace(strings.Join(strings.Fields(s), " "))
		if got := trim(s); got != want {
			t.Errorf("trim(%q) = %q, want %q", s, got, want)
		}
	})
}
